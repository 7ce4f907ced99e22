// flowrun internals: the RFC 8259 number grammar and conversions of typed numbers.
#ifndef FLOWRUN_DETAIL_NUMBER_HPP
#define FLOWRUN_DETAIL_NUMBER_HPP

#include <flowrun/detail/text.hpp> // FLOWRUN_ALWAYS_INLINE

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <system_error>

namespace flowrun::detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// A number read at s[start]: ok, or not RFC 8259's grammar. Its parts tell a
/// reader what it needs without reading it again: `int_end` is the end of the
/// integer part, `frac_end` of the fraction (int_end when it has none).
struct number_scan {
  bool ok;
  bool negative;
  bool exponent;
  std::size_t end, int_end, frac_end;
};

/// The bytes a number's text is made of: the run of them is the token a
/// message quotes when it is not a number ("1.2.3", "01", "-").
constexpr bool is_number_byte(char c) noexcept {
  return is_digit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/// The number grammar's one home: the lexer (detail/json_lexer.hpp) scans with it,
/// and is_json_number (the walk over simdjson's index, the builder) asks it.
///
/// Terminated: the byte just past `s` is readable and is no number byte (a
/// padded buffer's space), so the scan needs no bounds checks and stops there;
/// and the caller checks what follows the number (a scalar's end, which no
/// number byte is), so the scan leaves that to it.
///
/// Unbounded (implied by Terminated): the last byte of `s` is no number byte, so
/// the scan stops there at the latest and needs no bounds checks; what follows
/// the number is still checked.
template <bool Terminated = false, bool Unbounded = Terminated>
FLOWRUN_ALWAYS_INLINE constexpr number_scan scan_number(std::string_view s, std::size_t start) noexcept {
  const std::size_t n = s.size();
  // The byte at j; past the end, a space (or the terminated text's own byte).
  const auto at = [&](std::size_t j) -> char { return Unbounded || j < n ? s.data()[j] : ' '; };
  number_scan r{false, false, false, start, start, start};
  std::size_t j = start;
  r.negative = at(j) == '-';
  if (r.negative) ++j;
  if (at(j) == '0') {
    ++j;
  } else if (at(j) >= '1' && at(j) <= '9') {
    while (is_digit(at(j))) ++j;
  } else {
    return r;
  }
  r.int_end = r.frac_end = j;
  if (at(j) == '.') {
    ++j;
    if (!is_digit(at(j))) return r;
    while (is_digit(at(j))) ++j;
    r.frac_end = j;
  }
  if (at(j) == 'e' || at(j) == 'E') {
    ++j;
    if (at(j) == '+' || at(j) == '-') ++j;
    if (!is_digit(at(j))) return r;
    while (is_digit(at(j))) ++j;
    r.exponent = true;
  }
  r.end = j;
  // What follows is not the number's business, unless it would have been
  // read as part of it ("01", "1.2.3", "1-2").
  r.ok = Terminated || !is_number_byte(at(j));
  return r;
}

/// True when `s` is exactly one JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
constexpr bool is_json_number(std::string_view s) noexcept {
  const number_scan r = scan_number(s, 0);
  return r.ok && r.end == s.size();
}

enum class number_status : std::uint8_t { ok, overflow, not_integer };

/// Clinger's fast path: a valid JSON number of at most 15 significant-or-not
/// digits (so the digits, as an integer m, are exact in a double) scaled by a
/// power of ten of at most 22 (exact too) is m * 10^k or m / 10^k, one
/// correctly rounded operation. True, with `out`, when it applies.
inline bool to_double_exact(std::string_view s, double& out) noexcept {
  static constexpr double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  constexpr int max_digits = 15, max_power = 22;
  const std::size_t n = s.size();
  std::size_t i = 0;
  const bool negative = n > 0 && s[0] == '-';
  if (negative) ++i;
  std::uint64_t m = 0;
  int digits = 0, scale = 0;
  for (; i < n && is_digit(s[i]); ++i, ++digits) m = m * 10 + static_cast<unsigned>(s[i] - '0');
  if (i < n && s[i] == '.')
    for (++i; i < n && is_digit(s[i]); ++i, ++digits, --scale) m = m * 10 + static_cast<unsigned>(s[i] - '0');
  if (digits > max_digits) return false; // (also before m could wrap: 15 digits fit easily)
  if (i < n) {                           // the exponent: s is a valid number, so e or E
    ++i;
    const bool minus = s[i] == '-';
    if (s[i] == '-' || s[i] == '+') ++i;
    int e = 0;
    for (; i < n; ++i) {
      e = e * 10 + (s[i] - '0');
      if (e > 2 * max_power + max_digits) return false; // far outside the fast path either way
    }
    scale += minus ? -e : e;
  }
  if (scale < -max_power || scale > max_power) return false;
  const double d = static_cast<double>(m);
  const double v = scale < 0 ? d / powers[-scale] : d * powers[scale];
  out = negative ? -v : v;
  return true;
}

/// Converts a valid JSON number to the nearest double. Overflow (1e400) is
/// reported; underflow (1e-400) rounds to zero as IEEE 754 does.
inline number_status to_double(std::string_view s, double& out) noexcept {
  if (to_double_exact(s, out)) return number_status::ok;
  const char* first = s.data();
  const char* last = s.data() + s.size();
  auto [p, ec] = std::from_chars(first, last, out, std::chars_format::general);
  if (ec == std::errc::result_out_of_range) {
    // from_chars does not say which way it went: find the decimal exponent of
    // the leading significant digit.
    std::int64_t int_digits = 0, lead_zeros = 0, exp = 0;
    bool seen_nonzero = false, in_frac = false;
    std::size_t i = (s.front() == '-') ? 1 : 0;
    for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
      if (s[i] == '.') {
        in_frac = true;
        continue;
      }
      if (!seen_nonzero && s[i] == '0') {
        if (in_frac) ++lead_zeros;
        continue;
      }
      seen_nonzero = true;
      if (!in_frac) ++int_digits;
    }
    if (i < s.size()) {
      std::string_view e = s.substr(i + 1);
      bool neg = !e.empty() && e.front() == '-';
      if (!e.empty() && (e.front() == '-' || e.front() == '+')) e.remove_prefix(1);
      for (char c : e) {
        exp = exp * 10 + (c - '0');
        if (exp > 100000) break; // far past either end of the double range
      }
      if (neg) exp = -exp;
    }
    const std::int64_t magnitude = (int_digits > 0 ? int_digits - 1 : -(lead_zeros + 1)) + exp;
    if (magnitude > 0) return number_status::overflow;
    out = (s.front() == '-') ? -0.0 : 0.0;
    return number_status::ok;
  }
  (void)p;
  return std::isfinite(out) ? number_status::ok : number_status::overflow;
}

/// Converts a valid JSON number with an integral value (`3`, `3.0`, `3e2`) to
/// int64. A fraction is not_integer; beyond int64 is overflow. Decided on the
/// decimal digits, exactly (a double has only 53 bits).
inline number_status to_int64(std::string_view s, std::int64_t& out) noexcept {
  const bool neg = !s.empty() && s.front() == '-';
  const std::size_t begin = neg ? 1 : 0;
  std::size_t m = begin; // end of the mantissa
  while (m < s.size() && s[m] != 'e' && s[m] != 'E') ++m;
  std::size_t dot = s.find('.', begin);
  if (dot == std::string_view::npos || dot > m) dot = m;
  std::size_t p0 = m, p1 = m; // first and last non-zero digits of the mantissa
  for (std::size_t i = begin; i < m; ++i)
    if (s[i] != '.' && s[i] != '0') {
      if (p0 == m) p0 = i;
      p1 = i;
    }
  if (p0 == m) {
    out = 0;
    return number_status::ok;
  }
  std::int64_t exp = 0;
  if (m < s.size()) {
    std::size_t i = m + 1;
    const bool eneg = s[i] == '-';
    if (s[i] == '-' || s[i] == '+') ++i;
    for (; i < s.size(); ++i)
      if (exp < (std::int64_t{1} << 40)) exp = exp * 10 + (s[i] - '0');
    if (eneg) exp = -exp;
  }
  // Power of ten of the digit at index p of the mantissa.
  const auto power = [&](std::size_t p) {
    return p < dot ? static_cast<std::int64_t>(dot - 1 - p) : -static_cast<std::int64_t>(p - dot);
  };
  const std::int64_t last = power(p1) + exp; // power of ten of the last non-zero digit
  if (last < 0) return number_status::not_integer;
  if (power(p0) + exp >= 19) return number_status::overflow; // 20 digits or more
  char buf[21];
  std::size_t n = 0;
  if (neg) buf[n++] = '-';
  for (std::size_t i = p0; i <= p1; ++i)
    if (s[i] != '.') buf[n++] = s[i];
  for (std::int64_t z = 0; z < last; ++z) buf[n++] = '0';
  const auto [p, ec] = std::from_chars(buf, buf + n, out);
  (void)p;
  return ec == std::errc() ? number_status::ok : number_status::overflow;
}

} // namespace flowrun::detail

#endif
