// flowrun: RFC 3339 `date-time` timestamps, parsed in full and written back as spelled.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_TIMESTAMP_HPP
#define FLOWRUN_TIMESTAMP_HPP

#include <flowrun/detail/print.hpp>
#include <flowrun/detail/word.hpp> // load_le64

#include <bit>
#include <chrono>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace flowrun {

/// Why a text is not an RFC 3339 `date-time`. Values are stable: only append.
enum class timestamp_errc : std::uint8_t {
  ok = 0,
  syntax,              ///< wrong character or length somewhere
  year,                ///< year is signed, or longer than four digits before the '-'
  month,               ///< month outside 01-12
  day,                 ///< day outside 01-28/29/30/31 for that month and year
  hour,                ///< hour outside 00-23
  minute,              ///< minute outside 00-59
  second,              ///< second outside 00-60
  leap_second,         ///< second 60 where the UTC time is not 23:59:60
  offset_hour,         ///< offset hour outside 00-23
  offset_minute,       ///< offset minute outside 00-59
  missing_offset,      ///< text ends where Z or +hh:mm/-hh:mm must come
  trailing_characters, ///< something follows a complete date-time
};

/// A short English reason for `e`, for messages (it follows "... is not an RFC 3339
/// date-time: ", so it does not say so again); "unknown error" for a value out of range.
constexpr std::string_view describe(timestamp_errc e) noexcept {
  switch (e) {
  case timestamp_errc::ok: return "ok";
  case timestamp_errc::syntax: return "expected YYYY-MM-DDThh:mm:ss[.fraction] then Z or +hh:mm/-hh:mm";
  case timestamp_errc::year: return "year must be exactly four ASCII digits, without a sign";
  case timestamp_errc::month: return "month must be 01-12";
  case timestamp_errc::day: return "day is not valid for that month and year";
  case timestamp_errc::hour: return "hour must be 00-23";
  case timestamp_errc::minute: return "minute must be 00-59";
  case timestamp_errc::second: return "second must be 00-59, or 60 for a leap second";
  case timestamp_errc::leap_second: return "second 60 is only valid at 23:59:60 UTC";
  case timestamp_errc::offset_hour: return "offset hour must be 00-23";
  case timestamp_errc::offset_minute: return "offset minute must be 00-59";
  case timestamp_errc::missing_offset: return "offset is missing: add Z or +hh:mm/-hh:mm";
  case timestamp_errc::trailing_characters: return "unexpected characters after the offset";
  }
  return "unknown error";
}

// Calendar helpers. Own namespace: flowrun::detail already has names like is_digit.
namespace detail::calendar {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

constexpr bool is_leap_year(int y) noexcept { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

// Computed, not looked up: GCC 12 copied a local table to the stack on every
// call, which cost try_parse a sixth of its time.
constexpr int days_in_month(int y, int m) noexcept {
  if (m == 2) return is_leap_year(y) ? 29 : 28;
  return 30 + ((m ^ (m >> 3)) & 1); // 31 for 1, 3, 5, 7, 8, 10, 12
}

// Days since 1970-01-01 of a proleptic Gregorian date, year 0 to 9999 (all
// that RFC 3339 writes). Counted from March (February's leap day last) in a
// year moved up by 400 (146,097 days), so that every quotient is of a
// positive number: divisions by constants, each a multiply.
constexpr std::int64_t days_from_civil(int y, int m, int d) noexcept {
  const unsigned from_march = m > 2 ? static_cast<unsigned>(m - 3) : static_cast<unsigned>(m + 9); // March is 0
  const unsigned yy = static_cast<unsigned>(y + 400 - (m <= 2 ? 1 : 0));
  const unsigned days =
      yy * 365 + yy / 4 - yy / 100 + yy / 400 + (153 * from_march + 2) / 5 + static_cast<unsigned>(d) - 1;
  return std::int64_t{days} - (719468 + 146097);
}

// ---- the usual text, a word at a time (timestamp::parse_usual) ------------
//
// Eight bytes are checked against a pattern at once: 'D' an ASCII digit, 't'
// T or t, any other byte itself. x = (w | fold) ^ flip has each digit's value
// (0 to 9) in its byte and 0 in every other byte exactly when w matches (XOR
// with '0' maps '0' to '9', and only them, to 0 to 9). Adding `limit` (0x76
// under a digit, 0x7f elsewhere) sets a byte's high bit when its value is over
// 9 (or over 0), and `| x` flags the bytes already over 0x7f; a carry out of a
// byte comes only from one flagged already, so the lowest flag is exact.
struct word_pattern {
  std::uint64_t fold = 0, flip = 0, limit = 0;
};

constexpr word_pattern make_word_pattern(const char (&pattern)[9]) noexcept {
  word_pattern p;
  for (int k = 0; k < 8; ++k) {
    const char c = pattern[k];
    p.flip |= std::uint64_t{static_cast<unsigned char>(c == 'D' ? '0' : c)} << (8 * k);
    p.limit |= std::uint64_t{c == 'D' ? 0x76u : 0x7fu} << (8 * k);
    if (c == 't') p.fold |= std::uint64_t{0x20} << (8 * k);
  }
  return p;
}

inline constexpr word_pattern date_pattern = make_word_pattern("DDDD-DD-");   // bytes 0-7
inline constexpr word_pattern day_pattern = make_word_pattern("DDtDD:DD");    // bytes 8-15
inline constexpr word_pattern time_pattern = make_word_pattern("DD:DD:DD");   // bytes 11-18
inline constexpr word_pattern zone_pattern = make_word_pattern("+DD:DD\0\0"); // an offset, '-' made '+'
inline constexpr word_pattern digits_pattern = make_word_pattern("DDDDDDDD"); // fraction digits

// w's digit values (see above); `bad` gets a high bit set where w does not match p.
constexpr std::uint64_t match_word(std::uint64_t w, const word_pattern& p, std::uint64_t& bad) noexcept {
  const std::uint64_t x = (w | p.fold) ^ p.flip;
  bad |= (x + p.limit) | x;
  return x;
}

// Byte k of the result is 10 * x_k + x_(k+1): the two-digit number at byte k
// of digit values x (no byte carries: 9 * 10 + 9 < 256).
constexpr std::uint64_t pairs(std::uint64_t x) noexcept { return x * 10 + (x >> 8); }
constexpr unsigned byte_at(std::uint64_t w, int k) noexcept { return static_cast<unsigned>(w >> (8 * k)) & 0xff; }

// Nanoseconds of a fraction whose `count` digits (1 to 7) have their values in
// x's first bytes: padded with zeros to eight digits, read as one number (four
// pairs, then two fours), times ten.
constexpr std::uint32_t fraction_nanos(std::uint64_t x, unsigned count) noexcept {
  std::uint64_t v = pairs(x & ((std::uint64_t{1} << (8 * count)) - 1)); // bytes 0, 2, 4, 6
  v = ((v & 0x000000ff000000ff) * (100 + (std::uint64_t{1000000} << 32)) +
       ((v >> 16) & 0x000000ff000000ff) * (1 + (std::uint64_t{10000} << 32))) >>
      32;
  return static_cast<std::uint32_t>(v) * 10;
}

// "00" to "99": two digits a lookup.
inline constexpr char digit_pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                      "8081828384858687888990919293949596979899";

// Writes v (0 to 99) as two digits at p.
constexpr void put2(char* p, int v) noexcept {
  p[0] = digit_pairs[2 * v];
  p[1] = digit_pairs[2 * v + 1];
}

struct civil_date {
  std::int64_t year;
  int month;
  int day;
};

// Inverse of days_from_civil (Howard Hinnant's civil_from_days).
constexpr civil_date civil_from_days(std::int64_t z) noexcept {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;                                      // [0, 146096]
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // [0, 399]
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               // [0, 365]
  const std::int64_t mp = (5 * doy + 2) / 153;                                    // [0, 11]
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace detail::calendar

namespace detail {
struct timestamp_access;
} // namespace detail

/// An RFC 3339 `date-time` (section 5.6): the UTC instant plus how it was spelled (offset,
/// Z or z, T or t, fraction digits), so it can be compared as an instant and written back
/// byte for byte. Checked in full, leap second included; no leap-second table is consulted.
///
/// Example:
///   auto t = flowrun::timestamp::parse("1998-12-31T15:59:60.123-08:00");
///   assert(t && t->is_leap_second() && t->offset_minutes() == -480);
///   assert(t->unix_seconds() == 915148799); // 1998-12-31T23:59:59Z
///   assert(to_string(*t) == "1998-12-31T15:59:60.123-08:00");
///   assert(!flowrun::timestamp::parse("1998-12-31T23:59:60+01:00"));
///   flowrun::timestamp u;
///   assert(flowrun::timestamp::try_parse("2025-13-01T00:00:00Z", u) == flowrun::timestamp_errc::month);
class timestamp {
public:
  /// 1970-01-01T00:00:00Z.
  constexpr timestamp() noexcept = default;

  /// Parses `text`, which must be exactly one `date-time`; nullopt when it is not one (for
  /// the reason, try_parse). No allocation.
  [[nodiscard]] static constexpr std::optional<timestamp> parse(std::string_view text) noexcept {
    timestamp t;
    if (try_parse(text, t) != timestamp_errc::ok) return std::nullopt;
    return t;
  }

  /// Parses `text`, which must be exactly one `date-time`, and says why not: on success
  /// stores it in `out` and returns ok; otherwise returns the reason and leaves `out`
  /// unchanged. No allocation.
  [[nodiscard]] static constexpr timestamp_errc try_parse(std::string_view text, timestamp& out) noexcept {
    // The usual text a word at a time; any other, and every error, byte by byte.
    if (!std::is_constant_evaluated() && parse_usual(text, out)) return timestamp_errc::ok;
    return parse_any(text, out);
  }

  /// Deprecated (0.2): the reporting form is named try_parse.
  [[deprecated("use timestamp::try_parse(text, out)")]] static constexpr timestamp_errc parse(std::string_view text,
                                                                                              timestamp& out) noexcept {
    return try_parse(text, out);
  }
  /// Deprecated (0.2): the optional-returning form is named parse, as for ids and statuses.
  [[deprecated("use timestamp::parse(text)")]] static constexpr std::optional<timestamp>
  from_string(std::string_view text) noexcept {
    return parse(text);
  }

  /// UTC seconds since 1970-01-01T00:00:00Z, negative before; 23:59:60 counts as 23:59:59.
  constexpr std::int64_t unix_seconds() const noexcept { return seconds_; }
  /// Nanoseconds into the second, 0..999'999'999; fraction digits past the ninth are dropped.
  constexpr std::uint32_t subsecond_nanos() const noexcept { return nanos_; }
  /// True when written as second 60 (a leap second, 23:59:60 UTC).
  constexpr bool is_leap_second() const noexcept { return (flags_ & flag_leap) != 0; }
  /// Offset from UTC in minutes as written: +hh:mm positive, -hh:mm negative, Z and -00:00 zero.
  constexpr std::int16_t offset_minutes() const noexcept { return offset_; }
  /// True when written with Z or z rather than a numeric offset.
  constexpr bool is_utc_designator() const noexcept { return (flags_ & flag_zulu) != 0; }
  /// True for "-00:00": UTC known, local offset unknown (RFC 3339 section 4.3).
  constexpr bool is_unknown_local_offset() const noexcept { return (flags_ & flag_minus_zero) != 0; }
  /// How many fraction digits were written (0 if none), saturating at 255.
  constexpr std::uint8_t fraction_digits() const noexcept { return frac_digits_; }
  /// The fraction digits written past the ninth (empty when there are at most nine), as a
  /// view into the text that was parsed: like every view of a decoded value, valid while
  /// that text is (owned<T> copies it). They count for no instant, only for the spelling.
  constexpr std::string_view extra_fraction_digits() const noexcept {
    if (extra_ == nullptr) return {};
    // The digits are followed by the offset in the parsed text (and in owned copies).
    std::size_t n = 0;
    while (detail::calendar::is_digit(extra_[n])) ++n;
    return {extra_, n};
  }

  /// Local (as-written) year, 0..9999.
  constexpr int year() const noexcept { return static_cast<int>(local_date().year); }
  /// Local month, 1..12.
  constexpr int month() const noexcept { return local_date().month; }
  /// Local day of the month, 1..31.
  constexpr int day() const noexcept { return local_date().day; }
  /// Local hour, 0..23.
  constexpr int hour() const noexcept { return static_cast<int>(local_second_of_day() / 3600); }
  /// Local minute, 0..59.
  constexpr int minute() const noexcept { return static_cast<int>(local_second_of_day() / 60 % 60); }
  /// Local second, 0..59, or 60 for a leap second.
  constexpr int second() const noexcept { return is_leap_second() ? 60 : static_cast<int>(local_second_of_day() % 60); }

  /// Orders instants by (unix_seconds, leap second, subsecond_nanos); the spelling is ignored,
  /// so 23:59:59.9Z < 23:59:60Z < next day 00:00:00Z.
  friend constexpr std::strong_ordering operator<=>(const timestamp& a, const timestamp& b) noexcept {
    if (const auto c = a.seconds_ <=> b.seconds_; c != 0) return c;
    if (const auto c = a.is_leap_second() <=> b.is_leap_second(); c != 0) return c;
    return a.nanos_ <=> b.nanos_;
  }
  /// Same instant, however spelled ("...T12:00:00Z" == "...T13:00:00+01:00").
  friend constexpr bool operator==(const timestamp& a, const timestamp& b) noexcept {
    return a.seconds_ == b.seconds_ && a.nanos_ == b.nanos_ && a.is_leap_second() == b.is_leap_second();
  }
  /// Same instant and same spelling: offset (with -00:00 apart from +00:00), Z or numeric,
  /// case of T and Z, and fraction digit count. Texts may differ only past the ninth digit.
  constexpr bool same_spelling(const timestamp& o) const noexcept {
    return seconds_ == o.seconds_ && nanos_ == o.nanos_ && offset_ == o.offset_ && frac_digits_ == o.frac_digits_ &&
           flags_ == o.flags_;
  }

  /// The instant as whole UTC seconds; a leap second folds into 23:59:59.
  constexpr std::chrono::sys_seconds to_sys_seconds() const noexcept {
    return std::chrono::sys_seconds{std::chrono::seconds{seconds_}};
  }
  /// The instant in nanoseconds; a leap second folds into 23:59:59.fraction. int64 nanoseconds
  /// only reach years 1677-2262: outside that the result saturates to the min or max value.
  constexpr std::chrono::sys_time<std::chrono::nanoseconds> to_sys_time() const noexcept {
    using ns = std::chrono::nanoseconds;
    using lim = std::numeric_limits<std::int64_t>;
    constexpr std::int64_t giga = 1'000'000'000;
    const std::int64_t sub = nanos_;
    std::int64_t total = 0;
    if (seconds_ >= 0) {
      total = seconds_ > (lim::max() - sub) / giga ? lim::max() : seconds_ * giga + sub;
    } else {
      // seconds * giga + sub == (seconds + 1) * giga - (giga - sub), which cannot overflow
      // whenever the result fits.
      const std::int64_t s1 = seconds_ + 1;
      total = s1 < lim::min() / giga || s1 * giga < lim::min() + (giga - sub) ? lim::min() : s1 * giga - (giga - sub);
    }
    return std::chrono::sys_time<ns>{ns{total}};
  }

  /// later - earlier in seconds, from unix_seconds and subsecond_nanos: a leap second counts
  /// as 23:59:59.fraction, so 23:59:60Z - 23:59:59Z is 0, not 1.
  friend constexpr double seconds_between(const timestamp& later, const timestamp& earlier) noexcept {
    const std::int64_t ds = later.seconds_ - earlier.seconds_;
    const std::int64_t dn = static_cast<std::int64_t>(later.nanos_) - earlier.nanos_;
    return static_cast<double>(ds) + static_cast<double>(dn) / 1e9;
  }

  /// Deprecated (0.2): to_string(t), the one spelling for every value's text.
  [[deprecated("use flowrun::to_string(t)")]] std::string to_string() const;

  /// The most characters format_to writes: 255 fraction digits (where they saturate).
  static constexpr std::size_t max_text_size = 26 + 255;

  /// Writes the same text as to_string(t) through `out` (no allocation of its own); returns the
  /// iterator past the last character. At most 35 characters for <= 9 fraction digits.
  template <class OutIt> constexpr OutIt format_to(OutIt out) const { return format(out, false); }

  /// Writes the text exactly as it was parsed, every fraction digit included (those past the
  /// ninth from extra_fraction_digits(), so the parsed text must still be alive when there
  /// are more than nine). This is what the writer (write.hpp) and `flowrun fmt` emit.
  ///
  /// Example:
  ///   std::string s;
  ///   flowrun::timestamp::from_string("2025-10-31T12:00:00.1234567891234Z")->format_exact_to(std::back_inserter(s));
  ///   assert(s == "2025-10-31T12:00:00.1234567891234Z");
  template <class OutIt> constexpr OutIt format_exact_to(OutIt out) const { return format(out, true); }

private:
  friend struct detail::timestamp_access;

  // Any text, byte by byte: the reference reading, which says what is wrong.
  static constexpr timestamp_errc parse_any(std::string_view text, timestamp& out) noexcept {
    using E = timestamp_errc;
    namespace d = detail::calendar;
    const std::size_t n = text.size();
    // Shape first (fixed widths, ASCII digits), so a garbled text is `syntax`, not a range.
    const auto digits = [&](std::size_t pos, std::size_t count) {
      if (pos + count > n) return false;
      for (std::size_t i = pos; i < pos + count; ++i)
        if (!d::is_digit(text[i])) return false;
      return true;
    };
    const auto is = [&](std::size_t pos, char c) { return pos < n && text[pos] == c; };
    const auto num2 = [&](std::size_t pos) { return (text[pos] - '0') * 10 + (text[pos + 1] - '0'); };

    if (!digits(0, 4)) return is(0, '+') || is(0, '-') ? E::year : E::syntax;
    if (!is(4, '-')) {
      // "12020-01-01": an extended year, not merely a wrong character.
      std::size_t end = 4;
      while (end < n && d::is_digit(text[end])) ++end;
      return end > 4 && is(end, '-') ? E::year : E::syntax;
    }
    if (!digits(5, 2) || !is(7, '-') || !digits(8, 2)) return E::syntax;
    if (!is(10, 'T') && !is(10, 't')) return E::syntax;
    if (!digits(11, 2) || !is(13, ':') || !digits(14, 2) || !is(16, ':') || !digits(17, 2)) return E::syntax;
    const int year = num2(0) * 100 + num2(2), month = num2(5), day = num2(8), hour = num2(11), minute = num2(14),
              second = num2(17);

    std::size_t pos = 19;
    std::uint32_t nanos = 0;
    unsigned frac_digits = 0;
    const char* extra = nullptr;
    if (is(pos, '.')) {
      ++pos;
      const std::size_t start = pos;
      for (; pos < n && d::is_digit(text[pos]); ++pos) {
        if (pos - start < 9) nanos = nanos * 10 + static_cast<std::uint32_t>(text[pos] - '0');
      }
      if (pos == start) return E::syntax;
      const std::size_t count = pos - start;
      for (std::size_t i = count; i < 9; ++i) nanos *= 10; // ".5" is 500'000'000 ns
      frac_digits = count > 255 ? 255u : static_cast<unsigned>(count);
      if (count > 9) extra = text.data() + start + 9;
    }

    if (pos == n) return E::missing_offset;
    std::uint8_t flags = 0;
    int off_h = 0, off_m = 0, off_sign = 1;
    if (text[pos] == 'Z' || text[pos] == 'z') {
      flags |= flag_zulu;
      if (text[pos] == 'z') flags |= flag_lower_z;
      pos += 1;
    } else if (text[pos] == '+' || text[pos] == '-') {
      if (!digits(pos + 1, 2) || !is(pos + 3, ':') || !digits(pos + 4, 2)) return E::syntax;
      off_sign = text[pos] == '-' ? -1 : 1;
      off_h = num2(pos + 1);
      off_m = num2(pos + 4);
      pos += 6;
    } else {
      return E::syntax;
    }
    if (pos != n) return E::trailing_characters;

    // Ranges.
    if (month < 1 || month > 12) return E::month;
    if (day < 1 || day > d::days_in_month(year, month)) return E::day;
    if (hour > 23) return E::hour;
    if (minute > 59) return E::minute;
    if (second > 60) return E::second;
    if (off_h > 23) return E::offset_hour;
    if (off_m > 59) return E::offset_minute;
    const int offset = off_sign * (off_h * 60 + off_m);
    if (second == 60) {
      // Leap seconds exist only as 23:59:60 UTC; the offset moves that to local time.
      const int utc_minute_of_day = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440;
      if (utc_minute_of_day != 23 * 60 + 59) return E::leap_second;
      flags |= flag_leap;
    }
    if (text[10] == 't') flags |= flag_lower_t;
    if (off_sign < 0 && offset == 0) flags |= flag_minus_zero;

    timestamp t;
    // A leap second shares the seconds value of 23:59:59; the flag tells them apart.
    const int local_second_of_day = hour * 3600 + minute * 60 + (second == 60 ? 59 : second);
    t.seconds_ = d::days_from_civil(year, month, day) * 86400 + local_second_of_day - std::int64_t{offset} * 60;
    t.nanos_ = nanos;
    t.extra_ = extra;
    t.offset_ = static_cast<std::int16_t>(offset);
    t.frac_digits_ = static_cast<std::uint8_t>(frac_digits);
    t.flags_ = flags;
    out = t;
    return E::ok;
  }

  // The usual text, a word at a time (see detail::calendar::word_pattern):
  // YYYY-MM-DDThh:mm:ss, seconds up to 59, 0 to 7 fraction digits (milli- and
  // microseconds), then Z, z or an offset. True, with `out` set, when `text` is
  // one and valid; false for any other text, valid or not, which parse_any
  // then reads. Reads nothing outside `text`.
  static bool parse_usual(std::string_view text, timestamp& out) noexcept {
    namespace d = detail::calendar;
    const std::size_t n = text.size();
    if (n < 20) return false;
    const char* const p = text.data();
    std::uint64_t bad = 0;
    const std::uint64_t date = d::pairs(d::match_word(detail::load_le64(p), d::date_pattern, bad));
    const std::uint64_t day = d::pairs(d::match_word(detail::load_le64(p + 8), d::day_pattern, bad));
    const std::uint64_t time = d::pairs(d::match_word(detail::load_le64(p + 11), d::time_pattern, bad));
    std::size_t pos = 19;
    std::uint32_t nanos = 0;
    unsigned frac_digits = 0;
    if (p[pos] == '.') {
      if (n - pos < 3) return false; // no room for a digit and Z
      // The 8 bytes after the dot, or the text's last 8 shifted down, zeros past its end.
      const std::size_t left = n - 20;
      const std::uint64_t w = left >= 8 ? detail::load_le64(p + 20) : detail::load_le64(p + n - 8) >> (8 * (8 - left));
      std::uint64_t not_digit = 0;
      const std::uint64_t x = d::match_word(w, d::digits_pattern, not_digit);
      not_digit &= detail::byte_highs;
      frac_digits = not_digit ? static_cast<unsigned>(std::countr_zero(not_digit)) / 8 : 8;
      if (frac_digits - 1 >= 7) return false; // none, or 8 or more
      nanos = d::fraction_nanos(x, frac_digits);
      pos = 20 + frac_digits;
    }
    std::uint8_t flags = p[10] == 't' ? flag_lower_t : 0;
    int offset = 0;
    if (n - pos == 1) {
      if ((p[pos] | 0x20) != 'z') return false;
      flags |= p[pos] == 'z' ? flag_zulu | flag_lower_z : flag_zulu;
    } else if (n - pos == 6) {
      // The offset is the text's last 6 bytes; '-' becomes '+' for the pattern.
      const bool minus = p[pos] == '-';
      const std::uint64_t zone =
          d::pairs(d::match_word((detail::load_le64(p + n - 8) >> 16) ^ (minus ? '+' ^ '-' : 0), d::zone_pattern, bad));
      const unsigned off_h = d::byte_at(zone, 1), off_m = d::byte_at(zone, 4);
      if (off_h > 23 || off_m > 59) return false;
      offset = static_cast<int>(off_h * 60 + off_m);
      if (minus) {
        offset = -offset;
        if (offset == 0) flags |= flag_minus_zero;
      }
    } else {
      return false;
    }
    const unsigned year = d::byte_at(date, 0) * 100 + d::byte_at(date, 2), month = d::byte_at(date, 5),
                   mday = d::byte_at(day, 0), hour = d::byte_at(time, 0), minute = d::byte_at(time, 3),
                   second = d::byte_at(time, 6);
    // Every check at once: one branch, taken for valid texts.
    const int m = static_cast<int>(month), y = static_cast<int>(year);
    if ((bad & detail::byte_highs) != 0 || month - 1 > 11 ||
        mday - 1 >= static_cast<unsigned>(d::days_in_month(y, m)) || hour > 23 || minute > 59 || second > 59)
      return false;
    timestamp t;
    t.seconds_ = d::days_from_civil(y, m, static_cast<int>(mday)) * 86400 + hour * 3600 + minute * 60 + second -
                 std::int64_t{offset} * 60;
    t.nanos_ = nanos;
    t.offset_ = static_cast<std::int16_t>(offset);
    t.frac_digits_ = static_cast<std::uint8_t>(frac_digits);
    t.flags_ = flags;
    out = t;
    return true;
  }

  template <class OutIt> constexpr OutIt format(OutIt out, bool exact) const {
    namespace d = detail::calendar;
    const auto put = [&](char c) {
      *out = c;
      ++out;
    };
    // The date and time, then the fraction's nine digits, in local arrays with
    // two digits to a table lookup; then as many as are written.
    const local_day at = local(); // what local_date() and second() would each divide again
    const d::civil_date date = d::civil_from_days(at.days);
    const int sod = static_cast<int>(at.second_of_day);
    const int y = static_cast<int>(date.year);
    char head[19] = {};
    d::put2(head, y / 100);
    d::put2(head + 2, y % 100);
    head[4] = '-';
    d::put2(head + 5, date.month);
    head[7] = '-';
    d::put2(head + 8, date.day);
    head[10] = (flags_ & flag_lower_t) != 0 ? 't' : 'T';
    d::put2(head + 11, sod / 3600);
    head[13] = ':';
    d::put2(head + 14, sod / 60 % 60);
    head[16] = ':';
    d::put2(head + 17, is_leap_second() ? 60 : sod % 60); // second()
    for (const char c : head) put(c);
    if (frac_digits_ > 0) {
      char frac[10] = {'.'};
      const int hi = static_cast<int>(nanos_ / 100000), lo = static_cast<int>(nanos_ % 100000);
      d::put2(frac + 1, hi / 100);
      d::put2(frac + 3, hi % 100);
      frac[5] = static_cast<char>('0' + lo / 10000);
      d::put2(frac + 6, lo / 100 % 100);
      d::put2(frac + 8, lo % 100);
      const unsigned shown = frac_digits_ < 9 ? frac_digits_ : 9u;
      for (unsigned i = 0; i <= shown; ++i) put(frac[i]);
      if (exact) {
        for (const char c : extra_fraction_digits()) put(c);
      } else {
        for (unsigned i = 9; i < frac_digits_; ++i) put('0');
      }
    }
    if (is_utc_designator()) {
      put((flags_ & flag_lower_z) != 0 ? 'z' : 'Z');
    } else {
      const bool minus = offset_ < 0 || is_unknown_local_offset();
      const int a = minus ? -offset_ : offset_;
      char zone[6] = {minus ? '-' : '+', 0, 0, ':'};
      d::put2(zone + 1, a / 60);
      d::put2(zone + 4, a % 60);
      for (const char c : zone) put(c);
    }
    return out;
  }

  static constexpr std::uint8_t flag_leap = 1;        // written as second 60
  static constexpr std::uint8_t flag_zulu = 2;        // written with Z or z
  static constexpr std::uint8_t flag_lower_z = 4;     // ... and it was z
  static constexpr std::uint8_t flag_lower_t = 8;     // separator was t
  static constexpr std::uint8_t flag_minus_zero = 16; // offset was -00:00

  // The as-written wall clock, counted like unix seconds.
  constexpr std::int64_t local_seconds() const noexcept { return seconds_ + std::int64_t{offset_} * 60; }
  // The as-written wall clock split in one division: days since 1970-01-01, and the
  // time of day in seconds, 0..86399 (a leap second reads as :59).
  struct local_day {
    std::int64_t days, second_of_day;
  };
  constexpr local_day local() const noexcept {
    const std::int64_t days = detail::calendar::floor_div(local_seconds(), 86400);
    return {days, local_seconds() - days * 86400};
  }
  // The as-written calendar date.
  constexpr detail::calendar::civil_date local_date() const noexcept {
    return detail::calendar::civil_from_days(local().days);
  }
  constexpr std::int64_t local_second_of_day() const noexcept { return local().second_of_day; }

  std::int64_t seconds_ = 0;     // UTC unix seconds; a leap second is stored as :59
  const char* extra_ = nullptr;  // fraction digits past the ninth, in the parsed text
  std::uint32_t nanos_ = 0;      // 0..999'999'999
  std::int16_t offset_ = 0;      // minutes east of UTC
  std::uint8_t frac_digits_ = 0; // fraction digits written, saturating at 255
  std::uint8_t flags_ = flag_zulu;
};

namespace detail {
// Lets owning copies (types.hpp) move the digits past the ninth onto their own storage.
struct timestamp_access {
  // The kept text: the digits past the ninth and the one character after them (the start
  // of the offset), which ends the digits wherever the text is copied to.
  static constexpr std::string_view kept(const timestamp& t) noexcept {
    const std::string_view d = t.extra_fraction_digits();
    return d.empty() ? d : std::string_view(d.data(), d.size() + 1);
  }
  static constexpr void rebase(timestamp& t, std::string_view kept) noexcept { t.extra_ = kept.data(); }
  // The two readings behind try_parse, for tests that hold them to each other.
  static bool parse_usual(std::string_view s, timestamp& t) noexcept { return timestamp::parse_usual(s, t); }
  static constexpr timestamp_errc parse_any(std::string_view s, timestamp& t) noexcept {
    return timestamp::parse_any(s, t);
  }
};
} // namespace detail

/// The text as it was spelled: same local time, T/t, Z/z or offset, fraction digit count
/// (digits past the ninth come back as '0'). to_string(*timestamp::parse(s)) == s for <= 9
/// digits. It reads nothing but the timestamp, so it is safe after the parsed text is gone;
/// for every digit as written, see timestamp::format_exact_to.
inline std::string to_string(const timestamp& t) {
  std::string s;
  s.reserve(30u + t.fraction_digits());
  t.format_to(std::back_inserter(s));
  return s;
}

inline std::string timestamp::to_string() const { return flowrun::to_string(*this); }

/// Prints to_string(t), without allocating: `std::cout << run.started_at`.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const timestamp& t) {
  char text[timestamp::max_text_size];
  const char* end = t.format_to(text);
  return detail::print(os, std::string_view(text, static_cast<std::size_t>(end - text)));
}

/// Also reachable as flowrun::seconds_between (a hidden friend alone is found only by ADL).
constexpr double seconds_between(const timestamp& later, const timestamp& earlier) noexcept;

static_assert(sizeof(timestamp) <= 24, "timestamp is meant to stay small and cheap to copy");

} // namespace flowrun

#if FLOWRUN_HAS_FORMAT
/// `std::format("{}", run.started_at)` gives to_string(t); the spec is a string's.
template <> struct std::formatter<flowrun::timestamp, char> : flowrun::detail::text_formatter<flowrun::timestamp> {};
#endif

#endif // FLOWRUN_TIMESTAMP_HPP
