// Steady-state decoding allocates nothing: operator new is counted over a
// thousand decodes of each kind of document after one warm-up decode.
#include <flowrun/simdjson.hpp>

#include "support.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <new>
#include <sstream>
#include <string>

// GCC pairs the replaced operator new with free() across inlining and warns;
// the pairing is right (both sides are ours), so the warning is off here only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

namespace {
std::atomic<long> g_allocations{0};
std::atomic<bool> g_counting{false};
} // namespace

void* operator new(std::size_t n) {
  if (g_counting.load(std::memory_order_relaxed)) g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return operator new(n); }
// simdjson allocates with the nothrow forms; they must come from the same
// malloc so that our operator delete may free them.
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  if (g_counting.load(std::memory_order_relaxed)) g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n ? n : 1);
}
void* operator new[](std::size_t n, const std::nothrow_t& t) noexcept { return operator new(n, t); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

using flowrun_test::example;

// Counts the allocations of `n` calls of f after one warm-up call.
template <class F> long allocations(F f, int n = 1000) {
  f();
  g_allocations = 0;
  g_counting = true;
  for (int i = 0; i < n; ++i) f();
  g_counting = false;
  return g_allocations.load();
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
