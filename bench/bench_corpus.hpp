// What the benchmarks (decode_bench.cpp, canonical_bench.cpp) share: the
// defaults of the macros meson.build sets, and the corpora: realistic
// documents with escapes and non-ASCII text in strings, nested output objects,
// numbers of every shape, nulls, timestamps with fractions and offsets. The same
// bytes for every benchmark that includes it.
#ifndef FLOWRUN_BENCH_CORPUS_HPP
#define FLOWRUN_BENCH_CORPUS_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

// meson.build sets both; these serve a build by hand.
#ifndef FLOWRUN_EXAMPLES_DIR
#define FLOWRUN_EXAMPLES_DIR "examples"
#endif
#ifndef FLOWRUN_BENCH_BUILD
#define FLOWRUN_BENCH_BUILD "unknown"
#endif

// The build as the results' context records it. Without NDEBUG (which the
// project's b_ndebug=if-release defines in release builds) asserts run, and so
// do flowrun's view checks and simdjson's SIMDJSON_ASSUME (an assert then).
#if defined(NDEBUG)
#define FLOWRUN_BENCH_BUILD_CONTEXT FLOWRUN_BENCH_BUILD ", NDEBUG"
#else
#define FLOWRUN_BENCH_BUILD_CONTEXT FLOWRUN_BENCH_BUILD ", no NDEBUG (asserts and checks on)"
#endif

namespace flowrun_bench {

// "08" for 8: the fixed-width fields of a timestamp.
inline std::string two(int n) { return std::string{static_cast<char>('0' + n / 10 % 10), static_cast<char>('0' + n % 10)}; }

inline std::string make_log(int i) {
  // A timestamp every few seconds of one day; one in five written with an offset.
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

inline std::string make_run(int logs, int i) {
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

inline std::string make_page(int runs, int logs) {
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

inline constexpr int ndjson_runs = 2500, ndjson_max_logs = 5;

/// An export: ndjson_runs runs of 0 to ndjson_max_logs logs each, one per line.
inline std::string make_ndjson() {
  std::string s;
  for (int i = 0; i < ndjson_runs; ++i) s += make_run(i % (ndjson_max_logs + 1), i) + "\n";
  return s;
}

/// NDJSON as the peers read it: one document per non-blank line (flowrun's rule).
template <class F> void for_each_line(std::string_view text, F&& f) {
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(0, nl);
    text.remove_prefix(std::min(nl + 1, text.size()));
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) f(line);
  }
}

/// An example body of examples/ (FLOWRUN_EXAMPLES_DIR).
inline std::string read_example(const char* name) {
  const auto path = std::filesystem::path(FLOWRUN_EXAMPLES_DIR) / name;
  std::ifstream f(path, std::ios::binary);
  if (!f) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

} // namespace flowrun_bench

#endif
