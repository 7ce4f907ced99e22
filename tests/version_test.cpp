// version.hpp: the version macros agree with each other and with meson.build.
#include <flowrun/version.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

static_assert(FLOWRUN_VERSION == FLOWRUN_VERSION_MAJOR * 10000 + FLOWRUN_VERSION_MINOR * 100 + FLOWRUN_VERSION_PATCH);
static_assert(FLOWRUN_VERSION_MINOR < 100 && FLOWRUN_VERSION_PATCH < 100, "FLOWRUN_VERSION has two digits for each");

TEST(Version, StringSpellsTheNumbers) {
  EXPECT_EQ(std::string(FLOWRUN_VERSION_STRING), std::to_string(FLOWRUN_VERSION_MAJOR) + '.' +
                                                     std::to_string(FLOWRUN_VERSION_MINOR) + '.' +
                                                     std::to_string(FLOWRUN_VERSION_PATCH));
}

// FLOWRUN_PROJECT_VERSION is project(version:) from meson.build (tests/meson.build).
TEST(Version, IsTheProjectVersion) { EXPECT_STREQ(FLOWRUN_VERSION_STRING, FLOWRUN_PROJECT_VERSION); }

} // namespace
