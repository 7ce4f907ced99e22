// Decodes the run in argv[1] with flowrun::decoder (simdjson) and prints its
// summary. Built by every way in that tests/consumer_test.py tries; with
// FLOWRUN_CONSUMER_PRINTS_SIMDJSON, it then prints the version of the simdjson
// it was built with (meson-parent-simdjson: it sees simdjson only through
// flowrun, so that is the one flowrun found).
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
#ifdef FLOWRUN_CONSUMER_PRINTS_SIMDJSON
  std::cout << "simdjson " << simdjson::SIMDJSON_VERSION_MAJOR << '.' << simdjson::SIMDJSON_VERSION_MINOR << '.'
            << simdjson::SIMDJSON_VERSION_REVISION << '\n';
#endif
  return 0;
}
