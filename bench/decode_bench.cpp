// flowrun against the libraries people would otherwise use, on the same data.
//
// Each peer parses the document into its DOM and extracts the same typed
// values a user would (ids, statuses, timestamps, logs), using flowrun's core
// parsers for the field rules so that only the JSON work differs. flowrun also
// does what the peers do not: duplicate keys at any depth, raw output kept as
// validated text, JSON Pointers. Every implementation's result is checked
// against flowrun's before it is timed.
//
// Run: build/bench/decode_bench --benchmark_counters_tabular=true
#include <flowrun/flowrun.hpp>

#include <benchmark/benchmark.h>
#include <boost/json.hpp>
#include <nlohmann/json.hpp>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace {

// ---- data ----------------------------------------------------------------------

std::string make_run(int logs, int id) {
  std::string s = R"({"id":"fl_run_)" + std::to_string(100000 + id) +
                  R"(","status":"completed","error_message":null,"started_at":"2025-10-31T12:00:00.000000Z",)"
                  R"("completed_at":"2025-10-31T12:10:00.000000Z","duration_in_seconds":600,"logs":[)";
  for (int i = 0; i < logs; ++i) {
    if (i) s += ',';
    s += R"({"id":"fl_log_)" + std::to_string(1000000 + i) + R"(","node_id":"node_)" + std::to_string(i % 17) +
         R"(","component_id":"webhook","status":")" + (i % 11 == 0 ? "warning" : "success") +
         R"(","output":{"status":200,"body":{"message":"ok \"quoted\" \u00e9","items":[1,2.5,-3e2,true,null],)"
         R"("user":{"name":"Ada","email":"ada@example.test"}}},"created_at":"2025-10-31T12:0)" +
         std::to_string(i % 10) + R"(:00.000000Z"})";
  }
  return s + "]}";
}

std::string make_page(int runs, int logs) {
  std::string s = R"({"data":[)";
  for (int i = 0; i < runs; ++i) {
    if (i) s += ',';
    s += make_run(logs, i);
  }
  s +=
      R"(],"links":{"first":"https://api.example.test/p?page=1","last":"https://api.example.test/p?page=1",)"
      R"("prev":null,"next":null},"meta":{"current_page":1,"from":1,"last_page":1,"path":"https://api.example.test/p",)"
      R"("per_page":)" +
      std::to_string(runs) + R"(,"to":)" + std::to_string(runs) + R"(,"total":)" + std::to_string(runs) + "}}";
  return s;
}

const std::string& run_doc() {
  static const std::string s = make_run(1000, 1); // an iterator's worth of log entries
  return s;
}
const std::string& page_doc() {
  static const std::string s = make_page(15, 20);
  return s;
}

// What every implementation must agree on before it is timed.
struct digest {
  std::size_t runs = 0, logs = 0, id_bytes = 0, warnings = 0;
  std::int64_t seconds = 0;
  bool operator==(const digest&) const = default;
};

void add_log(digest& d, std::string_view id, std::string_view status, std::string_view created) {
  if (!flowrun::prefixed_id::valid(id, flowrun::id_kind::log)) throw std::runtime_error("bad log id");
  auto st = flowrun::parse_log_status(status);
  if (!st) throw std::runtime_error("bad log status");
  flowrun::timestamp t;
  if (flowrun::timestamp::parse(created, t) != flowrun::timestamp_errc::ok) throw std::runtime_error("bad time");
  d.logs++;
  d.id_bytes += id.size();
  d.warnings += (*st == flowrun::log_status::warning);
  d.seconds += t.unix_seconds();
}

void add_run(digest& d, std::string_view id, std::string_view status, std::string_view started) {
  if (!flowrun::prefixed_id::valid(id, flowrun::id_kind::run)) throw std::runtime_error("bad run id");
  if (!flowrun::parse_run_status(status)) throw std::runtime_error("bad run status");
  flowrun::timestamp t;
  if (flowrun::timestamp::parse(started, t) != flowrun::timestamp_errc::ok) throw std::runtime_error("bad time");
  d.runs++;
  d.id_bytes += id.size();
  d.seconds += t.unix_seconds();
}

// ---- implementations -----------------------------------------------------------

struct flowrun_impl {
  flowrun::decoder dec;
  digest run(const std::string& s) {
    auto r = dec.decode_run(s);
    if (!r) throw std::runtime_error(r.error().message);
    digest d;
    add(d, *r);
    return d;
  }
  digest page(const std::string& s) {
    auto p = dec.decode_run_page(s);
    if (!p) throw std::runtime_error(p.error().message);
    digest d;
    for (const auto& r : p->data) add(d, r);
    return d;
  }
  static void add(digest& d, const flowrun::workflow_run& r) {
    d.runs++;
    d.id_bytes += r.id.str().size();
    d.seconds += r.started_at.unix_seconds();
    for (const auto& l : r.logs) {
      d.logs++;
      d.id_bytes += l.id.str().size();
      d.warnings += (l.status == flowrun::log_status::warning);
      d.seconds += l.created_at.unix_seconds();
    }
  }
};

struct nlohmann_impl {
  static void add(digest& d, const nlohmann::json& r) {
    add_run(d, r.at("id").get_ref<const std::string&>(), r.at("status").get_ref<const std::string&>(),
            r.at("started_at").get_ref<const std::string&>());
    for (const auto& l : r.at("logs")) {
      if (!l.at("output").is_object()) throw std::runtime_error("output");
      add_log(d, l.at("id").get_ref<const std::string&>(), l.at("status").get_ref<const std::string&>(),
              l.at("created_at").get_ref<const std::string&>());
    }
  }
  digest run(const std::string& s) {
    digest d;
    add(d, nlohmann::json::parse(s));
    return d;
  }
  digest page(const std::string& s) {
    digest d;
    const auto j = nlohmann::json::parse(s);
    for (const auto& r : j.at("data")) add(d, r);
    return d;
  }
};

struct rapidjson_impl {
  static std::string_view str(const rapidjson::Value& o, const char* k) {
    auto it = o.FindMember(k);
    if (it == o.MemberEnd() || !it->value.IsString()) throw std::runtime_error(k);
    return {it->value.GetString(), it->value.GetStringLength()};
  }
  static void add(digest& d, const rapidjson::Value& r) {
    add_run(d, str(r, "id"), str(r, "status"), str(r, "started_at"));
    for (const auto& l : r["logs"].GetArray()) {
      if (!l["output"].IsObject()) throw std::runtime_error("output");
      add_log(d, str(l, "id"), str(l, "status"), str(l, "created_at"));
    }
  }
  rapidjson::Document doc;
  void parse(const std::string& s) {
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(s.data(), s.size());
    if (doc.HasParseError()) throw std::runtime_error(rapidjson::GetParseError_En(doc.GetParseError()));
  }
  digest run(const std::string& s) {
    parse(s);
    digest d;
    add(d, doc);
    return d;
  }
  digest page(const std::string& s) {
    parse(s);
    digest d;
    for (const auto& r : doc["data"].GetArray()) add(d, r);
    return d;
  }
};

struct boost_impl {
  static std::string_view str(const boost::json::object& o, const char* k) { return o.at(k).as_string(); }
  static void add(digest& d, const boost::json::object& r) {
    add_run(d, str(r, "id"), str(r, "status"), str(r, "started_at"));
    for (const auto& lv : r.at("logs").as_array()) {
      const auto& l = lv.as_object();
      if (!l.at("output").is_object()) throw std::runtime_error("output");
      add_log(d, str(l, "id"), str(l, "status"), str(l, "created_at"));
    }
  }
  boost::json::parser p; // reused, like flowrun's decoder
  boost::json::value parse(const std::string& s) {
    p.reset();
    p.write(s);
    return p.release();
  }
  digest run(const std::string& s) {
    digest d;
    add(d, parse(s).as_object());
    return d;
  }
  digest page(const std::string& s) {
    digest d;
    const boost::json::value v = parse(s); // kept alive for the loop
    for (const auto& r : v.at("data").as_array()) add(d, r.as_object());
    return d;
  }
};

struct simdjson_dom_impl {
  simdjson::dom::parser p;
  static void add(digest& d, simdjson::dom::object r) {
    add_run(d, r["id"].get_string().value(), r["status"].get_string().value(), r["started_at"].get_string().value());
    for (simdjson::dom::object l : r["logs"].get_array()) {
      if (!l["output"].is_object()) throw std::runtime_error("output");
      add_log(d, l["id"].get_string().value(), l["status"].get_string().value(), l["created_at"].get_string().value());
    }
  }
  digest run(const std::string& s) {
    digest d;
    add(d, p.parse(s).get_object().value());
    return d;
  }
  digest page(const std::string& s) {
    digest d;
    const simdjson::dom::element root = p.parse(s);
    for (simdjson::dom::object r : root["data"].get_array()) add(d, r);
    return d;
  }
};

template <class Impl, bool Page> void BM_decode(benchmark::State& state) {
  const std::string& doc = Page ? page_doc() : run_doc();
  Impl impl;
  flowrun_impl reference;
  try {
    const digest want = Page ? reference.page(doc) : reference.run(doc);
    const digest got = Page ? impl.page(doc) : impl.run(doc);
    if (!(got == want) || want.logs == 0) {
      state.SkipWithError("result differs from flowrun's");
      return;
    }
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return;
  }
  for (auto _ : state) {
    digest d = Page ? impl.page(doc) : impl.run(doc);
    benchmark::DoNotOptimize(d);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * doc.size()));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

BENCHMARK_TEMPLATE(BM_decode, flowrun_impl, false)->Name("run/flowrun");
BENCHMARK_TEMPLATE(BM_decode, simdjson_dom_impl, false)->Name("run/simdjson_dom");
BENCHMARK_TEMPLATE(BM_decode, rapidjson_impl, false)->Name("run/rapidjson");
BENCHMARK_TEMPLATE(BM_decode, boost_impl, false)->Name("run/boost_json");
BENCHMARK_TEMPLATE(BM_decode, nlohmann_impl, false)->Name("run/nlohmann");
BENCHMARK_TEMPLATE(BM_decode, flowrun_impl, true)->Name("page/flowrun");
BENCHMARK_TEMPLATE(BM_decode, simdjson_dom_impl, true)->Name("page/simdjson_dom");
BENCHMARK_TEMPLATE(BM_decode, rapidjson_impl, true)->Name("page/rapidjson");
BENCHMARK_TEMPLATE(BM_decode, boost_impl, true)->Name("page/boost_json");
BENCHMARK_TEMPLATE(BM_decode, nlohmann_impl, true)->Name("page/nlohmann");

// ---- hostile inputs: time must grow linearly with size ---------------------------

std::string run_with_output(const std::string& output) {
  return R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[{"id":"fl_log_a1",)"
         R"("node_id":"n","component_id":null,"status":"success","created_at":"2025-10-31T12:00:00Z","output":)" +
         output + "}]}";
}

template <class Make> void hostile(benchmark::State& state, Make make, bool expect_valid) {
  const std::string doc = make(static_cast<std::size_t>(state.range(0)));
  flowrun::decoder dec;
  if (static_cast<bool>(dec.decode_run(doc)) != expect_valid) {
    state.SkipWithError("unexpected verdict");
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(dec.decode_run(doc));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * doc.size()));
  state.SetComplexityN(state.range(0));
}

void BM_hostile_distinct_keys(benchmark::State& state) {
  hostile(
      state,
      [](std::size_t n) {
        std::string o = "{";
        for (std::size_t i = 0; i < n; ++i) {
          o += i ? ",\"k" : "\"k";
          o += std::to_string(i);
          o += "\":0";
        }
        return run_with_output(o + "}");
      },
      true);
}
void BM_hostile_long_string(benchmark::State& state) {
  hostile(
      state, [](std::size_t n) { return run_with_output("{\"s\":\"" + std::string(n, 'x') + "\"}"); }, true);
}
void BM_hostile_nested_arrays(benchmark::State& state) {
  hostile(
      state, [](std::size_t n) { return run_with_output("{\"a\":" + std::string(n, '[') + std::string(n, ']') + "}"); },
      false);
}
BENCHMARK(BM_hostile_distinct_keys)->RangeMultiplier(4)->Range(1 << 10, 1 << 18)->Complexity(benchmark::oN);
BENCHMARK(BM_hostile_long_string)->RangeMultiplier(8)->Range(1 << 14, 1 << 26)->Complexity(benchmark::oN);
BENCHMARK(BM_hostile_nested_arrays)->RangeMultiplier(4)->Range(1 << 10, 1 << 17)->Complexity(benchmark::oN);

} // namespace

BENCHMARK_MAIN();
