// flowrun: the reference path. A decoder on Boost.JSON's parser (1.81), with
// the same surface, options and answers as flowrun::decoder.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_BOOST_DECODER_HPP
#define FLOWRUN_BOOST_DECODER_HPP

#include <flowrun/detail/boost_dom.hpp>
#include <flowrun/detail/boost_sax.hpp>
#include <flowrun/detail/builder.hpp>
#include <flowrun/detail/decoder_base.hpp>
#include <flowrun/detail/limits.hpp>
#include <flowrun/document.hpp>
#include <flowrun/error.hpp>
#include <flowrun/options.hpp>
#include <flowrun/result.hpp>
#include <flowrun/stream.hpp>
#include <flowrun/types.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>

#include <concepts>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace flowrun {

/// The reference decoder, on Boost.JSON's SAX parser: the same surface,
/// options, error codes, pointers and offsets as flowrun::decoder, and values
/// equal to its values (raw JSON spans included, byte for byte). It keeps a
/// copy of the input and the decoded strings; decoded values view into it
/// until the next decode on the same decoder (to keep one, use to_owned).
/// Not thread-safe: use one decoder per thread.
///
/// It also decodes a boost::json::value. A DOM has already lost duplicate
/// keys (Boost keeps the last), so this door cannot report duplicate_key, and
/// its numbers are what the DOM's parser made of them (boost::json::parse in
/// 1.81 may round a double one ulp off): decode the text for strict checking
/// and exact numbers. Offsets and raw spans then refer to the DOM written as
/// compact JSON (boost::json::serialize's spelling).
///
/// Example:
///   flowrun::boost_decoder dec({.mode = flowrun::decode_mode::strict});
///   flowrun::result<flowrun::workflow_run> r = dec.decode_run(text);
///   if (!r) std::cerr << r.error().pointer << ": " << r.error().message << '\n';
///   boost::json::value jv = boost::json::parse(text);
///   auto from_dom = dec.decode_run(jv); // same rules, duplicates already gone
class boost_decoder : public detail::decoder_base<boost_decoder> {
public:
  explicit boost_decoder(decode_options o = {})
      : decoder_base(o), parser_(std::make_unique<parser_type>(parser_options())) {}

  using decoder_base::decode_logs;
  using decoder_base::decode_run;
  using decoder_base::decode_run_page;

  /// A run held as a DOM (templates only so that a string literal still picks
  /// the text overload).
  template <std::same_as<boost::json::value> V> result<workflow_run> decode_run(const V& v) {
    if (!decode_value(v, document_kind::run)) return failure<workflow_run>();
    return store_.runs.front();
  }
  template <std::same_as<boost::json::value> V> result<run_page> decode_run_page(const V& v) {
    if (!decode_value(v, document_kind::page)) return failure<run_page>();
    return store_.page;
  }
  template <std::same_as<boost::json::value> V> result<log_list> decode_logs(const V& v) {
    if (!decode_value(v, document_kind::logs)) return failure<log_list>();
    return log_list(store_.logs);
  }

private:
  friend class detail::decoder_base<boost_decoder>;
  using parser_type = boost::json::basic_parser<detail::boost_handler>;

  // Boost's own depth limit sits above every limit the builder can have, so
  // the builder decides depth_exceeded; the other defaults are RFC 8259.
  static boost::json::parse_options parser_options() noexcept {
    boost::json::parse_options po;
    po.max_depth = detail::boost_parser_max_depth;
    return po;
  }

  // Decodes one text into the builder; true when it holds a value. A padded
  // text is copied all the same (its values view this decoder's copy).
  bool decode_text(std::string_view json, document_kind kind, bool /*padded*/) {
    start(kind, std::string_view());
    if (json.size() > opts_.max_size) {
      b_.too_large(json.size(), opts_.max_size);
      return false;
    }
    text_.assign(json);
    std::size_t used = 0;
    boost::json::error_code ec;
    parse(kind, text_, used, ec);
    if (ec == boost::json::error::exponent_overflow && !b_.failed() && detail::clamp_exponents(text_, clamped_))
      parse(kind, clamped_, used, ec);
    if (b_.failed()) return false;
    if (ec) {
      b_.malformed(detail::from_boost(ec), used, "invalid JSON: " + ec.message());
      return false;
    }
    if (used < text_.size()) {
      // Boost stops after the first complete value; the locator decides what
      // the rest is (trailing content, or a root `01` or `truex` that the contract
      // reads as one malformed value).
      b_.malformed(error_code::trailing_content, used, "unexpected content after the root value");
      return false;
    }
    if (!b_.ok()) return false;
    finish();
    return true;
  }

  // One pass of Boost over `buffer` (the input or its clamped copy). Boost
  // stops after the root value and the white space after it: `used` is then
  // where trailing content would start.
  void parse(document_kind kind, std::string_view buffer, std::size_t& used, boost::json::error_code& ec) {
    start(kind, text_);
    arena_.clear();
    parser_->reset();
    parser_->handler().start(b_, arena_, text_, buffer);
    ec = {};
    used = parser_->write_some(false, buffer.data(), buffer.size(), ec);
  }

  bool decode_value(const boost::json::value& v, document_kind kind) {
    start(kind, std::string_view());
    text_.clear();
    detail::write_dom(v, text_, 1, b_.max_depth());
    start(kind, text_);
    arena_.clear();
    detail::boost_value_walker(b_, arena_, text_).walk(v);
    if (!b_.ok()) return false;
    finish();
    return true;
  }

  std::unique_ptr<parser_type> parser_;
  std::string text_;    // the input, or the DOM as text; what offsets refer to
  std::string clamped_; // text_ with clamped exponents, when Boost needs it
  detail::string_arena arena_;
};

/// The runs of an NDJSON text, decoded by a flowrun::boost_decoder (see basic_run_stream).
using boost_run_stream = basic_run_stream<boost_decoder>;

} // namespace flowrun

#endif
