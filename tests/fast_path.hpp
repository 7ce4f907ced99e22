// The fast walk's give-ups, counted on every corpus the tests decode: a valid
// document that takes the slow path (the event walk and the builder) decodes
// right, only slowly, and nothing else would notice.
#ifndef FLOWRUN_TESTS_FAST_PATH_HPP
#define FLOWRUN_TESTS_FAST_PATH_HPP

#include <flowrun/decoder.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace flowrun_test {

/// Success when `dec`'s last decode, whose verdict was `valid`, did not take
/// the slow path; an invalid document may.
inline ::testing::AssertionResult fast_if_valid(const flowrun::decoder& dec, bool valid, std::string_view text) {
  if (!valid || !flowrun::detail::fast_walk_gave_up(dec)) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "valid, but the fast walk gave up: " << text.substr(0, 300)
                                       << (text.size() > 300 ? "..." : "");
}

} // namespace flowrun_test

#endif
