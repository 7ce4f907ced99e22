// flowrun fmt: each valid document as canonical JSON on standard output, the
// errors of the others on standard error.
#include "commands.hpp"
#include "pipeline.hpp"

#include <flowrun/canonical.hpp> // canonical_writer
#include <flowrun/findings.hpp>  // locate
#include <flowrun/write.hpp>

#include <unistd.h>

#include <optional>
#include <span>

namespace flowrun_cli {

namespace {

class fmt_handler final : public handler_of<fmt_handler> {
public:
  fmt_handler(const options& o, bool color) : o_(o), color_(color) {}

  void failed(piece& p, const place& at, std::span<const flowrun::error> errors, std::size_t omitted) {
    ++p.documents;
    append_errors(p.err, at.file, errors, omitted, color_);
  }

  template <class T> void value(piece& p, const place& at, const T& v) {
    ++p.documents;
    const std::optional<flowrun::error> e =
        o_.canonical ? canon_.write(p.out, v) : flowrun::write_json(p.out, v, {.pretty = o_.pretty});
    if (e) {
      not_written(p, at, *e);
      return;
    }
    p.out += '\n';
    ++p.valid;
  }

private:
  // A document the writer refuses (with --canonical, a number with no double; the
  // writer's checks refuse nothing a decoder gave, but a refusal is reported, not
  // hidden): its error, placed in the file by the pointer (the writers' own
  // offsets are not in the input), counted as an invalid document.
  void not_written(piece& p, const place& at, const flowrun::error& e) {
    const flowrun::finding member{flowrun::finding_code{}, e.pointer, e.message};
    const flowrun::text_position pos = flowrun::locate(at.text, std::span(&member, 1)).front();
    append_problem(p.err, at.file,
                   {false, flowrun::to_string(e.code), e.pointer, at.offset + pos.offset, at.line + pos.line - 1,
                    pos.column, pos.column, e.message},
                   color_);
  }

  const options& o_;
  bool color_;
  flowrun::canonical_writer canon_;
};

// Standard output gets the documents, standard error the errors.
class fmt_sink final : public sink {
public:
  void add(const input&, const piece& p) override {
    write_out(stdout, p.out);
    write_err(p.err);
  }
};

} // namespace

int run_fmt(const options& o, const std::vector<input>& inputs) {
  const bool color = use_color(o.color, STDERR_FILENO);
  fmt_sink out;
  return run_pipeline(
      o, inputs, [&o, color] { return std::make_unique<fmt_handler>(o, color); }, out, false);
}

} // namespace flowrun_cli
