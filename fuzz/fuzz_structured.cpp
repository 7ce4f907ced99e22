// libFuzzer target, structure-aware: the input bytes drive a generator that
// writes a valid run document (ids, enums, timestamps, escaped strings, a
// `logs` array of up to thousands of entries, `output` objects nested deep or
// holding thousands of keys), so that mutation reaches the checks behind a
// valid envelope. Further bytes then pick one corruption (a bad enum, id,
// timestamp, type, range, a missing, unknown or duplicate key, a container
// past max_depth, invalid UTF-8, a lone surrogate, a cut-off text) and where
// to put it. The decoder must report exactly that problem: its code, its
// JSON Pointer and, for schema problems, its offset; in collect-all mode it
// must be the only error. Without a corruption the document must decode to
// the values written. The locator must agree on well-formedness problems.
//
// The bytes are read front to back; when they run out, every further read
// is 0, so any input is a valid recipe.
#include <flowrun/detail/locate.hpp>
#include <flowrun/flowrun.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct recipe {
  const std::uint8_t* p;
  std::size_t n;
  std::uint8_t byte() {
    if (n == 0) return 0;
    --n;
    return *p++;
  }
  std::size_t u16() { return byte() | std::size_t{byte()} << 8; }
  std::size_t below(std::size_t k) { return k <= 256 ? byte() % k : u16() % k; }
  bool flag() { return (byte() & 1) != 0; }
};

enum class corruption : std::uint8_t {
  none,
  run_status,        // invalid_enum /status
  run_id,            // invalid_id /id
  started_at,        // invalid_timestamp /started_at
  negative_duration, // out_of_range /duration_in_seconds
  duration_type,     // wrong_type /duration_in_seconds
  missing_started,   // missing_field ""
  unknown_key,       // unknown_field /<key> in strict mode
  duplicate_status,  // duplicate_key /status
  completed_type,    // wrong_type /completed_at
  log_status,        // invalid_enum /logs/i/status
  log_id,            // invalid_id /logs/i/id
  log_created_at,    // invalid_timestamp /logs/i/created_at
  empty_node_id,     // out_of_range /logs/i/node_id
  output_type,       // not an object: wrong_type /logs/i/output in strict mode; kept, with a finding, in compatible mode
  missing_node_id,   // missing_field /logs/i
  execution_id,      // invalid_id /logs/i/execution_id
  output_duplicate,  // duplicate_key /logs/i/output/.../key
  output_too_deep,   // depth_exceeded /logs/i/output/...
  bad_utf8,          // invalid_utf8 /error_message
  lone_surrogate,    // invalid_utf8 /logs/i/node_id
  truncated,         // some well-formedness error, as the locator finds it
  count
};

struct expectation {
  flowrun::error_code code{};
  std::string pointer;
  std::size_t offset = static_cast<std::size_t>(-1); // -1: not checked
};

std::string escape_pointer_token(std::string_view key) {
  std::string s;
  for (char c : key) {
    if (c == '~')
      s += "~0";
    else if (c == '/')
      s += "~1";
    else
      s += c;
  }
  return s;
}

void append_utf8(std::string& s, std::uint32_t cp) {
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

class generator {
public:
  explicit generator(recipe& r) : r_(r) {}

  // A random string of code points (never a surrogate), as UTF-8.
  std::string text(std::size_t max_len) {
    std::string s;
    const std::size_t len = r_.below(max_len + 1);
    for (std::size_t i = 0; i < len; ++i) {
      std::uint32_t cp = 0;
      switch (r_.byte() % 8) {
      case 0: cp = r_.byte() % 0x20; break;             // control: must be escaped
      case 1: cp = static_cast<std::uint32_t>("\"\\/~ab"[r_.byte() % 6]); break;
      case 2: cp = 0x80 + r_.u16() % 0x780; break;      // two bytes
      case 3: cp = 0x800 + r_.u16() % 0xD000; break;    // three bytes, below the surrogates
      case 4: cp = 0x10000 + r_.u16() * 16 % 0x100000; break; // four bytes
      default: cp = 0x20 + r_.byte() % 0x5F; break;     // printable ASCII
      }
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 'x';
      append_utf8(s, cp);
    }
    return s;
  }

  // `s` (UTF-8) as a JSON string, escaping at random where allowed.
  void string(std::string& out, std::string_view s) {
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
      const auto c = static_cast<unsigned char>(s[i]);
      std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      std::uint32_t cp = len == 1 ? c : c & (0x3F >> (len - 1));
      for (std::size_t k = 1; k < len; ++k) cp = cp << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3F);
      const std::uint8_t how = r_.byte() % 4;
      if (cp == '"' || cp == '\\' || cp < 0x20 || how == 0) {
        unicode_escape(out, cp);
      } else if (how == 1 && (cp == '/' || cp == '\n' || cp == '\t')) {
        out += cp == '/' ? "\\/" : cp == '\n' ? "\\n" : "\\t";
      } else {
        out.append(s.substr(i, len));
      }
      i += len;
    }
    out += '"';
  }

  void unicode_escape(std::string& out, std::uint32_t cp) {
    static const char hex[] = "0123456789abcdef";
    auto u = [&](std::uint32_t v) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += hex[(v >> shift) & 15];
    };
    if (cp == '"') {
      out += r_.flag() ? "\\\"" : "\\u0022";
    } else if (cp == '\\') {
      out += r_.flag() ? "\\\\" : "\\u005c";
    } else if (cp >= 0x10000) {
      u(0xD800 + ((cp - 0x10000) >> 10));
      u(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      u(cp);
    }
  }

  std::string id(std::string_view prefix) {
    std::string s(prefix);
    const std::size_t len = 1 + r_.below(64);
    for (std::size_t i = 0; i < len; ++i) s += "0123456789abcdefghijklmnopqrstuvwxyz"[r_.byte() % 36];
    return s;
  }

  static bool leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
  static int month_days(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
  }

  // A timestamp; `bad` breaks exactly one rule.
  std::string timestamp(bool bad) {
    int y = static_cast<int>(r_.u16() % 10000), mo = 1 + r_.byte() % 12;
    int d = 1 + r_.byte() % month_days(y, mo), h = r_.byte() % 24, mi = r_.byte() % 60, s = r_.byte() % 60;
    std::string offset = r_.flag() ? "Z" : "+00:00";
    if (r_.byte() % 8 == 0) h = 23, mi = 59, s = 60, offset = "Z"; // a leap second
    else if (r_.flag()) {
      const int oh = r_.byte() % 24, om = r_.byte() % 60;
      char buf[8];
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", r_.flag() ? '-' : '+', oh, om);
      offset = buf;
    }
    char sep = r_.byte() % 8 == 0 ? 't' : 'T';
    if (offset == "Z" && r_.byte() % 8 == 0) offset = "z";
    std::string fraction;
    if (r_.flag()) {
      fraction = ".";
      const std::size_t digits = 1 + r_.below(12);
      for (std::size_t i = 0; i < digits; ++i) fraction += static_cast<char>('0' + r_.byte() % 10);
    }
    if (bad) {
      switch (r_.byte() % 10) {
      case 0: d = month_days(y, mo) + 1; break; // Feb 29 in a common year, Feb 30, Apr 31
      case 1: mo = r_.flag() ? 0 : 13; break;
      case 2: d = 0; break;
      case 3: h = 24; break;
      case 4: mi = 60; break;
      case 5: s = 61; break;
      case 6: s = 60, h = 12, offset = "Z"; break; // a leap second not at 23:59 UTC
      case 7: offset = "+24:00"; break;
      case 8: sep = ' '; break;
      default: offset.clear(); break;
      }
    }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d%c%02d:%02d:%02d", y, mo, d, sep, h, mi, s);
    return buf + fraction + offset;
  }

  // A JSON number, valid by the grammar.
  std::string number() {
    static const char* const some[] = {"0", "-0", "1", "12.5", "1e400", "-0.0e-999", "123456789012345678901234567890",
                                       "1E+2", "5e-324", "-1.7976931348623157e308"};
    return some[r_.byte() % 10];
  }

  // A small random value (no containers past `depth` more levels).
  void value(std::string& out, int depth) {
    switch (depth <= 0 ? r_.byte() % 5 : r_.byte() % 7) {
    case 0: string(out, text(8)); break;
    case 1: out += number(); break;
    case 2: out += "true"; break;
    case 3: out += "false"; break;
    case 4: out += "null"; break;
    case 5: {
      out += '[';
      const std::size_t n = r_.below(4);
      for (std::size_t i = 0; i < n; ++i) {
        if (i) out += ',';
        value(out, depth - 1);
      }
      out += ']';
      break;
    }
    default: {
      out += '{';
      const std::size_t n = r_.below(4);
      for (std::size_t i = 0; i < n; ++i) {
        if (i) out += ',';
        string(out, std::to_string(i) + ":" + text(4));
        out += ':';
        value(out, depth - 1);
      }
      out += '}';
      break;
    }
    }
  }

  // An `output` object: a spine of containers `levels` deep under the
  // output object itself, with random siblings, ending in an object of
  // `keys` keys. `pointer` is the output's pointer; on return it is the
  // pointer of the last object of the spine. When `duplicate`, that object
  // repeats one of its keys last, and `dup_pointer`/`dup_offset` say where.
  void output(std::string& out, std::size_t levels, std::size_t keys, bool duplicate, std::string& pointer,
              std::string& dup_pointer, std::size_t& dup_offset) {
    std::vector<char> closers;
    out += '{';
    closers.push_back('}');
    for (std::size_t level = 0; level < levels; ++level) {
      const bool in_object = closers.back() == '}';
      const std::size_t siblings = r_.below(3);
      std::size_t index = 0;
      for (std::size_t i = 0; i < siblings; ++i, ++index) {
        if (in_object) {
          string(out, std::to_string(i) + ":" + text(3));
          out += ':';
        }
        value(out, level + 1 < levels ? 1 : 0); // never past the spine's depth
        out += ',';
      }
      if (in_object) {
        const std::string key = "s" + text(4);
        string(out, key);
        out += ':';
        pointer += '/' + escape_pointer_token(key);
      } else {
        pointer += '/' + std::to_string(index);
      }
      const bool object = level + 1 == levels || r_.flag();
      out += object ? '{' : '[';
      closers.push_back(object ? '}' : ']');
    }
    std::vector<std::string> names;
    for (std::size_t i = 0; i < keys; ++i) {
      if (i) out += ',';
      names.push_back(std::to_string(i) + ":" + text(2));
      string(out, names.back());
      out += ':';
      value(out, 0);
    }
    if (duplicate) {
      if (keys == 0) {
        names.push_back("only");
        string(out, names.back());
        out += ":0";
      }
      const std::string& again = names[r_.below(names.size())];
      out += ',';
      dup_offset = out.size();
      string(out, again);
      out += ":null";
      dup_pointer = pointer + '/' + escape_pointer_token(again);
    }
    while (!closers.empty()) {
      out += closers.back();
      closers.pop_back();
    }
  }

private:
  recipe& r_;
};

struct log_plan {
  std::string id, node_id;
  std::string output_raw; // the output object as written
};

[[noreturn]] void fail(const char* what, const std::string& doc, const flowrun::result<flowrun::workflow_run>* r,
                       const expectation& want) {
  std::fprintf(stderr, "fuzz_structured: %s\nexpected %s at '%s' offset %zu\n", what,
               std::string(to_string(want.code)).c_str(), want.pointer.c_str(), want.offset);
  if (r != nullptr && !*r)
    for (const auto& e : r->errors())
      std::fprintf(stderr, "got %s at '%s' offset %zu: %s\n", std::string(to_string(e.code)).c_str(),
                   e.pointer.c_str(), e.offset, e.message.c_str());
  std::fprintf(stderr, "document (%zu bytes): %.*s\n", doc.size(), static_cast<int>(doc.size() < 2000 ? doc.size() : 2000),
               doc.data());
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  recipe rec{data, size};
  generator g(rec);
  // Options.
  const std::uint8_t sel = rec.byte();
  flowrun::decode_options options;
  options.mode = (sel & 1) ? flowrun::decode_mode::strict : flowrun::decode_mode::compatible;
  options.errors = (sel & 2) ? flowrun::error_mode::collect_all : flowrun::error_mode::fail_fast;
  options.max_depth = (sel & 4) ? 8 + rec.below(300) : 256;
  auto what = static_cast<corruption>(rec.byte() % static_cast<int>(corruption::count));
  if (what == corruption::unknown_key && options.mode != flowrun::decode_mode::strict) what = corruption::none;
  // Sizes: up to thousands of logs and keys, spines up to the depth limit.
  const std::uint8_t how_many = rec.byte();
  const std::size_t log_count = how_many % 16 == 0 ? rec.below(2500) : how_many % 4 == 0 ? rec.below(64) : rec.below(4);
  const std::size_t target_log = log_count ? rec.below(log_count) : 0;
  const bool needs_log = what >= corruption::log_status && what <= corruption::output_too_deep;
  if (needs_log && log_count == 0) what = corruption::none;
  if (what == corruption::lone_surrogate && log_count == 0) what = corruption::bad_utf8;
  // Depth available to the spine below a log's output object: the root is 1,
  // `logs` 2, the log 3, `output` 4; the spine's levels add one each.
  const std::size_t room = options.max_depth > 4 ? options.max_depth - 4 : 0;

  expectation want;
  std::string doc;
  doc.reserve(4096);
  const std::size_t root_offset = doc.size();
  doc += '{';
  bool first = true;
  auto key = [&](std::string_view k) {
    if (!first) doc += ',';
    first = false;
    g.string(doc, k);
    doc += ':';
  };
  auto mark = [&](flowrun::error_code c, std::string p) {
    want.code = c;
    want.pointer = std::move(p);
    want.offset = doc.size();
  };

  const std::string run_id = g.id("fl_run_");
  key("id");
  if (what == corruption::run_id) {
    mark(flowrun::error_code::invalid_id, "/id");
    g.string(doc, g.id(rec.flag() ? "fl_log_" : "fl_Run_"));
  } else {
    g.string(doc, run_id);
  }
  static const char* const run_statuses[] = {"pending", "running", "completed", "failed", "awaiting_ui_interaction"};
  const std::string status = run_statuses[rec.byte() % 5];
  key("status");
  if (what == corruption::run_status) {
    mark(flowrun::error_code::invalid_enum, "/status");
    g.string(doc, rec.flag() ? "Completed" : status + " ");
  } else {
    g.string(doc, status);
  }
  if (what == corruption::duplicate_status) {
    doc += ',';
    mark(flowrun::error_code::duplicate_key, "/status");
    g.string(doc, "status");
    doc += ':';
    g.string(doc, status);
  }
  key("error_message");
  std::string message;
  if (what == corruption::bad_utf8) {
    static const char* const bad[] = {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xE2\x82", "\xFF"};
    doc += '"';
    doc += "abc";
    want.code = flowrun::error_code::invalid_utf8;
    want.pointer = "/error_message";
    doc += bad[rec.byte() % 6];
    doc += "def\"";
  } else if (rec.flag()) {
    message = g.text(rec.byte() % 16 == 0 ? 5000 : 40);
    g.string(doc, message);
  } else {
    doc += "null";
  }
  if (what != corruption::missing_started) {
    key("started_at");
    if (what == corruption::started_at) mark(flowrun::error_code::invalid_timestamp, "/started_at");
    g.string(doc, g.timestamp(what == corruption::started_at));
  } else {
    want.code = flowrun::error_code::missing_field;
    want.pointer = "";
    want.offset = root_offset;
  }
  key("completed_at");
  if (what == corruption::completed_type) {
    mark(flowrun::error_code::wrong_type, "/completed_at");
    doc += "12";
  } else if (rec.flag()) {
    g.string(doc, g.timestamp(false));
  } else {
    doc += "null";
  }
  key("duration_in_seconds");
  if (what == corruption::negative_duration) {
    mark(flowrun::error_code::out_of_range, "/duration_in_seconds");
    doc += rec.flag() ? "-1" : "-0.5e1";
  } else if (what == corruption::duration_type) {
    mark(flowrun::error_code::wrong_type, "/duration_in_seconds");
    doc += rec.flag() ? "\"5\"" : "true";
  } else {
    doc += rec.flag() ? "null" : (rec.flag() ? "-0" : "12.25e-1");
  }
  if (what == corruption::unknown_key) {
    const std::string k = "x" + g.text(6);
    if (!first) doc += ',';
    first = false;
    mark(flowrun::error_code::unknown_field, "/" + escape_pointer_token(k));
    g.string(doc, k);
    doc += ':';
    g.value(doc, 2);
  }

  // The logs.
  key("logs");
  doc += '[';
  std::vector<log_plan> logs;
  static const char* const log_statuses[] = {"success", "error", "warning"};
  for (std::size_t i = 0; i < log_count; ++i) {
    const bool here = i == target_log;
    const std::string at = "/logs/" + std::to_string(i);
    if (i) doc += ',';
    bool first_member = true;
    const std::size_t log_offset = doc.size();
    doc += '{';
    auto member = [&](std::string_view k) {
      if (!first_member) doc += ',';
      first_member = false;
      g.string(doc, k);
      doc += ':';
    };
    log_plan plan;
    plan.id = g.id("fl_log_");
    member("id");
    if (here && what == corruption::log_id) {
      mark(flowrun::error_code::invalid_id, at + "/id");
      g.string(doc, g.id("fl_run_"));
    } else {
      g.string(doc, plan.id);
    }
    if (!(here && what == corruption::missing_node_id)) {
      member("node_id");
      if (here && what == corruption::empty_node_id) {
        mark(flowrun::error_code::out_of_range, at + "/node_id");
        doc += "\"\"";
      } else if (here && what == corruption::lone_surrogate) {
        want.code = flowrun::error_code::invalid_utf8;
        want.pointer = at + "/node_id";
        doc += rec.flag() ? "\"n\\ud800\"" : "\"n\\udc00\\ud800\"";
      } else {
        plan.node_id = "n" + g.text(12);
        g.string(doc, plan.node_id);
      }
    } else {
      want.code = flowrun::error_code::missing_field;
      want.pointer = at;
      want.offset = log_offset;
    }
    member("component_id");
    if (rec.flag())
      g.string(doc, g.text(10));
    else
      doc += "null";
    member("status");
    if (here && what == corruption::log_status) {
      mark(flowrun::error_code::invalid_enum, at + "/status");
      g.string(doc, "ok");
    } else {
      g.string(doc, log_statuses[rec.byte() % 3]);
    }
    member("output");
    if (here && what == corruption::output_type) {
      static constexpr std::string_view not_objects[] = {"null", "[]", R"("done")", "-1.5e400", "true", R"([{"a":1}])"};
      if (options.mode == flowrun::decode_mode::strict) mark(flowrun::error_code::wrong_type, at + "/output");
      plan.output_raw = not_objects[rec.byte() % std::size(not_objects)];
      doc += plan.output_raw;
    } else {
      // Most outputs are small; the target log's may be deep or wide.
      const bool big = here && rec.byte() % 2 == 0;
      std::size_t levels = big ? rec.below(room + 1) : rec.below(3);
      if (levels > room) levels = room;
      const std::uint8_t wide = big ? rec.byte() : 1;
      const std::size_t keys = wide % 8 == 0 ? rec.below(6000) : wide % 2 == 0 ? rec.below(64) : rec.below(4);
      const bool too_deep = here && what == corruption::output_too_deep;
      if (too_deep) levels = room + 1; // one past the limit
      std::string pointer = at + "/output", dup_pointer;
      std::size_t dup_offset = 0;
      const std::size_t begin = doc.size();
      const bool dup = here && what == corruption::output_duplicate;
      g.output(doc, levels, keys, dup, pointer, dup_pointer, dup_offset);
      plan.output_raw = doc.substr(begin);
      if (dup) {
        want.code = flowrun::error_code::duplicate_key;
        want.pointer = dup_pointer;
        want.offset = dup_offset;
      }
      if (too_deep) {
        want.code = flowrun::error_code::depth_exceeded;
        want.pointer = pointer;
        want.offset = static_cast<std::size_t>(-1);
      }
    }
    member("created_at");
    if (here && what == corruption::log_created_at) mark(flowrun::error_code::invalid_timestamp, at + "/created_at");
    g.string(doc, g.timestamp(here && what == corruption::log_created_at));
    if (rec.flag() || (here && what == corruption::execution_id)) {
      member("execution_id");
      if (here && what == corruption::execution_id) {
        mark(flowrun::error_code::invalid_id, at + "/execution_id");
        g.string(doc, g.id("fl_log_"));
      } else {
        g.string(doc, run_id);
      }
    }
    doc += '}';
    logs.push_back(std::move(plan));
  }
  doc += ']';
  doc += '}';
  if (want.code == flowrun::error_code::invalid_utf8) want.offset = static_cast<std::size_t>(-1);

  if (what == corruption::truncated) {
    doc.resize(rec.below(doc.size()));
    const auto problem = flowrun::detail::locate_json_problem(doc, options.max_depth);
    if (!problem.found) fail("the locator finds a cut-off document well-formed", doc, nullptr, want);
    want.code = problem.code;
    want.pointer = problem.pointer;
    want.offset = problem.offset;
  }

  // Compatible mode keeps an output of any kind: the document is valid, with one finding.
  const bool output_kept = what == corruption::output_type && options.mode != flowrun::decode_mode::strict;
  if (output_kept) what = corruption::none;

  static flowrun::decoder dec;
  dec.set_options(options);
  const auto r = dec.decode_run(doc);
  if (what == corruption::none) {
    if (!r) fail("a valid document does not decode", doc, &r, want);
    if (r->id.str() != run_id || to_string(r->status) != status || r->logs.size() != logs.size() || !r->has_logs)
      fail("decoded id, status or logs differ", doc, &r, want);
    if (r->error_message.value_or("") != message) fail("decoded error_message differs", doc, &r, want);
    for (std::size_t i = 0; i < logs.size(); ++i) {
      const auto& l = r->logs[i];
      if (l.id.str() != logs[i].id || l.node_id != logs[i].node_id || !l.output ||
          l.output->text != logs[i].output_raw)
        fail("a decoded log differs", doc, &r, want);
    }
    if (output_kept) {
      static flowrun::consistency_checker checker;
      const std::string at = "/logs/" + std::to_string(target_log) + "/output";
      bool found = false;
      for (const flowrun::finding& f : checker.check(*r))
        found = found || (f.code == flowrun::finding_code::output_not_object && f.pointer == at);
      if (!found) fail("a kept output that is not an object has no output_not_object finding", doc, &r, want);
    }
    return 0;
  }
  if (r) fail("a corrupted document decodes", doc, &r, want);
  const auto& e = r.errors().front();
  if (e.code != want.code || e.pointer != want.pointer || (want.offset != static_cast<std::size_t>(-1) && e.offset != want.offset))
    fail("wrong error", doc, &r, want);
  if (options.errors == flowrun::error_mode::collect_all && r.errors().size() != 1)
    fail("one corruption, several errors", doc, &r, want);
  if (flowrun::is_well_formedness_error(e.code)) {
    const auto problem = flowrun::detail::locate_json_problem(doc, options.max_depth);
    if (!problem.found || problem.code != e.code || problem.pointer != e.pointer || problem.offset != e.offset)
      fail("the locator disagrees", doc, &r, want);
  }
  return 0;
}
