#include "inputs.hpp"

#include "report.hpp"

#include <flowrun/sniff.hpp>

#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <flowrun/error.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <new>
#include <system_error>

namespace flowrun_cli {

namespace {

bool is_json_name(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".json" || ext == ".ndjson" || ext == ".jsonl";
}

// The *.json, *.ndjson and *.jsonl files under `root`, sorted by name. Symbolic
// links to files are read; to directories, not followed (so no loop). A
// directory that cannot be listed is an input with an error.
void walk_directory(const std::string& root, std::vector<input>& out) {
  namespace fs = std::filesystem;
  std::vector<input> found;
  std::vector<fs::path> todo{fs::path(root)};
  while (!todo.empty()) {
    const fs::path dir = std::move(todo.back());
    todo.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::directory_entry& e = *it;
      std::error_code ignored;
      if (e.is_symlink(ignored)) {
        if (e.is_regular_file(ignored) && is_json_name(e.path())) found.push_back({e.path().string(), false, {}});
      } else if (e.is_directory(ignored)) {
        todo.push_back(e.path());
      } else if (e.is_regular_file(ignored) && is_json_name(e.path())) {
        found.push_back({e.path().string(), false, {}});
      }
    }
    if (ec) found.push_back({dir.string(), false, ec.message()});
  }
  std::sort(found.begin(), found.end(), [](const input& a, const input& b) { return a.name < b.name; });
  for (input& i : found) out.push_back(std::move(i));
}
} // namespace

bool expand_inputs(const std::vector<std::string>& args, std::vector<input>& out, std::string& why) {
  bool seen_stdin = false;
  for (const std::string& a : args) {
    if (a == "-") {
      if (seen_stdin) {
        why = "'-' (standard input) given twice";
        return false;
      }
      seen_stdin = true;
      out.push_back({a, true, {}});
      continue;
    }
    struct stat st {};
    if (::stat(a.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
      walk_directory(a, out);
    else
      out.push_back({a, false, {}});
  }
  return true;
}

doc_kind kind_by_name(doc_kind asked, const input& in) {
  if (asked == doc_kind::automatic && !in.is_stdin && (in.name.ends_with(".ndjson") || in.name.ends_with(".jsonl")))
    return doc_kind::ndjson;
  return asked;
}

// Picks the kind without decoding (see flowrun::sniff_document_kind).
doc_kind sniff_kind(std::string_view t) {
  switch (flowrun::sniff_document_kind(t)) {
  case flowrun::document_kind::page: return doc_kind::page;
  case flowrun::document_kind::logs: return doc_kind::logs;
  case flowrun::document_kind::run: break;
  }
  return doc_kind::run;
}

open_file::open_file(const input& in) : is_stdin_(in.is_stdin) {
  f_ = is_stdin_ ? stdin : std::fopen(in.name.c_str(), "rb");
}

open_file::~open_file() {
  if (f_ && !is_stdin_) std::fclose(f_);
}

// fread, not only fopen, reports a directory (EISDIR): a failed read is an
// unreadable input.
whole_read read_whole(std::FILE* f, std::size_t max_size, std::string& text) {
  whole_read r;
  text.clear();
  struct stat st {};
  const bool regular = ::fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode);
  if (regular && static_cast<std::size_t>(st.st_size) > max_size) {
    r.bytes = static_cast<std::size_t>(st.st_size);
    r.too_large = flowrun::too_large_message(r.bytes, max_size);
    return r;
  }
  bool over = false;
  errno = 0;
  try {
    if (regular) text.reserve(static_cast<std::size_t>(st.st_size));
    char buf[io_block];
    std::size_t n = 0;
    while (text.size() < max_size && (n = std::fread(buf, 1, std::min(sizeof buf, max_size - text.size()), f)) > 0)
      text.append(buf, n);
    // One byte more says the input is over the limit; nothing more is read. It
    // is not kept: the text never outgrows the limit (a power of two, as the
    // default is, would double its capacity for that byte).
    char probe = 0;
    over = text.size() == max_size && std::fread(&probe, 1, 1, f) == 1;
  } catch (const std::bad_alloc&) {
    r.error = "file too large to read";
    return r;
  }
  const int saved = errno;
  r.bytes = text.size() + (over ? 1 : 0);
  if (std::ferror(f)) {
    r.error = saved != 0 ? std::strerror(saved) : "read error";
  } else if (over) {
    // A stream (or a regular file that grew): its size is not known, only that it is over.
    r.too_large = flowrun::too_large_message(r.bytes, max_size, /*at_least=*/true);
    text.clear();
  }
  return r;
}

namespace {

// The mappings the bus error handler knows: where each lies and the line to
// write (built beforehand: a handler may only call async-signal-safe functions).
struct live_mapping {
  std::atomic<const char*> begin{nullptr}; // null: a free slot (the rest is written before it is taken)
  std::atomic<std::size_t> size{0};
  std::string line;
};
constexpr int mapping_slots = 64;
std::array<live_mapping, mapping_slots> live_mappings;

extern "C" void on_bus_error(int sig, siginfo_t* info, void*) {
  const char* at = static_cast<const char*>(info->si_addr);
  for (live_mapping& m : live_mappings) {
    const char* begin = m.begin.load();
    if (begin == nullptr || at < begin || at >= begin + m.size.load()) continue;
    const std::string& line = m.line;
    std::size_t done = 0;
    while (done < line.size()) {
      const ssize_t n = ::write(STDERR_FILENO, line.data() + done, line.size() - done);
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    ::_exit(2);
  }
  // Not in a mapping: what a bus error does without this handler.
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

void install_bus_error_handler() {
  static const bool installed = [] {
    struct sigaction sa {};
    sa.sa_sigaction = on_bus_error;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    return ::sigaction(SIGBUS, &sa, nullptr) == 0;
  }();
  (void)installed;
}

} // namespace

std::shared_ptr<mapped_file> mapped_file::map(std::FILE* f, const input& in) {
  struct stat st {};
  if (in.is_stdin || ::fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
      static_cast<std::uintmax_t>(st.st_size) > SIZE_MAX)
    return nullptr;
  // A free slot, taken by the thread that reads inputs (the only one that maps).
  int slot = 0;
  while (slot < mapping_slots && live_mappings[slot].begin.load() != nullptr) ++slot;
  if (slot == mapping_slots) return nullptr;
  const auto size = static_cast<std::size_t>(st.st_size);
  void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fileno(f), 0);
  if (p == MAP_FAILED) return nullptr;
  ::madvise(p, size, MADV_SEQUENTIAL);
  install_bus_error_handler();
  live_mapping& m = live_mappings[slot];
  m.line = "flowrun: cannot read '";
  append_escaped(m.line, in.name);
  m.line += "': it shrank while it was read, or a read failed (bus error)\n";
  m.size.store(size);
  m.begin.store(static_cast<const char*>(p));
  return std::shared_ptr<mapped_file>(new mapped_file(static_cast<const char*>(p), size, slot));
}

mapped_file::~mapped_file() {
  live_mappings[slot_].begin.store(nullptr);
  ::munmap(const_cast<char*>(data_), size_);
}

void mapped_file::release_before(std::size_t offset) noexcept {
  static const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const std::size_t end = std::min(offset, size_) / page * page;
  if (end <= released_) return;
  ::madvise(const_cast<char*>(data_) + released_, end - released_, MADV_DONTNEED);
  released_ = end;
}

std::size_t total_size(const std::vector<input>& inputs) {
  std::size_t total = 0;
  for (const input& in : inputs) {
    if (!in.error.empty()) continue;
    struct stat st {};
    if (in.is_stdin ? ::fstat(STDIN_FILENO, &st) != 0 : ::stat(in.name.c_str(), &st) != 0) continue;
    if (!S_ISREG(st.st_mode)) return 0;
    total += static_cast<std::size_t>(st.st_size);
  }
  return total;
}

} // namespace flowrun_cli
