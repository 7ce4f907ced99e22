// flowrun: the writer. Runs, pages, log lists and log entries back to JSON text, checked.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_WRITE_HPP
#define FLOWRUN_WRITE_HPP

#include <flowrun/detail/contract.hpp>
#include <flowrun/detail/ecmascript_number.hpp>
#include <flowrun/detail/escape.hpp>
#include <flowrun/detail/json_lexer.hpp>
#include <flowrun/detail/key_index.hpp>
#include <flowrun/detail/limits.hpp>
#include <flowrun/detail/text.hpp>
#include <flowrun/detail/utf8.hpp>
#include <flowrun/document.hpp>
#include <flowrun/error.hpp>
#include <flowrun/options.hpp>
#include <flowrun/result.hpp>
#include <flowrun/status.hpp>
#include <flowrun/timestamp.hpp>
#include <flowrun/types.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// The error paths: out of the way of the writing.
#if defined(__GNUC__) || defined(__clang__)
#define FLOWRUN_WRITER_COLD __attribute__((noinline, cold))
#else
#define FLOWRUN_WRITER_COLD
#endif

namespace flowrun {

/// How write_json lays the text out.
struct write_options {
  /// Indent by two spaces, one member or element per line, `"key": value` (raw values
  /// re-indented too); compact (no white space at all) when false.
  bool pretty = false;
};

namespace detail {

// Where the writer is: a chain of pointer tokens on the call stack (a key, or an index),
// turned into a JSON Pointer only when something is refused.
struct write_path {
  const write_path* parent = nullptr;
  std::string_view key;
  std::size_t index = 0;
  bool is_index = false;
};

inline std::string pointer_of(const write_path* at, std::string_view key = {}) {
  const write_path* chain[64];
  std::size_t n = 0;
  for (const write_path* p = at; p != nullptr && n < std::size(chain); p = p->parent) chain[n++] = p;
  std::string out;
  while (n > 0) {
    const write_path* p = chain[--n];
    if (p->is_index)
      append_pointer_token(out, std::to_string(p->index));
    else if (!p->key.empty())
      append_pointer_token(out, p->key);
  }
  if (!key.empty()) append_pointer_token(out, key);
  return out;
}

// Checks a raw value that no decoder checked: the decoders' rules for raw JSON, with the
// same lexer (so the same codes, pointers and messages for malformed text), plus the
// duplicate keys the decoders refuse. A visitor of the lexer's walk.
class raw_checker {
public:
  // The first problem of `text`, sitting under `enclosing` open containers; nullopt if none.
  std::optional<json_problem> check(std::string_view text, std::size_t enclosing) {
    const std::size_t room = enclosing < max_depth_limit ? max_depth_limit - enclosing : 0;
    json_lexer lexer(text, room);
    if (!lexer.walk(*this)) return std::move(lexer.problem());
    if (dup_) return std::move(dup_);
    return std::nullopt;
  }

  void value(std::size_t) noexcept {}
  void open(bool object) { frames_.push_back({object, 0, keys_.mark(), {}}); }
  void empty(bool) noexcept {}
  void close(bool object) {
    if (object) keys_.close(frames_.back().keys_begin);
    frames_.pop_back();
  }
  void comma(bool object) noexcept {
    if (!object) ++frames_.back().index;
  }
  void begin_string(bool key, std::size_t at) {
    if (key) {
      key_at_ = at;
      key_ = &names_.emplace_back();
    }
  }
  void plain(const char* p, std::size_t n) {
    if (key_) key_->append(p, n);
  }
  void escaped(std::uint32_t cp, std::size_t) {
    if (key_) append_utf8(*key_, cp);
  }
  void end_string(bool key) {
    if (!key) return;
    frame& f = frames_.back();
    f.key = *key_;
    if (!keys_.insert(frames_.size() - 1, f.keys_begin, *key_) && !dup_) {
      dup_.emplace();
      dup_->found = true;
      dup_->code = error_code::duplicate_key;
      dup_->offset = key_at_;
      for (const frame& g : frames_) {
        if (g.object)
          append_pointer_token(dup_->pointer, g.key);
        else
          append_pointer_token(dup_->pointer, std::to_string(g.index));
      }
      dup_->message = "duplicate key " + quote_for_message(*key_) + " (each key may appear once)";
    }
    key_ = nullptr;
  }
  void colon() noexcept {}
  void literal(std::string_view) noexcept {}
  void number(const number_scan&, std::size_t) noexcept {}

private:
  struct frame {
    bool object;
    std::size_t index;
    std::size_t keys_begin;
    std::string_view key;
  };
  std::vector<frame> frames_;
  key_index keys_;
  std::deque<std::string> names_; // unescaped keys; a deque keeps the views key_index holds valid
  std::string* key_ = nullptr;
  std::size_t key_at_ = 0;
  std::optional<json_problem> dup_;
};

// The canonical writer's part of a json_writer (canonical.hpp, which alone compiles the
// RFC 8785 scan): how keys sort, how a raw value is canonicalized, and room to sort
// unknown members.
class canonical_context {
public:
  /// Three-way order of two keys by their UTF-16 code units.
  virtual int compare_keys(std::string_view a, std::string_view b) const noexcept = 0;
  /// The canonical form of raw value `json` (under `room` more levels of nesting) written
  /// into `out` from byte `at` (growing `out` if it must, never cutting it); true with
  /// `end` past it, false on any problem. `trusted`: a decoder checked `json` (valid JSON,
  /// no deeper than `room`), which is then read without checking it again.
  virtual bool raw_into(std::string_view json, std::string& out, std::size_t at, std::size_t room, std::size_t& end,
                        bool trusted) = 0;

  std::vector<std::size_t> order; // indexes of unknown members, sorted, a slice per open object

protected:
  canonical_context() = default;
  canonical_context(const canonical_context&) = default;
  canonical_context& operator=(const canonical_context&) = default;
  ~canonical_context() = default;
};

// Appends JSON to a caller's string, through a pointer into room made ahead in it (the
// string is resized when it runs short, and cut to what was written at the end): no
// allocation once the string has the capacity for the text.
// Nesting is the fixed shape of the types, except in raw values, which are re-emitted by
// an iterative scan.
//
// Every value is checked against the rules the decoder applies to what it reads (the
// contract's field rules, detail/contract.hpp): the first one that breaks them is kept as
// the error (`error()`), and the caller throws away what was written.
//
// With a canonical_context, the text is RFC 8785's instead (canonical_writer): known
// members in their sorted order (write_object), unknown ones merged in by their keys'
// UTF-16 order, numbers as ECMAScript writes them, raw values canonicalized. Anything
// out of the ordinary there (an unknown key that is not UTF-8, repeated or a contract's
// key, a number with no double) fails with a bare error: the canonical writer then takes
// its slow path, which reports it exactly.
class json_writer {
public:
  json_writer(std::string& out, write_options o, canonical_context* canonical = nullptr)
      : out_(out), base_(out.size()), pretty_(o.pretty && canonical == nullptr), canon_(canonical) {
    // Room for a first kilobyte, within the capacity the string has. Room is zero-filled
    // (resize), so it grows with what is written (grow()): a string with megabytes to
    // spare, which a caller appends many documents to, is not filled for each of them.
    constexpr std::size_t first_room = 1024;
    out.resize(base_ + std::min<std::size_t>(out.capacity() - base_, first_room));
    w_ = out.data() + base_;
    end_ = out.data() + out.size();
  }
  json_writer(const json_writer&) = delete;
  json_writer& operator=(const json_writer&) = delete;

  // The text ends where the writing ended: `out` is cut there.
  void finish() { out_.resize(static_cast<std::size_t>(w_ - out_.data())); }
  bool canonical() const noexcept { return canon_ != nullptr; }
  canonical_context& context() noexcept { return *canon_; }

  void open(char c) {
    ensure(1);
    *w_++ = c;
    ++depth_;
    first_ = true;
  }
  void close(char c) {
    --depth_;
    if (!first_) newline(depth_);
    ensure(1);
    *w_++ = c;
    first_ = false;
  }
  // `k` is one of the contract's keys: plain ASCII, nothing to escape.
  void key(std::string_view k) {
    element();
    ensure(k.size() + 4);
    *w_++ = '"';
    put(k.data(), k.size());
    *w_++ = '"';
    colon();
  }
  void element() {
    if (!first_) {
      ensure(1);
      *w_++ = ',';
    }
    newline(depth_);
    first_ = false;
  }
  void colon() {
    ensure(2);
    *w_++ = ':';
    if (pretty_) *w_++ = ' ';
  }

  void null() { literal("null", 4); }

  bool failed() const noexcept { return error_.has_value(); }
  std::optional<flowrun::error>& take_error() noexcept { return error_; }

  // The first problem is the one reported. Writer errors are about a value, not a text:
  // offset 0, line 1, column 1 (docs/contract.md, "Writing").
  void fail(error_code c, std::string pointer, std::string message) {
    if (error_) return;
    error_.emplace();
    error_->code = c;
    error_->pointer = std::move(pointer);
    error_->message = std::move(message);
  }
  template <class Message>
  FLOWRUN_WRITER_COLD void fail_at(error_code c, const write_path* at, std::string_view k, Message&& m) {
    fail(c, pointer_of(at, k), m());
  }
  // The canonical fast path gives up (its caller finds the exact error on its slow path).
  FLOWRUN_WRITER_COLD void give_up() { fail(error_code::out_of_range, {}, "not written canonically"); }

  // Members the contract does not know, after the known ones: the key escaped like any
  // string, the value as raw JSON. A key the contract knows for this object, or one
  // repeated, would read back as another value (or not at all): refused.
  void members(unknown_members u, frame_kind kind, const write_path* at) {
    for (std::size_t i = 0; i < u.size(); ++i) {
      const unknown_member& m = u[i];
      element();
      if (!string(m.key))
        return fail_at(error_code::invalid_utf8, at, {},
                       [&] { return "the key of unknown member " + std::to_string(i) + " is not valid UTF-8"; });
      if (find_row(kind, m.key) >= 0)
        return fail_at(error_code::duplicate_key, at, m.key, [&] {
          return "duplicate key " + quote_for_message(m.key) + ": an unknown member named like a field of the contract";
        });
      colon();
      raw(m.value, at, m.key, false);
      if (failed()) return;
    }
    if (u.size() > 1) check_unique(u, at);
  }

  // One unknown member in canonical order (write_object): any problem gives up.
  void canonical_member(const unknown_member& m, frame_kind kind, const write_path* at) {
    element();
    if (!string(m.key) || find_row(kind, m.key) >= 0) return give_up();
    colon();
    raw(m.value, at, m.key, false);
  }

  // A string, escaped minimally: `"`, `\` and control characters; UTF-8 is kept as is.
  // False when `s` is not valid UTF-8 (the decoder's invalid_utf8).
  [[nodiscard]] bool string(std::string_view s) {
    ensure(s.size() + 2);
    *w_++ = '"';
    const bool ok = escape_to<escape_rules{.check_utf8 = true}>(s, [this](const char* p, std::size_t n) {
      ensure(n + 1); // and the closing quote
      put(p, n);
    });
    *w_++ = '"';
    return ok;
  }
  void string(std::string_view s, const write_path* at, std::string_view k) {
    if (!string(s)) bad_utf8(at, k);
  }
  void optional_string(const std::optional<std::string_view>& s, const write_path* at, std::string_view k) {
    if (s)
      string(*s, at, k);
    else
      null();
  }

  // An id of kind `kind`: prefixed_id is made only by parse (checked) or empty by its
  // default constructor, so the kind and emptiness are all there is to check.
  void id(const prefixed_id& v, id_kind kind, const write_path* at, std::string_view k) {
    if (v.empty() || v.kind() != kind) [[unlikely]]
      return fail_at(error_code::invalid_id, at, k, [&] {
        return (v.empty() ? std::string("an empty id") : quote_for_message(v.str())) +
               " is not a valid id: expected \"" + std::string(id_prefix(kind)) +
               "\" then 1 to 64 characters of [0-9a-z]";
      });
    quoted(v.str());
  }

  // A status by its wire spelling; a value outside the enum (a cast integer) has none.
  template <class Status> void status(Status s, const write_path* at) {
    const std::string_view t = to_string(s);
    if (t.empty()) [[unlikely]]
      return fail_at(error_code::invalid_enum, at, "status", [&] {
        return std::to_string(static_cast<int>(s)) + " is not a " +
               (std::is_same_v<Status, run_status> ? "run" : "log") + " status";
      });
    quoted(t);
  }

  // Timestamps are made only by parse (checked) or by the default constructor (the epoch,
  // 1970-01-01T00:00:00Z, which reads back): nothing to check.
  void time(const timestamp& t) {
    ensure(timestamp::max_text_size + 2);
    *w_++ = '"';
    w_ = t.format_exact_to(w_);
    *w_++ = '"';
  }
  void optional_time(const std::optional<timestamp>& t) {
    if (t)
      time(*t);
    else
      null();
  }

  // The shortest text that reads back as the same double (canonical: as ECMAScript
  // writes it).
  void number(double d) {
    ensure(32);
    w_ = canon_ ? write_ecmascript_number(w_, d) : std::to_chars(w_, w_ + 32, d).ptr;
  }
  // Canonical: from 1e15 on, the digits of the nearest double (as for any JSON number).
  void integer(std::int64_t v) {
    if (canon_ && (v <= -1'000'000'000'000'000 || v >= 1'000'000'000'000'000)) return number(static_cast<double>(v));
    ensure(24);
    w_ = std::to_chars(w_, w_ + 24, v).ptr;
  }

  // A raw value at member `k` of `at`: one a decoder kept is written as it is; any other
  // is first checked as the decoder checks raw JSON (`object_only`: trigger_payload and
  // workflow hold objects).
  void raw(const raw_json& r, const write_path* at, std::string_view k, bool object_only) {
    const bool checked = raw_access::checked(r);
    if (!checked) [[unlikely]] {
      if (!check_raw(r.text, at, k, object_only)) return;
    }
    if (canon_)
      canonical_raw(r.text, checked); // the trusted reading only for what a decoder checked
    else
      raw(r.text);
  }

  // Validated JSON kept raw: every byte kept except insignificant white space; in pretty
  // mode re-indented from the current depth, empty containers kept as {} and [].
  void raw(std::string_view t) {
    if (!pretty_) return compact_raw(t);
    const std::size_t n = t.size();
    std::size_t depth = depth_;
    std::size_t i = 0;
    while (i < n) {
      const char c = t[i];
      switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\r': ++i; break;
      case '"': {
        const std::size_t j = string_end(t, i);
        append(t.data() + i, j - i);
        i = j;
        break;
      }
      case '{':
      case '[': {
        std::size_t j = i + 1;
        while (j < n && is_space(t[j])) ++j;
        if (j < n && (t[j] == '}' || t[j] == ']')) { // empty: kept as {} or []
          append(t.data() + i, 1);
          append(t.data() + j, 1);
          i = j + 1;
          break;
        }
        append(&c, 1);
        ++i;
        newline(++depth);
        break;
      }
      case '}':
      case ']':
        if (depth > depth_) newline(--depth);
        append(&c, 1);
        ++i;
        break;
      case ',':
        append(",", 1);
        ++i;
        newline(depth);
        break;
      case ':':
        colon();
        ++i;
        break;
      default: { // a number, true, false or null: up to the next delimiter
        std::size_t j = i + 1;
        while (j < n && !is_space(t[j]) && t[j] != ',' && t[j] != '}' && t[j] != ']') ++j;
        append(t.data() + i, j - i);
        i = j;
        break;
      }
      }
    }
  }

private:
  static constexpr bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  // Past the closing quote of the string whose opening quote is at `i` (the end of `t`
  // if there is none).
  static std::size_t string_end(std::string_view t, std::size_t i) noexcept {
    const char* const end = t.data() + t.size();
    const char* p = t.data() + i + 1;
    for (;;) {
      p = swar::find_first(
          p, end, [](std::uint64_t x) { return swar::equal(x, '"') | swar::equal(x, '\\'); },
          [](unsigned char c) { return c == '"' || c == '\\'; });
      if (p >= end) return t.size();
      if (*p == '"') return static_cast<std::size_t>(p + 1 - t.data());
      p += 2; // an escape: the next byte is never the end of the string
    }
  }

  // The compact form of validated JSON: runs between white space and strings copied at
  // once, strings copied whole. Never longer than `t`.
  void compact_raw(std::string_view t) {
    ensure(t.size());
    const char* const begin = t.data();
    const char* const end = begin + t.size();
    const char* p = begin;
    while (p < end) {
      const char* q = swar::find_first(
          p, end,
          [](std::uint64_t x) { return swar::below(x, 0x21) | swar::equal(x, '"'); }, // white space is below 0x21
          [](unsigned char c) { return c <= 0x20 || c == '"'; });
      put(p, static_cast<std::size_t>(q - p));
      if (q == end) break;
      if (*q == '"') {
        const std::size_t j = string_end(t, static_cast<std::size_t>(q - begin));
        put(q, j - static_cast<std::size_t>(q - begin));
        p = begin + j;
      } else {
        p = q + 1; // white space, dropped, and the rest of its run (indentation)
        while (p < end && is_space(*p)) ++p;
      }
    }
  }

  // A raw value, canonicalized into the text (RFC 8785) at the current depth; `trusted`
  // when a decoder checked it.
  void canonical_raw(std::string_view t, bool trusted) {
    const std::size_t at = static_cast<std::size_t>(w_ - out_.data());
    const std::size_t room = depth_ < max_depth_limit ? max_depth_limit - depth_ : 0;
    std::size_t end = at;
    const bool ok = canon_->raw_into(t, out_, at, room, end, trusted);
    w_ = out_.data() + end;
    end_ = out_.data() + out_.size();
    if (!ok) give_up();
  }

  FLOWRUN_WRITER_COLD void bad_utf8(const write_path* at, std::string_view k) {
    fail(error_code::invalid_utf8, pointer_of(at, k), "not valid UTF-8");
  }

  FLOWRUN_WRITER_COLD bool check_raw(std::string_view t, const write_path* at, std::string_view k, bool object_only) {
    raw_checker checker;
    if (std::optional<json_problem> p = checker.check(t, depth_)) {
      fail(p->code, pointer_of(at, k) + p->pointer, std::move(p->message));
      return false;
    }
    std::size_t i = 0;
    while (is_space(t[i])) ++i; // well-formed: a value follows
    if (object_only && t[i] != '{') {
      fail(error_code::wrong_type, pointer_of(at, k), "expected an object");
      return false;
    }
    return true;
  }

  // Unknown keys repeated in one object: the decoder's duplicate_key, at the second one
  // (the first repeat in the object's order).
  FLOWRUN_WRITER_COLD void check_unique(unknown_members u, const write_path* at) {
    std::vector<std::pair<std::string_view, std::size_t>> keys;
    keys.reserve(u.size());
    for (std::size_t i = 0; i < u.size(); ++i) keys.emplace_back(u[i].key, i);
    std::sort(keys.begin(), keys.end());
    std::size_t dup = u.size();
    for (std::size_t i = 1; i < keys.size(); ++i)
      if (keys[i].first == keys[i - 1].first) dup = std::min(dup, keys[i].second);
    if (dup == u.size()) return;
    fail_at(error_code::duplicate_key, at, u[dup].key,
            [&] { return "duplicate key " + quote_for_message(u[dup].key) + " (each key may appear once)"; });
  }

  void newline(std::size_t depth) {
    if (!pretty_) return;
    ensure(1 + 2 * depth);
    *w_++ = '\n';
    std::memset(w_, ' ', 2 * depth);
    w_ += 2 * depth;
  }

  // ASCII between quotes (ids, statuses): nothing to escape.
  void quoted(std::string_view t) {
    ensure(t.size() + 2);
    *w_++ = '"';
    put(t.data(), t.size());
    *w_++ = '"';
  }
  void literal(const char* p, std::size_t n) {
    ensure(n);
    put(p, n);
  }
  void append(const char* p, std::size_t n) {
    ensure(n);
    put(p, n);
  }
  // Room for `n` more bytes is there (ensure).
  void put(const char* p, std::size_t n) noexcept {
    std::memcpy(w_, p, n);
    w_ += n;
  }
  void ensure(std::size_t n) {
    if (static_cast<std::size_t>(end_ - w_) < n) [[unlikely]]
      grow(n);
  }
  // Room for `n` more bytes and then some (half of what this writer wrote, so that the
  // zero-filling of resize stays linear), but never past the capacity when that is
  // enough: a string with the capacity for the text is not reallocated.
  FLOWRUN_WRITER_COLD void grow(std::size_t n) {
    const std::size_t used = static_cast<std::size_t>(w_ - out_.data());
    std::size_t want = used + std::max(n, (used - base_) / 2 + 256);
    if (want > out_.capacity() && used + n <= out_.capacity()) want = out_.capacity();
    out_.resize(want);
    w_ = out_.data() + used;
    end_ = out_.data() + out_.size();
  }

  std::string& out_;
  std::size_t base_;    // out_'s size on entry
  char* w_ = nullptr;   // the next byte to write, in out_ ...
  char* end_ = nullptr; // ... up to its size
  bool pretty_;
  canonical_context* canon_;
  bool first_ = true; // nothing written yet in the innermost open container
  std::size_t depth_ = 0;
  std::optional<flowrun::error> error_;
};

// The known members of an object type, by their keys in the API's order (`names`), and
// that order sorted by UTF-16 code units (`sorted`: plain ASCII keys, so byte order),
// for canonical_writer.
template <std::size_t N> struct member_order {
  std::array<std::string_view, N> names;
  std::array<std::uint8_t, N> sorted{};
  constexpr explicit member_order(std::array<std::string_view, N> n) : names(n) {
    for (std::size_t i = 0; i < N; ++i) sorted[i] = static_cast<std::uint8_t>(i);
    for (std::size_t i = 1; i < N; ++i) // insertion sort: constexpr, and N is small
      for (std::size_t j = i; j > 0 && names[sorted[j]] < names[sorted[j - 1]]; --j)
        std::swap(sorted[j], sorted[j - 1]);
  }
};

// An object: its known members by `one(i)` (member i of `order.names`: writes its key and
// value, or nothing when absent), then the unknown ones; canonical: all of them in
// RFC 8785 order.
template <std::size_t N, class One>
void write_object(json_writer& w, const member_order<N>& order, unknown_members u, frame_kind kind,
                  const write_path* at, One&& one) {
  w.open('{');
  if (!w.canonical()) {
    for (std::size_t i = 0; i < N && !w.failed(); ++i) one(i);
    if (!w.failed()) w.members(u, kind, at);
    w.close('}');
    return;
  }
  std::vector<std::size_t>& sorted = w.context().order;
  const std::size_t mark = sorted.size();
  for (std::size_t i = 0; i < u.size(); ++i) sorted.push_back(i);
  const auto first = sorted.begin() + static_cast<std::ptrdiff_t>(mark);
  const canonical_context& c = w.context();
  std::sort(first, sorted.end(),
            [&u, &c](std::size_t a, std::size_t b) { return c.compare_keys(u[a].key, u[b].key) < 0; });
  for (auto it = first; it != sorted.end() && it + 1 != sorted.end(); ++it)
    if (u[*it].key == u[it[1]].key) {
      w.give_up();
      break;
    }
  std::size_t next = mark; // the next unknown member (the vector may move: by index)
  const std::size_t last = mark + u.size();
  for (std::size_t k = 0; k < N && !w.failed(); ++k) {
    const std::string_view name = order.names[order.sorted[k]];
    while (next < last && !w.failed() && c.compare_keys(u[sorted[next]].key, name) < 0)
      w.canonical_member(u[sorted[next++]], kind, at);
    one(order.sorted[k]);
  }
  while (next < last && !w.failed()) w.canonical_member(u[sorted[next++]], kind, at);
  sorted.resize(mark);
  w.close('}');
}

inline constexpr member_order<7> log_members{
    {"id", "execution_id", "node_id", "component_id", "status", "output", "created_at"}};

inline void write_log(json_writer& w, const log_entry& l, const write_path* at) {
  write_object(w, log_members, l.unknown, frame_kind::log, at, [&](std::size_t i) {
    switch (i) {
    case 0: w.key("id"); return w.id(l.id, id_kind::log, at, "id");
    case 1:
      if (!l.execution_id) return; // where the older API put it
      w.key("execution_id");
      return w.id(*l.execution_id, id_kind::run, at, "execution_id");
    case 2:
      w.key("node_id");
      if (l.node_id.empty()) [[unlikely]]
        return w.fail_at(error_code::out_of_range, at, "node_id",
                         [] { return std::string("node_id must not be empty"); });
      return w.string(l.node_id, at, "node_id");
    case 3: w.key("component_id"); return w.optional_string(l.component_id, at, "component_id");
    case 4: w.key("status"); return w.status(l.status, at);
    case 5:
      if (!l.output) return;
      w.key("output");
      return w.raw(*l.output, at, "output", false); // any JSON kind (compatible mode)
    default: w.key("created_at"); return w.time(l.created_at);
    }
  });
}

inline void write_logs(json_writer& w, log_list logs, const write_path* at) {
  w.open('[');
  for (std::size_t i = 0; i < logs.size() && !w.failed(); ++i) {
    const write_path here{at, {}, i, true};
    w.element();
    write_log(w, logs[i], &here);
  }
  w.close(']');
}

// The older API's fields go where it put them (examples/run-legacy.json).
inline constexpr member_order<10> run_members{{"id", "status", "trigger_payload", "error_message", "started_at",
                                               "completed_at", "duration_in_seconds", "created_at", "workflow",
                                               "logs"}};

inline void write_run(json_writer& w, const workflow_run& r, const write_path* at) {
  write_object(w, run_members, r.unknown, frame_kind::run, at, [&](std::size_t i) {
    switch (i) {
    case 0: w.key("id"); return w.id(r.id, id_kind::run, at, "id");
    case 1: w.key("status"); return w.status(r.status, at);
    case 2:
      if (!r.trigger_payload) return;
      w.key("trigger_payload");
      return w.raw(*r.trigger_payload, at, "trigger_payload", true);
    case 3: w.key("error_message"); return w.optional_string(r.error_message, at, "error_message");
    case 4: w.key("started_at"); return w.time(r.started_at);
    case 5: w.key("completed_at"); return w.optional_time(r.completed_at);
    case 6: {
      w.key("duration_in_seconds");
      if (!r.duration_in_seconds) return w.null();
      const double d = *r.duration_in_seconds;
      if (!(d >= 0) || d > std::numeric_limits<double>::max()) [[unlikely]] // NaN, negative, infinite
        return w.fail_at(error_code::out_of_range, at, "duration_in_seconds", [&] {
          return "duration_in_seconds must be a finite number >= 0, found " +
                 std::string(std::isnan(d) ? "NaN"
                             : d < 0       ? (std::isinf(d) ? "-infinity" : "a negative number")
                                           : "infinity");
        });
      return w.number(d);
    }
    case 7:
      if (!r.created_at) return;
      w.key("created_at");
      return w.time(*r.created_at);
    case 8:
      if (!r.workflow) return;
      w.key("workflow");
      return w.raw(*r.workflow, at, "workflow", true);
    default: {
      if (!r.has_logs) return;
      w.key("logs");
      const write_path logs{at, "logs"};
      return write_logs(w, r.logs, &logs);
    }
    }
  });
}

inline constexpr member_order<4> links_members{{"first", "last", "prev", "next"}};
// The API's (alphabetical) order.
inline constexpr member_order<7> meta_members{{"current_page", "from", "last_page", "path", "per_page", "to", "total"}};
inline constexpr member_order<3> page_members{{"data", "links", "meta"}};

inline void write_page(json_writer& w, const run_page& p) {
  const write_path data{nullptr, "data"};
  const write_path links{nullptr, "links"};
  const write_path meta{nullptr, "meta"};
  write_object(w, page_members, p.unknown, frame_kind::page, nullptr, [&](std::size_t member) {
    if (member == 0) {
      w.key("data");
      w.open('[');
      for (std::size_t i = 0; i < p.data.size() && !w.failed(); ++i) {
        const write_path here{&data, {}, i, true};
        w.element();
        write_run(w, p.data[i], &here);
      }
      return w.close(']');
    }
    if (member == 1) {
      w.key("links");
      const std::optional<std::string_view>* const link[] = {&p.links.first, &p.links.last, &p.links.prev,
                                                             &p.links.next};
      return write_object(w, links_members, p.links.unknown, frame_kind::links, &links, [&](std::size_t i) {
        w.key(links_members.names[i]);
        w.optional_string(*link[i], &links, links_members.names[i]);
      });
    }
    // `from` and `to` are nullable; the others are not, so when a compatible-mode page
    // lacked them they stay absent rather than become null.
    w.key("meta");
    write_object(w, meta_members, p.meta.unknown, frame_kind::meta, &meta, [&](std::size_t i) {
      const std::string_view k = meta_members.names[i];
      if (i == 3) {
        if (!p.meta.path) return;
        w.key(k);
        return w.string(*p.meta.path, &meta, k);
      }
      const std::optional<std::int64_t>& v = i == 0   ? p.meta.current_page
                                             : i == 1 ? p.meta.from
                                             : i == 2 ? p.meta.last_page
                                             : i == 4 ? p.meta.per_page
                                             : i == 5 ? p.meta.to
                                                      : p.meta.total;
      const bool nullable = i == 1 || i == 5;
      const std::int64_t least = minimum_of(i == 6 ? value_kind::total : value_kind::count);
      if (!v && !nullable) return;
      w.key(k);
      if (!v) return w.null();
      if (*v < least) [[unlikely]]
        return w.fail_at(error_code::out_of_range, &meta, k,
                         [&] { return "must be >= " + std::to_string(least) + ", found " + std::to_string(*v); });
      w.integer(*v);
    });
  });
  // The decoder's check of the whole page (detail/values.hpp, over_per_page).
  if (p.meta.per_page && *p.meta.per_page >= 1 && p.data.size() > static_cast<std::uint64_t>(*p.meta.per_page))
    w.fail_at(error_code::out_of_range, nullptr, "data", [&] {
      return "data holds " + std::to_string(p.data.size()) + " runs, more than per_page (" +
             std::to_string(*p.meta.per_page) + ")";
    });
}

// Runs `write(json_writer&)` on `out`; on an error, `out` is cut back to its size on entry.
template <class Write>
std::optional<error> write_checked(std::string& out, write_options o, Write&& write,
                                   canonical_context* canonical = nullptr) {
  const std::size_t size = out.size();
  json_writer w(out, o, canonical);
  write(w);
  if (w.failed()) [[unlikely]] {
    out.resize(size);
    return std::move(w.take_error());
  }
  w.finish();
  return std::nullopt;
}

} // namespace detail

/// Appends `run` to `out` as JSON and returns nullopt: the API's field order (the older
/// API's fields where it put them), then the members the contract does not know (kept by
/// compatible mode) in their document order, `null` for absent nullable fields, optional
/// fields that were absent left out, timestamps as they were written (every fraction
/// digit), raw values (`output`, `trigger_payload`, `workflow`, unknown members) with
/// insignificant white space removed and every other byte kept, durations as the shortest
/// text that reads back as the same double. Decoding the text gives a value equal to
/// `run`, and writing that again gives the same text. No trailing newline. Allocates
/// nothing once `out` has the capacity.
///
/// Nothing is written that the decoder (compatible mode, default options but max_depth
/// at max_depth_limit) would reject: a value that breaks the contract (a negative or
/// non-finite duration, an empty node_id, an empty id or one of the wrong kind, a status
/// outside its enum, a meta count below its minimum, a string that is not UTF-8, a raw
/// value that is not JSON or nests too deep, an unknown member repeating a key) is
/// returned as the decoder's error (code, JSON Pointer, message; offset 0, line 1,
/// column 1), and `out` is left as it was. Raw values a decoder kept are not checked
/// again; those you build are (docs/contract.md, "Writing").
///
/// Example:
///   std::string out;
///   if (auto err = flowrun::write_json(out, *run))          // {"id":"fl_run_...",...}
///     std::cerr << to_string(err->code) << " at " << err->pointer << '\n';
///   (void)flowrun::write_json(out, *run, {.pretty = true}); // appended, indented
[[nodiscard]] inline std::optional<error> write_json(std::string& out, const workflow_run& run, write_options o = {}) {
  return detail::write_checked(out, o, [&](detail::json_writer& w) { detail::write_run(w, run, nullptr); });
}

/// Appends a page (`data`, `links`, `meta`) to `out`; see write_json(workflow_run). Links are
/// nullable and always written; of `meta`, `from` and `to` are written as null when absent,
/// the other keys (not nullable) only when present.
[[nodiscard]] inline std::optional<error> write_json(std::string& out, const run_page& page, write_options o = {}) {
  return detail::write_checked(out, o, [&](detail::json_writer& w) { detail::write_page(w, page); });
}

/// Appends a list of log entries (a JSON array) to `out`; see write_json(workflow_run).
[[nodiscard]] inline std::optional<error> write_json(std::string& out, log_list logs, write_options o = {}) {
  return detail::write_checked(out, o, [&](detail::json_writer& w) { detail::write_logs(w, logs, nullptr); });
}

/// Appends one log entry (a JSON object, pointers from its root: `/output`); see
/// write_json(workflow_run).
[[nodiscard]] inline std::optional<error> write_json(std::string& out, const log_entry& log, write_options o = {}) {
  return detail::write_checked(out, o, [&](detail::json_writer& w) { detail::write_log(w, log, nullptr); });
}

/// Appends the run, page or log list a document holds; see write_json(workflow_run).
[[nodiscard]] inline std::optional<error> write_json(std::string& out, const document& doc, write_options o = {}) {
  return std::visit([&](const auto& v) { return write_json(out, v, o); }, static_cast<const document::variant&>(doc));
}

/// Appends one raw value (a log's `output`, a run's `trigger_payload` or `workflow`, an
/// unknown member's value) as write_json writes it inside its document: every byte kept
/// but insignificant white space, compact on one line, or indented from column 0 with
/// `pretty`. One a decoder kept is written as it is; any other is checked first (as the
/// decoder checks raw JSON, at the root): not JSON is the lexer's error (`syntax_error`,
/// `invalid_utf8`, `depth_exceeded`, `trailing_content`, pointer into the value), a
/// repeated key `duplicate_key`; `out` is then left as it was.
///
/// Example:
///   std::string line;
///   (void)flowrun::write_json(line, *log.output); // {"status":200,"body":{"message":"ok"}}
[[nodiscard]] inline std::optional<error> write_json(std::string& out, const raw_json& value, write_options o = {}) {
  return detail::write_checked(out, o, [&](detail::json_writer& w) { w.raw(value, nullptr, {}, false); });
}

/// write_json of an owning copy's value.
template <class T>
[[nodiscard]] std::optional<error> write_json(std::string& out, const owned<T>& v, write_options o = {}) {
  return write_json(out, *v, o);
}

/// The JSON of a run, page, log list, log entry, document, raw value or owning copy as a
/// new string, or write_json's error.
///
/// Example:
///   if (auto text = flowrun::to_json(*run, {.pretty = true})) std::cout << *text << '\n';
template <class T> [[nodiscard]] result<std::string> to_json(const T& v, write_options o = {}) {
  std::string out;
  if (std::optional<error> e = write_json(out, v, o)) return result<std::string>(std::move(*e));
  return out;
}

/// The length of the valid UTF-8 sequence at byte `i` of `s` (1 to 4), or 0 when none
/// starts there (a stray continuation byte, an overlong form, a surrogate, a code point
/// past U+10FFFF, a sequence cut short): the test a writer of arbitrary bytes (a file
/// name) needs to keep its JSON text valid UTF-8. `i` must be less than `s.size()`.
///
/// Example:
///   flowrun::utf8_sequence_length("\xc3\xa9", 0) // 2 (é)
///   flowrun::utf8_sequence_length("\xc3(", 0)     // 0
constexpr std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  return detail::utf8_sequence_length(s, i);
}

/// Appends `s` to `out` as a JSON string, quotes included, escaped as write_json escapes
/// strings: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, `\u00xx` (lowercase hex) for the other
/// control characters, UTF-8 kept. Any bytes may be given (a file name): each byte that
/// starts no valid UTF-8 sequence is written as `\ufffd`, so the text stays valid JSON.
///
/// Example:
///   std::string line;
///   flowrun::write_json_string(line, "a\"b\n");  // "a\"b\n" (with the quotes)
///   flowrun::write_json_string(line, "\xff");      // "\ufffd"
inline void write_json_string(std::string& out, std::string_view s) {
  out += '"';
  detail::append_escaped<detail::escape_rules{.repair_utf8 = true}>(out, s);
  out += '"';
}

/// Appends `s` to `out` for a line of text read by people: control characters and DEL
/// as `\u00xx`, every other byte as it is (a name with a newline stays on its line).
///
/// Example:
///   std::string line;
///   flowrun::write_escaped_text(line, "a\nb");  // a\u000ab
inline void write_escaped_text(std::string& out, std::string_view s) {
  detail::append_escaped<detail::escape_rules{.quotes = false, .short_forms = false, .delete_char = true}>(out, s);
}

} // namespace flowrun

#endif
