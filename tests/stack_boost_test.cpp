// The Boost.JSON path's stack: its DOM door (write_dom and the DOM walk)
// keeps every level on the heap; its text path runs Boost.JSON's recursive
// parser only as deep as max_depth allows (the builder stops it at the first
// level too deep), and needs no more stack than include/flowrun/options.hpp
// documents (at max_depth_limit).
#include <flowrun/boost_json.hpp>

#include "small_stack.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <cstddef>
#include <string>
#include <utility>

namespace {

using flowrun::error_code;
using flowrun_test::on_small_stack;
using flowrun_test::stack_used;

// The text path's stack below its caller, as options.hpp documents it: a base
// plus a figure per level of max_depth, larger when unoptimized. Sanitizers'
// redzones make frames larger still: their figure is only this test's
// (measured: 320 bytes a level, clang 14 -O2 with ASan and UBSan).
constexpr std::size_t stack_base = 8 * 1024;
#if defined(FLOWRUN_TEST_SANITIZED)
constexpr std::size_t stack_per_level = 384;
#elif defined(__OPTIMIZE__)
constexpr std::size_t stack_per_level = 192;
#else
constexpr std::size_t stack_per_level = 512;
#endif

const std::string head = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","x":)";

std::string nested_run(std::size_t levels, const std::string& inner = "") {
  return head + std::string(levels, '[') + inner + std::string(levels, ']') + "}";
}

std::string nested_objects_run(std::size_t levels) {
  std::string doc = head;
  for (std::size_t i = 0; i < levels; ++i) doc += R"({"a":)";
  return doc + "1" + std::string(levels, '}') + "}";
}

// Decodes a document too deep for max_depth; returns the stack it took and
// checks the error is depth_exceeded at the first level too deep (each level
// `text_per_level` bytes of text).
std::size_t stack_of_too_deep(const std::string& doc, std::size_t max_depth, std::size_t text_per_level) {
  flowrun::error e;
  bool valid = true;
  // Room for twice the documented need: more than that crashes on the guard page.
  const std::size_t used = stack_used(
      [&] {
        flowrun::boost_decoder dec({.max_depth = max_depth});
        auto r = dec.decode_run(doc);
        valid = r.has_value();
        if (!valid) e = r.error();
      },
      2 * (stack_base + stack_per_level * max_depth) + 64 * 1024);
  EXPECT_FALSE(valid);
  EXPECT_EQ(e.code, error_code::depth_exceeded);
  EXPECT_EQ(e.offset, head.size() + (max_depth - 1) * text_per_level) << max_depth;
  return used;
}

// 100,000 levels of arrays or objects, at the default limit and the highest:
// the stack is within the documented figure, and grows with max_depth (the
// parser recurses once per level: the measurement sees it).
TEST(SmallStackBoost, HundredThousandLevelsOfTextWithinTheDocumentedStack) {
  const std::string arrays = nested_run(100'000);
  const std::string objects = nested_objects_run(100'000);
  const std::size_t default_depth = flowrun::decode_options{}.max_depth;
  const std::size_t max_depth = flowrun::max_depth_limit;
  for (const auto& [doc, text_per_level] : {std::pair{&arrays, 1}, std::pair{&objects, 5}}) {
    const std::size_t at_default = stack_of_too_deep(*doc, default_depth, text_per_level);
    const std::size_t at_limit = stack_of_too_deep(*doc, max_depth, text_per_level);
    EXPECT_LE(at_default, stack_base + stack_per_level * default_depth) << text_per_level;
    EXPECT_LE(at_limit, stack_base + stack_per_level * max_depth) << text_per_level;
    EXPECT_GT(at_limit, at_default + 32 * (max_depth - default_depth)) << text_per_level;
  }
}

TEST(SmallStackBoost, DomAtMaxDepth4096AndPast) {
  boost::json::parse_options po;
  po.max_depth = 5000;
  // Built and destroyed on this thread: Boost's own parser and destructor recurse.
  const boost::json::value at_limit = boost::json::parse(nested_run(4095, "1"), {}, po);
  const boost::json::value past = boost::json::parse(nested_run(4096, "1"), {}, po);
  bool ok = false;
  flowrun::error e;
  on_small_stack([&] {
    flowrun::boost_decoder dec({.max_depth = 4096});
    ok = dec.decode_run(at_limit).has_value();
    auto r = dec.decode_run(past);
    if (!r) e = r.error();
  });
  EXPECT_TRUE(ok);
  EXPECT_EQ(e.code, error_code::depth_exceeded);
  std::string pointer = "/x";
  for (int i = 1; i < 4096; ++i) pointer += "/0"; // the array at level 4097
  EXPECT_EQ(e.pointer, pointer);
}

} // namespace
