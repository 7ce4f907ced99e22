// flowrun internals: where decoded values live, and the conversion of each
// typed field's value (the rules of detail/contract.hpp's value kinds).
//
// Both walks store through these functions: the fast walk gives up on the
// first problem and leaves the document to the builder, which turns the same
// problem into an error with a pointer and a message. So the two cannot
// disagree on what a field accepts.
#ifndef FLOWRUN_DETAIL_VALUES_HPP
#define FLOWRUN_DETAIL_VALUES_HPP

#include <flowrun/detail/contract.hpp>
#include <flowrun/detail/number.hpp>
#include <flowrun/document.hpp>
#include <flowrun/id.hpp>
#include <flowrun/status.hpp>
#include <flowrun/timestamp.hpp>
#include <flowrun/types.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace flowrun::detail {

/// The allocator of the value store's runs and logs: a value constructed with
/// no arguments (emplace_back()) is default-initialised. Every member of the
/// value types has its initialiser (tests/types_test.cpp checks it), so that
/// is the value-initialised value, without the zeroing of the whole object
/// first, which GCC compiles to a `rep stos` (copying a blank one instead, as
/// before, is a `rep movs` for a run): with GCC, callgrind -0.7% and time
/// -1.3% on the small example; Clang about unchanged.
template <class T> struct default_init_allocator : std::allocator<T> {
  using std::allocator<T>::allocator;
  template <class U> void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args> void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

/// The decoded values of one document: runs, their logs, the page. Kept by the
/// decoder between documents so that steady-state decoding does not allocate.
struct value_store {
  std::vector<workflow_run, default_init_allocator<workflow_run>> runs;
  std::vector<log_entry, default_init_allocator<log_entry>> logs;
  std::vector<std::pair<std::size_t, std::size_t>> log_ranges; // per run: first log, count
  run_page page;

  // Unknown members (compatible mode), one vector per object kind (run, log,
  // page, links, meta). Objects of one kind never nest in each other, so each
  // object's members are contiguous in its kind's vector, and found in one
  // range recorded when its first member arrives.
  struct member_range {
    std::uint32_t target; // the run or log (unused for page, links, meta)
    std::uint32_t first;
    std::uint32_t count;
  };
  static constexpr std::size_t member_kinds = 5;
  std::vector<unknown_member> members[member_kinds];
  std::vector<member_range> member_ranges[member_kinds];
  bool any_members = false; // any unknown member since clear(): most documents have none

  /// Empties the store for a document; `page` only for a page (no other
  /// document reads it, and resetting it costs a run's decode a few percent).
  void clear(document_kind kind) noexcept {
    runs.clear();
    logs.clear();
    log_ranges.clear();
    if (kind == document_kind::page) page = {};
    if (!any_members) return;
    any_members = false;
    for (std::size_t k = 0; k < member_kinds; ++k) {
      members[k].clear();
      member_ranges[k].clear();
    }
  }

  /// Before walking a large document of `len` bytes: room for as many runs
  /// and logs as it could hold (each takes more than min_object_bytes of
  /// text), so the vectors never grow by copying. Only the pages that are
  /// filled become resident; growing instead would hold the old and the new
  /// copy at once (for a 16 MiB line of logs, some 25 MiB more at the peak).
  static constexpr std::size_t min_object_bytes = 64, reserve_from = std::size_t{1} << 20;
  void reserve_for(std::size_t len) {
    if (len < reserve_from) return;
    runs.reserve(len / min_object_bytes);
    log_ranges.reserve(len / min_object_bytes);
    logs.reserve(len / min_object_bytes);
  }

  /// Keeps an unknown member of object `target` of kind `k` (run to meta).
  void add_unknown(frame_kind k, std::size_t target, std::string_view key, std::string_view raw) {
    const auto kind = static_cast<std::size_t>(k);
    std::vector<unknown_member>& list = members[kind];
    std::vector<member_range>& ranges = member_ranges[kind];
    const auto t = static_cast<std::uint32_t>(target);
    if (ranges.empty() || ranges.back().target != t || ranges.back().first + ranges.back().count != list.size())
      ranges.push_back({t, static_cast<std::uint32_t>(list.size()), 0});
    list.push_back(unknown_member{key, raw_access::decoded(raw)});
    ++ranges.back().count;
    any_members = true;
  }

  // New values, default-initialised in place (see default_init_allocator).
  std::size_t new_run() {
    runs.emplace_back();
    log_ranges.emplace_back(0, 0);
    return runs.size() - 1;
  }

  std::size_t new_log() {
    logs.emplace_back();
    return logs.size() - 1;
  }

  /// Records that the `logs` array of run `r`, started when the store held
  /// `first` logs, is complete.
  void close_logs(std::size_t r, std::size_t first) noexcept {
    log_ranges[r] = {first, logs.size() - first};
    runs[r].has_logs = true;
  }

  void store_raw(field f, std::size_t target, std::string_view text) noexcept {
    if (f == field::log_output)
      logs[target].output = raw_access::decoded(text);
    else if (f == field::run_trigger_payload)
      runs[target].trigger_payload = raw_access::decoded(text);
    else if (f == field::run_workflow)
      runs[target].workflow = raw_access::decoded(text);
  }

  /// True when the page holds more runs than its per_page allows.
  bool over_per_page() const noexcept {
    return page.meta.per_page && runs.size() > static_cast<std::uint64_t>(*page.meta.per_page);
  }

  /// Points every run at its slice of the logs; once, after a successful walk.
  void finish() noexcept {
    for (std::size_t i = 0; i < runs.size(); ++i)
      runs[i].logs = log_list(logs.data() + log_ranges[i].first, log_ranges[i].second);
    page.data = std::span<const workflow_run>(runs);
    if (!any_members) return;
    for (std::size_t k = 0; k < member_kinds; ++k)
      for (const member_range& r : member_ranges[k]) {
        const unknown_members u(members[k].data() + r.first, r.count);
        switch (static_cast<frame_kind>(k)) {
        case frame_kind::run: runs[r.target].unknown = u; break;
        case frame_kind::log: logs[r.target].unknown = u; break;
        case frame_kind::page: page.unknown = u; break;
        case frame_kind::links: page.links.unknown = u; break;
        default: page.meta.unknown = u; break;
        }
      }
  }
};

/// Why a typed value was not stored (none when it was).
enum class value_problem : std::uint8_t {
  none,
  wrong_type,       ///< the JSON type does not fit the field
  bad_id,           ///< invalid_id
  bad_run_status,   ///< invalid_enum
  bad_log_status,   ///< invalid_enum
  bad_timestamp,    ///< invalid_timestamp (the reason is in time_problem)
  empty_node_id,    ///< out_of_range
  double_overflow,  ///< out_of_range: too large for a double
  negative,         ///< out_of_range: a duration below 0
  not_integer,      ///< wrong_type: an integer field with a fraction
  integer_overflow, ///< out_of_range: outside int64
  below_minimum,    ///< out_of_range
};

// store_string_inline's conversions, always inlined: each is called from the
// fast walk's code for several rows, and GCC 12 left them out of line there.
FLOWRUN_ALWAYS_INLINE value_problem store_id(prefixed_id& out, std::string_view s, id_kind k) noexcept {
  if (auto v = prefixed_id::parse(s, k)) {
    out = *v;
    return value_problem::none;
  }
  return value_problem::bad_id;
}
FLOWRUN_ALWAYS_INLINE value_problem store_time(timestamp& out, std::string_view s, timestamp_errc& time) noexcept {
  time = timestamp::try_parse(s, out);
  return time == timestamp_errc::ok ? value_problem::none : value_problem::bad_timestamp;
}
FLOWRUN_ALWAYS_INLINE value_problem store_time(std::optional<timestamp>& out, std::string_view s,
                                               timestamp_errc& time) noexcept {
  timestamp t;
  const value_problem p = store_time(t, s, time);
  if (p == value_problem::none) out = t;
  return p;
}

/// Converts and stores the string value of field `f` of object `target` (a run
/// or log index; unused for the page's links and meta). `time` receives the
/// reason of a bad_timestamp.
FLOWRUN_ALWAYS_INLINE value_problem store_string_inline(value_store& st, field f, std::size_t target,
                                                        std::string_view s, timestamp_errc& time) noexcept {
  switch (f) {
  case field::run_id: return store_id(st.runs[target].id, s, id_kind::run);
  case field::log_id: return store_id(st.logs[target].id, s, id_kind::log);
  case field::log_execution_id: {
    prefixed_id v;
    const value_problem p = store_id(v, s, id_kind::run);
    if (p == value_problem::none) st.logs[target].execution_id = v;
    return p;
  }
  case field::run_status:
    if (auto v = parse_run_status(s)) {
      st.runs[target].status = *v;
      return value_problem::none;
    }
    return value_problem::bad_run_status;
  case field::log_status:
    if (auto v = parse_log_status(s)) {
      st.logs[target].status = *v;
      return value_problem::none;
    }
    return value_problem::bad_log_status;
  case field::run_started_at: return store_time(st.runs[target].started_at, s, time);
  case field::run_completed_at: return store_time(st.runs[target].completed_at, s, time);
  case field::run_created_at: return store_time(st.runs[target].created_at, s, time);
  case field::log_created_at: return store_time(st.logs[target].created_at, s, time);
  case field::run_error_message: st.runs[target].error_message = s; return value_problem::none;
  case field::log_node_id:
    st.logs[target].node_id = s; // kept even when empty: the error names it, the value is not returned
    return s.empty() ? value_problem::empty_node_id : value_problem::none;
  case field::log_component_id: st.logs[target].component_id = s; return value_problem::none;
  case field::links_first: st.page.links.first = s; return value_problem::none;
  case field::links_last: st.page.links.last = s; return value_problem::none;
  case field::links_prev: st.page.links.prev = s; return value_problem::none;
  case field::links_next: st.page.links.next = s; return value_problem::none;
  case field::meta_path: st.page.meta.path = s; return value_problem::none;
  default: return value_problem::wrong_type;
  }
}

/// store_string_inline, called: for the builder, and for the fast walk's rare
/// values with escapes (its one common call is inlined).
inline value_problem store_string(value_store& st, field f, std::size_t target, std::string_view s,
                                  timestamp_errc& time) noexcept {
  return store_string_inline(st, f, target, s, time);
}

/// Converts and stores a number (valid JSON number text, as written).
inline value_problem store_number(value_store& st, field f, std::size_t target, std::string_view raw) noexcept {
  if (f == field::run_duration) {
    double d = 0;
    if (to_double(raw, d) != number_status::ok) return value_problem::double_overflow;
    if (d < 0) return value_problem::negative;
    st.runs[target].duration_in_seconds = d;
    return value_problem::none;
  }
  std::optional<std::int64_t>* slot = nullptr;
  switch (f) {
  case field::meta_current_page: slot = &st.page.meta.current_page; break;
  case field::meta_last_page: slot = &st.page.meta.last_page; break;
  case field::meta_per_page: slot = &st.page.meta.per_page; break;
  case field::meta_from: slot = &st.page.meta.from; break;
  case field::meta_to: slot = &st.page.meta.to; break;
  case field::meta_total: slot = &st.page.meta.total; break;
  default: return value_problem::wrong_type;
  }
  std::int64_t v = 0;
  switch (to_int64(raw, v)) {
  case number_status::not_integer: return value_problem::not_integer;
  case number_status::overflow: return value_problem::integer_overflow;
  case number_status::ok: break;
  }
  if (v < minimum_of(info(f).kind)) return value_problem::below_minimum;
  *slot = v;
  return value_problem::none;
}

/// A null is fine where the field is nullable (the value stays nullopt).
inline value_problem store_null(field f) noexcept {
  return info(f).nullable ? value_problem::none : value_problem::wrong_type;
}

} // namespace flowrun::detail

#endif
