// The JSON policy of docs/contract.md (strictness, limits, duplicates, modes,
// error collection) and the API's examples, written once and run through both
// decoders: they share one grammar, so every case here holds for each of them.
#include <flowrun/boost_json.hpp>
#include <flowrun/findings.hpp>
#include <flowrun/simdjson.hpp>

#include "support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <type_traits>

namespace {

using namespace flowrun_test;

using flowrun::decode_mode;
using flowrun::error_code;
using flowrun::error_mode;

flowrun::decode_options strict() { return {.mode = decode_mode::strict}; }
flowrun::decode_options all_errors() { return {.errors = error_mode::collect_all}; }

template <class Decoder>
::testing::AssertionResult run_fails(const std::string& doc, error_code code, std::string_view pointer,
                                     flowrun::decode_options o = {}) {
  Decoder d(o);
  return fails_with(d.decode_run(doc), code, pointer);
}

using Decoders = ::testing::Types<flowrun::decoder, flowrun::boost_decoder>;
struct decoder_name {
  template <class T> static std::string GetName(int) {
    return std::is_same_v<T, flowrun::decoder> ? "simdjson" : "boost";
  }
};

template <class Decoder> class Json : public ::testing::Test {};
template <class Decoder> class Duplicates : public ::testing::Test {};
template <class Decoder> class Modes : public ::testing::Test {};
template <class Decoder> class Errors : public ::testing::Test {};
template <class Decoder> class Documents : public ::testing::Test {};
template <class Decoder> class Examples : public ::testing::Test {};
TYPED_TEST_SUITE(Json, Decoders, decoder_name);
TYPED_TEST_SUITE(Duplicates, Decoders, decoder_name);
TYPED_TEST_SUITE(Modes, Decoders, decoder_name);
TYPED_TEST_SUITE(Errors, Decoders, decoder_name);
TYPED_TEST_SUITE(Documents, Decoders, decoder_name);
TYPED_TEST_SUITE(Examples, Decoders, decoder_name);

const std::string kOutput = R"("output":{"status":200,"body":{"message":"ok"}})";

// The output of kRun with its object replaced by `out`, as the decoder kept it.
template <class Decoder> std::string output_of(const std::string& out) {
  Decoder d;
  auto r = d.decode_run(replace(kRun, R"({"status":200,"body":{"message":"ok"}})", out));
  EXPECT_TRUE(r) << r.error().message;
  return r ? std::string(r->logs[0].output->text) : std::string();
}

// ---- the API's own examples ----------------------------------------------------

TYPED_TEST(Examples, Run) {
  TypeParam d;
  const std::string text = example("run.json");
  auto r = d.decode_run(text);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->id.str(), "fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4");
  EXPECT_EQ(r->status, flowrun::run_status::completed);
  EXPECT_EQ(r->error_message, "Webhook request failed: 503 Service Unavailable");
  EXPECT_EQ(r->started_at.unix_seconds(), 1761912000);
  ASSERT_TRUE(r->completed_at);
  EXPECT_EQ(r->completed_at->unix_seconds(), 1761912005);
  EXPECT_EQ(r->duration_in_seconds, 5.0);
  ASSERT_TRUE(r->has_logs);
  ASSERT_EQ(r->logs.size(), 1u);
  const auto& l = r->logs[0];
  EXPECT_EQ(l.id.str(), "fl_log_01h3j4k5l6m7n8p9q0r1s2t3u4");
  EXPECT_EQ(l.node_id, "n2");
  EXPECT_EQ(l.component_id, "webhook");
  EXPECT_EQ(l.status, flowrun::log_status::success);
  // The raw output is the input's own bytes, from '{' to its '}'.
  ASSERT_TRUE(l.output);
  const std::size_t at = text.find("{", text.find("\"output\""));
  EXPECT_EQ(l.output->text, std::string_view(text).substr(at, text.find('}', text.find('}', at) + 1) - at + 1));
  EXPECT_NE(l.output->text.find("\"message\": \"ok\""), std::string_view::npos);
  EXPECT_EQ(to_string(l.created_at), "2025-10-31T12:00:02.000000Z");
  EXPECT_FALSE(r->trigger_payload);
}

TYPED_TEST(Examples, EveryExampleInBothModes) {
  TypeParam compat, st(strict());
  for (auto* d : {&compat, &st}) {
    EXPECT_TRUE(d->decode_run(example("run.json")));
    EXPECT_TRUE(d->decode_run_page(example("page.json")));
    EXPECT_TRUE(d->decode_logs(example("logs.json")));
  }
  EXPECT_TRUE(compat.decode_run(example("run-legacy.json")));
  // component_id is not marked optional in docs/contract.md; the legacy example omits it.
  auto r = st.decode_run(example("run-legacy.json"));
  ASSERT_TRUE(fails_with(r, error_code::missing_field, "/logs/0"));
  EXPECT_NE(r.error().message.find("component_id"), std::string::npos);
}

TYPED_TEST(Examples, LegacyRun) {
  TypeParam d;
  auto r = d.decode_run(example("run-legacy.json"));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->status, flowrun::run_status::pending);
  EXPECT_FALSE(r->error_message);
  EXPECT_FALSE(r->completed_at);
  EXPECT_FALSE(r->duration_in_seconds);
  ASSERT_TRUE(r->trigger_payload);
  EXPECT_EQ(r->trigger_payload->text, "{}");
  ASSERT_TRUE(r->created_at);
  EXPECT_EQ(to_string(*r->created_at), "2023-11-07T05:31:56Z");
  ASSERT_TRUE(r->workflow);
  EXPECT_EQ(r->workflow->text.substr(0, 1), "{");
  EXPECT_NE(r->workflow->text.find("\"User Onboarding\""), std::string_view::npos);
  ASSERT_EQ(r->logs.size(), 1u);
  ASSERT_TRUE(r->logs[0].execution_id);
  EXPECT_EQ(r->logs[0].execution_id->str(), "fl_run_a1b2c3d4e5f6g7h8");
  EXPECT_FALSE(r->logs[0].component_id);
  EXPECT_EQ(r->logs[0].output->text, "{}");
}

TYPED_TEST(Examples, PageInStrictMode) {
  TypeParam d(strict());
  auto p = d.decode_run_page(example("page.json"));
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->data.size(), 1u);
  EXPECT_EQ(p->data[0].logs.size(), 1u);
  EXPECT_EQ(p->data[0].logs[0].node_id, "n2");
  EXPECT_EQ(p->links.first, "https://api.example.test/workflows/fl_a1b2c3d4e5f6g7h8/executions?page=1");
  EXPECT_FALSE(p->links.prev);
  EXPECT_FALSE(p->links.next);
  EXPECT_EQ(p->meta.current_page, 1);
  EXPECT_EQ(p->meta.from, 1);
  EXPECT_EQ(p->meta.last_page, 1);
  EXPECT_EQ(p->meta.per_page, 15);
  EXPECT_EQ(p->meta.to, 1);
  EXPECT_EQ(p->meta.total, 1);
  EXPECT_EQ(p->meta.path, "https://api.example.test/workflows/fl_a1b2c3d4e5f6g7h8/executions");
}

TYPED_TEST(Examples, LogsInStrictMode) {
  TypeParam d(strict());
  auto l = d.decode_logs(example("logs.json"));
  ASSERT_TRUE(l) << l.error().message;
  ASSERT_EQ(l->size(), 1u);
  EXPECT_EQ((*l)[0].component_id, "webhook");
}

// ---- JSON strictness -----------------------------------------------------------

TYPED_TEST(Json, SyntaxErrors) {
  for (const char* bad :
       {R"({"a":01})",     R"({"a":1,})",       R"({'a':1})",       R"({"a":NaN})",  R"({"a":-})",    R"({"a":.5})",
        R"({"a":1.})",     R"({"a":1e})",       R"({"a":+1})",      R"({"a":0x10})", R"({"a":0x1})",  R"({"a":tru})",
        R"({"a":nul})",    R"({"a" 1})",        R"({"a":1 "b":2})", R"({"a":[1,]})", R"({"a":[,1]})", R"({"a":"\x"})",
        R"({"a":/*c*/1})", R"({"a":Infinity})", R"({a:1})"}) {
    auto r = TypeParam().decode_run(replace(kRun, kOutput, std::string("\"output\":") + bad));
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, error_code::syntax_error) << bad << ": " << r.error().message;
    EXPECT_EQ(r.error().pointer.substr(0, 14), "/logs/0/output") << bad;
  }
}

TYPED_TEST(Json, SyntaxErrorPointerNamesDeepestMember) {
  EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, R"("status":200)", R"("status":020)"), error_code::syntax_error,
                                   "/logs/0/output/status"));
  EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, R"("duration_in_seconds":5)", R"("duration_in_seconds":05)"),
                                   error_code::syntax_error, "/duration_in_seconds"));
}

TYPED_TEST(Json, BomCommentsAndEmptyInput) {
  EXPECT_TRUE(run_fails<TypeParam>("\xEF\xBB\xBF" + kRun, error_code::syntax_error, ""));
  // Named, not "unexpected byte 0xef": a user's editor added it.
  EXPECT_NE(TypeParam().decode_run("\xEF\xBB\xBF" + kRun).error().message.find("byte order mark"), std::string::npos);
  EXPECT_TRUE(run_fails<TypeParam>("// c\n" + kRun, error_code::syntax_error, ""));
  EXPECT_TRUE(run_fails<TypeParam>("", error_code::syntax_error, ""));
  EXPECT_TRUE(run_fails<TypeParam>("  ", error_code::syntax_error, ""));
  EXPECT_TRUE(run_fails<TypeParam>("   \n ", error_code::syntax_error, ""));
}

TYPED_TEST(Json, TrailingContent) {
  for (const char* tail : {"x", "{}", "]", "}", "0", ",", "\"s\"", "//c", "/*c*/"}) {
    auto r = TypeParam().decode_run(kRun + " " + tail);
    ASSERT_TRUE(fails_with(r, error_code::trailing_content, "")) << tail;
    EXPECT_EQ(r.error().offset, kRun.size() + 1) << tail;
  }
  TypeParam d;
  EXPECT_TRUE(d.decode_run(" \t\r\n" + kRun + " \t\r\n"));
  EXPECT_TRUE(fails_with(d.decode_run("\"a\" \"b\""), error_code::trailing_content, ""));
  EXPECT_TRUE(fails_with(d.decode_logs("[] []"), error_code::trailing_content, ""));
}

TYPED_TEST(Json, Truncations) {
  TypeParam d;
  for (std::size_t n = 0; n < kRun.size(); ++n) {
    auto r = d.decode_run(std::string_view(kRun).substr(0, n));
    ASSERT_FALSE(r) << n;
    EXPECT_TRUE(flowrun::is_well_formedness_error(r.error().code)) << n << ": " << to_string(r.error().code);
  }
}

TYPED_TEST(Json, InvalidUtf8IsReportedWithItsOffset) {
  const std::string doc = replace(kRun, R"("message":"ok")", "\"message\":\"o\xC3\x28k\"");
  TypeParam d;
  auto r = d.decode_run(doc);
  ASSERT_TRUE(fails_with(r, error_code::invalid_utf8, "/logs/0/output/body/message"));
  EXPECT_EQ(r.error().offset, doc.find('\xC3'));
  for (const char* bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF", "\xE2\x82"}) {
    auto r2 = d.decode_run(replace(kRun, R"("message":"ok")", std::string("\"message\":\"") + bad + "\""));
    ASSERT_FALSE(r2);
    EXPECT_EQ(r2.error().code, error_code::invalid_utf8);
  }
  EXPECT_TRUE(d.decode_run(replace(kRun, R"("message":"ok")", "\"message\":\"\xE2\x82\xAC \xF0\x9F\x98\x80\"")));
}

TYPED_TEST(Json, SurrogateEscapes) {
  TypeParam d;
  EXPECT_TRUE(d.decode_run(replace(kRun, R"("message":"ok")", R"("message":"\ud83d\ude00")")));
  for (const char* bad : {R"(\ud800)", R"(\udc00)", R"(\ud800\u0041)", R"(\ude00\ud83d)", R"(\ud800x)"})
    EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, R"("message":"ok")", std::string(R"("message":")") + bad + "\""),
                                     error_code::invalid_utf8, "/logs/0/output/body/message"))
        << bad;
  EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, R"("message":"ok")", R"("\ud800":1)"), error_code::invalid_utf8,
                                   "/logs/0/output/body"));
  // Typed strings hold the unescaped text.
  auto ok = d.decode_run(replace(kRun, R"("error_message":null)", R"("error_message":"\ud83d\ude00 \u00e9\n\"")"));
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(*ok->error_message, "\xF0\x9F\x98\x80 \xC3\xA9\n\"");
}

TYPED_TEST(Json, ControlCharactersMustBeEscaped) {
  const std::string doc = replace(kRun, R"("message":"ok")", "\"message\":\"o\tk\"");
  auto r = TypeParam().decode_run(doc);
  ASSERT_TRUE(fails_with(r, error_code::syntax_error, "/logs/0/output/body/message"));
  EXPECT_EQ(r.error().offset, doc.find('\t'));
}

// Raw values keep numbers as written, whatever their range; typed fields read
// them from the text, exactly, and reject what is out of their range.
TYPED_TEST(Json, HugeNumbersAreValidInRawValuesOutOfRangeInTypedFields) {
  const std::string nums = R"({"a":1e400,"b":-1e400,"c":123456789012345678901234567890,"d":1e-400,"e":-0,)"
                           R"("f":1e2147483648,"g":-1.5e-7,"h":1E-2147483649,"i":1e99999999999,"j":-0.0e-999})";
  EXPECT_EQ(output_of<TypeParam>(nums), nums);
  const std::string huge = "1" + std::string(400, '0');
  for (const std::string bad :
       {"-1", "-0.001", "1e400", "-1e400", "0.0001e313", "1e2147483648", "1e99999999999", huge.c_str()})
    EXPECT_TRUE(run_fails<TypeParam>(
        replace(kRun, R"("duration_in_seconds":5)", std::string(R"("duration_in_seconds":)") + bad),
        error_code::out_of_range, "/duration_in_seconds"))
        << bad;
  TypeParam d;
  for (auto [text, value] :
       {std::pair{"0", 0.0}, std::pair{"5.25", 5.25}, std::pair{"1e2", 100.0}, std::pair{"1e-400", 0.0},
        std::pair{"-0", 0.0}, std::pair{"3600.5", 3600.5}, std::pair{"0.0001e312", 1e308},
        std::pair{"1e-2147483649", 0.0}, std::pair{"7e62", 7e62}}) {
    auto r = d.decode_run(replace(kRun, R"("duration_in_seconds":5)", std::string(R"("duration_in_seconds":)") + text));
    ASSERT_TRUE(r) << text;
    EXPECT_EQ(*r->duration_in_seconds, value) << text; // exactly: from the text, not from a parser's double
  }
}

TYPED_TEST(Json, DepthLimit) {
  // Root (1) > logs (2) > log (3) > output (4) > nested arrays.
  auto nested = [](int n) { return std::string(n, '[') + std::string(n, ']'); };
  auto zeros = [](int n) {
    std::string p;
    for (int i = 0; i < n; ++i) p += "/0";
    return p;
  };
  TypeParam d;
  EXPECT_TRUE(d.decode_run(replace(kRun, kOutput, "\"output\":{\"x\":" + nested(252) + "}")));
  EXPECT_TRUE(fails_with(d.decode_run(replace(kRun, kOutput, "\"output\":{\"x\":" + nested(253) + "}")),
                         error_code::depth_exceeded, "/logs/0/output/x" + zeros(252)));
  TypeParam small({.max_depth = 4});
  const std::string head = kRun.substr(0, kRun.find(R"(,"logs")"));
  EXPECT_TRUE(small.decode_run(head + R"(,"x":[[[]]]})"));
  EXPECT_TRUE(fails_with(small.decode_run(head + R"(,"x":[[[[]]]]})"), error_code::depth_exceeded, "/x/0/0/0"));
  // Up to the hard ceiling, whatever the underlying parser's own limit (Boost's is 32 by default).
  TypeParam deep({.max_depth = flowrun::max_depth_limit});
  const int ceiling = static_cast<int>(flowrun::max_depth_limit);
  EXPECT_TRUE(deep.decode_run(head + ",\"x\":" + nested(ceiling - 1) + "}"));
  EXPECT_TRUE(fails_with(deep.decode_run(head + ",\"x\":" + nested(ceiling) + "}"), error_code::depth_exceeded,
                         "/x" + zeros(ceiling - 1)));
}

TYPED_TEST(Json, SizeLimit) {
  TypeParam d({.max_size = kRun.size()});
  EXPECT_TRUE(d.decode_run(kRun));
  EXPECT_TRUE(fails_with(d.decode_run(kRun + " "), error_code::too_large, ""));
}

// ---- duplicate keys ------------------------------------------------------------

TYPED_TEST(Duplicates, AtEveryDepth) {
  EXPECT_TRUE(
      run_fails<TypeParam>(replace(kRun, R"("status":"completed")", R"("status":"completed","status":"completed")"),
                           error_code::duplicate_key, "/status"));
  // The error is at the second key.
  const std::string doc = replace(kRun, R"("message":"ok")", R"("message":"ok","message":"ok")");
  auto r = TypeParam().decode_run(doc);
  ASSERT_TRUE(fails_with(r, error_code::duplicate_key, "/logs/0/output/body/message"));
  EXPECT_EQ(r.error().offset, doc.find("\"message\"", doc.find("\"message\"") + 1));
  EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, R"("node_id":"n2")", R"("node_id":"n2","node_id":"n3")"),
                                   error_code::duplicate_key, "/logs/0/node_id"));
  EXPECT_TRUE(
      run_fails<TypeParam>(replace(kRun, R"("status":"completed")", R"("status":"completed","x":[{"a":1,"a":1}])"),
                           error_code::duplicate_key, "/x/0/a"));
  // Keys are compared after unescaping.
  EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, R"("message":"ok")", R"("message":"ok","m\u0065ssage":1)"),
                                   error_code::duplicate_key, "/logs/0/output/body/message"));
  EXPECT_TRUE(
      run_fails<TypeParam>(replace(kRun, R"("status":"completed")", R"("status":"completed","st\u0061tus":"failed")"),
                           error_code::duplicate_key, "/status"));
  // The same key in sibling objects is not a duplicate.
  TypeParam d;
  EXPECT_TRUE(
      d.decode_run(replace(kRun, R"("body":{"message":"ok"})", R"("body":{"message":"ok","x":{"message":1}})")));
}

// ---- modes ---------------------------------------------------------------------

TYPED_TEST(Modes, RequiredInBothModes) {
  for (auto mode : {decode_mode::compatible, decode_mode::strict}) {
    const flowrun::decode_options o{.mode = mode};
    for (const char* key : {R"("id":"fl_run_a1b2c3d4e5f6g7h8",)", R"("status":"completed",)",
                            R"("started_at":"2025-10-31T12:00:00.000000Z",)"})
      EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, key, ""), error_code::missing_field, "", o)) << key;
    for (const char* key : {R"("id":"fl_log_a1b2c3d4e5f6g7h8",)", R"("node_id":"n2",)", R"("status":"success",)"})
      EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, key, ""), error_code::missing_field, "/logs/0", o)) << key;
    EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, R"(,"created_at":"2025-10-31T12:00:02.000000Z")", ""),
                                     error_code::missing_field, "/logs/0", o));
  }
}

TYPED_TEST(Modes, MissingFieldMessageNamesTheKey) {
  TypeParam d;
  auto r = d.decode_run(replace(kRun, R"("started_at":"2025-10-31T12:00:00.000000Z",)", ""));
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("\"started_at\""), std::string::npos) << r.error().message;
  EXPECT_EQ(r.error().offset, 0u);
}

const std::string kMinimalRun = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"})";

TYPED_TEST(Modes, CompatibleReadsAbsentNullablesAsNull) {
  TypeParam d;
  auto r = d.decode_run(kMinimalRun);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_FALSE(r->error_message);
  EXPECT_FALSE(r->completed_at);
  EXPECT_FALSE(r->duration_in_seconds);
  EXPECT_FALSE(r->has_logs);
  EXPECT_TRUE(r->logs.empty());
  auto l =
      d.decode_logs(R"([{"id":"fl_log_a1","node_id":"n","status":"warning","created_at":"2025-10-31T12:00:00Z"}])");
  ASSERT_TRUE(l) << l.error().message;
  EXPECT_FALSE((*l)[0].component_id);
  EXPECT_FALSE((*l)[0].output);
}

TYPED_TEST(Modes, StrictRequiresEveryNonOptionalField) {
  EXPECT_TRUE(run_fails<TypeParam>(kMinimalRun, error_code::missing_field, "", strict()));
  for (const char* key : {R"("error_message":null,)", R"("completed_at":"2025-10-31T12:00:05.000000Z",)",
                          R"("duration_in_seconds":5,)"}) {
    EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, key, ""), error_code::missing_field, "", strict())) << key;
    TypeParam d;
    EXPECT_TRUE(d.decode_run(replace(kRun, key, ""))) << key;
  }
  for (const char* key : {R"("component_id":"webhook",)", R"("output":{"status":200,"body":{"message":"ok"}},)"}) {
    EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, key, ""), error_code::missing_field, "/logs/0", strict())) << key;
    TypeParam d;
    EXPECT_TRUE(d.decode_run(replace(kRun, key, ""))) << key;
  }
  // logs, the legacy fields and execution_id stay optional in strict mode.
  TypeParam d(strict());
  auto r =
      d.decode_run(replace(kRun, kRun.substr(kRun.find(R"(,"logs")"), kRun.size() - kRun.find(R"(,"logs")") - 1), ""));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_FALSE(r->has_logs);
}

TYPED_TEST(Modes, StrictRejectsUnknownKeysAtEveryLevel) {
  EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, R"("status":"completed")", R"("status":"completed","extra":1)"),
                                   error_code::unknown_field, "/extra", strict()));
  EXPECT_TRUE(run_fails<TypeParam>(
      replace(kRun, R"("status":"completed")", R"("status":"completed","extra":{"a":[1,{"b":null}]})"),
      error_code::unknown_field, "/extra", strict()));
  EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, R"("node_id":"n2")", R"("node_id":"n2","retries":[1])"),
                                   error_code::unknown_field, "/logs/0/retries", strict()));
  // Keys inside raw output are the node's business, not the contract's.
  TypeParam d(strict());
  EXPECT_TRUE(d.decode_run(replace(kRun, R"("status":200)", R"("status":200,"anything":{"goes":true})")));
}

TYPED_TEST(Modes, CompatibleSkipsButStillValidatesUnknownKeys) {
  TypeParam d;
  for (const char* extra : {R"("extra":{"a":[1,2,{"b":null}]})", R"("extra":{"a":[1,{"b":null}]})"}) {
    auto r = d.decode_run(replace(kRun, R"("status":"completed")", std::string(R"("status":"completed",)") + extra));
    ASSERT_TRUE(r) << extra << ": " << r.error().message;
  }
  EXPECT_TRUE(
      run_fails<TypeParam>(replace(kRun, R"("status":"completed")", R"("status":"completed","extra":{"a":[01]})"),
                           error_code::syntax_error, "/extra/a/0"));
  EXPECT_TRUE(
      run_fails<TypeParam>(replace(kRun, R"("status":"completed")", R"("status":"completed","extra":{"a":1,"a":2})"),
                           error_code::duplicate_key, "/extra/a"));
  EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, R"("status":"completed")", R"("status":"completed","extra":"\ud800")"),
                                   error_code::invalid_utf8, "/extra"));
}

// A log's output of any JSON kind: kept as written in compatible mode, with an
// output_not_object finding; wrong_type in strict mode, as for any other field.
TYPED_TEST(Modes, OutputOfAnyKindInCompatibleModeOnly) {
  const std::string object = R"({"status":200,"body":{"message":"ok"}})";
  const struct {
    const char* output;
    const char* kind; // in the finding's message and the strict error's
  } cases[] = {
      {"null", "null"},         {R"("s")", "a string"}, {"1", "a number"},
      {"-0.5e400", "a number"}, {"[1]", "an array"},    {"[]", "an array"},
      {"true", "a boolean"},    {"false", "a boolean"}, {R"([{"a":[null]},"x"])", "an array"},
  };
  flowrun::consistency_checker checker;
  for (const auto& c : cases) {
    const std::string doc = replace(kRun, object, c.output);
    TypeParam compat;
    auto r = compat.decode_run(doc);
    ASSERT_TRUE(r) << c.output << ": " << r.error().message;
    ASSERT_TRUE(r->logs[0].output) << c.output;
    EXPECT_EQ(r->logs[0].output->text, c.output);
    const auto found = checker.check(*r);
    ASSERT_EQ(found.size(), 1u) << c.output;
    EXPECT_EQ(found[0].code, flowrun::finding_code::output_not_object);
    EXPECT_EQ(found[0].pointer, "/logs/0/output");
    EXPECT_EQ(found[0].message,
              std::string("output is ") + c.kind + ", not an object (strict mode requires an object)");

    TypeParam st(strict());
    auto bad = st.decode_run(doc);
    ASSERT_TRUE(fails_with(bad, error_code::wrong_type, "/logs/0/output")) << c.output;
    EXPECT_EQ(bad.error().message, std::string("expected an object, found ") + c.kind);
    EXPECT_EQ(bad.error().offset, doc.find(c.output, doc.find("\"output\":")));
  }
  // An object output has no finding, in either mode.
  TypeParam compat, st(strict());
  for (auto* d : {&compat, &st}) {
    auto r = d->decode_run(kRun);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->logs[0].output->text, object);
    EXPECT_TRUE(checker.check(*r).empty());
  }
  // The rest of the log is still decoded, and its other fields still checked.
  auto r = compat.decode_run(replace(replace(kRun, object, "\"done\""), R"("node_id":"n2")", R"("node_id":"n7")"));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->logs[0].node_id, "n7");
  EXPECT_EQ(r->logs[0].created_at.unix_seconds(), 1761912002);
  EXPECT_TRUE(run_fails<TypeParam>(replace(replace(kRun, object, "7"), R"("node_id":"n2")", R"("node_id":"")"),
                                   error_code::out_of_range, "/logs/0/node_id"));
  // A scalar output is still well-formed JSON first, and every byte of it is checked.
  EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, object, "01"), error_code::syntax_error, "/logs/0/output"));
  EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, object, "nul"), error_code::syntax_error, "/logs/0/output"));
  EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, object, R"("\ud800")"), error_code::invalid_utf8, "/logs/0/output"));
  EXPECT_TRUE(run_fails<TypeParam>(replace(kRun, object, R"([1,{"a":1,"a":2}])"), error_code::duplicate_key,
                                   "/logs/0/output/1/a"));
  // Nested as deep as the limit allows, and no deeper: the output is at depth 4 (the run is 1).
  TypeParam shallow({.max_depth = 4});
  EXPECT_TRUE(shallow.decode_run(replace(kRun, object, "[1]")));
  EXPECT_TRUE(
      fails_with(shallow.decode_run(replace(kRun, object, "[[1]]")), error_code::depth_exceeded, "/logs/0/output/0"));
  // An output repeated is a duplicate key, whatever it holds.
  EXPECT_TRUE(
      run_fails<TypeParam>(replace(kRun, object, "null,\"output\":null"), error_code::duplicate_key, "/logs/0/output"));
}

TYPED_TEST(Modes, EscapedKeysAndValuesAreTheSameStrings) {
  TypeParam compat, st(strict());
  for (auto* d : {&compat, &st}) {
    for (const char* spelling : {R"("status":"comp\u006ceted")", R"("st\u0061tus":"comp\u006ceted")"}) {
      auto r = d->decode_run(replace(kRun, R"("status":"completed")", spelling));
      ASSERT_TRUE(r) << spelling << ": " << r.error().message;
      EXPECT_EQ(r->status, flowrun::run_status::completed);
    }
  }
}

// ---- precedence and error collection -------------------------------------------

TYPED_TEST(Errors, WellFormednessBeatsSchema) {
  const std::string doc = replace(replace(kRun, R"("status":"completed")", R"("status":"done")"), R"("message":"ok")",
                                  R"("message":"ok",})");
  TypeParam d(all_errors());
  auto r = d.decode_run(doc);
  ASSERT_FALSE(r);
  ASSERT_EQ(r.errors().size(), 1u);
  EXPECT_EQ(r.error().code, error_code::syntax_error);
  auto t = d.decode_run(replace(kRun, R"("status":"completed")", R"("status":"done")") + "x");
  ASSERT_EQ(t.errors().size(), 1u);
  EXPECT_EQ(t.error().code, error_code::trailing_content);
}

TYPED_TEST(Errors, FailFastReportsTheFirstCollectAllReportsEveryInDocumentOrder) {
  const std::string doc = replace(
      replace(replace(kRun, R"("status":"completed")", R"("status":"done")"), R"("node_id":"n2")", R"("node_id":"")"),
      R"("status":"success")", R"("status":"ok")");
  TypeParam fast;
  auto r1 = fast.decode_run(doc);
  ASSERT_EQ(r1.errors().size(), 1u);
  EXPECT_EQ(r1.error().pointer, "/status");
  TypeParam all(all_errors());
  auto r2 = all.decode_run(doc);
  ASSERT_EQ(r2.errors().size(), 3u);
  EXPECT_EQ(r2.errors()[0].pointer, "/status");
  EXPECT_EQ(r2.errors()[0].offset, doc.find("\"done\""));
  EXPECT_EQ(r2.errors()[1].pointer, "/logs/0/node_id");
  EXPECT_EQ(r2.errors()[2].pointer, "/logs/0/status");
  EXPECT_LT(r2.errors()[0].offset, r2.errors()[1].offset);
  EXPECT_LT(r2.errors()[1].offset, r2.errors()[2].offset);
}

// A missing key is found when its object closes, after the errors inside it,
// but its offset is the object's. Here /status and /logs/0/node_id are found
// before the root's missing started_at (offset 0): collect-all with max_errors
// must drop the kept error latest in document order for it (detail/error_list.hpp).
// Keeping the first found would report /status first, dropping any other kept
// error than the latest would lose /status with room for two, and not counting
// what was dropped would give a smaller omitted_errors().
TYPED_TEST(Errors, CollectAllKeepsTheFirstInDocumentOrderNotTheFirstFound) {
  const std::string doc = replace(replace(replace(kRun, R"("status":"completed")", R"("status":"done")"),
                                          R"("started_at":"2025-10-31T12:00:00.000000Z",)", ""),
                                  R"("node_id":"n2")", R"("node_id":"")");
  TypeParam one({.errors = error_mode::collect_all, .max_errors = 1});
  auto r = one.decode_run(doc);
  ASSERT_EQ(r.errors().size(), 1u);
  EXPECT_TRUE(fails_with(r, error_code::missing_field, ""));
  EXPECT_EQ(r.error().offset, 0u);
  EXPECT_EQ(r.omitted_errors(), 2u);
  TypeParam two({.errors = error_mode::collect_all, .max_errors = 2});
  auto first_two = two.decode_run(doc);
  ASSERT_EQ(first_two.errors().size(), 2u);
  EXPECT_EQ(first_two.errors()[0].code, error_code::missing_field);
  EXPECT_EQ(first_two.errors()[1].pointer, "/status");
  EXPECT_EQ(first_two.omitted_errors(), 1u);
}

TYPED_TEST(Errors, PositionsAreBytesLinesAndColumns) {
  const std::string doc =
      "{\n  \"id\": \"fl_run_a1\",\n  \"status\": \"Done\",\n  \"started_at\": \"2025-10-31T12:00:00Z\"\n}";
  auto r = TypeParam().decode_run(doc);
  ASSERT_FALSE(r);
  const auto& e = r.error();
  EXPECT_EQ(e.code, error_code::invalid_enum);
  EXPECT_EQ(e.pointer, "/status");
  EXPECT_EQ(e.offset, doc.find("\"Done\""));
  EXPECT_EQ(e.line, 3u);
  EXPECT_EQ(e.column, 13u);
  EXPECT_NE(e.message.find("\"Done\""), std::string::npos);
  EXPECT_NE(e.message.find("awaiting_ui_interaction"), std::string::npos);
}

TYPED_TEST(Errors, KeyErrorsPointAtTheKey) {
  const std::string doc =
      R"({"id":"fl_run_a1","id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"})";
  auto r = TypeParam().decode_run(doc);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::duplicate_key);
  EXPECT_EQ(r.error().offset, doc.find("\"id\"", 2));
}

// ---- reuse -----------------------------------------------------------------------

// Each failure leaves state behind in its own place: the parser's, the
// builder's, Boost's copy of a text with clamped exponents.
TYPED_TEST(Documents, DecoderIsReusableAfterErrors) {
  TypeParam d;
  EXPECT_FALSE(d.decode_run("{"));
  EXPECT_FALSE(d.decode_run(kRun + "x"));
  EXPECT_FALSE(d.decode_run(replace(kRun, "completed", "x")));
  EXPECT_FALSE(d.decode_run(replace(kRun, "\"duration_in_seconds\":5", "\"duration_in_seconds\":1e2147483648")));
  auto r = d.decode_run(kRun);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->logs.size(), 1u);
  EXPECT_EQ(r->logs[0].output->text, R"({"status":200,"body":{"message":"ok"}})");
}

// ---- pages and log lists -------------------------------------------------------

TYPED_TEST(Documents, PagesAndLogListsCollectAndPoint) {
  const std::string page =
      R"({"data":[RUN,RUN,RUN],"links":{"first":"f","last":"l","prev":null,"next":null},)"
      R"("meta":{"current_page":1,"from":1,"last_page":1,"path":"p","per_page":2,"to":1,"total":1e400}})";
  std::string doc = page;
  for (std::size_t at; (at = doc.find("RUN")) != std::string::npos;) doc.replace(at, 3, kRun);
  TypeParam all(all_errors());
  auto p = all.decode_run_page(doc);
  ASSERT_EQ(p.errors().size(), 2u);
  EXPECT_EQ(p.errors()[0].pointer, "/data");
  EXPECT_EQ(p.errors()[1].pointer, "/meta/total");
  EXPECT_TRUE(fails_with(TypeParam().decode_logs(R"([{"id":"fl_log_a"},null])"), error_code::missing_field, "/0"));
}

} // namespace
