// libFuzzer target: the simdjson path and the Boost.JSON path must agree on
// every input: the same verdict, the same errors (code, pointer, offset, line,
// column, message) and, on success, equal values with byte-identical raw
// spans. Aborts, printing both results, on any difference. The first byte
// chooses the document kind and the options; the rest is the document.
#include <flowrun/boost_json.hpp>
#include <flowrun/flowrun.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

template <class T> bool same_value(const T& a, const T& b) { return a == b; }
bool same_value(flowrun::log_list a, flowrun::log_list b) { return std::ranges::equal(a, b); }

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
  const bool same = a.has_value() == b.has_value() &&
                    (a ? same_value(*a, *b) : std::ranges::equal(a.errors(), b.errors()));
  if (same) return;
  print("simdjson", a);
  print("boost.json", b);
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t sel = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  flowrun::decode_options o;
  o.mode = (sel & 4) ? flowrun::decode_mode::strict : flowrun::decode_mode::compatible;
  o.errors = (sel & 8) ? flowrun::error_mode::collect_all : flowrun::error_mode::fail_fast;
  if (sel & 16) o.max_depth = 8;
  static flowrun::decoder fast;
  static flowrun::boost_decoder reference;
  fast.set_options(o);
  reference.set_options(o);
  switch (sel & 3) {
  case 1: compare(fast.decode_run_page(text), reference.decode_run_page(text)); break;
  case 2: compare(fast.decode_logs(text), reference.decode_logs(text)); break;
  default: compare(fast.decode_run(text), reference.decode_run(text)); break;
  }
  return 0;
}
