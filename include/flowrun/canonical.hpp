// flowrun: RFC 8785 canonical JSON (the JSON Canonicalization Scheme, JCS).
//
// One JSON text in, its one canonical byte form out: members sorted by the
// UTF-16 code units of their keys at every level, numbers as ECMAScript writes
// them (shortest round trip), strings with the minimal escaping of
// JSON.stringify, no white space. What `JSON.stringify` of `JSON.parse` gives
// with sorted keys, and what people hash and sign.
//
// Standard library only (no simdjson, no Boost): usable with either decoder or
// none.
#ifndef FLOWRUN_CANONICAL_HPP
#define FLOWRUN_CANONICAL_HPP

#include <flowrun/config.hpp>

#include <flowrun/detail/limits.hpp>
#include <flowrun/detail/locate.hpp>
#include <flowrun/detail/number.hpp>
#include <flowrun/detail/text.hpp>
#include <flowrun/error.hpp>
#include <flowrun/options.hpp>
#include <flowrun/result.hpp>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(FLOWRUN_SSE2)
#include <emmintrin.h>
#elif defined(FLOWRUN_NEON)
#include <arm_neon.h>
#endif

namespace flowrun {

/// Limits of a canonicalizer. Aggregate: set what you need. The defaults are
/// decode_options' (docs/contract.md, "Limits").
///
/// Example:
///   flowrun::canonicalizer c({.max_depth = 64, .max_size = 1 << 20});
struct canonical_options {
  /// Deepest nesting of arrays and objects accepted; deeper is depth_exceeded.
  /// The root container is depth 1. Values above max_depth_limit are clamped.
  std::size_t max_depth = decode_options{}.max_depth;
  /// Largest input accepted, in bytes; larger is too_large (not read at all).
  std::size_t max_size = decode_options{}.max_size;
};

namespace detail {

/// Three-way comparison of two UTF-8 strings by their UTF-16 code units, as
/// RFC 8785 section 3.2.3 sorts keys (and as JavaScript's sort() does). UTF-8
/// byte order is code point order, which differs from UTF-16 order only
/// between U+E000-U+FFFF (lead bytes EE, EF) and the supplementary planes
/// (lead bytes F0-F4; in UTF-16 they start with a surrogate D800-DBFF, so
/// they sort first). Both strings must be valid UTF-8.
inline int compare_utf16(std::string_view a, std::string_view b) noexcept {
  const std::size_t n = std::min(a.size(), b.size());
  std::size_t i = 0;
  while (i < n && a[i] == b[i]) ++i;
  if (i == n) return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
  // Equal prefixes of valid UTF-8: both bytes start a character, or both are
  // continuation bytes of characters with the same lead byte.
  const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
  if (x >= 0xEE && y >= 0xEE && (x >= 0xF0) != (y >= 0xF0)) return x >= 0xF0 ? -1 : 1;
  return x < y ? -1 : 1;
}

/// The first 8 bytes of a UTF-8 key as a number whose order is the order of
/// compare_utf16 when two prefixes differ: bytes in big-endian order, 0 past
/// the end (the least byte, so a key sorts after its prefixes), and the lead
/// bytes EE and EF (U+E000-U+FFFF) moved past F0-F4 (the supplementary
/// planes, which UTF-16 writes with surrogates D800-DBFF). Equal prefixes say
/// nothing: compare the keys.
inline std::uint64_t utf16_order_prefix(std::string_view key) noexcept {
  std::uint64_t v = 0;
  for (std::size_t k = 0; k < 8; ++k) {
    std::uint64_t b = k < key.size() ? static_cast<unsigned char>(key[k]) : 0;
    if (b == 0xEE || b == 0xEF) b += 0xF8 - 0xEE; // F8, F9: above any lead byte UTF-8 has
    v = (v << 8) | b;
  }
  return v;
}

/// Appends `d` (finite) as ECMAScript's Number::toString writes it (RFC 8785
/// section 3.2.2.3): the shortest digits that read back as `d`, in fixed
/// notation when 1e-7 <= |d| < 1e21 (`0.000001`, `123.5`,
/// `295147905179352830000`), otherwise with an exponent (`1e-7`, `1e+21`,
/// `5e-324`); integers without a fraction; -0 as `0`. Writes at most 25 bytes
/// to `out` (32 are enough) and returns the end.
inline char* write_ecmascript_number(char* out, double d) noexcept {
  if (d == 0) { // +0 and -0
    *out++ = '0';
    return out;
  }
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  // buf: -?D(.D+)?e[+-]DD+, the shortest digits that round-trip.
  const char* p = buf;
  if (*p == '-') {
    *out++ = '-';
    ++p;
  }
  char digits[20];
  int k = 0;
  for (; *p != 'e'; ++p)
    if (*p != '.') digits[k++] = *p;
  ++p; // 'e'
  const bool eneg = *p == '-';
  ++p;
  int e = 0;
  for (; p < r.ptr; ++p) e = e * 10 + (*p - '0');
  if (eneg) e = -e;
  const int n = e + 1; // value = 0.digits x 10^n
  const auto copy = [&](const char* from, int count) {
    for (int i = 0; i < count; ++i) *out++ = from[i];
  };
  const auto zeros = [&](int count) {
    for (int i = 0; i < count; ++i) *out++ = '0';
  };
  if (k <= n && n <= 21) {
    copy(digits, k);
    zeros(n - k);
  } else if (0 < n && n <= 21) {
    copy(digits, n);
    *out++ = '.';
    copy(digits + n, k - n);
  } else if (-6 < n && n <= 0) {
    *out++ = '0';
    *out++ = '.';
    zeros(-n);
    copy(digits, k);
  } else {
    *out++ = digits[0];
    if (k > 1) {
      *out++ = '.';
      copy(digits + 1, k - 1);
    }
    *out++ = 'e';
    *out++ = e < 0 ? '-' : '+';
    out = std::to_chars(out, out + 4, e < 0 ? -e : e).ptr;
  }
  return out;
}

/// Where a JSON string's plain bytes end: the first byte at or after `j` (and
/// before `n`) that is a control character, '"', '\\' or not ASCII, or a
/// position near `n` (within 8 bytes) from which to go on byte by byte.
/// Sixteen bytes at a time with SSE2 or NEON when `simd` (and the target has
/// it, FLOWRUN_NO_SIMD aside), else eight at a time in a 64-bit word.
template <bool simd = true> inline std::size_t skip_plain_bytes(const char* p, std::size_t j, std::size_t n) noexcept {
#if defined(FLOWRUN_SSE2)
  if constexpr (simd) {
    constexpr std::size_t block_size = 16;
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
    while (j + block_size <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
      // Signed: bytes 0x80-0xFF are negative, so "below a space" also finds non-ASCII.
      const __m128i special =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)), _mm_cmplt_epi8(v, space));
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
    while (j + block_size <= n) {
      const uint8x16_t v = vld1q_u8(reinterpret_cast<const std::uint8_t*>(p + j));
      // Unsigned: below a space, or 0x80 and above (not ASCII).
      const uint8x16_t special = vorrq_u8(vorrq_u8(vceqq_u8(v, quote), vceqq_u8(v, backslash)),
                                          vorrq_u8(vcltq_u8(v, space), vcgeq_u8(v, ascii_end)));
      // No movemask: narrowing each 16-bit lane by 4 packs the 16 bytes into 16 nibbles.
      const std::uint64_t mask =
          vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(special), bits_per_byte)), 0);
      if (mask) return j + static_cast<std::size_t>(std::countr_zero(mask) / bits_per_byte);
      j += block_size;
    }
  }
#endif
  constexpr std::size_t word_size = 8;
  while (j + word_size <= n) {
    const std::uint64_t v = load_le64(p + j);
    // Any byte not ASCII, below 0x20, '"' or '\\'. Each term's lowest flag is
    // exact (a borrow starts only at a byte that is flagged), so the lowest of
    // all is the first such byte.
    const std::uint64_t special = (v & byte_highs) | ((v - byte_ones * 0x20) & ~v & byte_highs) |
                                  zero_bytes(v ^ (byte_ones * '"')) | zero_bytes(v ^ (byte_ones * '\\'));
    if (special != 0) return j + static_cast<std::size_t>(std::countr_zero(special) / 8);
    j += word_size;
  }
  return j;
}

} // namespace detail

/// Turns JSON texts into their RFC 8785 canonical form. Reuse one: it keeps its
/// scratch buffers, so once warmed up on documents of a given size it allocates
/// nothing (the caller's `out` aside).
///
/// The input is any bytes. It must be one JSON text under RFC 8259, read
/// strictly exactly as the decoders read it (docs/contract.md, "Well-formed
/// JSON"), and I-JSON (RFC 7493) as RFC 8785 requires:
///
/// - not well-formed: the decoders' error, with the same code, pointer,
///   offset and message (`syntax_error`, `invalid_utf8`, `depth_exceeded`,
///   `trailing_content`; `too_large` past max_size). A lone surrogate escape
///   (`"\ud800"`) is `invalid_utf8`, as everywhere in flowrun: it has no
///   UTF-8 form (JSON.stringify would write it back as `"\ud800"`; flowrun
///   refuses it).
/// - a key repeated in one object (compared after unescaping) is
///   `duplicate_key` at the second one (`/a/b/key`, offset of its quote);
/// - a number with no IEEE 754 double, i.e. too large (`1e400`, `-2e308`), is
///   `out_of_range` at its member or element (`/output/a/0`, offset of its
///   first byte). A number too small for a double becomes 0 (`1e-400` gives
///   `0`, `-1e-400` gives `0`), as JSON.parse does; one in the subnormal
///   range keeps its nearest double (`1e-310`).
///
/// Well-formedness errors win over the other two, whatever their order; among
/// those, the first in the text is reported.
///
/// The output: no white space; object members sorted by the UTF-16 code units
/// of their unescaped keys, at every level; strings unescaped then written with
/// `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t` and `\u00xx` (lowercase hex) for the
/// other controls, every other character as UTF-8 (`"\u00e9"` gives `"é"`,
/// `"\/"` gives `"/"`); numbers as ECMAScript writes the nearest double
/// (`1E30` gives `1e+30`, `4.50` gives `4.5`, `-0` gives `0`, `1e21` gives
/// `1e+21`, `0.000001` stays); `true`, `false`, `null`. Canonicalizing the output
/// again gives the same bytes.
///
/// Work is linear in the input plus n log n for sorting the members of each
/// object; nesting is kept on the heap (no recursion), so any `max_depth` runs
/// on a small thread stack.
///
/// Example:
///   flowrun::canonicalizer canon;
///   std::string out;
///   if (auto err = canon.canonicalize(R"({"b": [1E3, "\u00e9"], "a": null})", out))
///     std::cerr << to_string(err->code) << " at " << err->pointer << '\n';
///   // out == R"({"a":null,"b":[1000,"é"]})"
class canonicalizer {
public:
  canonicalizer() = default;
  explicit canonicalizer(canonical_options o) noexcept : opts_(o) {}

  const canonical_options& options() const noexcept { return opts_; }

  /// Appends the canonical form of `json` to `out` and returns nullopt; on an
  /// error returns it and leaves `out` as it was (its size; its capacity may
  /// have grown).
  std::optional<error> canonicalize(std::string_view json, std::string& out) {
    const std::size_t max_depth = detail::clamp_max_depth(opts_.max_depth);
    if (json.size() > opts_.max_size)
      return too_large_error(json.size(), opts_.max_size);
    s_ = json;
    out_ = &out;
    base_ = out.size();
    schema_found_ = false;
    locating_ = false;
    // Room for the whole output: it is never longer than the input, except for
    // numbers that grow (`1e20`), which make room for themselves (room()).
    out.resize(base_ + json.size() + 32);
    o_ = out.data() + base_;
    end_ = out.data() + out.size();
    restart();
    if (!scan(max_depth)) {
      out.resize(base_);
      detail::json_problem p = detail::locate_json_problem(json, max_depth);
      if (!p.found) { // cannot happen: the scan and the locator read the same grammar
        p.code = error_code::syntax_error;
        p.offset = std::min(fail_at_, json.size());
        p.message = "not well-formed JSON";
      }
      return with_position(error{p.code, std::move(p.pointer), p.offset, 1, 1, std::move(p.message)});
    }
    if (schema_found_) {
      // Read again, to build the error's pointer and message when it is met.
      restart();
      locating_ = true;
      schema_.reset();
      (void)scan(max_depth); // well-formed: it was just read
      locating_ = false;
      out.resize(base_);
      error e = schema_ ? std::move(*schema_) : error{schema_code_, "", schema_at_, 1, 1, "invalid JSON for RFC 8785"};
      schema_.reset();
      return with_position(std::move(e));
    }
    if (reorder_) emit();
    out.resize(base_ + rel());
    return std::nullopt;
  }

private:
  // How the output is built. The scan writes every value to `out` as it goes
  // (through a pointer into its storage, sized up front), already canonical
  // except for member order. For each object it records
  // where each member's text (`"key":value`) lies; at its `}` it sorts them.
  // Objects already in order need nothing more. If any object was out of
  // order, `emit` copies the text once more, taking the members of each
  // reordered object in sorted order: every byte is written twice at most,
  // whatever the depth, and nothing is recursive.

  // A member of an open object.
  struct member {
    std::uint64_t prefix;  // utf16_order_prefix of the key: most comparisons end there
    const char* key;       // unescaped key: in the input (plain keys), or in keys_ from close_object()
    std::size_t key_off;   // escaped keys: where in keys_ (which may move until the object closes)
    std::size_t key_len;
    std::size_t quote;     // input offset of the key's opening quote
    std::size_t begin;     // its text in out, relative to base_ (from the key's quote) ...
    std::size_t end;       // ... to just past its value
    std::size_t first_obj; // objects_.size() when it began: the objects within it come from there
    bool escaped;
  };
  // A member of a reordered object, in sorted order: just its text.
  struct span {
    std::size_t begin, end, first_obj;
  };
  // Every non-empty object, in document order (of its `{`).
  struct object_rec {
    std::size_t begin = 0, end = 0;          // its text in out, relative to base_: `{` to past `}`
    std::size_t subtree_end = 0;             // past the objects within it in objects_
    std::size_t placed_begin = 0, count = 0; // its sorted members in placed_, when reorder
    bool reorder = false;
  };
  // An open container.
  struct frame {
    std::size_t count;         // array: index of the current element
    std::size_t cur;           // object: its current member in active_
    std::size_t rec;           // object: its record in objects_
    std::size_t members_begin; // object: its first member in active_
    std::size_t keys_begin;    // object: keys_.size() when it opened
    bool object;
  };

  // The output: o_ is out's byte at base_, w_ the next byte to write, end_ the
  // end of out's current size.
  std::size_t rel() const noexcept { return static_cast<std::size_t>(w_ - o_); }
  void put(char c) noexcept { *w_++ = c; }
  void put(const char* p, std::size_t n) noexcept {
    std::memcpy(w_, p, n);
    w_ += n;
  }
  void room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - w_) >= n) return;
    const std::size_t used = rel();
    out_->resize(base_ + std::max(2 * (out_->size() - base_), used + n));
    o_ = out_->data() + base_;
    w_ = o_ + used;
    end_ = out_->data() + out_->size();
  }

  bool fail(std::size_t at) noexcept {
    fail_at_ = at;
    return false;
  }

  void skip_space() noexcept {
    while (i_ < s_.size() && detail::is_json_space(s_[i_])) ++i_;
  }

  std::string_view key_of(const member& m) const noexcept {
    return m.escaped ? std::string_view(keys_).substr(m.key_off, m.key_len) : std::string_view(m.key, m.key_len);
  }

  // The pointer of the current member or element of each of the first
  // `frames` open containers.
  std::string pointer(std::size_t frames) const {
    std::string p;
    for (std::size_t k = 0; k < frames; ++k) {
      const frame& f = stack_[k];
      if (f.object)
        detail::append_pointer_token(p, key_of(active_[f.cur]));
      else
        detail::append_pointer_token(p, std::to_string(f.count));
    }
    return p;
  }

  void restart() noexcept {
    i_ = 0;
    w_ = o_;
    stack_.clear();
    active_.clear();
    placed_.clear();
    objects_.clear();
    keys_.clear();
    reorder_ = false;
  }

  // A duplicate_key or out_of_range error at `offset`; `build(error&)` fills
  // its pointer and message. The first scan only notes where the first one in
  // the text is: building a pointer each time a nested object closed with an
  // earlier error would cost the depth each time. A second scan (locating_)
  // builds the error when it meets it again.
  template <class Build> void schema_error(error_code code, std::size_t offset, Build&& build) {
    if (locating_) {
      if (offset == schema_at_ && !schema_) {
        schema_.emplace();
        schema_->code = code;
        schema_->offset = offset;
        build(*schema_);
      }
      return;
    }
    if (schema_found_ && schema_at_ <= offset) return;
    schema_found_ = true;
    schema_at_ = offset;
    schema_code_ = code;
  }

  error with_position(error e) const noexcept {
    std::size_t line = 1, line_start = 0;
    const std::size_t end = std::min(e.offset, s_.size());
    for (std::size_t k = 0; k < end; ++k)
      if (s_[k] == '\n') {
        ++line;
        line_start = k + 1;
      }
    e.line = line;
    e.column = end - line_start + 1;
    return e;
  }

  // ---- the scan ----------------------------------------------------------------

  bool scan(std::size_t max_depth) {
    const std::size_t n = s_.size();
    for (;;) {
      // A value is expected at i_.
      skip_space();
      if (i_ >= n) return fail(i_);
      const char c = s_[i_];
      if (c == '{' || c == '[') {
        if (stack_.size() >= max_depth) return fail(i_);
        ++i_;
        skip_space();
        const bool object = c == '{';
        if (i_ < n && s_[i_] == (object ? '}' : ']')) {
          ++i_;
          put(c);
          put(object ? '}' : ']');
        } else {
          put(c);
          if (object) {
            objects_.emplace_back();
            objects_.back().begin = rel() - 1;
            stack_.push_back({0, 0, objects_.size() - 1, active_.size(), keys_.size(), true});
            if (!member_key()) return false;
          } else {
            stack_.push_back({0, 0, 0, 0, 0, false});
          }
          continue;
        }
      } else if (!scalar()) {
        return false;
      }
      // A value ended: close the containers it completes, up to the next value.
      for (;;) {
        if (stack_.empty()) {
          skip_space();
          return i_ == n || fail(i_);
        }
        skip_space();
        if (i_ >= n) return fail(i_);
        frame& f = stack_.back();
        const char d = s_[i_];
        if (d == ',') {
          ++i_;
          if (f.object) {
            active_[f.cur].end = rel();
            put(',');
            if (!member_key()) return false;
          } else {
            put(',');
            ++f.count;
          }
          break;
        }
        if (d != (f.object ? '}' : ']')) return fail(i_);
        ++i_;
        if (f.object) {
          active_[f.cur].end = rel();
          put('}');
          close_object();
        } else {
          put(']');
        }
        stack_.pop_back();
      }
    }
  }

  // A key and its ':' in the innermost open object, at i_ (after white space).
  bool member_key() {
    skip_space();
    if (i_ >= s_.size() || s_[i_] != '"') return fail(i_);
    member m{};
    m.quote = i_;
    m.begin = rel();
    m.first_obj = objects_.size();
    if (!string(&m)) return false;
    m.prefix = detail::utf16_order_prefix(key_of(m));
    skip_space();
    if (i_ >= s_.size() || s_[i_] != ':') return fail(i_);
    ++i_;
    put(':');
    active_.push_back(m);
    stack_.back().cur = active_.size() - 1;
    return true;
  }

  // The innermost open object is complete (its `}` written): sort its members.
  void close_object() {
    const frame& f = stack_.back();
    object_rec& rec = objects_[f.rec];
    rec.end = rel();
    rec.subtree_end = objects_.size();
    const auto first = active_.begin() + static_cast<std::ptrdiff_t>(f.members_begin);
    const auto last = active_.end();
    // keys_ grows no more until this object is done: point at its keys there.
    for (auto it = first; it < last; ++it)
      if (it->escaped) it->key = keys_.data() + it->key_off;
    const auto key = [](const member& m) { return std::string_view(m.key, m.key_len); };
    const auto compare = [&key](const member& a, const member& b) {
      return a.prefix != b.prefix ? (a.prefix < b.prefix ? -1 : 1) : detail::compare_utf16(key(a), key(b));
    };
    bool in_order = true;
    for (auto it = first + 1; it < last; ++it)
      if (compare(it[-1], *it) >= 0) {
        in_order = false;
        break;
      }
    if (!in_order) {
      // Equal keys end up adjacent, in document order.
      std::sort(first, last, [&compare](const member& a, const member& b) {
        const int c = compare(a, b);
        return c < 0 || (c == 0 && a.quote < b.quote);
      });
      const member* dup = nullptr; // the first repeated key in the text
      for (auto it = first + 1; it < last; ++it)
        if (key(it[-1]) == key(*it) && (it == first + 1 || key(it[-2]) != key(*it)) &&
            (!dup || it->quote < dup->quote))
          dup = &*it;
      if (dup)
        schema_error(error_code::duplicate_key, dup->quote, [&](error& e) {
          e.pointer = pointer(stack_.size() - 1);
          detail::append_pointer_token(e.pointer, key_of(*dup));
          e.message = "duplicate key " + detail::quote_for_message(key_of(*dup)) + " (each key may appear once)";
        });
      rec.reorder = true;
      rec.placed_begin = placed_.size();
      rec.count = static_cast<std::size_t>(last - first);
      for (auto it = first; it < last; ++it) placed_.push_back({it->begin, it->end, it->first_obj});
      reorder_ = true;
    }
    active_.resize(f.members_begin);
    keys_.resize(f.keys_begin);
  }

  // A value other than an object or an array, at i_.
  bool scalar() {
    switch (s_[i_]) {
    case '"': return string(nullptr);
    case 't': return literal("true");
    case 'f': return literal("false");
    case 'n': return literal("null");
    default: return number();
    }
  }

  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return fail(i_);
    put(word.data(), word.size());
    i_ += word.size();
    return true;
  }

  bool number() {
    const std::size_t n = s_.size(), start = i_;
    std::size_t j = i_;
    const bool neg = s_[j] == '-';
    if (neg) ++j;
    if (j >= n) return fail(j);
    if (s_[j] == '0') {
      ++j;
    } else if (s_[j] >= '1' && s_[j] <= '9') {
      while (j < n && detail::is_digit(s_[j])) ++j;
    } else {
      return fail(j);
    }
    const std::size_t int_end = j;
    std::size_t frac_end = j;
    if (j < n && s_[j] == '.') {
      ++j;
      if (j >= n || !detail::is_digit(s_[j])) return fail(j);
      while (j < n && detail::is_digit(s_[j])) ++j;
      frac_end = j;
    }
    bool exponent = false;
    if (j < n && (s_[j] == 'e' || s_[j] == 'E')) {
      ++j;
      if (j < n && (s_[j] == '+' || s_[j] == '-')) ++j;
      if (j >= n || !detail::is_digit(s_[j])) return fail(j);
      while (j < n && detail::is_digit(s_[j])) ++j;
      exponent = true;
    }
    i_ = j;
    const std::string_view tok = s_.substr(start, j - start);
    if (!exponent && plain_decimal(neg, start + (neg ? 1 : 0), int_end, frac_end)) return true;
    double d = 0;
    if (detail::to_double(tok, d) != detail::number_status::ok) {
      schema_error(error_code::out_of_range, start, [&](error& e) {
        e.pointer = pointer(stack_.size());
        std::string shown(tok.substr(0, 64));
        if (tok.size() > 64) shown += "...";
        e.message = "number " + shown + " is too large for a double (RFC 8785 needs an IEEE 754 double)";
      });
      return true;
    }
    room(32);
    w_ = detail::write_ecmascript_number(w_, d);
    return true;
  }

  // The fast path of number(): a number without exponent whose canonical form
  // is its own text less the fraction's trailing zeros. With at most 15
  // significant digits a decimal survives the trip through a double (DBL_DIG),
  // and no shorter one reads as the same double, so its digits are the
  // shortest; when it is also 0, or at least 1e-6 (at most 5 zeros after the
  // point) and below 1e21 (at most 21 integer digits), ECMAScript writes it in
  // fixed notation, as it is written. `first` is its first digit (after any
  // '-'), `int_end` the end of its integer part, `frac_end` the end of its
  // fraction (int_end when it has none). Appends it and returns true, or
  // returns false (nothing appended) when the slow path must decide.
  bool plain_decimal(bool neg, std::size_t first, std::size_t int_end, std::size_t frac_end) {
    const char* p = s_.data();
    std::size_t last = frac_end; // past the last character kept
    if (frac_end > int_end) {
      while (last > int_end + 1 && p[last - 1] == '0') --last;
      if (last == int_end + 1) last = int_end; // only zeros after the point: no fraction
    }
    std::size_t sig_begin = first; // the first significant digit
    if (p[first] == '0') {         // then the integer part is just "0"
      if (last == int_end) {       // the value is 0 (or -0, which is 0 too)
        put('0');
        return true;
      }
      sig_begin = int_end + 1;
      while (p[sig_begin] == '0') ++sig_begin;
      if (sig_begin - (int_end + 1) > 5) return false; // below 1e-6
    } else if (int_end - first > 21) {
      return false; // 1e21 or more
    }
    // Digits from the first significant one, the point aside (an integer's
    // trailing zeros count: a bound is enough).
    const std::size_t digits = last - sig_begin - (sig_begin < int_end && last > int_end ? 1 : 0);
    if (digits > 15) return false;
    if (neg) put('-');
    put(p + first, last - first);
    return true;
  }

  static int hex_digit(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  // The four hex digits at s_[at], or -1.
  int hex4(std::size_t at) const noexcept {
    if (at + 4 > s_.size()) return -1;
    int v = 0;
    for (std::size_t k = at; k < at + 4; ++k) {
      const int h = hex_digit(s_[k]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  }

  // The string at s_[i_] == '"', written canonically. For a key (`key` set), its
  // unescaped text is recorded too: the input bytes when it has no escape,
  // else a copy in keys_.
  bool string(member* key) {
    const char* p = s_.data();
    const std::size_t n = s_.size(), open = i_;
    std::size_t j = open + 1;
    // Fast path: no escape. The text between the quotes is already canonical.
    for (;;) {
      j = detail::skip_plain_bytes(p, j, n);
      if (j >= n) return fail(open);
      const auto c = static_cast<unsigned char>(p[j]);
      if (c == '"') {
        put(p + open, j + 1 - open);
        if (key) {
          key->key = p + open + 1;
          key->key_len = j - open - 1;
          key->escaped = false;
        }
        i_ = j + 1;
        return true;
      }
      if (c == '\\') break;
      if (c < 0x20) return fail(j);
      if (c < 0x80) {
        ++j;
        continue;
      }
      const std::size_t len = detail::utf8_sequence_length(s_, j);
      if (len == 0) return fail(j);
      j += len;
    }
    // Escapes: unescape, then escape again the canonical way.
    put(p + open, j - open);
    if (key) {
      key->key_off = keys_.size();
      key->escaped = true;
      keys_.append(p + open + 1, j - open - 1);
    }
    for (;;) {
      // A run of plain bytes.
      const std::size_t run = j;
      while (j < n) {
        j = detail::skip_plain_bytes(p, j, n);
        if (j >= n) break;
        const auto c = static_cast<unsigned char>(p[j]);
        if (c == '"' || c == '\\' || c < 0x20) break;
        if (c < 0x80) {
          ++j;
          continue;
        }
        const std::size_t len = detail::utf8_sequence_length(s_, j);
        if (len == 0) return fail(j);
        j += len;
      }
      put(p + run, j - run);
      if (key) keys_.append(p + run, j - run);
      if (j >= n) return fail(open);
      const char c = p[j];
      if (c == '"') break;
      if (c != '\\') return fail(j); // a control character
      if (j + 1 >= n) return fail(open);
      std::uint32_t cp = 0;
      switch (p[j + 1]) {
      case '"': cp = '"'; break;
      case '\\': cp = '\\'; break;
      case '/': cp = '/'; break;
      case 'b': cp = '\b'; break;
      case 'f': cp = '\f'; break;
      case 'n': cp = '\n'; break;
      case 'r': cp = '\r'; break;
      case 't': cp = '\t'; break;
      case 'u': {
        const int u = hex4(j + 2);
        if (u < 0) return fail(j);
        cp = static_cast<std::uint32_t>(u);
        if (u >= 0xDC00 && u <= 0xDFFF) return fail(j); // a low surrogate first
        if (u >= 0xD800 && u <= 0xDBFF) {
          const int low = (j + 7 < n && p[j + 6] == '\\' && p[j + 7] == 'u') ? hex4(j + 8) : -1;
          if (low < 0xDC00 || low > 0xDFFF) return fail(j); // a high surrogate alone
          cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
          j += 6;
        }
        j += 4; // the common 2 below
        break;
      }
      default: return fail(j);
      }
      j += 2;
      put_canonical(cp);
      if (key) detail::append_utf8(keys_, cp);
    }
    put('"');
    if (key) key->key_len = keys_.size() - key->key_off;
    i_ = j + 1;
    return true;
  }

  // One unescaped character, as JSON.stringify writes it. Never longer than
  // its escape in the input (at least 6 bytes for \uXXXX, 12 for a pair).
  void put_canonical(std::uint32_t cp) noexcept {
    static constexpr char hex[] = "0123456789abcdef";
    if (cp >= 0x20 && cp != '"' && cp != '\\') {
      if (cp < 0x80) {
        put(static_cast<char>(cp));
      } else if (cp < 0x800) {
        put(static_cast<char>(0xC0 | (cp >> 6)));
        put(static_cast<char>(0x80 | (cp & 0x3F)));
      } else if (cp < 0x10000) {
        put(static_cast<char>(0xE0 | (cp >> 12)));
        put(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        put(static_cast<char>(0x80 | (cp & 0x3F)));
      } else {
        put(static_cast<char>(0xF0 | (cp >> 18)));
        put(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        put(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        put(static_cast<char>(0x80 | (cp & 0x3F)));
      }
      return;
    }
    put('\\');
    switch (cp) {
    case '"': put('"'); break;
    case '\\': put('\\'); break;
    case '\b': put('b'); break;
    case '\f': put('f'); break;
    case '\n': put('n'); break;
    case '\r': put('r'); break;
    case '\t': put('t'); break;
    default:
      put("u00", 3);
      put(hex[cp >> 4]);
      put(hex[cp & 15]);
      break;
    }
  }

  // ---- the second copy, when some object was out of order ----------------------

  struct emit_frame {
    std::size_t pos, end, obj; // a range: copy out[pos, end), expanding the objects from objects_[obj]
    std::size_t rec, next;     // an object: its record, and its next member
    bool object;
  };

  void emit() {
    const std::size_t size = rel();
    tmp_.resize(size);
    char* w = tmp_.data();
    const auto copy = [&](std::size_t from, std::size_t to) {
      std::memcpy(w, o_ + from, to - from);
      w += to - from;
    };
    emit_stack_.clear();
    emit_stack_.push_back({0, size, 0, 0, 0, false});
    while (!emit_stack_.empty()) {
      emit_frame& f = emit_stack_.back();
      if (f.object) {
        const object_rec& r = objects_[f.rec];
        if (f.next == r.count) {
          *w++ = '}';
          emit_stack_.pop_back();
          continue;
        }
        *w++ = f.next == 0 ? '{' : ',';
        const span& m = placed_[r.placed_begin + f.next];
        ++f.next;
        emit_stack_.push_back({m.begin, m.end, m.first_obj, 0, 0, false}); // f is no longer valid
        continue;
      }
      // Skip the objects in order (their text is right), up to the next one to expand.
      while (f.obj < objects_.size() && objects_[f.obj].begin < f.end && !objects_[f.obj].reorder) ++f.obj;
      if (f.obj < objects_.size() && objects_[f.obj].begin < f.end) {
        const object_rec& r = objects_[f.obj];
        copy(f.pos, r.begin);
        f.pos = r.end;
        const std::size_t rec = f.obj;
        f.obj = r.subtree_end;
        emit_stack_.push_back({0, 0, 0, rec, 0, true});
        continue;
      }
      copy(f.pos, f.end);
      emit_stack_.pop_back();
    }
    // The same members and commas in another order: the same length.
    std::memcpy(o_, tmp_.data(), size);
  }

  canonical_options opts_;
  std::string_view s_;
  std::string* out_ = nullptr;
  std::size_t base_ = 0;
  char* o_ = nullptr;
  char* w_ = nullptr;
  char* end_ = nullptr;
  std::size_t i_ = 0;
  std::size_t fail_at_ = 0;
  bool reorder_ = false;
  bool schema_found_ = false; // a duplicate_key or out_of_range error was met ...
  std::size_t schema_at_ = 0; // ... the first in the text is there ...
  error_code schema_code_{};  // ... and is this
  bool locating_ = false;     // the second scan, which builds it
  std::optional<error> schema_;
  std::vector<frame> stack_;
  std::vector<member> active_;
  std::vector<span> placed_;
  std::vector<object_rec> objects_;
  std::string keys_;
  std::string tmp_;
  std::vector<emit_frame> emit_stack_;
};

/// The RFC 8785 canonical form of `json`, or the error that prevents it (see
/// canonicalizer, which this uses once: to canonicalize many documents, keep
/// a canonicalizer).
///
/// Example:
///   flowrun::result<std::string> c = flowrun::canonicalize(R"({"z":1.50,"a":[true]})");
///   assert(c && *c == R"({"a":[true],"z":1.5})");
inline result<std::string> canonicalize(std::string_view json, canonical_options o = {}) {
  canonicalizer c(o);
  std::string out;
  out.reserve(json.size());
  if (std::optional<error> e = c.canonicalize(json, out)) return std::move(*e);
  return out;
}

} // namespace flowrun

#endif
