// libFuzzer target: flowrun::timestamp::try_parse against a slow, obviously
// correct reference built on Howard Hinnant's date library (the calendar:
// which days exist, days since 1970). The whole input is the text.
//
// The reference follows docs/contract.md, "Timestamps", rule by rule:
//   YYYY-MM-DD ('T'|'t') hh:mm:ss ['.' digit+] ('Z'|'z'|('+'|'-') hh:mm)
// ASCII digits at fixed widths; month 01-12; a day that exists in that month
// of that year (proleptic Gregorian); hour 00-23; minute 00-59; second 00-60;
// offset hour 00-23, offset minute 00-59; second 60 only where the UTC time
// is 23:59. For every input it checks:
// - the same verdict; on a rejection with a well-shaped text, the same reason
//   (the range rules are checked in the documented order); on a rejection of
//   a garbled text, one of the shape reasons;
// - on success, the same instant (UTC seconds, nanoseconds cut at nine
//   digits, leap second), the same spelling (offset, Z/z, T/t, -00:00,
//   fraction digit count), the local fields as written, and the text back:
//   format_exact_to gives the input, to_string gives it with the digits past
//   the ninth as '0'.
#include <flowrun/timestamp.hpp>

#include <date/date.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace {

[[noreturn]] void fail(std::string_view text, const char* what) {
  std::fprintf(stderr, "fuzz_timestamp: %s for \"%.*s\"\n", what, static_cast<int>(text.size()), text.data());
  std::abort();
}

struct reference {
  bool well_shaped = false; // matches the grammar (widths and characters)
  flowrun::timestamp_errc verdict = flowrun::timestamp_errc::syntax;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  std::string fraction; // the digits after '.', as written
  char separator = 'T';
  bool zulu = false;
  char zulu_letter = 'Z';
  int offset = 0; // minutes east of UTC
  bool minus_zero = false;
  std::int64_t unix_seconds = 0;
  std::uint32_t nanos = 0;
};

bool digit(char c) { return c >= '0' && c <= '9'; }

// The two- or four-digit decimal field at text[pos, pos + width), or nullopt.
std::optional<int> field(std::string_view text, std::size_t pos, std::size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int v = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (!digit(text[i])) return std::nullopt;
    v = v * 10 + (text[i] - '0');
  }
  return v;
}

bool at(std::string_view text, std::size_t pos, char c) { return pos < text.size() && text[pos] == c; }

reference judge(std::string_view text) {
  reference r;
  // Shape.
  const auto y = field(text, 0, 4), mo = field(text, 5, 2), d = field(text, 8, 2);
  const auto h = field(text, 11, 2), mi = field(text, 14, 2), s = field(text, 17, 2);
  if (!y || !at(text, 4, '-') || !mo || !at(text, 7, '-') || !d || !(at(text, 10, 'T') || at(text, 10, 't')) || !h ||
      !at(text, 13, ':') || !mi || !at(text, 16, ':') || !s)
    return r;
  std::size_t pos = 19;
  if (at(text, pos, '.')) {
    ++pos;
    while (pos < text.size() && digit(text[pos])) r.fraction += text[pos++];
    if (r.fraction.empty()) return r;
  }
  if (at(text, pos, 'Z') || at(text, pos, 'z')) {
    r.zulu = true;
    r.zulu_letter = text[pos];
    ++pos;
  } else if (at(text, pos, '+') || at(text, pos, '-')) {
    const auto oh = field(text, pos + 1, 2), om = field(text, pos + 4, 2);
    if (!oh || !at(text, pos + 3, ':') || !om) return r;
    r.offset = (text[pos] == '-' ? -1 : 1) * (*oh * 60 + *om);
    r.minus_zero = text[pos] == '-' && r.offset == 0;
    pos += 6;
  } else {
    return r;
  }
  if (pos != text.size()) return r;
  r.well_shaped = true;
  r.year = *y, r.month = *mo, r.day = *d, r.hour = *h, r.minute = *mi, r.second = *s;
  r.separator = text[10];

  // Ranges, in the documented order.
  using E = flowrun::timestamp_errc;
  const date::year_month_day ymd{date::year{r.year}, date::month{static_cast<unsigned>(r.month)},
                                 date::day{static_cast<unsigned>(r.day)}};
  // The offset fields as written (r.offset folds an out-of-range minute into the hour).
  const int written_off_h = r.zulu ? 0 : *field(text, pos - 5, 2);
  const int written_off_m = r.zulu ? 0 : *field(text, pos - 2, 2);
  if (!ymd.month().ok()) return r.verdict = E::month, r;
  if (!ymd.ok()) return r.verdict = E::day, r;
  if (r.hour > 23) return r.verdict = E::hour, r;
  if (r.minute > 59) return r.verdict = E::minute, r;
  if (r.second > 60) return r.verdict = E::second, r;
  if (written_off_h > 23) return r.verdict = E::offset_hour, r;
  if (written_off_m > 59) return r.verdict = E::offset_minute, r;
  // The UTC wall clock, on the reference's own calendar arithmetic.
  const auto local = date::sys_days(ymd) + std::chrono::hours{r.hour} + std::chrono::minutes{r.minute};
  const auto utc = local - std::chrono::minutes{r.offset};
  const auto utc_day = date::floor<date::days>(utc);
  const date::hh_mm_ss<std::chrono::minutes> utc_time{utc - utc_day};
  if (r.second == 60 && !(utc_time.hours().count() == 23 && utc_time.minutes().count() == 59))
    return r.verdict = E::leap_second, r;
  r.verdict = E::ok;
  r.unix_seconds = (utc + std::chrono::seconds{r.second == 60 ? 59 : r.second}).time_since_epoch().count();
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < 9; ++i) n = n * 10 + (i < r.fraction.size() ? static_cast<std::uint32_t>(r.fraction[i] - '0') : 0u);
  r.nanos = n;
  return r;
}

bool is_shape_reason(flowrun::timestamp_errc e) {
  using E = flowrun::timestamp_errc;
  return e == E::syntax || e == E::year || e == E::missing_offset || e == E::trailing_characters;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const reference want = judge(text);
  flowrun::timestamp t;
  const flowrun::timestamp_errc got = flowrun::timestamp::try_parse(text, t);
  if (!want.well_shaped) {
    if (got == flowrun::timestamp_errc::ok) fail(text, "accepted a text outside the grammar");
    if (!is_shape_reason(got)) fail(text, "a garbled text rejected with a range reason");
    return 0;
  }
  if (got != want.verdict) {
    std::fprintf(stderr, "fuzz_timestamp: parse says %d (%s), the reference %d (%s)\n", static_cast<int>(got),
                 std::string(flowrun::describe(got)).c_str(), static_cast<int>(want.verdict),
                 std::string(flowrun::describe(want.verdict)).c_str());
    fail(text, "verdicts differ");
  }
  if (got != flowrun::timestamp_errc::ok) return 0;

  // The instant.
  if (t.unix_seconds() != want.unix_seconds) fail(text, "unix_seconds");
  if (t.subsecond_nanos() != want.nanos) fail(text, "subsecond_nanos");
  if (t.is_leap_second() != (want.second == 60)) fail(text, "is_leap_second");
  // The spelling.
  if (t.offset_minutes() != want.offset) fail(text, "offset_minutes");
  if (t.is_utc_designator() != want.zulu) fail(text, "is_utc_designator");
  if (t.is_unknown_local_offset() != want.minus_zero) fail(text, "is_unknown_local_offset");
  const std::size_t digits = want.fraction.size();
  if (t.fraction_digits() != (digits > 255 ? 255 : digits)) fail(text, "fraction_digits");
  if (t.extra_fraction_digits() != (digits > 9 ? std::string_view(want.fraction).substr(9) : std::string_view()))
    fail(text, "extra_fraction_digits");
  if (t.year() != want.year || t.month() != want.month || t.day() != want.day || t.hour() != want.hour ||
      t.minute() != want.minute || t.second() != want.second)
    fail(text, "local fields");
  // The text back.
  std::string exact;
  t.format_exact_to(std::back_inserter(exact));
  if (exact != text) fail(text, "format_exact_to does not give the text back");
  if (digits <= 9 && to_string(t) != text) fail(text, "to_string does not give the text back");
  if (digits > 9 && digits <= 255) {
    std::string zeroed(text);
    for (std::size_t i = 0; i < digits - 9; ++i) zeroed[20 + 9 + i] = '0';
    if (to_string(t) != zeroed) fail(text, "to_string of more than nine digits");
  }
  // Reparsing what was written gives the same instant and spelling.
  flowrun::timestamp again;
  if (flowrun::timestamp::try_parse(exact, again) != flowrun::timestamp_errc::ok || !again.same_spelling(t) ||
      !(again == t))
    fail(text, "the written text parses back differently");
  return 0;
}
