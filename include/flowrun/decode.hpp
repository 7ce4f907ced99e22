// flowrun: one-call decoding into owned values, for code that wants a value to
// keep rather than a view into a reusable decoder.
//
// Each call decodes with a decoder of its own, made for the call and gone when
// it returns. That costs the decoder's buffers once per call (a reused
// flowrun::decoder allocates nothing once warm), and buys what a value to keep
// needs: nothing is shared between calls or threads, no memory stays behind
// after the largest document seen, the options are the call's own, and the
// result can never go stale. For many documents in a loop, reuse a decoder and
// keep (to_owned) only what you need.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_DECODE_HPP
#define FLOWRUN_DECODE_HPP

#include <flowrun/document.hpp>
#include <flowrun/error.hpp>
#include <flowrun/options.hpp>
#include <flowrun/result.hpp>
#include <flowrun/simdjson.hpp>
#include <flowrun/types.hpp>

#include <string_view>
#include <utility>
#include <vector>

namespace flowrun {

namespace detail {
// The decoder's outcome with its value kept: the errors (and the count of those
// left out) are owned already and carry over as they are.
template <class T> result<owned<T>> keep_result(const result<T>& r) {
  if (r) return result<owned<T>>(owned<T>(*r));
  return result<owned<T>>(std::vector<error>(r.errors().begin(), r.errors().end()), r.omitted_errors());
}
} // namespace detail

/// decoder::decode_run, for a value to keep: an owned run, or the same errors.
///
/// Example:
///   flowrun::result<flowrun::owned<flowrun::workflow_run>> run = flowrun::decode_run(text);
///   if (run) archive.push_back(std::move(*run)); // no decoder to outlive
[[nodiscard]] inline result<owned<workflow_run>> decode_run(std::string_view json, decode_options o = {}) {
  decoder dec(o);
  return detail::keep_result(dec.decode_run(json));
}

/// decoder::decode_run_page, for a value to keep.
///
/// Example:
///   auto page = flowrun::decode_run_page(body, {.mode = flowrun::decode_mode::strict});
[[nodiscard]] inline result<owned<run_page>> decode_run_page(std::string_view json, decode_options o = {}) {
  decoder dec(o);
  return detail::keep_result(dec.decode_run_page(json));
}

/// decoder::decode_logs, for a value to keep.
///
/// Example:
///   auto logs = flowrun::decode_logs(body);
///   if (logs) for (const flowrun::log_entry& l : **logs) std::cout << l.node_id << '\n';
[[nodiscard]] inline result<owned<log_list>> decode_logs(std::string_view json, decode_options o = {}) {
  decoder dec(o);
  return detail::keep_result(dec.decode_logs(json));
}

/// decoder::decode_as, for a value to keep (T: workflow_run, run_page or log_list).
///
/// Example:
///   template <class T> auto load(std::string_view text) { return flowrun::decode_as<T>(text); }
template <class T> [[nodiscard]] result<owned<T>> decode_as(std::string_view json, decode_options o = {}) {
  decoder dec(o);
  return detail::keep_result(dec.template decode_as<T>(json));
}

/// decoder::decode, for a value to keep: a document of the kind given.
///
/// Example:
///   auto d = flowrun::decode(*flowrun::parse_document_kind(kind_name), text);
[[nodiscard]] inline result<owned<document>> decode(document_kind kind, std::string_view json, decode_options o = {}) {
  decoder dec(o);
  return detail::keep_result(dec.decode(kind, json));
}

} // namespace flowrun

#endif
