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

namespace detail {
// The status of `all` spelled `s`, or nullopt. No two statuses of a kind start
// with the same letter (the static_assert below), so the first byte picks the
// one candidate and one inlined compare (a memcmp call costs more) confirms it.
template <class Status, std::size_t N>
constexpr std::optional<Status> parse_status(std::string_view s, const Status (&all)[N]) noexcept {
  if (s.empty()) return std::nullopt;
  for (Status v : all) {
    const std::string_view name = to_string(v);
    if (name.front() != s.front()) continue;
    if (name.size() != s.size()) return std::nullopt;
    for (std::size_t k = 1; k < s.size(); ++k)
      if (name[k] != s[k]) return std::nullopt;
    return v;
  }
  return std::nullopt;
}

inline constexpr run_status all_run_statuses[] = {run_status::pending, run_status::running, run_status::completed,
                                                  run_status::failed, run_status::awaiting_ui_interaction};
inline constexpr log_status all_log_statuses[] = {log_status::success, log_status::error, log_status::warning};

template <class Status, std::size_t N> constexpr bool first_letters_differ(const Status (&all)[N]) noexcept {
  for (std::size_t a = 0; a < N; ++a)
    for (std::size_t b = a + 1; b < N; ++b)
      if (to_string(all[a]).front() == to_string(all[b]).front()) return false;
  return true;
}
static_assert(first_letters_differ(all_run_statuses) && first_letters_differ(all_log_statuses),
              "two statuses of a kind start with the same letter: parse_status picks by the first");
} // namespace detail

/// Parses the exact wire spelling; anything else (case, spaces, prefixes) is nullopt. Like
/// every parsing entry point of flowrun (prefixed_id::parse, timestamp::parse,
/// parse_document_kind), it is named parse and returns an optional.
constexpr std::optional<run_status> parse_run_status(std::string_view s) noexcept {
  return detail::parse_status(s, detail::all_run_statuses);
}

/// Parses the exact wire spelling; anything else is nullopt.
constexpr std::optional<log_status> parse_log_status(std::string_view s) noexcept {
  return detail::parse_status(s, detail::all_log_statuses);
}

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
