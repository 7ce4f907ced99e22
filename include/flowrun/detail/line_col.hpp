// flowrun internals: byte offsets turned into lines and columns, for errors
// (error_list, the canonicalizer) and the findings' positions alike.
#ifndef FLOWRUN_DETAIL_LINE_COL_HPP
#define FLOWRUN_DETAIL_LINE_COL_HPP

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace flowrun::detail {

/// A 1-based line and byte column.
struct line_col {
  std::size_t line = 1;
  std::size_t column = 1;
};

/// Lines and columns of offsets asked in increasing order, in one pass over the
/// text however many are asked. An offset past the end counts as the end.
class line_counter {
public:
  explicit line_counter(std::string_view text) noexcept : t_(text) {}

  /// The line and column of byte `offset`; never less than the last one asked.
  line_col at(std::size_t offset) noexcept {
    const std::size_t target = std::min(offset, t_.size());
    for (; pos_ < target; ++pos_)
      if (t_[pos_] == '\n') {
        ++line_;
        line_start_ = pos_ + 1;
      }
    return {line_, target - line_start_ + 1};
  }

private:
  std::string_view t_;
  std::size_t pos_ = 0, line_ = 1, line_start_ = 0;
};

/// The line and column of byte `offset` of `text`.
inline line_col line_col_of(std::string_view text, std::size_t offset) noexcept {
  return line_counter(text).at(offset);
}

} // namespace flowrun::detail

#endif
