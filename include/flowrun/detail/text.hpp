// flowrun internals: small text helpers shared by the builder and the locator.
#ifndef FLOWRUN_DETAIL_TEXT_HPP
#define FLOWRUN_DETAIL_TEXT_HPP

#include <flowrun/detail/escape.hpp>
#include <flowrun/detail/word.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace flowrun::detail {

constexpr bool is_json_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// a == b, inlined: for the short keys of the hot path, where a call to
/// memcmp costs more than the compare.
constexpr bool same_text(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

/// Appends code point `cp` to `out` as UTF-8.
inline void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

/// Appends `s` to `out` as an RFC 6901 reference token ("~" -> "~0", "/" -> "~1").
inline void append_pointer_token(std::string& out, std::string_view s) {
  out += '/';
  for (;;) {
    const std::size_t special = s.find_first_of("~/");
    out.append(s.substr(0, special));
    if (special == std::string_view::npos) return;
    out += s[special] == '~' ? "~0" : "~1";
    s.remove_prefix(special + 1);
  }
}

/// Quotes a value for a message: JSON-style escapes, cut after 64 bytes at a
/// character boundary (messages stay valid UTF-8).
inline std::string quote_for_message(std::string_view s) {
  std::size_t cut = s.size();
  if (cut > 64) {
    cut = 64;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  }
  std::string out = "\"";
  append_escaped<escape_rules{.short_forms = false, .delete_char = true}>(out, s.substr(0, cut));
  if (cut < s.size()) out += "...";
  out += '"';
  return out;
}

} // namespace flowrun::detail

#endif
