// flowrun command: the progress line on standard error (check, on a terminal).
#ifndef FLOWRUN_CLI_PROGRESS_HPP
#define FLOWRUN_CLI_PROGRESS_HPP

#include <chrono>
#include <cstddef>

namespace flowrun_cli {

// A line on standard error, redrawn in place, once a run takes more than a
// second; only when enabled (standard error is a terminal).
class progress_line {
public:
  progress_line(bool enabled, std::size_t total) : enabled_(enabled), total_(total) {}
  // `bytes` and `documents` more were read; redraws at most four times a second.
  void advance(std::size_t bytes, std::size_t documents);
  // Erases the line (before other output on the terminal, and at the end).
  void clear();

private:
  using clock = std::chrono::steady_clock;
  bool enabled_;
  std::size_t total_;
  std::size_t bytes_ = 0, documents_ = 0;
  clock::time_point start_ = clock::now(), last_{};
  bool shown_ = false;
};

} // namespace flowrun_cli

#endif
