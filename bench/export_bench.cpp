// export_bench FILE: the library's readers over an export, for the comparison
// with `flowrun check` in the README (Benchmarks, "A large export"). Loads FILE
// (padded) and, over the same bytes in memory, times
//  - flowrun: flowrun::decoder's `dec.runs(text)`, every item visited, each
//    line read in place (a padded_view: the command's ceiling, since check is
//    the same decode plus reading the file);
//  - parse_many: simdjson's dom::parser::parse_many, counting the documents.
// Prints one line each, "NAME: ... (X MiB/s)". Run it in the same session as
// `flowrun check --jobs N FILE` on the same file (bench/export_measure.sh).
#include <flowrun/decoder.hpp>
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string_view>

namespace {

struct timing {
  double wall = 0, cpu = 0;
};

template <class F> timing timed(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  f();
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
          static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC};
}

} // namespace

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
  const double load_secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
  const double mib = static_cast<double>(text.size()) / (1 << 20);

  // flowrun: the decoder the command uses (collect_all, as check does).
  std::size_t runs = 0, invalid = 0;
  flowrun::decoder dec(flowrun::decode_options{.errors = flowrun::error_mode::collect_all});
  const timing lib = timed([&] {
    const flowrun::padded_view padded(text.data(), text.size(), text.size() + simdjson::SIMDJSON_PADDING);
    for (const flowrun::stream_item& it : dec.runs(padded)) {
      ++runs;
      invalid += it.run ? 0 : 1;
    }
  });
  std::printf("flowrun dec.runs: %zu runs (%zu invalid), %.1f MiB: %.3f s wall (%.1f MiB/s), %.3f s CPU (%.1f MiB/s)\n",
              runs, invalid, mib, lib.wall, mib / lib.wall, lib.cpu, mib / lib.cpu);

  std::size_t count = 0, bad = 0;
  simdjson::dom::parser parser;
  simdjson::dom::document_stream docs;
  if (parser.parse_many(text, 1 << 20).get(docs)) return 1;
  const timing pm = timed([&] {
    for (auto doc : docs) {
      if (doc.error()) ++bad;
      else ++count;
    }
  });
  // Wall time of the parse alone, and with the load (flowrun check's time includes reading the file);
  // CPU time of the parse, which a shared machine disturbs less.
  std::printf("parse_many: %zu documents (%zu errors), %.1f MiB: parse %.3f s wall (%.1f MiB/s), %.3f s CPU "
              "(%.1f MiB/s); load + parse %.3f s (%.1f MiB/s)\n",
              count, bad, mib, pm.wall, mib / pm.wall, pm.cpu, mib / pm.cpu, load_secs + pm.wall,
              mib / (load_secs + pm.wall));
  return 0;
}
