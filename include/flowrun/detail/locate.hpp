// flowrun internals: finding exactly where and why a text is not well-formed JSON.
//
// Fast parsers say *that* a document is malformed, often not where (simdjson's
// first pass reports bad UTF-8 or an unclosed string for the whole input). When
// a backend meets malformed input, this strict RFC 8259 scanner walks the text
// once more and reports the first problem: its code, byte offset and the JSON
// Pointer of the deepest member reached. It runs only on the error path.
#ifndef FLOWRUN_DETAIL_LOCATE_HPP
#define FLOWRUN_DETAIL_LOCATE_HPP

#include <flowrun/detail/number.hpp>
#include <flowrun/detail/text.hpp>
#include <flowrun/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace flowrun::detail {

/// Length of the valid UTF-8 sequence at s[i], or 0 when it is not one
/// (overlong forms, surrogates and code points past U+10FFFF are not).
constexpr std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF)
    len = 2;
  else if (c == 0xE0)
    len = 3, lo = 0xA0;
  else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
    len = 3;
  else if (c == 0xED)
    len = 3, hi = 0x9F;
  else if (c == 0xF0)
    len = 4, lo = 0x90;
  else if (c >= 0xF1 && c <= 0xF3)
    len = 4;
  else if (c == 0xF4)
    len = 4, hi = 0x8F;
  else
    return 0;
  if (i + len > s.size()) return 0;
  const auto c1 = static_cast<unsigned char>(s[i + 1]);
  if (c1 < lo || c1 > hi) return 0;
  for (std::size_t k = 2; k < len; ++k) {
    const auto ck = static_cast<unsigned char>(s[i + k]);
    if (ck < 0x80 || ck > 0xBF) return 0;
  }
  return len;
}

/// The first well-formedness problem of a text.
struct json_problem {
  bool found = false;
  error_code code = error_code::syntax_error;
  std::size_t offset = 0;
  std::string pointer;
  std::string message;
};

class json_locator {
public:
  json_locator(std::string_view s, std::size_t max_depth) noexcept : s_(s), max_depth_(max_depth) {}

  json_problem run() {
    skip_space();
    if (i_ >= s_.size())
      fail(error_code::syntax_error, i_, "empty input: expected a JSON value");
    else if (value(0)) {
      skip_space();
      if (i_ < s_.size()) fail(error_code::trailing_content, i_, "unexpected content after the root value");
    }
    return std::move(p_);
  }

private:
  bool fail(error_code c, std::size_t at, std::string msg) {
    p_.found = true;
    p_.code = c;
    p_.offset = at;
    p_.message = std::move(msg);
    p_.pointer.clear();
    for (const auto& seg : path_) append_pointer_token(p_.pointer, seg);
    return false;
  }
  bool unexpected(const char* expected) {
    if (i_ >= s_.size())
      return fail(error_code::syntax_error, i_, std::string("unexpected end of input, expected ") + expected);
    const char c = s_[i_];
    if (static_cast<unsigned char>(c) >= 0x80 && utf8_sequence_length(s_, i_) == 0)
      return fail(error_code::invalid_utf8, i_, "invalid UTF-8 byte sequence");
    std::string shown = (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f)
                            ? std::string("'") + c + "'"
                            : "byte 0x" + hex2(static_cast<unsigned char>(c));
    return fail(error_code::syntax_error, i_, "unexpected " + shown + ", expected " + expected);
  }
  static std::string hex2(unsigned char c) {
    static constexpr char h[] = "0123456789abcdef";
    return {h[c >> 4], h[c & 15]};
  }

  void skip_space() noexcept {
    while (i_ < s_.size() && is_json_space(s_[i_])) ++i_;
  }

  bool value(std::size_t depth) {
    skip_space();
    if (i_ >= s_.size()) return unexpected("a value");
    switch (s_[i_]) {
    case '{': return object(depth + 1);
    case '[': return array(depth + 1);
    case '"': return string(nullptr);
    case 't': return literal("true");
    case 'f': return literal("false");
    case 'n': return literal("null");
    default:
      if (s_[i_] == '-' || is_digit(s_[i_])) return number();
      return unexpected("a value");
    }
  }

  bool object(std::size_t depth) {
    if (depth > max_depth_)
      return fail(error_code::depth_exceeded, i_, "nesting deeper than the limit of " + std::to_string(max_depth_));
    ++i_;
    skip_space();
    if (i_ < s_.size() && s_[i_] == '}') return ++i_, true;
    path_.emplace_back();
    for (;;) {
      // A problem in a key is reported at the object; after it, at the member.
      path_.pop_back();
      skip_space();
      if (i_ >= s_.size() || s_[i_] != '"') return unexpected("a key string");
      std::string key;
      if (!string(&key)) return false;
      path_.push_back(std::move(key));
      skip_space();
      if (i_ >= s_.size() || s_[i_] != ':') return unexpected("':' after a key");
      ++i_;
      if (!value(depth)) return false;
      skip_space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == '}') break;
      return unexpected("',' or '}' after an object member");
    }
    ++i_;
    path_.pop_back();
    return true;
  }

  bool array(std::size_t depth) {
    if (depth > max_depth_)
      return fail(error_code::depth_exceeded, i_, "nesting deeper than the limit of " + std::to_string(max_depth_));
    ++i_;
    skip_space();
    if (i_ < s_.size() && s_[i_] == ']') return ++i_, true;
    path_.emplace_back("0");
    for (std::size_t index = 0;; ++index) {
      path_.back() = std::to_string(index);
      if (!value(depth)) return false;
      skip_space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == ']') break;
      return unexpected("',' or ']' after an array element");
    }
    ++i_;
    path_.pop_back();
    return true;
  }

  int hex4(std::size_t at) const noexcept {
    if (at + 4 > s_.size()) return -1;
    int v = 0;
    for (std::size_t k = at; k < at + 4; ++k) {
      const char c = s_[k];
      int h = -1;
      if (c >= '0' && c <= '9')
        h = c - '0';
      else if (c >= 'a' && c <= 'f')
        h = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        h = c - 'A' + 10;
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
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

  // A string at s_[i_] == '"'; its unescaped text goes to `out` when given.
  bool string(std::string* out) {
    const std::size_t open = i_++;
    while (i_ < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return true;
      }
      if (c < 0x20) return fail(error_code::syntax_error, i_, "control character in a string must be escaped");
      if (c >= 0x80) {
        const std::size_t n = utf8_sequence_length(s_, i_);
        if (n == 0) return fail(error_code::invalid_utf8, i_, "invalid UTF-8 byte sequence");
        if (out) out->append(s_.substr(i_, n));
        i_ += n;
        continue;
      }
      if (c != '\\') {
        if (out) *out += static_cast<char>(c);
        ++i_;
        continue;
      }
      if (i_ + 1 >= s_.size()) break;
      const char e = s_[i_ + 1];
      static constexpr std::string_view simple = "\"\\/bfnrt";
      static constexpr std::string_view meant = "\"\\/\b\f\n\r\t";
      if (const auto k = simple.find(e); k != std::string_view::npos) {
        if (out) *out += meant[k];
        i_ += 2;
        continue;
      }
      if (e != 'u') return fail(error_code::syntax_error, i_, "invalid escape in a string");
      const int u = hex4(i_ + 2);
      if (u < 0) return fail(error_code::syntax_error, i_, "invalid \\u escape: expected four hex digits");
      std::uint32_t cp = static_cast<std::uint32_t>(u);
      std::size_t len = 6;
      if (u >= 0xDC00 && u <= 0xDFFF)
        return fail(error_code::invalid_utf8, i_, "unpaired UTF-16 surrogate escape in a string");
      if (u >= 0xD800 && u <= 0xDBFF) {
        const int low = (i_ + 7 < s_.size() && s_[i_ + 6] == '\\' && s_[i_ + 7] == 'u') ? hex4(i_ + 8) : -1;
        if (low < 0xDC00 || low > 0xDFFF)
          return fail(error_code::invalid_utf8, i_, "unpaired UTF-16 surrogate escape in a string");
        cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
        len = 12;
      }
      if (out) append_utf8(*out, cp);
      i_ += len;
    }
    return fail(error_code::syntax_error, open, "string is not closed");
  }

  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word)
      return fail(error_code::syntax_error, i_, "invalid literal, expected " + std::string(word));
    i_ += word.size(); // what follows is the container's (or the root's) business, as after a number
    return true;
  }

  bool number() {
    std::size_t end = i_;
    while (end < s_.size() && (is_digit(s_[end]) || s_[end] == '-' || s_[end] == '+' || s_[end] == '.' ||
                               s_[end] == 'e' || s_[end] == 'E'))
      ++end;
    const std::string_view tok = s_.substr(i_, end - i_);
    if (!is_json_number(tok)) return fail(error_code::syntax_error, i_, "invalid number " + quote_for_message(tok));
    i_ = end;
    return true;
  }

  std::string_view s_;
  std::size_t max_depth_;
  std::size_t i_ = 0;
  std::vector<std::string> path_;
  json_problem p_;
};

/// The first well-formedness problem of `text` (found == false when it has none).
inline json_problem locate_json_problem(std::string_view text, std::size_t max_depth) {
  return json_locator(text, max_depth).run();
}

} // namespace flowrun::detail

#endif
