// detail::locate_json_problem: the strict RFC 8259 scanner that names the first
// well-formedness problem (code, byte offset, JSON Pointer) on the error path.
// It is the second opinion behind every fast parser, so it must accept exactly
// RFC 8259: checked here against JSONTestSuite (MIT, Nicolas Seriot;
// tests/data/JSONTestSuite/LICENSE).
#include <flowrun/detail/locate.hpp>

#include "support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

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

// SPEC.md's policy for the implementation-defined cases: numbers are checked
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
