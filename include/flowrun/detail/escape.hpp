// flowrun internals: how strings are escaped when written, for the writer, the
// RFC 8785 canonicalizer and the public write_json_string / write_escaped_text.
#ifndef FLOWRUN_DETAIL_ESCAPE_HPP
#define FLOWRUN_DETAIL_ESCAPE_HPP

#include <flowrun/detail/utf8.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace flowrun::detail {

/// Which bytes a writer escapes, and how.
struct escape_rules {
  bool quotes = true;       ///< '"' and '\\' as \" and \\ (a JSON string's contents)
  bool short_forms = true;  ///< \b \f \n \r \t rather than \u0008 ...
  bool delete_char = false; ///< 0x7f as \u007f (text shown to people)
  bool repair_utf8 = false; ///< a byte that starts no valid UTF-8 sequence as \ufffd
  bool check_utf8 = false;  ///< stop at a byte that starts no valid UTF-8 sequence (the writer's)
};

/// The escapes of JSON.stringify (and RFC 8785 section 3.2.2.2) for every
/// byte below 0x80: empty for a byte written as it is.
struct escape_table {
  std::array<std::array<char, 6>, 128> text{};
  std::array<std::uint8_t, 128> size{};

  constexpr escape_table(escape_rules r) {
    constexpr char hex[] = "0123456789abcdef";
    for (unsigned c = 0; c < 128; ++c) {
      auto& t = text[c];
      const auto set = [&](std::string_view s) {
        for (std::size_t k = 0; k < s.size(); ++k) t[k] = s[k];
        size[c] = static_cast<std::uint8_t>(s.size());
      };
      const char shorts[] = {'\b', 'b', '\f', 'f', '\n', 'n', '\r', 'r', '\t', 't'};
      bool done = false;
      if (r.quotes && (c == '"' || c == '\\')) {
        set(c == '"' ? "\\\"" : "\\\\");
        done = true;
      }
      for (std::size_t k = 0; !done && r.short_forms && k < sizeof shorts; k += 2)
        if (c == static_cast<unsigned char>(shorts[k])) {
          const char s[] = {'\\', shorts[k + 1]};
          set(std::string_view(s, 2));
          done = true;
        }
      if (!done && (c < 0x20 || (r.delete_char && c == 0x7f))) {
        const char s[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        set(std::string_view(s, 6));
      }
    }
  }

  constexpr std::string_view of(unsigned char c) const noexcept { return {text[c].data(), size[c]}; }
};

/// The escapes of a JSON string as flowrun writes it (minimal, as JSON.stringify).
inline constexpr escape_table json_escapes{escape_rules{}};

/// Appends `s` escaped by `rules` (no quotes around it). Bytes from 0x80 are
/// copied, or checked as UTF-8 with repair_utf8 or check_utf8. False (with check_utf8)
/// when `s` is not valid UTF-8: what was appended is then partial.
template <escape_rules rules> bool append_escaped(std::string& out, std::string_view s) {
  static constexpr escape_table table{rules};
  // The common bytes first, in one test: what needs no escape and no check.
  constexpr auto plain = [](unsigned char c) {
    return c >= 0x20 && !(rules.quotes && (c == '"' || c == '\\')) && !(rules.delete_char && c == 0x7f) &&
           !((rules.repair_utf8 || rules.check_utf8) && c >= 0x80);
  };
  std::size_t done = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (plain(c)) {
      ++i;
      continue;
    }
    if (c >= 0x80) { // only with repair_utf8 or check_utf8
      if (const std::size_t n = utf8_sequence_length(s, i); n != 0) {
        i += n;
        continue;
      }
      if constexpr (rules.check_utf8) return false;
      out.append(s, done, i - done);
      out += "\\ufffd";
      done = ++i;
      continue;
    }
    out.append(s, done, i - done);
    out += table.of(c);
    done = ++i;
  }
  out.append(s, done, s.size() - done);
  return true;
}

} // namespace flowrun::detail

#endif
