// libFuzzer target: the simdjson path and the Boost.JSON path must agree on
// every input: the same verdict, the same errors (code, pointer, offset, line,
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
  const bool same =
      a.has_value() == b.has_value() && (a ? same_value(*a, *b) : std::ranges::equal(a.errors(), b.errors()));
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
  switch (in.kind) {
  case fuzz_kind::page: compare(fast.decode_run_page(in.text), reference.decode_run_page(in.text)); break;
  case fuzz_kind::logs: compare(fast.decode_logs(in.text), reference.decode_logs(in.text)); break;
  default: compare(fast.decode_run(in.text), reference.decode_run(in.text)); break; // NDJSON lines are runs
  }
  return 0;
}
