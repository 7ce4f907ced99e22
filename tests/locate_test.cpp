// detail::locate_json_problem: the strict RFC 8259 scanner that names the first
// well-formedness problem (code, byte offset, JSON Pointer) on the error path.
// It is the second opinion behind every fast parser, so it must accept exactly
// RFC 8259: checked here against JSONTestSuite (MIT, Nicolas Seriot;
// tests/data/JSONTestSuite/LICENSE).
#include <flowrun/detail/locate.hpp>

#include "support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#if __has_include(<pthread.h>)
#include <pthread.h>
#endif

namespace {

using flowrun::error_code;
using flowrun::detail::locate_json_problem;
using namespace std::string_view_literals;

constexpr std::size_t kDefaultDepth = 256;

struct malformed {
  std::string_view text;
  error_code code;
  std::size_t offset;
  std::string_view pointer;
};

::testing::AssertionResult locates(const malformed& m, std::size_t max_depth = kDefaultDepth) {
  const auto p = locate_json_problem(m.text, max_depth);
  if (!p.found) return ::testing::AssertionFailure() << "found no problem";
  if (p.code != m.code || p.offset != m.offset || p.pointer != m.pointer)
    return ::testing::AssertionFailure() << "got " << to_string(p.code) << " at " << p.offset << " '" << p.pointer
                                         << "' (" << p.message << "), expected " << to_string(m.code) << " at "
                                         << m.offset << " '" << m.pointer << "'";
  if (p.message.empty()) return ::testing::AssertionFailure() << "empty message";
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult clean(std::string_view text, std::size_t max_depth = kDefaultDepth) {
  const auto p = locate_json_problem(text, max_depth);
  if (p.found)
    return ::testing::AssertionFailure() << to_string(p.code) << " at " << p.offset << " '" << p.pointer
                                         << "': " << p.message;
  if (!p.pointer.empty() || !p.message.empty()) return ::testing::AssertionFailure() << "leftover details";
  return ::testing::AssertionSuccess();
}

TEST(Locate, CleanTextsHaveNoProblem) {
  for (std::string_view t : {"{}", "[]", " {} ", "\t\r\n[]\n", "0", "-0.5e+3", "\"x\"", "true", "false", "null",
                             R"({"a":[1,2,{"b":null}],"c":true,"d":"\u00e9\ud83d\ude00\/\b\f\n\r\t\"\\"})",
                             "[\"\x7f\"]", "[\"\xf0\x9f\x98\x80\xc3\xa9\xe2\x82\xac\"]", R"({"a":{"a":{"a":1}}})",
                             R"({"a":1,"a":2})", "[1e400, 123456789012345678901234567890]", "{\"\":\"\"}"})
    EXPECT_TRUE(clean(t)) << t;
}

TEST(Locate, TheBriefsExamples) {
  // The missing element after "1," is element 1 of /a.
  EXPECT_TRUE(locates({R"({"a":[1,]})", error_code::syntax_error, 8, "/a/1"}));
  EXPECT_TRUE(locates({R"({"a":1 "b":2})", error_code::syntax_error, 7, "/a"}));
  EXPECT_TRUE(locates({R"({"a":"\ud800"})", error_code::invalid_utf8, 6, "/a"}));
  EXPECT_TRUE(locates({R"({"a\u002fb":x})", error_code::syntax_error, 12, "/a~1b"}));
}

TEST(Locate, UnpairedSurrogateEscapes) {
  EXPECT_TRUE(locates({R"({"a":"\udc00"})", error_code::invalid_utf8, 6, "/a"}));
  EXPECT_TRUE(locates({R"({"a":"xy\ud800\u0041"})", error_code::invalid_utf8, 8, "/a"}));
  EXPECT_TRUE(locates({R"({"a":"\ud800\ud800"})", error_code::invalid_utf8, 6, "/a"}));
  EXPECT_TRUE(locates({R"({"a":"\ud800"x})", error_code::invalid_utf8, 6, "/a"}));
  EXPECT_TRUE(locates({R"(["\uDBFF"])", error_code::invalid_utf8, 2, "/0"}));
  EXPECT_TRUE(locates({R"({"\ud800":1})", error_code::invalid_utf8, 2, ""}));
  EXPECT_TRUE(clean(R"({"a":"\ud800\udc00\uDBFF\uDFFF"})"));
}

TEST(Locate, InvalidUtf8InsideAndOutsideStrings) {
  EXPECT_TRUE(locates({"{\"a\":\"x\xffy\"}", error_code::invalid_utf8, 7, "/a"}));
  EXPECT_TRUE(locates({"{\"a\":\xff}", error_code::invalid_utf8, 5, "/a"}));
  EXPECT_TRUE(locates({"\xff", error_code::invalid_utf8, 0, ""}));
  EXPECT_TRUE(locates({"[1,\x80]", error_code::invalid_utf8, 3, "/1"}));
  EXPECT_TRUE(locates({"{\"k\xfe\":1}", error_code::invalid_utf8, 3, ""}));
  EXPECT_TRUE(locates({"[\"\xc0\x80\"]", error_code::invalid_utf8, 2, "/0"}));         // overlong NUL
  EXPECT_TRUE(locates({"[\"\xe0\x80\xaf\"]", error_code::invalid_utf8, 2, "/0"}));     // overlong '/'
  EXPECT_TRUE(locates({"[\"\xed\xa0\x80\"]", error_code::invalid_utf8, 2, "/0"}));     // encoded surrogate
  EXPECT_TRUE(locates({"[\"\xf4\x90\x80\x80\"]", error_code::invalid_utf8, 2, "/0"})); // past U+10FFFF
  EXPECT_TRUE(locates({"[\"\xf5\x80\x80\x80\"]", error_code::invalid_utf8, 2, "/0"}));
  EXPECT_TRUE(locates({"[\"\x80\"]", error_code::invalid_utf8, 2, "/0"}));  // lone continuation
  EXPECT_TRUE(locates({"[\"\xc3\"]", error_code::invalid_utf8, 2, "/0"}));  // cut short by '"'
  EXPECT_TRUE(locates({"[\"\xe2\x82", error_code::invalid_utf8, 2, "/0"})); // cut short by the end
  EXPECT_TRUE(locates({"[\"ok\xf0\x9f\x98\"]", error_code::invalid_utf8, 4, "/0"}));
}

TEST(Locate, UnclosedStringReportsItsOpeningQuote) {
  EXPECT_TRUE(locates({R"({"a":"abc)", error_code::syntax_error, 5, "/a"}));
  EXPECT_TRUE(locates({R"({"abc)", error_code::syntax_error, 1, ""}));
  EXPECT_TRUE(locates({R"(["x", "abc)", error_code::syntax_error, 6, "/1"}));
  EXPECT_TRUE(locates({R"({"a":"abc\")", error_code::syntax_error, 5, "/a"}));
  EXPECT_TRUE(locates({R"({"a":"abc\)", error_code::syntax_error, 5, "/a"}));
  EXPECT_TRUE(locates({"\"", error_code::syntax_error, 0, ""}));
}

TEST(Locate, TrailingContent) {
  EXPECT_TRUE(locates({"{} x", error_code::trailing_content, 3, ""}));
  EXPECT_TRUE(locates({"{}}", error_code::trailing_content, 2, ""}));
  EXPECT_TRUE(locates({"{}{}", error_code::trailing_content, 2, ""}));
  EXPECT_TRUE(locates({"[1]\n\n  [2]", error_code::trailing_content, 7, ""}));
  EXPECT_TRUE(locates({"1 2", error_code::trailing_content, 2, ""}));
  EXPECT_TRUE(locates({"true x", error_code::trailing_content, 5, ""}));
  EXPECT_TRUE(locates({"\"a\"\"b\"", error_code::trailing_content, 3, ""}));
  EXPECT_TRUE(locates({"{}\0"sv, error_code::trailing_content, 2, ""}));
  EXPECT_TRUE(clean("{}  \t\r\n"));
}

TEST(Locate, DepthLimit) {
  EXPECT_TRUE(clean("[[[1]]]", 3));
  EXPECT_TRUE(locates({"[[[[1]]]]", error_code::depth_exceeded, 3, "/0/0/0"}, 3));
  EXPECT_TRUE(clean(R"({"a":{"b":{"c":1}}})", 3));
  EXPECT_TRUE(locates({R"({"a":{"b":{"c":{}}}})", error_code::depth_exceeded, 15, "/a/b/c"}, 3));
  EXPECT_TRUE(locates({R"([1,{"x":[2,[]]}])", error_code::depth_exceeded, 11, "/1/x/1"}, 3));
  // The root container is depth 1, so 256 levels pass at the default and 257 do not.
  const std::string ok = std::string(256, '[') + std::string(256, ']');
  EXPECT_TRUE(clean(ok));
  const std::string deep = std::string(257, '[') + std::string(257, ']');
  std::string ptr;
  for (int i = 0; i < 256; ++i) ptr += "/0";
  EXPECT_TRUE(locates({deep, error_code::depth_exceeded, 256, ptr}));
  // Depth is checked before the rest: an unclosed deep text is still too deep.
  EXPECT_TRUE(locates({std::string_view(deep).substr(0, 300), error_code::depth_exceeded, 256, ptr}));
}

TEST(Locate, EmptyInputAndBom) {
  EXPECT_TRUE(locates({"", error_code::syntax_error, 0, ""}));
  EXPECT_TRUE(locates({"  \n", error_code::syntax_error, 3, ""}));
  EXPECT_TRUE(locates({"\xef\xbb\xbf{}", error_code::syntax_error, 0, ""}));
  EXPECT_TRUE(locates({"\xef\xbb\xbf", error_code::syntax_error, 0, ""}));
  EXPECT_TRUE(locates({"\0"sv, error_code::syntax_error, 0, ""}));
  EXPECT_TRUE(locates({"\f{}", error_code::syntax_error, 0, ""})) << "form feed is not JSON white space";
  EXPECT_TRUE(locates({"\xc2\xa0{}", error_code::syntax_error, 0, ""})) << "no-break space is not JSON white space";
}

TEST(Locate, ControlCharactersInStrings) {
  EXPECT_TRUE(locates({"{\"a\":\"x\ny\"}", error_code::syntax_error, 7, "/a"}));
  EXPECT_TRUE(locates({"[\"\t\"]", error_code::syntax_error, 2, "/0"}));
  EXPECT_TRUE(locates({"[\"\x1f\"]", error_code::syntax_error, 2, "/0"}));
  EXPECT_TRUE(locates({"[\"a\0\"]"sv, error_code::syntax_error, 3, "/0"}));
  EXPECT_TRUE(locates({"{\"a\x01\":1}", error_code::syntax_error, 3, ""}));
}

TEST(Locate, PointerEscaping) {
  EXPECT_TRUE(locates({R"({"m~n":[})", error_code::syntax_error, 8, "/m~0n/0"}));
  EXPECT_TRUE(locates({R"({"a/b":{"~1":x}})", error_code::syntax_error, 13, "/a~1b/~01"}));
  EXPECT_TRUE(locates({R"({"":[x]})", error_code::syntax_error, 5, "//0"}));
  EXPECT_TRUE(locates({R"({"\u007e\/":x})", error_code::syntax_error, 12, "/~0~1"}));
  EXPECT_TRUE(locates({"{\"\xc3\xa9\":x}", error_code::syntax_error, 6, "/\xc3\xa9"}));
}

TEST(Locate, PointerNamesTheDeepestMemberReached) {
  const std::string t = R"({"logs":[{"id":1},{"id":"x","output":{"a":[true,fals]}}]})";
  EXPECT_TRUE(locates({t, error_code::syntax_error, t.find("fals"), "/logs/1/output/a/1"}));
  // After a closed member, the pointer no longer names it.
  const std::string u = R"({"a":{"b":1},"c":[1,2],})";
  EXPECT_TRUE(locates({u, error_code::syntax_error, u.size() - 1, ""}));
  const std::string v = R"({"a":{"b":1},"c":[1,2] x})";
  EXPECT_TRUE(locates({v, error_code::syntax_error, v.find('x'), "/c"}));
  const std::string w = R"([[1,2],[3,4],[5,6)";
  EXPECT_TRUE(locates({w, error_code::syntax_error, w.size(), "/2/1"}));
}

TEST(Locate, ObjectSyntax) {
  EXPECT_TRUE(locates({"{1:2}", error_code::syntax_error, 1, ""}));
  EXPECT_TRUE(locates({R"({"a" 1})", error_code::syntax_error, 5, "/a"}));
  EXPECT_TRUE(locates({R"({"a":1,})", error_code::syntax_error, 7, ""}));
  EXPECT_TRUE(locates({R"({"a":})", error_code::syntax_error, 5, "/a"}));
  EXPECT_TRUE(locates({R"({"a")", error_code::syntax_error, 4, "/a"}));
  EXPECT_TRUE(locates({"{", error_code::syntax_error, 1, ""}));
  EXPECT_TRUE(locates({R"({"a":1)", error_code::syntax_error, 6, "/a"}));
  EXPECT_TRUE(locates({"{'a':1}", error_code::syntax_error, 1, ""}));
  EXPECT_TRUE(locates({"{/*c*/}", error_code::syntax_error, 1, ""}));
  EXPECT_TRUE(locates({R"({"a":1}// c)", error_code::trailing_content, 7, ""}));
  EXPECT_TRUE(locates({R"({"a"::1})", error_code::syntax_error, 5, "/a"}));
  EXPECT_TRUE(locates({R"({"a":1,,"b":2})", error_code::syntax_error, 7, ""}));
  EXPECT_TRUE(locates({"}", error_code::syntax_error, 0, ""}));
}

TEST(Locate, ArraySyntax) {
  EXPECT_TRUE(locates({"[", error_code::syntax_error, 1, "/0"}));
  EXPECT_TRUE(locates({"[1", error_code::syntax_error, 2, "/0"}));
  EXPECT_TRUE(locates({"[1,", error_code::syntax_error, 3, "/1"}));
  EXPECT_TRUE(locates({"[,1]", error_code::syntax_error, 1, "/0"}));
  EXPECT_TRUE(locates({"[1,,2]", error_code::syntax_error, 3, "/1"}));
  EXPECT_TRUE(locates({"[1 2]", error_code::syntax_error, 3, "/0"}));
  EXPECT_TRUE(locates({"[1:2]", error_code::syntax_error, 2, "/0"}));
  EXPECT_TRUE(locates({"[1}", error_code::syntax_error, 2, "/0"}));
  EXPECT_TRUE(locates({"]", error_code::syntax_error, 0, ""}));
}

TEST(Locate, Literals) {
  EXPECT_TRUE(locates({"[tru]", error_code::syntax_error, 1, "/0"}));
  EXPECT_TRUE(locates({"[True]", error_code::syntax_error, 1, "/0"}));
  EXPECT_TRUE(locates({"[nulll]", error_code::syntax_error, 5, "/0"}));
  EXPECT_TRUE(locates({"[truefalse]", error_code::syntax_error, 5, "/0"}));
  EXPECT_TRUE(locates({"nul", error_code::syntax_error, 0, ""}));
  EXPECT_TRUE(locates({"[undefined]", error_code::syntax_error, 1, "/0"}));
}

TEST(Locate, Numbers) {
  for (std::string_view n : {"01", "-", "1.", ".1", "1e", "1e+", "+1", "-01", "1.e1", "-.5", "Infinity", "-Infinity",
                             "NaN", "1e1.5", "--1", "1ee1"})
    EXPECT_TRUE(locates({flowrun_test::cat("[", n, "]"), error_code::syntax_error, 1, "/0"})) << n;
  // A valid number then a stray character: the number ends where the grammar does.
  EXPECT_TRUE(locates({"[0x1]", error_code::syntax_error, 2, "/0"}));
  EXPECT_TRUE(locates({"[1a]", error_code::syntax_error, 2, "/0"}));
  EXPECT_TRUE(locates({"[123abc]", error_code::syntax_error, 4, "/0"}));
  EXPECT_TRUE(locates({"0x1", error_code::trailing_content, 1, ""}));
  EXPECT_TRUE(locates({R"({"n":-})", error_code::syntax_error, 5, "/n"}));
}

TEST(Locate, Escapes) {
  EXPECT_TRUE(locates({R"(["\x"])", error_code::syntax_error, 2, "/0"}));
  EXPECT_TRUE(locates({R"(["ab\'"])", error_code::syntax_error, 4, "/0"}));
  EXPECT_TRUE(locates({R"(["\u12"])", error_code::syntax_error, 2, "/0"}));
  EXPECT_TRUE(locates({R"(["\u12G4"])", error_code::syntax_error, 2, "/0"}));
  EXPECT_TRUE(locates({R"(["\U0041"])", error_code::syntax_error, 2, "/0"}));
  EXPECT_TRUE(locates({"[\"\\\xc3\xa9\"]", error_code::syntax_error, 2, "/0"}));
  EXPECT_TRUE(clean(R"(["\u0000\u001F\uFFFF\uabcd"])"));
}

// ---- JSONTestSuite --------------------------------------------------------------

std::vector<flowrun_test::named_text> suite() { return flowrun_test::json_test_suite("test_parsing"); }

bool starts_with(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }

TEST(LocateJsonTestSuite, HasEveryCase) {
  const auto files = suite();
  EXPECT_EQ(files.size(), 318u);
  const auto count = [&](std::string_view p) {
    return std::count_if(files.begin(), files.end(),
                         [&](const flowrun_test::named_text& f) { return starts_with(f.name, p); });
  };
  EXPECT_EQ(count("y_"), 95);
  EXPECT_EQ(count("n_"), 188);
  EXPECT_EQ(count("i_"), 35);
}

TEST(LocateJsonTestSuite, EveryAcceptedCaseIsClean) {
  int n = 0;
  for (const auto& f : suite()) {
    if (!starts_with(f.name, "y_")) continue;
    ++n;
    EXPECT_TRUE(clean(f.text)) << f.name;
  }
  EXPECT_EQ(n, 95);
}

TEST(LocateJsonTestSuite, EveryRejectedCaseIsFound) {
  int n = 0;
  for (const auto& f : suite()) {
    if (!starts_with(f.name, "n_")) continue;
    ++n;
    const auto p = locate_json_problem(f.text, kDefaultDepth);
    EXPECT_TRUE(p.found) << f.name;
    if (!p.found) continue;
    EXPECT_TRUE(flowrun::is_well_formedness_error(p.code)) << f.name;
    EXPECT_NE(p.code, error_code::too_large) << f.name;
    EXPECT_LE(p.offset, f.text.size()) << f.name;
    EXPECT_FALSE(p.message.empty()) << f.name;
  }
  EXPECT_EQ(n, 188);
}

// the contract's (docs/contract.md) policy for the implementation-defined cases: numbers are checked
// for syntax only; everything else (invalid UTF-8, unpaired surrogates, UTF-16
// text, a BOM, 500 nested arrays against the depth limit of 256) is rejected.
TEST(LocateJsonTestSuite, ImplementationDefinedCasesFollowThePolicy) {
  int n = 0;
  for (const auto& f : suite()) {
    if (!starts_with(f.name, "i_")) continue;
    ++n;
    const auto p = locate_json_problem(f.text, kDefaultDepth);
    if (starts_with(f.name, "i_number_")) {
      EXPECT_FALSE(p.found) << f.name << ": " << p.message;
    } else {
      EXPECT_TRUE(p.found) << f.name;
      if (starts_with(f.name, "i_string_") && f.name.find("surrogate") == std::string::npos &&
          f.name.find("utf16") == std::string::npos && f.name.find("UTF-16") == std::string::npos &&
          f.name.find("BOM") == std::string::npos) {
        EXPECT_EQ(p.code, error_code::invalid_utf8) << f.name << ": " << p.message;
      }
    }
  }
  EXPECT_EQ(n, 35);
}

TEST(LocateJsonTestSuite, SpecificVerdicts) {
  const auto files = suite();
  const auto text = [&](std::string_view name) {
    for (const auto& f : files)
      if (f.name == name) return f.text;
    ADD_FAILURE() << "missing " << name;
    return std::string();
  };
  auto p = locate_json_problem(text("i_structure_500_nested_arrays.json"), kDefaultDepth);
  EXPECT_TRUE(p.found);
  EXPECT_EQ(p.code, error_code::depth_exceeded);
  EXPECT_EQ(p.offset, 256u);
  EXPECT_TRUE(clean(text("i_structure_500_nested_arrays.json"), 500));
  p = locate_json_problem(text("n_structure_100000_opening_arrays.json"), kDefaultDepth);
  EXPECT_EQ(p.code, error_code::depth_exceeded);
  EXPECT_EQ(p.offset, 256u);
  p = locate_json_problem(text("i_structure_UTF-8_BOM_empty_object.json"), kDefaultDepth);
  EXPECT_EQ(p.code, error_code::syntax_error);
  EXPECT_EQ(p.offset, 0u);
  p = locate_json_problem(text("n_structure_trailing_#.json"), kDefaultDepth);
  EXPECT_EQ(p.code, error_code::trailing_content);
  p = locate_json_problem(text("n_string_unescaped_tab.json"), kDefaultDepth);
  EXPECT_EQ(p.code, error_code::syntax_error);
  EXPECT_EQ(p.pointer, "/0");
  p = locate_json_problem(text("n_structure_unclosed_array.json"), kDefaultDepth);
  EXPECT_EQ(p.code, error_code::syntax_error);
}

// ---- every failure kind, exactly ------------------------------------------------

// (input, max_depth) -> the whole answer. The pointer is rebuilt at the failure
// from each level's key offset or index, so the table has keys that need
// unescaping and RFC 6901 escaping, and failures inside a key (reported at the
// object) beside failures after one (reported at the member).
struct located {
  std::string_view text;
  std::size_t max_depth;
  error_code code;
  std::size_t offset;
  std::string_view pointer;
  std::string_view message;
};

constexpr located kLocated[] = {
    {"", 256, error_code::syntax_error, 0, "", "empty input: expected a JSON value"},
    {" \t\r\n", 256, error_code::syntax_error, 4, "", "empty input: expected a JSON value"},
    {"[", 256, error_code::syntax_error, 1, "/0", "unexpected end of input, expected a value"},
    {"[1", 256, error_code::syntax_error, 2, "/0",
     "unexpected end of input, expected ',' or ']' after an array element"},
    {"[1,", 256, error_code::syntax_error, 3, "/1", "unexpected end of input, expected a value"},
    {"{", 256, error_code::syntax_error, 1, "", "unexpected end of input, expected a key string"},
    {R"({"a")", 256, error_code::syntax_error, 4, "/a", "unexpected end of input, expected ':' after a key"},
    {R"({"a":)", 256, error_code::syntax_error, 5, "/a", "unexpected end of input, expected a value"},
    {R"({"a":1)", 256, error_code::syntax_error, 6, "/a",
     "unexpected end of input, expected ',' or '}' after an object member"},
    {R"({"a":1,)", 256, error_code::syntax_error, 7, "", "unexpected end of input, expected a key string"},
    {R"({"a":[1,{"b":)", 256, error_code::syntax_error, 13, "/a/1/b", "unexpected end of input, expected a value"},
    {"tr", 256, error_code::syntax_error, 0, "", "invalid literal, expected true"},
    {"-", 256, error_code::syntax_error, 0, "", R"(invalid number "-")"},
    {"}", 256, error_code::syntax_error, 0, "", "unexpected '}', expected a value"},
    {"[}", 256, error_code::syntax_error, 1, "/0", "unexpected '}', expected a value"},
    {"{]", 256, error_code::syntax_error, 1, "", "unexpected ']', expected a key string"},
    {R"({"a"])", 256, error_code::syntax_error, 4, "/a", "unexpected ']', expected ':' after a key"},
    {R"({"a":1])", 256, error_code::syntax_error, 6, "/a",
     "unexpected ']', expected ',' or '}' after an object member"},
    {"[1}", 256, error_code::syntax_error, 2, "/0", "unexpected '}', expected ',' or ']' after an array element"},
    {"[1,2,3,4,5,6,7,8,9,10,x]", 256, error_code::syntax_error, 22, "/10", "unexpected 'x', expected a value"},
    {"[.5]", 256, error_code::syntax_error, 1, "/0", "unexpected '.', expected a value"},
    {"[\001]", 256, error_code::syntax_error, 1, "/0", "unexpected byte 0x01, expected a value"},
    {"{\177}", 256, error_code::syntax_error, 1, "", "unexpected byte 0x7f, expected a key string"},
    {"[1\000]"sv, 256, error_code::syntax_error, 2, "/0",
     "unexpected byte 0x00, expected ',' or ']' after an array element"},
    {"{\"a\"\037:1}", 256, error_code::syntax_error, 4, "/a", "unexpected byte 0x1f, expected ':' after a key"},
    {"{\"a\":1\013}", 256, error_code::syntax_error, 6, "/a",
     "unexpected byte 0x0b, expected ',' or '}' after an object member"},
    {"\014{}", 256, error_code::syntax_error, 0, "", "unexpected byte 0x0c, expected a value"},
    {"[\303\251]", 256, error_code::syntax_error, 1, "/0", "unexpected byte 0xc3, expected a value"},
    {"\357\273\277{}", 256, error_code::syntax_error, 0, "",
     "unexpected byte order mark (U+FEFF, bytes EF BB BF): JSON text has none (RFC 8259, section 8.1), expected a value"},
    {"[1,\357\273\2772]", 256, error_code::syntax_error, 3, "/1",
     "unexpected byte order mark (U+FEFF, bytes EF BB BF): JSON text has none (RFC 8259, section 8.1), expected a value"},
    {"{\"a\":1\342\200\213}", 256, error_code::syntax_error, 6, "/a",
     "unexpected byte 0xe2, expected ',' or '}' after an object member"},
    {"[\377]", 256, error_code::invalid_utf8, 1, "/0", "invalid UTF-8 byte sequence"},
    {"{\303(}", 256, error_code::invalid_utf8, 1, "", "invalid UTF-8 byte sequence"},
    {"{\"a\":1 \377}", 256, error_code::invalid_utf8, 7, "/a", "invalid UTF-8 byte sequence"},
    {"[1,2\355\240\200]", 256, error_code::invalid_utf8, 4, "/1", "invalid UTF-8 byte sequence"},
    {"{\"a\":\300\257}", 256, error_code::invalid_utf8, 5, "/a", "invalid UTF-8 byte sequence"},
    {"{\"a\":\"x\377y\"}", 256, error_code::invalid_utf8, 7, "/a", "invalid UTF-8 byte sequence"},
    {"{\"k\376\":1}", 256, error_code::invalid_utf8, 3, "", "invalid UTF-8 byte sequence"},
    {"{\"a\":{\"k\300\257\":1}}", 256, error_code::invalid_utf8, 8, "/a", "invalid UTF-8 byte sequence"},
    {"[\"\342\202", 256, error_code::invalid_utf8, 2, "/0", "invalid UTF-8 byte sequence"},
    {"[\"\200\"]", 256, error_code::invalid_utf8, 2, "/0", "invalid UTF-8 byte sequence"},
    {"[\"\364\220\200\200\"]", 256, error_code::invalid_utf8, 2, "/0", "invalid UTF-8 byte sequence"},
    {"[\"a\nb\"]", 256, error_code::syntax_error, 3, "/0", "control character in a string must be escaped"},
    {"{\"a\tb\":1}", 256, error_code::syntax_error, 3, "", "control character in a string must be escaped"},
    {"{\"a\":\"\000\"}"sv, 256, error_code::syntax_error, 6, "/a", "control character in a string must be escaped"},
    {R"(["\x"])", 256, error_code::syntax_error, 2, "/0", "invalid escape in a string"},
    {R"({"a\q":1})", 256, error_code::syntax_error, 3, "", "invalid escape in a string"},
    {R"(["\u12"])", 256, error_code::syntax_error, 2, "/0", R"(invalid \u escape: expected four hex digits)"},
    {R"(["\u12G4"])", 256, error_code::syntax_error, 2, "/0", R"(invalid \u escape: expected four hex digits)"},
    {R"(["\U0041"])", 256, error_code::syntax_error, 2, "/0", "invalid escape in a string"},
    {R"(["abc\)", 256, error_code::syntax_error, 1, "/0", "string is not closed"},
    {R"(["abc\")", 256, error_code::syntax_error, 1, "/0", "string is not closed"},
    {R"(["\ud800"])", 256, error_code::invalid_utf8, 2, "/0", "unpaired UTF-16 surrogate escape in a string"},
    {R"(["\udc00"])", 256, error_code::invalid_utf8, 2, "/0", "unpaired UTF-16 surrogate escape in a string"},
    {R"(["\ud800\u0041"])", 256, error_code::invalid_utf8, 2, "/0", "unpaired UTF-16 surrogate escape in a string"},
    {R"(["\ud800\ud800"])", 256, error_code::invalid_utf8, 2, "/0", "unpaired UTF-16 surrogate escape in a string"},
    {R"(["\ud800\)", 256, error_code::invalid_utf8, 2, "/0", "unpaired UTF-16 surrogate escape in a string"},
    {R"({"\udfff":1})", 256, error_code::invalid_utf8, 2, "", "unpaired UTF-16 surrogate escape in a string"},
    {R"({"\ud83d\ude00":x})", 256, error_code::syntax_error, 16, "/\360\237\230\200",
     "unexpected 'x', expected a value"},
    {R"({"\uD83D\uDE00x":[})", 256, error_code::syntax_error, 18, "/\360\237\230\200x/0",
     "unexpected '}', expected a value"},
    {R"("abc)", 256, error_code::syntax_error, 0, "", "string is not closed"},
    {R"({"a":"abc)", 256, error_code::syntax_error, 5, "/a", "string is not closed"},
    {R"({"abc)", 256, error_code::syntax_error, 1, "", "string is not closed"},
    {R"(["a","b)", 256, error_code::syntax_error, 5, "/1", "string is not closed"},
    {"[tru]", 256, error_code::syntax_error, 1, "/0", "invalid literal, expected true"},
    {"[nul", 256, error_code::syntax_error, 1, "/0", "invalid literal, expected null"},
    {R"({"a":fals})", 256, error_code::syntax_error, 5, "/a", "invalid literal, expected false"},
    {"[True]", 256, error_code::syntax_error, 1, "/0", "unexpected 'T', expected a value"},
    {"[nulll]", 256, error_code::syntax_error, 5, "/0", "unexpected 'l', expected ',' or ']' after an array element"},
    {"[01]", 256, error_code::syntax_error, 1, "/0", R"(invalid number "01")"},
    {"[-]", 256, error_code::syntax_error, 1, "/0", R"(invalid number "-")"},
    {"[1.]", 256, error_code::syntax_error, 1, "/0", R"(invalid number "1.")"},
    {"[1e+]", 256, error_code::syntax_error, 1, "/0", R"(invalid number "1e+")"},
    {R"({"n":--1})", 256, error_code::syntax_error, 5, "/n", R"(invalid number "--1")"},
    {"[1.5e3.2]", 256, error_code::syntax_error, 1, "/0", R"(invalid number "1.5e3.2")"},
    {"[1111111111111111111111111111111111111111111111111111111111111111111111e]", 256, error_code::syntax_error, 1,
     "/0", R"(invalid number "1111111111111111111111111111111111111111111111111111111111111111...")"},
    {"{} x", 256, error_code::trailing_content, 3, "", "unexpected content after the root value"},
    {"1 2", 256, error_code::trailing_content, 2, "", "unexpected content after the root value"},
    {"[]]", 256, error_code::trailing_content, 2, "", "unexpected content after the root value"},
    {R"("a""b")", 256, error_code::trailing_content, 3, "", "unexpected content after the root value"},
    {"{}\000"sv, 256, error_code::trailing_content, 2, "", "unexpected content after the root value"},
    {"{} \377", 256, error_code::trailing_content, 3, "", "unexpected content after the root value"},
    {"[]", 0, error_code::depth_exceeded, 0, "", "nesting deeper than the limit of 0"},
    {"{}", 0, error_code::depth_exceeded, 0, "", "nesting deeper than the limit of 0"},
    {"[[1]]", 1, error_code::depth_exceeded, 1, "/0", "nesting deeper than the limit of 1"},
    {R"({"a":{}})", 1, error_code::depth_exceeded, 5, "/a", "nesting deeper than the limit of 1"},
    {R"([{"a":[{"b":[]}]}])", 4, error_code::depth_exceeded, 12, "/0/a/0/b", "nesting deeper than the limit of 4"},
    {R"({"a~b":{"c/d":[[]]}})", 3, error_code::depth_exceeded, 15, "/a~0b/c~1d/0",
     "nesting deeper than the limit of 3"},
    {"[[[[", 2, error_code::depth_exceeded, 2, "/0/0", "nesting deeper than the limit of 2"},
    {"[[1],[[2]]]", 2, error_code::depth_exceeded, 6, "/1/0", "nesting deeper than the limit of 2"},
    {R"({"a":1,"b":{"c":{"d":{}}}})", 3, error_code::depth_exceeded, 21, "/b/c/d",
     "nesting deeper than the limit of 3"},
    {R"({"a\u002fb":x})", 256, error_code::syntax_error, 12, "/a~1b", "unexpected 'x', expected a value"},
    {R"({"~":{"/":[x]}})", 256, error_code::syntax_error, 11, "/~0/~1/0", "unexpected 'x', expected a value"},
    {R"({"\/\u007e":x})", 256, error_code::syntax_error, 12, "/~1~0", "unexpected 'x', expected a value"},
    {R"({"a\"b\\c":x})", 256, error_code::syntax_error, 11, R"(/a"b\c)", "unexpected 'x', expected a value"},
    {R"({"\b\f\n\r\t":x})", 256, error_code::syntax_error, 14, "/\010\014\n\r\t", "unexpected 'x', expected a value"},
    {R"({"\u0000":x})", 256, error_code::syntax_error, 10, "/\000"sv, "unexpected 'x', expected a value"},
    {R"({"\u00e9\u20ac":x})", 256, error_code::syntax_error, 16, "/\303\251\342\202\254",
     "unexpected 'x', expected a value"},
    {R"({"\uD834\uDD1E":{"":[0,x]}})", 256, error_code::syntax_error, 23, "/\360\235\204\236//1",
     "unexpected 'x', expected a value"},
    {R"({"":x})", 256, error_code::syntax_error, 4, "/", "unexpected 'x', expected a value"},
    {"{\"\303\251\":x}", 256, error_code::syntax_error, 6, "/\303\251", "unexpected 'x', expected a value"},
    {R"({"~01/":{"a":[1,2}})", 256, error_code::syntax_error, 17, "/~001~1/a/1",
     "unexpected '}', expected ',' or ']' after an array element"},
    {R"({"a":1,"b\x":2})", 256, error_code::syntax_error, 9, "", "invalid escape in a string"},
    {R"({"a":1,"b":})", 256, error_code::syntax_error, 11, "/b", "unexpected '}', expected a value"},
    {R"({"a":1,"b" :)", 256, error_code::syntax_error, 12, "/b", "unexpected end of input, expected a value"},
    {R"({"a":{"b":1,"c\ud800":2}})", 256, error_code::invalid_utf8, 14, "/a",
     "unpaired UTF-16 surrogate escape in a string"},
    {R"({"a":{"b":1,"c":2,}})", 256, error_code::syntax_error, 18, "/a", "unexpected '}', expected a key string"},
    {R"({"a":{"b":1} "c":2})", 256, error_code::syntax_error, 13, "/a",
     R"(unexpected '"', expected ',' or '}' after an object member)"},
    {R"({"a":[{"k":1},{"k":2,"bad)", 256, error_code::syntax_error, 21, "/a/1", "string is not closed"},
    {R"({"a":1,"a":x})", 256, error_code::syntax_error, 11, "/a", "unexpected 'x', expected a value"},
    {R"({"a":{"b":{}},x})", 256, error_code::syntax_error, 14, "", "unexpected 'x', expected a key string"},
    {"[[],[],[x]]", 256, error_code::syntax_error, 8, "/2/0", "unexpected 'x', expected a value"},
    {"[0,1,2,3,4,5,6,7,8,9,10,11,x]", 256, error_code::syntax_error, 27, "/12", "unexpected 'x', expected a value"},
    {R"([{},{"a":[1,2,3,,]}])", 256, error_code::syntax_error, 16, "/1/a/3", "unexpected ',', expected a value"},
    {"[[1,2],[3,4],[5,6", 256, error_code::syntax_error, 17, "/2/1",
     "unexpected end of input, expected ',' or ']' after an array element"},
};

TEST(Locate, EveryFailureKindExactly) {
  for (const located& c : kLocated) {
    SCOPED_TRACE(flowrun::detail::quote_for_message(c.text) + " at max_depth " + std::to_string(c.max_depth));
    const auto p = locate_json_problem(c.text, c.max_depth);
    EXPECT_TRUE(p.found);
    EXPECT_EQ(to_string(p.code), to_string(c.code));
    EXPECT_EQ(p.offset, c.offset);
    EXPECT_EQ(p.pointer, c.pointer);
    EXPECT_EQ(p.message, c.message);
  }
}

// ---- hostile depth ---------------------------------------------------------------

// A recursive walk would need megabytes of stack for these texts; the locator
// keeps its open containers on the heap, so a small thread stack must do.
// Sanitizers make every frame larger, so they get more room.
#if defined(__SANITIZE_ADDRESS__)
#define FLOWRUN_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FLOWRUN_TEST_ASAN 1
#endif
#endif
#ifdef FLOWRUN_TEST_ASAN
constexpr std::size_t kSmallStack = std::size_t{256} << 10;
#else
constexpr std::size_t kSmallStack = std::size_t{64} << 10;
#endif

constexpr std::size_t kDeep = 100000;

flowrun::detail::json_problem locate_on_small_stack(std::string_view text, std::size_t max_depth) {
  struct job {
    std::string_view text;
    std::size_t max_depth;
    flowrun::detail::json_problem out;
  } j{text, max_depth, {}};
#if __has_include(<pthread.h>)
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  // Some platforms (aarch64 glibc) refuse less than PTHREAD_STACK_MIN.
  EXPECT_EQ(pthread_attr_setstacksize(&attr, std::max<std::size_t>(kSmallStack, PTHREAD_STACK_MIN)), 0);
  void* (*thunk)(void*) = [](void* p) -> void* {
    auto& jb = *static_cast<job*>(p);
    jb.out = locate_json_problem(jb.text, jb.max_depth);
    return nullptr;
  };
  pthread_t t;
  const int created = pthread_create(&t, &attr, thunk, &j);
  EXPECT_EQ(created, 0);
  if (created == 0) pthread_join(t, nullptr);
  pthread_attr_destroy(&attr);
#else
  j.out = locate_json_problem(j.text, j.max_depth);
#endif
  return j.out;
}

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t k = 0; k < n; ++k) out += s;
  return out;
}

TEST(LocateHostileDepth, ArraysPastTheLimit) {
  const std::string t = std::string(kDeep, '[') + std::string(kDeep, ']');
  const auto p = locate_on_small_stack(t, 4096);
  EXPECT_TRUE(p.found);
  EXPECT_EQ(p.code, error_code::depth_exceeded);
  EXPECT_EQ(p.offset, 4096u);
  EXPECT_EQ(p.pointer, repeat("/0", 4096));
  EXPECT_EQ(p.message, "nesting deeper than the limit of 4096");
}

TEST(LocateHostileDepth, ObjectsPastTheLimit) {
  const std::string t = repeat(R"({"a":)", kDeep) + "1" + std::string(kDeep, '}');
  const auto p = locate_on_small_stack(t, 4096);
  EXPECT_TRUE(p.found);
  EXPECT_EQ(p.code, error_code::depth_exceeded);
  EXPECT_EQ(p.offset, 4096u * 5);
  EXPECT_EQ(p.pointer, repeat("/a", 4096));
  EXPECT_EQ(p.message, "nesting deeper than the limit of 4096");
}

TEST(LocateHostileDepth, ArraysWithinALargeLimit) {
  const std::string ok = std::string(kDeep, '[') + std::string(kDeep, ']');
  EXPECT_FALSE(locate_on_small_stack(ok, 200000).found);
  EXPECT_FALSE(locate_on_small_stack(ok, kDeep).found);
  auto p = locate_on_small_stack(ok, kDeep - 1);
  EXPECT_EQ(p.code, error_code::depth_exceeded);
  EXPECT_EQ(p.offset, kDeep - 1);
  EXPECT_EQ(p.pointer, repeat("/0", kDeep - 1));

  // The missing element after "1," at depth 100,000 is element 1 of the deepest array.
  const std::string bad = std::string(kDeep - 1, '[') + "[1,]" + std::string(kDeep - 1, ']');
  p = locate_on_small_stack(bad, 200000);
  EXPECT_TRUE(p.found);
  EXPECT_EQ(p.code, error_code::syntax_error);
  EXPECT_EQ(p.offset, kDeep - 1 + 3);
  EXPECT_EQ(p.pointer, repeat("/0", kDeep - 1) + "/1");
  EXPECT_EQ(p.message, "unexpected ']', expected a value");
}

TEST(LocateHostileDepth, ObjectsWithinALargeLimit) {
  const std::string ok = repeat(R"({"a":)", kDeep) + "1" + std::string(kDeep, '}');
  EXPECT_FALSE(locate_on_small_stack(ok, 200000).found);

  // A bad key in the object at depth 100,000 is reported at that object...
  const std::string bad_key = repeat(R"({"a":)", kDeep - 1) + R"({"a\q":1})" + std::string(kDeep - 1, '}');
  auto p = locate_on_small_stack(bad_key, 200000);
  EXPECT_TRUE(p.found);
  EXPECT_EQ(p.code, error_code::syntax_error);
  EXPECT_EQ(p.offset, (kDeep - 1) * 5 + 3);
  EXPECT_EQ(p.pointer, repeat("/a", kDeep - 1));
  EXPECT_EQ(p.message, "invalid escape in a string");

  // ...and a bad value after a good key at the member; escaped keys all the way down.
  const std::string bad_value = repeat(R"({"\u0061":)", kDeep - 1) + R"({"~/":x})" + std::string(kDeep - 1, '}');
  p = locate_on_small_stack(bad_value, 200000);
  EXPECT_TRUE(p.found);
  EXPECT_EQ(p.code, error_code::syntax_error);
  EXPECT_EQ(p.offset, (kDeep - 1) * 10 + 6);
  EXPECT_EQ(p.pointer, repeat("/a", kDeep - 1) + "/~0~1");
  EXPECT_EQ(p.message, "unexpected 'x', expected a value");
}

// ---- detail helpers used by the locator ------------------------------------------

TEST(Utf8SequenceLength, Boundaries) {
  using flowrun::detail::utf8_sequence_length;
  EXPECT_EQ(utf8_sequence_length("a", 0), 1u);
  EXPECT_EQ(utf8_sequence_length("\x7f", 0), 1u);
  EXPECT_EQ(utf8_sequence_length("\xc2\x80", 0), 2u);
  EXPECT_EQ(utf8_sequence_length("\xdf\xbf", 0), 2u);
  EXPECT_EQ(utf8_sequence_length("\xc1\xbf", 0), 0u);
  EXPECT_EQ(utf8_sequence_length("\xe0\xa0\x80", 0), 3u);
  EXPECT_EQ(utf8_sequence_length("\xe0\x9f\xbf", 0), 0u);
  EXPECT_EQ(utf8_sequence_length("\xed\x9f\xbf", 0), 3u);
  EXPECT_EQ(utf8_sequence_length("\xed\xa0\x80", 0), 0u);
  EXPECT_EQ(utf8_sequence_length("\xee\x80\x80", 0), 3u);
  EXPECT_EQ(utf8_sequence_length("\xef\xbf\xbf", 0), 3u);
  EXPECT_EQ(utf8_sequence_length("\xf0\x90\x80\x80", 0), 4u);
  EXPECT_EQ(utf8_sequence_length("\xf0\x8f\xbf\xbf", 0), 0u);
  EXPECT_EQ(utf8_sequence_length("\xf4\x8f\xbf\xbf", 0), 4u);
  EXPECT_EQ(utf8_sequence_length("\xf4\x90\x80\x80", 0), 0u);
  EXPECT_EQ(utf8_sequence_length("\xf8\x88\x80\x80\x80", 0), 0u);
  EXPECT_EQ(utf8_sequence_length("\xe2\x82", 0), 0u);
  EXPECT_EQ(utf8_sequence_length("\xe2\x28\xa1", 0), 0u);
  EXPECT_EQ(utf8_sequence_length("\xe2\x82\x28", 0), 0u);
  EXPECT_EQ(utf8_sequence_length("x\xc3\xa9", 1), 2u);
}

} // namespace
