// flowrun internals: the public surface every decoder shares, and the state
// it owns and lends to its walks and the builder.
#ifndef FLOWRUN_DETAIL_DECODER_BASE_HPP
#define FLOWRUN_DETAIL_DECODER_BASE_HPP

#include <flowrun/detail/builder.hpp>
#include <flowrun/detail/key_index.hpp>
#include <flowrun/detail/values.hpp>
#include <flowrun/detail/view_check.hpp>
#include <flowrun/document.hpp>
#include <flowrun/options.hpp>
#include <flowrun/padded.hpp>
#include <flowrun/result.hpp>
#include <flowrun/stream.hpp>
#include <flowrun/types.hpp>

#include <string_view>
#include <type_traits>
#include <utility>

namespace flowrun::detail {

/// Options, the document kinds and NDJSON streams, for a backend `Derived`
/// that provides `bool decode_text(std::string_view, document_kind, bool padded)`:
/// it decodes the text (padded: readable flowrun::padding bytes past its end,
/// see padded_view) into `store_` (a walk of its own, or the builder `b_`) and says
/// whether the store holds a value. The decoder owns the value store and the
/// key index and lends them, one document at a time (start()), to its walks
/// and to the builder.
template <class Derived> class decoder_base {
public:
  const decode_options& options() const noexcept { return opts_; }
  void set_options(const decode_options& o) noexcept { opts_ = o; }

  /// A run object (`GET /workflows/runs/{runId}`).
  result<workflow_run> decode_run(std::string_view json) { return run_of(json, false); }
  /// The same, read where it lies when the text is padded (see padded_view):
  /// the values may view into it.
  result<workflow_run> decode_run(padded_view json) { return run_of(json.text(), json.padded()); }

  /// A page of runs (`GET /workflows/{workflowId}/executions`).
  result<run_page> decode_run_page(std::string_view json) { return page_of(json, false); }
  result<run_page> decode_run_page(padded_view json) { return page_of(json.text(), json.padded()); }

  /// A bare array of log entries (`GET /workflows/{workflowId}/logs`, `/workflows/logs/recent`).
  result<log_list> decode_logs(std::string_view json) { return logs_of(json, false); }
  result<log_list> decode_logs(padded_view json) { return logs_of(json.text(), json.padded()); }

  /// The document of value type T (workflow_run, run_page or log_list), for code
  /// generic over the type. `json` is a std::string_view or a padded_view.
  ///
  /// Example:
  ///   template <class T> bool round_trips(flowrun::decoder& d, std::string_view text) {
  ///     auto r = d.decode_as<T>(text);
  ///     return r && d.decode_as<T>(flowrun::to_json(*r)).has_value();
  ///   }
  template <class T> result<T> decode_as(std::string_view json) { return as<T>(json); }
  template <class T> result<T> decode_as(padded_view json) { return as<T>(json); }

  /// A document of the kind given, for code that picks the kind at run time.
  ///
  /// Example:
  ///   flowrun::result<flowrun::document> d = dec.decode(flowrun::document_kind::page, text);
  ///   if (d) std::cout << std::get<flowrun::run_page>(*d).data.size() << " runs\n";
  result<document> decode(document_kind kind, std::string_view json) { return document_of(kind, json, false); }
  result<document> decode(document_kind kind, padded_view json) {
    return document_of(kind, json.text(), json.padded());
  }

  /// The runs of an NDJSON text, one per non-blank line, decoded lazily (see
  /// basic_run_stream); from a padded_view, each line is read where it lies:
  ///   for (const flowrun::stream_item& it : dec.runs(ndjson))
  ///     if (!it.run) std::cerr << "line " << it.line << ": " << it.run.error().message << '\n';
  basic_run_stream<Derived> runs(std::string_view ndjson) noexcept { return {&self(), ndjson}; }
  basic_run_stream<Derived> runs(padded_view ndjson) noexcept { return {&self(), ndjson}; }

  /// Calls `f(const stream_item&)` for every run of an NDJSON text (a
  /// std::string_view or a padded_view).
  template <class F> stream_summary decode_run_stream(std::string_view ndjson, F&& f) {
    return summarize(runs(ndjson), f);
  }
  template <class F> stream_summary decode_run_stream(padded_view ndjson, F&& f) { return summarize(runs(ndjson), f); }

protected:
  explicit decoder_base(decode_options o) noexcept : opts_(o) {}

  // The errors of the document that just failed.
  template <class T> result<T> failure() {
    const std::size_t omitted = b_.omitted_errors();
    return result<T>(b_.take_errors(), omitted);
  }

  // Starts a document: the value store and key index cleared, the builder
  // reset for `input` (the text offsets refer to) with both lent to it.
  void start(document_kind kind, std::string_view input) {
    start_values(kind);
    b_.reset(opts_, kind, input, store_, keys_);
  }

  // Starts a document for a walk that feeds no builder (the fast walk): only
  // the value store and key index cleared. A decode that then needs the
  // builder, to report or to be fed, calls start() first.
  void start_values(document_kind kind) noexcept {
    store_.clear(kind);
    keys_.reset();
  }

  // Ends a valid document: every run pointed at its slice of the log storage.
  void finish() noexcept { store_.finish(); }

  decode_options opts_;
  value_store store_; // the decoded values, which results view
  key_index keys_;    // the keys of the open objects, for duplicates
  builder b_;         // the errors, and the values when a walk feeds it events
  view_source views_; // which decode the results view (checked builds: see detail/view_check.hpp)

private:
  Derived& self() noexcept { return static_cast<Derived&>(*this); }

  // The entry points above, for a text that is padded or not.
  result<workflow_run> run_of(std::string_view json, bool padded) {
    const view_ticket ticket = views_.next();
    if (!self().decode_text(json, document_kind::run, padded)) return failure<workflow_run>();
    return result<workflow_run>(std::in_place, ticket, store_.runs.front());
  }
  result<run_page> page_of(std::string_view json, bool padded) {
    const view_ticket ticket = views_.next();
    if (!self().decode_text(json, document_kind::page, padded)) return failure<run_page>();
    return result<run_page>(std::in_place, ticket, store_.page);
  }
  result<log_list> logs_of(std::string_view json, bool padded) {
    const view_ticket ticket = views_.next();
    if (!self().decode_text(json, document_kind::logs, padded)) return failure<log_list>();
    return result<log_list>(std::in_place, ticket, store_.logs);
  }
  template <class T, class Text> result<T> as(Text json) {
    if constexpr (std::is_same_v<T, workflow_run>) {
      return decode_run(json);
    } else if constexpr (std::is_same_v<T, run_page>) {
      return decode_run_page(json);
    } else {
      static_assert(std::is_same_v<T, log_list>, "decode_as<T>: T is workflow_run, run_page or log_list");
      return decode_logs(json);
    }
  }
  result<document> document_of(document_kind kind, std::string_view json, bool padded) {
    const view_ticket ticket = views_.next();
    if (!self().decode_text(json, kind, padded)) return failure<document>();
    switch (kind) {
    case document_kind::run: return result<document>(std::in_place, ticket, store_.runs.front());
    case document_kind::page: return result<document>(std::in_place, ticket, store_.page);
    case document_kind::logs: break;
    }
    return result<document>(std::in_place, ticket, log_list(store_.logs));
  }
  template <class F> static stream_summary summarize(basic_run_stream<Derived> stream, F& f) {
    stream_summary s;
    for (const stream_item& it : stream) {
      ++s.documents;
      if (it.run) ++s.valid;
      f(it);
    }
    return s;
  }
};

} // namespace flowrun::detail

#endif
