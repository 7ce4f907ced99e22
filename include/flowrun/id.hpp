// flowrun: prefixed entity ids (`fl_run_...`, `fl_log_...`, `fl_...`).
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_ID_HPP
#define FLOWRUN_ID_HPP

#include <flowrun/detail/print.hpp>
#include <flowrun/detail/word.hpp> // swar::load, swar::below

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace flowrun {

namespace detail {
struct id_access;

constexpr bool is_id_byte(char c) noexcept { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'); }

// True when all 8 bytes of w are [0-9a-z] (word.hpp's byte classes: a byte of
// 0x80 or more is below no bound, so it is in neither range).
constexpr bool id_word_valid(std::uint64_t w) noexcept {
  using swar::below;
  const std::uint64_t digit = below(w, '9' + 1) & ~below(w, '0'), lower = below(w, 'z' + 1) & ~below(w, 'a');
  return (digit | lower) == swar::highs;
}

// True when every byte of `body` is [0-9a-z]: a word at a time, the last word
// overlapping the one before it (byte order does not matter to the test).
constexpr bool id_body_valid(std::string_view body) noexcept {
  const std::size_t n = body.size();
  if (std::is_constant_evaluated() || n < 8) {
    for (char c : body)
      if (!is_id_byte(c)) return false;
    return true;
  }
  const auto word = [&](std::size_t at) { return swar::load(body.data() + at); };
  for (std::size_t at = 0; at + 8 < n; at += 8)
    if (!id_word_valid(word(at))) return false;
  return id_word_valid(word(n - 8));
}
} // namespace detail

/// The entity an id names; each has its own prefix.
enum class id_kind : std::uint8_t { run, log, workflow };

/// The prefix of a kind: "fl_run_", "fl_log_" or "fl_".
constexpr std::string_view id_prefix(id_kind k) noexcept {
  switch (k) {
  case id_kind::run: return "fl_run_";
  case id_kind::log: return "fl_log_";
  case id_kind::workflow: return "fl_";
  }
  return "";
}

/// Longest body accepted (docs/contract.md policy: 1 to 64 characters of [0-9a-z]).
inline constexpr std::size_t max_id_body = 64;

/// A validated prefixed id: the right prefix, then 1 to 64 characters of
/// `[0-9a-z]`. It views the text it was parsed from (no copy).
///
/// Example:
///   auto id = flowrun::prefixed_id::parse("fl_run_a1b2c3d4e5f6g7h8", flowrun::id_kind::run);
///   assert(id && id->body() == "a1b2c3d4e5f6g7h8");
///   assert(!flowrun::prefixed_id::parse("fl_log_a1", flowrun::id_kind::run));
namespace detail {
// prefixed_id::valid for one kind, its prefix a constant (so that its compare unrolls).
template <id_kind K> constexpr bool id_valid_as(std::string_view text) noexcept {
  constexpr std::string_view p = id_prefix(K);
  if (text.size() <= p.size() || text.size() - p.size() > max_id_body) return false;
  for (std::size_t i = 0; i < p.size(); ++i) // inlined: a memcmp call costs more than these few bytes
    if (text[i] != p[i]) return false;
  // No substr: its bounds check (and throw) kept it out of line in some callers.
  return id_body_valid(std::string_view(text.data() + p.size(), text.size() - p.size()));
}
} // namespace detail

class prefixed_id {
public:
  constexpr prefixed_id() noexcept = default;

  /// True when `text` is a valid id of kind `k`.
  static constexpr bool valid(std::string_view text, id_kind k) noexcept {
    switch (k) { // each kind's prefix a constant, so that its compare unrolls
    case id_kind::run: return detail::id_valid_as<id_kind::run>(text);
    case id_kind::log: return detail::id_valid_as<id_kind::log>(text);
    case id_kind::workflow: return detail::id_valid_as<id_kind::workflow>(text);
    }
    return false;
  }

  /// The id, or nullopt when `text` is not a valid id of kind `k`.
  static constexpr std::optional<prefixed_id> parse(std::string_view text, id_kind k) noexcept {
    if (!valid(text, k)) return std::nullopt;
    return prefixed_id(text, k);
  }

  /// The whole id as written, prefix included: a view of the parsed text, so no copy (the
  /// accessor, like raw_json::text). to_string(id) is the text form that owns its characters.
  constexpr std::string_view str() const noexcept { return text_; }
  /// The part after the prefix.
  constexpr std::string_view body() const noexcept { return text_.substr(id_prefix(kind_).size()); }
  constexpr id_kind kind() const noexcept { return kind_; }
  constexpr bool empty() const noexcept { return text_.empty(); }

  friend constexpr bool operator==(const prefixed_id& a, const prefixed_id& b) noexcept {
    return a.kind_ == b.kind_ && a.text_ == b.text_;
  }

private:
  constexpr prefixed_id(std::string_view t, id_kind k) noexcept : text_(t), kind_(k) {}
  // Owning copies move an id onto their own storage through detail::id_access.
  friend struct detail::id_access;

  std::string_view text_;
  id_kind kind_ = id_kind::run;
};

namespace detail {
// Lets owning copies move an id's view to new storage.
struct id_access {
  static constexpr prefixed_id rebase(prefixed_id id, std::string_view t) noexcept { return {t, id.kind_}; }
};
} // namespace detail

/// The id as written, prefix included, in a string of its own (id.str() is the same text as
/// a view, valid while the decoded text is).
///
/// Example:
///   assert(flowrun::to_string(*flowrun::prefixed_id::parse("fl_log_a1", flowrun::id_kind::log)) == "fl_log_a1");
inline std::string to_string(const prefixed_id& id) { return std::string(id.str()); }

/// Prints the id as written: `std::cout << run.id` gives `fl_run_a1b2c3d4e5f6g7h8`.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const prefixed_id& id) {
  return detail::print(os, id.str());
}

} // namespace flowrun

#if FLOWRUN_HAS_FORMAT
/// `std::format("{}", run.id)`; the spec is a string's (`{:>30}`).
template <>
struct std::formatter<flowrun::prefixed_id, char> : flowrun::detail::text_formatter<flowrun::prefixed_id> {};
#endif

#endif
