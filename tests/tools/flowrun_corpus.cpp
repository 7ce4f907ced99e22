// flowrun_corpus OUTDIR [COUNT] [SEED]: writes COUNT (default 2000) documents
// of the differential test's generator (tests/corpus.hpp) as
// OUTDIR/NNNNNN.<run|page|logs>.json, so that other tools (a JSON Schema
// validator) can judge the same documents. The same seed gives the same files.
#include "../corpus.hpp"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace {

bool parse_number(const char* s, std::uint64_t& out) {
  char* end = nullptr;
  errno = 0;
  out = std::strtoull(s, &end, 10);
  return *s != '\0' && *s != '-' && *end == '\0' && errno == 0;
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 4) {
    std::fprintf(stderr, "usage: %s OUTDIR [COUNT] [SEED]\n", argv[0]);
    return 2;
  }
  std::uint64_t count = 2000, seed = 20251031;
  if ((argc > 2 && !parse_number(argv[2], count)) || (argc > 3 && !parse_number(argv[3], seed))) {
    std::fprintf(stderr, "%s: COUNT and SEED must be non-negative integers\n", argv[0]);
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::fprintf(stderr, "%s: cannot create %s: %s\n", argv[0], dir.string().c_str(), ec.message().c_str());
    return 1;
  }
  flowrun_corpus::generator gen(seed);
  for (std::uint64_t i = 0; i < count; ++i) {
    const flowrun_corpus::item it = gen.next();
    char name[64];
    std::snprintf(name, sizeof name, "%06llu.%s.json", static_cast<unsigned long long>(i),
                  std::string(flowrun_corpus::kind_name(it.kind)).c_str());
    std::ofstream f(dir / name, std::ios::binary);
    f.write(it.text.data(), static_cast<std::streamsize>(it.text.size()));
    if (!f) {
      std::fprintf(stderr, "%s: cannot write %s\n", argv[0], (dir / name).string().c_str());
      return 1;
    }
  }
  std::printf("wrote %llu documents to %s (seed %llu)\n", static_cast<unsigned long long>(count), dir.string().c_str(),
              static_cast<unsigned long long>(seed));
  return 0;
}
