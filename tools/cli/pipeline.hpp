// flowrun command: the one pipeline of check, fmt and summary. The inputs are
// read, in order, into tasks (a whole document, or a chunk of NDJSON lines);
// --jobs threads decode them and hand each document to the command's handler;
// the results come back to the command's sink in input order, so the output is
// the same for any number of threads.
#ifndef FLOWRUN_CLI_PIPELINE_HPP
#define FLOWRUN_CLI_PIPELINE_HPP

#include "inputs.hpp"
#include "options.hpp"
#include "report.hpp"

#include <flowrun/document.hpp>
#include <flowrun/result.hpp>
#include <flowrun/status.hpp>
#include <flowrun/types.hpp>

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace flowrun_cli {

// Where a document sits: its file, its text (a whole file, or one NDJSON line),
// the offset and line it starts at.
struct place {
  std::string_view file;
  std::string_view text;
  std::size_t offset = 0;
  std::size_t line = 1;
};

// run_status runs from 0 to its last value.
inline constexpr std::size_t run_status_count =
    static_cast<std::size_t>(flowrun::run_status::awaiting_ui_interaction) + 1;

// What the documents of one task gave; filled by a handler on a worker thread.
struct piece {
  doc_kind kind = doc_kind::run;
  std::size_t documents = 0, valid = 0, findings = 0, omitted = 0;
  std::vector<problem> problems;                              // check: errors and findings, by offset
  std::string out;                                            // fmt, summary: for standard output
  std::string err;                                            // fmt, summary: for standard error
  std::array<std::size_t, run_status_count> runs_by_status{}; // summary: valid runs of each status
};

// What a command does with each decoded document, on a worker thread (one
// handler per thread).
class handler {
public:
  virtual ~handler() = default;
  // A whole file or standard input, of any kind.
  virtual void add(piece& p, const place& at, const flowrun::result<flowrun::document>& res) = 0;
  // An NDJSON line, or a document refused before decoding.
  virtual void add(piece& p, const place& at, const flowrun::result<flowrun::workflow_run>& res) = 0;
};

// A handler made of `failed(p, at, errors, omitted)` for a document that did not
// decode and a `value(p, at, v)` member template for every value type.
template <class Derived> class handler_of : public handler {
public:
  void add(piece& p, const place& at, const flowrun::result<flowrun::document>& res) override {
    if (!res) return self().failed(p, at, res.errors(), res.omitted_errors());
    std::visit([&](const auto& v) { self().value(p, at, v); }, *res);
  }
  void add(piece& p, const place& at, const flowrun::result<flowrun::workflow_run>& res) override {
    if (!res) return self().failed(p, at, res.errors(), res.omitted_errors());
    self().value(p, at, *res);
  }

private:
  Derived& self() { return static_cast<Derived&>(*this); }
};

using handler_factory = std::function<std::unique_ptr<handler>()>;

struct run_totals {
  std::size_t documents = 0, valid = 0, findings = 0, unreadable = 0;
};

// Where a command's results go, in input order, on the calling thread.
class sink {
public:
  virtual ~sink() = default;
  virtual void begin(const input&, doc_kind) {}
  virtual void add(const input& in, const piece& p) = 0;
  virtual void end(const input&) {}
  // After the pipeline reported it on standard error.
  virtual void unreadable(const input&, const std::string&) {}
  virtual void finish(const run_totals&) {}
};

// Runs the pipeline over `inputs`; returns the exit status.
int run_pipeline(const options& o, const std::vector<input>& inputs, const handler_factory& make_handler, sink& out,
                 bool progress);

} // namespace flowrun_cli

#endif
