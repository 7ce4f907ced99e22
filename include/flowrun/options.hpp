// flowrun: decode options.
#ifndef FLOWRUN_OPTIONS_HPP
#define FLOWRUN_OPTIONS_HPP

#include <flowrun/config.hpp>

#include <cstddef>
#include <cstdint>

namespace flowrun {

/// How strictly the document is held to the contract (SPEC.md, "Modes").
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
};

/// Hard ceiling on max_depth. The walk recurses once per level: near the
/// ceiling a decode needs about 1 MiB of stack at -O2 (several times that under
/// sanitizers), so a thread that decodes with a max_depth in the thousands
/// needs a stack of 2 MiB or more. The default of 256 needs under 100 KiB.
inline constexpr std::size_t max_depth_limit = 4096;

} // namespace flowrun

#endif
