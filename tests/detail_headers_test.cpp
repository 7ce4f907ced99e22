// The internal headers: builder.hpp first (self-contained; locate_test.cpp
// starts with locate.hpp and odr_b.cpp with number.hpp), then the helpers the
// builder uses to spell pointers, quote values and place errors.
#include <flowrun/detail/builder.hpp>

#include <flowrun/detail/line_col.hpp>
#include <flowrun/detail/locate.hpp>
#include <flowrun/detail/utf8.hpp>
#include <flowrun/detail/word.hpp>

#include "support.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using flowrun::detail::append_pointer_token;
using flowrun::detail::quote_for_message;
using flowrun_test::cat;

std::string token(std::string_view s) {
  std::string out;
  append_pointer_token(out, s);
  return out;
}

TEST(AppendPointerToken, EscapesTildeThenSlash) {
  EXPECT_EQ(token("a"), "/a");
  EXPECT_EQ(token(""), "/");
  EXPECT_EQ(token("a/b"), "/a~1b");
  EXPECT_EQ(token("m~n"), "/m~0n");
  EXPECT_EQ(token("~1"), "/~01") << "a literal ~1 must not read back as '/'";
  EXPECT_EQ(token("~0"), "/~00");
  EXPECT_EQ(token("/~"), "/~1~0");
  EXPECT_EQ(token("//"), "/~1~1");
  EXPECT_EQ(token("~"), "/~0");
  EXPECT_EQ(token("0"), "/0");
  EXPECT_EQ(token("\xc3\xa9 \"x\""), "/\xc3\xa9 \"x\"") << "no other escaping (RFC 6901 is not URI encoding)";
}

TEST(AppendPointerToken, Appends) {
  std::string p = "/logs";
  append_pointer_token(p, "0");
  append_pointer_token(p, "output");
  append_pointer_token(p, "a/b~c");
  EXPECT_EQ(p, "/logs/0/output/a~1b~0c");
}

// True when `s` is entirely valid UTF-8.
bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = flowrun::detail::utf8_sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

TEST(QuoteForMessage, QuotesAndEscapes) {
  EXPECT_EQ(quote_for_message("abc"), "\"abc\"");
  EXPECT_EQ(quote_for_message(""), "\"\"");
  EXPECT_EQ(quote_for_message("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(quote_for_message("\n"), "\"\\u000a\"");
  EXPECT_EQ(quote_for_message("\x1f"), "\"\\u001f\"");
  EXPECT_EQ(quote_for_message("\x7f"), "\"\\u007f\"");
  EXPECT_EQ(quote_for_message(std::string_view("a\0b", 3)), "\"a\\u0000b\"");
  EXPECT_EQ(quote_for_message("\xc3\xa9t\xc3\xa9"), "\"\xc3\xa9t\xc3\xa9\"") << "UTF-8 is kept as is";
  EXPECT_EQ(quote_for_message("/~'"), "\"/~'\"");
}

TEST(QuoteForMessage, KeepsSixtyFourBytes) {
  const std::string s64(64, 'a');
  EXPECT_EQ(quote_for_message(s64), "\"" + s64 + "\"");
  const std::string s65(65, 'a');
  EXPECT_EQ(quote_for_message(s65), "\"" + s64 + "...\"");
  EXPECT_EQ(quote_for_message(std::string(10000, 'a')), "\"" + s64 + "...\"");
  // The cut counts input bytes, before escaping.
  const std::string quotes(64, '"');
  std::string escaped;
  for (int i = 0; i < 64; ++i) escaped += "\\\"";
  EXPECT_EQ(quote_for_message(quotes), "\"" + escaped + "\"");
  EXPECT_EQ(quote_for_message(quotes + "x"), "\"" + escaped + "...\"");
}

TEST(QuoteForMessage, CutsAtACharacterBoundary) {
  const std::string e = "\xc3\xa9";             // 2 bytes
  const std::string euro = "\xe2\x82\xac";      // 3 bytes
  const std::string smile = "\xf0\x9f\x98\x80"; // 4 bytes
  // A character across byte 64 is dropped whole.
  EXPECT_EQ(quote_for_message(std::string(63, 'a') + e + "x"), cat("\"", std::string(63, 'a'), "...\""));
  EXPECT_EQ(quote_for_message(std::string(62, 'a') + euro + "x"), cat("\"", std::string(62, 'a'), "...\""));
  EXPECT_EQ(quote_for_message(std::string(63, 'a') + euro + "x"), cat("\"", std::string(63, 'a'), "...\""));
  EXPECT_EQ(quote_for_message(std::string(61, 'a') + smile + "x"), cat("\"", std::string(61, 'a'), "...\""));
  EXPECT_EQ(quote_for_message(std::string(62, 'a') + smile), cat("\"", std::string(62, 'a'), "...\""));
  // A character ending exactly at byte 64 is kept.
  EXPECT_EQ(quote_for_message(std::string(62, 'a') + e + "x"), cat("\"", std::string(62, 'a'), e, "...\""));
  EXPECT_EQ(quote_for_message(std::string(60, 'a') + smile + "x"), cat("\"", std::string(60, 'a'), smile, "...\""));
  EXPECT_EQ(quote_for_message(std::string(64, 'a') + e), cat("\"", std::string(64, 'a'), "...\""));
  // Many multi-byte characters: 32 two-byte ones fit.
  std::string many, kept;
  for (int i = 0; i < 40; ++i) many += e;
  for (int i = 0; i < 32; ++i) kept += e;
  EXPECT_EQ(quote_for_message(many), "\"" + kept + "...\"");
  // Every cut of every mix stays valid UTF-8.
  for (std::size_t pad = 0; pad < 8; ++pad)
    for (const std::string& ch : {e, euro, smile}) {
      std::string s(pad, 'a');
      while (s.size() < 100) s += ch;
      const std::string q = quote_for_message(s);
      EXPECT_TRUE(valid_utf8(q)) << pad << ' ' << ch;
      EXPECT_EQ(q.substr(q.size() - 4), "...\"");
      EXPECT_LE(q.size(), 64u + 5u);
    }
}

TEST(QuoteForMessage, InvalidBytesDoNotRunAway) {
  // Continuation bytes only: the cut walks back to the start, no further.
  EXPECT_EQ(quote_for_message(std::string(100, '\x80')), "\"...\"");
}

TEST(AssignLines, LineAndByteColumnFromOffsets) {
  const std::string_view input = "ab\ncd\r\n\nxyz";
  std::vector<flowrun::error> errs(5);
  errs[0].offset = 9;  // 'y'
  errs[1].offset = 0;  // 'a'
  errs[2].offset = 3;  // 'c'
  errs[3].offset = 7;  // the empty line
  errs[4].offset = 99; // past the end: clamped
  flowrun::detail::assign_lines(errs, input);
  EXPECT_EQ(errs[0].line, 4u);
  EXPECT_EQ(errs[0].column, 2u);
  EXPECT_EQ(errs[1].line, 1u);
  EXPECT_EQ(errs[1].column, 1u);
  EXPECT_EQ(errs[2].line, 2u);
  EXPECT_EQ(errs[2].column, 1u);
  EXPECT_EQ(errs[3].line, 3u);
  EXPECT_EQ(errs[3].column, 1u);
  EXPECT_EQ(errs[4].line, 4u);
  EXPECT_EQ(errs[4].column, 4u);
}

TEST(AssignLines, ColumnsCountBytes) {
  const std::string_view input = "\xc3\xa9\xc3\xa9x";
  std::vector<flowrun::error> errs(1);
  errs[0].offset = 4;
  flowrun::detail::assign_lines(errs, input);
  EXPECT_EQ(errs[0].line, 1u);
  EXPECT_EQ(errs[0].column, 5u);
}

TEST(LineCol, OneHomeForEveryCaller) {
  const std::string_view input = "ab\ncd\r\n\nxyz";
  flowrun::detail::line_counter lines(input);
  using place = std::pair<std::size_t, std::size_t>; // line, column
  const auto at = [&](std::size_t offset) {
    const flowrun::detail::line_col lc = lines.at(offset);
    return place(lc.line, lc.column);
  };
  EXPECT_EQ(at(0), place(1, 1));
  EXPECT_EQ(at(2), place(1, 3)) << "the newline is on its line";
  EXPECT_EQ(at(6), place(2, 4)) << "\\r is a byte like any other";
  EXPECT_EQ(at(99), place(4, 4)) << "past the end: the end";
  const flowrun::detail::line_col one = flowrun::detail::line_col_of(input, 9);
  EXPECT_EQ(place(one.line, one.column), place(4, 2));
}

TEST(Utf8, UnicodeEscapes) {
  using flowrun::detail::read_u_escape;
  using flowrun::detail::u_escape_status;
  const auto cp = [](std::string_view s) {
    const auto u = read_u_escape(s, 0);
    return u.status == u_escape_status::ok ? static_cast<long>(u.code_point) * 100 + static_cast<long>(u.length) : -1L;
  };
  EXPECT_EQ(cp("\\u00e9"), 0xe9 * 100 + 6);
  EXPECT_EQ(cp("\\uD83D\\uDE00"), 0x1F600 * 100 + 12) << "a pair is one code point";
  EXPECT_EQ(cp("\\ud83d\\ude00x"), 0x1F600 * 100 + 12);
  EXPECT_EQ(read_u_escape("\\u00g0", 0).status, u_escape_status::bad_hex);
  EXPECT_EQ(read_u_escape("\\u00e", 0).status, u_escape_status::bad_hex) << "cut short";
  EXPECT_EQ(read_u_escape("\\ude00", 0).status, u_escape_status::lone_surrogate) << "low first";
  EXPECT_EQ(read_u_escape("\\ud83d", 0).status, u_escape_status::lone_surrogate) << "high alone";
  EXPECT_EQ(read_u_escape("\\ud83d\\u0041", 0).status, u_escape_status::lone_surrogate) << "high, then no low";
  EXPECT_EQ(read_u_escape("\\ud83d\\ud83d", 0).status, u_escape_status::lone_surrogate);
  EXPECT_EQ(flowrun::detail::simple_escape('n'), '\n');
  EXPECT_EQ(flowrun::detail::simple_escape('/'), '/');
  EXPECT_EQ(flowrun::detail::simple_escape('u'), -1) << "not a one-character escape";
}

TEST(Builder, RebaseMovesErrorsToStreamCoordinates) {
  std::vector<flowrun::error> errs(2);
  errs[0].offset = 3;
  errs[0].line = 1;
  errs[0].column = 4;
  errs[1].offset = 0;
  flowrun::detail::builder::rebase(errs, 100, 7);
  EXPECT_EQ(errs[0].offset, 103u);
  EXPECT_EQ(errs[0].line, 7u);
  EXPECT_EQ(errs[0].column, 4u);
  EXPECT_EQ(errs[1].offset, 100u);
  EXPECT_EQ(errs[1].line, 7u);
}

TEST(Builder, FieldTablesFitTheSeenMask) {
  using flowrun::detail::frame_kind;
  for (frame_kind k : {frame_kind::run, frame_kind::log, frame_kind::page, frame_kind::links, frame_kind::meta})
    EXPECT_LE(flowrun::detail::fields_of(k).size(), 32u);
  EXPECT_TRUE(flowrun::detail::fields_of(frame_kind::raw).empty());
  EXPECT_EQ(flowrun::detail::fields_of(frame_kind::run).size(), 10u);
  EXPECT_EQ(flowrun::detail::fields_of(frame_kind::log).size(), 7u);
  EXPECT_EQ(flowrun::detail::fields_of(frame_kind::meta).size(), 7u);
}

} // namespace

// detail/word.hpp: the word helpers text.hpp and escape.hpp share, under both names.
TEST(DetailHeaders, WordHelpers) {
  namespace d = flowrun::detail;
  static_assert(d::swar::ones == d::byte_ones && d::swar::highs == d::byte_highs && d::swar::low7 == d::byte_low7);
  const char text[] = "ab\"cdef\\";
  const std::uint64_t le = d::load_le64(text);
  EXPECT_EQ(le & 0xFF, static_cast<std::uint64_t>('a')); // byte 0 in the low bits, on any target
  EXPECT_EQ(std::countr_zero(d::zero_bytes(le ^ (d::byte_ones * '"'))) / 8, 2);
  EXPECT_EQ(d::swar::first_flagged(d::swar::equal(d::swar::load(text), '"')), 2u);
  EXPECT_EQ(d::swar::first_flagged(d::swar::below(d::swar::load("abc\x01" "defg"), 0x20)), 3u);
  const char* end = text + 8;
  EXPECT_EQ(d::swar::find_first(
                text, end, [](std::uint64_t x) { return d::swar::equal(x, '\\'); },
                [](unsigned char c) { return c == '\\'; }),
            text + 7);
}
