// RFC 8785 canonical JSON beside flowrun's other work on the same documents, as rows
// <corpus>/<operation>:
//
//   corpora     run     one run with 1,000 logs (decode_bench's `run` corpus, the same text)
//               page    a page of 15 runs with 20 logs each
//               small   examples/run.json
//               export  decode_bench's `ndjson`: 2,500 runs of 0 to 5 logs, one per line (rows
//                       decode, fmt and fmt_canonical only: each line written after the ones
//                       before into one string, a line each, as `flowrun fmt` writes an export)
//   operations  decode          flowrun::decoder::decode_run / decode_run_page, reused
//               write           flowrun::write_json (compact) of the decoded value
//               fmt             decode + write: what `flowrun fmt` does
//               canonicalize    flowrun::canonicalizer on the text, reused
//               canonicalize_canonical  the same on text already canonical (no member moves)
//               canonical_write flowrun::canonical_writer of the decoded value, reused
//               fmt_canonical   decode + canonical_writer: what `flowrun fmt --canonical` does
//               fmt_canonical_text  decode + write + canonicalize the text (canonical_writer's
//                               definition, and what fmt --canonical did before 0.next)
//
// Every row reports bytes/s of the *input* text (the corpus), so the rows compare as the
// time to handle one document. Before timing, canonicalizing what `fmt` wrote must give
// the corpus's own canonical form (these corpora have no unknown keys, and the writer
// keeps every value), and each canonicalize row checks its output after timing.
//
// Run: build-rel/bench/canonical_bench --benchmark_repetitions=5
#include <flowrun/canonical.hpp>
#include <flowrun/flowrun.hpp>

#include "bench_corpus.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// ---- corpora: decode_bench.cpp's (bench_corpus.hpp), the same bytes ------------------

using flowrun_bench::make_ndjson;
using flowrun_bench::make_page;
using flowrun_bench::make_run;
using flowrun_bench::read_example;

struct corpus {
  std::string name;
  bool page;
  bool lines; // NDJSON, a run per line
  std::string text;
  std::string canonical; // its canonical form
};

[[noreturn]] void die(const std::string& why) {
  std::fprintf(stderr, "canonical_bench: %s\n", why.c_str());
  std::exit(1);
}

// The export: each run decoded and written (`canonical`: by `canon`) after the ones before,
// a line each, into `out`, which keeps its capacity.
void fmt_lines(flowrun::decoder& dec, flowrun::canonical_writer* canon, const std::string& text, std::string& out) {
  for (const flowrun::stream_item& it : dec.runs(text)) {
    if (!it.run) die("export line " + std::to_string(it.line) + ": " + it.run.error().message);
    if (canon ? canon->write(out, *it.run) : flowrun::write_json(out, *it.run)) die("a writer refused a decoded value");
    out += '\n';
  }
}

// Decodes and writes `c` once: what fmt gives.
std::string fmt_once(flowrun::decoder& dec, const corpus& c) {
  std::string out;
  if (c.lines) {
    fmt_lines(dec, nullptr, c.text, out);
    return out;
  }
  if (c.page) {
    auto r = dec.decode_run_page(c.text);
    if (!r) die(c.name + ": " + r.error().message);
    if (flowrun::write_json(out, *r)) die("write_json refused a decoded value");
  } else {
    auto r = dec.decode_run(c.text);
    if (!r) die(c.name + ": " + r.error().message);
    if (flowrun::write_json(out, *r)) die("write_json refused a decoded value");
  }
  return out;
}

std::vector<corpus> make_corpora() {
  std::vector<corpus> cs = {{"run", false, false, make_run(1000, 1), {}},
                            {"page", true, false, make_page(15, 20), {}},
                            {"small", false, false, read_example("run.json"), {}},
                            {"export", false, true, make_ndjson(), {}}};
  flowrun::canonicalizer canon;
  flowrun::decoder dec;
  // The canonical form of the text, or of each of its lines, a line each.
  const auto canonical = [&canon](const corpus& c, std::string_view text, std::string& out) {
    const auto one = [&](std::string_view doc) {
      if (const auto e = canon.canonicalize(doc, out)) die(c.name + ": " + e->message);
    };
    if (!c.lines) return one(text);
    flowrun_bench::for_each_line(text, [&](std::string_view line) {
      one(line);
      out += '\n';
    });
  };
  for (corpus& c : cs) {
    canonical(c, c.text, c.canonical);
    std::string again;
    canonical(c, fmt_once(dec, c), again);
    if (again != c.canonical) die(c.name + ": canonicalizing fmt's output does not give the corpus's canonical form");
  }
  return cs;
}

void bytes(benchmark::State& state, const corpus& c) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(c.text.size()));
}

void decode(benchmark::State& state, const corpus& c) {
  flowrun::decoder dec;
  for (auto _ : state) {
    bool ok = true;
    if (c.lines) {
      for (const flowrun::stream_item& it : dec.runs(c.text)) ok = ok && it.run.has_value();
    } else {
      ok = c.page ? dec.decode_run_page(c.text).has_value() : dec.decode_run(c.text).has_value();
    }
    benchmark::DoNotOptimize(ok);
  }
  bytes(state, c);
}

// The export's fmt (`canonical`: fmt --canonical): its output string is cleared, not
// freed, as the command's buffer.
void fmt_export(benchmark::State& state, const corpus& c, bool canonical) {
  flowrun::decoder dec;
  flowrun::canonical_writer canon;
  std::string out;
  for (auto _ : state) {
    out.clear();
    fmt_lines(dec, canonical ? &canon : nullptr, c.text, out);
    benchmark::DoNotOptimize(out.data());
  }
  if (canonical && out != c.canonical) state.SkipWithError("wrong canonical form");
  bytes(state, c);
}

void write(benchmark::State& state, const corpus& c) {
  flowrun::decoder dec;
  std::string out;
  if (c.page) {
    auto r = dec.decode_run_page(c.text);
    for (auto _ : state) {
      out.clear();
      if (flowrun::write_json(out, *r)) die("write_json refused a decoded value");
      benchmark::DoNotOptimize(out.data());
    }
  } else {
    auto r = dec.decode_run(c.text);
    for (auto _ : state) {
      out.clear();
      if (flowrun::write_json(out, *r)) die("write_json refused a decoded value");
      benchmark::DoNotOptimize(out.data());
    }
  }
  bytes(state, c);
}

void canonical_write(benchmark::State& state, const corpus& c) {
  flowrun::decoder dec;
  flowrun::canonical_writer canon;
  std::string out;
  const auto run = [&](const auto& v) {
    for (auto _ : state) {
      out.clear();
      if (canon.write(out, v)) die("canonical_writer refused a decoded value");
      benchmark::DoNotOptimize(out.data());
    }
  };
  if (c.page)
    run(*dec.decode_run_page(c.text));
  else
    run(*dec.decode_run(c.text));
  if (out != c.canonical) state.SkipWithError("wrong canonical form");
  bytes(state, c);
}

// decode + canonical_writer: fmt --canonical.
void fmt_canonical(benchmark::State& state, const corpus& c) {
  flowrun::decoder dec;
  flowrun::canonical_writer canon;
  std::string out;
  for (auto _ : state) {
    out.clear();
    if (c.page) {
      auto r = dec.decode_run_page(c.text);
      if (canon.write(out, *r)) die("canonical_writer refused a decoded value");
    } else {
      auto r = dec.decode_run(c.text);
      if (canon.write(out, *r)) die("canonical_writer refused a decoded value");
    }
    benchmark::DoNotOptimize(out.data());
  }
  if (out != c.canonical) state.SkipWithError("wrong canonical form");
  bytes(state, c);
}

void fmt(benchmark::State& state, const corpus& c, bool canonical) {
  flowrun::decoder dec;
  flowrun::canonicalizer canon;
  std::string out, canon_out;
  for (auto _ : state) {
    out.clear();
    if (c.page) {
      auto r = dec.decode_run_page(c.text);
      if (flowrun::write_json(out, *r)) die("write_json refused a decoded value");
    } else {
      auto r = dec.decode_run(c.text);
      if (flowrun::write_json(out, *r)) die("write_json refused a decoded value");
    }
    if (canonical) {
      canon_out.clear();
      if (canon.canonicalize(out, canon_out)) state.SkipWithError("canonicalize failed");
      benchmark::DoNotOptimize(canon_out.data());
    }
    benchmark::DoNotOptimize(out.data());
  }
  if (canonical && canon_out != c.canonical) state.SkipWithError("wrong canonical form");
  bytes(state, c);
}

void canonicalize(benchmark::State& state, const corpus& c, bool already) {
  flowrun::canonicalizer canon;
  std::string out;
  const std::string& in = already ? c.canonical : c.text;
  for (auto _ : state) {
    out.clear();
    if (canon.canonicalize(in, out)) state.SkipWithError("canonicalize failed");
    benchmark::DoNotOptimize(out.data());
  }
  if (out != c.canonical) state.SkipWithError("wrong canonical form");
  bytes(state, c);
}

} // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  static const std::vector<corpus> corpora = make_corpora();
  for (const corpus& c : corpora) {
    benchmark::AddCustomContext("corpus_" + c.name, std::to_string(c.text.size()) + " bytes, canonical " +
                                                        std::to_string(c.canonical.size()) + " bytes");
    benchmark::RegisterBenchmark((c.name + "/decode").c_str(), [&c](benchmark::State& s) { decode(s, c); });
    if (c.lines) {
      benchmark::RegisterBenchmark((c.name + "/fmt").c_str(), [&c](benchmark::State& s) { fmt_export(s, c, false); });
      benchmark::RegisterBenchmark((c.name + "/fmt_canonical").c_str(),
                                   [&c](benchmark::State& s) { fmt_export(s, c, true); });
      continue;
    }
    benchmark::RegisterBenchmark((c.name + "/write").c_str(), [&c](benchmark::State& s) { write(s, c); });
    benchmark::RegisterBenchmark((c.name + "/fmt").c_str(), [&c](benchmark::State& s) { fmt(s, c, false); });
    benchmark::RegisterBenchmark((c.name + "/canonicalize").c_str(),
                                 [&c](benchmark::State& s) { canonicalize(s, c, false); });
    benchmark::RegisterBenchmark((c.name + "/canonicalize_canonical").c_str(),
                                 [&c](benchmark::State& s) { canonicalize(s, c, true); });
    benchmark::RegisterBenchmark((c.name + "/canonical_write").c_str(),
                                 [&c](benchmark::State& s) { canonical_write(s, c); });
    benchmark::RegisterBenchmark((c.name + "/fmt_canonical").c_str(),
                                 [&c](benchmark::State& s) { fmt_canonical(s, c); });
    benchmark::RegisterBenchmark((c.name + "/fmt_canonical_text").c_str(),
                                 [&c](benchmark::State& s) { fmt(s, c, true); });
  }
#if defined(__clang__)
  benchmark::AddCustomContext("compiler", "clang " __clang_version__);
#else
  benchmark::AddCustomContext("compiler", "g++ " __VERSION__);
#endif
  benchmark::AddCustomContext("build", FLOWRUN_BENCH_BUILD_CONTEXT);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
