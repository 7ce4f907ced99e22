// flowrun: flowrun::decoder, the fast path. A reusable decoder on simdjson's
// stage-1 index.
//
// simdjson's stage 1 indexes the text; flowrun's own walk over that index (see
// detail/flat_walk.hpp) then checks and decodes it in one pass. When a
// document has any problem, the same walk runs again and feeds the shared
// builder, which reports the errors exactly as the Boost.JSON path does.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_DECODER_HPP
#define FLOWRUN_DECODER_HPP

#include <flowrun/detail/builder.hpp>
#include <flowrun/detail/decoder_base.hpp>
#include <flowrun/detail/flat_walk.hpp>
#include <flowrun/document.hpp>
#include <flowrun/error.hpp>
#include <flowrun/options.hpp>
#include <flowrun/padded.hpp>
#include <flowrun/result.hpp>
#include <flowrun/stream.hpp>
#include <flowrun/types.hpp>

#include <simdjson.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace flowrun {

class decoder;

/// The runs of an NDJSON text, decoded by a flowrun::decoder (see basic_run_stream).
using run_stream = basic_run_stream<decoder>;

namespace detail {
bool fast_walk_gave_up(const decoder& d) noexcept;
} // namespace detail

/// The reusable decoder. It owns simdjson's index, a padded copy of the input
/// and the storage of decoded values; after the first document of a given
/// size, decoding allocates nothing. Decoded values view into it and stay
/// valid until the next decode on the same decoder (to keep one, use
/// to_owned). Not thread-safe: use one decoder per thread.
///
/// Example:
///   flowrun::decoder dec;
///   flowrun::result<flowrun::workflow_run> r = dec.decode_run(text);
///   if (!r) {
///     const flowrun::error& e = r.error();
///     std::cerr << e.line << ':' << e.column << ' ' << to_string(e.code) << ' '
///               << e.pointer << ": " << e.message << '\n';
///   } else {
///     for (const flowrun::log_entry& l : r->logs) std::cout << l.node_id << '\n';
///   }
class decoder : public detail::decoder_base<decoder> {
public:
  explicit decoder(decode_options o = {}) : decoder_base(o) {}

  /// Writable bytes a buffer lent to decode_run_in_place needs past the document.
  static constexpr std::size_t in_place_padding = padding;

  /// decode_run without copying the document: it is `buf[0, len)` of a buffer
  /// the caller lends, with in_place_padding writable bytes past it (the
  /// decoder may overwrite them: restore them once this returns, if they
  /// matter). The decoded value views into `buf` as well as into the decoder.
  /// For large documents, which are then held once, not twice. A text in a
  /// buffer that is only to be read: decode_run(padded_view).
  ///
  /// Example:
  ///   std::string text = read_large_run();
  ///   const std::size_t len = text.size();
  ///   text.resize(len + flowrun::decoder::in_place_padding);
  ///   auto r = dec.decode_run_in_place(text.data(), len);
  result<workflow_run> decode_run_in_place(char* buf, std::size_t len) {
    buf[len] = ' '; // ends the text as read_in_place wants it
    return decode_run(padded_view(buf, len, len + in_place_padding));
  }

private:
  friend class detail::decoder_base<decoder>;

  friend bool detail::fast_walk_gave_up(const decoder& d) noexcept;

  static_assert(simdjson::SIMDJSON_PADDING <= padding, "simdjson reads further past a text than padded_view allows");

  // True when the padded text `json` can be decoded where it lies: the byte
  // after it (the first of the padding) reads as the end of the text, as the
  // spaces after the decoder's own copy do. White space (the '\n' after an
  // NDJSON line) does; so does the '\0' that ends a std::string: the walk
  // reads that byte only as the end (a token, for the grammar, which no rule
  // takes; or where a number or literal may end, where it checks for the end
  // first). Any other byte could complete a truncated text.
  static bool read_in_place(std::string_view json) noexcept {
    const char after = json.data()[json.size()];
    return after == '\0' || detail::is_json_space(after);
  }

  // Decodes one document; true when it is valid, its values in store_. A
  // padded text (flowrun::padding bytes past it can be read) is decoded where
  // it lies when read_in_place allows; any other is copied first.
  bool decode_text(std::string_view json, document_kind kind, bool padded) {
    gave_up_ = false;
    const std::size_t limit =
        std::min<std::size_t>(opts_.max_size, simdjson::SIMDJSON_MAXSIZE_BYTES - simdjson::SIMDJSON_PADDING);
    if (json.size() > limit) {
      start(kind, std::string_view());
      b_.too_large(json.size(), limit);
      return false;
    }
    if (!reserve(json.size())) {
      start(kind, std::string_view());
      b_.too_large(json.size(), cap_); // simdjson could not allocate its index
      return false;
    }
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: decode a padded
    // copy, or the caller's text when it is padded.
    const std::uint8_t* base = reinterpret_cast<const std::uint8_t*>(json.data());
    if (!(padded && read_in_place(json))) {
      if (!json.empty()) std::memcpy(buf_.get(), json.data(), json.size());
      std::memset(buf_.get() + json.size(), ' ', simdjson::SIMDJSON_PADDING);
      base = buf_.get();
    }
    const std::string_view text(reinterpret_cast<const char*>(base), json.size());
    start_values(kind);

    if (const simdjson::error_code e = parser_->stage1(base, json.size(), simdjson::stage1_mode::regular)) {
      // simdjson knows that the text is malformed, not always where: the
      // builder's locator finds the first problem.
      start(kind, text);
      b_.malformed(e == simdjson::UTF8_ERROR ? error_code::invalid_utf8 : error_code::syntax_error, 0,
                   std::string("invalid JSON: ") + simdjson::error_message(e));
      return false;
    }
    const detail::indexed_text t{base, json.size(), parser_->structural_indexes.get(), parser_->n_structural_indexes};
    store_.reserve_for(json.size());
    if (fast_.run(t, kind, opts_, store_, keys_, strings_.get())) {
      finish();
      return true;
    }
    // The fast walk gave up: the same walk again, its events to the builder,
    // which finds and reports the errors.
    gave_up_ = true;
    start(kind, text);
    slow_.run(t, b_, *parser_, strings_.get());
    if (!b_.ok()) return false;
    finish();
    return true;
  }

  // Room for a document of `len` bytes: simdjson's index, the padded copy and
  // the unescaped strings. Grows only.
  bool reserve(std::size_t len) {
    if (parser_ && len <= cap_) return true;
    const std::size_t cap = std::max<std::size_t>(len, 4096);
    std::unique_ptr<detail::simdjson_compat::parser> p = detail::simdjson_compat::make_parser(cap, 1);
    if (!p) return false;
    parser_ = std::move(p);
    // Not zeroed: pages that a document never reaches stay out of resident memory.
    buf_.reset(new std::uint8_t[cap + simdjson::SIMDJSON_PADDING]);
    strings_.reset(new std::uint8_t[cap + 2 * simdjson::SIMDJSON_PADDING]);
    cap_ = cap;
    fast_.use(parser_.get());
    return true;
  }

  std::unique_ptr<detail::simdjson_compat::parser> parser_;
  std::unique_ptr<std::uint8_t[]> buf_;     // the input, padded (unless the caller's is)
  std::unique_ptr<std::uint8_t[]> strings_; // unescaped strings
  std::size_t cap_ = 0;
  detail::fast_walk fast_;
  detail::event_walk slow_;
  bool gave_up_ = false; // the last decode's fast walk gave up (tests count these)
};

namespace detail {
/// True when the last decode on `d` took the slow path: its fast walk gave
/// up, and the event walk and the builder decided. A valid document never
/// should (the tests check every corpus they have).
inline bool fast_walk_gave_up(const decoder& d) noexcept { return d.gave_up_; }
} // namespace detail

} // namespace flowrun

#endif
