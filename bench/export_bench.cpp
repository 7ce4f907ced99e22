// export_bench FILE: simdjson's own NDJSON reader over an export, for the
// comparison with `flowrun check` in the README (Benchmarks, "A large export").
// Loads FILE (padded), runs dom::parser::parse_many over it, counts the
// documents and prints the throughput. Run it in the same session as
// `/usr/bin/time -v flowrun check --jobs N FILE` on the same file.
#include <simdjson.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FILE.ndjson\n", argv[0]);
    return 2;
  }
  const auto load_start = std::chrono::steady_clock::now();
  simdjson::padded_string text;
  if (simdjson::padded_string::load(argv[1]).get(text)) {
    std::fprintf(stderr, "%s: cannot read %s\n", argv[0], argv[1]);
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  const double load_secs = std::chrono::duration<double>(start - load_start).count();
  const std::clock_t cpu_start = std::clock();
  simdjson::dom::parser parser;
  simdjson::dom::document_stream docs;
  if (parser.parse_many(text, 1 << 20).get(docs)) return 1;
  std::size_t count = 0, bad = 0;
  for (auto doc : docs) {
    if (doc.error()) ++bad;
    else ++count;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double mib = static_cast<double>(text.size()) / (1 << 20);
  // Wall time of the parse alone, and with the load (flowrun check's time includes reading the file);
  // CPU time of the parse, which a shared machine disturbs less.
  std::printf("parse_many: %zu documents (%zu errors), %.1f MiB: parse %.3f s wall (%.1f MiB/s), %.3f s CPU "
              "(%.1f MiB/s); load + parse %.3f s (%.1f MiB/s)\n",
              count, bad, mib, secs, mib / secs, cpu, mib / cpu, load_secs + secs, mib / (load_secs + secs));
  return 0;
}
