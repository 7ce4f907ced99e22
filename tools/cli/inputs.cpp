#include "inputs.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <flowrun/error.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <new>
#include <system_error>

namespace flowrun_cli {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

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

// True when the raw (still escaped) text of a key spells "data". Escapes are
// resolved because the decoder compares unescaped keys ("d\u0061ta" is "data").
bool key_is_data(std::string_view raw) {
  static constexpr std::string_view data = "data";
  constexpr int hex_digits = 4; // \uXXXX
  std::string key;
  for (std::size_t i = 0; i < raw.size() && key.size() <= data.size(); ++i) {
    if (raw[i] != '\\') {
      key += raw[i];
      continue;
    }
    unsigned code = 0;
    if (i + 1 + hex_digits < raw.size() && raw[i + 1] == 'u') {
      const char* first = raw.data() + i + 2;
      const auto [end, ec] = std::from_chars(first, first + hex_digits, code, 16);
      if (ec != std::errc() || end != first + hex_digits) return false;
      i += 1 + hex_digits;
    } else {
      code = 0x80; // any other escape is a character that is not in "data"
      ++i;
    }
    key += code < 0x80 ? static_cast<char>(code) : '\x80';
  }
  return key == data;
}

} // namespace

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

doc_kind kind_by_name(doc_kind asked, const input& in) {
  if (asked == doc_kind::automatic && !in.is_stdin && (in.name.ends_with(".ndjson") || in.name.ends_with(".jsonl")))
    return doc_kind::ndjson;
  return asked;
}

// Picks the kind without parsing: a byte scan that tracks strings and nesting,
// stopping at the first top-level "data" key or at the end of the root object.
// Whatever it cannot make sense of is a run, so that the run decoder reports
// the syntax error.
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

open_file::open_file(const input& in) : is_stdin_(in.is_stdin) {
  f_ = is_stdin_ ? stdin : std::fopen(in.name.c_str(), "rb");
}

open_file::~open_file() {
  if (f_ && !is_stdin_) std::fclose(f_);
}

// fread, not only fopen, reports a directory (EISDIR): a failed read is an
// unreadable input.
whole_read read_whole(std::FILE* f, std::size_t max_size, std::string& text) {
  whole_read r;
  text.clear();
  struct stat st {};
  const bool regular = ::fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode);
  if (regular && static_cast<std::size_t>(st.st_size) > max_size) {
    r.bytes = static_cast<std::size_t>(st.st_size);
    r.too_large = flowrun::too_large_message(r.bytes, max_size);
    return r;
  }
  bool over = false;
  errno = 0;
  try {
    if (regular) text.reserve(static_cast<std::size_t>(st.st_size));
    char buf[io_block];
    std::size_t n = 0;
    while (text.size() < max_size && (n = std::fread(buf, 1, std::min(sizeof buf, max_size - text.size()), f)) > 0)
      text.append(buf, n);
    // One byte more says the input is over the limit; nothing more is read. It
    // is not kept: the text never outgrows the limit (a power of two, as the
    // default is, would double its capacity for that byte).
    char probe = 0;
    over = text.size() == max_size && std::fread(&probe, 1, 1, f) == 1;
  } catch (const std::bad_alloc&) {
    r.error = "file too large to read";
    return r;
  }
  const int saved = errno;
  r.bytes = text.size() + (over ? 1 : 0);
  if (std::ferror(f)) {
    r.error = saved != 0 ? std::strerror(saved) : "read error";
  } else if (over) {
    // A stream (or a regular file that grew): its size is not known, only that it is over.
    r.too_large = flowrun::too_large_message(r.bytes, max_size, /*at_least=*/true);
    text.clear();
  }
  return r;
}

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

} // namespace flowrun_cli
