// Decodes the run in argv[1] with flowrun::decoder (simdjson) and prints its
// summary. Built by every way in that tests/consumer_test.py tries.
#include <flowrun/flowrun.hpp>

#include "run_summary.hpp"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const std::string text = read_file(argv[1]);
  flowrun::decoder dec;
  flowrun::result<flowrun::workflow_run> run = dec.decode_run(text);
  if (!run) {
    std::cerr << run.error().message << '\n';
    return 1;
  }
  print_summary("simdjson", *run);
  return 0;
}
