// libFuzzer target: "is this well-formed JSON?" answered by flowrun (the
// strict locator, the simdjson decoder, the Boost.JSON decoder) and by
// independent parsers, which must agree. The input's layout is in
// fuzz_input.hpp (the first byte picks the kind and options).
//
// The oracle is RapidJSON 1.1's SAX reader (iterative, UTF-8 validation, on
// the bytes as given, numbers checked for grammar). simdjson's DOM parser and
// Boost.JSON's parser must give the same verdict as the oracle, RapidJSON with
// numbers read as doubles too, within the limits noted below.
//
// Not RapidJSON's full-precision conversion (kParseFullPrecisionFlag): in 1.1,
// StrtodFullPrecision hands a number whose significant digits lie far below
// the smallest double (fuzz/regressions/fuzz_wellformed/
// oracle-rapidjson-full-precision-oob: -0.0000040000000800212312323e-331) to
// StrtodDiyFp, which looks up GetCachedPower10 below the start of its table: a
// read out of bounds inside RapidJSON, reproduced with RapidJSON alone, that
// OSS-Fuzz would report as flowrun's. A verdict does not depend on precision,
// so the second pass uses RapidJSON's normal-precision conversion, which has
// no such table, for every number.
//
// flowrun's documented policy (docs/contract.md, "Well-formed JSON") differs
// from bare RFC 8259 in these ways, spelled out here:
// - Depth: a container deeper than max_depth is depth_exceeded (RFC 8259
//   allows any depth). The oracle counts depth itself (root container 1) and
//   stops at the first container past the limit: flowrun must then say
//   depth_exceeded, unless a problem comes before it in the text.
// - Lone surrogate escapes ("\ud800", "\udc00"): RFC 8259's grammar allows
//   them, flowrun rejects them as invalid_utf8. The oracle checks every
//   string and key it decodes with simdjson::validate_utf8: a lone surrogate
//   decodes to bytes that are not UTF-8.
// - Duplicate keys: RFC 8259 allows them (names SHOULD be unique); flowrun
//   reports duplicate_key, a schema error, not a well-formedness one. So the
//   verdict compared is "well-formed", whatever schema errors follow.
// - Numbers: flowrun checks grammar only where a number is not typed
//   (1e400 in output is fine); a typed field out of range is out_of_range, a
//   schema error. simdjson and RapidJSON reading doubles reject numbers
//   that do not fit a double or 64-bit integer, Boost.JSON an exponent that
//   overflows its counter: when those are their reason, their verdict is not
//   compared.
// - A byte order mark is not JSON (RFC 8259 section 8.1: do not add one;
//   flowrun rejects it): the oracle reads bare bytes, no BOM skipped.
// - A NUL byte: RapidJSON's streams end at '\0'; the oracle requires that it
//   read every byte, so "1\0" is trailing content as for flowrun.
//
// Verdicts are three: well-formed, depth (over max_depth) and malformed.
#include <flowrun/boost_json.hpp>
#include <flowrun/detail/locate.hpp>
#include <flowrun/flowrun.hpp>

#include "fuzz_input.hpp"

#include <boost/json/error.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/parse_options.hpp>
#include <boost/json/monotonic_resource.hpp>
// RapidJSON 1.1 trips UBSan (arithmetic on its stack's null pointer before the
// first allocation in internal/stack.h, clz(0) in internal/diyfp.h): UBSan is
// off for RapidJSON's own functions only (ASan still covers them).
#if defined(__clang__)
#pragma clang attribute push(__attribute__((no_sanitize("undefined"))), apply_to = function)
#endif
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#if defined(__clang__)
#pragma clang attribute pop
#endif
#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

enum class verdict { well_formed, depth, malformed };

const char* name(verdict v) {
  switch (v) {
  case verdict::well_formed: return "well-formed";
  case verdict::depth: return "too deep";
  case verdict::malformed: return "malformed";
  }
  return "?";
}

[[noreturn]] void fail(const char* what, verdict a, verdict b) {
  std::fprintf(stderr, "fuzz_wellformed: %s: %s, the oracle says %s\n", what, name(a), name(b));
  std::abort();
}

// RapidJSON SAX handler: counts depth, checks decoded strings are UTF-8.
struct handler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, handler> {
  std::size_t max_depth;
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool too_deep = false;
  bool bad_string = false;
  explicit handler(std::size_t limit) : max_depth(limit) {}
  bool open() {
    deepest = ++depth > deepest ? depth : deepest;
    if (depth > max_depth) too_deep = true;
    return !too_deep;
  }
  bool close() {
    --depth;
    return true;
  }
  bool text(const char* s, rapidjson::SizeType n) {
    if (!simdjson::validate_utf8(s, n)) bad_string = true;
    return !bad_string;
  }
  bool Default() { return true; }
  bool String(const char* s, rapidjson::SizeType n, bool) { return text(s, n); }
  bool Key(const char* s, rapidjson::SizeType n, bool) { return text(s, n); }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return true; }
  bool StartObject() { return open(); }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool StartArray() { return open(); }
  bool EndArray(rapidjson::SizeType) { return close(); }
};

struct oracle_result {
  verdict v = verdict::malformed;
  std::size_t deepest = 0; // deepest level reached before the parse stopped
};

template <unsigned Flags> rapidjson::ParseResult rapid_parse(std::string_view text, handler& h, std::size_t& end) {
  // A bare byte stream: RapidJSON's EncodedInputStream would skip a byte order mark.
  rapidjson::MemoryStream is(text.data(), text.size());
  rapidjson::Reader reader;
  const auto r = reader.Parse<Flags | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag |
                              rapidjson::kParseStopWhenDoneFlag>(is, h);
  // The reader stops after the root value: the rest may hold only white space.
  end = is.Tell();
  while (end < text.size() &&
         (text[end] == ' ' || text[end] == '\t' || text[end] == '\n' || text[end] == '\r'))
    ++end;
  return r;
}

// The end of the RFC 8259 number -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? at
// text[i], or i when none starts there.
std::size_t number_end(std::string_view text, std::size_t i) {
  const std::size_t start = i, n = text.size();
  auto digit = [&](std::size_t k) { return k < n && text[k] >= '0' && text[k] <= '9'; };
  if (i < n && text[i] == '-') ++i;
  if (!digit(i)) return start;
  if (text[i] == '0')
    ++i;
  else
    while (digit(i)) ++i;
  if (i < n && text[i] == '.') {
    if (!digit(i + 1)) return i; // "1." is malformed: keep the '.' for the parser to reject
    ++i;
    while (digit(i)) ++i;
  }
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    std::size_t k = i + 1;
    if (k < n && (text[k] == '+' || text[k] == '-')) ++k;
    if (!digit(k)) return i;
    while (digit(k)) ++k;
    i = k;
  }
  return i;
}

oracle_result oracle(std::string_view input, std::size_t max_depth) {
  // RapidJSON stops at a number too big for a double even when it reads
  // numbers as strings: once its grammar is read, the oracle writes the
  // number as 0 followed by spaces (same length) and parses again.
  std::string text(input);
  handler h(max_depth);
  std::size_t end = 0;
  auto r = rapid_parse<rapidjson::kParseNumbersAsStringsFlag>(text, h, end);
  while (!r && r.Code() == rapidjson::kParseErrorNumberTooBig) {
    const std::size_t i = r.Offset(), stop = number_end(text, i);
    if (stop == i) break; // not a number by the grammar after all: malformed
    text[i] = '0';
    for (std::size_t k = i + 1; k < stop; ++k) text[k] = ' ';
    h = handler(max_depth);
    r = rapid_parse<rapidjson::kParseNumbersAsStringsFlag>(text, h, end);
  }
  oracle_result o;
  o.deepest = h.deepest;
  if (!r) {
    o.v = h.too_deep && !h.bad_string ? verdict::depth : verdict::malformed;
    return o;
  }
  o.v = end == text.size() ? verdict::well_formed : verdict::malformed;
  return o;
}

template <class T> verdict of(const flowrun::result<T>& r) {
  if (r) return verdict::well_formed;
  const flowrun::error_code c = r.errors().front().code;
  if (c == flowrun::error_code::depth_exceeded) return verdict::depth;
  return flowrun::is_well_formedness_error(c) ? verdict::malformed : verdict::well_formed;
}

// Only asked when the oracle's verdict is well-formed or malformed with no
// container past the limit (they have their own depth rules).
verdict simdjson_dom(std::string_view text, bool& number_trouble) {
  static simdjson::dom::parser parser(simdjson::SIMDJSON_MAXSIZE_BYTES);
  const simdjson::padded_string padded(text);
  const auto r = parser.parse(padded);
  const auto e = r.error();
  number_trouble = e == simdjson::NUMBER_ERROR || e == simdjson::NUMBER_OUT_OF_RANGE;
  return e == simdjson::SUCCESS ? verdict::well_formed : verdict::malformed;
}

verdict boost_json(std::string_view text, bool& number_trouble) {
  boost::json::parse_options opt;
  opt.max_depth = 100'000;
  boost::json::monotonic_resource mr;
  boost::system::error_code ec;
  const auto v = boost::json::parse(text, ec, &mr, opt);
  (void)v;
  number_trouble = ec == boost::json::error::exponent_overflow;
  return ec ? verdict::malformed : verdict::well_formed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz_input in;
  if (!read_fuzz_input(data, size, in) || in.ndjson) return 0;
  const std::string_view text = in.text;
  const std::size_t max_depth = in.options.max_depth;
  const oracle_result want = oracle(text, max_depth);

  // flowrun: the locator and both decoders.
  const auto problem = flowrun::detail::locate_json_problem(text, max_depth);
  const verdict locator = !problem.found                                        ? verdict::well_formed
                          : problem.code == flowrun::error_code::depth_exceeded ? verdict::depth
                                                                                : verdict::malformed;
  if (locator != want.v) fail("the locator", locator, want.v);
  static flowrun::decoder fast;
  static flowrun::boost_decoder reference;
  fast.set_options(in.options);
  reference.set_options(in.options);
  const verdict a = of(fast.decode(in.kind, text));
  if (a != want.v) fail("flowrun::decoder", a, want.v);
  const verdict b = of(reference.decode(in.kind, text));
  if (b != want.v) fail("flowrun::boost_decoder", b, want.v);

  // The other parsers know no max_depth of flowrun's: ask them only when the
  // oracle's parse stayed within the limit (deepest level counted up to where
  // it stopped), and never deeper than 1024 (simdjson's default limit).
  if (want.v == verdict::depth || want.deepest > 1000) return 0;
  bool number_trouble = false;
  const verdict s = simdjson_dom(text, number_trouble);
  if (s != want.v && !(number_trouble && want.v == verdict::well_formed)) fail("simdjson DOM", s, want.v);
  const verdict j = boost_json(text, number_trouble);
  if (j != want.v && !(number_trouble && want.v == verdict::well_formed)) fail("Boost.JSON", j, want.v);
  // RapidJSON with numbers read as doubles (normal precision: see the top of
  // this file): the same verdict, unless a number too big for a double stopped it.
  handler h(max_depth);
  std::size_t end = 0;
  const auto doubles = rapid_parse<rapidjson::kParseDefaultFlags>(text, h, end);
  const verdict f = doubles ? (end == text.size() ? verdict::well_formed : verdict::malformed) : verdict::malformed;
  if (f != want.v && !(doubles.Code() == rapidjson::kParseErrorNumberTooBig && want.v == verdict::well_formed))
    fail("RapidJSON, numbers as doubles", f, want.v);
  return 0;
}
