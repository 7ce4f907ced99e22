// flowrun: the strict status enums of runs and log entries.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_STATUS_HPP
#define FLOWRUN_STATUS_HPP

#include <flowrun/detail/print.hpp>

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string_view>

namespace flowrun {

/// Status of a workflow run. Parsing is exact: case and spelling must match.
///
/// Example:
///   auto s = flowrun::parse_run_status("completed"); // run_status::completed
///   assert(!flowrun::parse_run_status("Completed"));
enum class run_status : std::uint8_t { pending, running, completed, failed, awaiting_ui_interaction };

/// Status of one executed step (log entry).
enum class log_status : std::uint8_t { success, error, warning };

/// The wire spelling of a run status.
constexpr std::string_view to_string(run_status s) noexcept {
  switch (s) {
  case run_status::pending: return "pending";
  case run_status::running: return "running";
  case run_status::completed: return "completed";
  case run_status::failed: return "failed";
  case run_status::awaiting_ui_interaction: return "awaiting_ui_interaction";
  }
  return "";
}

/// The wire spelling of a log status.
constexpr std::string_view to_string(log_status s) noexcept {
  switch (s) {
  case log_status::success: return "success";
  case log_status::error: return "error";
  case log_status::warning: return "warning";
  }
  return "";
}

/// Parses the exact wire spelling; anything else (case, spaces, prefixes) is nullopt. Like
/// every parsing entry point of flowrun (prefixed_id::parse, timestamp::parse,
/// parse_document_kind), it is named parse and returns an optional.
namespace detail {
// a == b for the short status names, inlined (a memcmp call costs more).
constexpr bool same_name(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k)
    if (a[k] != b[k]) return false;
  return true;
}
} // namespace detail

/// (Each status of a kind starts with its own letter: the first byte picks the one
/// candidate and one compare confirms it; detail::statuses_round_trip keeps it so.)
constexpr std::optional<run_status> parse_run_status(std::string_view s) noexcept {
  if (s.empty()) return std::nullopt;
  run_status v{};
  switch (s.front()) {
  case 'p': v = run_status::pending; break;
  case 'r': v = run_status::running; break;
  case 'c': v = run_status::completed; break;
  case 'f': v = run_status::failed; break;
  case 'a': v = run_status::awaiting_ui_interaction; break;
  default: return std::nullopt;
  }
  if (!detail::same_name(to_string(v), s)) return std::nullopt;
  return v;
}

/// Parses the exact wire spelling; anything else is nullopt.
constexpr std::optional<log_status> parse_log_status(std::string_view s) noexcept {
  if (s.empty()) return std::nullopt;
  log_status v{};
  switch (s.front()) {
  case 's': v = log_status::success; break;
  case 'e': v = log_status::error; break;
  case 'w': v = log_status::warning; break;
  default: return std::nullopt;
  }
  if (!detail::same_name(to_string(v), s)) return std::nullopt;
  return v;
}

namespace detail {
// Every status parses back from its name: no first letter is missing or shared.
constexpr bool statuses_round_trip() noexcept {
  for (auto v : {run_status::pending, run_status::running, run_status::completed, run_status::failed,
                 run_status::awaiting_ui_interaction})
    if (parse_run_status(to_string(v)) != v) return false;
  for (auto v : {log_status::success, log_status::error, log_status::warning})
    if (parse_log_status(to_string(v)) != v) return false;
  return true;
}
static_assert(statuses_round_trip(), "a status's first letter no longer picks it: update the parse functions");
} // namespace detail

/// Prints the wire spelling: `std::cout << run.status` gives `completed`.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, run_status s) {
  return detail::print(os, to_string(s));
}

/// Prints the wire spelling: `std::cout << log.status` gives `success`.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, log_status s) {
  return detail::print(os, to_string(s));
}

/// True for the statuses after which a run has finished (`completed`, `failed`).
constexpr bool is_finished(run_status s) noexcept { return s == run_status::completed || s == run_status::failed; }

} // namespace flowrun

#if FLOWRUN_HAS_FORMAT
/// `std::format("{}", run.status)`; the spec is a string's.
template <> struct std::formatter<flowrun::run_status, char> : flowrun::detail::text_formatter<flowrun::run_status> {};
template <> struct std::formatter<flowrun::log_status, char> : flowrun::detail::text_formatter<flowrun::log_status> {};
#endif

#endif
