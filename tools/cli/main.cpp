// flowrun: the command-line checker. Decodes workflow-run JSON files with the
// library and reports every error of every document and the consistency
// findings of the valid ones (check), writes them back as canonical JSON (fmt),
// or shows them as a person reads them (summary). See --help and docs/contract.md.
//
// args: the command line and help; inputs: files, directories, standard input,
// the kind; pipeline: the one task stream of every command (--jobs threads,
// output in input order); check, fmt, summary: what each does with a document
// (a handler) and writes (a sink); sink_*: check's output formats; progress.
#include "args.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "limits.hpp"

#if defined(__GLIBC__)
#include <malloc.h> // mallopt
#endif

#include <cstdio>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace {

int main_impl(int argc, char** argv) {
  using namespace flowrun_cli;
  options o;
  if (std::optional<int> done = parse_args(argc, argv, o)) return *done;
  std::vector<input> inputs;
  std::string why;
  if (!expand_inputs(o.files, inputs, why)) return usage_error(why);
  switch (o.cmd) {
  case command::fmt: return run_fmt(o, inputs);
  case command::summary: return run_summary(o, inputs);
  case command::check: break;
  }
  return run_check(o, inputs);
}

} // namespace

int main(int argc, char** argv) {
#if defined(__GLIBC__)
  // Buffers of a long document are mapped and unmapped, not kept in a
  // thread's arena after it (glibc raises the threshold as large blocks are
  // freed): memory goes back after a long NDJSON line, whichever thread had it.
  mallopt(M_MMAP_THRESHOLD, static_cast<int>(flowrun_cli::long_document));
#endif
  static char out_buffer[flowrun_cli::io_block];
  std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
  try {
    return main_impl(argc, argv);
  } catch (const std::exception& e) { // never die with an uncaught exception
    std::fflush(stdout);
    std::cerr << "flowrun: " << e.what() << '\n';
    return 2;
  }
}
