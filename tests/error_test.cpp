// error_code: stable spellings and numbers, the well-formedness class, the
// std::error_code category, and flowrun::error equality.
#include <flowrun/error.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

namespace {

using flowrun::error_code;

// Every code with its stable number and spelling (docs/contract.md, "the stable codes").
// The numbers are ABI of std::error_code conversions: this table is the contract.
constexpr std::pair<error_code, std::string_view> kCodes[] = {
    {error_code::syntax_error, "syntax_error"},           {error_code::invalid_utf8, "invalid_utf8"},
    {error_code::depth_exceeded, "depth_exceeded"},       {error_code::too_large, "too_large"},
    {error_code::trailing_content, "trailing_content"},   {error_code::wrong_type, "wrong_type"},
    {error_code::missing_field, "missing_field"},         {error_code::unknown_field, "unknown_field"},
    {error_code::duplicate_key, "duplicate_key"},         {error_code::invalid_enum, "invalid_enum"},
    {error_code::invalid_timestamp, "invalid_timestamp"}, {error_code::invalid_id, "invalid_id"},
    {error_code::out_of_range, "out_of_range"},
};

static_assert(std::size(kCodes) == flowrun::error_code_count);
static_assert(std::is_same_v<std::underlying_type_t<error_code>, std::uint8_t>);
static_assert(std::is_error_code_enum_v<error_code>);
static_assert(to_string(error_code::missing_field) == "missing_field", "to_string is constexpr");
static_assert(flowrun::is_well_formedness_error(error_code::syntax_error), "constexpr");
static_assert(!flowrun::is_well_formedness_error(error_code::wrong_type), "constexpr");

TEST(ErrorCode, NumbersRunFromOneToCountInDeclarationOrder) {
  for (std::size_t i = 0; i < std::size(kCodes); ++i)
    EXPECT_EQ(static_cast<int>(kCodes[i].first), static_cast<int>(i) + 1) << kCodes[i].second;
  EXPECT_EQ(flowrun::error_code_count, 13);
  EXPECT_EQ(static_cast<int>(error_code::syntax_error), 1);
  EXPECT_EQ(static_cast<int>(error_code::out_of_range), 13);
}

TEST(ErrorCode, EverySpellingIsStable) {
  for (const auto& [code, spelling] : kCodes) EXPECT_EQ(flowrun::to_string(code), spelling);
}

TEST(ErrorCode, SpellingsAreDistinctSnakeCase) {
  std::set<std::string_view> seen;
  for (const auto& [code, spelling] : kCodes) {
    EXPECT_TRUE(seen.insert(flowrun::to_string(code)).second) << spelling;
    for (char c : flowrun::to_string(code)) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9'));
  }
}

TEST(ErrorCode, OutOfRangeValuesSpellUnknown) {
  EXPECT_EQ(flowrun::to_string(static_cast<error_code>(0)), "unknown");
  EXPECT_EQ(flowrun::to_string(static_cast<error_code>(14)), "unknown");
  EXPECT_EQ(flowrun::to_string(static_cast<error_code>(255)), "unknown");
}

TEST(ErrorCode, WellFormednessErrorsAreExactlyTheFive) {
  const std::set<error_code> well_formedness = {error_code::syntax_error, error_code::invalid_utf8,
                                                error_code::depth_exceeded, error_code::too_large,
                                                error_code::trailing_content};
  for (const auto& [code, spelling] : kCodes)
    EXPECT_EQ(flowrun::is_well_formedness_error(code), well_formedness.count(code) == 1) << spelling;
  EXPECT_FALSE(flowrun::is_well_formedness_error(static_cast<error_code>(0)));
  EXPECT_FALSE(flowrun::is_well_formedness_error(static_cast<error_code>(200)));
}

TEST(ErrorCategory, NameIsFlowrunAndSingleton) {
  EXPECT_STREQ(flowrun::error_category().name(), "flowrun");
  EXPECT_EQ(&flowrun::error_category(), &flowrun::error_category());
  EXPECT_NE(flowrun::error_category(), std::generic_category());
  EXPECT_NE(flowrun::error_category(), std::system_category());
}

TEST(ErrorCategory, ImplicitConversionCarriesValueAndCategory) {
  for (const auto& [code, spelling] : kCodes) {
    const std::error_code ec = code; // implicit, through is_error_code_enum + ADL make_error_code
    EXPECT_EQ(ec.value(), static_cast<int>(code));
    EXPECT_EQ(&ec.category(), &flowrun::error_category());
    EXPECT_EQ(ec.message(), spelling);
    EXPECT_TRUE(static_cast<bool>(ec)) << "every code is non-zero, so it reads as an error";
    EXPECT_EQ(ec, flowrun::make_error_code(code));
  }
}

TEST(ErrorCategory, ComparesWithTheEnum) {
  const std::error_code ec = error_code::invalid_enum;
  EXPECT_TRUE(ec == error_code::invalid_enum);
  EXPECT_TRUE(error_code::invalid_enum == ec);
  EXPECT_FALSE(ec == error_code::invalid_id);
  EXPECT_TRUE(ec != error_code::invalid_id);
  // Same number in another category is a different error.
  EXPECT_NE(ec, std::error_code(static_cast<int>(error_code::invalid_enum), std::generic_category()));
  std::error_code assigned;
  assigned = error_code::too_large;
  EXPECT_EQ(assigned, error_code::too_large);
  EXPECT_EQ(assigned.message(), "too_large");
}

TEST(ErrorCategory, UnknownValuesHaveAMessage) {
  const auto& cat = flowrun::error_category();
  EXPECT_EQ(cat.message(0), "unknown flowrun error");
  EXPECT_EQ(cat.message(14), "unknown flowrun error");
  EXPECT_EQ(cat.message(-1), "unknown flowrun error");
  EXPECT_EQ(cat.message(1000), "unknown flowrun error");
  EXPECT_EQ(cat.message(1), "syntax_error");
  EXPECT_EQ(cat.message(13), "out_of_range");
  EXPECT_EQ(std::error_code(99, cat).message(), "unknown flowrun error");
}

TEST(Error, DefaultsAreOneBasedLineAndColumn) {
  const flowrun::error e;
  EXPECT_EQ(static_cast<int>(e.code), 0);
  EXPECT_EQ(e.pointer, "");
  EXPECT_EQ(e.offset, 0u);
  EXPECT_EQ(e.line, 1u);
  EXPECT_EQ(e.column, 1u);
  EXPECT_EQ(e.message, "");
}

TEST(Error, EqualityComparesEveryMember) {
  const flowrun::error base{error_code::missing_field, "/logs/0", 17, 2, 5, "missing required key \"id\""};
  flowrun::error same = base;
  EXPECT_EQ(base, same);
  EXPECT_FALSE(base != same);

  auto differs = [&](auto mutate) {
    flowrun::error e = base;
    mutate(e);
    return !(e == base) && e != base;
  };
  EXPECT_TRUE(differs([](flowrun::error& e) { e.code = error_code::unknown_field; }));
  EXPECT_TRUE(differs([](flowrun::error& e) { e.pointer = "/logs/1"; }));
  EXPECT_TRUE(differs([](flowrun::error& e) { e.pointer = ""; }));
  EXPECT_TRUE(differs([](flowrun::error& e) { e.offset = 18; }));
  EXPECT_TRUE(differs([](flowrun::error& e) { e.line = 3; }));
  EXPECT_TRUE(differs([](flowrun::error& e) { e.column = 6; }));
  EXPECT_TRUE(differs([](flowrun::error& e) { e.message += "!"; }));
}

} // namespace

namespace {

// The one builder of too_large messages, which the decoders, the canonicalizer,
// the NDJSON reader and the command all use.
TEST(TooLarge, MessageAndError) {
  EXPECT_EQ(flowrun::too_large_message(7, 6), "input is 7 bytes, over the limit of 6");
  EXPECT_EQ(flowrun::too_large_message(1048577, 1048576, true),
            "input is at least 1048577 bytes, over the limit of 1048576");
  const flowrun::error e = flowrun::too_large_error(300, 256);
  EXPECT_EQ(e,
            (flowrun::error{flowrun::error_code::too_large, "", 0, 1, 1, "input is 300 bytes, over the limit of 256"}));
}

} // namespace
