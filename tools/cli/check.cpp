// flowrun check: every error of every document and the findings of the valid
// ones, placed in their file, to the sink of --format.
#include "commands.hpp"
#include "pipeline.hpp"
#include "sinks.hpp"

#include <flowrun/findings.hpp>

#include <unistd.h>

#include <algorithm>
#include <span>

namespace flowrun_cli {

namespace {

class check_handler final : public handler_of<check_handler> {
public:
  explicit check_handler(const options& o) : o_(o), per_problem_(prints_problems(o)) {}

  void failed(piece& p, const place&, std::span<const flowrun::error> errors, std::size_t omitted) {
    ++p.documents;
    if (per_problem_)
      for (const flowrun::error& e : errors) p.problems.push_back(from_error(e));
    p.omitted += omitted;
  }

  template <class T> void value(piece& p, const place& at, const T& v) {
    ++p.documents;
    std::size_t found = 0;
    if (o_.findings) {
      const std::size_t first = p.problems.size();
      if (per_problem_)
        add_findings(p, at, v);
      else
        found = checker_.count(v); // nothing printed per problem: no pointer, message or position
      found += p.problems.size() - first;
    }
    if (found == 0 || !o_.warnings_as_errors) ++p.valid;
    p.findings += found;
  }

private:
  // The decoder gives no positions for valid documents: locate() finds the
  // member of each finding in the text.
  template <class T> void add_findings(piece& p, const place& at, const T& value) {
    const std::span<const flowrun::finding> found = checker_.check(value);
    const std::vector<flowrun::text_position> pos = flowrun::locate(at.text, found);
    const auto first = static_cast<std::ptrdiff_t>(p.problems.size());
    for (std::size_t i = 0; i < found.size(); ++i)
      p.problems.push_back({true, flowrun::to_string(found[i].code), found[i].pointer, at.offset + pos[i].offset,
                            at.line + pos[i].line - 1, pos[i].column, pos[i].column, found[i].message});
    std::stable_sort(p.problems.begin() + first, p.problems.end(),
                     [](const problem& a, const problem& b) { return a.offset < b.offset; });
  }

  // Whether the output shows each problem: not --quiet text or github output,
  // which print only the summary line (a problem's place and message are then
  // never built).
  static bool prints_problems(const options& o) {
    return !(o.quiet && (o.format == out_format::text || o.format == out_format::github));
  }

  const options& o_;
  bool per_problem_;
  flowrun::consistency_checker checker_;
};

std::unique_ptr<sink> make_sink(const options& o) {
  switch (o.format) {
  case out_format::json: return make_json_sink();
  case out_format::sarif: return make_sarif_sink();
  case out_format::github: return make_github_sink(o.quiet);
  case out_format::text: break;
  }
  return make_text_sink(o.quiet, use_color(o.color, STDOUT_FILENO));
}

} // namespace

int run_check(const options& o, const std::vector<input>& inputs) {
  const std::unique_ptr<sink> out = make_sink(o);
  return run_pipeline(
      o, inputs, [&o] { return std::make_unique<check_handler>(o); }, *out, isatty(STDERR_FILENO) == 1);
}

} // namespace flowrun_cli
