// flowrun internals: how strings are escaped when written, for the writer, the
// RFC 8785 canonicalizer and the public write_json_string / write_escaped_text.
#ifndef FLOWRUN_DETAIL_ESCAPE_HPP
#define FLOWRUN_DETAIL_ESCAPE_HPP

#include <flowrun/detail/utf8.hpp>
#include <flowrun/detail/word.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
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

/// The first byte of [p, end) that `rules` do not copy as it is (an escape, or
/// with repair_utf8 / check_utf8 a byte from 0x80, to be checked); `end` if none.
template <escape_rules rules> const char* skip_plain(const char* p, const char* end) noexcept {
  constexpr bool stop_high = rules.repair_utf8 || rules.check_utf8;
  return swar::find_first(
      p, end,
      [](std::uint64_t x) {
        std::uint64_t m = swar::below(x, 0x20);
        if constexpr (rules.quotes) m |= swar::equal(x, '"') | swar::equal(x, '\\');
        if constexpr (rules.delete_char) m |= swar::equal(x, 0x7f);
        if constexpr (stop_high) m |= x & swar::highs;
        return m;
      },
      [](unsigned char c) {
        return c < 0x20 || (rules.quotes && (c == '"' || c == '\\')) || (rules.delete_char && c == 0x7f) ||
               (stop_high && c >= 0x80);
      });
}

/// Writes `s` escaped by `rules` (no quotes around it) through `put(const char*,
/// std::size_t)`, a run of plain bytes at a time. Bytes from 0x80 are copied, or
/// checked as UTF-8 with repair_utf8 or check_utf8. False (with check_utf8) when `s`
/// is not valid UTF-8: what was written is then partial.
template <escape_rules rules, class Put> bool escape_to(std::string_view s, Put&& put) {
  static constexpr escape_table table{rules};
  const char* const begin = s.data();
  const char* const end = begin + s.size();
  const char* done = begin; // written up to here
  const char* p = begin;
  for (;;) {
    p = skip_plain<rules>(p, end);
    if (p == end) break;
    const auto c = static_cast<unsigned char>(*p);
    if (c >= 0x80) { // only with repair_utf8 or check_utf8
      if (const std::size_t n = utf8_sequence_length(s, static_cast<std::size_t>(p - begin)); n != 0) {
        p += n;
        continue;
      }
      if constexpr (rules.check_utf8) return false;
      put(done, static_cast<std::size_t>(p - done));
      put("\\ufffd", 6);
      done = ++p;
      continue;
    }
    put(done, static_cast<std::size_t>(p - done));
    const std::string_view e = table.of(c);
    put(e.data(), e.size());
    done = ++p;
  }
  put(done, static_cast<std::size_t>(end - done));
  return true;
}

/// Appends `s` escaped by `rules` to `out`; see escape_to.
template <escape_rules rules> bool append_escaped(std::string& out, std::string_view s) {
  return escape_to<rules>(s, [&out](const char* p, std::size_t n) { out.append(p, n); });
}

} // namespace flowrun::detail

#endif
