// flowrun internals: the Boost.JSON path's DOM door. A boost::json::value is
// written as compact JSON (the text its offsets and raw spans refer to) and
// walked into the builder; both walks keep their nesting on the heap. Also the
// correctly rounded DOM that raw values are converted to.
#ifndef FLOWRUN_DETAIL_BOOST_DOM_HPP
#define FLOWRUN_DETAIL_BOOST_DOM_HPP

#include <flowrun/detail/boost_sax.hpp>
#include <flowrun/detail/builder.hpp>
#include <flowrun/detail/limits.hpp>
#include <flowrun/detail/locate.hpp>
#include <flowrun/detail/number.hpp>
#include <flowrun/options.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_stack.hpp>
#include <boost/throw_exception.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace flowrun::detail {

/// A depth-first walk over a DOM's containers without recursion: open() a
/// container when its value is reached, then next() gives each member or
/// element in order, and a `closed` step when a container is done.
class dom_cursor {
public:
  struct step {
    bool closed = false;                     ///< the innermost container is done (and popped)
    bool object = false;                     ///< it is (or was, when closed) an object
    bool first = false;                      ///< the first member or element of its container
    bool has_key = false;                    ///< an object's member
    boost::json::string_view key;            ///< its key
    const boost::json::value* value = nullptr;
  };

  std::size_t depth() const noexcept { return open_.size(); }
  bool done() const noexcept { return open_.empty(); }
  void open(const boost::json::value& v) { open_.push_back({&v, 0}); }

  step next() {
    level& top = open_.back();
    step s;
    s.object = top.v->is_object();
    const std::size_t n = s.object ? top.v->get_object().size() : top.v->get_array().size();
    if (top.next == n) {
      open_.pop_back();
      s.closed = true;
      return s;
    }
    s.first = top.next == 0;
    if (s.object) {
      const auto& m = top.v->get_object().begin()[static_cast<std::ptrdiff_t>(top.next)];
      s.has_key = true;
      s.key = m.key();
      s.value = &m.value();
    } else {
      s.value = &top.v->get_array()[top.next];
    }
    ++top.next;
    return s;
  }

private:
  struct level {
    const boost::json::value* v;
    std::size_t next;
  };
  std::vector<level> open_;
};

/// Writes a DOM as compact JSON, the text the DOM door's offsets and raw spans
/// refer to. Scalars are spelled by boost::json::serialize, except infinities,
/// which Boost writes as `Infinity` (not JSON): they become `1e99999`, a number
/// past the double range, as the `1e400` they were parsed from. NaN is written
/// as `NaN` and rejected by the walk. Containers deeper than `max_depth` (the
/// root at `depth`) are cut after their opening bracket: the walk stops there
/// with depth_exceeded. Iterative: the nesting is on the heap.
inline bool write_dom(const boost::json::value& root, std::string& out, std::size_t depth, std::size_t max_depth) {
  dom_cursor c;
  for (const boost::json::value* v = &root;;) {
    switch (v->kind()) {
    case boost::json::kind::object:
    case boost::json::kind::array:
      out += v->is_object() ? '{' : '[';
      if (depth + c.depth() > max_depth) return false;
      c.open(*v);
      break;
    case boost::json::kind::double_: {
      const double d = v->get_double();
      if (std::isinf(d))
        out += d < 0 ? "-1e99999" : "1e99999";
      else if (std::isnan(d))
        out += "NaN";
      else
        out += boost::json::serialize(*v);
      break;
    }
    default: out += boost::json::serialize(*v); break;
    }
    // The next value, closing the containers that are done.
    for (;;) {
      if (c.done()) return true;
      const dom_cursor::step s = c.next();
      if (s.closed) {
        out += s.object ? '}' : ']';
        continue;
      }
      if (!s.first) out += ',';
      if (s.has_key) {
        out += boost::json::serialize(s.key);
        out += ':';
      }
      v = s.value;
      break;
    }
  }
}

/// Walks a DOM into a builder, following the text write_dom made of it.
/// Iterative: the nesting is on the heap.
class boost_value_walker {
public:
  boost_value_walker(builder& b, string_arena& a, std::string_view text) noexcept : b_(b), arena_(a), text_(text) {}

  bool walk(const boost::json::value& root) {
    dom_cursor c;
    for (const boost::json::value* v = &root;;) {
      if (!value(*v, c)) return false;
      for (;;) {
        if (c.done()) return true;
        const dom_cursor::step s = c.next();
        if (s.closed) {
          cur_ = next_token(text_, cur_) + 1;
          if (!(s.object ? b_.end_object(cur_) : b_.end_array(cur_))) return false;
          continue;
        }
        if (s.has_key) {
          const std::size_t k = next_token(text_, cur_);
          cur_ = skip_string_token(text_, k);
          if (!valid_utf8(k)) return false;
          if (!b_.key(arena_.copy(std::string_view(s.key.data(), s.key.size())), k)) return false;
        }
        v = s.value;
        break;
      }
    }
  }

private:
  // One value: a scalar's event, or a container's opening.
  bool value(const boost::json::value& v, dom_cursor& c) {
    const std::size_t at = next_token(text_, cur_);
    switch (v.kind()) {
    case boost::json::kind::object:
    case boost::json::kind::array:
      cur_ = at + 1;
      if (!(v.is_object() ? b_.begin_object(at) : b_.begin_array(at))) return false;
      c.open(v);
      return true;
    case boost::json::kind::string: {
      cur_ = skip_string_token(text_, at);
      if (!valid_utf8(at)) return false;
      const auto& s = v.get_string();
      return b_.string_value(arena_.copy(std::string_view(s.data(), s.size())), at);
    }
    case boost::json::kind::bool_: cur_ = at + (v.get_bool() ? 4 : 5); return b_.boolean(v.get_bool(), at);
    case boost::json::kind::null: cur_ = at + 4; return b_.null(at);
    default: { // int64, uint64, double
      std::size_t end = at;
      while (end < text_.size() &&
             (is_digit(text_[end]) || std::string_view("+-.eE").find(text_[end]) != std::string_view::npos))
        ++end;
      cur_ = end;
      if (v.is_double() && std::isnan(v.get_double())) {
        b_.malformed(error_code::syntax_error, at, "NaN is not a JSON number");
        return false;
      }
      return b_.number(text_.substr(at, end - at), at);
    }
    }
  }

  // A DOM string may hold any bytes; the contract admits only UTF-8. Checks the
  // string token that ends at the cursor (serialize copies bytes >= 0x80 as is).
  bool valid_utf8(std::size_t open) {
    for (std::size_t i = open + 1; i < cur_;) {
      if (static_cast<unsigned char>(text_[i]) < 0x80) {
        ++i;
        continue;
      }
      const std::size_t len = utf8_sequence_length(text_.substr(0, cur_), i);
      if (len == 0) {
        b_.malformed(error_code::invalid_utf8, i, "invalid UTF-8 byte sequence");
        return false;
      }
      i += len;
    }
    return true;
  }

  builder& b_;
  string_arena& arena_;
  std::string_view text_;
  std::size_t cur_ = 0;
};

/// Builds a DOM like boost::json::parse, except that doubles are converted
/// from their text with correct rounding: Boost 1.81's own conversion can be
/// one ulp off (`7e62`), and then a value written back reads differently.
class dom_handler {
public:
  static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);

  using ec_t = boost::json::error_code;
  using sv_t = boost::json::string_view;

  explicit dom_handler(boost::json::storage_ptr sp) { st_.reset(std::move(sp)); }
  boost::json::value release() { return st_.release(); }

  bool on_document_begin(ec_t&) noexcept { return true; }
  bool on_document_end(ec_t&) noexcept { return true; }
  bool on_object_begin(ec_t&) noexcept { return true; }
  bool on_object_end(std::size_t n, ec_t&) {
    st_.push_object(n);
    return true;
  }
  bool on_array_begin(ec_t&) noexcept { return true; }
  bool on_array_end(std::size_t n, ec_t&) {
    st_.push_array(n);
    return true;
  }
  bool on_key_part(sv_t s, std::size_t, ec_t&) {
    st_.push_chars(s);
    return true;
  }
  bool on_key(sv_t s, std::size_t, ec_t&) {
    st_.push_key(s);
    return true;
  }
  bool on_string_part(sv_t s, std::size_t, ec_t&) {
    st_.push_chars(s);
    return true;
  }
  bool on_string(sv_t s, std::size_t, ec_t&) {
    st_.push_string(s);
    return true;
  }
  bool on_number_part(sv_t s, ec_t&) {
    number_.append(s.data(), s.size());
    return true;
  }
  bool on_int64(std::int64_t v, sv_t, ec_t&) {
    number_.clear();
    st_.push_int64(v);
    return true;
  }
  bool on_uint64(std::uint64_t v, sv_t, ec_t&) {
    number_.clear();
    st_.push_uint64(v);
    return true;
  }
  bool on_double(double, sv_t s, ec_t&) {
    number_.append(s.data(), s.size());
    double d = 0;
    if (to_double(number_, d) != number_status::ok) d = number_.front() == '-' ? -HUGE_VAL : HUGE_VAL;
    number_.clear();
    st_.push_double(d);
    return true;
  }
  bool on_bool(bool v, ec_t&) {
    st_.push_bool(v);
    return true;
  }
  bool on_null(ec_t&) {
    st_.push_null();
    return true;
  }
  bool on_comment_part(sv_t, ec_t&) noexcept { return true; }
  bool on_comment(sv_t, ec_t&) noexcept { return true; }

private:
  boost::json::value_stack st_;
  std::string number_;
};

/// A JSON text (a raw value) as a DOM; throws boost::system::system_error when
/// it is not one. Doubles are correctly rounded (see dom_handler), exponents
/// past INT_MAX are read (see clamp_exponents): numbers past the double range
/// become infinities, integers past 64 bits the nearest double.
inline boost::json::value parse_raw(std::string_view text, boost::json::storage_ptr sp = {}) {
  boost::json::parse_options po;
  po.max_depth = boost_parser_max_depth;
  std::string clamped;
  if (clamp_exponents(text, clamped)) text = clamped;
  boost::json::basic_parser<dom_handler> p(po, std::move(sp));
  boost::json::error_code ec;
  const std::size_t used = p.write_some(false, text.data(), text.size(), ec);
  if (!ec && used < text.size()) ec = boost::json::error::extra_data;
  if (ec) boost::throw_exception(boost::system::system_error(ec), BOOST_CURRENT_LOCATION);
  return p.handler().release();
}

} // namespace flowrun::detail

#endif
