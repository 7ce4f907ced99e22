// flowrun command: its inputs. Files, directories (walked), standard input;
// the kind of a document (by name, or sniffed); a whole input read within
// --max-size, whatever it is (a file, a pipe, a device).
#ifndef FLOWRUN_CLI_INPUTS_HPP
#define FLOWRUN_CLI_INPUTS_HPP

#include "options.hpp"

#include <flowrun/padded.hpp>

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace flowrun_cli {

// A file to read: named on the command line, or found in a directory.
struct input {
  std::string name; // as shown (and opened, unless standard input)
  bool is_stdin = false;
  std::string error; // set when it cannot be read at all (a directory that cannot be listed)
};

// The inputs of the command line, directories expanded; false (with `why`) on
// a usage error.
bool expand_inputs(const std::vector<std::string>& args, std::vector<input>& out, std::string& why);

// The kind an input is read as before looking at it: NDJSON by option or name.
doc_kind kind_by_name(doc_kind asked, const input& in);

// The kind of a whole JSON text, from a byte scan (see inputs.cpp).
doc_kind sniff_kind(std::string_view text);

// An open input; closes it (not standard input).
class open_file {
public:
  explicit open_file(const input& in);
  ~open_file();
  open_file(const open_file&) = delete;
  open_file& operator=(const open_file&) = delete;
  std::FILE* get() const noexcept { return f_; }

private:
  std::FILE* f_ = nullptr;
  bool is_stdin_ = false;
};

// A regular file mapped into memory, so that NDJSON chunks view it where it
// lies (no copy into a buffer). While any file is mapped, a bus error in a
// mapping (the file shrank while it was read, or a read failed) ends the
// command with exit status 2 and a line on standard error naming the file.
class mapped_file {
public:
  // The open file `f` mapped, or nullptr when it is standard input, not a
  // regular file, empty, or cannot be mapped: then it is read.
  static std::shared_ptr<mapped_file> map(std::FILE* f, const input& in);
  ~mapped_file();
  mapped_file(const mapped_file&) = delete;
  mapped_file& operator=(const mapped_file&) = delete;

  // Its bytes, as they were when mapped: not padded (the decoder copies the
  // last lines, those without flowrun::padding bytes after them).
  flowrun::padded_view text() const noexcept { return {data_, size_, size_}; }
  // Gives back the memory of the pages wholly before `offset`, which is read
  // no more: what stays resident is what is in flight.
  void release_before(std::size_t offset) noexcept;

private:
  mapped_file(const char* data, std::size_t size, int slot) noexcept : data_(data), size_(size), slot_(slot) {}
  const char* data_;
  std::size_t size_;
  int slot_;                 // in the table the bus error handler reads
  std::size_t released_ = 0; // pages before this are given back
};

// What read_whole found.
struct whole_read {
  std::string error;     // set when the input cannot be read
  std::string too_large; // set, the too_large message, when it is over the limit (then nothing is kept)
  std::size_t bytes = 0; // its size: read, or a regular file's (for the progress line)
};

// Reads a whole input into `text`, never more than max_size + 1 bytes: a
// regular file over the limit is not read at all (its size says it), any other
// input (a pipe, a terminal, a device) is read until it ends or passes the limit.
whole_read read_whole(std::FILE* f, std::size_t max_size, std::string& text);

// The total size of the inputs, or 0 when one is not a regular file (a pipe).
std::size_t total_size(const std::vector<input>& inputs);

} // namespace flowrun_cli

#endif
