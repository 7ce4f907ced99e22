// flowrun: which kind of document a text holds, told from a look at its top level
// (what `flowrun check` does for --kind=auto).
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_SNIFF_HPP
#define FLOWRUN_SNIFF_HPP

#include <flowrun/detail/json_lexer.hpp>
#include <flowrun/document.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace flowrun {

namespace detail {

// Whether a string's unescaped text is "data", read through the lexer's sink.
struct data_key {
  static constexpr std::string_view data = "data";
  std::size_t len = 0;
  bool same = true;

  void plain(const char* p, std::size_t n) noexcept {
    for (std::size_t k = 0; k < n && same; ++k) add(p[k]);
  }
  void escaped(std::uint32_t cp, std::size_t) noexcept { add(cp < 0x80 ? static_cast<char>(cp) : '\x80'); }
  void add(char c) noexcept {
    same = same && len < data.size() && data[len] == c;
    ++len;
  }
  bool is_data() const noexcept { return same && len == data.size(); }
};

} // namespace detail

/// The kind of document `text` most likely is, without decoding it: `logs` when it
/// starts with '[', `page` when its root object has a top-level key "data" (compared
/// unescaped, as the decoder compares keys: "d\u0061ta" is "data"), else `run`. Only
/// the top level is read: it stops at the "data" key or at the end of the root object,
/// following nesting and strings (with flowrun's JSON lexer) without checking the
/// grammar. What it cannot make sense of is a `run`, so that the run decoder reports
/// the problem.
///
/// Example:
///   flowrun::document_kind k = flowrun::sniff_document_kind(R"({"data": [], "links": {}})"); // page
///   flowrun::result<flowrun::document> d = dec.decode(k, text);
inline document_kind sniff_document_kind(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && detail::is_json_space(t[i])) ++i;
  if (i < t.size() && t[i] == '[') return document_kind::logs;
  if (i == t.size() || t[i] != '{') return document_kind::run;
  std::size_t depth = 0;
  while (i < t.size()) {
    const char c = t[i];
    if (c == '"') {
      detail::data_key key;
      const detail::string_scan r = detail::scan_string(t, i, key);
      if (r.problem) return document_kind::run;
      i = r.at;
      if (depth == 1 && key.is_data()) { // a string followed by ':' at depth 1 is a top-level key
        std::size_t j = i;
        while (j < t.size() && detail::is_json_space(t[j])) ++j;
        if (j < t.size() && t[j] == ':') return document_kind::page;
      }
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ']') && --depth == 0) {
      return document_kind::run; // the root object ended
    }
    ++i;
  }
  return document_kind::run;
}

} // namespace flowrun

#endif
