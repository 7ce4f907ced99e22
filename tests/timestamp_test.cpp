#include <flowrun/timestamp.hpp>

#include <gtest/gtest.h>
#include <simdjson.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <limits>
#include <optional>
#include <ostream>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#ifndef FLOWRUN_TEST_DATA_DIR
#define FLOWRUN_TEST_DATA_DIR "tests/data"
#endif

namespace flowrun {
// Readable failure messages instead of gtest's byte dumps.
void PrintTo(const timestamp& t, std::ostream* os) { *os << to_string(t); }
void PrintTo(timestamp_errc e, std::ostream* os) { *os << static_cast<int>(e) << " (" << describe(e) << ")"; }
} // namespace flowrun

namespace {

using flowrun::timestamp;
using flowrun::timestamp_errc;
using E = flowrun::timestamp_errc;

constexpr timestamp_errc errc_of(std::string_view s) {
  timestamp t;
  return timestamp::try_parse(s, t);
}

timestamp must(std::string_view s) {
  timestamp t;
  const timestamp_errc e = timestamp::try_parse(s, t);
  EXPECT_EQ(e, E::ok) << "for \"" << s << "\"";
  return t;
}

// The text format_to produces, built without to_string, so both paths are checked.
constexpr bool formats_as(std::string_view in, std::string_view expected) {
  const auto t = timestamp::parse(in);
  if (!t) return false;
  std::array<char, 64> buf{};
  char* end = t->format_to(buf.data());
  return std::string_view(buf.data(), static_cast<std::size_t>(end - buf.data())) == expected;
}

// ---------------------------------------------------------------------------------------
// Compile time: parse, checks, conversions and formatting are all constant expressions.

static_assert(sizeof(timestamp) <= 24);
static_assert(timestamp{}.unix_seconds() == 0 && timestamp{}.is_utc_designator());
static_assert(errc_of("1998-12-31T23:59:60Z") == E::ok);
static_assert(errc_of("1998-12-31T23:59:60+01:00") == E::leap_second);
static_assert(errc_of("2023-02-29T00:00:00Z") == E::day);
static_assert(timestamp::parse("1998-12-31T15:59:60.123-08:00")->unix_seconds() == 915148799);
static_assert(timestamp::parse("2025-10-31T12:00:00.5Z")->subsecond_nanos() == 500000000);
static_assert(*timestamp::parse("2025-10-31T13:00:00+01:00") == *timestamp::parse("2025-10-31T12:00:00Z"));
static_assert(formats_as("1998-12-31t15:59:60.123-08:00", "1998-12-31t15:59:60.123-08:00"));
static_assert(formats_as("1985-04-12T00:59:59.999999999999999Z", "1985-04-12T00:59:59.999999999000000Z"));
static_assert(timestamp::parse("1985-04-12T00:59:59.9999999991234Z")->extra_fraction_digits() == "1234");
static_assert(seconds_between(*timestamp::parse("2000-01-01T00:00:01Z"), *timestamp::parse("2000-01-01T00:00:00Z")) ==
              1.0);
static_assert(timestamp::parse("2000-01-01T00:00:00Z")->to_sys_time().time_since_epoch() ==
              std::chrono::seconds{946684800});
static_assert(flowrun::describe(E::day) == "day is not valid for that month and year");

// ---------------------------------------------------------------------------------------
// Date fields.

TEST(TimestampDate, MonthBounds) {
  EXPECT_EQ(errc_of("2024-00-15T00:00:00Z"), E::month);
  EXPECT_EQ(errc_of("2024-01-15T00:00:00Z"), E::ok);
  EXPECT_EQ(errc_of("2024-12-15T00:00:00Z"), E::ok);
  EXPECT_EQ(errc_of("2024-13-15T00:00:00Z"), E::month);
  EXPECT_EQ(errc_of("2024-99-15T00:00:00Z"), E::month);
}

TEST(TimestampDate, DayBounds) {
  EXPECT_EQ(errc_of("2024-01-00T00:00:00Z"), E::day);
  EXPECT_EQ(errc_of("2024-01-01T00:00:00Z"), E::ok);
  EXPECT_EQ(errc_of("2024-01-31T00:00:00Z"), E::ok);
  EXPECT_EQ(errc_of("2024-01-32T00:00:00Z"), E::day);
  EXPECT_EQ(errc_of("2024-04-30T00:00:00Z"), E::ok);
  EXPECT_EQ(errc_of("2024-04-31T00:00:00Z"), E::day);
  EXPECT_EQ(errc_of("2024-12-31T00:00:00Z"), E::ok);
}

TEST(TimestampDate, LastDayOfEveryMonth) {
  // Hand-written table, independent of the header's.
  constexpr int common[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (const int year : {2023, 2024}) {
    for (int m = 1; m <= 12; ++m) {
      const int last = common[m - 1] + (m == 2 && year == 2024 ? 1 : 0);
      char ok[32], bad[32];
      std::snprintf(ok, sizeof ok, "%04d-%02d-%02dT00:00:00Z", year, m, last);
      std::snprintf(bad, sizeof bad, "%04d-%02d-%02dT00:00:00Z", year, m, last + 1);
      EXPECT_EQ(errc_of(ok), E::ok) << ok;
      EXPECT_EQ(errc_of(bad), E::day) << bad;
    }
  }
}

TEST(TimestampDate, GregorianLeapYears) {
  EXPECT_EQ(errc_of("2000-02-29T00:00:00Z"), E::ok);  // divisible by 400
  EXPECT_EQ(errc_of("1900-02-29T00:00:00Z"), E::day); // divisible by 100 only
  EXPECT_EQ(errc_of("2100-02-29T00:00:00Z"), E::day);
  EXPECT_EQ(errc_of("2024-02-29T00:00:00Z"), E::ok);  // divisible by 4
  EXPECT_EQ(errc_of("2023-02-29T00:00:00Z"), E::day); // common year
  EXPECT_EQ(errc_of("2023-02-28T00:00:00Z"), E::ok);
  EXPECT_EQ(errc_of("2024-02-30T00:00:00Z"), E::day);
  EXPECT_EQ(errc_of("0000-02-29T00:00:00Z"), E::ok); // year 0 is divisible by 400
}

TEST(TimestampDate, YearRange) {
  const timestamp lo = must("0000-01-01T00:00:00Z");
  EXPECT_EQ(lo.unix_seconds(), -62167219200);
  EXPECT_EQ(lo.year(), 0);
  const timestamp hi = must("9999-12-31T23:59:59Z");
  EXPECT_EQ(hi.unix_seconds(), 253402300799);
  EXPECT_EQ(hi.year(), 9999);
  // Offsets may carry the UTC instant outside 0000-9999; the written date stays in range.
  EXPECT_EQ(must("0000-01-01T00:00:00+23:59").unix_seconds(), -62167219200 - 1439 * 60);
  EXPECT_EQ(must("9999-12-31T23:59:59-23:59").unix_seconds(), 253402300799 + 1439 * 60);
}

TEST(TimestampDate, YearMustBeFourDigitsWithoutSign) {
  EXPECT_EQ(errc_of("+2020-01-01T00:00:00Z"), E::year);
  EXPECT_EQ(errc_of("-2020-01-01T00:00:00Z"), E::year);
  EXPECT_EQ(errc_of("12020-01-01T00:00:00Z"), E::year);
  EXPECT_EQ(errc_of("+11963-06-19T08:30:06.283185Z"), E::year);
  EXPECT_EQ(errc_of("998-01-01T00:00:00Z"), E::syntax);
  EXPECT_EQ(errc_of("20-01-01T00:00:00Z"), E::syntax);
  EXPECT_EQ(errc_of("20240101T080000Z"), E::syntax); // ISO 8601 basic format, not a long year
  EXPECT_EQ(errc_of("2147483648-01-01T00:00:00Z"), E::year);
}

// Every month of years 0000-9999, at the days where validity can change (and one inside),
// against std::chrono as an oracle for both validity and the day count.
TEST(TimestampDate, EveryMonthAgreesWithChrono) {
  using namespace std::chrono;
  long checked = 0;
  for (int y = 0; y <= 9999; ++y) {
    for (unsigned m = 1; m <= 12; ++m) {
      for (const unsigned d : {0u, 1u, 15u, 28u, 29u, 30u, 31u, 32u}) {
        char text[32];
        std::snprintf(text, sizeof text, "%04d-%02u-%02uT00:00:00Z", y, m, d);
        const year_month_day ymd{year{y}, month{m}, day{d}};
        timestamp t;
        const timestamp_errc e = timestamp::try_parse(text, t);
        if (ymd.ok()) {
          ASSERT_EQ(e, E::ok) << text;
          ASSERT_EQ(t.unix_seconds(), sys_seconds{sys_days{ymd}}.time_since_epoch().count()) << text;
        } else {
          ASSERT_EQ(e, E::day) << text;
        }
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 10000L * 12 * 8);
}

// ---------------------------------------------------------------------------------------
// Time fields and leap seconds.

TEST(TimestampTime, FieldBounds) {
  EXPECT_EQ(errc_of("2024-01-01T00:00:00Z"), E::ok);
  EXPECT_EQ(errc_of("2024-01-01T23:59:59Z"), E::ok);
  EXPECT_EQ(errc_of("2024-01-01T24:00:00Z"), E::hour);
  EXPECT_EQ(errc_of("2024-01-01T99:00:00Z"), E::hour);
  EXPECT_EQ(errc_of("2024-01-01T12:60:00Z"), E::minute);
  EXPECT_EQ(errc_of("2024-01-01T12:00:61Z"), E::second);
  EXPECT_EQ(errc_of("2024-01-01T12:00:99Z"), E::second);
  EXPECT_EQ(errc_of("2016-12-31T24:59:60+01:00"), E::hour); // hour 24 even with a leap second
}

TEST(TimestampTime, LeapSecondUtc) {
  const timestamp t = must("1998-12-31T23:59:60Z");
  EXPECT_TRUE(t.is_leap_second());
  EXPECT_EQ(t.second(), 60);
  EXPECT_EQ(t.unix_seconds(), 915148799); // same seconds value as 23:59:59
  EXPECT_EQ(t.unix_seconds(), must("1998-12-31T23:59:59Z").unix_seconds());
  EXPECT_FALSE(must("1998-12-31T23:59:59Z").is_leap_second());
  EXPECT_EQ(errc_of("1998-12-31T23:58:60Z"), E::leap_second);
  EXPECT_EQ(errc_of("1998-12-31T22:59:60Z"), E::leap_second);
  EXPECT_EQ(errc_of("1998-12-31T00:00:60Z"), E::leap_second);
  EXPECT_EQ(errc_of("1998-12-31T23:59:61Z"), E::second);
  // No leap-second table: any date may carry one.
  EXPECT_EQ(errc_of("2023-06-15T23:59:60Z"), E::ok);
  EXPECT_EQ(errc_of("0000-01-01T23:59:60z"), E::ok);
  EXPECT_EQ(errc_of("9999-12-31T23:59:60Z"), E::ok);
}

TEST(TimestampTime, LeapSecondWithOffsets) {
  const timestamp t = must("1998-12-31T15:59:60.123-08:00");
  EXPECT_TRUE(t.is_leap_second());
  EXPECT_EQ(t.unix_seconds(), 915148799);
  EXPECT_EQ(t.subsecond_nanos(), 123000000u);
  EXPECT_EQ(errc_of("1998-12-31T23:59:60+01:00"), E::leap_second);
  EXPECT_EQ(errc_of("1998-12-31T23:59:60-01:00"), E::leap_second);
  EXPECT_EQ(errc_of("1998-12-31T23:59:60+00:30"), E::leap_second);
  EXPECT_EQ(errc_of("1998-12-31T23:59:60+00:00"), E::ok);
  EXPECT_EQ(errc_of("1998-12-31T23:59:60-00:00"), E::ok);
  EXPECT_EQ(errc_of("1999-01-01T00:59:60+01:00"), E::ok); // wraps back across midnight
  EXPECT_EQ(errc_of("1998-12-31T01:29:60+01:30"), E::ok); // 1998-12-30T23:59:60Z
  EXPECT_EQ(errc_of("1998-12-31T00:29:60-23:30"), E::ok); // 1998-12-31T23:59:60Z
  EXPECT_EQ(errc_of("1998-12-31T23:29:60+23:30"), E::ok); // 1998-12-30T23:59:60Z
  EXPECT_EQ(errc_of("1998-12-31T15:58:60-08:00"), E::leap_second);
  // The UTC day of a leap second may fall outside 0000-9999.
  EXPECT_EQ(must("0000-01-01T00:59:60+01:00").unix_seconds(), -62167219200 - 1);
}

// Every local hh:mm and a spread of offsets: hh:mm:60 is valid exactly where hh:mm:59 at
// that offset is 23:59:59 UTC (checked through unix_seconds, not the parser's own formula).
TEST(TimestampTime, LeapSecondEveryMinuteAndOffset) {
  std::vector<int> offsets;
  for (int o = -1439; o <= 1439; o += 7) offsets.push_back(o);
  for (const int o : {-480, -60, -1, 0, 1, 60, 90, 330, 1410, 1439}) offsets.push_back(o);
  for (const int o : offsets) {
    const int a = o < 0 ? -o : o;
    for (int hm = 0; hm < 1440; ++hm) {
      char at59[40], at60[40];
      std::snprintf(at59, sizeof at59, "2016-12-31T%02d:%02d:59%c%02d:%02d", hm / 60, hm % 60, o < 0 ? '-' : '+',
                    a / 60, a % 60);
      std::snprintf(at60, sizeof at60, "2016-12-31T%02d:%02d:60%c%02d:%02d", hm / 60, hm % 60, o < 0 ? '-' : '+',
                    a / 60, a % 60);
      timestamp t59;
      ASSERT_EQ(timestamp::try_parse(at59, t59), E::ok) << at59;
      const std::int64_t sod = ((t59.unix_seconds() % 86400) + 86400) % 86400;
      const bool is_leap_instant = sod == 86399;
      timestamp t60;
      ASSERT_EQ(timestamp::try_parse(at60, t60), is_leap_instant ? E::ok : E::leap_second) << at60;
      if (is_leap_instant) {
        ASSERT_EQ(t60.unix_seconds(), t59.unix_seconds()) << at60;
        ASSERT_TRUE(t60 > t59) << at60;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------
// Separators, designators and offsets.

TEST(TimestampSyntax, SeparatorTOrt) {
  EXPECT_EQ(errc_of("2024-01-01T12:00:00Z"), E::ok);
  EXPECT_EQ(errc_of("2024-01-01t12:00:00Z"), E::ok);
  EXPECT_EQ(errc_of("2024-01-01 12:00:00Z"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01_12:00:00Z"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-0112:00:00Z"), E::syntax);
  EXPECT_EQ(must("2024-01-01T12:00:00Z"), must("2024-01-01t12:00:00Z"));
}

TEST(TimestampSyntax, UtcDesignator) {
  const timestamp upper = must("2024-01-01T12:00:00Z");
  const timestamp lower = must("2024-01-01T12:00:00z");
  EXPECT_TRUE(upper.is_utc_designator());
  EXPECT_TRUE(lower.is_utc_designator());
  EXPECT_EQ(upper.offset_minutes(), 0);
  EXPECT_EQ(upper, lower);
  EXPECT_FALSE(must("2024-01-01T12:00:00+00:00").is_utc_designator());
  EXPECT_EQ(errc_of("2024-01-01T12:00:00UTC"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00Z+00:30"), E::trailing_characters);
  EXPECT_EQ(errc_of("1963-06-19T08:30:06.28123+01:00Z"), E::trailing_characters);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00ZZ"), E::trailing_characters);
}

TEST(TimestampSyntax, NumericOffsets) {
  EXPECT_EQ(must("2024-01-01T12:00:00+05:30").offset_minutes(), 330);
  EXPECT_EQ(must("2024-01-01T12:00:00-08:00").offset_minutes(), -480);
  EXPECT_EQ(must("2024-01-01T12:00:00+23:59").offset_minutes(), 1439);
  EXPECT_EQ(must("2024-01-01T12:00:00-23:59").offset_minutes(), -1439);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00+24:00"), E::offset_hour);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00-24:00"), E::offset_hour);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00+23:60"), E::offset_minute);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00+10:60"), E::offset_minute);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00+01"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00+0100"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00+1:00"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00-8:000"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00#01:00"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00 PST"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00"), E::missing_offset);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00.52"), E::missing_offset);
}

TEST(TimestampSyntax, MinusZeroOffsetIsKept) {
  const timestamp minus = must("2024-01-01T12:00:00-00:00");
  const timestamp plus = must("2024-01-01T12:00:00+00:00");
  const timestamp zulu = must("2024-01-01T12:00:00Z");
  EXPECT_EQ(minus.offset_minutes(), 0);
  EXPECT_TRUE(minus.is_unknown_local_offset());
  EXPECT_FALSE(plus.is_unknown_local_offset());
  EXPECT_FALSE(zulu.is_unknown_local_offset());
  EXPECT_FALSE(minus.is_utc_designator());
  EXPECT_EQ(minus, plus);
  EXPECT_EQ(minus, zulu);
  EXPECT_FALSE(minus.same_spelling(plus));
  EXPECT_FALSE(plus.same_spelling(zulu));
  EXPECT_EQ(to_string(minus), "2024-01-01T12:00:00-00:00");
  EXPECT_EQ(to_string(plus), "2024-01-01T12:00:00+00:00");
}

TEST(TimestampSyntax, FractionDigits) {
  const timestamp none = must("2024-01-01T12:00:00Z");
  EXPECT_EQ(none.fraction_digits(), 0);
  EXPECT_EQ(none.subsecond_nanos(), 0u);
  const timestamp half = must("2024-01-01T12:00:00.5Z");
  EXPECT_EQ(half.fraction_digits(), 1);
  EXPECT_EQ(half.subsecond_nanos(), 500000000u);
  EXPECT_EQ(must("2024-01-01T12:00:00.000000001Z").subsecond_nanos(), 1u);
  EXPECT_EQ(must("2024-01-01T12:00:00.123456789Z").subsecond_nanos(), 123456789u);
  EXPECT_EQ(must("2024-01-01T12:00:00.000000Z").subsecond_nanos(), 0u);
  EXPECT_EQ(must("2024-01-01T12:00:00.000000Z").fraction_digits(), 6);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00.Z"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00."), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00,5Z"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00.5.5Z"), E::syntax);
}

TEST(TimestampSyntax, FractionIsTruncatedNotRounded) {
  const timestamp t = must("1985-04-12T00:59:59.999999999999999Z");
  EXPECT_EQ(t.subsecond_nanos(), 999999999u);
  EXPECT_EQ(t.fraction_digits(), 15);
  EXPECT_EQ(t.unix_seconds(), must("1985-04-12T00:59:59Z").unix_seconds()); // no carry
  EXPECT_EQ(to_string(t), "1985-04-12T00:59:59.999999999000000Z");
  EXPECT_EQ(must("2024-01-01T12:00:00.0000000019Z").subsecond_nanos(), 1u); // not 2
  EXPECT_EQ(must("2024-01-01T12:00:00.9999999995Z").subsecond_nanos(), 999999999u);
}

TEST(TimestampSyntax, FractionDigitCountSaturates) {
  const std::string text = "2024-01-01T12:00:00." + std::string(300, '7') + "Z";
  const timestamp t = must(text);
  EXPECT_EQ(t.fraction_digits(), 255);
  EXPECT_EQ(t.subsecond_nanos(), 777777777u);
}

// The SPEC's decision: digits past the ninth are data. The instant keeps nine; the spelling
// keeps every digit, for format_exact_to (to_string writes zeros and needs no parsed text).
TEST(TimestampSyntax, DigitsPastTheNinthAreKeptForTheExactSpelling) {
  const std::string text = "2025-10-31t12:00:00.1234567891234z";
  const timestamp t = must(text);
  EXPECT_EQ(t.subsecond_nanos(), 123456789u);
  EXPECT_EQ(t.extra_fraction_digits(), "1234");
  EXPECT_EQ(t.extra_fraction_digits().data(), text.data() + 29) << "a view into the parsed text";
  std::string exact;
  t.format_exact_to(std::back_inserter(exact));
  EXPECT_EQ(exact, text);
  EXPECT_EQ(to_string(t), "2025-10-31t12:00:00.1234567890000z");
  EXPECT_EQ(t, must("2025-10-31T12:00:00.123456789Z")) << "the extra digits are not part of the instant";

  const std::string offset = "1985-04-12T00:59:59.999999999999999-08:00";
  std::string back;
  must(offset).format_exact_to(std::back_inserter(back));
  EXPECT_EQ(back, offset);

  const std::string many = "2024-01-01T12:00:00." + std::string(300, '7') + "Z"; // past the 255 saturation
  const timestamp m = must(many);
  EXPECT_EQ(m.fraction_digits(), 255);
  EXPECT_EQ(m.extra_fraction_digits().size(), 291u);
  std::string m_back;
  m.format_exact_to(std::back_inserter(m_back));
  EXPECT_EQ(m_back, many);
}

TEST(TimestampSyntax, NineDigitsOrFewerKeepNoView) {
  for (const std::string_view s :
       {"2024-01-01T12:00:00Z", "2024-01-01T12:00:00.5Z", "2024-01-01T12:00:00.123456789Z"}) {
    const timestamp t = must(s);
    EXPECT_TRUE(t.extra_fraction_digits().empty()) << s;
    std::string exact;
    t.format_exact_to(std::back_inserter(exact));
    EXPECT_EQ(exact, s);
    EXPECT_EQ(exact, to_string(t));
  }
  EXPECT_TRUE(timestamp{}.extra_fraction_digits().empty());
}

TEST(TimestampSyntax, AsciiDigitsOnly) {
  EXPECT_EQ(errc_of("1963-06-1\u09eaT00:00:00Z"), E::syntax);      // Bengali 4 in the date
  EXPECT_EQ(errc_of("1963-06-11T0\u09ea:00:00Z"), E::syntax);      // ... and in the time
  EXPECT_EQ(errc_of("\u09e80-01-01T00:00:00Z"), E::syntax);        // three bytes for one digit
  EXPECT_EQ(errc_of("2024-01-01T12:00:00.\uff15Z"), E::syntax);    // fullwidth 5
  EXPECT_EQ(errc_of("2024-01-01T12:00:00+0\u0661:00"), E::syntax); // Arabic-Indic 1
  EXPECT_EQ(errc_of("2020-0:-01T00:00:00Z"), E::syntax);           // ':' follows '9' in ASCII
  EXPECT_EQ(errc_of("2020-0/-01T00:00:00Z"), E::syntax);           // '/' precedes '0'
  EXPECT_EQ(errc_of("YYYY-MM-DDThh:mm:ssZ"), E::syntax);
  const std::string high = std::string("2024-01-01T12:00:00") + '\xB5' + "Z";
  EXPECT_EQ(errc_of(high), E::syntax);
}

TEST(TimestampSyntax, NothingBeforeOrAfter) {
  EXPECT_EQ(errc_of(""), E::syntax);
  EXPECT_EQ(errc_of(" 2024-01-01T12:00:00Z"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T12:00:00Z "), E::trailing_characters);
  EXPECT_EQ(errc_of("1985-04-12T23:20:50Z\n"), E::trailing_characters);
  EXPECT_EQ(errc_of("1985-04-12T23:20:50+01:00\n"), E::trailing_characters);
  EXPECT_EQ(errc_of("1985-04-12T23:20:50Z\r\n"), E::trailing_characters);
  EXPECT_EQ(errc_of(std::string_view("1985-04-12T23:20:50Z\0", 21)), E::trailing_characters);
  EXPECT_EQ(errc_of(std::string_view("1985-04-12T23:20:50\0Z", 21)), E::syntax);
  EXPECT_EQ(errc_of("\xEF\xBB\xBF"
                    "1985-04-12T23:20:50Z"),
            E::syntax); // byte order mark
}

TEST(TimestampSyntax, EveryTruncationFails) {
  for (const std::string_view full :
       {"1998-12-31T15:59:60.123-08:00", "1963-06-19T08:30:06.283185Z", "2024-01-01t00:00:00z",
        "0000-01-01T00:00:00+23:59", "1985-04-12T00:59:59.999999999999999Z"}) {
    ASSERT_EQ(errc_of(full), E::ok) << full;
    for (std::size_t k = 0; k < full.size(); ++k) {
      const std::string_view prefix = full.substr(0, k);
      // Copied so ASan sees a read past the prefix, not into the rest of the literal.
      const std::string copy(prefix);
      EXPECT_NE(errc_of(copy), E::ok) << "\"" << copy << "\"";
    }
  }
}

TEST(TimestampSyntax, ShapeErrors) {
  EXPECT_EQ(errc_of("06/19/1963 08:30:06 PST"), E::syntax);
  EXPECT_EQ(errc_of("2013-350T01:01:01"), E::syntax);
  EXPECT_EQ(errc_of("1963-6-19T08:30:06.283185Z"), E::syntax);
  EXPECT_EQ(errc_of("1963-06-1T08:30:06.283185Z"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T8:00:00Z"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T08:0:00Z"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T08:00:0Z"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T08:00Z"), E::syntax);
  EXPECT_EQ(errc_of("20240101T080000Z"), E::syntax);
  EXPECT_EQ(errc_of("2024-01-01T08-00-00Z"), E::syntax);
  // The shape is checked before ranges: a garbled text is not reported as a bad month.
  EXPECT_EQ(errc_of("2024-13-01 garbage"), E::syntax);
}

TEST(TimestampSyntax, DescribeEveryCode) {
  std::set<std::string_view> seen;
  for (int i = 0; i <= static_cast<int>(E::trailing_characters); ++i) {
    const std::string_view text = flowrun::describe(static_cast<timestamp_errc>(i));
    EXPECT_FALSE(text.empty()) << i;
    EXPECT_NE(text, "unknown error") << i;
    EXPECT_TRUE(seen.insert(text).second) << "duplicate description for " << i;
    // Messages put "is not an RFC 3339 date-time: " before the reason: it must not say it again.
    EXPECT_EQ(text.find("RFC 3339"), std::string_view::npos) << text;
  }
  EXPECT_EQ(flowrun::describe(static_cast<timestamp_errc>(200)), "unknown error");
}

TEST(TimestampSyntax, FailureLeavesOutputUnchanged) {
  timestamp t = must("2024-01-01T12:00:00Z");
  const timestamp before = t;
  EXPECT_EQ(timestamp::try_parse("2024-02-30T12:00:00Z", t), E::day);
  EXPECT_TRUE(t.same_spelling(before));
  EXPECT_FALSE(timestamp::parse("2024-02-30T12:00:00Z").has_value());
  EXPECT_TRUE(timestamp::parse("2024-02-29T12:00:00Z").has_value());
}

// ---------------------------------------------------------------------------------------
// Instants.

TEST(TimestampInstant, UnixSeconds) {
  EXPECT_EQ(must("1970-01-01T00:00:00Z").unix_seconds(), 0);
  EXPECT_EQ(timestamp{}.unix_seconds(), 0);
  EXPECT_EQ(must("2025-10-31T12:00:00.000000Z").unix_seconds(), 1761912000);
  EXPECT_EQ(must("1969-12-31T23:59:59Z").unix_seconds(), -1);
  const timestamp neg = must("1969-12-31T23:59:59.5Z");
  EXPECT_EQ(neg.unix_seconds(), -1);
  EXPECT_EQ(neg.subsecond_nanos(), 500000000u);
  EXPECT_EQ(must("2038-01-19T03:14:08Z").unix_seconds(), 2147483648);
}

TEST(TimestampInstant, OffsetsShiftTheInstant) {
  constexpr std::int64_t noon = 1761912000; // 2025-10-31T12:00:00Z
  EXPECT_EQ(must("2025-10-31T13:00:00+01:00").unix_seconds(), noon);
  EXPECT_EQ(must("2025-10-31T04:00:00-08:00").unix_seconds(), noon);
  EXPECT_EQ(must("2025-10-31T17:30:00+05:30").unix_seconds(), noon);
  EXPECT_EQ(must("2025-11-01T00:30:00+12:30").unix_seconds(), noon); // next local day
  EXPECT_EQ(must("2025-10-30T12:01:00-23:59").unix_seconds(), noon); // previous local day
  EXPECT_EQ(must("2025-10-31T12:00:00+00:01").unix_seconds(), noon - 60);
  EXPECT_EQ(must("2025-10-31T12:00:00-00:01").unix_seconds(), noon + 60);
}

TEST(TimestampInstant, LocalFields) {
  const timestamp t = must("2025-11-01T00:30:45.25+12:30");
  EXPECT_EQ(t.year(), 2025);
  EXPECT_EQ(t.month(), 11);
  EXPECT_EQ(t.day(), 1);
  EXPECT_EQ(t.hour(), 0);
  EXPECT_EQ(t.minute(), 30);
  EXPECT_EQ(t.second(), 45);
  const timestamp leap = must("1998-12-31T15:59:60.123-08:00");
  EXPECT_EQ(leap.year(), 1998);
  EXPECT_EQ(leap.month(), 12);
  EXPECT_EQ(leap.day(), 31);
  EXPECT_EQ(leap.hour(), 15);
  EXPECT_EQ(leap.minute(), 59);
  EXPECT_EQ(leap.second(), 60);
  const timestamp early = must("0000-01-01T00:00:00+01:00"); // UTC is in year -1
  EXPECT_EQ(early.year(), 0);
  EXPECT_EQ(early.month(), 1);
  EXPECT_EQ(early.day(), 1);
  EXPECT_EQ(early.hour(), 0);
  const timestamp epoch;
  EXPECT_EQ(epoch.year(), 1970);
  EXPECT_EQ(epoch.month(), 1);
  EXPECT_EQ(epoch.day(), 1);
}

TEST(TimestampInstant, OrderingAcrossOffsets) {
  const timestamp a = must("2025-10-31T12:00:00Z");
  const timestamp b = must("2025-10-31T13:00:00+01:00");
  const timestamp c = must("2025-10-31T12:30:00+01:00"); // 11:30Z
  EXPECT_EQ(a, b);
  EXPECT_TRUE((a <=> b) == std::strong_ordering::equal);
  EXPECT_LT(c, a);
  EXPECT_GT(b, c);
  EXPECT_NE(a, c);
  EXPECT_LT(must("2025-10-31T12:00:00.000000001Z"), must("2025-10-31T12:00:00.000000002Z"));
  EXPECT_EQ(must("2025-10-31T12:00:00.5Z"), must("2025-10-31T12:00:00.500Z"));
  EXPECT_LT(must("1969-12-31T23:59:59.9Z"), must("1970-01-01T00:00:00Z"));
}

TEST(TimestampInstant, LeapSecondOrdering) {
  const timestamp before = must("1998-12-31T23:59:59.999Z");
  const timestamp leap = must("1998-12-31T23:59:60Z");
  const timestamp leap_half = must("1998-12-31T15:59:60.5-08:00");
  const timestamp after = must("1999-01-01T00:00:00Z");
  EXPECT_LT(before, leap);
  EXPECT_LT(leap, leap_half);
  EXPECT_LT(leap_half, after);
  EXPECT_NE(must("1998-12-31T23:59:59Z"), leap);
  EXPECT_EQ(leap, must("1999-01-01T00:59:60+01:00"));
}

TEST(TimestampInstant, SameSpelling) {
  const timestamp a = must("2024-01-01T12:00:00.50Z");
  EXPECT_TRUE(a.same_spelling(must("2024-01-01T12:00:00.50Z")));
  EXPECT_TRUE(a == must("2024-01-01T12:00:00.5Z"));
  EXPECT_FALSE(a.same_spelling(must("2024-01-01T12:00:00.5Z")));       // digit count
  EXPECT_FALSE(a.same_spelling(must("2024-01-01t12:00:00.50Z")));      // t
  EXPECT_FALSE(a.same_spelling(must("2024-01-01T12:00:00.50z")));      // z
  EXPECT_FALSE(a.same_spelling(must("2024-01-01T12:00:00.50+00:00"))); // numeric offset
  EXPECT_FALSE(a.same_spelling(must("2024-01-01T13:00:00.50+01:00"))); // other offset
  EXPECT_FALSE(a.same_spelling(must("2024-01-01T12:00:00.51Z")));      // other instant
  EXPECT_TRUE(timestamp{}.same_spelling(must("1970-01-01T00:00:00Z")));
}

TEST(TimestampInstant, ToSysTime) {
  using namespace std::chrono;
  const timestamp t = must("2025-10-31T13:00:00.123456789+01:00");
  EXPECT_EQ(t.to_sys_seconds(), sys_days{2025y / October / 31} + 12h);
  EXPECT_EQ(t.to_sys_time(), sys_days{2025y / October / 31} + 12h + 123456789ns);
  const timestamp leap = must("2016-12-31T23:59:60.25Z");
  EXPECT_EQ(leap.to_sys_seconds(), sys_days{2016y / December / 31} + 23h + 59min + 59s);
  EXPECT_EQ(leap.to_sys_time(), sys_days{2016y / December / 31} + 23h + 59min + 59s + 250ms);
  EXPECT_EQ(must("1969-12-31T23:59:59.5Z").to_sys_time().time_since_epoch(), -500ms);
  EXPECT_EQ(must("0000-01-01T00:00:00Z").to_sys_seconds(), sys_days{year{0} / January / 1});
}

TEST(TimestampInstant, ToSysTimeRangeEdges) {
  using lim = std::numeric_limits<std::int64_t>;
  const auto count = [](std::string_view s) { return must(s).to_sys_time().time_since_epoch().count(); };
  EXPECT_EQ(count("2262-04-11T23:47:16.854775807Z"), lim::max());
  EXPECT_EQ(count("2262-04-11T23:47:16.854775806Z"), lim::max() - 1);
  EXPECT_EQ(count("2262-04-11T23:47:16.854775808Z"), lim::max()); // saturates
  EXPECT_EQ(count("9999-12-31T23:59:59Z"), lim::max());
  EXPECT_EQ(count("1677-09-21T00:12:43.145224192Z"), lim::min());
  EXPECT_EQ(count("1677-09-21T00:12:43.145224193Z"), lim::min() + 1);
  EXPECT_EQ(count("1677-09-21T00:12:43.145224191Z"), lim::min()); // saturates
  EXPECT_EQ(count("0000-01-01T00:00:00Z"), lim::min());
}

TEST(TimestampInstant, SecondsBetween) {
  EXPECT_DOUBLE_EQ(seconds_between(must("2024-01-01T12:00:01.25Z"), must("2024-01-01T12:00:00.5Z")), 0.75);
  EXPECT_DOUBLE_EQ(seconds_between(must("2024-01-01T12:00:00.5Z"), must("2024-01-01T12:00:01.25Z")), -0.75);
  EXPECT_DOUBLE_EQ(flowrun::seconds_between(must("2024-01-01T13:00:00+01:00"), must("2024-01-01T12:00:00Z")), 0.0);
  EXPECT_DOUBLE_EQ(seconds_between(must("2024-01-02T00:00:00Z"), must("2024-01-01T00:00:00-01:00")), 82800.0);
  // A leap second reads as 23:59:59.fraction here (documented).
  EXPECT_DOUBLE_EQ(seconds_between(must("2016-12-31T23:59:60Z"), must("2016-12-31T23:59:59Z")), 0.0);
  EXPECT_DOUBLE_EQ(seconds_between(must("2017-01-01T00:00:00Z"), must("2016-12-31T23:59:60Z")), 1.0);
  EXPECT_DOUBLE_EQ(seconds_between(must("9999-12-31T23:59:59Z"), must("0000-01-01T00:00:00Z")),
                   253402300799.0 + 62167219200.0);
}

// ---------------------------------------------------------------------------------------
// Writing back.

TEST(TimestampFormat, RoundTrips) {
  for (const std::string_view s : {
           "1970-01-01T00:00:00Z",
           "2025-10-31T12:00:00.000000Z",
           "1963-06-19t08:30:06.283185z",
           "1937-01-01T12:00:27.87+00:20",
           "1998-12-31T15:59:60.123-08:00",
           "1998-12-31T23:59:60Z",
           "1999-01-01T00:59:60+01:00",
           "2024-01-01T12:00:00-00:00",
           "2024-01-01T12:00:00+00:00",
           "0000-01-01T00:00:00+23:59",
           "0000-01-01T00:59:60+01:00",
           "9999-12-31T23:59:59-23:59",
           "9999-12-31T23:59:60Z",
           "1969-12-31T23:59:59.9Z",
           "2024-02-29T23:59:59.123456789-00:01",
           "2024-01-01T00:00:00.0Z",
           "2024-01-01T00:00:00.000000000Z",
       }) {
    const timestamp t = must(s);
    EXPECT_EQ(to_string(t), s);
    std::array<char, 64> buf{};
    const char* end = t.format_to(buf.data());
    EXPECT_EQ(std::string_view(buf.data(), static_cast<std::size_t>(end - buf.data())), s);
    EXPECT_TRUE(must(to_string(t)).same_spelling(t)) << s;
  }
  EXPECT_EQ(to_string(timestamp{}), "1970-01-01T00:00:00Z");
}

// Many generated valid texts: each parses, writes back identically, and its instant agrees
// with std::chrono.
TEST(TimestampFormat, GeneratedRoundTripsAgreeWithChrono) {
  using namespace std::chrono;
  std::mt19937_64 rng(20251031);
  const auto pick = [&](int lo, int hi) {
    return static_cast<int>(rng() % static_cast<std::uint64_t>(hi - lo + 1)) + lo;
  };
  for (int i = 0; i < 100000; ++i) {
    const int y = pick(0, 9999), m = pick(1, 12);
    const year_month_day last{year{y} / month{static_cast<unsigned>(m)} / std::chrono::last};
    const int d = pick(1, static_cast<int>(static_cast<unsigned>(last.day())));
    const int hh = pick(0, 23), mm = pick(0, 59), ss = pick(0, 59);
    const int off = pick(0, 3) == 0 ? 0 : pick(-1439, 1439);
    const int digits = pick(0, 9);
    const bool zulu = off == 0 && pick(0, 1) == 1;
    std::string text(64, '\0');
    int n = std::snprintf(text.data(), text.size(), "%04d-%02d-%02d%c%02d:%02d:%02d", y, m, d, pick(0, 1) ? 'T' : 't',
                          hh, mm, ss);
    std::uint32_t nanos = 0;
    if (digits > 0) text[static_cast<std::size_t>(n++)] = '.';
    for (int k = 0; k < 9; ++k) {
      const int digit = k < digits ? pick(0, 9) : 0;
      nanos = nanos * 10 + static_cast<std::uint32_t>(digit);
      if (k < digits) text[static_cast<std::size_t>(n++)] = static_cast<char>('0' + digit);
    }
    if (zulu) {
      text[static_cast<std::size_t>(n++)] = pick(0, 1) ? 'Z' : 'z';
    } else {
      const int a = off < 0 ? -off : off;
      n += std::snprintf(text.data() + n, text.size() - static_cast<std::size_t>(n), "%c%02d:%02d",
                         off < 0 || (off == 0 && pick(0, 1)) ? '-' : '+', a / 60, a % 60);
    }
    text.resize(static_cast<std::size_t>(n));

    timestamp t;
    ASSERT_EQ(timestamp::try_parse(text, t), E::ok) << text;
    ASSERT_EQ(to_string(t), text);
    const sys_seconds expect =
        sys_days{year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}} + hours{hh} +
        minutes{mm} + seconds{ss} - minutes{off};
    ASSERT_EQ(t.to_sys_seconds(), expect) << text;
    ASSERT_EQ(t.subsecond_nanos(), nanos) << text;
    ASSERT_EQ(t.offset_minutes(), zulu ? 0 : off) << text;
    ASSERT_EQ(t.fraction_digits(), digits) << text;
    ASSERT_EQ(t.year(), y) << text;
    ASSERT_EQ(t.month(), m) << text;
    ASSERT_EQ(t.day(), d) << text;
    ASSERT_EQ(t.hour(), hh) << text;
    ASSERT_EQ(t.minute(), mm) << text;
    ASSERT_EQ(t.second(), ss) << text;
  }
}

// ---------------------------------------------------------------------------------------
// Conformance: JSON-Schema-Test-Suite format tests (tests/data/json-schema-test-suite).

struct suite_case {
  std::string description;
  std::string data;
  bool valid;
};

struct suite_file {
  std::vector<suite_case> strings; // cases whose data is a string
  int not_strings = 0;             // cases skipped because the data is not a string
};

// Reads one suite file with simdjson's DOM API; fails the test if it is missing or empty.
suite_file load_suite(const std::string& name) {
  suite_file out;
  const std::filesystem::path path = std::filesystem::path(FLOWRUN_TEST_DATA_DIR) / "json-schema-test-suite" / name;
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  EXPECT_FALSE(ec) << "cannot find " << path << ": " << ec.message();
  EXPECT_GT(size, 0u) << path << " is empty";
  if (ec || size == 0) return out;

  simdjson::dom::parser parser;
  simdjson::dom::array groups;
  const auto err = parser.load(path.string()).get_array().get(groups);
  EXPECT_EQ(err, simdjson::SUCCESS) << path << ": " << simdjson::error_message(err);
  if (err) return out;
  for (simdjson::dom::element group : groups) {
    simdjson::dom::array tests;
    EXPECT_EQ(group["tests"].get_array().get(tests), simdjson::SUCCESS);
    for (simdjson::dom::element test : tests) {
      std::string_view description, data;
      bool valid = false;
      EXPECT_EQ(test["description"].get_string().get(description), simdjson::SUCCESS);
      EXPECT_EQ(test["valid"].get_bool().get(valid), simdjson::SUCCESS);
      if (test["data"].get_string().get(data) != simdjson::SUCCESS) {
        ++out.not_strings; // "all string formats ignore ..." cases
        continue;
      }
      out.strings.push_back({std::string(description), std::string(data), valid});
    }
  }
  return out;
}

TEST(TimestampConformance, DateTime) {
  const suite_file f = load_suite("date-time.json");
  EXPECT_EQ(f.not_strings, 6);
  ASSERT_EQ(f.strings.size(), 27u);
  int ran = 0;
  for (const suite_case& c : f.strings) {
    timestamp t;
    const timestamp_errc e = timestamp::try_parse(c.data, t);
    EXPECT_EQ(e == E::ok, c.valid) << c.description << ": \"" << c.data << "\" gave " << describe(e);
    if (e == E::ok && t.fraction_digits() <= 9) {
      EXPECT_EQ(to_string(t), c.data) << c.description;
    }
    ++ran;
  }
  EXPECT_EQ(ran, 27);
}

// Runs the string cases of `name`, each turned into a date-time by `compose`, except the
// descriptions in `excluded` (each of which must exist, so the list cannot go stale).
void run_composed(const std::string& name, std::size_t expected_strings, std::string (*compose)(const std::string&),
                  const std::vector<std::string_view>& excluded) {
  const suite_file f = load_suite(name);
  EXPECT_EQ(f.not_strings, 6) << name;
  ASSERT_EQ(f.strings.size(), expected_strings) << name;
  std::size_t ran = 0, skipped = 0;
  for (const suite_case& c : f.strings) {
    bool skip = false;
    for (const std::string_view x : excluded) skip = skip || c.description == x;
    if (skip) {
      ++skipped;
      continue;
    }
    const std::string text = compose(c.data);
    timestamp t;
    const timestamp_errc e = timestamp::try_parse(text, t);
    EXPECT_EQ(e == E::ok, c.valid) << name << ": " << c.description << ": \"" << text << "\" gave " << describe(e);
    ++ran;
  }
  EXPECT_EQ(skipped, excluded.size()) << name;
  EXPECT_EQ(ran + skipped, expected_strings) << name;
}

// Every full-date case composes: no invalid date becomes valid by appending a time (none of
// them ends in a way "T00:00:00Z" could complete), so nothing is excluded.
TEST(TimestampConformance, DatePlusMidnight) {
  run_composed("date.json", 75, [](const std::string& d) { return d + "T00:00:00Z"; }, {});
}

// Every full-time case composes too: 2000-01-01 is an ordinary day, and leap seconds are
// judged on the UTC time alone, so nothing is excluded.
TEST(TimestampConformance, TimeOnFirstOf2000) {
  run_composed("time.json", 41, [](const std::string& t) { return "2000-01-01T" + t; }, {});
}

} // namespace

namespace {

// One naming rule for every parsing entry point: parse returns an optional (as
// prefixed_id::parse, parse_run_status and parse_document_kind do), try_parse says why.
static_assert(std::is_same_v<decltype(timestamp::parse("")), std::optional<timestamp>>);
static_assert(std::is_same_v<decltype(timestamp::try_parse("", std::declval<timestamp&>())), timestamp_errc>);
static_assert(timestamp::parse("2025-10-31T12:00:00Z").has_value() && !timestamp::parse("2025-10-31"));

TEST(TimestampNames, ParseIsOptionalAndTryParseSaysWhy) {
  EXPECT_EQ(timestamp::parse("2025-10-31T13:00:00+01:00"), timestamp::parse("2025-10-31T12:00:00Z"));
  EXPECT_FALSE(timestamp::parse("2025-13-01T00:00:00Z"));
  timestamp out = must("2000-01-01T00:00:00Z");
  EXPECT_EQ(timestamp::try_parse("2025-13-01T00:00:00Z", out), E::month);
  EXPECT_EQ(to_string(out), "2000-01-01T00:00:00Z") << "left as it was";
  EXPECT_EQ(timestamp::try_parse("2025-10-31T12:00:00.5Z", out), E::ok);
  EXPECT_EQ(to_string(out), "2025-10-31T12:00:00.5Z");
}

// The old spellings stay for one release, deprecated, and agree with the new ones.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
TEST(TimestampNames, DeprecatedSpellingsAgree) {
  for (std::string_view s : {"2025-10-31T12:00:00.5Z", "2025-02-29T00:00:00Z", "x", "1998-12-31T15:59:60-08:00"}) {
    timestamp a, b;
    EXPECT_EQ(timestamp::parse(s, a), timestamp::try_parse(s, b)) << s;
    EXPECT_TRUE(a.same_spelling(b)) << s;
    EXPECT_EQ(timestamp::from_string(s), timestamp::parse(s)) << s;
    if (const auto t = timestamp::parse(s)) {
      EXPECT_EQ(t->to_string(), to_string(*t)) << s;
    }
  }
}
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

} // namespace

// try_parse reads the usual YYYY-MM-DDThh:mm:ss a word at a time. Every byte of
// those 19, set to every value, must give what the rule says byte by byte: a
// wrong byte is an error; a digit for a digit parses to the instant that
// std::chrono computes for the fields as written (or a range error), and
// writes back as spelled.
TEST(TimestampWords, EveryByteOfTheDateAndTimeAtEveryValue) {
  const std::string base = "2024-02-28T13:45:56.250Z";
  const auto shape_ok = [](std::size_t pos, unsigned char c) {
    if (pos == 4 || pos == 7) return c == '-';
    if (pos == 10) return c == 'T' || c == 't';
    if (pos == 13 || pos == 16) return c == ':';
    return c >= '0' && c <= '9';
  };
  for (std::size_t pos = 0; pos < 19; ++pos) {
    for (int v = 0; v < 256; ++v) {
      std::string s = base;
      s[pos] = static_cast<char>(v);
      timestamp t;
      const timestamp_errc e = timestamp::try_parse(s, t);
      if (!shape_ok(pos, static_cast<unsigned char>(v))) {
        EXPECT_NE(e, timestamp_errc::ok) << s;
        continue;
      }
      const auto num = [&](std::size_t at, std::size_t count) { return std::stoi(s.substr(at, count)); };
      const int year = num(0, 4), month = num(5, 2), day = num(8, 2), hour = num(11, 2), minute = num(14, 2),
                second = num(17, 2);
      const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                            std::chrono::day{static_cast<unsigned>(day)}};
      if (!ymd.ok() || hour > 23 || minute > 59 || second > 59) {
        EXPECT_NE(e, timestamp_errc::ok) << s;
        continue;
      }
      ASSERT_EQ(e, timestamp_errc::ok) << s;
      const auto want = std::chrono::sys_days{ymd} + std::chrono::hours{hour} + std::chrono::minutes{minute} +
                        std::chrono::seconds{second};
      EXPECT_EQ(t.unix_seconds(), want.time_since_epoch().count()) << s;
      EXPECT_EQ(t.subsecond_nanos(), 250'000'000u) << s;
      EXPECT_EQ(to_string(t), s);
    }
  }
}

// Fractions of 1 to 7 digits are read as one word (the bytes after the dot, or
// the text's last eight bytes, shifted); longer ones digit by digit. Every
// length, every byte in every place, every ending: the nanoseconds agree with
// a digit-by-digit reading here.
TEST(TimestampWords, FractionOfEveryLengthEveryByteAndEnding) {
  std::mt19937 rng(20261206);
  const auto reference_nanos = [](std::string_view digits) {
    std::uint32_t ns = 0;
    for (std::size_t k = 0; k < 9; ++k)
      ns = ns * 10 + (k < digits.size() ? static_cast<std::uint32_t>(digits[k] - '0') : 0);
    return ns;
  };
  for (std::size_t len = 1; len <= 12; ++len) {
    for (const std::string_view ending : {"Z", "z", "+01:00", "-23:59", ""}) {
      for (int trial = 0; trial < 20; ++trial) {
        std::string digits;
        for (std::size_t k = 0; k < len; ++k) digits += static_cast<char>('0' + rng() % 10);
        const std::string s = "2024-02-28T13:45:56." + digits + std::string(ending);
        timestamp t;
        const timestamp_errc e = timestamp::try_parse(s, t);
        if (ending.empty()) {
          EXPECT_EQ(e, E::missing_offset) << s;
          continue;
        }
        ASSERT_EQ(e, E::ok) << s;
        EXPECT_EQ(t.subsecond_nanos(), reference_nanos(digits)) << s;
        EXPECT_EQ(t.fraction_digits(), len) << s;
        EXPECT_EQ(t.extra_fraction_digits(), len > 9 ? std::string_view(digits).substr(9) : std::string_view()) << s;
        std::string exact;
        t.format_exact_to(std::back_inserter(exact));
        EXPECT_EQ(exact, s);
      }
    }
    // Each place of the fraction, and the byte after it, at every value.
    const std::string digits = std::string("1234567890123").substr(0, len);
    for (std::size_t at = 0; at <= len; ++at) {
      for (int v = 0; v < 256; ++v) {
        std::string s = "2024-02-28T13:45:56." + digits + "Z";
        s[20 + at] = static_cast<char>(v);
        timestamp t;
        const timestamp_errc e = timestamp::try_parse(s, t);
        const bool digit = v >= '0' && v <= '9';
        if (at == len) { // the byte where Z stood
          if (digit) {
            EXPECT_EQ(e, E::missing_offset) << s;
          } else if (v == 'Z' || v == 'z') {
            EXPECT_EQ(e, E::ok) << s;
          } else {
            EXPECT_NE(e, E::ok) << s;
          }
          continue;
        }
        if (!digit) {
          EXPECT_NE(e, E::ok) << s;
          continue;
        }
        ASSERT_EQ(e, E::ok) << s;
        EXPECT_EQ(t.subsecond_nanos(), reference_nanos(std::string_view(s).substr(20, len))) << s;
      }
    }
  }
}

// try_parse reads the usual text a word at a time (parse_usual) and anything
// else byte by byte (parse_any, which also says what is wrong). The two agree:
// parse_usual takes every usual text parse_any takes, to the same value and
// spelling, and nothing parse_any refuses; checked over random texts of every
// usual shape, and every byte of them at every value.
TEST(TimestampWords, UsualReadingAgreesWithTheReference) {
  using access = flowrun::detail::timestamp_access;
  const auto same = [](const timestamp& a, const timestamp& b) {
    return a == b && a.same_spelling(b) && a.subsecond_nanos() == b.subsecond_nanos() &&
           a.fraction_digits() == b.fraction_digits() && a.offset_minutes() == b.offset_minutes() &&
           a.is_unknown_local_offset() == b.is_unknown_local_offset() && to_string(a) == to_string(b);
  };
  // Checks one text; true when parse_usual took it.
  const auto check = [&](const std::string& s) {
    timestamp usual, any;
    const bool took = access::parse_usual(s, usual);
    const timestamp_errc e = access::parse_any(s, any);
    if (took) {
      EXPECT_EQ(e, E::ok) << s;
      EXPECT_TRUE(same(usual, any)) << s << ": " << to_string(usual) << " vs " << to_string(any);
    }
    timestamp via;
    EXPECT_EQ(timestamp::try_parse(s, via), e) << s;
    return took;
  };
  std::mt19937 rng(1206);
  const auto pick = [&](int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1)); };
  std::vector<std::string> usual_texts;
  for (int trial = 0; trial < 20000; ++trial) {
    const int y = pick(0, 9999), mo = pick(1, 12), d = pick(1, 28 + (trial % 4)), h = pick(0, 23), mi = pick(0, 59),
              se = pick(0, 59), frac = pick(0, 7), zone = pick(0, 4), off_h = pick(0, 23), off_m = pick(0, 59);
    char text[40];
    const int len =
        std::snprintf(text, sizeof text, "%04d-%02d-%02d%c%02d:%02d:%02d", y, mo, d, trial % 7 ? 'T' : 't', h, mi, se);
    std::string s(text, static_cast<std::size_t>(len));
    if (frac) {
      s += '.';
      for (int k = 0; k < frac; ++k) s += static_cast<char>('0' + rng() % 10);
    }
    if (zone < 2) {
      s += zone == 0 ? 'Z' : 'z';
    } else {
      std::snprintf(text, sizeof text, "%c%02d:%02d", zone == 2 ? '+' : '-', off_h, off_m);
      s += text;
    }
    const bool took = check(s);
    timestamp any;
    if (access::parse_any(s, any) == E::ok) {
      EXPECT_TRUE(took) << "a usual valid text left to the byte-by-byte reading: " << s;
      if (usual_texts.size() < 40) usual_texts.push_back(s);
    }
  }
  EXPECT_TRUE(check("2000-01-01T00:00:00-00:00"));
  EXPECT_TRUE(check("0000-01-01T00:00:00Z"));
  EXPECT_TRUE(check("9999-12-31T23:59:59+23:59"));
  EXPECT_TRUE(check("2024-02-29T12:00:00.1234567Z"));
  EXPECT_FALSE(check("2023-02-29T12:00:00Z"));
  EXPECT_FALSE(check("1998-12-31T23:59:60Z"));          // leap seconds: parse_any
  EXPECT_FALSE(check("2024-01-01T00:00:00.12345678Z")); // 8 digits and more: parse_any
  // Every byte of usual texts, at every value: parse_usual takes only what parse_any takes.
  usual_texts.push_back("2024-02-29T13:45:56.250000+05:30");
  usual_texts.push_back("1999-12-31t23:59:59.9z");
  for (const std::string& base : usual_texts) {
    for (std::size_t pos = 0; pos < base.size(); ++pos) {
      for (int v = 0; v < 256; ++v) {
        std::string s = base;
        s[pos] = static_cast<char>(v);
        check(s);
      }
    }
    for (std::size_t len = 0; len < base.size(); ++len) check(base.substr(0, len) + std::string("Z"));
  }
}

static_assert(timestamp::parse("2025-10-31T12:00:00.250000Z")->subsecond_nanos() == 250'000'000);
static_assert(timestamp::parse("2025-10-31T12:00:00.1234567Z")->subsecond_nanos() == 123'456'700);
static_assert(timestamp::parse("2025-10-31T12:00:00.12345678Z")->subsecond_nanos() == 123'456'780);
static_assert(timestamp::parse("2025-10-31T12:00:00.987-01:00")->subsecond_nanos() == 987'000'000);

// The word-at-a-time path and the byte-by-byte path agree at compile time too
// (constant evaluation reads bytes, run time reads words).
static_assert(timestamp::parse("2024-02-29T23:59:59Z").has_value());
static_assert(!timestamp::parse("2023-02-29T23:59:59Z").has_value());
static_assert(!timestamp::parse("2024-02-29T23:5:590Z").has_value());
static_assert(timestamp::parse("1998-12-31T15:59:60.123-08:00").has_value());
