// flowrun: RFC 8785 canonical JSON (the JSON Canonicalization Scheme, JCS).
//
// One JSON text in, its one canonical byte form out: members sorted by the
// UTF-16 code units of their keys at every level, numbers as ECMAScript writes
// them (shortest round trip), strings with the minimal escaping of
// JSON.stringify, no white space. What `JSON.stringify` of `JSON.parse` gives
// with sorted keys, and what people hash and sign.
//
// Standard library only (no simdjson, no Boost): usable with either decoder or
// none.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_CANONICAL_HPP
#define FLOWRUN_CANONICAL_HPP

#include <flowrun/detail/limits.hpp>
#include <flowrun/detail/rfc8785_scan.hpp>
#include <flowrun/error.hpp>
#include <flowrun/options.hpp>
#include <flowrun/result.hpp>
#include <flowrun/write.hpp>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace flowrun {

/// Limits of a canonicalizer. Aggregate: set what you need. The defaults are
/// decode_options' (docs/contract.md, "Limits").
///
/// Example:
///   flowrun::canonicalizer c({.max_depth = 64, .max_size = 1 << 20});
struct canonical_options {
  /// Deepest nesting of arrays and objects accepted; deeper is depth_exceeded.
  /// The root container is depth 1. Values above max_depth_limit are clamped.
  std::size_t max_depth = decode_options{}.max_depth;
  /// Largest input accepted, in bytes; larger is too_large (not read at all).
  std::size_t max_size = decode_options{}.max_size;
};

/// Turns JSON texts into their RFC 8785 canonical form. Reuse one: it keeps its
/// scratch buffers, so once warmed up on documents of a given size it allocates
/// nothing (the caller's `out` aside).
///
/// The input is any bytes. It must be one JSON text under RFC 8259, read
/// strictly exactly as the decoders read it (docs/contract.md, "Well-formed
/// JSON"), and I-JSON (RFC 7493) as RFC 8785 requires:
///
/// - not well-formed: the decoders' error, with the same code, pointer,
///   offset and message (`syntax_error`, `invalid_utf8`, `depth_exceeded`,
///   `trailing_content`; `too_large` past max_size). A lone surrogate escape
///   (`"\ud800"`) is `invalid_utf8`, as everywhere in flowrun: it has no
///   UTF-8 form (JSON.stringify would write it back as `"\ud800"`; flowrun
///   refuses it).
/// - a key repeated in one object (compared after unescaping) is
///   `duplicate_key` at the second one (`/a/b/key`, offset of its quote);
/// - a number with no IEEE 754 double, i.e. too large (`1e400`, `-2e308`), is
///   `out_of_range` at its member or element (`/output/a/0`, offset of its
///   first byte). A number too small for a double becomes 0 (`1e-400` gives
///   `0`, `-1e-400` gives `0`), as JSON.parse does; one in the subnormal
///   range keeps its nearest double (`1e-310`).
///
/// Well-formedness errors win over the other two, whatever their order; among
/// those, the first in the text is reported.
///
/// The output: no white space; object members sorted by the UTF-16 code units
/// of their unescaped keys, at every level; strings unescaped then written with
/// `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t` and `\u00xx` (lowercase hex) for the
/// other controls, every other character as UTF-8 (`"\u00e9"` gives `"é"`,
/// `"\/"` gives `"/"`); numbers as ECMAScript writes the nearest double
/// (`1E30` gives `1e+30`, `4.50` gives `4.5`, `-0` gives `0`, `1e21` gives
/// `1e+21`, `0.000001` stays); `true`, `false`, `null`. Canonicalizing the output
/// again gives the same bytes.
///
/// Work is linear in the input plus n log n for sorting the members of each
/// object; nesting is kept on the heap (no recursion), so any `max_depth` runs
/// on a small thread stack.
///
/// Example:
///   flowrun::canonicalizer canon;
///   std::string out;
///   if (auto err = canon.canonicalize(R"({"b": [1E3, "\u00e9"], "a": null})", out))
///     std::cerr << to_string(err->code) << " at " << err->pointer << '\n';
///   // out == R"({"a":null,"b":[1000,"é"]})"
class canonicalizer {
public:
  canonicalizer() = default;
  explicit canonicalizer(canonical_options o) noexcept : opts_(o) {}

  const canonical_options& options() const noexcept { return opts_; }

  /// Appends the canonical form of `json` to `out` and returns nullopt; on an
  /// error returns it and leaves `out` as it was (its size; its capacity may
  /// have grown).
  std::optional<error> canonicalize(std::string_view json, std::string& out) {
    const std::size_t max_depth = detail::clamp_max_depth(opts_.max_depth);
    if (json.size() > opts_.max_size) return too_large_error(json.size(), opts_.max_size);
    return scan_.run(json, out, max_depth);
  }

private:
  canonical_options opts_;
  detail::rfc8785_scan scan_;
};

/// The RFC 8785 canonical form of `json`, or the error that prevents it (see
/// canonicalizer, which this uses once: to canonicalize many documents, keep
/// a canonicalizer).
///
/// Example:
///   flowrun::result<std::string> c = flowrun::canonicalize(R"({"z":1.50,"a":[true]})");
///   assert(c && *c == R"({"a":[true],"z":1.5})");
inline result<std::string> canonicalize(std::string_view json, canonical_options o = {}) {
  canonicalizer c(o);
  std::string out;
  out.reserve(json.size());
  if (std::optional<error> e = c.canonicalize(json, out)) return std::move(*e);
  return out;
}

/// Writes runs, pages and log lists as RFC 8785 canonical JSON (JCS): the writer's
/// compact text, every object's members (unknown members and those inside raw values
/// included) sorted by the UTF-16 code units of their keys, numbers as ECMAScript
/// writes the nearest double, strings minimally escaped. The bytes to hash or sign.
/// Reusable: it keeps its scratch space, so once warm it allocates nothing (`out` aside).
///
/// What write_json refuses (a value the decoder would reject) is refused here with the
/// same error. A number that has no IEEE 754 double (`1e400` inside `output`) cannot be
/// written canonically: write() then returns an `out_of_range` error with its pointer
/// (e.g. `/logs/0/output/a`; its offset, line and column in the writer's compact text).
/// On any error `out` is left as it was.
///
/// Example:
///   flowrun::canonical_writer canon;
///   std::string signed_bytes;
///   if (auto err = canon.write(signed_bytes, *run))
///     std::cerr << to_string(err->code) << " at " << err->pointer << '\n';
class canonical_writer {
public:
  template <class T> [[nodiscard]] std::optional<error> write(std::string& out, const T& v) {
    // Known members are written in their sorted order, unknown ones merged in, raw values
    // canonicalized on their own: the text comes out canonical in one pass. Anything that
    // pass gives up on (a refusal, an odd unknown key, a number with no double) is found
    // again by writing then canonicalizing, which reports it exactly.
    if (!detail::write_checked(
            out, {}, [&](detail::json_writer& w) { write_value(w, v); }, &context_))
      return std::nullopt;
    return write_slow(out, v);
  }

  /// What write() gives, by the definition: write_json, then canonicalize its text. For
  /// tests and benchmarks.
  template <class T> [[nodiscard]] std::optional<error> write_slow(std::string& out, const T& v) {
    scratch_.clear();
    if (std::optional<error> e = write_json(scratch_, v)) return e;
    return canon_.canonicalize(scratch_, out);
  }

private:
  static void write_value(detail::json_writer& w, const workflow_run& v) { detail::write_run(w, v, nullptr); }
  static void write_value(detail::json_writer& w, const run_page& v) { detail::write_page(w, v); }
  static void write_value(detail::json_writer& w, log_list v) { detail::write_logs(w, v, nullptr); }
  static void write_value(detail::json_writer& w, const log_entry& v) { detail::write_log(w, v, nullptr); }
  static void write_value(detail::json_writer& w, const raw_json& v) { w.raw(v, nullptr, {}, false); }
  static void write_value(detail::json_writer& w, const document& v) {
    std::visit([&w](const auto& x) { write_value(w, x); }, static_cast<const document::variant&>(v));
  }
  template <class T> static void write_value(detail::json_writer& w, const owned<T>& v) { write_value(w, *v); }

  // The RFC 8785 scan behind the writer's canonical mode.
  class context final : public detail::canonical_context {
  public:
    int compare_keys(std::string_view a, std::string_view b) const noexcept override {
      return detail::compare_utf16(a, b);
    }
    bool raw_into(std::string_view json, std::string& out, std::size_t at, std::size_t room, std::size_t& end,
                  bool trusted) override {
      return scan_.run_into(json, out, at, room, end, trusted);
    }

  private:
    detail::rfc8785_scan scan_;
  };

  context context_;
  // The text is the writer's own: as deep as any decoded value may be, of any size.
  canonicalizer canon_{canonical_options{max_depth_limit, std::numeric_limits<std::size_t>::max()}};
  std::string scratch_;
};

/// The RFC 8785 canonical JSON of a run, page, log list, log entry, document or owning copy
/// as a new string, or the error of canonical_writer::write.
///
/// Example:
///   flowrun::result<std::string> bytes = flowrun::to_canonical_json(*run);
///   // on error: bytes.error().pointer; its offset, line and column are in the writer's compact text
template <class T> [[nodiscard]] result<std::string> to_canonical_json(const T& v) {
  canonical_writer w;
  std::string out;
  if (std::optional<error> e = w.write(out, v)) return result<std::string>(std::move(*e));
  return out;
}

} // namespace flowrun

#endif
