// flowrun internals: the RFC 8259 number grammar and conversions of typed numbers.
#ifndef FLOWRUN_DETAIL_NUMBER_HPP
#define FLOWRUN_DETAIL_NUMBER_HPP

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <system_error>

namespace flowrun::detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// True when `s` is exactly one JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
constexpr bool is_json_number(std::string_view s) noexcept {
  std::size_t i = 0, n = s.size();
  if (i < n && s[i] == '-') ++i;
  if (i >= n) return false;
  if (s[i] == '0') {
    ++i;
  } else if (s[i] >= '1' && s[i] <= '9') {
    while (i < n && is_digit(s[i])) ++i;
  } else {
    return false;
  }
  if (i < n && s[i] == '.') {
    ++i;
    if (i >= n || !is_digit(s[i])) return false;
    while (i < n && is_digit(s[i])) ++i;
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    if (i >= n || !is_digit(s[i])) return false;
    while (i < n && is_digit(s[i])) ++i;
  }
  return i == n;
}

enum class number_status : std::uint8_t { ok, overflow, not_integer };

/// Converts a valid JSON number to the nearest double. Overflow (1e400) is
/// reported; underflow (1e-400) rounds to zero as IEEE 754 does.
inline number_status to_double(std::string_view s, double& out) noexcept {
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
/// int64. A fraction is not_integer; beyond int64 is overflow.
inline number_status to_int64(std::string_view s, std::int64_t& out) noexcept {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (p == s.data() + s.size() && ec == std::errc()) return number_status::ok;
  if (ec == std::errc::result_out_of_range && p == s.data() + s.size()) return number_status::overflow;
  double d = 0;
  if (to_double(s, d) != number_status::ok) return number_status::overflow;
  if (d != std::floor(d)) return number_status::not_integer;
  if (d < -9223372036854775808.0 || d >= 9223372036854775808.0) return number_status::overflow;
  out = static_cast<std::int64_t>(d);
  return number_status::ok;
}

} // namespace flowrun::detail

#endif
