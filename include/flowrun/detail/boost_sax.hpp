// flowrun internals: the Boost.JSON path's SAX handler.
//
// Boost.JSON's SAX parser sees every key (duplicates included), every number
// as written and every level of nesting, but its callbacks carry no positions
// and it has its own limits. So the handler below keeps a cursor into the text
// to give the shared builder the exact byte offset of each token, takes number
// and raw-object text from the input itself, and works around the one place
// where Boost 1.81 is stricter than RFC 8259 (exponents past INT_MAX). Policy
// stays in the builder: both paths must give the same answers, byte for byte.
#ifndef FLOWRUN_DETAIL_BOOST_SAX_HPP
#define FLOWRUN_DETAIL_BOOST_SAX_HPP

#include <flowrun/detail/builder.hpp>
#include <flowrun/detail/number.hpp>
#include <flowrun/detail/text.hpp>
#include <flowrun/error.hpp>

#include <boost/json/basic_parser_impl.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace flowrun::detail {

/// Storage for unescaped strings. A string is built in one chunk; a chunk is
/// never resized, so views handed out stay valid until clear(). Chunks are kept
/// for the next document.
class string_arena {
public:
  void clear() noexcept { cur_ = start_ = used_ = 0; }

  /// Starts a string; append() its parts, then take it with end().
  void begin() noexcept { start_ = used_; }

  void append(std::string_view s) {
    if (s.empty()) return;
    if (chunks_.empty() || used_ + s.size() > chunks_[cur_].size) grow(s.size());
    std::memcpy(chunks_[cur_].data.get() + used_, s.data(), s.size());
    used_ += s.size();
  }

  std::string_view end() const noexcept {
    if (chunks_.empty()) return {};
    return {chunks_[cur_].data.get() + start_, used_ - start_};
  }

  std::string_view copy(std::string_view s) {
    begin();
    append(s);
    return end();
  }

private:
  struct chunk {
    std::unique_ptr<char[]> data;
    std::size_t size = 0;
  };

  // Moves the string being built to the next chunk, with room for `more` bytes.
  void grow(std::size_t more) {
    const std::size_t partial = used_ - start_;
    const std::size_t need = partial + more;
    const std::size_t next = chunks_.empty() ? 0 : cur_ + 1;
    if (next >= chunks_.size() || chunks_[next].size < need) {
      const std::size_t size = std::max<std::size_t>(need, chunks_.empty() ? 4096 : chunks_[cur_].size * 2);
      chunk c{std::unique_ptr<char[]>(new char[size]), size};
      if (next < chunks_.size())
        chunks_[next] = std::move(c);
      else
        chunks_.push_back(std::move(c));
    }
    if (partial != 0) std::memcpy(chunks_[next].data.get(), chunks_[cur_].data.get() + start_, partial);
    cur_ = next;
    start_ = 0;
    used_ = partial;
  }

  std::vector<chunk> chunks_;
  std::size_t cur_ = 0, start_ = 0, used_ = 0;
};

/// Boost.JSON 1.81 fails with `exponent_overflow` on exponents past INT_MAX
/// (`1e2147483648`), valid JSON that the contract keeps in raw values. When `in`
/// has such a number outside strings, writes to `out` a copy in which every
/// exponent of more than 8 significant digits keeps its length and sign but
/// reads 00..099999999: still past the double range either way (inf or 0), so
/// Boost walks the same tokens. Returns false (and leaves `out` alone) when
/// there is none. Token texts are always taken from the original.
inline bool clamp_exponents(std::string_view in, std::string& out) {
  bool copied = false;
  const std::size_t n = in.size();
  for (std::size_t i = 0; i < n;) {
    const char c = in[i];
    if (c == '"') {
      for (++i; i < n && in[i] != '"'; i += in[i] == '\\' ? 2 : 1) {
      }
      ++i;
      continue;
    }
    if ((c == 'e' || c == 'E') && i > 0 && is_digit(in[i - 1])) {
      std::size_t j = i + 1;
      if (j < n && (in[j] == '+' || in[j] == '-')) ++j;
      std::size_t sig = j;
      while (sig < n && in[sig] == '0') ++sig;
      std::size_t end = sig;
      while (end < n && is_digit(in[end])) ++end;
      if (end - sig > 8) {
        if (!copied) out.assign(in);
        copied = true;
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(j), out.begin() + static_cast<std::ptrdiff_t>(end - 8),
                  '0');
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(end - 8), out.begin() + static_cast<std::ptrdiff_t>(end),
                  '9');
      }
      i = end;
      continue;
    }
    ++i;
  }
  return copied;
}

/// Index of the byte after the JSON string token opening at `text[open]`
/// (already validated by the parser, so escapes need no checking).
inline std::size_t skip_string_token(std::string_view text, std::size_t open) noexcept {
  std::size_t i = open + 1;
  for (;;) {
    i = text.find_first_of("\"\\", i);
    if (i == std::string_view::npos) return text.size();
    if (text[i] == '"') return i + 1;
    i += 2;
  }
}

/// Index of the next token at or after `i`, past white space and separators.
inline std::size_t next_token(std::string_view text, std::size_t i) noexcept {
  while (i < text.size() && (is_json_space(text[i]) || text[i] == ',' || text[i] == ':')) ++i;
  return i;
}

/// The basic_parser handler: turns SAX callbacks into builder events, with the
/// offsets found by a cursor that follows the parser through the text.
class boost_handler {
public:
  static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);

  /// `text` is the input the builder sees; `parsed` the buffer given to Boost
  /// (the same bytes, or a copy from clamp_exponents).
  void start(builder& b, string_arena& a, std::string_view text, std::string_view parsed) noexcept {
    b_ = &b;
    arena_ = &a;
    text_ = text;
    parsed_ = parsed;
    cur_ = 0;
    in_parts_ = false;
    number_len_ = 0;
  }

  using ec_t = boost::json::error_code;
  using sv_t = boost::json::string_view;

  bool on_document_begin(ec_t&) noexcept { return true; }
  bool on_document_end(ec_t&) noexcept { return true; }

  bool on_object_begin(ec_t&) { return b_->begin_object(open()); }
  bool on_object_end(std::size_t, ec_t&) { return b_->end_object(open() + 1); }
  bool on_array_begin(ec_t&) { return b_->begin_array(open()); }
  bool on_array_end(std::size_t, ec_t&) { return b_->end_array(open() + 1); }

  bool on_key_part(sv_t s, std::size_t, ec_t&) {
    part(s);
    return true;
  }
  bool on_key(sv_t s, std::size_t, ec_t&) {
    const std::string_view k = whole(s);
    const std::size_t at = string_token();
    return b_->key(k, at);
  }
  bool on_string_part(sv_t s, std::size_t, ec_t&) {
    part(s);
    return true;
  }
  bool on_string(sv_t s, std::size_t, ec_t&) {
    const std::string_view v = whole(s);
    const std::size_t at = string_token();
    return b_->string_value(v, at);
  }

  // Numbers come in parts only when the input is fed in pieces; the builder
  // gets the text as written, from the input the offsets refer to.
  bool on_number_part(sv_t s, ec_t&) noexcept {
    number_len_ += s.size();
    return true;
  }
  bool on_int64(std::int64_t, sv_t s, ec_t&) { return number(s); }
  bool on_uint64(std::uint64_t, sv_t s, ec_t&) { return number(s); }
  bool on_double(double, sv_t s, ec_t&) { return number(s); }

  bool on_bool(bool v, ec_t&) {
    const std::size_t at = next_token(text_, cur_);
    cur_ = at + (v ? 4 : 5);
    return b_->boolean(v, at);
  }
  bool on_null(ec_t&) {
    const std::size_t at = next_token(text_, cur_);
    cur_ = at + 4;
    return b_->null(at);
  }

  // Comments are off (parse_options default): never called.
  bool on_comment_part(sv_t, ec_t&) noexcept { return true; }
  bool on_comment(sv_t, ec_t&) noexcept { return true; }

private:
  // A one-byte token (bracket): its offset; the cursor moves past it.
  std::size_t open() noexcept {
    const std::size_t at = next_token(text_, cur_);
    cur_ = at + 1;
    return at;
  }

  std::size_t string_token() noexcept {
    const std::size_t at = next_token(text_, cur_);
    cur_ = skip_string_token(text_, at);
    return at;
  }

  bool number(sv_t last) {
    const std::size_t at = next_token(text_, cur_);
    const std::size_t len = number_len_ + last.size();
    number_len_ = 0;
    cur_ = at + len;
    return b_->number(text_.substr(at, len), at);
  }

  void part(sv_t s) {
    if (!in_parts_) arena_->begin();
    in_parts_ = true;
    arena_->append(std::string_view(s.data(), s.size()));
  }

  // The complete string: a view into the parsed buffer when Boost had nothing
  // to unescape, else the arena's copy.
  std::string_view whole(sv_t last) {
    const std::string_view s(last.data(), last.size());
    if (!in_parts_ && s.data() >= parsed_.data() && s.data() + s.size() <= parsed_.data() + parsed_.size()) return s;
    if (!in_parts_) arena_->begin();
    in_parts_ = false;
    arena_->append(s);
    return arena_->end();
  }

  builder* b_ = nullptr;
  string_arena* arena_ = nullptr;
  std::string_view text_, parsed_;
  std::size_t cur_ = 0;
  bool in_parts_ = false;
  std::size_t number_len_ = 0;
};

/// The flowrun code for a parse Boost rejected, used only if the locator finds
/// no problem itself (see builder::malformed; it should always find one).
inline error_code from_boost(const boost::json::error_code& ec) noexcept {
  namespace bj = boost::json;
  if (ec == bj::error::illegal_leading_surrogate || ec == bj::error::illegal_trailing_surrogate)
    return error_code::invalid_utf8;
  if (ec == bj::error::too_deep) return error_code::depth_exceeded;
  if (ec == bj::error::extra_data) return error_code::trailing_content;
  return error_code::syntax_error;
}

} // namespace flowrun::detail

#endif
