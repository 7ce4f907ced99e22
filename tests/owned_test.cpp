// owned<T> for every value type (types.hpp): kept values survive the decoder's
// reuse and death; copies, moves and equality; how many allocations a copy
// makes; modify() and keeper; owned<document> through each shape a document
// may take; and the one-call owned decode (decode.hpp).
#include <flowrun/types.hpp>

#include <flowrun/decode.hpp>
#include <flowrun/document.hpp>
#include <flowrun/simdjson.hpp>
#include <flowrun/write.hpp>

#include "alloc_counter.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

namespace {

using flowrun::log_entry;
using flowrun::log_list;
using flowrun::owned;
using flowrun::run_page;
using flowrun::workflow_run;

// Documents whose every value byte depends on `c`: two letters give two texts
// of the same length and structure, so decoding the second on the same decoder
// overwrites exactly the bytes the first one's views pointed at. They hold
// every kind of view: ids, escaped strings (unescaped into the decoder's own
// buffer), raw JSON, fraction digits past the ninth, unknown members at every
// level.
std::string log_json(char c, int i) {
  const std::string w(3, c);
  return R"({"id":"fl_log_)" + w + std::to_string(i) + R"(","node_id":"n_)" + w + R"(","component_id":")" + w +
         R"(","status":"success","output":{")" + w + R"(":")" + c + R"(\u00e9"},)" +
         R"("created_at":"2025-10-31T12:00:01.000000000)" + std::to_string(i) + R"(Z","execution_id":"fl_run_)" + w +
         R"(1","y_)" + w + R"(":")" + w + R"("})";
}

std::string run_json(char c, bool with_logs = true) {
  const std::string w(3, c);
  std::string s = R"({"id":"fl_run_)" + w + R"(1","status":"failed","error_message":")" + c + R"(\"\u00e9 )" + w +
                  R"(","started_at":"2025-10-31T12:00:00.1234567891234Z","completed_at":"2025-10-31T12:00:05.5Z",)" +
                  R"("duration_in_seconds":5.5,)";
  if (with_logs) s += R"("logs":[)" + log_json(c, 1) + ',' + log_json(c, 2) + "],";
  return s + R"("trigger_payload":{"k":")" + w + R"("},"created_at":"2025-10-31T11:59:59Z","workflow":{"name":")" + w +
         R"("},"x_)" + c + R"(":{")" + w + R"(":[1]}})";
}

std::string page_json(char c) {
  const std::string w(3, c);
  return R"({"data":[)" + run_json(c) + ',' + run_json(c, false) + R"(],"links":{"first":"https://)" + w +
         R"(/1","last":null,"prev":null,"next":")" + w + R"(","l_)" + c + R"(":1},)" +
         R"("meta":{"current_page":1,"from":1,"last_page":1,"path":")" + w + R"(","per_page":2,"to":2,"total":2,"m_)" +
         c + R"(":")" + w + R"("},"p_)" + c + R"(":[true]})";
}

std::string logs_json(char c) { return "[" + log_json(c, 1) + ',' + log_json(c, 2) + "]"; }

void scribble(std::string& s) { std::fill(s.begin(), s.end(), '#'); }

// Equality as a user compares values (a log_list is a span: element by element).
template <class T> bool same(const T& a, const T& b) {
  if constexpr (std::is_same_v<T, log_list>)
    return std::ranges::equal(a, b);
  else
    return a == b;
}

// The writer's text, which also compares spellings (timestamps, digits past the
// ninth) that == leaves out; a log entry is written as a list of one.
template <class T> std::string json_of(const T& v) {
  if constexpr (std::is_same_v<T, log_entry>)
    return flowrun::to_json(log_list(&v, 1)).value();
  else
    return flowrun::to_json(v).value();
}

// Each value type with the way to decode it: `get` returns a view into `dec`.
struct run_kind {
  using type = workflow_run;
  static std::string text(char c) { return run_json(c); }
  static type get(flowrun::decoder& dec, std::string_view t) { return dec.decode_run(t).value(); }
};
struct log_kind {
  using type = log_entry;
  static std::string text(char c) { return run_json(c); }
  static type get(flowrun::decoder& dec, std::string_view t) { return dec.decode_run(t).value().logs[1]; }
};
struct page_kind {
  using type = run_page;
  static std::string text(char c) { return page_json(c); }
  static type get(flowrun::decoder& dec, std::string_view t) { return dec.decode_run_page(t).value(); }
};
struct logs_kind {
  using type = log_list;
  static std::string text(char c) { return logs_json(c); }
  static type get(flowrun::decoder& dec, std::string_view t) { return dec.decode_logs(t).value(); }
};
template <flowrun::document_kind K> struct document_kind {
  using type = flowrun::document;
  static std::string text(char c) {
    return K == flowrun::document_kind::run    ? run_json(c)
           : K == flowrun::document_kind::page ? page_json(c)
                                               : logs_json(c);
  }
  static type get(flowrun::decoder& dec, std::string_view t) { return dec.decode(K, t).value(); }
};

template <class K> class OwnedEveryType : public ::testing::Test {};
using kinds =
    ::testing::Types<run_kind, log_kind, page_kind, logs_kind, document_kind<flowrun::document_kind::run>,
                     document_kind<flowrun::document_kind::page>, document_kind<flowrun::document_kind::logs>>;
TYPED_TEST_SUITE(OwnedEveryType, kinds);

// Kept, then the decoder reused on a text of the same shape and destroyed, and
// the input overwritten: the kept value still equals a fresh decode of the
// original text.
TYPED_TEST(OwnedEveryType, KeptValueSurvivesReuseOfTheDecoder) {
  using T = typename TypeParam::type;
  const std::string a = TypeParam::text('a'), b = TypeParam::text('b');
  ASSERT_EQ(a.size(), b.size());
  std::optional<owned<T>> kept;
  {
    auto dec = std::make_unique<flowrun::decoder>();
    std::string input = a;
    kept.emplace(flowrun::to_owned(TypeParam::get(*dec, input)));
    const T other = TypeParam::get(*dec, b); // the same decoder, every value byte different
    flowrun::decoder fresh;
    ASSERT_FALSE(same(other, TypeParam::get(fresh, a))) << "the second text must differ, or the test proves nothing";
    scribble(input);
    dec.reset();
  }
  flowrun::decoder fresh;
  const T want = TypeParam::get(fresh, a);
  EXPECT_TRUE(same(**kept, want));
  if constexpr (!std::is_same_v<T, flowrun::document>) {
    EXPECT_EQ(json_of(**kept), json_of(want));
  }
}

TYPED_TEST(OwnedEveryType, CopyMoveAndEquality) {
  using T = typename TypeParam::type;
  flowrun::decoder dec, other;
  const std::string a = TypeParam::text('a');
  auto original = std::make_unique<owned<T>>(TypeParam::get(dec, a));
  owned<T> copy(*original);
  EXPECT_EQ(copy, *original);
  EXPECT_NE(copy, owned<T>(TypeParam::get(other, TypeParam::text('b'))));
  EXPECT_NE(copy, owned<T>(T{}));

  owned<T> assigned{T{}};
  assigned = copy;
  EXPECT_EQ(assigned, copy);
  const owned<T>& self = assigned;
  assigned = self;
  EXPECT_EQ(assigned, copy) << "self-assignment keeps the value";
  original.reset();
  EXPECT_TRUE(same(*copy, TypeParam::get(other, a))) << "a deep copy: the original is gone";

  owned<T> moved(std::move(copy));
  EXPECT_EQ(moved, assigned);
  EXPECT_EQ(copy, owned<T>(T{})) << "a moved-from copy holds an empty value, not views into storage it gave away";
  owned<T> move_assigned{T{}};
  move_assigned = std::move(moved);
  EXPECT_EQ(move_assigned, assigned);
  owned<T>& alias = move_assigned;
  move_assigned = std::move(alias);
  EXPECT_EQ(move_assigned, assigned) << "self-move keeps the value";

  std::vector<owned<T>> many;
  for (int i = 0; i < 20; ++i) many.push_back(move_assigned); // reallocation moves the elements
  for (const owned<T>& m : many) EXPECT_TRUE(same(*m, TypeParam::get(other, a)));
}

// Every string a page views, in one order.
std::vector<std::string_view> views_of(run_page value) {
  std::vector<std::string_view> views;
  auto collect = [&](std::string_view& v) { views.push_back(v); };
  auto members = [&](flowrun::unknown_members u) {
    for (const auto& m : u) views.insert(views.end(), {m.key, m.value.text});
  };
  for (workflow_run run : value.data) {
    flowrun::detail::for_each_view(run, collect);
    for (log_entry l : run.logs) {
      flowrun::detail::for_each_view(l, collect);
      members(l.unknown);
    }
    members(run.unknown);
  }
  flowrun::detail::for_each_view(value, collect);
  for (auto u : {value.unknown, value.links.unknown, value.meta.unknown}) members(u);
  return views;
}

// Every view of a decoded value is copied (none still points where the
// decoder's did), and all into one buffer, back to back.
TEST(Owned, EveryViewCopiedIntoOneBuffer) {
  flowrun::decoder dec;
  const std::string text = page_json('a');
  const auto r = dec.decode_run_page(text);
  ASSERT_TRUE(r) << r.error().message;
  const owned<run_page> kept = flowrun::to_owned(*r);
  const std::vector<std::string_view> from = views_of(*r), to = views_of(*kept);
  ASSERT_EQ(from.size(), to.size());
  EXPECT_GT(to.size(), 35u);
  std::vector<std::string_view> nonempty;
  for (std::size_t i = 0; i < to.size(); ++i) {
    EXPECT_EQ(to[i], from[i]);
    if (to[i].empty()) continue;
    EXPECT_NE(to[i].data(), from[i].data()) << to[i];
    nonempty.push_back(to[i]);
  }
  std::sort(nonempty.begin(), nonempty.end(), [](auto a, auto b) { return a.data() < b.data(); });
  for (std::size_t i = 1; i < nonempty.size(); ++i)
    EXPECT_EQ(nonempty[i].data(), nonempty[i - 1].data() + nonempty[i - 1].size()) << "one buffer, back to back";
  EXPECT_NE(kept->data.data(), r->data.data());
  EXPECT_NE(kept->data[0].logs.data(), r->data[0].logs.data());
  EXPECT_NE(kept->unknown.data(), r->unknown.data());
}

// One buffer for every string and one array per element type, each allocated
// at its final size: the count does not grow with the value.
TEST(Owned, AllocatesOneBufferAndOneArrayPerElementType) {
  std::string big = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[)";
  for (int i = 0; i < 1000; ++i) {
    if (i) big += ',';
    big += R"({"id":"fl_log_)" + std::to_string(i) +
           R"(","node_id":"n","status":"success","output":{"k":1},"created_at":"2025-10-31T12:00:01Z","u":1,"v":2})";
  }
  big += R"(],"w":3})";
  flowrun::decoder dec;
  const auto run = dec.decode_run(big);
  ASSERT_TRUE(run) << run.error().message;
  // A run: its strings, its logs, the unknown members of it and its logs.
  EXPECT_EQ(flowrun_test::first_call_allocations([&] { (void)flowrun::to_owned(*run); }), 3);
  const auto kept = flowrun::to_owned(*run);
  EXPECT_EQ(flowrun_test::first_call_allocations([&] { const auto copy = kept; }), 3);
  EXPECT_EQ(flowrun_test::first_call_allocations([&] { (void)flowrun::to_owned(run->logs); }), 3);
  // A page adds the runs' array.
  const std::string page_text = page_json('a');
  flowrun::decoder page_dec; // `run` views into `dec`: a decode there would make it stale
  const auto page = page_dec.decode_run_page(page_text);
  ASSERT_TRUE(page) << page.error().message;
  EXPECT_EQ(flowrun_test::first_call_allocations([&] { (void)flowrun::to_owned(*page); }), 4);
  // A log entry: its strings and its unknown members; a bare run: its strings.
  const std::string run_text = run_json('a');
  flowrun::decoder small_dec, bare_dec;
  const auto small = small_dec.decode_run(run_text);
  ASSERT_TRUE(small);
  EXPECT_EQ(flowrun_test::first_call_allocations([&] { (void)flowrun::to_owned(small->logs[0]); }), 2);
  const auto bare = bare_dec.decode_run(R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"})");
  ASSERT_TRUE(bare);
  EXPECT_EQ(flowrun_test::first_call_allocations([&] { (void)flowrun::to_owned(*bare); }), 1);
  // A move allocates nothing.
  auto source = kept;
  EXPECT_EQ(flowrun_test::first_call_allocations([&] { const auto moved = std::move(source); }), 0);
}

// ---- modify ----------------------------------------------------------------

owned<workflow_run> kept_run(char c = 'a') {
  flowrun::decoder dec;
  return flowrun::to_owned(dec.decode_run(run_json(c)).value());
}

// The brief's case: change a kept run, point a field at the user's own text,
// drop a log; the writer gives the changed run, which decodes back equal.
TEST(OwnedModify, ChangesFieldsAndWritesBack) {
  owned<workflow_run> kept = kept_run();
  const owned<workflow_run> before = kept;
  std::string output = R"({"retried":true})"; // the user's, alive during modify only as far as we know
  kept.modify([&](workflow_run& r, flowrun::keeper& keep) {
    r.status = flowrun::run_status::completed;
    r.error_message.reset();
    std::vector<log_entry> logs(r.logs.begin(), r.logs.end());
    logs[0].status = flowrun::log_status::warning;
    logs[0].output = flowrun::raw_json{output};
    logs.pop_back();
    r.logs = keep(std::move(logs));
  });
  scribble(output);
  EXPECT_EQ(kept->status, flowrun::run_status::completed);
  EXPECT_FALSE(kept->error_message);
  ASSERT_EQ(kept->logs.size(), 1u);
  EXPECT_EQ(kept->logs[0].status, flowrun::log_status::warning);
  EXPECT_EQ(kept->logs[0].output->text, R"({"retried":true})");
  EXPECT_EQ(kept->logs[0].node_id, "n_aaa");
  ASSERT_EQ(kept->logs[0].unknown.size(), 1u) << "what the callback left alone is kept";
  EXPECT_EQ(kept->logs[0].unknown[0].key, "y_aaa");
  EXPECT_EQ(kept->id, before->id);
  EXPECT_EQ(kept->trigger_payload, before->trigger_payload);
  EXPECT_EQ(before->logs.size(), 2u) << "a copy taken before is not changed";

  const std::string json = flowrun::to_json(*kept).value();
  EXPECT_NE(json.find(R"("status":"warning","output":{"retried":true})"), std::string::npos) << json;
  flowrun::decoder dec;
  const auto back = dec.decode_run(json);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, *kept);
  EXPECT_EQ(flowrun::to_json(*back).value(), json);
}

// Strings and arrays made inside the callback die with it; through keep they
// last until modify has copied them. Short strings too (their characters live
// inside the std::string object).
TEST(OwnedModify, TheCallbacksOwnTemporariesThroughKeep) {
  owned<workflow_run> kept = kept_run();
  kept.modify([](workflow_run& r, flowrun::keeper& keep) {
    std::string message = "gave up after " + std::to_string(3) + " tries, the last one at 12:00:05";
    r.error_message = keep(std::move(message));
    std::vector<log_entry> logs(r.logs.begin(), r.logs.end());
    logs[1].node_id = keep(std::string("n9")); // short: stored inside the string object
    logs.push_back(logs[0]);
    r.logs = keep(std::move(logs));
    std::vector<flowrun::unknown_member> members = {{keep(std::string("region")), {keep(std::string("\"eu\""))}}};
    r.unknown = keep(std::move(members));
  });
  EXPECT_EQ(kept->error_message, "gave up after 3 tries, the last one at 12:00:05");
  ASSERT_EQ(kept->logs.size(), 3u);
  EXPECT_EQ(kept->logs[1].node_id, "n9");
  EXPECT_EQ(kept->logs[2], kept->logs[0]);
  ASSERT_EQ(kept->unknown.size(), 1u);
  EXPECT_EQ(kept->unknown[0].key, "region");
  EXPECT_EQ(kept->unknown[0].value.text, "\"eu\"");
  const owned<workflow_run> copy = kept; // the copy reads only kept's own storage
  EXPECT_EQ(copy, kept);
  EXPECT_NE(flowrun::to_json(*kept).value().find(R"(,"region":"eu"})"), std::string::npos);
}

// Views into the value being replaced: modify copies them before it frees the
// old storage.
TEST(OwnedModify, ViewsIntoTheOldValue) {
  owned<workflow_run> kept = kept_run();
  kept.modify([](workflow_run& r) {
    r.error_message = r.logs[0].node_id;
    r.workflow = r.logs[1].output;
    r.logs = r.logs.last(1);
  });
  EXPECT_EQ(kept->error_message, "n_aaa");
  EXPECT_EQ(kept->workflow->text, R"({"aaa":"a\u00e9"})");
  ASSERT_EQ(kept->logs.size(), 1u);
  EXPECT_EQ(kept->logs[0].id.str(), "fl_log_aaa2");
}

TEST(OwnedModify, ACallbackThatThrowsChangesNothing) {
  owned<workflow_run> kept = kept_run();
  const owned<workflow_run> before = kept;
  const char* id_data = kept->id.str().data();
  EXPECT_THROW(kept.modify([](workflow_run& r) {
    r.status = flowrun::run_status::completed;
    r.logs = {};
    throw std::runtime_error("changed my mind");
  }),
               std::runtime_error);
  EXPECT_EQ(kept, before);
  EXPECT_EQ(kept->id.str().data(), id_data) << "the storage was not replaced";
}

TEST(OwnedModify, EveryType) {
  flowrun::decoder dec;
  const std::string run_text = run_json('a'), page_text = page_json('a'), logs_text = logs_json('a');

  owned<log_entry> entry = flowrun::to_owned(dec.decode_run(run_text).value().logs[0]);
  entry.modify([](log_entry& l, flowrun::keeper& keep) { l.node_id = keep(std::string("renamed")); });
  EXPECT_EQ(entry->node_id, "renamed");
  EXPECT_EQ(entry->id.str(), "fl_log_aaa1");

  owned<log_list> logs = flowrun::to_owned(dec.decode_logs(logs_text).value());
  logs.modify([](log_list& l) { l = l.subspan(1); });
  ASSERT_EQ(logs->size(), 1u);
  EXPECT_EQ((*logs)[0].id.str(), "fl_log_aaa2");

  owned<run_page> page = flowrun::to_owned(dec.decode_run_page(page_text).value());
  page.modify([](run_page& p, flowrun::keeper& keep) {
    std::vector<workflow_run> runs(p.data.begin(), p.data.end());
    runs[1].status = flowrun::run_status::running;
    p.data = keep(std::move(runs));
    p.meta.total = 7;
  });
  EXPECT_EQ(page->data[1].status, flowrun::run_status::running);
  EXPECT_EQ(page->meta.total, 7);
  EXPECT_EQ(page->data[0].logs.size(), 2u);

  // A document is replaced whole here, whatever its form: by a value that views
  // into a decoder that is gone once modify returns.
  owned<flowrun::document> doc = flowrun::to_owned(dec.decode(flowrun::document_kind::run, run_text).value());
  {
    flowrun::decoder other;
    const std::string other_text = logs_json('b');
    doc.modify([&](flowrun::document& d) { d = other.decode(flowrun::document_kind::logs, other_text).value(); });
  }
  flowrun::decoder fresh;
  EXPECT_EQ(*doc, fresh.decode(flowrun::document_kind::logs, logs_json('b')).value());

  // A generic callback works too.
  entry.modify([](auto& l) { l.status = flowrun::log_status::error; });
  EXPECT_EQ(entry->status, flowrun::log_status::error);
}

// ---- owned<document>: each form a document may take -------------------------
// document.hpp may hold the three values side by side or as a variant; owned
// reaches a document only through that public shape. Each form, stand-ins here.

using value_variant = std::variant<workflow_run, run_page, log_list>;
struct side_by_side {
  int kind = 0;
  workflow_run run;
  run_page page;
  log_list logs;
};
struct derived_variant : value_variant {
  using value_variant::value_variant;
};
struct member_visit {
  value_variant v;
  template <class F> void visit(F&& f) { std::visit(f, v); }
};

template <class D> const workflow_run& run_of(const D& d) {
  if constexpr (std::is_same_v<D, side_by_side>)
    return d.run;
  else if constexpr (std::is_same_v<D, member_visit>)
    return std::get<workflow_run>(d.v);
  else
    return std::get<workflow_run>(static_cast<const value_variant&>(d));
}

template <class D> void document_form_is_kept(D d_of(const workflow_run&)) {
  std::optional<owned<D>> kept;
  {
    flowrun::decoder dec;
    const std::string text = run_json('a');
    kept.emplace(d_of(dec.decode_run(text).value()));
    (void)dec.decode_run(run_json('b'));
  }
  flowrun::decoder fresh;
  const workflow_run want = fresh.decode_run(run_json('a')).value();
  EXPECT_EQ(run_of(**kept), want);
  EXPECT_EQ(flowrun::to_json(run_of(**kept)).value(), flowrun::to_json(want).value());
  const owned<D> copy = *kept;
  kept.reset();
  EXPECT_EQ(run_of(*copy), want);
}

TEST(OwnedDocument, EveryFormADocumentMayTake) {
  document_form_is_kept<side_by_side>([](const workflow_run& r) { return side_by_side{0, r, {}, {}}; });
  document_form_is_kept<value_variant>([](const workflow_run& r) { return value_variant(r); });
  document_form_is_kept<derived_variant>([](const workflow_run& r) { return derived_variant(r); });
  document_form_is_kept<member_visit>([](const workflow_run& r) { return member_visit{r}; });
}

// ---- decode.hpp: the one-call owned decode ----------------------------------

TEST(DecodeOwned, TheDecodersValueToKeep) {
  std::string run_text = run_json('a'), page_text = page_json('a'), logs_text = logs_json('a');
  const auto run = flowrun::decode_run(run_text);
  const auto page = flowrun::decode_run_page(page_text);
  const auto logs = flowrun::decode_logs(logs_text);
  const auto doc = flowrun::decode(flowrun::document_kind::page, page_text);
  const auto as = flowrun::decode_as<run_page>(page_text);
  ASSERT_TRUE(run && page && logs && doc && as);
  static_assert(std::is_same_v<decltype(run), const flowrun::result<owned<workflow_run>>>);
  static_assert(std::is_same_v<decltype(doc), const flowrun::result<owned<flowrun::document>>>);
  scribble(run_text);
  scribble(page_text);
  scribble(logs_text);
  flowrun::decoder dec;
  EXPECT_EQ(**run, dec.decode_run(run_json('a')).value());
  EXPECT_EQ(flowrun::to_json(**run).value(), flowrun::to_json(dec.decode_run(run_json('a')).value()).value());
  EXPECT_EQ(**page, dec.decode_run_page(page_json('a')).value());
  EXPECT_EQ(**as, **page);
  EXPECT_TRUE(std::ranges::equal(**logs, dec.decode_logs(logs_json('a')).value()));
  EXPECT_EQ(**doc, dec.decode(flowrun::document_kind::page, page_json('a')).value());
}

TEST(DecodeOwned, TheDecodersErrorsAndOptions) {
  // Compatible mode keeps the unknown members; strict mode refuses them.
  const std::string text = run_json('a');
  ASSERT_TRUE(flowrun::decode_run(text));
  const auto strict = flowrun::decode_run(text, {.mode = flowrun::decode_mode::strict});
  ASSERT_FALSE(strict);
  EXPECT_EQ(strict.error().code, flowrun::error_code::unknown_field);

  const std::string bad = R"({"id":"fl_log_x","status":"done","started_at":"yesterday","duration_in_seconds":-1})";
  const flowrun::decode_options collect{.errors = flowrun::error_mode::collect_all, .max_errors = 2};
  const auto got = flowrun::decode_run(bad, collect);
  flowrun::decoder dec(collect);
  const auto want = dec.decode_run(bad);
  ASSERT_FALSE(got);
  ASSERT_FALSE(want);
  EXPECT_TRUE(std::ranges::equal(got.errors(), want.errors())) << "codes, pointers, offsets, messages";
  EXPECT_EQ(got.errors().size(), 2u);
  EXPECT_EQ(got.omitted_errors(), want.omitted_errors());
  EXPECT_EQ(got.omitted_errors(), 2u);

  const auto wrong_kind = flowrun::decode(flowrun::document_kind::logs, text);
  ASSERT_FALSE(wrong_kind);
  EXPECT_EQ(wrong_kind.error().code, flowrun::error_code::wrong_type);
  EXPECT_EQ(wrong_kind.error().pointer, "");
  EXPECT_EQ(flowrun::decode_logs("[1]").error().pointer, "/0");
  EXPECT_EQ(flowrun::decode_run_page("{").error().code, flowrun::error_code::syntax_error);
}

// A decoder per call: calls on many threads share nothing.
TEST(DecodeOwned, CallsOnManyThreads) {
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (char c : {'a', 'b', 'c', 'd'})
    threads.emplace_back([c, &wrong] {
      flowrun::decoder mine;
      const workflow_run want = mine.decode_run(run_json(c)).value();
      for (int i = 0; i < 50; ++i) {
        const auto r = flowrun::decode_run(run_json(c));
        if (!r || !(**r == want)) ++wrong;
      }
    });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

} // namespace
