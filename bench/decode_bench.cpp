// flowrun against the JSON libraries people would otherwise use, on the same
// documents, as rows `<corpus>/<impl>`:
//
//   corpora  small   examples/run.json, the API's example (one run, one log)
//            run     one run with 1,000 logs
//            page    a page of 15 runs with 20 logs each
//            ndjson  2,500 runs (0 to 5 logs each), one per line, decoded as a stream
//   impls    flowrun            flowrun::decoder, reused
//            flowrun_boost      flowrun::boost_decoder, reused
//            simdjson_dom       dom::parser parse (ndjson: parse_many) + extraction
//            simdjson_ondemand  On-Demand extraction (ndjson: iterate_many), no extra validation
//            rapidjson          Document::Parse + extraction (ndjson: per line)
//            boost_json         boost::json::parser into a value + extraction (ndjson: per line)
//            nlohmann           json::parse + extraction (ndjson: per line)
//
// Every peer extracts the same typed values a user would (ids, statuses,
// timestamps, nullable fields, numbers, logs, page links and meta) with
// flowrun's own core parsers for the field rules, so only the JSON work
// differs. flowrun also does what the peers do not: every value validated
// (raw `output` included), duplicate keys at any depth, positions kept for
// errors. Every row's result (a digest of what it extracted) is checked
// against flowrun's before it is timed, and reports bytes/s and documents/s;
// the flowrun rows also report allocs_per_doc (operator new calls per
// document in the timed loop, after warm-up).
//
// BM_hostile_* decode hostile inputs at growing sizes and fit the complexity.
//
// Run: build/bench/decode_bench --benchmark_counters_tabular=true
// Chart: bench/chart.py (README, section Benchmarks).
#include <flowrun/boost_json.hpp>
#include <flowrun/flowrun.hpp>

#include "bench_corpus.hpp"

#include <benchmark/benchmark.h>
#include <boost/json.hpp>
#include <nlohmann/json.hpp>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <new>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#define FLOWRUN_BENCH_STRING2(x) #x
#define FLOWRUN_BENCH_STRING(x) FLOWRUN_BENCH_STRING2(x)

// ---- counting allocations ----------------------------------------------------------
// Every replaceable form of operator new counts, on the calling thread (the one
// that decodes; a thread-local increment costs the peers' many allocations
// next to nothing). All of them allocate with malloc so any delete may free.

// GCC pairs the replaced operator new with free() across inlining and warns;
// the pairing is right (both sides are ours), so the warning is off here only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

namespace {
thread_local std::uint64_t t_allocations = 0;

void* allocate(std::size_t n, std::size_t align) {
  ++t_allocations;
  if (n == 0) n = 1;
  for (;;) {
    void* p = nullptr;
    if (align <= alignof(std::max_align_t)) {
      p = std::malloc(n);
    } else if (posix_memalign(&p, std::max(align, sizeof(void*)), n) != 0) {
      p = nullptr;
    }
    if (p) return p;
    std::new_handler h = std::get_new_handler();
    if (!h) throw std::bad_alloc();
    h();
  }
}

void* allocate_nothrow(std::size_t n, std::size_t align) noexcept {
  try {
    return allocate(n, align);
  } catch (...) {
    return nullptr;
  }
}

constexpr std::size_t plain = alignof(std::max_align_t);
} // namespace

void* operator new(std::size_t n) { return allocate(n, plain); }
void* operator new[](std::size_t n) { return allocate(n, plain); }
void* operator new(std::size_t n, std::align_val_t a) { return allocate(n, static_cast<std::size_t>(a)); }
void* operator new[](std::size_t n, std::align_val_t a) { return allocate(n, static_cast<std::size_t>(a)); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return allocate_nothrow(n, plain); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return allocate_nothrow(n, plain); }
void* operator new(std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
  return allocate_nothrow(n, static_cast<std::size_t>(a));
}
void* operator new[](std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
  return allocate_nothrow(n, static_cast<std::size_t>(a));
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { std::free(p); }

namespace {

namespace od = simdjson::ondemand;
namespace dom = simdjson::dom;

// ---- what every implementation extracts --------------------------------------------

// The typed values of each document, folded into sums. Equal digests mean the
// same runs, logs, ids, statuses, instants, nullable fields, numbers and
// decoded (unescaped) error messages.
struct digest {
  std::size_t runs = 0, logs = 0, outputs = 0, links = 0;
  std::size_t id_bytes = 0, text_bytes = 0; // ids; node_id, component_id, meta.path
  std::uint64_t statuses = 0;               // run statuses + 16 x log statuses
  std::uint64_t messages = 0;               // FNV-1a over every error message: its escapes decoded alike
  std::int64_t seconds = 0, nanos = 0;      // every timestamp
  std::int64_t millis = 0;                  // duration_in_seconds x 1000
  std::int64_t meta = 0;                    // the page's meta integers
  bool operator==(const digest&) const = default;
};

std::uint64_t fnv1a(std::uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3u;
  return h;
}

void add_time(digest& d, const flowrun::timestamp& t) {
  d.seconds += t.unix_seconds();
  d.nanos += t.subsecond_nanos();
}

void add_run(digest& d, std::string_view id, flowrun::run_status status, std::optional<std::string_view> message,
             const flowrun::timestamp& started, const std::optional<flowrun::timestamp>& completed,
             std::optional<double> duration) {
  d.runs++;
  d.id_bytes += id.size();
  d.statuses += 1 + static_cast<unsigned>(status);
  d.messages = fnv1a(d.messages ^ 0xcbf29ce484222325u, message.value_or("(null)"));
  add_time(d, started);
  if (completed) add_time(d, *completed);
  if (duration) d.millis += std::llround(*duration * 1000);
}

void add_log(digest& d, std::string_view id, std::string_view node_id, std::optional<std::string_view> component_id,
             flowrun::log_status status, bool output_is_object, const flowrun::timestamp& created) {
  d.logs++;
  d.id_bytes += id.size();
  d.text_bytes += node_id.size() + component_id.value_or("").size();
  d.statuses += 16 * (1 + static_cast<unsigned>(status));
  d.outputs += output_is_object;
  add_time(d, created);
}

// The fields as a peer finds them: text, checked and converted by flowrun's
// core (the same rules flowrun applies), so a peer that misreads a field
// fails its check.
struct run_fields {
  std::string_view id, status, started_at;
  std::optional<std::string_view> error_message, completed_at;
  std::optional<double> duration_in_seconds;
};
struct log_fields {
  std::string_view id, node_id, status, created_at;
  std::optional<std::string_view> component_id;
  bool output_is_object = false;
};

flowrun::timestamp parse_time(std::string_view s) {
  flowrun::timestamp t;
  if (flowrun::timestamp::try_parse(s, t) != flowrun::timestamp_errc::ok) throw std::runtime_error("bad timestamp");
  return t;
}

void add_run(digest& d, const run_fields& f) {
  if (!flowrun::prefixed_id::valid(f.id, flowrun::id_kind::run)) throw std::runtime_error("bad run id");
  const auto status = flowrun::parse_run_status(f.status);
  if (!status) throw std::runtime_error("bad run status");
  std::optional<flowrun::timestamp> completed;
  if (f.completed_at) completed = parse_time(*f.completed_at);
  add_run(d, f.id, *status, f.error_message, parse_time(f.started_at), completed, f.duration_in_seconds);
}

void add_log(digest& d, const log_fields& f) {
  if (!flowrun::prefixed_id::valid(f.id, flowrun::id_kind::log)) throw std::runtime_error("bad log id");
  const auto status = flowrun::parse_log_status(f.status);
  if (!status) throw std::runtime_error("bad log status");
  add_log(d, f.id, f.node_id, f.component_id, *status, f.output_is_object, parse_time(f.created_at));
}

// links (four nullable strings) and meta (six integers and a path) of a page.
struct page_fields {
  std::array<std::optional<std::string_view>, 4> links;
  std::array<std::int64_t, 6> meta{};
  std::string_view path;
};
constexpr std::array<const char*, 4> link_keys = {"first", "last", "prev", "next"};
constexpr std::array<const char*, 6> meta_keys = {"current_page", "from", "last_page", "per_page", "to", "total"};

void add_page(digest& d, const page_fields& p) {
  for (const auto& l : p.links) d.links += l.has_value();
  for (std::int64_t m : p.meta) d.meta += m;
  d.text_bytes += p.path.size();
}

using flowrun_bench::for_each_line; // NDJSON as the peers read it

// ---- implementations ---------------------------------------------------------------
// Each has run(), page() and ndjson() over a std::string whose capacity leaves
// simdjson's padding after the text (so no implementation has to copy it).

// flowrun's two decoders, reused across documents as the README recommends,
// given the padded text as a padded_view (flowrun::decoder reads it in place).
template <class Decoder> struct flowrun_impl {
  Decoder dec;

  static void add(digest& d, const flowrun::workflow_run& r) {
    add_run(d, r.id.str(), r.status, r.error_message, r.started_at, r.completed_at, r.duration_in_seconds);
    for (const flowrun::log_entry& l : r.logs)
      add_log(d, l.id.str(), l.node_id, l.component_id, l.status, l.output && l.output->text.starts_with('{'),
              l.created_at);
  }
  digest run(const std::string& s) {
    auto r = dec.decode_run(flowrun::padded_view(s));
    if (!r) throw std::runtime_error(r.error().message);
    digest d;
    add(d, *r);
    return d;
  }
  digest page(const std::string& s) {
    auto p = dec.decode_run_page(flowrun::padded_view(s));
    if (!p) throw std::runtime_error(p.error().message);
    digest d;
    for (const flowrun::workflow_run& r : p->data) add(d, r);
    const flowrun::page_links& l = p->links;
    const flowrun::page_meta& m = p->meta;
    add_page(d, {{l.first, l.last, l.prev, l.next},
                 {m.current_page.value_or(0), m.from.value_or(0), m.last_page.value_or(0), m.per_page.value_or(0),
                  m.to.value_or(0), m.total.value_or(0)},
                 m.path.value_or("")});
    return d;
  }
  digest ndjson(const std::string& s) {
    digest d;
    for (const auto& item : dec.runs(flowrun::padded_view(s))) {
      if (!item.run) throw std::runtime_error(item.run.error().message);
      add(d, *item.run);
    }
    return d;
  }
};

// Throws on a simdjson error (the checks run before timing; valid input never throws).
void check(simdjson::error_code e) {
  if (e) throw std::runtime_error(simdjson::error_message(e));
}
template <class T, class R> T get(R&& r) {
  T t{};
  check(std::forward<R>(r).get(t));
  return t;
}

struct simdjson_dom_impl {
  dom::parser p;
  // Rows are timed in the CPU time of the benchmark thread: parse_many's
  // helper thread would do work that is not counted.
  simdjson_dom_impl() { p.threaded = false; }

  static std::string_view str(dom::object o, std::string_view k) { return get<std::string_view>(o[k].get_string()); }
  static std::optional<std::string_view> nullable_str(dom::object o, std::string_view k) {
    const dom::element e = get<dom::element>(o[k]);
    if (e.is_null()) return std::nullopt;
    return get<std::string_view>(e.get_string());
  }
  static void add(digest& d, dom::object r) {
    const dom::element duration = get<dom::element>(r["duration_in_seconds"]);
    add_run(d, {str(r, "id"), str(r, "status"), str(r, "started_at"), nullable_str(r, "error_message"),
                nullable_str(r, "completed_at"),
                duration.is_null() ? std::nullopt : std::optional<double>(get<double>(duration.get_double()))});
    for (dom::element le : get<dom::array>(r["logs"].get_array())) {
      const dom::object l = get<dom::object>(le.get_object());
      add_log(d, {str(l, "id"), str(l, "node_id"), str(l, "status"), str(l, "created_at"),
                  nullable_str(l, "component_id"), get<dom::element>(l["output"]).is_object()});
    }
  }
  digest run(const std::string& s) {
    digest d;
    add(d, get<dom::object>(p.parse(s).get_object()));
    return d;
  }
  digest page(const std::string& s) {
    digest d;
    const dom::object root = get<dom::object>(p.parse(s).get_object());
    for (dom::element r : get<dom::array>(root["data"].get_array())) add(d, get<dom::object>(r.get_object()));
    page_fields f;
    const dom::object links = get<dom::object>(root["links"].get_object());
    const dom::object meta = get<dom::object>(root["meta"].get_object());
    for (std::size_t i = 0; i < link_keys.size(); ++i) f.links[i] = nullable_str(links, link_keys[i]);
    for (std::size_t i = 0; i < meta_keys.size(); ++i) f.meta[i] = get<std::int64_t>(meta[meta_keys[i]].get_int64());
    f.path = str(meta, "path");
    add_page(d, f);
    return d;
  }
  digest ndjson(const std::string& s) {
    digest d;
    dom::document_stream docs;
    check(p.parse_many(s.data(), s.size(), dom::DEFAULT_BATCH_SIZE).get(docs));
    for (auto doc : docs) add(d, get<dom::object>(doc.get_object()));
    return d;
  }
};

// On-Demand as its documentation recommends: one pass over each object's
// fields in document order, keys compared raw, values skipped unless wanted.
// It validates only what it touches.
struct simdjson_ondemand_impl {
  od::parser p;
  simdjson_ondemand_impl() { p.threaded = false; } // see simdjson_dom_impl

  static bool is_null(od::value& v) { return get<od::json_type>(v.type()) == od::json_type::null; }
  static std::optional<std::string_view> nullable_str(od::value& v) {
    if (is_null(v)) return std::nullopt;
    return get<std::string_view>(v.get_string());
  }
  static void add(digest& d, od::object r) {
    run_fields f;
    for (auto member : r) {
      od::field field = get<od::field>(std::move(member));
      const od::raw_json_string k = field.key();
      od::value& v = field.value();
      if (k == "id") f.id = get<std::string_view>(v.get_string());
      else if (k == "status") f.status = get<std::string_view>(v.get_string());
      else if (k == "started_at") f.started_at = get<std::string_view>(v.get_string());
      else if (k == "error_message") f.error_message = nullable_str(v);
      else if (k == "completed_at") f.completed_at = nullable_str(v);
      else if (k == "duration_in_seconds") {
        if (!is_null(v)) f.duration_in_seconds = get<double>(v.get_double());
      } else if (k == "logs") {
        for (auto element : get<od::array>(v.get_array())) add_log_object(d, get<od::object>(element.get_object()));
      }
    }
    add_run(d, f);
  }
  static void add_log_object(digest& d, od::object l) {
    log_fields f;
    for (auto member : l) {
      od::field field = get<od::field>(std::move(member));
      const od::raw_json_string k = field.key();
      od::value& v = field.value();
      if (k == "id") f.id = get<std::string_view>(v.get_string());
      else if (k == "node_id") f.node_id = get<std::string_view>(v.get_string());
      else if (k == "status") f.status = get<std::string_view>(v.get_string());
      else if (k == "created_at") f.created_at = get<std::string_view>(v.get_string());
      else if (k == "component_id") f.component_id = nullable_str(v);
      else if (k == "output") f.output_is_object = get<od::json_type>(v.type()) == od::json_type::object;
    }
    add_log(d, f);
  }
  static simdjson::padded_string_view padded(const std::string& s) {
    return simdjson::padded_string_view(s.data(), s.size(), s.capacity());
  }
  digest run(const std::string& s) {
    digest d;
    od::document doc = get<od::document>(p.iterate(padded(s)));
    add(d, get<od::object>(doc.get_object()));
    return d;
  }
  digest page(const std::string& s) {
    digest d;
    page_fields f;
    od::document doc = get<od::document>(p.iterate(padded(s)));
    for (auto member : get<od::object>(doc.get_object())) {
      od::field field = get<od::field>(std::move(member));
      const od::raw_json_string k = field.key();
      od::value& v = field.value();
      if (k == "data") {
        for (auto element : get<od::array>(v.get_array())) add(d, get<od::object>(element.get_object()));
      } else if (k == "links") {
        for (auto link : get<od::object>(v.get_object())) {
          od::field lf = get<od::field>(std::move(link));
          for (std::size_t i = 0; i < link_keys.size(); ++i)
            if (lf.key() == link_keys[i]) f.links[i] = nullable_str(lf.value());
        }
      } else if (k == "meta") {
        for (auto m : get<od::object>(v.get_object())) {
          od::field mf = get<od::field>(std::move(m));
          if (mf.key() == "path") f.path = get<std::string_view>(mf.value().get_string());
          for (std::size_t i = 0; i < meta_keys.size(); ++i)
            if (mf.key() == meta_keys[i]) f.meta[i] = get<std::int64_t>(mf.value().get_int64());
        }
      }
    }
    add_page(d, f);
    return d;
  }
  digest ndjson(const std::string& s) {
    digest d;
    od::document_stream docs;
    check(p.iterate_many(s.data(), s.size(), od::DEFAULT_BATCH_SIZE).get(docs));
    for (auto doc : docs) {
      od::document_reference ref = get<od::document_reference>(std::move(doc));
      add(d, get<od::object>(ref.get_object()));
    }
    return d;
  }
};

// A fresh Document per document, as RapidJSON's documentation shows (a reused
// Document keeps growing its memory pool). UTF-8 is validated, as simdjson does.
struct rapidjson_impl {
  using value = rapidjson::Value;
  static constexpr unsigned flags = rapidjson::kParseValidateEncodingFlag;

  static const value& at(const value& o, const char* k) {
    if (!o.IsObject()) throw std::runtime_error("not an object");
    auto it = o.FindMember(k);
    if (it == o.MemberEnd()) throw std::runtime_error(k);
    return it->value;
  }
  static std::string_view str(const value& v) {
    if (!v.IsString()) throw std::runtime_error("not a string");
    return {v.GetString(), v.GetStringLength()};
  }
  static std::optional<std::string_view> nullable_str(const value& v) {
    if (v.IsNull()) return std::nullopt;
    return str(v);
  }
  static std::int64_t integer(const value& v) {
    if (!v.IsInt64()) throw std::runtime_error("not an integer");
    return v.GetInt64();
  }
  static void add(digest& d, const value& r) {
    const value& duration = at(r, "duration_in_seconds");
    if (!duration.IsNull() && !duration.IsNumber()) throw std::runtime_error("duration");
    add_run(d, {str(at(r, "id")), str(at(r, "status")), str(at(r, "started_at")), nullable_str(at(r, "error_message")),
                nullable_str(at(r, "completed_at")),
                duration.IsNull() ? std::nullopt : std::optional<double>(duration.GetDouble())});
    const value& logs = at(r, "logs");
    if (!logs.IsArray()) throw std::runtime_error("logs");
    for (const value& l : logs.GetArray())
      add_log(d, {str(at(l, "id")), str(at(l, "node_id")), str(at(l, "status")), str(at(l, "created_at")),
                  nullable_str(at(l, "component_id")), at(l, "output").IsObject()});
  }
  static void parse(rapidjson::Document& doc, std::string_view s) {
    doc.Parse<flags>(s.data(), s.size());
    if (doc.HasParseError()) throw std::runtime_error(rapidjson::GetParseError_En(doc.GetParseError()));
  }
  digest run(const std::string& s) {
    rapidjson::Document doc;
    parse(doc, s);
    digest d;
    add(d, doc);
    return d;
  }
  digest page(const std::string& s) {
    rapidjson::Document doc;
    parse(doc, s);
    digest d;
    const value& data = at(doc, "data");
    if (!data.IsArray()) throw std::runtime_error("data");
    for (const value& r : data.GetArray()) add(d, r);
    page_fields f;
    const value &links = at(doc, "links"), &meta = at(doc, "meta");
    for (std::size_t i = 0; i < link_keys.size(); ++i) f.links[i] = nullable_str(at(links, link_keys[i]));
    for (std::size_t i = 0; i < meta_keys.size(); ++i) f.meta[i] = integer(at(meta, meta_keys[i]));
    f.path = str(at(meta, "path"));
    add_page(d, f);
    return d;
  }
  digest ndjson(const std::string& s) {
    digest d;
    for_each_line(s, [&](std::string_view line) {
      rapidjson::Document doc;
      parse(doc, line);
      add(d, doc);
    });
    return d;
  }
};

// boost::json::parse, with the parser (its temporary buffers) reused.
struct boost_json_impl {
  boost::json::parser p;

  static std::string_view str(const boost::json::value& v) {
    const boost::json::string& s = v.as_string();
    return {s.data(), s.size()};
  }
  static std::optional<std::string_view> nullable_str(const boost::json::value& v) {
    if (v.is_null()) return std::nullopt;
    return str(v);
  }
  static void add(digest& d, const boost::json::object& r) {
    const boost::json::value& duration = r.at("duration_in_seconds");
    add_run(d, {str(r.at("id")), str(r.at("status")), str(r.at("started_at")), nullable_str(r.at("error_message")),
                nullable_str(r.at("completed_at")),
                duration.is_null() ? std::nullopt : std::optional<double>(duration.to_number<double>())});
    for (const boost::json::value& lv : r.at("logs").as_array()) {
      const boost::json::object& l = lv.as_object();
      add_log(d, {str(l.at("id")), str(l.at("node_id")), str(l.at("status")), str(l.at("created_at")),
                  nullable_str(l.at("component_id")), l.at("output").is_object()});
    }
  }
  boost::json::value parse(std::string_view s) {
    p.reset();
    p.write(s.data(), s.size());
    return p.release();
  }
  digest run(const std::string& s) {
    digest d;
    const boost::json::value v = parse(s);
    add(d, v.as_object());
    return d;
  }
  digest page(const std::string& s) {
    digest d;
    const boost::json::value v = parse(s);
    const boost::json::object& root = v.as_object();
    for (const boost::json::value& r : root.at("data").as_array()) add(d, r.as_object());
    page_fields f;
    const boost::json::object &links = root.at("links").as_object(), &meta = root.at("meta").as_object();
    for (std::size_t i = 0; i < link_keys.size(); ++i) f.links[i] = nullable_str(links.at(link_keys[i]));
    for (std::size_t i = 0; i < meta_keys.size(); ++i) f.meta[i] = meta.at(meta_keys[i]).to_number<std::int64_t>();
    f.path = str(meta.at("path"));
    add_page(d, f);
    return d;
  }
  digest ndjson(const std::string& s) {
    digest d;
    for_each_line(s, [&](std::string_view line) {
      const boost::json::value v = parse(line);
      add(d, v.as_object());
    });
    return d;
  }
};

struct nlohmann_impl {
  using json = nlohmann::json;
  static std::string_view str(const json& v) { return v.get_ref<const std::string&>(); }
  static std::optional<std::string_view> nullable_str(const json& v) {
    if (v.is_null()) return std::nullopt;
    return str(v);
  }
  static void add(digest& d, const json& r) {
    const json& duration = r.at("duration_in_seconds");
    add_run(d, {str(r.at("id")), str(r.at("status")), str(r.at("started_at")), nullable_str(r.at("error_message")),
                nullable_str(r.at("completed_at")),
                duration.is_null() ? std::nullopt : std::optional<double>(duration.get<double>())});
    for (const json& l : r.at("logs"))
      add_log(d, {str(l.at("id")), str(l.at("node_id")), str(l.at("status")), str(l.at("created_at")),
                  nullable_str(l.at("component_id")), l.at("output").is_object()});
  }
  digest run(const std::string& s) {
    digest d;
    add(d, json::parse(s));
    return d;
  }
  digest page(const std::string& s) {
    digest d;
    const json root = json::parse(s);
    for (const json& r : root.at("data")) add(d, r);
    page_fields f;
    const json &links = root.at("links"), &meta = root.at("meta");
    for (std::size_t i = 0; i < link_keys.size(); ++i) f.links[i] = nullable_str(links.at(link_keys[i]));
    for (std::size_t i = 0; i < meta_keys.size(); ++i) f.meta[i] = meta.at(meta_keys[i]).get<std::int64_t>();
    f.path = str(meta.at("path"));
    add_page(d, f);
    return d;
  }
  digest ndjson(const std::string& s) {
    digest d;
    for_each_line(s, [&](std::string_view line) { add(d, json::parse(line.begin(), line.end())); });
    return d;
  }
};

// ---- corpora (bench_corpus.hpp) --------------------------------------------------------

using flowrun_bench::make_page;
using flowrun_bench::make_run;
using flowrun_bench::read_example;

using flowrun_bench::make_ndjson;
using flowrun_bench::ndjson_max_logs;
using flowrun_bench::ndjson_runs;

enum class shape { run, page, ndjson };

struct corpus {
  std::string name;
  shape kind;
  std::string text;          // capacity leaves simdjson's padding after the text
  std::size_t documents = 0; // a run (small, run), a page, one NDJSON line
  std::size_t runs = 0, logs = 0;
  digest want;       // flowrun's result, which every row must match before it is timed
  std::string error; // why the corpus cannot be benchmarked, if it cannot
};

std::string padded(const std::string& s) {
  std::string p;
  p.reserve(s.size() + simdjson::SIMDJSON_PADDING);
  p += s;
  return p;
}

template <class Impl> digest decode(Impl& impl, const corpus& c) {
  switch (c.kind) {
  case shape::run: return impl.run(c.text);
  case shape::page: return impl.page(c.text);
  case shape::ndjson: break;
  }
  return impl.ndjson(c.text);
}

// The reference: flowrun's digest, with the counts the generator knows, and
// every document accepted in strict mode too (the corpus is complete API data).
void settle(corpus& c) {
  try {
    flowrun_impl<flowrun::decoder> reference;
    c.want = decode(reference, c);
    if (c.want.runs != c.runs || c.want.logs != c.logs)
      throw std::runtime_error("flowrun found " + std::to_string(c.want.runs) + " runs and " +
                               std::to_string(c.want.logs) + " logs");
    flowrun::decoder strict({.mode = flowrun::decode_mode::strict});
    bool ok = true;
    if (c.kind == shape::run) ok = static_cast<bool>(strict.decode_run(c.text));
    if (c.kind == shape::page) ok = static_cast<bool>(strict.decode_run_page(c.text));
    if (c.kind == shape::ndjson)
      for_each_line(c.text, [&](std::string_view line) { ok = ok && strict.decode_run(line); });
    if (!ok) throw std::runtime_error("strict mode rejects it");
  } catch (const std::exception& e) {
    c.error = "corpus " + c.name + ": " + e.what();
  }
}

std::vector<corpus> make_corpora() {
  std::vector<corpus> cs;
  auto add = [&](std::string name, shape kind, const std::string& text, std::size_t documents, std::size_t runs,
                 std::size_t logs) {
    cs.push_back({std::move(name), kind, padded(text), documents, runs, logs, {}, {}});
    settle(cs.back());
  };
  std::string small;
  try {
    small = read_example("run.json");
  } catch (const std::exception& e) {
    small = "{}"; // reported by settle
  }
  add("small", shape::run, small, 1, 1, 1);
  add("run", shape::run, make_run(1000, 1), 1, 1, 1000);
  add("page", shape::page, make_page(15, 20), 1, 15, 15 * 20);
  std::size_t ndjson_logs = 0;
  for (int i = 0; i < ndjson_runs; ++i) ndjson_logs += static_cast<std::size_t>(i % (ndjson_max_logs + 1));
  add("ndjson", shape::ndjson, make_ndjson(), ndjson_runs, ndjson_runs, ndjson_logs);
  return cs;
}

// ---- corpus rows ---------------------------------------------------------------------

template <class Impl> void decode_row(benchmark::State& state, const corpus& c, bool count_allocations) {
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  Impl impl;
  try {
    // Checked twice: the second decode also shows that reuse changes nothing,
    // and both warm the implementation up, so the timed loop sees steady state.
    for (int i = 0; i < 2; ++i)
      if (!(decode(impl, c) == c.want)) {
        state.SkipWithError("result differs from flowrun's");
        return;
      }
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return;
  }
  const std::uint64_t allocations_before = t_allocations;
  for (auto _ : state) {
    digest d = decode(impl, c);
    benchmark::DoNotOptimize(d);
  }
  const std::uint64_t allocations = t_allocations - allocations_before;
  const auto docs = static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(c.documents);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(c.text.size()));
  state.SetItemsProcessed(docs);
  if (count_allocations)
    state.counters["allocs_per_doc"] = static_cast<double>(allocations) / static_cast<double>(std::max<std::int64_t>(docs, 1));
}

template <class Impl> void add_row(const corpus& c, const char* impl, bool count_allocations = false) {
  const std::string name = c.name + "/" + impl;
  benchmark::RegisterBenchmark(name.c_str(), [&c, count_allocations](benchmark::State& state) {
    decode_row<Impl>(state, c, count_allocations);
  });
}

// The floor every row sits above: simdjson's stage 1 alone (UTF-8 validation
// and the index of structural tokens) over each document flowrun decodes, every
// line of the NDJSON corpus included, through the interface flowrun's decoder
// calls. Stage 1 reads each document's last partial block through its own
// padded copy, so documents need no padding of their own here.
void stage1_row(benchmark::State& state, const corpus& c) {
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  std::vector<std::string_view> docs;
  if (c.kind == shape::ndjson)
    for_each_line(c.text, [&](std::string_view line) { docs.push_back(line); });
  else
    docs.push_back(c.text);
  std::size_t largest = 0;
  for (std::string_view d : docs) largest = std::max(largest, d.size());
  const auto parser = flowrun::detail::simdjson_compat::make_parser(largest, 1);
  if (!parser) {
    state.SkipWithError("simdjson could not allocate its index");
    return;
  }
  const auto stage1 = [&](std::string_view d) {
    return parser->stage1(reinterpret_cast<const std::uint8_t*>(d.data()), d.size(), simdjson::stage1_mode::regular);
  };
  for (std::string_view d : docs)
    if (stage1(d) != simdjson::SUCCESS) {
      state.SkipWithError("stage 1 rejects a document");
      return;
    }
  std::size_t tokens = 0;
  for (auto _ : state) {
    for (std::string_view d : docs) {
      benchmark::DoNotOptimize(stage1(d));
      tokens += parser->n_structural_indexes;
    }
  }
  benchmark::DoNotOptimize(tokens);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(c.text.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(c.documents));
}

void register_corpus_rows(const std::vector<corpus>& corpora) {
  for (const corpus& c : corpora) {
    if (c.text.capacity() - c.text.size() < simdjson::SIMDJSON_PADDING) throw std::logic_error("corpus not padded");
    add_row<flowrun_impl<flowrun::decoder>>(c, "flowrun", true);
    add_row<flowrun_impl<flowrun::boost_decoder>>(c, "flowrun_boost", true);
    add_row<simdjson_dom_impl>(c, "simdjson_dom");
    add_row<simdjson_ondemand_impl>(c, "simdjson_ondemand");
    add_row<rapidjson_impl>(c, "rapidjson");
    add_row<boost_json_impl>(c, "boost_json");
    add_row<nlohmann_impl>(c, "nlohmann");
    const std::string floor_name = c.name + "/simdjson_stage1";
    benchmark::RegisterBenchmark(floor_name.c_str(), [&c](benchmark::State& state) { stage1_row(state, c); });
  }
}

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

// Many short keys in one object.
void BM_hostile_many_keys(benchmark::State& state) {
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

// ---- keys that collide under std::hash<std::string_view> --------------------------
// libstdc++ hashes a string_view with MurmurHash64A (std::_Hash_bytes), which
// mixes each 8-byte block k as f(k) = shift_mix(k * m) * m and updates the
// state h = (h ^ f(k)) * m. f is invertible. If f(a') = f(a) ^ 2^63, then
// "a a" and "a' a'" leave the same state for every h: bit 63 flipped before a
// multiplication by an odd m is bit 63 flipped after it, and the second block
// flips it back. So the 2^n concatenations of n segments, each "a a" or
// "a' a'", all have the same length and the same hash, whatever the seed.
//
// a' - a is always +-0x71581a64e6430000 (mod 2^64), which moves a printable
// top byte out of ASCII, so no all-ASCII pair exists. The pair below was found
// by random search over 8-byte blocks of whole UTF-8 characters (1 in about
// 2,500 tries): both blocks are valid UTF-8 with no quote, backslash or
// control character, so every key is a valid JSON key as written.
constexpr std::uint64_t murmur_m = 0xc6a4a7935bd1e995u;
constexpr std::uint64_t shift_mix(std::uint64_t v) { return v ^ (v >> 47); }
constexpr std::uint64_t murmur_mix(std::uint64_t k) { return shift_mix(k * murmur_m) * murmur_m; }
constexpr std::uint64_t little_endian(std::string_view block) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < 8; ++i) v |= std::uint64_t{static_cast<unsigned char>(block[i])} << (8 * i);
  return v;
}
constexpr std::string_view block_a = "(A{H\xda\x85\xc5\x99"; // "(A{H" U+0685 U+0159
constexpr std::string_view block_b = "(A8bukm(";
static_assert(block_a.size() == 8 && block_b.size() == 8);
static_assert((murmur_mix(little_endian(block_a)) ^ murmur_mix(little_endian(block_b))) == std::uint64_t{1} << 63);

constexpr std::size_t key_segments = 16;                      // 2^16 keys: the largest size
constexpr std::size_t key_bytes = key_segments * 2 * 8;       // 256 bytes, colliding and distinct alike
constexpr std::int64_t keys_min = 1 << 12, keys_max = 1 << 16; // both key benchmarks run these sizes
static_assert(keys_max <= std::int64_t{1} << key_segments);

// Throws unless the keys are pairwise distinct; sorted, since a hash set of
// colliding keys would itself be quadratic.
void require_distinct(const std::vector<std::string>& keys) {
  std::vector<std::string_view> sorted(keys.begin(), keys.end());
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) throw std::logic_error("repeated key");
}

const std::vector<std::string>& colliding_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> k(std::size_t{1} << key_segments);
    for (std::size_t i = 0; i < k.size(); ++i)
      for (std::size_t s = 0; s < key_segments; ++s) {
        const std::string_view block = (i >> s & 1) ? block_b : block_a;
        k[i].append(block).append(block);
      }
    // What this benchmark claims: if the construction stopped colliding (say,
    // another standard library), it must not go on measuring something else.
    const std::size_t h = std::hash<std::string_view>{}(k[0]);
    for (const std::string& key : k)
      if (key.size() != key_bytes || std::hash<std::string_view>{}(key) != h)
        throw std::logic_error("the colliding keys do not collide under std::hash<std::string_view>");
    require_distinct(k);
    return k;
  }();
  return keys;
}

// Random keys of the same length from printable ASCII (no quote or backslash).
const std::vector<std::string>& distinct_keys() {
  static const std::vector<std::string> keys = [] {
    std::mt19937_64 rng(20251031); // the standard fixes its output: the same keys everywhere
    std::vector<std::string> k(std::size_t{1} << key_segments, std::string(key_bytes, ' '));
    for (std::string& key : k)
      for (char& c : key) {
        do c = static_cast<char>(0x20 + rng() % 95);
        while (c == '"' || c == '\\');
      }
    require_distinct(k);
    return k;
  }();
  return keys;
}

// A run whose unknown field "x" holds the first n keys; with `repeat`, the
// first key once more at the end.
std::string run_with_keys(const std::vector<std::string>& keys, std::size_t n, bool repeat) {
  std::string s = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","x":{)";
  s.reserve(s.size() + (n + 1) * (key_bytes + 5) + 2);
  for (std::size_t i = 0; i <= n; ++i) {
    if (i == n && !repeat) break;
    if (i) s += ',';
    s += '"';
    s += keys[i % n];
    s += "\":0";
  }
  return s + "}}";
}

void hostile_keys(benchmark::State& state, const std::vector<std::string>& keys) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const std::string doc = run_with_keys(keys, n, false);
  flowrun::decoder dec;
  if (!dec.decode_run(doc)) {
    state.SkipWithError("distinct keys reported as duplicates");
    return;
  }
  // The duplicate check these keys stress must still work: a repeat of the
  // first key after all the others is found.
  auto repeated = dec.decode_run(run_with_keys(keys, n, true));
  if (repeated || repeated.error().code != flowrun::error_code::duplicate_key) {
    state.SkipWithError("a repeated key was not reported");
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(dec.decode_run(doc));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * doc.size()));
  state.SetComplexityN(state.range(0));
}

void BM_hostile_colliding_keys(benchmark::State& state) { hostile_keys(state, colliding_keys()); }
void BM_hostile_distinct_keys(benchmark::State& state) { hostile_keys(state, distinct_keys()); }

void register_hostile_rows() {
  benchmark::RegisterBenchmark("BM_hostile_colliding_keys", BM_hostile_colliding_keys)
      ->RangeMultiplier(4)
      ->Range(keys_min, keys_max)
      ->Complexity();
  benchmark::RegisterBenchmark("BM_hostile_distinct_keys", BM_hostile_distinct_keys)
      ->RangeMultiplier(4)
      ->Range(keys_min, keys_max)
      ->Complexity();
  benchmark::RegisterBenchmark("BM_hostile_many_keys", BM_hostile_many_keys)
      ->RangeMultiplier(4)
      ->Range(1 << 10, 1 << 18)
      ->Complexity(benchmark::oN);
  benchmark::RegisterBenchmark("BM_hostile_long_string", BM_hostile_long_string)
      ->RangeMultiplier(8)
      ->Range(1 << 14, 1 << 26)
      ->Complexity(benchmark::oN);
  benchmark::RegisterBenchmark("BM_hostile_nested_arrays", BM_hostile_nested_arrays)
      ->RangeMultiplier(4)
      ->Range(1 << 10, 1 << 17)
      ->Complexity(benchmark::oN);
}

// ---- context for the reader of the results ---------------------------------------------

std::string cpu_model() {
  std::ifstream f("/proc/cpuinfo");
  for (std::string line; std::getline(f, line);)
    if (line.starts_with("model name")) return line.substr(line.find(':') + 2);
  return "unknown";
}

void add_context(const std::vector<corpus>& corpora) {
#if defined(__clang__)
  benchmark::AddCustomContext("compiler", "clang " __clang_version__);
#elif defined(__GNUC__)
  benchmark::AddCustomContext("compiler", "g++ " __VERSION__);
#endif
  benchmark::AddCustomContext("build", FLOWRUN_BENCH_BUILD_CONTEXT);
#if defined(FLOWRUN_BENCH_NATIVE)
  benchmark::AddCustomContext("flags", "-march=native");
#else
  benchmark::AddCustomContext("flags", "default target (no -march)");
#endif
  benchmark::AddCustomContext("cpu_model", cpu_model());
  // Stage 1 (DOM and On-Demand alike) is chosen at run time; the On-Demand
  // code inlined here (flowrun's walk, the simdjson_ondemand row) is compiled
  // for the kernel that the compiler's -march allows.
  benchmark::AddCustomContext("simdjson", std::to_string(simdjson::SIMDJSON_VERSION_MAJOR) + "." +
                                              std::to_string(simdjson::SIMDJSON_VERSION_MINOR) + "." +
                                              std::to_string(simdjson::SIMDJSON_VERSION_REVISION) + ", stage 1 " +
                                              simdjson::get_active_implementation()->name() + ", On-Demand " +
                                              FLOWRUN_BENCH_STRING(SIMDJSON_BUILTIN_IMPLEMENTATION));
  for (const corpus& c : corpora)
    benchmark::AddCustomContext("corpus_" + c.name, std::to_string(c.text.size()) + " bytes, " +
                                                        std::to_string(c.documents) + " documents, " +
                                                        std::to_string(c.runs) + " runs, " +
                                                        std::to_string(c.logs) + " logs");
}

// A counter that never counts would report 0 allocations for anything.
bool allocation_counter_counts() {
  const std::uint64_t before = t_allocations;
  for (int i = 0; i < 10; ++i) {
    int* volatile p = new int(i);
    delete p;
  }
  return t_allocations - before == 10;
}

} // namespace

int main(int argc, char** argv) {
  if (!allocation_counter_counts()) {
    std::fputs("decode_bench: the operator new counter does not count\n", stderr);
    return 1;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  static const std::vector<corpus> corpora = make_corpora(); // rows keep references
  register_corpus_rows(corpora);
  register_hostile_rows();
  add_context(corpora);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
