// The rules of docs/contract.md, through the simdjson decoder. The JSON policy
// (strictness, limits, duplicates, modes, error collection) is in
// policy_test.cpp, run through both decoders.
#include <flowrun/simdjson.hpp>

#include "support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace flowrun_test;

using flowrun::decode_mode;
using flowrun::error_code;

flowrun::decode_options strict() { return {.mode = decode_mode::strict}; }

::testing::AssertionResult run_fails(const std::string& doc, error_code code, std::string_view pointer,
                                     flowrun::decode_options o = {}) {
  flowrun::decoder d(o);
  return fails_with(d.decode_run(doc), code, pointer);
}

TEST(Decoder, CompactFixtureDecodes) {
  flowrun::decoder d(strict());
  auto r = d.decode_run(kRun);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->logs[0].output->text, R"({"status":200,"body":{"message":"ok"}})");
}

// ---- enums -------------------------------------------------------------------

TEST(Enums, EveryRunStatus) {
  const std::pair<const char*, flowrun::run_status> all[] = {
      {"pending", flowrun::run_status::pending},
      {"running", flowrun::run_status::running},
      {"completed", flowrun::run_status::completed},
      {"failed", flowrun::run_status::failed},
      {"awaiting_ui_interaction", flowrun::run_status::awaiting_ui_interaction}};
  flowrun::decoder d;
  for (auto [text, value] : all) {
    auto r = d.decode_run(replace(kRun, R"("status":"completed")", std::string(R"("status":")") + text + "\""));
    ASSERT_TRUE(r) << text;
    EXPECT_EQ(r->status, value);
  }
}

TEST(Enums, RunStatusNearMisses) {
  for (const char* bad : {"Completed", "COMPLETED", "complete", "completed ", " completed", "", "cancelled",
                          "awaiting-ui-interaction", "completed\\u0000", "comp\\u006ceted_"}) {
    EXPECT_TRUE(run_fails(replace(kRun, R"("status":"completed")", std::string(R"("status":")") + bad + "\""),
                          error_code::invalid_enum, "/status"))
        << bad;
  }
}

TEST(Enums, EveryLogStatusAndNearMisses) {
  flowrun::decoder d;
  for (auto [text, value] :
       {std::pair{"success", flowrun::log_status::success}, std::pair{"error", flowrun::log_status::error},
        std::pair{"warning", flowrun::log_status::warning}}) {
    auto r = d.decode_run(replace(kRun, R"("status":"success")", std::string(R"("status":")") + text + "\""));
    ASSERT_TRUE(r) << text;
    EXPECT_EQ(r->logs[0].status, value);
  }
  for (const char* bad : {"Success", "succeeded", "errors", "warn", "", "failed"})
    EXPECT_TRUE(run_fails(replace(kRun, R"("status":"success")", std::string(R"("status":")") + bad + "\""),
                          error_code::invalid_enum, "/logs/0/status"))
        << bad;
}

// ---- ids -----------------------------------------------------------------------

TEST(Ids, RunIdRules) {
  const std::string from = R"("id":"fl_run_a1b2c3d4e5f6g7h8")";
  flowrun::decoder d;
  for (const char* good : {"fl_run_a", "fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4", "fl_run_zzzz9999"}) {
    auto r = d.decode_run(replace(kRun, from, std::string(R"("id":")") + good + "\""));
    ASSERT_TRUE(r) << good;
    EXPECT_EQ(r->id.str(), good);
  }
  const std::string body64(64, 'a');
  EXPECT_TRUE(d.decode_run(replace(kRun, from, R"("id":"fl_run_)" + body64 + "\"")));
  EXPECT_TRUE(run_fails(replace(kRun, from, R"("id":"fl_run_)" + body64 + "a\""), error_code::invalid_id, "/id"));
  for (const char* bad : {"fl_run_", "fl_log_a1b2c3d4e5f6g7h8", "fl_a1b2c3d4e5f6g7h8", "FL_RUN_A1", "fl_run_A1",
                          "fl_run_a-1", "fl_run_a_1", "fl_run_a 1", "run_a1", "", "fl_run_\\u00e9"})
    EXPECT_TRUE(run_fails(replace(kRun, from, std::string(R"("id":")") + bad + "\""), error_code::invalid_id, "/id"))
        << bad;
}

TEST(Ids, LogAndExecutionIds) {
  EXPECT_TRUE(run_fails(replace(kRun, R"("id":"fl_log_a1b2c3d4e5f6g7h8")", R"("id":"fl_run_a1b2c3d4e5f6g7h8")"),
                        error_code::invalid_id, "/logs/0/id"));
  const std::string with_exec = replace(kRun, R"("node_id":"n2")", R"("execution_id":"fl_run_x1","node_id":"n2")");
  flowrun::decoder d;
  auto r = d.decode_run(with_exec);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->logs[0].execution_id->str(), "fl_run_x1");
  EXPECT_TRUE(run_fails(replace(with_exec, "fl_run_x1", "fl_log_x1"), error_code::invalid_id, "/logs/0/execution_id"));
}

TEST(Ids, NodeIdIsNotAPrefixedIdButMustNotBeEmpty) {
  flowrun::decoder d;
  for (const char* node : {"node_1", "n2", "N-2 with spaces", "fl_run_x"}) {
    auto r = d.decode_run(replace(kRun, R"("node_id":"n2")", std::string(R"("node_id":")") + node + "\""));
    ASSERT_TRUE(r) << node;
    EXPECT_EQ(r->logs[0].node_id, node);
  }
  EXPECT_TRUE(
      run_fails(replace(kRun, R"("node_id":"n2")", R"("node_id":"")"), error_code::out_of_range, "/logs/0/node_id"));
}

// ---- timestamps ----------------------------------------------------------------

TEST(Timestamps, EveryTimestampFieldIsChecked) {
  const std::string legacy = replace(kRun, R"("logs":)", R"("created_at":"2025-10-31T11:59:00Z","logs":)");
  flowrun::decoder d;
  ASSERT_TRUE(d.decode_run(legacy));
  struct {
    std::string from, to, pointer;
  } cases[] = {
      {R"("started_at":"2025-10-31T12:00:00.000000Z")", R"("started_at":"2025-10-31 12:00:00Z")", "/started_at"},
      {R"("completed_at":"2025-10-31T12:00:05.000000Z")", R"("completed_at":"2025-02-29T12:00:05Z")", "/completed_at"},
      {R"("created_at":"2025-10-31T12:00:02.000000Z")", R"("created_at":"2025-10-31T12:00:02")", "/logs/0/created_at"},
      {R"("created_at":"2025-10-31T11:59:00Z")", R"("created_at":"2025-10-31T23:59:60+01:00")", "/created_at"},
  };
  for (const auto& c : cases)
    EXPECT_TRUE(run_fails(replace(legacy, c.from, c.to), error_code::invalid_timestamp, c.pointer)) << c.to;
}

TEST(Timestamps, TheMessageSaysTheReasonOnce) {
  flowrun::decoder d;
  const auto r =
      d.decode_run(replace(kRun, R"("started_at":"2025-10-31T12:00:00.000000Z")", R"("started_at":"yesterday")"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, R"("yesterday" is not an RFC 3339 date-time: expected YYYY-MM-DDThh:mm:ss[.fraction] )"
                               "then Z or +hh:mm/-hh:mm");
}

TEST(Timestamps, SpellingsAcceptedAndKept) {
  flowrun::decoder d;
  for (const char* t : {"2023-11-07T05:31:56Z", "2025-10-31t12:00:00.000000z", "1998-12-31T23:59:60Z",
                        "1998-12-31T15:59:60.123-08:00", "2024-02-29T00:00:00+05:30", "0000-01-01T00:00:00Z"}) {
    auto r = d.decode_run(replace(kRun, "2025-10-31T12:00:00.000000Z", t));
    ASSERT_TRUE(r) << t;
    EXPECT_EQ(to_string(r->started_at), t);
  }
  EXPECT_TRUE(run_fails(replace(kRun, "2025-10-31T12:00:00.000000Z", "1900-02-29T00:00:00Z"),
                        error_code::invalid_timestamp, "/started_at"));
}

// ---- types ---------------------------------------------------------------------

struct type_case {
  std::string from, to, pointer;
};

TEST(Types, WrongTypeAtEveryField) {
  const type_case cases[] = {
      {R"("id":"fl_run_a1b2c3d4e5f6g7h8")", R"("id":1)", "/id"},
      {R"("status":"completed")", R"("status":null)", "/status"},
      {R"("error_message":null)", R"("error_message":5)", "/error_message"},
      {R"("error_message":null)", R"("error_message":false)", "/error_message"},
      {R"("started_at":"2025-10-31T12:00:00.000000Z")", R"("started_at":null)", "/started_at"},
      {R"("completed_at":"2025-10-31T12:00:05.000000Z")", R"("completed_at":1761912005)", "/completed_at"},
      {R"("duration_in_seconds":5)", R"("duration_in_seconds":"5")", "/duration_in_seconds"},
      {R"("duration_in_seconds":5)", R"("duration_in_seconds":[5])", "/duration_in_seconds"},
      {R"("logs":[)", R"("logs":{},"x":[)", "/logs"},
      {R"("logs":[)", R"("logs":null,"x":[)", "/logs"},
      {R"("logs":[)", R"("logs":"none","x":[)", "/logs"},
      {R"({"id":"fl_log_)", R"(7,{"id":"fl_log_)", "/logs/0"},
      {R"("node_id":"n2")", R"("node_id":null)", "/logs/0/node_id"},
      {R"("component_id":"webhook")", R"("component_id":{})", "/logs/0/component_id"},
      {R"("status":"success")", R"("status":true)", "/logs/0/status"},
      {R"("created_at":"2025-10-31T12:00:02.000000Z")", R"("created_at":{})", "/logs/0/created_at"},
  };
  for (const auto& c : cases)
    EXPECT_TRUE(run_fails(replace(kRun, c.from, c.to), error_code::wrong_type, c.pointer)) << c.to;
  // A log's output is an object in strict mode; compatible mode keeps any JSON value
  // (policy_test: Modes.OutputOfAnyKindInCompatibleModeOnly).
  const type_case strict_cases[] = {
      {R"("output":{"status":200,"body":{"message":"ok"}})", R"("output":[1,2])", "/logs/0/output"},
      {R"("output":{"status":200,"body":{"message":"ok"}})", R"("output":"ok")", "/logs/0/output"},
      {R"("output":{"status":200,"body":{"message":"ok"}})", R"("output":null)", "/logs/0/output"},
  };
  for (const auto& c : strict_cases) {
    EXPECT_TRUE(run_fails(replace(kRun, c.from, c.to), error_code::wrong_type, c.pointer, strict())) << c.to;
    EXPECT_TRUE(flowrun::decoder().decode_run(replace(kRun, c.from, c.to))) << c.to;
  }
}

TEST(Types, LegacyFieldsTypes) {
  EXPECT_TRUE(run_fails(replace(kRun, R"("logs":)", R"("trigger_payload":[],"logs":)"), error_code::wrong_type,
                        "/trigger_payload"));
  EXPECT_TRUE(
      run_fails(replace(kRun, R"("logs":)", R"("workflow":"wf","logs":)"), error_code::wrong_type, "/workflow"));
  EXPECT_TRUE(
      run_fails(replace(kRun, R"("logs":)", R"("created_at":null,"logs":)"), error_code::wrong_type, "/created_at"));
}

TEST(Types, RootMustBeAnObject) {
  for (const char* doc : {"[]", "\"run\"", "1", "null", "true", "[{}]"}) {
    EXPECT_TRUE(run_fails(doc, error_code::wrong_type, "")) << doc;
  }
  flowrun::decoder d;
  EXPECT_TRUE(fails_with(d.decode_logs("{}"), error_code::wrong_type, ""));
  EXPECT_TRUE(fails_with(d.decode_run_page("[]"), error_code::wrong_type, ""));
}

// ---- duplicate keys ------------------------------------------------------------

TEST(Duplicates, LargeObjectsUseTheIndex) {
  std::string obj = "{";
  for (int i = 0; i < 1000; ++i) obj += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  std::string good = obj;
  good.back() = '}';
  flowrun::decoder d;
  EXPECT_TRUE(d.decode_run(replace(kRun, R"("output":{"status":200,"body":{"message":"ok"}})", "\"output\":" + good)));
  const std::string bad = obj + "\"k517\":0}";
  EXPECT_TRUE(run_fails(replace(kRun, R"("output":{"status":200,"body":{"message":"ok"}})", "\"output\":" + bad),
                        error_code::duplicate_key, "/logs/0/output/k517"));
}

TEST(Duplicates, PointerEscapesSlashAndTilde) {
  EXPECT_TRUE(run_fails(replace(kRun, R"("message":"ok")", R"("a/b~c":1,"a/b~c":2)"), error_code::duplicate_key,
                        "/logs/0/output/body/a~1b~0c"));
}

// ---- precedence and error collection -------------------------------------------

TEST(Errors, ErrorCodeConvertsToStdErrorCode) {
  std::error_code ec = error_code::invalid_enum;
  EXPECT_EQ(ec.message(), "invalid_enum");
  EXPECT_STREQ(ec.category().name(), "flowrun");
}

// ---- pages ---------------------------------------------------------------------

const std::string kPage =
    R"({"data":[RUNS],"links":{"first":"f","last":"l","prev":null,"next":null},)"
    R"("meta":{"current_page":1,"from":1,"last_page":1,"path":"p","per_page":2,"to":1,"total":1}})";

std::string page_with(std::string runs) { return replace(kPage, "RUNS", runs); }

TEST(Pages, DecodesRunsWithTheirOwnLogs) {
  const std::string two = replace(kRun, "fl_log_a1b2c3d4e5f6g7h8", "fl_log_second");
  flowrun::decoder d(strict());
  auto p = d.decode_run_page(page_with(kRun + "," + two));
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->data.size(), 2u);
  EXPECT_EQ(p->data[0].logs[0].id.str(), "fl_log_a1b2c3d4e5f6g7h8");
  EXPECT_EQ(p->data[1].logs[0].id.str(), "fl_log_second");
  EXPECT_EQ(p->data[1].logs.size(), 1u);
}

// A reused decoder keeps nothing of an earlier page: the store resets its page
// only for pages (runs and logs never read it), so a page after a run after a
// page must not show the first page's links, meta or unknown members.
TEST(Pages, NothingOfAnEarlierPageRemains) {
  flowrun::decoder d;
  const std::string full =
      replace(replace(page_with(kRun), R"("prev":null)", R"("prev":"p0")"), R"({"data")", R"({"extra":1,"data")");
  auto first = d.decode_run_page(full);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->links.prev, "p0");
  EXPECT_EQ(first->unknown.size(), 1u);
  ASSERT_TRUE(d.decode_run(kRun));
  auto bare = d.decode_run_page(R"({"data":[]})");
  ASSERT_TRUE(bare) << bare.error().message;
  EXPECT_TRUE(bare->data.empty());
  EXPECT_FALSE(bare->links.first || bare->links.prev);
  EXPECT_FALSE(bare->meta.current_page || bare->meta.path);
  EXPECT_TRUE(bare->unknown.empty());
}

TEST(Pages, DataAtMostPerPage) {
  flowrun::decoder d;
  EXPECT_TRUE(
      fails_with(d.decode_run_page(page_with(kRun + "," + kRun + "," + kRun)), error_code::out_of_range, "/data"));
  EXPECT_TRUE(d.decode_run_page(page_with(kRun + "," + kRun)));
  EXPECT_TRUE(d.decode_run_page(page_with("")));
}

TEST(Pages, RunErrorsPointIntoData) {
  flowrun::decoder d;
  EXPECT_TRUE(
      fails_with(d.decode_run_page(page_with(kRun + "," + replace(kRun, R"("status":"success")", R"("status":"x")"))),
                 error_code::invalid_enum, "/data/1/logs/0/status"));
  EXPECT_TRUE(fails_with(d.decode_run_page(page_with("1")), error_code::wrong_type, "/data/0"));
  EXPECT_TRUE(fails_with(d.decode_run_page(replace(kPage, "[RUNS]", "{}")), error_code::wrong_type, "/data"));
}

TEST(Pages, MetaRules) {
  flowrun::decoder d;
  struct {
    const char *from, *to;
    error_code code;
    const char* pointer;
  } cases[] = {
      {R"("current_page":1)", R"("current_page":0)", error_code::out_of_range, "/meta/current_page"},
      {R"("last_page":1)", R"("last_page":-1)", error_code::out_of_range, "/meta/last_page"},
      {R"("per_page":2)", R"("per_page":0)", error_code::out_of_range, "/meta/per_page"},
      {R"("total":1)", R"("total":-1)", error_code::out_of_range, "/meta/total"},
      {R"("from":1)", R"("from":0)", error_code::out_of_range, "/meta/from"},
      {R"("to":1)", R"("to":1e400)", error_code::out_of_range, "/meta/to"},
      {R"("total":1)", R"("total":99999999999999999999)", error_code::out_of_range, "/meta/total"},
      {R"("per_page":2)", R"("per_page":2.5)", error_code::wrong_type, "/meta/per_page"},
      {R"("per_page":2)", R"("per_page":"2")", error_code::wrong_type, "/meta/per_page"},
      {R"("per_page":2)", R"("per_page":null)", error_code::wrong_type, "/meta/per_page"},
      {R"("path":"p")", R"("path":null)", error_code::wrong_type, "/meta/path"},
      {R"("prev":null)", R"("prev":1)", error_code::wrong_type, "/links/prev"},
      {R"("links":{)", R"("links":[{)", error_code::wrong_type, "/links"},
  };
  for (const auto& c : cases) {
    std::string doc = replace(page_with(kRun), c.from, c.to);
    if (std::string_view(c.to) == R"("links":[{)") doc = replace(doc, R"("next":null})", R"("next":null}])");
    EXPECT_TRUE(fails_with(d.decode_run_page(doc), c.code, c.pointer)) << c.to;
  }
  auto p = d.decode_run_page(
      replace(replace(replace(page_with(""), R"("from":1)", R"("from":null)"), R"("to":1)", R"("to":null)"),
              R"("total":1)", R"("total":0)"));
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_FALSE(p->meta.from);
  EXPECT_EQ(p->meta.total, 0);
  auto q = d.decode_run_page(replace(page_with(kRun), R"("per_page":2)", R"("per_page":2.0)"));
  ASSERT_TRUE(q) << q.error().message;
  EXPECT_EQ(q->meta.per_page, 2);
}

TEST(Pages, ModesForLinksAndMeta) {
  flowrun::decoder compat;
  auto p = compat.decode_run_page(R"({"data":[]})");
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_FALSE(p->meta.per_page);
  EXPECT_TRUE(compat.decode_run_page(R"({"data":[],"meta":{},"links":{},"other":1})"));
  EXPECT_TRUE(fails_with(compat.decode_run_page(R"({"meta":{}})"), error_code::missing_field, ""));
  flowrun::decoder st(strict());
  EXPECT_TRUE(fails_with(st.decode_run_page(R"({"data":[]})"), error_code::missing_field, ""));
  EXPECT_TRUE(fails_with(st.decode_run_page(replace(page_with(""), R"("prev":null,)", "")), error_code::missing_field,
                         "/links"));
  EXPECT_TRUE(
      fails_with(st.decode_run_page(replace(page_with(""), R"("path":"p",)", "")), error_code::missing_field, "/meta"));
  EXPECT_TRUE(fails_with(st.decode_run_page(replace(page_with(""), R"("path":"p",)", R"("path":"p","x":1,)")),
                         error_code::unknown_field, "/meta/x"));
  EXPECT_TRUE(fails_with(st.decode_run_page(replace(page_with(""), R"("data":)", R"("x":1,"data":)")),
                         error_code::unknown_field, "/x"));
}

// ---- log lists -----------------------------------------------------------------

TEST(Logs, ErrorsPointIntoTheArray) {
  flowrun::decoder d;
  const std::string log =
      R"({"id":"fl_log_a","node_id":"n","component_id":null,"status":"success","output":{},"created_at":"2025-10-31T12:00:00Z"})";
  auto ok = d.decode_logs("[" + log + "," + log + "]");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->size(), 2u);
  EXPECT_TRUE(fails_with(d.decode_logs("[" + log + "," + replace(log, "success", "fail") + "]"),
                         error_code::invalid_enum, "/1/status"));
  EXPECT_TRUE(fails_with(d.decode_logs("[" + log + ",null]"), error_code::wrong_type, "/1"));
  EXPECT_TRUE(d.decode_logs("[]"));
}

// ---- lifetime ------------------------------------------------------------------

TEST(Lifetime, OwnedCopiesOutliveTheDecoder) {
  std::optional<flowrun::owned<flowrun::workflow_run>> kept;
  std::optional<flowrun::owned<flowrun::run_page>> page;
  {
    flowrun::decoder d;
    auto r = d.decode_run(example("run.json"));
    ASSERT_TRUE(r);
    kept.emplace(flowrun::to_owned(*r));
    EXPECT_TRUE(**kept == *r);
    auto p = d.decode_run_page(example("page.json"));
    ASSERT_TRUE(p);
    page.emplace(flowrun::to_owned(*p));
    auto again = d.decode_run(kRun); // overwrites the decoder's storage
    ASSERT_TRUE(again);
  }
  EXPECT_EQ((*kept)->id.str(), "fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4");
  EXPECT_EQ((*kept)->logs[0].node_id, "n2");
  EXPECT_NE((*kept)->logs[0].output->text.find("\"ok\""), std::string_view::npos);
  EXPECT_EQ((*page)->data[0].logs[0].component_id, "webhook");
  EXPECT_EQ((*page)->links.first, "https://api.example.test/workflows/fl_a1b2c3d4e5f6g7h8/executions?page=1");
  flowrun::owned<flowrun::run_page> copy = *page;
  page.reset();
  EXPECT_EQ(copy->meta.path, "https://api.example.test/workflows/fl_a1b2c3d4e5f6g7h8/executions");
}

} // namespace

// ---- padded texts, read where they lie ----------------------------------------

namespace {

bool views_into(std::string_view v, std::string_view text) {
  return v.data() >= text.data() && v.data() + v.size() <= text.data() + text.size();
}

// The same outcome: equal values, or the same errors (codes, pointers,
// messages, offsets).
template <class T>
::testing::AssertionResult same_outcome(const flowrun::result<T>& got, const flowrun::result<T>& want) {
  if (got.has_value() != want.has_value())
    return ::testing::AssertionFailure() << (got ? "valid" : "invalid") << ", want " << (want ? "valid" : "invalid");
  if (got) {
    if (flowrun::to_owned(*got) == flowrun::to_owned(*want)) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "values differ";
  }
  const auto a = got.errors(), b = want.errors();
  if (std::equal(a.begin(), a.end(), b.begin(), b.end())) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "errors differ: " << a.front().message << " at " << a.front().offset
                                       << ", want " << b.front().message << " at " << b.front().offset;
}

// The raw output of the document's first log.
std::string_view first_output(const flowrun::document& doc) {
  const flowrun::log_entry* first = nullptr;
  if (const auto* r = std::get_if<flowrun::workflow_run>(&doc)) first = &r->logs[0];
  if (const auto* p = std::get_if<flowrun::run_page>(&doc)) first = &p->data[0].logs[0];
  if (const auto* l = std::get_if<flowrun::log_list>(&doc)) first = &(*l)[0];
  return first && first->output ? first->output->text : std::string_view();
}

TEST(Padded, ReadInPlaceTheValuesViewTheText) {
  std::string text = example("run.json");
  text.reserve(text.size() + flowrun::padding);
  flowrun::decoder d;
  auto r = d.decode_run(flowrun::padded_view(text));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_TRUE(views_into(r->logs[0].node_id, text));
  EXPECT_TRUE(views_into(r->logs[0].output->text, text));
  // Not padded: copied, as a std::string_view is.
  auto copied = d.decode_run(flowrun::padded_view(text.data(), text.size(), text.size() + flowrun::padding - 1));
  ASSERT_TRUE(copied);
  EXPECT_FALSE(views_into(copied->logs[0].node_id, text));
  EXPECT_EQ(copied->logs[0].node_id, "n2");
}

TEST(Padded, EveryKindAndEntryPoint) {
  for (const char* name : {"run.json", "page.json", "logs.json"}) {
    std::string text = example(name);
    text.reserve(text.size() + flowrun::padding);
    const flowrun::padded_view p(text);
    flowrun::decoder d, want;
    const flowrun::document_kind kind = name[0] == 'r'   ? flowrun::document_kind::run
                                        : name[0] == 'p' ? flowrun::document_kind::page
                                                         : flowrun::document_kind::logs;
    auto doc = d.decode(kind, p);
    ASSERT_TRUE(doc) << name;
    EXPECT_TRUE(flowrun::to_owned(*doc) == flowrun::to_owned(*want.decode(kind, text))) << name;
    switch (kind) {
    case flowrun::document_kind::run:
      EXPECT_TRUE(same_outcome(d.decode_as<flowrun::workflow_run>(p), want.decode_run(text)));
      break;
    case flowrun::document_kind::page:
      EXPECT_TRUE(same_outcome(d.decode_run_page(p), want.decode_run_page(text)));
      break;
    case flowrun::document_kind::logs: EXPECT_TRUE(same_outcome(d.decode_logs(p), want.decode_logs(text))); break;
    }
  }
}

// Every prefix of a document (most are truncated texts), read in place with
// each byte that may end it ('\0', white space) and, after that, padding that
// would complete it if the walk read it as text; and with an end byte that
// may not (the text is then copied): the outcome of the copied text each time.
TEST(Padded, TruncatedTextsAndHostilePadding) {
  const std::string docs[] = {
      kRun, example("page.json"),
      "[" +
          std::string(
              R"({"id":"fl_log_a","node_id":"n","status":"success","output":[true,false,null,-1.5e3],"created_at":"2025-10-31T12:00:00Z"})") +
          "]"};
  const flowrun::document_kind kinds[] = {flowrun::document_kind::run, flowrun::document_kind::page,
                                          flowrun::document_kind::logs};
  const std::string_view fills[] = {"}", "]", "e", "0", "\"", "\\", "ue,}]:\"1"};
  const char ends[] = {'\0', ' ', '\n', '\r', '\t', '}', 'e', '1'};
  flowrun::decoder d, want;
  std::size_t valid = 0, in_place = 0; // valid results from a text that ends well; those that view into it
  for (std::size_t k = 0; k < std::size(docs); ++k)
    for (std::size_t len = 0; len <= docs[k].size(); ++len) {
      const std::string_view text = std::string_view(docs[k]).substr(0, len);
      const auto expected = want.decode(kinds[k], text);
      for (char end : ends)
        for (std::string_view fill : fills) {
          std::string buf;
          const auto got = d.decode(kinds[k], padded_copy(buf, text, end, fill));
          ASSERT_TRUE(same_outcome(got, expected))
              << "prefix " << len << " of document " << k << ", then '" << end << "' and " << fill;
          if (got && (end == '\0' || flowrun::detail::is_json_space(end))) {
            ++valid;
            in_place += views_into(first_output(*got), buf);
          }
        }
    }
  // At least each whole document, read in place with each good end and padding.
  EXPECT_GE(valid, std::size(docs) * 5 * std::size(fills));
  EXPECT_EQ(in_place, valid);
}

TEST(Padded, RootScalarsEndWhereTheTextEnds) {
  // A scalar at the root ends at the end of the text, before any padding.
  flowrun::decoder d, want;
  for (const char* s : {"true", "false", "null", "tru", "nul", "fals", "1", "-", "-0", "1e", "1e5", "\"s\"", "\"s"}) {
    std::string buf;
    EXPECT_TRUE(same_outcome(d.decode_run(padded_copy(buf, s, '\0', "e")), want.decode_run(s))) << s;
  }
}

TEST(Padded, DecodeRunInPlaceWhateverThePaddingHolds) {
  std::string text = kRun;
  const std::size_t len = text.size();
  text.resize(len + flowrun::decoder::in_place_padding, '}');
  flowrun::decoder d, want;
  auto r = d.decode_run_in_place(text.data(), len);
  EXPECT_TRUE(same_outcome(r, want.decode_run(kRun)));
  ASSERT_TRUE(r);
  EXPECT_TRUE(views_into(r->logs[0].output->text, text));
  // A truncated text is not completed by the padding.
  text.assign(kRun, 0, len - 1);
  text.resize(len - 1 + flowrun::decoder::in_place_padding, '}');
  EXPECT_TRUE(same_outcome(d.decode_run_in_place(text.data(), len - 1),
                           want.decode_run(std::string_view(kRun).substr(0, len - 1))));
}

} // namespace
