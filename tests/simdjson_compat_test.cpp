// detail/simdjson_compat.hpp: the build uses the simdjson it was configured
// with, and the adapter behaves the same on every supported version (an
// unpaired surrogate is an error, never U+FFFD, whatever the version's
// parse_string offers).
#include <flowrun/detail/simdjson_compat.hpp>
#include <flowrun/simdjson.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>

#ifndef FLOWRUN_SIMDJSON_VERSION
#error "tests/meson.build passes FLOWRUN_SIMDJSON_VERSION: the version of dependency('simdjson')"
#endif

namespace {

namespace compat = flowrun::detail::simdjson_compat;

// The version Meson found is the one the headers say: the headers and the
// library linked come from one simdjson (-Dsimdjson=system|3.6|4.6).
TEST(SimdjsonCompat, HeadersAreTheConfiguredVersion) {
  const std::string configured = FLOWRUN_SIMDJSON_VERSION;
  const std::string compiled = std::to_string(simdjson::SIMDJSON_VERSION_MAJOR) + '.' +
                               std::to_string(simdjson::SIMDJSON_VERSION_MINOR) + '.' +
                               std::to_string(simdjson::SIMDJSON_VERSION_REVISION);
  EXPECT_EQ(compiled, configured);
  EXPECT_EQ(compat::version, simdjson::SIMDJSON_VERSION_MAJOR * 10000 + simdjson::SIMDJSON_VERSION_MINOR * 100 +
                                 simdjson::SIMDJSON_VERSION_REVISION);
  EXPECT_GE(compat::version, compat::oldest);
  EXPECT_LT(compat::version, compat::newest_below);
  EXPECT_EQ(compat::parse_string_has_replacement_flag, compat::version >= 30200);
  // The kernel simdjson picked at run time (for the log).
  std::cout << "simdjson " << compiled << ", kernel " << simdjson::get_active_implementation()->name() << '\n';
}

// parse_string through the adapter, on a padded copy of a string's content
// (after its opening quote), as the walks call it.
std::string unescape(std::string_view content, bool& ok) {
  const auto p = compat::make_parser(4096, 1);
  EXPECT_NE(p, nullptr);
  std::string src(content);
  src.append(simdjson::SIMDJSON_PADDING, ' ');
  std::string dst(content.size() + simdjson::SIMDJSON_PADDING, '\0');
  auto* out = reinterpret_cast<std::uint8_t*>(dst.data());
  const std::uint8_t* end = compat::parse_string(*p, reinterpret_cast<const std::uint8_t*>(src.data()), out);
  ok = end != nullptr;
  return ok ? std::string(dst.data(), static_cast<std::size_t>(end - out)) : std::string();
}

TEST(SimdjsonCompat, ParseStringUnescapes) {
  bool ok = false;
  EXPECT_EQ(unescape(R"(plain")", ok), "plain");
  EXPECT_TRUE(ok);
  EXPECT_EQ(unescape(R"(a\"b\\c\/d\n\u00e9")", ok), "a\"b\\c/d\n\xc3\xa9");
  EXPECT_TRUE(ok);
  EXPECT_EQ(unescape(R"(\ud83d\ude00")", ok), "\xf0\x9f\x98\x80"); // a surrogate pair: U+1F600
  EXPECT_TRUE(ok);
}

TEST(SimdjsonCompat, UnpairedSurrogatesAreErrorsNotReplaced) {
  bool ok = true;
  for (std::string_view s : {R"(\ud800")", R"(\udc00")", R"(x\ud83dy")", R"(\ud83d\u0041")", R"(\ude00\ud83d")"}) {
    EXPECT_EQ(unescape(s, ok), "") << s;
    EXPECT_FALSE(ok) << s;
  }
  // And through the decoder: invalid_utf8 at the string, on every version.
  flowrun::decoder dec;
  const auto r = dec.decode_logs(R"([{"id": "fl_log_a1", "node_id": "n\ud800", "status": "success",
                                      "output": {}, "created_at": "2025-10-31T12:00:00Z"}])");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, flowrun::error_code::invalid_utf8);
  EXPECT_EQ(r.error().pointer, "/0/node_id");
}

TEST(SimdjsonCompat, BadEscapesAreErrors) {
  bool ok = true;
  for (std::string_view s : {R"(\x")", R"(\u12")", R"(\u12G4")"}) {
    EXPECT_EQ(unescape(s, ok), "") << s;
    EXPECT_FALSE(ok) << s;
  }
}

} // namespace
