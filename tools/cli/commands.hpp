// flowrun command: check, fmt and summary, each a handler and a sink on the
// one pipeline (pipeline.hpp).
#ifndef FLOWRUN_CLI_COMMANDS_HPP
#define FLOWRUN_CLI_COMMANDS_HPP

#include "inputs.hpp"
#include "options.hpp"

#include <vector>

namespace flowrun_cli {

int run_check(const options& o, const std::vector<input>& inputs);
int run_fmt(const options& o, const std::vector<input>& inputs);
int run_summary(const options& o, const std::vector<input>& inputs);

} // namespace flowrun_cli

#endif
