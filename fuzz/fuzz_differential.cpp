// libFuzzer target: the simdjson path and the Boost.JSON path must agree on
// every input, one document or an NDJSON stream: the same verdict, the same errors (code, pointer, offset, line,
// column, message) and, on success, equal values with byte-identical raw
// spans. Aborts, printing both results, on any difference. The input's layout
// is in fuzz_input.hpp.
#include <flowrun/boost_json.hpp>
#include <flowrun/flowrun.hpp>

#include "fuzz_input.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string_view>

namespace {

template <class T> void print(const char* side, const flowrun::result<T>& r) {
  if (r) {
    std::fprintf(stderr, "%s: decoded\n", side);
    return;
  }
  for (const auto& e : r.errors())
    std::fprintf(stderr, "%s: %s at '%s' offset %zu (%zu:%zu): %s\n", side, std::string(to_string(e.code)).c_str(),
                 e.pointer.c_str(), e.offset, e.line, e.column, e.message.c_str());
}

template <class T> void compare(const flowrun::result<T>& a, const flowrun::result<T>& b) {
  const bool same =
      a.has_value() == b.has_value() && (a ? *a == *b : std::ranges::equal(a.errors(), b.errors()));
  if (same) return;
  print("simdjson", a);
  print("boost.json", b);
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz_input in;
  if (!read_fuzz_input(data, size, in)) return 0;
  static flowrun::decoder fast;
  static flowrun::boost_decoder reference;
  fast.set_options(in.options);
  reference.set_options(in.options);
  if (!in.ndjson) {
    compare(fast.decode(in.kind, in.text), reference.decode(in.kind, in.text));
    return 0;
  }
  // Streams: item by item, the same lines, offsets and results.
  auto a = fast.runs(in.text).begin();
  auto b = reference.runs(in.text).begin();
  for (; a != std::default_sentinel && b != std::default_sentinel; ++a, ++b) {
    if (a->line != b->line || a->offset != b->offset) {
      std::fprintf(stderr, "stream items at line %zu / %zu\n", a->line, b->line);
      std::abort();
    }
    compare(a->run, b->run);
  }
  if ((a == std::default_sentinel) != (b == std::default_sentinel)) {
    std::fprintf(stderr, "streams of different lengths\n");
    std::abort();
  }
  return 0;
}
