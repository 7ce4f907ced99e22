// The writer against the Boost.JSON path: the reference decoder accepts what the writer
// writes and reads back equal values (a fixed point too), both decoders' values write the
// same text, and boost::json::value_from agrees with the writer as a Boost value, except
// where value_from is documented to differ (one rule, below, counted).
#include <flowrun/write.hpp>

#include <flowrun/boost_json.hpp>
#include <flowrun/simdjson.hpp>

#include "corpus.hpp"
#include "support.hpp"
#include "write_support.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace {

using flowrun_test::kind;

// How often each documented difference of value_from was met.
struct rule_counts {
  std::size_t big_whole_durations = 0;
};

// The writer's text as a Boost value, with value_from's documented difference applied:
// value_from writes a whole duration of 2^53 or more as a double, where the writer's
// shortest text may be plain digits that Boost reads as an integer. (Timestamps agree to
// the last fraction digit: both write them as spelled.)
// Raw values are parsed as value_from parses them (detail::parse_raw: 1e400 is infinity).
class expected_value {
public:
  explicit expected_value(rule_counts& c) noexcept : counts_(c) {}

  boost::json::value operator()(kind k, std::string_view written) {
    boost::json::value v = flowrun::detail::parse_raw(written);
    switch (k) {
    case kind::run: run(v.as_object()); break;
    case kind::page:
      for (auto& r : v.as_object()["data"].as_array()) run(r.as_object());
      break;
    case kind::logs: break;
    }
    return v;
  }

private:
  void run(boost::json::object& o) {
    if (auto* d = o.if_contains("duration_in_seconds"); d && (d->is_int64() || d->is_uint64())) {
      const double x = d->to_number<double>();
      if (std::fabs(x) >= 9007199254740992.0) {
        ++counts_.big_whole_durations;
        *d = x;
      }
    }
  }
  rule_counts& counts_;
};

class checker {
public:
  rule_counts counts;
  std::size_t checked = 0;

  void check(kind k, std::string_view text, flowrun::decode_mode mode) {
    flowrun::decoder& fast = mode == flowrun::decode_mode::strict ? fast_strict_ : fast_;
    flowrun::boost_decoder& reference = mode == flowrun::decode_mode::strict ? ref_strict_ : ref_;
    switch (k) {
    case kind::run: compare(k, fast.decode_run(text), reference.decode_run(text), mode); break;
    case kind::page: compare(k, fast.decode_run_page(text), reference.decode_run_page(text), mode); break;
    case kind::logs: compare(k, fast.decode_logs(text), reference.decode_logs(text), mode); break;
    }
  }

private:
  template <class T>
  void compare(kind k, const flowrun::result<T>& fast, const flowrun::result<T>& reference, flowrun::decode_mode mode) {
    ASSERT_EQ(fast.has_value(), reference.has_value()) << "the differential test's business, but it matters here";
    if (!fast) return;
    ++checked;
    for (const bool pretty : {false, true}) {
      std::string written;
      ASSERT_FALSE(flowrun::write_json(written, *reference, {.pretty = pretty}));
      EXPECT_EQ(flowrun::to_json(*fast, {.pretty = pretty}).value(), written) << "both decoders' values write the same text";
      // The reference decoder reads the writer's text back: an equal value, a fixed point.
      flowrun::boost_decoder& again = mode == flowrun::decode_mode::strict ? ref_strict_again_ : ref_again_;
      const flowrun::result<T> back = again.decode_as<T>(written);
      ASSERT_TRUE(back) << back.error().message << "\n" << written;
      EXPECT_TRUE(flowrun_test::equal_values(*back, *reference)) << written;
      EXPECT_EQ(flowrun_test::spellings(*back), flowrun_test::spellings(*reference));
      EXPECT_EQ(flowrun::to_json(*back, {.pretty = pretty}).value(), written);
    }
    // value_from against the writer, as Boost values.
    const flowrun::owned<T> kept(*reference);
    const std::string written = flowrun::to_json(kept).value();
    EXPECT_EQ(boost::json::value_from(kept), expected_value(counts)(k, written)) << written;
  }

  flowrun::decoder fast_, fast_strict_{{.mode = flowrun::decode_mode::strict}};
  flowrun::boost_decoder ref_, ref_strict_{{.mode = flowrun::decode_mode::strict}};
  flowrun::boost_decoder ref_again_, ref_strict_again_{{.mode = flowrun::decode_mode::strict}};
};

TEST(WriteBoost, ExamplesAndHandcraftedDocuments) {
  checker c;
  for (const auto& d : flowrun_test::handcrafted()) {
    c.check(d.k, d.text, flowrun::decode_mode::compatible);
    c.check(d.k, d.text, flowrun::decode_mode::strict);
  }
  EXPECT_GT(c.checked, flowrun_test::handcrafted().size()) << "every document, some strict-valid too";
  // The documented difference occurs here, so the rule is not dead.
  EXPECT_GT(c.counts.big_whole_durations, 0u);
}

TEST(WriteBoost, GeneratedCorpus) {
  const std::size_t count = flowrun_test::env_size("FLOWRUN_WRITE_DOCS", 30000);
  flowrun_corpus::generator gen(flowrun_test::env_size("FLOWRUN_WRITE_SEED", 20251031));
  checker c;
  for (std::size_t i = 0; i < count; ++i) {
    const flowrun_corpus::item it = gen.next();
    c.check(it.kind, it.text, flowrun::decode_mode::compatible);
    c.check(it.kind, it.text, flowrun::decode_mode::strict);
  }
  std::cout << c.checked << " documents; value_from differed by rule: " << c.counts.big_whole_durations
            << " whole durations of 2^53 or more\n";
  EXPECT_GT(c.checked, count / 5);
}

} // namespace
