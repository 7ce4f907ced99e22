// flowrun internals: duplicate-key detection an attacker cannot flood.
//
// Every object's keys are compared (after unescaping) with the keys before
// them. Small objects are scanned; from `index_from` keys on, an object gets an
// open-addressing table. Its hash is SipHash-1-3 under a 128-bit key drawn
// from std::random_device when a decoder first needs a table: without that
// key nobody can build keys that collide (std::hash has seed-independent
// collisions, which made a 65,536-key object take seconds). Tables are kept
// per depth and reused between documents, so steady-state decoding does not
// allocate.
#ifndef FLOWRUN_DETAIL_KEY_INDEX_HPP
#define FLOWRUN_DETAIL_KEY_INDEX_HPP

#include <flowrun/detail/text.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <random>
#include <string_view>
#include <vector>

namespace flowrun::detail {

/// SipHash-1-3 (Aumasson and Bernstein) of `s` under the key (k0, k1).
inline std::uint64_t siphash13(std::uint64_t k0, std::uint64_t k1, std::string_view s) noexcept {
  std::uint64_t v0 = 0x736f6d6570736575ULL ^ k0, v1 = 0x646f72616e646f6dULL ^ k1;
  std::uint64_t v2 = 0x6c7967656e657261ULL ^ k0, v3 = 0x7465646279746573ULL ^ k1;
  const auto rotl = [](std::uint64_t x, int b) { return (x << b) | (x >> (64 - b)); };
  const auto round = [&] {
    v0 += v1;
    v1 = rotl(v1, 13);
    v1 ^= v0;
    v0 = rotl(v0, 32);
    v2 += v3;
    v3 = rotl(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = rotl(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = rotl(v1, 17);
    v1 ^= v2;
    v2 = rotl(v2, 32);
  };
  const std::size_t n = s.size();
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t m = 0;
    for (std::size_t b = 0; b < 8; ++b) m |= std::uint64_t{static_cast<unsigned char>(s[i + b])} << (8 * b);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  std::uint64_t last = std::uint64_t{n & 0xff} << 56;
  for (std::size_t b = 0; i + b < n; ++b) last |= std::uint64_t{static_cast<unsigned char>(s[i + b])} << (8 * b);
  v3 ^= last;
  round();
  v0 ^= last;
  v2 ^= 0xff;
  round();
  round();
  round();
  return v0 ^ v1 ^ v2 ^ v3;
}

/// The keys of the open objects of one document, and their tables.
class key_index {
public:
  /// Objects with this many keys or more are indexed by a table.
  static constexpr std::size_t index_from = 16;

  /// Forgets every key (a walk that stopped early left objects open).
  void reset() noexcept { size_ = 0; }

  /// Where the keys of an object opened now will start.
  std::size_t mark() const noexcept { return size_; }

  /// Adds key `k` (valid until the document ends) to the object at `depth`
  /// whose keys start at `begin`; false, and nothing added, when the object
  /// has it already.
  FLOWRUN_ALWAYS_INLINE bool insert(std::size_t depth, std::size_t begin, std::string_view k) {
    const std::size_t count = size_ - begin;
    if (count < index_from - 1 && size_ < cap_) {
      for (std::size_t i = begin; i < size_; ++i)
        if (same_text(keys_[i], k)) return false;
      keys_[size_++] = k;
      return true;
    }
    return insert_slow(depth, begin, k);
  }

private:
  // A key that needs room, or a table: the object's 16th key makes one.
  bool insert_slow(std::size_t depth, std::size_t begin, std::string_view k) {
    const std::size_t count = size_ - begin;
    if (size_ == cap_) grow();
    if (count < index_from) {
      for (std::size_t i = begin; i < size_; ++i)
        if (same_text(keys_[i], k)) return false;
      keys_[size_++] = k;
      if (count + 1 == index_from) build(depth, begin);
      return true;
    }
    table& t = tables_[depth];
    const std::uint64_t h = hash(k);
    const std::size_t mask = t.slots.size() - 1;
    std::size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
      const std::uint32_t s = t.slots[i];
      if (s == 0) break; // the table holds every key of the object
      if (keys_[s - 1] == k) return false;
    }
    keys_[size_++] = k;
    if ((t.used + 1) * 2 > t.slots.size()) {
      build(depth, begin); // grows, and places the new key too
    } else {
      t.slots[i] = static_cast<std::uint32_t>(size_);
      ++t.used;
    }
    return true;
  }

public:
  /// Closes the object whose keys start at `begin`.
  void close(std::size_t begin) noexcept { size_ = begin; }

private:
  struct table {
    std::vector<std::uint32_t> slots; // key position + 1; 0 = empty
    std::size_t used = 0;
  };

  std::uint64_t hash(std::string_view k) noexcept {
    if (!seeded_) {
      std::random_device rd;
      k0_ = (std::uint64_t{rd()} << 32) ^ rd();
      k1_ = (std::uint64_t{rd()} << 32) ^ rd();
      seeded_ = true;
    }
    return siphash13(k0_, k1_, k);
  }

  // (Re)builds the table of the object at `depth` from its keys, at most half full.
  void build(std::size_t depth, std::size_t begin) {
    if (tables_.size() <= depth) tables_.resize(depth + 1);
    table& t = tables_[depth];
    const std::size_t count = size_ - begin;
    std::size_t size = 64;
    while (size < count * 4) size *= 2;
    t.slots.assign(size, 0);
    t.used = 0;
    const std::size_t mask = size - 1;
    for (std::size_t p = begin; p < size_; ++p) {
      std::size_t i = hash(keys_[p]) & mask;
      while (t.slots[i] != 0) i = (i + 1) & mask;
      t.slots[i] = static_cast<std::uint32_t>(p + 1);
      ++t.used;
    }
  }

  void grow() {
    const std::size_t cap = cap_ ? cap_ * 2 : 256;
    auto keys = std::make_unique<std::string_view[]>(cap);
    for (std::size_t i = 0; i < size_; ++i) keys[i] = keys_[i];
    keys_ = std::move(keys);
    cap_ = cap;
  }

  std::unique_ptr<std::string_view[]> keys_; // the keys of the open objects, outermost first
  std::size_t size_ = 0, cap_ = 0;
  std::vector<table> tables_;
  std::uint64_t k0_ = 0, k1_ = 0;
  bool seeded_ = false;
};

} // namespace flowrun::detail

#endif
