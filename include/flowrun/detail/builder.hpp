// flowrun internals: the builder, which turns a walk's events into values and
// errors with exact positions.
//
// A walk reports each value as an event (begin and end of containers, keys,
// scalars) with its byte offset. The builder applies the contract
// (detail/contract.hpp, detail/values.hpp): required fields per mode,
// duplicate keys at any depth, the depth limit, the number grammar, JSON
// Pointers, error order and precedence. The Boost.JSON path always feeds it;
// the simdjson path feeds it only when its fast walk gave up on a document.
// Either way the errors come from here, so the two paths cannot differ.
#ifndef FLOWRUN_DETAIL_BUILDER_HPP
#define FLOWRUN_DETAIL_BUILDER_HPP

#include <flowrun/detail/contract.hpp>
#include <flowrun/detail/error_list.hpp>
#include <flowrun/detail/key_index.hpp>
#include <flowrun/detail/limits.hpp>
#include <flowrun/detail/locate.hpp>
#include <flowrun/detail/number.hpp>
#include <flowrun/detail/text.hpp>
#include <flowrun/detail/values.hpp>
#include <flowrun/document.hpp>
#include <flowrun/error.hpp>
#include <flowrun/id.hpp>
#include <flowrun/options.hpp>
#include <flowrun/timestamp.hpp>
#include <flowrun/types.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flowrun::detail {

using doc_kind = document_kind; // the name of v0.1's internal enum

/// What a JSON value is, for wrong_type messages.
enum class json_kind : std::uint8_t { object, array, string, number, boolean, null };

constexpr std::string_view kind_name(json_kind k) noexcept {
  switch (k) {
  case json_kind::object: return "an object";
  case json_kind::array: return "an array";
  case json_kind::string: return "a string";
  case json_kind::number: return "a number";
  case json_kind::boolean: return "a boolean";
  case json_kind::null: return "null";
  }
  return "a value";
}

/// The shared builder. Events return false when the walk must stop (a
/// well-formedness error); schema errors are recorded and the walk goes on, so
/// that a later syntax error still takes precedence.
class builder {
public:
  /// Starts a document. `input` is the text offsets refer to; the decoder
  /// lends its value store and key index, both cleared, for this document.
  void reset(const decode_options& o, document_kind kind, std::string_view input, value_store& store, key_index& keys) {
    opts_ = o;
    opts_.max_depth = clamp_max_depth(opts_.max_depth);
    kind_ = kind;
    input_ = input;
    stack_.clear();
    errors_.reset(opts_);
    store_ = &store;
    keys_ = &keys;
    data_offset_ = 0;
  }

  // ---- events -------------------------------------------------------------

  bool begin_object(std::size_t offset) { return begin_container(json_kind::object, offset); }
  bool begin_array(std::size_t offset) { return begin_container(json_kind::array, offset); }

  /// `end` is the offset just past the closing bracket.
  bool end_object(std::size_t end) {
    const frame fr = stack_.back();
    if (fr.kind != frame_kind::raw) check_required(fr);
    if (fr.kind == frame_kind::page && store_->over_per_page())
      report(error_code::out_of_range, data_offset_, [&](error& e) {
        e.pointer = "/data";
        e.message = "data holds " + std::to_string(store_->runs.size()) + " runs, more than per_page (" +
                    std::to_string(*store_->page.meta.per_page) + ")";
      });
    keys_->close(fr.keys_begin);
    stack_.pop_back();
    if (fr.capture != field::unknown) store_->store_raw(fr.capture, fr.target, input_.substr(fr.begin, end - fr.begin));
    if (fr.keep) keep_unknown(fr.begin, end);
    value_done();
    return true;
  }

  bool end_array(std::size_t end) {
    const frame fr = stack_.back();
    stack_.pop_back();
    if (fr.kind == frame_kind::log_array && fr.target != npos) store_->close_logs(fr.target, fr.aux);
    if (fr.keep) keep_unknown(fr.begin, end);
    value_done();
    return true;
  }

  /// `k` must stay valid until the decode ends; `offset` is the key's opening quote.
  bool key(std::string_view k, std::size_t offset) {
    frame& fr = stack_.back();
    fr.key = k;
    fr.has_key = true;
    fr.pending = field::unknown;
    if (!keys_->insert(stack_.size() - 1, fr.keys_begin, k))
      report(error_code::duplicate_key, offset, [&](error& e) {
        e.pointer = pointer(true);
        e.message = "duplicate key " + quote_for_message(k) + " (each key may appear once)";
      });
    if (fr.kind == frame_kind::raw) return true;
    if (const int row = find_row(fr.kind, k); row >= 0) {
      fr.seen |= std::uint32_t{1} << row;
      fr.pending = fields_of(fr.kind)[static_cast<std::size_t>(row)].f;
      return true;
    }
    if (opts_.mode == decode_mode::strict)
      report(error_code::unknown_field, offset, [&](error& e) {
        e.pointer = pointer(true);
        e.message = "unknown key " + quote_for_message(k) + " (strict mode accepts only the keys of the contract)";
      });
    return true;
  }

  /// `s` is the unescaped string, valid until the decode ends.
  bool string_value(std::string_view s, std::size_t offset) {
    if (const field f = expected_scalar(json_kind::string, offset); f != field::unknown) {
      timestamp_errc time = timestamp_errc::ok;
      const value_problem p = store_string(*store_, f, stack_.back().target, s, time);
      if (p != value_problem::none) problem(p, f, json_kind::string, s, time, offset);
    } else if (keeps_unknown()) {
      keep_unknown(offset, string_end(offset));
    }
    value_done();
    return true;
  }

  /// `raw` is the number exactly as written.
  bool number(std::string_view raw, std::size_t offset) {
    if (!is_json_number(raw)) {
      malformed(error_code::syntax_error, offset, "invalid number " + quote_for_message(raw));
      return false;
    }
    if (const field f = expected_scalar(json_kind::number, offset); f != field::unknown) {
      const value_problem p = store_number(*store_, f, stack_.back().target, raw);
      if (p != value_problem::none) problem(p, f, json_kind::number, raw, timestamp_errc::ok, offset);
    } else if (keeps_unknown()) {
      keep_unknown(offset, offset + raw.size());
    }
    value_done();
    return true;
  }

  bool boolean(bool v, std::size_t offset) {
    if (const field f = expected_scalar(json_kind::boolean, offset); f != field::unknown)
      wrong_type(f, json_kind::boolean, offset);
    else if (keeps_unknown())
      keep_unknown(offset, offset + (v ? 4 : 5));
    value_done();
    return true;
  }

  bool null(std::size_t offset) {
    if (const field f = expected_scalar(json_kind::null, offset); f != field::unknown) {
      if (store_null(f) != value_problem::none) wrong_type(f, json_kind::null, offset);
    } else if (keeps_unknown()) {
      keep_unknown(offset, offset + 4);
    }
    value_done();
    return true;
  }

  /// The input is not well-formed JSON. Parsers differ in where and how they
  /// notice (a bad number token, a root that does not close where expected),
  /// so the strict locator re-reads the text and its first problem is the one
  /// reported, by every backend alike; the caller's view (`code` at `offset`,
  /// at the current member) stands only if the locator finds nothing. The
  /// error replaces every schema error (precedence rule).
  void malformed(error_code code, std::size_t offset, std::string message) {
    json_problem p = locate_json_problem(input_, opts_.max_depth);
    if (p.found)
      set_failure(p.code, p.offset, std::move(p.pointer), std::move(p.message));
    else
      set_failure(code, offset, pointer(true), std::move(message));
  }

  /// A container opens at `offset` below max_depth levels of nesting.
  void too_deep(std::size_t offset) {
    malformed(error_code::depth_exceeded, offset,
              "nesting deeper than the limit of " + std::to_string(opts_.max_depth));
  }

  /// An input over the size limit: not read at all, so nothing to locate.
  void too_large(std::size_t size, std::size_t limit) {
    set_failure(error_code::too_large, 0, "", too_large_message(size, limit));
  }

  std::size_t max_depth() const noexcept { return opts_.max_depth; }

  // ---- results ------------------------------------------------------------

  bool failed() const noexcept { return errors_.failed(); }
  bool ok() const noexcept { return errors_.empty(); }

  /// Errors past max_errors (collect-all) that were counted, not kept.
  std::size_t omitted_errors() const noexcept { return errors_.omitted(); }

  /// Completes the errors (line and column) and hands them over, in document
  /// order: by offset, ties in the order found.
  std::vector<error> take_errors() { return errors_.take(input_); }

  /// Moves errors of a document cut from a stream to the stream's coordinates.
  static void rebase(std::vector<error>& errs, std::size_t offset, std::size_t line) noexcept {
    detail::rebase(errs, offset, line);
  }

private:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  struct frame {
    frame_kind kind;
    bool is_object;
    field pending = field::unknown; // field of the member whose value comes next (objects)
    field capture = field::unknown; // raw frame: the field whose text this container is
    std::uint32_t seen = 0;         // bit i: row i of the kind's table was seen
    std::size_t begin = 0;          // offset of the opening bracket
    std::size_t index = 0;          // arrays: index of the current element
    std::size_t keys_begin = 0;     // objects: first of this object's keys in keys_
    std::size_t target = npos;      // the run or log being filled
    std::size_t aux = 0;            // log arrays: first log of the run
    std::string_view key;           // objects: the current key
    bool has_key = false;           // objects: a key was read and its value is not done
    bool keep = false;              // the value of an unknown member of a typed object: kept
  };

  // ---- unknown members -----------------------------------------------------

  /// True when the value that comes next is that of an unknown member of a
  /// typed object, which compatible mode keeps (strict mode reports it), or of
  /// a field that takes any JSON value (takes_any_json), kept as raw JSON.
  bool keeps_unknown() const noexcept {
    if (stack_.empty() || opts_.mode == decode_mode::strict) return false;
    const frame& fr = stack_.back();
    return fr.is_object && fr.kind != frame_kind::raw && fr.has_key &&
           (fr.pending == field::unknown || takes_any_json(info(fr.pending), false));
  }

  /// Keeps the value at [begin, end) of the innermost object's current key.
  void keep_unknown(std::size_t begin, std::size_t end) {
    const frame& fr = stack_.back();
    if (fr.pending != field::unknown) return store_->store_raw(fr.pending, fr.target, input_.substr(begin, end - begin));
    store_->add_unknown(fr.kind, fr.target, fr.key, input_.substr(begin, end - begin));
  }

  /// The offset just past the string whose opening quote is at `open` (a
  /// string the walk already validated).
  std::size_t string_end(std::size_t open) const noexcept {
    std::size_t j = open + 1;
    while (j < input_.size() && input_[j] != '"') j += input_[j] == '\\' ? 2 : 1;
    return std::min(j + 1, input_.size());
  }

  // ---- errors and pointers -------------------------------------------------

  void set_failure(error_code code, std::size_t offset, std::string ptr, std::string message) {
    errors_.set_failure(error{code, std::move(ptr), std::min(offset, input_.size()), 1, 1, std::move(message)});
  }

  template <class Build> void report(error_code code, std::size_t offset, Build&& build) {
    errors_.add(code, offset, std::forward<Build>(build));
  }

  /// The pointer of the current member or element (with_current), or of the
  /// innermost container itself. Outer frames always contribute: a child is open
  /// as the value of their current key or element.
  std::string pointer(bool with_current) const {
    std::string out;
    const std::size_t n = stack_.size();
    std::size_t size = 0; // enough for every token unescaped: one allocation for long keys
    for (const frame& fr : stack_) size += 1 + (fr.is_object ? fr.key.size() : 20);
    out.reserve(size);
    for (std::size_t i = 0; i < n; ++i) {
      const frame& fr = stack_[i];
      if (i + 1 == n && !(with_current && (!fr.is_object || fr.has_key))) break;
      if (fr.is_object)
        append_pointer_token(out, fr.key);
      else
        append_pointer_token(out, std::to_string(fr.index));
    }
    return out;
  }

  void wrong_type(field f, json_kind got, std::size_t offset) {
    report(error_code::wrong_type, offset, [&](error& e) {
      e.pointer = pointer(true);
      e.message = "expected " + std::string(expected_name(info(f))) + ", found " + std::string(kind_name(got));
    });
  }

  // A value the contract's conversion refused: the error that says why.
  void problem(value_problem p, field f, json_kind got, std::string_view s, timestamp_errc time, std::size_t offset) {
    const auto say = [&](error_code code, auto&& message) {
      report(code, offset, [&](error& e) {
        e.pointer = pointer(true);
        e.message = message();
      });
    };
    switch (p) {
    case value_problem::none: return;
    case value_problem::wrong_type: return wrong_type(f, got, offset);
    case value_problem::bad_id: {
      const id_kind k = info(f).kind == value_kind::log_id ? id_kind::log : id_kind::run;
      return say(error_code::invalid_id, [&] {
        return quote_for_message(s) + " is not a valid id: expected \"" + std::string(id_prefix(k)) +
               "\" then 1 to 64 characters of [0-9a-z]";
      });
    }
    case value_problem::bad_run_status:
      return say(error_code::invalid_enum, [&] {
        return quote_for_message(s) +
               " is not a run status (expected one of pending, running, completed, failed, awaiting_ui_interaction)";
      });
    case value_problem::bad_log_status:
      return say(error_code::invalid_enum, [&] {
        return quote_for_message(s) + " is not a log status (expected one of success, error, warning)";
      });
    case value_problem::bad_timestamp:
      return say(error_code::invalid_timestamp, [&] {
        return quote_for_message(s) + " is not an RFC 3339 date-time: " + std::string(describe(time));
      });
    case value_problem::empty_node_id: return say(error_code::out_of_range, [] { return "node_id must not be empty"; });
    case value_problem::double_overflow:
      return say(error_code::out_of_range,
                 [&] { return "duration_in_seconds " + std::string(s) + " is too large for a double"; });
    case value_problem::negative:
      return say(error_code::out_of_range, [&] { return "duration_in_seconds must be >= 0, found " + std::string(s); });
    case value_problem::not_integer:
      return say(error_code::wrong_type, [&] { return "expected an integer, found " + std::string(s); });
    case value_problem::integer_overflow:
      return say(error_code::out_of_range, [&] { return std::string(s) + " is outside the 64-bit integer range"; });
    case value_problem::below_minimum:
      return say(error_code::out_of_range, [&] {
        return "must be >= " + std::to_string(minimum_of(info(f).kind)) + ", found " + std::string(s);
      });
    }
  }

  // ---- containers ----------------------------------------------------------

  bool begin_container(json_kind k, std::size_t offset) {
    if (stack_.size() >= opts_.max_depth) {
      too_deep(offset);
      return false;
    }
    frame fr{};
    fr.kind = frame_kind::raw;
    fr.is_object = (k == json_kind::object);
    fr.begin = offset;
    fr.keys_begin = keys_->mark();
    fr.keep = keeps_unknown();
    if (stack_.empty()) {
      const bool ok = (kind_ == document_kind::logs) ? k == json_kind::array : k == json_kind::object;
      if (!ok) {
        root_wrong_type(k, offset);
      } else if (kind_ == document_kind::run) {
        fr.kind = frame_kind::run;
        fr.target = store_->new_run();
      } else if (kind_ == document_kind::page) {
        fr.kind = frame_kind::page;
      } else {
        fr.kind = frame_kind::log_array;
        fr.target = npos;
      }
    } else {
      frame& parent = stack_.back();
      if (parent.is_object) {
        open_member(parent, fr, k, offset);
      } else if (parent.kind == frame_kind::run_array || parent.kind == frame_kind::log_array) {
        if (k != json_kind::object) {
          element_wrong_type(k, offset);
        } else if (parent.kind == frame_kind::run_array) {
          fr.kind = frame_kind::run;
          fr.target = store_->new_run();
        } else {
          fr.kind = frame_kind::log;
          fr.target = store_->new_log();
        }
      }
    }
    stack_.push_back(fr);
    return true;
  }

  void root_wrong_type(json_kind k, std::size_t offset) {
    report(error_code::wrong_type, offset, [&](error& e) {
      e.message = std::string("expected ") + (kind_ == document_kind::logs ? "an array" : "an object") +
                  " at the root, found " + std::string(kind_name(k));
    });
  }

  void element_wrong_type(json_kind k, std::size_t offset) {
    report(error_code::wrong_type, offset, [&](error& e) {
      e.pointer = pointer(true);
      e.message = "expected an object, found " + std::string(kind_name(k));
    });
  }

  // A container as the value of a member of a typed object.
  void open_member(frame& parent, frame& fr, json_kind k, std::size_t offset) {
    const field f = parent.pending;
    if (f == field::unknown || fr.keep) return; // raw object, unknown key or any-JSON field (kept by keep_unknown)
    const bool obj = (k == json_kind::object);
    switch (info(f).kind) {
    case value_kind::log_array:
      if (!obj) {
        fr.kind = frame_kind::log_array;
        fr.target = parent.target;
        fr.aux = store_->logs.size();
        return;
      }
      break;
    case value_kind::run_array:
      if (!obj) {
        fr.kind = frame_kind::run_array;
        data_offset_ = offset;
        return;
      }
      break;
    case value_kind::raw_object:
    case value_kind::raw_value: // strict mode: an object (compatible mode keeps any value: fr.keep)
      if (obj) {
        fr.capture = f;
        fr.target = parent.target;
        return;
      }
      break;
    case value_kind::links_object:
      if (obj) {
        fr.kind = frame_kind::links;
        return;
      }
      break;
    case value_kind::meta_object:
      if (obj) {
        fr.kind = frame_kind::meta;
        return;
      }
      break;
    default: break;
    }
    wrong_type(f, k, offset);
  }

  // After a value: an array moves to its next index, an object forgets its key.
  void value_done() noexcept {
    if (stack_.empty()) return;
    frame& fr = stack_.back();
    if (fr.is_object) {
      fr.pending = field::unknown;
      fr.has_key = false;
    } else {
      ++fr.index;
    }
  }

  void check_required(const frame& fr) {
    const std::uint32_t missing = required_mask(fr.kind, opts_.mode == decode_mode::strict) & ~fr.seen;
    if (missing == 0) return;
    const auto rows = fields_of(fr.kind);
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (missing & (std::uint32_t{1} << i))
        report(error_code::missing_field, fr.begin, [&](error& e) {
          e.pointer = pointer(false);
          e.message = "missing required key " + quote_for_message(rows[i].key);
        });
  }

  // ---- scalars -------------------------------------------------------------

  // The field a scalar is the value of, after checking the container context;
  // unknown when the scalar is not kept (raw, unknown key, wrong place).
  field expected_scalar(json_kind k, std::size_t offset) {
    if (stack_.empty()) {
      root_wrong_type(k, offset);
      return field::unknown;
    }
    const frame& fr = stack_.back();
    if (fr.is_object) return keeps_unknown() ? field::unknown : fr.pending; // an any-JSON field: kept raw
    if (fr.kind == frame_kind::run_array || fr.kind == frame_kind::log_array) element_wrong_type(k, offset);
    return field::unknown;
  }

  decode_options opts_;
  document_kind kind_ = document_kind::run;
  std::string_view input_;
  std::size_t data_offset_ = 0;
  std::vector<frame> stack_;
  error_list errors_;
  value_store* store_ = nullptr; // lent by the decoder, as is keys_
  key_index* keys_ = nullptr;
};

} // namespace flowrun::detail

#endif
