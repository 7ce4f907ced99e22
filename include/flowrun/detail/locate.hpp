// flowrun internals: finding exactly where and why a text is not well-formed JSON.
//
// Fast parsers say *that* a document is malformed, often not where (simdjson's
// first pass reports bad UTF-8 or an unclosed string for the whole input). When
// a backend meets malformed input, the strict RFC 8259 lexer walks the text
// once more and reports the first problem: its code, byte offset and the JSON
// Pointer of the deepest member reached. It runs only on the error path.
#ifndef FLOWRUN_DETAIL_LOCATE_HPP
#define FLOWRUN_DETAIL_LOCATE_HPP

#include <flowrun/detail/json_lexer.hpp>

#include <cstddef>
#include <string_view>
#include <utility>

namespace flowrun::detail {

/// The first well-formedness problem of `text` (found == false when it has none).
inline json_problem locate_json_problem(std::string_view text, std::size_t max_depth) {
  json_lexer lexer(text, max_depth);
  json_null_visitor v;
  lexer.walk(v);
  return std::move(lexer.problem());
}

} // namespace flowrun::detail

#endif
