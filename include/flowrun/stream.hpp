// flowrun: NDJSON streams of runs (one run object per line), for every decoder.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_STREAM_HPP
#define FLOWRUN_STREAM_HPP

#include <flowrun/detail/error_list.hpp>
#include <flowrun/detail/ndjson_lines.hpp>
#include <flowrun/error.hpp>
#include <flowrun/padded.hpp>
#include <flowrun/result.hpp>
#include <flowrun/types.hpp>

#include <cstddef>
#include <iterator>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace flowrun {

/// One document of an NDJSON stream: where it starts and how it decoded.
struct stream_item {
  std::size_t line = 0;   ///< 1-based line of the stream
  std::size_t offset = 0; ///< byte offset of the line in the stream
  result<workflow_run> run;
};

/// Counts of a whole stream.
struct stream_summary {
  std::size_t documents = 0;
  std::size_t valid = 0;
};

/// The documents of an NDJSON text, decoded one line at a time by `Decoder`
/// as you iterate (blank lines are skipped). Each item views into the decoder
/// until the next step (and into the text, when it is a padded_view: each line
/// is then read where it lies). A bad line is one failed item, its errors in the
/// stream's coordinates (offsets from the start of the text, lines of the
/// text); the lines after it still decode. `max_size` applies to each line.
///
/// Example:
///   for (const flowrun::stream_item& it : dec.runs(ndjson))
///     if (!it.run) std::cerr << "line " << it.line << ": " << it.run.error().message << '\n';
template <class Decoder> class basic_run_stream {
public:
  class iterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = stream_item;
    using difference_type = std::ptrdiff_t;
    using pointer = const stream_item*;
    using reference = const stream_item&;

    iterator() = default;
    const stream_item& operator*() const noexcept { return *item_; }
    const stream_item* operator->() const noexcept { return &*item_; }
    iterator& operator++() {
      advance();
      return *this;
    }
    void operator++(int) { advance(); }
    friend bool operator==(const iterator& a, std::default_sentinel_t) noexcept { return !a.item_; }

  private:
    friend class basic_run_stream;
    iterator(Decoder* d, padded_view text, bool in_place)
        : dec_(d), text_(text), in_place_(in_place), lines_(text.text()) {
      advance();
    }

    void advance() {
      item_.reset();
      detail::ndjson_line l;
      if (!lines_.next(l)) return;
      // The result goes straight into the item (one move of it, not two).
      result<workflow_run>& r =
          item_
              .emplace(stream_item{l.line, l.offset,
                                   in_place_ ? dec_->decode_run(text_.part(l.offset, l.text.size()))
                                             : dec_->decode_run(l.text)})
              .run;
      if (!r) {
        std::vector<error> errs(r.errors().begin(), r.errors().end());
        detail::rebase(errs, l.offset, l.line);
        r = result<workflow_run>(std::move(errs), r.omitted_errors());
      }
    }

    Decoder* dec_ = nullptr;
    padded_view text_;
    bool in_place_ = false; // the text is a padded_view: each line is decoded from its place in it
    detail::ndjson_lines lines_;
    std::optional<stream_item> item_;
  };

  basic_run_stream(Decoder* d, std::string_view t) noexcept : dec_(d), text_(t.data(), t.size(), t.size()) {}
  basic_run_stream(Decoder* d, padded_view t) noexcept : dec_(d), text_(t), in_place_(true) {}

  iterator begin() { return iterator(dec_, text_, in_place_); }
  std::default_sentinel_t end() const noexcept { return {}; }

private:
  Decoder* dec_;
  padded_view text_;
  bool in_place_ = false;
};

} // namespace flowrun

#endif
