// flowrun command: the command line (args.cpp, one table of options) and the
// help texts (help.cpp).
#ifndef FLOWRUN_CLI_ARGS_HPP
#define FLOWRUN_CLI_ARGS_HPP

#include "options.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace flowrun_cli {

// Reads the command line into `o`. Returns the exit status when the command
// has nothing more to do: help or the version shown (0), a usage error
// reported on standard error (2).
std::optional<int> parse_args(int argc, char** argv, options& o);

// Reports a usage error on standard error; returns its exit status (2).
int usage_error(const std::string& what);

// flowrun --help, and flowrun help COMMAND.
std::string_view full_help();
std::string_view help_of(command c);

} // namespace flowrun_cli

#endif
