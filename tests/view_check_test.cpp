// Stale views: a decoded value reached through its result after its decoder has
// decoded again or been destroyed stops a checked build (FLOWRUN_CHECKED, on
// unless NDEBUG) with a message naming the cause. Release builds check nothing;
// the last test shows what they do instead.
#include <flowrun/boost_decoder.hpp>
#include <flowrun/decode.hpp>
#include <flowrun/flowrun.hpp>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <type_traits>
#include <utility>

namespace {

// Two runs of the same length whose ids differ in every body byte.
const std::string run_a = R"({"id":"fl_run_aaaa","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[]})";
const std::string run_b = R"({"id":"fl_run_bbbb","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[]})";

template <class Decoder> class ViewCheck : public ::testing::Test {};
using decoders = ::testing::Types<flowrun::decoder, flowrun::boost_decoder>;
TYPED_TEST_SUITE(ViewCheck, decoders);

// The layout does not depend on the build: checked and release code may meet in one program.
static_assert(sizeof(flowrun::detail::view_ticket) == 16);

TYPED_TEST(ViewCheck, CurrentValuesAreReadFreely) {
  TypeParam dec;
  auto a = dec.decode_run(run_a);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->id.str(), "fl_run_aaaa");
  const flowrun::owned<flowrun::workflow_run> kept = flowrun::to_owned(*a); // before the next decode
  auto b = dec.decode_run(run_b);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->id.str(), "fl_run_bbbb");
  EXPECT_EQ(kept->id.str(), "fl_run_aaaa"); // an owned value is not a view
  // A failed decode has no value to check, and its errors are owned.
  auto bad = dec.decode_run("{");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, flowrun::error_code::syntax_error);
}

TYPED_TEST(ViewCheck, AMovedDecoderKeepsItsValuesCurrent) {
  auto dec = std::make_unique<TypeParam>();
  auto a = dec->decode_run(run_a);
  ASSERT_TRUE(a);
  TypeParam moved(std::move(*dec));
  dec.reset();
  EXPECT_EQ(a->id.str(), "fl_run_aaaa"); // the memory moved with the decoder
}

#if FLOWRUN_CHECKED
TYPED_TEST(ViewCheck, AValueReadAfterTheNextDecodeStops) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  TypeParam dec;
  auto a = dec.decode_run(run_a);
  ASSERT_TRUE(a);
  auto b = dec.decode_run(run_b);
  ASSERT_TRUE(b);
  const char* why = "used after its decoder has decoded another document since";
  EXPECT_DEATH((void)a->id, why);
  EXPECT_DEATH((void)*a, why);
  EXPECT_DEATH((void)a.value(), why);
  // A failed decode reuses the memory too.
  auto c = dec.decode_run(run_a);
  ASSERT_TRUE(c);
  (void)dec.decode_run("{");
  EXPECT_DEATH((void)c->status, why);
}

TYPED_TEST(ViewCheck, AValueReadAfterItsDecoderIsDestroyedStops) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  auto dec = std::make_unique<TypeParam>();
  auto a = dec->decode_run(run_a);
  ASSERT_TRUE(a);
  dec.reset();
  EXPECT_DEATH((void)a->id, "used after its decoder has been destroyed");
}

TEST(ViewCheck, EveryDecodeFunctionTakesATicket) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  flowrun::decoder dec;
  auto logs = dec.decode_logs(R"([{"id":"fl_log_a","node_id":"n","component_id":null,"status":"success",)"
                              R"("output":{},"created_at":"2025-10-31T12:00:00Z"}])");
  ASSERT_TRUE(logs);
  auto doc = dec.decode(flowrun::document_kind::run, run_a);
  ASSERT_TRUE(doc);
  const char* why = "decoded another document since";
  EXPECT_DEATH((void)logs->size(), why);
  const std::string ndjson = run_a + "\n" + run_b + "\n";
  for (const flowrun::stream_item& it : dec.runs(ndjson)) {
    ASSERT_TRUE(it.run);
    EXPECT_EQ(it.run->status, flowrun::run_status::running); // each item current in its turn
  }
  EXPECT_DEATH((void)doc->index(), why);
}
#else
// Release builds take no ticket and check nothing: a stale value shows the bytes of
// the next document, as the documentation warns (same-sized texts: the memory is the same).
TYPED_TEST(ViewCheck, ReleaseBuildsDoNotCheck) {
  TypeParam dec;
  auto a = dec.decode_run(run_a);
  ASSERT_TRUE(a);
  auto b = dec.decode_run(run_b);
  ASSERT_TRUE(b);
  EXPECT_EQ(a->id.str().size(), b->id.str().size());
}
#endif

// One-call decodes return owned values: no decoder behind them, nothing to go stale.
TEST(ViewCheck, OneCallDecodesAreNeverStale) {
  auto a = flowrun::decode_run(run_a);
  auto b = flowrun::decode_run(run_b);
  ASSERT_TRUE(a);
  ASSERT_TRUE(b);
  EXPECT_EQ((*a)->id.str(), "fl_run_aaaa");
  EXPECT_EQ((*b)->id.str(), "fl_run_bbbb");
}

} // namespace
