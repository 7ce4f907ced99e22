// The value types: owned<T> copies that outlive the decoder and the input,
// operator== of every value type, document kinds, and the number grammar and
// conversions of detail/number.hpp.
#include <flowrun/types.hpp>

#include <flowrun/detail/number.hpp>
#include <flowrun/detail/values.hpp>
#include <flowrun/document.hpp>
#include <flowrun/simdjson.hpp>

#include "support.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace {

using flowrun::log_status;
using flowrun::run_status;
using flowrun_test::cat;

// A run that uses every kind of view: ids, an escaped error message (unescaped
// into the parser's own buffer, not the input), raw JSON, nullable strings, an
// execution id, two logs.
const std::string kRun =
    R"({"id":"fl_run_r1a2","status":"failed","error_message":"bo\"om\u00e9",)"
    R"("started_at":"2025-10-31T12:00:00.000000Z","completed_at":"2025-10-31T12:00:05.5Z",)"
    R"("duration_in_seconds":5.5,"logs":[)"
    R"({"id":"fl_log_l1","node_id":"n1","component_id":"webhook","status":"success",)"
    R"("output":{"status":200,"body":{"m":"ok"}},"created_at":"2025-10-31T12:00:01Z","execution_id":"fl_run_r1a2"},)"
    R"({"id":"fl_log_l2","node_id":"node_2","component_id":null,"status":"error","output":{"e":"\u00e9"},)"
    R"("created_at":"2025-10-31T13:00:02+01:00"}],)"
    R"("trigger_payload":{"k":[1,2]},"created_at":"2025-10-31T11:59:59Z","workflow":{"name":"w"}})";

const std::string kPage =
    R"({"data":[)"
    R"({"id":"fl_run_p1","status":"completed","error_message":null,"started_at":"2025-10-31T12:00:00Z",)"
    R"("completed_at":"2025-10-31T12:00:01Z","duration_in_seconds":1,"logs":[)"
    R"({"id":"fl_log_a","node_id":"n1","component_id":"c","status":"success","output":{},"created_at":"2025-10-31T12:00:00Z"},)"
    R"({"id":"fl_log_b","node_id":"n2","component_id":"d","status":"warning","output":{"w":1},"created_at":"2025-10-31T12:00:01Z"}]},)"
    R"({"id":"fl_run_p2","status":"running","error_message":null,"started_at":"2025-10-31T12:00:02Z",)"
    R"("completed_at":null,"duration_in_seconds":null},)"
    R"({"id":"fl_run_p3","status":"pending","error_message":null,"started_at":"2025-10-31T12:00:03Z",)"
    R"("completed_at":null,"duration_in_seconds":null,"logs":[)"
    R"({"id":"fl_log_c","node_id":"n\/3","component_id":null,"status":"error","output":{"x":null},"created_at":"2025-10-31T12:00:04Z"}]}],)"
    R"("links":{"first":"https://api.example/w?page=1","last":"https://api.example/w?page=\u0032","prev":null,"next":"n"},)"
    R"("meta":{"current_page":1,"from":1,"last_page":2,"path":"https://api.example/w","per_page":3,"to":3,"total":5}})";

const std::string kLogs =
    R"([{"id":"fl_log_x1","node_id":"n1","component_id":"a\tb","status":"success","output":{"o":[true]},)"
    R"("created_at":"2025-10-31T12:00:00Z"},)"
    R"({"id":"fl_log_x2","node_id":"n2","component_id":"","status":"warning","output":{},)"
    R"("created_at":"2025-10-31T12:00:01.123456789Z","execution_id":"fl_run_zz"}])";

// Fills a string with garbage of the same size, in place.
void scribble(std::string& s) {
  for (char& c : s) c = '#';
}

// True when the view lies inside the bytes of `s` (the owned copy must not).
bool inside(std::string_view v, const std::string& s) {
  return !v.empty() && v.data() >= s.data() && v.data() < s.data() + s.size();
}

void expect_run(const flowrun::workflow_run& r) {
  EXPECT_EQ(r.id.str(), "fl_run_r1a2");
  EXPECT_EQ(r.id.body(), "r1a2");
  EXPECT_EQ(r.id.kind(), flowrun::id_kind::run);
  EXPECT_EQ(r.status, run_status::failed);
  EXPECT_EQ(r.error_message, "bo\"om\xc3\xa9");
  EXPECT_EQ(to_string(r.started_at), "2025-10-31T12:00:00.000000Z");
  ASSERT_TRUE(r.completed_at);
  EXPECT_EQ(to_string(*r.completed_at), "2025-10-31T12:00:05.5Z");
  EXPECT_EQ(r.duration_in_seconds, 5.5);
  EXPECT_TRUE(r.has_logs);
  ASSERT_EQ(r.logs.size(), 2u);
  const auto& a = r.logs[0];
  EXPECT_EQ(a.id.str(), "fl_log_l1");
  EXPECT_EQ(a.node_id, "n1");
  EXPECT_EQ(a.component_id, "webhook");
  EXPECT_EQ(a.status, log_status::success);
  ASSERT_TRUE(a.output);
  EXPECT_EQ(a.output->text, R"({"status":200,"body":{"m":"ok"}})");
  EXPECT_EQ(to_string(a.created_at), "2025-10-31T12:00:01Z");
  ASSERT_TRUE(a.execution_id);
  EXPECT_EQ(a.execution_id->str(), "fl_run_r1a2");
  const auto& b = r.logs[1];
  EXPECT_EQ(b.id.str(), "fl_log_l2");
  EXPECT_EQ(b.node_id, "node_2");
  EXPECT_FALSE(b.component_id);
  EXPECT_EQ(b.status, log_status::error);
  ASSERT_TRUE(b.output);
  EXPECT_EQ(b.output->text, R"({"e":"\u00e9"})");
  EXPECT_EQ(to_string(b.created_at), "2025-10-31T13:00:02+01:00");
  EXPECT_FALSE(b.execution_id);
  ASSERT_TRUE(r.trigger_payload);
  EXPECT_EQ(r.trigger_payload->text, R"({"k":[1,2]})");
  ASSERT_TRUE(r.created_at);
  EXPECT_EQ(to_string(*r.created_at), "2025-10-31T11:59:59Z");
  ASSERT_TRUE(r.workflow);
  EXPECT_EQ(r.workflow->text, R"({"name":"w"})");
}

void expect_page(const flowrun::run_page& p) {
  ASSERT_EQ(p.data.size(), 3u);
  EXPECT_EQ(p.data[0].id.str(), "fl_run_p1");
  ASSERT_EQ(p.data[0].logs.size(), 2u);
  EXPECT_EQ(p.data[0].logs[0].id.str(), "fl_log_a");
  EXPECT_EQ(p.data[0].logs[0].output->text, "{}");
  EXPECT_EQ(p.data[0].logs[1].id.str(), "fl_log_b");
  EXPECT_EQ(p.data[0].logs[1].status, log_status::warning);
  EXPECT_EQ(p.data[0].logs[1].component_id, "d");
  EXPECT_EQ(p.data[1].id.str(), "fl_run_p2");
  EXPECT_FALSE(p.data[1].has_logs);
  EXPECT_TRUE(p.data[1].logs.empty());
  EXPECT_EQ(p.data[2].id.str(), "fl_run_p3");
  ASSERT_EQ(p.data[2].logs.size(), 1u);
  EXPECT_EQ(p.data[2].logs[0].id.str(), "fl_log_c");
  EXPECT_EQ(p.data[2].logs[0].node_id, "n/3");
  EXPECT_EQ(p.data[2].logs[0].output->text, R"({"x":null})");
  EXPECT_EQ(p.links.first, "https://api.example/w?page=1");
  EXPECT_EQ(p.links.last, "https://api.example/w?page=2");
  EXPECT_FALSE(p.links.prev);
  EXPECT_EQ(p.links.next, "n");
  EXPECT_EQ(p.meta.current_page, 1);
  EXPECT_EQ(p.meta.from, 1);
  EXPECT_EQ(p.meta.last_page, 2);
  EXPECT_EQ(p.meta.path, "https://api.example/w");
  EXPECT_EQ(p.meta.per_page, 3);
  EXPECT_EQ(p.meta.to, 3);
  EXPECT_EQ(p.meta.total, 5);
}

void expect_logs(flowrun::log_list l) {
  ASSERT_EQ(l.size(), 2u);
  EXPECT_EQ(l[0].id.str(), "fl_log_x1");
  EXPECT_EQ(l[0].component_id, "a\tb");
  EXPECT_EQ(l[0].output->text, R"({"o":[true]})");
  EXPECT_EQ(l[1].id.str(), "fl_log_x2");
  ASSERT_TRUE(l[1].component_id);
  EXPECT_EQ(*l[1].component_id, "") << "an empty string is not null";
  EXPECT_EQ(to_string(l[1].created_at), "2025-10-31T12:00:01.123456789Z");
  ASSERT_TRUE(l[1].execution_id);
  EXPECT_EQ(l[1].execution_id->str(), "fl_run_zz");
  EXPECT_EQ(l[1].execution_id->kind(), flowrun::id_kind::run);
}

// Decodes on a decoder and an input that both die before the copy is returned.
flowrun::owned<flowrun::workflow_run> owned_run() {
  auto input = std::make_unique<std::string>(kRun);
  auto dec = std::make_unique<flowrun::decoder>();
  auto r = dec->decode_run(*input);
  EXPECT_TRUE(r) << r.error().message;
  flowrun::owned<flowrun::workflow_run> kept = flowrun::to_owned(*r);
  EXPECT_EQ(*kept, *r) << "the copy equals the original while both live";
  EXPECT_FALSE(inside(kept->id.str(), *input));
  EXPECT_FALSE(inside(kept->logs[0].output->text, *input));
  EXPECT_NE(kept->logs.data(), r->logs.data());
  // Overwrite the input and reuse the decoder before destroying both.
  scribble(*input);
  (void)dec->decode_run(R"({"id":"fl_run_zzzzzzzzzzzz","status":"running","started_at":"2000-01-01T00:00:00Z"})");
  dec.reset();
  input.reset();
  return kept;
}

TEST(Owned, RunOutlivesDecoderAndInput) {
  const auto kept = owned_run();
  expect_run(*kept);
  expect_run(kept.get());
  EXPECT_EQ(kept->logs.size(), 2u);
}

TEST(Owned, CopyConstructionIsIndependent) {
  auto original = std::make_unique<flowrun::owned<flowrun::workflow_run>>(owned_run());
  const flowrun::owned<flowrun::workflow_run> copy(*original);
  EXPECT_EQ(copy, *original);
  EXPECT_NE(copy->id.str().data(), (*original)->id.str().data()) << "a deep copy, not shared storage";
  EXPECT_NE(copy->logs.data(), (*original)->logs.data());
  original.reset();
  expect_run(*copy);
}

TEST(Owned, CopyAssignmentIsIndependent) {
  auto original = std::make_unique<flowrun::owned<flowrun::workflow_run>>(owned_run());
  flowrun::owned<flowrun::workflow_run> target{flowrun::workflow_run{}};
  EXPECT_NE(target, *original);
  target = *original;
  EXPECT_EQ(target, *original);
  original.reset();
  expect_run(*target);
  // Self-assignment keeps the value.
  const auto& self = target;
  target = self;
  expect_run(*target);
}

TEST(Owned, MoveKeepsViewsValid) {
  auto source = std::make_unique<flowrun::owned<flowrun::workflow_run>>(owned_run());
  const char* id_data = (*source)->id.str().data();
  flowrun::owned<flowrun::workflow_run> moved(std::move(*source));
  source.reset();
  expect_run(*moved);
  EXPECT_EQ(moved->id.str().data(), id_data) << "a move takes the storage, it does not copy";

  flowrun::owned<flowrun::workflow_run> assigned{flowrun::workflow_run{}};
  assigned = std::move(moved);
  expect_run(*assigned);

  std::vector<flowrun::owned<flowrun::workflow_run>> many;
  for (int i = 0; i < 20; ++i) many.push_back(assigned); // reallocation moves the elements
  for (const auto& m : many) expect_run(*m);
}

TEST(Owned, PageOutlivesDecoderAndInput) {
  std::unique_ptr<flowrun::owned<flowrun::run_page>> kept;
  {
    std::string input = kPage;
    flowrun::decoder dec({.mode = flowrun::decode_mode::strict});
    auto r = dec.decode_run_page(input);
    ASSERT_TRUE(r) << r.error().message;
    expect_page(*r);
    kept = std::make_unique<flowrun::owned<flowrun::run_page>>(*r);
    EXPECT_EQ(**kept, *r);
    EXPECT_NE((*kept)->data.data(), r->data.data());
    scribble(input);
    (void)dec.decode_run_page(R"({"data":[]})");
  }
  expect_page(**kept);
  const flowrun::owned<flowrun::run_page> copy = *kept;
  flowrun::owned<flowrun::run_page> moved = std::move(*kept);
  kept.reset();
  expect_page(*copy);
  expect_page(*moved);
  EXPECT_EQ(copy, moved);
}

TEST(Owned, LogListOutlivesDecoderAndInput) {
  std::unique_ptr<flowrun::owned<flowrun::log_list>> kept;
  {
    std::string input = kLogs;
    flowrun::decoder dec;
    auto r = dec.decode_logs(input);
    ASSERT_TRUE(r) << r.error().message;
    kept = std::make_unique<flowrun::owned<flowrun::log_list>>(flowrun::to_owned(*r));
    EXPECT_TRUE(std::ranges::equal(**kept, *r));
    scribble(input);
    (void)dec.decode_logs("[]");
  }
  expect_logs(**kept);
  flowrun::owned<flowrun::log_list> copy{flowrun::log_list{}};
  EXPECT_NE(copy, *kept);
  copy = *kept;
  EXPECT_EQ(copy, *kept) << "owned<log_list> compares element by element";
  kept.reset();
  expect_logs(*copy);
}

TEST(Owned, EmptyValues) {
  const flowrun::owned<flowrun::workflow_run> run{flowrun::workflow_run{}};
  EXPECT_EQ(*run, flowrun::workflow_run{});
  EXPECT_TRUE(run->id.empty());
  EXPECT_TRUE(run->logs.empty());
  EXPECT_FALSE(run->error_message);

  const flowrun::owned<flowrun::run_page> page{flowrun::run_page{}};
  EXPECT_EQ(*page, flowrun::run_page{});
  EXPECT_TRUE(page->data.empty());

  const flowrun::owned<flowrun::log_list> logs{flowrun::log_list{}};
  EXPECT_TRUE(logs->empty());
  const auto copy = logs;
  EXPECT_EQ(copy, logs);
  EXPECT_TRUE(std::ranges::equal(*copy, *logs));
}

TEST(Owned, EmptyStringsStayEngaged) {
  flowrun::decoder dec;
  auto r = dec.decode_run(
      R"({"id":"fl_run_a","status":"failed","error_message":"","started_at":"2025-10-31T12:00:00Z","logs":[]})");
  ASSERT_TRUE(r) << r.error().message;
  const auto kept = flowrun::to_owned(*r);
  ASSERT_TRUE(kept->error_message);
  EXPECT_EQ(*kept->error_message, "");
  EXPECT_TRUE(kept->has_logs);
  EXPECT_TRUE(kept->logs.empty());
  EXPECT_FALSE(kept->completed_at);
  EXPECT_FALSE(kept->duration_in_seconds);
  EXPECT_EQ(*kept, *r);
}

TEST(Owned, ManyLogsKeepTheirOrder) {
  std::string doc = R"({"id":"fl_run_many","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[)";
  for (int i = 0; i < 1000; ++i) {
    if (i) doc += ',';
    doc +=
        cat(R"({"id":"fl_log_)", std::to_string(i), R"(","node_id":"n)", std::to_string(i),
            R"(","status":"success","output":{"i":)", std::to_string(i), R"(},"created_at":"2025-10-31T12:00:00Z"})");
  }
  doc += "]}";
  std::unique_ptr<flowrun::owned<flowrun::workflow_run>> kept;
  {
    flowrun::decoder dec;
    auto r = dec.decode_run(doc);
    ASSERT_TRUE(r) << r.error().message;
    kept = std::make_unique<flowrun::owned<flowrun::workflow_run>>(*r);
  }
  scribble(doc);
  ASSERT_EQ((*kept)->logs.size(), 1000u);
  for (int i = 0; i < 1000; ++i) {
    const auto& l = (*kept)->logs[static_cast<std::size_t>(i)];
    EXPECT_EQ(l.id.body(), std::to_string(i));
    EXPECT_EQ(l.node_id, cat("n", std::to_string(i)));
    EXPECT_EQ(l.output->text, cat("{\"i\":", std::to_string(i), "}"));
  }
}

// Fraction digits past the ninth are a view like any other: an owned copy keeps them.
TEST(Owned, TimestampDigitsPastTheNinthAreCopied) {
  std::string input =
      R"({"id":"fl_run_a","status":"completed","started_at":"2025-10-31T12:00:00.1234567891234Z",)"
      R"("completed_at":"2025-10-31T12:00:01.00000000012+01:00","created_at":"2025-10-31T11:00:00.0000000000Z",)"
      R"("logs":[{"id":"fl_log_a","node_id":"n1","status":"success","created_at":"2025-10-31T12:00:00.5000000009z"}]})";
  std::unique_ptr<flowrun::owned<flowrun::workflow_run>> kept;
  {
    flowrun::decoder dec;
    auto r = dec.decode_run(input);
    ASSERT_TRUE(r) << r.error().message;
    kept = std::make_unique<flowrun::owned<flowrun::workflow_run>>(*r);
    scribble(input);
    (void)dec.decode_run(
        R"({"id":"fl_run_zzzzzzzzzzzz","status":"running","started_at":"2000-01-01T00:00:00.99999999999Z"})");
  }
  const auto exact = [](const flowrun::timestamp& t) {
    std::string s;
    t.format_exact_to(std::back_inserter(s));
    return s;
  };
  const flowrun::owned<flowrun::workflow_run> copy = *kept; // a copy of a copy
  kept.reset();
  EXPECT_EQ(exact(copy->started_at), "2025-10-31T12:00:00.1234567891234Z");
  EXPECT_EQ(exact(*copy->completed_at), "2025-10-31T12:00:01.00000000012+01:00");
  EXPECT_EQ(exact(*copy->created_at), "2025-10-31T11:00:00.0000000000Z");
  ASSERT_EQ(copy->logs.size(), 1u);
  EXPECT_EQ(exact(copy->logs[0].created_at), "2025-10-31T12:00:00.5000000009z");
}

// ---- operator== ---------------------------------------------------------------

flowrun::timestamp ts(std::string_view s) {
  auto t = flowrun::timestamp::parse(s);
  EXPECT_TRUE(t) << s;
  return t.value_or(flowrun::timestamp{});
}

TEST(ValueEquality, TimestampsCompareByInstant) {
  flowrun::decoder d1, d2;
  auto a = d1.decode_run(
      R"({"id":"fl_run_a","status":"completed","started_at":"2025-10-31T12:00:00Z","completed_at":"2025-10-31T12:00:01.500Z"})");
  auto b = d2.decode_run(
      R"({"id":"fl_run_a","status":"completed","started_at":"2025-10-31T13:00:00+01:00","completed_at":"2025-10-31t12:00:01.5z"})");
  ASSERT_TRUE(a && b);
  EXPECT_FALSE(a->started_at.same_spelling(b->started_at));
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(flowrun::to_owned(*a), flowrun::to_owned(*b));
}

TEST(ValueEquality, RunFieldsEachMatter) {
  flowrun::workflow_run base;
  base.id = *flowrun::prefixed_id::parse("fl_run_a", flowrun::id_kind::run);
  base.status = run_status::running;
  base.started_at = ts("2025-10-31T12:00:00Z");
  const flowrun::workflow_run copy = base; // another object: equality is by value
  EXPECT_EQ(copy, base);
  auto differs = [&](auto mutate) {
    flowrun::workflow_run r = base;
    mutate(r);
    return !(r == base) && r != base;
  };
  EXPECT_TRUE(differs([](auto& r) { r.id = *flowrun::prefixed_id::parse("fl_run_b", flowrun::id_kind::run); }));
  EXPECT_TRUE(differs([](auto& r) { r.status = run_status::failed; }));
  EXPECT_TRUE(differs([](auto& r) { r.error_message = ""; }));
  EXPECT_TRUE(differs([](auto& r) { r.started_at = ts("2025-10-31T12:00:00.000000001Z"); }));
  EXPECT_TRUE(differs([](auto& r) { r.completed_at = ts("2025-10-31T12:00:00Z"); }));
  EXPECT_TRUE(differs([](auto& r) { r.duration_in_seconds = 0.0; }));
  EXPECT_TRUE(differs([](auto& r) { r.has_logs = true; }));
  EXPECT_TRUE(differs([](auto& r) { r.trigger_payload = flowrun::raw_json{"{}"}; }));
  EXPECT_TRUE(differs([](auto& r) { r.created_at = ts("2025-10-31T12:00:00Z"); }));
  EXPECT_TRUE(differs([](auto& r) { r.workflow = flowrun::raw_json{"{}"}; }));
  static const flowrun::log_entry one_log[1] = {};
  EXPECT_TRUE(differs([](auto& r) { r.logs = flowrun::log_list(one_log); }));
}

TEST(ValueEquality, LogsCompareElementwiseNotByAddress) {
  flowrun::log_entry a;
  a.id = *flowrun::prefixed_id::parse("fl_log_a", flowrun::id_kind::log);
  a.node_id = "n1";
  a.output = flowrun::raw_json{R"({"a":1})"};
  std::vector<flowrun::log_entry> x = {a, a}, y = {a, a};
  flowrun::workflow_run r1, r2;
  r1.logs = x;
  r2.logs = y;
  EXPECT_EQ(r1, r2);
  y[1].node_id = "n2";
  EXPECT_NE(r1, r2);
  y[1].node_id = "n1";
  y[1].output = flowrun::raw_json{R"({"a": 1})"};
  EXPECT_NE(r1, r2) << "raw JSON compares as written";
  y.pop_back();
  r2.logs = y;
  EXPECT_NE(r1, r2);
}

TEST(ValueEquality, LogEntryFieldsEachMatter) {
  flowrun::log_entry base;
  base.id = *flowrun::prefixed_id::parse("fl_log_a", flowrun::id_kind::log);
  base.node_id = "n1";
  base.created_at = ts("2025-10-31T12:00:00Z");
  auto differs = [&](auto mutate) {
    flowrun::log_entry l = base;
    mutate(l);
    return l != base;
  };
  EXPECT_TRUE(differs([](auto& l) { l.id = *flowrun::prefixed_id::parse("fl_log_b", flowrun::id_kind::log); }));
  EXPECT_TRUE(differs([](auto& l) { l.node_id = "n2"; }));
  EXPECT_TRUE(differs([](auto& l) { l.component_id = "webhook"; }));
  EXPECT_TRUE(differs([](auto& l) { l.status = log_status::warning; }));
  EXPECT_TRUE(differs([](auto& l) { l.output = flowrun::raw_json{"{}"}; }));
  EXPECT_TRUE(differs([](auto& l) { l.created_at = ts("2025-10-31T12:00:01Z"); }));
  EXPECT_TRUE(
      differs([](auto& l) { l.execution_id = *flowrun::prefixed_id::parse("fl_run_a", flowrun::id_kind::run); }));
  flowrun::log_entry same_instant = base;
  same_instant.created_at = ts("2025-10-31T07:00:00-05:00");
  EXPECT_EQ(same_instant, base);
}

TEST(ValueEquality, PageLinksAndMeta) {
  flowrun::run_page a, b;
  EXPECT_EQ(a, b);
  b.links.next = "x";
  EXPECT_NE(a, b);
  b = a;
  b.meta.total = 0;
  EXPECT_NE(a, b);
  a.meta.total = 0;
  EXPECT_EQ(a, b);
  b.meta.path = "";
  EXPECT_NE(a, b) << "an empty path is not an absent one";
  b = a;
  flowrun::workflow_run run;
  const flowrun::workflow_run runs[1] = {run};
  b.data = runs;
  EXPECT_NE(a, b);
  std::vector<flowrun::workflow_run> other = {run};
  a.data = other;
  EXPECT_EQ(a, b);
  EXPECT_EQ(flowrun::page_links{}, flowrun::page_links{});
  EXPECT_EQ(flowrun::page_meta{}, flowrun::page_meta{});
}

TEST(ValueEquality, RawJsonComparesText) {
  EXPECT_EQ(flowrun::raw_json{"{}"}, flowrun::raw_json{std::string_view("{}")});
  EXPECT_NE(flowrun::raw_json{"{}"}, flowrun::raw_json{"{ }"});
}

// A document is a variant: it compares the kind it holds and then that value (logs
// element by element, as spans have no ==); two kinds never compare equal, even
// when both values are empty.
TEST(ValueEquality, DocumentsCompareKindAndTheValueTheyHold) {
  using flowrun::document_kind;
  flowrun::log_entry log;
  log.node_id = "n1";
  const std::vector<flowrun::log_entry> logs = {log}, same_logs = {log};
  flowrun::workflow_run run;
  run.status = run_status::running;

  flowrun::document a = run;
  EXPECT_EQ(a.kind(), document_kind::run);
  ASSERT_NE(std::get_if<flowrun::workflow_run>(&a), nullptr);
  flowrun::document b = a;
  EXPECT_EQ(a, b);
  std::get<flowrun::workflow_run>(b).status = run_status::failed;
  EXPECT_NE(a, b);
  EXPECT_NE(flowrun::document(flowrun::workflow_run{}), flowrun::document(flowrun::log_list{}))
      << "only the kind differs";
  EXPECT_EQ(flowrun::document(), flowrun::document(flowrun::workflow_run{})) << "a default document is an empty run";

  flowrun::run_page page;
  page.meta.total = 1;
  a = page;
  EXPECT_EQ(a.kind(), document_kind::page);
  b = a;
  EXPECT_EQ(a, b);
  std::get<flowrun::run_page>(b).meta.total = 2;
  EXPECT_NE(a, b);

  a = flowrun::log_list(logs);
  EXPECT_EQ(a.kind(), document_kind::logs);
  b = flowrun::log_list(same_logs);
  EXPECT_EQ(a, b) << "logs compare element by element";
  const std::vector<flowrun::log_entry> two = {log, log};
  b = flowrun::log_list(two);
  EXPECT_NE(a, b);
  std::vector<flowrun::log_entry> other = {log};
  other[0].node_id = "n2";
  b = flowrun::log_list(other);
  EXPECT_NE(a, b);
}

// std::visit takes a document as it is, and the alternative's index is its kind.
TEST(Document, VisitSeesTheValueOfItsKind) {
  flowrun::decoder dec;
  const auto d = dec.decode(flowrun::document_kind::logs,
                            R"([{"id":"fl_log_a1","node_id":"n1","component_id":null,)"
                            R"("status":"success","output":{},"created_at":"2025-10-31T12:00:00Z"}])");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->kind(), flowrun::document_kind::logs);
  const std::size_t n = std::visit(
      [](const auto& v) -> std::size_t {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, flowrun::log_list>)
          return v.size();
        else
          return 99;
      },
      *d);
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(std::get<flowrun::log_list>(*d)[0].node_id, "n1");
  const auto r = dec.decode(flowrun::document_kind::page, R"({"data":[]})");
  ASSERT_TRUE(r);
  EXPECT_TRUE(std::holds_alternative<flowrun::run_page>(*r));
}

// ---- document.hpp: kinds --------------------------------------------------------

// The header's example, and usable in constant expressions.
static_assert(flowrun::parse_document_kind("page") == flowrun::document_kind::page);

// Every spelling to_string gives reads back as its kind; nothing else reads
// (case, spaces, plurals, prefixes, to_string's own "unknown").
TEST(DocumentKind, ParsesExactlyTheThreeSpellings) {
  for (auto k : {flowrun::document_kind::run, flowrun::document_kind::page, flowrun::document_kind::logs})
    EXPECT_EQ(flowrun::parse_document_kind(flowrun::to_string(k)), k) << flowrun::to_string(k);
  for (std::string_view bad : {"", "Run", "RUN", "runs", "log", "pages", " run", "run ", "r", "unknown", "ndjson"})
    EXPECT_FALSE(flowrun::parse_document_kind(bad)) << bad;
  EXPECT_FALSE(flowrun::parse_document_kind(std::string_view("run\0", 4))) << "the whole view counts";
}

// ---- detail/number.hpp ----------------------------------------------------------

using flowrun::detail::is_json_number;
using flowrun::detail::number_status;

static_assert(is_json_number("-0.5e+10"));
static_assert(!is_json_number("01"));

TEST(JsonNumber, ValidNumbers) {
  for (std::string_view s : {"0",
                             "-0",
                             "1",
                             "-1",
                             "9",
                             "10",
                             "123456789012345678901234567890",
                             "0.0",
                             "-0.0",
                             "1.5",
                             "0.000001",
                             "1e5",
                             "1E5",
                             "1e+5",
                             "1e-5",
                             "1E+05",
                             "0e0",
                             "-0e-0",
                             "1.5e-10",
                             "1e400",
                             "-1e400",
                             "1e-400",
                             "2.5E308",
                             "1.7976931348623157e308"})
    EXPECT_TRUE(is_json_number(s)) << s;
  EXPECT_TRUE(is_json_number(cat("1", std::string(400, '0'))));
  EXPECT_TRUE(is_json_number(cat("0.", std::string(400, '0'), "1")));
}

TEST(JsonNumber, NearMissesAreRejected) {
  for (std::string_view s :
       {"",      "-",         "+",     "01",  "-01", "00",   "-00",      "1.",        "-1.",  "0.",
        ".1",    "-.1",       "1.e5",  "1e",  "1E",  "1e+",  "1e-",      "1e+-5",     "1ee5", "1e5.5",
        "1e5e5", "+1",        "+0",    "--1", "0x1", "0X1F", "Infinity", "-Infinity", "inf",  "NaN",
        "nan",   "1..2",      "1.2.3", " 1",  "1 ",  "1\n",  "1a",       "a1",        "1,5",  "1_000",
        "١",     "1\xc2\xb2", "0e",    "-e5", "e5",  "1.0f", "1L",       "0b1",       "07"})
    EXPECT_FALSE(is_json_number(s)) << s;
  using namespace std::string_view_literals;
  EXPECT_FALSE(is_json_number("1\0"sv));
  EXPECT_FALSE(is_json_number("\0"sv));
}

double as_double(std::string_view s, number_status expected) {
  double d = -12345;
  EXPECT_EQ(flowrun::detail::to_double(s, d), expected) << s;
  return d;
}

TEST(ToDouble, OrdinaryValues) {
  EXPECT_EQ(as_double("3", number_status::ok), 3.0);
  EXPECT_EQ(as_double("-2.5", number_status::ok), -2.5);
  EXPECT_EQ(as_double("1e3", number_status::ok), 1000.0);
  EXPECT_EQ(as_double("0.1", number_status::ok), 0.1);
  EXPECT_EQ(as_double("1.7976931348623157e308", number_status::ok), DBL_MAX);
  EXPECT_EQ(as_double("4.9406564584124654e-324", number_status::ok), std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(as_double("2.2250738585072014e-308", number_status::ok), DBL_MIN);
  EXPECT_EQ(as_double("10e307", number_status::ok), 1e308);
  EXPECT_EQ(as_double("0.1e309", number_status::ok), 1e308);
}

TEST(ToDouble, OverflowIsReported) {
  as_double("1e400", number_status::overflow);
  as_double("-1e400", number_status::overflow);
  as_double(cat("1", std::string(400, '0')), number_status::overflow);
  as_double(cat("-1", std::string(400, '0'), ".5"), number_status::overflow);
  as_double("0.0001e313", number_status::overflow); // 1e309
  as_double("0.99e309", number_status::overflow);
  as_double("1.7976931348623159e308", number_status::overflow);
  as_double("1e99999999999999999999", number_status::overflow);
  as_double("123.456e999", number_status::overflow);
}

TEST(ToDouble, JustInsideTheRange) {
  EXPECT_EQ(as_double("0.0001e312", number_status::ok), 1e308);
  EXPECT_EQ(as_double(cat("1", std::string(308, '0')), number_status::ok), 1e308);
  EXPECT_EQ(as_double("0.00001e313", number_status::ok), 1e308);
}

TEST(ToDouble, UnderflowRoundsToZeroWithItsSign) {
  const double pos = as_double("1e-400", number_status::ok);
  EXPECT_EQ(pos, 0.0);
  EXPECT_FALSE(std::signbit(pos));
  const double neg = as_double("-1e-400", number_status::ok);
  EXPECT_EQ(neg, 0.0);
  EXPECT_TRUE(std::signbit(neg));
  EXPECT_EQ(as_double(cat("0.", std::string(400, '0'), "1"), number_status::ok), 0.0);
  EXPECT_EQ(as_double("100e-402", number_status::ok), 0.0);
  EXPECT_EQ(as_double("1e-99999999999999999999", number_status::ok), 0.0);
  EXPECT_EQ(as_double("2e-324", number_status::ok), 0.0);
  EXPECT_EQ(as_double("0e99999", number_status::ok), 0.0);
}

std::int64_t as_int64(std::string_view s, number_status expected) {
  std::int64_t v = -777;
  EXPECT_EQ(flowrun::detail::to_int64(s, v), expected) << s;
  return v;
}

TEST(ToInt64, IntegralSpellings) {
  EXPECT_EQ(as_int64("3", number_status::ok), 3);
  EXPECT_EQ(as_int64("3.0", number_status::ok), 3);
  EXPECT_EQ(as_int64("3e2", number_status::ok), 300);
  EXPECT_EQ(as_int64("3E+2", number_status::ok), 300);
  EXPECT_EQ(as_int64("300e-2", number_status::ok), 3);
  EXPECT_EQ(as_int64("0", number_status::ok), 0);
  EXPECT_EQ(as_int64("-0", number_status::ok), 0);
  EXPECT_EQ(as_int64("-0.0", number_status::ok), 0);
  EXPECT_EQ(as_int64("-7", number_status::ok), -7);
  EXPECT_EQ(as_int64("9223372036854775807", number_status::ok), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(as_int64("-9223372036854775808", number_status::ok), std::numeric_limits<std::int64_t>::min());
}

TEST(ToInt64, FractionsAreNotIntegers) {
  as_int64("2.5", number_status::not_integer);
  as_int64("-2.5", number_status::not_integer);
  as_int64("0.1", number_status::not_integer);
  as_int64("25e-1", number_status::not_integer);
  as_int64("1.5e0", number_status::not_integer);
}

TEST(ToInt64, BeyondInt64IsOverflow) {
  as_int64("9223372036854775808", number_status::overflow);
  as_int64("-9223372036854775809", number_status::overflow);
  as_int64("99999999999999999999999999999", number_status::overflow);
  as_int64("1e19", number_status::overflow);
  as_int64("-1e19", number_status::overflow);
  as_int64("1e400", number_status::overflow);
  as_int64("-1e400", number_status::overflow);
}

// The contract of to_int64 is exact: "a fraction is not_integer", "beyond int64
// is overflow". A detour through double rounds numbers that need more than 53
// bits, so a fraction can pass as an integer and int64 max can overflow.
TEST(ToInt64, IntegralityIsDecidedExactlyNotThroughDouble) {
  EXPECT_EQ(as_int64("9223372036854775807.0", number_status::ok), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(as_int64("9.223372036854775807e18", number_status::ok), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(as_int64("9007199254740993.0", number_status::ok), 9007199254740993);
  as_int64("1.00000000000000000001", number_status::not_integer);
  as_int64("1e-400", number_status::not_integer);
  as_int64("4503599627370496.5", number_status::not_integer);
}

} // namespace

// to_double's exact fast path (Clinger: at most 15 digits, a power of ten up to
// 22) must give from_chars's correctly rounded double, bit for bit, for every
// form of number around its limits, and leave the others to from_chars.
TEST(ToDouble, FastPathAgreesWithFromChars) {
  std::mt19937_64 rng(20261205);
  std::vector<std::string> numbers = {"0", "-0", "0.0", "-0.0", "1e22", "1e23", "1e-22", "1e-23", "123456789012345",
                                      "1234567890123456", "9007199254740993", "0.000123", "6.0525e2", "605.25",
                                      "-3e2", "2.5", "1E+2", "1e-0", "0e400", "123456789012345e22",
                                      "0.123456789012345e-7", "99999999999999.9e-22"};
  for (int k = 0; k < 200000; ++k) {
    std::string s;
    if (rng() % 4 == 0) s += '-';
    const int int_digits = 1 + static_cast<int>(rng() % 17);
    s += static_cast<char>('1' + rng() % 9);
    for (int d = 1; d < int_digits; ++d) s += static_cast<char>('0' + rng() % 10);
    if (rng() % 2) {
      s += '.';
      const int frac = 1 + static_cast<int>(rng() % 17);
      for (int d = 0; d < frac; ++d) s += static_cast<char>('0' + rng() % 10);
    }
    if (rng() % 2) {
      s += "eE"[rng() % 2];
      const int r = static_cast<int>(rng() % 3);
      if (r == 1) s += '-';
      if (r == 2) s += '+';
      s += std::to_string(rng() % 40);
    }
    numbers.push_back(s);
  }
  for (const std::string& s : numbers) {
    double want = 0;
    std::from_chars(s.data(), s.data() + s.size(), want);
    double got = 0;
    ASSERT_EQ(flowrun::detail::to_double(s, got), number_status::ok) << s;
    ASSERT_EQ(std::bit_cast<std::uint64_t>(got), std::bit_cast<std::uint64_t>(want)) << s;
  }
}

// The decoder's value store constructs runs and logs default-initialised
// (detail::default_init_allocator), which gives the value-initialised value
// only while every member has its initialiser: over memory full of another
// pattern, a member without one would keep that pattern and differ.
template <class T> void expect_default_init_is_value_init() {
  flowrun::detail::default_init_allocator<T> a;
  T* p = a.allocate(1);
  std::memset(static_cast<void*>(p), 0xA5, sizeof(T));
  std::allocator_traits<flowrun::detail::default_init_allocator<T>>::construct(a, p);
  EXPECT_TRUE(*p == T{});
  std::allocator_traits<flowrun::detail::default_init_allocator<T>>::destroy(a, p);
  a.deallocate(p, 1);
}
TEST(ValueStore, DefaultInitialisedValuesAreValueInitialised) {
  expect_default_init_is_value_init<flowrun::workflow_run>();
  expect_default_init_is_value_init<flowrun::log_entry>();
}
