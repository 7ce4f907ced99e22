// flowrun: padded_view, a text that flowrun::decoder reads where it lies.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_PADDED_HPP
#define FLOWRUN_PADDED_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace flowrun {

/// How many bytes past its text a padded buffer keeps readable (simdjson's
/// SIMDJSON_PADDING: decoder.hpp checks that it is no larger).
inline constexpr std::size_t padding = 64;

/// A text whose buffer stays readable for flowrun::padding bytes past its end,
/// as simdjson's padded strings are. flowrun::decoder reads such a text where
/// it lies instead of copying it first (the other decoders take its text), so
/// what is decoded from it may view into it: keep the text alive and unchanged
/// as long as the values. The padding is only read, never written, and what it
/// holds does not matter; a text that is not padded is copied, as a
/// std::string_view is.
///
/// Example:
///   std::string text = read_file(path);
///   text.reserve(text.size() + flowrun::padding); // once; the capacity is the padding
///   flowrun::result<flowrun::workflow_run> r = dec.decode_run(flowrun::padded_view(text));
class padded_view {
public:
  padded_view() = default;

  /// `size` bytes at `data`, in a buffer that can be read up to `data + capacity`.
  constexpr padded_view(const char* data, std::size_t size, std::size_t capacity) noexcept
      : data_(data), size_(size), capacity_(capacity < size ? size : capacity) {}

  /// A string's text, padded by its spare capacity (`reserve` it).
  explicit padded_view(const std::string& s) noexcept : padded_view(s.data(), s.size(), s.capacity()) {}
  /// Not from a temporary: what is decoded would view into it once it is gone.
  explicit padded_view(std::string&&) = delete;

  constexpr std::string_view text() const noexcept { return {data_, size_}; }
  /// True when flowrun::padding bytes past the text can be read.
  constexpr bool padded() const noexcept { return capacity_ - size_ >= padding; }

  /// The `count` bytes at `pos` (both within the text), in the same buffer:
  /// padded whenever flowrun::padding bytes of the buffer follow them.
  constexpr padded_view part(std::size_t pos, std::size_t count) const noexcept {
    return {data_ + pos, count, capacity_ - pos};
  }

private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

} // namespace flowrun

#endif
