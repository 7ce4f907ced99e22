// flowrun: the decoded value types (runs, log entries, pages) and owning copies.
#ifndef FLOWRUN_TYPES_HPP
#define FLOWRUN_TYPES_HPP

#include <flowrun/config.hpp>

#include <flowrun/detail/print.hpp>
#include <flowrun/id.hpp>
#include <flowrun/status.hpp>
#include <flowrun/timestamp.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace flowrun {

/// A validated JSON text kept as written (node `output`, `trigger_payload`,
/// `workflow`). Every byte was checked: well-formed, UTF-8, no duplicate keys.
///
/// Example:
///   std::string_view body = log.output->text; // e.g. {"status":200}
struct raw_json {
  std::string_view text;
  friend bool operator==(const raw_json&, const raw_json&) = default;
};

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
  unknown_members unknown; ///< members the contract does not know (compatible mode)

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
template <class F> void for_each_view(std::optional<raw_json>& r, F& f) {
  if (r) f(r->text);
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

/// An owning copy of a decoded value (workflow_run, run_page or log_list): it
/// keeps every string and log entry in its own storage, so it outlives the
/// decoder and the input. Copyable and cheaply movable.
///
/// Example:
///   flowrun::owned<flowrun::workflow_run> kept = flowrun::to_owned(*r);
///   dec.decode_run(other_text); // `kept` is still valid
///   std::cout << kept->id.str();
template <class T> class owned {
public:
  explicit owned(const T& v) { assign(v); }
  owned(const owned& o) { assign(o.value_); }
  owned& operator=(const owned& o) {
    if (this != &o) assign(o.value_);
    return *this;
  }
  owned(owned&&) noexcept = default;
  owned& operator=(owned&&) noexcept = default;

  const T& get() const noexcept { return value_; }
  const T& operator*() const noexcept { return value_; }
  const T* operator->() const noexcept { return &value_; }
  friend bool operator==(const owned& a, const owned& b) {
    if constexpr (std::is_same_v<T, log_list>)
      return std::ranges::equal(a.value_, b.value_);
    else
      return a.value_ == b.value_;
  }

private:
  void assign(const T& v) {
    std::vector<workflow_run> runs;
    std::vector<log_entry> logs;
    std::vector<unknown_member> members;
    T value = v;
    // Gather the runs, logs and unknown members into owned vectors, remembering
    // where each object's slice starts.
    auto take_logs = [&](log_list l) {
      std::size_t at = logs.size();
      logs.insert(logs.end(), l.begin(), l.end());
      return at;
    };
    auto take_members = [&](unknown_members& u) {
      const std::size_t at = members.size();
      members.insert(members.end(), u.begin(), u.end());
      return at;
    };
    std::vector<std::size_t> starts;        // per run: its first log
    std::vector<std::size_t> member_starts; // per log, then per run, then the value's own objects
    if constexpr (std::is_same_v<T, workflow_run>) {
      starts.push_back(take_logs(value.logs));
    } else if constexpr (std::is_same_v<T, run_page>) {
      runs.assign(value.data.begin(), value.data.end());
      for (auto& r : runs) starts.push_back(take_logs(r.logs));
    } else {
      static_assert(std::is_same_v<T, log_list>, "owned<T> holds workflow_run, run_page or log_list");
      starts.push_back(take_logs(value));
    }
    // Every object with unknown members, in one order for gathering and rehoming.
    auto for_each_object = [&](auto&& f) {
      for (auto& l : logs) f(l.unknown);
      for (auto& r : runs) f(r.unknown);
      if constexpr (std::is_same_v<T, workflow_run>) {
        f(value.unknown);
      } else if constexpr (std::is_same_v<T, run_page>) {
        f(value.unknown);
        f(value.links.unknown);
        f(value.meta.unknown);
      }
    };
    for_each_object([&](unknown_members& u) { member_starts.push_back(take_members(u)); });
    // Measure, then copy every view into one buffer.
    std::size_t total = 0;
    auto measure = [&](std::string_view& s) { total += s.size(); };
    auto visit_all = [&](auto& f) {
      for (auto& l : logs) detail::for_each_view(l, f);
      for (auto& r : runs) detail::for_each_view(r, f);
      if constexpr (!std::is_same_v<T, log_list>) detail::for_each_view(value, f);
      for (auto& m : members) {
        f(m.key);
        f(m.value.text);
      }
    };
    visit_all(measure);
    auto chars = std::make_unique<char[]>(total + 1);
    std::size_t at = 0;
    auto copy = [&](std::string_view& s) {
      if (!s.empty()) std::memcpy(chars.get() + at, s.data(), s.size());
      s = std::string_view(chars.get() + at, s.size());
      at += s.size();
    };
    visit_all(copy);
    // Point the spans at the owned vectors.
    std::size_t next = 0;
    for_each_object([&](unknown_members& u) { u = unknown_members(members.data() + member_starts[next++], u.size()); });
    auto slice = [&](std::size_t i, std::size_t n) { return log_list(logs.data() + i, n); };
    if constexpr (std::is_same_v<T, workflow_run>) {
      value.logs = slice(starts[0], value.logs.size());
    } else if constexpr (std::is_same_v<T, run_page>) {
      for (std::size_t i = 0; i < runs.size(); ++i) runs[i].logs = slice(starts[i], runs[i].logs.size());
      value.data = std::span<const workflow_run>(runs);
    } else {
      value = slice(0, value.size());
    }
    chars_ = std::move(chars);
    logs_ = std::move(logs);
    runs_ = std::move(runs);
    members_ = std::move(members);
    value_ = value;
  }

  std::unique_ptr<char[]> chars_;
  std::vector<log_entry> logs_;
  std::vector<workflow_run> runs_;
  std::vector<unknown_member> members_;
  T value_{};
};

/// Makes an owning copy; see owned.
template <class T> owned<T> to_owned(const T& v) { return owned<T>(v); }

} // namespace flowrun

#if FLOWRUN_HAS_FORMAT
/// `std::format("{}", *log.output)` gives the JSON text; the spec is a string's.
template <> struct std::formatter<flowrun::raw_json, char> : flowrun::detail::text_formatter<flowrun::raw_json> {};
#endif

#endif
