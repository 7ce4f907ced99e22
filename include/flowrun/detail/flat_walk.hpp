// flowrun internals: the simdjson path's walk over simdjson's stage-1 index.
//
// simdjson's stage 1 validates UTF-8, finds every string (rejecting unclosed
// ones and unescaped control characters) and lists the offset of every
// structural token: brackets, colons, commas, the opening quote of each string
// and the first byte of each other scalar. One walk over that list,
// walk_value (simdjson's stage 2 is the model: one walk, the tape builder
// plugged in), checks the rest of the grammar once: brackets, commas, colons,
// keys, atoms, numbers' token rules (one function per rule, above it), depth
// and trailing content. It is iterative, the nesting on the heap, and
// templated on a visitor that takes the tokens:
//
// - fast_walk applies the contract with its dispatch fused in: known keys
//   found by code for the row the contract lists next (else by a perfect
//   hash), their duplicates by a bitmask, typed values converted where they
//   stand, raw spans taken from the index. It builds nothing that only errors
//   need, and gives up on the first problem.
// - raw_check validates raw JSON (the node `output`, unknown members' values):
//   the same walk_value, out of line, with a visitor that keeps only keys.
// - event_walk feeds the builder one event per token, with offsets, when the
//   fast walk gave up: the builder then finds the errors, exactly as it does
//   for the Boost.JSON path.
//
// The interface used (internal::dom_parser_implementation: stage1 and
// parse_string) is simdjson's implementation interface, not its public API:
// detail/simdjson_compat.hpp adapts to each simdjson version flowrun supports.
#ifndef FLOWRUN_DETAIL_FLAT_WALK_HPP
#define FLOWRUN_DETAIL_FLAT_WALK_HPP

#include <flowrun/detail/builder.hpp>
#include <flowrun/detail/contract.hpp>
#include <flowrun/detail/key_index.hpp>
#include <flowrun/detail/limits.hpp>
#include <flowrun/detail/number.hpp>
#include <flowrun/detail/simdjson_compat.hpp>
#include <flowrun/detail/text.hpp>
#include <flowrun/detail/utf8.hpp>
#include <flowrun/detail/values.hpp>
#include <flowrun/document.hpp>
#include <flowrun/options.hpp>

#if defined(FLOWRUN_SSE2)
#include <emmintrin.h>
#elif defined(FLOWRUN_NEON)
#include <arm_neon.h>
#endif

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace flowrun::detail {

/// What may follow a scalar token: white space, or a byte that ends it.
inline constexpr std::array<bool, 256> ends_scalar = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : std::string_view(" \t\n\r,:]}[{")) t[c] = true;
  return t;
}();

/// Index of the first backslash among the `n` bytes at `p`, or n. Reads
/// whole blocks, up to 15 bytes past the end: only for padded buffers.
FLOWRUN_ALWAYS_INLINE std::size_t find_backslash(const std::uint8_t* p, std::size_t n) noexcept {
#if defined(FLOWRUN_SSE2)
  constexpr std::size_t block_size = 16;
  const __m128i backslashes = _mm_set1_epi8('\\');
  const auto hits_at = [&](std::size_t at) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, backslashes)));
  };
  std::size_t at = 0;
  for (; n - at >= block_size; at += block_size)
    if (const std::uint32_t hits = hits_at(at)) return at + static_cast<std::size_t>(std::countr_zero(hits));
  // The last 0 to 15 bytes (most strings have no more): one block, its bytes past n masked off.
  const std::uint32_t hits = hits_at(at) & ((std::uint32_t{1} << (n - at)) - 1);
  return hits ? at + static_cast<std::size_t>(std::countr_zero(hits)) : n;
#elif defined(FLOWRUN_NEON)
  constexpr std::size_t block_size = 16;
  constexpr int bits_per_byte = 4; // vshrn below leaves a nibble per byte
  const uint8x16_t backslashes = vdupq_n_u8('\\');
  for (std::size_t at = 0; at < n; at += block_size) {
    const uint8x16_t eq = vceqq_u8(vld1q_u8(p + at), backslashes);
    // NEON has no movemask: narrowing each 16-bit lane by 4 packs the 16
    // compare bytes into 16 nibbles of one 64-bit word.
    std::uint64_t hits = vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(eq), bits_per_byte)), 0);
    if (n - at < block_size) hits &= (std::uint64_t{1} << (bits_per_byte * (n - at))) - 1;
    if (hits) return at + static_cast<std::size_t>(std::countr_zero(hits) / bits_per_byte);
  }
  return n;
#else
  // The C library's memchr, not 64-bit words: faster on x86-64 with glibc
  // (bench/decode_bench, FLOWRUN_NO_SIMD), and vectorized on most targets.
  const void* hit = std::memchr(p, '\\', n);
  return hit ? static_cast<std::size_t>(static_cast<const std::uint8_t*>(hit) - p) : n;
#endif
}

/// True when a backslash is among the `n` bytes at `p` (padded buffers only).
FLOWRUN_ALWAYS_INLINE bool has_backslash(const std::uint8_t* p, std::size_t n) noexcept {
  return find_backslash(p, n) != n;
}

/// The backslashes among the 64 bytes at `p`: bit i set when p[i] is one.
/// Reads all 64: only for padded buffers.
FLOWRUN_ALWAYS_INLINE std::uint64_t backslashes_64(const std::uint8_t* p) noexcept {
#if defined(FLOWRUN_SSE2)
  const __m128i backslashes = _mm_set1_epi8('\\');
  std::uint64_t m = 0;
  for (int k = 0; k < 4; ++k) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    m |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, backslashes)))} << (16 * k);
  }
  return m;
#elif defined(FLOWRUN_NEON)
  // NEON has no movemask: each compare byte keeps its lane's bit (1 to 128),
  // and three pairwise additions gather the 64 lanes' bits into one word.
  static constexpr std::uint8_t lane_bits[16] = {1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128};
  const uint8x16_t bits = vld1q_u8(lane_bits), backslashes = vdupq_n_u8('\\');
  const auto block = [&](int k) { return vandq_u8(vceqq_u8(vld1q_u8(p + 16 * k), backslashes), bits); };
  uint8x16_t sum = vpaddq_u8(vpaddq_u8(block(0), block(1)), vpaddq_u8(block(2), block(3)));
  sum = vpaddq_u8(sum, sum);
  return vgetq_lane_u64(vreinterpretq_u64_u8(sum), 0);
#else
  std::uint64_t m = 0;
  for (unsigned i = 0; i < 64; ++i) m |= std::uint64_t{p[i] == '\\'} << i;
  return m;
#endif
}

/// valid_escapes (detail/utf8.hpp) with the fast walk's padded reads, from the
/// first backslash at p[first] (first < n): contents shorter than 64 bytes
/// (most) from one mask of their backslashes, longer ones escape by escape.
inline bool valid_escapes(const std::uint8_t* p, std::size_t n, std::size_t first) noexcept {
  if (n < 64) return valid_escapes_63(p, n, backslashes_64(p) & ((std::uint64_t{1} << n) - 1));
  return valid_escapes(p, n, first, [](const std::uint8_t* q, std::size_t m) { return find_backslash(q, m); });
}

/// One document's bytes and index: `buf[0, len)` is the text, readable for
/// SIMDJSON_PADDING bytes past it; `idx[0, n)` are the structural offsets, and
/// idx[n] == len. The padding is read only where a rule needs it readable
/// (blocks masked to the text) and at buf[len], which holds white space or
/// '\0' (decoder::read_in_place): the walk reads it as the token after the
/// last, which no rule of the grammar takes.
struct indexed_text {
  const std::uint8_t* buf = nullptr;
  std::size_t len = 0;
  const std::uint32_t* idx = nullptr;
  std::uint32_t n = 0;

  std::string_view view(std::size_t at, std::size_t count) const noexcept {
    return {reinterpret_cast<const char*>(buf) + at, count};
  }

  /// Offset of the closing quote of the string whose opening quote is token
  /// i: only white space can stand between it and the next token (anything
  /// else would be a token of its own).
  FLOWRUN_ALWAYS_INLINE std::uint32_t closing_quote(std::uint32_t i) const noexcept {
    std::uint32_t q = idx[i + 1] - 1;
    if (buf[q] == '"') [[likely]]
      return q; // mostly: the quote right there
    while (is_json_space(static_cast<char>(buf[q]))) --q;
    return q;
  }

  /// The scalar token i, without the white space after it.
  FLOWRUN_ALWAYS_INLINE std::string_view token(std::uint32_t i) const noexcept {
    std::uint32_t end = idx[i + 1];
    while (end > idx[i] && is_json_space(static_cast<char>(buf[end - 1]))) --end;
    return view(idx[i], end - idx[i]);
  }
};

// ---- token rules ----------------------------------------------------------
// Each rule is written once, for every visitor of the walk below.

static_assert(
    [] {
      for (int c = 0; c < 256; ++c)
        if (ends_scalar[static_cast<std::size_t>(c)] && is_number_byte(static_cast<char>(c))) return false;
      return true;
    }(),
    "a number byte would end a scalar: number_at relies on scalar_ends_at to refuse \"01\" and \"1.2.3\"");

/// True when a scalar token that ends at offset `end` is ended as it must be:
/// by the end of the text, white space or a structural byte. The end of the
/// text is checked first: the byte there is padding, which a caller's padded
/// text may hold anything readable in (see decoder::read_in_place).
FLOWRUN_ALWAYS_INLINE bool scalar_ends_at(const indexed_text& t, std::size_t end) noexcept {
  return end == t.len || ends_scalar[t.buf[end]];
}

/// True when the literal `lit` (true, false or null) stands at offset p, ended
/// as a scalar must be. Its bytes may be compared past the end of the text
/// (padding), never all of them: the first padding byte matches no literal's.
template <std::size_t N>
FLOWRUN_ALWAYS_INLINE bool literal_at(const indexed_text& t, std::uint32_t p, const char (&lit)[N]) noexcept {
  return std::memcmp(t.buf + p, lit, N - 1) == 0 && scalar_ends_at(t, p + N - 1);
}

/// The number token at offset p, or an empty data() when it is not one.
FLOWRUN_ALWAYS_INLINE std::string_view number_at(const indexed_text& t, std::uint32_t p) noexcept {
  // One pass: the grammar finds the end, then a scalar's end must follow (which
  // also refuses a number byte after the number: "01", "1.2.3", "1-2").
  const number_scan r = scan_number<true>(t.view(p, t.len - p), 0);
  if (!r.ok || !scalar_ends_at(t, p + r.end)) return {};
  return t.view(p, r.end);
}

/// The offset of the closing quote of the string token i, or 0 when the token
/// is not a closed string.
FLOWRUN_ALWAYS_INLINE std::uint32_t string_close(const indexed_text& t, std::uint32_t i) noexcept {
  const std::uint32_t close = t.closing_quote(i);
  return t.buf[close] == '"' && close > t.idx[i] ? close : 0;
}

/// True when the string token i is valid. Nothing is copied: for strings that
/// are validated, not kept.
FLOWRUN_ALWAYS_INLINE bool check_string(const indexed_text& t, std::uint32_t i) noexcept {
  const std::uint32_t close = string_close(t, i);
  if (!close) return false;
  const std::size_t count = close - t.idx[i] - 1;
  const std::uint8_t* const p = t.buf + t.idx[i] + 1;
  const std::size_t first = find_backslash(p, count);
  return first == count || valid_escapes(p, count, first);
}

/// read_string's unescaping of the string whose bytes start at `p`, to
/// `kept`. Out of line: most strings have no escape, and the walks keep their
/// registers (`kept` is passed by value, so that no walk's state has its
/// address taken).
FLOWRUN_NOINLINE inline std::string_view read_escaped(const std::uint8_t* p, const simdjson_compat::parser& parser,
                                                      std::uint8_t* kept) noexcept {
  std::uint8_t* end = simdjson_compat::parse_string(parser, p, kept);
  if (!end) return {};
  return {reinterpret_cast<const char*>(kept), static_cast<std::size_t>(end - kept)};
}

/// The string token i: a view of its bytes, or of its unescaped copy at `kept`
/// (moved past it) when it has escapes; an empty data() when it is not a valid
/// string. `kept` has room for the document's length plus 2 * SIMDJSON_PADDING.
FLOWRUN_ALWAYS_INLINE std::string_view read_string(const indexed_text& t, std::uint32_t i,
                                                   const simdjson_compat::parser& parser,
                                                   std::uint8_t*& kept) noexcept {
  const std::uint32_t open = t.idx[i];
  const std::uint32_t close = string_close(t, i);
  if (!close) return {};
  const std::size_t count = close - open - 1;
  if (!has_backslash(t.buf + open + 1, count)) [[likely]]
    return t.view(open + 1, count);
  const std::string_view s = read_escaped(t.buf + open + 1, parser, kept);
  if (s.data()) kept += s.size();
  return s;
}

// ---- the walk ---------------------------------------------------------------

/// What a visitor's open() tells the walk about the container at token i.
enum class walk_step : std::uint8_t {
  stop,  // a problem: the walk ends
  enter, // walk its contents, with its frame on the walk's stack
  skip,  // the visitor walked it itself (another visitor, the same walk) and moved i past it
};

/// The JSON grammar over the index, written once: the value at token i,
/// nested `depth` levels deep, with every container up to max_depth levels,
/// commas, colons, keys as strings, atoms and numbers checked here and
/// reported to `v`. Iterative: the nesting is on the visitor's heap stack
/// (frames()). Returns the token after the value, or 0 when the walk stopped.
///
/// A visitor V has `struct frame { bool is_object; ... }` and:
///   frame* frames(std::size_t n)                 room for n frames
///   walk_step open(t, std::uint32_t& i, bool object, frame* parent, frame& child)
///   bool key(t, i, frame&, std::size_t level)   (the colon is checked)
///   bool took_value()                           optional: true when key() took the value
///                                               after the colon too (a string: its rule applied)
///   bool string_value(t, i, frame* parent)      (it reads the string: read_string or check_string)
///   bool boolean(t, i, bool, frame* parent), null(t, i, frame* parent)
///   bool number(t, i, std::string_view, frame* parent)
///   bool close(t, i, frame&)                    (i: the token after the bracket)
///   void too_deep(t, i), fail(t, i, error_code, const char* what)
/// `parent` is null for the root; events return false to stop the walk.
/// The scalar token i, checked by its token rule and given to `v`; false
/// when the walk stops. For walk_value.
template <class V>
FLOWRUN_ALWAYS_INLINE bool walk_scalar(const indexed_text& t, std::uint32_t i, V& v, typename V::frame* parent) {
  const std::uint32_t p = t.idx[i];
  const std::uint8_t c = t.buf[p];
  switch (c) {
  case '"': return v.string_value(t, i, parent);
  case 't':
  case 'f':
    if (!(c == 't' ? literal_at(t, p, "true") : literal_at(t, p, "false"))) {
      v.fail(t, i, error_code::syntax_error, "invalid literal");
      return false;
    }
    return v.boolean(t, i, c == 't', parent);
  case 'n':
    if (!literal_at(t, p, "null")) {
      v.fail(t, i, error_code::syntax_error, "invalid literal");
      return false;
    }
    return v.null(t, i, parent);
  default: {
    const std::string_view num = number_at(t, p);
    if (!num.data()) {
      v.fail(t, i, error_code::syntax_error,
             c == '-' || is_digit(static_cast<char>(c)) ? "invalid number" : "unexpected token, expected a value");
      return false;
    }
    return v.number(t, i, num, parent);
  }
  }
}

template <class V>
FLOWRUN_ALWAYS_INLINE std::uint32_t walk_value(const indexed_text& t, std::uint32_t i, V& v, std::size_t depth,
                                               std::size_t max_depth) {
  using frame = typename V::frame;
  const std::uint8_t* const buf = t.buf;
  const std::uint32_t* const idx = t.idx;
  frame* const stack = v.frames(max_depth - depth + 1);
  std::size_t top = 0;     // frames open: stack[top - 1] is the innermost, depth + top levels deep
  frame* parent = nullptr; // the container of the value at i: none for the walk's root
  std::uint8_t c = buf[idx[i]];
  // The root: a scalar ends the walk. Scalars inside containers are walked
  // apart from it, so that a visitor's checks for a null parent fold away.
  if (c != '{' && c != '[') return walk_scalar(t, i, v, parent) ? i + 1 : 0;
  goto open;

value:
  c = buf[idx[i]];
  parent = &stack[top - 1];
  if (c != '{' && c != '[') {
    if (!walk_scalar(t, i, v, parent)) return 0;
    ++i;
    goto after_value;
  }

open : {
  if (depth + top >= max_depth) {
    v.too_deep(t, i);
    return 0;
  }
  const bool object = c == '{';
  frame& child = stack[top];
  const walk_step s = v.open(t, i, object, parent, child);
  if (s == walk_step::skip) {
    if (top == 0) return i;
    goto after_value;
  }
  if (s == walk_step::stop) return 0;
  child.is_object = object;
  ++top;
  ++i;
  if (buf[idx[i]] == (object ? '}' : ']')) {
    ++i;
    goto close;
  }
  if (object) goto key;
  goto value;
}

key:
  if (buf[idx[i]] != '"') {
    v.fail(t, i, error_code::syntax_error, "expected a key string");
    return 0;
  }
  if (buf[idx[i + 1]] != ':') {
    v.fail(t, i + 1, error_code::syntax_error, "expected ':' after a key");
    return 0;
  }
  if (!v.key(t, i, stack[top - 1], depth + top - 1)) return 0;
  i += 2;
  if constexpr (requires { v.took_value(); }) {
    if (v.took_value()) {
      ++i;
      goto after_value;
    }
  }
  goto value;

after_value : { // inside a container (top > 0)
  const bool object = stack[top - 1].is_object;
  const std::uint8_t c = buf[idx[i]];
  ++i;
  if (c == ',') {
    if (object) goto key;
    goto value;
  }
  if (c == (object ? '}' : ']')) goto close;
  v.fail(t, i - 1, error_code::syntax_error, "expected ',' or a closing bracket");
  return 0;
}

close:
  if (!v.close(t, i, stack[top - 1])) return 0;
  if (--top == 0) return i;
  goto after_value;
}

/// The whole document: one value, then nothing (trailing content). True when
/// the visitor took every event.
template <class V> FLOWRUN_ALWAYS_INLINE bool walk_document(const indexed_text& t, V& v, std::size_t max_depth) {
  if (t.n == 0) {
    v.fail(t, 0, error_code::syntax_error, "empty input: expected a JSON value");
    return false;
  }
  const std::uint32_t end = walk_value(t, 0, v, 0, max_depth);
  if (end == 0) return false;
  if (end != t.n) {
    v.fail(t, end, error_code::trailing_content, "unexpected content after the root value");
    return false;
  }
  return true;
}

// ---- visitors ---------------------------------------------------------------

/// Validates raw JSON (the node `output`, the values of unknown members):
/// nothing is kept but the keys, for duplicates. Reusable: it keeps its stack
/// between documents.
class raw_check {
public:
  struct frame {
    bool is_object = false;
    std::uint32_t keys_begin = 0;
  };

  /// Where a raw container ended: the token after it (0 on any problem), and
  /// where the next unescaped string goes.
  struct end {
    std::uint32_t next;
    std::uint8_t* kept;
  };

  /// The container at token i, nested `depth` levels deep; its unescaped keys
  /// go to `kept`. Out of line: the typed walk calls it for every raw value,
  /// and stays small.
  FLOWRUN_NOINLINE end walk(const indexed_text& t, std::uint32_t i, std::size_t depth, std::size_t max_depth,
                            key_index& keys, const simdjson_compat::parser& parser, std::uint8_t* kept) {
    visitor v{keys, parser, stack_, kept};
    // A copy the walk reads: nothing the visitor stores (keys) can change it,
    // so its buffer and index stay in registers.
    const indexed_text text = t;
#if defined(__GNUC__)
    if (!text.buf) __builtin_unreachable(); // so that no read string's data() is null
#endif
    const std::uint32_t next = walk_value(text, i, v, depth, max_depth);
    return {next, v.kept};
  }

private:
  // The walk's visitor, on the walk's stack frame.
  struct visitor {
    using frame = raw_check::frame;

    key_index& keys;
    const simdjson_compat::parser& parser;
    std::vector<frame>& stack;
    std::uint8_t* kept;

    frame* frames(std::size_t n) {
      if (stack.size() < n) stack.resize(n);
      return stack.data();
    }
    FLOWRUN_ALWAYS_INLINE walk_step open(const indexed_text&, std::uint32_t&, bool object, frame*, frame& child) {
      if (object) child.keys_begin = static_cast<std::uint32_t>(keys.mark());
      return walk_step::enter;
    }
    FLOWRUN_ALWAYS_INLINE bool key(const indexed_text& t, std::uint32_t i, frame& fr, std::size_t level) {
      const std::string_view k = read_string(t, i, parser, kept);
      return k.data() && keys.insert(level, fr.keys_begin, k);
    }
    FLOWRUN_ALWAYS_INLINE bool string_value(const indexed_text& t, std::uint32_t i, frame*) noexcept {
      return check_string(t, i);
    }
    static bool boolean(const indexed_text&, std::uint32_t, bool, frame*) noexcept { return true; }
    static bool null(const indexed_text&, std::uint32_t, frame*) noexcept { return true; }
    static bool number(const indexed_text&, std::uint32_t, std::string_view, frame*) noexcept { return true; }
    FLOWRUN_ALWAYS_INLINE bool close(const indexed_text&, std::uint32_t, frame& fr) noexcept {
      if (fr.is_object) keys.close(fr.keys_begin);
      return true;
    }
    static void too_deep(const indexed_text&, std::uint32_t) noexcept {}
    static void fail(const indexed_text&, std::uint32_t, error_code, const char*) noexcept {}
  };

  std::vector<frame> stack_;
};

/// The case of fast_walk's key() for row `row` of an object kind's table: an
/// object's expected row, or its row count once past its last row (no case).
constexpr unsigned expected_slot(frame_kind kind, unsigned row) noexcept {
  return static_cast<unsigned>(kind) * 16 + row;
}
// Cases for exactly the rows there are: GCC 12 made the small example 4%
// slower with a case for each of ten rows per kind, the dead ones breaking.
static_assert(std::size(run_fields) == 10 && std::size(log_fields) == 7 && std::size(page_fields) == 3 &&
                  std::size(links_fields) == 4 && std::size(meta_fields) == 7,
              "a row was added or removed: give fast_walk's key() one FLOWRUN_EXPECTED_ROW per row");

/// The fast walk: checks everything flowrun checks and applies the contract
/// with its dispatch fused in (known keys by code for the row expected next,
/// else by a perfect hash, their duplicates by a bitmask, typed values
/// converted where they stand, raw spans taken from the index, raw values
/// walked by raw_check). It builds nothing that only errors need, and gives up
/// on the first problem of any kind. Reusable: it keeps its stacks between
/// documents.
class fast_walk {
  static constexpr std::uint32_t no_target = static_cast<std::uint32_t>(-1);

public:
  /// A typed container: an object of the contract, or an array of runs or logs.
  struct frame {
    frame_kind kind = frame_kind::raw;
    bool is_object = false;
    std::uint8_t next_row = 0;        // objects: the row after the last key's, tried first for the next
    std::uint32_t seen = 0;           // objects: bit i, row i was seen
    std::uint32_t target = no_target; // the run or log being filled
    std::uint32_t keys_begin = 0;     // objects: where their keys start in the key index
    std::uint32_t aux = 0;            // log arrays: the first log of the run
  };

  /// Walks `t` as a document of kind `kind`; true when it is valid, its values
  /// then in `st`. False on any problem, with `st` and `keys` left in any
  /// state. Unescaped strings go to `strings`, which has room for len bytes
  /// plus 2 * SIMDJSON_PADDING.
  bool run(const indexed_text& t, document_kind kind, const decode_options& o, value_store& st, key_index& keys,
           std::uint8_t* strings) {
    const std::size_t max_depth = clamp_max_depth(o.max_depth);
    // The visitor lives on this stack frame, its state in registers through
    // the inlined walk (nothing takes its address).
    visitor v{*parser_, st, keys, raw_, stack_, strings, kind, o.mode == decode_mode::strict, max_depth};
    return walk_document(t, v, max_depth);
  }

  /// The implementation whose parse_string unescapes (the decoder's).
  void use(const simdjson_compat::parser* p) noexcept { parser_ = p; }

private:
  class visitor {
  public:
    using frame = fast_walk::frame;

    visitor(const simdjson_compat::parser& parser, value_store& st, key_index& keys, raw_check& raw,
            std::vector<frame>& stack, std::uint8_t* kept, document_kind kind, bool strict, std::size_t max_depth)
        : parser_(parser), st_(st), keys_(keys), raw_(raw), stack_(stack), kept_(kept), kind_(kind), strict_(strict),
          max_depth_(max_depth), required_(required_masks[strict ? 1 : 0]) {}

    frame* frames(std::size_t n) {
      if (stack_.size() < n) stack_.resize(n);
      base_ = stack_.data();
      return base_;
    }

    FLOWRUN_ALWAYS_INLINE walk_step open(const indexed_text& t, std::uint32_t& i, bool object, frame* parent,
                                         frame& child) {
      child = frame{};
      if (!parent) {                                                          // the root
        if (object != (kind_ != document_kind::logs)) return walk_step::stop; // wrong type at the root
        child.kind = kind_ == document_kind::run    ? frame_kind::run
                     : kind_ == document_kind::page ? frame_kind::page
                                                    : frame_kind::log_array;
        if (kind_ == document_kind::run) child.target = static_cast<std::uint32_t>(st_.new_run());
      } else if (!parent->is_object) { // an element of a run or log array: an object of that kind
        if (!object) return walk_step::stop;
        const bool runs = parent->kind == frame_kind::run_array;
        child.kind = runs ? frame_kind::run : frame_kind::log;
        child.target = static_cast<std::uint32_t>(runs ? st_.new_run() : st_.new_log());
      } else if (!pending_) { // the value of an unknown member: validated, and kept as written
        const std::uint32_t p = t.idx[i];
        if (!raw_container(t, i, parent)) return walk_step::stop;
        unknown(t, parent, p, t.idx[i - 1] + 1);
        return walk_step::skip;
      } else {
        switch (pending_->kind) {
        case value_kind::raw_object:
        case value_kind::raw_value: { // strict mode: an object (compatible mode takes any: see key())
          if (!object) return walk_step::stop;
          const std::uint32_t p = t.idx[i];
          if (!raw_container(t, i, parent)) return walk_step::stop;
          st_.store_raw(pending_->f, parent->target, t.view(p, t.idx[i - 1] + 1 - p));
          return walk_step::skip;
        }
        case value_kind::log_array:
          if (object) return walk_step::stop;
          child.kind = frame_kind::log_array;
          child.target = parent->target;
          child.aux = static_cast<std::uint32_t>(st_.logs.size());
          break;
        case value_kind::run_array:
          if (object) return walk_step::stop;
          child.kind = frame_kind::run_array;
          break;
        case value_kind::links_object:
          if (!object) return walk_step::stop;
          child.kind = frame_kind::links;
          break;
        case value_kind::meta_object:
          if (!object) return walk_step::stop;
          child.kind = frame_kind::meta;
          break;
        default: return walk_step::stop; // a scalar field
        }
      }
      if (object) child.keys_begin = static_cast<std::uint32_t>(keys_.mark());
      return walk_step::enter;
    }

    FLOWRUN_ALWAYS_INLINE bool key(const indexed_text& t, std::uint32_t i, frame& fr, std::size_t level) {
      // A known key is matched on its bytes as written (no known key has an
      // escape, so it needs no unescaping, nor its string's end looked for);
      // any other key is read, and looked up again if it had escapes
      // ("\u0069d" is "id").
      took_ = false;
      const std::uint8_t* const at = t.buf + t.idx[i] + 1;
      // Documents list their keys in the contract's order, so the row after
      // the previous key's is tried first, by code for that one row: the
      // key's bytes compared with constants, and its value taken with its
      // field known when compiling (no table read, no switch on the field).
      switch (expected_slot(fr.kind, fr.next_row)) {
#define FLOWRUN_EXPECTED_ROW(kind, row)                                                                                \
  case expected_slot(frame_kind::kind, row):                                                                           \
    if (key_of_row_at<frame_kind::kind, row>(at)) return take_row(t, i, fr, kind_c<frame_kind::kind>{}, row_c<row>{}); \
    break
        FLOWRUN_EXPECTED_ROW(run, 0);
        FLOWRUN_EXPECTED_ROW(run, 1);
        FLOWRUN_EXPECTED_ROW(run, 2);
        FLOWRUN_EXPECTED_ROW(run, 3);
        FLOWRUN_EXPECTED_ROW(run, 4);
        FLOWRUN_EXPECTED_ROW(run, 5);
        FLOWRUN_EXPECTED_ROW(run, 6);
        FLOWRUN_EXPECTED_ROW(run, 7);
        FLOWRUN_EXPECTED_ROW(run, 8);
        FLOWRUN_EXPECTED_ROW(run, 9);
        FLOWRUN_EXPECTED_ROW(log, 0);
        FLOWRUN_EXPECTED_ROW(log, 1);
        FLOWRUN_EXPECTED_ROW(log, 2);
        FLOWRUN_EXPECTED_ROW(log, 3);
        FLOWRUN_EXPECTED_ROW(log, 4);
        FLOWRUN_EXPECTED_ROW(log, 5);
        FLOWRUN_EXPECTED_ROW(log, 6);
        FLOWRUN_EXPECTED_ROW(page, 0);
        FLOWRUN_EXPECTED_ROW(page, 1);
        FLOWRUN_EXPECTED_ROW(page, 2);
        FLOWRUN_EXPECTED_ROW(links, 0);
        FLOWRUN_EXPECTED_ROW(links, 1);
        FLOWRUN_EXPECTED_ROW(links, 2);
        FLOWRUN_EXPECTED_ROW(links, 3);
        FLOWRUN_EXPECTED_ROW(meta, 0);
        FLOWRUN_EXPECTED_ROW(meta, 1);
        FLOWRUN_EXPECTED_ROW(meta, 2);
        FLOWRUN_EXPECTED_ROW(meta, 3);
        FLOWRUN_EXPECTED_ROW(meta, 4);
        FLOWRUN_EXPECTED_ROW(meta, 5);
        FLOWRUN_EXPECTED_ROW(meta, 6);
#undef FLOWRUN_EXPECTED_ROW
      default: break; // past the last row
      }
      int row = find_row_at(fr.kind, at);
      if (row < 0) [[unlikely]] {
        const other_key k = read_other_key(t, i, fr.kind, at, parser_, kept_);
        kept_ = k.kept;
        row = k.row;
        if (row == stop) return false;
        if (row == unknown_key) {
          if (strict_) return false; // unknown_field
          pending_ = nullptr;
          pending_raw_ = field::unknown;
          pending_key_ = k.key;
          return keys_.insert(level, fr.keys_begin, k.key);
        }
      }
      return take_row(t, i, fr, fr.kind, row);
    }

    bool took_value() const noexcept { return took_; }

    // The known key of row `row` of `kind` at token i: checked against the
    // object's keys so far, then its value taken when it is a string. Kind and
    // row are a frame_kind and an int, or (for key()'s expected row) the
    // compile-time constants kind_c and row_c, which fold this code to that row's.
    template <class Kind, class Row>
    FLOWRUN_ALWAYS_INLINE bool take_row(const indexed_text& t, std::uint32_t i, frame& fr, Kind kind, Row row) {
      const std::uint32_t bit = std::uint32_t{1} << row;
      if (fr.seen & bit) return false; // a duplicate known key
      fr.seen |= bit;
      fr.next_row = static_cast<std::uint8_t>(row + 1);
      const field_info& r = fields_of(kind)[static_cast<std::size_t>(row)];
      if (takes_any_json(r, strict_)) { // any JSON value, validated and kept as written, as an unknown member's
        pending_ = nullptr;
        pending_raw_ = r.f;
        return true;
      }
      pending_ = &r;
      // A string field's string is taken here: the walk's dispatch on the
      // value's first byte and string_value's checks are known already.
      static_assert(value_kind::node_id > value_kind::text && value_kind::text > value_kind::timestamp &&
                        value_kind::timestamp > value_kind::log_status && value_kind::duration > value_kind::node_id,
                    "the string kinds are the first seven value kinds");
      const std::uint32_t value = i + 2; // buf[idx[n]] is the padding: never a quote
      if (r.kind <= value_kind::node_id && t.buf[t.idx[value]] == '"') {
        took_ = true;
        return store_typed_string(t, value, r.f, fr.target);
      }
      return true;
    }

    FLOWRUN_ALWAYS_INLINE bool string_value(const indexed_text& t, std::uint32_t i, frame* parent) {
      if (!parent || !parent->is_object) return false; // not a document, or not an object of a run or log array
      // A string field's string was taken at its key (key()): a string here
      // is an unknown member's, or in a field that takes none (wrong_type).
      if (pending_) return false;
      if (!check_string(t, i)) return false;
      return unknown(t, parent, t.idx[i], t.closing_quote(i) + 1);
    }

    FLOWRUN_ALWAYS_INLINE bool boolean(const indexed_text& t, std::uint32_t i, bool v, frame* parent) {
      // No field is a boolean.
      if (!parent || !parent->is_object || pending_) return false;
      return unknown(t, parent, t.idx[i], t.idx[i] + (v ? 4 : 5));
    }

    FLOWRUN_ALWAYS_INLINE bool null(const indexed_text& t, std::uint32_t i, frame* parent) {
      if (!parent || !parent->is_object) return false;
      if (pending_) return pending_->nullable;
      return unknown(t, parent, t.idx[i], t.idx[i] + 4);
    }

    FLOWRUN_ALWAYS_INLINE bool number(const indexed_text& t, std::uint32_t i, std::string_view num, frame* parent) {
      if (!parent || !parent->is_object) return false;
      if (pending_) return store_number(st_, pending_->f, parent->target, num) == value_problem::none;
      return unknown(t, parent, t.idx[i], t.idx[i] + static_cast<std::uint32_t>(num.size()));
    }

    FLOWRUN_ALWAYS_INLINE bool close(const indexed_text&, std::uint32_t, frame& fr) {
      if (fr.is_object) {
        const std::uint32_t need = required_[static_cast<std::size_t>(fr.kind)];
        if ((fr.seen & need) != need) return false; // missing_field
        if (fr.kind == frame_kind::page && st_.over_per_page()) return false;
        keys_.close(fr.keys_begin);
      } else if (fr.kind == frame_kind::log_array && fr.target != no_target) {
        st_.close_logs(fr.target, fr.aux);
      }
      return true;
    }

    static void too_deep(const indexed_text&, std::uint32_t) noexcept {}
    static void fail(const indexed_text&, std::uint32_t, error_code, const char*) noexcept {}

  private:
    static constexpr int unknown_key = -1, stop = -2;

    template <frame_kind k> using kind_c = std::integral_constant<frame_kind, k>;
    template <int r> using row_c = std::integral_constant<int, r>;

    // key() for a key that is no known key as written: read (unescaped), and
    // either a known key after all (its row) or an unknown member's
    // (unknown_key), or stop; `kept` moved past what it unescaped. Out of
    // line: rare in the contract's objects, and the hot path keeps its
    // registers. Static, so that the visitor's address is never taken (Clang
    // keeps it in registers only then).
    struct other_key {
      int row;
      std::string_view key;
      std::uint8_t* kept;
    };
    FLOWRUN_NOINLINE static other_key read_other_key(const indexed_text& t, std::uint32_t i, frame_kind kind,
                                                     const std::uint8_t* at, const simdjson_compat::parser& parser,
                                                     std::uint8_t* kept) {
      const std::string_view k = read_string(t, i, parser, kept);
      if (!k.data()) return {stop, k, kept};
      if (reinterpret_cast<const std::uint8_t*>(k.data()) != at) {
        const int row = find_row_padded(kind, k);
        if (row >= 0) return {row, k, kept};
      }
      return {unknown_key, k, kept};
    }

    // The container at token i, inside `parent` (one level below it): walked
    // by raw_check, i then the token after it. False on any problem.
    bool raw_container(const indexed_text& t, std::uint32_t& i, const frame* parent) {
      const std::size_t depth = static_cast<std::size_t>(parent - base_) + 1;
      const raw_check::end e = raw_.walk(t, i, depth, max_depth_, keys_, parser_, kept_);
      i = e.next;
      kept_ = e.kept;
      return i != 0;
    }

    // Keeps [begin, end), the value of the current unknown member of `parent`,
    // or of the field that takes any JSON value (pending_raw_).
    FLOWRUN_ALWAYS_INLINE bool unknown(const indexed_text& t, const frame* parent, std::uint32_t begin,
                                       std::uint32_t end) {
      if (pending_raw_ != field::unknown)
        st_.store_raw(pending_raw_, parent->target, t.view(begin, end - begin));
      else
        st_.add_unknown(parent->kind, parent->target, pending_key_, t.view(begin, end - begin));
      return true;
    }

    // Stores the string token i as the value of field f. Ids, statuses and
    // timestamps admit no backslash, so their bytes are tried as they stand and
    // unescaped only when that fails.
    FLOWRUN_ALWAYS_INLINE bool store_typed_string(const indexed_text& t, std::uint32_t i, field f,
                                                  std::uint32_t target) {
      timestamp_errc time{};
      const value_kind k = info(f).kind;
      const bool as_written = k == value_kind::run_id || k == value_kind::log_id || k == value_kind::run_status ||
                              k == value_kind::log_status || k == value_kind::timestamp;
      std::string_view s;
      if (as_written) {
        const std::uint32_t close = string_close(t, i);
        if (!close) return false;
        s = t.view(t.idx[i] + 1, close - t.idx[i] - 1);
      } else {
        s = read_string(t, i, parser_, kept_);
        if (!s.data()) return false;
      }
      // The one call inlined here; a value with escapes is stored out of line.
      if (store_string_inline(st_, f, target, s, time) == value_problem::none) return true;
      if (!as_written) return false;
      std::uint8_t* const kept = store_escaped(t, i, f, target, s, st_, parser_, kept_);
      if (!kept) return false;
      kept_ = kept;
      return true;
    }

    // store_typed_string's rare path, out of line (each expected row has its
    // own copy of store_typed_string): an id, status or timestamp not valid
    // as written, unescaped and stored. Returns where the next unescaped
    // string goes, or null when the value is not valid. Static, so that the
    // visitor's address is never taken.
    FLOWRUN_NOINLINE static std::uint8_t* store_escaped(const indexed_text& t, std::uint32_t i, field f,
                                                        std::uint32_t target, std::string_view s, value_store& st,
                                                        const simdjson_compat::parser& parser, std::uint8_t* kept) {
      if (!has_backslash(reinterpret_cast<const std::uint8_t*>(s.data()), s.size())) return nullptr;
      timestamp_errc time{};
      const std::string_view u = read_string(t, i, parser, kept);
      if (!u.data() || store_string(st, f, target, u, time) != value_problem::none) return nullptr;
      return kept;
    }

    const simdjson_compat::parser& parser_;
    value_store& st_;
    key_index& keys_;
    raw_check& raw_;
    std::vector<frame>& stack_;
    frame* base_ = nullptr;
    std::uint8_t* kept_; // unescaped strings that values or keys view
    document_kind kind_;
    bool strict_;
    std::size_t max_depth_;
    const std::uint32_t* required_;       // required_masks of this mode, by frame kind
    const field_info* pending_ = nullptr; // the field whose value comes next; null: an unknown member's
    field pending_raw_ = field::unknown;  // with pending_ null: the field that takes any JSON value, if not unknown
    bool took_ = false;                   // key() took the value after its colon
    std::string_view pending_key_;        // the unknown member's key
  };

  std::vector<frame> stack_;
  raw_check raw_;
  const simdjson_compat::parser* parser_ = nullptr;
};

/// The slow walk's visitor: one builder event per token, with offsets,
/// stopping at the first well-formedness problem (which the builder then
/// locates exactly). For documents the fast walk gave up on.
class event_walk {
public:
  struct frame {
    bool is_object = false;
  };

  /// Feeds `t` to `b`, which was reset for it; unescaped strings go to
  /// `strings` (as for fast_walk::run).
  void run(const indexed_text& t, builder& b, const simdjson_compat::parser& parser, std::uint8_t* strings) {
    b_ = &b;
    parser_ = &parser;
    kept_ = strings;
    walk_document(t, *this, b.max_depth());
  }

  // ---- the visitor ----

  frame* frames(std::size_t n) {
    if (stack_.size() < n) stack_.resize(n);
    return stack_.data();
  }

  walk_step open(const indexed_text& t, std::uint32_t i, bool object, frame*, frame&) {
    const bool ok = object ? b_->begin_object(t.idx[i]) : b_->begin_array(t.idx[i]);
    return ok ? walk_step::enter : walk_step::stop;
  }
  bool key(const indexed_text& t, std::uint32_t i, frame&, std::size_t) {
    const std::string_view k = read_string(t, i, *parser_, kept_);
    if (!k.data()) return bad(t, i);
    return b_->key(k, t.idx[i]);
  }
  bool string_value(const indexed_text& t, std::uint32_t i, frame*) {
    const std::string_view s = read_string(t, i, *parser_, kept_);
    if (!s.data()) return bad(t, i);
    return b_->string_value(s, t.idx[i]);
  }
  bool boolean(const indexed_text& t, std::uint32_t i, bool v, frame*) { return b_->boolean(v, t.idx[i]); }
  bool null(const indexed_text& t, std::uint32_t i, frame*) { return b_->null(t.idx[i]); }
  bool number(const indexed_text& t, std::uint32_t i, std::string_view num, frame*) {
    return b_->number(num, t.idx[i]);
  }
  bool close(const indexed_text& t, std::uint32_t i, frame& fr) {
    const std::size_t end = t.idx[i - 1] + 1;
    return fr.is_object ? b_->end_object(end) : b_->end_array(end);
  }
  void too_deep(const indexed_text& t, std::uint32_t i) { b_->too_deep(t.idx[i]); }
  void fail(const indexed_text& t, std::uint32_t i, error_code code, const char* what) {
    b_->malformed(code, i < t.n ? t.idx[i] : t.len, what);
  }

private:
  bool bad(const indexed_text& t, std::uint32_t i) {
    fail(t, i, error_code::syntax_error, "invalid string");
    return false;
  }

  std::vector<frame> stack_;
  builder* b_ = nullptr;
  const simdjson_compat::parser* parser_ = nullptr;
  std::uint8_t* kept_ = nullptr;
};

} // namespace flowrun::detail

#endif
