// check --format=github: GitHub Actions workflow commands, then the summary line.
#include "sinks.hpp"

#include <cstdio>

namespace flowrun_cli {

namespace {

// The escaping of a workflow command's data and (stricter) its properties.
std::string github_escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else if (property && c == ':')
      out += "%3A";
    else if (property && c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

class github_sink final : public sink {
public:
  explicit github_sink(bool quiet) : quiet_(quiet) {}
  void add(const input& in, const piece& p) override {
    omitted_ += p.omitted;
    if (quiet_) return;
    out_.clear();
    for (const problem& x : p.problems) {
      annotate(in, x.is_finding, x.code, pointer_and_message(x), x.line, x.char_column);
    }
    write_out(stdout, out_);
  }
  void end(const input& in) override {
    if (omitted_ > 0 && !quiet_) {
      out_.clear();
      annotate(in, false, "omitted_errors", more_errors_text(omitted_), 0, 0);
      write_out(stdout, out_);
    }
    omitted_ = 0;
  }
  void unreadable(const input& in, const std::string& why) override {
    if (quiet_) return;
    out_.clear();
    annotate(in, false, "unreadable", "cannot read: " + why, 0, 0);
    write_out(stdout, out_);
  }
  void finish(const run_totals& t) override { write_out(stdout, summary_line(t)); }

private:
  void annotate(const input& in, bool warning, std::string_view code, const std::string& text, std::size_t line,
                std::size_t column) {
    out_ += warning ? "::warning file=" : "::error file=";
    out_ += github_escape(in.name, true);
    if (line > 0) out_ += ",line=" + std::to_string(line) + ",col=" + std::to_string(column);
    out_ += ",title=";
    out_ += github_escape(code, true);
    out_ += "::";
    out_ += github_escape(text, false);
    out_ += '\n';
  }

  bool quiet_;
  std::size_t omitted_ = 0;
  std::string out_;
};

} // namespace

std::unique_ptr<sink> make_github_sink(bool quiet) { return std::make_unique<github_sink>(quiet); }

} // namespace flowrun_cli
