// flowrun: errors with a stable code, a JSON Pointer and a position.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_ERROR_HPP
#define FLOWRUN_ERROR_HPP

#include <flowrun/detail/print.hpp>

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <system_error>

namespace flowrun {

/// The stable error codes of docs/contract.md. The numeric values are part of the ABI of
/// `std::error_code` conversions: never renumber, only append.
///
/// Example:
///   std::error_code ec = flowrun::error_code::invalid_enum;
///   assert(ec.message() == "invalid_enum");
enum class error_code : std::uint8_t {
  syntax_error = 1,
  invalid_utf8,
  depth_exceeded,
  too_large,
  trailing_content,
  wrong_type,
  missing_field,
  unknown_field,
  duplicate_key,
  invalid_enum,
  invalid_timestamp,
  invalid_id,
  out_of_range,
};

/// Number of codes; codes run from 1 to error_code_count.
inline constexpr int error_code_count = 13;

/// The code's stable spelling, e.g. "missing_field"; "unknown" for a value out of range.
constexpr std::string_view to_string(error_code c) noexcept {
  switch (c) {
  case error_code::syntax_error: return "syntax_error";
  case error_code::invalid_utf8: return "invalid_utf8";
  case error_code::depth_exceeded: return "depth_exceeded";
  case error_code::too_large: return "too_large";
  case error_code::trailing_content: return "trailing_content";
  case error_code::wrong_type: return "wrong_type";
  case error_code::missing_field: return "missing_field";
  case error_code::unknown_field: return "unknown_field";
  case error_code::duplicate_key: return "duplicate_key";
  case error_code::invalid_enum: return "invalid_enum";
  case error_code::invalid_timestamp: return "invalid_timestamp";
  case error_code::invalid_id: return "invalid_id";
  case error_code::out_of_range: return "out_of_range";
  }
  return "unknown";
}

/// True for the codes that mean the input is not well-formed JSON (or is over a
/// limit). These take precedence over every schema code (docs/contract.md, "precedence").
constexpr bool is_well_formedness_error(error_code c) noexcept {
  return c == error_code::syntax_error || c == error_code::invalid_utf8 || c == error_code::depth_exceeded ||
         c == error_code::too_large || c == error_code::trailing_content;
}

/// The `std::error_category` of flowrun codes; its name is "flowrun".
inline const std::error_category& error_category() noexcept {
  struct category final : std::error_category {
    const char* name() const noexcept override { return "flowrun"; }
    std::string message(int v) const override {
      if (v < 1 || v > error_code_count) return "unknown flowrun error";
      return std::string(to_string(static_cast<error_code>(v)));
    }
  };
  static const category instance;
  return instance;
}

/// Found by argument-dependent lookup: lets `std::error_code ec = error_code::x;` work.
inline std::error_code make_error_code(error_code c) noexcept { return {static_cast<int>(c), error_category()}; }

/// One problem in a document: what (code, message) and where (pointer, offset,
/// line, column).
///
/// `pointer` is an RFC 6901 JSON Pointer: the offending member (`/logs/0/status`),
/// or for missing_field the object that lacks the key (the message names the key).
/// `offset` counts bytes from the start of the input, 0-based; `line` and
/// `column` are 1-based and the column counts bytes.
///
/// Example:
///   for (const flowrun::error& e : r.errors())
///     std::cerr << e.line << ':' << e.column << ": " << to_string(e.code)
///               << ' ' << e.pointer << ": " << e.message << '\n';
struct error {
  error_code code{};
  std::string pointer;
  std::size_t offset = 0;
  std::size_t line = 1;
  std::size_t column = 1;
  std::string message;

  friend bool operator==(const error&, const error&) = default;
};

/// The message of a too_large error: "input is N bytes, over the limit of M".
/// `at_least`: the input was read only until it passed the limit (a pipe or a
/// device), so N is a lower bound: "input is at least N bytes, ...". Every
/// too_large message of flowrun and of the command is built here.
inline std::string too_large_message(std::size_t size, std::size_t limit, bool at_least = false) {
  return std::string("input is ") + (at_least ? "at least " : "") + std::to_string(size) +
         " bytes, over the limit of " + std::to_string(limit);
}

/// The too_large error of an input of `size` bytes over a `limit` (max_size):
/// at the input's start (offset 0, line 1, column 1, pointer ""), since nothing
/// of it was read. NDJSON readers move it to the line's place (see ndjson_reader.hpp).
inline error too_large_error(std::size_t size, std::size_t limit) {
  return error{error_code::too_large, "", 0, 1, 1, too_large_message(size, limit)};
}

/// One line: `line:column: code pointer: message`, the pointer left out for the root.
///
/// Example:
///   // 13:17: invalid_enum /logs/0/status: "sucess" is not a log status (expected one of ...)
///   std::cerr << flowrun::to_string(r.error()) << '\n';
inline std::string to_string(const error& e) {
  std::string s = std::to_string(e.line);
  s += ':';
  s += std::to_string(e.column);
  s += ": ";
  s += to_string(e.code);
  if (!e.pointer.empty()) {
    s += ' ';
    s += e.pointer;
  }
  s += ": ";
  s += e.message;
  return s;
}

/// Prints the code's spelling: `std::cout << e.code` gives `missing_field`.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, error_code c) {
  return detail::print(os, to_string(c));
}

/// Prints to_string(e): `std::cerr << r.error()` gives `13:17: invalid_enum /logs/0/status: ...`.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const error& e) {
  return detail::print(os, to_string(e));
}

} // namespace flowrun

template <> struct std::is_error_code_enum<flowrun::error_code> : std::true_type {};

#if FLOWRUN_HAS_FORMAT
/// `std::format("{}", e)` gives to_string(e); the spec is a string's.
template <> struct std::formatter<flowrun::error_code, char> : flowrun::detail::text_formatter<flowrun::error_code> {};
template <> struct std::formatter<flowrun::error, char> : flowrun::detail::text_formatter<flowrun::error> {};
#endif

#endif
