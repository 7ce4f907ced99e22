// flowrun internals: the one builder every backend feeds.
//
// A backend walks its document and reports each value as an event (begin and
// end of containers, keys, scalars) with its byte offset. The builder owns all
// of SPEC.md's policy: which fields exist, which are required in which mode,
// duplicate keys at any depth, depth limit, number grammar, the typed rules of
// every field, JSON Pointers, error order and precedence. Two backends feeding
// it therefore differ only in how they walk, never in what they accept.
#ifndef FLOWRUN_DETAIL_BUILDER_HPP
#define FLOWRUN_DETAIL_BUILDER_HPP

#include <flowrun/detail/locate.hpp>
#include <flowrun/detail/number.hpp>
#include <flowrun/detail/text.hpp>
#include <flowrun/error.hpp>
#include <flowrun/id.hpp>
#include <flowrun/options.hpp>
#include <flowrun/status.hpp>
#include <flowrun/timestamp.hpp>
#include <flowrun/types.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flowrun::detail {

/// The top-level shape a decode expects.
enum class doc_kind : std::uint8_t { run, page, logs };

/// Every known key, of every object kind.
enum class field : std::uint8_t {
  unknown,
  // run
  run_id,
  run_status,
  run_error_message,
  run_started_at,
  run_completed_at,
  run_duration,
  run_logs,
  run_trigger_payload,
  run_created_at,
  run_workflow,
  // log entry
  log_id,
  log_node_id,
  log_component_id,
  log_status,
  log_output,
  log_created_at,
  log_execution_id,
  // page
  page_data,
  page_links,
  page_meta,
  links_first,
  links_last,
  links_prev,
  links_next,
  meta_current_page,
  meta_from,
  meta_last_page,
  meta_path,
  meta_per_page,
  meta_to,
  meta_total,
};

enum class frame_kind : std::uint8_t { run, log, page, links, meta, run_array, log_array, raw };

struct field_info {
  field f;
  std::string_view key;
  bool strict_required;
  bool always_required;
};

// Key tables per object kind. Bit i of a frame's `seen` mask is entry i.
inline constexpr field_info run_fields[] = {
    {field::run_id, "id", true, true},
    {field::run_status, "status", true, true},
    {field::run_error_message, "error_message", true, false},
    {field::run_started_at, "started_at", true, true},
    {field::run_completed_at, "completed_at", true, false},
    {field::run_duration, "duration_in_seconds", true, false},
    {field::run_logs, "logs", false, false},
    {field::run_trigger_payload, "trigger_payload", false, false},
    {field::run_created_at, "created_at", false, false},
    {field::run_workflow, "workflow", false, false},
};
inline constexpr field_info log_fields[] = {
    {field::log_id, "id", true, true},
    {field::log_node_id, "node_id", true, true},
    {field::log_component_id, "component_id", true, false},
    {field::log_status, "status", true, true},
    {field::log_output, "output", true, false},
    {field::log_created_at, "created_at", true, true},
    {field::log_execution_id, "execution_id", false, false},
};
inline constexpr field_info page_fields[] = {
    {field::page_data, "data", true, true},
    {field::page_links, "links", true, false},
    {field::page_meta, "meta", true, false},
};
inline constexpr field_info links_fields[] = {
    {field::links_first, "first", true, false},
    {field::links_last, "last", true, false},
    {field::links_prev, "prev", true, false},
    {field::links_next, "next", true, false},
};
inline constexpr field_info meta_fields[] = {
    {field::meta_current_page, "current_page", true, false},
    {field::meta_from, "from", true, false},
    {field::meta_last_page, "last_page", true, false},
    {field::meta_path, "path", true, false},
    {field::meta_per_page, "per_page", true, false},
    {field::meta_to, "to", true, false},
    {field::meta_total, "total", true, false},
};

constexpr std::span<const field_info> fields_of(frame_kind k) noexcept {
  switch (k) {
  case frame_kind::run: return run_fields;
  case frame_kind::log: return log_fields;
  case frame_kind::page: return page_fields;
  case frame_kind::links: return links_fields;
  case frame_kind::meta: return meta_fields;
  default: return {};
  }
}

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

/// Computes 1-based line and byte column of each error from its offset, in one
/// pass over the input (errors may come in any order).
inline void assign_lines(std::vector<error>& errs, std::string_view input) {
  std::vector<std::size_t> order(errs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return errs[a].offset < errs[b].offset; });
  std::size_t pos = 0, line = 1, line_start = 0;
  for (std::size_t i : order) {
    const std::size_t target = std::min(errs[i].offset, input.size());
    for (; pos < target; ++pos)
      if (input[pos] == '\n') {
        ++line;
        line_start = pos + 1;
      }
    errs[i].line = line;
    errs[i].column = target - line_start + 1;
  }
}

/// The shared builder. Events return false when the walk must stop (a
/// well-formedness error); schema errors are recorded and the walk goes on, so
/// that a later syntax error still takes precedence (SPEC.md).
class builder {
public:
  /// Starts a document. `input` is the text offsets refer to.
  void reset(const decode_options& o, doc_kind kind, std::string_view input) {
    opts_ = o;
    if (opts_.max_depth > max_depth_limit) opts_.max_depth = max_depth_limit;
    kind_ = kind;
    input_ = input;
    stack_.clear();
    keys_.clear();
    errors_.clear();
    runs_.clear();
    logs_.clear();
    log_ranges_.clear();
    page_ = {};
    // A walk that stopped early left the key tables of its open objects active.
    for (key_index& ix : indexes_) ix.active = false;
    failed_ = false;
    data_offset_ = 0;
  }

  // ---- events -------------------------------------------------------------

  bool begin_object(std::size_t offset) { return begin_container(json_kind::object, offset); }
  bool begin_array(std::size_t offset) { return begin_container(json_kind::array, offset); }

  /// `end` is the offset just past the closing bracket.
  bool end_object(std::size_t end) {
    frame fr = stack_.back();
    if (fr.kind != frame_kind::raw) check_required(fr);
    if (fr.kind == frame_kind::page) check_page();
    if (fr.keys_begin < keys_.size()) keys_.resize(fr.keys_begin);
    release_index(stack_.size() - 1);
    stack_.pop_back();
    if (fr.capture != field::unknown) store_raw(fr.capture, fr.target, input_.substr(fr.begin, end - fr.begin));
    value_done();
    return true;
  }

  bool end_array(std::size_t end) {
    (void)end;
    frame fr = stack_.back();
    stack_.pop_back();
    if (fr.kind == frame_kind::log_array && fr.target != npos) {
      log_ranges_[fr.target] = {fr.aux, logs_.size() - fr.aux};
      runs_[fr.target].has_logs = true;
    }
    value_done();
    return true;
  }

  /// `k` must stay valid until the decode ends; `offset` is the key's opening quote.
  bool key(std::string_view k, std::size_t offset) {
    frame& fr = stack_.back();
    fr.key = k;
    fr.has_key = true;
    fr.pending = field::unknown;
    if (is_duplicate(k)) {
      schema_error(error_code::duplicate_key, offset, pointer(true),
                   "duplicate key " + quote_for_message(k) + " (each key may appear once)");
    } else {
      keys_.push_back(k);
      index_key(stack_.size() - 1, keys_.size() - 1);
    }
    if (fr.kind == frame_kind::raw) return true;
    const auto fields = fields_of(fr.kind);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].key == k) {
        fr.seen |= std::uint32_t{1} << i;
        fr.pending = fields[i].f;
        return true;
      }
    }
    if (opts_.mode == decode_mode::strict)
      schema_error(error_code::unknown_field, offset, pointer(true),
                   "unknown key " + quote_for_message(k) + " (strict mode accepts only the keys of the contract)");
    return true;
  }

  /// `s` is the unescaped string, valid until the decode ends.
  bool string_value(std::string_view s, std::size_t offset) {
    if (const field f = expected_scalar(json_kind::string, offset); f != field::unknown) on_string(f, s, offset);
    value_done();
    return true;
  }

  /// `raw` is the number exactly as written.
  bool number(std::string_view raw, std::size_t offset) {
    if (!is_json_number(raw)) {
      malformed(error_code::syntax_error, offset, "invalid number " + quote_for_message(raw));
      return false;
    }
    if (const field f = expected_scalar(json_kind::number, offset); f != field::unknown) on_number(f, raw, offset);
    value_done();
    return true;
  }

  bool boolean(bool, std::size_t offset) {
    if (const field f = expected_scalar(json_kind::boolean, offset); f != field::unknown)
      wrong_type(f, json_kind::boolean, offset);
    value_done();
    return true;
  }

  bool null(std::size_t offset) {
    if (const field f = expected_scalar(json_kind::null, offset); f != field::unknown) on_null(f, offset);
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

  /// Runs the locator over the whole input; false (and the error set) when it
  /// finds a problem. For inputs a parser checks less strictly than usual,
  /// such as a scalar at the root.
  bool check_well_formed() {
    json_problem p = locate_json_problem(input_, opts_.max_depth);
    if (!p.found) return true;
    set_failure(p.code, p.offset, std::move(p.pointer), std::move(p.message));
    return false;
  }

  /// An input over the size limit: not read at all, so nothing to locate.
  void too_large(std::size_t size, std::size_t limit) {
    set_failure(error_code::too_large, 0, "",
                "input is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(limit));
  }

  std::size_t max_depth() const noexcept { return opts_.max_depth; }

  // ---- results ------------------------------------------------------------

  bool failed() const noexcept { return failed_; }
  bool ok() const noexcept { return errors_.empty(); }

  /// Completes the errors (line and column) and hands them over, in document
  /// order: by offset, ties in the order found.
  std::vector<error> take_errors() {
    std::stable_sort(errors_.begin(), errors_.end(),
                     [](const error& a, const error& b) { return a.offset < b.offset; });
    assign_lines(errors_, input_);
    return std::move(errors_);
  }

  /// Points every run at its slice of the log storage; call once, after a successful walk.
  void finish() {
    for (std::size_t i = 0; i < runs_.size(); ++i)
      runs_[i].logs = log_list(logs_.data() + log_ranges_[i].first, log_ranges_[i].second);
    page_.data = std::span<const workflow_run>(runs_);
  }

  const workflow_run& run() const noexcept { return runs_.front(); }
  const run_page& page() const noexcept { return page_; }
  log_list logs() const noexcept { return logs_; }

  /// Moves errors of a document cut from a stream to the stream's coordinates:
  /// the document starts at byte `offset`, on line `line` (it is one line).
  static void rebase(std::vector<error>& errs, std::size_t offset, std::size_t line) {
    for (auto& e : errs) {
      e.offset += offset;
      e.line += line - 1;
    }
  }

private:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  struct frame {
    frame_kind kind;
    bool is_object;
    field pending = field::unknown; // field of the member whose value comes next (objects)
    field capture = field::unknown; // raw frame: the field whose text this container is
    std::uint32_t seen = 0;         // bit i: key i of the kind's table was seen
    std::size_t begin = 0;          // offset of the opening bracket
    std::size_t index = 0;          // arrays: index of the current element
    std::size_t keys_begin = 0;     // objects: first of this object's keys in keys_
    std::size_t target = npos;      // the run or log being filled
    std::size_t aux = 0;            // log arrays: first log of the run
    std::string_view key;           // objects: the current key
    bool has_key = false;           // objects: a key was read and its value is not done
  };

  // ---- errors and pointers -------------------------------------------------

  void set_failure(error_code code, std::size_t offset, std::string ptr, std::string message) {
    errors_.clear();
    errors_.push_back(error{code, std::move(ptr), std::min(offset, input_.size()), 1, 1, std::move(message)});
    failed_ = true;
  }

  // Fail-fast keeps the error first in document order, which is not always the
  // first found: a missing key is found when its object closes.
  bool wants(std::size_t offset) const noexcept {
    return opts_.errors == error_mode::collect_all || errors_.empty() || offset < errors_.front().offset;
  }

  void schema_error(error_code code, std::size_t offset, std::string ptr, std::string message) {
    if (!wants(offset)) return;
    if (opts_.errors == error_mode::fail_fast) errors_.clear();
    errors_.push_back(error{code, std::move(ptr), offset, 1, 1, std::move(message)});
  }

  /// The pointer of the current member or element (with_current), or of the
  /// innermost container itself. Outer frames always contribute: a child is open
  /// as the value of their current key or element.
  std::string pointer(bool with_current) const {
    std::string out;
    const std::size_t n = stack_.size();
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
    if (!wants(offset)) return;
    schema_error(error_code::wrong_type, offset, pointer(true),
                 "expected " + std::string(expected_name(f)) + ", found " + std::string(kind_name(got)));
  }

  static std::string_view expected_name(field f) noexcept {
    switch (f) {
    case field::run_error_message:
    case field::run_completed_at:
    case field::log_component_id:
    case field::links_first:
    case field::links_last:
    case field::links_prev:
    case field::links_next: return "a string or null";
    case field::run_duration: return "a number or null";
    case field::meta_from:
    case field::meta_to: return "an integer or null";
    case field::meta_current_page:
    case field::meta_last_page:
    case field::meta_per_page:
    case field::meta_total: return "an integer";
    case field::run_logs:
    case field::page_data: return "an array";
    case field::run_trigger_payload:
    case field::run_workflow:
    case field::log_output:
    case field::page_links:
    case field::page_meta: return "an object";
    default: return "a string";
    }
  }

  // ---- containers ----------------------------------------------------------

  bool begin_container(json_kind k, std::size_t offset) {
    if (stack_.size() >= opts_.max_depth) {
      malformed(error_code::depth_exceeded, offset,
                "nesting deeper than the limit of " + std::to_string(opts_.max_depth));
      return false;
    }
    frame fr{};
    fr.kind = frame_kind::raw;
    fr.is_object = (k == json_kind::object);
    fr.begin = offset;
    fr.keys_begin = keys_.size();
    if (stack_.empty()) {
      const bool ok = (kind_ == doc_kind::logs) ? k == json_kind::array : k == json_kind::object;
      if (!ok) {
        schema_error(error_code::wrong_type, offset, "",
                     std::string("expected ") + (kind_ == doc_kind::logs ? "an array" : "an object") +
                         " at the root, found " + std::string(kind_name(k)));
      } else if (kind_ == doc_kind::run) {
        fr.kind = frame_kind::run;
        fr.target = new_run();
      } else if (kind_ == doc_kind::page) {
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
          schema_error(error_code::wrong_type, offset, pointer(true),
                       "expected an object, found " + std::string(kind_name(k)));
        } else if (parent.kind == frame_kind::run_array) {
          fr.kind = frame_kind::run;
          fr.target = new_run();
        } else {
          fr.kind = frame_kind::log;
          fr.target = logs_.size();
          logs_.emplace_back();
        }
      }
    }
    stack_.push_back(fr);
    return true;
  }

  // A container as the value of a member of a typed object.
  void open_member(frame& parent, frame& fr, json_kind k, std::size_t offset) {
    const field f = parent.pending;
    if (f == field::unknown) return; // raw object or unknown key: validated, not kept
    const bool obj = (k == json_kind::object);
    switch (f) {
    case field::run_logs:
      if (!obj) {
        fr.kind = frame_kind::log_array;
        fr.target = parent.target;
        fr.aux = logs_.size();
        return;
      }
      break;
    case field::page_data:
      if (!obj) {
        fr.kind = frame_kind::run_array;
        data_offset_ = offset;
        return;
      }
      break;
    case field::run_trigger_payload:
    case field::run_workflow:
    case field::log_output:
      if (obj) {
        fr.capture = f;
        fr.target = parent.target;
        return;
      }
      break;
    case field::page_links:
      if (obj) {
        fr.kind = frame_kind::links;
        return;
      }
      break;
    case field::page_meta:
      if (obj) {
        fr.kind = frame_kind::meta;
        return;
      }
      break;
    default: break;
    }
    wrong_type(f, k, offset);
  }

  std::size_t new_run() {
    runs_.emplace_back();
    log_ranges_.emplace_back(0, 0);
    return runs_.size() - 1;
  }

  void store_raw(field f, std::size_t target, std::string_view text) {
    if (f == field::log_output)
      logs_[target].output = raw_json{text};
    else if (f == field::run_trigger_payload)
      runs_[target].trigger_payload = raw_json{text};
    else if (f == field::run_workflow)
      runs_[target].workflow = raw_json{text};
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
    if (!wants(fr.begin)) return;
    const auto fields = fields_of(fr.kind);
    const bool strict = opts_.mode == decode_mode::strict;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const bool required = fields[i].always_required || (strict && fields[i].strict_required);
      if (required && !(fr.seen & (std::uint32_t{1} << i)))
        schema_error(error_code::missing_field, fr.begin, pointer(false),
                     "missing required key " + quote_for_message(fields[i].key));
    }
  }

  void check_page() {
    if (page_.meta.per_page && runs_.size() > static_cast<std::uint64_t>(*page_.meta.per_page))
      schema_error(error_code::out_of_range, data_offset_, "/data",
                   "data holds " + std::to_string(runs_.size()) + " runs, more than per_page (" +
                       std::to_string(*page_.meta.per_page) + ")");
  }

  // ---- scalars -------------------------------------------------------------

  // The field a scalar is the value of, after checking the container context;
  // unknown when the scalar is not kept (raw, unknown key, wrong place).
  field expected_scalar(json_kind k, std::size_t offset) {
    if (stack_.empty()) {
      schema_error(error_code::wrong_type, offset, "",
                   std::string("expected ") + (kind_ == doc_kind::logs ? "an array" : "an object") +
                       " at the root, found " + std::string(kind_name(k)));
      return field::unknown;
    }
    const frame& fr = stack_.back();
    if (fr.is_object) return fr.pending;
    if (fr.kind == frame_kind::run_array || fr.kind == frame_kind::log_array)
      schema_error(error_code::wrong_type, offset, pointer(true),
                   "expected an object, found " + std::string(kind_name(k)));
    return field::unknown;
  }

  workflow_run& cur_run() { return runs_[stack_.back().target]; }
  log_entry& cur_log() { return logs_[stack_.back().target]; }

  void on_string(field f, std::string_view s, std::size_t offset) {
    switch (f) {
    case field::run_id: set_id(cur_run().id, s, id_kind::run, offset); return;
    case field::log_id: set_id(cur_log().id, s, id_kind::log, offset); return;
    case field::log_execution_id: {
      prefixed_id id;
      if (set_id(id, s, id_kind::run, offset)) cur_log().execution_id = id;
      return;
    }
    case field::run_status:
      if (auto v = parse_run_status(s))
        cur_run().status = *v;
      else
        invalid_enum(s, "a run status", "pending, running, completed, failed, awaiting_ui_interaction", offset);
      return;
    case field::log_status:
      if (auto v = parse_log_status(s))
        cur_log().status = *v;
      else
        invalid_enum(s, "a log status", "success, error, warning", offset);
      return;
    case field::run_error_message: cur_run().error_message = s; return;
    case field::run_started_at: set_time(cur_run().started_at, s, offset); return;
    case field::run_completed_at: set_optional_time(cur_run().completed_at, s, offset); return;
    case field::run_created_at: set_optional_time(cur_run().created_at, s, offset); return;
    case field::log_created_at: set_time(cur_log().created_at, s, offset); return;
    case field::log_node_id:
      if (s.empty()) schema_error(error_code::out_of_range, offset, pointer(true), "node_id must not be empty");
      cur_log().node_id = s;
      return;
    case field::log_component_id: cur_log().component_id = s; return;
    case field::links_first: page_.links.first = s; return;
    case field::links_last: page_.links.last = s; return;
    case field::links_prev: page_.links.prev = s; return;
    case field::links_next: page_.links.next = s; return;
    case field::meta_path: page_.meta.path = s; return;
    default: wrong_type(f, json_kind::string, offset); return;
    }
  }

  void on_null(field f, std::size_t offset) {
    switch (f) {
    case field::run_error_message:
    case field::run_completed_at:
    case field::run_duration:
    case field::log_component_id:
    case field::links_first:
    case field::links_last:
    case field::links_prev:
    case field::links_next:
    case field::meta_from:
    case field::meta_to: return; // already nullopt
    default: wrong_type(f, json_kind::null, offset); return;
    }
  }

  void on_number(field f, std::string_view raw, std::size_t offset) {
    if (f == field::run_duration) {
      double d = 0;
      if (to_double(raw, d) != number_status::ok)
        schema_error(error_code::out_of_range, offset, pointer(true),
                     "duration_in_seconds " + std::string(raw) + " is too large for a double");
      else if (d < 0)
        schema_error(error_code::out_of_range, offset, pointer(true),
                     "duration_in_seconds must be >= 0, found " + std::string(raw));
      else
        cur_run().duration_in_seconds = d;
      return;
    }
    std::int64_t min = 1;
    std::optional<std::int64_t>* slot = nullptr;
    switch (f) {
    case field::meta_current_page: slot = &page_.meta.current_page; break;
    case field::meta_last_page: slot = &page_.meta.last_page; break;
    case field::meta_per_page: slot = &page_.meta.per_page; break;
    case field::meta_from: slot = &page_.meta.from; break;
    case field::meta_to: slot = &page_.meta.to; break;
    case field::meta_total:
      slot = &page_.meta.total;
      min = 0;
      break;
    default: wrong_type(f, json_kind::number, offset); return;
    }
    std::int64_t v = 0;
    switch (to_int64(raw, v)) {
    case number_status::not_integer:
      schema_error(error_code::wrong_type, offset, pointer(true), "expected an integer, found " + std::string(raw));
      return;
    case number_status::overflow:
      schema_error(error_code::out_of_range, offset, pointer(true),
                   std::string(raw) + " is outside the 64-bit integer range");
      return;
    case number_status::ok: break;
    }
    if (v < min) {
      schema_error(error_code::out_of_range, offset, pointer(true),
                   "must be >= " + std::to_string(min) + ", found " + std::string(raw));
      return;
    }
    *slot = v;
  }

  bool set_id(prefixed_id& out, std::string_view s, id_kind k, std::size_t offset) {
    if (auto id = prefixed_id::parse(s, k)) {
      out = *id;
      return true;
    }
    schema_error(error_code::invalid_id, offset, pointer(true),
                 quote_for_message(s) + " is not a valid id: expected \"" + std::string(id_prefix(k)) +
                     "\" then 1 to 64 characters of [0-9a-z]");
    return false;
  }

  void invalid_enum(std::string_view s, const char* what, const char* allowed, std::size_t offset) {
    if (!wants(offset)) return;
    schema_error(error_code::invalid_enum, offset, pointer(true),
                 quote_for_message(s) + " is not " + what + " (expected one of " + allowed + ")");
  }

  bool set_time(timestamp& out, std::string_view s, std::size_t offset) {
    const timestamp_errc ec = timestamp::parse(s, out);
    if (ec == timestamp_errc::ok) return true;
    if (wants(offset))
      schema_error(error_code::invalid_timestamp, offset, pointer(true),
                   quote_for_message(s) + " is not an RFC 3339 date-time: " + std::string(describe(ec)));
    return false;
  }

  void set_optional_time(std::optional<timestamp>& out, std::string_view s, std::size_t offset) {
    timestamp t;
    if (set_time(t, s, offset)) out = t;
  }

  // ---- duplicate keys ------------------------------------------------------
  // Small objects are scanned; from index_from keys on, an open-addressing
  // table per depth keeps hostile objects (200,000 keys) linear. Tables are
  // kept between documents, so steady-state decoding does not allocate.

  static constexpr std::size_t index_from = 16;

  struct key_index {
    std::vector<std::uint32_t> slots; // key position + 1, 0 = empty
    std::size_t used = 0;
    bool active = false;
  };

  static std::size_t hash_key(std::string_view k) noexcept { return std::hash<std::string_view>{}(k); }

  bool is_duplicate(std::string_view k) const {
    const frame& fr = stack_.back();
    const std::size_t d = stack_.size() - 1;
    if (d < indexes_.size() && indexes_[d].active) {
      const key_index& ix = indexes_[d];
      const std::size_t mask = ix.slots.size() - 1;
      for (std::size_t i = hash_key(k) & mask;; i = (i + 1) & mask) {
        const std::uint32_t s = ix.slots[i];
        if (s == 0) return false; // the table holds every key of the object
        if (keys_[s - 1] == k) return true;
      }
    }

    for (std::size_t i = fr.keys_begin; i < keys_.size(); ++i)
      if (keys_[i] == k) return true;
    return false;
  }

  void index_key(std::size_t d, std::size_t pos) {
    const frame& fr = stack_[d];
    const std::size_t count = keys_.size() - fr.keys_begin;
    if (count < index_from) return;
    if (indexes_.size() <= d) indexes_.resize(d + 1);
    key_index& ix = indexes_[d];
    if (!ix.active || (ix.used + 1) * 2 > ix.slots.size()) {
      std::size_t size = 64;
      while (size < count * 4) size *= 2;
      ix.slots.assign(size, 0);
      ix.used = 0;
      ix.active = true;
      for (std::size_t i = fr.keys_begin; i < keys_.size(); ++i) insert_slot(ix, i);
      return;
    }
    insert_slot(ix, pos);
  }

  void insert_slot(key_index& ix, std::size_t pos) {
    const std::size_t mask = ix.slots.size() - 1;
    std::size_t i = hash_key(keys_[pos]) & mask;
    while (ix.slots[i] != 0) i = (i + 1) & mask;
    ix.slots[i] = static_cast<std::uint32_t>(pos + 1);
    ++ix.used;
  }

  void release_index(std::size_t d) noexcept {
    if (d < indexes_.size()) indexes_[d].active = false;
  }

  decode_options opts_;
  doc_kind kind_ = doc_kind::run;
  std::string_view input_;
  bool failed_ = false;
  std::size_t data_offset_ = 0;
  std::vector<frame> stack_;
  std::vector<std::string_view> keys_;
  std::vector<key_index> indexes_;
  std::vector<error> errors_;
  std::vector<workflow_run> runs_;
  std::vector<log_entry> logs_;
  std::vector<std::pair<std::size_t, std::size_t>> log_ranges_;
  run_page page_;
};

} // namespace flowrun::detail

#endif
