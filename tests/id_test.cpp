// prefixed_id: the right prefix, then 1 to 64 characters of [0-9a-z] (docs/contract.md, "Ids").
#include <flowrun/id.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using flowrun::id_kind;
using flowrun::prefixed_id;

constexpr id_kind kKinds[] = {id_kind::run, id_kind::log, id_kind::workflow};

// Usable at compile time, views included.
constexpr auto kRunId = prefixed_id::parse("fl_run_a1b2c3d4e5f6g7h8", id_kind::run);
static_assert(kRunId.has_value());
static_assert(kRunId->str() == "fl_run_a1b2c3d4e5f6g7h8");
static_assert(kRunId->body() == "a1b2c3d4e5f6g7h8");
static_assert(kRunId->kind() == id_kind::run);
static_assert(!kRunId->empty());
static_assert(prefixed_id::valid("fl_log_0", id_kind::log));
static_assert(prefixed_id::valid("fl_abc", id_kind::workflow));
static_assert(!prefixed_id::valid("fl_log_a1", id_kind::run));
static_assert(!prefixed_id::parse("fl_run_", id_kind::run));
static_assert(prefixed_id{}.empty());
static_assert(flowrun::id_prefix(id_kind::log) == "fl_log_");
static_assert(flowrun::max_id_body == 64);
static_assert(*prefixed_id::parse("fl_run_x", id_kind::run) == *prefixed_id::parse("fl_run_x", id_kind::run));

TEST(IdPrefix, EachKindHasItsPrefix) {
  EXPECT_EQ(flowrun::id_prefix(id_kind::run), "fl_run_");
  EXPECT_EQ(flowrun::id_prefix(id_kind::log), "fl_log_");
  EXPECT_EQ(flowrun::id_prefix(id_kind::workflow), "fl_");
  EXPECT_EQ(flowrun::id_prefix(static_cast<id_kind>(7)), "");
}

TEST(PrefixedId, ObservedIdsAreValid) {
  // Bodies of 16 and 26 characters, as the API reference shows them.
  for (std::string_view body : {"a1b2c3d4e5f6g7h8", "01h3j4k5l6m7n8p9q0r1s2t3u4"}) {
    for (id_kind k : kKinds) {
      const std::string text = std::string(flowrun::id_prefix(k)) + std::string(body);
      EXPECT_TRUE(prefixed_id::valid(text, k)) << text;
      const auto id = prefixed_id::parse(text, k);
      ASSERT_TRUE(id) << text;
      EXPECT_EQ(id->str(), text);
      EXPECT_EQ(id->body(), body);
      EXPECT_EQ(id->kind(), k);
      EXPECT_FALSE(id->empty());
    }
  }
}

TEST(PrefixedId, ViewsTheTextItWasParsedFrom) {
  const std::string text = "fl_run_abc123";
  const auto id = prefixed_id::parse(text, id_kind::run);
  ASSERT_TRUE(id);
  EXPECT_EQ(id->str().data(), text.data());
  EXPECT_EQ(id->body().data(), text.data() + 7);
}

TEST(PrefixedId, BodyLengthOneAndSixtyFourAreAccepted) {
  for (id_kind k : kKinds) {
    const std::string p(flowrun::id_prefix(k));
    EXPECT_TRUE(prefixed_id::valid(p + "a", k));
    EXPECT_TRUE(prefixed_id::valid(p + "0", k));
    EXPECT_TRUE(prefixed_id::valid(p + std::string(64, 'z'), k));
    EXPECT_TRUE(prefixed_id::valid(p + std::string(63, '9'), k));
    const auto longest = prefixed_id::parse(p + std::string(64, '7'), k);
    ASSERT_TRUE(longest);
    EXPECT_EQ(longest->body().size(), 64u);
  }
}

TEST(PrefixedId, BodyLengthZeroAndSixtyFiveAreRejected) {
  for (id_kind k : kKinds) {
    const std::string p(flowrun::id_prefix(k));
    EXPECT_FALSE(prefixed_id::valid(p, k)) << p;
    EXPECT_FALSE(prefixed_id::parse(p, k)) << p;
    EXPECT_FALSE(prefixed_id::valid(p + std::string(65, 'a'), k));
    EXPECT_FALSE(prefixed_id::parse(p + std::string(65, 'a'), k));
    EXPECT_FALSE(prefixed_id::valid(p + std::string(1000, 'a'), k));
  }
  EXPECT_FALSE(prefixed_id::valid("", id_kind::run));
  EXPECT_FALSE(prefixed_id::valid("", id_kind::workflow));
}

TEST(PrefixedId, EveryCharacterOutsideLowerAlnumIsRejected) {
  for (id_kind k : kKinds) {
    const std::string p(flowrun::id_prefix(k));
    for (int c = 0; c < 256; ++c) {
      const char ch = static_cast<char>(c);
      const bool allowed = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z');
      // At the start, in the middle and at the end of the body.
      EXPECT_EQ(prefixed_id::valid(p + ch, k), allowed) << "byte " << c;
      EXPECT_EQ(prefixed_id::valid(p + "ab" + ch + "cd", k), allowed) << "byte " << c;
      EXPECT_EQ(prefixed_id::valid(p + "abcd" + ch, k), allowed) << "byte " << c;
    }
  }
}

TEST(PrefixedId, NamedCharacterClassesAreRejected) {
  using namespace std::string_view_literals;
  const std::string_view bads[] = {"fl_run_ABC",   "fl_run_abC",    "fl_run_a_b",
                                   "fl_run_a-b",   "fl_run_a b",    "fl_run_ab ",
                                   "fl_run_ a",    "fl_run_a.b",    "fl_run_\xc3\xa9t\xc3\xa9",
                                   "fl_run_a\xff", "fl_run_a\0b"sv, "fl_run_a+b",
                                   "fl_run_a/b"};
  for (std::string_view bad : bads) EXPECT_FALSE(prefixed_id::valid(bad, id_kind::run)) << bad;
}

TEST(PrefixedId, WrongOrMangledPrefixIsRejected) {
  EXPECT_FALSE(prefixed_id::valid("fl_log_a1", id_kind::run));
  EXPECT_FALSE(prefixed_id::valid("fl_run_a1", id_kind::log));
  EXPECT_FALSE(prefixed_id::valid("FL_RUN_a1", id_kind::run));
  EXPECT_FALSE(prefixed_id::valid("Fl_run_a1", id_kind::run));
  EXPECT_FALSE(prefixed_id::valid("fl-run-a1", id_kind::run));
  EXPECT_FALSE(prefixed_id::valid("flrun_a1", id_kind::run));
  EXPECT_FALSE(prefixed_id::valid("run_a1", id_kind::run));
  EXPECT_FALSE(prefixed_id::valid("a1", id_kind::run));
  EXPECT_FALSE(prefixed_id::valid(" fl_run_a1", id_kind::run));
  EXPECT_FALSE(prefixed_id::valid("fl_run__a1", id_kind::run));
  EXPECT_FALSE(prefixed_id::valid("fl__a1", id_kind::workflow));
  EXPECT_FALSE(prefixed_id::valid("fl_", id_kind::workflow));
  EXPECT_FALSE(prefixed_id::valid("fl", id_kind::workflow));
  EXPECT_FALSE(prefixed_id::valid("f", id_kind::workflow));
}

TEST(PrefixedId, RunAndLogIdsAreNotWorkflowIds) {
  // "fl_" is a prefix of both, but the body would then hold '_'.
  EXPECT_FALSE(prefixed_id::valid("fl_run_a1b2", id_kind::workflow));
  EXPECT_FALSE(prefixed_id::valid("fl_log_a1b2", id_kind::workflow));
  EXPECT_FALSE(prefixed_id::parse("fl_run_a1b2", id_kind::workflow));
  // Whereas "fl_run" alone has a valid body "run".
  const auto w = prefixed_id::parse("fl_run", id_kind::workflow);
  ASSERT_TRUE(w);
  EXPECT_EQ(w->body(), "run");
}

TEST(PrefixedId, ValidAndParseAgree) {
  for (id_kind k : kKinds)
    for (std::string_view t : {"fl_run_a", "fl_log_a", "fl_a", "fl_run_", "fl_run_A", "x", "fl_run_a b"})
      EXPECT_EQ(prefixed_id::valid(t, k), prefixed_id::parse(t, k).has_value()) << t;
}

TEST(PrefixedId, DefaultIsEmpty) {
  const prefixed_id id;
  EXPECT_TRUE(id.empty());
  EXPECT_EQ(id.str(), "");
  EXPECT_EQ(id.kind(), id_kind::run);
}

TEST(PrefixedId, EqualityComparesKindAndText) {
  const std::string a1 = "fl_run_abc", a2 = "fl_run_abc", b = "fl_run_abd";
  const auto x = *prefixed_id::parse(a1, id_kind::run);
  const auto y = *prefixed_id::parse(a2, id_kind::run);
  const auto z = *prefixed_id::parse(b, id_kind::run);
  EXPECT_EQ(x, y) << "equal text in different buffers";
  EXPECT_NE(x, z);
  EXPECT_NE(x, prefixed_id{});
  // Same body under different kinds is a different id.
  const auto run = *prefixed_id::parse("fl_run_abc", id_kind::run);
  const auto log = *prefixed_id::parse("fl_log_abc", id_kind::log);
  EXPECT_EQ(run.body(), log.body());
  EXPECT_NE(run, log);
}

TEST(DetailIdAccess, RebaseKeepsKindAndMovesTheView) {
  const auto id = *prefixed_id::parse("fl_log_abc", id_kind::log);
  const std::string copy(id.str());
  const prefixed_id moved = flowrun::detail::id_access::rebase(id, copy);
  EXPECT_EQ(moved.kind(), id_kind::log);
  EXPECT_EQ(moved.str().data(), copy.data());
  EXPECT_EQ(moved.body(), "abc");
  EXPECT_EQ(moved, id);
}

} // namespace

// Bodies are checked a word at a time, the last word overlapping: every byte
// value at every position of bodies of 1 to 24 bytes must give what the
// byte-by-byte rule gives ([0-9a-z] only).
TEST(IdWords, EveryByteAtEveryPositionOfEveryLength) {
  for (std::size_t len = 1; len <= 24; ++len) {
    for (std::size_t pos = 0; pos < len; ++pos) {
      for (int v = 0; v < 256; ++v) {
        std::string body(len, 'a');
        for (std::size_t k = 0; k < len; ++k) body[k] = "0a9z5m"[k % 6];
        body[pos] = static_cast<char>(v);
        const bool want = (v >= '0' && v <= '9') || (v >= 'a' && v <= 'z');
        EXPECT_EQ(flowrun::prefixed_id::valid("fl_run_" + body, flowrun::id_kind::run), want) << len << ' ' << pos << ' ' << v;
      }
    }
  }
  static_assert(flowrun::prefixed_id::valid("fl_log_0123456789abcdefz", flowrun::id_kind::log));
  static_assert(!flowrun::prefixed_id::valid("fl_log_0123456789abcdeF", flowrun::id_kind::log));
}
