// Consistency findings (findings.hpp): every code triggered and shown silent, with its
// pointer; pages and bare log lists; and locate(), which places findings in the text.
#include <flowrun/findings.hpp>

#include <flowrun/simdjson.hpp>

#include "support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

using flowrun::finding;
using flowrun::finding_code;
using flowrun_test::example;

// A run with every field set and nothing to report; the tests change one thing at a time.
const std::string kRun =
    R"({"id":"fl_run_a1","status":"completed","error_message":null,"started_at":"2025-10-31T12:00:00Z",)"
    R"("completed_at":"2025-10-31T12:00:05Z","duration_in_seconds":5,"logs":[)"
    R"({"id":"fl_log_a","node_id":"n1","status":"success","output":{},"created_at":"2025-10-31T12:00:01Z"},)"
    R"({"id":"fl_log_b","node_id":"n2","status":"success","output":{},"created_at":"2025-10-31T12:00:02Z"},)"
    R"({"id":"fl_log_c","node_id":"n3","status":"success","output":{},"created_at":"2025-10-31T12:00:05Z"}]})";

struct code_and_pointer {
  finding_code code;
  std::string pointer;
  friend bool operator==(const code_and_pointer&, const code_and_pointer&) = default;
  friend std::ostream& operator<<(std::ostream& os, const code_and_pointer& c) {
    return os << to_string(c.code) << " at '" << c.pointer << "'";
  }
};

std::vector<code_and_pointer> summary(std::span<const finding> found) {
  std::vector<code_and_pointer> out;
  for (const finding& f : found) out.push_back({f.code, f.pointer});
  return out;
}

// What every test document's findings must also satisfy:
// - count() (which builds no pointer or message) gives as many as check();
// - locate(), one pass over the text for all of a document's findings, places each
//   where locating its pointer alone does.
template <class Value>
void expect_counted_and_placed(flowrun::consistency_checker& checker, const Value& v, std::string_view text,
                               std::span<const finding>& found) {
  const std::size_t counted = checker.count(v);
  found = checker.check(v);
  EXPECT_EQ(counted, found.size()) << text;
  const std::vector<flowrun::text_position> at = flowrun::locate(text, found);
  ASSERT_EQ(at.size(), found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    const std::string_view one[] = {found[i].pointer};
    EXPECT_EQ(at[i], flowrun::locate_pointers(text, one).at(0)) << found[i].pointer << " in " << text;
  }
}

// The findings of a run given as text (which must decode), as (code, pointer) pairs; the
// messages must all be non-empty.
class Findings : public ::testing::Test {
protected:
  std::vector<code_and_pointer> of_run(const std::string& text) {
    auto r = dec_.decode_run(text);
    EXPECT_TRUE(r) << (r ? "" : r.error().message) << "\n" << text;
    if (!r) return {};
    expect_counted_and_placed(checker_, *r, text, found_);
    messages_.clear();
    for (const finding& f : found_) {
      EXPECT_FALSE(f.message.empty()) << to_string(f.code);
      messages_.push_back(f.message);
    }
    return summary(found_);
  }
  std::vector<code_and_pointer> of_page(const std::string& text) {
    auto r = dec_.decode_run_page(text);
    EXPECT_TRUE(r) << (r ? "" : r.error().message);
    if (!r) return {};
    expect_counted_and_placed(checker_, *r, text, found_);
    return summary(found_);
  }
  std::vector<code_and_pointer> of_logs(const std::string& text) {
    auto r = dec_.decode_logs(text);
    EXPECT_TRUE(r) << (r ? "" : r.error().message);
    if (!r) return {};
    expect_counted_and_placed(checker_, *r, text, found_);
    return summary(found_);
  }
  // The one message of the last check.
  std::string message() {
    EXPECT_EQ(messages_.size(), 1u);
    return messages_.empty() ? "" : messages_.front();
  }

  flowrun::decoder dec_;
  flowrun::consistency_checker checker_;
  std::span<const finding> found_;
  std::vector<std::string> messages_;
};

using flowrun_test::replace;
using V = std::vector<code_and_pointer>;

TEST(FindingCode, EveryCodeHasAStableDistinctSpelling) {
  static_assert(flowrun::finding_code_count == 11);
  const std::vector<std::string_view> expected = {"completed_before_started", "duration_mismatch",
                                                  "missing_completed_at",     "unexpected_completed_at",
                                                  "missing_error_message",    "unexpected_error_message",
                                                  "log_out_of_order",         "log_outside_run",
                                                  "duplicate_log_id",         "run_too_long",
                                                  "output_not_object"};
  std::set<std::string_view> seen;
  for (int i = 1; i <= flowrun::finding_code_count; ++i) {
    const std::string_view s = to_string(static_cast<finding_code>(i));
    EXPECT_EQ(s, expected[static_cast<std::size_t>(i - 1)]);
    EXPECT_TRUE(seen.insert(s).second);
  }
  EXPECT_EQ(to_string(static_cast<finding_code>(0)), "unknown");
  EXPECT_EQ(to_string(static_cast<finding_code>(12)), "unknown");
}

TEST_F(Findings, TheBaseRunIsSilent) { EXPECT_EQ(of_run(kRun), V{}); }

// ---- the examples -----------------------------------------------------------------

TEST_F(Findings, ExampleRunHasExactlyOneUnexpectedErrorMessage) {
  EXPECT_EQ(of_run(example("run.json")), (V{{finding_code::unexpected_error_message, "/error_message"}}));
  EXPECT_EQ(message(), "error_message is \"Webhook request failed: 503 Service Unavailable\" but status is completed "
                       "(only failed runs have one)");
}

TEST_F(Findings, ExamplePageHasTheSameFindingUnderData) {
  EXPECT_EQ(of_page(example("page.json")), (V{{finding_code::unexpected_error_message, "/data/0/error_message"}}));
}

TEST_F(Findings, OtherExamplesAreSilent) {
  EXPECT_EQ(of_run(example("run-legacy.json")), V{});
  EXPECT_EQ(of_logs(example("logs.json")), V{});
}

// ---- one rule at a time: triggered, then silent -------------------------------------

TEST_F(Findings, CompletedBeforeStarted) {
  const std::string bare = R"({"id":"fl_run_a1","status":"failed","error_message":"x",)"
                           R"("started_at":"2025-10-31T12:00:00Z","completed_at":"2025-10-31T11:59:59.999Z"})";
  EXPECT_EQ(of_run(bare), (V{{finding_code::completed_before_started, "/completed_at"}}));
  EXPECT_EQ(message(), "completed_at 2025-10-31T11:59:59.999Z is before started_at 2025-10-31T12:00:00Z");
  // Equal instants are not "before"; nor is a later instant spelled with an earlier clock.
  EXPECT_EQ(of_run(replace(bare, "11:59:59.999Z", "12:00:00.000Z")), V{});
  EXPECT_EQ(of_run(replace(bare, "2025-10-31T11:59:59.999Z", "2025-10-31T11:30:00-00:31")), V{});
  EXPECT_EQ(of_run(replace(bare, "2025-10-31T11:59:59.999Z", "2025-10-31T12:29:00+00:31")),
            (V{{finding_code::completed_before_started, "/completed_at"}}));
}

TEST_F(Findings, CompletedBeforeStartedAcrossALeapSecond) {
  const std::string r = R"({"id":"fl_run_a1","status":"failed","error_message":"x",)"
                        R"("started_at":"2016-12-31T23:59:60Z","completed_at":"2016-12-31T23:59:59.5Z"})";
  // 23:59:59.5 comes before the leap second 23:59:60, although both count as second :59.
  EXPECT_EQ(of_run(r), (V{{finding_code::completed_before_started, "/completed_at"}}));
  EXPECT_EQ(of_run(replace(r, "23:59:59.5Z", "23:59:60.5Z")), V{});
  EXPECT_EQ(of_run(replace(r, "2016-12-31T23:59:59.5Z", "2017-01-01T00:59:60.5+01:00")), V{});
}

TEST_F(Findings, DurationMismatch) {
  EXPECT_EQ(of_run(replace(kRun, R"("duration_in_seconds":5)", R"("duration_in_seconds":6)")),
            (V{{finding_code::duration_mismatch, "/duration_in_seconds"}}));
  EXPECT_EQ(message(), "duration_in_seconds is 6 s but completed_at - started_at is 5 s");
  EXPECT_EQ(of_run(replace(kRun, R"("duration_in_seconds":5)", R"("duration_in_seconds":3.5)")),
            (V{{finding_code::duration_mismatch, "/duration_in_seconds"}}));
  // Less than one second apart is silent, either way; exactly one second is a finding.
  for (const char* d : {"5.999", "4.001", "5", "5.0", "4.0000001"})
    EXPECT_EQ(of_run(replace(kRun, R"("duration_in_seconds":5)", std::string(R"("duration_in_seconds":)") + d)), V{})
        << d;
  EXPECT_EQ(of_run(replace(kRun, R"("duration_in_seconds":5)", R"("duration_in_seconds":4)")),
            (V{{finding_code::duration_mismatch, "/duration_in_seconds"}}));
  // Fractions of the timestamps count: 12:00:00.25 to 12:00:05.75 is 5.5 s.
  const std::string frac = replace(replace(kRun, "\"2025-10-31T12:00:00Z\"", "\"2025-10-31T12:00:00.25Z\""),
                                   "\"2025-10-31T12:00:05Z\"", "\"2025-10-31T12:00:05.75Z\"");
  EXPECT_EQ(of_run(replace(frac, R"("duration_in_seconds":5)", R"("duration_in_seconds":6.4)")), V{});
  EXPECT_EQ(of_run(replace(frac, R"("duration_in_seconds":5)", R"("duration_in_seconds":6.5)")),
            (V{{finding_code::duration_mismatch, "/duration_in_seconds"}}));
  // Needs both a duration and completed_at.
  EXPECT_EQ(of_run(replace(kRun, R"("duration_in_seconds":5)", R"("duration_in_seconds":null)")), V{});
  const std::string running = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z",)"
                              R"("duration_in_seconds":500})";
  EXPECT_EQ(of_run(running), V{});
}

TEST_F(Findings, DurationAcrossOffsets) {
  // 13:00:05+01:00 is 12:00:05Z: five seconds after the start.
  const std::string r = replace(kRun, "\"2025-10-31T12:00:05Z\"", "\"2025-10-31T13:00:05+01:00\"");
  EXPECT_EQ(of_run(r), V{});
  EXPECT_EQ(of_run(replace(r, R"("duration_in_seconds":5)", R"("duration_in_seconds":3605)")),
            (V{{finding_code::duration_mismatch, "/duration_in_seconds"},
               {finding_code::run_too_long, "/duration_in_seconds"}}));
}

TEST_F(Findings, MissingCompletedAt) {
  for (const char* status : {"completed", "failed"}) {
    std::string r = R"({"id":"fl_run_a1","status":")" + std::string(status) +
                    R"(","error_message":"e","started_at":"2025-10-31T12:00:00Z","completed_at":null})";
    if (std::string_view(status) == "completed") r = replace(r, R"("error_message":"e")", R"("error_message":null)");
    EXPECT_EQ(of_run(r), (V{{finding_code::missing_completed_at, "/completed_at"}})) << status;
    EXPECT_EQ(message(), "status is " + std::string(status) + " but completed_at is null");
    // Absent (compatible mode) is the same as null; the pointer still names the member.
    EXPECT_EQ(of_run(replace(r, R"(,"completed_at":null)", "")),
              (V{{finding_code::missing_completed_at, "/completed_at"}}));
  }
  EXPECT_EQ(of_run(kRun), V{});
}

TEST_F(Findings, UnexpectedCompletedAt) {
  for (const char* status : {"pending", "running", "awaiting_ui_interaction"}) {
    const std::string r = R"({"id":"fl_run_a1","status":")" + std::string(status) +
                          R"(","started_at":"2025-10-31T12:00:00Z","completed_at":"2025-10-31T12:00:05Z"})";
    EXPECT_EQ(of_run(r), (V{{finding_code::unexpected_completed_at, "/completed_at"}})) << status;
    EXPECT_EQ(message(), "completed_at is 2025-10-31T12:00:05Z but status is " + std::string(status) +
                             " (only completed and failed runs have finished)");
    EXPECT_EQ(of_run(replace(r, R"("2025-10-31T12:00:05Z")", "null")), V{}) << status;
  }
}

TEST_F(Findings, MissingErrorMessage) {
  const std::string failed = replace(kRun, R"("status":"completed")", R"("status":"failed")");
  EXPECT_EQ(of_run(failed), (V{{finding_code::missing_error_message, "/error_message"}}));
  EXPECT_EQ(message(), "status is failed but error_message is null");
  EXPECT_EQ(of_run(replace(failed, R"("error_message":null,)", "")),
            (V{{finding_code::missing_error_message, "/error_message"}}));
  EXPECT_EQ(of_run(replace(failed, R"("error_message":null)", R"("error_message":"boom")")), V{});
  // The rule is about null: an empty message is a message.
  EXPECT_EQ(of_run(replace(failed, R"("error_message":null)", R"("error_message":"")")), V{});
}

TEST_F(Findings, UnexpectedErrorMessage) {
  for (const char* status : {"completed", "pending", "running", "awaiting_ui_interaction"}) {
    std::string r = replace(kRun, R"("status":"completed")", std::string(R"("status":")") + status + "\"");
    if (std::string_view(status) != "completed")
      r = replace(r, R"("completed_at":"2025-10-31T12:00:05Z","duration_in_seconds":5)",
                  R"("completed_at":null,"duration_in_seconds":null)");
    EXPECT_EQ(of_run(r), V{}) << status;
    EXPECT_EQ(of_run(replace(r, R"("error_message":null)", R"("error_message":"")")),
              (V{{finding_code::unexpected_error_message, "/error_message"}}))
        << status;
  }
  // The message quotes the text, escaped and cut so it stays one line.
  const std::string long_text = "line one\nline \"two\"" + std::string(100, 'x');
  of_run(replace(kRun, R"("error_message":null)",
                 R"("error_message":"line one\nline \"two\")" + std::string(100, 'x') + "\""));
  EXPECT_EQ(message(), R"(error_message is "line one\u000aline \"two\")" + std::string(45, 'x') +
                           R"(..." but status is completed (only failed runs have one))");
}

TEST_F(Findings, LogOutOfOrder) {
  const std::string r =
      replace(kRun, R"("created_at":"2025-10-31T12:00:02Z")", R"("created_at":"2025-10-31T12:00:00.5Z")");
  EXPECT_EQ(of_run(r), (V{{finding_code::log_out_of_order, "/logs/1/created_at"}}));
  EXPECT_EQ(message(), "created_at 2025-10-31T12:00:00.5Z is before the previous log's 2025-10-31T12:00:01Z (/logs/0)");
  // Equal times are in order; so is a later instant in another offset.
  EXPECT_EQ(of_run(replace(kRun, R"("created_at":"2025-10-31T12:00:02Z")", R"("created_at":"2025-10-31T12:00:01Z")")),
            V{});
  EXPECT_EQ(
      of_run(replace(kRun, R"("created_at":"2025-10-31T12:00:02Z")", R"("created_at":"2025-10-31T11:00:02-01:00")")),
      V{});
  // Each log is compared with the one before it, not with the latest so far.
  const std::string dip =
      replace(kRun, R"("created_at":"2025-10-31T12:00:05Z"}]})", R"("created_at":"2025-10-31T12:00:03Z"}]})");
  EXPECT_EQ(of_run(replace(dip, R"("created_at":"2025-10-31T12:00:02Z")", R"("created_at":"2025-10-31T12:00:04Z")")),
            (V{{finding_code::log_out_of_order, "/logs/2/created_at"}}));
}

TEST_F(Findings, LogOutsideRun) {
  EXPECT_EQ(of_run(replace(kRun, R"("created_at":"2025-10-31T12:00:01Z")", R"("created_at":"2025-10-31T11:59:59Z")")),
            (V{{finding_code::log_outside_run, "/logs/0/created_at"}}));
  EXPECT_EQ(message(), "created_at 2025-10-31T11:59:59Z is before the run's started_at 2025-10-31T12:00:00Z");
  EXPECT_EQ(of_run(replace(kRun, R"("created_at":"2025-10-31T12:00:05Z"}]})",
                           R"("created_at":"2025-10-31T12:00:05.000001Z"}]})")),
            (V{{finding_code::log_outside_run, "/logs/2/created_at"}}));
  EXPECT_EQ(message(), "created_at 2025-10-31T12:00:05.000001Z is after the run's completed_at 2025-10-31T12:00:05Z");
  // The bounds themselves are inside.
  EXPECT_EQ(of_run(replace(kRun, R"("created_at":"2025-10-31T12:00:01Z")", R"("created_at":"2025-10-31T12:00:00Z")")),
            V{});
  // No completed_at: only the start bounds the logs.
  const std::string running =
      R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[)"
      R"({"id":"fl_log_a","node_id":"n1","status":"success","created_at":"2030-01-01T00:00:00Z"}]})";
  EXPECT_EQ(of_run(running), V{});
  EXPECT_EQ(of_run(replace(running, "2030-01-01T00:00:00Z", "2025-10-31T11:00:00Z")),
            (V{{finding_code::log_outside_run, "/logs/0/created_at"}}));
}

TEST_F(Findings, DuplicateLogId) {
  EXPECT_EQ(of_run(replace(kRun, R"("id":"fl_log_c")", R"("id":"fl_log_a")")),
            (V{{finding_code::duplicate_log_id, "/logs/2/id"}}));
  EXPECT_EQ(message(), "\"fl_log_a\" is also the id of /logs/0");
  // Three of one id: each later one names the first.
  const std::string three =
      replace(replace(kRun, R"("id":"fl_log_b")", R"("id":"fl_log_c")"), R"("id":"fl_log_a")", R"("id":"fl_log_c")");
  EXPECT_EQ(of_run(three),
            (V{{finding_code::duplicate_log_id, "/logs/1/id"}, {finding_code::duplicate_log_id, "/logs/2/id"}}));
  EXPECT_EQ(found_[1].message, "\"fl_log_c\" is also the id of /logs/0");
  // Ids that share a prefix are different ids.
  EXPECT_EQ(of_run(replace(kRun, R"("id":"fl_log_c")", R"("id":"fl_log_aa")")), V{});
}

// More logs than the inline scratch space: the heap path finds the same duplicates.
TEST_F(Findings, DuplicateLogIdInALongList) {
  for (const std::size_t n : {std::size_t{10}, flowrun::consistency_checker::inline_logs,
                              flowrun::consistency_checker::inline_logs + 1, std::size_t{3000}}) {
    std::string doc = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[)";
    for (std::size_t i = 0; i < n; ++i) {
      // Ids in descending order, so that sorting moves them; the last repeats the third.
      const std::size_t body = i + 1 == n ? n - 3 : n - i;
      if (i) doc += ',';
      doc += R"({"id":"fl_log_)";
      doc += std::to_string(body);
      doc += R"(","node_id":"n","status":"success","created_at":"2025-10-31T12:00:00Z"})";
    }
    doc += "]}";
    EXPECT_EQ(of_run(doc), (V{{finding_code::duplicate_log_id, "/logs/" + std::to_string(n - 1) + "/id"}})) << n;
    EXPECT_EQ(message(), "\"fl_log_" + std::to_string(n - 3) + "\" is also the id of /logs/3") << n;
  }
}

// Lists on either side of pairwise_logs (each id compared with those before it, or the
// indices sorted by id) with ids drawn from a few: every later repeat is reported, naming
// the first log with its id, in log order.
TEST_F(Findings, DuplicateLogIdsOnBothPathsNameTheFirst) {
  std::uint32_t seed = 12345;
  const auto next = [&](std::uint32_t bound) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % bound;
  };
  const std::size_t limit = flowrun::consistency_checker::pairwise_logs;
  for (const std::size_t n : {std::size_t{2}, std::size_t{3}, limit - 1, limit, limit + 1, 2 * limit + 3}) {
    for (int round = 0; round < 20; ++round) {
      std::string doc = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[)";
      std::vector<std::string> ids;
      V expected;
      std::vector<std::string> messages;
      for (std::size_t i = 0; i < n; ++i) {
        // Same-length ids (fl_log_x3) and one a prefix of others (fl_log_x).
        const std::uint32_t pick = next(5);
        ids.push_back(pick == 4 ? "fl_log_x" : "fl_log_x" + std::to_string(pick));
        const auto first = std::find(ids.begin(), ids.end(), ids.back()) - ids.begin();
        if (static_cast<std::size_t>(first) != i) {
          expected.push_back({finding_code::duplicate_log_id, "/logs/" + std::to_string(i) + "/id"});
          messages.push_back("\"" + ids.back() + "\" is also the id of /logs/" + std::to_string(first));
        }
        doc += i ? "," : "";
        doc += R"({"id":")" + ids.back() + R"(","node_id":"n","status":"success","created_at":"2025-10-31T12:00:00Z"})";
      }
      doc += "]}";
      EXPECT_EQ(of_run(doc), expected) << doc;
      EXPECT_EQ(messages_, messages) << doc;
    }
  }
}

TEST_F(Findings, RunTooLong) {
  const std::string hour = replace(replace(kRun, "\"2025-10-31T12:00:05Z\"", "\"2025-10-31T13:00:00Z\""),
                                   R"("duration_in_seconds":5)", R"("duration_in_seconds":3600)");
  EXPECT_EQ(of_run(hour), V{}) << "exactly the limit is not over it";
  const std::string over = replace(replace(hour, "\"2025-10-31T13:00:00Z\"", "\"2025-10-31T13:00:00.5Z\""),
                                   R"("duration_in_seconds":3600)", R"("duration_in_seconds":3600.5)");
  EXPECT_EQ(of_run(over), (V{{finding_code::run_too_long, "/duration_in_seconds"}}));
  EXPECT_EQ(message(),
            "duration_in_seconds is 3600.5 s, over the engine's limit of 3600 s (runs are killed after one hour)");
  // Without a duration, the timestamps decide (pointer /completed_at).
  const std::string no_duration = replace(over, R"("duration_in_seconds":3600.5)", R"("duration_in_seconds":null)");
  EXPECT_EQ(of_run(no_duration), (V{{finding_code::run_too_long, "/completed_at"}}));
  EXPECT_EQ(
      message(),
      "completed_at - started_at is 3600.5 s, over the engine's limit of 3600 s (runs are killed after one hour)");
  EXPECT_EQ(of_run(replace(no_duration, "13:00:00.5Z", "13:00:00Z")), V{});
  // With a duration, it is the duration that is judged: a mismatch is its own finding.
  EXPECT_EQ(of_run(replace(over, R"("duration_in_seconds":3600.5)", R"("duration_in_seconds":100)")),
            (V{{finding_code::duration_mismatch, "/duration_in_seconds"}}));
  // A running run with a long duration so far.
  EXPECT_EQ(of_run(R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z",)"
                   R"("duration_in_seconds":7200})"),
            (V{{finding_code::run_too_long, "/duration_in_seconds"}}));
}

TEST_F(Findings, SeveralAtOnceInTheDocumentedOrder) {
  const std::string r =
      R"({"id":"fl_run_a1","status":"running","error_message":"e","started_at":"2025-10-31T12:00:00Z",)"
      R"("completed_at":"2025-10-31T11:00:00Z","duration_in_seconds":9000,"logs":[)"
      R"({"id":"fl_log_a","node_id":"n1","status":"success","created_at":"2025-10-31T10:00:00Z"},)"
      R"({"id":"fl_log_a","node_id":"n2","status":"success","created_at":"2025-10-31T09:00:00Z"}]})";
  EXPECT_EQ(of_run(r), (V{{finding_code::unexpected_completed_at, "/completed_at"},
                          {finding_code::completed_before_started, "/completed_at"},
                          {finding_code::unexpected_error_message, "/error_message"},
                          {finding_code::duration_mismatch, "/duration_in_seconds"},
                          {finding_code::run_too_long, "/duration_in_seconds"},
                          {finding_code::log_outside_run, "/logs/0/created_at"},
                          {finding_code::log_out_of_order, "/logs/1/created_at"},
                          {finding_code::log_outside_run, "/logs/1/created_at"},
                          {finding_code::duplicate_log_id, "/logs/1/id"}}));
}

// ---- pages and log lists -------------------------------------------------------------

TEST_F(Findings, PagePointersNameTheRun) {
  const std::string bad = replace(kRun, R"("id":"fl_log_c")", R"("id":"fl_log_a")");
  const std::string failed = R"({"id":"fl_run_b","status":"failed","started_at":"2025-10-31T12:00:00Z",)"
                             R"("completed_at":"2025-10-31T12:00:01Z"})";
  std::string page = R"({"data":[)" + kRun + "," + bad + "," + failed;
  for (int i = 0; i < 9; ++i) page += "," + kRun;
  page += "," + failed + R"(]})";
  EXPECT_EQ(of_page(page), (V{{finding_code::duplicate_log_id, "/data/1/logs/2/id"},
                              {finding_code::missing_error_message, "/data/2/error_message"},
                              {finding_code::missing_error_message, "/data/12/error_message"}}));
  EXPECT_EQ(found_[0].message, "\"fl_log_a\" is also the id of /data/1/logs/0");
  EXPECT_EQ(of_page(R"({"data":[]})"), V{});
}

TEST_F(Findings, LogListsGetTheRulesThatNeedNoRun) {
  const std::string logs =
      R"([{"id":"fl_log_a","node_id":"n1","status":"success","created_at":"2025-10-31T12:00:02Z"},)"
      R"({"id":"fl_log_b","node_id":"n1","status":"success","created_at":"2025-10-31T12:00:01Z"},)"
      R"({"id":"fl_log_a","node_id":"n1","status":"success","created_at":"1970-01-01T00:00:00Z"}])";
  EXPECT_EQ(of_logs(logs), (V{{finding_code::log_out_of_order, "/1/created_at"},
                              {finding_code::log_out_of_order, "/2/created_at"},
                              {finding_code::duplicate_log_id, "/2/id"}}));
  EXPECT_EQ(found_[0].message,
            "created_at 2025-10-31T12:00:01Z is before the previous log's 2025-10-31T12:00:02Z (/0)");
  EXPECT_EQ(found_[2].message, "\"fl_log_a\" is also the id of /0");
  EXPECT_EQ(of_logs("[]"), V{});
}

TEST_F(Findings, OutputNotObject) {
  // Compatible mode keeps any output; every kind but an object is a finding at the output.
  const struct {
    const char* output;
    const char* message;
  } cases[] = {
      {"null", "output is null, not an object (strict mode requires an object)"},
      {R"("done")", "output is a string, not an object (strict mode requires an object)"},
      {"-1.5e3", "output is a number, not an object (strict mode requires an object)"},
      {"true", "output is a boolean, not an object (strict mode requires an object)"},
      {"false", "output is a boolean, not an object (strict mode requires an object)"},
      {"[{}]", "output is an array, not an object (strict mode requires an object)"},
  };
  for (const auto& c : cases) {
    const std::string second = R"("id":"fl_log_b","node_id":"n2","status":"success","output":)";
    EXPECT_EQ(of_run(replace(kRun, second + "{}", second + c.output)),
              (V{{finding_code::output_not_object, "/logs/1/output"}}))
        << c.output;
    EXPECT_EQ(message(), c.message);
  }
  // After the log's other findings, in log order; in pages and bare lists as well.
  const std::string late = replace(replace(kRun, R"("output":{},"created_at":"2025-10-31T12:00:05Z")",
                                           R"("output":[],"created_at":"2025-10-31T12:00:06Z")"),
                                   R"("output":{})", R"("output":"x")");
  EXPECT_EQ(of_run(late), (V{{finding_code::output_not_object, "/logs/0/output"},
                             {finding_code::log_outside_run, "/logs/2/created_at"},
                             {finding_code::output_not_object, "/logs/2/output"}}));
  EXPECT_EQ(of_page(R"({"data":[)" + kRun + "," + late + "]}"),
            (V{{finding_code::output_not_object, "/data/1/logs/0/output"},
               {finding_code::log_outside_run, "/data/1/logs/2/created_at"},
               {finding_code::output_not_object, "/data/1/logs/2/output"}}));
  EXPECT_EQ(of_logs(R"([{"id":"fl_log_a","node_id":"n1","status":"success","output":7,)"
                    R"("created_at":"2025-10-31T12:00:02Z"},{"id":"fl_log_b","node_id":"n1","status":"success",)"
                    R"("output":{"a":null},"created_at":"2025-10-31T12:00:02Z"}])"),
            (V{{finding_code::output_not_object, "/0/output"}}));
  // Absent is not a finding; white space around a value built by hand is not a kind.
  EXPECT_EQ(of_run(replace(kRun, R"("output":{},)", "")), V{});
  flowrun::workflow_run run;
  flowrun::log_entry entry;
  entry.output = flowrun::raw_json{" \n{}"};
  run.logs = flowrun::log_list(&entry, 1);
  run.has_logs = true;
  EXPECT_TRUE(checker_.check(run).empty());
  entry.output = flowrun::raw_json{" [1]"};
  const auto found = checker_.check(run);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].code, finding_code::output_not_object);
}

TEST_F(Findings, AbsentLogsAreNotChecked) {
  const std::string r = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"})";
  EXPECT_EQ(of_run(r), V{});
}

TEST_F(Findings, TimestampsInMessagesKeepEveryDigit) {
  const std::string r = R"({"id":"fl_run_a1","status":"failed","error_message":"x",)"
                        R"("started_at":"2025-10-31T12:00:00.1234567891234Z","completed_at":"2025-10-31T11:00:00Z"})";
  EXPECT_EQ(of_run(r), (V{{finding_code::completed_before_started, "/completed_at"}}));
  EXPECT_EQ(message(), "completed_at 2025-10-31T11:00:00Z is before started_at 2025-10-31T12:00:00.1234567891234Z");
}

TEST_F(Findings, CheckerIsReusable) {
  EXPECT_EQ(of_run(example("run.json")).size(), 1u);
  EXPECT_EQ(of_run(kRun), V{});
  EXPECT_TRUE(checker_.check(flowrun::workflow_run{}).empty());
}

// ---- locate ---------------------------------------------------------------------------

// The position of `needle` (its first occurrence) in `text`.
flowrun::text_position position_of(std::string_view text, std::string_view needle) {
  const std::size_t at = text.find(needle);
  EXPECT_NE(at, std::string_view::npos) << needle;
  flowrun::text_position p{at, 1, 1};
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

std::vector<finding> findings_at(std::initializer_list<std::string> pointers) {
  std::vector<finding> out;
  for (const auto& p : pointers) out.push_back({finding_code::run_too_long, p, "m"});
  return out;
}

TEST(Locate, ExampleRunFindingIsAtItsValue) {
  const std::string text = example("run.json");
  flowrun::decoder dec;
  auto r = dec.decode_run(text);
  ASSERT_TRUE(r);
  flowrun::consistency_checker checker;
  const auto found = checker.check(*r);
  const auto at = flowrun::locate(text, found);
  ASSERT_EQ(at.size(), 1u);
  EXPECT_EQ(at[0], position_of(text, "\"Webhook request failed"));
  EXPECT_EQ(at[0].line, 4u);
  EXPECT_EQ(at[0].column, 20u);
}

TEST(Locate, MembersElementsAndAbsentMembers) {
  const std::string text =
      "{\n  \"id\": \"fl_run_a\",\n  \"x\": {\"logs\": [1]},\n  \"logs\" : [\n    {\"id\": \"a\"},\n"
      "    {\"created_at\": \"t\", \"id\":\"b\"}\n  ],\n  \"status\":null\n}";
  const auto found = findings_at({"/logs/1/id", "/logs/1/created_at", "/status", "/completed_at", "/logs/0/created_at",
                                  "/logs/5/id", "", "/logs/0"});
  const auto at = flowrun::locate(text, found);
  ASSERT_EQ(at.size(), found.size());
  EXPECT_EQ(at[0], position_of(text, "\"b\""));
  EXPECT_EQ(at[1], position_of(text, "\"t\""));
  EXPECT_EQ(at[2], position_of(text, "null"));
  EXPECT_EQ(at[3], (flowrun::text_position{0, 1, 1})) << "absent: at the object that lacks it";
  EXPECT_EQ(at[4], position_of(text, "{\"id\": \"a\"}"));
  EXPECT_EQ(at[5], position_of(text, "[\n    {")) << "no such element: at the array";
  EXPECT_EQ(at[6], (flowrun::text_position{0, 1, 1}));
  EXPECT_EQ(at[7], position_of(text, "{\"id\": \"a\"}"));
}

TEST(Locate, KeysAreComparedUnescaped) {
  const std::string text =
      R"({"l\u006fgs":[{"s":"}]\"{[","i\u0064":"x"}],"a\/b":1,"c~d":2,"\ud83d\ude00":3,"\u00e9":4})";
  const auto found = findings_at({"/logs/0/id", "/a~1b", "/c~0d", "/\xf0\x9f\x98\x80", "/\xc3\xa9"});
  const auto at = flowrun::locate(text, found);
  EXPECT_EQ(at[0], position_of(text, "\"x\""));
  EXPECT_EQ(at[1], position_of(text, "1,"));
  EXPECT_EQ(at[2], position_of(text, "2,"));
  EXPECT_EQ(at[3], position_of(text, "3,"));
  EXPECT_EQ(at[4], position_of(text, "4}"));
}

// Hostile depth on the way is skipped by a byte scan; a member at the decoder's deepest
// nesting (max_depth_limit) is reached by the same loop, without recursion.
TEST(Locate, DeepValuesWithoutRecursion) {
  std::string text = R"({"id":"fl_run_a","output":)";
  text += std::string(100000, '[') + std::string(100000, ']');
  const std::size_t levels = flowrun::max_depth_limit - 2;
  text += R"(,"deep":)" + std::string(levels, '[') + "7" + std::string(levels, ']') + R"(,"status":"x"})";
  std::string deep_pointer = "/deep";
  for (std::size_t i = 0; i < levels; ++i) deep_pointer += "/0";
  const auto at = flowrun::locate(text, findings_at({"/status", deep_pointer}));
  EXPECT_EQ(at[0], position_of(text, "\"x\""));
  EXPECT_EQ(at[1], position_of(text, "7"));
}

// Meant for accepted text, but safe on any: every prefix of a document (truncated strings,
// escapes and containers) stays in bounds (ASan) and lands inside the text.
TEST(Locate, TruncatedTextStaysInBounds) {
  const std::string text = R"({"l\u006fgs":[{"s":"a\"b\\","id":"x"},[1,{"k":"\ud83d\ude00"}]],"id":"y"})";
  const auto found = findings_at({"/logs/0/id", "/logs/1/1/k", "/id", "/\xf0\x9f\x98\x80"});
  for (std::size_t n = 0; n <= text.size(); ++n) {
    const std::string prefix = text.substr(0, n); // its own buffer: a read past it is caught
    for (const flowrun::text_position& p : flowrun::locate(prefix, found)) EXPECT_LE(p.offset, n);
  }
}

TEST(Locate, NoFindingsNoPositions) { EXPECT_TRUE(flowrun::locate("{}", {}).empty()); }

} // namespace

namespace {

// count() counts what check() would report, and leaves the checker building findings.
TEST_F(Findings, CountThenCheckAgain) {
  const std::string text = replace(replace(kRun, "\"status\":\"completed\"", "\"status\":\"running\""),
                                   R"("error_message":null)", R"("error_message":"boom")");
  auto r = dec_.decode_run(text);
  ASSERT_TRUE(r);
  const std::size_t n = checker_.check(*r).size();
  ASSERT_GE(n, 2u); // unexpected_completed_at, unexpected_error_message
  EXPECT_EQ(checker_.count(*r), n);
  const std::span<const finding> again = checker_.check(*r);
  ASSERT_EQ(again.size(), n);
  for (const finding& f : again) {
    EXPECT_FALSE(f.message.empty());
    EXPECT_FALSE(f.pointer.empty());
  }
  EXPECT_EQ(checker_.count(flowrun::workflow_run{}), 0u);
  EXPECT_TRUE(checker_.check(flowrun::workflow_run{}).empty());
}

} // namespace
