// RFC 8785 canonical JSON (flowrun::canonicalizer): the RFC's examples and number
// samples, ECMAScript number layout, strings, sorting by UTF-16 code units, errors with
// their exact code, pointer and position, depth on a small stack, steady-state
// allocations, and property tests against a model that knows each generated
// document's canonical form. tests/canonical_npm_test.py compares with an independent
// implementation (npm canonicalize).
#include <flowrun/canonical.hpp>
#include <flowrun/detail/locate.hpp> // locate_json_problem: the decoders' error, compared

#include "alloc_counter.hpp"
#include "corpus.hpp"
#include "small_stack.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <new>
#include <string>
#include <utility>
#include <vector>

namespace {

namespace fs = std::filesystem;
using flowrun::error_code;
using flowrun_test::read_file;

const fs::path rfc_dir = fs::path(FLOWRUN_TEST_DATA_DIR) / "rfc8785";

std::string canon_ok(std::string_view in, flowrun::canonical_options o = {}) {
  flowrun::canonicalizer c(o);
  std::string out;
  const auto e = c.canonicalize(in, out);
  EXPECT_FALSE(e) << "input " << in << ": " << (e ? std::string(to_string(e->code)) + " " + e->pointer + ": " + e->message : "");
  return out;
}

flowrun::error canon_err(std::string_view in, flowrun::canonical_options o = {}) {
  flowrun::canonicalizer c(o);
  std::string out = "prefix";
  const auto e = c.canonicalize(in, out);
  EXPECT_TRUE(e) << "input " << in << " gave " << out;
  EXPECT_EQ(out, "prefix") << "out is left as it was on an error";
  return e ? *e : flowrun::error{};
}

double from_bits(std::uint64_t b) { return std::bit_cast<double>(b); }

// What the writer calls (detail::write_ecmascript_number; 32 bytes are enough).
std::string es_number(double d) {
  char buf[32];
  return std::string(buf, flowrun::detail::write_ecmascript_number(buf, d));
}

// %.17g: a spelling of d that reads back as d, but not the canonical one.
std::string g17(double d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  return buf;
}

// ---- the RFC's examples ---------------------------------------------------------------

TEST(Canonical, RfcTestData) {
  int n = 0;
  for (const auto& e : fs::directory_iterator(rfc_dir / "input")) {
    std::string want = read_file(rfc_dir / "output" / e.path().filename());
    if (!want.empty() && want.back() == '\n') want.pop_back();
    EXPECT_EQ(canon_ok(read_file(e.path())), want) << e.path();
    // Already canonical: the same bytes again.
    EXPECT_EQ(canon_ok(want), want) << e.path();
    ++n;
  }
  EXPECT_EQ(n, 5);
}

TEST(Canonical, RfcSection322Sample) {
  // RFC 8785 section 3.2.2, as printed there.
  const std::string in = R"({
  "numbers": [333333333.33333329, 1E30, 4.50,
              2e-3, 0.000000000000000000000000001],
  "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
  "literals": [null, true, false]
})";
  EXPECT_EQ(canon_ok(in), "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                          "\"string\":\"\xe2\x82\xac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
}

TEST(Canonical, RfcSection323SortingSample) {
  // RFC 8785 section 3.2.3: sorted by UTF-16 code units, so the emoji (D83D DE00) comes
  // before U+FB33.
  const std::string in = R"({
  "\u20ac": "Euro Sign",
  "\r": "Carriage Return",
  "\ufb33": "Hebrew Letter Dalet With Dagesh",
  "1": "One",
  "\ud83d\ude00": "Emoji: Grinning Face",
  "\u0080": "Control",
  "\u00f6": "Latin Small Letter O With Diaeresis"
})";
  EXPECT_EQ(canon_ok(in), "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\xc2\x80\":\"Control\","
                          "\"\xc3\xb6\":\"Latin Small Letter O With Diaeresis\",\"\xe2\x82\xac\":\"Euro Sign\","
                          "\"\xf0\x9f\x98\x80\":\"Emoji: Grinning Face\","
                          "\"\xef\xac\xb3\":\"Hebrew Letter Dalet With Dagesh\"}");
}

// RFC 8785 Appendix B: IEEE 754 doubles and their canonical text.
TEST(Canonical, RfcAppendixBNumbers) {
  const std::pair<std::uint64_t, const char*> samples[] = {
      {0x0000000000000000, "0"},
      {0x8000000000000000, "0"}, // minus zero
      {0x0000000000000001, "5e-324"},
      {0x8000000000000001, "-5e-324"},
      {0x7fefffffffffffff, "1.7976931348623157e+308"},
      {0xffefffffffffffff, "-1.7976931348623157e+308"},
      {0x4340000000000000, "9007199254740992"},
      {0xc340000000000000, "-9007199254740992"},
      {0x4430000000000000, "295147905179352830000"},
      {0x44b52d02c7e14af5, "9.999999999999997e+22"},
      {0x44b52d02c7e14af6, "1e+23"},
      {0x44b52d02c7e14af7, "1.0000000000000001e+23"},
      {0x444b1ae4d6e2ef4e, "999999999999999700000"},
      {0x444b1ae4d6e2ef4f, "999999999999999900000"},
      {0x444b1ae4d6e2ef50, "1e+21"},
      {0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"},
      {0x3eb0c6f7a0b5ed8d, "0.000001"},
      {0x41b3de4355555553, "333333333.3333332"},
      {0x41b3de4355555554, "333333333.33333325"},
      {0x41b3de4355555555, "333333333.3333333"},
      {0x41b3de4355555556, "333333333.3333334"},
      {0x41b3de4355555557, "333333333.33333343"},
      {0xbecbf647612f3696, "-0.0000033333333333333333"},
      {0x43143ff3c1cb0959, "1424953923781206.2"},
  };
  for (const auto& [bits, want] : samples) {
    const double d = from_bits(bits);
    EXPECT_EQ(es_number(d), want) << std::hex << bits;
    // Through the parser, from a spelling that is not canonical.
    EXPECT_EQ(canon_ok("[" + g17(d) + "]"), std::string("[") + want + "]") << std::hex << bits;
  }
  // NaN and Infinity have no JSON spelling: the nearest is a number too large.
  EXPECT_EQ(canon_err("[1.7976931348623159e308]").code, error_code::out_of_range);
}

TEST(Canonical, NumberVectors) {
  std::ifstream f(rfc_dir / "numbers.txt");
  std::string line;
  int n = 0;
  while (std::getline(f, line)) {
    const auto comma = line.find(',');
    ASSERT_NE(comma, std::string::npos) << line;
    const std::uint64_t bits = std::stoull(line.substr(0, comma), nullptr, 16);
    const std::string want = line.substr(comma + 1);
    const double d = from_bits(bits);
    ASSERT_EQ(es_number(d), want) << line;
    ASSERT_EQ(canon_ok("[" + g17(d) + "]"), "[" + want + "]") << line;
    ASSERT_EQ(canon_ok("[" + want + "]"), "[" + want + "]") << line;
    ++n;
  }
  EXPECT_EQ(n, 3000);
}

TEST(Canonical, NumberLayout) {
  const std::pair<const char*, const char*> cases[] = {
      {"0", "0"},
      {"-0", "0"},
      {"-0.0", "0"},
      {"0e5", "0"},
      {"-0.0e-999", "0"},
      {"1.0", "1"},
      {"1E+2", "100"},
      {"1e2", "100"},
      {"150e-1", "15"},
      {"123456789012345", "123456789012345"},     // 15 digits: kept
      {"-123456789012345", "-123456789012345"},
      {"1234567890123456", "1234567890123456"},   // 16 digits, exact
      {"12345678901234567", "12345678901234568"}, // 17 digits: the nearest double
      {"9007199254740993", "9007199254740992"},
      {"100000000000000000000", "100000000000000000000"}, // 1e20: fixed
      {"1e21", "1e+21"},
      {"123456789012345678901234567890", "1.2345678901234568e+29"},
      {"0.000001", "0.000001"},
      {"1e-6", "0.000001"},
      {"1e-7", "1e-7"},
      {"0.00000012345", "1.2345e-7"},
      {"-1.5e-7", "-1.5e-7"},
      {"0.1", "0.1"},
      {"0.30000000000000004", "0.30000000000000004"},
      {"4.50", "4.5"},
      {"2e-3", "0.002"},
      {"1e308", "1e+308"},
      {"1e-310", "1e-310"},                 // subnormal
      {"2.4703282292062328e-324", "5e-324"}, // rounds up to the smallest subnormal
      {"2.4703282292062327e-324", "0"},      // rounds down to zero: underflow is 0, as JSON.parse
      {"1e-400", "0"},
      {"-1e-400", "0"},
      {"1.7976931348623157e308", "1.7976931348623157e+308"},
      {"1.7976931348623158e308", "1.7976931348623157e+308"}, // still rounds down
      {"0.1e1", "1"},
      // Decimals without exponent: the fast path (at most 15 digits, 1e-6 <= |x| < 1e21)
      // and just past its edges.
      {"0.0000", "0"},
      {"-0.000", "0"},
      {"10.50", "10.5"},
      {"-100.000", "-100"},
      {"605.25", "605.25"},
      {"0.000123", "0.000123"},
      {"0.0000010", "0.000001"},
      {"0.00000010", "1e-7"},
      {"-0.0000001234", "-1.234e-7"},
      {"123456789012345.0", "123456789012345"},
      {"12345678901234.5", "12345678901234.5"},
      {"1234567890123456.0", "1234567890123456"},
      {"0.123456789012345", "0.123456789012345"},
      {"0.1234567890123456789", "0.12345678901234568"},
      {"0.000001234567890123456", "0.000001234567890123456"}, // 16 digits, slow path: Node agrees
      {"999999999999999999999", "1e+21"},
      {"100000000000000000000.0", "100000000000000000000"},
      {"1000000000000000000000", "1e+21"},
      {"12345678901234500000", "12345678901234500000"},
      {"9007199254740993.0", "9007199254740992"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(canon_ok(in), want) << in;
  // A long mantissa: 1 followed by 80 zeros, times 1e-80.
  EXPECT_EQ(canon_ok("1" + std::string(80, '0') + "e-80"), "1");
  EXPECT_EQ(canon_ok("0." + std::string(400, '0') + "1e400"), "0.1");
}

// ---- strings ---------------------------------------------------------------------------

TEST(Canonical, Strings) {
  const std::pair<const char*, const char*> cases[] = {
      {R"("plain ascii")", R"("plain ascii")"},
      {"\"Z\xc3\xbcrich \xe2\x9c\x93 \xf0\x9f\x98\x80\"", "\"Z\xc3\xbcrich \xe2\x9c\x93 \xf0\x9f\x98\x80\""},
      {R"("\u00e9")", "\"\xc3\xa9\""},
      {R"("\u00E9\u00c9")", "\"\xc3\xa9\xc3\x89\""},
      {R"("\/")", R"("/")"},
      {R"("\"\\")", R"("\"\\")"},
      {R"("\u0022\u005c")", R"("\"\\")"},
      {R"("\b\f\n\r\t")", R"("\b\f\n\r\t")"},
      {R"("\u0008\u000C\u000a\u000D\u0009")", R"("\b\f\n\r\t")"},
      {R"("\u0000\u0001\u001F\u001f")", R"("\u0000\u0001\u001f\u001f")"},
      {R"("\u007f\u0080")", "\"\x7f\xc2\x80\""}, // DEL is not escaped
      {R"("\u2028\u2029")", "\"\xe2\x80\xa8\xe2\x80\xa9\""},
      {R"("\ud83d\ude00")", "\"\xf0\x9f\x98\x80\""},
      {R"("\uD834\uDD1E")", "\"\xf0\x9d\x84\x9e\""},
      {R"("\uffff\ue000")", "\"\xef\xbf\xbf\xee\x80\x80\""},
      {R"("a long string with one escape at the very end, past the first 8 bytes\n")",
       R"("a long string with one escape at the very end, past the first 8 bytes\n")"},
      {R"("")", R"("")"},
      {R"("<\/script>")", R"("</script>")"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(canon_ok(in), want) << in;
}

// ---- sorting -------------------------------------------------------------------------

// The reference: encode both to UTF-16 and compare the code units.
std::u16string utf16(std::string_view s) {
  std::u16string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp;
    std::size_t len;
    if (c < 0x80)
      cp = c, len = 1;
    else if (c < 0xE0)
      cp = c & 0x1F, len = 2;
    else if (c < 0xF0)
      cp = c & 0x0F, len = 3;
    else
      cp = c & 0x07, len = 4;
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    if (cp < 0x10000) {
      out += static_cast<char16_t>(cp);
    } else {
      cp -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (cp >> 10));
      out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    }
  }
  return out;
}

// A random character from the ranges where UTF-8 and UTF-16 orders part.
std::string random_char(flowrun_corpus::rng& r) {
  static const std::uint32_t points[] = {'a', 'b', 'z', 0x7f, 0x80, 0xe9, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfb33, 0xffff, 0x10000, 0x1f600, 0x10ffff};
  std::uint32_t cp = points[r.below(std::size(points))];
  if (r.percent(30)) {
    cp = static_cast<std::uint32_t>(r.below(0x110000));
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 'x';
  }
  std::string s;
  flowrun::detail::append_utf8(s, cp);
  return s;
}

TEST(Canonical, CompareUtf16AgreesWithUtf16Order) {
  flowrun_corpus::rng r(8785);
  for (int t = 0; t < 200000; ++t) {
    std::string a, b;
    const std::size_t common = r.below(3);
    for (std::size_t k = 0; k < common; ++k) a += random_char(r);
    b = a;
    for (std::size_t k = r.below(3); k > 0; --k) a += random_char(r);
    for (std::size_t k = r.below(3); k > 0; --k) b += random_char(r);
    const std::u16string ua = utf16(a), ub = utf16(b);
    const int want = ua < ub ? -1 : ub < ua ? 1 : 0;
    ASSERT_EQ(flowrun::detail::compare_utf16(a, b), want) << a << " vs " << b;
    // The 8-byte prefixes, when they differ, order the same way.
    const std::uint64_t pa = flowrun::detail::utf16_order_prefix(a), pb = flowrun::detail::utf16_order_prefix(b);
    // Read in one load when 8 bytes may be read from the key (the bytes past it ignored).
    const std::string padded = a + "\xEE\xFF\x01zzzzz";
    ASSERT_EQ(flowrun::detail::utf16_order_prefix(std::string_view(padded).substr(0, a.size()), padded.size()), pa) << a;
    if (pa != pb) {
      ASSERT_EQ(pa < pb ? -1 : 1, want) << a << " vs " << b;
    }
  }
}

// The string scan's bulk skip, both ways (SSE2 or NEON where the target has it, the
// 64-bit word everywhere): it never skips a byte that needs a look, and stops only at
// the first one or within 8 bytes of the end.
template <bool simd> void check_skip_plain() {
  flowrun_corpus::rng r(simd ? 1 : 2);
  const auto plain = [](unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; };
  for (int t = 0; t < 20000; ++t) {
    std::string buf(r.below(80), 'a');
    const std::size_t rate = 1 + r.below(60); // one special byte in `rate`, about
    for (char& c : buf) {
      if (r.below(rate) == 0) {
        static const unsigned char specials[] = {0x00, 0x1f, '"', '\\', 0x80, 0xc3, 0xff, 0x7f, 0x20, 0x21, 0x5b, 0x5d};
        c = static_cast<char>(specials[r.below(std::size(specials))]);
      } else {
        c = static_cast<char>(0x20 + r.below(0x60));
      }
    }
    const std::size_t j = r.below(buf.size() + 1);
    const std::size_t end = flowrun::detail::skip_plain_bytes<simd>(buf.data(), j, buf.size());
    ASSERT_GE(end, j);
    ASSERT_LE(end, buf.size());
    for (std::size_t k = j; k < end; ++k) ASSERT_TRUE(plain(static_cast<unsigned char>(buf[k]))) << t << " at " << k;
    if (end + 8 <= buf.size()) {
      ASSERT_FALSE(plain(static_cast<unsigned char>(buf[end]))) << t << ": stopped at a plain byte, " << end;
    }
  }
}

TEST(Canonical, SkipPlainBytes) {
  check_skip_plain<true>();
  check_skip_plain<false>();
}

TEST(Canonical, SortsEveryObject) {
  EXPECT_EQ(canon_ok(R"({"b":1,"a":2,"c":{"z":[{"y":1,"x":2}],"a":{}}})"),
            R"({"a":2,"b":1,"c":{"a":{},"z":[{"x":2,"y":1}]}})");
  EXPECT_EQ(canon_ok(R"({"aa":1,"a":2,"":3,"b":4,"ab":5})"), R"({"":3,"a":2,"aa":1,"ab":5,"b":4})");
  // Escaped keys sort by what they mean.
  EXPECT_EQ(canon_ok(R"({"\u0062":1,"a":2})"), R"({"a":2,"b":1})");
  // U+E000 sorts after U+1F600 in UTF-16 (a surrogate, D83D), though not in UTF-8.
  EXPECT_EQ(canon_ok("{\"\xee\x80\x80\":1,\"\xf0\x9f\x98\x80\":2}"), "{\"\xf0\x9f\x98\x80\":2,\"\xee\x80\x80\":1}");
  // Arrays keep their order; members' values are whole, nested ones sorted too.
  EXPECT_EQ(canon_ok(R"([3,1,{"b":[{"d":1,"c":2}],"a":"x"},2])"), R"([3,1,{"a":"x","b":[{"c":2,"d":1}]},2])");
  // Already in order: unchanged bytes.
  EXPECT_EQ(canon_ok(R"({"a":{"b":{"c":[]}},"d":{}})"), R"({"a":{"b":{"c":[]}},"d":{}})");
}

// ---- errors -----------------------------------------------------------------------------

struct error_case {
  const char* in;
  error_code code;
  const char* pointer;
  std::size_t offset;
};

TEST(Canonical, Errors) {
  const error_case cases[] = {
      // Numbers with no double: out_of_range at the member or element.
      {R"({"output":{"a":[1e400]}})", error_code::out_of_range, "/output/a/0", 16},
      {R"({"x":-2e308})", error_code::out_of_range, "/x", 5},
      {"1e400", error_code::out_of_range, "", 0},
      {R"([0,1,{"k~/":[9e999]}])", error_code::out_of_range, "/2/k~0~1/0", 13},
      // Repeated keys, after unescaping, at the second one.
      {R"({"a":1,"b":{"c":2,"c":3}})", error_code::duplicate_key, "/b/c", 18},
      {R"({"a":1,"\u0061":2})", error_code::duplicate_key, "/a", 7},
      {R"({"b":1,"a":2,"b":3,"a":4})", error_code::duplicate_key, "/b", 13},
      {R"([{"x":0},{"y":{"z":1,"z":1}}])", error_code::duplicate_key, "/1/y/z", 21},
      // The first in the text wins, though the dup is found when its object closes.
      {R"({"k":0,"k":{"n":1e400}})", error_code::duplicate_key, "/k", 7},
      {R"({"k":1e400,"k":0})", error_code::out_of_range, "/k", 5},
      // Not well-formed: the decoders' errors, which win over the two above.
      {R"({"a":1,"a":2,})", error_code::syntax_error, "", 13},
      {R"([1e400,])", error_code::syntax_error, "/1", 7},
      {"", error_code::syntax_error, "", 0},
      {"  \n ", error_code::syntax_error, "", 4},
      {"\xef\xbb\xbf{}", error_code::syntax_error, "", 0},
      {"{} x", error_code::trailing_content, "", 3},
      {"[1] [2]", error_code::trailing_content, "", 4},
      {R"(["\ud800"])", error_code::invalid_utf8, "/0", 2},
      {R"({"a":"\udc00"})", error_code::invalid_utf8, "/a", 6},
      {R"({"a":["x\ude00\ud83d"]})", error_code::invalid_utf8, "/a/0", 8},
      {"[\"\xed\xa0\x80\"]", error_code::invalid_utf8, "/0", 2},
      {"[\"\xc0\xaf\"]", error_code::invalid_utf8, "/0", 2},
      {"{\"a\":\"\x01\"}", error_code::syntax_error, "/a", 6},
      {R"({"a":"\x"})", error_code::syntax_error, "/a", 6},
      {R"({"a":01})", error_code::syntax_error, "/a", 5},
      {R"({"a":1.})", error_code::syntax_error, "/a", 5},
      {R"({"a":tru})", error_code::syntax_error, "/a", 5},
      {R"({"a" 1})", error_code::syntax_error, "/a", 5},
      {R"({"a":"unclosed)", error_code::syntax_error, "/a", 5},
      {R"([NaN])", error_code::syntax_error, "/0", 1},
  };
  for (const auto& c : cases) {
    const flowrun::error e = canon_err(c.in);
    EXPECT_EQ(e.code, c.code) << c.in << ": " << e.message;
    EXPECT_EQ(e.pointer, c.pointer) << c.in;
    EXPECT_EQ(e.offset, c.offset) << c.in;
    EXPECT_FALSE(e.message.empty()) << c.in;
    if (flowrun::is_well_formedness_error(c.code)) {
      // The same as the decoders report (their locator).
      const auto p = flowrun::detail::locate_json_problem(c.in, 256);
      EXPECT_EQ(p.code, e.code) << c.in;
      EXPECT_EQ(p.message, e.message) << c.in;
    }
  }
}

TEST(Canonical, DuplicateKeysAtEveryLevel) {
  // Each level repeats a key before its child: the innermost is found first, the
  // outermost (first in the text) is reported.
  std::string in;
  for (int k = 0; k < 4000; ++k) in += R"({"a":0,"a":0,"c":)";
  in += "[1e400]" + std::string(4000, '}');
  const flowrun::error e = canon_err(in, {.max_depth = 4096});
  EXPECT_EQ(e.code, error_code::duplicate_key);
  EXPECT_EQ(e.pointer, "/a");
  EXPECT_EQ(e.offset, 7u);
  // Without the repeats, the number deep inside.
  std::string in2, want_pointer;
  for (int k = 0; k < 4000; ++k) {
    in2 += R"({"b":0,"c~":)";
    want_pointer += "/c~0";
  }
  in2 += "[0,1e400]" + std::string(4000, '}');
  const flowrun::error e2 = canon_err(in2, {.max_depth = 4096});
  EXPECT_EQ(e2.code, error_code::out_of_range);
  EXPECT_EQ(e2.pointer, want_pointer + "/1");
  EXPECT_EQ(e2.offset, in2.find("1e400"));
}

TEST(Canonical, ErrorMessagesAndPositions) {
  const flowrun::error dup = canon_err("{\n  \"a\": 1,\n  \"a\": 2\n}");
  EXPECT_EQ(dup.code, error_code::duplicate_key);
  EXPECT_EQ(dup.pointer, "/a");
  EXPECT_EQ(dup.line, 3u);
  EXPECT_EQ(dup.column, 3u);
  EXPECT_EQ(dup.message, R"(duplicate key "a" (each key may appear once))");

  const flowrun::error big = canon_err("{\"output\": {\n \"a\": [1e400]}}");
  EXPECT_EQ(big.pointer, "/output/a/0");
  EXPECT_EQ(big.line, 2u);
  EXPECT_EQ(big.column, 8u);
  EXPECT_EQ(big.message, "number 1e400 is too large for a double (RFC 8785 needs an IEEE 754 double)");

  const std::string long_number = "1" + std::string(400, '0');
  const flowrun::error cut = canon_err("[" + long_number + "]");
  EXPECT_EQ(cut.code, error_code::out_of_range);
  EXPECT_EQ(cut.message, "number " + long_number.substr(0, 64) + "... is too large for a double (RFC 8785 needs an IEEE 754 double)");

  const flowrun::error large = canon_err("[1,2,3]", {.max_size = 6});
  EXPECT_EQ(large.code, error_code::too_large);
  EXPECT_EQ(large.offset, 0u);
  EXPECT_EQ(large.message, "input is 7 bytes, over the limit of 6");
  EXPECT_EQ(canon_ok("[1,2,3]", {.max_size = 7}), "[1,2,3]");
}

TEST(Canonical, OutputLongerThanInput) {
  // `1e20` (4 bytes) is written `100000000000000000000` (21): the output outgrows the
  // room made for it at the start, in an object that is then reordered.
  std::string in = R"({"z":[)", want = R"({"a":"end","z":[)";
  for (int k = 0; k < 2000; ++k) {
    in += k ? ",1e20" : "1e20";
    want += k ? ",100000000000000000000" : "100000000000000000000";
  }
  in += R"(],"a":"end"})";
  want += "]}";
  flowrun::canonicalizer c;
  std::string out = "prefix:";
  ASSERT_FALSE(c.canonicalize(in, out));
  EXPECT_TRUE(out == "prefix:" + want);
  out.clear();
  ASSERT_FALSE(c.canonicalize(in, out));
  EXPECT_TRUE(out == want);
}

TEST(Canonical, FreeFunction) {
  const flowrun::result<std::string> ok = flowrun::canonicalize(R"({"z":1.50,"a":[true]})");
  ASSERT_TRUE(ok);
  EXPECT_EQ(*ok, R"({"a":[true],"z":1.5})");
  const flowrun::result<std::string> bad = flowrun::canonicalize(R"({"a":[1,2,]})");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, error_code::syntax_error);
  EXPECT_EQ(bad.error().pointer, "/a/2"); // the element the ']' stands in for
}

TEST(Canonical, AppendsToOut) {
  flowrun::canonicalizer c;
  std::string out = "x=";
  EXPECT_FALSE(c.canonicalize(R"({"b":{"d":1,"c":2},"a":0})", out));
  EXPECT_EQ(out, R"(x={"a":0,"b":{"c":2,"d":1}})");
  EXPECT_FALSE(c.canonicalize(" [ 1 ] ", out));
  EXPECT_EQ(out, R"(x={"a":0,"b":{"c":2,"d":1}}[1])");
}

// ---- JSONTestSuite -------------------------------------------------------------------

TEST(Canonical, JsonTestSuite) {
  // y_: accepted, except what RFC 8785 (I-JSON) excludes; n_: rejected as the decoders
  // reject them; i_: either, and a rejection is reported as the decoders report it.
  const std::map<std::string, error_code> excluded = {
      {"y_object_duplicated_key.json", error_code::duplicate_key},
      {"y_object_duplicated_key_and_value.json", error_code::duplicate_key},
  };
  flowrun::canonicalizer c;
  int y = 0, n = 0;
  for (const auto& [name, text] : flowrun_corpus::json_test_suite_files(FLOWRUN_TEST_DATA_DIR)) {
    std::string out;
    const auto e = c.canonicalize(text, out);
    if (name[0] == 'y') {
      ++y;
      if (const auto it = excluded.find(name); it != excluded.end()) {
        ASSERT_TRUE(e) << name;
        EXPECT_EQ(e->code, it->second) << name;
      } else {
        EXPECT_FALSE(e) << name << ": " << e->message;
        std::string again;
        EXPECT_FALSE(c.canonicalize(out, again)) << name;
        EXPECT_EQ(again, out) << name;
      }
      continue;
    }
    if (name[0] == 'n') {
      ++n;
      EXPECT_TRUE(e) << name;
    }
    if (!e || !flowrun::is_well_formedness_error(e->code)) {
      EXPECT_FALSE(flowrun::detail::locate_json_problem(text, 256).found) << name;
    }
    if (e && flowrun::is_well_formedness_error(e->code)) {
      const auto p = flowrun::detail::locate_json_problem(text, 256);
      EXPECT_TRUE(p.found) << name;
      EXPECT_EQ(p.code, e->code) << name;
      EXPECT_EQ(p.offset, e->offset) << name;
      EXPECT_EQ(p.pointer, e->pointer) << name;
    }
  }
  EXPECT_GT(y, 90);
  EXPECT_GT(n, 180);
}

// ---- depth -----------------------------------------------------------------------------

TEST(Canonical, DeepOnASmallStack) {
  flowrun_test::on_small_stack([] {
    // 4096 levels (max_depth_limit), every object out of order: both passes are deep.
    std::string in, want;
    for (int k = 0; k < 4096; ++k) {
      in += k % 2 ? R"({"b":0,"a":)" : "[";
      want += k % 2 ? R"({"a":)" : "[";
    }
    in += "1";
    want += "1";
    for (int k = 4095; k >= 0; --k) {
      in += k % 2 ? "}" : "]";
      want += k % 2 ? R"(,"b":0})" : "]";
    }
    flowrun::canonicalizer c({.max_depth = 1'000'000}); // clamped to 4096
    std::string out;
    const auto e = c.canonicalize(in, out);
    EXPECT_FALSE(e);
    EXPECT_TRUE(out == want);

    // 100,000 levels: depth_exceeded at level 4097, no stack overflow.
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    out.clear();
    const auto d = c.canonicalize(deep, out);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->code, error_code::depth_exceeded);
    EXPECT_EQ(d->offset, 4096u);
    const std::string deep_objects = [] {
      std::string s;
      for (int k = 0; k < 100000; ++k) s += R"({"a":)";
      return s + "0" + std::string(100000, '}');
    }();
    const auto o = c.canonicalize(deep_objects, out);
    ASSERT_TRUE(o);
    EXPECT_EQ(o->code, error_code::depth_exceeded);
  });
  // The default max_depth is the decoders' 256.
  EXPECT_FALSE(flowrun::canonicalize(std::string(256, '[') + std::string(256, ']')).errors().size());
  EXPECT_EQ(canon_err(std::string(257, '[') + std::string(257, ']')).code, error_code::depth_exceeded);
}

// ---- steady state ----------------------------------------------------------------------

TEST(Canonical, NoAllocationOnceWarm) {
  std::string doc = R"({"logs":[)";
  for (int k = 0; k < 200; ++k)
    doc += std::string(k ? "," : "") + R"({"id":"x","status":"success","output":{"z":[1,2.5,"\u00e9"],"b":{"y":1,"a":2},"k\u0041":null},"created_at":"t"})";
  doc += R"(],"id":"r"})";
  flowrun::canonicalizer c;
  std::string out;
  ASSERT_FALSE(c.canonicalize(doc, out));
  const std::string first = out;
  EXPECT_EQ(flowrun_test::allocations(
                [&] {
                  out.clear();
                  (void)c.canonicalize(doc, out);
                },
                100),
            0);
  EXPECT_EQ(out, first);
}

// ---- properties ------------------------------------------------------------------------

// A random JSON value that knows its canonical form and can write itself in many
// non-canonical ways that mean the same: members in any order, white space anywhere,
// characters escaped or not, numbers spelled differently.
class model {
public:
  explicit model(std::uint64_t seed) : r_(seed) {}

  struct doc {
    std::string canonical;
    std::vector<std::string> spellings;
  };

  doc make() {
    value_ = build(0);
    doc d;
    d.canonical = canonical(value_);
    for (int k = 0; k < 4; ++k) d.spellings.push_back(spell(value_));
    return d;
  }

private:
  struct node {
    enum kind { null_, true_, false_, number, string, array, object } k = null_;
    double num = 0;
    std::string text;                                  // string: its UTF-8 value
    std::vector<std::string> keys; // object: unique keys, one per item; array: empty
    std::vector<node> items;       // array elements or member values
  };

  std::string random_text() {
    std::string s;
    for (std::size_t n = r_.below(6); n > 0; --n) {
      switch (r_.below(6)) {
      case 0: s += static_cast<char>(r_.below(0x20)); break; // a control character
      case 1: s += r_.percent(50) ? '"' : '\\'; break;
      case 2: s += random_char(r_); break;
      default: s += static_cast<char>('a' + r_.below(4)); break;
      }
    }
    return s;
  }

  double random_number() {
    switch (r_.below(5)) {
    case 0: return static_cast<double>(r_.range(-1000, 1000));
    case 1: return static_cast<double>(r_.range(-1000000, 1000000)) / 1000.0;
    case 2: {
      double d;
      do d = from_bits(r_.next());
      while (!std::isfinite(d));
      return d;
    }
    case 3: return static_cast<double>(r_.next() >> r_.below(64)) * (r_.percent(50) ? 1 : -1);
    default: return std::ldexp(static_cast<double>(r_.range(1, 99)), r_.range(-80, 80));
    }
  }

  node build(int depth) {
    node v;
    const std::size_t pick = depth >= 5 ? r_.below(5) : r_.below(7);
    v.k = static_cast<node::kind>(pick);
    if (v.k == node::number) v.num = random_number();
    if (v.k == node::string) v.text = random_text();
    if (v.k == node::array || v.k == node::object) {
      for (std::size_t n = r_.below(5); n > 0; --n) {
        if (v.k == node::object) {
          std::string key = random_text();
          if (std::find(v.keys.begin(), v.keys.end(), key) != v.keys.end()) continue;
          v.keys.push_back(std::move(key));
        }
        v.items.push_back(build(depth + 1));
      }
    }
    return v;
  }

  // The canonical form, from the model: keys ordered by their UTF-16 code units.
  static void write_string(std::string& out, const std::string& s) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (char c : s) {
      const auto u = static_cast<unsigned char>(c);
      if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
      } else if (u < 0x20) {
        const char* short_form = c == '\b' ? "\\b" : c == '\f' ? "\\f" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : nullptr;
        if (short_form) {
          out += short_form;
        } else {
          out += "\\u00";
          out += hex[u >> 4];
          out += hex[u & 15];
        }
      } else {
        out += c;
      }
    }
    out += '"';
  }
  static std::string canonical(const node& v) {
    std::string out;
    switch (v.k) {
    case node::null_: return "null";
    case node::true_: return "true";
    case node::false_: return "false";
    case node::number: return es_number(v.num);
    case node::string: write_string(out, v.text); return out;
    case node::array:
      out += '[';
      for (std::size_t k = 0; k < v.items.size(); ++k) out += (k ? "," : "") + canonical(v.items[k]);
      return out + ']';
    case node::object: {
      std::vector<std::size_t> sorted(v.keys.size());
      for (std::size_t k = 0; k < sorted.size(); ++k) sorted[k] = k;
      std::sort(sorted.begin(), sorted.end(), [&](std::size_t a, std::size_t b) { return utf16(v.keys[a]) < utf16(v.keys[b]); });
      out += '{';
      for (std::size_t k = 0; k < sorted.size(); ++k) {
        if (k) out += ',';
        write_string(out, v.keys[sorted[k]]);
        out += ':' + canonical(v.items[sorted[k]]);
      }
      return out + '}';
    }
    }
    return out;
  }

  // Some other spelling of the same value.
  std::string space() {
    static const char* const ws[] = {"", "", "", " ", "\n", "\t", "\r\n  "};
    return ws[r_.below(std::size(ws))];
  }
  void spell_string(std::string& out, const std::string& s) {
    static constexpr char hex[] = "0123456789abcdef";
    static constexpr char HEX[] = "0123456789ABCDEF";
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
      const auto c = static_cast<unsigned char>(s[i]);
      std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      const bool must = c < 0x20 || c == '"' || c == '\\';
      if (must || r_.percent(20)) {
        // \uXXXX (a surrogate pair past the BMP), or a short escape when there is one.
        const std::u16string units = utf16(s.substr(i, len));
        const char* short_form = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '/' ? "\\/" : nullptr;
        if (short_form && r_.percent(50)) {
          out += short_form;
        } else {
          const char* h = r_.percent(50) ? hex : HEX;
          for (char16_t u : units) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4) out += h[(u >> shift) & 15];
          }
        }
      } else {
        out.append(s, i, len);
      }
      i += len;
    }
    out += '"';
  }
  std::string spell_number(double d) {
    std::string s;
    switch (r_.below(4)) {
    case 0: s = g17(d); break;
    case 1: s = es_number(d); break;
    case 2: { // mantissa times a power of ten, shifted
      char buf[48];
      std::snprintf(buf, sizeof buf, "%.17e", d);
      s = buf;
      break;
    }
    default: {
      char buf[48];
      std::snprintf(buf, sizeof buf, "%.20E", d);
      s = buf;
      break;
    }
    }
    // C spells some of these in ways JSON does not allow: "e+00" is fine, "inf" cannot
    // happen (finite), but es_number's "1e+21" and printf's are JSON. A -0 spelled "-0".
    return s;
  }
  std::string spell(const node& v) {
    std::string out = space();
    switch (v.k) {
    case node::null_: out += "null"; break;
    case node::true_: out += "true"; break;
    case node::false_: out += "false"; break;
    case node::number: out += spell_number(v.num); break;
    case node::string: spell_string(out, v.text); break;
    case node::array:
      out += '[';
      for (std::size_t k = 0; k < v.items.size(); ++k) out += (k ? "," : "") + spell(v.items[k]);
      if (v.items.empty()) out += space();
      out += ']';
      break;
    case node::object: {
      std::vector<std::size_t> order(v.keys.size());
      for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
      for (std::size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[r_.below(k)]);
      out += '{';
      for (std::size_t k = 0; k < order.size(); ++k) {
        if (k) out += ',';
        out += space();
        spell_string(out, v.keys[order[k]]);
        out += space() + ':' + spell(v.items[order[k]]);
      }
      if (v.keys.empty()) out += space();
      out += '}';
      break;
    }
    }
    return out + space();
  }

  flowrun_corpus::rng r_;
  node value_;
};

TEST(Canonical, PropertyOrderSpaceAndSpellingDoNotMatter) {
  flowrun::canonicalizer c;
  model m(20251128);
  std::string out;
  int checked = 0;
  for (int t = 0; t < 5000; ++t) {
    const model::doc d = m.make();
    for (const std::string& s : d.spellings) {
      out.clear();
      const auto e = c.canonicalize(s, out);
      ASSERT_FALSE(e) << s << ": " << e->message;
      ASSERT_EQ(out, d.canonical) << "spelling: " << s;
      ++checked;
    }
    // Idempotent.
    std::string again;
    ASSERT_FALSE(c.canonicalize(d.canonical, again));
    ASSERT_EQ(again, d.canonical);
  }
  EXPECT_EQ(checked, 20000);
}

TEST(Canonical, PropertyIdempotentOnTheCorpus) {
  // The differential test's generator: contract documents, valid and broken.
  flowrun_corpus::generator gen(8785);
  flowrun::canonicalizer c;
  std::string once, twice;
  int ok = 0;
  for (int t = 0; t < 3000; ++t) {
    const flowrun_corpus::item it = gen.next();
    once.clear();
    if (const auto e = c.canonicalize(it.text, once)) {
      if (flowrun::is_well_formedness_error(e->code)) {
        const auto p = flowrun::detail::locate_json_problem(it.text, 256);
        ASSERT_EQ(p.code, e->code) << it.text;
        ASSERT_EQ(p.offset, e->offset) << it.text;
      }
      continue;
    }
    // Accepted: the decoders' locator finds nothing wrong either.
    ASSERT_FALSE(flowrun::detail::locate_json_problem(it.text, 256).found) << it.text;
    twice.clear();
    ASSERT_FALSE(c.canonicalize(once, twice)) << once;
    ASSERT_EQ(twice, once);
    ++ok;
  }
  EXPECT_GT(ok, 1000);
}

} // namespace

// ---- the trusted walk (raw values a decoder checked) --------------------------------------

// The canonical form through the scan's trusted walk (json_lexer_trusted) and through
// the validating one: the same bytes on every valid text, and the model's canonical form.
TEST(Canonical, TrustedWalkWritesTheSameBytes) {
  flowrun::detail::rfc8785_scan scan;
  model m(20251205);
  std::string trusted, checked;
  int compared = 0;
  for (int t = 0; t < 3000; ++t) {
    const model::doc d = m.make();
    for (const std::string& s : d.spellings) {
      std::size_t end_t = 0, end_c = 0;
      trusted = "pre";
      checked = "pre";
      ASSERT_TRUE(scan.run_into(s, trusted, 3, flowrun::max_depth_limit, end_t, true)) << s;
      ASSERT_TRUE(scan.run_into(s, checked, 3, flowrun::max_depth_limit, end_c, false)) << s;
      trusted.resize(end_t);
      checked.resize(end_c);
      ASSERT_EQ(trusted, checked) << "spelling: " << s;
      ASSERT_EQ(trusted, "pre" + d.canonical) << "spelling: " << s;
      ++compared;
    }
  }
  EXPECT_EQ(compared, 12000);
}

// The same through canonical_writer: a raw value marked as a decoder's (trusted) and the
// same text built by hand (checked, then canonicalized) give the same bytes.
TEST(Canonical, TrustedRawValuesInTheWriter) {
  flowrun::canonical_writer w;
  model m(8785005);
  for (int t = 0; t < 2000; ++t) {
    const model::doc d = m.make();
    const std::string& s = d.spellings[static_cast<std::size_t>(t) % d.spellings.size()];
    std::string a, b;
    ASSERT_FALSE(w.write(a, flowrun::detail::raw_access::decoded(s))) << s;
    ASSERT_FALSE(w.write(b, flowrun::raw_json{s})) << s;
    ASSERT_EQ(a, d.canonical) << s;
    ASSERT_EQ(b, d.canonical) << s;
  }
}

// Hostile: the trusted walk is for valid text only, but on any other (a raw value whose
// bytes were changed in place, keeping its mark) it must still end, inside its buffers
// (ASan), never hang: every JSONTestSuite text and mutations of valid ones. Where the
// validating walk accepts a text, both give the same bytes.
TEST(Canonical, TrustedWalkEndsOnAnyText) {
  flowrun::detail::rfc8785_scan scan;
  std::string trusted, checked;
  const auto both = [&](std::string_view text) {
    std::size_t end_t = 0, end_c = 0;
    trusted.clear();
    checked.clear();
    const bool ok_t = scan.run_into(text, trusted, 0, 64, end_t, true);
    const bool ok_c = scan.run_into(text, checked, 0, 64, end_c, false);
    if (ok_t) {
      ASSERT_LE(end_t, trusted.size());
    }
    if (ok_c) {
      ASSERT_TRUE(ok_t) << text;
      ASSERT_EQ(trusted.substr(0, end_t), checked.substr(0, end_c)) << text;
    }
  };
  int texts = 0;
  for (const auto& [name, text] : flowrun_corpus::json_test_suite_files(FLOWRUN_TEST_DATA_DIR)) {
    both(text);
    ++texts;
  }
  EXPECT_GT(texts, 200);
  model m(77);
  flowrun_corpus::rng r(78);
  static const char bytes[] = {'"', '\\', '{', '}', '[', ']', ':', ',', 'u', '0', 't', 'n', '-', 'e', '.', ' ', '\x01', '\xff'};
  for (int t = 0; t < 20000; ++t) {
    std::string s = m.make().spellings[0];
    for (std::size_t k = 1 + r.below(3); k > 0 && !s.empty(); --k) {
      const std::size_t at = r.below(s.size());
      switch (r.below(3)) {
      case 0: s[at] = bytes[r.below(sizeof bytes)]; break;
      case 1: s.erase(at, 1); break;
      default: s.resize(at); break;
      }
    }
    both(s);
  }
}
