// flowrun: decode options.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_OPTIONS_HPP
#define FLOWRUN_OPTIONS_HPP

#include <cstddef>
#include <cstdint>

namespace flowrun {

/// How strictly the document is held to the contract (docs/contract.md, "Modes").
enum class decode_mode : std::uint8_t {
  /// The default, for clients of a live API: unknown keys are skipped (still
  /// validated), absent nullable fields read as null, `logs` may be absent.
  compatible,
  /// Contract mode, for tests of the API itself: unknown keys are errors and
  /// every non-optional field must be present (null where nullable).
  strict,
};

/// Stop at the first schema error, or report every one.
enum class error_mode : std::uint8_t { fail_fast, collect_all };

/// Options of a decode. Aggregate: set what you need.
///
/// Example:
///   flowrun::decoder dec({.mode = flowrun::decode_mode::strict,
///                         .errors = flowrun::error_mode::collect_all});
struct decode_options {
  decode_mode mode = decode_mode::compatible;
  error_mode errors = error_mode::fail_fast;
  /// Deepest nesting of arrays and objects accepted; deeper is depth_exceeded.
  /// The root container is depth 1. Values above max_depth_limit are clamped.
  std::size_t max_depth = 256;
  /// Largest input accepted, in bytes; larger is too_large.
  std::size_t max_size = std::size_t{256} << 20;
  /// Collect-all keeps at most this many errors, the first in document order,
  /// and counts the rest (result::omitted_errors()); pointers and messages are
  /// built only for errors that are kept. Set it for untrusted input: without
  /// a limit, a hostile document can hold an error per key, each under a long
  /// pointer. (`flowrun check` uses 100.) Fail-fast keeps one error.
  std::size_t max_errors = static_cast<std::size_t>(-1);
};

/// Hard ceiling on max_depth. flowrun's own walks keep their nesting on the
/// heap, so flowrun::decoder needs the same small stack at any depth (a test
/// decodes 100,000 levels on a 64 KiB thread stack). boost_decoder's text path
/// runs Boost.JSON's parser, which recurses once per level up to max_depth:
/// below its caller it needs 8 KiB plus, per level of max_depth, 192 bytes of
/// stack in an optimized build (-O1 and up) or 512 bytes unoptimized (-O0).
/// That is 56 KiB (136 KiB at -O0) at the default max_depth of 256, and
/// 776 KiB (2,056 KiB at -O0) at 4096. Measured with Boost 1.81, bytes a
/// level: GCC 12, 192 at -O1, 160 at -O2, 128 at -O3, 80 at -Os, 176 at -O0;
/// Clang 14, 80 to 96 optimized, 464 at -O0; besides the levels, under 7 KiB.
/// tests/stack_boost_test.cpp holds the path to the documented figures. Its
/// DOM door keeps its levels on the heap, as flowrun::decoder does.
inline constexpr std::size_t max_depth_limit = 4096;

} // namespace flowrun

#endif
