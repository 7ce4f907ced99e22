// flowrun: the command-line checker. Decodes workflow-run JSON files with the
// library and reports every error of every document and the consistency
// findings of the valid ones (check), writes them back as canonical JSON (fmt),
// or shows them as a person reads them (summary). See --help and docs/contract.md.
#include <flowrun/detail/locate.hpp> // utf8_sequence_length
#include <flowrun/findings.hpp>
#include <flowrun/flowrun.hpp>
#include <flowrun/write.hpp> // and detail::json_writer, for one raw value

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view version = FLOWRUN_VERSION_STRING;

constexpr std::string_view usage_text = R"(Usage: flowrun check [--strict] [--kind=KIND] [--format=FORMAT]
                     [--max-errors=N] [--warnings-as-errors] [--no-findings]
                     FILE...
       flowrun fmt [--strict] [--kind=KIND] [--pretty] FILE...
       flowrun summary [--strict] [--kind=KIND] [--no-findings] FILE...
       flowrun --help | --version

check    checks workflow-run JSON documents against the flowrun data contract,
         reports every error of every document, and the consistency findings
         (warnings) of the valid ones.
fmt      writes each valid document as canonical JSON on standard output (the
         API's field order, null for absent nullable fields, timestamps and
         raw values as written, no white space); NDJSON stays one run per line.
summary  shows each run as a person reads it: id, status, start, duration,
         one line per step, findings last; a page or NDJSON file gets one
         block per run and a closing line of totals per status.

Options:
  --strict              contract mode: an unknown key is an error
                        (unknown_field) and every non-optional field must be
                        present
  --kind=KIND           auto (the default), run, page, logs, or ndjson (one
                        run object per line; blank lines are skipped)
  --format=FORMAT       check: text (the default) or json
  --max-errors=N        check: report at most N errors of a document (the
                        first in document order; default 100) and count the
                        rest in an "and N more errors" line
  --warnings-as-errors  check: a document with findings is invalid
  --no-findings         check, summary: do not look for findings
  --pretty              fmt: indent by two spaces, one member per line (NDJSON
                        runs are then no longer one per line)
  -h, --help            show this help and exit
  --version             show the version and exit

FILE is a path, or '-' for standard input; '--' ends the options.

Kind detection (auto): a file named *.ndjson or *.jsonl is NDJSON (standard
input never is). Otherwise a document starting with '[' is a list of logs, an
object with a top-level "data" key is a page, and anything else is a run.

Text output of check: one line per error and per finding, then a summary:
  FILE:LINE:COL: error[CODE] POINTER: MESSAGE
  FILE:LINE:COL: warning[CODE] POINTER: MESSAGE
  FILE: and N more errors (past --max-errors for a document)
  N documents checked, N valid, N invalid[, N findings][, N files unreadable]
  (singular for 1: "1 document checked", "1 finding", "1 file unreadable")
FILE is the name as given ('-' for standard input). LINE and COL are 1-based,
COL counts bytes, and for NDJSON LINE is the line in the file. POINTER is the
JSON Pointer of the offending value, printed bare (/logs/0/status), or as ""
for the document root; control characters in it are written as \u00XX so
that every line stays one line. Lines are listed by position. A finding sits
at the value of the member it is about, or at the object that lacks it.

Findings (warnings; the document stays valid unless --warnings-as-errors):
  completed_before_started, duration_mismatch, missing_completed_at,
  unexpected_completed_at, missing_error_message, unexpected_error_message,
  log_out_of_order, log_outside_run, duplicate_log_id, run_too_long

JSON output (--format=json): one object per readable file per line, and no
summary line:
  {"file":"...","kind":"run|page|logs|ndjson","documents":N,"valid":N,
   "errors":[{"code":"...","pointer":"...","offset":N,"line":N,"column":N,
   "message":"..."}],["omitted_errors":N,]"findings":[...the same keys...]}
("omitted_errors" only when errors past --max-errors were counted, not listed.)
An unreadable file gets a message on standard error only.

fmt and summary report invalid documents on standard error, as check would,
and write nothing for them. summary uses colour only when standard output is
a terminal and NO_COLOR is unset or empty; it cuts step lines to COLUMNS, or
else the terminal's width, or else 80 columns.

Exit status: 0 when every document is valid, 1 when any document is invalid,
2 on a usage error or when a file cannot be read (2 wins over 1).
)";

enum class doc_kind { automatic, run, page, logs, ndjson };

std::string_view kind_name(doc_kind k) {
  switch (k) {
  case doc_kind::run: return "run";
  case doc_kind::page: return "page";
  case doc_kind::logs: return "logs";
  case doc_kind::ndjson: return "ndjson";
  case doc_kind::automatic: break;
  }
  return "auto";
}

enum class command { check, fmt, summary };

struct options {
  command cmd = command::check;
  bool strict = false;
  bool json = false;
  bool pretty = false;
  bool findings = true;
  bool warnings_as_errors = false;
  std::size_t max_errors = 100; // per document
  doc_kind kind = doc_kind::automatic;
  std::vector<std::string> files;
};

// An error or a finding, placed in its file.
struct problem {
  bool is_finding = false;
  std::string_view code;
  std::string pointer;
  std::size_t offset = 0, line = 1, column = 1;
  std::string message;
};

// What one file held: its documents, the errors of the invalid ones and the
// findings of the valid ones, each list in document order.
struct report {
  doc_kind kind = doc_kind::run;
  std::size_t documents = 0;
  std::size_t valid = 0;
  std::vector<problem> errors;
  std::vector<problem> findings;
  std::size_t omitted_errors = 0; // past --max-errors, counted and not shown
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// True when the raw (still escaped) text of a key spells "data". Escapes are
// resolved because the decoder compares unescaped keys ("d\u0061ta" is "data").
bool key_is_data(std::string_view raw) {
  std::string key;
  for (std::size_t i = 0; i < raw.size() && key.size() <= 4; ++i) {
    if (raw[i] != '\\') {
      key += raw[i];
      continue;
    }
    unsigned code = 0;
    if (i + 5 < raw.size() && raw[i + 1] == 'u') { // \uXXXX
      const char* first = raw.data() + i + 2;
      const auto [end, ec] = std::from_chars(first, first + 4, code, 16);
      if (ec != std::errc() || end != first + 4) return false;
      i += 5;
    } else {
      code = 0x80; // any other escape is a character that is not in "data"
      ++i;
    }
    key += code < 0x80 ? static_cast<char>(code) : '\x80';
  }
  return key == "data";
}

// Picks the kind of a JSON document without parsing it: a byte scan that tracks
// strings and nesting, stopping at the first top-level "data" key or at the end
// of the root object. Whatever it cannot make sense of is a run, so that the run
// decoder reports the syntax error.
doc_kind sniff_kind(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && is_space(t[i])) ++i;
  if (i < t.size() && t[i] == '[') return doc_kind::logs;
  if (i == t.size() || t[i] != '{') return doc_kind::run;
  std::size_t depth = 0;
  while (i < t.size()) {
    const char c = t[i];
    if (c == '"') {
      const std::size_t start = ++i;
      while (i < t.size() && t[i] != '"') i += (t[i] == '\\') ? 2 : 1;
      if (i >= t.size()) return doc_kind::run; // the string never closes
      const std::string_view s = t.substr(start, i - start);
      ++i;
      if (depth == 1) { // a string followed by ':' at depth 1 is a top-level key
        std::size_t j = i;
        while (j < t.size() && is_space(t[j])) ++j;
        if (j < t.size() && t[j] == ':' && key_is_data(s)) return doc_kind::page;
      }
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return doc_kind::run; // the root object ended
    }
    ++i;
  }
  return doc_kind::run;
}

// Reads a whole file, in binary, into `out`; on failure `err` says why.
// fread (not only fopen) reports a directory, as EISDIR.
bool read_file(const std::string& name, std::string& out, std::string& err) {
  const bool is_stdin = (name == "-");
  std::FILE* f = is_stdin ? stdin : std::fopen(name.c_str(), "rb");
  if (!f) {
    err = std::strerror(errno);
    return false;
  }
  char buf[1 << 16];
  std::size_t n = 0;
  errno = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  const int saved = errno;
  const bool bad = std::ferror(f) != 0;
  if (!is_stdin) std::fclose(f);
  if (bad) {
    err = saved != 0 ? std::strerror(saved) : "read error";
    return false;
  }
  return true;
}

// Where a document sits in its file: its text (a whole file, or one NDJSON
// line), the offset and line it starts at.
struct place {
  std::string_view text;
  std::size_t offset = 0;
  std::size_t line = 1;
};

// Calls f(place, result) for each document of `text`, in order: one for a run,
// page or list of logs, one per non-blank line for NDJSON.
template <class F> void for_each_document(flowrun::decoder& dec, doc_kind kind, std::string_view text, F&& f) {
  switch (kind) {
  case doc_kind::page: f(place{text}, dec.decode_run_page(text)); break;
  case doc_kind::logs: f(place{text}, dec.decode_logs(text)); break;
  case doc_kind::ndjson:
    for (const flowrun::stream_item& it : dec.runs(text)) {
      const std::size_t end = std::min(text.find('\n', it.offset), text.size());
      f(place{text.substr(it.offset, end - it.offset), it.offset, it.line}, it.run);
    }
    break;
  case doc_kind::run:
  case doc_kind::automatic: f(place{text}, dec.decode_run(text)); break;
  }
}

problem from_error(const flowrun::error& e) {
  return {false, flowrun::to_string(e.code), e.pointer, e.offset, e.line, e.column, e.message};
}

// The findings of a decoded value, placed in the file (the decoder gives no
// positions for valid documents: locate() finds each member in the text).
template <class T>
std::vector<problem> placed_findings(flowrun::consistency_checker& checker, const place& at, const T& value) {
  const std::span<const flowrun::finding> found = checker.check(value);
  const std::vector<flowrun::text_position> pos = flowrun::locate(at.text, found);
  std::vector<problem> out;
  for (std::size_t i = 0; i < found.size(); ++i)
    out.push_back({true, flowrun::to_string(found[i].code), found[i].pointer, at.offset + pos[i].offset,
                   at.line + pos[i].line - 1, pos[i].column, found[i].message});
  std::stable_sort(out.begin(), out.end(), [](const problem& a, const problem& b) { return a.offset < b.offset; });
  return out;
}

report check_text(flowrun::decoder& dec, flowrun::consistency_checker& checker, const options& o, doc_kind kind,
                  std::string_view text) {
  report r;
  r.kind = kind;
  for_each_document(dec, kind, text, [&](const place& at, const auto& res) {
    ++r.documents;
    if (!res) {
      for (const flowrun::error& e : res.errors()) r.errors.push_back(from_error(e));
      r.omitted_errors += res.omitted_errors();
      return;
    }
    std::vector<problem> found;
    if (o.findings) found = placed_findings(checker, at, *res);
    if (found.empty() || !o.warnings_as_errors) ++r.valid;
    r.findings.insert(r.findings.end(), found.begin(), found.end());
  });
  return r; // in document order: the decoder sorts by offset, NDJSON lines come in order
}

void append_u00(std::string& out, unsigned char c) {
  static constexpr char hex[] = "0123456789abcdef";
  out += "\\u00";
  out += hex[c >> 4];
  out += hex[c & 15];
}

// A JSON string literal. File names (and, defensively, messages) may hold bytes
// that are not UTF-8: they become U+FFFD so the line stays valid JSON.
void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += s[i++];
    } else if (c < 0x20) {
      append_u00(out, c);
      ++i;
    } else if (const std::size_t len = flowrun::detail::utf8_sequence_length(s, i); len == 0) {
      out += "\\ufffd";
      ++i;
    } else {
      out.append(s, i, len);
      i += len;
    }
  }
  out += '"';
}

// FILE:LINE:COL: error[CODE] POINTER: MESSAGE (or warning[CODE] for a finding).
void append_problem(std::string& out, const std::string& file, const problem& p) {
  out += file;
  out += ':' + std::to_string(p.line) + ':' + std::to_string(p.column) + (p.is_finding ? ": warning[" : ": error[");
  out += p.code;
  out += "] ";
  if (p.pointer.empty()) out += "\"\"";
  for (char c : p.pointer) { // a key may hold a newline: keep one problem per line
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f)
      append_u00(out, u);
    else
      out += c;
  }
  out += ": ";
  out += p.message;
  out += '\n';
}

void write_out(std::FILE* f, const std::string& s) {
  if (!s.empty()) std::fwrite(s.data(), 1, s.size(), f);
}

void print_text(const std::string& file, const report& r) {
  std::vector<const problem*> all;
  for (const problem& p : r.errors) all.push_back(&p);
  for (const problem& p : r.findings) all.push_back(&p);
  std::stable_sort(all.begin(), all.end(), [](const problem* a, const problem* b) { return a->offset < b->offset; });
  std::string out;
  for (const problem* p : all) append_problem(out, file, *p);
  if (r.omitted_errors > 0) {
    out += file;
    out += ": and " + std::to_string(r.omitted_errors) + " more " + (r.omitted_errors == 1 ? "error" : "errors") +
           " (past --max-errors for a document)\n";
  }
  write_out(stdout, out);
}

void append_json_problems(std::string& out, const std::vector<problem>& list) {
  out += '[';
  for (std::size_t i = 0; i < list.size(); ++i) {
    const problem& p = list[i];
    out += i == 0 ? "{\"code\":\"" : ",{\"code\":\"";
    out += p.code;
    out += "\",\"pointer\":";
    append_json_string(out, p.pointer);
    out += ",\"offset\":" + std::to_string(p.offset) + ",\"line\":" + std::to_string(p.line) +
           ",\"column\":" + std::to_string(p.column) + ",\"message\":";
    append_json_string(out, p.message);
    out += '}';
  }
  out += ']';
}

void print_json(const std::string& file, const report& r) {
  std::string out = "{\"file\":";
  append_json_string(out, file);
  out += ",\"kind\":\"";
  out += kind_name(r.kind);
  out += "\",\"documents\":" + std::to_string(r.documents) + ",\"valid\":" + std::to_string(r.valid) + ",\"errors\":";
  append_json_problems(out, r.errors);
  if (r.omitted_errors > 0) out += ",\"omitted_errors\":" + std::to_string(r.omitted_errors);
  out += ",\"findings\":";
  append_json_problems(out, r.findings);
  out += "}\n";
  write_out(stdout, out);
}

// ---- summary ----------------------------------------------------------------

// How summary writes: colour or not, and how wide a line may be.
struct style {
  bool color = false;
  std::size_t width = 80;
};

style terminal_style() {
  style s;
  const bool tty = isatty(STDOUT_FILENO) == 1;
  const char* no_color = std::getenv("NO_COLOR");
  s.color = tty && (no_color == nullptr || *no_color == '\0'); // https://no-color.org
  std::size_t columns = 0;
  if (const char* c = std::getenv("COLUMNS")) {
    const std::string_view v(c);
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), columns);
    if (ec != std::errc() || end != v.data() + v.size()) columns = 0;
  }
  winsize ws{};
  if (columns == 0 && tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) columns = ws.ws_col;
  if (columns > 0) s.width = columns;
  return s;
}

// SGR parameters.
constexpr std::string_view bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36";

std::string_view color_of(flowrun::run_status s) {
  switch (s) {
  case flowrun::run_status::completed: return green;
  case flowrun::run_status::failed: return red;
  case flowrun::run_status::running: return cyan;
  case flowrun::run_status::pending: return dim;
  case flowrun::run_status::awaiting_ui_interaction: return yellow;
  }
  return {};
}

std::string_view color_of(flowrun::log_status s) {
  switch (s) {
  case flowrun::log_status::success: return green;
  case flowrun::log_status::error: return red;
  case flowrun::log_status::warning: return yellow;
  }
  return {};
}

void append_painted(std::string& out, std::string_view text, std::string_view sgr, const style& st) {
  if (!st.color || sgr.empty()) {
    out += text;
    return;
  }
  out += "\x1b[";
  out += sgr;
  out += 'm';
  out += text;
  out += "\x1b[0m";
}

// A user's text on one line: control characters written as escapes. Decoded
// strings are valid UTF-8, so nothing else needs care.
std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (u < 0x20 || u == 0x7f)
      append_u00(out, u);
    else
      out += c;
  }
  return out;
}

// Columns a text takes: one per character (UTF-8 continuation bytes take none).
std::size_t columns_of(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The bytes of `s` that fit in `cols` columns, ending on a character boundary.
std::string_view fit(std::string_view s, std::size_t cols) {
  std::size_t i = 0;
  for (std::size_t seen = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (seen++ == cols) break;
  }
  return s.substr(0, i);
}

struct segment {
  std::string text;
  std::string_view sgr;
};

// A line of segments, cut to the width: when it does not fit, the last column
// is an ellipsis.
void append_line(std::string& out, const std::vector<segment>& line, const style& st) {
  std::size_t total = 0;
  for (const segment& s : line) total += columns_of(s.text);
  const bool cut = total > st.width;
  std::size_t budget = cut ? st.width - 1 : total;
  for (const segment& s : line) {
    const std::string_view kept = fit(s.text, budget);
    append_painted(out, kept, s.sgr, st);
    budget -= columns_of(kept);
    if (budget == 0) break;
  }
  if (cut) out += "\xe2\x80\xa6"; // …
  out += '\n';
}

std::string pad(std::string_view s, std::size_t cols) {
  std::string out(s);
  const std::size_t n = columns_of(s);
  if (n < cols) out.append(cols - n, ' ');
  return out;
}

std::string exact_time(const flowrun::timestamp& t) {
  std::string s;
  t.format_exact_to(std::back_inserter(s));
  return s;
}

// "5 s", "5.25 s", "2m 5s", "1h 2m 5s", "1.79769e+308 s": milliseconds at most,
// as a person says it.
std::string human_duration(double seconds) {
  char buf[64];
  if (seconds < 60) {
    std::snprintf(buf, sizeof buf, "%.3f", seconds);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s + " s";
  }
  if (seconds >= 1e9) { // decades: whole seconds would say nothing more
    std::snprintf(buf, sizeof buf, "%.6g s", seconds);
    return buf;
  }
  const long long total = std::llround(seconds);
  if (total < 3600)
    std::snprintf(buf, sizeof buf, "%lldm %llds", total / 60, total % 60);
  else
    std::snprintf(buf, sizeof buf, "%lldh %lldm %llds", total / 3600, total / 60 % 60, total % 60);
  return buf;
}

// "+2.000s": an offset from a start, in seconds with milliseconds.
std::string offset_text(double seconds) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%+.3fs", seconds);
  return buf;
}

// One line per step: offset from `start`, node, component, status, output.
void append_steps(std::string& out, flowrun::log_list logs, const flowrun::timestamp& start, const style& st) {
  std::vector<std::string> offsets, nodes, components;
  std::size_t w_offset = 0, w_node = 0, w_component = 0;
  for (const flowrun::log_entry& l : logs) {
    offsets.push_back(offset_text(seconds_between(l.created_at, start)));
    nodes.push_back(one_line(l.node_id));
    components.push_back(l.component_id ? one_line(*l.component_id) : "-");
    w_offset = std::max(w_offset, offsets.back().size());
    w_node = std::max(w_node, columns_of(nodes.back()));
    w_component = std::max(w_component, columns_of(components.back()));
  }
  std::string output;
  for (std::size_t i = 0; i < logs.size(); ++i) {
    const flowrun::log_entry& l = logs[i];
    output.clear();
    if (l.output) {
      // Compact JSON is one line: the whole of it, up to the width.
      flowrun::detail::json_writer(output, {}).raw(l.output->text);
    } else {
      output = "-";
    }
    std::vector<segment> line = {
        {"  " + std::string(w_offset - offsets[i].size(), ' ') + offsets[i] + "  ", dim},
        {pad(nodes[i], w_node) + "  " + pad(components[i], w_component) + "  ", {}},
        {pad(flowrun::to_string(l.status), 7), color_of(l.status)},
        {"  " + output, {}},
    };
    append_line(out, line, st);
  }
}

void append_findings(std::string& out, std::span<const flowrun::finding> found, std::string_view prefix,
                     const style& st) {
  for (const flowrun::finding& f : found) {
    out += "  ";
    append_painted(out, "warning[" + std::string(flowrun::to_string(f.code)) + "]", yellow, st);
    out += ' ';
    out += prefix;
    out += one_line(f.pointer);
    out += ": ";
    out += f.message;
    out += '\n';
  }
}

// One run: a header line, its error message, its steps, its findings.
void append_run_block(std::string& out, const flowrun::workflow_run& r, std::span<const flowrun::finding> found,
                      std::string_view prefix, const style& st) {
  append_painted(out, one_line(r.id.str()), bold, st);
  out += "  ";
  append_painted(out, flowrun::to_string(r.status), color_of(r.status), st);
  out += "  " + exact_time(r.started_at) + "  ";
  if (r.duration_in_seconds)
    out += human_duration(*r.duration_in_seconds);
  else if (r.completed_at)
    out += human_duration(seconds_between(*r.completed_at, r.started_at)) + " (from the timestamps)";
  else
    out += "no duration";
  out += '\n';
  if (r.error_message) {
    const std::string_view first = std::string_view(*r.error_message).substr(0, r.error_message->find('\n'));
    append_line(out, {{"  error: ", red}, {one_line(first), {}}}, st);
  }
  append_steps(out, r.logs, r.started_at, st);
  append_findings(out, found, prefix, st);
}

// The totals line of a page or NDJSON file: runs per status.
struct totals {
  std::array<std::size_t, 5> by_status{};
  std::size_t runs = 0;
  void add(const flowrun::workflow_run& r) {
    ++runs;
    ++by_status[static_cast<std::size_t>(r.status)];
  }
  void append(std::string& out, std::size_t invalid, const style& st) const {
    out += std::to_string(runs) + (runs == 1 ? " run" : " runs");
    const char* sep = ": ";
    for (std::size_t i = 0; i < by_status.size(); ++i) {
      if (by_status[i] == 0) continue;
      const auto s = static_cast<flowrun::run_status>(i);
      out += sep + std::to_string(by_status[i]) + ' ';
      append_painted(out, flowrun::to_string(s), color_of(s), st);
      sep = ", ";
    }
    if (invalid > 0)
      out += "; " + std::to_string(invalid) + (invalid == 1 ? " invalid document" : " invalid documents");
    out += '\n';
  }
};

// ---- commands ------------------------------------------------------------------

int usage_error(const std::string& what) {
  std::cerr << "flowrun: " << what << "\nTry 'flowrun --help'.\n";
  return 2;
}

// Reads each file and calls f(file, kind, text) for the readable ones; returns
// how many could not be read.
template <class F> std::size_t for_each_file(const options& o, F&& f) {
  std::size_t unreadable = 0;
  std::string text; // reused: one buffer for every file
  for (const std::string& file : o.files) {
    text.clear();
    std::string err;
    bool ok = false;
    try {
      ok = read_file(file, text, err);
    } catch (const std::exception&) { // e.g. bad_alloc on a huge file
      err = "file too large to read";
    }
    if (!ok) {
      std::cerr << "flowrun: cannot read '" << file << "': " << err << '\n';
      ++unreadable;
      continue;
    }
    doc_kind kind = o.kind;
    if (kind == doc_kind::automatic) {
      if (file != "-" && (ends_with(file, ".ndjson") || ends_with(file, ".jsonl")))
        kind = doc_kind::ndjson;
      else
        kind = sniff_kind(text);
    }
    f(file, kind, std::string_view(text));
  }
  return unreadable;
}

flowrun::decoder make_decoder(const options& o) {
  return flowrun::decoder(flowrun::decode_options{
      .mode = o.strict ? flowrun::decode_mode::strict : flowrun::decode_mode::compatible,
      .errors = flowrun::error_mode::collect_all,
      .max_errors = o.max_errors,
  });
}

int exit_status(std::size_t unreadable, bool all_valid) { return unreadable > 0 ? 2 : all_valid ? 0 : 1; }

int run_check(const options& o) {
  flowrun::decoder dec = make_decoder(o);
  flowrun::consistency_checker checker;
  std::size_t documents = 0, valid = 0, findings = 0;
  const std::size_t unreadable = for_each_file(o, [&](const std::string& file, doc_kind kind, std::string_view text) {
    const report r = check_text(dec, checker, o, kind, text);
    documents += r.documents;
    valid += r.valid;
    findings += r.findings.size();
    if (o.json)
      print_json(file, r);
    else
      print_text(file, r);
  });
  if (!o.json) {
    std::string line = std::to_string(documents) + (documents == 1 ? " document" : " documents") + " checked, " +
                       std::to_string(valid) + " valid, " + std::to_string(documents - valid) + " invalid";
    if (findings > 0) line += ", " + std::to_string(findings) + (findings == 1 ? " finding" : " findings");
    if (unreadable > 0)
      line += ", " + std::to_string(unreadable) + (unreadable == 1 ? " file" : " files") + " unreadable";
    line += '\n';
    write_out(stdout, line);
  }
  std::fflush(stdout);
  return exit_status(unreadable, valid == documents);
}

// Errors of an invalid document, on standard error (fmt and summary keep
// standard output for what they write).
template <class R> bool report_invalid(const std::string& file, const R& res) {
  if (res) return false;
  std::string out;
  for (const flowrun::error& e : res.errors()) append_problem(out, file, from_error(e));
  std::fflush(stdout); // keep the two streams in order on a shared terminal
  write_out(stderr, out);
  return true;
}

int run_fmt(const options& o) {
  flowrun::decoder dec = make_decoder(o);
  bool all_valid = true;
  std::string out;
  const std::size_t unreadable = for_each_file(o, [&](const std::string& file, doc_kind kind, std::string_view text) {
    out.clear();
    for_each_document(dec, kind, text, [&](const place&, const auto& res) {
      if (report_invalid(file, res)) {
        all_valid = false;
        return;
      }
      flowrun::write_json(out, *res, {.pretty = o.pretty});
      out += '\n';
    });
    write_out(stdout, out);
  });
  std::fflush(stdout);
  return exit_status(unreadable, all_valid);
}

int run_summary(const options& o) {
  flowrun::decoder dec = make_decoder(o);
  flowrun::consistency_checker checker;
  const style st = terminal_style();
  bool all_valid = true;
  bool first_file = true;
  std::string out;
  const std::size_t unreadable = for_each_file(o, [&](const std::string& file, doc_kind kind, std::string_view text) {
    out.clear();
    if (o.files.size() > 1) {
      out += first_file ? "" : "\n";
      append_painted(out, "==> " + file + " <==", bold, st);
      out += '\n';
    }
    first_file = false;
    totals sum;
    std::size_t invalid = 0;
    std::string_view separator;
    const auto block = [&](const flowrun::workflow_run& r, std::span<const flowrun::finding> found,
                           std::string_view prefix) {
      out += separator;
      separator = "\n";
      append_run_block(out, r, found, prefix, st);
      sum.add(r);
    };
    for_each_document(dec, kind, text, [&](const place&, const auto& res) {
      using value = std::decay_t<decltype(*res)>;
      if (report_invalid(file, res)) {
        all_valid = false;
        ++invalid;
        return;
      }
      const auto findings = [&](const auto& v) {
        return o.findings ? checker.check(v) : std::span<const flowrun::finding>();
      };
      if constexpr (std::is_same_v<value, flowrun::workflow_run>) {
        block(*res, findings(*res), "");
      } else if constexpr (std::is_same_v<value, flowrun::run_page>) {
        for (std::size_t i = 0; i < res->data.size(); ++i) // findings per run, pointers from the page
          block(res->data[i], findings(res->data[i]), "/data/" + std::to_string(i));
      } else {
        const std::size_t n = res->size();
        out += separator;
        out += std::to_string(n) + (n == 1 ? " log entry\n" : " log entries\n");
        if (n > 0) append_steps(out, *res, res->front().created_at, st);
        append_findings(out, findings(*res), "", st);
      }
    });
    if (kind == doc_kind::page || kind == doc_kind::ndjson) {
      out += separator;
      sum.append(out, invalid, st);
    }
    write_out(stdout, out);
  });
  std::fflush(stdout);
  return exit_status(unreadable, all_valid);
}

int main_impl(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("no command given");
  if (args[0] == "-h" || args[0] == "--help") {
    std::cout << usage_text;
    return 0;
  }
  if (args[0] == "--version") {
    std::cout << "flowrun " << version << '\n';
    return 0;
  }
  options o;
  if (args[0] == "check")
    o.cmd = command::check;
  else if (args[0] == "fmt")
    o.cmd = command::fmt;
  else if (args[0] == "summary")
    o.cmd = command::summary;
  else
    return usage_error("unknown command '" + args[0] + "'");

  // An option that the command does not take is a usage error, not ignored.
  const auto only_for = [&](std::string_view option, std::initializer_list<command> cmds) {
    if (std::find(cmds.begin(), cmds.end(), o.cmd) != cmds.end()) return true;
    usage_error("'" + std::string(option) + "' does not apply to 'flowrun " + args[0] + "'");
    return false;
  };
  bool options_done = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a == "-" || a.empty() || a[0] != '-') {
      o.files.push_back(a);
    } else if (a == "--") {
      options_done = true;
    } else if (a == "-h" || a == "--help") {
      std::cout << usage_text;
      return 0;
    } else if (a == "--strict") {
      o.strict = true;
    } else if (a.starts_with("--kind=")) {
      const std::string_view v = std::string_view(a).substr(7);
      if (v == "auto")
        o.kind = doc_kind::automatic;
      else if (v == "run")
        o.kind = doc_kind::run;
      else if (v == "page")
        o.kind = doc_kind::page;
      else if (v == "logs")
        o.kind = doc_kind::logs;
      else if (v == "ndjson")
        o.kind = doc_kind::ndjson;
      else
        return usage_error("invalid --kind '" + std::string(v) + "' (expected auto, run, page, logs or ndjson)");
    } else if (a.starts_with("--format=")) {
      if (!only_for("--format", {command::check})) return 2;
      const std::string_view v = std::string_view(a).substr(9);
      if (v == "text")
        o.json = false;
      else if (v == "json")
        o.json = true;
      else
        return usage_error("invalid --format '" + std::string(v) + "' (expected text or json)");
    } else if (a.starts_with("--max-errors=")) {
      if (!only_for("--max-errors", {command::check})) return 2;
      const std::string_view v = std::string_view(a).substr(13);
      std::size_t n = 0;
      const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (ec != std::errc() || end != v.data() + v.size() || n == 0)
        return usage_error("invalid --max-errors '" + std::string(v) + "' (expected a whole number of at least 1)");
      o.max_errors = n;
    } else if (a == "--warnings-as-errors") {
      if (!only_for(a, {command::check})) return 2;
      o.warnings_as_errors = true;
    } else if (a == "--no-findings") {
      if (!only_for(a, {command::check, command::summary})) return 2;
      o.findings = false;
    } else if (a == "--pretty") {
      if (!only_for(a, {command::fmt})) return 2;
      o.pretty = true;
    } else {
      return usage_error("unknown option '" + a + "'");
    }
  }
  if (o.files.empty()) return usage_error("no FILE given");
  switch (o.cmd) {
  case command::fmt: return run_fmt(o);
  case command::summary: return run_summary(o);
  case command::check: break;
  }
  return run_check(o);
}

} // namespace

int main(int argc, char** argv) {
  try {
    return main_impl(argc, argv);
  } catch (const std::exception& e) { // never die with an uncaught exception
    std::cerr << "flowrun: " << e.what() << '\n';
    return 2;
  }
}
