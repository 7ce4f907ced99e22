// flowrun: the canonical writer. Runs, pages and log lists back to JSON text.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_WRITE_HPP
#define FLOWRUN_WRITE_HPP

#include <flowrun/detail/escape.hpp>
#include <flowrun/detail/utf8.hpp>
#include <flowrun/error.hpp>
#include <flowrun/options.hpp>
#include <flowrun/result.hpp>
#include <flowrun/status.hpp>
#include <flowrun/timestamp.hpp>
#include <flowrun/types.hpp>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace flowrun {

/// How write_json lays the text out.
struct write_options {
  /// Indent by two spaces, one member or element per line, `"key": value` (raw values
  /// re-indented too); compact (no white space at all) when false.
  bool pretty = false;
};

namespace detail {

// Appends JSON to a caller's string: nothing but out.append/push_back, so no allocation
// once the string has the capacity. Nesting is the fixed shape of the types, except in raw
// values, which are re-emitted by an iterative byte scan.
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

  // Members the contract does not know, after the known ones: the key escaped like any
  // string, the value as raw JSON.
  void members(unknown_members u) {
    for (const unknown_member& m : u) {
      element();
      string(m.key);
      out_ += pretty_ ? ": " : ":";
      raw(m.value.text);
    }
  }

  // A string, escaped minimally: `"`, `\` and control characters; UTF-8 is kept as is
  // (decoded strings are valid UTF-8).
  void string(std::string_view s) {
    out_ += '"';
    append_escaped<escape_rules{}>(out_, s);
    out_ += '"';
  }
  void optional_string(const std::optional<std::string_view>& s) {
    if (s)
      string(*s);
    else
      null();
  }

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

  void newline(std::size_t depth) {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(2 * depth, ' ');
  }

  std::string& out_;
  bool pretty_;
  bool first_ = true; // nothing written yet in the innermost open container
  std::size_t depth_ = 0;
};

inline void write_logs(json_writer& w, log_list logs) {
  w.open('[');
  for (const log_entry& l : logs) {
    w.element();
    w.open('{');
    w.key("id");
    w.string(l.id.str());
    if (l.execution_id) { // where the older API put it
      w.key("execution_id");
      w.string(l.execution_id->str());
    }
    w.key("node_id");
    w.string(l.node_id);
    w.key("component_id");
    w.optional_string(l.component_id);
    w.key("status");
    w.string(to_string(l.status));
    if (l.output) {
      w.key("output");
      w.raw(l.output->text);
    }
    w.key("created_at");
    w.time(l.created_at);
    w.members(l.unknown);
    w.close('}');
  }
  w.close(']');
}

inline void write_run(json_writer& w, const workflow_run& r) {
  w.open('{');
  w.key("id");
  w.string(r.id.str());
  w.key("status");
  w.string(to_string(r.status));
  // The older API's fields go where it put them (examples/run-legacy.json).
  if (r.trigger_payload) {
    w.key("trigger_payload");
    w.raw(r.trigger_payload->text);
  }
  w.key("error_message");
  w.optional_string(r.error_message);
  w.key("started_at");
  w.time(r.started_at);
  w.key("completed_at");
  w.optional_time(r.completed_at);
  w.key("duration_in_seconds");
  if (r.duration_in_seconds)
    w.number(*r.duration_in_seconds);
  else
    w.null();
  if (r.created_at) {
    w.key("created_at");
    w.time(*r.created_at);
  }
  if (r.workflow) {
    w.key("workflow");
    w.raw(r.workflow->text);
  }
  if (r.has_logs) {
    w.key("logs");
    write_logs(w, r.logs);
  }
  w.members(r.unknown);
  w.close('}');
}

inline void write_page(json_writer& w, const run_page& p) {
  w.open('{');
  w.key("data");
  w.open('[');
  for (const workflow_run& r : p.data) {
    w.element();
    write_run(w, r);
  }
  w.close(']');
  w.key("links");
  w.open('{');
  w.key("first");
  w.optional_string(p.links.first);
  w.key("last");
  w.optional_string(p.links.last);
  w.key("prev");
  w.optional_string(p.links.prev);
  w.key("next");
  w.optional_string(p.links.next);
  w.members(p.links.unknown);
  w.close('}');
  // The API's (alphabetical) order. `from` and `to` are nullable; the others are not, so
  // when a compatible-mode page lacked them they stay absent rather than become null.
  w.key("meta");
  w.open('{');
  const auto integer = [&](std::string_view k, const std::optional<std::int64_t>& v, bool nullable) {
    if (!v && !nullable) return;
    w.key(k);
    if (v)
      w.integer(*v);
    else
      w.null();
  };
  integer("current_page", p.meta.current_page, false);
  integer("from", p.meta.from, true);
  integer("last_page", p.meta.last_page, false);
  if (p.meta.path) {
    w.key("path");
    w.string(*p.meta.path);
  }
  integer("per_page", p.meta.per_page, false);
  integer("to", p.meta.to, true);
  integer("total", p.meta.total, false);
  w.members(p.meta.unknown);
  w.close('}');
  w.members(p.unknown);
  w.close('}');
}

} // namespace detail

/// Appends `run` to `out` as JSON: the API's field order (the older API's fields where it
/// put them), then the members the contract does not know (kept by compatible mode) in
/// their document order, `null` for absent nullable fields, optional fields that were absent left out,
/// timestamps as they were written (every fraction digit), raw values (`output`,
/// `trigger_payload`, `workflow`, unknown members) with insignificant white space removed and every other
/// byte kept, durations as the shortest text that reads back as the same double. Decoding
/// the text gives a value equal to `run`, and writing that again gives the same text. No
/// trailing newline. Allocates nothing once `out` has the capacity.
///
/// Example:
///   std::string out;
///   flowrun::write_json(out, *run);                          // {"id":"fl_run_...",...}
///   flowrun::write_json(out, *run, {.pretty = true});        // appended, indented
inline void write_json(std::string& out, const workflow_run& run, write_options o = {}) {
  detail::json_writer w(out, o);
  detail::write_run(w, run);
}

/// Appends a page (`data`, `links`, `meta`) to `out`; see write_json(workflow_run). Links are
/// nullable and always written; of `meta`, `from` and `to` are written as null when absent,
/// the other keys (not nullable) only when present.
inline void write_json(std::string& out, const run_page& page, write_options o = {}) {
  detail::json_writer w(out, o);
  detail::write_page(w, page);
}

/// Appends a list of log entries (a JSON array) to `out`; see write_json(workflow_run).
inline void write_json(std::string& out, log_list logs, write_options o = {}) {
  detail::json_writer w(out, o);
  detail::write_logs(w, logs);
}

/// Appends one raw value (a log's `output`, a run's `trigger_payload` or `workflow`, an
/// unknown member's value) as write_json writes it inside its document: every byte kept
/// but insignificant white space, compact on one line, or indented from column 0 with
/// `pretty`. `value` must be well-formed JSON, as every decoded raw_json is.
///
/// Example:
///   std::string line;
///   flowrun::write_json(line, *log.output); // {"status":200,"body":{"message":"ok"}}
inline void write_json(std::string& out, const raw_json& value, write_options o = {}) {
  detail::json_writer(out, o).raw(value.text);
}

/// write_json of an owning copy's value.
template <class T> void write_json(std::string& out, const owned<T>& v, write_options o = {}) {
  write_json(out, *v, o);
}

/// The canonical JSON of a run, page, log list or owning copy as a new string.
///
/// Example:
///   std::cout << flowrun::to_json(*run, {.pretty = true}) << '\n';
template <class T> std::string to_json(const T& v, write_options o = {}) {
  std::string out;
  write_json(out, v, o);
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
