// run_status and log_status: exact wire spellings, both ways, and is_finished.
#include <flowrun/status.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using flowrun::log_status;
using flowrun::run_status;

constexpr std::pair<run_status, std::string_view> kRunStatuses[] = {
    {run_status::pending, "pending"},
    {run_status::running, "running"},
    {run_status::completed, "completed"},
    {run_status::failed, "failed"},
    {run_status::awaiting_ui_interaction, "awaiting_ui_interaction"},
};

constexpr std::pair<log_status, std::string_view> kLogStatuses[] = {
    {log_status::success, "success"},
    {log_status::error, "error"},
    {log_status::warning, "warning"},
};

// Everything is usable in constant expressions.
static_assert(to_string(run_status::awaiting_ui_interaction) == "awaiting_ui_interaction");
static_assert(to_string(log_status::warning) == "warning");
static_assert(flowrun::parse_run_status("failed") == run_status::failed);
static_assert(!flowrun::parse_run_status("Failed"));
static_assert(flowrun::parse_log_status("error") == log_status::error);
static_assert(!flowrun::parse_log_status("errors"));
static_assert(flowrun::is_finished(run_status::completed));
static_assert(!flowrun::is_finished(run_status::running));
static_assert(flowrun::is_finished(*flowrun::parse_run_status("failed")));

TEST(RunStatus, ToStringIsTheWireSpelling) {
  for (const auto& [s, text] : kRunStatuses) EXPECT_EQ(flowrun::to_string(s), text);
}

TEST(RunStatus, ParseRoundTripsEveryValue) {
  for (const auto& [s, text] : kRunStatuses) {
    const auto parsed = flowrun::parse_run_status(text);
    ASSERT_TRUE(parsed) << text;
    EXPECT_EQ(*parsed, s);
    EXPECT_EQ(flowrun::parse_run_status(flowrun::to_string(s)), s);
  }
}

TEST(LogStatus, ToStringIsTheWireSpelling) {
  for (const auto& [s, text] : kLogStatuses) EXPECT_EQ(flowrun::to_string(s), text);
}

TEST(LogStatus, ParseRoundTripsEveryValue) {
  for (const auto& [s, text] : kLogStatuses) {
    const auto parsed = flowrun::parse_log_status(text);
    ASSERT_TRUE(parsed) << text;
    EXPECT_EQ(*parsed, s);
    EXPECT_EQ(flowrun::parse_log_status(flowrun::to_string(s)), s);
  }
}

TEST(Status, OutOfRangeValuesSpellEmpty) {
  EXPECT_EQ(flowrun::to_string(static_cast<run_status>(5)), "");
  EXPECT_EQ(flowrun::to_string(static_cast<run_status>(255)), "");
  EXPECT_EQ(flowrun::to_string(static_cast<log_status>(3)), "");
  // And an empty text never parses, so an out-of-range value cannot round-trip.
  EXPECT_FALSE(flowrun::parse_run_status(""));
  EXPECT_FALSE(flowrun::parse_log_status(""));
}

// Near misses of a spelling: case, white space, prefixes, suffixes, NUL.
std::vector<std::string> near_misses(std::string_view text) {
  std::vector<std::string> out;
  std::string s(text);
  std::string upper = s;
  for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  out.push_back(upper);
  std::string capital = s;
  capital[0] = upper[0];
  out.push_back(capital);
  std::string last_upper = s;
  last_upper.back() = upper.back();
  out.push_back(last_upper);
  out.push_back(" " + s);
  out.push_back(s + " ");
  out.push_back("\t" + s);
  out.push_back(s + "\n");
  out.push_back(s + "\r");
  out.push_back("\"" + s + "\"");
  out.push_back(s.substr(0, s.size() - 1)); // prefix
  out.push_back(s.substr(1));               // suffix
  out.push_back(s + "s");
  out.push_back(s + "_");
  out.push_back("x" + s);
  out.push_back(s + std::string(1, '\0'));
  out.push_back(std::string(1, '\0') + s);
  std::string mid_nul = s;
  mid_nul[s.size() / 2] = '\0';
  out.push_back(mid_nul);
  std::string dash = s;
  for (char& c : dash)
    if (c == '_') c = '-';
  if (dash != s) out.push_back(dash);
  return out;
}

TEST(RunStatus, NearMissesAreRejected) {
  for (const auto& [s, text] : kRunStatuses)
    for (const std::string& miss : near_misses(text))
      EXPECT_FALSE(flowrun::parse_run_status(miss)) << "accepted a near miss of " << text << " of size " << miss.size();
  for (std::string_view other :
       {"", " ", "Pending", "PENDING", "complete", "completed ", "canceled", "cancelled", "success", "error",
        "awaiting", "awaiting_ui", "awaiting-ui-interaction", "awaitingUiInteraction", "null", "0", "1"})
    EXPECT_FALSE(flowrun::parse_run_status(other)) << other;
}

TEST(LogStatus, NearMissesAreRejected) {
  for (const auto& [s, text] : kLogStatuses)
    for (const std::string& miss : near_misses(text))
      EXPECT_FALSE(flowrun::parse_log_status(miss)) << "accepted a near miss of " << text << " of size " << miss.size();
  for (std::string_view other : {"", "Success", "ERROR", "warn", "failed", "completed", "ok", "info", "0"})
    EXPECT_FALSE(flowrun::parse_log_status(other)) << other;
}

TEST(Status, RunAndLogSpellingsDoNotCross) {
  for (const auto& [s, text] : kRunStatuses) EXPECT_FALSE(flowrun::parse_log_status(text)) << text;
  for (const auto& [s, text] : kLogStatuses) EXPECT_FALSE(flowrun::parse_run_status(text)) << text;
}

TEST(RunStatus, IsFinishedExactlyForCompletedAndFailed) {
  EXPECT_FALSE(flowrun::is_finished(run_status::pending));
  EXPECT_FALSE(flowrun::is_finished(run_status::running));
  EXPECT_TRUE(flowrun::is_finished(run_status::completed));
  EXPECT_TRUE(flowrun::is_finished(run_status::failed));
  EXPECT_FALSE(flowrun::is_finished(run_status::awaiting_ui_interaction));
}

TEST(Status, NumbersAreDeclarationOrder) {
  // Stable storage values: the enums are uint8 and start at zero.
  static_assert(sizeof(run_status) == 1 && sizeof(log_status) == 1);
  EXPECT_EQ(static_cast<int>(run_status::pending), 0);
  EXPECT_EQ(static_cast<int>(run_status::awaiting_ui_interaction), 4);
  EXPECT_EQ(static_cast<int>(log_status::success), 0);
  EXPECT_EQ(static_cast<int>(log_status::warning), 2);
  EXPECT_EQ(run_status{}, run_status::pending);
  EXPECT_EQ(log_status{}, log_status::success);
}

} // namespace
