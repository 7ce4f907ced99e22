// The Boost.JSON path: boost_decoder on texts and DOMs, and the tag_invoke
// conversions. (That it agrees with the simdjson path everywhere is the
// differential test's job; here are the rules themselves.)
#include <flowrun/boost_json.hpp>

#include "support.hpp"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace {

using namespace flowrun_test;
namespace json = boost::json;
using flowrun::decode_mode;
using flowrun::error_code;
using flowrun::error_mode;

flowrun::decode_options strict() { return {.mode = decode_mode::strict}; }

::testing::AssertionResult run_fails(const std::string& doc, error_code code, std::string_view pointer,
                                     flowrun::decode_options o = {}) {
  flowrun::boost_decoder d(o);
  return fails_with(d.decode_run(doc), code, pointer);
}

std::string output_of(const std::string& doc) {
  flowrun::boost_decoder d;
  auto r = d.decode_run(doc);
  EXPECT_TRUE(r) << r.error().message;
  return r ? std::string(r->logs[0].output->text) : std::string();
}

// ---- examples ----------------------------------------------------------------------

TEST(BoostExamples, Run) {
  flowrun::boost_decoder d;
  const std::string text = example("run.json");
  auto r = d.decode_run(text);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->id.str(), "fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4");
  EXPECT_EQ(r->status, flowrun::run_status::completed);
  EXPECT_EQ(r->error_message, "Webhook request failed: 503 Service Unavailable");
  EXPECT_EQ(r->started_at.unix_seconds(), 1761912000);
  EXPECT_EQ(r->duration_in_seconds, 5.0);
  ASSERT_EQ(r->logs.size(), 1u);
  const auto& l = r->logs[0];
  EXPECT_EQ(l.node_id, "n2");
  EXPECT_EQ(l.component_id, "webhook");
  EXPECT_EQ(l.status, flowrun::log_status::success);
  // The raw output is the input's own bytes, from '{' to its '}'.
  ASSERT_TRUE(l.output);
  const std::size_t at = text.find("{", text.find("\"output\""));
  EXPECT_EQ(l.output->text, std::string_view(text).substr(at, text.find('}', text.find('}', at) + 1) - at + 1));
  EXPECT_EQ(l.created_at.to_string(), "2025-10-31T12:00:02.000000Z");
}

TEST(BoostExamples, EveryExampleInBothModes) {
  flowrun::boost_decoder compat, st(strict());
  EXPECT_TRUE(compat.decode_run(example("run.json")));
  EXPECT_TRUE(st.decode_run(example("run.json")));
  EXPECT_TRUE(compat.decode_run(example("run-legacy.json")));
  EXPECT_TRUE(fails_with(st.decode_run(example("run-legacy.json")), error_code::missing_field, "/logs/0"));
  auto p = st.decode_run_page(example("page.json"));
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->data.size(), 1u);
  EXPECT_EQ(p->data[0].logs[0].node_id, "n2");
  EXPECT_EQ(p->meta.per_page, 15);
  EXPECT_FALSE(p->links.prev);
  auto l = st.decode_logs(example("logs.json"));
  ASSERT_TRUE(l) << l.error().message;
  EXPECT_EQ(l->size(), 1u);
}

TEST(BoostExamples, LegacyRun) {
  flowrun::boost_decoder d;
  auto r = d.decode_run(example("run-legacy.json"));
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_TRUE(r->trigger_payload);
  EXPECT_EQ(r->trigger_payload->text, "{}");
  ASSERT_TRUE(r->workflow);
  EXPECT_NE(r->workflow->text.find("\"User Onboarding\""), std::string_view::npos);
  EXPECT_EQ(r->created_at->to_string(), "2023-11-07T05:31:56Z");
  EXPECT_EQ(r->logs[0].execution_id->str(), "fl_run_a1b2c3d4e5f6g7h8");
}

// ---- the policy points where Boost.JSON's own rules differ ---------------------------

TEST(BoostPolicy, DuplicateKeysAtEveryDepth) {
  // Boost's DOM keeps the last duplicate; the SAX walk sees both.
  const std::string doc = replace(kRun, R"("message":"ok")", R"("message":"ok","message":"ok")");
  flowrun::boost_decoder d;
  auto r = d.decode_run(doc);
  EXPECT_TRUE(fails_with(r, error_code::duplicate_key, "/logs/0/output/body/message"));
  EXPECT_EQ(r.error().offset, doc.find("\"message\"", doc.find("\"message\"") + 1));
  EXPECT_TRUE(run_fails(replace(kRun, R"("status":"completed")", R"("status":"completed","st\u0061tus":"failed")"),
                        error_code::duplicate_key, "/status"));
  EXPECT_TRUE(run_fails(replace(kRun, R"("status":"completed")", R"("status":"completed","x":[{"a":1,"a":1}])"),
                        error_code::duplicate_key, "/x/0/a"));
}

TEST(BoostPolicy, HugeNumbersAreValidInRawValuesOutOfRangeInTypedFields) {
  const std::string nums = R"({"a":1e400,"b":-1e400,"c":123456789012345678901234567890,"d":1e-400,"e":-0,)"
                           R"("f":1e2147483648,"g":-1.5e-7,"h":1E-2147483649,"i":1e99999999999})";
  EXPECT_EQ(output_of(replace(kRun, R"({"status":200,"body":{"message":"ok"}})", nums)), nums);
  for (const char* bad : {"1e400", "-1e400", "1e2147483648", "1e99999999999", "-1"})
    EXPECT_TRUE(run_fails(replace(kRun, R"("duration_in_seconds":5)", std::string(R"("duration_in_seconds":)") + bad),
                          error_code::out_of_range, "/duration_in_seconds"))
        << bad;
  flowrun::boost_decoder d;
  for (auto [text, value] : {std::pair{"1e-400", 0.0}, std::pair{"-0", 0.0}, std::pair{"0.0001e312", 1e308},
                             std::pair{"1e-2147483649", 0.0}, std::pair{"7e62", 7e62}}) {
    auto r = d.decode_run(replace(kRun, R"("duration_in_seconds":5)", std::string(R"("duration_in_seconds":)") + text));
    ASSERT_TRUE(r) << text;
    EXPECT_EQ(*r->duration_in_seconds, value) << text; // exactly: from the text, not from Boost's double
  }
}

TEST(BoostPolicy, InvalidUtf8AndSurrogates) {
  const std::string bad = replace(kRun, R"("message":"ok")", "\"message\":\"o\xC3\x28k\"");
  flowrun::boost_decoder d;
  auto r = d.decode_run(bad);
  EXPECT_TRUE(fails_with(r, error_code::invalid_utf8, "/logs/0/output/body/message"));
  EXPECT_EQ(r.error().offset, bad.find('\xC3'));
  for (const char* s : {R"(\ud800)", R"(\udc00)", R"(\ud800\u0041)", R"(\ude00\ud83d)", R"(\ud800x)"})
    EXPECT_TRUE(run_fails(replace(kRun, R"("message":"ok")", std::string(R"("message":")") + s + "\""),
                          error_code::invalid_utf8, "/logs/0/output/body/message"))
        << s;
  auto ok = d.decode_run(replace(kRun, R"("error_message":null)", R"("error_message":"\ud83d\ude00 \u00e9\n\"")"));
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(*ok->error_message, "\xF0\x9F\x98\x80 \xC3\xA9\n\"");
}

TEST(BoostPolicy, TrailingContent) {
  for (const char* tail : {"x", "{}", "]", "}", "0", ",", "\"s\"", "//c", "/*c*/"}) {
    auto r = flowrun::boost_decoder().decode_run(kRun + " " + tail);
    EXPECT_TRUE(fails_with(r, error_code::trailing_content, "")) << tail;
    EXPECT_EQ(r.error().offset, kRun.size() + 1) << tail;
  }
  flowrun::boost_decoder d;
  EXPECT_TRUE(d.decode_run(" \t\r\n" + kRun + " \t\r\n"));
  EXPECT_TRUE(fails_with(d.decode_run("\"a\" \"b\""), error_code::trailing_content, ""));
  EXPECT_TRUE(fails_with(d.decode_logs("[] []"), error_code::trailing_content, ""));
}

TEST(BoostPolicy, NotJson) {
  const std::string out = R"("output":{"status":200,"body":{"message":"ok"}})";
  for (const char* bad : {R"({"a":01})", R"({"a":1,})", R"({'a':1})", R"({"a":NaN})", R"({"a":.5})", R"({"a":[1,]})",
                          R"({"a":/*c*/1})", R"({"a":Infinity})", R"({a:1})", R"({"a":-})", R"({"a":0x1})"}) {
    auto r = flowrun::boost_decoder().decode_run(replace(kRun, out, std::string("\"output\":") + bad));
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, error_code::syntax_error) << bad << ": " << r.error().message;
    EXPECT_EQ(r.error().pointer.substr(0, 14), "/logs/0/output") << bad;
  }
  EXPECT_TRUE(run_fails("\xEF\xBB\xBF" + kRun, error_code::syntax_error, ""));
  EXPECT_TRUE(run_fails("", error_code::syntax_error, ""));
  EXPECT_TRUE(run_fails("  ", error_code::syntax_error, ""));
  const std::string tab = replace(kRun, R"("message":"ok")", "\"message\":\"o\tk\"");
  auto r = flowrun::boost_decoder().decode_run(tab);
  EXPECT_TRUE(fails_with(r, error_code::syntax_error, "/logs/0/output/body/message"));
  EXPECT_EQ(r.error().offset, tab.find('\t'));
}

TEST(BoostPolicy, Truncations) {
  flowrun::boost_decoder d;
  for (std::size_t n = 0; n < kRun.size(); ++n) {
    auto r = d.decode_run(std::string_view(kRun).substr(0, n));
    ASSERT_FALSE(r) << n;
    EXPECT_TRUE(flowrun::is_well_formedness_error(r.error().code)) << n << ": " << to_string(r.error().code);
  }
}

TEST(BoostPolicy, DepthLimitBoundary) {
  // Root (1) > logs (2) > log (3) > output (4) > nested arrays.
  auto nested = [](int n) { return std::string(n, '[') + std::string(n, ']'); };
  const std::string out = R"("output":{"status":200,"body":{"message":"ok"}})";
  flowrun::boost_decoder d;
  EXPECT_TRUE(d.decode_run(replace(kRun, out, "\"output\":{\"x\":" + nested(252) + "}")));
  auto r = d.decode_run(replace(kRun, out, "\"output\":{\"x\":" + nested(253) + "}"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::depth_exceeded);
  EXPECT_EQ(
      r.error().pointer, "/logs/0/output/x" + [] {
        std::string p;
        for (int i = 0; i < 252; ++i) p += "/0";
        return p;
      }());
  flowrun::boost_decoder small({.max_depth = 4});
  const std::string head = kRun.substr(0, kRun.find(R"(,"logs")"));
  EXPECT_TRUE(small.decode_run(head + R"(,"x":[[[]]]})"));
  EXPECT_TRUE(fails_with(small.decode_run(head + R"(,"x":[[[[]]]]})"), error_code::depth_exceeded, "/x/0/0/0"));
  // Boost's own limit (32 by default) is not the one that applies.
  flowrun::boost_decoder deep({.max_depth = flowrun::max_depth_limit});
  const int ceiling = static_cast<int>(flowrun::max_depth_limit);
  EXPECT_TRUE(deep.decode_run(head + ",\"x\":" + nested(ceiling - 1) + "}"));
  EXPECT_TRUE(fails_with(deep.decode_run(head + ",\"x\":" + nested(ceiling) + "}"), error_code::depth_exceeded, [&] {
    std::string p = "/x";
    for (int i = 1; i < ceiling; ++i) p += "/0";
    return p;
  }()));
}

TEST(BoostPolicy, SizeLimit) {
  flowrun::boost_decoder d({.max_size = kRun.size()});
  EXPECT_TRUE(d.decode_run(kRun));
  EXPECT_TRUE(fails_with(d.decode_run(kRun + " "), error_code::too_large, ""));
}

TEST(BoostPolicy, StrictAndCompatibleModes) {
  const std::string extra =
      replace(kRun, R"("status":"completed")", R"("status":"completed","extra":{"a":[1,{"b":null}]})");
  EXPECT_TRUE(flowrun::boost_decoder().decode_run(extra));
  EXPECT_TRUE(run_fails(extra, error_code::unknown_field, "/extra", strict()));
  const std::string minimal = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"})";
  auto r = flowrun::boost_decoder().decode_run(minimal);
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->completed_at);
  EXPECT_FALSE(r->has_logs);
  EXPECT_TRUE(run_fails(minimal, error_code::missing_field, "", strict()));
  EXPECT_TRUE(run_fails(replace(kRun, R"("status":"completed",)", ""), error_code::missing_field, ""));
}

TEST(BoostPolicy, EscapedKeysAreTheSameKeys) {
  flowrun::boost_decoder d(strict());
  auto r = d.decode_run(replace(kRun, R"("status":"completed")", R"("st\u0061tus":"comp\u006ceted")"));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->status, flowrun::run_status::completed);
}

TEST(BoostPolicy, CollectAllInDocumentOrderWithPositions) {
  const std::string doc = replace(
      replace(replace(kRun, R"("status":"completed")", R"("status":"done")"), R"("node_id":"n2")", R"("node_id":"")"),
      R"("status":"success")", R"("status":"ok")");
  flowrun::boost_decoder all({.errors = error_mode::collect_all});
  auto r = all.decode_run(doc);
  ASSERT_EQ(r.errors().size(), 3u);
  EXPECT_EQ(r.errors()[0].pointer, "/status");
  EXPECT_EQ(r.errors()[0].offset, doc.find("\"done\""));
  EXPECT_EQ(r.errors()[1].pointer, "/logs/0/node_id");
  EXPECT_EQ(r.errors()[2].pointer, "/logs/0/status");
  const std::string lines =
      "{\n  \"id\": \"fl_run_a1\",\n  \"status\": \"Done\",\n  \"started_at\": \"2025-10-31T12:00:00Z\"\n}";
  auto e = flowrun::boost_decoder().decode_run(lines);
  ASSERT_FALSE(e);
  EXPECT_EQ(e.error().line, 3u);
  EXPECT_EQ(e.error().column, 13u);
}

TEST(BoostPolicy, PagesAndLogLists) {
  const std::string page =
      R"({"data":[RUN,RUN,RUN],"links":{"first":"f","last":"l","prev":null,"next":null},)"
      R"("meta":{"current_page":1,"from":1,"last_page":1,"path":"p","per_page":2,"to":1,"total":1e400}})";
  std::string doc = page;
  for (std::size_t at; (at = doc.find("RUN")) != std::string::npos;) doc.replace(at, 3, kRun);
  flowrun::boost_decoder all({.errors = error_mode::collect_all});
  auto p = all.decode_run_page(doc);
  ASSERT_EQ(p.errors().size(), 2u);
  EXPECT_EQ(p.errors()[0].pointer, "/data");
  EXPECT_EQ(p.errors()[1].pointer, "/meta/total");
  EXPECT_TRUE(
      fails_with(flowrun::boost_decoder().decode_logs(R"([{"id":"fl_log_a"},null])"), error_code::missing_field, "/0"));
}

TEST(BoostDecoder, LongEscapedStringsKeepTheirValues) {
  // More unescaped text than one arena chunk, in many strings and one long one.
  std::string out = "{";
  for (int i = 0; i < 2000; ++i) out += "\"k\\u00e9" + std::to_string(i) + "\":\"v\\n" + std::to_string(i) + "\",";
  out += "\"long\":\"x\"}";
  std::string long_json, expected_long;
  for (int i = 0; i < 20000; ++i) {
    long_json += "\\t\\u00e9";
    expected_long += "\t\xC3\xA9";
  }
  std::string doc = replace(kRun, R"("error_message":null)", "\"error_message\":\"" + long_json + "\"");
  doc = replace(doc, R"({"status":200,"body":{"message":"ok"}})", out);
  flowrun::boost_decoder d;
  auto r = d.decode_run(doc);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(*r->error_message, expected_long);
  EXPECT_EQ(r->logs[0].output->text, out);
  // A duplicate among the 2000 escaped keys is still found.
  auto dup = d.decode_run(replace(doc, "\"k\\u00e91999\"", "\"k\\u00e90\""));
  EXPECT_TRUE(fails_with(dup, error_code::duplicate_key,
                         "/logs/0/output/k\xC3\xA9"
                         "0"));
}

TEST(BoostDecoder, ReusableAfterErrors) {
  flowrun::boost_decoder d;
  EXPECT_FALSE(d.decode_run("{"));
  EXPECT_FALSE(d.decode_run(kRun + "x"));
  EXPECT_FALSE(d.decode_run(replace(kRun, "\"duration_in_seconds\":5", "\"duration_in_seconds\":1e2147483648")));
  auto r = d.decode_run(kRun);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->logs[0].output->text, R"({"status":200,"body":{"message":"ok"}})");
}

TEST(BoostDecoder, ValuesOutliveTheInputText) {
  flowrun::boost_decoder d;
  std::optional<flowrun::result<flowrun::workflow_run>> r;
  {
    std::string text = replace(kRun, R"("error_message":null)", R"("error_message":"plain")");
    r.emplace(d.decode_run(text));
    text.assign(text.size(), ' ');
  }
  ASSERT_TRUE(*r);
  EXPECT_EQ((*r)->error_message, "plain");
  EXPECT_EQ((*r)->logs[0].output->text, R"({"status":200,"body":{"message":"ok"}})");
}

// ---- the DOM door --------------------------------------------------------------------

TEST(BoostDom, DecodesAValueWithTheSameRules) {
  flowrun::boost_decoder d(strict());
  const json::value jv = json::parse(example("run.json"));
  auto r = d.decode_run(jv);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->id.str(), "fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4");
  EXPECT_EQ(r->logs[0].output->text, R"({"status":200,"body":{"message":"ok"}})");
  json::value bad = jv;
  bad.as_object()["status"] = "Completed";
  EXPECT_TRUE(fails_with(d.decode_run(bad), error_code::invalid_enum, "/status"));
  bad.as_object()["extra"] = 1;
  EXPECT_TRUE(fails_with(
      flowrun::boost_decoder({.mode = decode_mode::strict, .errors = error_mode::collect_all}).decode_run(bad),
      error_code::invalid_enum, "/status"));
  bad.as_object().erase("status");
  EXPECT_TRUE(fails_with(d.decode_run(bad), error_code::missing_field, ""));
}

TEST(BoostDom, DuplicatesAreAlreadyGone) {
  // Documented limit of the DOM door: Boost kept the last "status".
  const std::string doc = replace(kRun, R"("status":"completed")", R"("status":"completed","status":"completed")");
  EXPECT_TRUE(run_fails(doc, error_code::duplicate_key, "/status"));
  auto r = flowrun::boost_decoder().decode_run(json::parse(doc));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, flowrun::run_status::completed);
}

TEST(BoostDom, NumbersStringsAndDepthAConstructedValueMayHold) {
  json::value jv = json::parse(kRun);
  json::object& o = jv.as_object();
  flowrun::boost_decoder d;
  o["duration_in_seconds"] = std::numeric_limits<double>::infinity();
  EXPECT_TRUE(fails_with(d.decode_run(jv), error_code::out_of_range, "/duration_in_seconds"));
  o["duration_in_seconds"] = 2.5;
  o["logs"].as_array()[0].as_object()["output"].as_object()["big"] = -std::numeric_limits<double>::infinity();
  auto r = d.decode_run(jv);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(*r->duration_in_seconds, 2.5);
  EXPECT_EQ(r->logs[0].output->text, R"({"status":200,"body":{"message":"ok"},"big":-1e99999})");
  o["logs"].as_array()[0].as_object()["output"].as_object()["nan"] = std::numeric_limits<double>::quiet_NaN();
  EXPECT_TRUE(fails_with(d.decode_run(jv), error_code::syntax_error, "/logs/0/output/nan"));
  o["logs"].as_array()[0].as_object()["output"].as_object().erase("nan");
  o["error_message"] = "bad \xFF byte";
  EXPECT_TRUE(fails_with(d.decode_run(jv), error_code::invalid_utf8, "/error_message"));
  o["error_message"] = nullptr;
  o["x\xC0"] = 1;
  EXPECT_TRUE(fails_with(d.decode_run(jv), error_code::invalid_utf8, ""));
  o.erase("x\xC0");
  json::value deep = json::array();
  for (int i = 0; i < 300; ++i) deep = json::array{deep};
  o["deep"] = deep;
  auto e = d.decode_run(jv);
  ASSERT_FALSE(e);
  EXPECT_EQ(e.error().code, error_code::depth_exceeded);
  EXPECT_EQ(e.error().pointer.substr(0, 8), "/deep/0/");
}

// ---- conversions ---------------------------------------------------------------------

// value_to has no context in Boost 1.81: only the owning types convert.
static_assert(json::has_value_to<flowrun::owned<flowrun::workflow_run>>::value);
static_assert(json::has_value_to<flowrun::owned<flowrun::run_page>>::value);
static_assert(json::has_value_to<flowrun::owned<flowrun::log_list>>::value);
static_assert(!json::has_value_to<flowrun::workflow_run>::value);
static_assert(json::has_value_from<flowrun::workflow_run>::value);
static_assert(json::has_value_from<flowrun::log_entry>::value);
static_assert(json::has_value_from<flowrun::run_page>::value);
static_assert(json::has_value_from<flowrun::log_list>::value);

TEST(BoostConversions, ValueToOwningTypes) {
  const json::value run = json::parse(example("run.json"));
  auto r = json::value_to<flowrun::owned<flowrun::workflow_run>>(run);
  EXPECT_EQ(r->id.str(), "fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4");
  EXPECT_EQ(r->logs[0].node_id, "n2");
  auto p = json::value_to<flowrun::owned<flowrun::run_page>>(json::parse(example("page.json")));
  EXPECT_EQ(p->data[0].logs[0].component_id, "webhook");
  auto l = json::value_to<flowrun::owned<flowrun::log_list>>(json::parse(example("logs.json")));
  ASSERT_EQ(l->size(), 1u);
  EXPECT_EQ((*l)[0].output->text, R"({"status":200,"body":{"message":"ok"}})");
}

TEST(BoostConversions, ErrorsAreFlowrunErrorCodes) {
  json::value bad = json::parse(kRun);
  bad.as_object().erase("started_at");
  try {
    (void)json::value_to<flowrun::owned<flowrun::workflow_run>>(bad);
    ADD_FAILURE() << "no exception";
  } catch (const flowrun::bad_result_access& e) {
    EXPECT_EQ(e.code(), flowrun::make_error_code(error_code::missing_field));
    EXPECT_STREQ(e.code().category().name(), "flowrun");
    EXPECT_EQ(e.error().pointer, "");
    EXPECT_NE(std::string(e.what()).find("started_at"), std::string::npos);
  }
  auto t = json::try_value_to<flowrun::owned<flowrun::workflow_run>>(bad);
  ASSERT_TRUE(t.has_error());
  EXPECT_EQ(t.error(), flowrun::make_error_code(error_code::missing_field));
  EXPECT_EQ(static_cast<std::error_code>(t.error()).category().name(), std::string("flowrun"));
  auto ok = json::try_value_to<flowrun::owned<flowrun::workflow_run>>(json::parse(kRun));
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ((*ok)->status, flowrun::run_status::completed);
  auto wrong = json::try_value_to<flowrun::owned<flowrun::log_list>>(json::parse("{}"));
  ASSERT_TRUE(wrong.has_error());
  EXPECT_EQ(wrong.error(), flowrun::make_error_code(error_code::wrong_type));
}

TEST(BoostConversions, ValueFromWritesTheContract) {
  flowrun::boost_decoder d;
  auto r = d.decode_run(example("run-legacy.json"));
  ASSERT_TRUE(r);
  const json::object o = json::value_from(*r).as_object();
  EXPECT_EQ(o.at("id"), "fl_run_a1b2c3d4e5f6g7h8");
  EXPECT_EQ(o.at("status"), "pending");
  EXPECT_TRUE(o.at("error_message").is_null());
  EXPECT_TRUE(o.at("completed_at").is_null());
  EXPECT_TRUE(o.at("duration_in_seconds").is_null());
  EXPECT_EQ(o.at("created_at"), "2023-11-07T05:31:56Z");
  EXPECT_EQ(o.at("trigger_payload"), json::object());
  EXPECT_EQ(o.at("workflow").at("name"), "User Onboarding");
  const json::object& log = o.at("logs").at(0).as_object();
  EXPECT_TRUE(log.at("component_id").is_null());
  EXPECT_EQ(log.at("execution_id"), "fl_run_a1b2c3d4e5f6g7h8");
  // Absent optional fields stay absent; logs only when the key was there.
  auto m = d.decode_run(R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31t12:00:00.5+01:00",)"
                        R"("duration_in_seconds":2.5})");
  ASSERT_TRUE(m);
  const json::object mo = json::value_from(*m).as_object();
  EXPECT_FALSE(mo.contains("logs"));
  EXPECT_FALSE(mo.contains("trigger_payload"));
  EXPECT_FALSE(mo.contains("created_at"));
  EXPECT_EQ(mo.at("started_at"), "2025-10-31t12:00:00.5+01:00");
  EXPECT_EQ(mo.at("duration_in_seconds"), 2.5);
  EXPECT_EQ(json::serialize(json::value_from(*d.decode_run(kRun))).find("\"duration_in_seconds\":5,") !=
                std::string::npos,
            true);
}

// decode -> value_from -> serialize -> decode gives the same values; raw JSON
// compares as JSON (the writer's spacing differs from the input's).
template <class T> json::value as_json(const T& v) { return json::value_from(v); }

TEST(BoostConversions, RoundTrip) {
  flowrun::boost_decoder first, second;
  for (const char* name : {"run.json", "run-legacy.json"}) {
    auto r = first.decode_run(example(name));
    ASSERT_TRUE(r);
    const std::string text = json::serialize(json::value_from(*r));
    auto again = second.decode_run(text);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(as_json(*r), as_json(*again)) << name;
    EXPECT_EQ(again->started_at.to_string(), r->started_at.to_string());
    EXPECT_EQ(json::serialize(json::value_from(*again)), text) << "a fixed point";
  }
  auto p = first.decode_run_page(example("page.json"));
  ASSERT_TRUE(p);
  auto p2 = second.decode_run_page(json::serialize(json::value_from(*p)));
  ASSERT_TRUE(p2) << p2.error().message;
  EXPECT_EQ(as_json(*p), as_json(*p2));
  EXPECT_EQ(p2->meta, p->meta);
  EXPECT_EQ(p2->links, p->links);
  auto l = first.decode_logs(example("logs.json"));
  ASSERT_TRUE(l);
  auto l2 = second.decode_logs(json::serialize(json::value_from(*l)));
  ASSERT_TRUE(l2);
  EXPECT_EQ(as_json(*l), as_json(*l2));
  // Through the DOM and the owning types, with numbers past the double range.
  auto big = first.decode_run(replace(kRun, R"("status":200)", R"("status":1e400,"n":7e62,"m":-1e2147483648)"));
  ASSERT_TRUE(big) << big.error().message;
  const json::value jv = json::value_from(flowrun::to_owned(*big));
  EXPECT_EQ(jv.at("logs").at(0).at("output").at("n"), 7e62); // correctly rounded, unlike boost::json::parse("7e62")
  auto owned = json::value_to<flowrun::owned<flowrun::workflow_run>>(jv);
  EXPECT_EQ(as_json(owned), jv);
  EXPECT_EQ(owned->logs[0].output->text, R"({"status":1e99999,"n":7E62,"m":-1e99999,"body":{"message":"ok"}})");
}

} // namespace
