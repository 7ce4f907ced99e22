// flowrun: the kinds of document a decoder reads, and one type for any of them.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_DOCUMENT_HPP
#define FLOWRUN_DOCUMENT_HPP

#include <flowrun/detail/print.hpp>
#include <flowrun/types.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string_view>
#include <variant>

namespace flowrun {

/// What a text is expected to hold (docs/contract.md, "Documents and entry
/// points"). An NDJSON stream is a sequence of `run` documents (see runs()).
///
/// Example:
///   auto kind = flowrun::parse_document_kind("page"); // document_kind::page
///   flowrun::result<flowrun::document> d = dec.decode(*kind, text);
enum class document_kind : std::uint8_t {
  run,  ///< one run object (`GET /workflows/runs/{runId}`)
  page, ///< a page of runs (`GET /workflows/{workflowId}/executions`)
  logs, ///< a bare array of log entries (`GET /workflows/{workflowId}/logs`)
};

/// "run", "page" or "logs".
constexpr std::string_view to_string(document_kind k) noexcept {
  switch (k) {
  case document_kind::run: return "run";
  case document_kind::page: return "page";
  case document_kind::logs: return "logs";
  }
  return "unknown";
}

/// The kind spelled exactly `s` ("run", "page", "logs"), or nullopt (parse_run_status's shape).
constexpr std::optional<document_kind> parse_document_kind(std::string_view s) noexcept {
  for (document_kind k : {document_kind::run, document_kind::page, document_kind::logs})
    if (to_string(k) == s) return k;
  return std::nullopt;
}

/// Prints "run", "page" or "logs".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, document_kind k) {
  return detail::print(os, to_string(k));
}

/// A decoded document of any kind: a std::variant of the three values, in the order of
/// document_kind, so std::visit, std::get_if and std::holds_alternative take it as it is.
/// Views into the decoder, like the values it holds.
///
/// Example:
///   auto d = dec.decode(flowrun::document_kind::logs, text);
///   if (const flowrun::log_list* logs = d ? std::get_if<flowrun::log_list>(&*d) : nullptr)
///     for (const flowrun::log_entry& l : *logs) std::cout << l.node_id << '\n';
///   std::visit([](const auto& value) { /* workflow_run, run_page or log_list */ }, *d);
struct document : std::variant<workflow_run, run_page, log_list> {
  using std::variant<workflow_run, run_page, log_list>::variant;

  /// Which value it holds.
  document_kind kind() const noexcept { return static_cast<document_kind>(index()); }

  friend bool operator==(const document& a, const document& b) {
    if (a.index() != b.index()) return false;
    return std::visit(
        [&](const auto& x) {
          const auto& y = std::get<std::decay_t<decltype(x)>>(b);
          if constexpr (std::is_same_v<std::decay_t<decltype(x)>, log_list>)
            return std::ranges::equal(x, y);
          else
            return x == y;
        },
        static_cast<const document::variant&>(a));
  }
};

// kind() is the variant's index: the alternatives are in document_kind's order.
static_assert(
    std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(document_kind::run), document::variant>,
                   workflow_run>);
static_assert(std::is_same_v<
              std::variant_alternative_t<static_cast<std::size_t>(document_kind::page), document::variant>, run_page>);
static_assert(std::is_same_v<
              std::variant_alternative_t<static_cast<std::size_t>(document_kind::logs), document::variant>, log_list>);

} // namespace flowrun

#if FLOWRUN_HAS_FORMAT
/// `std::format("{}", kind)`; the spec is a string's.
template <>
struct std::formatter<flowrun::document_kind, char> : flowrun::detail::text_formatter<flowrun::document_kind> {};
#endif

#endif
