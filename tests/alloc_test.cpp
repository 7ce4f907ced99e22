// Steady-state decoding allocates nothing: operator new is counted over a
// thousand decodes of each kind of document after one warm-up decode. Nor do
// consistency findings when there is nothing to report, nor the writer once
// its string has the capacity.
#include <flowrun/simdjson.hpp>

#include <flowrun/canonical.hpp> // canonical_writer
#include <flowrun/findings.hpp>
#include <flowrun/write.hpp>

#include "alloc_counter.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <new>
#include <sstream>
#include <string>

namespace {

using flowrun_test::allocations;
using flowrun_test::example;
using flowrun_test::first_call_allocations;

// A run of `n` logs in order with distinct ids: nothing to report.
std::string silent_run(int n) {
  std::string big = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[)";
  for (int i = 0; i < n; ++i) {
    if (i) big += ',';
    big += R"({"id":"fl_log_)" + std::to_string(i) +
           R"(","node_id":"n","component_id":"c","status":"success","output":{"k":[1,2,{"a":"b\n"}]},)"
           R"("created_at":"2025-10-31T12:00:01Z"})";
  }
  return big + "]}";
}

TEST(Allocations, TheCounterCounts) {
  // Guards the test itself: a counter that never counts would prove nothing.
  EXPECT_EQ(allocations(
                [] {
                  int* volatile p = new int(1);
                  delete p;
                },
                10),
            10);
}

TEST(Allocations, RunsPagesAndLogsDecodeWithoutAllocating) {
  flowrun::decoder d;
  const std::string run = example("run.json"), legacy = example("run-legacy.json"), page = example("page.json"),
                    logs = example("logs.json");
  ASSERT_TRUE(d.decode_run(run) && d.decode_run(legacy) && d.decode_run_page(page) && d.decode_logs(logs));
  std::size_t seen = 0;
  EXPECT_EQ(allocations([&] { seen += d.decode_run(run)->logs.size(); }), 0);
  EXPECT_EQ(allocations([&] { seen += d.decode_run(legacy)->logs.size(); }), 0);
  EXPECT_EQ(allocations([&] { seen += d.decode_run_page(page)->data.size(); }), 0);
  EXPECT_EQ(allocations([&] { seen += d.decode_logs(logs)->size(); }), 0);
  EXPECT_EQ(seen, 4004u);
}

TEST(Allocations, StrictModeAndMixedKindsAfterWarmUp) {
  flowrun::decoder d({.mode = flowrun::decode_mode::strict, .errors = flowrun::error_mode::collect_all});
  const std::string run = example("run.json"), page = example("page.json"), logs = example("logs.json");
  EXPECT_EQ(allocations([&] {
              ASSERT_TRUE(d.decode_run(run));
              ASSERT_TRUE(d.decode_run_page(page));
              ASSERT_TRUE(d.decode_logs(logs));
            }),
            0);
}

TEST(Allocations, LargeRunWithManyLogs) {
  std::string big = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[)";
  for (int i = 0; i < 2000; ++i) {
    if (i) big += ',';
    big += R"({"id":"fl_log_)" + std::to_string(i) +
           R"(","node_id":"n","component_id":"c","status":"success","output":{"k":[1,2,{"a":"b\n"}]},)"
           R"("created_at":"2025-10-31T12:00:01Z"})";
  }
  big += "]}";
  flowrun::decoder d;
  EXPECT_EQ(allocations([&] { ASSERT_EQ(d.decode_run(big)->logs.size(), 2000u); }, 100), 0);
}

TEST(Allocations, UnknownMembersAtEveryLevelAfterWarmUp) {
  // A page whose every typed object has members the contract does not know,
  // some with escaped keys: kept as views, in storage the decoder reuses.
  std::string page = R"({"x-page":1,"data":[)";
  for (int i = 0; i < 50; ++i) {
    if (i) page += ',';
    page += R"({"id":"fl_run_)" + std::to_string(i) +
            R"(","status":"running","région":"eu","started_at":"2025-10-31T12:00:00Z","logs":[)"
            R"({"id":"fl_log_a","node_id":"n","status":"success","created_at":"2025-10-31T12:00:00Z","try":1,"v":{"a":[]}}],)"
            R"("after":[true,null]})";
  }
  page += R"(],"links":{"self":"/x"},"meta":{"links":[],"total":50},"z":"last"})";
  flowrun::decoder d;
  ASSERT_TRUE(d.decode_run_page(page));
  std::size_t seen = 0;
  EXPECT_EQ(allocations([&] {
              const auto r = d.decode_run_page(page);
              seen += r->unknown.size() + r->links.unknown.size() + r->meta.unknown.size();
              for (const auto& run : r->data) seen += run.unknown.size() + run.logs[0].unknown.size();
            }, 10),
            0);
  EXPECT_EQ(seen, 11u * (4 + 50 * 4)); // the warm-up call inside allocations() and 10 counted
}

TEST(Allocations, CanonicalWriterAfterWarmUp) {
  flowrun::decoder d;
  const std::string page = example("page.json");
  const auto p = d.decode_run_page(page);
  ASSERT_TRUE(p);
  flowrun::canonical_writer w;
  std::string out;
  ASSERT_FALSE(w.write(out, *p));
  const std::size_t size = out.size();
  EXPECT_EQ(allocations([&] {
              out.clear();
              ASSERT_FALSE(w.write(out, *p));
            }),
            0);
  EXPECT_EQ(out.size(), size);
}

TEST(Allocations, FindingsAllocateNothingWhenThereIsNothingToReport) {
  flowrun::decoder d;
  const std::string legacy = example("run-legacy.json"), logs = example("logs.json"), run = example("run.json");
  const std::string small = silent_run(static_cast<int>(flowrun::consistency_checker::inline_logs));
  const std::string big = silent_run(2000);
  // A fresh checker: not even a first call allocates, for lists up to inline_logs.
  flowrun::decoder d1, d2, d3;
  const auto r1 = d1.decode_run(legacy);
  const auto r2 = d2.decode_logs(logs);
  const auto r3 = d3.decode_run(small);
  ASSERT_TRUE(r1 && r2 && r3);
  EXPECT_EQ(first_call_allocations([&] {
              flowrun::consistency_checker c;
              ASSERT_TRUE(c.check(*r1).empty());
              ASSERT_TRUE(c.check(*r2).empty());
              ASSERT_TRUE(c.check(*r3).empty());
            }),
            0);
  // Longer lists: once the checker has sized its scratch space.
  flowrun::consistency_checker c;
  const auto r4 = d.decode_run(big);
  ASSERT_TRUE(r4);
  EXPECT_EQ(allocations([&] { ASSERT_TRUE(c.check(*r4).empty()); }, 50), 0);
  // Reporting is where the allocations are (the guard that this path is counted).
  flowrun::decoder d5;
  const auto r5 = d5.decode_run(run);
  ASSERT_TRUE(r5);
  EXPECT_GT(allocations([&] { ASSERT_EQ(c.check(*r5).size(), 1u); }, 10), 0);
}

TEST(Allocations, WriterAllocatesNothingOnceTheStringHasCapacity) {
  flowrun::decoder d1, d2, d3, d4;
  const std::string legacy = example("run-legacy.json"), page = example("page.json"), logs = example("logs.json");
  const std::string big = silent_run(2000);
  const auto r = d1.decode_run(big);
  const auto l = d2.decode_run(legacy);
  const auto p = d3.decode_run_page(page);
  const auto g = d4.decode_logs(logs);
  ASSERT_TRUE(r && l && p && g);
  std::string out;
  out.reserve(std::size_t{4} << 20);
  std::size_t written = 0;
  EXPECT_EQ(allocations(
                [&] {
                  out.clear();
                  for (const bool pretty : {false, true}) {
                    ASSERT_FALSE(flowrun::write_json(out, *r, {.pretty = pretty}));
                    ASSERT_FALSE(flowrun::write_json(out, *l, {.pretty = pretty}));
                    ASSERT_FALSE(flowrun::write_json(out, *p, {.pretty = pretty}));
                    ASSERT_FALSE(flowrun::write_json(out, *g, {.pretty = pretty}));
                  }
                  written = out.size();
                },
                100),
            0);
  EXPECT_GT(written, big.size());
}

TEST(Allocations, NdjsonStream) {
  std::string stream;
  const std::string line = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"})";
  for (int i = 0; i < 50; ++i) stream += line + "\n";
  flowrun::decoder d;
  std::size_t valid = 0;
  EXPECT_EQ(allocations([&] {
              for (const auto& item : d.runs(stream)) valid += item.run.has_value();
            }),
            0);
  EXPECT_EQ(valid, 50u * 1001u);
}

} // namespace
