// flowrun: consistency findings. Runs that decode but make no sense (docs/contract.md,
// "Consistency findings"): warnings over decoded values, never decode errors.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_FINDINGS_HPP
#define FLOWRUN_FINDINGS_HPP

#include <flowrun/detail/text.hpp>
#include <flowrun/locate_pointer.hpp>
#include <flowrun/status.hpp>
#include <flowrun/timestamp.hpp>
#include <flowrun/types.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flowrun {

/// The stable codes of the contract's (docs/contract.md) findings table. Values are stable: only append.
enum class finding_code : std::uint8_t {
  completed_before_started = 1, ///< `completed_at` earlier than `started_at`
  duration_mismatch,            ///< `duration_in_seconds` off `completed_at - started_at` by 1 s or more
  missing_completed_at,         ///< `completed` or `failed` without `completed_at`
  unexpected_completed_at,      ///< `pending`, `running` or `awaiting_ui_interaction` with `completed_at`
  missing_error_message,        ///< `failed` without `error_message`
  unexpected_error_message,     ///< `error_message` set while the status is not `failed`
  log_out_of_order,             ///< a log's `created_at` earlier than the previous log's
  log_outside_run,              ///< a log's `created_at` before `started_at` or after `completed_at`
  duplicate_log_id,             ///< two logs with the same `id`
  run_too_long,                 ///< over the engine's limit of one hour
  output_not_object,            ///< a log's `output` is not an object (compatible mode keeps any JSON value)
};

/// Number of codes; codes run from 1 to finding_code_count.
inline constexpr int finding_code_count = 11;

/// The code's stable spelling, e.g. "duration_mismatch"; "unknown" for a value out of range.
constexpr std::string_view to_string(finding_code c) noexcept {
  switch (c) {
  case finding_code::completed_before_started: return "completed_before_started";
  case finding_code::duration_mismatch: return "duration_mismatch";
  case finding_code::missing_completed_at: return "missing_completed_at";
  case finding_code::unexpected_completed_at: return "unexpected_completed_at";
  case finding_code::missing_error_message: return "missing_error_message";
  case finding_code::unexpected_error_message: return "unexpected_error_message";
  case finding_code::log_out_of_order: return "log_out_of_order";
  case finding_code::log_outside_run: return "log_outside_run";
  case finding_code::duplicate_log_id: return "duplicate_log_id";
  case finding_code::run_too_long: return "run_too_long";
  case finding_code::output_not_object: return "output_not_object";
  }
  return "unknown";
}

/// The engine kills a run after one hour (docs/contract.md, "Engine limits").
inline constexpr double max_run_seconds = 3600;
/// duration_mismatch: a duration may differ from the timestamps by less than this.
inline constexpr double duration_tolerance_seconds = 1;

/// One consistency finding: what (code, message) and which member (pointer).
///
/// `pointer` is the RFC 6901 JSON Pointer of the member the finding is about
/// (`/error_message`, `/logs/3/created_at`, `/data/0/completed_at`), whether that member
/// holds a value, null, or is absent (a compatible-mode document may omit nullable fields).
/// `message` is readable and names the values involved.
struct finding {
  finding_code code{};
  std::string pointer;
  std::string message;
  friend bool operator==(const finding&, const finding&) = default;
};

/// Runs the rules of the contract's (docs/contract.md) findings table over decoded values. Reusable: keep one and
/// call check() for each value; the findings it returns stay valid until the next call.
///
/// Which rules apply: all eleven to a run and to each run of a page; to a bare list of logs,
/// the ones that need no run (log_out_of_order, output_not_object, duplicate_log_id). Precisely:
/// - durations are POSIX seconds (seconds_between: a leap second 23:59:60 counts as
///   23:59:59.fraction); order (`<`) is that of the instants (timestamp's <=>), so offsets
///   and leap seconds compare correctly;
/// - run_too_long judges `duration_in_seconds` when it is set (pointer
///   /duration_in_seconds), else `completed_at - started_at` when both are set (pointer
///   /completed_at); over means more than max_run_seconds;
/// - duplicate_log_id is reported at every later log with an id seen before (pointer
///   /logs/N/id), naming the first; log_out_of_order compares each log with the one before;
/// - output_not_object: a log's `output` that is there and is not an object (null, a string,
///   a number, a boolean or an array, which compatible mode keeps raw); pointer /logs/N/output.
/// Findings come per run in this order: the run's own (completed_at, error_message,
/// duration), then each log's in log order, then duplicate ids in log order.
///
/// Allocation: nothing when there is nothing to report, except that a list of more than
/// inline_logs logs sizes the scratch space for duplicate ids once (reused by later calls).
///
/// Example:
///   flowrun::consistency_checker checker;
///   for (const flowrun::finding& f : checker.check(*run))
///     std::cout << "warning[" << to_string(f.code) << "] " << f.pointer << ": " << f.message << '\n';
class consistency_checker {
public:
  /// Logs a list may have before duplicate detection needs heap scratch space.
  static constexpr std::size_t inline_logs = 256;
  /// Logs a list may have for duplicate detection to compare each id with those before it
  /// (at most 120 comparisons) rather than sort.
  static constexpr std::size_t pairwise_logs = 16;

  /// The findings of a run (pointers from the run: /completed_at, /logs/2/created_at).
  std::span<const finding> check(const workflow_run& run) {
    start();
    check_run(run, {});
    return found_;
  }

  /// The findings of every run of a page (pointers /data/N/...).
  std::span<const finding> check(const run_page& page) {
    start();
    for (std::size_t i = 0; i < page.data.size(); ++i) {
      char buf[32] = "/data/";
      const auto r = std::to_chars(buf + 6, buf + sizeof buf, i);
      check_run(page.data[i], std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
    }
    return found_;
  }

  /// The findings of a bare list of logs (pointers /N/created_at, /N/id).
  std::span<const finding> check(log_list logs) {
    start();
    check_logs(logs, nullptr, {});
    return found_;
  }

  /// How many findings check() gives for the same value, without building their pointers
  /// and messages (nothing is allocated but what check() allocates when there is nothing to
  /// report): for an output that shows counts only. The span the last check() returned is
  /// emptied.
  std::size_t count(const workflow_run& run) {
    return counted([&] { check(run); });
  }
  /// count() of every run of a page.
  std::size_t count(const run_page& page) {
    return counted([&] { check(page); });
  }
  /// count() of a bare list of logs.
  std::size_t count(log_list logs) {
    return counted([&] { check(logs); });
  }

private:
  void start() noexcept {
    found_.clear();
    count_ = 0;
  }
  template <class F> std::size_t counted(F&& f) {
    struct restore { // back to building findings, even if f throws
      bool& counting;
      ~restore() { counting = false; }
    } guard{counting_};
    counting_ = true;
    f();
    return count_;
  }

  // One piece of a pointer or a message: text, or a number (a log index).
  struct piece {
    std::string_view text;
    std::size_t index = 0;
    bool is_index = false;
    // Implicit, so that add() reads as a list of texts.
    piece(std::string_view t) noexcept : text(t) {}
    piece(const char* t) noexcept : text(t) {}
    piece(const std::string& t) noexcept : text(t) {}
    static piece number(std::size_t i) noexcept {
      piece p("");
      p.index = i;
      p.is_index = true;
      return p;
    }
  };

  static void append(std::string& s, std::initializer_list<piece> pieces) {
    for (const piece& p : pieces) {
      if (!p.is_index) {
        s += p.text;
        continue;
      }
      char buf[24];
      const auto r = std::to_chars(buf, buf + sizeof buf, p.index);
      s.append(buf, r.ptr);
    }
  }

  // A finding; when only counting, its pointer and message are not built. Out of line
  // and cold: the checks' hot path (nothing found) stays short.
  template <class Message>
  FLOWRUN_COLD void add(finding_code code, std::initializer_list<piece> pointer, const Message& message) {
    ++count_;
    if (counting_) return;
    finding f;
    f.code = code;
    append(f.pointer, pointer);
    message(f.message);
    found_.push_back(std::move(f));
  }

  // Message text for values.
  static std::string time(const timestamp& t) {
    std::string s;
    t.format_exact_to(std::back_inserter(s));
    return s;
  }
  static std::string seconds(double d) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, r.ptr) + " s";
  }
  // A user's string in a message: quoted, escaped so the message stays one line, and cut
  // after max_quoted bytes on a UTF-8 boundary.
  static std::string quoted(std::string_view s) {
    constexpr std::size_t max_quoted = 64;
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    std::size_t n = s.size();
    if (n > max_quoted) {
      n = max_quoted;
      while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n; // not inside a sequence
    }
    for (std::size_t i = 0; i < n; ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c == '"' || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else if (c < 0x20 || c == 0x7f) {
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 15];
      } else {
        out += static_cast<char>(c);
      }
    }
    if (n < s.size()) out += "...";
    out += '"';
    return out;
  }

  void check_run(const workflow_run& r, std::string_view at) {
    const std::string_view status = to_string(r.status);
    if (r.completed_at) {
      if (!is_finished(r.status))
        add(finding_code::unexpected_completed_at, {at, "/completed_at"}, [&](std::string& m) {
          append(m, {"completed_at is ", time(*r.completed_at), " but status is ", status,
                     " (only completed and failed runs have finished)"});
        });
      if (*r.completed_at < r.started_at)
        add(finding_code::completed_before_started, {at, "/completed_at"}, [&](std::string& m) {
          append(m, {"completed_at ", time(*r.completed_at), " is before started_at ", time(r.started_at)});
        });
    } else if (is_finished(r.status)) {
      add(finding_code::missing_completed_at, {at, "/completed_at"}, [&](std::string& m) {
        append(m, {"status is ", status, " but completed_at is null"});
      });
    }
    if (r.status == run_status::failed && !r.error_message)
      add(finding_code::missing_error_message, {at, "/error_message"},
          [&](std::string& m) { append(m, {"status is failed but error_message is null"}); });
    if (r.status != run_status::failed && r.error_message)
      add(finding_code::unexpected_error_message, {at, "/error_message"}, [&](std::string& m) {
        append(m, {"error_message is ", quoted(*r.error_message), " but status is ", status,
                   " (only failed runs have one)"});
      });

    std::optional<double> span;
    if (r.completed_at) span = seconds_between(*r.completed_at, r.started_at);
    if (r.duration_in_seconds && span && std::fabs(*r.duration_in_seconds - *span) >= duration_tolerance_seconds)
      add(finding_code::duration_mismatch, {at, "/duration_in_seconds"}, [&](std::string& m) {
        append(m, {"duration_in_seconds is ", seconds(*r.duration_in_seconds), " but completed_at - started_at is ",
                   seconds(*span)});
      });
    if (r.duration_in_seconds) {
      if (*r.duration_in_seconds > max_run_seconds)
        add(finding_code::run_too_long, {at, "/duration_in_seconds"}, [&](std::string& m) {
          append(m, {"duration_in_seconds is ", seconds(*r.duration_in_seconds),
                     ", over the engine's limit of 3600 s (runs are killed after one hour)"});
        });
    } else if (span && *span > max_run_seconds) {
      add(finding_code::run_too_long, {at, "/completed_at"}, [&](std::string& m) {
        append(m, {"completed_at - started_at is ", seconds(*span),
                   ", over the engine's limit of 3600 s (runs are killed after one hour)"});
      });
    }
    if (r.has_logs) {
      std::array<char, 40> buf{};
      const std::string_view logs_at = concat(buf, at, "/logs");
      check_logs(r.logs, &r, logs_at);
    }
  }

  static std::string_view concat(std::array<char, 40>& buf, std::string_view a, std::string_view b) noexcept {
    std::copy(a.begin(), a.end(), buf.begin());
    std::copy(b.begin(), b.end(), buf.begin() + static_cast<std::ptrdiff_t>(a.size()));
    return std::string_view(buf.data(), a.size() + b.size());
  }

  // What a raw output is when it is not an object ("a string", "null", ...); empty for an
  // object or an absent output. Its first byte decides: the text is one JSON value.
  static std::string_view json_kind_of(const std::optional<raw_json>& raw) noexcept {
    if (!raw) return {};
    const std::string_view s = raw->text;
    std::size_t k = 0;
    while (k < s.size() && detail::is_json_space(s[k])) ++k;
    if (k == s.size()) return {};
    switch (s[k]) {
    case '{': return {};
    case '[': return "an array";
    case '"': return "a string";
    case 'n': return "null";
    case 't':
    case 'f': return "a boolean";
    default: return "a number";
    }
  }

  // `at` is the pointer of the list ("/logs", "/data/3/logs", or "" for a bare list).
  void check_logs(log_list logs, const workflow_run* run, std::string_view at) {
    for (std::size_t i = 0; i < logs.size(); ++i) {
      const timestamp& t = logs[i].created_at;
      if (i > 0 && t < logs[i - 1].created_at)
        add(finding_code::log_out_of_order, {at, "/", piece::number(i), "/created_at"}, [&](std::string& m) {
          append(m, {"created_at ", time(t), " is before the previous log's ", time(logs[i - 1].created_at), " (", at,
                     "/", piece::number(i - 1), ")"});
        });
      if (run != nullptr) {
        if (t < run->started_at)
          add(finding_code::log_outside_run, {at, "/", piece::number(i), "/created_at"}, [&](std::string& m) {
            append(m, {"created_at ", time(t), " is before the run's started_at ", time(run->started_at)});
          });
        else if (run->completed_at && t > *run->completed_at)
          add(finding_code::log_outside_run, {at, "/", piece::number(i), "/created_at"}, [&](std::string& m) {
            append(m, {"created_at ", time(t), " is after the run's completed_at ", time(*run->completed_at)});
          });
      }
      if (const std::string_view kind = json_kind_of(logs[i].output); !kind.empty())
        add(finding_code::output_not_object, {at, "/", piece::number(i), "/output"}, [&](std::string& m) {
          append(m, {"output is ", kind, ", not an object (strict mode requires an object)"});
        });
    }
    check_duplicate_ids(logs, at);
  }

  // A short list (most runs have a few logs) compares each log's id with those before it,
  // the first equal one being the one to name. A longer one sorts indices by id, which puts
  // duplicates side by side: O(n log n) whatever the ids (no hash an attacker could flood),
  // in scratch space that is inline up to inline_logs.
  void check_duplicate_ids(log_list logs, std::string_view at) {
    const std::size_t n = logs.size();
    if (n < 2) return;
    const auto id = [&](std::size_t i) { return logs[i].id.str(); };
    const auto report = [&](std::size_t later, std::size_t first) {
      add(finding_code::duplicate_log_id, {at, "/", piece::number(later), "/id"}, [&](std::string& m) {
        append(m, {quoted(id(later)), " is also the id of ", at, "/", piece::number(first)});
      });
    };
    if (n <= pairwise_logs) {
      for (std::size_t later = 1; later < n; ++later)
        for (std::size_t first = 0; first < later; ++first)
          if (id(first) == id(later)) {
            report(later, first);
            break;
          }
      return;
    }
    std::span<std::uint32_t> order;
    if (n <= inline_logs) {
      order = std::span<std::uint32_t>(inline_order_.data(), n);
    } else {
      if (heap_order_.size() < n) heap_order_.resize(n);
      order = std::span<std::uint32_t>(heap_order_.data(), n);
    }
    for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<std::uint32_t>(i);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      const int c = id(a).compare(id(b));
      return c < 0 || (c == 0 && a < b);
    });
    // (later, first) pairs; the vector allocates only when there is something to report.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> dups;
    for (std::size_t k = 1, first = 0; k < n; ++k) {
      if (id(order[k]) == id(order[first]))
        dups.emplace_back(order[k], order[first]);
      else
        first = k;
    }
    std::sort(dups.begin(), dups.end());
    for (const std::pair<std::uint32_t, std::uint32_t>& d : dups) report(d.first, d.second);
  }

  std::vector<finding> found_;
  std::size_t count_ = 0; // findings of the last check() or count()
  bool counting_ = false; // count(): findings are counted, not built
  std::array<std::uint32_t, inline_logs> inline_order_{};
  std::vector<std::uint32_t> heap_order_;
};

/// Where each finding's member is in `json`, the text its value was decoded from (a text
/// the decoder accepted): the position of the member's value, or, when the member is absent
/// (a nullable field left out in compatible mode), of the object that lacks it, as a
/// missing_field error is placed. One position per finding, in the same order
/// (locate_pointers of their pointers).
///
/// Example:
///   auto found = checker.check(*run);
///   std::vector<flowrun::text_position> at = flowrun::locate(text, found);
///   // at[i].line, at[i].column: where found[i].pointer is in `text`
inline std::vector<text_position> locate(std::string_view json, std::span<const finding> found) {
  std::vector<std::string_view> pointers;
  pointers.reserve(found.size());
  for (const finding& f : found) pointers.push_back(f.pointer);
  return locate_pointers(json, pointers);
}

} // namespace flowrun

#endif
