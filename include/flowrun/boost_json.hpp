// flowrun: the reference path. Decoding through Boost.JSON (1.81), and
// conversions for code that already holds a boost::json::value.
//
// Boost.JSON's SAX parser sees every key (duplicates included), every number
// as written and every level of nesting, but its callbacks carry no positions
// and it has its own limits. So the handler below keeps a cursor into the text
// to give the shared builder the exact byte offset of each token, takes number
// and raw-object text from the input itself, and works around the one place
// where Boost 1.81 is stricter than RFC 8259 (exponents past INT_MAX). Policy
// stays in the builder: both paths must give the same answers, byte for byte.
#ifndef FLOWRUN_BOOST_JSON_HPP
#define FLOWRUN_BOOST_JSON_HPP

#include <flowrun/detail/builder.hpp>
#include <flowrun/detail/decoder_base.hpp>
#include <flowrun/detail/locate.hpp>
#include <flowrun/detail/number.hpp>
#include <flowrun/error.hpp>
#include <flowrun/options.hpp>
#include <flowrun/result.hpp>
#include <flowrun/types.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_stack.hpp>
#include <boost/json/value_to.hpp>
#include <boost/system/result.hpp>
#include <boost/throw_exception.hpp>

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flowrun {

namespace detail {

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
/// (`1e2147483648`), valid JSON that SPEC.md keeps in raw values. When `in`
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

/// Writes a DOM as compact JSON, the text the DOM door's offsets and raw spans
/// refer to. Scalars are spelled by boost::json::serialize, except infinities,
/// which Boost writes as `Infinity` (not JSON): they become `1e99999`, a number
/// past the double range, as the `1e400` they were parsed from. NaN is written
/// as `NaN` and rejected by the walk. Containers deeper than `max_depth` are
/// cut after their opening bracket: the walk stops there with depth_exceeded.
inline bool write_dom(const boost::json::value& v, std::string& out, std::size_t depth, std::size_t max_depth) {
  switch (v.kind()) {
  case boost::json::kind::object: {
    out += '{';
    if (depth > max_depth) return false;
    bool first = true;
    for (const auto& m : v.get_object()) {
      if (!first) out += ',';
      first = false;
      out += boost::json::serialize(m.key());
      out += ':';
      if (!write_dom(m.value(), out, depth + 1, max_depth)) return false;
    }
    out += '}';
    return true;
  }
  case boost::json::kind::array: {
    out += '[';
    if (depth > max_depth) return false;
    bool first = true;
    for (const auto& e : v.get_array()) {
      if (!first) out += ',';
      first = false;
      if (!write_dom(e, out, depth + 1, max_depth)) return false;
    }
    out += ']';
    return true;
  }
  case boost::json::kind::double_: {
    const double d = v.get_double();
    if (std::isinf(d))
      out += d < 0 ? "-1e99999" : "1e99999";
    else if (std::isnan(d))
      out += "NaN";
    else
      out += boost::json::serialize(v);
    return true;
  }
  default: out += boost::json::serialize(v); return true;
  }
}

/// Walks a DOM into a builder, following the text write_dom made of it.
class boost_value_walker {
public:
  boost_value_walker(builder& b, string_arena& a, std::string_view text) noexcept : b_(b), arena_(a), text_(text) {}

  bool walk(const boost::json::value& v) {
    const std::size_t at = next_token(text_, cur_);
    switch (v.kind()) {
    case boost::json::kind::object: {
      cur_ = at + 1;
      if (!b_.begin_object(at)) return false;
      for (const auto& m : v.get_object()) {
        const std::size_t k = next_token(text_, cur_);
        cur_ = skip_string_token(text_, k);
        if (!valid_utf8(k)) return false;
        if (!b_.key(arena_.copy(std::string_view(m.key().data(), m.key().size())), k)) return false;
        if (!walk(m.value())) return false;
      }
      cur_ = next_token(text_, cur_) + 1;
      return b_.end_object(cur_);
    }
    case boost::json::kind::array: {
      cur_ = at + 1;
      if (!b_.begin_array(at)) return false;
      for (const auto& e : v.get_array())
        if (!walk(e)) return false;
      cur_ = next_token(text_, cur_) + 1;
      return b_.end_array(cur_);
    }
    case boost::json::kind::string: {
      cur_ = skip_string_token(text_, at);
      if (!valid_utf8(at)) return false;
      const auto& s = v.get_string();
      return b_.string_value(arena_.copy(std::string_view(s.data(), s.size())), at);
    }
    case boost::json::kind::bool_: cur_ = at + (v.get_bool() ? 4 : 5); return b_.boolean(v.get_bool(), at);
    case boost::json::kind::null: cur_ = at + 4; return b_.null(at);
    default: { // int64, uint64, double
      std::size_t end = at;
      while (end < text_.size() &&
             (is_digit(text_[end]) || std::string_view("+-.eE").find(text_[end]) != std::string_view::npos))
        ++end;
      cur_ = end;
      if (v.is_double() && std::isnan(v.get_double())) {
        b_.malformed(error_code::syntax_error, at, "NaN is not a JSON number");
        return false;
      }
      return b_.number(text_.substr(at, end - at), at);
    }
    }
  }

private:
  // A DOM string may hold any bytes; SPEC.md admits only UTF-8. Checks the
  // string token that ends at the cursor (serialize copies bytes >= 0x80 as is).
  bool valid_utf8(std::size_t open) {
    for (std::size_t i = open + 1; i < cur_;) {
      if (static_cast<unsigned char>(text_[i]) < 0x80) {
        ++i;
        continue;
      }
      const std::size_t len = utf8_sequence_length(text_.substr(0, cur_), i);
      if (len == 0) {
        b_.malformed(error_code::invalid_utf8, i, "invalid UTF-8 byte sequence");
        return false;
      }
      i += len;
    }
    return true;
  }

  builder& b_;
  string_arena& arena_;
  std::string_view text_;
  std::size_t cur_ = 0;
};

/// Builds a DOM like boost::json::parse, except that doubles are converted
/// from their text with correct rounding: Boost 1.81's own conversion can be
/// one ulp off (`7e62`), and then a value written back reads differently.
class dom_handler {
public:
  static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);

  using ec_t = boost::json::error_code;
  using sv_t = boost::json::string_view;

  explicit dom_handler(boost::json::storage_ptr sp) { st_.reset(std::move(sp)); }
  boost::json::value release() { return st_.release(); }

  bool on_document_begin(ec_t&) noexcept { return true; }
  bool on_document_end(ec_t&) noexcept { return true; }
  bool on_object_begin(ec_t&) noexcept { return true; }
  bool on_object_end(std::size_t n, ec_t&) {
    st_.push_object(n);
    return true;
  }
  bool on_array_begin(ec_t&) noexcept { return true; }
  bool on_array_end(std::size_t n, ec_t&) {
    st_.push_array(n);
    return true;
  }
  bool on_key_part(sv_t s, std::size_t, ec_t&) {
    st_.push_chars(s);
    return true;
  }
  bool on_key(sv_t s, std::size_t, ec_t&) {
    st_.push_key(s);
    return true;
  }
  bool on_string_part(sv_t s, std::size_t, ec_t&) {
    st_.push_chars(s);
    return true;
  }
  bool on_string(sv_t s, std::size_t, ec_t&) {
    st_.push_string(s);
    return true;
  }
  bool on_number_part(sv_t s, ec_t&) {
    number_.append(s.data(), s.size());
    return true;
  }
  bool on_int64(std::int64_t v, sv_t, ec_t&) {
    number_.clear();
    st_.push_int64(v);
    return true;
  }
  bool on_uint64(std::uint64_t v, sv_t, ec_t&) {
    number_.clear();
    st_.push_uint64(v);
    return true;
  }
  bool on_double(double, sv_t s, ec_t&) {
    number_.append(s.data(), s.size());
    double d = 0;
    if (to_double(number_, d) != number_status::ok) d = number_.front() == '-' ? -HUGE_VAL : HUGE_VAL;
    number_.clear();
    st_.push_double(d);
    return true;
  }
  bool on_bool(bool v, ec_t&) {
    st_.push_bool(v);
    return true;
  }
  bool on_null(ec_t&) {
    st_.push_null();
    return true;
  }
  bool on_comment_part(sv_t, ec_t&) noexcept { return true; }
  bool on_comment(sv_t, ec_t&) noexcept { return true; }

private:
  boost::json::value_stack st_;
  std::string number_;
};

/// A JSON text (a raw value) as a DOM; throws boost::system::system_error when
/// it is not one. Doubles are correctly rounded (see dom_handler), exponents
/// past INT_MAX are read (see clamp_exponents): numbers past the double range
/// become infinities, integers past 64 bits the nearest double.
inline boost::json::value parse_raw(std::string_view text, boost::json::storage_ptr sp = {}) {
  boost::json::parse_options po;
  po.max_depth = max_depth_limit + 1;
  std::string clamped;
  if (clamp_exponents(text, clamped)) text = clamped;
  boost::json::basic_parser<dom_handler> p(po, std::move(sp));
  boost::json::error_code ec;
  const std::size_t used = p.write_some(false, text.data(), text.size(), ec);
  if (!ec && used < text.size()) ec = boost::json::error::extra_data;
  if (ec) boost::throw_exception(boost::system::system_error(ec), BOOST_CURRENT_LOCATION);
  return p.handler().release();
}

} // namespace detail

/// The reference decoder, on Boost.JSON's SAX parser: the same surface,
/// options, error codes, pointers and offsets as flowrun::decoder, and values
/// equal to its values (raw JSON spans included, byte for byte). It keeps a
/// copy of the input and the decoded strings; decoded values view into it
/// until the next decode on the same decoder (to keep one, use to_owned).
/// Not thread-safe: use one decoder per thread.
///
/// It also decodes a boost::json::value. A DOM has already lost duplicate
/// keys (Boost keeps the last), so this door cannot report duplicate_key, and
/// its numbers are what the DOM's parser made of them (boost::json::parse in
/// 1.81 may round a double one ulp off): decode the text for strict checking
/// and exact numbers. Offsets and raw spans then refer to the DOM written as
/// compact JSON (boost::json::serialize's spelling).
///
/// Example:
///   flowrun::boost_decoder dec({.mode = flowrun::decode_mode::strict});
///   flowrun::result<flowrun::workflow_run> r = dec.decode_run(text);
///   if (!r) std::cerr << r.error().pointer << ": " << r.error().message << '\n';
///   boost::json::value jv = boost::json::parse(text);
///   auto from_dom = dec.decode_run(jv); // same rules, duplicates already gone
class boost_decoder : public detail::decoder_base<boost_decoder> {
public:
  explicit boost_decoder(decode_options o = {})
      : decoder_base(o), parser_(std::make_unique<parser_type>(parser_options())) {}

  using decoder_base::decode_logs;
  using decoder_base::decode_run;
  using decoder_base::decode_run_page;

  /// A run held as a DOM (templates only so that a string literal still picks
  /// the text overload).
  template <std::same_as<boost::json::value> V> result<workflow_run> decode_run(const V& v) {
    if (!decode_value(v, detail::doc_kind::run)) return b_.take_errors();
    return b_.run();
  }
  template <std::same_as<boost::json::value> V> result<run_page> decode_run_page(const V& v) {
    if (!decode_value(v, detail::doc_kind::page)) return b_.take_errors();
    return b_.page();
  }
  template <std::same_as<boost::json::value> V> result<log_list> decode_logs(const V& v) {
    if (!decode_value(v, detail::doc_kind::logs)) return b_.take_errors();
    return b_.logs();
  }

private:
  friend class detail::decoder_base<boost_decoder>;
  using parser_type = boost::json::basic_parser<detail::boost_handler>;

  // Boost's own depth limit sits above every limit the builder can have, so
  // the builder decides depth_exceeded; the other defaults are RFC 8259.
  static boost::json::parse_options parser_options() noexcept {
    boost::json::parse_options po;
    po.max_depth = max_depth_limit + 2;
    return po;
  }

  // Decodes one text into the builder; true when it holds a value.
  bool decode(std::string_view json, detail::doc_kind kind) {
    b_.reset(opts_, kind, std::string_view());
    if (json.size() > opts_.max_size) {
      b_.too_large(json.size(), opts_.max_size);
      return false;
    }
    text_.assign(json);
    std::size_t used = 0;
    boost::json::error_code ec;
    parse(kind, text_, used, ec);
    if (ec == boost::json::error::exponent_overflow && !b_.failed() && detail::clamp_exponents(text_, clamped_))
      parse(kind, clamped_, used, ec);
    if (b_.failed()) return false;
    if (ec) {
      b_.malformed(detail::from_boost(ec), used, "invalid JSON: " + ec.message());
      return false;
    }
    if (used < text_.size()) {
      // Boost stops after the first complete value; the locator decides what
      // the rest is (trailing content, or a root `01` or `truex` that SPEC.md
      // reads as one malformed value).
      b_.malformed(error_code::trailing_content, used, "unexpected content after the root value");
      return false;
    }
    if (!b_.ok()) return false;
    b_.finish();
    return true;
  }

  // One pass of Boost over `buffer` (the input or its clamped copy). Boost
  // stops after the root value and the white space after it: `used` is then
  // where trailing content would start.
  void parse(detail::doc_kind kind, std::string_view buffer, std::size_t& used, boost::json::error_code& ec) {
    b_.reset(opts_, kind, text_);
    arena_.clear();
    parser_->reset();
    parser_->handler().start(b_, arena_, text_, buffer);
    ec = {};
    used = parser_->write_some(false, buffer.data(), buffer.size(), ec);
  }

  bool decode_value(const boost::json::value& v, detail::doc_kind kind) {
    b_.reset(opts_, kind, std::string_view());
    text_.clear();
    detail::write_dom(v, text_, 1, b_.max_depth());
    b_.reset(opts_, kind, text_);
    arena_.clear();
    detail::boost_value_walker(b_, arena_, text_).walk(v);
    if (!b_.ok()) return false;
    b_.finish();
    return true;
  }

  std::unique_ptr<parser_type> parser_;
  std::string text_;    // the input, or the DOM as text; what offsets refer to
  std::string clamped_; // text_ with clamped exponents, when Boost needs it
  detail::string_arena arena_;
};

// ---- Boost.JSON conversions ----------------------------------------------------
//
// boost::json::value_to<flowrun::owned<flowrun::workflow_run>>(jv) (also
// owned<run_page>, owned<log_list>) decodes a DOM in compatible, fail-fast mode
// (use boost_decoder for other options): it throws bad_result_access, a
// std::system_error in flowrun's category; try_value_to returns the
// error_code. Only owning types: a plain workflow_run views into storage, and
// Boost 1.81 has no conversion context that could own it (contextual
// conversions came later), so value_to<workflow_run> does not compile.
// value_from writes the SPEC.md object back: raw fields as values (see
// detail::parse_raw for their numbers), timestamps and ids as spelled. A raw
// number past the double range (1e400) becomes an infinity, which
// boost::json::serialize writes as `Infinity`, not JSON; value_to and
// boost_decoder read it back as 1e99999.

namespace detail {

template <class T>
concept ownable = std::same_as<T, workflow_run> || std::same_as<T, run_page> || std::same_as<T, log_list>;

template <class T> result<T> decode_dom(boost_decoder& d, const boost::json::value& jv) {
  if constexpr (std::same_as<T, workflow_run>)
    return d.decode_run(jv);
  else if constexpr (std::same_as<T, run_page>)
    return d.decode_run_page(jv);
  else
    return d.decode_logs(jv);
}

inline boost::json::value json_string(std::string_view s, const boost::json::storage_ptr& sp) {
  return boost::json::value(boost::json::string_view(s.data(), s.size()), sp);
}

template <class T, class F> boost::json::value json_optional(const std::optional<T>& o, F&& f) {
  if (!o) return nullptr;
  return f(*o);
}

} // namespace detail

template <detail::ownable T>
boost::system::result<owned<T>> tag_invoke(const boost::json::try_value_to_tag<owned<T>>&,
                                           const boost::json::value& jv) {
  boost_decoder d;
  result<T> r = detail::decode_dom<T>(d, jv);
  if (!r) return {boost::system::in_place_error, boost::system::error_code(make_error_code(r.error().code))};
  return {boost::system::in_place_value, owned<T>(*r)};
}

template <detail::ownable T>
owned<T> tag_invoke(const boost::json::value_to_tag<owned<T>>&, const boost::json::value& jv) {
  boost_decoder d;
  return owned<T>(detail::decode_dom<T>(d, jv).value());
}

inline void tag_invoke(const boost::json::value_from_tag&, boost::json::value& jv, const log_entry& l) {
  const boost::json::storage_ptr& sp = jv.storage();
  auto str = [&](std::string_view s) { return detail::json_string(s, sp); };
  boost::json::object o(sp);
  o["id"] = str(l.id.str());
  o["node_id"] = str(l.node_id);
  o["component_id"] = detail::json_optional(l.component_id, str);
  o["status"] = str(to_string(l.status));
  if (l.output) o["output"] = detail::parse_raw(l.output->text, sp);
  o["created_at"] = str(l.created_at.to_string());
  if (l.execution_id) o["execution_id"] = str(l.execution_id->str());
  jv = std::move(o);
}

inline void tag_invoke(const boost::json::value_from_tag&, boost::json::value& jv, log_list logs) {
  boost::json::array a(jv.storage());
  a.reserve(logs.size());
  for (const log_entry& l : logs) a.push_back(boost::json::value_from(l, jv.storage()));
  jv = std::move(a);
}

inline void tag_invoke(const boost::json::value_from_tag& tag, boost::json::value& jv, const workflow_run& r) {
  const boost::json::storage_ptr& sp = jv.storage();
  auto str = [&](std::string_view s) { return detail::json_string(s, sp); };
  auto time = [&](const timestamp& t) { return str(t.to_string()); };
  boost::json::object o(sp);
  o["id"] = str(r.id.str());
  o["status"] = str(to_string(r.status));
  o["error_message"] = detail::json_optional(r.error_message, str);
  o["started_at"] = time(r.started_at);
  o["completed_at"] = detail::json_optional(r.completed_at, time);
  // Whole seconds as integers (5, not Boost's 5E0); the rest as doubles.
  o["duration_in_seconds"] = detail::json_optional(r.duration_in_seconds, [&](double d) -> boost::json::value {
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
      return boost::json::value(static_cast<std::int64_t>(d), sp);
    return boost::json::value(d, sp);
  });
  if (r.has_logs) {
    boost::json::value logs(sp);
    tag_invoke(tag, logs, r.logs);
    o["logs"] = std::move(logs);
  }
  if (r.trigger_payload) o["trigger_payload"] = detail::parse_raw(r.trigger_payload->text, sp);
  if (r.created_at) o["created_at"] = time(*r.created_at);
  if (r.workflow) o["workflow"] = detail::parse_raw(r.workflow->text, sp);
  jv = std::move(o);
}

inline void tag_invoke(const boost::json::value_from_tag& tag, boost::json::value& jv, const run_page& p) {
  const boost::json::storage_ptr& sp = jv.storage();
  auto str = [&](std::string_view s) { return detail::json_string(s, sp); };
  auto integer = [&](std::int64_t v) { return boost::json::value(v, sp); };
  boost::json::array data(sp);
  for (const workflow_run& r : p.data) {
    boost::json::value v(sp);
    tag_invoke(tag, v, r);
    data.push_back(std::move(v));
  }
  boost::json::object links(sp);
  links["first"] = detail::json_optional(p.links.first, str);
  links["last"] = detail::json_optional(p.links.last, str);
  links["prev"] = detail::json_optional(p.links.prev, str);
  links["next"] = detail::json_optional(p.links.next, str);
  // `from` and `to` are nullable; the others are absent when unknown.
  boost::json::object meta(sp);
  if (p.meta.current_page) meta["current_page"] = *p.meta.current_page;
  meta["from"] = detail::json_optional(p.meta.from, integer);
  if (p.meta.last_page) meta["last_page"] = *p.meta.last_page;
  if (p.meta.path) meta["path"] = str(*p.meta.path);
  if (p.meta.per_page) meta["per_page"] = *p.meta.per_page;
  meta["to"] = detail::json_optional(p.meta.to, integer);
  if (p.meta.total) meta["total"] = *p.meta.total;
  boost::json::object o(sp);
  o["data"] = std::move(data);
  o["links"] = std::move(links);
  o["meta"] = std::move(meta);
  jv = std::move(o);
}

template <detail::ownable T>
void tag_invoke(const boost::json::value_from_tag& tag, boost::json::value& jv, const owned<T>& o) {
  tag_invoke(tag, jv, *o);
}

} // namespace flowrun

#endif
