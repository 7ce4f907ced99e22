// flowrun: the fast path. A reusable decoder on simdjson On-Demand.
//
// On-Demand validates lazily: it does not check what it skips, does not see
// duplicate keys and does not look past the root value. So the walk below
// visits every value (raw `output` and unknown fields included), hands each to
// the shared builder, and checks the end of input itself.
#ifndef FLOWRUN_SIMDJSON_HPP
#define FLOWRUN_SIMDJSON_HPP

#include <flowrun/detail/builder.hpp>
#include <flowrun/detail/decoder_base.hpp>
#include <flowrun/detail/locate.hpp>
#include <flowrun/error.hpp>
#include <flowrun/options.hpp>
#include <flowrun/result.hpp>
#include <flowrun/types.hpp>

#include <simdjson.h>

#include <cstddef>
#include <cstring>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace flowrun {

namespace detail {

/// Reports a document simdjson rejected; see builder::malformed.
inline void report_simdjson_error(builder& b, simdjson::error_code e) {
  error_code code = error_code::syntax_error;
  if (e == simdjson::UTF8_ERROR) code = error_code::invalid_utf8;
  b.malformed(code, 0, std::string("invalid JSON: ") + simdjson::error_message(e));
}

/// Walks one On-Demand document into a builder.
class simdjson_walker {
public:
  simdjson_walker(builder& b, simdjson::ondemand::document& doc, const char* base, std::size_t len) noexcept
      : b_(b), doc_(doc), base_(base), len_(len) {}

  void walk_document() {
    namespace od = simdjson::ondemand;
    od::json_type t{};
    if (auto e = doc_.type().get(t)) return (void)fail(e);
    std::string_view tok;
    if (auto e = doc_.raw_json_token().get(tok)) return (void)fail(e);
    const std::size_t off = offset_of(tok.data());
    switch (t) {
    case od::json_type::object: {
      od::object o;
      if (auto e = doc_.get_object().get(o)) return (void)fail(e);
      if (!walk_object(o, off)) return;
      break;
    }
    case od::json_type::array: {
      od::array a;
      if (auto e = doc_.get_array().get(a)) return (void)fail(e);
      if (!walk_array(a, off)) return;
      break;
    }
    default:
      // On-Demand checks a scalar at the root less than one inside a
      // container (it accepts `false5`); a scalar root is always the wrong
      // type for flowrun, so the strict locator decides whether it is JSON.
      // It also rejects some valid ones (`false` then a newline), and the
      // value itself is never kept: the builder only needs its kind.
      if (!b_.check_well_formed()) return;
      while (!tok.empty() && is_json_space(tok.back())) tok.remove_suffix(1);
      switch (t) {
      case od::json_type::string: b_.string_value(std::string_view(), off); break;
      case od::json_type::number: b_.number(tok, off); break;
      case od::json_type::boolean: b_.boolean(tok == "true", off); break;
      default: b_.null(off); break;
      }
      return;
    }
    auto loc = doc_.current_location();
    if (loc.error() == simdjson::SUCCESS)
      b_.malformed(error_code::trailing_content, offset_of(loc.value_unsafe()),
                   "unexpected content after the root value");
  }

private:
  std::size_t offset_of(const char* p) const noexcept {
    if (p < base_) return 0;
    const auto o = static_cast<std::size_t>(p - base_);
    return o > len_ ? len_ : o;
  }

  // Offset just past the container that was just walked: the last non-space
  // byte before the next token.
  std::size_t end_of_container() {
    auto loc = doc_.current_location();
    std::size_t p = (loc.error() == simdjson::SUCCESS) ? offset_of(loc.value_unsafe()) : len_;
    while (p > 0 && is_json_space(base_[p - 1])) --p;
    return p;
  }

  // simdjson knows that the text is malformed, not always where: the locator
  // finds the first problem; its verdict stands when it finds one.
  bool fail(simdjson::error_code e) {
    report_simdjson_error(b_, e);
    return false;
  }

  bool walk_value(simdjson::ondemand::value v) {
    namespace od = simdjson::ondemand;
    od::json_type t{};
    if (auto e = v.type().get(t)) return fail(e);
    const std::string_view tok = v.raw_json_token();
    const std::size_t off = offset_of(tok.data());
    switch (t) {
    case od::json_type::object: {
      od::object o;
      if (auto e = v.get_object().get(o)) return fail(e);
      return walk_object(o, off);
    }
    case od::json_type::array: {
      od::array a;
      if (auto e = v.get_array().get(a)) return fail(e);
      return walk_array(a, off);
    }
    default: return walk_scalar(v, t, tok, off);
    }
  }

  // A scalar inside a container (a root scalar is judged in walk_document).
  bool walk_scalar(simdjson::ondemand::value& v, simdjson::ondemand::json_type t, std::string_view tok,
                   std::size_t off) {
    namespace od = simdjson::ondemand;
    switch (t) {
    case od::json_type::string: {
      std::string_view s;
      if (auto e = v.get_string().get(s)) return fail(e);
      return b_.string_value(s, off);
    }
    case od::json_type::number: {
      while (!tok.empty() && is_json_space(tok.back())) tok.remove_suffix(1);
      return b_.number(tok, off);
    }
    case od::json_type::boolean: {
      bool x = false;
      if (auto e = v.get_bool().get(x)) return fail(e);
      return b_.boolean(x, off);
    }
    case od::json_type::null: {
      bool is = false;
      if (auto e = v.is_null().get(is)) return fail(e);
      if (!is) return fail(simdjson::N_ATOM_ERROR);
      return b_.null(off);
    }
    default: return fail(simdjson::TAPE_ERROR);
    }
  }

  bool walk_object(simdjson::ondemand::object& o, std::size_t off) {
    if (!b_.begin_object(off)) return false;
    for (auto member : o) {
      simdjson::ondemand::field f;
      if (auto e = std::move(member).get(f)) return fail(e);
      const std::size_t key_off = offset_of(f.key().raw() - 1);
      std::string_view k;
      if (auto e = f.unescaped_key().get(k)) return fail(e);
      if (!b_.key(k, key_off)) return false;
      if (!walk_value(f.value())) return false;
    }
    return b_.end_object(end_of_container());
  }

  bool walk_array(simdjson::ondemand::array& a, std::size_t off) {
    if (!b_.begin_array(off)) return false;
    for (auto element : a) {
      simdjson::ondemand::value v;
      if (auto e = std::move(element).get(v)) return fail(e);
      if (!walk_value(v)) return false;
    }
    return b_.end_array(end_of_container());
  }

  builder& b_;
  simdjson::ondemand::document& doc_;
  const char* base_;
  std::size_t len_;
};

} // namespace detail

/// One document of an NDJSON stream: where it starts and how it decoded.
struct stream_item {
  std::size_t line = 0;   ///< 1-based line of the stream
  std::size_t offset = 0; ///< byte offset of the line in the stream
  result<workflow_run> run;
};

class decoder;

/// The documents of an NDJSON text, decoded one line at a time as you iterate
/// (blank lines are skipped). Each item views into the decoder until the next
/// step. A bad line is one failed item; the lines after it still decode.
class run_stream {
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
    friend class run_stream;
    iterator(decoder* d, std::string_view text) : dec_(d), text_(text) { advance(); }
    inline void advance();

    decoder* dec_ = nullptr;
    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t line_ = 0;
    std::optional<stream_item> item_;
  };

  iterator begin() { return iterator(dec_, text_); }
  std::default_sentinel_t end() const noexcept { return {}; }

private:
  friend class decoder;
  run_stream(decoder* d, std::string_view t) noexcept : dec_(d), text_(t) {}
  decoder* dec_;
  std::string_view text_;
};

/// Counts of a whole stream.
struct stream_summary {
  std::size_t documents = 0;
  std::size_t valid = 0;
};

/// The reusable decoder. It owns the simdjson parser, a padded copy of the
/// input and the storage of decoded values; after the first document of a
/// given size, decoding allocates nothing. Decoded values view into it and
/// stay valid until the next decode on the same decoder (to keep one, use
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

  /// The runs of an NDJSON text, one per non-blank line, decoded lazily:
  ///   for (const flowrun::stream_item& it : dec.runs(ndjson))
  ///     if (!it.run) std::cerr << "line " << it.line << ": " << it.run.error().message << '\n';
  run_stream runs(std::string_view ndjson) noexcept { return run_stream(this, ndjson); }

  /// Calls `f(const stream_item&)` for every run of an NDJSON text.
  template <class F> stream_summary decode_run_stream(std::string_view ndjson, F&& f) {
    stream_summary s;
    for (const stream_item& it : runs(ndjson)) {
      ++s.documents;
      if (it.run) ++s.valid;
      f(it);
    }
    return s;
  }

private:
  friend class detail::decoder_base<decoder>;

  // Decodes one document into the builder; true when it holds a value.
  bool decode(std::string_view json, detail::doc_kind kind) {
    const std::size_t limit =
        std::min<std::size_t>(opts_.max_size, simdjson::SIMDJSON_MAXSIZE_BYTES - simdjson::SIMDJSON_PADDING);
    if (json.size() > limit) {
      b_.reset(opts_, kind, std::string_view());
      b_.too_large(json.size(), limit);
      return false;
    }
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: decode a padded copy.
    const std::size_t need = json.size() + simdjson::SIMDJSON_PADDING;
    if (need > cap_) {
      buf_ = std::make_unique<char[]>(need);
      cap_ = need;
    }
    if (!json.empty()) std::memcpy(buf_.get(), json.data(), json.size());
    std::memset(buf_.get() + json.size(), ' ', simdjson::SIMDJSON_PADDING);
    const std::string_view text(buf_.get(), json.size());
    b_.reset(opts_, kind, text);

    simdjson::ondemand::document doc;
    if (auto e = parser_.iterate(buf_.get(), json.size(), cap_).get(doc)) {
      detail::report_simdjson_error(b_, e);
      return false;
    }
    detail::simdjson_walker(b_, doc, buf_.get(), json.size()).walk_document();
    if (!b_.ok()) return false;
    b_.finish();
    return true;
  }

  simdjson::ondemand::parser parser_;
  std::unique_ptr<char[]> buf_;
  std::size_t cap_ = 0;
};

inline void run_stream::iterator::advance() {
  item_.reset();
  while (pos_ < text_.size()) {
    const std::size_t start = pos_;
    std::size_t nl = text_.find('\n', start);
    if (nl == std::string_view::npos) nl = text_.size();
    pos_ = nl + 1;
    ++line_;
    const std::string_view line = text_.substr(start, nl - start);
    bool blank = true;
    for (char c : line)
      if (!detail::is_json_space(c)) {
        blank = false;
        break;
      }
    if (blank) continue;
    result<workflow_run> r = dec_->decode_run(line);
    if (!r) {
      std::vector<error> errs(r.errors().begin(), r.errors().end());
      detail::builder::rebase(errs, start, line_);
      r = result<workflow_run>(std::move(errs));
    }
    item_.emplace(stream_item{line_, start, std::move(r)});
    return;
  }
}

} // namespace flowrun

#endif
