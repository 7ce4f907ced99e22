// flowrun in a program built with -fno-exceptions: decoding works, and
// result::value() on an error calls the bad-result handler, or std::abort().
//   no_exceptions RUN_JSON            decode and print the summary
//   no_exceptions RUN_JSON handler    ... then value() of an error, with a handler that exits 3
//   no_exceptions RUN_JSON default    ... then value() of an error, with no handler (aborts)
#include <flowrun/flowrun.hpp>

#if defined(__cpp_exceptions)
#error "build this consumer with -fno-exceptions"
#endif

#include "run_summary.hpp"

#include <cstdlib>
#include <string>
#include <string_view>

namespace {

[[noreturn]] void on_bad_result(const flowrun::error& e) {
  std::cout << "bad result: " << to_string(e.code) << " at " << e.pointer << std::endl;
  std::exit(3);
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) return 2;
  const std::string text = read_file(argv[1]);
  flowrun::decoder dec;
  print_summary("simdjson", dec.decode_run(text).value());
  std::cout.flush(); // std::abort() does not flush
  if (argc == 3) {
    if (std::string_view(argv[2]) == "handler") flowrun::set_bad_result_handler(on_bad_result);
    auto bad = dec.decode_run(R"({"id":"fl_run_a1","status":"done","started_at":"2025-10-31T12:00:00Z"})");
    (void)bad.value();
    std::cout << "value() returned" << std::endl;
    return 1;
  }
  return 0;
}
