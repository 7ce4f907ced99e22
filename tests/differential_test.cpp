// The two decoding paths, simdjson On-Demand and Boost.JSON's SAX parser, feed
// one builder: on every document they must agree on the verdict, every error
// (code, pointer, offset, line, column, message) and every decoded value, raw
// JSON spans byte for byte (and as JSON values). Where the document is
// well-formed and has no duplicate key, the DOM door (boost_decoder on a
// boost::json::value) is checked too. Documents: the generated corpus
// (tests/corpus.hpp; FLOWRUN_DIFF_DOCS sets how many, default 100,000, and
// FLOWRUN_DIFF_SEED the seed), every JSONTestSuite case embedded in a run and
// alone, the examples, and the regressions below, each in both modes and both
// error modes. The summary printed at the end counts first errors by code.
#include <flowrun/boost_json.hpp>
#include <flowrun/simdjson.hpp>

#include "corpus.hpp"
#include "fast_path.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#if __has_include(<pthread.h>)
#include <pthread.h>
#endif

#ifndef FLOWRUN_TEST_DATA_DIR
#define FLOWRUN_TEST_DATA_DIR "tests/data"
#endif
#ifndef FLOWRUN_EXAMPLES_DIR
#define FLOWRUN_EXAMPLES_DIR "examples"
#endif

namespace {

using flowrun::decode_mode;
using flowrun::error_mode;
using flowrun_corpus::doc_kind;

std::size_t env_size(const char* name, std::size_t fallback) {
  const char* v = std::getenv(name);
  if (!v || !*v) return fallback;
  return static_cast<std::size_t>(std::strtoull(v, nullptr, 10));
}

// Printable, one line: JSON-like escapes, other bytes as \xNN.
std::string escaped(std::string_view s, std::size_t limit = 4000) {
  std::string out;
  for (std::size_t i = 0; i < s.size() && i < limit; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (c >= 0x20 && c < 0x7f)
      out += static_cast<char>(c);
    else {
      static constexpr char hex[] = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  if (s.size() > limit) out += "... (" + std::to_string(s.size()) + " bytes)";
  return out;
}

// ---- collecting the raw JSON spans of a value ------------------------------------

using raw_list = std::vector<std::optional<std::string_view>>;

void raws(const flowrun::log_entry& l, raw_list& out) {
  out.push_back(l.output ? std::optional(l.output->text) : std::nullopt);
}
void raws(const flowrun::workflow_run& r, raw_list& out) {
  out.push_back(r.trigger_payload ? std::optional(r.trigger_payload->text) : std::nullopt);
  out.push_back(r.workflow ? std::optional(r.workflow->text) : std::nullopt);
  for (const auto& l : r.logs) raws(l, out);
}
void raws(const flowrun::run_page& p, raw_list& out) {
  for (const auto& r : p.data) raws(r, out);
}
void raws(flowrun::log_list logs, raw_list& out) {
  for (const auto& l : logs) raws(l, out);
}

template <class T> bool equal_values(const T& a, const T& b) { return a == b; }
bool equal_values(flowrun::log_list a, flowrun::log_list b) { return std::ranges::equal(a, b); }

std::string describe_errors(std::span<const flowrun::error> errs) {
  std::string out;
  for (const auto& e : errs)
    out += "    " + std::string(to_string(e.code)) + " at '" + e.pointer + "' offset " + std::to_string(e.offset) +
           " (" + std::to_string(e.line) + ":" + std::to_string(e.column) + "): " + e.message + "\n";
  return out;
}

template <class T> std::string describe(const flowrun::result<T>& r) {
  if (!r) return "  errors:\n" + describe_errors(r.errors());
  try {
    return "  value: " + escaped(boost::json::serialize(boost::json::value_from(*r))) + "\n";
  } catch (const std::exception& e) {
    return std::string("  value (not convertible: ") + e.what() + ")\n";
  }
}

// ---- the comparison ------------------------------------------------------------------

constexpr std::array<std::pair<decode_mode, error_mode>, 4> combos = {{
    {decode_mode::compatible, error_mode::fail_fast},
    {decode_mode::compatible, error_mode::collect_all},
    {decode_mode::strict, error_mode::fail_fast},
    {decode_mode::strict, error_mode::collect_all},
}};

std::string combo_name(std::size_t i) {
  return std::string(combos[i].first == decode_mode::strict ? "strict" : "compatible") + "/" +
         (combos[i].second == error_mode::collect_all ? "collect_all" : "fail_fast");
}

class differ {
public:
  std::size_t documents = 0, decodes = 0, raw_values = 0, raw_byte_diffs = 0, dom_documents = 0, disagreements = 0;
  std::size_t give_ups = 0; // valid documents on which simdjson's fast walk gave up (each also a disagreement)
  std::array<std::map<std::string, std::size_t>, combos.size()> verdicts; // first code, or "valid"

  /// Compares both paths on one document in every combination, and the DOM
  /// door with the text door where a DOM can hold the document; false on a
  /// disagreement.
  bool compare(doc_kind kind, std::string_view text, std::size_t max_depth = 256,
               std::size_t max_size = flowrun::decode_options{}.max_size) {
    ++documents;
    const std::size_t before = disagreements;
    bool dom = true;
    for (std::size_t c = 0; c < combos.size(); ++c) {
      const flowrun::decode_options o{
          .mode = combos[c].first, .errors = combos[c].second, .max_depth = max_depth, .max_size = max_size};
      simd_.set_options(o);
      boost_.set_options(o);
      ++decodes;
      // Every other combination, the simdjson decoder reads the text where it
      // lies, from a padded copy (see hostile_padding).
      const bool in_place = c % 2 == 0;
      const flowrun::padded_view padded = hostile_padding(text);
      switch (kind) {
      case doc_kind::run:
        dom = check(c, text, in_place ? simd_.decode_run(padded) : simd_.decode_run(text), boost_.decode_run(text)) &&
              dom;
        break;
      case doc_kind::page:
        dom = check(c, text, in_place ? simd_.decode_run_page(padded) : simd_.decode_run_page(text),
                    boost_.decode_run_page(text)) &&
              dom;
        break;
      case doc_kind::logs:
        dom =
            check(c, text, in_place ? simd_.decode_logs(padded) : simd_.decode_logs(text), boost_.decode_logs(text)) &&
            dom;
        break;
      }
    }
    if (dom && text.size() <= max_size) compare_dom(kind, text, max_depth);
    return disagreements == before;
  }

  void print_summary(std::ostream& os) const {
    os << "differential: " << documents << " documents (" << dom_documents << " also as DOM), " << decodes
       << " decodes per path, " << raw_values << " raw JSON values compared, " << raw_byte_diffs
       << " raw byte differences, " << give_ups << " fast-walk give-ups on valid documents, " << disagreements
       << " disagreements\n";
    for (std::size_t c = 0; c < combos.size(); ++c) {
      os << "  " << combo_name(c) << ":";
      for (const auto& [code, n] : verdicts[c]) os << ' ' << code << '=' << n;
      os << '\n';
    }
  }

private:
  // `text` in padded_, which a padded_view then reads in place: the byte after
  // it ends it as a std::string's '\0' or an NDJSON line's white space would,
  // and the rest of the padding holds bytes that would complete a truncated
  // text ('}', ']', the 'e' of "tru", digits, quotes, escapes) if the walk
  // read them as text. Which ones turns with the document count.
  flowrun::padded_view hostile_padding(std::string_view text) {
    static constexpr char ends[] = {'\0', '\n', ' ', '\r', '\t'};
    static constexpr std::string_view fills[] = {"}", "]", "e", "1", "\"", "\\", "}]\"e0,:"};
    return flowrun_test::padded_copy(padded_, text, ends[documents % std::size(ends)],
                                     fills[documents % std::size(fills)]);
  }

  void disagree(const std::string& why, std::size_t c, std::string_view text, const std::string& a,
                const std::string& b, const char* b_name = "boost") {
    if (++disagreements > 10) return;
    ADD_FAILURE() << why << " (" << combo_name(c) << ", max_depth " << simd_.options().max_depth << ")\n simdjson:\n"
                  << a << " " << b_name << ":\n"
                  << b << " document (" << text.size() << " bytes): " << escaped(text);
  }

  // Text against text: everything equal. True when the document can also be
  // compared as a DOM (well-formed, no duplicate key).
  // A valid document that `dec` decoded on its slow path: a failure.
  void count_give_up(const flowrun::decoder& dec, bool valid, std::size_t c, std::string_view text) {
    const ::testing::AssertionResult fast = flowrun_test::fast_if_valid(dec, valid, text);
    if (fast) return;
    ++give_ups;
    disagree("the fast walk gave up on a valid document", c, text, fast.message(), "");
  }

  template <class T>
  bool check(std::size_t c, std::string_view text, const flowrun::result<T>& a, const flowrun::result<T>& b) {
    ++verdicts[c][a ? "valid" : std::string(to_string(a.error().code))];
    count_give_up(simd_, a.has_value(), c, text);
    std::string why;
    if (a.has_value() != b.has_value()) {
      why = "verdicts differ";
    } else if (!a) {
      const auto ea = a.errors(), eb = b.errors();
      if (!std::equal(ea.begin(), ea.end(), eb.begin(), eb.end())) why = "errors differ";
    } else {
      raw_list ra, rb;
      raws(*a, ra);
      raws(*b, rb);
      if (ra.size() != rb.size()) why = "raw value counts differ";
      for (std::size_t i = 0; why.empty() && i < ra.size(); ++i) {
        if (ra[i].has_value() != rb[i].has_value()) {
          why = "raw value presence differs";
          break;
        }
        if (!ra[i]) continue;
        ++raw_values;
        if (*ra[i] != *rb[i]) ++raw_byte_diffs;
        if (flowrun::detail::parse_raw(*ra[i]) != flowrun::detail::parse_raw(*rb[i])) why = "raw values differ as JSON";
      }
      if (why.empty() && !equal_values(*a, *b)) why = "values differ";
    }
    if (!why.empty()) disagree(why, c, text, describe(a), describe(b));
    if (a) return true;
    for (const auto& e : a.errors())
      if (flowrun::is_well_formedness_error(e.code) || e.code == flowrun::error_code::duplicate_key) return false;
    return true;
  }

  // The DOM door. A DOM holds less than its text (duplicates are gone, 1e-400
  // is 0, 2^70 a double), so it is held to the text it writes of itself: the
  // simdjson path on that text must give exactly what the DOM door gives
  // (errors with offsets, values with raw bytes). Against the original text,
  // where both decode, the values must be equal as JSON.
  void compare_dom(doc_kind kind, std::string_view text, std::size_t max_depth) {
    boost::json::value jv;
    try {
      jv = flowrun::detail::parse_raw(text); // correctly rounded, unlike boost::json::parse in 1.81
    } catch (const std::exception& e) {
      disagree(std::string("Boost.JSON cannot parse a document both paths found well-formed: ") + e.what(), 0, text, "",
               "");
      return;
    }
    ++dom_documents;
    std::string own;
    flowrun::detail::write_dom(jv, own, 1, flowrun::max_depth_limit);
    for (std::size_t c = 0; c < combos.size(); ++c) {
      const flowrun::decode_options o{.mode = combos[c].first, .errors = combos[c].second, .max_depth = max_depth};
      simd_.set_options(o);
      original_.set_options(o);
      boost_.set_options(o);
      switch (kind) {
      case doc_kind::run:
        check_dom(c, text, own, simd_.decode_run(own), boost_.decode_run(jv), original_.decode_run(text));
        break;
      case doc_kind::page:
        check_dom(c, text, own, simd_.decode_run_page(own), boost_.decode_run_page(jv),
                  original_.decode_run_page(text));
        break;
      case doc_kind::logs:
        check_dom(c, text, own, simd_.decode_logs(own), boost_.decode_logs(jv), original_.decode_logs(text));
        break;
      }
    }
  }

  template <class T>
  void check_dom(std::size_t c, std::string_view text, std::string_view own, const flowrun::result<T>& a,
                 const flowrun::result<T>& dom, const flowrun::result<T>& original) {
    count_give_up(original_, original.has_value(), c, text);
    count_give_up(simd_, a.has_value(), c, own);
    std::string why;
    if (a.has_value() != dom.has_value()) {
      why = "verdicts differ";
    } else if (!a) {
      const auto ea = a.errors(), eb = dom.errors();
      if (!std::equal(ea.begin(), ea.end(), eb.begin(), eb.end())) why = "errors differ";
    } else if (!equal_values(*a, *dom)) {
      why = "values differ";
    }
    if (!why.empty()) return disagree(why, c, own, describe(a), describe(dom), "boost DOM");
    if (original && dom && boost::json::value_from(*original) != boost::json::value_from(*dom))
      disagree("values differ from the original text's", c, text, describe(original), describe(dom), "boost DOM");
  }

  flowrun::decoder simd_, original_;
  std::string padded_; // see hostile_padding
  flowrun::boost_decoder boost_;
};

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// Most documents at the default depth limit; one in eight at a small one, so
// that the limit is crossed at every level of the contract.
std::size_t depth_for(std::size_t index) { return index % 8 == 7 ? 2 + (index / 8) % 12 : 256; }

TEST(Differential, GeneratedCorpus) {
  const std::size_t count = env_size("FLOWRUN_DIFF_DOCS", 100000);
  const std::uint64_t seed = env_size("FLOWRUN_DIFF_SEED", 20251031);
  const auto t0 = std::chrono::steady_clock::now();
  flowrun_corpus::generator gen(seed);
  differ d;
  for (std::size_t i = 0; i < count; ++i) {
    const flowrun_corpus::item it = gen.next();
    d.compare(it.kind, it.text, depth_for(i));
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  d.print_summary(std::cout);
  std::cout << "  seed " << seed << ", " << secs << " s\n";
  EXPECT_EQ(d.documents, count);
  EXPECT_EQ(d.raw_byte_diffs, 0u);
  EXPECT_EQ(d.disagreements, 0u);
  // The corpus must exercise both outcomes in every combination.
  for (const auto& v : d.verdicts) {
    EXPECT_GT(v.count("valid") ? v.at("valid") : 0, count / 5);
    EXPECT_GT(v.size(), 10u);
  }
}

TEST(Differential, JsonTestSuiteEmbedded) {
  differ d;
  const auto items = flowrun_corpus::json_test_suite(FLOWRUN_TEST_DATA_DIR);
  ASSERT_EQ(items.size(), 318u);
  for (const auto& it : items) d.compare(it.kind, it.text);
  // And each case alone, as each kind of document.
  for (const auto& name : flowrun_corpus::json_test_suite_files(FLOWRUN_TEST_DATA_DIR))
    for (doc_kind k : {doc_kind::run, doc_kind::page, doc_kind::logs}) d.compare(k, name.second);
  d.print_summary(std::cout);
  EXPECT_EQ(d.raw_byte_diffs, 0u);
  EXPECT_EQ(d.disagreements, 0u);
}

TEST(Differential, Examples) {
  differ d;
  const std::string dir = FLOWRUN_EXAMPLES_DIR;
  EXPECT_TRUE(d.compare(doc_kind::run, read_file(dir + "/run.json")));
  EXPECT_TRUE(d.compare(doc_kind::run, read_file(dir + "/run-legacy.json")));
  EXPECT_TRUE(d.compare(doc_kind::page, read_file(dir + "/page.json")));
  EXPECT_TRUE(d.compare(doc_kind::logs, read_file(dir + "/logs.json")));
  EXPECT_EQ(d.verdicts[0].at("valid"), 4u);
}

TEST(Differential, TinyAndEmptyDocuments) {
  differ d;
  for (const char* doc : {"",
                          " ",
                          "\n\t\r ",
                          "{",
                          "}",
                          "[",
                          "]",
                          "{}",
                          "[]",
                          "[{}]",
                          "[[]]",
                          "{\"data\":[]}",
                          "null",
                          "0",
                          "-",
                          "\"\"",
                          "\"",
                          "true",
                          "nul",
                          "1 2",
                          "{} {}",
                          "[] x",
                          "\xEF\xBB\xBF{}",
                          "{\"a\"}",
                          "{\"a\":}",
                          "{\"data\":[{}],\"meta\":{\"per_page\":0}}",
                          "[{\"id\":1},2,\"x\",[],null]"})
    for (doc_kind k : {doc_kind::run, doc_kind::page, doc_kind::logs}) EXPECT_TRUE(d.compare(k, doc)) << doc;
  EXPECT_EQ(d.disagreements, 0u);
}

// Documents far larger than the generated ones: the string arena grows past
// its first chunk, the builder's key index takes over in big objects.
TEST(Differential, LargeDocuments) {
  flowrun_corpus::generator gen(7);
  differ d;
  std::string logs = "[", page = "{\"data\":[", big_output = "{";
  for (int i = 0; logs.size() < (1u << 20); ++i) {
    const flowrun_corpus::item it = gen.next();
    if (it.kind == doc_kind::logs && it.text.size() > 2 && d.compare(it.kind, it.text) &&
        flowrun::decoder().decode_logs(it.text)) {
      const std::size_t open = it.text.find('['), close = it.text.rfind(']');
      const std::string inner = it.text.substr(open + 1, close - open - 1);
      if (inner.find_first_not_of(" \t\r\n") == std::string::npos) continue;
      logs += (logs.size() > 1 ? "," : "") + inner;
    }
    if (it.kind == doc_kind::run && page.size() < (1u << 20) && flowrun::decoder().decode_run(it.text))
      page += (page.size() > 9 ? "," : "") + it.text;
    big_output += "\"k\\u00e9" + std::to_string(i) + "\":\"\\ud83d\\ude00" + std::to_string(i) + "\",";
  }
  logs += "]";
  page += "]}";
  big_output += "\"end\":[]}";
  const std::string run =
      R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","trigger_payload":)" + big_output +
      "}";
  EXPECT_TRUE(d.compare(doc_kind::logs, logs));
  EXPECT_TRUE(d.compare(doc_kind::page, page));
  EXPECT_TRUE(d.compare(doc_kind::run, run));
  EXPECT_TRUE(d.compare(doc_kind::run, run.substr(0, run.size() - 40) + "\"k\\u00e90\":1}}"));
  EXPECT_TRUE(flowrun::boost_decoder().decode_logs(logs));
  EXPECT_TRUE(flowrun::boost_decoder().decode_run(run));
  EXPECT_EQ(d.disagreements, 0u);
}

TEST(Differential, SizeLimit) {
  differ d;
  const std::string run = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"})";
  for (std::size_t limit : {run.size() - 1, run.size(), run.size() + 1, std::size_t{0}})
    EXPECT_TRUE(d.compare(doc_kind::run, run, 256, limit)) << limit;
  EXPECT_EQ(d.verdicts[0].at("too_large"), 2u);
}

// ---- regressions: documents on which the paths once disagreed --------------------------

const std::string kRun = R"({"id":"fl_run_a1b2c3d4e5f6g7h8","status":"completed","error_message":null,)"
                         R"("started_at":"2025-10-31T12:00:00.000000Z","completed_at":"2025-10-31T12:00:05.000000Z",)"
                         R"("duration_in_seconds":5,"logs":[{"id":"fl_log_a1b2c3d4e5f6g7h8","node_id":"n2",)"
                         R"("component_id":"webhook","status":"success","output":OUTPUT,)"
                         R"("created_at":"2025-10-31T12:00:02.000000Z"}]})";

std::string run_with_output(std::string_view output) {
  std::string s = kRun;
  s.replace(s.find("OUTPUT"), 6, output);
  return s;
}

// Boost.JSON 1.81 fails on exponents past INT_MAX (exponent_overflow); docs/contract.md
// keeps them in raw values, and makes them out_of_range in typed fields.
TEST(DifferentialRegression, ExponentPastIntMax) {
  differ d;
  EXPECT_TRUE(
      d.compare(doc_kind::run, run_with_output(R"({"a":1e2147483648,"b":[-1e-2147483649],"c":"1e99999999999"})")));
  EXPECT_TRUE(d.compare(doc_kind::run, run_with_output(R"({"a":1E+0000000000000000000000001})")));
  std::string typed = run_with_output("{}");
  typed.replace(typed.find(R"("duration_in_seconds":5)"), 23, R"("duration_in_seconds":1e99999999999)");
  EXPECT_TRUE(d.compare(doc_kind::run, typed));
  flowrun::boost_decoder b;
  auto r = b.decode_run(typed);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, flowrun::error_code::out_of_range);
  // An overflowing exponent and a later syntax error: the syntax error is found.
  EXPECT_TRUE(d.compare(doc_kind::run, run_with_output(R"({"a":1e2147483648,"b":01})")));
  EXPECT_EQ(d.disagreements, 0u);
}

// simdjson types a value by its first byte, so "-NaN", "0x1" or "59\0" reach
// the builder as number tokens, which reported them at the token's start with
// the token as simdjson cut it (and "123\0" alone as a syntax error, where
// docs/contract.md says trailing content); Boost rejects them and the locator reports
// the first bad byte. Fixed in the builder: every malformed report, a bad
// number token included, goes through the locator (builder::malformed).
TEST(DifferentialRegression, NumberTokenThatIsNotANumber) {
  differ d;
  for (const char* bad :
       {"[-NaN]", "[0x1]", "[-]", "[1.]", "[01]", "[1e]", "[-Infinity]", "[1.5e+]", "[2.e3]", "[-01]"}) {
    EXPECT_TRUE(d.compare(doc_kind::run, run_with_output(std::string(R"({"a":)") + bad + "}"))) << bad;
    EXPECT_TRUE(d.compare(doc_kind::logs, bad)) << bad;
  }
  EXPECT_TRUE(d.compare(doc_kind::run, run_with_output(std::string(R"({"a":[59)") + '\0' + "5.4]}")));
  std::string dur = run_with_output("{}");
  dur.replace(dur.find(R"("duration_in_seconds":5)"), 23, R"("duration_in_seconds":102225-10-31t12:00:00Z")");
  EXPECT_TRUE(d.compare(doc_kind::run, dur));
  // A root number followed by a NUL byte is trailing content (docs/contract.md), not a bad number.
  const std::string root("123\0", 4);
  for (doc_kind k : {doc_kind::run, doc_kind::page, doc_kind::logs}) EXPECT_TRUE(d.compare(k, root));
  flowrun::decoder simd;
  auto t = simd.decode_run(root);
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, flowrun::error_code::trailing_content);
  EXPECT_EQ(t.error().offset, 3u);
  auto r = simd.decode_run(run_with_output(R"({"a":[0x1]})"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, flowrun::error_code::syntax_error);
  EXPECT_EQ(r.error().pointer, "/logs/0/output/a/0");
  EXPECT_EQ(r.error().offset, run_with_output(R"({"a":[0x1]})").find("x1"));
}

// Boost stops after the first complete root value: "01" is 0 then trailing
// "1" to it. docs/contract.md and the locator (which the simdjson path asks) read one
// malformed number: a leading zero. Fixed in boost_json.hpp: what follows
// Boost's root value goes to the locator, which decides for both paths.
TEST(DifferentialRegression, RootValueFollowedByMoreOfItself) {
  differ d;
  for (const char* doc : {"01", "01-15T13:45:42Z\",{}", "026-09-05", "1.5.3", "0-1", "-0-", "1e5e5", "truex",
                          "nullnull", "falsetrue", "true false", "0 1", "01 ", "[]]", "{}}", "\"a\"\"b\""})
    for (doc_kind k : {doc_kind::run, doc_kind::page, doc_kind::logs}) EXPECT_TRUE(d.compare(k, doc)) << doc;
  flowrun::boost_decoder b;
  for (const char* doc : {"01", "01 ", "-01"}) {
    auto r = b.decode_logs(doc);
    ASSERT_FALSE(r) << doc;
    EXPECT_EQ(r.error().code, flowrun::error_code::syntax_error) << doc;
  }
  auto t = b.decode_logs("0 1");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, flowrun::error_code::trailing_content);
  EXPECT_EQ(t.error().offset, 2u);
}

// Boost.JSON 1.81 converts some doubles one ulp off (7e62 reads as
// 7.0000000000000006e62), so value_from's raw values and a DOM built by
// boost::json::parse differed from the text path's exact numbers. Fixed in
// boost_json.hpp: raw values are read back with correctly rounded doubles
// (detail::parse_raw); typed numbers always come from the text.
TEST(DifferentialRegression, DoublesBoostRoundsOneUlpOff) {
  differ d;
  std::string doc = run_with_output(R"({"a":7e62,"b":6e279,"c":[7e202,-7e62]})");
  doc.replace(doc.find(R"("duration_in_seconds":5)"), 23, R"("duration_in_seconds":7e62)");
  EXPECT_TRUE(d.compare(doc_kind::run, doc));
  flowrun::boost_decoder b;
  auto r = b.decode_run(doc);
  ASSERT_TRUE(r);
  EXPECT_EQ(*r->duration_in_seconds, 7e62);
  const boost::json::value out = boost::json::value_from(*r).at("logs").at(0).at("output");
  EXPECT_EQ(out.at("a").as_double(), 7e62);
  EXPECT_EQ(out.at("b").as_double(), 6e279);
  EXPECT_EQ(out.at("c").at(1).as_double(), -7e62);
  EXPECT_EQ(d.disagreements, 0u);
}

// Runs `f` on a thread with a 256 MB stack: both walks recurse once per level
// (simdjson_walker and Boost's parser), and at the depth ceiling a sanitizer
// build needs more than a main thread's 8 MB.
template <class F> void on_big_stack(F f) {
#if __has_include(<pthread.h>)
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, std::size_t{256} << 20);
  pthread_t t;
  void* (*thunk)(void*) = [](void* p) -> void* {
    (*static_cast<F*>(p))();
    return nullptr;
  };
  ASSERT_EQ(pthread_create(&t, &attr, thunk, &f), 0);
  pthread_join(t, nullptr);
  pthread_attr_destroy(&attr);
#else
  f();
#endif
}

// Boost.JSON's depth limit is set above the builder's, which decides: the
// boundary at the hard ceiling (max_depth_limit) and past it (clamped).
TEST(DifferentialRegression, DepthAtTheCeiling) {
  on_big_stack([] {
    differ d;
    const auto nested = [](std::size_t n) { return std::string(n, '[') + std::string(n, ']'); };
    for (std::size_t depth : {flowrun::max_depth_limit - 1, flowrun::max_depth_limit, flowrun::max_depth_limit + 1}) {
      EXPECT_TRUE(d.compare(doc_kind::logs, nested(depth), flowrun::max_depth_limit)) << depth;
      EXPECT_TRUE(d.compare(doc_kind::logs, nested(depth), 100000)) << depth;
    }
    EXPECT_EQ(d.disagreements, 0u);
  });
}

} // namespace
