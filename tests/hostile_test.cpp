// Hostile inputs through flowrun::decoder: huge objects, huge strings, deep
// nesting, long arrays, size limits. Each must decode or fail with the right
// code, pointer and offset, and never crash. No timings are asserted.
#include <flowrun/options.hpp>

#include <flowrun/flowrun.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace {

using flowrun::decode_mode;
using flowrun::error_code;
using flowrun::error_mode;

constexpr std::size_t kManyKeys = 200'000;

// A run whose only log's output is `output`.
std::string run_with_output(std::string_view output) {
  std::string s =
      R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[)"
      R"({"id":"fl_log_b1","node_id":"n1","status":"success","created_at":"2025-10-31T12:00:01Z","output":)";
  s += output;
  s += "}]}";
  return s;
}

// {"k0":0,"k1":1,...} with n keys, then `tail` (e.g. a duplicate member) before '}'.
std::string many_keys(std::size_t n, std::string_view tail = {}) {
  std::string s = "{";
  s.reserve(n * 16);
  for (std::size_t i = 0; i < n; ++i) {
    if (i) s += ',';
    s += "\"k" + std::to_string(i) + "\":" + std::to_string(i);
  }
  s += tail;
  s += '}';
  return s;
}

std::string describe(const flowrun::error& e) {
  return std::string(to_string(e.code)) + " at " + std::to_string(e.offset) + " '" + e.pointer + "': " + e.message;
}

template <class T> std::string describe(const flowrun::result<T>& r) {
  return r ? std::string("decoded") : describe(r.error());
}

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// ---- huge objects -----------------------------------------------------------------

TEST(Hostile, OutputWith200000DistinctKeysIsValid) {
  const std::string output = many_keys(kManyKeys);
  const std::string doc = run_with_output(output);
  flowrun::decoder dec;
  auto r = dec.decode_run(doc);
  ASSERT_TRUE(r) << describe(r);
  ASSERT_EQ(r->logs.size(), 1u);
  ASSERT_TRUE(r->logs[0].output);
  EXPECT_EQ(r->logs[0].output->text, output);
}

TEST(Hostile, RootWith200000UnknownKeysInStrictCollectAll) {
  std::string doc = R"({"id":"fl_run_a1","status":"running","error_message":null,)"
                    R"("started_at":"2025-10-31T12:00:00Z","completed_at":null,"duration_in_seconds":null,)";
  doc += many_keys(kManyKeys).substr(1); // the same members, in the root object
  flowrun::decoder dec({.mode = decode_mode::strict, .errors = error_mode::collect_all});
  auto r = dec.decode_run(doc);
  ASSERT_FALSE(r);
  const auto errs = r.errors();
  ASSERT_EQ(errs.size(), kManyKeys) << "one unknown_field per unknown key";
  EXPECT_EQ(errs.front().pointer, "/k0");
  EXPECT_EQ(errs.front().offset, doc.find("\"k0\""));
  EXPECT_EQ(errs.back().pointer, "/k199999");
  EXPECT_EQ(errs.back().offset, doc.find("\"k199999\""));
  for (std::size_t i = 0; i < errs.size(); ++i) {
    if (errs[i].code != error_code::unknown_field || errs[i].line != 1 || errs[i].column != errs[i].offset + 1 ||
        (i > 0 && errs[i].offset <= errs[i - 1].offset)) {
      ADD_FAILURE() << "error " << i << ": " << describe(errs[i]);
      break;
    }
  }
  EXPECT_EQ(errs[123456].pointer, "/k123456");

  // Fail-fast reports the first one only; compatible mode accepts the document.
  flowrun::decoder fast({.mode = decode_mode::strict});
  auto f = fast.decode_run(doc);
  ASSERT_FALSE(f);
  EXPECT_EQ(f.errors().size(), 1u);
  EXPECT_EQ(f.error().code, error_code::unknown_field);
  EXPECT_EQ(f.error().pointer, "/k0");
  flowrun::decoder lenient;
  EXPECT_TRUE(lenient.decode_run(doc)) << "unknown keys are skipped in compatible mode";
}

TEST(Hostile, DuplicateAtTheEndOf200000Keys) {
  const std::string doc = run_with_output(many_keys(kManyKeys, R"(,"k0":"again")"));
  flowrun::decoder dec;
  auto r = dec.decode_run(doc);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::duplicate_key) << describe(r);
  EXPECT_EQ(r.error().pointer, "/logs/0/output/k0");
  EXPECT_EQ(r.error().offset, doc.rfind("\"k0\""));
  EXPECT_EQ(r.errors().size(), 1u);

  // The same at the root, in collect-all mode: exactly one error.
  std::string root = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z",)";
  root += many_keys(kManyKeys, R"(,"k199998":null)").substr(1);
  flowrun::decoder all({.errors = error_mode::collect_all});
  auto a = all.decode_run(root);
  ASSERT_FALSE(a);
  ASSERT_EQ(a.errors().size(), 1u) << describe(a);
  EXPECT_EQ(a.error().code, error_code::duplicate_key);
  EXPECT_EQ(a.error().pointer, "/k199998");
  EXPECT_EQ(a.error().offset, root.rfind("\"k199998\""));
}

TEST(Hostile, DuplicateInTheMiddleOfAHugeObject) {
  std::string output = many_keys(100'000);
  output.pop_back();
  output += R"(,"k50000":1,)";
  output += many_keys(100'000).substr(1).replace(0, 0, "\"z\":0,");
  // output now holds k0..k99999, a repeated k50000, z, then k0.. again: the
  // first duplicate in document order is k50000.
  const std::string doc = run_with_output(output);
  flowrun::decoder dec;
  auto r = dec.decode_run(doc);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::duplicate_key) << describe(r);
  EXPECT_EQ(r.error().pointer, "/logs/0/output/k50000");
  EXPECT_EQ(r.error().offset, doc.find("\"k50000\":1,\"z\""));
}

TEST(Hostile, DuplicateKeysAtSeveralDepthsOfBigObjects) {
  // Each level has 20 keys (past the size where keys are indexed); a key is
  // repeated in the middle level after its child closed.
  const std::string grand = many_keys(20);
  std::string child = many_keys(20);
  child.pop_back();
  child += ",\"grand\":" + grand + ",\"k5\":true}";
  std::string output = many_keys(20);
  output.pop_back();
  output += ",\"child\":" + child + "}";
  const std::string doc = run_with_output(output);
  flowrun::decoder dec({.errors = error_mode::collect_all});
  auto r = dec.decode_run(doc);
  ASSERT_FALSE(r);
  ASSERT_EQ(r.errors().size(), 1u) << describe(r);
  EXPECT_EQ(r.error().code, error_code::duplicate_key);
  EXPECT_EQ(r.error().pointer, "/logs/0/output/child/k5");
  EXPECT_EQ(r.error().offset, doc.find("\"k5\":true"));

  // Sibling objects with the same 20 keys are not duplicates of each other.
  const std::string siblings = "{\"a\":[" + many_keys(20) + "," + many_keys(20) + "],\"b\":" + many_keys(20) + "}";
  EXPECT_TRUE(dec.decode_run(run_with_output(siblings))) << describe(dec.decode_run(run_with_output(siblings)));
}

// A failed document must not leave state that changes the verdict on the next
// one: here, the key index of a big object the failed walk never closed.
TEST(Hostile, DuplicateKeyFoundAfterAFailedDocumentWithABigObject) {
  flowrun::decoder dec;
  std::string broken = many_keys(20);
  broken.insert(broken.size() - 1, ",\"x\":tru");
  auto bad = dec.decode_run(broken);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, error_code::syntax_error);

  const std::string dup = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","a":1,"a":2})";
  auto r = dec.decode_run(dup);
  ASSERT_FALSE(r) << "the duplicate key \"a\" was missed after a failed document";
  EXPECT_EQ(r.error().code, error_code::duplicate_key);
  EXPECT_EQ(r.error().pointer, "/a");
  EXPECT_EQ(r.error().offset, dup.rfind("\"a\""));
  // A fresh decoder agrees.
  flowrun::decoder fresh;
  auto f = fresh.decode_run(dup);
  ASSERT_FALSE(f);
  EXPECT_EQ(f.error(), r.error());
}

TEST(Hostile, HugeKey) {
  const std::string key(1 << 20, 'k');
  const std::string doc = run_with_output("{\"" + key + "\":1,\"" + key + "\":2}");
  flowrun::decoder dec;
  auto r = dec.decode_run(doc);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::duplicate_key);
  EXPECT_EQ(r.error().pointer, "/logs/0/output/" + key);
  EXPECT_LT(r.error().message.size(), 300u) << "the key is quoted shortened in the message";
}

// ---- huge strings -----------------------------------------------------------------

TEST(Hostile, FiftyMegabyteStringInOutput) {
  const std::size_t n = std::size_t{50} << 20;
  std::string output;
  output.reserve(n + 16);
  output += "{\"s\":\"";
  output.append(n, 'a');
  output += "\"}";
  std::string doc = run_with_output(output);
  output = {};
  {
    flowrun::decoder dec;
    auto r = dec.decode_run(doc);
    ASSERT_TRUE(r) << describe(r);
    ASSERT_TRUE(r->logs[0].output);
    EXPECT_EQ(r->logs[0].output->text.size(), n + 8);
  }
  // One bad byte at the end of the string.
  const std::size_t last = doc.find("\"}}]}") - 1;
  ASSERT_EQ(doc[last], 'a');
  doc[last] = '\xff';
  flowrun::decoder dec;
  auto r = dec.decode_run(doc);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::invalid_utf8) << describe(r);
  EXPECT_EQ(r.error().offset, last);
  EXPECT_EQ(r.error().pointer, "/logs/0/output/s");
  EXPECT_EQ(r.error().line, 1u);
  EXPECT_EQ(r.error().column, last + 1);
  // A truncated multi-byte sequence at the same place.
  doc[last] = '\xe2';
  r = dec.decode_run(doc);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::invalid_utf8) << describe(r);
  EXPECT_EQ(r.error().offset, last);
}

// ---- deep nesting -----------------------------------------------------------------

TEST(Hostile, HundredThousandNestedArrays) {
  constexpr std::size_t n = 100'000;
  const std::string doc = R"({"x":)" + std::string(n, '[') + std::string(n, ']') + "}";
  // The root object is depth 1: the 256th '[' (the 257th container) is too deep.
  const std::size_t offset = 5 + 255;
  std::string pointer = "/x";
  for (int i = 0; i < 255; ++i) pointer += "/0";
  flowrun::decoder dec;
  auto r = dec.decode_run(doc);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::depth_exceeded) << describe(r);
  EXPECT_EQ(r.error().offset, offset);
  EXPECT_EQ(r.error().pointer, pointer);
  EXPECT_EQ(r.errors().size(), 1u);

  // Unclosed, as in JSONTestSuite's n_structure_100000_opening_arrays: the
  // depth is what is reported, at the same place.
  const std::string open = R"({"x":)" + std::string(n, '[');
  r = dec.decode_run(open);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::depth_exceeded) << describe(r);
  EXPECT_EQ(r.error().offset, offset);
  EXPECT_EQ(r.error().pointer, pointer);

  // Deep inside a log's output, with a longer pointer prefix.
  const std::string in_output = run_with_output(R"({"y":)" + std::string(n, '[') + std::string(n, ']') + "}");
  r = dec.decode_run(in_output);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::depth_exceeded) << describe(r);
  // Root, logs, log, output: depth 4; the output's arrays start at depth 5,
  // so the 253rd of them is depth 257.
  EXPECT_EQ(r.error().offset, in_output.find('[', in_output.find("\"y\"")) + 252);
  std::string deep_pointer = "/logs/0/output/y";
  for (int i = 0; i < 252; ++i) deep_pointer += "/0";
  EXPECT_EQ(r.error().pointer, deep_pointer);
}

TEST(Hostile, HundredThousandNestedObjects) {
  constexpr std::size_t n = 100'000;
  const std::string doc = repeat(R"({"a":)", n) + "1" + std::string(n, '}');
  std::string pointer;
  for (int i = 0; i < 256; ++i) pointer += "/a";
  flowrun::decoder dec;
  auto r = dec.decode_run(doc);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::depth_exceeded) << describe(r);
  EXPECT_EQ(r.error().offset, 256u * 5u) << "the 257th '{'";
  EXPECT_EQ(r.error().pointer, pointer);
  // Depth beats every schema error (the root lacks id, status, started_at).
  flowrun::decoder all({.mode = decode_mode::strict, .errors = error_mode::collect_all});
  r = all.decode_run(doc);
  ASSERT_FALSE(r);
  ASSERT_EQ(r.errors().size(), 1u);
  EXPECT_EQ(r.error().code, error_code::depth_exceeded);
}

TEST(Hostile, MaxDepthLargerThanTheDefault) {
  // 1000 levels in all (root object included).
  const std::string doc = run_with_output(R"({"y":)" + std::string(995, '[') + std::string(995, ']') + "}");
  flowrun::decoder deep({.max_depth = 2000});
  auto r = deep.decode_run(doc);
  EXPECT_TRUE(r) << describe(r);
  flowrun::decoder shallow;
  r = shallow.decode_run(doc);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::depth_exceeded);
  EXPECT_NE(r.error().message.find("256"), std::string::npos) << r.error().message;

  // Exactly at the limit passes; one more level fails.
  const auto nested = [](std::size_t levels) {
    return R"({"x":)" + std::string(levels - 1, '[') + std::string(levels - 1, ']') + "}";
  };
  flowrun::decoder at({.max_depth = 1500});
  EXPECT_TRUE(at.decode_run(R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","x":0})"));
  auto ok = at.decode_run(nested(1500));
  ASSERT_FALSE(ok);
  EXPECT_EQ(ok.error().code, error_code::missing_field) << "1500 levels are well-formed: " << describe(ok);
  auto over = at.decode_run(nested(1501));
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().code, error_code::depth_exceeded) << describe(over);
  EXPECT_EQ(over.error().offset, 5u + 1499u);
  EXPECT_NE(over.error().message.find("1500"), std::string::npos) << over.error().message;

  // A smaller limit than the default is honoured too: root, logs, log, output is 4.
  flowrun::decoder tiny({.max_depth = 4});
  EXPECT_TRUE(tiny.decode_run(run_with_output("{}")));
  auto too_deep = tiny.decode_run(run_with_output(R"({"a":[]})"));
  ASSERT_FALSE(too_deep);
  EXPECT_EQ(too_deep.error().code, error_code::depth_exceeded);
  EXPECT_EQ(too_deep.error().pointer, "/logs/0/output/a");
}

TEST(Hostile, MaxDepthIsClampedToTheHardCeiling) {
  // Checked on the builder: a real 4097-level document recurses 4096 times,
  // which sanitizer builds cannot afford on an 8 MiB stack.
  flowrun::detail::builder b;
  flowrun::detail::value_store store;
  flowrun::detail::key_index keys;
  b.reset({.max_depth = 1'000'000}, flowrun::detail::doc_kind::run, "{}", store, keys);
  EXPECT_EQ(b.max_depth(), flowrun::max_depth_limit);
  b.reset({.max_depth = 7}, flowrun::detail::doc_kind::run, "{}", store, keys);
  EXPECT_EQ(b.max_depth(), 7u);
  flowrun::decoder dec({.max_depth = 1'000'000});
  EXPECT_EQ(dec.options().max_depth, 1'000'000u) << "the options are kept as given";
}

// ---- long arrays ------------------------------------------------------------------

TEST(Hostile, MillionSmallArrayElements) {
  constexpr std::size_t n = 1'000'000;
  std::string output = "{\"a\":[";
  output.reserve(3 * n);
  for (std::size_t i = 0; i < n; ++i) {
    if (i) output += ',';
    output += static_cast<char>('0' + i % 10);
  }
  output += "]}";
  std::string doc = run_with_output(output);
  flowrun::decoder dec;
  auto r = dec.decode_run(doc);
  ASSERT_TRUE(r) << describe(r);
  EXPECT_EQ(r->logs[0].output->text, output);

  // The last element made invalid (a leading zero): found at its index.
  const std::size_t last = doc.find("]}}]}") - 1;
  doc.insert(last, "0");
  r = dec.decode_run(doc);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::syntax_error) << describe(r);
  EXPECT_EQ(r.error().offset, last);
  EXPECT_EQ(r.error().pointer, "/logs/0/output/a/999999");
}

TEST(Hostile, MillionElementsAsAnUnknownField) {
  constexpr std::size_t n = 1'000'000;
  std::string doc = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","extra":[)";
  doc.reserve(doc.size() + 5 * n);
  for (std::size_t i = 0; i < n; ++i) doc += i ? ",[]" : "[]";
  doc += "]}";
  flowrun::decoder dec;
  EXPECT_TRUE(dec.decode_run(doc));
  flowrun::decoder strict({.mode = decode_mode::strict, .errors = error_mode::collect_all});
  auto r = strict.decode_run(doc);
  ASSERT_FALSE(r);
  // error_message, completed_at, duration_in_seconds missing (at the root), and "extra" unknown.
  ASSERT_EQ(r.errors().size(), 4u) << describe(r);
  EXPECT_EQ(r.errors()[3].code, error_code::unknown_field);
  EXPECT_EQ(r.errors()[3].pointer, "/extra");
}

TEST(Hostile, ThousandsOfLogs) {
  // An iterator node can log 1,000 items per run, and there can be many such nodes.
  constexpr std::size_t n = 20'000;
  std::string doc = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[)";
  for (std::size_t i = 0; i < n; ++i) {
    if (i) doc += ',';
    doc += R"({"id":"fl_log_)" + std::to_string(i) +
           R"(","node_id":"n","status":"success","output":{},"created_at":"2025-10-31T12:00:01Z"})";
  }
  doc += "]}";
  flowrun::decoder dec;
  auto r = dec.decode_run(doc);
  ASSERT_TRUE(r) << describe(r);
  ASSERT_EQ(r->logs.size(), n);
  EXPECT_EQ(r->logs[n - 1].id.body(), std::to_string(n - 1));
  // One bad status near the end, collect-all: exactly that one.
  std::string bad_doc = doc;
  bad_doc.replace(bad_doc.rfind("\"success\""), 9, "\"succes\"");
  flowrun::decoder all({.errors = error_mode::collect_all});
  auto b = all.decode_run(bad_doc);
  ASSERT_FALSE(b);
  ASSERT_EQ(b.errors().size(), 1u) << describe(b);
  EXPECT_EQ(b.error().code, error_code::invalid_enum);
  EXPECT_EQ(b.error().pointer, "/logs/" + std::to_string(n - 1) + "/status");
  EXPECT_EQ(b.error().offset, bad_doc.rfind("\"succes\""));
}

// ---- size limit -------------------------------------------------------------------

TEST(Hostile, InputLargerThanMaxSize) {
  const std::string doc = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"})";
  flowrun::decoder exact({.max_size = doc.size()});
  EXPECT_TRUE(exact.decode_run(doc)) << "a limit equal to the size accepts";
  flowrun::decoder small({.max_size = doc.size() - 1});
  auto r = small.decode_run(doc);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, error_code::too_large);
  EXPECT_EQ(r.error().offset, 0u);
  EXPECT_EQ(r.error().pointer, "");
  EXPECT_EQ(r.errors().size(), 1u);
  EXPECT_NE(r.error().message.find(std::to_string(doc.size())), std::string::npos) << r.error().message;
  // Too large beats malformed: the input is not even looked at.
  auto junk = small.decode_run(std::string(doc.size() + 10, '{'));
  ASSERT_FALSE(junk);
  EXPECT_EQ(junk.error().code, error_code::too_large);
  // Every entry point honours it.
  EXPECT_EQ(small.decode_logs(std::string(200, ' ')).error().code, error_code::too_large);
  EXPECT_EQ(small.decode_run_page(std::string(200, ' ')).error().code, error_code::too_large);
  // And the decoder still works for smaller inputs afterwards.
  flowrun::decoder tiny({.max_size = 2});
  EXPECT_EQ(tiny.decode_logs("[]").errors().size(), 0u);
  EXPECT_TRUE(tiny.decode_logs("[]"));
  EXPECT_EQ(tiny.decode_logs("[ ]").error().code, error_code::too_large);
}

TEST(Hostile, EmptyAndWhitespaceInputs) {
  flowrun::decoder dec;
  for (std::string_view s : {"", " ", "\n\n\n", "\t\r\n "}) {
    auto r = dec.decode_run(s);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, error_code::syntax_error) << describe(r);
    EXPECT_EQ(r.error().offset, s.size());
  }
}

} // namespace
