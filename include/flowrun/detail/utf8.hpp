// flowrun internals: UTF-8 validation and the decoding of \u escapes, for every
// reader of JSON text (the lexer, the fast walk, the findings' pointer locator).
#ifndef FLOWRUN_DETAIL_UTF8_HPP
#define FLOWRUN_DETAIL_UTF8_HPP

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace flowrun::detail {

/// Length of the valid UTF-8 sequence at s[i], or 0 when it is not one
/// (overlong forms, surrogates and code points past U+10FFFF are not).
constexpr std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF)
    len = 2;
  else if (c == 0xE0)
    len = 3, lo = 0xA0;
  else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
    len = 3;
  else if (c == 0xED)
    len = 3, hi = 0x9F;
  else if (c == 0xF0)
    len = 4, lo = 0x90;
  else if (c >= 0xF1 && c <= 0xF3)
    len = 4;
  else if (c == 0xF4)
    len = 4, hi = 0x8F;
  else
    return 0;
  if (len > s.size() - i) return 0; // (i < s.size(); a sum could wrap, and GCC 12 warned of it)
  const auto c1 = static_cast<unsigned char>(s[i + 1]);
  if (c1 < lo || c1 > hi) return 0;
  for (std::size_t k = 2; k < len; ++k) {
    const auto ck = static_cast<unsigned char>(s[i + k]);
    if (ck < 0x80 || ck > 0xBF) return 0;
  }
  return len;
}

/// Value of a hex digit, or -1.
constexpr int hex_value(std::uint8_t c) noexcept {
  return c >= '0' && c <= '9'   ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                : -1;
}

/// hex_value of each byte, or bad_hex_digit: a bit that, shifted by 0 to 12,
/// stays above any four digits' value (for unicode_escape).
inline constexpr std::uint32_t bad_hex_digit = 0x10000;
inline constexpr std::array<std::uint32_t, 256> hex_digits = [] {
  std::array<std::uint32_t, 256> t{};
  for (std::size_t c = 0; c < t.size(); ++c) {
    const int h = hex_value(static_cast<std::uint8_t>(c));
    t[c] = h < 0 ? bad_hex_digit : static_cast<std::uint32_t>(h);
  }
  return t;
}();

/// The \uXXXX escape at p (p[0] == '\\', p[1] == 'u'), or -1. Without a
/// branch per digit: a bad digit's bit ends up above 0xFFFF.
inline int unicode_escape(const std::uint8_t* p) noexcept {
  const std::uint32_t v =
      hex_digits[p[2]] << 12 | hex_digits[p[3]] << 8 | hex_digits[p[4]] << 4 | hex_digits[p[5]];
  return v > 0xFFFF ? -1 : static_cast<int>(v);
}

/// What a one-character escape (the byte after a backslash) stands for, or -1
/// when it is not one of \" \\ \/ \b \f \n \r \t: by a table, as the lexer reads
/// them (a switch's jump, taken a different way for each escape, is mispredicted).
inline constexpr std::array<std::int8_t, 256> simple_escapes = [] {
  std::array<std::int8_t, 256> t{};
  t.fill(-1);
  for (const char* e = "\"\"\\\\//b\bf\fn\nr\rt\t"; *e; e += 2)
    t[static_cast<unsigned char>(e[0])] = static_cast<std::int8_t>(e[1]);
  return t;
}();
constexpr int simple_escape(char e) noexcept { return simple_escapes[static_cast<unsigned char>(e)]; }

/// The length of the escape whose second byte is c: 2 for a one-character
/// escape, 6 for \u (its digits still to check), 0 for none.
inline constexpr std::array<std::uint8_t, 256> escape_lengths = [] {
  std::array<std::uint8_t, 256> t{};
  for (std::size_t c = 0; c < t.size(); ++c) t[c] = simple_escape(static_cast<char>(c)) >= 0 ? 2 : c == 'u' ? 6 : 0;
  return t;
}();

/// True when every escape among the `n` bytes at `p` (a string's contents, the
/// quotes excluded) is valid JSON: one of \" \\ \/ \b \f \n \r \t, or \u
/// with four hex digits, surrogates only as a high-low pair. For strings that
/// are validated, not kept: nothing is copied. `first` is the index of the
/// first backslash (the caller found it), or n; `find(q, m)` is the index of
/// the first backslash among the m bytes at q, or m (the fast walk's reads
/// whole blocks of its padded buffer).
template <class FindBackslash>
inline bool valid_escapes(const std::uint8_t* p, std::size_t n, std::size_t first, FindBackslash find) noexcept {
  std::size_t at = first;
  while (at < n) { // p[at] is a backslash
    if (at + 1 >= n) return false;
    const std::size_t length = escape_lengths[p[at + 1]];
    if (length == 2) { // the most common
      at += 2;
    } else {
      if (length == 0 || at + 6 > n) return false;
      const int u = unicode_escape(p + at);
      if (u < 0 || (u >= 0xDC00 && u <= 0xDFFF)) return false;
      if (u >= 0xD800 && u <= 0xDBFF) {
        if (at + 12 > n || p[at + 6] != '\\' || p[at + 7] != 'u') return false;
        const int low = unicode_escape(p + at + 6);
        if (low < 0xDC00 || low > 0xDFFF) return false;
        at += 12;
      } else {
        at += 6;
      }
    }
    if (at < n) at += find(p + at, n - at);
  }
  return true;
}

/// valid_escapes for contents shorter than 64 bytes, given where all their
/// backslashes are (bit i of `backslashes`: p[i] is one, for i < n < 64).
/// Within a run of backslashes each pair is an escaped backslash, and the last
/// one of a run of odd length escapes the byte after the run: an addition
/// finds the ends of all runs at once, and only those bytes are looked at, one
/// bit of a mask each, with no chain from one escape to the next. Surrogates
/// are paired at the end, on two masks: every high one at i needs a low one at
/// i + 6, every low one a high one before it. Reads up to 4 bytes past the
/// contents (a \u's digits): for padded buffers only.
inline bool valid_escapes_63(const std::uint8_t* p, std::size_t n, std::uint64_t backslashes) noexcept {
  constexpr std::uint64_t even = 0x5555555555555555ULL; // the bits at even offsets
  const std::uint64_t starts = backslashes & ~(backslashes << 1);
  // Adding a run's first bit carries through the run to the byte after it
  // (at most bit n: no carry leaves the word). That byte is escaped when the
  // run has odd length: it ends at an offset of the other parity.
  const std::uint64_t after_even_start = (backslashes + (starts & even)) & ~backslashes;
  const std::uint64_t after_odd_start = (backslashes + (starts & ~even)) & ~backslashes;
  std::uint64_t escaped = (after_even_start & ~even) | (after_odd_start & even);
  if (escaped >> n) return false; // a backslash escapes the closing quote: the contents end in one
  std::uint64_t high = 0, low = 0; // the \u escapes of surrogates, by the offset of their 'u'
  bool bad = false;
  for (; escaped != 0; escaped &= escaped - 1) {
    const unsigned at = static_cast<unsigned>(std::countr_zero(escaped));
    const std::uint8_t length = escape_lengths[p[at]];
    bad |= length == 0;
    if (length == 6) {
      const int u = unicode_escape(p + at - 1);
      bad |= (u < 0) | (at + 5 > n);
      high |= static_cast<std::uint64_t>((u >= 0xD800) & (u <= 0xDBFF)) << at;
      low |= static_cast<std::uint64_t>((u >= 0xDC00) & (u <= 0xDFFF)) << at;
    }
  }
  // A high surrogate at 58 or later has no room for its partner (high << 6 would drop it).
  return !bad && (high >> 58) == 0 && (high << 6) == low;
}

/// The four hex digits at s[at], or -1 (also when s ends before them).
constexpr int hex4(std::string_view s, std::size_t at) noexcept {
  if (at + 4 > s.size()) return -1;
  int v = 0;
  for (std::size_t k = at; k < at + 4; ++k) {
    const int h = hex_value(static_cast<std::uint8_t>(s[k]));
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

/// How a \u escape reads: ok, with its code point and length (6, or 12 for a
/// surrogate pair); not four hex digits; or a surrogate without its partner.
enum class u_escape_status : std::uint8_t { ok, bad_hex, lone_surrogate };
struct u_escape {
  u_escape_status status;
  std::uint32_t code_point;
  std::size_t length;
};

/// The \u escape at s[at] (s[at] == '\\', s[at + 1] == 'u'): a code point, a
/// high-low surrogate pair joined into one, as RFC 8259 section 7 reads them.
constexpr u_escape read_u_escape(std::string_view s, std::size_t at) noexcept {
  const int u = hex4(s, at + 2);
  if (u < 0) return {u_escape_status::bad_hex, 0, 0};
  if (u >= 0xDC00 && u <= 0xDFFF) return {u_escape_status::lone_surrogate, 0, 0};
  if (u < 0xD800 || u > 0xDBFF) return {u_escape_status::ok, static_cast<std::uint32_t>(u), 6};
  const int low = (at + 7 < s.size() && s[at + 6] == '\\' && s[at + 7] == 'u') ? hex4(s, at + 8) : -1;
  if (low < 0xDC00 || low > 0xDFFF) return {u_escape_status::lone_surrogate, 0, 0};
  const std::uint32_t cp =
      0x10000 + ((static_cast<std::uint32_t>(u) - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
  return {u_escape_status::ok, cp, 12};
}

} // namespace flowrun::detail

#endif
