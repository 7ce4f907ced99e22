// Printing: to_string(x), operator<< and (where <format> is complete) std::formatter
// for every value with a text form. The value headers come first, without <ostream>:
// the operators must be found by argument-dependent lookup with only the type's header.
#include <flowrun/document.hpp>
#include <flowrun/error.hpp>
#include <flowrun/id.hpp>
#include <flowrun/result.hpp>
#include <flowrun/status.hpp>
#include <flowrun/timestamp.hpp>
#include <flowrun/types.hpp>

#include <flowrun/simdjson.hpp>

#include <gtest/gtest.h>

#include <iomanip>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>

namespace {

template <class T> std::string printed(const T& v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

// Every type prints to_string(x), and a stream's width and fill apply to the whole text.
template <class T> void expect_text(const T& v, std::string_view text) {
  EXPECT_EQ(to_string(v), text);
  EXPECT_EQ(printed(v), text);
  std::ostringstream os;
  os << std::setw(static_cast<int>(text.size() + 3)) << std::setfill('.') << v << '|';
  EXPECT_EQ(os.str(), "..." + std::string(text) + "|");
}

flowrun::prefixed_id run_id(std::string_view s) { return *flowrun::prefixed_id::parse(s, flowrun::id_kind::run); }

TEST(Print, PrefixedId) {
  expect_text(run_id("fl_run_a1b2"), "fl_run_a1b2");
  static_assert(std::is_same_v<decltype(to_string(run_id("fl_run_a"))), std::string>, "a text of its own");
}

TEST(Print, Statuses) {
  expect_text(flowrun::run_status::awaiting_ui_interaction, "awaiting_ui_interaction");
  expect_text(flowrun::run_status::completed, "completed");
  expect_text(flowrun::log_status::warning, "warning");
}

TEST(Print, TimestampAsSpelled) {
  expect_text(*flowrun::timestamp::parse("1998-12-31T15:59:60.123-08:00"), "1998-12-31T15:59:60.123-08:00");
  expect_text(*flowrun::timestamp::parse("2025-10-31t12:00:00z"), "2025-10-31t12:00:00z");
  // The longest text there is: 255 fraction digits (past the ninth, zeros: to_string's rule).
  const std::string many = "2025-10-31T12:00:00." + std::string(255, '1') + "+01:00";
  const std::string zeroed = "2025-10-31T12:00:00." + std::string(9, '1') + std::string(246, '0') + "+01:00";
  expect_text(*flowrun::timestamp::parse(many), zeroed);
  EXPECT_EQ(zeroed.size(), flowrun::timestamp::max_text_size);
}

TEST(Print, RawJson) { expect_text(flowrun::raw_json{R"({"status": 503})"}, R"({"status": 503})"); }

TEST(Print, DocumentKind) { expect_text(flowrun::document_kind::page, "page"); }

TEST(Print, ErrorCodeAndError) {
  expect_text(flowrun::error_code::invalid_enum, "invalid_enum");
  expect_text(flowrun::error{flowrun::error_code::invalid_enum, "/logs/0/status", 300, 13, 17, "\"sucess\" is bad"},
              "13:17: invalid_enum /logs/0/status: \"sucess\" is bad");
  // The root's pointer is empty: no blank where it would be.
  expect_text(flowrun::error{flowrun::error_code::syntax_error, "", 0, 1, 1, "empty input"},
              "1:1: syntax_error: empty input");
}

TEST(Print, TheErrorOfAResult) {
  flowrun::decoder dec;
  const auto r = dec.decode_run(R"({"id":"fl_run_a1","status":"sucess","started_at":"2025-10-31T12:00:00Z"})");
  ASSERT_FALSE(r);
  EXPECT_EQ(printed(r.error()),
            R"(1:28: invalid_enum /status: "sucess" is not a run status (expected one of pending, running, )"
            R"(completed, failed, awaiting_ui_interaction))");
}

TEST(Print, ADecodedRunAsTheIssueWroteIt) {
  flowrun::decoder dec;
  const auto run = dec.decode_run(R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"})");
  ASSERT_TRUE(run);
  std::ostringstream os;
  os << run->id << ' ' << run->status << ' ' << run->started_at;
  EXPECT_EQ(os.str(), "fl_run_a1 running 2025-10-31T12:00:00Z");
}

#if FLOWRUN_HAS_FORMAT
TEST(Print, Formatters) {
  EXPECT_EQ(std::format("{}", run_id("fl_run_a1")), "fl_run_a1");
  EXPECT_EQ(std::format("[{:>9}]", flowrun::run_status::running), "[  running]");
  EXPECT_EQ(std::format("{:<8}|", flowrun::log_status::error), "error   |");
  EXPECT_EQ(std::format("{}", *flowrun::timestamp::parse("2025-10-31T12:00:00.5+01:00")),
            "2025-10-31T12:00:00.5+01:00");
  EXPECT_EQ(std::format("{}", flowrun::raw_json{"[1]"}), "[1]");
  EXPECT_EQ(std::format("{}", flowrun::document_kind::logs), "logs");
  EXPECT_EQ(std::format("{}", flowrun::error_code::wrong_type), "wrong_type");
  EXPECT_EQ(std::format("{}", flowrun::error{flowrun::error_code::too_large, "", 0, 1, 1, "big"}),
            "1:1: too_large: big");
}
#else
// No complete <format> here (GCC 12's libstdc++, Debian's libc++ 14): the formatters are
// compiled out, and the headers above compiled without them.
static_assert(FLOWRUN_HAS_FORMAT == 0);
#endif

} // namespace
