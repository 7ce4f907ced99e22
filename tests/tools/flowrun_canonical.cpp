// flowrun_canonical: RFC 8785 canonical JSON of files, through flowrun::canonicalizer.
//
//   flowrun_canonical [--max-depth=N] FILE...   each file's canonical form, one per line
//   flowrun_canonical [--max-depth=N] --framed  a batch on stdin, for the tests
//
// With files: errors go to stderr as FILE:LINE:COLUMN: error[CODE] POINTER: MESSAGE and
// the exit status is 1 when any file failed.
//
// --framed reads documents from stdin, each as its length in bytes (decimal) and a
// newline, then the bytes, then a newline; it writes for each, in order, either
// "ok LENGTH\n" then the canonical bytes and "\n", or "error CODE OFFSET LENGTH\n" then
// the pointer (LENGTH bytes) and "\n". One process canonicalizes a whole corpus
// (tests/canonical_npm_test.py) with one reused canonicalizer.
#include <flowrun/canonical.hpp>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

namespace {

bool read_file(const char* path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  out = std::move(ss).str();
  return !f.bad();
}

int framed(flowrun::canonicalizer& canon) {
  std::string doc, out;
  std::string header;
  while (std::getline(std::cin, header)) {
    char* end = nullptr;
    const unsigned long long len = std::strtoull(header.c_str(), &end, 10);
    if (header.empty() || *end != '\0') {
      std::fprintf(stderr, "flowrun_canonical: bad frame header \"%s\"\n", header.c_str());
      return 2;
    }
    doc.resize(static_cast<std::size_t>(len));
    if (!std::cin.read(doc.data(), static_cast<std::streamsize>(len)) || std::cin.get() != '\n') {
      std::fprintf(stderr, "flowrun_canonical: truncated frame\n");
      return 2;
    }
    out.clear();
    if (const auto e = canon.canonicalize(doc, out)) {
      std::cout << "error " << to_string(e->code) << ' ' << e->offset << ' ' << e->pointer.size() << '\n'
                << e->pointer << '\n';
    } else {
      std::cout << "ok " << out.size() << '\n' << out << '\n';
    }
  }
  std::cout.flush();
  return std::cout ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  flowrun::canonical_options opts;
  bool batch = false;
  int first = 1;
  for (; first < argc; ++first) {
    const std::string_view a = argv[first];
    if (a == "--framed") {
      batch = true;
    } else if (a.starts_with("--max-depth=")) {
      char* end = nullptr;
      opts.max_depth = std::strtoull(argv[first] + 12, &end, 10);
      if (*end != '\0' || a.size() == 12) {
        std::fprintf(stderr, "flowrun_canonical: --max-depth needs a number\n");
        return 2;
      }
    } else if (a == "--") {
      ++first;
      break;
    } else if (a.starts_with("--")) {
      std::fprintf(stderr, "usage: %s [--max-depth=N] (--framed | FILE...)\n", argv[0]);
      return 2;
    } else {
      break;
    }
  }
  flowrun::canonicalizer canon(opts);
  if (batch) return first == argc ? framed(canon) : 2;
  if (first == argc) {
    std::fprintf(stderr, "usage: %s [--max-depth=N] (--framed | FILE...)\n", argv[0]);
    return 2;
  }
  int status = 0;
  std::string doc, out;
  for (int k = first; k < argc; ++k) {
    if (!read_file(argv[k], doc)) {
      std::fprintf(stderr, "%s: cannot read\n", argv[k]);
      status = 1;
      continue;
    }
    out.clear();
    if (const auto e = canon.canonicalize(doc, out)) {
      std::fprintf(stderr, "%s:%zu:%zu: error[%s] %s: %s\n", argv[k], e->line, e->column,
                   std::string(to_string(e->code)).c_str(), e->pointer.c_str(), e->message.c_str());
      status = 1;
      continue;
    }
    out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return status;
}
