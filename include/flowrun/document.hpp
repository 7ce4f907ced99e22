// flowrun: the kinds of document a decoder reads, and one type for any of them.
#ifndef FLOWRUN_DOCUMENT_HPP
#define FLOWRUN_DOCUMENT_HPP

#include <flowrun/types.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>

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

/// The kind spelled exactly `s` ("run", "page", "logs"), or nullopt.
constexpr std::optional<document_kind> parse_document_kind(std::string_view s) noexcept {
  for (document_kind k : {document_kind::run, document_kind::page, document_kind::logs})
    if (to_string(k) == s) return k;
  return std::nullopt;
}

/// A decoded document of any kind: `kind` says which member holds it (the
/// others are empty). Views into the decoder, like the values it holds.
///
/// Example:
///   auto d = dec.decode(flowrun::document_kind::logs, text);
///   if (d) for (const flowrun::log_entry& l : d->logs) std::cout << l.node_id << '\n';
struct document {
  document_kind kind = document_kind::run;
  workflow_run run;
  run_page page;
  log_list logs;

  friend bool operator==(const document& a, const document& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
    case document_kind::run: return a.run == b.run;
    case document_kind::page: return a.page == b.page;
    case document_kind::logs: return std::ranges::equal(a.logs, b.logs);
    }
    return false;
  }
};

} // namespace flowrun

#endif
