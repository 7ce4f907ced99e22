// What each consumer program prints about the run it decodes (examples/run.json),
// one line, for tests/consumer_test.py to compare:
//   flowrun 0.1.0 simdjson: fl_run_01h3... completed 5s n2=success
#ifndef FLOWRUN_CONSUMER_RUN_SUMMARY_HPP
#define FLOWRUN_CONSUMER_RUN_SUMMARY_HPP

#include <flowrun/types.hpp>
#include <flowrun/version.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

inline std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void print_summary(std::string_view decoder, const flowrun::workflow_run& run) {
  std::cout << "flowrun " << FLOWRUN_VERSION_STRING << ' ' << decoder << ": " << run.id.str() << ' '
            << to_string(run.status) << ' ' << run.duration_in_seconds.value_or(-1) << 's';
  for (const flowrun::log_entry& log : run.logs) std::cout << ' ' << log.node_id << '=' << to_string(log.status);
  std::cout << '\n';
}

#endif
