// flowrun internals: the size and depth limits, applied alike by every walk.
// The public side is in flowrun/options.hpp (decode_options, max_depth_limit)
// and flowrun/error.hpp (too_large_message, too_large_error).
#ifndef FLOWRUN_DETAIL_LIMITS_HPP
#define FLOWRUN_DETAIL_LIMITS_HPP

#include <flowrun/error.hpp>
#include <flowrun/options.hpp>

#include <cstddef>

namespace flowrun::detail {

/// The max_depth a walk applies: the asked one, clamped to max_depth_limit.
constexpr std::size_t clamp_max_depth(std::size_t asked) noexcept {
  return asked > max_depth_limit ? max_depth_limit : asked;
}

/// Boost.JSON's parse_options::max_depth for flowrun's Boost parses. Boost
/// refuses a container past its max_depth before its handler sees it, with its
/// own error; flowrun's builder must be the one to refuse (depth_exceeded, with
/// its pointer and message), at the first container past the (clamped)
/// max_depth. So Boost allows one level more than the deepest the builder can
/// accept, and the builder stops the parse there. The same bound lets
/// parse_raw convert any raw value a decoder kept: it nests at most
/// max_depth_limit - 1 levels (it is inside a document).
inline constexpr std::size_t boost_parser_max_depth = max_depth_limit + 1;

} // namespace flowrun::detail

#endif
