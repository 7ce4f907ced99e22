// Constant stack on the Boost.JSON path: its DOM door (write_dom and the DOM
// walk) keeps every level on the heap; its text path runs Boost.JSON's
// recursive parser only as deep as max_depth allows (the builder stops it at
// the first level too deep), so the default limit fits a small stack.
#include <flowrun/boost_json.hpp>

#include "small_stack.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <cstddef>
#include <string>

namespace {

using flowrun::error_code;
using flowrun_test::on_small_stack;

const std::string head = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","x":)";

std::string nested_run(std::size_t levels, const std::string& inner = "") {
  return head + std::string(levels, '[') + inner + std::string(levels, ']') + "}";
}

TEST(SmallStackBoost, HundredThousandLevelsOfTextAtTheDefaultLimit) {
  const std::string doc = nested_run(100'000);
  flowrun::error e;
  bool valid = true;
  on_small_stack([&] {
    flowrun::boost_decoder dec;
    auto r = dec.decode_run(doc);
    valid = r.has_value();
    if (!valid) e = r.error();
  });
  ASSERT_FALSE(valid);
  EXPECT_EQ(e.code, error_code::depth_exceeded);
  EXPECT_EQ(e.offset, head.size() + 255);
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
