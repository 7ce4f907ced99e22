// RFC 8785 canonical JSON beside flowrun's other work on the same documents, as rows
// <corpus>/<operation>:
//
//   corpora     run     one run with 1,000 logs (decode_bench's `run` corpus, the same text)
//               page    a page of 15 runs with 20 logs each
//               small   examples/run.json
//   operations  decode          flowrun::decoder::decode_run / decode_run_page, reused
//               write           flowrun::write_json (compact) of the decoded value
//               fmt             decode + write: what `flowrun fmt` does
//               canonicalize    flowrun::canonicalizer on the text, reused
//               canonicalize_canonical  the same on text already canonical (no member moves)
//               fmt_canonical   decode + write + canonicalize: `fmt --canonical` built on both
//
// Every row reports bytes/s of the *input* text (the corpus), so the rows compare as the
// time to handle one document. Before timing, canonicalizing what `fmt` wrote must give
// the corpus's own canonical form (these corpora have no unknown keys, and the writer
// keeps every value), and each canonicalize row checks its output after timing.
//
// Run: build-rel/bench/canonical_bench --benchmark_repetitions=5
#include <flowrun/canonical.hpp>
#include <flowrun/flowrun.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#ifndef FLOWRUN_EXAMPLES_DIR
#define FLOWRUN_EXAMPLES_DIR "examples"
#endif
#ifndef FLOWRUN_BENCH_BUILD
#define FLOWRUN_BENCH_BUILD "unknown"
#endif

namespace {

// ---- corpora: decode_bench.cpp's generator, the same bytes ----------------------------

std::string two(int n) { return std::string{static_cast<char>('0' + n / 10 % 10), static_cast<char>('0' + n % 10)}; }

std::string make_log(int i) {
  const int t = 7 * i, h = 12 + t / 3600 % 10, m = t / 60 % 60, s = t % 60;
  const std::string created = i % 5 == 4 ? "2025-10-31T" + two(h + 2) + ":" + two(m) + ":" + two(s) + "+02:00"
                                         : "2025-10-31T" + two(h) + ":" + two(m) + ":" + two(s) + ".250000Z";
  const char* status = i % 11 == 0 ? "warning" : i % 13 == 0 ? "error" : "success";
  const char* component = i % 7 == 3 ? "null" : i % 2 ? R"("http_request")" : R"("webhook")";
  const std::string output =
      i % 9 == 8 ? R"({"status":204,"body":{}})"
                 : R"({"status":200,"headers":{"content-type":"application/json; charset=utf-8"},)"
                   R"("body":{"message":"ok \"quoted\" \u00e9t\u00e9 \\ C:\\tmp\n","city":"Zürich ✓",)"
                   R"("items":[1,2.5,-3e2,0.000123,12345678901234,true,false,null],)"
                   R"("user":{"name":"Ada","email":"ada@example.test","tags":["a","b"]}}})";
  return R"({"id":"fl_log_01h3j4k5l6m7n8p9)" + std::to_string(100000 + i) + R"(","node_id":"node_)" +
         std::to_string(i % 17) + R"(","component_id":)" + component + R"(,"status":")" + status +
         R"(","output":)" + output + R"(,"created_at":")" + created + R"("})";
}

std::string make_run(int logs, int i) {
  static constexpr std::array<const char*, 5> statuses = {"completed", "failed", "running", "pending",
                                                          "awaiting_ui_interaction"};
  const int kind = i % 5;
  const bool done = kind < 2;
  std::string s = R"({"id":"fl_run_01h3j4k5l6m7n8p9)" + std::to_string(100000 + i) + R"(","status":")" +
                  statuses[static_cast<std::size_t>(kind)] + R"(","error_message":)" +
                  (kind == 1 ? R"j("Webhook request failed: 503 \"Service Unavailable\"\n\tat node_2 (retry 3\/3)")j"
                             : "null") +
                  R"(,"started_at":"2025-10-)" + two(1 + i % 28) + R"(T12:00:00.000000Z","completed_at":)" +
                  (done ? R"("2025-10-)" + two(1 + i % 28) + R"(T12:10:05.250000Z")" : std::string("null")) +
                  R"(,"duration_in_seconds":)" + (kind == 0 ? "605.25" : kind == 1 ? "6.0525e2" : "null") +
                  R"(,"logs":[)";
  for (int l = 0; l < logs; ++l) {
    if (l) s += ',';
    s += make_log(i * 31 + l);
  }
  return s + "]}";
}

std::string make_page(int runs, int logs) {
  std::string s = R"({"data":[)";
  for (int i = 0; i < runs; ++i) {
    if (i) s += ',';
    s += make_run(logs, i);
  }
  const std::string n = std::to_string(runs);
  return s +
         R"(],"links":{"first":"https://api.example.test/workflows/fl_a1b2c3/executions?page=1",)"
         R"("last":"https://api.example.test/workflows/fl_a1b2c3/executions?page=3","prev":null,)"
         R"("next":"https://api.example.test/workflows/fl_a1b2c3/executions?page=2"},)"
         R"("meta":{"current_page":1,"from":1,"last_page":3,"path":"https://api.example.test/workflows/fl_a1b2c3/executions",)"
         R"("per_page":)" +
         n + R"(,"to":)" + n + R"(,"total":)" + std::to_string(3 * runs) + "}}";
}

std::string read_example(const char* name) {
  std::ifstream f(std::string(FLOWRUN_EXAMPLES_DIR) + "/" + name, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

struct corpus {
  std::string name;
  bool page;
  std::string text;
  std::string canonical; // its canonical form
};

[[noreturn]] void die(const std::string& why) {
  std::fprintf(stderr, "canonical_bench: %s\n", why.c_str());
  std::exit(1);
}

// Decodes and writes `c` once: what fmt gives.
std::string fmt_once(flowrun::decoder& dec, const corpus& c) {
  std::string out;
  if (c.page) {
    auto r = dec.decode_run_page(c.text);
    if (!r) die(c.name + ": " + r.error().message);
    flowrun::write_json(out, *r);
  } else {
    auto r = dec.decode_run(c.text);
    if (!r) die(c.name + ": " + r.error().message);
    flowrun::write_json(out, *r);
  }
  return out;
}

std::vector<corpus> make_corpora() {
  std::vector<corpus> cs = {{"run", false, make_run(1000, 1), {}},
                            {"page", true, make_page(15, 20), {}},
                            {"small", false, read_example("run.json"), {}}};
  flowrun::canonicalizer canon;
  flowrun::decoder dec;
  for (corpus& c : cs) {
    if (const auto e = canon.canonicalize(c.text, c.canonical)) die(c.name + ": " + e->message);
    std::string again;
    if (canon.canonicalize(fmt_once(dec, c), again) || again != c.canonical)
      die(c.name + ": canonicalizing fmt's output does not give the corpus's canonical form");
  }
  return cs;
}

void bytes(benchmark::State& state, const corpus& c) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(c.text.size()));
}

void decode(benchmark::State& state, const corpus& c) {
  flowrun::decoder dec;
  for (auto _ : state) {
    bool ok = c.page ? dec.decode_run_page(c.text).has_value() : dec.decode_run(c.text).has_value();
    benchmark::DoNotOptimize(ok);
  }
  bytes(state, c);
}

void write(benchmark::State& state, const corpus& c) {
  flowrun::decoder dec;
  std::string out;
  if (c.page) {
    auto r = dec.decode_run_page(c.text);
    for (auto _ : state) {
      out.clear();
      flowrun::write_json(out, *r);
      benchmark::DoNotOptimize(out.data());
    }
  } else {
    auto r = dec.decode_run(c.text);
    for (auto _ : state) {
      out.clear();
      flowrun::write_json(out, *r);
      benchmark::DoNotOptimize(out.data());
    }
  }
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
      flowrun::write_json(out, *r);
    } else {
      auto r = dec.decode_run(c.text);
      flowrun::write_json(out, *r);
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
    benchmark::RegisterBenchmark((c.name + "/decode").c_str(), [&c](benchmark::State& s) { decode(s, c); });
    benchmark::RegisterBenchmark((c.name + "/write").c_str(), [&c](benchmark::State& s) { write(s, c); });
    benchmark::RegisterBenchmark((c.name + "/fmt").c_str(), [&c](benchmark::State& s) { fmt(s, c, false); });
    benchmark::RegisterBenchmark((c.name + "/canonicalize").c_str(), [&c](benchmark::State& s) { canonicalize(s, c, false); });
    benchmark::RegisterBenchmark((c.name + "/canonicalize_canonical").c_str(),
                                 [&c](benchmark::State& s) { canonicalize(s, c, true); });
    benchmark::RegisterBenchmark((c.name + "/fmt_canonical").c_str(), [&c](benchmark::State& s) { fmt(s, c, true); });
    benchmark::AddCustomContext("corpus_" + c.name, std::to_string(c.text.size()) + " bytes, canonical " +
                                                        std::to_string(c.canonical.size()) + " bytes");
  }
#if defined(__clang__)
  benchmark::AddCustomContext("compiler", "clang " __clang_version__);
#else
  benchmark::AddCustomContext("compiler", "g++ " __VERSION__);
#endif
  benchmark::AddCustomContext("build", FLOWRUN_BENCH_BUILD);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
