// flowrun command: what the command line asks for.
#ifndef FLOWRUN_CLI_OPTIONS_HPP
#define FLOWRUN_CLI_OPTIONS_HPP

#include "limits.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace flowrun_cli {

enum class doc_kind { automatic, run, page, logs, ndjson };
enum class command { check, fmt, summary };
enum class out_format { text, json, sarif, github };
enum class color_choice { automatic, always, never };

std::string_view kind_name(doc_kind k);
std::string_view command_name(command c);

struct options {
  command cmd = command::check;
  bool strict = false;
  out_format format = out_format::text;
  bool pretty = false;
  bool canonical = false;
  bool findings = true;
  bool warnings_as_errors = false;
  bool quiet = false;
  color_choice color = color_choice::automatic;
  std::size_t max_errors = default_max_errors; // per document
  std::size_t max_size = default_max_size;
  unsigned jobs = 1;
  doc_kind kind = doc_kind::automatic;
  std::vector<std::string> files;
};

} // namespace flowrun_cli

#endif
