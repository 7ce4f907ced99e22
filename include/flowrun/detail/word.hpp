// flowrun internals: eight bytes at a time in a 64-bit word. The one home of the
// word helpers that text.hpp (the lexer's string scan) and escape.hpp (the
// writers' escaping) both use.
#ifndef FLOWRUN_DETAIL_WORD_HPP
#define FLOWRUN_DETAIL_WORD_HPP

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__GNUC__) || defined(__clang__)
#define FLOWRUN_ALWAYS_INLINE inline __attribute__((always_inline))
// Out of line: a rare path kept out of its caller, which then keeps its registers.
#define FLOWRUN_NOINLINE __attribute__((noinline))
// Out of line and away from the hot code: a path taken seldom (a finding), whose calls
// the compiler also moves out of its callers' hot paths.
#define FLOWRUN_COLD __attribute__((noinline, cold))
#else
#define FLOWRUN_ALWAYS_INLINE inline
#define FLOWRUN_NOINLINE
#define FLOWRUN_COLD
#endif

namespace flowrun::detail {

/// `v` with its bytes in the reverse order.
FLOWRUN_ALWAYS_INLINE constexpr std::uint64_t byte_swap64(std::uint64_t v) noexcept {
  // std::byteswap is C++23; GCC (from -O2) and Clang turn these three steps into one swap.
  v = ((v & 0x00FF00FF00FF00FFULL) << 8) | ((v >> 8) & 0x00FF00FF00FF00FFULL);
  v = ((v & 0x0000FFFF0000FFFFULL) << 16) | ((v >> 16) & 0x0000FFFF0000FFFFULL);
  return (v << 32) | (v >> 32);
}

/// The 8 bytes at `p` as a word holding byte k in bits 8k to 8k+7 on every
/// target, so that masks built byte by byte and countr_zero over per-byte
/// flags mean the same on big-endian (s390x) as on little-endian. A load there
/// and a byte swap (one load-reversed instruction on s390x).
FLOWRUN_ALWAYS_INLINE std::uint64_t load_le64(const void* p) noexcept {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  if constexpr (std::endian::native == std::endian::big) v = byte_swap64(v);
  static_assert(std::endian::native == std::endian::little || std::endian::native == std::endian::big,
                "mixed-endian targets are not supported");
  return v;
}

/// Each byte of a word, repeated: byte_ones * c has c in every byte.
inline constexpr std::uint64_t byte_ones = 0x0101010101010101ULL;
/// The high bit of each byte of a word.
inline constexpr std::uint64_t byte_highs = 0x8080808080808080ULL;
/// The low seven bits of each byte of a word.
inline constexpr std::uint64_t byte_low7 = 0x7f7f7f7f7f7f7f7fULL;

/// The high bit of every zero byte of `x` set, and possibly of bytes above one
/// (the subtraction's borrow): the lowest bit set is exact, so countr_zero / 8
/// of a load_le64 word is the first zero byte's index.
constexpr std::uint64_t zero_bytes(std::uint64_t x) noexcept { return (x - byte_ones) & ~x & byte_highs; }

/// Word-at-a-time byte classes (8 bytes per step, any endianness). Each mask
/// has the high bit set in exactly the bytes of the class (no borrow or carry
/// crosses a byte: every test works on 7 bits), so the first one is the lowest
/// flagged byte in memory order on either endianness (first_flagged).
namespace swar {
inline constexpr std::uint64_t ones = byte_ones;
inline constexpr std::uint64_t highs = byte_highs;
inline constexpr std::uint64_t low7 = byte_low7;

/// The 8 bytes at `p` in the target's own order (see first_flagged).
inline std::uint64_t load(const char* p) noexcept {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
/// The bytes of `x` equal to `c`.
constexpr std::uint64_t equal(std::uint64_t x, unsigned char c) noexcept {
  const std::uint64_t y = x ^ (ones * c);
  return ~(((y & low7) + low7) | y) & highs;
}
/// The bytes of `x` below `c` (c <= 0x80).
constexpr std::uint64_t below(std::uint64_t x, unsigned char c) noexcept {
  return ~(((x & low7) + ones * (0x80u - c)) | x) & highs;
}
/// The index in memory of the first flagged byte of a non-zero mask of a word loaded by load().
inline std::size_t first_flagged(std::uint64_t m) noexcept {
  if constexpr (std::endian::native == std::endian::little)
    return static_cast<std::size_t>(std::countr_zero(m)) / 8;
  else
    return static_cast<std::size_t>(std::countl_zero(m)) / 8;
}
/// The first byte of [p, end) for which `flag(word)` (a mask as above) flags
/// a byte and `flag1(byte)` is true (the same class, one byte); `end` if none.
template <class Flag, class Flag1>
inline const char* find_first(const char* p, const char* end, Flag flag, Flag1 flag1) noexcept {
  while (end - p >= 8) {
    if (const std::uint64_t m = flag(load(p)); m != 0) return p + first_flagged(m);
    p += 8;
  }
  while (p < end && !flag1(static_cast<unsigned char>(*p))) ++p;
  return p;
}
} // namespace swar

} // namespace flowrun::detail

#endif
