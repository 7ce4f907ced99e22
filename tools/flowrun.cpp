// flowrun: the command-line checker. Decodes workflow-run JSON files with the
// library and reports every error of every document and the consistency
// findings of the valid ones (check), writes them back as canonical JSON (fmt),
// or shows them as a person reads them (summary). See --help and docs/contract.md.
//
// NDJSON is read in chunks of whole lines (flowrun/ndjson_reader.hpp), so a
// file of any size takes bounded memory; check decodes the chunks and files
// on --jobs threads and writes the results in input order.
#include <flowrun/detail/locate.hpp> // utf8_sequence_length
#include <flowrun/findings.hpp>
#include <flowrun/flowrun.hpp>
#include <flowrun/ndjson_reader.hpp>
#include <flowrun/write.hpp> // and detail::json_writer, for one raw value

#if defined(__GLIBC__)
#include <malloc.h> // mallopt
#endif
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

namespace {

constexpr std::string_view version = FLOWRUN_VERSION_STRING;

constexpr std::string_view usage_head = R"(Usage: flowrun check [OPTIONS] FILE|DIR...
       flowrun fmt [--strict] [--kind=KIND] [--pretty | --canonical] [--max-size=SIZE] FILE|DIR...
       flowrun summary [--strict] [--kind=KIND] [--no-findings] [--color=WHEN] FILE|DIR...
       flowrun help [COMMAND] | --help | --version
)";

constexpr std::string_view check_help = R"(Usage: flowrun check [--strict] [--kind=KIND] [--format=FORMAT] [--max-errors=N]
                     [--warnings-as-errors] [--no-findings] [-q|--quiet]
                     [--color=WHEN] [--max-size=SIZE] [-j|--jobs=N] FILE|DIR...

check    checks workflow-run JSON documents against the flowrun data contract,
         reports every error of every document, and the consistency findings
         (warnings) of the valid ones.

Options:
  --strict              contract mode: an unknown key is an error
                        (unknown_field) and every non-optional field must be
                        present
  --kind=KIND           auto (the default), run, page, logs, or ndjson (one
                        run object per line; blank lines are skipped)
  --format=FORMAT       text (the default), json, sarif (SARIF 2.1.0, for code
                        scanning) or github (GitHub Actions annotations)
  --max-errors=N        report at most N errors of a document (the first in
                        document order; default 100) and count the rest in an
                        "and N more errors" line
  --warnings-as-errors  a document with findings is invalid
  --no-findings         do not look for findings
  -q, --quiet           text and github: the summary line only
  --color=WHEN          auto (the default: colour when standard output is a
                        terminal and NO_COLOR is unset or empty), always, never
  --max-size=SIZE       largest document (an NDJSON line, or a whole file)
                        decoded; larger ones are too_large errors. Bytes, or
                        with a K, M or G suffix (powers of 1024); default 256M
  -j, --jobs=N          threads decoding files and NDJSON chunks (default: the
                        number of cores); the output is the same for any N
  -h, --help            show this help and exit

An option's value follows '=' or comes as the next argument (--kind ndjson).
FILE is a path, or '-' for standard input (once); '--' ends the options. A
DIR is searched, sorted and recursively, for *.json, *.ndjson and *.jsonl
files (symbolic links to directories are not followed).

Kind detection (auto): a file named *.ndjson or *.jsonl is NDJSON (standard
input never is). Otherwise a document starting with '[' is a list of logs, an
object with a top-level "data" key is a page, and anything else is a run.
NDJSON is read in chunks of whole lines: memory stays bounded whatever the
size of the file.

Text output: one line per error and per finding, then a summary:
  FILE:LINE:COL: error[CODE] POINTER: MESSAGE
  FILE:LINE:COL: warning[CODE] POINTER: MESSAGE
  FILE: and N more errors (past --max-errors for a document)
  FILE: error[unreadable] cannot read: REASON
  N documents checked, N valid, N invalid[, N findings][, N files unreadable]
  (singular for 1: "1 document checked", "1 finding", "1 file unreadable")
FILE is the name as given ('-' for standard input), or found in a DIR. LINE and
COL are 1-based, COL counts bytes, and for NDJSON LINE is the line in the file.
POINTER is the JSON Pointer of the offending value, printed bare
(/logs/0/status), or as "" for the document root; control characters in it and
in FILE are written as \u00XX so that every line stays one line. Lines are
listed by position. A finding sits at the value of the member it is about, or
at the object that lacks it. On a terminal, a progress line on standard error
shows the bytes and documents read, the rate and the time left, once an input
takes more than a second.

Findings (warnings; the document stays valid unless --warnings-as-errors):
  completed_before_started, duration_mismatch, missing_completed_at,
  unexpected_completed_at, missing_error_message, unexpected_error_message,
  log_out_of_order, log_outside_run, duplicate_log_id, run_too_long

JSON output (--format=json): one object per file per line, and no summary line:
  {"file":"...","kind":"run|page|logs|ndjson","documents":N,"valid":N,
   "errors":[{"code":"...","pointer":"...","offset":N,"line":N,"column":N,
   "message":"..."}],["omitted_errors":N,]"findings":[...the same keys...]}
("omitted_errors" only when errors past --max-errors were counted, not listed.)
An unreadable file: {"file":"...","unreadable":"REASON"}.

SARIF output (--format=sarif): one SARIF 2.1.0 log with one run, a rule per
error and finding code that occurs (and "unreadable"), a result per error
(level error) and finding (level warning) at its file, line and column
(columnKind unicodeCodePoints), the pointer in the message.

GitHub output (--format=github): a workflow command per error and finding,
  ::error file=FILE,line=LINE,col=COL,title=CODE::POINTER: MESSAGE
  ::warning file=FILE,line=LINE,col=COL,title=CODE::POINTER: MESSAGE
then the summary line.

Every format also reports an unreadable file on standard error.

Exit status: 0 when every document is valid, 1 when any document is invalid,
2 on a usage error or when a file cannot be read (2 wins over 1).
)";

constexpr std::string_view fmt_help = R"(Usage: flowrun fmt [--strict] [--kind=KIND] [--pretty | --canonical]
                   [--max-size=SIZE] [--color=WHEN] FILE|DIR...

fmt      writes each valid document as canonical JSON on standard output (the
         API's field order, null for absent nullable fields, timestamps and
         raw values as written, members the contract does not know after the
         known ones, no white space); NDJSON stays one run per line.

Options:
  --strict          contract mode (see flowrun help check)
  --kind=KIND       auto (the default), run, page, logs or ndjson
  --pretty          indent by two spaces, one member per line (NDJSON runs
                    are then no longer one per line)
  --canonical       RFC 8785 (JCS) instead: the same document with every
                    object's members sorted by key (UTF-16 code units), at
                    every level, raw values included; numbers as ECMAScript
                    writes them; no white space. The bytes to hash or sign.
                    A number with no IEEE 754 double (1e400 in an output) is
                    an out_of_range error for that document.
  --max-size=SIZE   largest document decoded (see flowrun help check)
  --color=WHEN      errors on standard error: auto, always or never
  -h, --help        show this help and exit

fmt reports invalid documents on standard error, as check would, and writes
nothing for them.

Exit status: 0 when every document is valid, 1 when any document is invalid,
2 on a usage error or when a file cannot be read (2 wins over 1).
)";

constexpr std::string_view summary_help = R"(Usage: flowrun summary [--strict] [--kind=KIND] [--no-findings] [--color=WHEN]
                       [--max-size=SIZE] FILE|DIR...

summary  shows each run as a person reads it: id, status, start, duration,
         one line per step, findings last; a page or NDJSON file gets one
         block per run and a closing line of totals per status.

Options:
  --strict          contract mode (see flowrun help check)
  --kind=KIND       auto (the default), run, page, logs or ndjson
  --no-findings     do not look for findings
  --color=WHEN      auto (the default: colour when standard output is a
                    terminal and NO_COLOR is unset or empty), always, never
  --max-size=SIZE   largest document decoded (see flowrun help check)
  -h, --help        show this help and exit

summary reports invalid documents on standard error, as check would, and
writes nothing for them. It cuts step lines to COLUMNS, or else the
terminal's width, or else 80 columns.

Exit status: 0 when every document is valid, 1 when any document is invalid,
2 on a usage error or when a file cannot be read (2 wins over 1).
)";

// flowrun --help: every command.
std::string full_help() {
  std::string s(usage_head);
  s += R"(
check    checks workflow-run JSON documents against the flowrun data contract,
         reports every error of every document, and the consistency findings
         (warnings) of the valid ones (as text, json, sarif or github).
fmt      writes each valid document as canonical JSON on standard output (the
         API's field order, null for absent nullable fields, timestamps and
         raw values as written, no white space); NDJSON stays one run per line.
summary  shows each run as a person reads it: id, status, start, duration,
         one line per step, findings last; a page or NDJSON file gets one
         block per run and a closing line of totals per status.
help     shows this help, or a command's (flowrun help check).

Options of every command:
  --strict              contract mode: an unknown key is an error
                        (unknown_field) and every non-optional field must be
                        present
  --kind=KIND           auto (the default), run, page, logs, or ndjson (one
                        run object per line; blank lines are skipped)
  --max-size=SIZE       largest document decoded (default 256M)
  --color=WHEN          auto, always or never (auto: colour only on a
                        terminal, and not when NO_COLOR is set and not empty)
Options of some:
  --format=FORMAT       check: text (the default), json, sarif or github
  --max-errors=N        check: report at most N errors of a document (default
                        100) and count the rest in an "and N more errors" line
  --warnings-as-errors  check: a document with findings is invalid
  --no-findings         check, summary: do not look for findings
  -q, --quiet           check: the summary line only
  -j, --jobs=N          check: threads (default: the number of cores)
  --pretty              fmt: indent by two spaces, one member per line
  --canonical           fmt: RFC 8785 canonical JSON (see flowrun help fmt)
  -h, --help            show this help (after a command: the command's) and exit
  --version             show the version and exit

FILE is a path, or '-' for standard input; a DIR is searched for *.json,
*.ndjson and *.jsonl files. Output lines read
  FILE:LINE:COL: error[CODE] POINTER: MESSAGE
  FILE:LINE:COL: warning[CODE] POINTER: MESSAGE
Findings (warnings): completed_before_started, duration_mismatch,
missing_completed_at, unexpected_completed_at, missing_error_message,
unexpected_error_message, log_out_of_order, log_outside_run,
duplicate_log_id, run_too_long.
summary uses colour only when standard output is a terminal and NO_COLOR is
unset or empty; it cuts step lines to COLUMNS, or else the terminal's width.

'flowrun help COMMAND' has the details of each command.

Exit status: 0 when every document is valid, 1 when any document is invalid,
2 on a usage error or when a file cannot be read (2 wins over 1).
)";
  return s;
}

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
enum class out_format { text, json, sarif, github };
enum class color_choice { automatic, always, never };

struct options {
  command cmd = command::check;
  bool strict = false;
  out_format format = out_format::text;
  bool pretty = false;
  bool canonical = false;
  bool findings = true;
  bool warnings_as_errors = false;
  bool quiet = false;
  color_choice color = color_choice::automatic;
  std::size_t max_errors = 100; // per document
  std::size_t max_size = std::size_t{256} << 20;
  unsigned jobs = 1;
  doc_kind kind = doc_kind::automatic;
  std::vector<std::string> files;
};

// Colour on `fd`: always, never, or (auto) on a terminal without NO_COLOR.
bool use_color(color_choice c, int fd) {
  if (c != color_choice::automatic) return c == color_choice::always;
  const char* no_color = std::getenv("NO_COLOR"); // https://no-color.org
  return isatty(fd) == 1 && (no_color == nullptr || *no_color == '\0');
}

// SGR parameters.
constexpr std::string_view bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36";

void paint(std::string& out, std::string_view text, std::string_view sgr, bool color) {
  if (!color || sgr.empty()) {
    out += text;
    return;
  }
  out += "\x1b[";
  out += sgr;
  out += 'm';
  out += text;
  out += "\x1b[0m";
}

// An error or a finding, placed in its file.
struct problem {
  bool is_finding = false;
  std::string_view code;
  std::string pointer;
  std::size_t offset = 0, line = 1, column = 1;
  std::size_t char_column = 1; // in characters (code points), for SARIF and GitHub
  std::string message;
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


// ---- summary ----------------------------------------------------------------

// How summary writes: colour or not, and how wide a line may be.
struct style {
  bool color = false;
  std::size_t width = 80;
};

style terminal_style(color_choice c) {
  style s;
  const bool tty = isatty(STDOUT_FILENO) == 1;
  s.color = use_color(c, STDOUT_FILENO);
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
  paint(out, text, sgr, st.color);
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


// `s` on one line: control characters (in a file name or a pointer) as \u00XX.
void append_escaped(std::string& out, std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f)
      append_u00(out, u);
    else
      out += c;
  }
}

std::string escaped(std::string_view s) {
  std::string out;
  append_escaped(out, s);
  return out;
}

// FILE:LINE:COL: error[CODE] POINTER: MESSAGE (or warning[CODE] for a finding).
void append_problem(std::string& out, std::string_view file, const problem& p, bool color) {
  append_escaped(out, file);
  out += ':' + std::to_string(p.line) + ':' + std::to_string(p.column) + ": ";
  paint(out, std::string(p.is_finding ? "warning[" : "error[") + std::string(p.code) + "]", p.is_finding ? yellow : red,
        color);
  out += ' ';
  if (p.pointer.empty()) out += "\"\"";
  append_escaped(out, p.pointer); // a key may hold a newline: keep one problem per line
  out += ": ";
  out += p.message;
  out += '\n';
}

void write_out(std::FILE* f, const std::string& s) {
  if (!s.empty()) std::fwrite(s.data(), 1, s.size(), f);
}

// Where a document sits in its file: its text (a whole file, or one NDJSON
// line), the offset and line it starts at.
struct place {
  std::string_view text;
  std::size_t offset = 0;
  std::size_t line = 1;
};

// Calls f(place, result) for the one document of a whole (not NDJSON) text.
template <class F> void for_each_document(flowrun::decoder& dec, doc_kind kind, std::string_view text, F&& f) {
  switch (kind) {
  case doc_kind::page: f(place{text}, dec.decode_run_page(text)); break;
  case doc_kind::logs: f(place{text}, dec.decode_logs(text)); break;
  case doc_kind::ndjson: // read in chunks, never whole
  case doc_kind::run:
  case doc_kind::automatic: f(place{text}, dec.decode_run(text)); break;
  }
}

problem from_error(const flowrun::error& e) {
  return {false, flowrun::to_string(e.code), e.pointer, e.offset, e.line, e.column, e.column, e.message};
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
                   at.line + pos[i].line - 1, pos[i].column, pos[i].column, found[i].message});
  std::stable_sort(out.begin(), out.end(), [](const problem& a, const problem& b) { return a.offset < b.offset; });
  return out;
}

// Sets char_column (code points from the start of the line) of problems sorted
// by offset, from `text`, which starts at byte `base` of the file. One pass:
// problems on one line continue the count of the previous one.
void set_char_columns(std::vector<problem>& list, std::string_view text, std::size_t base) {
  std::size_t at = 0, count = 1, line_start = static_cast<std::size_t>(-1);
  for (problem& p : list) {
    if (p.offset < base || p.offset - base > text.size() || p.column == 0 || p.offset - base < p.column - 1) continue;
    const std::size_t end = p.offset - base;
    const std::size_t start = end - (p.column - 1);
    if (start != line_start || end < at) {
      line_start = start;
      at = start;
      count = 1;
    }
    for (; at < end; ++at) count += (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
    p.char_column = count;
  }
}

// ---- inputs ---------------------------------------------------------------------

// A file to read: named on the command line, or found in a directory.
struct input {
  std::string name;  // as shown (and opened, unless standard input)
  bool is_stdin = false;
  std::string error; // set when it cannot be read at all (a directory that cannot be listed)
};

bool is_json_name(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".json" || ext == ".ndjson" || ext == ".jsonl";
}

// The *.json, *.ndjson and *.jsonl files under `root`, sorted by name. Symbolic
// links to files are read; to directories, not followed (so no loop). A
// directory that cannot be listed is an input with an error.
void walk_directory(const std::string& root, std::vector<input>& out) {
  namespace fs = std::filesystem;
  std::vector<input> found;
  std::vector<fs::path> todo{fs::path(root)};
  while (!todo.empty()) {
    const fs::path dir = std::move(todo.back());
    todo.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::directory_entry& e = *it;
      std::error_code ignored;
      if (e.is_symlink(ignored)) {
        if (e.is_regular_file(ignored) && is_json_name(e.path())) found.push_back({e.path().string(), false, {}});
      } else if (e.is_directory(ignored)) {
        todo.push_back(e.path());
      } else if (e.is_regular_file(ignored) && is_json_name(e.path())) {
        found.push_back({e.path().string(), false, {}});
      }
    }
    if (ec) found.push_back({dir.string(), false, ec.message()});
  }
  std::sort(found.begin(), found.end(), [](const input& a, const input& b) { return a.name < b.name; });
  for (input& i : found) out.push_back(std::move(i));
}

// The inputs of the command line, directories expanded; false (with `why`) on
// a usage error.
bool expand_inputs(const std::vector<std::string>& args, std::vector<input>& out, std::string& why) {
  bool seen_stdin = false;
  for (const std::string& a : args) {
    if (a == "-") {
      if (seen_stdin) {
        why = "'-' (standard input) given twice";
        return false;
      }
      seen_stdin = true;
      out.push_back({a, true, {}});
      continue;
    }
    struct stat st {};
    if (::stat(a.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
      walk_directory(a, out);
    else
      out.push_back({a, false, {}});
  }
  return true;
}

// The kind an input is read as before looking at it: NDJSON by option or name.
doc_kind kind_by_name(const options& o, const input& in) {
  if (o.kind == doc_kind::automatic && !in.is_stdin && (ends_with(in.name, ".ndjson") || ends_with(in.name, ".jsonl")))
    return doc_kind::ndjson;
  return o.kind;
}

// An open input; closes it (not standard input).
struct open_file {
  std::FILE* f = nullptr;
  bool is_stdin = false;
  open_file(const input& in) : is_stdin(in.is_stdin) { f = is_stdin ? stdin : std::fopen(in.name.c_str(), "rb"); }
  ~open_file() {
    if (f && !is_stdin) std::fclose(f);
  }
  open_file(const open_file&) = delete;
  open_file& operator=(const open_file&) = delete;
};

// Reads a whole input into `text`, up to `max_size` bytes. A larger one is
// not kept: `size` says how large it is (a regular file's size without
// reading it). False, with `err`, when it cannot be read (fread, not only
// fopen, reports a directory, as EISDIR).
bool read_whole(std::FILE* f, std::size_t max_size, std::string& text, std::size_t& size, std::string& err) {
  text.clear();
  size = 0;
  struct stat st {};
  if (::fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_size) {
    size = static_cast<std::size_t>(st.st_size);
    return true;
  }
  char buf[1 << 16];
  std::size_t n = 0;
  errno = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    size += n;
    if (size <= max_size) text.append(buf, n);
  }
  const int saved = errno;
  if (std::ferror(f)) {
    err = saved != 0 ? std::strerror(saved) : "read error";
    return false;
  }
  if (size > max_size) text.clear();
  return true;
}

std::string too_large_message(std::size_t size, std::size_t limit) {
  return "input is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(limit);
}

flowrun::decoder make_decoder(const options& o) {
  return flowrun::decoder(flowrun::decode_options{
      .mode = o.strict ? flowrun::decode_mode::strict : flowrun::decode_mode::compatible,
      .errors = flowrun::error_mode::collect_all,
      .max_size = o.max_size,
      .max_errors = o.max_errors,
  });
}

int exit_status(std::size_t unreadable, bool all_valid) { return unreadable > 0 ? 2 : all_valid ? 0 : 1; }

void report_unreadable_on_stderr(const input& in, const std::string& why) {
  std::fflush(stdout); // keep the two streams in order on a shared terminal
  std::string line = "flowrun: cannot read '";
  append_escaped(line, in.name);
  line += "': " + why + '\n';
  write_out(stderr, line);
}

// Calls, in input order: begin(input, kind) at the start of each readable
// input, doc(input, place, result) for each of its documents, end(input, kind)
// at its end. NDJSON is read in chunks. Returns how many inputs could not be
// read (reported on standard error). For fmt and summary.
template <class Begin, class Doc, class End>
std::size_t for_each_input(const options& o, const std::vector<input>& inputs, flowrun::decoder& dec, Begin&& begin,
                           Doc&& doc, End&& end) {
  std::size_t unreadable = 0;
  std::string text;
  flowrun::ndjson_chunk chunk;
  for (const input& in : inputs) {
    std::string err = in.error;
    if (err.empty()) {
      try {
        open_file file(in);
        if (!file.f) {
          err = std::strerror(errno);
        } else if (kind_by_name(o, in) == doc_kind::ndjson) {
          begin(in, doc_kind::ndjson);
          flowrun::ndjson_chunker chunker({.chunk_size = std::size_t{1} << 20, .max_line = o.max_size});
          while (chunker.next(flowrun::ndjson_file_source{file.f}, chunk)) {
            flowrun::decode_chunk(dec, chunk, [&](const flowrun::stream_item& it) {
              std::string_view line;
              if (!chunk.too_long) {
                line = std::string_view(chunk.text).substr(it.offset - chunk.offset);
                line = line.substr(0, line.find('\n'));
              }
              doc(in, place{line, it.offset, it.line}, it.run);
            });
          }
          if (std::ferror(file.f)) err = "read error";
          end(in, doc_kind::ndjson);
        } else {
          std::size_t size = 0;
          if (read_whole(file.f, o.max_size, text, size, err)) {
            if (size > o.max_size) {
              const doc_kind kind = o.kind == doc_kind::automatic ? doc_kind::run : o.kind;
              begin(in, kind);
              doc(in, place{}, flowrun::result<flowrun::workflow_run>(flowrun::error{
                                   flowrun::error_code::too_large, "", 0, 1, 1, too_large_message(size, o.max_size)}));
              end(in, kind);
            } else {
              const doc_kind kind = o.kind == doc_kind::automatic ? sniff_kind(text) : o.kind;
              begin(in, kind);
              for_each_document(dec, kind, text, [&](const place& at, const auto& res) { doc(in, at, res); });
              end(in, kind);
            }
          }
        }
      } catch (const std::bad_alloc&) {
        err = "file too large to read";
      }
    }
    if (!err.empty()) {
      ++unreadable;
      report_unreadable_on_stderr(in, err);
    }
  }
  return unreadable;
}

// ---- check: work in pieces, on threads ---------------------------------------

// What one task found: problems in offset order, and counts.
struct piece {
  doc_kind kind = doc_kind::run;
  std::vector<problem> problems;
  std::size_t documents = 0, valid = 0, findings = 0, omitted = 0;
};

enum class task_type { whole, ndjson_start, chunk, ndjson_end, unreadable };

// A unit of work, in input order: a whole document, or a chunk of NDJSON lines.
struct task {
  task_type type = task_type::whole;
  std::size_t input = 0;
  doc_kind kind = doc_kind::automatic;   // whole: as asked (auto: sniffed when decoded)
  flowrun::ndjson_chunk chunk;           // chunk; whole: the document in chunk.text
  std::size_t too_large = 0;             // whole: the size of an input over --max-size (not read)
  std::string error;                     // unreadable, or ndjson_end after a read error
  piece result;
  std::size_t bytes = 0;                 // for the progress line
  std::exception_ptr failure;            // thrown while decoding (bad_alloc)
  bool done = false;
};

struct worker_state {
  flowrun::decoder dec;
  flowrun::consistency_checker checker;
  explicit worker_state(const options& o) : dec(make_decoder(o)) {}
};

template <class R> void check_document(worker_state& w, const options& o, piece& p, const place& at, const R& res) {
  ++p.documents;
  if (!res) {
    for (const flowrun::error& e : res.errors()) p.problems.push_back(from_error(e));
    p.omitted += res.omitted_errors();
    return;
  }
  std::vector<problem> found;
  if (o.findings) found = placed_findings(w.checker, at, *res);
  if (found.empty() || !o.warnings_as_errors) ++p.valid;
  p.findings += found.size();
  for (problem& f : found) p.problems.push_back(std::move(f));
}

void process(task& t, worker_state& w, const options& o) {
  piece& p = t.result;
  if (t.type == task_type::whole) {
    const std::string_view text = t.chunk.text;
    if (t.too_large > 0) {
      p.kind = t.kind == doc_kind::automatic ? doc_kind::run : t.kind;
      p.documents = 1;
      p.problems.push_back({false, flowrun::to_string(flowrun::error_code::too_large), "", 0, 1, 1, 1,
                            too_large_message(t.too_large, o.max_size)});
      return;
    }
    p.kind = t.kind == doc_kind::automatic ? sniff_kind(text) : t.kind;
    for_each_document(w.dec, p.kind, text, [&](const place& at, const auto& res) { check_document(w, o, p, at, res); });
    // A document followed by another root value: perhaps NDJSON read as one document.
    if (t.kind == doc_kind::automatic && p.problems.size() == 1 && p.problems[0].code == "trailing_content" &&
        p.problems[0].offset < text.size() && (text[p.problems[0].offset] == '{' || text[p.problems[0].offset] == '['))
      p.problems[0].message += " (if this is NDJSON, one run per line, use --kind=ndjson)";
    set_char_columns(p.problems, text, 0);
  } else if (t.type == task_type::chunk) {
    p.kind = doc_kind::ndjson;

    flowrun::ndjson_chunk& c = t.chunk; // not const: a long line is decoded in place
    flowrun::decode_chunk(w.dec, c, [&](const flowrun::stream_item& it) {
      std::string_view line;
      if (!c.too_long) {
        line = std::string_view(c.text).substr(it.offset - c.offset);
        line = line.substr(0, line.find('\n'));
      }
      check_document(w, o, p, place{line, it.offset, it.line}, it.run);
    });
    if (!c.too_long) set_char_columns(p.problems, c.text, c.offset);
  }
  // A decoder keeps the buffers of the longest document it has seen: after
  // a long one, a fresh decoder gives the memory back.
  if (t.chunk.text.size() > (std::size_t{4} << 20)) w.dec = make_decoder(o);
}

// Runs tasks on `jobs` threads (on the calling thread for 1) and hands each
// to `consume`, on the calling thread, in the order submitted. At most
// `window` tasks are in flight, so memory stays bounded.
class scheduler {
public:
  using consumer = std::function<void(task&)>;

  scheduler(const options& o, unsigned jobs, consumer c)
      : o_(o), jobs_(std::max(jobs, 1u)), window_(4 * std::size_t{jobs_}), consume_(std::move(c)) {
    if (jobs_ == 1) {
      inline_ = std::make_unique<worker_state>(o_);
      return;
    }
    for (unsigned i = 0; i < jobs_; ++i) threads_.emplace_back([this] { work(); });
  }
  ~scheduler() { stop(); }
  scheduler(const scheduler&) = delete;
  scheduler& operator=(const scheduler&) = delete;

  // A task, with a spare buffer for its text.
  std::unique_ptr<task> fresh() {
    auto t = std::make_unique<task>();
    if (!spare_.empty()) {
      t->chunk.text = std::move(spare_.back());
      spare_.pop_back();
    }
    return t;
  }

  // Returns the buffer of a task that was not submitted.
  void recycle(std::unique_ptr<task> t) { keep_buffer(*t); }

  void submit(std::unique_ptr<task> t) {
    if (jobs_ == 1) {
      if (t->type == task_type::whole || t->type == task_type::chunk) process(*t, *inline_, o_);
      finish(*t);
      return;
    }
    const bool work = t->type == task_type::whole || t->type == task_type::chunk;
    const std::size_t bytes = t->chunk.text.size();
    drain(window_ - 1, bytes); // room for it first
    {
      std::lock_guard<std::mutex> l(m_);
      if (!work) t->done = true;
      if (work) todo_.push_back(t.get());
      inflight_bytes_ += t->chunk.text.size();
      inflight_.push_back(std::move(t));
    }
    if (work) todo_cv_.notify_one();
    // A long document is decoded alone and nothing is read ahead of it, so at
    // most one is held at a time (memory: about its size three times over).
    if (work && bytes >= long_task) drain(0, 0);
  }

  // Every task consumed.
  void flush() {
    if (jobs_ > 1) drain(0, 0);
  }

private:
  void work() {
    worker_state w(o_);
    while (true) {
      task* t = nullptr;
      {
        std::unique_lock<std::mutex> l(m_);
        todo_cv_.wait(l, [&] { return stopping_ || !todo_.empty(); });
        if (todo_.empty()) return;
        t = todo_.front();
        todo_.pop_front();
      }
      try {
        process(*t, w, o_);
      } catch (...) {
        t->failure = std::current_exception();
      }
      {
        std::lock_guard<std::mutex> l(m_);
        t->done = true;
      }
      done_cv_.notify_all();
    }
  }

  // Consumes finished tasks in order until at most `keep` are in flight,
  // with room for `incoming` more bytes of text within byte_budget (a task
  // larger than the budget waits for all others: a long line is decoded alone).
  void drain(std::size_t keep, std::size_t incoming) {
    while (true) {
      std::unique_ptr<task> head;
      {
        std::unique_lock<std::mutex> l(m_);
        if (inflight_.empty()) return;
        const bool over = inflight_.size() > keep || inflight_bytes_ + incoming > byte_budget;
        if (!over && !inflight_.front()->done) return;
        done_cv_.wait(l, [&] { return inflight_.front()->done; });
        head = std::move(inflight_.front());
        inflight_.pop_front();
        inflight_bytes_ -= head->chunk.text.size();
      }
      finish(*head);
    }
  }

  void finish(task& t) {
    if (t.failure) std::rethrow_exception(t.failure);
    consume_(t);
    keep_buffer(t);
  }

  void keep_buffer(task& t) {
    if (spare_.size() < window_ + 2 && t.chunk.text.capacity() <= (std::size_t{4} << 20))
      spare_.push_back(std::move(t.chunk.text));
  }

  void stop() {
    {
      std::lock_guard<std::mutex> l(m_);
      stopping_ = true;
      todo_.clear();
    }
    todo_cv_.notify_all();
    for (std::thread& th : threads_) th.join();
    threads_.clear();
  }

  const options& o_;
  unsigned jobs_;
  std::size_t window_;
  static constexpr std::size_t byte_budget = std::size_t{16} << 20;
  static constexpr std::size_t long_task = std::size_t{4} << 20;
  std::size_t inflight_bytes_ = 0;
  consumer consume_;
  std::unique_ptr<worker_state> inline_;
  std::mutex m_;
  std::condition_variable todo_cv_, done_cv_;
  std::deque<task*> todo_;
  std::deque<std::unique_ptr<task>> inflight_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
  std::vector<std::string> spare_;
};

// ---- check: output formats ------------------------------------------------------

struct run_totals {
  std::size_t documents = 0, valid = 0, findings = 0, unreadable = 0;
};

std::string summary_line(const run_totals& t) {
  std::string line = std::to_string(t.documents) + (t.documents == 1 ? " document" : " documents") + " checked, " +
                     std::to_string(t.valid) + " valid, " + std::to_string(t.documents - t.valid) + " invalid";
  if (t.findings > 0) line += ", " + std::to_string(t.findings) + (t.findings == 1 ? " finding" : " findings");
  if (t.unreadable > 0)
    line += ", " + std::to_string(t.unreadable) + (t.unreadable == 1 ? " file" : " files") + " unreadable";
  return line + '\n';
}

std::string more_errors_text(std::size_t n) {
  return "and " + std::to_string(n) + " more " + (n == 1 ? "error" : "errors") + " (past --max-errors for a document)";
}

// Where check's results go, in input order.
class sink {
public:
  virtual ~sink() = default;
  virtual void begin(const input&, doc_kind) {}
  virtual void add(const input&, const piece&) = 0;
  virtual void end(const input&) {}
  virtual void unreadable(const input&, const std::string& why) = 0;
  virtual void finish(const run_totals&) {}
};

class text_sink final : public sink {
public:
  text_sink(bool quiet, bool color) : quiet_(quiet), color_(color) {}
  void add(const input& in, const piece& p) override {
    omitted_ += p.omitted;
    if (quiet_ || p.problems.empty()) return;
    out_.clear();
    for (const problem& x : p.problems) append_problem(out_, in.name, x, color_);
    write_out(stdout, out_);
  }
  void end(const input& in) override {
    if (omitted_ > 0 && !quiet_) {
      out_.clear();
      append_escaped(out_, in.name);
      out_ += ": " + more_errors_text(omitted_) + '\n';
      write_out(stdout, out_);
    }
    omitted_ = 0;
  }
  void unreadable(const input& in, const std::string& why) override {
    if (quiet_) return;
    out_.clear();
    append_escaped(out_, in.name);
    out_ += ": ";
    paint(out_, "error[unreadable]", red, color_);
    out_ += " cannot read: " + why + '\n';
    write_out(stdout, out_);
  }
  void finish(const run_totals& t) override { write_out(stdout, summary_line(t)); }

private:
  bool quiet_, color_;
  std::size_t omitted_ = 0;
  std::string out_;
};

void append_json_problem(std::string& out, const problem& p) {
  out += "{\"code\":\"";
  out += p.code;
  out += "\",\"pointer\":";
  append_json_string(out, p.pointer);
  out += ",\"offset\":" + std::to_string(p.offset) + ",\"line\":" + std::to_string(p.line) +
         ",\"column\":" + std::to_string(p.column) + ",\"message\":";
  append_json_string(out, p.message);
  out += '}';
}

// One object per file per line. Its errors and findings are kept until the
// end of the file (the counts come first).
class json_sink final : public sink {
public:
  void begin(const input&, doc_kind k) override {
    kind_ = k;
    errors_.clear();
    findings_.clear();
    documents_ = valid_ = omitted_ = 0;
  }
  void add(const input&, const piece& p) override {
    documents_ += p.documents;
    valid_ += p.valid;
    omitted_ += p.omitted;
    for (const problem& x : p.problems) {
      std::string& list = x.is_finding ? findings_ : errors_;
      if (!list.empty()) list += ',';
      append_json_problem(list, x);
    }
  }
  void end(const input& in) override {
    std::string out = "{\"file\":";
    append_json_string(out, in.name);
    out += ",\"kind\":\"";
    out += kind_name(kind_);
    out += "\",\"documents\":" + std::to_string(documents_) + ",\"valid\":" + std::to_string(valid_) + ",\"errors\":[";
    out += errors_;
    out += ']';
    if (omitted_ > 0) out += ",\"omitted_errors\":" + std::to_string(omitted_);
    out += ",\"findings\":[";
    out += findings_;
    out += "]}\n";
    write_out(stdout, out);
  }
  void unreadable(const input& in, const std::string& why) override {
    std::string out = "{\"file\":";
    append_json_string(out, in.name);
    out += ",\"unreadable\":";
    append_json_string(out, why);
    out += "}\n";
    write_out(stdout, out);
  }

private:
  doc_kind kind_ = doc_kind::run;
  std::string errors_, findings_;
  std::size_t documents_ = 0, valid_ = 0, omitted_ = 0;
};

// A file name as a URI reference (RFC 3986): relative names stay relative,
// absolute ones become file:// URIs; every byte outside the unreserved set
// and '/' is percent-encoded.
std::string uri_of(std::string_view name) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out = !name.empty() && name[0] == '/' ? "file://" : "";
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/') {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  return out;
}

// SARIF's rules: every error code, every finding code, and two of the CLI's own.
struct rule {
  std::string id;
  bool is_finding;
  std::string_view text;
};

std::string_view rule_text(std::string_view id) {
  static constexpr std::pair<std::string_view, std::string_view> texts[] = {
      {"syntax_error", "The document is not well-formed JSON."},
      {"invalid_utf8", "The document is not valid UTF-8."},
      {"depth_exceeded", "The document nests deeper than the decoder's max_depth."},
      {"too_large", "The document is larger than --max-size."},
      {"trailing_content", "Content follows the root value."},
      {"wrong_type", "A value has the wrong JSON type."},
      {"missing_field", "A required key is missing."},
      {"unknown_field", "A key the contract does not know (strict mode)."},
      {"duplicate_key", "An object holds the same key twice."},
      {"invalid_enum", "A status that is not one of the contract's values."},
      {"invalid_timestamp", "A timestamp that is not RFC 3339."},
      {"invalid_id", "An id that does not have its prefix or alphabet."},
      {"out_of_range", "A number out of the contract's range."},
      {"completed_before_started", "completed_at is earlier than started_at."},
      {"duration_mismatch", "duration_in_seconds differs from completed_at - started_at."},
      {"missing_completed_at", "A completed or failed run without completed_at."},
      {"unexpected_completed_at", "A run still in progress with completed_at."},
      {"missing_error_message", "A failed run without error_message."},
      {"unexpected_error_message", "error_message on a run that did not fail."},
      {"log_out_of_order", "A log created before the previous one."},
      {"log_outside_run", "A log created outside the run's time span."},
      {"duplicate_log_id", "Two logs with the same id."},
      {"run_too_long", "A run over the engine's limit of one hour."},
      {"omitted_errors", "More errors in a document than --max-errors lists."},
      {"unreadable", "The file cannot be read."},
  };
  for (const auto& [k, v] : texts)
    if (k == id) return v;
  return "";
}

std::vector<rule> sarif_rules() {
  std::vector<rule> r;
  for (int i = 1; i <= flowrun::error_code_count; ++i) {
    const std::string id(flowrun::to_string(static_cast<flowrun::error_code>(i)));
    r.push_back({id, false, rule_text(id)});
  }
  for (int i = 1; i <= flowrun::finding_code_count; ++i) {
    const std::string id(flowrun::to_string(static_cast<flowrun::finding_code>(i)));
    r.push_back({id, true, rule_text(id)});
  }
  r.push_back({"omitted_errors", false, rule_text("omitted_errors")});
  r.push_back({"unreadable", false, rule_text("unreadable")});
  return r;
}

// One SARIF 2.1.0 log, written at the end.
class sarif_sink final : public sink {
public:
  sarif_sink() : rules_(sarif_rules()) {}
  void add(const input& in, const piece& p) override {
    omitted_ += p.omitted;
    for (const problem& x : p.problems) {
      std::string text = x.pointer.empty() ? "\"\"" : x.pointer;
      text += ": " + x.message;
      result(in, x.code, text, x.line, x.char_column);
    }
  }
  void end(const input& in) override {
    if (omitted_ > 0) result(in, "omitted_errors", more_errors_text(omitted_), 0, 0);
    omitted_ = 0;
  }
  void unreadable(const input& in, const std::string& why) override {
    result(in, "unreadable", "cannot read: " + why, 0, 0);
  }
  void finish(const run_totals&) override {
    std::string out = "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
                      "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"flowrun\",\"version\":\"";
    out += version;
    out += "\",\"semanticVersion\":\"";
    out += version;
    out += "\",\"rules\":[";
    for (std::size_t i = 0; i < rules_.size(); ++i) {
      if (i > 0) out += ',';
      out += "{\"id\":";
      append_json_string(out, rules_[i].id);
      out += ",\"shortDescription\":{\"text\":";
      append_json_string(out, rules_[i].text);
      out += "},\"defaultConfiguration\":{\"level\":\"";
      out += rules_[i].is_finding ? "warning" : "error";
      out += "\"}}";
    }
    out += "]}},\"columnKind\":\"unicodeCodePoints\",\"results\":[";
    out += results_;
    out += "]}]}\n";
    write_out(stdout, out);
  }

private:
  void result(const input& in, std::string_view code, const std::string& text, std::size_t line, std::size_t column) {
    std::size_t index = 0;
    while (index < rules_.size() && rules_[index].id != code) ++index;
    if (!results_.empty()) results_ += ',';
    results_ += "{\"ruleId\":";
    append_json_string(results_, code);
    results_ += ",\"ruleIndex\":" + std::to_string(index) + ",\"level\":\"";
    results_ += index < rules_.size() && rules_[index].is_finding ? "warning" : "error";
    results_ += "\",\"message\":{\"text\":";
    append_json_string(results_, text);
    results_ += "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":";
    append_json_string(results_, uri_of(in.name));
    results_ += '}';
    if (line > 0)
      results_ += ",\"region\":{\"startLine\":" + std::to_string(line) + ",\"startColumn\":" + std::to_string(column) +
                  '}';
    results_ += "}}]}";
  }

  std::vector<rule> rules_;
  std::string results_;
  std::size_t omitted_ = 0;
};

// GitHub Actions workflow commands: escaping of a command's data and properties.
std::string github_escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else if (property && c == ':')
      out += "%3A";
    else if (property && c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

class github_sink final : public sink {
public:
  explicit github_sink(bool quiet) : quiet_(quiet) {}
  void add(const input& in, const piece& p) override {
    omitted_ += p.omitted;
    if (quiet_) return;
    out_.clear();
    for (const problem& x : p.problems) {
      std::string text = x.pointer.empty() ? "\"\"" : x.pointer;
      text += ": " + x.message;
      annotate(in, x.is_finding, x.code, text, x.line, x.char_column);
    }
    write_out(stdout, out_);
  }
  void end(const input& in) override {
    if (omitted_ > 0 && !quiet_) {
      out_.clear();
      annotate(in, false, "omitted_errors", more_errors_text(omitted_), 0, 0);
      write_out(stdout, out_);
    }
    omitted_ = 0;
  }
  void unreadable(const input& in, const std::string& why) override {
    if (quiet_) return;
    out_.clear();
    annotate(in, false, "unreadable", "cannot read: " + why, 0, 0);
    write_out(stdout, out_);
  }
  void finish(const run_totals& t) override { write_out(stdout, summary_line(t)); }

private:
  void annotate(const input& in, bool warning, std::string_view code, const std::string& text, std::size_t line,
                std::size_t column) {
    out_ += warning ? "::warning file=" : "::error file=";
    out_ += github_escape(in.name, true);
    if (line > 0) out_ += ",line=" + std::to_string(line) + ",col=" + std::to_string(column);
    out_ += ",title=";
    out_ += github_escape(code, true);
    out_ += "::";
    out_ += github_escape(text, false);
    out_ += '\n';
  }

  bool quiet_;
  std::size_t omitted_ = 0;
  std::string out_;
};

// ---- progress -------------------------------------------------------------------

std::string human_bytes(double b) {
  static constexpr const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  std::size_t u = 0;
  while (b >= 1024 && u + 1 < std::size(units)) {
    b /= 1024;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", b, units[u]);
  return buf;
}

// A line on standard error, redrawn in place, once a run takes more than a
// second; only when standard error is a terminal.
class progress_line {
public:
  progress_line(bool enabled, std::size_t total) : enabled_(enabled), total_(total) {}
  void advance(std::size_t bytes, std::size_t documents) {
    bytes_ += bytes;
    documents_ += documents;
    if (!enabled_ || bytes_ == 0) return;
    const auto now = clock::now();
    if (now - start_ < std::chrono::seconds(1)) return;
    if (shown_ && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double rate = static_cast<double>(bytes_) / secs;
    std::string line = "\rflowrun: " + human_bytes(static_cast<double>(bytes_));
    if (total_ > 0) {
      line += " of " + human_bytes(static_cast<double>(total_));
      if (bytes_ <= total_) {
        char pct[16];
        std::snprintf(pct, sizeof pct, " (%.0f%%)", 100.0 * static_cast<double>(bytes_) / static_cast<double>(total_));
        line += pct;
      }
    }
    line += ", " + std::to_string(documents_) + (documents_ == 1 ? " document, " : " documents, ") +
            human_bytes(rate) + "/s";
    if (total_ > bytes_ && rate > 0) {
      const auto left = static_cast<long long>(std::ceil(static_cast<double>(total_ - bytes_) / rate));
      line += ", ETA " + std::to_string(left / 60) + ":" + (left % 60 < 10 ? "0" : "") + std::to_string(left % 60);
    }
    line += "\x1b[K";
    write_out(stderr, line);
    std::fflush(stderr);
    shown_ = true;
  }
  // Erases the line (before other output on the terminal, and at the end).
  void clear() {
    if (!shown_) return;
    write_out(stderr, "\r\x1b[K");
    std::fflush(stderr);
    shown_ = false;
  }
  bool shown() const noexcept { return shown_; }

private:
  using clock = std::chrono::steady_clock;
  bool enabled_;
  std::size_t total_;
  std::size_t bytes_ = 0, documents_ = 0;
  clock::time_point start_ = clock::now(), last_{};
  bool shown_ = false;
};

// The total size of the inputs, or 0 when one is not a regular file (a pipe).
std::size_t total_size(const std::vector<input>& inputs) {
  std::size_t total = 0;
  for (const input& in : inputs) {
    if (!in.error.empty()) continue;
    struct stat st {};
    if (in.is_stdin ? ::fstat(STDIN_FILENO, &st) != 0 : ::stat(in.name.c_str(), &st) != 0) continue;
    if (!S_ISREG(st.st_mode)) return 0;
    total += static_cast<std::size_t>(st.st_size);
  }
  return total;
}

// ---- commands ------------------------------------------------------------------

int run_check(const options& o, const std::vector<input>& inputs) {
  std::unique_ptr<sink> out;
  switch (o.format) {
  case out_format::text: out = std::make_unique<text_sink>(o.quiet, use_color(o.color, STDOUT_FILENO)); break;
  case out_format::json: out = std::make_unique<json_sink>(); break;
  case out_format::sarif: out = std::make_unique<sarif_sink>(); break;
  case out_format::github: out = std::make_unique<github_sink>(o.quiet); break;
  }
  run_totals totals;
  const bool stdout_tty = isatty(STDOUT_FILENO) == 1;
  progress_line progress(isatty(STDERR_FILENO) == 1, total_size(inputs));
  const auto unreadable = [&](const input& in, const std::string& why) {
    ++totals.unreadable;
    progress.clear();
    report_unreadable_on_stderr(in, why);
    out->unreadable(in, why);
  };
  const auto consume = [&](task& t) {
    const input& in = inputs[t.input];
    const piece& p = t.result;
    totals.documents += p.documents;
    totals.valid += p.valid;
    totals.findings += p.findings;
    if (stdout_tty && !p.problems.empty()) progress.clear();
    switch (t.type) {
    case task_type::whole:
      out->begin(in, p.kind);
      out->add(in, p);
      out->end(in);
      break;
    case task_type::ndjson_start: out->begin(in, doc_kind::ndjson); break;
    case task_type::chunk: out->add(in, p); break;
    case task_type::ndjson_end:
      out->end(in);
      if (!t.error.empty()) unreadable(in, t.error);
      break;
    case task_type::unreadable: unreadable(in, t.error); break;
    }
    progress.advance(t.bytes, p.documents);
  };
  {
    scheduler work(o, o.jobs, consume);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      const input& in = inputs[i];
      std::unique_ptr<task> t = work.fresh();
      t->input = i;
      if (!in.error.empty()) {
        t->type = task_type::unreadable;
        t->error = in.error;
        work.submit(std::move(t));
        continue;
      }
      open_file file(in);
      if (!file.f) {
        t->type = task_type::unreadable;
        t->error = std::strerror(errno);
        work.submit(std::move(t));
        continue;
      }
      if (kind_by_name(o, in) == doc_kind::ndjson) {
        t->type = task_type::ndjson_start;
        work.submit(std::move(t));
        flowrun::ndjson_chunker chunker({.chunk_size = std::size_t{1} << 20, .max_line = o.max_size});
        while (true) {
          t = work.fresh();
          t->type = task_type::chunk;
          t->input = i;
          if (!chunker.next(flowrun::ndjson_file_source{file.f}, t->chunk)) break;
          t->bytes = t->chunk.too_long ? t->chunk.length : t->chunk.text.size();
          work.submit(std::move(t));
        }
        t->type = task_type::ndjson_end;
        if (std::ferror(file.f)) t->error = "read error";
        work.submit(std::move(t));
        continue;
      }
      t->type = task_type::whole;
      t->kind = o.kind;
      std::string err;
      std::size_t size = 0;
      bool ok = false;
      try {
        ok = read_whole(file.f, o.max_size, t->chunk.text, size, err);
      } catch (const std::bad_alloc&) {
        err = "file too large to read";
      }
      if (!ok) {
        t->type = task_type::unreadable;
        t->error = err;
      } else if (size > o.max_size) {
        t->too_large = size;
      }
      t->bytes = size;
      work.submit(std::move(t));
    }
    work.flush();
  }
  progress.clear();
  out->finish(totals);
  std::fflush(stdout);
  return exit_status(totals.unreadable, totals.valid == totals.documents);
}

// Errors of an invalid document, on standard error (fmt and summary keep
// standard output for what they write).
template <class R> bool report_invalid(const input& in, const R& res, bool color) {
  if (res) return false;
  std::string out;
  for (const flowrun::error& e : res.errors()) append_problem(out, in.name, from_error(e), color);
  if (res.omitted_errors() > 0) {
    append_escaped(out, in.name);
    out += ": " + more_errors_text(res.omitted_errors()) + '\n';
  }
  std::fflush(stdout); // keep the two streams in order on a shared terminal
  write_out(stderr, out);
  return true;
}

// Writes `out` once it holds a chunk's worth (and at the end): bounded memory.
void flush_if_large(std::string& out, bool force = false) {
  if (force || out.size() >= (std::size_t{1} << 20)) {
    write_out(stdout, out);
    out.clear();
  }
}

// A document fmt --canonical cannot write (a number with no double): its error on
// standard error, placed in the file by the pointer (the canonical writer's own
// offsets are in the text it wrote).
void report_not_canonical(const input& in, const place& at, const flowrun::error& e, bool color) {
  const flowrun::finding member{flowrun::finding_code{}, e.pointer, e.message};
  const flowrun::text_position pos = flowrun::locate(at.text, std::span(&member, 1)).front();
  std::string out;
  append_problem(out, in.name,
                 {false, flowrun::to_string(e.code), e.pointer, at.offset + pos.offset, at.line + pos.line - 1,
                  pos.column, pos.column, e.message},
                 color);
  std::fflush(stdout);
  write_out(stderr, out);
}

int run_fmt(const options& o, const std::vector<input>& inputs) {
  flowrun::decoder dec = make_decoder(o);
  flowrun::canonical_writer canon;
  const bool color = use_color(o.color, STDERR_FILENO);
  bool all_valid = true;
  std::string out;
  const std::size_t unreadable = for_each_input(
      o, inputs, dec, [&](const input&, doc_kind) {},
      [&](const input& in, const place& at, const auto& res) {
        if (report_invalid(in, res, color)) {
          all_valid = false;
          return;
        }
        if (!o.canonical) {
          flowrun::write_json(out, *res, {.pretty = o.pretty});
        } else if (const std::optional<flowrun::error> e = canon.write(out, *res)) {
          report_not_canonical(in, at, *e, color);
          all_valid = false;
          return;
        }
        out += '\n';
        flush_if_large(out);
      },
      [&](const input&, doc_kind) { flush_if_large(out, true); });
  std::fflush(stdout);
  return exit_status(unreadable, all_valid);
}

int run_summary(const options& o, const std::vector<input>& inputs) {
  flowrun::decoder dec = make_decoder(o);
  flowrun::consistency_checker checker;
  const style st = terminal_style(o.color);
  const bool err_color = use_color(o.color, STDERR_FILENO);
  bool all_valid = true;
  bool first_file = true;
  std::string out;
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
  const auto begin = [&](const input& in, doc_kind) {
    out.clear();
    if (inputs.size() > 1) {
      out += first_file ? "" : "\n";
      append_painted(out, "==> " + escaped(in.name) + " <==", bold, st);
      out += '\n';
    }
    first_file = false;
    sum = totals();
    invalid = 0;
    separator = "";
  };
  const auto doc = [&](const input& in, const place&, const auto& res) {
    using value = std::decay_t<decltype(*res)>;
    if (report_invalid(in, res, err_color)) {
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
    flush_if_large(out);
  };
  const auto end = [&](const input&, doc_kind kind) {
    if (kind == doc_kind::page || kind == doc_kind::ndjson) {
      out += separator;
      sum.append(out, invalid, st);
    }
    flush_if_large(out, true);
  };
  const std::size_t unreadable = for_each_input(o, inputs, dec, begin, doc, end);
  std::fflush(stdout);
  return exit_status(unreadable, all_valid);
}

// ---- the command line -------------------------------------------------------------

int usage_error(const std::string& what) {
  std::cerr << "flowrun: " << what << "\nTry 'flowrun --help'.\n";
  return 2;
}

std::string_view help_of(command c) {
  switch (c) {
  case command::fmt: return fmt_help;
  case command::summary: return summary_help;
  case command::check: break;
  }
  return check_help;
}

bool parse_command(std::string_view s, command& c) {
  if (s == "check")
    c = command::check;
  else if (s == "fmt")
    c = command::fmt;
  else if (s == "summary")
    c = command::summary;
  else
    return false;
  return true;
}

// A whole number, at least `min`, or with a K/M/G suffix (powers of 1024) when `suffix`.
bool parse_count(std::string_view v, std::size_t min, bool suffix, std::size_t& out) {
  std::size_t shift = 0;
  if (suffix && !v.empty()) {
    const char last = v.back();
    if (last == 'k' || last == 'K') shift = 10;
    if (last == 'm' || last == 'M') shift = 20;
    if (last == 'g' || last == 'G') shift = 30;
    if (shift > 0) v.remove_suffix(1);
  }
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size() || n < min) return false;
  if (shift > 0 && n > (static_cast<std::size_t>(-1) >> shift)) return false;
  out = n << shift;
  return true;
}

int main_impl(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("no command given");
  if (args[0] == "-h" || args[0] == "--help") {
    std::cout << full_help();
    return 0;
  }
  if (args[0] == "--version") {
    std::cout << "flowrun " << version << '\n';
    return 0;
  }
  options o;
  if (args[0] == "help") {
    if (args.size() == 1) {
      std::cout << full_help();
      return 0;
    }
    if (args.size() > 2 || !parse_command(args[1], o.cmd))
      return usage_error("'flowrun help' takes one of check, fmt or summary");
    std::cout << help_of(o.cmd);
    return 0;
  }
  if (!parse_command(args[0], o.cmd)) return usage_error("unknown command '" + args[0] + "'");
  const unsigned cores = std::thread::hardware_concurrency();
  o.jobs = cores > 0 ? cores : 1;

  // An option that the command does not take is a usage error, not ignored.
  const auto only_for = [&](std::string_view option, std::initializer_list<command> cmds) {
    if (std::find(cmds.begin(), cmds.end(), o.cmd) != cmds.end()) return true;
    usage_error("'" + std::string(option) + "' does not apply to 'flowrun " + args[0] + "'");
    return false;
  };
  const std::initializer_list<command> all = {command::check, command::fmt, command::summary};
  bool options_done = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a == "-" || a.empty() || a[0] != '-') {
      o.files.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    // NAME=VALUE, or NAME VALUE for the options that take one.
    std::string name = a;
    std::optional<std::string> value;
    if (const std::size_t eq = a.find('='); a.starts_with("--") && eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
    }
    static const std::set<std::string> with_value = {"--kind",     "--format", "--max-errors", "--max-size",
                                                     "--color",    "--jobs",   "-j"};
    if (with_value.count(name) > 0) {
      if (!value) {
        if (i + 1 >= args.size()) return usage_error("'" + name + "' needs a value");
        value = args[++i];
      }
    } else if (value) {
      return usage_error("'" + name + "' takes no value");
    }
    const std::string v = value.value_or("");
    if (name == "-h" || name == "--help") {
      std::cout << help_of(o.cmd);
      return 0;
    } else if (name == "--strict") {
      o.strict = true;
    } else if (name == "--kind") {
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
        return usage_error("invalid --kind '" + v + "' (expected auto, run, page, logs or ndjson)");
    } else if (name == "--format") {
      if (!only_for("--format", {command::check})) return 2;
      if (v == "text")
        o.format = out_format::text;
      else if (v == "json")
        o.format = out_format::json;
      else if (v == "sarif")
        o.format = out_format::sarif;
      else if (v == "github")
        o.format = out_format::github;
      else
        return usage_error("invalid --format '" + v + "' (expected text, json, sarif or github)");
    } else if (name == "--max-errors") {
      if (!only_for("--max-errors", {command::check})) return 2;
      if (!parse_count(v, 1, false, o.max_errors))
        return usage_error("invalid --max-errors '" + v + "' (expected a whole number of at least 1)");
    } else if (name == "--max-size") {
      if (!only_for("--max-size", all)) return 2;
      if (!parse_count(v, 1, true, o.max_size))
        return usage_error("invalid --max-size '" + v + "' (expected bytes, at least 1, or with a K, M or G suffix)");
    } else if (name == "--jobs" || name == "-j") {
      if (!only_for(name, {command::check})) return 2;
      std::size_t n = 0;
      if (!parse_count(v, 1, false, n) || n > 1024)
        return usage_error("invalid " + name + " '" + v + "' (expected a whole number from 1 to 1024)");
      o.jobs = static_cast<unsigned>(n);
    } else if (name == "--color") {
      if (v == "auto")
        o.color = color_choice::automatic;
      else if (v == "always")
        o.color = color_choice::always;
      else if (v == "never")
        o.color = color_choice::never;
      else
        return usage_error("invalid --color '" + v + "' (expected auto, always or never)");
    } else if (name == "-q" || name == "--quiet") {
      if (!only_for(name, {command::check})) return 2;
      o.quiet = true;
    } else if (name == "--warnings-as-errors") {
      if (!only_for(name, {command::check})) return 2;
      o.warnings_as_errors = true;
    } else if (name == "--no-findings") {
      if (!only_for(name, {command::check, command::summary})) return 2;
      o.findings = false;
    } else if (name == "--pretty") {
      if (!only_for(name, {command::fmt})) return 2;
      o.pretty = true;
    } else if (name == "--canonical") {
      if (!only_for(name, {command::fmt})) return 2;
      o.canonical = true;
    } else {
      return usage_error("unknown option '" + a + "'");
    }
  }
  if (o.files.empty()) return usage_error("no FILE given");
  if (o.pretty && o.canonical) return usage_error("--pretty and --canonical do not go together");
  std::vector<input> inputs;
  std::string why;
  if (!expand_inputs(o.files, inputs, why)) return usage_error(why);
  switch (o.cmd) {
  case command::fmt: return run_fmt(o, inputs);
  case command::summary: return run_summary(o, inputs);
  case command::check: break;
  }
  return run_check(o, inputs);
}

} // namespace

int main(int argc, char** argv) {
#if defined(__GLIBC__)
  // Buffers of a long document are mapped and unmapped, not kept in a
  // thread's arena after it (glibc raises the threshold as large blocks are
  // freed): memory goes back after a long NDJSON line, whichever thread had it.
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
#endif
  static char out_buffer[1 << 16];
  std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
  try {
    return main_impl(argc, argv);
  } catch (const std::exception& e) { // never die with an uncaught exception
    std::fflush(stdout);
    std::cerr << "flowrun: " << e.what() << '\n';
    return 2;
  }
}
