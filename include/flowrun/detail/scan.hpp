// flowrun internals: locating errors that simdjson reports without a position.
#ifndef FLOWRUN_DETAIL_SCAN_HPP
#define FLOWRUN_DETAIL_SCAN_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace flowrun::detail {

inline constexpr std::size_t not_found = static_cast<std::size_t>(-1);

/// Offset of the first byte that is not part of a valid UTF-8 sequence
/// (overlong forms, surrogates and code points past U+10FFFF are invalid), or not_found.
constexpr std::size_t first_invalid_utf8(std::string_view s) noexcept {
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;
    else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) len = 3, hi = 0x9F;
    else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) len = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) len = 4, hi = 0x8F;
    else return i;
    if (i + len > n) return i;
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    if (c1 < lo || c1 > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      const auto ck = static_cast<unsigned char>(s[i + k]);
      if (ck < 0x80 || ck > 0xBF) return i;
    }
    i += len;
  }
  return not_found;
}

/// A string-level problem: an unescaped control character inside a string, or
/// a string that never closes (offset of its opening quote).
struct string_problem {
  std::size_t offset = not_found;
  bool unclosed = false;
};

constexpr string_problem first_string_problem(std::string_view s) noexcept {
  bool in_string = false, escaped = false;
  std::size_t open = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!in_string) {
      if (c == '"') in_string = true, open = i;
    } else if (escaped) {
      escaped = false;
      if (c < 0x20) return {i, false};
    } else if (c == '\\') {
      escaped = true;
    } else if (c == '"') {
      in_string = false;
    } else if (c < 0x20) {
      return {i, false};
    }
  }
  if (in_string) return {open, true};
  return {};
}

constexpr bool is_json_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

} // namespace flowrun::detail

#endif
