// Decodes the run in argv[1] with flowrun::boost_decoder (Boost.JSON) and
// prints its summary: the ways in that offer the Boost.JSON path build it too.
#include <flowrun/boost_json.hpp>

#include "run_summary.hpp"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const std::string text = read_file(argv[1]);
  flowrun::boost_decoder dec;
  flowrun::result<flowrun::workflow_run> run = dec.decode_run(text);
  if (!run) {
    std::cerr << run.error().message << '\n';
    return 1;
  }
  print_summary("boost.json", *run);
  return 0;
}
