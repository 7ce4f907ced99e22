// Unknown members: kept by compatible mode at every level the contract types
// (run, log entry, page, links, meta), in document order, key unescaped and
// value as written; copied by owned<T>, compared by ==, written back by the
// writer and by Boost's value_from; rejected by strict mode. Every check runs
// through the simdjson decoder, the Boost.JSON text path and its DOM door.
#include <flowrun/boost_json.hpp>
#include <flowrun/flowrun.hpp>
#include <flowrun/write.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using members = std::vector<std::pair<std::string, std::string>>;

members list(flowrun::unknown_members u) {
  members out;
  for (const flowrun::unknown_member& m : u) out.emplace_back(std::string(m.key), std::string(m.value.text));
  return out;
}

// Unknown members of every JSON type, a key with escapes, white space inside
// and around values, at every level of a page.
const std::string kPage =
    "{\"x-page\" : 1,\"data\":[{\"id\":\"fl_run_a\",\"status\":\"running\",\"region\": \"eu-west-1\" ,"
    "\"started_at\":\"2025-10-31T12:00:00Z\",\"k\\u00e9y\\n\":{ \"a\" : [ 1 , {\"b\":null} ] },"
    "\"logs\":[{\"id\":\"fl_log_a\",\"node_id\":\"n1\",\"status\":\"success\",\"created_at\":\"2025-10-31T12:00:00Z\","
    "\"retries\":-0.5e+3,\"flag\":true,\"off\":false,\"none\":null,\"empty\":[],\"s\":\"q\\\" \\u0041\"},"
    "{\"id\":\"fl_log_b\",\"node_id\":\"n2\",\"status\":\"error\",\"created_at\":\"2025-10-31T12:00:01Z\"}],"
    "\"after_logs\":{}},"
    "{\"id\":\"fl_run_b\",\"status\":\"completed\",\"started_at\":\"2025-10-31T12:00:00Z\",\"only\":\"b\"}],"
    "\"links\":{\"first\":null,\"self\":\"/runs?page=1\",\"next\":null},"
    "\"meta\":{\"total\":2,\"links\":[{\"url\":null,\"label\":\"&laquo;\"}],\"path\":\"/runs\"},"
    "\"z-last\":[ ]}";

template <class Decode> void check_page(Decode&& decode) {
  const flowrun::result<flowrun::run_page> r = decode(kPage);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(list(r->unknown), (members{{"x-page", "1"}, {"z-last", "[ ]"}}));
  ASSERT_EQ(r->data.size(), 2u);
  const flowrun::workflow_run& a = r->data[0];
  EXPECT_EQ(list(a.unknown), (members{{"region", "\"eu-west-1\""},
                                      {"k\xc3\xa9y\n", "{ \"a\" : [ 1 , {\"b\":null} ] }"},
                                      {"after_logs", "{}"}}));
  ASSERT_EQ(a.logs.size(), 2u);
  EXPECT_EQ(list(a.logs[0].unknown), (members{{"retries", "-0.5e+3"},
                                              {"flag", "true"},
                                              {"off", "false"},
                                              {"none", "null"},
                                              {"empty", "[]"},
                                              {"s", "\"q\\\" \\u0041\""}}));
  EXPECT_TRUE(a.logs[1].unknown.empty());
  EXPECT_EQ(list(r->data[1].unknown), (members{{"only", "\"b\""}}));
  EXPECT_EQ(list(r->links.unknown), (members{{"self", "\"/runs?page=1\""}}));
  EXPECT_EQ(list(r->meta.unknown), (members{{"links", "[{\"url\":null,\"label\":\"&laquo;\"}]"}}));
}

TEST(Unknown, KeptAtEveryLevelBySimdjson) {
  flowrun::decoder d;
  check_page([&](std::string_view t) { return d.decode_run_page(t); });
  // Also on the slow path: collect-all mode with an error elsewhere still walks
  // the members; a valid document decoded after it reuses the storage.
  EXPECT_FALSE(d.decode_run_page(R"({"data":[{"id":"bad"}],"x":1})"));
  check_page([&](std::string_view t) { return d.decode_run_page(t); });
  // Documents without unknown members after ones with them (a valid one, and
  // one that failed after its first): nothing of those remains.
  const std::string plain =
      R"({"data":[{"id":"fl_run_c","status":"running","started_at":"2025-10-31T12:00:00Z",)"
      R"("logs":[{"id":"fl_log_c","node_id":"n","status":"success","created_at":"2025-10-31T12:00:00Z"}]}],)"
      R"("links":{},"meta":{}})";
  for (const char* before : {kPage.c_str(), R"({"x":1,"data":[{"id":"bad"}]})"}) {
    (void)d.decode_run_page(before);
    const auto r = d.decode_run_page(plain);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_TRUE(r->unknown.empty() && r->links.unknown.empty() && r->meta.unknown.empty());
    EXPECT_TRUE(r->data[0].unknown.empty() && r->data[0].logs[0].unknown.empty());
    const auto run = d.decode_run(R"({"id":"fl_run_d","status":"running","started_at":"2025-10-31T12:00:00Z"})");
    ASSERT_TRUE(run);
    EXPECT_TRUE(run->unknown.empty());
  }
}

TEST(Unknown, KeptAtEveryLevelByBoostText) {
  flowrun::boost_decoder d;
  check_page([&](std::string_view t) { return d.decode_run_page(t); });
}

TEST(Unknown, BoostDomDoorKeepsThemAsWrittenByTheDom) {
  flowrun::boost_decoder d;
  const boost::json::value jv = boost::json::parse(kPage);
  const auto r = d.decode_run_page(jv);
  ASSERT_TRUE(r) << r.error().message;
  // The DOM is written compactly, and Boost keeps the number as a double.
  EXPECT_EQ(list(r->unknown), (members{{"x-page", "1"}, {"z-last", "[]"}}));
  EXPECT_EQ(list(r->data[0].unknown)[1].second, R"({"a":[1,{"b":null}]})");
  EXPECT_EQ(list(r->data[0].logs[0].unknown)[0].first, "retries");
  EXPECT_EQ(list(r->meta.unknown), (members{{"links", "[{\"url\":null,\"label\":\"&laquo;\"}]"}}));
}

TEST(Unknown, BothDecodersAgree) {
  flowrun::decoder a;
  flowrun::boost_decoder b;
  const auto x = a.decode_run_page(kPage);
  const auto y = b.decode_run_page(kPage);
  ASSERT_TRUE(x && y);
  EXPECT_TRUE(*x == *y);
}

TEST(Unknown, LogsAndRunsAtTheRoot) {
  flowrun::decoder d;
  const auto logs = d.decode_logs(
      R"([{"id":"fl_log_a","node_id":"n","status":"success","created_at":"2025-10-31T12:00:00Z","v2":{"x":1}}])");
  ASSERT_TRUE(logs);
  EXPECT_EQ(list((*logs)[0].unknown), (members{{"v2", R"({"x":1})"}}));
  const auto run =
      d.decode_run(R"({"trace":"t","id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z"})");
  ASSERT_TRUE(run);
  EXPECT_EQ(list(run->unknown), (members{{"trace", "\"t\""}}));
  EXPECT_TRUE(run->logs.empty());
}

TEST(Unknown, RawObjectsAreNotTyped) {
  // Inside `output`, `workflow` and unknown values nothing is a member of a
  // typed object: the whole value is one raw text, nothing more is kept.
  flowrun::decoder d;
  const auto r = d.decode_run(R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z",)"
                              R"("workflow":{"id":"w","extra":{"id":"x"}},"u":{"id":"fl_run_b","status":"?"}})");
  ASSERT_TRUE(r);
  EXPECT_EQ(list(r->unknown), (members{{"u", R"({"id":"fl_run_b","status":"?"})"}}));
}

TEST(Unknown, StrictModeRejectsThem) {
  for (auto mode : {flowrun::error_mode::fail_fast, flowrun::error_mode::collect_all}) {
    flowrun::decoder d({.mode = flowrun::decode_mode::strict, .errors = mode});
    flowrun::boost_decoder b({.mode = flowrun::decode_mode::strict, .errors = mode});
    const auto r = d.decode_run_page(kPage);
    const auto s = b.decode_run_page(kPage);
    ASSERT_FALSE(r);
    ASSERT_FALSE(s);
    EXPECT_EQ(r.error().code, flowrun::error_code::unknown_field);
    EXPECT_EQ(r.error().pointer, "/x-page");
    EXPECT_EQ(s.error().pointer, "/x-page");
  }
}

TEST(Unknown, DuplicateUnknownKeysAreStillErrors) {
  flowrun::decoder d;
  const auto r =
      d.decode_run(R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z","u":1,"u":2})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, flowrun::error_code::duplicate_key);
  EXPECT_EQ(r.error().pointer, "/u");
}

TEST(Unknown, OwnedCopiesKeepThemPastTheDecoder) {
  flowrun::decoder d;
  const flowrun::owned<flowrun::run_page> kept = flowrun::to_owned(d.decode_run_page(kPage).value());
  const flowrun::owned<flowrun::workflow_run> run = flowrun::to_owned(kept->data[0]);
  const flowrun::owned<flowrun::log_list> logs = flowrun::to_owned(kept->data[0].logs);
  // Overwrite the decoder's storage with other members.
  ASSERT_TRUE(d.decode_run_page(R"({"data":[{"id":"fl_run_z","status":"failed","started_at":"2025-10-31T12:00:00Z",)"
                                R"("other":"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"}],"q":[1,2,3,4,5,6,7,8,9]})"));
  flowrun::decoder fresh;
  const auto again = fresh.decode_run_page(kPage);
  ASSERT_TRUE(again);
  EXPECT_TRUE(*kept == *again);
  EXPECT_TRUE(*run == again->data[0]);
  EXPECT_TRUE(std::ranges::equal(*logs, again->data[0].logs));
  EXPECT_EQ(list(kept->meta.unknown), list(again->meta.unknown));
  EXPECT_EQ(list(kept->links.unknown), list(again->links.unknown));
  // The copies view their own storage, not the decoder's.
  EXPECT_NE(kept->unknown[0].key.data(), again->unknown[0].key.data());
  // Copying an owned value copies its members too.
  const flowrun::owned<flowrun::run_page> copy = kept;
  EXPECT_TRUE(copy == kept);
  EXPECT_NE(copy->data[0].unknown.data(), kept->data[0].unknown.data());
}

TEST(Unknown, EqualityComparesThem) {
  flowrun::decoder a, b;
  const std::string base = R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z")";
  const auto eq = [&](const std::string& x, const std::string& y) {
    return a.decode_run(base + x + "}").value() == b.decode_run(base + y + "}").value();
  };
  EXPECT_TRUE(eq(R"(,"u":1)", R"(,"u":1)"));
  EXPECT_FALSE(eq(R"(,"u":1)", ""));
  EXPECT_FALSE(eq(R"(,"u":1)", R"(,"u":2)"));
  EXPECT_FALSE(eq(R"(,"u":1)", R"(,"v":1)"));
  EXPECT_FALSE(eq(R"(,"u":1,"v":2)", R"(,"v":2,"u":1)")) << "order is part of the value";
  EXPECT_TRUE(eq(R"(,"\u0075":1)", R"(,"u":1)")) << "keys compare unescaped";
  const std::string log =
      R"(,"logs":[{"id":"fl_log_a","node_id":"n","status":"success","created_at":"2025-10-31T12:00:00Z")";
  EXPECT_FALSE(eq(log + R"(,"u":1}])", log + "}]"));
  EXPECT_FALSE(a.decode_run_page(R"({"data":[],"links":{"u":1}})").value() ==
               b.decode_run_page(R"({"data":[],"links":{}})").value());
  EXPECT_FALSE(a.decode_run_page(R"({"data":[],"meta":{"u":1}})").value() ==
               b.decode_run_page(R"({"data":[],"meta":{}})").value());
}

TEST(Unknown, WrittenBackAfterTheKnownFields) {
  flowrun::decoder d;
  const auto r = d.decode_run_page(kPage);
  ASSERT_TRUE(r);
  const std::string out = flowrun::to_json(*r).value();
  EXPECT_EQ(out.substr(0, 8), R"({"data":)");
  EXPECT_NE(out.find(R"("started_at":"2025-10-31T12:00:00Z","completed_at":null,"duration_in_seconds":null,"logs":[)"),
            std::string::npos);
  EXPECT_NE(out.find(R"("created_at":"2025-10-31T12:00:00Z","retries":-0.5e+3,"flag":true,"off":false,"none":null,)"
                     R"("empty":[],"s":"q\" \u0041"})"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("\"region\":\"eu-west-1\",\"k\xc3\xa9y\\n\":{\"a\":[1,{\"b\":null}]},\"after_logs\":{}}"),
            std::string::npos)
      << out;
  EXPECT_NE(
      out.find(
          R"("next":null,"self":"/runs?page=1"},"meta":{"from":null,"path":"/runs","to":null,"total":2,"links":[{"url":null,"label":"&laquo;"}]},"x-page":1,"z-last":[]})"),
      std::string::npos)
      << out;
  // Decoding what was written gives the same value (raw values minus white space), and
  // writing that again gives the same text.
  flowrun::decoder again;
  const auto back = again.decode_run_page(out);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(flowrun::to_json(*back).value(), out);
  EXPECT_EQ(list(back->unknown), (members{{"x-page", "1"}, {"z-last", "[]"}}));
  // Pretty output keeps them too, re-indented.
  const std::string pretty = flowrun::to_json(*r, {.pretty = true}).value();
  EXPECT_NE(pretty.find("    \"k\xc3\xa9y\\n\": {\n        \"a\": [\n"), std::string::npos) << pretty;
  EXPECT_EQ(flowrun::to_json(again.decode_run_page(pretty).value()).value(), out);
}

TEST(Unknown, BoostValueFromWritesThem) {
  flowrun::decoder d;
  const auto r = d.decode_run_page(kPage);
  ASSERT_TRUE(r);
  const boost::json::value jv = boost::json::value_from(*r);
  EXPECT_EQ(jv.at("x-page"), boost::json::value(1));
  EXPECT_EQ(jv.at("z-last"), boost::json::array());
  EXPECT_EQ(jv.at("links").at("self"), boost::json::value("/runs?page=1"));
  EXPECT_EQ(jv.at("meta").at("links").at(0).at("label"), boost::json::value("&laquo;"));
  const auto& run = jv.at("data").at(0).as_object();
  EXPECT_EQ(run.at("k\xc3\xa9y\n").at("a").at(1).at("b"), nullptr);
  EXPECT_EQ(run.at("logs").at(0).at("retries"), boost::json::value(-500.0));
  // Unknown members come after the known fields, in their order.
  std::vector<std::string> keys;
  for (const auto& m : run) keys.emplace_back(m.key());
  ASSERT_GE(keys.size(), 3u);
  EXPECT_EQ((std::vector<std::string>(keys.end() - 3, keys.end())),
            (std::vector<std::string>{"region", "k\xc3\xa9y\n", "after_logs"}));
  // And the round trip through the DOM door keeps them.
  flowrun::boost_decoder b;
  const auto back = b.decode_run_page(jv);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(list(back->links.unknown), list(r->links.unknown));
  EXPECT_EQ(back->data[0].unknown.size(), 3u);
}

} // namespace
