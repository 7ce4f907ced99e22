// Header-only / ODR check, part one: odr_a.cpp and odr_b.cpp both include the
// whole library and are linked into one executable. A non-inline definition in
// any header would be defined twice and fail the link.
#include <flowrun/flowrun.hpp>
#ifdef FLOWRUN_ODR_BOOST
#include <flowrun/boost_json.hpp> // in both units too: any non-inline definition fails the link
#endif

#include <gtest/gtest.h>

#include <string>
#include <string_view>

// Defined in odr_b.cpp.
int odr_b_decode(std::string_view json);
std::string odr_b_category_name();
const void* odr_b_category_address();

// The number of logs of a run, or -(error code).
int odr_a_decode(std::string_view json) {
  flowrun::decoder dec;
  auto r = dec.decode_run(json);
  if (!r) return -static_cast<int>(r.error().code);
  return static_cast<int>(r->logs.size());
}

namespace {

const std::string kRun =
    R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[)"
    R"({"id":"fl_log_b1","node_id":"n1","status":"success","output":{},"created_at":"2025-10-31T12:00:01Z"}]})";

TEST(Odr, BothTranslationUnitsDecode) {
  EXPECT_EQ(odr_a_decode(kRun), 1);
  EXPECT_EQ(odr_b_decode(kRun), 1);
  const std::string bad = R"({"id":"fl_run_a1","status":"done","started_at":"2025-10-31T12:00:00Z"})";
  EXPECT_EQ(odr_a_decode(bad), -static_cast<int>(flowrun::error_code::invalid_enum));
  EXPECT_EQ(odr_b_decode(bad), -static_cast<int>(flowrun::error_code::invalid_enum));
  EXPECT_EQ(odr_a_decode("{"), -static_cast<int>(flowrun::error_code::syntax_error));
  EXPECT_EQ(odr_b_decode("{"), -static_cast<int>(flowrun::error_code::syntax_error));
}

TEST(Odr, OneErrorCategoryAcrossTranslationUnits) {
  // The category is a function-local static of an inline function: one object
  // program-wide, so error_code comparisons work across translation units.
  EXPECT_EQ(odr_b_category_address(), static_cast<const void*>(&flowrun::error_category()));
  EXPECT_EQ(odr_b_category_name(), "flowrun");
}

} // namespace
