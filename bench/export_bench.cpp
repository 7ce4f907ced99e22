// export_bench FILE: simdjson's own NDJSON reader over an export, for the
// comparison with `flowrun check` in the README (Benchmarks, "A large export").
// Loads FILE (padded), runs dom::parser::parse_many over it, counts the
// documents and prints the throughput. Run it in the same session as
// `/usr/bin/time -v flowrun check --jobs N FILE` on the same file.
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FILE.ndjson\n", argv[0]);
    return 2;
  }
  simdjson::padded_string text;
  if (simdjson::padded_string::load(argv[1]).get(text)) {
    std::fprintf(stderr, "%s: cannot read %s\n", argv[0], argv[1]);
    return 2;
  }
  simdjson::dom::parser parser;
  const auto start = std::chrono::steady_clock::now();
  simdjson::dom::document_stream docs;
  if (parser.parse_many(text, 1 << 20).get(docs)) return 1;
  std::size_t count = 0, bad = 0;
  for (auto doc : docs) {
    if (doc.error()) ++bad;
    else ++count;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double mib = static_cast<double>(text.size()) / (1 << 20);
  std::printf("parse_many: %zu documents (%zu errors), %.1f MiB in %.3f s: %.1f MiB/s\n", count, bad, mib, secs,
              mib / secs);
  return 0;
}
