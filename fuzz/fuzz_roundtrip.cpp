// libFuzzer target: decode, write (write.hpp), decode again. For every input
// that decodes, with the same options:
// - the written text decodes, to a value equal to the first one when the
//   input had no white space between tokens (the writer drops it, also
//   inside raw values, which compare byte for byte), and otherwise to a value
//   that writes the same text;
// - the writer is a fixed point: writing the value decoded from its text
//   gives the same text again;
// - the pretty layout reads back to the same value as the compact one.
// NDJSON inputs: each valid line goes through the same round trip.
// The input's layout is in fuzz_input.hpp; bit 5 of the first byte writes
// the first text pretty instead of compact.
#include <flowrun/flowrun.hpp>
#include <flowrun/write.hpp>

#include "fuzz_input.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <type_traits>

namespace {

[[noreturn]] void fail(const char* what, std::string_view a, std::string_view b) {
  std::fprintf(stderr, "fuzz_roundtrip: %s\n--- first\n%.*s\n--- second\n%.*s\n", what, static_cast<int>(a.size()),
               a.data(), static_cast<int>(b.size()), b.data());
  std::abort();
}

// True when no white space stands between tokens (outside strings).
bool compact(std::string_view text) {
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
  }
  return true;
}

template <class T> bool same_value(const T& a, const T& b) {
  if constexpr (std::is_same_v<T, flowrun::log_list>)
    return std::ranges::equal(a, b);
  else
    return a == b;
}

template <class T> [[noreturn]] void fail_decode(const flowrun::result<T>& r, std::string_view input,
                                              std::string_view text) {
  const auto& e = r.errors().front();
  std::fprintf(stderr, "fuzz_roundtrip: %s at '%s': %s\n", std::string(to_string(e.code)).c_str(), e.pointer.c_str(),
               e.message.c_str());
  fail("the written text does not decode", input, text);
}

template <class T>
void round_trip(const T& first, std::string_view input, bool pretty, const flowrun::decode_options& options) {
  static flowrun::decoder second, third;
  second.set_options(options);
  third.set_options(options);
  // Compact: decode it, and write that again.
  const std::string text1 = flowrun::to_json(first).value();
  const auto r2 = second.decode_as<T>(text1);
  if (!r2) fail_decode(r2, input, text1);
  if (compact(input) && !same_value(*r2, first)) fail("the written text decodes to another value", input, text1);
  const std::string text2 = flowrun::to_json(*r2).value();
  if (text2 != text1) fail("the writer is not a fixed point", text1, text2);
  // The writer's own text, decoded twice over, gives equal values.
  const auto r3 = third.decode_as<T>(text2);
  if (!r3) fail_decode(r3, input, text2);
  if (!same_value(*r3, *r2)) fail("the writer's text decodes to another value", text1, text2);
  if (!pretty) return;
  // Pretty: it reads back to a value whose compact text is the same.
  const std::string text3 = flowrun::to_json(first, {.pretty = true}).value();
  const auto r4 = third.decode_as<T>(text3);
  if (!r4) fail_decode(r4, input, text3);
  if (flowrun::to_json(*r4).value() != text1) fail("the pretty text reads back to another value", text1, text3);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz_input in;
  if (!read_fuzz_input(data, size, in)) return 0;
  const bool pretty = (data[0] & 32) != 0;
  static flowrun::decoder dec;
  dec.set_options(in.options);
  if (in.ndjson) {
    for (const auto& item : dec.runs(in.text)) {
      if (!item.run) continue;
      const auto kept = flowrun::to_owned(*item.run);
      round_trip(*kept, in.text, pretty, in.options);
    }
    return 0;
  }
  switch (in.kind) {
  case flowrun::document_kind::run:
    if (const auto r = dec.decode_run(in.text)) round_trip(*r, in.text, pretty, in.options);
    break;
  case flowrun::document_kind::page:
    if (const auto r = dec.decode_run_page(in.text)) round_trip(*r, in.text, pretty, in.options);
    break;
  case flowrun::document_kind::logs:
    if (const auto r = dec.decode_logs(in.text)) round_trip(*r, in.text, pretty, in.options);
    break;
  }
  return 0;
}
