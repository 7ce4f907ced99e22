// flowrun internals: what every value's operator<< and std::formatter share.
//
// Each value type's header declares its own operator<< (found by argument-dependent lookup
// wherever the type is) on top of to_string(x). Light on purpose: <iosfwd> only. The
// operators are templates on the stream's traits, so nothing of <ostream> is needed until a
// program prints, and a program that prints has included it. <format> is included only
// where the standard library has it complete (FLOWRUN_HAS_FORMAT, config.hpp).
#include <flowrun/config.hpp>

#ifndef FLOWRUN_DETAIL_PRINT_HPP
#define FLOWRUN_DETAIL_PRINT_HPP

#include <iosfwd>
#include <string_view>

#if FLOWRUN_HAS_FORMAT
#include <format>
#endif

namespace flowrun::detail {

// Inserts `text` as a string is inserted: width, fill and adjustment apply to the whole text.
template <class Traits>
std::basic_ostream<char, Traits>& print(std::basic_ostream<char, Traits>& os, std::string_view text) {
  return os << std::basic_string_view<char, Traits>(text.data(), text.size());
}

#if FLOWRUN_HAS_FORMAT
// The formatter of a value with a text form: a string's format spec ("{:>30}") over to_string(x).
template <class T> struct text_formatter : std::formatter<std::string_view, char> {
  template <class FormatContext> auto format(const T& v, FormatContext& ctx) const {
    const auto& text = to_string(v); // found by argument-dependent lookup, in flowrun
    return std::formatter<std::string_view, char>::format(std::string_view(text), ctx);
  }
};
#endif

} // namespace flowrun::detail

#endif
