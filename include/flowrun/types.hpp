// flowrun: the decoded value types (runs, log entries, pages) and owning copies.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_TYPES_HPP
#define FLOWRUN_TYPES_HPP

#include <flowrun/detail/print.hpp>
#include <flowrun/id.hpp>
#include <flowrun/status.hpp>
#include <flowrun/timestamp.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace flowrun {

/// A JSON text kept as written (node `output`, `trigger_payload`, `workflow`,
/// unknown members' values). A decoder's raw values were checked (well-formed,
/// UTF-8, no duplicate keys) and are marked so: the writer trusts them and checks
/// nothing again. One you build (`raw_json{"{\"a\":1}"}`), or whose `text` you
/// change, is checked when it is written (write.hpp).
///
/// Example:
///   std::string_view body = log.output->text; // e.g. {"status":200}
struct raw_json {
  std::string_view text;
  /// Internal: set by decoders (detail::raw_access) to a digest of where `text` starts
  /// and how long it is, so that any other text is not taken for the checked one.
  /// Leave it 0. Equality ignores it.
  std::uintptr_t checked_ = 0;
  friend bool operator==(const raw_json& a, const raw_json& b) noexcept { return a.text == b.text; }
};

namespace detail {
// The one way a raw value is marked as checked (by a decoder, or an owning copy of a
// checked one) and the one test of that mark.
struct raw_access {
  static std::uintptr_t digest(std::string_view t) noexcept {
    // Start and length mixed into one word: a text moved or resized by hand gets
    // another digest (a collision needs both to change in step with a 64-bit multiplier).
    return (reinterpret_cast<std::uintptr_t>(t.data()) ^
            (t.size() * static_cast<std::uintptr_t>(0x9e3779b97f4a7c15ull))) |
           1u;
  }
  static raw_json decoded(std::string_view t) noexcept { return raw_json{t, digest(t)}; }
  static bool checked(const raw_json& r) noexcept { return r.checked_ == digest(r.text); }
  static void mark(raw_json& r) noexcept { r.checked_ = digest(r.text); }
};
} // namespace detail

/// The JSON text as written, in a string of its own.
inline std::string to_string(const raw_json& r) { return std::string(r.text); }

/// Prints the JSON text as written: `std::cout << *log.output` gives `{"status":200}`.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const raw_json& r) {
  return detail::print(os, r.text);
}

/// A member of a typed object that the contract does not know (a field of a
/// newer API version, say), kept in compatible mode so that nothing is lost:
/// its key (unescaped) and its value, validated and kept as written.
/// Strict mode rejects such members (`unknown_field`) instead.
///
/// Example:
///   for (const flowrun::unknown_member& m : run.unknown)
///     std::cout << m.key << " = " << m.value.text << '\n'; // e.g. region = "eu-west-1"
struct unknown_member {
  std::string_view key; ///< unescaped, valid UTF-8
  raw_json value;       ///< any JSON value, as written
  friend bool operator==(const unknown_member&, const unknown_member&) = default;
};

/// The unknown members of one object, in document order.
using unknown_members = std::span<const unknown_member>;

/// One executed step of a run.
struct log_entry {
  prefixed_id id;                               ///< `fl_log_...`
  std::string_view node_id;                     ///< graph node id, non-empty (`n2`)
  std::optional<std::string_view> component_id; ///< null (or absent in compatible mode)
  log_status status{};
  std::optional<raw_json> output; ///< absent only in compatible mode
  timestamp created_at;
  std::optional<prefixed_id> execution_id; ///< older API versions: the run it belongs to
  unknown_members unknown;                 ///< members the contract does not know (compatible mode)

  friend bool operator==(const log_entry& a, const log_entry& b) {
    return a.id == b.id && a.node_id == b.node_id && a.component_id == b.component_id && a.status == b.status &&
           a.output == b.output && a.created_at == b.created_at && a.execution_id == b.execution_id &&
           std::ranges::equal(a.unknown, b.unknown);
  }
};

/// A list of log entries (the body of the `logs` endpoints, or a run's logs).
using log_list = std::span<const log_entry>;

/// One workflow run. Nullable fields are nullopt when null (or absent in
/// compatible mode).
///
/// Example:
///   for (const flowrun::log_entry& l : run.logs)
///     std::cout << l.node_id << ' ' << to_string(l.status) << '\n';
struct workflow_run {
  prefixed_id id; ///< `fl_run_...`
  run_status status{};
  std::optional<std::string_view> error_message;
  timestamp started_at;
  std::optional<timestamp> completed_at;
  std::optional<double> duration_in_seconds;
  bool has_logs = false; ///< the `logs` key was present (it is only sent for a single run)
  log_list logs;
  // Known optional fields of older API versions.
  std::optional<raw_json> trigger_payload;
  std::optional<timestamp> created_at;
  std::optional<raw_json> workflow;
  unknown_members unknown; ///< members the contract does not know (compatible mode)

  friend bool operator==(const workflow_run& a, const workflow_run& b) {
    return a.id == b.id && a.status == b.status && a.error_message == b.error_message && a.started_at == b.started_at &&
           a.completed_at == b.completed_at && a.duration_in_seconds == b.duration_in_seconds &&
           a.has_logs == b.has_logs && std::ranges::equal(a.logs, b.logs) && a.trigger_payload == b.trigger_payload &&
           a.created_at == b.created_at && a.workflow == b.workflow && std::ranges::equal(a.unknown, b.unknown);
  }
};

/// `links` of a page of runs.
struct page_links {
  std::optional<std::string_view> first, last, prev, next;
  unknown_members unknown; ///< members the contract does not know (compatible mode)
  friend bool operator==(const page_links& a, const page_links& b) {
    return a.first == b.first && a.last == b.last && a.prev == b.prev && a.next == b.next &&
           std::ranges::equal(a.unknown, b.unknown);
  }
};

/// `meta` of a page of runs.
struct page_meta {
  std::optional<std::int64_t> current_page, from, last_page, per_page, to, total;
  std::optional<std::string_view> path;
  unknown_members unknown; ///< members the contract does not know (compatible mode)
  friend bool operator==(const page_meta& a, const page_meta& b) {
    return a.current_page == b.current_page && a.from == b.from && a.last_page == b.last_page &&
           a.per_page == b.per_page && a.to == b.to && a.total == b.total && a.path == b.path &&
           std::ranges::equal(a.unknown, b.unknown);
  }
};

/// One page of `GET /workflows/{id}/executions`.
struct run_page {
  std::span<const workflow_run> data;
  page_links links;
  page_meta meta;
  unknown_members unknown; ///< top-level members the contract does not know (compatible mode)
  friend bool operator==(const run_page& a, const run_page& b) {
    return std::ranges::equal(a.data, b.data) && a.links == b.links && a.meta == b.meta &&
           std::ranges::equal(a.unknown, b.unknown);
  }
};

namespace detail {
// Calls f(std::string_view&) on every view a value holds, so owning copies can
// measure and then move them onto their own storage.
template <class F> void for_each_view(prefixed_id& id, F& f) {
  std::string_view s = id.str();
  f(s);
  id = id_access::rebase(id, s);
}
template <class F> void for_each_view(std::optional<prefixed_id>& id, F& f) {
  if (id) for_each_view(*id, f);
}
template <class F> void for_each_view(std::optional<std::string_view>& s, F& f) {
  if (s) f(*s);
}
// A checked raw value stays checked on its new storage; an unchecked one stays unchecked.
template <class F> void for_each_view(raw_json& r, F& f) {
  const bool checked = raw_access::checked(r);
  f(r.text);
  if (checked) raw_access::mark(r);
}
template <class F> void for_each_view(std::optional<raw_json>& r, F& f) {
  if (r) for_each_view(*r, f);
}
// A timestamp views its parsed text only for fraction digits past the ninth.
template <class F> void for_each_view(timestamp& t, F& f) {
  std::string_view s = timestamp_access::kept(t);
  if (s.empty()) return;
  f(s);
  timestamp_access::rebase(t, s);
}
template <class F> void for_each_view(std::optional<timestamp>& t, F& f) {
  if (t) for_each_view(*t, f);
}
template <class F> void for_each_view(log_entry& l, F& f) {
  for_each_view(l.id, f);
  f(l.node_id);
  for_each_view(l.component_id, f);
  for_each_view(l.output, f);
  for_each_view(l.created_at, f);
  for_each_view(l.execution_id, f);
}
template <class F> void for_each_view(workflow_run& r, F& f) {
  for_each_view(r.id, f);
  for_each_view(r.error_message, f);
  for_each_view(r.started_at, f);
  for_each_view(r.completed_at, f);
  for_each_view(r.trigger_payload, f);
  for_each_view(r.created_at, f);
  for_each_view(r.workflow, f);
}
template <class F> void for_each_view(run_page& p, F& f) {
  for (auto* s : {&p.links.first, &p.links.last, &p.links.prev, &p.links.next, &p.meta.path}) for_each_view(*s, f);
}
} // namespace detail

namespace detail {
// The value types an owned<T> holds directly; a document holds one of them.
template <class T>
concept owned_value = std::is_same_v<T, workflow_run> || std::is_same_v<T, log_entry> || std::is_same_v<T, run_page> ||
    std::is_same_v<T, log_list>;

// A document is reached only through its public shape, so that owned<document>
// needs no change whichever form document.hpp gives it: members `run`, `page`
// and `logs` side by side (the two the kind does not name are empty, and are
// copied, empty, too), or a variant visited with `x.visit(f)` or `visit(f, x)`.
struct any_part {
  template <class P> void operator()(P&) const noexcept {}
};
template <class T>
concept document_members = requires(T& d) {
  d.kind;
  d.run;
  d.page;
  d.logs;
};
template <class T>
concept document_member_visit = requires(T& d) {
  d.visit(any_part{});
};
namespace document_adl {
using std::visit;
template <class T>
concept document_visitable = requires(T& d) {
  visit(any_part{}, d);
};
template <class T, class F> void visit_document(T& d, F& f) { visit(f, d); }
} // namespace document_adl
template <class T>
concept ownable_type =
    owned_value<T> || document_members<T> || document_member_visit<T> || document_adl::document_visitable<T>;

// Calls f on each value (workflow_run&, log_entry&, run_page& or log_list&)
// that `v` is or holds.
template <class T, class F> void for_each_part(T& v, F&& f) {
  if constexpr (owned_value<T>) {
    f(v);
  } else if constexpr (document_members<T>) {
    f(v.run);
    f(v.page);
    f(v.logs);
  } else if constexpr (document_member_visit<T>) {
    v.visit(f);
  } else {
    document_adl::visit_document(v, f);
  }
}

template <class P, class Q> inline constexpr bool is_part = std::is_same_v<std::remove_cvref_t<P>, Q>;

// Where an owned value keeps what it views: every string in one buffer, and
// the arrays its spans point into. Moving it moves the heap blocks, so views
// into them stay valid.
struct owned_storage {
  std::unique_ptr<char[]> chars;
  std::vector<log_entry> logs;
  std::vector<workflow_run> runs;
  std::vector<unknown_member> members;
};

// The spans of `value` and of the arrays gathered into `s`, in three stages
// (runs, then logs, then unknown members: each stage's spans lie in the arrays
// the one before filled), each in a fixed order. g(span&, array&) is called on
// each: to count, to append each span's elements to its array, and at last to
// point each span at its slice, which starts where the spans before it in that
// array end.
template <class T, class G> void for_each_run_span(T& value, owned_storage& s, G& g) {
  for_each_part(value, [&](auto& p) {
    if constexpr (is_part<decltype(p), run_page>) g(p.data, s.runs);
  });
}
template <class T, class G> void for_each_log_span(T& value, owned_storage& s, G& g) {
  for_each_part(value, [&](auto& p) {
    if constexpr (is_part<decltype(p), workflow_run>)
      g(p.logs, s.logs);
    else if constexpr (is_part<decltype(p), log_list>)
      g(p, s.logs);
  });
  for (workflow_run& r : s.runs) g(r.logs, s.logs);
}
template <class T, class G> void for_each_member_span(T& value, owned_storage& s, G& g) {
  for (log_entry& l : s.logs) g(l.unknown, s.members);
  for (workflow_run& r : s.runs) g(r.unknown, s.members);
  for_each_part(value, [&](auto& p) {
    if constexpr (is_part<decltype(p), workflow_run> || is_part<decltype(p), log_entry>) {
      g(p.unknown, s.members);
    } else if constexpr (is_part<decltype(p), run_page>) {
      g(p.unknown, s.members);
      g(p.links.unknown, s.members);
      g(p.meta.unknown, s.members);
    }
  });
}

// Calls f(std::string_view&) on every string of `value` and of `s`'s arrays.
template <class T, class F> void for_each_string(T& value, owned_storage& s, F& f) {
  for (log_entry& l : s.logs) for_each_view(l, f);
  for (workflow_run& r : s.runs) for_each_view(r, f);
  for_each_part(value, [&](auto& p) {
    if constexpr (!is_part<decltype(p), log_list>) for_each_view(p, f);
  });
  for (unknown_member& m : s.members) {
    f(m.key);
    for_each_view(m.value, f);
  }
}

// Copies everything `value` views into new storage and points `value` at it:
// one buffer for all the strings, one array per element type, each allocated
// once at its final size (at most four allocations, whatever the value holds).
template <class T> owned_storage rehome(T& value) {
  owned_storage s;
  auto gather = [&](auto each_span, auto& array) {
    std::size_t n = 0;
    auto count = [&](auto& span, auto&) { n += span.size(); };
    each_span(count);
    array.reserve(n);
    auto append = [](auto& span, auto& a) { a.insert(a.end(), span.begin(), span.end()); };
    each_span(append);
  };
  gather([&](auto& g) { for_each_run_span(value, s, g); }, s.runs);
  gather([&](auto& g) { for_each_log_span(value, s, g); }, s.logs);
  gather([&](auto& g) { for_each_member_span(value, s, g); }, s.members);

  std::size_t total = 0;
  auto measure = [&](std::string_view& v) { total += v.size(); };
  for_each_string(value, s, measure);
  s.chars = std::make_unique_for_overwrite<char[]>(total + 1);
  std::size_t at = 0;
  auto copy = [&](std::string_view& v) {
    if (!v.empty()) std::memcpy(s.chars.get() + at, v.data(), v.size());
    v = std::string_view(s.chars.get() + at, v.size());
    at += v.size();
  };
  for_each_string(value, s, copy);

  std::size_t next = 0; // the next unclaimed element of the stage's array
  auto point = [&](auto& span, auto& array) {
    span = std::remove_reference_t<decltype(span)>(array.data() + next, span.size());
    next += span.size();
  };
  for_each_run_span(value, s, point);
  next = 0;
  for_each_log_span(value, s, point);
  next = 0;
  for_each_member_span(value, s, point);
  return s;
}
} // namespace detail

/// Keeps what a callback of owned<T>::modify makes, until modify has copied
/// it: strings and arrays that live only inside the callback.
///
/// Example (inside modify):
///   r.error_message = keep("timed out after " + std::to_string(n) + " s");
///   r.logs = keep(std::move(logs)); // a std::vector<flowrun::log_entry>
class keeper {
public:
  /// The string, kept; the view stays valid until modify returns.
  std::string_view operator()(std::string s) { return strings_.emplace_back(std::move(s)); }
  /// The log entries, kept (for `workflow_run::logs` or an owned log_list).
  log_list operator()(std::vector<log_entry> v) { return logs_.emplace_back(std::move(v)); }
  /// The runs, kept (for `run_page::data`).
  std::span<const workflow_run> operator()(std::vector<workflow_run> v) { return runs_.emplace_back(std::move(v)); }
  /// The members, kept (for any object's `unknown`).
  unknown_members operator()(std::vector<unknown_member> v) { return members_.emplace_back(std::move(v)); }

private:
  // Deques: elements never move, so a short string's characters stay where the view points.
  std::deque<std::string> strings_;
  std::deque<std::vector<log_entry>> logs_;
  std::deque<std::vector<workflow_run>> runs_;
  std::deque<std::vector<unknown_member>> members_;
};

/// An owning copy of a decoded value (workflow_run, log_entry, run_page,
/// log_list or document): it keeps every string, log entry, run and unknown
/// member in its own storage (one buffer for all the strings, one array per
/// element type, however many there are), so it outlives the decoder and the
/// input. Copyable (a deep copy), cheaply movable (views stay valid; the
/// moved-from copy holds an empty value), compared by value.
///
/// To change a kept value, modify() hands the callback a copy to edit; it may
/// point views anywhere that lives until modify returns (the callback's own
/// temporaries through `keep`), and modify then copies every view into new
/// storage. If the callback throws, the kept value is unchanged.
///
/// Example:
///   flowrun::owned<flowrun::workflow_run> kept = flowrun::to_owned(*r);
///   dec.decode_run(other_text); // `kept` is still valid
///   kept.modify([&](flowrun::workflow_run& run, flowrun::keeper& keep) {
///     run.status = flowrun::run_status::failed;
///     run.error_message = keep("gave up after " + std::to_string(tries) + " tries");
///     std::vector<flowrun::log_entry> logs(run.logs.begin(), run.logs.end());
///     logs.pop_back();
///     run.logs = keep(std::move(logs));
///   });
///   std::string json = flowrun::to_json(*kept);
template <class T> class owned {
  static_assert(detail::ownable_type<T>, "owned<T> holds workflow_run, log_entry, run_page, log_list or document");

public:
  explicit owned(const T& v) { assign(v); }
  owned(const owned& o) { assign(o.value_); }
  owned& operator=(const owned& o) {
    if (this != &o) assign(o.value_);
    return *this;
  }
  owned(owned&& o) noexcept : storage_(std::move(o.storage_)), value_(std::exchange(o.value_, T{})) {}
  owned& operator=(owned&& o) noexcept {
    if (this != &o) {
      storage_ = std::move(o.storage_);
      value_ = std::exchange(o.value_, T{});
    }
    return *this;
  }

  const T& get() const noexcept { return value_; }
  const T& operator*() const noexcept { return value_; }
  const T* operator->() const noexcept { return &value_; }

  /// Calls `f(T&)` or `f(T&, keeper&)` on a copy of the value, then keeps the
  /// result: every view it holds is copied into new storage, so it may point
  /// into the old value, into anything that outlives this call, or into what
  /// `keep` holds. Fields are not checked here; the writer checks what it writes.
  template <class F> void modify(F&& f) {
    T copy = value_;
    if constexpr (std::is_invocable_v<F&, T&, keeper&>) {
      keeper keep;
      f(copy, keep);
      assign(copy);
    } else {
      static_assert(std::is_invocable_v<F&, T&>, "modify's callback takes (T&) or (T&, flowrun::keeper&)");
      f(copy);
      assign(copy);
    }
  }

  friend bool operator==(const owned& a, const owned& b) {
    if constexpr (std::is_same_v<T, log_list>)
      return std::ranges::equal(a.value_, b.value_);
    else
      return a.value_ == b.value_;
  }

private:
  void assign(const T& v) {
    T value = v;
    detail::owned_storage s = detail::rehome(value);
    storage_ = std::move(s);
    value_ = std::move(value);
  }

  detail::owned_storage storage_;
  T value_{};
};

/// Makes an owning copy; see owned.
///
/// Example:
///   auto kept_log = flowrun::to_owned(run->logs[0]); // owned<log_entry>
template <class T> owned<T> to_owned(const T& v) { return owned<T>(v); }

} // namespace flowrun

#if FLOWRUN_HAS_FORMAT
/// `std::format("{}", *log.output)` gives the JSON text; the spec is a string's.
template <> struct std::formatter<flowrun::raw_json, char> : flowrun::detail::text_formatter<flowrun::raw_json> {};
#endif

#endif
