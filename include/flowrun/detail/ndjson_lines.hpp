// flowrun internals: the NDJSON line rules, written once. An in-memory stream
// (flowrun/stream.hpp) and a chunk of a large input (flowrun/ndjson_reader.hpp)
// are cut into documents by this one iterator, so that both number lines and
// skip blank ones alike.
#ifndef FLOWRUN_DETAIL_NDJSON_LINES_HPP
#define FLOWRUN_DETAIL_NDJSON_LINES_HPP

#include <flowrun/detail/text.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace flowrun::detail {

/// True for a blank line (JSON white space only, or nothing): skipped, but
/// counted. A line read in pieces is blank when every piece is.
inline bool is_blank_line(std::string_view line) noexcept {
  return std::all_of(line.begin(), line.end(), is_json_space);
}

/// One non-blank line of an NDJSON text.
struct ndjson_line {
  std::size_t line = 0;   ///< 1-based line number (blank lines are counted)
  std::size_t offset = 0; ///< byte offset of its first byte in the text
  std::size_t end = 0;    ///< offset of its '\n' (or the text's size for a last line without one)
  std::string_view text;  ///< the line without its '\n'; a '\r' before it stays (JSON white space)
};

/// The non-blank lines of a text, in order. Lines end at '\n' only: a CRLF
/// line keeps its '\r', which the decoder reads as white space, so CRLF and LF
/// files decode alike. A line of JSON white space only is blank: skipped, but
/// counted. The last line may lack its '\n'.
///
/// Example:
///   detail::ndjson_lines lines(text, first_line);
///   for (ndjson_line l; lines.next(l);) decode(l.text);
class ndjson_lines {
public:
  ndjson_lines() = default;
  /// `first_line` is the number of the text's first line (a chunk's lines
  /// continue the whole input's).
  explicit ndjson_lines(std::string_view text, std::size_t first_line = 1) noexcept : text_(text), line_(first_line) {}

  /// The next non-blank line into `out`; false at the end of the text.
  bool next(ndjson_line& out) noexcept {
    while (pos_ < text_.size()) {
      const std::size_t start = pos_;
      std::size_t nl = text_.find('\n', start);
      if (nl == std::string_view::npos) nl = text_.size();
      pos_ = nl + 1;
      const std::size_t line = line_++;
      const std::string_view one = text_.substr(start, nl - start);
      if (is_blank_line(one)) continue;
      out = ndjson_line{line, start, nl, one};
      return true;
    }
    return false;
  }

private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

} // namespace flowrun::detail

#endif
