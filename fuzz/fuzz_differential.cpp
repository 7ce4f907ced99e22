// libFuzzer target: the simdjson path and the Boost.JSON path must agree on
// every input, one document or an NDJSON stream: the same verdict, the same errors (code, pointer, offset, line,
// column, message) and, on success, equal values with byte-identical raw
// spans. The simdjson path also reads the text in place, from a padded buffer
// whose padding would complete a truncated text. Aborts, printing both
// results, on any difference. The input's layout is in fuzz_input.hpp.
#include <flowrun/boost_json.hpp>
#include <flowrun/flowrun.hpp>

#include "fuzz_input.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>
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
  const bool same = a.has_value() == b.has_value() && (a ? *a == *b : std::ranges::equal(a.errors(), b.errors()));
  if (same) return;
  print("simdjson", a);
  print("boost.json", b);
  std::abort();
}

// The text in a padded buffer, for flowrun::decoder to read where it lies:
// the byte after it ends it as a std::string's '\0' or an NDJSON line's white
// space would, the rest of the padding holds bytes that would complete a
// truncated text if they were read as text. Which ones turns with the size.
flowrun::padded_view hostile_padding(std::string_view text, std::string& buf) {
  static constexpr char ends[] = {'\0', '\n', ' ', '\r', '\t'};
  static constexpr std::string_view fill = "}]e1\"\\,:ul";
  buf.assign(text);
  buf += ends[text.size() % std::size(ends)];
  for (std::size_t k = text.size() % fill.size(); buf.size() < text.size() + flowrun::padding; ++k)
    buf += fill[k % fill.size()];
  return flowrun::padded_view(buf.data(), text.size(), buf.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz_input in;
  if (!read_fuzz_input(data, size, in)) return 0;
  static flowrun::decoder fast;
  static flowrun::boost_decoder reference;
  fast.set_options(in.options);
  reference.set_options(in.options);
  static std::string buf;
  const flowrun::padded_view padded = hostile_padding(in.text, buf);
  if (!in.ndjson) {
    const auto want = reference.decode(in.kind, in.text);
    compare(fast.decode(in.kind, in.text), want);
    compare(fast.decode(in.kind, padded), want); // read in place
    return 0;
  }
  // Streams: item by item, the same lines, offsets and results; the simdjson
  // path reads the text copied line by line, then in place.
  const auto streams_agree = [&](auto&& fast_stream) {
    auto a = fast_stream.begin();
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
  };
  streams_agree(fast.runs(in.text));
  streams_agree(fast.runs(padded));
  return 0;
}
