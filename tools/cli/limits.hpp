// flowrun command: the sizes it works with, each named once.
#ifndef FLOWRUN_CLI_LIMITS_HPP
#define FLOWRUN_CLI_LIMITS_HPP

#include <flowrun/options.hpp>

#include <cstddef>

namespace flowrun_cli {

inline constexpr std::size_t kib = std::size_t{1} << 10;
inline constexpr std::size_t mib = std::size_t{1} << 20;

// Defaults of --max-size and --max-errors (the help texts say them: see help.cpp).
// --max-size is the library's own default (flowrun/options.hpp), not a second copy.
inline constexpr std::size_t default_max_size = flowrun::decode_options{}.max_size;
inline constexpr std::size_t default_max_errors = 100;
// --jobs above this is a typing error, not a machine.
inline constexpr std::size_t max_jobs = 1024;

// NDJSON is read in chunks of whole lines of about this size: one task each.
inline constexpr std::size_t chunk_size = 1 * mib;
// A document at least this long is decoded alone, with nothing read ahead of it;
// afterwards its decoder and its text buffer are dropped, and glibc maps such
// buffers (so that their memory goes back to the system).
inline constexpr std::size_t long_document = 4 * mib;
// Text held by tasks in flight (a longer task waits for all others).
inline constexpr std::size_t inflight_budget = 16 * mib;
// Tasks in flight per thread.
inline constexpr std::size_t tasks_per_job = 4;

// Reads and standard output's buffer, in blocks of this size.
inline constexpr std::size_t io_block = 64 * kib;

} // namespace flowrun_cli

#endif
