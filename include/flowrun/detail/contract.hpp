// flowrun internals: the contract as one table (docs/contract.md).
//
// One row per field of every object the contract types: its key, the kind of
// value it holds, whether it may be null, and when it is required. The fast
// walk (detail/flat_walk.hpp), the builder that reports errors
// (detail/builder.hpp), the value conversions (detail/values.hpp) and the
// Boost.JSON value_from (flowrun/boost_conversions.hpp) all take their rules
// from here, so a field is added or changed in one place.
#ifndef FLOWRUN_DETAIL_CONTRACT_HPP
#define FLOWRUN_DETAIL_CONTRACT_HPP

#include <flowrun/detail/text.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>

namespace flowrun::detail {

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

/// What a container is to the walk: a typed object of the contract, an array
/// of typed objects, or anything else (raw: validated, not typed).
enum class frame_kind : std::uint8_t { run, log, page, links, meta, run_array, log_array, raw };

/// The kind of value a field holds, which decides how it is converted.
enum class value_kind : std::uint8_t {
  run_id,       ///< string, `fl_run_` id
  log_id,       ///< string, `fl_log_` id
  run_status,   ///< string enum
  log_status,   ///< string enum
  timestamp,    ///< string, RFC 3339 date-time
  text,         ///< any string
  node_id,      ///< non-empty string
  duration,     ///< number, finite, >= 0
  count,        ///< integer >= 1
  total,        ///< integer >= 0
  raw_object,   ///< any object, kept as raw JSON
  raw_value,    ///< compatible mode: any JSON value, kept as raw JSON; strict mode: as raw_object
  run_array,    ///< array of runs
  log_array,    ///< array of log entries
  links_object, ///< the page's links
  meta_object,  ///< the page's meta
};

/// When a field must be present.
enum class presence : std::uint8_t {
  optional, ///< in both modes
  strict,   ///< in strict mode only
  always,   ///< in both modes
};

struct field_info {
  field f;
  std::string_view key;
  value_kind kind;
  bool nullable;
  presence required;

  constexpr bool required_in(bool strict) const noexcept {
    return required == presence::always || (strict && required == presence::strict);
  }
};

// Bit i of an object's `seen` mask is row i of its table. Order: the API's.
inline constexpr field_info run_fields[] = {
    {field::run_id, "id", value_kind::run_id, false, presence::always},
    {field::run_status, "status", value_kind::run_status, false, presence::always},
    {field::run_error_message, "error_message", value_kind::text, true, presence::strict},
    {field::run_started_at, "started_at", value_kind::timestamp, false, presence::always},
    {field::run_completed_at, "completed_at", value_kind::timestamp, true, presence::strict},
    {field::run_duration, "duration_in_seconds", value_kind::duration, true, presence::strict},
    {field::run_logs, "logs", value_kind::log_array, false, presence::optional},
    {field::run_trigger_payload, "trigger_payload", value_kind::raw_object, false, presence::optional},
    {field::run_created_at, "created_at", value_kind::timestamp, false, presence::optional},
    {field::run_workflow, "workflow", value_kind::raw_object, false, presence::optional},
};
inline constexpr field_info log_fields[] = {
    {field::log_id, "id", value_kind::log_id, false, presence::always},
    {field::log_node_id, "node_id", value_kind::node_id, false, presence::always},
    {field::log_component_id, "component_id", value_kind::text, true, presence::strict},
    {field::log_status, "status", value_kind::log_status, false, presence::always},
    {field::log_output, "output", value_kind::raw_value, false, presence::strict},
    {field::log_created_at, "created_at", value_kind::timestamp, false, presence::always},
    {field::log_execution_id, "execution_id", value_kind::run_id, false, presence::optional},
};
inline constexpr field_info page_fields[] = {
    {field::page_data, "data", value_kind::run_array, false, presence::always},
    {field::page_links, "links", value_kind::links_object, false, presence::strict},
    {field::page_meta, "meta", value_kind::meta_object, false, presence::strict},
};
inline constexpr field_info links_fields[] = {
    {field::links_first, "first", value_kind::text, true, presence::strict},
    {field::links_last, "last", value_kind::text, true, presence::strict},
    {field::links_prev, "prev", value_kind::text, true, presence::strict},
    {field::links_next, "next", value_kind::text, true, presence::strict},
};
inline constexpr field_info meta_fields[] = {
    {field::meta_current_page, "current_page", value_kind::count, false, presence::strict},
    {field::meta_from, "from", value_kind::count, true, presence::strict},
    {field::meta_last_page, "last_page", value_kind::count, false, presence::strict},
    {field::meta_path, "path", value_kind::text, false, presence::strict},
    {field::meta_per_page, "per_page", value_kind::count, false, presence::strict},
    {field::meta_to, "to", value_kind::count, true, presence::strict},
    {field::meta_total, "total", value_kind::total, false, presence::strict},
};

inline constexpr std::span<const field_info> tables_by_kind[] = {run_fields,  log_fields, page_fields, links_fields,
                                                                 meta_fields, {},         {},          {}};

/// The rows of an object kind (empty for arrays and raw containers).
constexpr std::span<const field_info> fields_of(frame_kind k) noexcept {
  return tables_by_kind[static_cast<std::size_t>(k)];
}

inline constexpr std::size_t field_count = static_cast<std::size_t>(field::meta_total) + 1;

// Every row, indexed by its field (row 0, field::unknown, is unused).
constexpr std::array<field_info, field_count> make_rows_by_field() noexcept {
  std::array<field_info, field_count> rows{};
  for (frame_kind k : {frame_kind::run, frame_kind::log, frame_kind::page, frame_kind::links, frame_kind::meta})
    for (const field_info& row : fields_of(k)) rows[static_cast<std::size_t>(row.f)] = row;
  return rows;
}

inline constexpr std::array<field_info, field_count> rows_by_field = make_rows_by_field();

/// The row of a field. Precondition: f is not field::unknown.
constexpr const field_info& info(field f) noexcept { return rows_by_field[static_cast<std::size_t>(f)]; }

/// "expected ..." in wrong_type messages.
constexpr std::string_view expected_name(const field_info& row) noexcept {
  switch (row.kind) {
  case value_kind::duration: return row.nullable ? "a number or null" : "a number";
  case value_kind::count:
  case value_kind::total: return row.nullable ? "an integer or null" : "an integer";
  case value_kind::run_array:
  case value_kind::log_array: return "an array";
  case value_kind::raw_object:
  case value_kind::raw_value: // the type strict mode asks for (compatible mode takes any)
  case value_kind::links_object:
  case value_kind::meta_object: return "an object";
  default: return row.nullable ? "a string or null" : "a string";
  }
}

/// True when the field's value, whatever its JSON type, is kept as raw JSON in
/// this mode: a log's `output` in compatible mode (docs/contract.md, "Strings
/// and raw JSON"; the finding output_not_object reports what is not an object).
/// Elsewhere a raw field holds an object, and anything else is wrong_type.
/// Always inlined: GCC 12 called it out of line from the fast walk's code for
/// each expected row (fast_walk's key()), where it folds to a constant.
FLOWRUN_ALWAYS_INLINE constexpr bool takes_any_json(const field_info& row, bool strict) noexcept {
  return row.kind == value_kind::raw_value && !strict;
}

/// The least value an integer field accepts.
constexpr std::int64_t minimum_of(value_kind k) noexcept { return k == value_kind::total ? 0 : 1; }

/// Bit mask of the rows an object must have, in a mode.
constexpr std::uint32_t required_mask(frame_kind k, bool strict) noexcept {
  std::uint32_t m = 0;
  const auto rows = fields_of(k);
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].required_in(strict)) m |= std::uint32_t{1} << i;
  return m;
}

/// required_mask of every kind, in compatible mode ([0]) and strict mode ([1]),
/// computed once at compile time (a walk looks its kind's up per object).
inline constexpr std::uint32_t required_masks[2][5] = {
    {required_mask(frame_kind::run, false), required_mask(frame_kind::log, false), required_mask(frame_kind::page, false),
     required_mask(frame_kind::links, false), required_mask(frame_kind::meta, false)},
    {required_mask(frame_kind::run, true), required_mask(frame_kind::log, true), required_mask(frame_kind::page, true),
     required_mask(frame_kind::links, true), required_mask(frame_kind::meta, true)}};

// ---- key lookup --------------------------------------------------------------
// A perfect hash of a key's first (up to) eight bytes, with a multiplier found at
// compile time for each object kind, and word compares to confirm: the hot
// path's dispatch costs a few instructions, and a key in the padded text is
// found without first finding where its string ends (find_row_at).

inline constexpr std::size_t key_slots = 32;
inline constexpr int key_slot_bits = 5;

/// The first min(size, 8) bytes of `k`, as load_le64 would read them, zero above.
constexpr std::uint64_t key_head(std::string_view k) noexcept {
  std::uint64_t w = 0;
  for (std::size_t b = 0; b < k.size() && b < 8; ++b) w |= std::uint64_t{static_cast<unsigned char>(k[b])} << (8 * b);
  return w;
}

constexpr std::size_t key_slot(std::uint64_t head, std::uint64_t multiplier) noexcept {
  return static_cast<std::size_t>((head * multiplier) >> (64 - key_slot_bits));
}

/// Longest key a padded compare handles (longer keys are not the contract's).
inline constexpr std::size_t padded_key_size = 24;

struct key_table {
  std::uint64_t multiplier = 0;              // key_slot's, for this kind: its keys' slots differ
  std::uint8_t row_plus_one[key_slots] = {}; // 0: no key of this kind hashes here
  // Per row (not per slot: the row expected next is compared without a lookup
  // first), the key's length, its bytes in three words as load_le64 reads them,
  // zero past its end, and the masks that keep a loaded word's bytes within it.
  std::uint8_t size[key_slots] = {};
  std::uint64_t words[key_slots][3] = {};
  std::uint64_t masks[key_slots][3] = {};
  std::uint8_t rows = 0; // how many keys the kind has
};

/// True when the keys of kind k have distinct slots under `multiplier`.
constexpr bool keys_hash_apart(frame_kind k, std::uint64_t multiplier) noexcept {
  bool used[key_slots] = {};
  for (const field_info& row : fields_of(k)) {
    const std::size_t slot = key_slot(key_head(row.key), multiplier);
    if (used[slot]) return false;
    used[slot] = true;
  }
  return true;
}

/// The table of kind k, with the first odd multiplier of a fixed sequence that
/// hashes its keys apart (0 when none of the first 100,000 does: see below).
constexpr key_table make_key_table(frame_kind k) noexcept {
  key_table t;
  std::uint64_t m = 0x9e3779b97f4a7c15;
  for (int tries = 0; tries < 100000 && !keys_hash_apart(k, m); ++tries)
    m = (m * 6364136223846793005ULL + 1442695040888963407ULL) | 1;
  if (!keys_hash_apart(k, m)) return t;
  t.multiplier = m;
  const auto rows = fields_of(k);
  t.rows = static_cast<std::uint8_t>(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    t.row_plus_one[key_slot(key_head(rows[i].key), m)] = static_cast<std::uint8_t>(i + 1);
    t.size[i] = static_cast<std::uint8_t>(rows[i].key.size());
    for (std::size_t b = 0; b < rows[i].key.size(); ++b) {
      t.words[i][b / 8] |= std::uint64_t{static_cast<unsigned char>(rows[i].key[b])} << (8 * (b % 8));
      t.masks[i][b / 8] |= std::uint64_t{0xff} << (8 * (b % 8));
    }
  }
  return t;
}

static_assert(make_key_table(frame_kind::run).multiplier != 0 && make_key_table(frame_kind::log).multiplier != 0 &&
                  make_key_table(frame_kind::page).multiplier != 0 &&
                  make_key_table(frame_kind::links).multiplier != 0 && make_key_table(frame_kind::meta).multiplier != 0,
              "no multiplier hashes one object kind's keys apart (two keys share their first 8 bytes?)");
static_assert(
    [] {
      for (frame_kind k : {frame_kind::run, frame_kind::log, frame_kind::page, frame_kind::links, frame_kind::meta})
        for (const field_info& row : fields_of(k))
          for (char c : row.key)
            if (c == '"' || c == '\\') return false;
      return true;
    }(),
    "a known key with a quote or a backslash: find_row_at relies on there being none");
static_assert(std::size(run_fields) <= 32 && std::size(log_fields) <= 32, "seen masks are 32 bits");
static_assert(
    [] {
      for (frame_kind k : {frame_kind::run, frame_kind::log, frame_kind::page, frame_kind::links, frame_kind::meta})
        for (const field_info& row : fields_of(k))
          if (row.key.size() > padded_key_size) return false;
      return true;
    }(),
    "a key longer than padded_key_size");

inline constexpr key_table key_tables[] = {make_key_table(frame_kind::run), make_key_table(frame_kind::log),
                                           make_key_table(frame_kind::page), make_key_table(frame_kind::links),
                                           make_key_table(frame_kind::meta)};

/// The row index of `k` in the table of object kind `kind` (run to meta), or -1.
FLOWRUN_ALWAYS_INLINE int find_row(frame_kind kind, std::string_view k) noexcept {
  if (k.empty()) return -1;
  const key_table& t = key_tables[static_cast<std::size_t>(kind)];
  const int r = t.row_plus_one[key_slot(key_head(k), t.multiplier)] - 1;
  if (r < 0) return -1;
  return same_text(fields_of(kind)[static_cast<std::size_t>(r)].key, k) ? r : -1;
}

/// True when the padded_key_size bytes at `p` (the first eight already loaded
/// as w0) begin with the key of `row`: its words compared under its masks.
FLOWRUN_ALWAYS_INLINE bool row_key_at(const key_table& t, std::size_t row, const void* p, std::uint64_t w0) noexcept {
  const auto* b = static_cast<const unsigned char*>(p);
  return (((w0 & t.masks[row][0]) ^ t.words[row][0]) |
          ((load_le64(b + 8) & t.masks[row][1]) ^ t.words[row][1]) |
          ((load_le64(b + 16) & t.masks[row][2]) ^ t.words[row][2])) == 0;
}

/// find_row for a key that may be read padded_key_size bytes past its start
/// (a padded buffer): whole-word compares instead of a byte loop, the words
/// loaded as the table's (load_le64) on either byte order.
FLOWRUN_ALWAYS_INLINE int find_row_padded(frame_kind kind, std::string_view k) noexcept {
  const std::size_t n = k.size();
  if (n == 0 || n > padded_key_size) return -1;
  const key_table& t = key_tables[static_cast<std::size_t>(kind)];
  const std::uint64_t w0 = load_le64(k.data());
  const std::size_t slot = key_slot(n >= 8 ? w0 : w0 & ((std::uint64_t{1} << (8 * n)) - 1), t.multiplier);
  const int r = t.row_plus_one[slot] - 1;
  if (r < 0 || t.size[r] != n) return -1;
  // The length matched, so the row's masks are this key's.
  return row_key_at(t, static_cast<std::size_t>(r), k.data(), w0) ? r : -1;
}

/// True when the key string whose bytes start at `p` (just past its opening
/// quote, in a padded buffer: read up to padded_key_size + 1 bytes on) is, as
/// written, the key of row `row` of `t`. No known key has a quote or a
/// backslash, so a key whose bytes match one and are followed by a quote is
/// that key: the string's end is not looked for first.
FLOWRUN_ALWAYS_INLINE bool key_of_row_at(const key_table& t, std::size_t row, const std::uint8_t* p,
                                         std::uint64_t w0) noexcept {
  return row_key_at(t, row, p, w0) && p[t.size[row]] == '"';
}

/// key_of_row_at for a row known at compile time: its words, masks and length
/// are constants in the code, not loads from its table.
template <frame_kind Kind, std::size_t Row> FLOWRUN_ALWAYS_INLINE bool key_of_row_at(const std::uint8_t* p) noexcept {
  static_assert(Row < fields_of(Kind).size());
  return key_of_row_at(key_tables[static_cast<std::size_t>(Kind)], Row, p, load_le64(p));
}

/// The row of the key string whose bytes start at `p` (as for key_of_row_at),
/// or -1 when it is no known key as written (an escaped one is read and looked
/// up with find_row_padded). The hash's bytes end at the first quote among the
/// first eight, as a known key's do.
FLOWRUN_ALWAYS_INLINE int find_row_at(frame_kind kind, const std::uint8_t* p) noexcept {
  const key_table& t = key_tables[static_cast<std::size_t>(kind)];
  const std::uint64_t w0 = load_le64(p);
  const std::uint64_t quotes = zero_bytes(w0 ^ (byte_ones * '"')); // the lowest set bit is exact
  const std::uint64_t head = quotes ? w0 & ((quotes & (~quotes + 1)) - 1) >> 7 : w0;
  const std::size_t slot = key_slot(head, t.multiplier);
  const int r = t.row_plus_one[slot] - 1;
  if (r < 0) return -1;
  return key_of_row_at(t, static_cast<std::size_t>(r), p, w0) ? r : -1;
}

} // namespace flowrun::detail

#endif
