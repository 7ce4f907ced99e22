// flowrun internals: the simdjson path's walks over simdjson's stage-1 index.
//
// simdjson's stage 1 validates UTF-8, finds every string (rejecting unclosed
// ones and unescaped control characters) and lists the offset of every
// structural token: brackets, colons, commas, the opening quote of each string
// and the first byte of each other scalar. Two walks run over that list, both
// iterative with the nesting on the heap:
//
// - fast_walk checks everything else flowrun checks (grammar, atoms, number
//   grammar, escapes, duplicate keys at every depth, depth, trailing content)
//   and applies the contract with its dispatch fused in: known keys found by a
//   perfect hash, their duplicates by a bitmask, typed values converted where
//   they stand, raw spans taken from the index. It builds nothing that only
//   errors need, and gives up on the first problem of any kind.
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

/// Bytes of a number token (validated by is_json_number afterwards).
inline constexpr std::array<bool, 256> number_byte = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : std::string_view("0123456789+-.eE")) t[c] = true;
  return t;
}();

/// Index of the first backslash among the `n` bytes at `p`, or n. Reads
/// whole blocks, up to 15 bytes past the end: only for padded buffers.
FLOWRUN_ALWAYS_INLINE std::size_t find_backslash(const std::uint8_t* p, std::size_t n) noexcept {
#if defined(FLOWRUN_SSE2)
  constexpr std::size_t block_size = 16;
  const __m128i backslashes = _mm_set1_epi8('\\');
  for (std::size_t at = 0; at < n; at += block_size) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    auto hits = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, backslashes)));
    if (n - at < block_size) hits &= (std::uint32_t{1} << (n - at)) - 1;
    if (hits) return at + static_cast<std::size_t>(std::countr_zero(hits));
  }
  return n;
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

/// valid_escapes (detail/utf8.hpp) with find_backslash: reads past the end like it.
inline bool valid_escapes(const std::uint8_t* p, std::size_t n) noexcept {
  return valid_escapes(p, n, [](const std::uint8_t* q, std::size_t m) { return find_backslash(q, m); });
}

/// One document's bytes and index: `buf[0, len)` is the text, readable (and
/// padded with spaces) for SIMDJSON_PADDING bytes past it; `idx[0, n)` are
/// the structural offsets, and idx[n] == len.
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

/// The fast walk. Reusable: it keeps its stack between documents.
class fast_walk {
public:
  /// Walks `t` as a document of kind `kind`; true when it is valid, its values
  /// then in `st`. False on any problem, with `st` and `keys` left in any
  /// state. Unescaped strings go to `strings`, which has room for len bytes
  /// plus 2 * SIMDJSON_PADDING.
  bool run(const indexed_text& t, document_kind kind, const decode_options& o, value_store& st, key_index& keys,
           std::uint8_t* strings) {
    const std::size_t max_depth = clamp_max_depth(o.max_depth);
    if (stack_.size() < max_depth + 1) stack_.resize(max_depth + 1);
    const bool strict = o.mode == decode_mode::strict;
    const std::uint32_t required[] = {required_mask(frame_kind::run, strict), required_mask(frame_kind::log, strict),
                                      required_mask(frame_kind::page, strict), required_mask(frame_kind::links, strict),
                                      required_mask(frame_kind::meta, strict)};
    const std::uint8_t* const buf = t.buf;
    const std::uint32_t* const idx = t.idx;
    frame* const stack = stack_.data();
    std::size_t depth = 0; // typed frames in use; stack[depth - 1] is the innermost
    std::uint32_t i = 0;
    std::uint8_t* kept = strings; // unescaped strings that values or keys view
    if (t.n == 0) return false;

    // The root.
    {
      const std::uint8_t c = buf[idx[0]];
      if (c != (kind == document_kind::logs ? '[' : '{')) return false; // wrong type at the root
      frame fr{};
      fr.is_object = c == '{';
      fr.kind = kind == document_kind::run ? frame_kind::run
                : kind == document_kind::page ? frame_kind::page
                                              : frame_kind::log_array;
      if (kind == document_kind::run) fr.target = static_cast<std::uint32_t>(st.new_run());
      goto open;

    open:
      if (depth >= max_depth) return false;
      if (fr.is_object) fr.keys_begin = static_cast<std::uint32_t>(keys.mark());
      stack[depth++] = fr;
      ++i;
      if (fr.is_object) {
        if (buf[idx[i]] == '}') {
          ++i;
          goto close_object;
        }
        goto key;
      }
      if (buf[idx[i]] == ']') {
        ++i;
        goto close_array;
      }
      goto element;
    }

  element : { // of a run or log array: an object of that kind
    if (buf[idx[i]] != '{') return false;
    frame fr{};
    fr.is_object = true;
    const bool runs = stack[depth - 1].kind == frame_kind::run_array;
    fr.kind = runs ? frame_kind::run : frame_kind::log;
    fr.target = static_cast<std::uint32_t>(runs ? st.new_run() : st.new_log());
    if (depth >= max_depth) return false;
    fr.keys_begin = static_cast<std::uint32_t>(keys.mark());
    stack[depth++] = fr;
    ++i;
    if (buf[idx[i]] == '}') {
      ++i;
      goto close_object;
    }
    goto key;
  }

  key : {
    if (buf[idx[i]] != '"' || buf[idx[i + 1]] != ':') return false;
    const std::string_view k = string_at(t, i, kept, true);
    if (!k.data()) return false;
    i += 2;
    frame& fr = stack[depth - 1];
    const int row = find_row_padded(fr.kind, k);
    if (row < 0) {
      if (strict) return false; // unknown_field
      if (!keys.insert(depth - 1, fr.keys_begin, k)) return false;
      // An unknown member: validated, and kept as written.
      const std::uint32_t p = idx[i];
      const std::uint32_t end = any_value(t, i, depth, max_depth, keys, kept);
      if (end == 0) return false;
      st.add_unknown(fr.kind, fr.target, k, t.view(p, end - p));
      goto after_value;
    }
    const std::uint32_t bit = std::uint32_t{1} << row;
    if (fr.seen & bit) return false; // a duplicate known key
    fr.seen |= bit;
    const field_info& r = fields_of(fr.kind)[static_cast<std::size_t>(row)];
    const std::uint32_t p = idx[i];
    const std::uint8_t c = buf[p];
    if (takes_any_json(r, strict)) { // any JSON value, validated and kept as written
      const std::uint32_t end = any_value(t, i, depth, max_depth, keys, kept);
      if (end == 0) return false;
      st.store_raw(r.f, fr.target, t.view(p, end - p));
      goto after_value;
    }
    switch (c) {
    case '{':
    case '[': {
      const bool object = c == '{';
      frame child{};
      child.is_object = object;
      switch (r.kind) {
      case value_kind::raw_object:
      case value_kind::raw_value: { // strict mode: an object
        if (!object) return false;
        i = raw_walk(t, i, depth, max_depth, keys, kept);
        if (i == 0) return false;
        st.store_raw(r.f, fr.target, t.view(p, idx[i - 1] + 1 - p));
        goto after_value;
      }
      case value_kind::log_array:
        if (object) return false;
        child.kind = frame_kind::log_array;
        child.target = fr.target;
        child.aux = static_cast<std::uint32_t>(st.logs.size());
        break;
      case value_kind::run_array:
        if (object) return false;
        child.kind = frame_kind::run_array;
        break;
      case value_kind::links_object:
        if (!object) return false;
        child.kind = frame_kind::links;
        break;
      case value_kind::meta_object:
        if (!object) return false;
        child.kind = frame_kind::meta;
        break;
      default: return false; // a scalar field
      }
      if (depth >= max_depth) return false;
      if (object) child.keys_begin = static_cast<std::uint32_t>(keys.mark());
      stack[depth++] = child;
      ++i;
      if (object) {
        if (buf[idx[i]] == '}') {
          ++i;
          goto close_object;
        }
        goto key;
      }
      if (buf[idx[i]] == ']') {
        ++i;
        goto close_array;
      }
      goto element;
    }
    case '"':
      if (!store_typed_string(t, i, kept, st, r.f, fr.target)) return false;
      break;
    case 'n':
      if (std::memcmp(buf + p, "null", 4) != 0 || !ends_scalar[buf[p + 4]] || !r.nullable) return false;
      break;
    case 't':
    case 'f': return false; // no field is a boolean
    default: {
      const std::string_view num = number_at(t, p);
      if (!num.data() || store_number(st, r.f, fr.target, num) != value_problem::none) return false;
    }
    }
    ++i;
    goto after_value;
  }

  after_value : {
    const std::uint8_t c = buf[idx[i]];
    const frame& fr = stack[depth - 1];
    ++i;
    if (c == ',') {
      if (fr.is_object) goto key;
      goto element;
    }
    if (c == (fr.is_object ? '}' : ']')) {
      if (fr.is_object) goto close_object;
      goto close_array;
    }
    return false;
  }

  close_object : {
    const frame& fr = stack[depth - 1];
    const std::uint32_t need = required[static_cast<std::size_t>(fr.kind)];
    if ((fr.seen & need) != need) return false; // missing_field
    if (fr.kind == frame_kind::page && st.over_per_page()) return false;
    keys.close(fr.keys_begin);
    if (--depth == 0) return i == t.n; // else trailing content
    goto after_value;
  }

  close_array : {
    const frame& fr = stack[depth - 1];
    if (fr.kind == frame_kind::log_array && fr.target != no_target) st.close_logs(fr.target, fr.aux);
    if (--depth == 0) return i == t.n;
    goto after_value;
  }
  }

  /// The implementation whose parse_string unescapes (the decoder's).
  void use(const simdjson_compat::parser* p) noexcept { parser_ = p; }

private:
  static constexpr std::uint32_t no_target = static_cast<std::uint32_t>(-1);

  // The number token at offset p, or an empty data() when it is not one.
  static FLOWRUN_ALWAYS_INLINE std::string_view number_at(const indexed_text& t, std::uint32_t p) noexcept {
    std::uint32_t e = p;
    while (number_byte[t.buf[e]]) ++e;
    const std::string_view num = t.view(p, e - p);
    if (!ends_scalar[t.buf[e]] || !is_json_number(num)) return {};
    return num;
  }

  // Validates the scalar token i, which is not kept.
  FLOWRUN_ALWAYS_INLINE bool scalar(const indexed_text& t, std::uint32_t i, std::uint8_t* kept) const noexcept {
    const std::uint32_t p = t.idx[i];
    switch (t.buf[p]) {
    case '"': return string_at(t, i, kept, false).data() != nullptr;
    case 't': return std::memcmp(t.buf + p, "true", 4) == 0 && ends_scalar[t.buf[p + 4]];
    case 'f': return std::memcmp(t.buf + p, "false", 5) == 0 && ends_scalar[t.buf[p + 5]];
    case 'n': return std::memcmp(t.buf + p, "null", 4) == 0 && ends_scalar[t.buf[p + 4]];
    default: return number_at(t, p).data() != nullptr;
    }
  }

  // Validates the value at token i (an untyped one: raw JSON, an unknown
  // member's), and moves i past it. Returns the offset just past its text, or
  // 0 on any problem.
  FLOWRUN_ALWAYS_INLINE std::uint32_t any_value(const indexed_text& t, std::uint32_t& i, std::size_t depth,
                                                std::size_t max_depth, key_index& keys, std::uint8_t*& kept) {
    const std::uint32_t p = t.idx[i];
    const std::uint8_t c = t.buf[p];
    if (c == '{' || c == '[') {
      i = raw_walk(t, i, depth, max_depth, keys, kept);
      return i == 0 ? 0 : t.idx[i - 1] + 1;
    }
    if (!scalar(t, i, kept)) return 0;
    const std::uint32_t end = c == '"' ? t.closing_quote(i) + 1 : p + static_cast<std::uint32_t>(t.token(i).size());
    ++i;
    return end;
  }

  // Validates the container that opens at token i, nested `depth` levels
  // deep, whose values are not kept (raw JSON, unknown members). Returns the
  // token after it, or 0 on any problem.
  std::uint32_t raw_walk(const indexed_text& t, std::uint32_t i, std::size_t depth, std::size_t max_depth,
                         key_index& keys, std::uint8_t*& kept) {
    const std::uint8_t* const buf = t.buf;
    const std::uint32_t* const idx = t.idx;
    if (raw_stack_.size() < max_depth + 1) raw_stack_.resize(max_depth + 1);
    raw_frame* const stack = raw_stack_.data();
    std::size_t top = 0; // raw frames open; the container is nested depth + top levels deep

  open : {
    if (depth + top >= max_depth) return 0;
    const bool object = buf[idx[i]] == '{';
    stack[top++] = raw_frame{static_cast<std::uint32_t>(keys.mark()), object};
    ++i;
    if (buf[idx[i]] == (object ? '}' : ']')) {
      ++i;
      goto close;
    }
    if (object) goto key;
    goto value;
  }

  key : {
    if (buf[idx[i]] != '"' || buf[idx[i + 1]] != ':') return 0;
    const std::string_view k = string_at(t, i, kept, true);
    if (!k.data() || !keys.insert(depth + top - 1, stack[top - 1].keys_begin, k)) return 0;
    i += 2;
    goto value;
  }

  value : {
    const std::uint8_t c = buf[idx[i]];
    if (c == '{' || c == '[') goto open;
    if (!scalar(t, i, kept)) return 0;
    ++i;
    goto after_value;
  }

  after_value : {
    const std::uint8_t c = buf[idx[i]];
    const bool object = stack[top - 1].is_object;
    ++i;
    if (c == ',') {
      if (object) goto key;
      goto value;
    }
    if (c == (object ? '}' : ']')) goto close;
    return 0;
  }

  close:
    if (stack[top - 1].is_object) keys.close(stack[top - 1].keys_begin);
    if (--top == 0) return i;
    goto after_value;
  }

  // Stores the string token i as the value of field f. Ids, statuses and
  // timestamps admit no backslash, so their bytes are tried as they stand and
  // unescaped only when that fails.
  FLOWRUN_ALWAYS_INLINE bool store_typed_string(const indexed_text& t, std::uint32_t i, std::uint8_t*& kept,
                                                value_store& st, field f, std::uint32_t target) const noexcept {
    timestamp_errc time{};
    const value_kind k = info(f).kind;
    if (k == value_kind::run_id || k == value_kind::log_id || k == value_kind::run_status ||
        k == value_kind::log_status || k == value_kind::timestamp) {
      const std::uint32_t open = t.idx[i];
      const std::uint32_t close = t.closing_quote(i);
      if (t.buf[close] != '"' || close <= open) return false;
      const std::string_view raw = t.view(open + 1, close - open - 1);
      if (store_string(st, f, target, raw, time) == value_problem::none) return true;
      if (!has_backslash(t.buf + open + 1, raw.size())) return false;
    }
    const std::string_view s = string_at(t, i, kept, true);
    return s.data() && store_string(st, f, target, s, time) == value_problem::none;
  }

  // The string token i: a view of its bytes, unescaped into `kept` when it
  // has escapes and is kept (`keep`: a value or key that must outlive the
  // token); empty data() when it is not a valid string. A string that is not
  // kept is only validated, and its view is then of the escaped bytes.
  FLOWRUN_ALWAYS_INLINE std::string_view string_at(const indexed_text& t, std::uint32_t i, std::uint8_t*& kept,
                                                   bool keep) const noexcept {
    const std::uint32_t open = t.idx[i];
    const std::uint32_t close = t.closing_quote(i);
    if (t.buf[close] != '"' || close <= open) return {};
    const std::size_t count = close - open - 1;
    if (!has_backslash(t.buf + open + 1, count)) return t.view(open + 1, count);
    if (!keep) return valid_escapes(t.buf + open + 1, count) ? t.view(open + 1, count) : std::string_view();
    std::uint8_t* end = simdjson_compat::parse_string(*parser_, t.buf + open + 1, kept);
    if (!end) return {};
    const std::string_view s(reinterpret_cast<const char*>(kept), static_cast<std::size_t>(end - kept));
    kept = end;
    return s;
  }

  // A typed container: an object of the contract, or an array of runs or logs.
  struct frame {
    frame_kind kind = frame_kind::raw;
    bool is_object = false;
    std::uint32_t seen = 0;           // objects: bit i, row i was seen
    std::uint32_t target = no_target; // the run or log being filled
    std::uint32_t keys_begin = 0;     // objects: where their keys start in the key index
    std::uint32_t aux = 0;            // log arrays: the first log of the run
  };

  // A container inside raw JSON.
  struct raw_frame {
    std::uint32_t keys_begin = 0;
    bool is_object = false;
  };

  std::vector<frame> stack_;
  std::vector<raw_frame> raw_stack_;
  const simdjson_compat::parser* parser_ = nullptr;
};

/// The slow walk: one builder event per token, stopping at the first
/// well-formedness problem (which the builder then locates exactly).
inline void event_walk(const indexed_text& t, builder& b, const simdjson_compat::parser& parser,
                       std::uint8_t* strings, std::vector<bool>& is_object) {
  const std::uint8_t* const buf = t.buf;
  const std::uint32_t* const idx = t.idx;
  std::uint8_t* kept = strings;
  is_object.clear();
  std::uint32_t i = 0;

  // Unescapes the string token i into `kept`; empty data() when it is invalid.
  const auto string_at = [&](std::uint32_t i) -> std::string_view {
    std::uint8_t* end = simdjson_compat::parse_string(parser, buf + idx[i] + 1, kept);
    if (!end) return {};
    const std::string_view s(reinterpret_cast<const char*>(kept), static_cast<std::size_t>(end - kept));
    kept = end;
    return s;
  };
  const auto bad = [&](std::uint32_t at, const char* what) {
    b.malformed(error_code::syntax_error, at < t.n ? idx[at] : t.len, what);
  };

  if (t.n == 0) return bad(0, "empty input: expected a JSON value");
  {
    const std::uint8_t c = buf[idx[0]];
    if (c != '{' && c != '[') {
      // A scalar root is the wrong type whatever it is; the locator decides
      // whether it is JSON, and the builder only needs its kind.
      if (!b.check_well_formed()) return;
      const std::string_view tok = t.token(0);
      if (c == '"')
        b.string_value(std::string_view(), idx[0]);
      else if (c == 't' || c == 'f')
        b.boolean(c == 't', idx[0]);
      else if (c == 'n')
        b.null(idx[0]);
      else
        b.number(tok, idx[0]);
      return;
    }
  }

value : {
  const std::uint32_t p = idx[i];
  const std::uint8_t c = buf[p];
  switch (c) {
  case '{':
    if (!b.begin_object(p)) return;
    is_object.push_back(true);
    ++i;
    if (buf[idx[i]] == '}') {
      ++i;
      goto close;
    }
    goto key;
  case '[':
    if (!b.begin_array(p)) return;
    is_object.push_back(false);
    ++i;
    if (buf[idx[i]] == ']') {
      ++i;
      goto close;
    }
    goto value;
  case '"': {
    const std::string_view s = string_at(i);
    if (!s.data()) return bad(i, "invalid string");
    if (!b.string_value(s, p)) return;
    break;
  }
  case 't':
  case 'f':
  case 'n': {
    const std::string_view tok = t.token(i);
    if (tok != (c == 't' ? "true" : c == 'f' ? "false" : "null")) return bad(i, "invalid literal");
    if (!(c == 'n' ? b.null(p) : b.boolean(c == 't', p))) return;
    break;
  }
  default:
    if (c != '-' && !is_digit(static_cast<char>(c))) return bad(i, "unexpected token, expected a value");
    if (!b.number(t.token(i), p)) return;
  }
  ++i;
  goto after_value;
}

key : {
  if (i >= t.n || buf[idx[i]] != '"') return bad(i, "expected a key string");
  const std::string_view k = string_at(i);
  if (!k.data()) return bad(i, "invalid string");
  if (i + 1 >= t.n || buf[idx[i + 1]] != ':') return bad(i + 1, "expected ':' after a key");
  if (!b.key(k, idx[i])) return;
  i += 2;
  goto value;
}

after_value:
  if (is_object.empty()) {
    if (i != t.n) b.malformed(error_code::trailing_content, idx[i], "unexpected content after the root value");
    return;
  }
  if (i < t.n && buf[idx[i]] == ',') {
    ++i;
    if (is_object.back()) goto key;
    goto value;
  }
  if (i < t.n && buf[idx[i]] == (is_object.back() ? '}' : ']')) {
    ++i;
    goto close;
  }
  return bad(i, "expected ',' or a closing bracket");

close : {
  const bool object = is_object.back();
  is_object.pop_back();
  if (!(object ? b.end_object(idx[i - 1] + 1) : b.end_array(idx[i - 1] + 1))) return;
  goto after_value;
}
}

} // namespace flowrun::detail

#endif
