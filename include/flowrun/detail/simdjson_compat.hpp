// flowrun internals: the one place that knows how simdjson's implementation
// interface differs between the versions flowrun supports.
//
// The fast path runs simdjson's stage 1 and unescapes strings through
// simdjson::internal::dom_parser_implementation, which is not simdjson's
// public API and may change in any release. Everything flowrun takes from it
// goes through here, each difference keyed on simdjson's version and checked
// against the interface itself, so that a new release that changes it fails
// to compile here, with a message, not somewhere in the walk.
//
// Supported: simdjson 3.0.0 up to (not including) 4.7.0; CI builds and tests
// 3.0.1 (Debian 12), 3.6.4 and 4.6.7 (kept in subprojects/). Differences:
//
// - 3.2.0: dom_parser_implementation::parse_string gained a third argument,
//   `bool allow_replacement` (replace an unpaired surrogate by U+FFFD instead
//   of failing). flowrun passes false: an unpaired surrogate is an error
//   (invalid_utf8), as it is in 3.0 and 3.1, which have no such argument.
// - 3.2.0 to 4.6: nothing else flowrun uses changed (stage1, stage1_mode,
//   structural_indexes, n_structural_indexes, create_dom_parser_implementation,
//   get_active_implementation, SIMDJSON_PADDING, SIMDJSON_MAXSIZE_BYTES).
#ifndef FLOWRUN_DETAIL_SIMDJSON_COMPAT_HPP
#define FLOWRUN_DETAIL_SIMDJSON_COMPAT_HPP

#include <simdjson.h>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace flowrun::detail::simdjson_compat {

/// simdjson's version, as one number: major * 10000 + minor * 100 + patch.
inline constexpr int version = simdjson::SIMDJSON_VERSION_MAJOR * 10000 + simdjson::SIMDJSON_VERSION_MINOR * 100 +
                               simdjson::SIMDJSON_VERSION_REVISION;
/// The range flowrun accepts (meson.build, flowrun.pc and the CMake files say the same).
inline constexpr int oldest = 30000;
inline constexpr int newest_below = 40700;
static_assert(version >= oldest && version < newest_below,
              "flowrun's simdjson path supports simdjson 3.0.0 up to (not including) 4.7.0: it uses simdjson's "
              "implementation interface, which may change in any release (see flowrun/detail/simdjson_compat.hpp)");

using parser = simdjson::internal::dom_parser_implementation;

/// simdjson 3.2.0 added parse_string's `allow_replacement` argument.
inline constexpr bool parse_string_has_replacement_flag = version >= 30200;

// The version says which form there is; the interface must agree, so that a
// simdjson built with an unexpected interface stops here.
template <class P>
concept parse_string_3_args = requires(const P& p, const std::uint8_t* src, std::uint8_t* dst) {
  { p.parse_string(src, dst, false) } -> std::same_as<std::uint8_t*>;
};
template <class P>
concept parse_string_2_args = requires(const P& p, const std::uint8_t* src, std::uint8_t* dst) {
  { p.parse_string(src, dst) } -> std::same_as<std::uint8_t*>;
};
static_assert(parse_string_has_replacement_flag ? parse_string_3_args<parser> : parse_string_2_args<parser>,
              "simdjson's dom_parser_implementation::parse_string is not what its version implies");

/// Unescapes the string whose content starts at `src` (after the opening
/// quote) into `dst`; the end of what was written, or nullptr for an invalid
/// escape or an unpaired surrogate.
template <class P = parser>
[[nodiscard]] inline std::uint8_t* parse_string(const P& p, const std::uint8_t* src, std::uint8_t* dst) noexcept {
  if constexpr (parse_string_has_replacement_flag)
    return p.parse_string(src, dst, /*allow_replacement=*/false);
  else
    return p.parse_string(src, dst);
}

/// A stage-1 parser for documents of up to `capacity` bytes, from the
/// implementation simdjson chose for this CPU; null when it cannot allocate.
[[nodiscard]] inline std::unique_ptr<parser> make_parser(std::size_t capacity, std::size_t max_depth) {
  std::unique_ptr<parser> p;
  if (simdjson::get_active_implementation()->create_dom_parser_implementation(capacity, max_depth, p) !=
      simdjson::SUCCESS)
    return nullptr;
  return p;
}

} // namespace flowrun::detail::simdjson_compat

#endif
