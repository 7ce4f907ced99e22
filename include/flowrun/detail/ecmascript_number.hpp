// flowrun internals: numbers as ECMAScript writes them (RFC 8785 section 3.2.2.3).
#ifndef FLOWRUN_DETAIL_ECMASCRIPT_NUMBER_HPP
#define FLOWRUN_DETAIL_ECMASCRIPT_NUMBER_HPP

#include <charconv>

namespace flowrun::detail {

/// ECMAScript's Number::toString writes 0.D1D2...Dk x 10^n in fixed notation when
/// least_fixed_n <= n <= most_fixed_n (`0.000001` is n = -5, `1e-7` n = -6), with an
/// exponent otherwise.
inline constexpr int most_fixed_n = 21, least_fixed_n = -5;

/// Appends the number 0.D1D2...Dk x 10^n (`digits`: its k >= 1 significant digits, the
/// shortest that read back as its double, D1 not 0), negated when `negative`, laid out as
/// ECMAScript's Number::toString lays them out (RFC 8785 section 3.2.2.3): in fixed
/// notation when -6 < n <= 21 (`0.000001`, `123.5`, `295147905179352830000`), otherwise
/// with an exponent (`1e-7`, `1e+21`, `5e-324`); integers without a fraction. Writes at
/// most k + 27 bytes (32 with k <= 5, 48 with k <= 21) and returns the end.
inline char* write_ecmascript_digits(char* out, bool negative, const char* digits, int k, int n) noexcept {
  if (negative) *out++ = '-';
  const auto copy = [&](const char* from, int count) {
    for (int i = 0; i < count; ++i) *out++ = from[i];
  };
  const auto zeros = [&](int count) {
    for (int i = 0; i < count; ++i) *out++ = '0';
  };
  if (k <= n && n <= most_fixed_n) {
    copy(digits, k);
    zeros(n - k);
  } else if (0 < n && n <= most_fixed_n) {
    copy(digits, n);
    *out++ = '.';
    copy(digits + n, k - n);
  } else if (least_fixed_n <= n && n <= 0) {
    *out++ = '0';
    *out++ = '.';
    zeros(-n);
    copy(digits, k);
  } else {
    const int e = n - 1;
    *out++ = digits[0];
    if (k > 1) {
      *out++ = '.';
      copy(digits + 1, k - 1);
    }
    *out++ = 'e';
    *out++ = e < 0 ? '-' : '+';
    out = std::to_chars(out, out + 5, e < 0 ? -e : e).ptr;
  }
  return out;
}

/// Appends `d` (finite) as ECMAScript's Number::toString writes it (RFC 8785
/// section 3.2.2.3): the shortest digits that read back as `d`, laid out by
/// write_ecmascript_digits; -0 as `0`. Writes at most 25 bytes to `out` (32 are
/// enough) and returns the end.
inline char* write_ecmascript_number(char* out, double d) noexcept {
  if (d == 0) { // +0 and -0
    *out++ = '0';
    return out;
  }
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  // buf: -?D(.D+)?e[+-]DD+, the shortest digits that round-trip.
  const char* p = buf;
  const bool negative = *p == '-';
  if (negative) ++p;
  char digits[20];
  int k = 0;
  for (; *p != 'e'; ++p)
    if (*p != '.') digits[k++] = *p;
  ++p; // 'e'
  const bool eneg = *p == '-';
  ++p;
  int e = 0;
  for (; p < r.ptr; ++p) e = e * 10 + (*p - '0');
  if (eneg) e = -e;
  return write_ecmascript_digits(out, negative, digits, k, e + 1); // value = 0.digits x 10^(e + 1)
}

} // namespace flowrun::detail

#endif
