// flowrun: where JSON Pointers are in a text. Positions for anything found in a
// decoded value (consistency findings, a caller's own checks) to show in its text.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_LOCATE_POINTER_HPP
#define FLOWRUN_LOCATE_POINTER_HPP

#include <flowrun/detail/json_lexer.hpp>
#include <flowrun/detail/line_col.hpp>
#include <flowrun/detail/text.hpp>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace flowrun {

/// A place in a text: byte offset (0-based), line and column (1-based, column in bytes),
/// as in flowrun::error.
struct text_position {
  std::size_t offset = 0;
  std::size_t line = 1;
  std::size_t column = 1;
  friend bool operator==(const text_position&, const text_position&) = default;
};

namespace detail {

// The lexer's visitor for locate_pointers: the path of the value being read, kept only
// inside the containers on the way to a wanted pointer (others are read, not followed).
class pointer_locator {
public:
  static constexpr std::size_t not_found = static_cast<std::size_t>(-1);

  // `wanted`: sorted, unique, every prefix of every pointer asked.
  explicit pointer_locator(std::span<const std::string_view> wanted)
      : wanted_(wanted), offset_of_(wanted.size(), not_found) {}

  std::size_t lookup(std::string_view p) const noexcept {
    const auto it = std::lower_bound(wanted_.begin(), wanted_.end(), p);
    return it != wanted_.end() && *it == p ? static_cast<std::size_t>(it - wanted_.begin()) : not_found;
  }
  std::size_t offset_of(std::size_t w) const noexcept { return offset_of_[w]; }

  void value(std::size_t at) {
    if (skip_ > 0) return;
    const std::size_t w = lookup(path_);
    wanted_value_ = w != not_found;
    if (wanted_value_) offset_of_[w] = at;
  }
  void open(bool object) {
    if (skip_ > 0 || !wanted_value_) {
      ++skip_;
      return;
    }
    stack_.push_back({object, 0, path_.size()});
    if (!object) element();
  }
  void empty(bool) noexcept {}
  void comma(bool object) {
    if (skip_ == 0 && !object) element();
  }
  void close(bool) noexcept {
    if (skip_ > 0) {
      --skip_;
      return;
    }
    path_.resize(stack_.back().path_len);
    stack_.pop_back();
  }
  void begin_string(bool key, std::size_t) {
    in_key_ = key && skip_ == 0;
    if (!in_key_) return;
    path_.resize(stack_.back().path_len);
    path_ += '/';
  }
  // A key's unescaped text, as an RFC 6901 token (~ as ~0, / as ~1).
  void plain(const char* p, std::size_t n) {
    if (!in_key_) return;
    for (std::size_t k = 0; k < n; ++k) put(p[k]);
  }
  void escaped(std::uint32_t cp, std::size_t) {
    if (!in_key_) return;
    if (cp < 0x80)
      put(static_cast<char>(cp));
    else
      append_utf8(path_, cp);
  }
  void end_string(bool) noexcept { in_key_ = false; }
  void colon() noexcept {}
  void literal(std::string_view) noexcept {}
  void number(const number_scan&, std::size_t) noexcept {}

private:
  struct frame {
    bool object;
    std::size_t index;    // next element of an array
    std::size_t path_len; // length of the container's own pointer
  };

  void element() {
    frame& f = stack_.back();
    path_.resize(f.path_len);
    path_ += '/';
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, f.index++);
    path_.append(buf, r.ptr);
  }
  void put(char c) {
    if (c == '~')
      path_ += "~0";
    else if (c == '/')
      path_ += "~1";
    else
      path_ += c;
  }

  std::span<const std::string_view> wanted_;
  std::vector<std::size_t> offset_of_;
  std::vector<frame> stack_; // the containers followed, outermost first
  std::string path_;
  std::size_t skip_ = 0; // depth inside a container not followed
  bool wanted_value_ = false;
  bool in_key_ = false;
};

} // namespace detail

/// Where each of `pointers` (RFC 6901) is in `json`, a text a decoder accepted: the
/// position of the value it names, or, when there is none (a member left out, an
/// element past the end), of its nearest ancestor that is there. One position per
/// pointer, in the same order.
///
/// One pass over the text with flowrun's JSON lexer, iterative (any depth, a bit of
/// memory per level), following only the containers on the way to a pointer; keys are
/// compared after unescaping, as the decoder does. On a text that is not well-formed,
/// the positions found before its first problem, the others at 0.
///
/// Example:
///   std::vector<std::string_view> ps = {"/logs/1/created_at"};
///   std::vector<flowrun::text_position> at = flowrun::locate_pointers(text, ps);
///   // at[0].line, at[0].column: where that log's created_at is in `text`
inline std::vector<text_position> locate_pointers(std::string_view json, std::span<const std::string_view> pointers) {
  std::vector<text_position> out(pointers.size());
  if (pointers.empty()) return out;
  // Every prefix of every pointer, sorted: the containers to enter and the members to place.
  std::vector<std::string_view> wanted;
  for (const std::string_view p : pointers) {
    wanted.push_back(p);
    for (std::size_t k = p.size(); k-- > 0;)
      if (p[k] == '/') wanted.push_back(p.substr(0, k));
  }
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());

  detail::pointer_locator v(wanted);
  detail::json_lexer_without_pointers lexer(json, std::numeric_limits<std::size_t>::max());
  (void)lexer.walk(v); // on a problem, what was placed before it stays

  // Each pointer at its value, or at its nearest ancestor that is there.
  constexpr std::size_t not_found = detail::pointer_locator::not_found;
  for (std::size_t k = 0; k < pointers.size(); ++k) {
    std::string_view p = pointers[k];
    std::size_t at = not_found;
    while (true) {
      const std::size_t w = v.lookup(p);
      if (w != not_found) at = v.offset_of(w);
      if (at != not_found || p.empty()) break;
      p = p.substr(0, p.rfind('/'));
    }
    out[k].offset = at == not_found ? 0 : at;
  }
  // Lines and columns in one sweep over the text, in offset order.
  std::vector<std::size_t> by_offset(pointers.size());
  for (std::size_t k = 0; k < by_offset.size(); ++k) by_offset[k] = k;
  std::sort(by_offset.begin(), by_offset.end(),
            [&](std::size_t a, std::size_t b) { return out[a].offset < out[b].offset; });
  detail::line_counter lines(json);
  for (std::size_t k : by_offset) {
    const detail::line_col lc = lines.at(out[k].offset);
    out[k].line = lc.line;
    out[k].column = lc.column;
  }
  return out;
}

} // namespace flowrun

#endif
