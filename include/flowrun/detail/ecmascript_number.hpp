// flowrun internals: numbers as ECMAScript writes them (RFC 8785 section 3.2.2.3).
#ifndef FLOWRUN_DETAIL_ECMASCRIPT_NUMBER_HPP
#define FLOWRUN_DETAIL_ECMASCRIPT_NUMBER_HPP

#include <charconv>

namespace flowrun::detail {

/// Appends `d` (finite) as ECMAScript's Number::toString writes it (RFC 8785
/// section 3.2.2.3): the shortest digits that read back as `d`, in fixed
/// notation when 1e-7 <= |d| < 1e21 (`0.000001`, `123.5`,
/// `295147905179352830000`), otherwise with an exponent (`1e-7`, `1e+21`,
/// `5e-324`); integers without a fraction; -0 as `0`. Writes at most 25 bytes
/// to `out` (32 are enough) and returns the end.
inline char* write_ecmascript_number(char* out, double d) noexcept {
  if (d == 0) { // +0 and -0
    *out++ = '0';
    return out;
  }
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  // buf: -?D(.D+)?e[+-]DD+, the shortest digits that round-trip.
  const char* p = buf;
  if (*p == '-') {
    *out++ = '-';
    ++p;
  }
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
  const int n = e + 1; // value = 0.digits x 10^n
  const auto copy = [&](const char* from, int count) {
    for (int i = 0; i < count; ++i) *out++ = from[i];
  };
  const auto zeros = [&](int count) {
    for (int i = 0; i < count; ++i) *out++ = '0';
  };
  if (k <= n && n <= 21) {
    copy(digits, k);
    zeros(n - k);
  } else if (0 < n && n <= 21) {
    copy(digits, n);
    *out++ = '.';
    copy(digits + n, k - n);
  } else if (-6 < n && n <= 0) {
    *out++ = '0';
    *out++ = '.';
    zeros(-n);
    copy(digits, k);
  } else {
    *out++ = digits[0];
    if (k > 1) {
      *out++ = '.';
      copy(digits + 1, k - 1);
    }
    *out++ = 'e';
    *out++ = e < 0 ? '-' : '+';
    out = std::to_chars(out, out + 4, e < 0 ? -e : e).ptr;
  }
  return out;
}

} // namespace flowrun::detail

#endif
