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
#include <flowrun/detail/utf8.hpp>
#include <flowrun/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace flowrun::detail {

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
    else if (walk()) {
      skip_space();
      if (i_ < s_.size()) fail(error_code::trailing_content, i_, "unexpected content after the root value");
    }
    return std::move(p_);
  }

private:
  // One open container. Only what rebuilds the pointer at a failure is kept
  // (keys are unescaped then, not on the way), so the walk allocates nothing
  // but this stack. For an object, `at` is the offset of the current key's
  // opening quote, or no_key while a key is read: a problem in a key is
  // reported at the object; after it, at the member. For an array, `at` is
  // the index of the current element.
  struct frame {
    std::size_t at;
    bool object;
  };
  static constexpr std::size_t no_key = static_cast<std::size_t>(-1);

  bool fail(error_code c, std::size_t at, std::string msg) {
    p_.found = true;
    p_.code = c;
    p_.offset = at;
    p_.message = std::move(msg);
    p_.pointer.clear();
    std::string key;
    for (const frame& f : stack_) {
      if (!f.object) {
        append_pointer_token(p_.pointer, std::to_string(f.at));
      } else if (f.at != no_key) {
        key.clear();
        scan_string(f.at, &key); // read once already: it is a valid string
        append_pointer_token(p_.pointer, key);
      }
    }
    return false;
  }
  bool unexpected(const char* expected) {
    if (i_ >= s_.size())
      return fail(error_code::syntax_error, i_, std::string("unexpected end of input, expected ") + expected);
    const char c = s_[i_];
    if (s_.substr(i_, byte_order_mark.size()) == byte_order_mark)
      return fail(error_code::syntax_error, i_,
                  std::string("unexpected byte order mark (U+FEFF, bytes EF BB BF): JSON text has none "
                              "(RFC 8259, section 8.1), expected ") +
                      expected);
    if (static_cast<unsigned char>(c) >= 0x80 && utf8_sequence_length(s_, i_) == 0)
      return fail(error_code::invalid_utf8, i_, "invalid UTF-8 byte sequence");
    std::string shown = (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f)
                            ? std::string("'") + c + "'"
                            : "byte 0x" + hex2(static_cast<unsigned char>(c));
    return fail(error_code::syntax_error, i_, "unexpected " + shown + ", expected " + expected);
  }
  static constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
  static std::string hex2(unsigned char c) {
    static constexpr char h[] = "0123456789abcdef";
    return {h[c >> 4], h[c & 15]};
  }

  void skip_space() noexcept {
    while (i_ < s_.size() && is_json_space(s_[i_])) ++i_;
  }

  // The root value, walked with an explicit stack of open containers: a deep
  // text costs heap linear in its depth, never call stack.
  bool walk() {
    for (;;) {
      // A value is expected at i_.
      skip_space();
      if (i_ >= s_.size()) return unexpected("a value");
      const char c = s_[i_];
      if (c == '{' || c == '[') {
        // Its depth is stack_.size() + 1 (the root is depth 1), checked before entering.
        if (stack_.size() >= max_depth_)
          return fail(error_code::depth_exceeded, i_, "nesting deeper than the limit of " + std::to_string(max_depth_));
        const bool object = c == '{';
        ++i_;
        skip_space();
        if (i_ >= s_.size() || s_[i_] != (object ? '}' : ']')) {
          stack_.push_back({object ? no_key : 0, object});
          if (object && !key(stack_.back())) return false;
          continue;
        }
        ++i_; // empty: a complete value
      } else if (!scalar()) {
        return false;
      }
      // A value ended: close the containers it completes, up to the next value.
      for (;;) {
        if (stack_.empty()) return true;
        skip_space();
        frame& top = stack_.back();
        if (i_ < s_.size() && s_[i_] == ',') {
          ++i_;
          if (!top.object)
            ++top.at;
          else if (!key(top))
            return false;
          break;
        }
        if (i_ < s_.size() && s_[i_] == (top.object ? '}' : ']')) {
          ++i_;
          stack_.pop_back();
          continue;
        }
        return unexpected(top.object ? "',' or '}' after an object member" : "',' or ']' after an array element");
      }
    }
  }

  // A key and its ':' in the object `f`, at i_.
  bool key(frame& f) {
    f.at = no_key;
    skip_space();
    if (i_ >= s_.size() || s_[i_] != '"') return unexpected("a key string");
    const std::size_t open = i_;
    if (!string()) return false;
    f.at = open;
    skip_space();
    if (i_ >= s_.size() || s_[i_] != ':') return unexpected("':' after a key");
    ++i_;
    return true;
  }

  // A value other than an object or an array, at s_[i_].
  bool scalar() {
    switch (s_[i_]) {
    case '"': return string();
    case 't': return literal("true");
    case 'f': return literal("false");
    case 'n': return literal("null");
    default:
      if (s_[i_] == '-' || is_digit(s_[i_])) return number();
      return unexpected("a value");
    }
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

  // How a string reads: on success `at` is just past its closing quote and
  // `problem` is null; otherwise `at`, `code` and `problem` name the failure.
  struct string_scan {
    std::size_t at;
    error_code code;
    const char* problem;
  };

  // The string at s_[open] == '"', its unescaped text appended to `out` when
  // given. One reader serves the walk (which checks) and fail() (which
  // rebuilds keys), so a key reads the same both times.
  string_scan scan_string(std::size_t open, std::string* out) const {
    std::size_t i = open + 1;
    while (i < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[i]);
      if (c == '"') return {i + 1, error_code::syntax_error, nullptr};
      if (c < 0x20) return {i, error_code::syntax_error, "control character in a string must be escaped"};
      if (c >= 0x80) {
        const std::size_t n = utf8_sequence_length(s_, i);
        if (n == 0) return {i, error_code::invalid_utf8, "invalid UTF-8 byte sequence"};
        if (out) out->append(s_.substr(i, n));
        i += n;
        continue;
      }
      if (c != '\\') {
        if (out) *out += static_cast<char>(c);
        ++i;
        continue;
      }
      if (i + 1 >= s_.size()) break;
      const char e = s_[i + 1];
      static constexpr std::string_view simple = "\"\\/bfnrt";
      static constexpr std::string_view meant = "\"\\/\b\f\n\r\t";
      if (const auto k = simple.find(e); k != std::string_view::npos) {
        if (out) *out += meant[k];
        i += 2;
        continue;
      }
      if (e != 'u') return {i, error_code::syntax_error, "invalid escape in a string"};
      const int u = hex4(i + 2);
      if (u < 0) return {i, error_code::syntax_error, "invalid \\u escape: expected four hex digits"};
      std::uint32_t cp = static_cast<std::uint32_t>(u);
      std::size_t len = 6;
      if (u >= 0xDC00 && u <= 0xDFFF)
        return {i, error_code::invalid_utf8, "unpaired UTF-16 surrogate escape in a string"};
      if (u >= 0xD800 && u <= 0xDBFF) {
        const int low = (i + 7 < s_.size() && s_[i + 6] == '\\' && s_[i + 7] == 'u') ? hex4(i + 8) : -1;
        if (low < 0xDC00 || low > 0xDFFF)
          return {i, error_code::invalid_utf8, "unpaired UTF-16 surrogate escape in a string"};
        cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
        len = 12;
      }
      if (out) append_utf8(*out, cp);
      i += len;
    }
    return {open, error_code::syntax_error, "string is not closed"};
  }

  // A string at s_[i_] == '"'.
  bool string() {
    const string_scan r = scan_string(i_, nullptr);
    if (r.problem) return fail(r.code, r.at, r.problem);
    i_ = r.at;
    return true;
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
  std::vector<frame> stack_; // the open containers, outermost first
  json_problem p_;
};

/// The first well-formedness problem of `text` (found == false when it has none).
inline json_problem locate_json_problem(std::string_view text, std::size_t max_depth) {
  return json_locator(text, max_depth).run();
}

} // namespace flowrun::detail

#endif
