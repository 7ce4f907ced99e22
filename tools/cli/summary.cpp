// flowrun summary: each run as a person reads it (id, status, start, duration,
// a line per step, findings last); totals per status for a page or NDJSON file.
#include "commands.hpp"
#include "pipeline.hpp"

#include <flowrun/findings.hpp>
#include <flowrun/write.hpp>

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace flowrun_cli {

namespace {

// How summary writes: colour or not, and how wide a line may be.
struct style {
  bool color = false;
  std::size_t width = 80; // without COLUMNS or a terminal
};

style terminal_style(color_choice c) {
  style s;
  const bool tty = isatty(STDOUT_FILENO) == 1;
  s.color = use_color(c, STDOUT_FILENO);
  std::size_t columns = 0;
  if (const char* env = std::getenv("COLUMNS")) {
    const std::string_view v(env);
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), columns);
    if (ec != std::errc() || end != v.data() + v.size()) columns = 0;
  }
  winsize ws{};
  if (columns == 0 && tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) columns = ws.ws_col;
  if (columns > 0) s.width = columns;
  return s;
}

std::string_view color_of(flowrun::run_status s) {
  switch (s) {
  case flowrun::run_status::completed: return green;
  case flowrun::run_status::failed: return red;
  case flowrun::run_status::running: return cyan;
  case flowrun::run_status::pending: return dim;
  case flowrun::run_status::awaiting_ui_interaction: return yellow;
  }
  return {};
}

std::string_view color_of(flowrun::log_status s) {
  switch (s) {
  case flowrun::log_status::success: return green;
  case flowrun::log_status::error: return red;
  case flowrun::log_status::warning: return yellow;
  }
  return {};
}

void append_painted(std::string& out, std::string_view text, std::string_view sgr, const style& st) {
  paint(out, text, sgr, st.color);
}

// A user's text on one line: control characters written as escapes. Decoded
// strings are valid UTF-8, so nothing else needs care.
std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (u < 0x20 || u == 0x7f)
      append_u00(out, u);
    else
      out += c;
  }
  return out;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Columns a text takes: one per character (UTF-8 continuation bytes take none).
std::size_t columns_of(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return !is_continuation(c); }));
}

// The bytes of `s` that fit in `cols` columns, ending on a character boundary.
std::string_view fit(std::string_view s, std::size_t cols) {
  std::size_t i = 0;
  for (std::size_t seen = 0; i < s.size(); ++i) {
    if (is_continuation(s[i])) continue;
    if (seen++ == cols) break;
  }
  return s.substr(0, i);
}

struct segment {
  std::string text;
  std::string_view sgr;
};

// A line of segments, cut to the width: when it does not fit, the last column
// is an ellipsis.
void append_line(std::string& out, const std::vector<segment>& line, const style& st) {
  std::size_t total = 0;
  for (const segment& s : line) total += columns_of(s.text);
  const bool cut = total > st.width;
  std::size_t budget = cut ? st.width - 1 : total;
  for (const segment& s : line) {
    const std::string_view kept = fit(s.text, budget);
    append_painted(out, kept, s.sgr, st);
    budget -= columns_of(kept);
    if (budget == 0) break;
  }
  if (cut) out += "\xe2\x80\xa6"; // …
  out += '\n';
}

std::string pad(std::string_view s, std::size_t cols) {
  std::string out(s);
  const std::size_t n = columns_of(s);
  if (n < cols) out.append(cols - n, ' ');
  return out;
}

std::string exact_time(const flowrun::timestamp& t) {
  std::string s;
  t.format_exact_to(std::back_inserter(s));
  return s;
}

// "5 s", "5.25 s", "2m 5s", "1h 2m 5s", "1.79769e+308 s": milliseconds at most,
// as a person says it.
std::string human_duration(double seconds) {
  constexpr double minute = 60, hour = 3600;
  constexpr double decades = 1e9; // whole seconds would say nothing more
  char buf[64];
  if (seconds < minute) {
    std::snprintf(buf, sizeof buf, "%.3f", seconds);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s + " s";
  }
  if (seconds >= decades) {
    std::snprintf(buf, sizeof buf, "%.6g s", seconds);
    return buf;
  }
  const long long total = std::llround(seconds);
  const auto m = static_cast<long long>(minute), h = static_cast<long long>(hour);
  if (total < h)
    std::snprintf(buf, sizeof buf, "%lldm %llds", total / m, total % m);
  else
    std::snprintf(buf, sizeof buf, "%lldh %lldm %llds", total / h, total / m % m, total % m);
  return buf;
}

// "+2.000s": an offset from a start, in seconds with milliseconds.
std::string offset_text(double seconds) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%+.3fs", seconds);
  return buf;
}

constexpr std::size_t status_width = 7; // "success", the longest log status

// One line per step: offset from `start`, node, component, status, output.
void append_steps(std::string& out, flowrun::log_list logs, const flowrun::timestamp& start, const style& st) {
  std::vector<std::string> offsets, nodes, components;
  std::size_t w_offset = 0, w_node = 0, w_component = 0;
  for (const flowrun::log_entry& l : logs) {
    offsets.push_back(offset_text(seconds_between(l.created_at, start)));
    nodes.push_back(one_line(l.node_id));
    components.push_back(l.component_id ? one_line(*l.component_id) : "-");
    w_offset = std::max(w_offset, offsets.back().size());
    w_node = std::max(w_node, columns_of(nodes.back()));
    w_component = std::max(w_component, columns_of(components.back()));
  }
  std::string output;
  for (std::size_t i = 0; i < logs.size(); ++i) {
    const flowrun::log_entry& l = logs[i];
    output.clear();
    // Compact JSON is one line: the whole of it, up to the width. A decoded value always
    // writes; were it refused, the cell says so rather than showing part of it.
    if (!l.output)
      output = "-";
    else if (flowrun::write_json(output, *l.output))
      output = "(not JSON)";
    std::vector<segment> line = {
        {"  " + std::string(w_offset - offsets[i].size(), ' ') + offsets[i] + "  ", dim},
        {pad(nodes[i], w_node) + "  " + pad(components[i], w_component) + "  ", {}},
        {pad(flowrun::to_string(l.status), status_width), color_of(l.status)},
        {"  " + output, {}},
    };
    append_line(out, line, st);
  }
}

void append_findings(std::string& out, std::span<const flowrun::finding> found, std::string_view prefix,
                     const style& st) {
  for (const flowrun::finding& f : found) {
    out += "  ";
    append_painted(out, "warning[" + std::string(flowrun::to_string(f.code)) + "]", yellow, st);
    out += ' ';
    out += prefix;
    out += one_line(f.pointer);
    out += ": ";
    out += f.message;
    out += '\n';
  }
}

// One run: a header line, its error message, its steps, its findings.
void append_run_block(std::string& out, const flowrun::workflow_run& r, std::span<const flowrun::finding> found,
                      std::string_view prefix, const style& st) {
  append_painted(out, one_line(r.id.str()), bold, st);
  out += "  ";
  append_painted(out, flowrun::to_string(r.status), color_of(r.status), st);
  out += "  " + exact_time(r.started_at) + "  ";
  if (r.duration_in_seconds)
    out += human_duration(*r.duration_in_seconds);
  else if (r.completed_at)
    out += human_duration(seconds_between(*r.completed_at, r.started_at)) + " (from the timestamps)";
  else
    out += "no duration";
  out += '\n';
  if (r.error_message) {
    const std::string_view first = std::string_view(*r.error_message).substr(0, r.error_message->find('\n'));
    append_line(out, {{"  error: ", red}, {one_line(first), {}}}, st);
  }
  append_steps(out, r.logs, r.started_at, st);
  append_findings(out, found, prefix, st);
}

// Blocks are separated by a blank line: each comes with the one before it, and
// the sink drops it from a file's first block.
constexpr std::string_view block_separator = "\n";

class summary_handler final : public handler_of<summary_handler> {
public:
  summary_handler(const options& o, const style& st, bool err_color) : o_(o), st_(st), err_color_(err_color) {}

  void failed(piece& p, const place& at, std::span<const flowrun::error> errors, std::size_t omitted) {
    ++p.documents;
    append_errors(p.err, at.file, errors, omitted, err_color_);
  }

  void value(piece& p, const place&, const flowrun::workflow_run& r) {
    ++p.documents;
    ++p.valid;
    block(p, r, findings(r), "");
  }
  void value(piece& p, const place&, const flowrun::run_page& page) {
    ++p.documents;
    ++p.valid;
    for (std::size_t i = 0; i < page.data.size(); ++i) // findings per run, pointers from the page
      block(p, page.data[i], findings(page.data[i]), "/data/" + std::to_string(i));
  }
  void value(piece& p, const place&, flowrun::log_list logs) {
    ++p.documents;
    ++p.valid;
    const std::size_t n = logs.size();
    p.out += block_separator;
    p.out += std::to_string(n) + (n == 1 ? " log entry\n" : " log entries\n");
    if (n > 0) append_steps(p.out, logs, logs.front().created_at, st_);
    append_findings(p.out, findings(logs), "", st_);
  }

private:
  template <class T> std::span<const flowrun::finding> findings(const T& v) {
    return o_.findings ? checker_.check(v) : std::span<const flowrun::finding>();
  }

  void block(piece& p, const flowrun::workflow_run& r, std::span<const flowrun::finding> found,
             std::string_view prefix) {
    p.out += block_separator;
    append_run_block(p.out, r, found, prefix, st_);
    ++p.runs_by_status[static_cast<std::size_t>(r.status)];
  }

  const options& o_;
  const style& st_;
  bool err_color_;
  flowrun::consistency_checker checker_;
};

// A "==> FILE <==" line before each file when there are several, the blocks,
// and the totals line of a page or NDJSON file.
class summary_sink final : public sink {
public:
  summary_sink(const style& st, bool headers) : st_(st), headers_(headers) {}

  void begin(const input& in, doc_kind kind) override {
    std::string out;
    if (headers_) {
      out += first_file_ ? "" : "\n";
      append_painted(out, "==> " + escaped(in.name) + " <==", bold, st_);
      out += '\n';
    }
    write_out(stdout, out);
    first_file_ = false;
    kind_ = kind;
    by_status_ = {};
    invalid_ = 0;
    blocks_ = false;
  }
  void add(const input&, const piece& p) override {
    std::string_view out = p.out;
    if (!blocks_ && !out.empty()) {
      out.remove_prefix(block_separator.size());
      blocks_ = true;
    }
    write_out(stdout, out);
    write_err(p.err);
    invalid_ += p.documents - p.valid;
    for (std::size_t i = 0; i < run_status_count; ++i) by_status_[i] += p.runs_by_status[i];
  }
  void end(const input&) override {
    if (kind_ != doc_kind::page && kind_ != doc_kind::ndjson) return;
    std::string out(blocks_ ? block_separator : "");
    std::size_t runs = 0;
    for (std::size_t n : by_status_) runs += n;
    out += std::to_string(runs) + (runs == 1 ? " run" : " runs");
    const char* sep = ": ";
    for (std::size_t i = 0; i < run_status_count; ++i) {
      if (by_status_[i] == 0) continue;
      const auto s = static_cast<flowrun::run_status>(i);
      out += sep + std::to_string(by_status_[i]) + ' ';
      append_painted(out, flowrun::to_string(s), color_of(s), st_);
      sep = ", ";
    }
    if (invalid_ > 0)
      out += "; " + std::to_string(invalid_) + (invalid_ == 1 ? " invalid document" : " invalid documents");
    out += '\n';
    write_out(stdout, out);
  }

private:
  const style& st_;
  bool headers_;
  bool first_file_ = true;
  doc_kind kind_ = doc_kind::run;
  std::array<std::size_t, run_status_count> by_status_{};
  std::size_t invalid_ = 0;
  bool blocks_ = false; // a block of this file was written
};

} // namespace

int run_summary(const options& o, const std::vector<input>& inputs) {
  const style st = terminal_style(o.color);
  const bool err_color = use_color(o.color, STDERR_FILENO);
  summary_sink out(st, inputs.size() > 1);
  return run_pipeline(
      o, inputs, [&] { return std::make_unique<summary_handler>(o, st, err_color); }, out, false);
}

} // namespace flowrun_cli
