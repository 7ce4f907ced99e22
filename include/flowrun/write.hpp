// flowrun: the writer. Runs, pages, log lists and log entries back to JSON text, checked.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_WRITE_HPP
#define FLOWRUN_WRITE_HPP

#include <flowrun/detail/contract.hpp>
#include <flowrun/detail/escape.hpp>
#include <flowrun/detail/json_lexer.hpp>
#include <flowrun/detail/key_index.hpp>
#include <flowrun/detail/text.hpp>
#include <flowrun/detail/utf8.hpp>
#include <flowrun/document.hpp>
#include <flowrun/error.hpp>
#include <flowrun/options.hpp>
#include <flowrun/result.hpp>
#include <flowrun/status.hpp>
#include <flowrun/timestamp.hpp>
#include <flowrun/types.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// The error paths: out of the way of the writing.
#if defined(__GNUC__) || defined(__clang__)
#define FLOWRUN_WRITER_COLD __attribute__((noinline, cold))
#else
#define FLOWRUN_WRITER_COLD
#endif

namespace flowrun {

/// How write_json lays the text out.
struct write_options {
  /// Indent by two spaces, one member or element per line, `"key": value` (raw values
  /// re-indented too); compact (no white space at all) when false.
  bool pretty = false;
};

namespace detail {

// Where the writer is: a chain of pointer tokens on the call stack (a key, or an index),
// turned into a JSON Pointer only when something is refused.
struct write_path {
  const write_path* parent = nullptr;
  std::string_view key;
  std::size_t index = 0;
  bool is_index = false;
};

inline std::string pointer_of(const write_path* at, std::string_view key = {}) {
  const write_path* chain[64];
  std::size_t n = 0;
  for (const write_path* p = at; p != nullptr && n < std::size(chain); p = p->parent) chain[n++] = p;
  std::string out;
  while (n > 0) {
    const write_path* p = chain[--n];
    if (p->is_index)
      append_pointer_token(out, std::to_string(p->index));
    else if (!p->key.empty())
      append_pointer_token(out, p->key);
  }
  if (!key.empty()) append_pointer_token(out, key);
  return out;
}

// Checks a raw value that no decoder checked: the decoders' rules for raw JSON, with the
// same lexer (so the same codes, pointers and messages for malformed text), plus the
// duplicate keys the decoders refuse. A visitor of the lexer's walk.
class raw_checker {
public:
  // The first problem of `text`, sitting under `enclosing` open containers; nullopt if none.
  std::optional<json_problem> check(std::string_view text, std::size_t enclosing) {
    const std::size_t room = enclosing < max_depth_limit ? max_depth_limit - enclosing : 0;
    json_lexer lexer(text, room);
    if (!lexer.walk(*this)) return std::move(lexer.problem());
    if (dup_) return std::move(dup_);
    return std::nullopt;
  }

  void value(std::size_t) noexcept {}
  void open(bool object) { frames_.push_back({object, 0, keys_.mark(), {}}); }
  void empty(bool) noexcept {}
  void close(bool object) {
    if (object) keys_.close(frames_.back().keys_begin);
    frames_.pop_back();
  }
  void comma(bool object) noexcept {
    if (!object) ++frames_.back().index;
  }
  void begin_string(bool key, std::size_t at) {
    if (key) {
      key_at_ = at;
      key_ = &names_.emplace_back();
    }
  }
  void plain(const char* p, std::size_t n) {
    if (key_) key_->append(p, n);
  }
  void escaped(std::uint32_t cp, std::size_t) {
    if (key_) append_utf8(*key_, cp);
  }
  void end_string(bool key) {
    if (!key) return;
    frame& f = frames_.back();
    f.key = *key_;
    if (!keys_.insert(frames_.size() - 1, f.keys_begin, *key_) && !dup_) {
      dup_.emplace();
      dup_->found = true;
      dup_->code = error_code::duplicate_key;
      dup_->offset = key_at_;
      for (const frame& g : frames_) {
        if (g.object)
          append_pointer_token(dup_->pointer, g.key);
        else
          append_pointer_token(dup_->pointer, std::to_string(g.index));
      }
      dup_->message = "duplicate key " + quote_for_message(*key_) + " (each key may appear once)";
    }
    key_ = nullptr;
  }
  void colon() noexcept {}
  void literal(std::string_view) noexcept {}
  void number(const number_scan&, std::size_t) noexcept {}

private:
  struct frame {
    bool object;
    std::size_t index;
    std::size_t keys_begin;
    std::string_view key;
  };
  std::vector<frame> frames_;
  key_index keys_;
  std::deque<std::string> names_; // unescaped keys; a deque keeps the views key_index holds valid
  std::string* key_ = nullptr;
  std::size_t key_at_ = 0;
  std::optional<json_problem> dup_;
};

// Appends JSON to a caller's string: nothing but out.append/push_back, so no allocation
// once the string has the capacity. Nesting is the fixed shape of the types, except in raw
// values, which are re-emitted by an iterative byte scan.
//
// Every value is checked against the rules the decoder applies to what it reads (the
// contract's field rules, detail/contract.hpp): the first one that breaks them is kept as
// the error (`error()`), and the caller throws away what was written.
class json_writer {
public:
  json_writer(std::string& out, write_options o) noexcept : out_(out), pretty_(o.pretty) {}

  void open(char c) {
    out_ += c;
    ++depth_;
    first_ = true;
  }
  void close(char c) {
    --depth_;
    if (!first_) newline(depth_);
    out_ += c;
    first_ = false;
  }
  // `k` is one of the contract's keys: plain ASCII, nothing to escape.
  void key(std::string_view k) {
    element();
    out_ += '"';
    out_ += k;
    out_ += pretty_ ? "\": " : "\":";
  }
  void element() {
    if (!first_) out_ += ',';
    newline(depth_);
    first_ = false;
  }

  void null() { out_ += "null"; }

  bool failed() const noexcept { return error_.has_value(); }
  std::optional<flowrun::error>& take_error() noexcept { return error_; }

  // The first problem is the one reported. Writer errors are about a value, not a text:
  // offset 0, line 1, column 1 (docs/contract.md, "Writing").
  void fail(error_code c, std::string pointer, std::string message) {
    if (error_) return;
    error_.emplace();
    error_->code = c;
    error_->pointer = std::move(pointer);
    error_->message = std::move(message);
  }
  template <class Message>
  FLOWRUN_WRITER_COLD void fail_at(error_code c, const write_path* at, std::string_view k, Message&& m) {
    fail(c, pointer_of(at, k), m());
  }

  // Members the contract does not know, after the known ones: the key escaped like any
  // string, the value as raw JSON. A key the contract knows for this object, or one
  // repeated, would read back as another value (or not at all): refused.
  void members(unknown_members u, frame_kind kind, const write_path* at) {
    for (std::size_t i = 0; i < u.size(); ++i) {
      const unknown_member& m = u[i];
      element();
      if (!string(m.key))
        return fail_at(error_code::invalid_utf8, at, {},
                       [&] { return "the key of unknown member " + std::to_string(i) + " is not valid UTF-8"; });
      if (find_row(kind, m.key) >= 0)
        return fail_at(error_code::duplicate_key, at, m.key, [&] {
          return "duplicate key " + quote_for_message(m.key) + ": an unknown member named like a field of the contract";
        });
      out_ += pretty_ ? ": " : ":";
      raw(m.value, at, m.key, false);
      if (failed()) return;
    }
    if (u.size() > 1) check_unique(u, at);
  }

  // A string, escaped minimally: `"`, `\` and control characters; UTF-8 is kept as is.
  // False when `s` is not valid UTF-8 (the decoder's invalid_utf8).
  [[nodiscard]] bool string(std::string_view s) {
    out_ += '"';
    const bool ok = append_escaped<escape_rules{.check_utf8 = true}>(out_, s);
    out_ += '"';
    return ok;
  }
  void string(std::string_view s, const write_path* at, std::string_view k) {
    if (!string(s)) bad_utf8(at, k);
  }
  void optional_string(const std::optional<std::string_view>& s, const write_path* at, std::string_view k) {
    if (s)
      string(*s, at, k);
    else
      null();
  }

  // An id of kind `kind`: prefixed_id is made only by parse (checked) or empty by its
  // default constructor, so the kind and emptiness are all there is to check.
  void id(const prefixed_id& v, id_kind kind, const write_path* at, std::string_view k) {
    if (v.empty() || v.kind() != kind) [[unlikely]]
      return fail_at(error_code::invalid_id, at, k, [&] {
        return (v.empty() ? std::string("an empty id") : quote_for_message(v.str())) +
               " is not a valid id: expected \"" + std::string(id_prefix(kind)) +
               "\" then 1 to 64 characters of [0-9a-z]";
      });
    out_ += '"';
    out_ += v.str();
    out_ += '"';
  }

  // A status by its wire spelling; a value outside the enum (a cast integer) has none.
  template <class Status> void status(Status s, const write_path* at) {
    const std::string_view t = to_string(s);
    if (t.empty()) [[unlikely]]
      return fail_at(error_code::invalid_enum, at, "status", [&] {
        return std::to_string(static_cast<int>(s)) + " is not a " +
               (std::is_same_v<Status, run_status> ? "run" : "log") + " status";
      });
    out_ += '"';
    out_ += t;
    out_ += '"';
  }

  // Timestamps are made only by parse (checked) or by the default constructor (the epoch,
  // 1970-01-01T00:00:00Z, which reads back): nothing to check.
  void time(const timestamp& t) {
    out_ += '"';
    t.format_exact_to(std::back_inserter(out_));
    out_ += '"';
  }
  void optional_time(const std::optional<timestamp>& t) {
    if (t)
      time(*t);
    else
      null();
  }

  // The shortest text that reads back as the same double.
  void number(double d) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);
    out_.append(buf, r.ptr);
  }
  void integer(std::int64_t v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
  }

  // A raw value at member `k` of `at`: one a decoder kept is written as it is; any other
  // is first checked as the decoder checks raw JSON (`object_only`: trigger_payload and
  // workflow hold objects).
  void raw(const raw_json& r, const write_path* at, std::string_view k, bool object_only) {
    if (!raw_access::checked(r)) [[unlikely]] {
      if (!check_raw(r.text, at, k, object_only)) return;
    }
    raw(r.text);
  }

  // Validated JSON kept raw: every byte kept except insignificant white space; in pretty
  // mode re-indented from the current depth, empty containers kept as {} and [].
  void raw(std::string_view t) {
    const std::size_t n = t.size();
    std::size_t depth = depth_;
    std::size_t i = 0;
    while (i < n) {
      const char c = t[i];
      switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\r': ++i; break;
      case '"': {
        std::size_t j = i + 1;
        while (j < n && t[j] != '"') j += t[j] == '\\' ? 2 : 1;
        j = j < n ? j + 1 : n;
        out_.append(t, i, j - i);
        i = j;
        break;
      }
      case '{':
      case '[': {
        out_ += c;
        ++i;
        if (!pretty_) break;
        std::size_t j = i;
        while (j < n && is_space(t[j])) ++j;
        if (j < n && (t[j] == '}' || t[j] == ']')) {
          out_ += t[j];
          i = j + 1;
        } else {
          newline(++depth);
        }
        break;
      }
      case '}':
      case ']':
        if (pretty_ && depth > depth_) newline(--depth);
        out_ += c;
        ++i;
        break;
      case ',':
        out_ += ',';
        ++i;
        newline(depth);
        break;
      case ':':
        out_ += pretty_ ? ": " : ":";
        ++i;
        break;
      default: { // a number, true, false or null: up to the next delimiter
        std::size_t j = i + 1;
        while (j < n && !is_space(t[j]) && t[j] != ',' && t[j] != '}' && t[j] != ']') ++j;
        out_.append(t, i, j - i);
        i = j;
        break;
      }
      }
    }
  }

private:
  static constexpr bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  FLOWRUN_WRITER_COLD void bad_utf8(const write_path* at, std::string_view k) {
    fail(error_code::invalid_utf8, pointer_of(at, k), "not valid UTF-8");
  }

  FLOWRUN_WRITER_COLD bool check_raw(std::string_view t, const write_path* at, std::string_view k, bool object_only) {
    raw_checker checker;
    if (std::optional<json_problem> p = checker.check(t, depth_)) {
      fail(p->code, pointer_of(at, k) + p->pointer, std::move(p->message));
      return false;
    }
    std::size_t i = 0;
    while (is_space(t[i])) ++i; // well-formed: a value follows
    if (object_only && t[i] != '{') {
      fail(error_code::wrong_type, pointer_of(at, k), "expected an object");
      return false;
    }
    return true;
  }

  // Unknown keys repeated in one object: the decoder's duplicate_key, at the second one
  // (the first repeat in the object's order).
  FLOWRUN_WRITER_COLD void check_unique(unknown_members u, const write_path* at) {
    std::vector<std::pair<std::string_view, std::size_t>> keys;
    keys.reserve(u.size());
    for (std::size_t i = 0; i < u.size(); ++i) keys.emplace_back(u[i].key, i);
    std::sort(keys.begin(), keys.end());
    std::size_t dup = u.size();
    for (std::size_t i = 1; i < keys.size(); ++i)
      if (keys[i].first == keys[i - 1].first) dup = std::min(dup, keys[i].second);
    if (dup == u.size()) return;
    fail_at(error_code::duplicate_key, at, u[dup].key,
            [&] { return "duplicate key " + quote_for_message(u[dup].key) + " (each key may appear once)"; });
  }

  void newline(std::size_t depth) {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(2 * depth, ' ');
  }

  std::string& out_;
  bool pretty_;
  bool first_ = true; // nothing written yet in the innermost open container
  std::size_t depth_ = 0;
  std::optional<flowrun::error> error_;
};

inline void write_log(json_writer& w, const log_entry& l, const write_path* at) {
  w.open('{');
  w.key("id");
  w.id(l.id, id_kind::log, at, "id");
  if (l.execution_id) { // where the older API put it
    w.key("execution_id");
    w.id(*l.execution_id, id_kind::run, at, "execution_id");
  }
  w.key("node_id");
  if (l.node_id.empty()) [[unlikely]]
    return w.fail_at(error_code::out_of_range, at, "node_id", [] { return std::string("node_id must not be empty"); });
  w.string(l.node_id, at, "node_id");
  w.key("component_id");
  w.optional_string(l.component_id, at, "component_id");
  w.key("status");
  w.status(l.status, at);
  if (l.output) {
    w.key("output");
    w.raw(*l.output, at, "output", false); // any JSON kind (compatible mode)
  }
  w.key("created_at");
  w.time(l.created_at);
  w.members(l.unknown, frame_kind::log, at);
  w.close('}');
}

inline void write_logs(json_writer& w, log_list logs, const write_path* at) {
  w.open('[');
  for (std::size_t i = 0; i < logs.size() && !w.failed(); ++i) {
    const write_path here{at, {}, i, true};
    w.element();
    write_log(w, logs[i], &here);
  }
  w.close(']');
}

inline void write_run(json_writer& w, const workflow_run& r, const write_path* at) {
  w.open('{');
  w.key("id");
  w.id(r.id, id_kind::run, at, "id");
  w.key("status");
  w.status(r.status, at);
  // The older API's fields go where it put them (examples/run-legacy.json).
  if (r.trigger_payload) {
    w.key("trigger_payload");
    w.raw(*r.trigger_payload, at, "trigger_payload", true);
  }
  w.key("error_message");
  w.optional_string(r.error_message, at, "error_message");
  w.key("started_at");
  w.time(r.started_at);
  w.key("completed_at");
  w.optional_time(r.completed_at);
  w.key("duration_in_seconds");
  if (r.duration_in_seconds) {
    const double d = *r.duration_in_seconds;
    if (!(d >= 0) || d > std::numeric_limits<double>::max()) [[unlikely]] // NaN, negative, infinite
      return w.fail_at(error_code::out_of_range, at, "duration_in_seconds", [&] {
        return "duration_in_seconds must be a finite number >= 0, found " +
               std::string(std::isnan(d) ? "NaN"
                           : d < 0       ? (std::isinf(d) ? "-infinity" : "a negative number")
                                         : "infinity");
      });
    w.number(d);
  } else {
    w.null();
  }
  if (r.created_at) {
    w.key("created_at");
    w.time(*r.created_at);
  }
  if (r.workflow) {
    w.key("workflow");
    w.raw(*r.workflow, at, "workflow", true);
  }
  if (r.has_logs) {
    w.key("logs");
    const write_path logs{at, "logs"};
    write_logs(w, r.logs, &logs);
  }
  w.members(r.unknown, frame_kind::run, at);
  w.close('}');
}

inline void write_page(json_writer& w, const run_page& p) {
  w.open('{');
  w.key("data");
  w.open('[');
  const write_path data{nullptr, "data"};
  for (std::size_t i = 0; i < p.data.size() && !w.failed(); ++i) {
    const write_path here{&data, {}, i, true};
    w.element();
    write_run(w, p.data[i], &here);
  }
  w.close(']');
  w.key("links");
  w.open('{');
  const write_path links{nullptr, "links"};
  w.key("first");
  w.optional_string(p.links.first, &links, "first");
  w.key("last");
  w.optional_string(p.links.last, &links, "last");
  w.key("prev");
  w.optional_string(p.links.prev, &links, "prev");
  w.key("next");
  w.optional_string(p.links.next, &links, "next");
  w.members(p.links.unknown, frame_kind::links, &links);
  w.close('}');
  // The API's (alphabetical) order. `from` and `to` are nullable; the others are not, so
  // when a compatible-mode page lacked them they stay absent rather than become null.
  w.key("meta");
  w.open('{');
  const write_path meta{nullptr, "meta"};
  const auto integer = [&](std::string_view k, const std::optional<std::int64_t>& v, bool nullable,
                           std::int64_t least) {
    if (!v && !nullable) return;
    w.key(k);
    if (!v) return w.null();
    if (*v < least) [[unlikely]]
      return w.fail_at(error_code::out_of_range, &meta, k,
                       [&] { return "must be >= " + std::to_string(least) + ", found " + std::to_string(*v); });
    w.integer(*v);
  };
  integer("current_page", p.meta.current_page, false, minimum_of(value_kind::count));
  integer("from", p.meta.from, true, minimum_of(value_kind::count));
  integer("last_page", p.meta.last_page, false, minimum_of(value_kind::count));
  if (p.meta.path) {
    w.key("path");
    w.string(*p.meta.path, &meta, "path");
  }
  integer("per_page", p.meta.per_page, false, minimum_of(value_kind::count));
  integer("to", p.meta.to, true, minimum_of(value_kind::count));
  integer("total", p.meta.total, false, minimum_of(value_kind::total));
  w.members(p.meta.unknown, frame_kind::meta, &meta);
  w.close('}');
  w.members(p.unknown, frame_kind::page, nullptr);
  w.close('}');
  // The decoder's check of the whole page (detail/values.hpp, over_per_page).
  if (p.meta.per_page && *p.meta.per_page >= 1 && p.data.size() > static_cast<std::uint64_t>(*p.meta.per_page))
    w.fail_at(error_code::out_of_range, nullptr, "data", [&] {
      return "data holds " + std::to_string(p.data.size()) + " runs, more than per_page (" +
             std::to_string(*p.meta.per_page) + ")";
    });
}

// Runs `write(json_writer&)` on `out`; on an error, `out` is cut back to its size on entry.
template <class Write> std::optional<error> write_checked(std::string& out, write_options o, Write&& write) {
  const std::size_t size = out.size();
  json_writer w(out, o);
  write(w);
  if (w.failed()) [[unlikely]] {
    out.resize(size);
    return std::move(w.take_error());
  }
  return std::nullopt;
}

} // namespace detail

/// Appends `run` to `out` as JSON and returns nullopt: the API's field order (the older
/// API's fields where it put them), then the members the contract does not know (kept by
/// compatible mode) in their document order, `null` for absent nullable fields, optional
/// fields that were absent left out, timestamps as they were written (every fraction
/// digit), raw values (`output`, `trigger_payload`, `workflow`, unknown members) with
/// insignificant white space removed and every other byte kept, durations as the shortest
/// text that reads back as the same double. Decoding the text gives a value equal to
/// `run`, and writing that again gives the same text. No trailing newline. Allocates
/// nothing once `out` has the capacity.
///
/// Nothing is written that the decoder (compatible mode, default options but max_depth
/// at max_depth_limit) would reject: a value that breaks the contract (a negative or
/// non-finite duration, an empty node_id, an empty id or one of the wrong kind, a status
/// outside its enum, a meta count below its minimum, a string that is not UTF-8, a raw
/// value that is not JSON or nests too deep, an unknown member repeating a key) is
/// returned as the decoder's error (code, JSON Pointer, message; offset 0, line 1,
/// column 1), and `out` is left as it was. Raw values a decoder kept are not checked
/// again; those you build are (docs/contract.md, "Writing").
///
/// Example:
///   std::string out;
///   if (auto err = flowrun::write_json(out, *run))          // {"id":"fl_run_...",...}
///     std::cerr << to_string(err->code) << " at " << err->pointer << '\n';
///   (void)flowrun::write_json(out, *run, {.pretty = true}); // appended, indented
[[nodiscard]] inline std::optional<error> write_json(std::string& out, const workflow_run& run, write_options o = {}) {
  return detail::write_checked(out, o, [&](detail::json_writer& w) { detail::write_run(w, run, nullptr); });
}

/// Appends a page (`data`, `links`, `meta`) to `out`; see write_json(workflow_run). Links are
/// nullable and always written; of `meta`, `from` and `to` are written as null when absent,
/// the other keys (not nullable) only when present.
[[nodiscard]] inline std::optional<error> write_json(std::string& out, const run_page& page, write_options o = {}) {
  return detail::write_checked(out, o, [&](detail::json_writer& w) { detail::write_page(w, page); });
}

/// Appends a list of log entries (a JSON array) to `out`; see write_json(workflow_run).
[[nodiscard]] inline std::optional<error> write_json(std::string& out, log_list logs, write_options o = {}) {
  return detail::write_checked(out, o, [&](detail::json_writer& w) { detail::write_logs(w, logs, nullptr); });
}

/// Appends one log entry (a JSON object, pointers from its root: `/output`); see
/// write_json(workflow_run).
[[nodiscard]] inline std::optional<error> write_json(std::string& out, const log_entry& log, write_options o = {}) {
  return detail::write_checked(out, o, [&](detail::json_writer& w) { detail::write_log(w, log, nullptr); });
}

/// Appends the run, page or log list a document holds; see write_json(workflow_run).
[[nodiscard]] inline std::optional<error> write_json(std::string& out, const document& doc, write_options o = {}) {
  return std::visit([&](const auto& v) { return write_json(out, v, o); }, static_cast<const document::variant&>(doc));
}

/// Appends one raw value (a log's `output`, a run's `trigger_payload` or `workflow`, an
/// unknown member's value) as write_json writes it inside its document: every byte kept
/// but insignificant white space, compact on one line, or indented from column 0 with
/// `pretty`. One a decoder kept is written as it is; any other is checked first (as the
/// decoder checks raw JSON, at the root): not JSON is the lexer's error (`syntax_error`,
/// `invalid_utf8`, `depth_exceeded`, `trailing_content`, pointer into the value), a
/// repeated key `duplicate_key`; `out` is then left as it was.
///
/// Example:
///   std::string line;
///   (void)flowrun::write_json(line, *log.output); // {"status":200,"body":{"message":"ok"}}
[[nodiscard]] inline std::optional<error> write_json(std::string& out, const raw_json& value, write_options o = {}) {
  return detail::write_checked(out, o, [&](detail::json_writer& w) { w.raw(value, nullptr, {}, false); });
}

/// write_json of an owning copy's value.
template <class T>
[[nodiscard]] std::optional<error> write_json(std::string& out, const owned<T>& v, write_options o = {}) {
  return write_json(out, *v, o);
}

/// The JSON of a run, page, log list, log entry, document, raw value or owning copy as a
/// new string, or write_json's error.
///
/// Example:
///   if (auto text = flowrun::to_json(*run, {.pretty = true})) std::cout << *text << '\n';
template <class T> [[nodiscard]] result<std::string> to_json(const T& v, write_options o = {}) {
  std::string out;
  if (std::optional<error> e = write_json(out, v, o)) return result<std::string>(std::move(*e));
  return out;
}

/// The length of the valid UTF-8 sequence at byte `i` of `s` (1 to 4), or 0 when none
/// starts there (a stray continuation byte, an overlong form, a surrogate, a code point
/// past U+10FFFF, a sequence cut short): the test a writer of arbitrary bytes (a file
/// name) needs to keep its JSON text valid UTF-8. `i` must be less than `s.size()`.
///
/// Example:
///   flowrun::utf8_sequence_length("\xc3\xa9", 0) // 2 (é)
///   flowrun::utf8_sequence_length("\xc3(", 0)     // 0
constexpr std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  return detail::utf8_sequence_length(s, i);
}

/// Appends `s` to `out` as a JSON string, quotes included, escaped as write_json escapes
/// strings: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, `\u00xx` (lowercase hex) for the other
/// control characters, UTF-8 kept. Any bytes may be given (a file name): each byte that
/// starts no valid UTF-8 sequence is written as `\ufffd`, so the text stays valid JSON.
///
/// Example:
///   std::string line;
///   flowrun::write_json_string(line, "a\"b\n");  // "a\"b\n" (with the quotes)
///   flowrun::write_json_string(line, "\xff");      // "\ufffd"
inline void write_json_string(std::string& out, std::string_view s) {
  out += '"';
  detail::append_escaped<detail::escape_rules{.repair_utf8 = true}>(out, s);
  out += '"';
}

/// Appends `s` to `out` for a line of text read by people: control characters and DEL
/// as `\u00xx`, every other byte as it is (a name with a newline stays on its line).
///
/// Example:
///   std::string line;
///   flowrun::write_escaped_text(line, "a\nb");  // a\u000ab
inline void write_escaped_text(std::string& out, std::string_view s) {
  detail::append_escaped<detail::escape_rules{.quotes = false, .short_forms = false, .delete_char = true}>(out, s);
}

} // namespace flowrun

#endif
