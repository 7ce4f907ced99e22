// flowrun internals: the one reader of JSON text without the stage-1 index.
//
// RFC 8259 read strictly, byte by byte (strings sixteen bytes at a time), with
// an explicit stack: the locator (which names a malformed text's first
// problem), the RFC 8785 canonicalizer and the findings' pointer locator are
// visitors of this one walk, so they accept the same texts and report the same
// first problem, with the same code, offset, pointer and message.
#ifndef FLOWRUN_DETAIL_JSON_LEXER_HPP
#define FLOWRUN_DETAIL_JSON_LEXER_HPP

#include <flowrun/config.hpp>

#include <flowrun/detail/number.hpp>
#include <flowrun/detail/text.hpp>
#include <flowrun/detail/utf8.hpp>
#include <flowrun/error.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(FLOWRUN_SSE2)
#include <emmintrin.h>
#elif defined(FLOWRUN_NEON)
#include <arm_neon.h>
#endif

namespace flowrun::detail {

/// Where a JSON string's plain bytes end: the first byte at or after `j` (and
/// before `n`) that is a control character, '"', '\\' or not ASCII, or a
/// position near `n` (within 8 bytes) from which to go on byte by byte.
/// Sixteen bytes at a time with SSE2 or NEON when `simd` (and the target has
/// it, FLOWRUN_NO_SIMD aside), else eight at a time in a 64-bit word.
/// `trusted` (a string known to be valid): only '"' and '\\' stop it, as no
/// control character can be there and non-ASCII bytes need no check.
/// Needs j <= n. (The loops compare n - j, not j + 16 with n: GCC 12 at -O3
/// took the sum's possible wrap for a read before `p`, and warned.)
/// `store` (trusted only): every byte looked at, p[k], is stored at
/// out[k - run] too, blocks whole (out needs room for the text's bytes from
/// p[run]), and the last few, fewer than a block, are looked at one at a time:
/// so a sink that takes a string's plain bytes in place (scan_string) needs no
/// copy of them, and the bytes the block loops leave need no trip back through
/// scan_string's loop.
template <bool simd = true, bool trusted = false, bool store = false>
FLOWRUN_ALWAYS_INLINE std::size_t skip_plain_bytes(const char* p, std::size_t j, std::size_t n, char* out = nullptr,
                                                   std::size_t run = 0) noexcept {
  static_assert(trusted || !store, "only a trusted string's bytes are stored as they are looked at");
#if defined(__GNUC__)
  if (j > n) __builtin_unreachable();
#endif
#if defined(FLOWRUN_SSE2)
  if constexpr (simd) {
    constexpr std::size_t block_size = 16;
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
    while (n - j >= block_size) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
      if constexpr (store) _mm_storeu_si128(reinterpret_cast<__m128i*>(out + (j - run)), v);
      // Signed: bytes 0x80-0xFF are negative, so "below a space" also finds non-ASCII.
      __m128i special = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash));
      if constexpr (!trusted) special = _mm_or_si128(special, _mm_cmplt_epi8(v, space));
      if (const int mask = _mm_movemask_epi8(special))
        return j + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
      j += block_size;
    }
  }
#elif defined(FLOWRUN_NEON)
  if constexpr (simd) {
    constexpr std::size_t block_size = 16;
    constexpr int bits_per_byte = 4; // vshrn below leaves a nibble per byte
    const uint8x16_t quote = vdupq_n_u8('"'), backslash = vdupq_n_u8('\\'), space = vdupq_n_u8(0x20),
                     ascii_end = vdupq_n_u8(0x80);
    while (n - j >= block_size) {
      const uint8x16_t v = vld1q_u8(reinterpret_cast<const std::uint8_t*>(p + j));
      if constexpr (store) vst1q_u8(reinterpret_cast<std::uint8_t*>(out + (j - run)), v);
      // Unsigned: below a space, or 0x80 and above (not ASCII).
      uint8x16_t special = vorrq_u8(vceqq_u8(v, quote), vceqq_u8(v, backslash));
      if constexpr (!trusted) special = vorrq_u8(special, vorrq_u8(vcltq_u8(v, space), vcgeq_u8(v, ascii_end)));
      // No movemask: narrowing each 16-bit lane by 4 packs the 16 bytes into 16 nibbles.
      const std::uint64_t mask =
          vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(special), bits_per_byte)), 0);
      if (mask) return j + static_cast<std::size_t>(std::countr_zero(mask) / bits_per_byte);
      j += block_size;
    }
  }
#endif
  constexpr std::size_t word_size = 8;
#if defined(FLOWRUN_SSE2) || defined(FLOWRUN_NEON)
  // Stored, the last bytes after the blocks are quicker one at a time.
  constexpr bool words = !(simd && store);
#else
  constexpr bool words = true;
#endif
  while (words && n - j >= word_size) {
    const std::uint64_t v = load_le64(p + j);
    if constexpr (store) std::memcpy(out + (j - run), p + j, word_size); // the bytes, not v: big-endian too
    // Any byte not ASCII, below 0x20, '"' or '\\'. Each term's lowest flag is
    // exact (a borrow starts only at a byte that is flagged), so the lowest of
    // all is the first such byte.
    std::uint64_t special = zero_bytes(v ^ (byte_ones * '"')) | zero_bytes(v ^ (byte_ones * '\\'));
    if constexpr (!trusted) special |= (v & byte_highs) | ((v - byte_ones * 0x20) & ~v & byte_highs);
    if (special != 0) return j + static_cast<std::size_t>(std::countr_zero(special) / 8);
    j += word_size;
  }
  if constexpr (store) {
    for (; j < n; ++j) {
      const char c = p[j];
      out[j - run] = c;
      if (c == '"' || c == '\\') break;
    }
  }
  return j;
}

/// The run of plain bytes p[run, j) to a sink: stored already when it takes them in
/// place (skip_plain_bytes<..., store>), else copied now.
template <bool in_place, class Sink>
FLOWRUN_ALWAYS_INLINE void plain_run(Sink& sink, const char* p, std::size_t run, std::size_t j) {
  if constexpr (in_place)
    sink.plain_stored(j - run);
  else
    sink.plain(p + run, j - run);
}

/// How a string reads: on success `at` is just past its closing quote and
/// `problem` is null; otherwise `at`, `code` and `problem` name the failure.
struct string_scan {
  std::size_t at;
  error_code code;
  const char* problem;
};

/// The string at s[open] == '"'. Its text goes to `sink` as it is read:
/// sink.plain(p, n) for each run of bytes that stand for themselves (valid
/// UTF-8, no escape), sink.escaped(cp, at) for each escape (`at` its
/// backslash; a surrogate pair is one code point). `trusted` (a string known to
/// be valid): its bytes are not checked, only its escapes read.
template <bool trusted = false, class Sink>
FLOWRUN_ALWAYS_INLINE string_scan scan_string(std::string_view s, std::size_t open, Sink& sink) {
  const char* p = s.data();
  const std::size_t n = s.size();
  std::size_t j = open + 1, run = j;
  // A sink that takes plain bytes in place (sink.plain_out(): where p[run] goes) is
  // given them as they are looked at, and only counts them (plain_stored).
  constexpr bool in_place = trusted && requires { sink.plain_out(); };
  for (;;) {
    if constexpr (in_place)
      j = skip_plain_bytes<true, true, true>(p, j, n, sink.plain_out(), run);
    else
      j = skip_plain_bytes<true, trusted>(p, j, n);
    if (j >= n) break;
    const auto c = static_cast<unsigned char>(p[j]);
    if (c == '"') {
      plain_run<in_place>(sink, p, run, j);
      return {j + 1, error_code::syntax_error, nullptr};
    }
    if (c == '\\') {
      plain_run<in_place>(sink, p, run, j);
      if (j + 1 >= n) break;
      if (const int e = simple_escape(p[j + 1]); e >= 0) {
        sink.escaped(static_cast<std::uint32_t>(e), j);
        j += 2;
      } else if (p[j + 1] != 'u') {
        return {j, error_code::syntax_error, "invalid escape in a string"};
      } else {
        const u_escape u = read_u_escape(s, j);
        if (u.status == u_escape_status::bad_hex)
          return {j, error_code::syntax_error, "invalid \\u escape: expected four hex digits"};
        if (u.status == u_escape_status::lone_surrogate)
          return {j, error_code::invalid_utf8, "unpaired UTF-16 surrogate escape in a string"};
        sink.escaped(u.code_point, j);
        j += u.length;
      }
      run = j;
      continue;
    }
    if constexpr (trusted) { // a byte of the last few, which skip_plain_bytes leaves to this loop
      ++j;
      continue;
    }
    if (c < 0x20) return {j, error_code::syntax_error, "control character in a string must be escaped"};
    if (c < 0x80) {
      ++j;
      continue;
    }
    const std::size_t len = utf8_sequence_length(s, j);
    if (len == 0) return {j, error_code::invalid_utf8, "invalid UTF-8 byte sequence"};
    j += len;
  }
  return {open, error_code::syntax_error, "string is not closed"};
}

/// The first well-formedness problem of a text.
struct json_problem {
  bool found = false;
  error_code code = error_code::syntax_error;
  std::size_t offset = 0;
  std::string pointer;
  std::string message;
};

/// The kinds of the open containers, a bit each: the stack of a walk that
/// builds no pointer, so that any depth costs an eighth of its bytes at most.
class container_bits {
public:
  void clear() noexcept { n_ = 0; }
  std::size_t size() const noexcept { return n_; }
  bool empty() const noexcept { return n_ == 0; }
  FLOWRUN_ALWAYS_INLINE void push(bool object) {
    if (n_ / 64 >= words_.size()) [[unlikely]]
      grow();
    const std::uint64_t bit = std::uint64_t{1} << (n_ % 64);
    std::uint64_t& w = words_[n_ / 64];
    w = object ? (w | bit) : (w & ~bit);
    ++n_;
  }
  bool top_object() const noexcept { return (words_[(n_ - 1) / 64] >> ((n_ - 1) % 64)) & 1; }
  void pop() noexcept { --n_; }

private:
  void grow() { words_.push_back(0); }
  std::vector<std::uint64_t> words_;
  std::size_t n_ = 0;
};

/// A visitor that wants nothing but the verdict (the locator's).
struct json_null_visitor {
  void value(std::size_t) noexcept {}
  void open(bool) noexcept {}
  void empty(bool) noexcept {}
  void close(bool) noexcept {}
  void comma(bool) noexcept {}
  void begin_string(bool, std::size_t) noexcept {}
  void plain(const char*, std::size_t) noexcept {}
  void escaped(std::uint32_t, std::size_t) noexcept {}
  void end_string(bool) noexcept {}
  void colon() noexcept {}
  void literal(std::string_view) noexcept {}
  void number(const number_scan&, std::size_t) noexcept {}
};

/// The walk: one JSON text, its tokens handed to a visitor in order, or its
/// first problem. The visitor's hooks (see json_null_visitor):
///   value(at)               a value starts at `at` (before any other hook of it)
///   open(object)            '{' or '[' of a container that is not empty
///   empty(object)           "{}" or "[]" (white space inside allowed)
///   comma(object) / close(object)   ',' and the closing '}' or ']'
///   begin_string(key, open), plain, escaped, end_string(key)   a string
///   colon()                 the ':' after a key
///   literal(word), number(scan, start)
///
/// With `pointers`, a problem's JSON Pointer is built (from a stack of a word
/// or two per open container); without, its pointer is empty and the stack is
/// a bit per open container.
///
/// With `trusted`, the text is known to be valid JSON (a value a decoder
/// checked): the walk hands the visitor the same tokens but checks no more
/// than it needs to find them (no UTF-8 or control bytes in strings, no depth
/// limit, literals and the bytes between tokens taken as they must be). On a
/// text that is not valid it still ends, within the text, with or without a
/// problem; what it handed the visitor is then meaningless.
template <bool pointers, bool trusted = false> class basic_json_lexer {
public:
  basic_json_lexer() = default;
  basic_json_lexer(std::string_view s, std::size_t max_depth) noexcept : s_(s), max_depth_(max_depth) {}

  /// Another text, keeping the stack's room (for a reader of many).
  void reset(std::string_view s, std::size_t max_depth) noexcept {
    s_ = s;
    max_depth_ = max_depth;
  }

  /// Walks the whole text. False on its first problem, then in problem().
  /// Inlined, with values(), into its caller: a visitor on the caller's stack frame
  /// then keeps its state in registers (see rfc8785_scan's visitor).
  template <class Visitor> FLOWRUN_ALWAYS_INLINE bool walk(Visitor& v) {
    i_ = 0;
    stack_.clear();
    bits_.clear();
    // No problem yet (in place: a new json_problem would cost two strings each time).
    p_.found = false;
    p_.code = error_code::syntax_error;
    p_.offset = 0;
    p_.pointer.clear();
    p_.message.clear();
    skip_space();
    if (i_ >= s_.size()) return fail(error_code::syntax_error, i_, "empty input: expected a JSON value");
    if (!values(v)) return false;
    skip_space();
    if (i_ < s_.size()) return fail(error_code::trailing_content, i_, "unexpected content after the root value");
    return true;
  }

  const json_problem& problem() const noexcept { return p_; }
  json_problem& problem() noexcept { return p_; }

private:
  // One open container. Only what rebuilds the pointer at a failure is kept
  // (keys are unescaped then, not on the way). For an object, `at` is the
  // offset of the current key's opening quote, or no_key while a key is read:
  // a problem in a key is reported at the object; after it, at the member.
  // For an array, `at` is the index of the current element.
  struct frame {
    std::size_t at;
    bool object;
  };
  static constexpr std::size_t no_key = static_cast<std::size_t>(-1);
  static constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

  struct key_text {
    std::string* out;
    void plain(const char* p, std::size_t n) { out->append(p, n); }
    void escaped(std::uint32_t cp, std::size_t) { append_utf8(*out, cp); }
  };

  bool fail(error_code c, std::size_t at, std::string msg) {
    p_.found = true;
    p_.code = c;
    p_.offset = at;
    p_.message = std::move(msg);
    p_.pointer.clear();
    std::string key;
    if constexpr (pointers)
      for (const frame& f : stack_) {
        if (!f.object) {
          append_pointer_token(p_.pointer, std::to_string(f.at));
        } else if (f.at != no_key) {
          key.clear();
          key_text sink{&key};
          scan_string(s_, f.at, sink); // read once already: it is a valid string
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
  static std::string hex2(unsigned char c) {
    static constexpr char h[] = "0123456789abcdef";
    return {h[c >> 4], h[c & 15]};
  }

  FLOWRUN_ALWAYS_INLINE void skip_space() noexcept { skip_space(s_, i_); }
  // skip_space where trusted text (a decoder's raw value) seldom has any.
  static FLOWRUN_ALWAYS_INLINE void skip_rare_space(std::string_view s, std::size_t& i) noexcept {
    if constexpr (trusted) {
      if (i < s.size() && static_cast<unsigned char>(s[i]) <= ' ') [[unlikely]]
        skip_space(s, i);
    } else {
      skip_space(s, i);
    }
  }
  static FLOWRUN_ALWAYS_INLINE void skip_space(std::string_view s, std::size_t& i) noexcept {
    // Most tokens follow one another with no space: one test then.
    while (i < s.size() && static_cast<unsigned char>(s[i]) <= ' ' && is_json_space(s[i])) ++i;
  }
  // A problem at i: the cursor goes back to the member for the message.
  bool unexpected_at(std::size_t i, const char* expected) {
    i_ = i;
    return unexpected(expected);
  }

  // The root value and everything in it: a deep text costs heap linear in its
  // depth, never call stack. The text and the cursor are locals of the walk (s, i),
  // passed to its parts: a visitor's byte stores, which may alias anything, then do
  // not make the walk read them again from memory.
  template <class Visitor> FLOWRUN_ALWAYS_INLINE bool values(Visitor& v) {
    const std::string_view s = s_;
    std::size_t i = i_;
    // The depth and the kind of the innermost container, as locals too (the stack is
    // read at a close only).
    std::size_t open_containers = depth();
    bool in_object = open_containers != 0 && top_object();
    const bool unbounded_numbers = !s.empty() && !is_number_byte(s.back()); // see number()
    for (;;) {
      // A value is expected at i. Trusted text (a decoder's raw value seldom has white
      // space) is tested for it once, with the value's first byte.
      if constexpr (!trusted) skip_space(s, i);
      if (i >= s.size()) return unexpected_at(i, "a value");
      if (trusted && static_cast<unsigned char>(s[i]) <= ' ') [[unlikely]] {
        skip_space(s, i);
        if (i >= s.size() || static_cast<unsigned char>(s[i]) <= ' ') return unexpected_at(i, "a value");
      }
      v.value(i);
      const char c = s[i];
      if (c == '{' || c == '[') {
        // Its depth is stack_.size() + 1 (the root is depth 1), checked before entering.
        if (!trusted && open_containers >= max_depth_)
          return fail(error_code::depth_exceeded, i, "nesting deeper than the limit of " + std::to_string(max_depth_));
        const bool object = c == '{';
        ++i;
        skip_rare_space(s, i);
        if (i >= s.size() || s[i] != (object ? '}' : ']')) {
          v.open(object);
          push(object);
          ++open_containers;
          in_object = object;
          if (object && !key(v, s, i)) return false;
          continue;
        }
        ++i; // empty: a complete value
        v.empty(object);
      } else if (!scalar(v, s, i, unbounded_numbers)) {
        return false;
      }
      // A value ended: close the containers it completes, up to the next value.
      for (;;) {
        if (open_containers == 0) {
          i_ = i;
          return true;
        }
        // Trusted text: white space is looked for only when neither a comma nor the
        // closing bracket is there (a value a decoder kept seldom has any).
        if constexpr (!trusted) skip_space(s, i);
        const bool object = in_object;
      after_space:
        if (i < s.size() && s[i] == ',') {
          ++i;
          v.comma(object);
          if (!object)
            next_element();
          else if (!key(v, s, i))
            return false;
          break;
        }
        if (i < s.size() && s[i] == (object ? '}' : ']')) {
          ++i;
          pop();
          --open_containers;
          in_object = open_containers != 0 && top_object();
          v.close(object);
          continue;
        }
        if (trusted && i < s.size() && is_json_space(s[i])) [[unlikely]] {
          skip_space(s, i);
          goto after_space;
        }
        return unexpected_at(i, object ? "',' or '}' after an object member" : "',' or ']' after an array element");
      }
    }
  }

  // A key and its ':' in the innermost object, at i.
  template <class Visitor> FLOWRUN_ALWAYS_INLINE bool key(Visitor& v, std::string_view s, std::size_t& i) {
    set_key(no_key);
    skip_rare_space(s, i);
    if (i >= s.size() || (!trusted && s[i] != '"')) return unexpected_at(i, "a key string");
    const std::size_t open = i;
    if (!string(v, s, i, true)) return false;
    set_key(open);
    skip_rare_space(s, i);
    if (i >= s.size() || (!trusted && s[i] != ':')) return unexpected_at(i, "':' after a key");
    ++i;
    v.colon();
    return true;
  }

  // A value other than an object or an array, at s[i].
  template <class Visitor>
  FLOWRUN_ALWAYS_INLINE bool scalar(Visitor& v, std::string_view s, std::size_t& i, bool unbounded_numbers) {
    switch (s[i]) {
    case '"': return string(v, s, i, false);
    case 't': return literal(v, s, i, "true");
    case 'f': return literal(v, s, i, "false");
    case 'n': return literal(v, s, i, "null");
    default:
      if (s[i] == '-' || is_digit(s[i])) return number(v, s, i, unbounded_numbers);
      return unexpected_at(i, "a value");
    }
  }

  // A string at s[i] == '"'.
  template <class Visitor>
  FLOWRUN_ALWAYS_INLINE bool string(Visitor& v, std::string_view s, std::size_t& i, bool key) {
    v.begin_string(key, i);
    const string_scan r = scan_string<trusted>(s, i, v);
    if (r.problem) return fail(r.code, r.at, r.problem);
    i = r.at;
    v.end_string(key);
    return true;
  }

  template <class Visitor>
  FLOWRUN_ALWAYS_INLINE bool literal(Visitor& v, std::string_view s, std::size_t& i, std::string_view word) {
    if (trusted ? s.size() - i < word.size() : s.substr(i, word.size()) != word)
      return fail(error_code::syntax_error, i, "invalid literal, expected " + std::string(word));
    i += word.size(); // what follows is the container's (or the root's) business, as after a number
    v.literal(word);
    return true;
  }

  template <class Visitor>
  FLOWRUN_ALWAYS_INLINE bool number(Visitor& v, std::string_view s, std::size_t& i, bool unbounded) {
    // Most texts end in a bracket, which stops every number before the end.
    const number_scan r = unbounded ? scan_number<false, true>(s, i) : scan_number(s, i);
    if (!r.ok) {
      std::size_t end = i;
      while (end < s.size() && is_number_byte(s[end])) ++end;
      return fail(error_code::syntax_error, i, "invalid number " + quote_for_message(s.substr(i, end - i)));
    }
    const std::size_t start = i;
    i = r.end;
    v.number(r, start);
    return true;
  }

  std::string_view s_;
  std::size_t max_depth_ = 0;
  std::size_t i_ = 0;
  // The open containers, outermost first: with pointers, frames; else bits.
  std::vector<frame> stack_;
  container_bits bits_;

  std::size_t depth() const noexcept {
    if constexpr (pointers)
      return stack_.size();
    else
      return bits_.size();
  }
  void push(bool object) {
    if constexpr (pointers)
      stack_.push_back({object ? no_key : 0, object});
    else
      bits_.push(object);
  }
  bool top_object() const noexcept {
    if constexpr (pointers)
      return stack_.back().object;
    else
      return bits_.top_object();
  }
  void pop() noexcept {
    if constexpr (pointers)
      stack_.pop_back();
    else
      bits_.pop();
  }
  void next_element() noexcept {
    if constexpr (pointers) ++stack_.back().at;
  }
  void set_key(std::size_t at) noexcept {
    if constexpr (pointers) stack_.back().at = at;
  }
  json_problem p_;
};

/// The walk that names its problem's pointer (the locator's, the RFC 8785 scan's).
using json_lexer = basic_json_lexer<true>;
/// The walk that does not: for text already accepted, at any depth (the
/// findings' pointer locator).
using json_lexer_without_pointers = basic_json_lexer<false>;
/// The walk of a text known to be valid (see basic_json_lexer's `trusted`).
using json_lexer_trusted = basic_json_lexer<false, true>;

} // namespace flowrun::detail

#endif
