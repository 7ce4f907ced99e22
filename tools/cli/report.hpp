// flowrun command: problems (errors and findings placed in their file) and the
// text helpers every output uses: colour, escaping, the FILE:LINE:COL line.
#ifndef FLOWRUN_CLI_REPORT_HPP
#define FLOWRUN_CLI_REPORT_HPP

#include "options.hpp"

#include <flowrun/error.hpp>

#include <cstddef>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

namespace flowrun_cli {

// An error or a finding, placed in its file.
struct problem {
  bool is_finding = false;
  std::string_view code;
  std::string pointer;
  std::size_t offset = 0, line = 1, column = 1;
  std::size_t char_column = 1; // in characters (code points), for SARIF and GitHub
  std::string message;
};

problem from_error(const flowrun::error& e);

// SGR parameters.
inline constexpr std::string_view bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36";

// Colour on `fd`: always, never, or (auto) on a terminal without NO_COLOR.
bool use_color(color_choice c, int fd);
void paint(std::string& out, std::string_view text, std::string_view sgr, bool color);

void append_u00(std::string& out, unsigned char c);
// A JSON string literal; bytes that are not UTF-8 become U+FFFD.
void append_json_string(std::string& out, std::string_view s);
// `s` on one line: control characters (in a file name or a pointer) as \u00XX.
void append_escaped(std::string& out, std::string_view s);
std::string escaped(std::string_view s);

// FILE:LINE:COL: error[CODE] POINTER: MESSAGE (or warning[CODE] for a finding).
void append_problem(std::string& out, std::string_view file, const problem& p, bool color);
std::string more_errors_text(std::size_t n);
// POINTER: MESSAGE, the root's pointer as "" (SARIF and GitHub messages).
std::string pointer_and_message(const problem& p);

// The errors of an invalid document as check's text lines, then the count of
// those past --max-errors (fmt and summary, on standard error).
void append_errors(std::string& out, std::string_view file, std::span<const flowrun::error> errors, std::size_t omitted,
                   bool color);

void write_out(std::FILE* f, std::string_view s);
// Standard output first, so that the two streams keep their order on a terminal.
void write_err(std::string_view s);
void report_unreadable_on_stderr(std::string_view file, const std::string& why);

int exit_status(std::size_t unreadable, bool all_valid);

} // namespace flowrun_cli

#endif
