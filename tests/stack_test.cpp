// Constant stack: flowrun::decoder keeps every level of nesting on the heap,
// in its fast walk, its event walk and the locator. Each decode here runs on
// a thread with a 64 KiB stack (256 KiB under sanitizers), on documents
// 100,000 levels deep, exactly at max_depth 4096, one level past it, and
// malformed at their deepest point.
#include <flowrun/simdjson.hpp>

#include "small_stack.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>

namespace {

using flowrun::error_code;
using flowrun_test::on_small_stack;

const std::string head = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","x":)";

// A run whose unknown member "x" holds `levels` nested arrays (the run itself
// is one more level), with `inner` in the innermost.
std::string nested_run(std::size_t levels, const std::string& inner = "") {
  return head + std::string(levels, '[') + inner + std::string(levels, ']') + "}";
}

// The pointer of the innermost of `levels` nested arrays under "x" (the
// outermost is "/x" itself), then `tail`.
std::string nested_pointer(std::size_t levels, const std::string& tail = "") {
  std::string p = "/x";
  for (std::size_t i = 1; i < levels; ++i) p += "/0";
  return p + tail;
}

flowrun::error decode_error(const std::string& doc, flowrun::decode_options o) {
  flowrun::error e;
  bool valid = true;
  on_small_stack([&] {
    flowrun::decoder dec(o);
    auto r = dec.decode_run(doc);
    valid = r.has_value();
    if (!valid) e = r.error();
  });
  EXPECT_FALSE(valid);
  return e;
}

TEST(SmallStack, HundredThousandLevelsAreDepthExceeded) {
  const std::string doc = nested_run(100'000);
  for (std::size_t max_depth : {std::size_t{256}, std::size_t{4096}}) {
    const flowrun::error e = decode_error(doc, {.max_depth = max_depth});
    EXPECT_EQ(e.code, error_code::depth_exceeded);
    // The run is level 1: the array at level max_depth + 1 is the first too deep.
    EXPECT_EQ(e.offset, head.size() + max_depth - 1) << max_depth;
    EXPECT_EQ(e.pointer, nested_pointer(max_depth)) << max_depth;
  }
}

TEST(SmallStack, HundredThousandLevelsOfObjects) {
  std::string doc = head;
  for (int i = 0; i < 100'000; ++i) doc += R"({"a":)";
  doc += "1" + std::string(100'000, '}') + "}";
  const flowrun::error e = decode_error(doc, {.max_depth = 4096});
  EXPECT_EQ(e.code, error_code::depth_exceeded);
  EXPECT_EQ(e.offset, head.size() + 4095 * 5);
}

TEST(SmallStack, ExactlyAtMaxDepthAndOneLevelPast) {
  bool ok = false;
  on_small_stack([&] {
    flowrun::decoder dec({.max_depth = 4096});
    ok = dec.decode_run(nested_run(4095, "1")).has_value(); // 4096 levels with the run
  });
  EXPECT_TRUE(ok);
  const flowrun::error e = decode_error(nested_run(4096, "1"), {.max_depth = 4096});
  EXPECT_EQ(e.code, error_code::depth_exceeded);
  EXPECT_EQ(e.offset, head.size() + 4095);
  EXPECT_EQ(e.pointer, nested_pointer(4096));
}

TEST(SmallStack, MalformedAtTheDeepestPoint) {
  const std::string doc = nested_run(4095, "1,");
  const flowrun::error e = decode_error(doc, {.max_depth = 4096});
  EXPECT_EQ(e.code, error_code::syntax_error);
  EXPECT_EQ(e.offset, head.size() + 4095 + 2); // the ']' where a value should be
  EXPECT_EQ(e.pointer, nested_pointer(4095, "/1"));
}

TEST(SmallStack, SchemaErrorUnderDeepRawJsonCollectsAll) {
  // A deep but valid raw value, then a schema error after it: the event walk
  // (which the error sends the document to) goes as deep as the fast walk.
  const std::string doc = head + std::string(4095, '[') + std::string(4095, ']') + R"(,"status":"bad"})";
  const flowrun::error e =
      decode_error(doc, {.errors = flowrun::error_mode::collect_all, .max_depth = 4096});
  EXPECT_EQ(e.code, error_code::duplicate_key);
  EXPECT_EQ(e.pointer, "/status");
}

TEST(SmallStack, DeepLineOfAStream) {
  const std::string text = nested_run(2) + "\n" + nested_run(100'000) + "\n" + nested_run(3) + "\n";
  std::size_t valid = 0, documents = 0;
  flowrun::error second;
  on_small_stack([&] {
    flowrun::decoder dec;
    dec.decode_run_stream(text, [&](const flowrun::stream_item& it) {
      ++documents;
      if (it.run)
        ++valid;
      else
        second = it.run.error();
    });
  });
  EXPECT_EQ(documents, 3u);
  EXPECT_EQ(valid, 2u);
  EXPECT_EQ(second.code, error_code::depth_exceeded);
  EXPECT_EQ(second.line, 2u);
}

} // namespace
