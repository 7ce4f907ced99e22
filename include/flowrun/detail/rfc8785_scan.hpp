// flowrun internals: the RFC 8785 scan. One visitor of the JSON lexer's walk
// that writes the canonical form as it reads (canonical.hpp is its public face).
#ifndef FLOWRUN_DETAIL_RFC8785_SCAN_HPP
#define FLOWRUN_DETAIL_RFC8785_SCAN_HPP

#include <flowrun/detail/ecmascript_number.hpp>
#include <flowrun/detail/escape.hpp>
#include <flowrun/detail/json_lexer.hpp>
#include <flowrun/detail/line_col.hpp>
#include <flowrun/detail/number.hpp>
#include <flowrun/detail/text.hpp>
#include <flowrun/error.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flowrun::detail {

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

/// The first bytes of `key` in load_le64's order (byte k in bits 8k..8k+7), 0
/// past its end: one load, 8 bytes readable from key.data().
FLOWRUN_ALWAYS_INLINE std::uint64_t first_bytes(std::string_view key) noexcept {
  return load_le64(key.data()) & (key.size() >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * key.size())) - 1);
}

/// The first 8 bytes of a UTF-8 key as a number whose order is the order of
/// compare_utf16 when two prefixes differ: bytes in big-endian order, 0 past
/// the end (the least byte, so a key sorts after its prefixes), and the lead
/// bytes EE and EF (U+E000-U+FFFF) moved past F0-F4 (the supplementary
/// planes, which UTF-16 writes with surrogates D800-DBFF). Equal prefixes say
/// nothing: compare the keys. `readable`: how many bytes from key.data() may be
/// read (at least key.size()); with 8, one load.
inline std::uint64_t utf16_order_prefix(std::string_view key, std::size_t readable = 0) noexcept {
  std::uint64_t v = 0; // byte k in bits 8k..8k+7 (load_le64's order)
  if (key.size() >= 8 || readable >= 8) {
    v = first_bytes(key);
  } else {
    for (std::size_t k = 0; k < key.size(); ++k) v |= std::uint64_t{static_cast<unsigned char>(key[k])} << (8 * k);
  }
  if (v & byte_highs) [[unlikely]] { // some byte is not ASCII: EE, EF become F8, F9 (above any lead byte)
    std::uint64_t w = 0;
    for (std::size_t k = 0; k < 8; ++k) {
      std::uint64_t b = (v >> (8 * k)) & 0xFF;
      if (b == 0xEE || b == 0xEF) b += 0xF8 - 0xEE;
      w |= b << (8 * k);
    }
    v = w;
  }
  return byte_swap64(v); // the first byte the most significant: compares as the bytes do
}

/// The engine of flowrun::canonicalizer (see there for what it accepts and
/// writes). Reusable: it keeps its scratch buffers.
class rfc8785_scan {
public:
  /// Appends the canonical form of `json` to `out` and returns nullopt; on an
  /// error returns it and leaves `out` as it was (its size).
  std::optional<error> run(std::string_view json, std::string& out, std::size_t max_depth) {
    const std::size_t base = out.size();
    std::size_t end = base;
    if (scan(json, out, base, max_depth, end)) {
      out.resize(end);
      return std::nullopt;
    }
    out.resize(base);
    if (!walked_) { // well-formedness errors win
      json_problem& p = lexer_.problem();
      return with_position(error{p.code, std::move(p.pointer), p.offset, 1, 1, std::move(p.message)});
    }
    // Read again, to build the error's pointer and message when it is met.
    out.resize(base + json.size() + slack);
    o_ = out.data() + base;
    end_ = out.data() + out.size();
    restart();
    locating_ = true;
    schema_.reset();
    lexer_.reset(json, max_depth);
    (void)walk(lexer_); // well-formed: it was just read
    locating_ = false;
    out.resize(base);
    error e = schema_ ? std::move(*schema_) : error{schema_code_, "", schema_at_, 1, 1, "invalid JSON for RFC 8785"};
    schema_.reset();
    return with_position(std::move(e));
  }

  /// The canonical form of `json` written into `out` from byte `at` on (a writer's
  /// room: `out` is resized when it has less than json.size() + 32 bytes from there,
  /// never cut). True with `end` past the text; false (nothing said why) on any error.
  /// `trusted`: `json` is known to be valid JSON, as deep as `max_depth` at most (a value
  /// a decoder checked), and is read without checking it (json_lexer_trusted); the
  /// output is the same.
  bool run_into(std::string_view json, std::string& out, std::size_t at, std::size_t max_depth, std::size_t& end,
                bool trusted = false) {
    return scan(json, out, at, max_depth, end, trusted);
  }

private:
  // ---- the lexer's visitor (json_lexer::walk): each token written canonically as it is read
  //
  // It lives on scan()'s stack frame, the walk inlined around it, and nothing takes its
  // address: the write pointer and the last key's place stay in registers, where the
  // output's byte stores (which may alias anything in memory) cannot make the walk read
  // them again. The rest of the scan's state is behind `self`; what is done out of line
  // there gets the write pointer in self.w_ and leaves it there.
  struct visitor {
    rfc8785_scan& self;
    char* w;                  // the next byte to write; inside a string, its opening quote (see begin_string)
    const char* const in;     // the input ...
    const char* const in_end; // ... and its end
    // The last key read: its opening quote in the input, its text in out (from its quote),
    // whether it has an escape.
    std::size_t key_quote = 0;
    std::size_t key_begin = 0;
    bool key_escaped = false;

    FLOWRUN_ALWAYS_INLINE std::size_t rel() const noexcept { return static_cast<std::size_t>(w - self.o_); }
    FLOWRUN_ALWAYS_INLINE void put(char c) noexcept { *w++ = c; }

    FLOWRUN_ALWAYS_INLINE void value(std::size_t) noexcept {}
    FLOWRUN_ALWAYS_INLINE void open(bool object) {
      if (object) {
        put('{');
        self.stack_.push_back({0, rel() - 1, self.active_count_, self.keys_.size(), 0, false, true});
      } else {
        put('[');
        self.stack_.push_back({0, 0, 0, 0, 0, false, false});
      }
    }
    FLOWRUN_ALWAYS_INLINE void empty(bool object) noexcept {
      put(object ? '{' : '[');
      put(object ? '}' : ']');
    }
    // The innermost object's current member is the last in active_ (those of the objects
    // within it are gone when they close).
    FLOWRUN_ALWAYS_INLINE void comma(bool object) noexcept {
      if (object)
        self.active_[self.active_count_ - 1].end = rel();
      else
        ++self.stack_.back().count;
      put(',');
    }
    FLOWRUN_ALWAYS_INLINE void close(bool object) {
      if (object) {
        self.active_[self.active_count_ - 1].end = rel();
        put('}');
        self.w_ = w;
        self.close_object(); // moves members within the object, not w
      } else {
        put(']');
      }
      self.close_frame();
    }
    // A key is written like any string; colon() then records its member (where it starts
    // in the input and in out) and finds its unescaped text.
    //
    // Inside a string, w stays on its opening quote (one byte behind the next one to
    // write): begin_string() and each run or escape then move it once, not twice.
    FLOWRUN_ALWAYS_INLINE void begin_string(bool key, std::size_t open) noexcept {
      if (key) {
        key_escaped = false;
        key_quote = open;
        key_begin = rel();
      }
      *w = '"';
    }
    FLOWRUN_ALWAYS_INLINE void plain(const char* p, std::size_t n) noexcept {
      copy_input(w + 1, p, n);
      w += n;
    }
    // The trusted walk stores a run's bytes as it reads them (skip_plain_bytes, store):
    // where they go, then how many there were. The output has the room: the rest of
    // the input and slack.
    FLOWRUN_ALWAYS_INLINE char* plain_out() const noexcept { return w + 1; }
    FLOWRUN_ALWAYS_INLINE void plain_stored(std::size_t n) noexcept { w += n; }
    FLOWRUN_ALWAYS_INLINE void escaped(std::uint32_t cp, std::size_t) noexcept {
      w = put_canonical(w + 1, cp) - 1;
      key_escaped = true; // read by colon() for a key, which began with key_escaped false
    }
    FLOWRUN_ALWAYS_INLINE void end_string(bool) noexcept {
      w[1] = '"';
      w += 2;
    }
    FLOWRUN_ALWAYS_INLINE void colon() {
      self.add_member(key_quote, key_begin, key_escaped, rel());
      put(':');
    }
    // true, false, null: 8 bytes from a padded copy (the output has the room: keep_slack).
    FLOWRUN_ALWAYS_INLINE void literal(std::string_view word) noexcept {
      static constexpr char padded[3][8] = {"true", "false", "null"};
      std::memcpy(w, padded[word[0] == 't' ? 0 : word[0] == 'f' ? 1 : 2], sizeof padded[0]);
      w += word.size();
    }
    FLOWRUN_ALWAYS_INLINE void number(const number_scan& r, std::size_t start) {
      if (!r.exponent) {
        const std::size_t first = start + (r.negative ? 1 : 0);
        if (r.frac_end == r.int_end) {                 // an integer
          if (r.int_end - first <= max_exact_digits) { // its own canonical form; -0 is 0
            if (in[first] == '0') {
              put('0');
            } else {
              copy_input(w, in + start, r.end - start);
              w += r.end - start;
            }
            return;
          }
        } else if (r.frac_end - first - 1 <= max_exact_digits && in[r.frac_end - 1] != '0') {
          // A decimal of at most 15 digits (the point aside) whose fraction ends in a
          // digit that is not 0: its own canonical form when ECMAScript writes it in fixed
          // notation, i.e. with at most 5 zeros after the point before its first
          // significant digit when its integer part is 0 (short_decimal's first case).
          std::size_t z = r.int_end + 1;
          if (in[first] == '0')
            while (in[z] == '0') ++z; // ends within the fraction: its last digit is not 0
          if (z - (r.int_end + 1) <= max_fixed_zeros) {
            copy_input(w, in + start, r.end - start);
            w += r.end - start;
            return;
          }
        }
      }
      self.w_ = w;
      self.other_number(r, start); // may move the output (room)
      w = self.w_;
    }

    FLOWRUN_ALWAYS_INLINE void copy_input(char* to, const char* p, std::size_t n) const noexcept {
      rfc8785_scan::copy_input(to, p, n, in_end);
    }
  };

  // The lexer's walk of the text, with a visitor on this stack frame (see visitor).
  template <class Lexer> bool walk(Lexer& lexer) {
    visitor v{*this, w_, s_.data(), s_.data() + s_.size()};
    const bool ok = lexer.walk(v);
    w_ = v.w;
    return ok;
  }

  // The member whose key's opening quote is at `quote` in the input and at `begin` in out
  // (relative to base_), with an escape or not, its ':' to be written at `at`: its
  // unescaped text is the input bytes between its quotes when it has no escape (its
  // output is then those bytes, so their count), else a copy in keys_, unescaped again
  // from the input.
  //
  // The common key (no escape, its first 8 bytes ASCII, 8 bytes readable from it in the
  // input, room in active_) is added here, on a short path that saves few registers and
  // has no reallocation branch; any other by add_other_member, out of line.
  void add_member(std::size_t quote, std::size_t begin, bool escaped, std::size_t at) {
    const std::size_t key_len = at - begin - 2; // between the quotes
    const char* const key = s_.data() + quote + 1;
    constexpr std::size_t word = 8;
    if (!escaped && static_cast<std::size_t>(s_.data() + s_.size() - key) >= word && active_count_ < active_.size())
        [[likely]] {
      const std::uint64_t v = first_bytes({key, key_len}); // utf16_order_prefix's, for an ASCII key
      if (!(v & byte_highs)) [[likely]] {
        active_[active_count_++] = {byte_swap64(v), key, key_len, quote, 0, begin, 0, false};
        return;
      }
    }
    add_other_member(quote, begin, escaped, at);
  }
  FLOWRUN_NOINLINE void add_other_member(std::size_t quote, std::size_t begin, bool escaped, std::size_t at) {
    if (escaped) [[unlikely]]
      return add_escaped_member(quote, begin);
    const std::size_t key_len = at - begin - 2; // between the quotes
    const char* const key = s_.data() + quote + 1;
    // A plain key lies in the input, which has 8 bytes to read from it or not.
    const std::size_t readable = static_cast<std::size_t>(s_.data() + s_.size() - key);
    const std::uint64_t prefix = utf16_order_prefix({key, key_len}, readable);
    append_member({prefix, key, key_len, quote, 0, begin, 0, false});
  }
  void add_escaped_member(std::size_t quote, std::size_t begin) {
    const std::size_t key_off = keys_.size();
    key_text sink{&keys_};
    (void)scan_string<true>(s_, quote, sink); // read once already: a valid string
    const std::size_t key_len = keys_.size() - key_off;
    const std::uint64_t prefix = utf16_order_prefix({keys_.data() + key_off, key_len});
    append_member({prefix, keys_.data() + key_off, key_len, quote, key_off, begin, 0, true});
  }

  // The innermost container is closed (its bracket written): its frame goes, and what
  // it held is now its parent's.
  void close_frame() noexcept {
    const std::size_t moves = stack_.back().moves;
    const bool deferred = stack_.back().deferred;
    stack_.pop_back();
    if (!stack_.empty()) { // what the parent holds now
      frame& parent = stack_.back();
      parent.moves = std::max(parent.moves, moves);
      parent.deferred = parent.deferred || deferred;
    }
  }

  // Any number but a short integer.
  void other_number(const number_scan& r, std::size_t start) {
    const std::string_view tok = s_.substr(start, r.end - start);
    if (short_decimal(r, start)) return;
    double d = 0;
    if (detail::to_double(tok, d) != detail::number_status::ok) {
      schema_error(error_code::out_of_range, start, [&](error& e) {
        e.pointer = pointer(stack_.size());
        std::string shown(tok.substr(0, 64));
        if (tok.size() > 64) shown += "...";
        e.message = "number " + shown + " is too large for a double (RFC 8785 needs an IEEE 754 double)";
      });
      return;
    }
    room(max_number_size);
    w_ = write_ecmascript_number(w_, d);
    keep_slack(r.end);
  }

  // One reading of `json`, written into `out` from `at` on (see run_into).
  bool scan(std::string_view json, std::string& out, std::size_t at, std::size_t max_depth, std::size_t& end,
            bool trusted = false) {
    s_ = json;
    out_ = &out;
    base_ = at;
    schema_found_ = false;
    locating_ = false;
    trusted_ = trusted;
    // Room for the whole output and slack: see keep_slack().
    if (out.size() - at < json.size() + slack) out.resize(at + json.size() + slack);
    o_ = out.data() + base_;
    end_ = out.data() + out.size();
    restart();
    if (trusted) {
      trusted_lexer_.reset(json, max_depth);
      walked_ = walk(trusted_lexer_);
    } else {
      lexer_.reset(json, max_depth);
      walked_ = walk(lexer_);
    }
    if (!walked_ || schema_found_) return false;
    if (reorder_) emit();
    end = base_ + rel();
    return true;
  }

  // How the output is built. The scan writes every value to `out` as it goes
  // (through a pointer into its storage, sized up front), already canonical
  // except for member order. For each open object it records where each
  // member's text (`"key":value`) lies; at its `}` it sorts them. Objects
  // already in order need nothing more; one out of order is rewritten in place
  // in sorted order (reorder_in_place), unless that would move some bytes more
  // than max_moves times (deep nesting) or an object within it was left to
  // emit(). Those are left to `emit`, which copies the text once more, taking
  // the members of each such object in sorted order. Every byte is written
  // 2 * max_moves + 3 times at most, whatever the depth, and nothing is
  // recursive.

  // Appends a key's unescaped text.
  struct key_text {
    std::string* out;
    void plain(const char* p, std::size_t n) { out->append(p, n); }
    void escaped(std::uint32_t cp, std::size_t) { append_utf8(*out, cp); }
  };

  // A member of an open object.
  struct member {
    std::uint64_t prefix; // utf16_order_prefix of the key: most comparisons end there
    const char* key;      // unescaped key: in the input (plain keys), or in keys_ from close_object()
    std::size_t key_len;
    std::size_t quote;   // input offset of the key's opening quote
    std::size_t key_off; // escaped keys: where in keys_ (which may move until the object closes)
    std::size_t begin;   // its text in out, relative to base_ (from the key's quote) ...
    std::size_t end;     // ... to just past its value
    bool escaped;
  };
  // A member of an object left to emit(), in sorted order: just its text.
  struct span {
    std::size_t begin, end;
  };
  // An object left to emit() (in the order they closed; emit() sorts them by place).
  struct object_rec {
    std::size_t begin, end;          // its text in out, relative to base_: `{` to past `}`
    std::size_t placed_begin, count; // its sorted members in placed_
    std::size_t subtree_end;         // emit(): past the records of the objects within it
  };
  // An open container.
  struct frame {
    std::size_t count;         // array: index of the current element
    std::size_t begin;         // object: its `{` in out
    std::size_t members_begin; // object: its first member in active_
    std::size_t keys_begin;    // object: keys_.size() when it opened
    std::size_t moves;    // the most objects reordered in place that one byte within it lies in (see close_object)
    bool deferred;        // some object within it is left to emit()
    bool object;
  };

  // The output: o_ is out's byte at base_, w_ the next byte to write, end_ the
  // end of out's current size.
  std::size_t rel() const noexcept { return static_cast<std::size_t>(w_ - o_); }
  void put(char c) noexcept { *w_++ = c; }
  // memcpy (`to` and `from` apart), exactly n bytes, with no call for the runs of up to
  // a few hundred bytes that are most of a text: words and 16-byte blocks, the last
  // one overlapping the one before.
  static FLOWRUN_ALWAYS_INLINE void copy_bytes(char* to, const char* from, std::size_t n) noexcept {
    struct block16 {
      char b[16];
    };
    const auto copy2 = [&]<class Word>(Word) {
      Word a, b;
      std::memcpy(&a, from, sizeof a);
      std::memcpy(&b, from + n - sizeof b, sizeof b);
      std::memcpy(to, &a, sizeof a);
      std::memcpy(to + n - sizeof b, &b, sizeof b);
    };
    constexpr std::size_t long_run = 2048; // from there, memcpy's own loop
    if (n >= 8) {
      if (n <= 16) {
        copy2(std::uint64_t{});
      } else if (n <= 32) {
        copy2(block16{});
      } else if (n <= long_run) {
        for (std::size_t i = 0; i < n - 16; i += 16) std::memcpy(to + i, from + i, 16);
        std::memcpy(to + n - 16, from + n - 16, 16);
      } else {
        std::memcpy(to, from, n);
      }
    } else if (n >= 4) {
      copy2(std::uint32_t{});
    } else if (n > 0) {
      const char a = from[0], b = from[n / 2], c = from[n - 1];
      to[0] = a;
      to[n / 2] = b;
      to[n - 1] = c;
    }
  }
  // Bytes of the input, appended.
  FLOWRUN_ALWAYS_INLINE void put_input(const char* p, std::size_t n) noexcept {
    char* const w = w_;
    copy_input(w, p, n, s_.data() + s_.size());
    w_ = w + n;
  }
  // n bytes of the input at p, which ends at in_end: a short run (most are) as one
  // 16-byte copy when the input has 16 bytes from there (the output has: keep_slack),
  // rather than a call.
  static FLOWRUN_ALWAYS_INLINE void copy_input(char* w, const char* p, std::size_t n, const char* in_end) noexcept {
    constexpr std::size_t block = 16;
    static_assert(block + 1 <= slack); // plain() writes from one byte past w
    if (n <= block && static_cast<std::size_t>(in_end - p) >= block)
      std::memcpy(w, p, block);
    else
      copy_bytes(w, p, n);
  }
  // The output is written without checks for room: it always has `slack` bytes more
  // than the rest of the input. Every token is written no longer than it is read
  // (escapes shrink, white space goes, members move but keep their length), except a
  // number that grows (`1e20`), which makes room for itself (max_number_size) then
  // for the rest (keep_slack(its end in the input)).
  static constexpr std::size_t slack = 32;
  static constexpr std::size_t max_number_size = 32; // write_ecmascript_number, write_ecmascript_digits (15 digits)
  void keep_slack(std::size_t input_at) { room(s_.size() - input_at + slack); }
  FLOWRUN_ALWAYS_INLINE void room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - w_) < n) [[unlikely]]
      grow(n);
  }
  FLOWRUN_NOINLINE void grow(std::size_t n) {
    const std::size_t used = rel();
    out_->resize(base_ + std::max(2 * (out_->size() - base_), used + n));
    o_ = out_->data() + base_;
    w_ = o_ + used;
    end_ = out_->data() + out_->size();
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
      if (f.object) {
        // Its current member: the last before those of the next object open within it.
        std::size_t next = active_count_;
        for (std::size_t j = k + 1; j < stack_.size(); ++j)
          if (stack_[j].object) {
            next = stack_[j].members_begin;
            break;
          }
        append_pointer_token(p, key_of(active_[next - 1]));
      } else {
        append_pointer_token(p, std::to_string(f.count));
      }
    }
    return p;
  }

  // A member of an open object, in active_ (whose size is its room: it grows here).
  void append_member(const member& m) {
    if (active_count_ == active_.size()) active_.resize(std::max<std::size_t>(16, 2 * active_.size()));
    active_[active_count_++] = m;
  }

  void restart() noexcept {
    w_ = o_;
    stack_.clear();
    active_count_ = 0;
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
    const line_col at = line_col_of(s_, e.offset);
    e.line = at.line;
    e.column = at.column;
    return e;
  }

  // The innermost open object is complete (its `}` written): sort its members.
  void close_object() {
    frame& f = stack_.back();
    member* const m = active_.data() + f.members_begin;
    const std::size_t count = active_count_ - f.members_begin;
    const bool escapes = keys_.size() != f.keys_begin;
    if (escapes) // keys_ grows no more until this object is done: point at its keys there
      for (std::size_t k = 0; k < count; ++k)
        if (m[k].escaped) m[k].key = keys_.data() + m[k].key_off;
    const auto key = [](const member& x) { return std::string_view(x.key, x.key_len); };
    const auto compare = [&key](const member& a, const member& b) {
      return a.prefix != b.prefix ? (a.prefix < b.prefix ? -1 : 1) : compare_utf16(key(a), key(b));
    };
    std::size_t k = 1;
    while (k < count && compare(m[k - 1], m[k]) < 0) ++k;
    if (k < count) { // out of order
      // The members' indexes sorted (not the members, 64 bytes each); equal keys end up
      // adjacent, in document order. Most objects are small: insertion sort there.
      const auto less = [&compare, m](std::size_t a, std::size_t b) {
        const int c = compare(m[a], m[b]);
        return c < 0 || (c == 0 && m[a].quote < m[b].quote);
      };
      constexpr std::size_t small_object = 16;
      std::array<std::size_t, small_object> small;
      std::size_t* const order = count <= small_object ? small.data() : (order_.resize(count), order_.data());
      for (std::size_t i = 0; i < count; ++i) order[i] = i;
      if (count <= small_object) {
        for (std::size_t i = 1; i < count; ++i) {
          const std::size_t x = order[i];
          std::size_t j = i;
          for (; j > 0 && less(x, order[j - 1]); --j) order[j] = order[j - 1];
          order[j] = x;
        }
      } else {
        std::sort(order, order + count, less);
      }
      if (!trusted_) check_unique(m, order, count);
      if (!f.deferred && f.moves < max_moves) {
        reorder_in_place(m, order, count);
        ++f.moves;
      } else {
        objects_.push_back({f.begin, rel(), placed_.size(), count, 0});
        for (std::size_t i = 0; i < count; ++i) placed_.push_back({m[order[i]].begin, m[order[i]].end});
        reorder_ = true;
        f.deferred = true;
      }
    }
    active_count_ = f.members_begin;
    if (escapes) keys_.resize(f.keys_begin);
  }

  // A key repeated in an object whose members are sorted in `order`: the first in the text.
  void check_unique(const member* m, const std::size_t* order, std::size_t count) {
    const auto key = [](const member& x) { return std::string_view(x.key, x.key_len); };
    const member* dup = nullptr;
    for (std::size_t k = 1; k < count; ++k) {
      const member& a = m[order[k - 1]];
      const member& b = m[order[k]];
      if (a.prefix == b.prefix && key(a) == key(b) && (k == 1 || key(m[order[k - 2]]) != key(b)) &&
          (!dup || b.quote < dup->quote))
        dup = &b;
    }
    if (dup)
      schema_error(error_code::duplicate_key, dup->quote, [&](error& e) {
        e.pointer = pointer(stack_.size() - 1);
        append_pointer_token(e.pointer, key_of(*dup));
        e.message = "duplicate key " + quote_for_message(key_of(*dup)) + " (each key may appear once)";
      });
  }

  // An object out of order, its members sorted in `order`, with no object within it left
  // to emit(): its members are moved to their places now, through tmp_. A byte is moved
  // once per such object around it, and max_moves of them at most (deeper, emit()
  // takes over): work stays linear in the text at any depth.
  static constexpr std::size_t max_moves = 8;
  void reorder_in_place(const member* m, const std::size_t* order, std::size_t count) {
    // Members first or last in both orders stay where they are (those before them
    // are the same, so the same length): only the ones between move.
    std::size_t first = 0, last = count;
    while (first < count && order[first] == first) ++first;
    if (first == count) return; // none moves: keys repeated in order (a duplicate_key error)
    while (order[last - 1] == last - 1) --last;
    const std::size_t lo = m[first].begin, hi = m[last - 1].end;
    constexpr std::size_t block = 16;
    if (tmp_.size() < hi - lo + block) tmp_.resize(hi - lo + block);
    // Whole blocks, up to 15 bytes more: out has them (slack), tmp_ too. Copies of
    // many sizes, each through copy_bytes's branches, cost more than the bytes.
    const auto blocks = [](char* to, const char* from, std::size_t n) {
      for (std::size_t i = 0; i < n; i += block) std::memcpy(to + i, from + i, block);
    };
    blocks(tmp_.data(), o_ + lo, hi - lo);
    char* w = o_ + lo;
    char* const end = o_ + hi; // past it, the members that stay and the `}`: not to be written
    for (std::size_t k = first; k < last; ++k) {
      const member& x = m[order[k]];
      if (k != first) *w++ = ',';
      // The bytes written past a member are written again by the members after it.
      const std::size_t n = x.end - x.begin;
      if (static_cast<std::size_t>(end - (w + n)) >= block)
        blocks(w, tmp_.data() + (x.begin - lo), n);
      else
        copy_bytes(w, tmp_.data() + (x.begin - lo), n);
      w += n;
    }
  }

  static constexpr std::size_t max_exact_digits = 15; // DBL_DIG: see short_decimal
  // Zeros after "0." that fixed notation writes: 0.000001 is written so, 0.0000001 as 1e-7.
  static constexpr std::size_t max_fixed_zeros = static_cast<std::size_t>(-least_fixed_n);

  // The fast path of number(): a number of at most 15 significant digits within the
  // normal doubles. Such a decimal survives the trip through a double (DBL_DIG), and no
  // other of at most 15 digits reads as the same double, so its own significant digits
  // are the shortest that do (what the slow path would find): they are laid out as
  // ECMAScript lays out a double's, with no conversion. Appends it and returns true, or
  // returns false (nothing appended) when the slow path must decide.
  bool short_decimal(const number_scan& r, std::size_t start) {
    const char* p = s_.data();
    const std::size_t first = start + (r.negative ? 1 : 0), int_end = r.int_end, frac_end = r.frac_end;
    std::size_t from = first;                             // the first significant digit
    std::ptrdiff_t n = static_cast<std::ptrdiff_t>(int_end - first); // the value is 0.digits x 10^n
    if (p[first] == '0') { // then the integer part is just "0"
      from = int_end + 1;
      while (from < frac_end && p[from] == '0') ++from;
      if (from >= frac_end) { // 0 (or -0, which is 0 too), whatever its exponent
        put('0');
        return true;
      }
      n = -static_cast<std::ptrdiff_t>(from - (int_end + 1));
    }
    const std::size_t significant = frac_end - from - (from < int_end && frac_end > int_end ? 1 : 0); // the point
    if (!r.exponent && n >= least_fixed_n && significant <= max_exact_digits) {
      // Most decimals: in fixed notation, as written but for the fraction's trailing
      // zeros (and its point when nothing is left of it), with no digit looked at twice.
      std::size_t end = frac_end;
      if (end > int_end + 1 && p[end - 1] == '0') { // seldom
        do --end;
        while (end > int_end + 1 && p[end - 1] == '0');
        if (end == int_end + 1) end = int_end;
      }
      if (r.negative) put('-');
      put_input(p + first, end - first);
      return true;
    }
    char digits[max_exact_digits];
    std::size_t count = 0, kept = 0; // significant digits seen, and up to the last that is not 0
    std::size_t last = from;         // that last one, in the text
    for (std::size_t q = from; q < frac_end; ++q) {
      if (q == int_end) continue; // the point
      if (p[q] != '0') {
        if (count >= max_exact_digits) return false;
        kept = count + 1;
        last = q;
      }
      if (count < max_exact_digits) digits[count] = p[q];
      ++count;
    }
    if (!r.exponent && n >= least_fixed_n && n <= most_fixed_n) {
      // In fixed notation, as it is written but for the fraction's trailing zeros.
      const std::size_t end = last < int_end ? int_end : last + 1;
      if (r.negative) put('-');
      put_input(p + first, end - first);
      return true;
    }
    if (r.exponent) { // e or E at frac_end, a sign or not, 1 or more digits
      std::size_t q = frac_end + 1;
      const bool minus = p[q] == '-';
      if (p[q] == '-' || p[q] == '+') ++q;
      constexpr std::size_t max_exponent_digits = 4;
      if (r.end - q > max_exponent_digits) return false;
      std::ptrdiff_t e = 0;
      for (; q < r.end; ++q) e = e * 10 + (p[q] - '0');
      n += minus ? -e : e;
    }
    // Well inside the normal doubles (from 2.2e-308 to 1.8e308).
    constexpr std::ptrdiff_t least_n = -290, most_n = 300;
    if (n < least_n || n > most_n) return false;
    room(max_number_size);
    w_ = write_ecmascript_digits(w_, r.negative, digits, static_cast<int>(kept), static_cast<int>(n));
    keep_slack(r.end);
    return true;
  }

  // One unescaped character, as JSON.stringify writes it, at w; returns the end. Never
  // longer than its escape in the input (at least 6 bytes for \uXXXX, 12 for a pair).
  static char* put_canonical(char* w, std::uint32_t cp) noexcept {
    if (cp < 0x80) {
      const std::size_t n = json_escapes.size[cp];
      if (n == 0) {
        *w++ = static_cast<char>(cp);
      } else { // the whole entry (the output has the room: keep_slack), its size kept
        static_assert(sizeof json_escapes.text[0] < slack);
        std::memcpy(w, json_escapes.text[cp].data(), sizeof json_escapes.text[0]);
        w += n;
      }
    } else if (cp < 0x800) {
      *w++ = static_cast<char>(0xC0 | (cp >> 6));
      *w++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *w++ = static_cast<char>(0xE0 | (cp >> 12));
      *w++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *w++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *w++ = static_cast<char>(0xF0 | (cp >> 18));
      *w++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *w++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *w++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    return w;
  }

  // ---- the second copy, when some object was out of order ----------------------

  struct emit_frame {
    std::size_t pos, end, obj; // a range: copy out[pos, end), expanding the objects from objects_[obj]
    std::size_t rec, next;     // an object: its record, and its next member
    bool object;
  };

  void emit() {
    // The records in the order of their text, each with the extent of those within it.
    std::sort(objects_.begin(), objects_.end(),
              [](const object_rec& a, const object_rec& b) { return a.begin < b.begin; });
    std::vector<std::size_t>& open = order_;
    open.clear();
    for (std::size_t i = 0; i <= objects_.size(); ++i) {
      while (!open.empty() && (i == objects_.size() || objects_[open.back()].end <= objects_[i].begin)) {
        objects_[open.back()].subtree_end = i;
        open.pop_back();
      }
      if (i < objects_.size()) open.push_back(i);
    }
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
        // The objects within the member: the records from the first that begins in its text.
        const auto obj = std::lower_bound(objects_.begin() + static_cast<std::ptrdiff_t>(f.rec) + 1,
                                          objects_.begin() + static_cast<std::ptrdiff_t>(r.subtree_end), m.begin,
                                          [](const object_rec& x, std::size_t at) { return x.begin < at; });
        emit_stack_.push_back({m.begin, m.end, static_cast<std::size_t>(obj - objects_.begin()), 0, 0,
                               false}); // f is no longer valid
        continue;
      }
      if (f.obj < objects_.size() && objects_[f.obj].begin < f.end) { // the next object to expand
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

  std::string_view s_;
  std::string* out_ = nullptr;
  std::size_t base_ = 0;
  char* o_ = nullptr;
  char* w_ = nullptr;
  char* end_ = nullptr;
  bool reorder_ = false;
  bool walked_ = false;       // the last scan read well-formed JSON
  bool schema_found_ = false; // a duplicate_key or out_of_range error was met ...
  std::size_t schema_at_ = 0; // ... the first in the text is there ...
  error_code schema_code_{};  // ... and is this
  bool locating_ = false;     // the second scan, which builds it
  bool trusted_ = false;      // the text is a decoder's (json_lexer_trusted)
  std::optional<error> schema_;
  std::vector<frame> stack_;
  std::vector<member> active_; // room for the members of the open objects: the first active_count_
  std::size_t active_count_ = 0;
  std::vector<span> placed_;
  std::vector<std::size_t> order_; // scratch: a large object's members, sorted; emit()'s stack
  std::vector<object_rec> objects_; // the objects left to emit()
  std::string keys_;
  std::string tmp_;
  std::vector<emit_frame> emit_stack_;
  json_lexer lexer_;
  json_lexer_trusted trusted_lexer_;
};

} // namespace flowrun::detail

#endif
