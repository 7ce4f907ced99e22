#include "report.hpp"

#include <flowrun/write.hpp> // write_json_string, write_escaped_text

#include <unistd.h>

#include <cstdlib>

namespace flowrun_cli {

problem from_error(const flowrun::error& e) {
  return {false, flowrun::to_string(e.code), e.pointer, e.offset, e.line, e.column, e.column, e.message};
}

bool use_color(color_choice c, int fd) {
  if (c != color_choice::automatic) return c == color_choice::always;
  const char* no_color = std::getenv("NO_COLOR"); // https://no-color.org
  return isatty(fd) == 1 && (no_color == nullptr || *no_color == '\0');
}

void paint(std::string& out, std::string_view text, std::string_view sgr, bool color) {
  if (!color || sgr.empty()) {
    out += text;
    return;
  }
  out += "\x1b[";
  out += sgr;
  out += 'm';
  out += text;
  out += "\x1b[0m";
}

void append_u00(std::string& out, unsigned char c) {
  static constexpr char hex[] = "0123456789abcdef";
  out += "\\u00";
  out += hex[c >> 4];
  out += hex[c & 15];
}

// File names (and, defensively, messages) may hold bytes that are not UTF-8:
// they become U+FFFD so the line stays valid JSON.
void append_json_string(std::string& out, std::string_view s) { flowrun::write_json_string(out, s); }

void append_escaped(std::string& out, std::string_view s) { flowrun::write_escaped_text(out, s); }

std::string escaped(std::string_view s) {
  std::string out;
  append_escaped(out, s);
  return out;
}

void append_problem(std::string& out, std::string_view file, const problem& p, bool color) {
  append_escaped(out, file);
  out += ':' + std::to_string(p.line) + ':' + std::to_string(p.column) + ": ";
  paint(out, std::string(p.is_finding ? "warning[" : "error[") + std::string(p.code) + "]", p.is_finding ? yellow : red,
        color);
  out += ' ';
  if (p.pointer.empty()) out += "\"\"";
  append_escaped(out, p.pointer); // a key may hold a newline: keep one problem per line
  out += ": ";
  out += p.message;
  out += '\n';
}

std::string more_errors_text(std::size_t n) {
  return "and " + std::to_string(n) + " more " + (n == 1 ? "error" : "errors") + " (past --max-errors for a document)";
}

std::string pointer_and_message(const problem& p) {
  return (p.pointer.empty() ? "\"\"" : p.pointer) + ": " + p.message;
}

void append_errors(std::string& out, std::string_view file, std::span<const flowrun::error> errors, std::size_t omitted,
                   bool color) {
  for (const flowrun::error& e : errors) append_problem(out, file, from_error(e), color);
  if (omitted > 0) {
    append_escaped(out, file);
    out += ": " + more_errors_text(omitted) + '\n';
  }
}

void write_out(std::FILE* f, std::string_view s) {
  if (!s.empty()) std::fwrite(s.data(), 1, s.size(), f);
}

void write_err(std::string_view s) {
  if (s.empty()) return;
  std::fflush(stdout);
  write_out(stderr, s);
}

void report_unreadable_on_stderr(std::string_view file, const std::string& why) {
  std::string line = "flowrun: cannot read '";
  append_escaped(line, file);
  line += "': " + why + '\n';
  write_err(line);
}

int exit_status(std::size_t unreadable, bool all_valid) { return unreadable > 0 ? 2 : all_valid ? 0 : 1; }

} // namespace flowrun_cli
