// Decodes the run in argv[1] and prints its summary, then the version of the
// simdjson it was built with (from flowrun's dependency: the parent's).
#include <flowrun/flowrun.hpp>

#include "../run_summary.hpp"

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
  std::cout << "simdjson " << simdjson::SIMDJSON_VERSION_MAJOR << '.' << simdjson::SIMDJSON_VERSION_MINOR << '.'
            << simdjson::SIMDJSON_VERSION_REVISION << '\n';
  return 0;
}
