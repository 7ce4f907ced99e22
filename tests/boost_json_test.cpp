// The Boost.JSON path: boost_decoder on texts and DOMs, and the tag_invoke
// conversions. (The JSON policy, for both decoders, is policy_test.cpp's; that
// they agree everywhere is the differential test's job.)
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

// ---- the text path ---------------------------------------------------------------------

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

// A reused decoder keeps its string chunks; a string that needs more room than
// the kept chunk it moves to gets a new one (detail::string_arena::grow). The
// first document leaves chunks of 4096 and 8192 bytes; in the second, Boost
// hands over the 10000 plain bytes before the escape in one piece, which must
// not be written into the 8192-byte chunk (an overflow a sanitizer build
// reports; a wrong chunk or copy shows in the value).
TEST(BoostDecoder, ReusedDecoderGrowsAKeptChunkThatIsTooSmall) {
  flowrun::boost_decoder d;
  std::string escaped, small;
  for (int i = 0; i < 1800; ++i) { // 5400 bytes: past the first chunk, within the second
    escaped += "\\t\\u00e9";
    small += "\t\xC3\xA9";
  }
  auto first = d.decode_run(replace(kRun, R"("error_message":null)", "\"error_message\":\"" + escaped + "\""));
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(*first->error_message, small);
  const std::string plain(10000, 'x');
  auto second = d.decode_run(replace(kRun, R"("error_message":null)", "\"error_message\":\"" + plain + "\\n\""));
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(*second->error_message, plain + "\n");
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
// value_to<workflow_run> is declared only to stop with a static_assert that names
// owned<workflow_run> (tests/compile_fail_test.py compiles it and reads the message).
static_assert(json::has_value_to<flowrun::workflow_run>::value);
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
  EXPECT_EQ(t.error(), error_code::missing_field);
  EXPECT_EQ(t.error().message(), "missing_field");
  EXPECT_EQ(t.error().to_string(), "std:flowrun:7");
  EXPECT_EQ(static_cast<std::error_code>(t.error()).category().name(), std::string("flowrun"));
  auto ok = json::try_value_to<flowrun::owned<flowrun::workflow_run>>(json::parse(kRun));
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ((*ok)->status, flowrun::run_status::completed);
  auto wrong = json::try_value_to<flowrun::owned<flowrun::log_list>>(json::parse("{}"));
  ASSERT_TRUE(wrong.has_error());
  EXPECT_EQ(wrong.error(), flowrun::make_error_code(error_code::wrong_type));
}

// boost_value_to keeps what an error_code cannot: the pointer, the position and the message.
TEST(BoostConversions, BoostValueToKeepsPointerAndMessage) {
  const json::value bad = json::parse(R"({"id":"fl_run_a1","status":"sucess","started_at":"2025-10-31T12:00:00Z"})");
  const flowrun::result<flowrun::owned<flowrun::workflow_run>> r = flowrun::boost_value_to<flowrun::workflow_run>(bad);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::invalid_enum);
  EXPECT_EQ(r.error().pointer, "/status");
  EXPECT_NE(r.error().message.find("\"sucess\" is not a run status"), std::string::npos) << r.error().message;
  auto t = json::try_value_to<flowrun::owned<flowrun::workflow_run>>(bad);
  ASSERT_TRUE(t.has_error());
  EXPECT_EQ(t.error(), error_code::invalid_enum);
  EXPECT_EQ(t.error().message(), "invalid_enum");

  const auto ok = flowrun::boost_value_to<flowrun::log_list>(json::parse(example("logs.json")));
  ASSERT_TRUE(ok);
  EXPECT_EQ((**ok)[0].node_id, "n2");
  const auto page = flowrun::boost_value_to<flowrun::run_page>(json::parse("[]"));
  ASSERT_FALSE(page);
  EXPECT_EQ(page.error().code, error_code::wrong_type);
  EXPECT_EQ(page.error().pointer, "");
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
    EXPECT_EQ(to_string(again->started_at), to_string(r->started_at));
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
