// flowrun command: check's output formats, one sink each (sink_*.cpp).
#ifndef FLOWRUN_CLI_SINKS_HPP
#define FLOWRUN_CLI_SINKS_HPP

#include "pipeline.hpp"

#include <memory>
#include <string>

namespace flowrun_cli {

std::unique_ptr<sink> make_text_sink(bool quiet, bool color);
std::unique_ptr<sink> make_json_sink();
std::unique_ptr<sink> make_sarif_sink();
std::unique_ptr<sink> make_github_sink(bool quiet);

// "N documents checked, N valid, N invalid[, N findings][, N files unreadable]"
// (text and github).
std::string summary_line(const run_totals& t);

} // namespace flowrun_cli

#endif
