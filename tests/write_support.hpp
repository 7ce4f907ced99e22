// Shared by the writer's tests (write_test.cpp, write_boost_test.cpp): valid documents
// beyond the examples, and the comparisons the round-trip properties need.
#ifndef FLOWRUN_TESTS_WRITE_SUPPORT_HPP
#define FLOWRUN_TESTS_WRITE_SUPPORT_HPP

#include <flowrun/timestamp.hpp>
#include <flowrun/types.hpp>

#include "corpus.hpp"
#include "support.hpp"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace flowrun_test {

using kind = flowrun_corpus::doc_kind;

// A run that uses every field, the older API's included.
inline const std::string kFull =
    R"({"id":"fl_run_a1","status":"failed","trigger_payload":{ "a" : [ 1 , 2 ] },"error_message":"boom",)"
    R"("started_at":"2025-10-31T12:00:00.000000Z","completed_at":"2025-10-31T12:00:05.25Z","duration_in_seconds":5.25,)"
    R"("created_at":"2025-10-31t11:59:59z","workflow":{"id":"fl_w1","nodes":[]},"logs":[)"
    R"({"id":"fl_log_a","execution_id":"fl_run_a1","node_id":"n1","component_id":"webhook","status":"error",)"
    R"("output":{"status":503},"created_at":"2025-10-31T13:00:05+01:00"}]})";

// Handcrafted valid documents: edges of strings, numbers, timestamps, raw values, absent
// and null fields, in compatible mode (the strict ones are marked by the decode below).
struct doc {
  kind k;
  std::string text;
};

inline std::vector<doc> handcrafted() {
  std::string deep = R"({"id":"fl_run_d","status":"running","started_at":"2025-10-31T12:00:00Z","x":)";
  deep += std::string(200, '[') + std::string(200, ']') + "}";
  std::vector<doc> docs = {
      {kind::run, flowrun_test::kRun},
      {kind::run, kFull},
      {kind::run, R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z"})"},
      {kind::run, R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[]})"},
      // Strings that need escaping, and some that must stay as they are.
      {kind::run, R"({"id":"fl_run_a","status":"failed","error_message":"q\" b\\ s\/ \b\f\n\r\t \u0000\u001f\u007f)"
                  R"( \u00e9 é \u2028 \ud83d\ude00 😀 \uffff","started_at":"2025-10-31T12:00:00Z","logs":[)"
                  R"({"id":"fl_log_a","node_id":"n\"1","component_id":"","status":"warning",)"
                  R"("output":{"k\"ey":"v\u00e9\/\n","n":[1e400,-0.0,123456789012345678901234567890,1E+2,0e0],)"
                  R"("t":true,"f":false,"z":null,"e":{},"a":[],"s":"  spaces  inside  "},)"
                  R"("created_at":"2025-10-31T12:00:00Z"}]})"},
      // Numbers at the edges of double.
      {kind::run,
       R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z","duration_in_seconds":1e-7})"},
      {kind::run,
       R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z","duration_in_seconds":-0})"},
      {kind::run,
       R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z","duration_in_seconds":1e-400})"},
      {kind::run, R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z",)"
                  R"("duration_in_seconds":1.7976931348623157e308})"},
      {kind::run,
       R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z","duration_in_seconds":0.1})"},
      {kind::run, R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z",)"
                  R"("duration_in_seconds":9007199254740993})"},
      // Timestamps spelled every way, more than nine fraction digits included.
      {kind::run, R"({"id":"fl_run_a","status":"completed","started_at":"1998-12-31T15:59:60.123-08:00",)"
                  R"("completed_at":"2025-10-31t12:00:00.1234567891234z","created_at":"2024-01-01T12:00:00-00:00"})"},
      // Raw values laid out every way.
      {kind::run, "{\"id\":\"fl_run_a\",\"status\":\"running\",\"started_at\":\"2025-10-31T12:00:00Z\",\"workflow\":\n"
                  "\t{ \"a\" :\r\n [ { } , [ ] , { \"b\" : [ 1 ,\n2 ] } ] , \"c\" : \"\\\" , [ ] { }\" }\n}"},
      {kind::run, deep},
      {kind::logs, example("logs.json")},
      {kind::logs, "[]"},
      {kind::logs, R"([{"id":"fl_log_a","node_id":"n","status":"success","created_at":"2025-10-31T12:00:00Z"}])"},
      {kind::page, R"({"data":[]})"},
      {kind::page,
       R"({"data":[],"links":{"first":"a\/b","next":"\u00e9"},"meta":{"per_page":2.0,"total":1e1,"from":null}})"},
      {kind::page, R"({"data":[)" + flowrun_test::kRun + "," + kFull +
                       R"(],"links":{"first":null,"last":null,"prev":null,"next":null},"meta":{"current_page":1,)"
                       R"("from":1,"last_page":1,"path":"p","per_page":15,"to":2,"total":2}})"},
  };
  for (const char* name : {"run.json", "run-legacy.json"}) docs.push_back({kind::run, example(name)});
  docs.push_back({kind::page, example("page.json")});
  return docs;
}

// True when `text` has no white space outside strings.
inline bool is_compact(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
    } else if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
      return false;
    }
  }
  return true;
}

// White space outside strings removed: what the writer may change in a raw value (the
// spec of compact raw values, written independently of the writer).
inline std::string minify(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') {
      const std::size_t start = i;
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
      out.append(text, start, i + 1 - start);
    } else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r') {
      out += text[i];
    }
  }
  return out;
}

// A copy of a value whose raw values are minified, for comparisons: decoded values keep raw
// JSON as written, and the writer's only change to it is insignificant white space.
class normalizer {
public:
  flowrun::raw_json raw(flowrun::raw_json r) { return {texts_.emplace_back(minify(r.text))}; }
  flowrun::unknown_members members(flowrun::unknown_members in) {
    std::vector<flowrun::unknown_member>& out = members_.emplace_back(in.begin(), in.end());
    for (flowrun::unknown_member& m : out) m.value = raw(m.value);
    return out;
  }
  flowrun::log_list logs(flowrun::log_list in) {
    std::vector<flowrun::log_entry>& out = logs_.emplace_back(in.begin(), in.end());
    for (flowrun::log_entry& l : out) {
      if (l.output) l.output = raw(*l.output);
      l.unknown = members(l.unknown);
    }
    return out;
  }
  flowrun::workflow_run run(flowrun::workflow_run r) {
    if (r.trigger_payload) r.trigger_payload = raw(*r.trigger_payload);
    if (r.workflow) r.workflow = raw(*r.workflow);
    r.logs = logs(r.logs);
    r.unknown = members(r.unknown);
    return r;
  }
  flowrun::run_page page(flowrun::run_page p) {
    std::vector<flowrun::workflow_run>& out = runs_.emplace_back();
    for (const flowrun::workflow_run& r : p.data) out.push_back(run(r));
    p.data = out;
    p.unknown = members(p.unknown);
    p.links.unknown = members(p.links.unknown);
    p.meta.unknown = members(p.meta.unknown);
    return p;
  }
  template <class T> T operator()(const T& v) {
    if constexpr (std::is_same_v<T, flowrun::workflow_run>)
      return run(v);
    else if constexpr (std::is_same_v<T, flowrun::run_page>)
      return page(v);
    else
      return logs(v);
  }

private:
  std::deque<std::string> texts_;
  std::deque<std::vector<flowrun::log_entry>> logs_;
  std::deque<std::vector<flowrun::workflow_run>> runs_;
  std::deque<std::vector<flowrun::unknown_member>> members_;
};

// Every timestamp of a value as spelled (operator== compares instants only).
inline void spellings(std::string& out, const flowrun::timestamp& t) {
  t.format_exact_to(std::back_inserter(out));
  out += ' ';
}
inline void spellings(std::string& out, const std::optional<flowrun::timestamp>& t) {
  if (t) spellings(out, *t);
}
inline void spellings(std::string& out, flowrun::log_list logs) {
  for (const auto& l : logs) spellings(out, l.created_at);
}
inline void spellings(std::string& out, const flowrun::workflow_run& r) {
  spellings(out, r.started_at);
  spellings(out, r.completed_at);
  spellings(out, r.created_at);
  spellings(out, r.logs);
}
inline void spellings(std::string& out, const flowrun::run_page& p) {
  for (const auto& r : p.data) spellings(out, r);
}
template <class T> std::string spellings(const T& v) {
  std::string out;
  spellings(out, v);
  return out;
}

template <class T> bool equal_values(const T& a, const T& b) {
  normalizer n;
  if constexpr (std::is_same_v<T, flowrun::log_list>)
    return std::ranges::equal(n(a), n(b));
  else
    return n(a) == n(b);
}

/// The value of environment variable `name` as a count, or `fallback`.
inline std::size_t env_size(const char* name, std::size_t fallback) {
  const char* v = std::getenv(name);
  return v ? static_cast<std::size_t>(std::strtoull(v, nullptr, 10)) : fallback;
}

} // namespace flowrun_test

#endif
