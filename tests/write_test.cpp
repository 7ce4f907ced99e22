// The canonical writer (write.hpp): its layout, escaping and numbers, and the properties
// over every example, the handcrafted documents below and the generated corpus
// (tests/corpus.hpp): decoding what it writes gives an equal value, writing is a fixed
// point, and the decoder accepts the output in the mode it accepted the input.
#include <flowrun/write.hpp>

// The writer alone does not compile the RFC 8785 scan: canonical.hpp builds on it. (It
// does include the JSON lexer: raw values built by hand are checked with it.)
#if defined(FLOWRUN_CANONICAL_HPP) || defined(FLOWRUN_DETAIL_RFC8785_SCAN_HPP)
#error "write.hpp includes the RFC 8785 scan"
#endif

#include <flowrun/canonical.hpp> // canonical_writer
#include <flowrun/simdjson.hpp>

#include "corpus.hpp"
#include "fast_path.hpp"
#include "support.hpp"
#include "write_support.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <limits>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

using flowrun_test::doc;
using flowrun_test::env_size;
using flowrun_test::equal_values;
using flowrun_test::example;
using flowrun_test::handcrafted;
using flowrun_test::is_compact;
using flowrun_test::kFull;
using flowrun_test::kind;
using flowrun_test::spellings;

// Decodes `text` as `k` with `dec`, writes it; the property checks go through here.
class round_trip {
public:
  // The checks for one document; returns false when it does not decode in `mode`.
  bool check(kind k, std::string_view text, flowrun::decode_mode mode) {
    flowrun::decoder& in = mode == flowrun::decode_mode::strict ? strict_ : compatible_;
    bool valid = false;
    switch (k) {
    case kind::run: valid = check_value(in.decode_run(text), mode); break;
    case kind::page: valid = check_value(in.decode_run_page(text), mode); break;
    case kind::logs: valid = check_value(in.decode_logs(text), mode); break;
    }
    EXPECT_TRUE(flowrun_test::fast_if_valid(in, valid, text));
    return valid;
  }

  std::size_t checked = 0;

private:
  flowrun::canonical_writer canon_;
  template <class T> bool check_value(const flowrun::result<T>& r, flowrun::decode_mode mode) {
    if (!r) return false;
    ++checked;
    const flowrun::owned<T> original(*r);
    // The canonical writer's one pass gives what its definition gives (write_json, then
    // canonicalize), byte for byte, or the same error.
    std::string fast = "x", slow = "x";
    const std::optional<flowrun::error> fe = canon_.write(fast, *original);
    const std::optional<flowrun::error> se = canon_.write_slow(slow, *original);
    EXPECT_EQ(fe, se);
    EXPECT_EQ(fast, slow);
    for (const bool pretty : {false, true}) {
      std::string first;
      EXPECT_FALSE(flowrun::write_json(first, *original, {.pretty = pretty}));
      EXPECT_TRUE(pretty || is_compact(first)) << first;
      // Decoding what it writes gives an equal value, in the same mode.
      flowrun::decoder& again = mode == flowrun::decode_mode::strict ? strict_again_ : compatible_again_;
      const auto back = again.decode_as<T>(first);
      EXPECT_TRUE(back) << (back ? "" : back.error().message) << "\n" << first;
      EXPECT_TRUE(flowrun_test::fast_if_valid(again, back.has_value(), first));
      if (!back) return true;
      EXPECT_TRUE(equal_values(*back, *original)) << first;
      EXPECT_EQ(spellings(*back), spellings(*original));
      // A fixed point: writing the decoded output gives the same text.
      std::string second;
      EXPECT_FALSE(flowrun::write_json(second, *back, {.pretty = pretty}));
      EXPECT_EQ(second, first);
    }
    return true;
  }

  flowrun::decoder compatible_, strict_{{.mode = flowrun::decode_mode::strict}};
  flowrun::decoder compatible_again_, strict_again_{{.mode = flowrun::decode_mode::strict}};
};

// ---- layout -----------------------------------------------------------------------------

// The examples are written the API's way: pretty output gives them back byte for byte.
TEST(Write, PrettyExamplesComeBackByteForByte) {
  flowrun::decoder dec;
  for (const char* name : {"run.json", "page.json", "logs.json"}) {
    const std::string text = example(name);
    std::string out;
    if (std::string_view(name) == "run.json")
      ASSERT_FALSE(flowrun::write_json(out, dec.decode_run(text).value(), {.pretty = true}));
    else if (std::string_view(name) == "page.json")
      ASSERT_FALSE(flowrun::write_json(out, dec.decode_run_page(text).value(), {.pretty = true}));
    else
      ASSERT_FALSE(flowrun::write_json(out, dec.decode_logs(text).value(), {.pretty = true}));
    EXPECT_EQ(out + "\n", text) << name;
  }
}

TEST(Write, CompactFieldOrderAndNulls) {
  flowrun::decoder dec;
  EXPECT_EQ(flowrun::to_json(dec.decode_run(kFull).value()).value(),
            R"({"id":"fl_run_a1","status":"failed","trigger_payload":{"a":[1,2]},"error_message":"boom",)"
            R"("started_at":"2025-10-31T12:00:00.000000Z","completed_at":"2025-10-31T12:00:05.25Z",)"
            R"("duration_in_seconds":5.25,"created_at":"2025-10-31t11:59:59z","workflow":{"id":"fl_w1","nodes":[]},)"
            R"("logs":[{"id":"fl_log_a","execution_id":"fl_run_a1","node_id":"n1","component_id":"webhook",)"
            R"("status":"error","output":{"status":503},"created_at":"2025-10-31T13:00:05+01:00"}]})");
  // Absent nullable fields are written as null; absent optional ones (logs, output, the
  // older API's fields) are left out.
  EXPECT_EQ(flowrun::to_json(
                dec.decode_run(R"({"status":"running","started_at":"2025-10-31T12:00:00Z","id":"fl_run_a"})").value())
                .value(),
            R"({"id":"fl_run_a","status":"running","error_message":null,"started_at":"2025-10-31T12:00:00Z",)"
            R"("completed_at":null,"duration_in_seconds":null})");
  EXPECT_EQ(
      flowrun::to_json(
          dec.decode_logs(R"([{"id":"fl_log_a","node_id":"n","status":"success","created_at":"2025-10-31T12:00:00Z"}])")
              .value())
          .value(),
      R"([{"id":"fl_log_a","node_id":"n","component_id":null,"status":"success","created_at":"2025-10-31T12:00:00Z"}])");
}

TEST(Write, PageMetaAndLinks) {
  flowrun::decoder dec;
  // Links are nullable: always written. Of meta, from and to are nullable (null when
  // absent); the others are not, so they are written only when present.
  EXPECT_EQ(flowrun::to_json(dec.decode_run_page(R"({"data":[]})").value()).value(),
            R"({"data":[],"links":{"first":null,"last":null,"prev":null,"next":null},"meta":{"from":null,"to":null}})");
  EXPECT_EQ(flowrun::to_json(dec.decode_run_page(R"({"meta":{"total":0,"path":"p","per_page":1e1,"current_page":2.0,)"
                                                 R"("last_page":3,"to":null,"from":null},"data":[]})")
                                 .value())
                .value(),
            R"({"data":[],"links":{"first":null,"last":null,"prev":null,"next":null},"meta":{"current_page":2,)"
            R"("from":null,"last_page":3,"path":"p","per_page":10,"to":null,"total":0}})");
  EXPECT_EQ(flowrun::to_json(dec.decode_run_page(R"({"data":[]})").value(), {.pretty = true}).value(),
            "{\n  \"data\": [],\n  \"links\": {\n    \"first\": null,\n    \"last\": null,\n    \"prev\": null,\n"
            "    \"next\": null\n  },\n  \"meta\": {\n    \"from\": null,\n    \"to\": null\n  }\n}");
}

TEST(Write, StringsAreEscapedMinimally) {
  flowrun::decoder dec;
  const auto r = dec.decode_run(
      R"({"id":"fl_run_a","status":"failed","error_message":"q\" b\\ s\/ \b\f\n\r\t \u0000\u001f\u007f \u00e9 é \u2028 \ud83d\ude00",)"
      R"("started_at":"2025-10-31T12:00:00Z"})");
  ASSERT_TRUE(r) << r.error().message;
  const std::string out = flowrun::to_json(*r).value();
  EXPECT_NE(out.find(R"("error_message":"q\" b\\ s/ \b\f\n\r\t \u0000\u001f)"
                     "\x7f \xc3\xa9 \xc3\xa9 \xe2\x80\xa8 \xf0\x9f\x98\x80\","),
            std::string::npos)
      << out;
}

TEST(Write, NumbersAreShortestRoundTrip) {
  flowrun::decoder dec;
  const auto duration = [&](std::string_view in) {
    const std::string text =
        R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z","duration_in_seconds":)" +
        std::string(in) + "}";
    const std::string out = flowrun::to_json(dec.decode_run(text).value()).value();
    const std::string_view key = R"("duration_in_seconds":)";
    const std::size_t at = out.find(key) + key.size();
    return out.substr(at, out.size() - at - 1);
  };
  EXPECT_EQ(duration("5"), "5");
  EXPECT_EQ(duration("5.0"), "5");
  EXPECT_EQ(duration("5.25"), "5.25");
  EXPECT_EQ(duration("0.1"), "0.1");
  EXPECT_EQ(duration("1e2"), "100");
  EXPECT_EQ(duration("1e-7"), "1e-07");
  EXPECT_EQ(duration("1e21"), "1e+21");
  EXPECT_EQ(duration("1e-400"), "0");
  EXPECT_EQ(duration("-0"), "-0");
  EXPECT_EQ(duration("1.7976931348623157e308"), "1.7976931348623157e+308");
  EXPECT_EQ(duration("0.30000000000000004"), "0.30000000000000004");
}

TEST(Write, TimestampsAsWritten) {
  flowrun::decoder dec;
  const std::string text =
      R"({"id":"fl_run_a","status":"completed","started_at":"1998-12-31T15:59:60.123-08:00",)"
      R"("completed_at":"2025-10-31t12:00:00.1234567891234z","created_at":"2024-01-01T12:00:00-00:00",)"
      R"("duration_in_seconds":null,"error_message":null})";
  EXPECT_EQ(
      flowrun::to_json(dec.decode_run(text).value()).value(),
      R"({"id":"fl_run_a","status":"completed","error_message":null,"started_at":"1998-12-31T15:59:60.123-08:00",)"
      R"("completed_at":"2025-10-31t12:00:00.1234567891234z","duration_in_seconds":null,)"
      R"("created_at":"2024-01-01T12:00:00-00:00"})");
}

TEST(Write, RawValuesKeepEveryByteButWhiteSpace) {
  flowrun::decoder dec;
  const std::string text = "{\"id\":\"fl_run_a\",\"status\":\"running\",\"started_at\":\"2025-10-31T12:00:00Z\","
                           "\"workflow\":\n\t{ \"a\" :\r\n [ { } , [ ] , { \"b\" : [ 1e400 ,\n-0.0 ] } ] , "
                           "\"c\\u00e9\" : \"\\\" , [ ] { } \\/\" }\n}";
  const auto r = dec.decode_run(text);
  ASSERT_TRUE(r) << r.error().message;
  std::string out;
  ASSERT_FALSE(flowrun::write_json(out, *r));
  EXPECT_NE(out.find(R"("workflow":{"a":[{},[],{"b":[1e400,-0.0]}],"c\u00e9":"\" , [ ] { } \/"})"), std::string::npos)
      << out;
  const std::string pretty = flowrun::to_json(*r, {.pretty = true}).value();
  EXPECT_NE(pretty.find("  \"workflow\": {\n    \"a\": [\n      {},\n      [],\n      {\n        \"b\": [\n"
                        "          1e400,\n          -0.0\n        ]\n      }\n    ],\n"
                        "    \"c\\u00e9\": \"\\\" , [ ] { } \\/\"\n  }\n}"),
            std::string::npos)
      << pretty;
}

TEST(Write, AppendsToTheCallersString) {
  flowrun::decoder dec;
  const auto r = dec.decode_run(flowrun_test::kRun);
  ASSERT_TRUE(r);
  std::string out = "prefix:";
  ASSERT_FALSE(flowrun::write_json(out, *r));
  ASSERT_FALSE(flowrun::write_json(out, flowrun::to_owned(*r), {.pretty = true}));
  EXPECT_EQ(out, "prefix:" + flowrun::to_json(*r).value() + flowrun::to_json(*r, {.pretty = true}).value());
  EXPECT_EQ(flowrun::to_json(*r).value(), flowrun_test::kRun) << "kRun is already canonical";
}

// One raw value alone, as the writer writes it inside a document (flowrun summary's
// step lines): compact on one line, or indented from column 0.
TEST(Write, OneRawValue) {
  const flowrun::raw_json value{"{ \"a\" :\r\n [ 1 , { } , \" x \" ] ,\n\t\"b\" : null }"};
  std::string out = "output: ";
  ASSERT_FALSE(flowrun::write_json(out, value));
  EXPECT_EQ(out, R"(output: {"a":[1,{}," x "],"b":null})");
  EXPECT_EQ(flowrun::to_json(value, {.pretty = true}).value(),
            "{\n  \"a\": [\n    1,\n    {},\n    \" x \"\n  ],\n  \"b\": null\n}");
  EXPECT_EQ(flowrun::to_json(flowrun::raw_json{" 12.5e3 "}).value(), "12.5e3");
  // The same bytes as the value has inside a written run.
  flowrun::decoder dec;
  const auto r = dec.decode_run(flowrun_test::kFull);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_TRUE(r->trigger_payload);
  EXPECT_NE(
      flowrun::to_json(*r).value().find("\"trigger_payload\":" + flowrun::to_json(*r->trigger_payload).value() + ","),
      std::string::npos);
}

TEST(Write, Utf8SequenceLength) {
  using flowrun::utf8_sequence_length;
  static_assert(utf8_sequence_length("a", 0) == 1);
  EXPECT_EQ(utf8_sequence_length("\x7f", 0), 1u);
  EXPECT_EQ(utf8_sequence_length("\xc3\xa9", 0), 2u);
  EXPECT_EQ(utf8_sequence_length("\xe2\x80\xa6", 0), 3u);
  EXPECT_EQ(utf8_sequence_length("\xf0\x9f\x98\x80", 0), 4u);
  EXPECT_EQ(utf8_sequence_length("x\xc3\xa9", 1), 2u) << "at any position";
  EXPECT_EQ(utf8_sequence_length("\xc3\xa9", 1), 0u) << "a continuation byte starts nothing";
  EXPECT_EQ(utf8_sequence_length("\xc3(", 0), 0u) << "cut short";
  EXPECT_EQ(utf8_sequence_length("\xe2\x80", 0), 0u) << "the text ends inside it";
  EXPECT_EQ(utf8_sequence_length("\xc0\xaf", 0), 0u) << "overlong";
  EXPECT_EQ(utf8_sequence_length("\xed\xa0\x80", 0), 0u) << "a surrogate";
  EXPECT_EQ(utf8_sequence_length("\xf4\x90\x80\x80", 0), 0u) << "past U+10FFFF";
  EXPECT_EQ(utf8_sequence_length("\xff", 0), 0u);
}

TEST(Write, JsonString) {
  const auto json = [](std::string_view s) {
    std::string out = "x";
    flowrun::write_json_string(out, s);
    return out.substr(1); // appended
  };
  EXPECT_EQ(json(""), R"("")");
  EXPECT_EQ(json("a\"b\\c/"), R"("a\"b\\c/")");
  EXPECT_EQ(json("\b\f\n\r\t"), R"("\b\f\n\r\t")");
  EXPECT_EQ(json(std::string_view("\0\x01\x1f\x7f", 4)), "\"\\u0000\\u0001\\u001f\x7f\"")
      << "DEL is not a control in JSON";
  EXPECT_EQ(json("\xc3\xa9\xf0\x9f\x98\x80"), "\"\xc3\xa9\xf0\x9f\x98\x80\"") << "UTF-8 kept";
  EXPECT_EQ(json("a\xff"
                 "b\xc3(\xe2\x80"),
            R"("a\ufffdb\ufffd(\ufffd\ufffd")")
      << "each byte that starts no sequence";
  // The writer's own escaping, for the strings of a value.
  flowrun::decoder dec;
  const auto r = dec.decode_run(R"({"id":"fl_run_a1","status":"failed","error_message":"a\"\n\u0001\u00e9",)"
                                R"("started_at":"2025-10-31T12:00:00Z","completed_at":"2025-10-31T12:00:01Z"})");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_NE(flowrun::to_json(*r).value().find("\"error_message\":" + json(*r->error_message) + ","), std::string::npos);
}

TEST(Write, EscapedText) {
  std::string out = "name: ";
  flowrun::write_escaped_text(out, "a\nb\x1b\x7f\"\\ \xc3\xa9\xff");
  EXPECT_EQ(out, "name: a\\u000ab\\u001b\\u007f\"\\ \xc3\xa9\xff") << "controls and DEL only";
}

// Raw values nested as deep as any decoder allows: checked and written in a loop, not by
// recursion; one level more (or far more) is refused as the decoder refuses it.
TEST(Write, DeepRawValues) {
  const auto log_with_output = [](std::string_view output) {
    flowrun::log_entry l;
    l.id = *flowrun::prefixed_id::parse("fl_log_a", flowrun::id_kind::log);
    l.node_id = "n";
    l.output = flowrun::raw_json{output};
    return l;
  };
  // The list is depth 1, the log 2, output's object 3: 4093 arrays in it reach max_depth_limit.
  constexpr std::size_t deep = flowrun::max_depth_limit - 3;
  const std::string nested = R"({"d": )" + std::string(deep, '[') + " 1 " + std::string(deep, ']') + "}";
  const flowrun::log_entry one[] = {log_with_output(nested)};
  const std::string out = flowrun::to_json(flowrun::log_list(one)).value();
  EXPECT_NE(out.find("\"output\":{\"d\":" + std::string(deep, '[') + "1" + std::string(deep, ']') + "}"),
            std::string::npos);
  flowrun::decoder deepest({.max_depth = flowrun::max_depth_limit});
  EXPECT_TRUE(deepest.decode_logs(out));
  for (const std::size_t too_deep : {deep + 1, std::size_t{100000}}) {
    const std::string over = R"({"d": )" + std::string(too_deep, '[') + " 1 " + std::string(too_deep, ']') + "}";
    const flowrun::log_entry bad[] = {log_with_output(over)};
    std::string kept = "before";
    const std::optional<flowrun::error> e = flowrun::write_json(kept, flowrun::log_list(bad));
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, flowrun::error_code::depth_exceeded);
    EXPECT_EQ(e->pointer.substr(0, 14), "/0/output/d/0/");
    EXPECT_EQ(kept, "before");
  }

  // Pretty: each level indented by two more spaces, from the depth the value sits at.
  constexpr std::size_t levels = 2000;
  const std::string raw = R"({"d": )" + std::string(levels, '[') + " 1 " + std::string(levels, ']') + "}";
  const flowrun::log_entry two[] = {log_with_output(raw)};
  const std::string pretty = flowrun::to_json(flowrun::log_list(two), {.pretty = true}).value();
  // `[` of the list, `{` of the log, `{` of output, then `levels` arrays.
  EXPECT_NE(pretty.find("\n" + std::string(2 * (levels + 3), ' ') + "1\n"), std::string::npos);
  EXPECT_NE(pretty.find("\n" + std::string(2 * 2, ' ') + "},\n"), std::string::npos)
      << "output closes at its key's depth";
  flowrun::decoder dec({.max_depth = levels + 4});
  const auto back = dec.decode_logs(pretty);
  ASSERT_TRUE(back) << back.error().message;
  std::string compact;
  ASSERT_FALSE(flowrun::write_json(compact, *back));
  EXPECT_EQ(compact, flowrun::to_json(flowrun::log_list(two)).value());
}

// ---- properties ------------------------------------------------------------------------

TEST(WriteProperties, ExamplesAndHandcraftedDocuments) {
  round_trip rt;
  std::size_t strict = 0;
  for (const doc& d : handcrafted()) {
    EXPECT_TRUE(rt.check(d.k, d.text, flowrun::decode_mode::compatible)) << d.text;
    if (rt.check(d.k, d.text, flowrun::decode_mode::strict)) ++strict;
  }
  EXPECT_GE(strict, 4u) << "some documents are strict-valid too (kRun, the examples but run-legacy)";
}

TEST(WriteProperties, GeneratedCorpus) {
  const std::size_t count = env_size("FLOWRUN_WRITE_DOCS", 30000);
  flowrun_corpus::generator gen(env_size("FLOWRUN_WRITE_SEED", 20251031));
  round_trip rt;
  std::size_t valid = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const flowrun_corpus::item it = gen.next();
    if (rt.check(it.kind, it.text, flowrun::decode_mode::compatible)) ++valid;
    rt.check(it.kind, it.text, flowrun::decode_mode::strict);
  }
  EXPECT_GT(valid, count / 5) << "the corpus must hold many valid documents";
  EXPECT_GT(rt.checked, valid) << "and some strict-valid ones";
}

// ---- RFC 8785: canonical_writer ---------------------------------------------------

TEST(CanonicalWriter, SortsEveryLevelAndWritesNumbersAsECMAScript) {
  flowrun::decoder dec;
  const auto r = dec.decode_run(
      R"({"zeta":[{"b":1,"a":2.50}],"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z",)"
      R"("duration_in_seconds":1E2,"logs":[{"id":"fl_log_a","node_id":"n","status":"success",)"
      R"("output":{"\u00e9":"x","e":1e21,"E":-0.0},"created_at":"2025-10-31T12:00:00Z","\ud83d\ude00":true,"\uffff":0}]})");
  ASSERT_TRUE(r) << r.error().message;
  const flowrun::result<std::string> c = flowrun::to_canonical_json(*r);
  ASSERT_TRUE(c) << c.error().message;
  // Keys by UTF-16 code units: "E" < "e" < "é"; U+1F600 (a surrogate pair, D83D) sorts
  // before U+FFFF, although its UTF-8 is greater.
  EXPECT_EQ(*c, "{\"completed_at\":null,\"duration_in_seconds\":100,\"error_message\":null,\"id\":\"fl_run_a\","
                "\"logs\":[{\"component_id\":null,\"created_at\":\"2025-10-31T12:00:00Z\",\"id\":\"fl_log_a\","
                "\"node_id\":\"n\",\"output\":{\"E\":0,\"e\":1e+21,\"\xc3\xa9\":\"x\"},\"status\":\"success\","
                "\"\xf0\x9f\x98\x80\":true,\"\xef\xbf\xbf\":0}],\"started_at\":\"2025-10-31T12:00:00Z\","
                "\"status\":\"running\",\"zeta\":[{\"a\":2.5,\"b\":1}]}");
}

TEST(CanonicalWriter, ANumberWithNoDoubleIsAnErrorAndOutIsKept) {
  flowrun::decoder dec;
  const auto r = dec.decode_run(R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z",)"
                                R"("logs":[{"id":"fl_log_a","node_id":"n","status":"success",)"
                                R"("output":{"ok":1,"x":[0,1e400]},"created_at":"2025-10-31T12:00:00Z"}]})");
  ASSERT_TRUE(r);
  flowrun::canonical_writer w;
  std::string out = "kept";
  const std::optional<flowrun::error> e = w.write(out, *r);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, flowrun::error_code::out_of_range);
  EXPECT_EQ(e->pointer, "/logs/0/output/x/1");
  EXPECT_EQ(out, "kept");
  EXPECT_FALSE(flowrun::to_canonical_json(*r));
  // The same writer goes on with the next value, appending.
  const auto ok =
      dec.decode_logs(R"([{"status":"error","id":"fl_log_b","node_id":"m","created_at":"2025-10-31T12:00:00Z"}])");
  ASSERT_TRUE(ok);
  EXPECT_FALSE(w.write(out, *ok));
  EXPECT_EQ(
      out,
      R"(kept[{"component_id":null,"created_at":"2025-10-31T12:00:00Z","id":"fl_log_b","node_id":"m","status":"error"}])");
}

TEST(CanonicalWriter, EqualValuesGiveEqualBytesWhateverTheirSpelling) {
  // Key order, white space, escapes and number spellings of unknown members and raw
  // values: one canonical form.
  flowrun::decoder a, b;
  const auto x = a.decode_run_page(R"({"data":[],"u":{"b":[1.0,"\u0041"],"a":null},"links":{"self":"s"}})");
  const auto y =
      b.decode_run_page("{ \"links\" : { \"self\" : \"\\u0073\" } , \"u\" : { \"a\" : null , \"b\" : [ 1 , \"A\" ] } ,"
                        " \"data\" : [ ] }");
  ASSERT_TRUE(x && y);
  EXPECT_FALSE(*x == *y) << "different spellings: different raw texts";
  EXPECT_EQ(flowrun::to_canonical_json(*x).value(), flowrun::to_canonical_json(*y).value());
}

} // namespace

// The canonical writer's one pass against its definition (write_json, then canonicalize)
// over many built values: unknown members with keys of every UTF-8 length (sorting
// around and between the known keys, and by UTF-16 order where it differs from UTF-8's),
// raw values of every JSON kind with spellings RFC 8785 rewrites, checked or not,
// durations and meta counts of every shape; equal bytes, or the same error.
namespace {

class value_maker {
public:
  explicit value_maker(std::uint64_t seed) : rng_(seed) {}
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(rng_.next() % n); }
  template <class T, std::size_t N> const T& pick(const T (&a)[N]) { return a[below(N)]; }

  std::string key() {
    static const char* const parts[] = {"a",
                                        "z",
                                        "id",
                                        "status",
                                        "logs",
                                        "meta",
                                        "_",
                                        "A",
                                        "Z",
                                        "~",
                                        "\xc3\xa9",
                                        "\xe2\x9c\x93",
                                        "\xef\xbf\xbf",
                                        "\xee\x80\x80",
                                        "\xf0\x9f\x98\x80",
                                        "0",
                                        "created_at",
                                        "output",
                                        "node_",
                                        "\x7f",
                                        " ",
                                        "\\",
                                        "\"",
                                        "\n"};
    std::string k;
    const std::size_t n = below(4);
    for (std::size_t i = 0; i < n; ++i) k += pick(parts);
    return k;
  }
  std::string number() {
    static const char* const forms[] = {"0",
                                        "-0",
                                        "1",
                                        "4.50",
                                        "1E3",
                                        "1e21",
                                        "1e-7",
                                        "0.000001",
                                        "-3e2",
                                        "123456789012345678",
                                        "9007199254740993",
                                        "5e-324",
                                        "1.7976931348623157e308",
                                        "0.1",
                                        "100",
                                        "1e+2",
                                        "-0.0",
                                        "2.5e-3",
                                        "12345678901234567890123"};
    return pick(forms);
  }
  std::string string() {
    static const char* const forms[] = {R"("")",     R"("a b")",     R"("\u00e9\/\n")",   R"("\ud83d\ude00")",
                                        R"("\"\\")", "\"\xc3\xa9\"", R"("\u001f\u007f")", R"("\b\f\r\t")"};
    return pick(forms);
  }
  // A JSON value, at most `depth` levels deep, with white space here and there.
  std::string value(std::size_t depth) {
    const std::size_t k = depth == 0 ? below(4) : below(6);
    const char* const ws = below(3) == 0 ? " \n" : "";
    switch (k) {
    case 0: return number();
    case 1: return string();
    case 2: return pick({"true", "false", "null"});
    case 3: return std::string(ws) + number() + ws;
    case 4: {
      std::string a = "[";
      const std::size_t n = below(4);
      for (std::size_t i = 0; i < n; ++i) a += (i ? "," : "") + std::string(ws) + value(depth - 1);
      return a + ws + "]";
    }
    default: {
      std::string o = "{";
      std::set<std::string> seen;
      const std::size_t n = below(5);
      for (std::size_t i = 0; i < n; ++i) {
        std::string k2 = key();
        if (!seen.insert(k2).second) continue;
        std::string quoted;
        flowrun::write_json_string(quoted, k2);
        o += (o.size() > 1 ? "," : "") + std::string(ws) + quoted + ws + ":" + value(depth - 1);
      }
      return o + "}";
    }
    }
  }
  std::vector<flowrun::unknown_member> members(flowrun::keeper& keep, flowrun::detail::frame_kind kind) {
    std::vector<flowrun::unknown_member> m;
    std::set<std::string> seen;
    const std::size_t n = below(4);
    for (std::size_t i = 0; i < n; ++i) {
      std::string k = key();
      if (k.empty() || flowrun::detail::find_row(kind, k) >= 0 || !seen.insert(k).second) continue;
      m.push_back({keep(std::move(k)), flowrun::raw_json{keep(value(3))}});
    }
    return m;
  }

private:
  flowrun_corpus::rng rng_;
};

} // namespace

TEST(CanonicalWriter, OnePassEqualsWriteThenCanonicalize) {
  const std::size_t count = env_size("FLOWRUN_CANONICAL_VALUES", 3000);
  value_maker make(env_size("FLOWRUN_CANONICAL_SEED", 8785));
  flowrun::decoder dec;
  const std::string text = flowrun_test::example("page.json");
  const auto page = dec.decode_run_page(text);
  ASSERT_TRUE(page) << page.error().message;
  flowrun::canonical_writer canon;
  std::size_t written = 0, unknown = 0;
  for (std::size_t i = 0; i < count; ++i) {
    flowrun::owned<flowrun::run_page> p(*page);
    p.modify([&](flowrun::run_page& v, flowrun::keeper& keep) {
      v.unknown = keep(make.members(keep, flowrun::detail::frame_kind::page));
      v.links.unknown = keep(make.members(keep, flowrun::detail::frame_kind::links));
      v.meta.unknown = keep(make.members(keep, flowrun::detail::frame_kind::meta));
      static const std::int64_t counts[] = {
          1, 15, 999999999999999, 1000000000000000, 9007199254740993, std::numeric_limits<std::int64_t>::max()};
      v.meta.total = make.pick(counts);
      std::vector<flowrun::workflow_run> runs(v.data.begin(), v.data.end());
      for (flowrun::workflow_run& r : runs) {
        r.unknown = keep(make.members(keep, flowrun::detail::frame_kind::run));
        static const double durations[] = {0.0, -0.0, 0.1, 1e21, 1e-7, 5e-324, 605.25, 1e300, 123456789.125};
        r.duration_in_seconds = make.pick(durations);
        if (make.below(2)) r.workflow = flowrun::raw_json{keep("{\"b\":" + make.value(2) + ",\"a\":1}")};
        std::vector<flowrun::log_entry> logs(r.logs.begin(), r.logs.end());
        for (flowrun::log_entry& l : logs) {
          l.unknown = keep(make.members(keep, flowrun::detail::frame_kind::log));
          l.output = flowrun::raw_json{keep(make.value(4))}; // built: checked by the writer
        }
        r.logs = keep(std::move(logs));
      }
      v.data = keep(std::move(runs));
    });
    std::string fast = "[", slow = "[";
    const std::optional<flowrun::error> fe = canon.write(fast, *p);
    const std::optional<flowrun::error> se = canon.write_slow(slow, *p);
    ASSERT_EQ(fe, se) << i;
    ASSERT_EQ(fast, slow) << i;
    if (!fe) ++written;
    if (!p->unknown.empty()) ++unknown;
  }
  EXPECT_GT(written, count / 2) << "most values are written";
  EXPECT_GT(unknown, count / 4) << "and many have unknown members";
}

TEST(CanonicalWriter, GivingUpFindsTheSameErrors) {
  // What the one pass leaves to the slow path: an unknown key repeated, one named like a
  // contract's key, one not UTF-8, a number with no double (out_of_range, with its
  // offset in the writer's compact text).
  const auto with = [](std::vector<std::pair<std::string, std::string>> members) {
    flowrun::decoder dec;
    flowrun::owned<flowrun::workflow_run> r(dec.decode_run(flowrun_test::kRun).value());
    r.modify([&](flowrun::workflow_run& v, flowrun::keeper& keep) {
      std::vector<flowrun::unknown_member> u;
      for (auto& [k, val] : members) u.push_back({keep(k), flowrun::raw_json{keep(val)}});
      v.unknown = keep(std::move(u));
    });
    return r;
  };
  flowrun::canonical_writer canon;
  for (const auto& r :
       {with({{"b", "1"}, {"a", "2"}, {"b", "3"}}), with({{"zz", "1"}, {"status", "2"}}), with({{"\xff", "1"}}),
        with({{"x", "[1,{\"y\":1e400}]"}}), with({{"x", "{\"a\":1,\"a\":2}"}})}) {
    std::string fast = "kept", slow = "kept";
    const std::optional<flowrun::error> fe = canon.write(fast, *r);
    const std::optional<flowrun::error> se = canon.write_slow(slow, *r);
    ASSERT_TRUE(fe);
    EXPECT_EQ(*fe, *se);
    EXPECT_EQ(fast, "kept");
  }
}

// Hostile sizes: a string that grows six times when escaped, into strings of every
// starting capacity; raw values with long runs of white space and nesting as deep as a
// decoder allows. The writer's room is grown as it goes; the canonical pass agrees with
// its definition.
TEST(CanonicalWriter, GrowingRoomAndDeepValues) {
  constexpr std::size_t deep = flowrun::max_depth_limit - 3;
  const std::string controls(100000, '\x01');
  const std::string spaces =
      "{\"b\":" + std::string(70000, ' ') + "[1,\n\t\r 2]," + std::string(5000, '\n') + "\"a\":0}";
  const std::string nested = R"({"d": )" + std::string(deep, '[') + " 1E2 " + std::string(deep, ']') + "}";
  flowrun::canonical_writer canon;
  for (const std::string* output : {&spaces, &nested}) {
    flowrun::log_entry l;
    l.id = *flowrun::prefixed_id::parse("fl_log_a", flowrun::id_kind::log);
    l.node_id = controls;
    l.output = flowrun::raw_json{*output};
    const flowrun::log_entry one[] = {l};
    const flowrun::log_list logs(one);
    for (const std::size_t capacity : {std::size_t{0}, std::size_t{100}, std::size_t{600000}, std::size_t{1} << 20}) {
      std::string out, fast, slow;
      out.reserve(capacity);
      fast.reserve(capacity);
      ASSERT_FALSE(flowrun::write_json(out, logs));
      std::string want = "\"node_id\":\"";
      for (std::size_t i = 0; i < controls.size(); ++i) want += "\\u0001";
      EXPECT_NE(out.find(want + "\""), std::string::npos);
      EXPECT_TRUE(is_compact(out));
      ASSERT_FALSE(canon.write(fast, logs));
      ASSERT_FALSE(canon.write_slow(slow, logs));
      EXPECT_EQ(fast, slow);
    }
  }
}

// Escaping at every offset modulo 16 (the word-at-a-time scan's tails): every byte
// 0x00..0xFF, and characters of every UTF-8 length, after `pad` plain bytes and before
// some more, give what the byte-by-byte rule gives.
namespace {
std::string escape_by_rule(std::string_view s, bool repair) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = flowrun::utf8_sequence_length(s, i);
      if (n == 0) {
        if (!repair) return "<invalid>";
        out += "\\ufffd";
        ++i;
        continue;
      }
      out.append(s, i, n);
      i += n;
      continue;
    }
    static const char* const shorts[] = {"\\b", "\\t", "\\n", nullptr, "\\f", "\\r"}; // 0x08..0x0d
    if (c == '"')
      out += "\\\"";
    else if (c == '\\')
      out += "\\\\";
    else if (c >= 0x08 && c <= 0x0d && shorts[c - 8])
      out += shorts[c - 8];
    else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else
      out += static_cast<char>(c);
    ++i;
  }
  return out;
}

// `s` in quotes, by appending: GCC 12 at -O3 takes "\"" + a temporary for an
// overlapping copy (-Wrestrict).
std::string in_quotes(std::string_view s) {
  std::string q = "\"";
  q.append(s).push_back('"');
  return q;
}
} // namespace

TEST(Write, EscapingAtEveryOffsetEqualsTheByteRule) {
  std::vector<std::string> pieces;
  for (int b = 0; b < 256; ++b) pieces.emplace_back(1, static_cast<char>(b));
  for (const char* u : {"\xc3\xa9", "\xe2\x9c\x93", "\xf0\x9f\x98\x80", "\xef\xbf\xbf", "\xed\xa0\x80", "\xc0\xaf",
                        "\xf4\x90\x80\x80", "\xe2\x9c", "\xf0\x9f\x98"})
    pieces.emplace_back(u);
  std::size_t checked = 0;
  for (const std::string& piece : pieces)
    for (std::size_t pad = 0; pad < 16; ++pad)
      for (const std::size_t tail : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{9}}) {
        // Built by appending: GCC 12 at -O3 takes "a" + a temporary for an overlapping copy (-Wrestrict).
        std::string s(pad, 'a');
        s.append(piece).append(tail, 'b').append(piece);
        // write_json_string: repaired UTF-8.
        std::string got;
        flowrun::write_json_string(got, s);
        ASSERT_EQ(got, in_quotes(escape_by_rule(s, true)))
            << "piece " << static_cast<int>(static_cast<unsigned char>(piece[0])) << " of " << piece.size() << " pad "
            << pad;
        // The writer's strings: checked UTF-8 (an unknown member's value is written as it is;
        // its key is escaped by the writer, and refused when it is not UTF-8).
        flowrun::owned<flowrun::run_page> p(flowrun::run_page{});
        p.modify([&](flowrun::run_page& v, flowrun::keeper& keep) { v.links.first = keep(std::string(s)); });
        std::string out;
        const std::optional<flowrun::error> e = flowrun::write_json(out, *p);
        const std::string want = escape_by_rule(s, false);
        if (want == "<invalid>") {
          ASSERT_TRUE(e);
          EXPECT_EQ(e->code, flowrun::error_code::invalid_utf8);
        } else {
          ASSERT_FALSE(e) << e->message;
          EXPECT_NE(out.find("\"first\":\"" + want + "\","), std::string::npos) << out;
        }
        ++checked;
      }
  EXPECT_EQ(checked, pieces.size() * 16 * 4);
}

// ---- what the writer refuses ------------------------------------------------------
// Every value the decoder would reject is refused with the decoder's code, at the field's
// JSON Pointer, and `out` is left exactly as it was (to_json and the canonical writer
// report the same error).

namespace {

template <class T>
void expect_refused(const T& value, flowrun::error_code code, std::string_view pointer,
                    std::string_view message_part = {}) {
  std::string out = "kept";
  const std::optional<flowrun::error> e = flowrun::write_json(out, value);
  ASSERT_TRUE(e) << "written: " << out;
  EXPECT_EQ(e->code, code) << e->message;
  EXPECT_EQ(e->pointer, pointer) << e->message;
  EXPECT_EQ(e->offset, 0u);
  EXPECT_EQ(e->line, 1u);
  EXPECT_EQ(e->column, 1u);
  EXPECT_NE(e->message.find(message_part), std::string::npos) << e->message;
  EXPECT_EQ(out, "kept") << "out is left as it was";
  std::string pretty = "kept";
  const std::optional<flowrun::error> p = flowrun::write_json(pretty, value, {.pretty = true});
  ASSERT_TRUE(p);
  EXPECT_EQ(*p, *e);
  EXPECT_EQ(pretty, "kept");
  const flowrun::result<std::string> s = flowrun::to_json(value);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error(), *e);
  flowrun::canonical_writer canon;
  std::string bytes = "kept";
  const std::optional<flowrun::error> c = canon.write(bytes, value);
  ASSERT_TRUE(c);
  EXPECT_EQ(*c, *e);
  EXPECT_EQ(bytes, "kept");
}

flowrun::owned<flowrun::workflow_run> decoded_run() {
  flowrun::decoder dec;
  return flowrun::to_owned(dec.decode_run(flowrun_test::kRun).value());
}

template <class F> flowrun::owned<flowrun::workflow_run> run_where(F&& change) {
  auto r = decoded_run();
  r.modify([&](flowrun::workflow_run& v, flowrun::keeper& keep) { change(v, keep); });
  return r;
}

// The first log of a run, changed.
template <class F> flowrun::owned<flowrun::workflow_run> log_where(F&& change) {
  return run_where([&](flowrun::workflow_run& r, flowrun::keeper& keep) {
    std::vector<flowrun::log_entry> logs(r.logs.begin(), r.logs.end());
    change(logs[0], keep);
    r.logs = keep(std::move(logs));
  });
}

flowrun::prefixed_id id_of(std::string_view s, flowrun::id_kind k) { return *flowrun::prefixed_id::parse(s, k); }

} // namespace

TEST(WriteRefuses, TheIssuesExample) {
  // issue 17: output not JSON, duration -inf, node_id empty: each refused, the first one written first.
  const auto all = log_where([](flowrun::log_entry& l, flowrun::keeper&) {
    l.output = flowrun::raw_json{"{not json"};
    l.node_id = "";
  });
  expect_refused(all, flowrun::error_code::out_of_range, "/logs/0/node_id", "node_id must not be empty");
  expect_refused(run_where([](flowrun::workflow_run& r, flowrun::keeper&) {
                   r.duration_in_seconds = -std::numeric_limits<double>::infinity();
                 }),
                 flowrun::error_code::out_of_range, "/duration_in_seconds", "-infinity");
  expect_refused(log_where([](flowrun::log_entry& l, flowrun::keeper&) { l.output = flowrun::raw_json{"{not json"}; }),
                 flowrun::error_code::syntax_error, "/logs/0/output");
}

TEST(WriteRefuses, Durations) {
  for (const double d : {-1.0, -1e-300, std::numeric_limits<double>::infinity(),
                         -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()})
    expect_refused(run_where([&](flowrun::workflow_run& r, flowrun::keeper&) { r.duration_in_seconds = d; }),
                   flowrun::error_code::out_of_range, "/duration_in_seconds");
  // -0 and the largest double read back.
  for (const double d : {-0.0, std::numeric_limits<double>::max(), std::numeric_limits<double>::denorm_min()}) {
    const auto r = run_where([&](flowrun::workflow_run& v, flowrun::keeper&) { v.duration_in_seconds = d; });
    const std::string text = flowrun::to_json(r).value();
    flowrun::decoder dec;
    const auto back = dec.decode_run(text);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, *r);
  }
}

TEST(WriteRefuses, Ids) {
  using flowrun::id_kind;
  expect_refused(run_where([](flowrun::workflow_run& r, flowrun::keeper&) { r.id = {}; }),
                 flowrun::error_code::invalid_id, "/id", "an empty id");
  expect_refused(run_where([](flowrun::workflow_run& r, flowrun::keeper&) { r.id = id_of("fl_log_a", id_kind::log); }),
                 flowrun::error_code::invalid_id, "/id", "\"fl_log_a\" is not a valid id: expected \"fl_run_\"");
  expect_refused(log_where([](flowrun::log_entry& l, flowrun::keeper&) { l.id = id_of("fl_run_a", id_kind::run); }),
                 flowrun::error_code::invalid_id, "/logs/0/id");
  expect_refused(log_where([](flowrun::log_entry& l, flowrun::keeper&) { l.id = id_of("fl_a", id_kind::workflow); }),
                 flowrun::error_code::invalid_id, "/logs/0/id");
  expect_refused(
      log_where([](flowrun::log_entry& l, flowrun::keeper&) { l.execution_id = id_of("fl_log_b", id_kind::log); }),
      flowrun::error_code::invalid_id, "/logs/0/execution_id");
}

TEST(WriteRefuses, StatusesOutsideTheirEnum) {
  expect_refused(
      run_where([](flowrun::workflow_run& r, flowrun::keeper&) { r.status = static_cast<flowrun::run_status>(42); }),
      flowrun::error_code::invalid_enum, "/status", "42 is not a run status");
  expect_refused(
      log_where([](flowrun::log_entry& l, flowrun::keeper&) { l.status = static_cast<flowrun::log_status>(7); }),
      flowrun::error_code::invalid_enum, "/logs/0/status", "7 is not a log status");
}

TEST(WriteRefuses, StringsThatAreNotUtf8) {
  expect_refused(run_where([](flowrun::workflow_run& r, flowrun::keeper&) { r.error_message = "bad \xff byte"; }),
                 flowrun::error_code::invalid_utf8, "/error_message");
  expect_refused(log_where([](flowrun::log_entry& l, flowrun::keeper&) { l.node_id = "n\xc3"; }),
                 flowrun::error_code::invalid_utf8, "/logs/0/node_id");
  expect_refused(log_where([](flowrun::log_entry& l, flowrun::keeper&) { l.component_id = "\xed\xa0\x80"; }),
                 flowrun::error_code::invalid_utf8, "/logs/0/component_id"); // a surrogate's UTF-8 form
  // Valid UTF-8 and control characters are fine: escaped.
  const auto ok = log_where([](flowrun::log_entry& l, flowrun::keeper&) { l.component_id = "\xc3\xa9\n\x01"; });
  EXPECT_NE(flowrun::to_json(ok).value().find(R"("component_id":"é\n\u0001")"), std::string::npos);
}

TEST(WriteRefuses, RawValuesThatAreNotJson) {
  const auto output = [](std::string_view text) {
    return log_where(
        [&](flowrun::log_entry& l, flowrun::keeper& keep) { l.output = flowrun::raw_json{keep(std::string(text))}; });
  };
  using flowrun::error_code;
  expect_refused(output(""), error_code::syntax_error, "/logs/0/output", "empty input");
  expect_refused(output("{\"a\": [1, }"), error_code::syntax_error, "/logs/0/output/a/1");
  expect_refused(output("1 2"), error_code::trailing_content, "/logs/0/output");
  expect_refused(output("{\"a\": \"\xff\"}"), error_code::invalid_utf8, "/logs/0/output/a");
  expect_refused(output("{\"a\": {\"b\": 1, \"b\": 2}}"), error_code::duplicate_key, "/logs/0/output/a/b",
                 "duplicate key \"b\"");
  expect_refused(output("[{\"x\": 1, \"\\u0078\": 2}]"), error_code::duplicate_key, "/logs/0/output/0/x");
  expect_refused(output("nul"), error_code::syntax_error, "/logs/0/output");
  // output may be any JSON kind; trigger_payload and workflow hold objects.
  for (const std::string_view any : {"null", "\"s\"", "-1.5e3", "[1,{}]", "{}", " true "}) {
    const auto r = output(any);
    const std::string text = flowrun::to_json(r).value();
    flowrun::decoder dec;
    const auto back = dec.decode_run(text);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->logs[0].output->text,
              std::string_view(any).substr(any[0] == ' ' ? 1 : 0, any == " true " ? 4 : any.size()));
  }
  expect_refused(
      run_where([](flowrun::workflow_run& r, flowrun::keeper&) { r.trigger_payload = flowrun::raw_json{"[1]"}; }),
      error_code::wrong_type, "/trigger_payload", "expected an object");
  expect_refused(run_where([](flowrun::workflow_run& r, flowrun::keeper&) { r.workflow = flowrun::raw_json{" 3"}; }),
                 error_code::wrong_type, "/workflow", "expected an object");
  // Alone, at the root.
  expect_refused(flowrun::raw_json{"[1,"}, error_code::syntax_error, "/1", "unexpected end of input");
  expect_refused(flowrun::raw_json{"{\"k\":{\"k\":1,\"k\":1}}"}, error_code::duplicate_key, "/k/k");
}

TEST(WriteRefuses, UnknownMembers) {
  using flowrun::error_code;
  const auto with = [](std::vector<flowrun::unknown_member> members) {
    return run_where([&](flowrun::workflow_run& r, flowrun::keeper& keep) { r.unknown = keep(members); });
  };
  expect_refused(with({{"region", flowrun::raw_json{"\"eu\""}}, {"region", flowrun::raw_json{"1"}}}),
                 error_code::duplicate_key, "/region");
  expect_refused(with({{"status", flowrun::raw_json{"\"running\""}}}), error_code::duplicate_key, "/status");
  expect_refused(with({{"logs", flowrun::raw_json{"[]"}}}), error_code::duplicate_key, "/logs");
  expect_refused(with({{"a\xff", flowrun::raw_json{"1"}}}), error_code::invalid_utf8, "");
  expect_refused(with({{"x/y", flowrun::raw_json{"{\"z\":tru}"}}}), error_code::syntax_error, "/x~1y/z");
  const auto ok = with({{"region", flowrun::raw_json{" \"eu\" "}}, {"cost", flowrun::raw_json{"{\"c\": 1}"}}});
  EXPECT_TRUE(flowrun::to_json(ok).value().ends_with(R"(,"region":"eu","cost":{"c":1}})"));
}

TEST(WriteRefuses, PagesAndLogEntries) {
  using flowrun::error_code;
  flowrun::decoder dec;
  const auto page = flowrun::to_owned(
      dec.decode_run_page(
             R"({"data":[)" + flowrun_test::kRun + "," + flowrun_test::kRun +
             R"(],"links":{"first":null,"last":null,"prev":null,"next":null},)"
             R"("meta":{"current_page":1,"from":1,"last_page":1,"path":"p","per_page":2,"to":2,"total":2}})")
          .value());
  ASSERT_FALSE(flowrun::write_json(*std::make_unique<std::string>(), page));
  const auto page_where = [&](auto change) {
    auto p = page;
    p.modify([&](flowrun::run_page& v, flowrun::keeper& keep) { change(v, keep); });
    return p;
  };
  expect_refused(page_where([](flowrun::run_page& p, flowrun::keeper&) { p.meta.per_page = 0; }),
                 error_code::out_of_range, "/meta/per_page", "must be >= 1, found 0");
  expect_refused(page_where([](flowrun::run_page& p, flowrun::keeper&) { p.meta.from = -3; }), error_code::out_of_range,
                 "/meta/from");
  expect_refused(page_where([](flowrun::run_page& p, flowrun::keeper&) { p.meta.total = -1; }),
                 error_code::out_of_range, "/meta/total", "must be >= 0");
  expect_refused(page_where([](flowrun::run_page& p, flowrun::keeper&) { p.meta.per_page = 1; }),
                 error_code::out_of_range, "/data", "data holds 2 runs, more than per_page (1)");
  expect_refused(page_where([](flowrun::run_page& p, flowrun::keeper&) { p.links.next = "\xff"; }),
                 error_code::invalid_utf8, "/links/next");
  expect_refused(page_where([](flowrun::run_page& p, flowrun::keeper&) { p.meta.path = "\xc0\x80"; }),
                 error_code::invalid_utf8, "/meta/path");
  expect_refused(page_where([](flowrun::run_page& p, flowrun::keeper& keep) {
                   std::vector<flowrun::workflow_run> runs(p.data.begin(), p.data.end());
                   runs[1].duration_in_seconds = -2;
                   p.data = keep(std::move(runs));
                 }),
                 error_code::out_of_range, "/data/1/duration_in_seconds");
  expect_refused(page_where([](flowrun::run_page& p, flowrun::keeper& keep) {
                   p.meta.unknown = keep(std::vector<flowrun::unknown_member>{{"total", flowrun::raw_json{"1"}}});
                 }),
                 error_code::duplicate_key, "/meta/total");
  // A log entry alone (and an owned one): pointers from its root.
  const auto run = decoded_run(); // l views its storage
  flowrun::log_entry l = run->logs[0];
  l.output = flowrun::raw_json{"{\"a\":}"};
  expect_refused(l, error_code::syntax_error, "/output/a");
  expect_refused(flowrun::to_owned(l), error_code::syntax_error, "/output/a");
  const flowrun::log_entry one[] = {l};
  expect_refused(flowrun::log_list(one), error_code::syntax_error, "/0/output/a");
  expect_refused(flowrun::document(flowrun::log_list(one)), error_code::syntax_error, "/0/output/a");
}

// A default timestamp is the epoch, which reads back; so is a default-constructed run
// with an id (its other fields are in range).
TEST(WriteRefuses, DefaultsThatReadBack) {
  flowrun::workflow_run r;
  r.id = id_of("fl_run_x", flowrun::id_kind::run);
  const std::string text = flowrun::to_json(r).value();
  EXPECT_EQ(text, R"({"id":"fl_run_x","status":"pending","error_message":null,"started_at":"1970-01-01T00:00:00Z",)"
                  R"("completed_at":null,"duration_in_seconds":null})");
  flowrun::decoder dec;
  const auto back = dec.decode_run(text);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, r);
}

// The mark that spares decoded raw values the check: set by the decoder, kept by owning
// copies and modify() for values the callback did not replace, and lost by a raw_json
// made or changed by hand. Equality ignores it.
TEST(WriteRefuses, DecodedRawValuesAreTrustedBuiltOnesChecked) {
  flowrun::decoder dec;
  const auto r = dec.decode_run(flowrun_test::kRun);
  ASSERT_TRUE(r);
  const flowrun::raw_json& decoded = *r->logs[0].output;
  EXPECT_TRUE(flowrun::detail::raw_access::checked(decoded));
  EXPECT_FALSE(flowrun::detail::raw_access::checked(flowrun::raw_json{decoded.text}));
  EXPECT_EQ(flowrun::raw_json{decoded.text}, decoded) << "equality ignores the mark";
  flowrun::raw_json shorter = decoded;
  shorter.text.remove_suffix(1);
  EXPECT_FALSE(flowrun::detail::raw_access::checked(shorter)) << "another length is another text";
  expect_refused(shorter, flowrun::error_code::syntax_error, "/body", "unexpected end of input");

  auto kept = flowrun::to_owned(*r);
  EXPECT_TRUE(flowrun::detail::raw_access::checked(*kept->logs[0].output));
  const auto copy = kept;
  EXPECT_TRUE(flowrun::detail::raw_access::checked(*copy->logs[0].output));
  kept.modify([](flowrun::workflow_run& v) { v.error_message = "changed"; });
  EXPECT_TRUE(flowrun::detail::raw_access::checked(*kept->logs[0].output)) << "not replaced: still trusted";

  // Replaced inside modify: checked when written, refused when bad, written when good.
  auto bad = kept;
  bad.modify([](flowrun::workflow_run& v, flowrun::keeper& keep) {
    std::vector<flowrun::log_entry> logs(v.logs.begin(), v.logs.end());
    logs[0].output->text = "{\"status\":";
    v.logs = keep(std::move(logs));
  });
  EXPECT_FALSE(flowrun::detail::raw_access::checked(*bad->logs[0].output));
  expect_refused(bad, flowrun::error_code::syntax_error, "/logs/0/output/status");
  auto good = kept;
  good.modify([](flowrun::workflow_run& v, flowrun::keeper& keep) {
    std::vector<flowrun::log_entry> logs(v.logs.begin(), v.logs.end());
    logs[0].output = flowrun::raw_json{R"( {"status": 201, "retried": [true]} )"};
    v.logs = keep(std::move(logs));
  });
  const std::string text = flowrun::to_json(good).value();
  EXPECT_NE(text.find(R"("output":{"status":201,"retried":[true]})"), std::string::npos);
  const auto back = dec.decode_run(text);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->logs[0].output->text, R"({"status":201,"retried":[true]})") << "white space dropped";
  EXPECT_EQ(back->id, good->id);
  EXPECT_EQ(*back->error_message, "changed");
  EXPECT_EQ(flowrun::to_json(*back).value(), text);
}

// The canonical writer reads a raw value without checking it only when a decoder checked
// it: one built by hand, or a decoded one whose text was changed, is checked first and
// refused as before - with the texts the trusted walk would copy through (bytes that are
// not UTF-8, control characters, a broken literal, a missing ':' or quote, too deep).
TEST(WriteRefuses, UncheckedRawValuesInTheCanonicalWriter) {
  using flowrun::error_code;
  const auto output = [](std::string_view text) {
    return log_where(
        [&](flowrun::log_entry& l, flowrun::keeper& keep) { l.output = flowrun::raw_json{keep(std::string(text))}; });
  };
  expect_refused(output("{\"a\":\"\xff\"}"), error_code::invalid_utf8, "/logs/0/output/a");
  expect_refused(output("{\"a\":\"x\x01y\"}"), error_code::syntax_error, "/logs/0/output/a", "control character");
  expect_refused(output("{\"a\":tru}"), error_code::syntax_error, "/logs/0/output/a", "invalid literal");
  expect_refused(output("{\"a\" 1}"), error_code::syntax_error, "/logs/0/output/a", "':' after a key");
  expect_refused(output("{a\":1}"), error_code::syntax_error, "/logs/0/output", "a key string");
  { // too deep where it sits (the trusted walk has no depth limit)
    const auto deep = output(std::string(flowrun::max_depth_limit, '[') + std::string(flowrun::max_depth_limit, ']'));
    std::string plain, canonical;
    const std::optional<flowrun::error> e = flowrun::write_json(plain, deep);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, error_code::depth_exceeded);
    flowrun::canonical_writer canon;
    const std::optional<flowrun::error> c = canon.write(canonical, deep);
    ASSERT_TRUE(c);
    EXPECT_EQ(*c, *e);
  }
  // A decoded value keeps its mark only with its own text: pointed elsewhere, it is checked.
  flowrun::decoder dec;
  const auto run = dec.decode_run(flowrun_test::kRun);
  ASSERT_TRUE(run) << run.error().message;
  ASSERT_TRUE(run->logs[0].output);
  flowrun::log_entry l = run->logs[0];
  ASSERT_TRUE(flowrun::detail::raw_access::checked(*l.output));
  const std::string bad = "{\"b\":1,\"a\":\"\xc3\"}";
  l.output->text = bad;
  ASSERT_FALSE(flowrun::detail::raw_access::checked(*l.output));
  std::string expected = "kept", got = "kept";
  const std::optional<flowrun::error> e = flowrun::write_json(expected, l);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, error_code::invalid_utf8);
  EXPECT_EQ(e->pointer, "/output/a");
  flowrun::canonical_writer canon;
  const std::optional<flowrun::error> c = canon.write(got, l);
  ASSERT_TRUE(c);
  EXPECT_EQ(*c, *e);
  EXPECT_EQ(got, "kept");
}
