// flowrun: the command-line checker. Decodes workflow-run JSON files with the
// library and reports every error of every document (see --help and SPEC.md).
#include <flowrun/detail/locate.hpp> // utf8_sequence_length
#include <flowrun/flowrun.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view version = FLOWRUN_VERSION_STRING;

constexpr std::string_view usage_text = R"(Usage: flowrun check [--strict] [--kind=KIND] [--format=FORMAT] FILE...
       flowrun --help | --version

Checks workflow-run JSON documents against the flowrun data contract and
reports every error of every document.

Options:
  --strict         contract mode: an unknown key is an error (unknown_field)
                   and every non-optional field must be present
  --kind=KIND      auto (the default), run, page, logs, or ndjson (one run
                   object per line; blank lines are skipped)
  --format=FORMAT  text (the default) or json
  -h, --help       show this help and exit
  --version        show the version and exit

FILE is a path, or '-' for standard input; '--' ends the options.

Kind detection (auto): a file named *.ndjson or *.jsonl is NDJSON (standard
input never is). Otherwise a document starting with '[' is a list of logs, an
object with a top-level "data" key is a page, and anything else is a run.

Text output: one line per error, then a summary line:
  FILE:LINE:COL: error[CODE] POINTER: MESSAGE
  N documents checked, N valid, N invalid[, N files unreadable]
  (singular for 1: "1 document checked", "1 file unreadable")
FILE is the name as given ('-' for standard input). LINE and COL are 1-based,
COL counts bytes, and for NDJSON LINE is the line in the file. POINTER is the
JSON Pointer of the offending value, printed bare (/logs/0/status), or as ""
for the document root; control characters in it are written as \u00XX so
that every error stays on one line. Errors are listed by position.

JSON output (--format=json): one object per readable file per line, and no
summary line:
  {"file":"...","kind":"run|page|logs|ndjson","documents":N,"valid":N,
   "errors":[{"code":"...","pointer":"...","offset":N,"line":N,"column":N,
   "message":"..."}],"findings":[]}
An unreadable file gets a message on standard error only.

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

struct options {
  bool strict = false;
  bool json = false;
  doc_kind kind = doc_kind::automatic;
  std::vector<std::string> files;
};

// What one file held: its documents and the errors of the invalid ones.
struct report {
  doc_kind kind = doc_kind::run;
  std::size_t documents = 0;
  std::size_t valid = 0;
  std::vector<flowrun::error> errors;
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

template <class R> void add(report& r, const R& res) {
  ++r.documents;
  if (res)
    ++r.valid;
  else
    r.errors.insert(r.errors.end(), res.errors().begin(), res.errors().end());
}

report check_text(flowrun::decoder& dec, doc_kind kind, std::string_view text) {
  report r;
  r.kind = kind;
  switch (kind) {
  case doc_kind::page: add(r, dec.decode_run_page(text)); break;
  case doc_kind::logs: add(r, dec.decode_logs(text)); break;
  case doc_kind::ndjson:
    for (const flowrun::stream_item& it : dec.runs(text)) add(r, it.run);
    break;
  case doc_kind::run:
  case doc_kind::automatic: add(r, dec.decode_run(text)); break;
  }
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

void print_text(const std::string& file, const report& r) {
  std::string out;
  for (const flowrun::error& e : r.errors) {
    out += file;
    out += ':' + std::to_string(e.line) + ':' + std::to_string(e.column) + ": error[";
    out += flowrun::to_string(e.code);
    out += "] ";
    if (e.pointer.empty()) out += "\"\"";
    for (char c : e.pointer) { // a key may hold a newline: keep one error per line
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x20 || u == 0x7f)
        append_u00(out, u);
      else
        out += c;
    }
    out += ": ";
    out += e.message;
    out += '\n';
  }
  std::cout << out;
}

void print_json(const std::string& file, const report& r) {
  std::string out = "{\"file\":";
  append_json_string(out, file);
  out += ",\"kind\":\"";
  out += kind_name(r.kind);
  out += "\",\"documents\":" + std::to_string(r.documents) + ",\"valid\":" + std::to_string(r.valid) + ",\"errors\":[";
  for (std::size_t i = 0; i < r.errors.size(); ++i) {
    const flowrun::error& e = r.errors[i];
    out += i == 0 ? "{\"code\":\"" : ",{\"code\":\"";
    out += flowrun::to_string(e.code);
    out += "\",\"pointer\":";
    append_json_string(out, e.pointer);
    out += ",\"offset\":" + std::to_string(e.offset) + ",\"line\":" + std::to_string(e.line) +
           ",\"column\":" + std::to_string(e.column) + ",\"message\":";
    append_json_string(out, e.message);
    out += '}';
  }
  out += "],\"findings\":[]}\n"; // consistency findings: not reported yet, key kept for consumers
  std::cout << out;
}

int usage_error(const std::string& what) {
  std::cerr << "flowrun: " << what << "\nTry 'flowrun --help'.\n";
  return 2;
}

int run_check(const options& o) {
  flowrun::decoder dec(flowrun::decode_options{
      .mode = o.strict ? flowrun::decode_mode::strict : flowrun::decode_mode::compatible,
      .errors = flowrun::error_mode::collect_all,
  });
  std::size_t documents = 0, valid = 0, unreadable = 0;
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
    const report r = check_text(dec, kind, text);
    documents += r.documents;
    valid += r.valid;
    if (o.json)
      print_json(file, r);
    else
      print_text(file, r);
  }
  if (!o.json) {
    std::cout << documents << (documents == 1 ? " document" : " documents") << " checked, " << valid << " valid, "
              << (documents - valid) << " invalid";
    if (unreadable > 0) std::cout << ", " << unreadable << (unreadable == 1 ? " file" : " files") << " unreadable";
    std::cout << '\n';
  }
  std::cout.flush();
  if (unreadable > 0) return 2;
  return valid == documents ? 0 : 1;
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
  if (args[0] != "check") return usage_error("unknown command '" + args[0] + "'");

  options o;
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
      const std::string_view v = std::string_view(a).substr(9);
      if (v == "text")
        o.json = false;
      else if (v == "json")
        o.json = true;
      else
        return usage_error("invalid --format '" + std::string(v) + "' (expected text or json)");
    } else {
      return usage_error("unknown option '" + a + "'");
    }
  }
  if (o.files.empty()) return usage_error("no FILE given");
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
