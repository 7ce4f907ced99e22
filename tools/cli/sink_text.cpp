// check --format=text: a line per error and finding, then the summary line.
#include "sinks.hpp"

#include <cstdio>

namespace flowrun_cli {

std::string summary_line(const run_totals& t) {
  std::string line = std::to_string(t.documents) + (t.documents == 1 ? " document" : " documents") + " checked, " +
                     std::to_string(t.valid) + " valid, " + std::to_string(t.documents - t.valid) + " invalid";
  if (t.findings > 0) line += ", " + std::to_string(t.findings) + (t.findings == 1 ? " finding" : " findings");
  if (t.unreadable > 0)
    line += ", " + std::to_string(t.unreadable) + (t.unreadable == 1 ? " file" : " files") + " unreadable";
  return line + '\n';
}

namespace {

class text_sink final : public sink {
public:
  text_sink(bool quiet, bool color) : quiet_(quiet), color_(color) {}
  void add(const input& in, const piece& p) override {
    omitted_ += p.omitted;
    if (quiet_ || p.problems.empty()) return;
    out_.clear();
    for (const problem& x : p.problems) append_problem(out_, in.name, x, color_);
    write_out(stdout, out_);
  }
  void end(const input& in) override {
    if (omitted_ > 0 && !quiet_) {
      out_.clear();
      append_escaped(out_, in.name);
      out_ += ": " + more_errors_text(omitted_) + '\n';
      write_out(stdout, out_);
    }
    omitted_ = 0;
  }
  void unreadable(const input& in, const std::string& why) override {
    if (quiet_) return;
    out_.clear();
    append_escaped(out_, in.name);
    out_ += ": ";
    paint(out_, "error[unreadable]", red, color_);
    out_ += " cannot read: " + why + '\n';
    write_out(stdout, out_);
  }
  void finish(const run_totals& t) override { write_out(stdout, summary_line(t)); }

private:
  bool quiet_, color_;
  std::size_t omitted_ = 0;
  std::string out_;
};

} // namespace

std::unique_ptr<sink> make_text_sink(bool quiet, bool color) { return std::make_unique<text_sink>(quiet, color); }

} // namespace flowrun_cli
