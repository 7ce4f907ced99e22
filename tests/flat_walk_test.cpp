// detail::fast_walk: the simdjson path's fast walk accepts exactly the valid
// documents. If it gave up on a valid one, the decoder would still answer
// right (through the event walk and the builder) but slowly, and no other test
// would notice; if it accepted an invalid one, the differential test would.
#include <flowrun/detail/flat_walk.hpp>
#include <flowrun/simdjson.hpp>

#include "corpus.hpp"
#include "fast_path.hpp"

#include <gtest/gtest.h>

#include <simdjson.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <numeric>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using flowrun::document_kind;

// The fast walk alone over a text, as the decoder runs it.
class fast_only {
public:
  bool accepts(document_kind kind, const std::string& text, const flowrun::decode_options& o) {
    if (simdjson::get_active_implementation()->create_dom_parser_implementation(text.size() + 64, 1, parser_))
      throw std::runtime_error("simdjson");
    std::vector<std::uint8_t> buf(text.size() + simdjson::SIMDJSON_PADDING, ' ');
    std::copy(text.begin(), text.end(), buf.begin());
    std::vector<std::uint8_t> strings(text.size() + 2 * simdjson::SIMDJSON_PADDING);
    if (parser_->stage1(buf.data(), text.size(), simdjson::stage1_mode::regular)) return false;
    const flowrun::detail::indexed_text t{buf.data(), text.size(), parser_->structural_indexes.get(),
                                          parser_->n_structural_indexes};
    walk_.use(parser_.get());
    store_.clear(kind);
    keys_.reset();
    return walk_.run(t, kind, o, store_, keys_, strings.data());
  }

private:
  std::unique_ptr<simdjson::internal::dom_parser_implementation> parser_;
  flowrun::detail::fast_walk walk_;
  flowrun::detail::value_store store_;
  flowrun::detail::key_index keys_;
};

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void expect_fast_iff_valid(fast_only& fast, document_kind kind, const std::string& text, std::size_t& valid) {
  for (auto mode : {flowrun::decode_mode::compatible, flowrun::decode_mode::strict}) {
    const flowrun::decode_options o{.mode = mode};
    flowrun::decoder dec(o);
    const bool ok = dec.decode(kind, text).has_value();
    valid += ok;
    EXPECT_TRUE(flowrun_test::fast_if_valid(dec, ok, text));
    EXPECT_EQ(fast.accepts(kind, text, o), ok)
        << (ok ? "valid, but the fast walk gave up: " : "invalid, but accepted: ") << text.substr(0, 300);
  }
}

TEST(FastWalk, TakesEveryExample) {
  fast_only fast;
  std::size_t valid = 0;
  const std::string dir = FLOWRUN_EXAMPLES_DIR;
  expect_fast_iff_valid(fast, document_kind::run, read_file(dir + "/run.json"), valid);
  expect_fast_iff_valid(fast, document_kind::run, read_file(dir + "/run-legacy.json"), valid);
  expect_fast_iff_valid(fast, document_kind::page, read_file(dir + "/page.json"), valid);
  expect_fast_iff_valid(fast, document_kind::logs, read_file(dir + "/logs.json"), valid);
  EXPECT_EQ(valid, 7u) << "every example in both modes, but run-legacy.json in strict mode";
}

// The decoder's record of its last decode (detail::fast_walk_gave_up), which
// the corpus tests read: set by a document the fast walk gives up on, clear
// after one it takes.
TEST(FastWalk, TheDecoderRecordsItsGiveUps) {
  flowrun::decoder dec;
  const std::string valid = R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z"})";
  ASSERT_TRUE(dec.decode_run(valid));
  EXPECT_FALSE(flowrun::detail::fast_walk_gave_up(dec));
  EXPECT_FALSE(dec.decode_run(R"({"id":"fl_run_a","status":"sucess","started_at":"2025-10-31T12:00:00Z"})"));
  EXPECT_TRUE(flowrun::detail::fast_walk_gave_up(dec));
  EXPECT_FALSE(flowrun_test::fast_if_valid(dec, true, valid)) << "a give-up on a valid document is reported";
  EXPECT_TRUE(flowrun_test::fast_if_valid(dec, false, valid)) << "an invalid document may give up";
  ASSERT_TRUE(dec.decode_run(valid));
  EXPECT_FALSE(flowrun::detail::fast_walk_gave_up(dec));
}

// The documents under tests/data that are of a kind (tests/data/unknown: every
// level with members the contract does not know) and the examples, through
// the decoder.
TEST(FastWalk, TakesEveryDocumentOfTheTestData) {
  const std::string data = FLOWRUN_TEST_DATA_DIR, examples = FLOWRUN_EXAMPLES_DIR;
  const std::pair<document_kind, std::string> files[] = {
      {document_kind::run, data + "/unknown/run.json"},    {document_kind::page, data + "/unknown/page.json"},
      {document_kind::logs, data + "/unknown/logs.json"},  {document_kind::run, examples + "/run.json"},
      {document_kind::run, examples + "/run-legacy.json"}, {document_kind::page, examples + "/page.json"},
      {document_kind::logs, examples + "/logs.json"}};
  std::size_t valid = 0;
  flowrun::decoder dec;
  for (const auto& [kind, path] : files) {
    const std::string text = read_file(path);
    ASSERT_FALSE(text.empty()) << path;
    const bool ok = dec.decode(kind, text).has_value();
    valid += ok;
    EXPECT_TRUE(flowrun_test::fast_if_valid(dec, ok, text)) << path;
  }
  EXPECT_EQ(valid, 7u) << "every file is valid in compatible mode";
}

TEST(FastWalk, AcceptsExactlyTheValidDocumentsOfTheCorpus) {
  fast_only fast;
  flowrun_corpus::generator gen(4242);
  std::size_t valid = 0;
  for (int i = 0; i < 20000 && !HasFailure(); ++i) {
    const flowrun_corpus::item it = gen.next();
    expect_fast_iff_valid(fast, it.kind, it.text, valid);
  }
  EXPECT_GT(valid, 2000u) << "the corpus has valid documents of every kind";
}

TEST(FastWalk, EscapedKeysAndValues) {
  fast_only fast;
  std::size_t valid = 0;
  // Known keys and typed values spelled with escapes are the same keys and values.
  expect_fast_iff_valid(
      fast, document_kind::run,
      R"({"\u0069d":"fl_run_\u0061\u0031","status":"runn\u0069ng","started_at":"2025-10-31T12:00:00Z",)"
      R"("error_message":"a \"quoted\" \\ line\n","x":{"\ud83d\ude00":"\u00e9\/"}})",
      valid);
  EXPECT_EQ(valid, 1u) << "valid in compatible mode only (strict: unknown \"x\", missing keys)";
  // Invalid escapes in a value that is only validated.
  for (const char* bad : {R"("\x")", R"("\ud800")", R"("\udc00")", R"("\ud800\u0041")", R"("\u12")"})
    expect_fast_iff_valid(
        fast, document_kind::run,
        std::string(R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z","x":)") + bad + "}",
        valid);
  EXPECT_EQ(valid, 1u);
}

TEST(FastWalk, OutputOfAnyKind) {
  // Compatible mode keeps a log's output of any kind, without giving up; strict mode
  // wants an object, so only the object is valid (and fast) there.
  fast_only fast;
  std::size_t valid = 0;
  const std::string head = R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[)"
                           R"({"id":"fl_log_a","node_id":"n","status":"success","created_at":"2025-10-31T12:00:00Z",)"
                           R"("output":)";
  const char* outputs[] = {"null", R"("s")", R"("\u00e9\n")", "1",     "-0.5e-400",
                           "[1]",  "[]",     "true",          "false", R"([{"a":[null,{}]},"x"])"};
  for (const char* out : outputs) {
    const std::string doc = head + out + "}]}";
    expect_fast_iff_valid(fast, document_kind::run, doc, valid);
    // The same in the middle of the log, before other fields.
    expect_fast_iff_valid(
        fast, document_kind::logs,
        std::string(R"([{"output":)") + out +
            R"(,"id":"fl_log_a","node_id":"n","status":"success","created_at":"2025-10-31T12:00:00Z"}])",
        valid);
  }
  EXPECT_EQ(valid, 2 * std::size(outputs)) << "valid in compatible mode only";
  const std::size_t before = valid;
  expect_fast_iff_valid(fast, document_kind::run, head + "{}}]}", valid);
  EXPECT_EQ(valid, before + 1) << "an object output: valid in compatible mode (strict: missing keys)";
  // Invalid scalars are still refused (and left to the builder for their errors).
  for (const char* bad : {"nul", "01", "tru", R"("\ud800")", "[1,]", "1.", R"({"a":1,"a":2})"})
    expect_fast_iff_valid(fast, document_kind::run, head + bad + "}]}", valid);
  EXPECT_EQ(valid, before + 1);
}

// The word compare of known keys (loads in the table's byte order on any
// target): every key of every object kind found at its row, followed by
// anything, and a key one byte off not found.
TEST(FindRowPadded, FindsEachKnownKeyAndOnlyIt) {
  using flowrun::detail::frame_kind;
  for (frame_kind kind : {frame_kind::run, frame_kind::log, frame_kind::page, frame_kind::links, frame_kind::meta}) {
    const auto rows = flowrun::detail::fields_of(kind);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      // The key, then bytes that are not its own: the compare must mask them off.
      std::string buf(rows[r].key);
      buf.append(flowrun::detail::padded_key_size, '"');
      const std::string_view key(buf.data(), rows[r].key.size());
      EXPECT_EQ(flowrun::detail::find_row_padded(kind, key), static_cast<int>(r)) << rows[r].key;
      for (std::size_t b = 0; b < key.size(); ++b) {
        std::string off = buf;
        off[b] ^= 1;
        EXPECT_NE(flowrun::detail::find_row_padded(kind, std::string_view(off.data(), key.size())), static_cast<int>(r))
            << rows[r].key << " with byte " << b << " changed";
      }
    }
  }
}

// A known key in a padded text, as the walk finds it: exactly, cut short (its
// quote early), run on (no quote after it), and with each byte changed.
struct key_texts {
  std::string exact, cut, longer;
  std::vector<std::string> off;
  explicit key_texts(std::string_view key) {
    const auto text = [](std::string k) {
      k.append(flowrun::detail::padded_key_size + 8, 'x');
      return k;
    };
    const std::string k(key);
    exact = text(k + "\":");
    cut = text(k.substr(0, k.size() - 1) + "\":");
    longer = text(k + "s\":");
    for (std::size_t b = 0; b < k.size(); ++b) {
      off.push_back(exact);
      off.back()[b] ^= 1;
    }
  }
};

const std::uint8_t* bytes(const std::string& s) { return reinterpret_cast<const std::uint8_t*>(s.data()); }

// find_row_at (the perfect hash): each known key is found at its own row, and
// a key cut short, run on or one byte off at none.
TEST(FindRowAt, FindsEachKnownKeyAndOnlyIt) {
  using flowrun::detail::frame_kind;
  for (frame_kind kind : {frame_kind::run, frame_kind::log, frame_kind::page, frame_kind::links, frame_kind::meta}) {
    const auto rows = flowrun::detail::fields_of(kind);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const key_texts k(rows[r].key);
      const auto at = [&](const std::string& s) { return flowrun::detail::find_row_at(kind, bytes(s)); };
      EXPECT_EQ(at(k.exact), static_cast<int>(r)) << rows[r].key;
      EXPECT_NE(at(k.cut), static_cast<int>(r)) << rows[r].key << " cut short";
      EXPECT_NE(at(k.longer), static_cast<int>(r)) << rows[r].key << " run on";
      for (const std::string& off : k.off) EXPECT_NE(at(off), static_cast<int>(r)) << off.substr(0, 30);
    }
  }
}

// key_of_row_at<kind, row> (the fast walk's expected row, its key compiled in)
// for every row of `Kind`: true for its own key only, not for the key of any
// other row, nor for its key cut short, run on or one byte off.
template <flowrun::detail::frame_kind Kind, std::size_t... Row> void expect_only_own_key(std::index_sequence<Row...>) {
  const auto rows = flowrun::detail::fields_of(Kind);
  const auto is_row = [](std::size_t row, const std::string& s) {
    bool out = false;
    ((row == Row ? (out = flowrun::detail::key_of_row_at<Kind, Row>(bytes(s))) : false), ...);
    return out;
  };
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const key_texts k(rows[r].key);
    for (std::size_t other = 0; other < rows.size(); ++other)
      EXPECT_EQ(is_row(other, k.exact), other == r) << rows[r].key << " as the key of row " << other;
    EXPECT_FALSE(is_row(r, k.cut)) << rows[r].key << " cut short";
    EXPECT_FALSE(is_row(r, k.longer)) << rows[r].key << " run on";
    for (const std::string& off : k.off) EXPECT_FALSE(is_row(r, off)) << off.substr(0, 30);
  }
}

TEST(KeyOfRowAt, TrueForItsRowsKeyOnly) {
  using flowrun::detail::fields_of;
  using flowrun::detail::frame_kind;
  expect_only_own_key<frame_kind::run>(std::make_index_sequence<fields_of(frame_kind::run).size()>{});
  expect_only_own_key<frame_kind::log>(std::make_index_sequence<fields_of(frame_kind::log).size()>{});
  expect_only_own_key<frame_kind::page>(std::make_index_sequence<fields_of(frame_kind::page).size()>{});
  expect_only_own_key<frame_kind::links>(std::make_index_sequence<fields_of(frame_kind::links).size()>{});
  expect_only_own_key<frame_kind::meta>(std::make_index_sequence<fields_of(frame_kind::meta).size()>{});
}

// The fast walk takes the row the contract lists next by code for that row,
// and any other by the hash. Every known key of a run and of a log, in the
// contract's order, reversed and shuffled: the same values whatever the
// order, on the fast path. Then each key again after any later member
// (among them, the row expected next after a key that came out of order):
// duplicate_key at the second one, which the fast walk refuses.
TEST(FastWalk, KnownKeysInAnyOrderAndTwice) {
  using member = std::pair<std::string, std::string>;
  const std::vector<member> log_members = {{"id", R"("fl_log_a")"},
                                           {"node_id", R"("n")"},
                                           {"component_id", R"("webhook")"},
                                           {"status", R"("success")"},
                                           {"output", R"({"a":[1,{"b":null}]})"},
                                           {"created_at", R"("2025-10-31T12:00:01.5Z")"},
                                           {"execution_id", R"("fl_run_b")"}};
  const auto object = [](const std::vector<member>& ms) {
    std::string o = "{";
    for (const member& m : ms) o += (o.size() > 1 ? ",\"" : "\"") + m.first + "\":" + m.second;
    return o + "}";
  };
  const auto run_members = [&](const std::vector<member>& log) {
    return std::vector<member>{{"id", R"("fl_run_a")"},
                               {"status", R"("completed")"},
                               {"error_message", R"("boom \"x\"")"},
                               {"started_at", R"("2025-10-31T12:00:00Z")"},
                               {"completed_at", R"("2025-10-31T12:00:05+01:00")"},
                               {"duration_in_seconds", "5.25"},
                               {"logs", "[" + object(log) + "," + object(log) + "]"},
                               {"trigger_payload", R"({"k":"v"})"},
                               {"created_at", R"("2025-10-31T11:59:59Z")"},
                               {"workflow", R"({"nodes":[]})"}};
  };
  std::vector<std::vector<std::size_t>> orders;
  std::vector<std::size_t> order(run_members(log_members).size());
  std::iota(order.begin(), order.end(), 0);
  orders.push_back(order);
  orders.emplace_back(order.rbegin(), order.rend());
  std::mt19937 rng(18);
  for (int n = 0; n < 8; ++n) {
    std::shuffle(order.begin(), order.end(), rng);
    orders.push_back(order);
  }
  // The members of `ms` in `order` (indexes past its size skipped: a log has fewer).
  const auto ordered = [](const std::vector<member>& ms, const std::vector<std::size_t>& o) {
    std::vector<member> out;
    for (std::size_t k : o)
      if (k < ms.size()) out.push_back(ms[k]);
    return out;
  };
  flowrun::decoder reference, dec;
  const std::string first = object(run_members(log_members));
  const auto want = reference.decode_run(first);
  ASSERT_TRUE(want) << want.error().message;
  fast_only fast;
  std::size_t valid = 0, duplicates = 0;
  // A document whose member at `pointer` is a duplicate: refused by the fast
  // walk, and duplicate_key there.
  const auto expect_duplicate = [&](const std::string& bad, const std::string& pointer) {
    expect_fast_iff_valid(fast, document_kind::run, bad, valid);
    const auto r = dec.decode_run(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, flowrun::error_code::duplicate_key) << bad;
    EXPECT_EQ(r.error().pointer, pointer) << bad;
    ++duplicates;
  };
  for (const auto& o : orders) {
    const std::vector<member> log = ordered(log_members, o), run = ordered(run_members(log), o);
    const std::string doc = object(run);
    expect_fast_iff_valid(fast, document_kind::run, doc, valid);
    const auto got = dec.decode_run(doc);
    ASSERT_TRUE(got) << got.error().message << "\n" << doc;
    EXPECT_EQ(*got, *want) << doc;
    // Each member again, after any later member: in the run, and in its second log.
    for (std::size_t m = 0; m < run.size(); ++m)
      for (std::size_t q = m + 1; q <= run.size(); ++q) {
        std::vector<member> twice = run;
        twice.insert(twice.begin() + static_cast<std::ptrdiff_t>(q), run[m]);
        expect_duplicate(object(twice), "/" + run[m].first);
      }
    for (std::size_t m = 0; m < log.size(); ++m)
      for (std::size_t q = m + 1; q <= log.size(); ++q) {
        std::vector<member> twice = log;
        twice.insert(twice.begin() + static_cast<std::ptrdiff_t>(q), log[m]);
        std::vector<member> with = run;
        for (member& rm : with)
          if (rm.first == "logs") rm.second = "[" + object(log) + "," + object(twice) + "]";
        expect_duplicate(object(with), "/logs/1/" + log[m].first);
      }
  }
  EXPECT_EQ(valid, orders.size() * 2) << "every order, in both modes";
  EXPECT_EQ(duplicates, orders.size() * (10 * 11 / 2 + 7 * 8 / 2));
}

// find_backslash (SSE2, NEON or memchr) against a byte loop, at every
// length and position, in a padded buffer of other bytes.
TEST(FindBackslash, FindsTheFirstWithinTheLength) {
  constexpr std::size_t longest = 40, padding = 16;
  for (std::size_t n = 0; n <= longest; ++n)
    for (std::size_t at = 0; at <= n + 2; ++at) {
      // A backslash at `at` (when at < n + padding), another later, and bytes
      // that differ from a backslash by one bit elsewhere.
      std::vector<std::uint8_t> buf(longest + padding + 2, '\\' ^ 1);
      buf[at] = '\\';
      buf[at + 1] = '\\';
      const std::size_t want = at < n ? at : n;
      EXPECT_EQ(flowrun::detail::find_backslash(buf.data(), n), want) << "n " << n << ", backslash at " << at;
    }
}


// ---- raw values (raw_check) and their escapes --------------------------------

// The escapes of a string's contents by the independent readers of utf8.hpp
// (simple_escape, read_u_escape: hex4 and hex_value, no table), byte by byte.
bool reference_escapes(std::string_view s) {
  using flowrun::detail::u_escape_status;
  for (std::size_t at = 0; at < s.size(); ++at) {
    if (s[at] != '\\') continue;
    if (at + 1 >= s.size()) return false;
    if (flowrun::detail::simple_escape(s[at + 1]) >= 0) {
      ++at;
      continue;
    }
    if (s[at + 1] != 'u') return false;
    const auto u = flowrun::detail::read_u_escape(s, at);
    if (u.status != u_escape_status::ok) return false;
    at += u.length - 1;
  }
  return true;
}

// The fast walk's valid_escapes (tables, find_backslash, the first backslash
// handed over by its caller) on `s`, in a padded buffer whose bytes past the
// contents are backslashes: a read past the end would find them.
bool fast_escapes(std::string_view s) {
  std::vector<std::uint8_t> buf(s.size() + 64, '\\');
  std::copy(s.begin(), s.end(), buf.begin());
  const std::size_t first = flowrun::detail::find_backslash(buf.data(), s.size());
  return first == s.size() || flowrun::detail::valid_escapes(buf.data(), s.size(), first);
}

// Every byte after a backslash, at every position around the 16-byte blocks,
// with a valid escape before it and after it: only \" \\ \/ \b \f \n \r \t
// (and \u with its digits) pass, and a backslash that ends the contents fails.
TEST(ValidEscapes, EveryByteAfterABackslash) {
  for (int b = 0; b < 256; ++b)
    for (std::size_t pad = 0; pad < 20; ++pad) {
      const std::string before = std::string(pad, 'a') + "\\n";
      std::string s = before + '\\' + static_cast<char>(b) + "0041\\t";
      const bool want = flowrun::detail::simple_escape(static_cast<char>(b)) >= 0 || b == 'u';
      EXPECT_EQ(fast_escapes(s), want) << "byte " << b << " after " << pad << " bytes";
      EXPECT_EQ(reference_escapes(s), want) << "byte " << b;
      EXPECT_FALSE(fast_escapes(before + '\\')) << "a lone backslash at the end, after " << pad << " bytes";
    }
}

// Every byte as each digit of a \u escape and of a surrogate pair: the
// digit table's refusals (a bad digit at any of the four places) and the
// surrogate rules, against read_u_escape.
TEST(ValidEscapes, EveryByteAsEachDigitOfAUnicodeEscape) {
  std::size_t valid = 0;
  for (const std::string base : {"\\u0041", "\\u00e9x", "\\ud83d\\ude00", "x\\uDBFF\\uDFFF"})
    for (std::size_t k = 0; k < base.size(); ++k) {
      if (base[k] == '\\' || base[k] == 'u' || base[k] == 'x') continue;
      for (int b = 0; b < 256; ++b) {
        std::string s = base;
        s[k] = static_cast<char>(b);
        const bool want = reference_escapes(s);
        valid += want;
        EXPECT_EQ(fast_escapes(s), want) << base << " with byte " << b << " at " << k;
      }
    }
  EXPECT_GT(valid, 100u) << "hex digits and surrogates that stay paired pass";
  EXPECT_TRUE(fast_escapes("\\uFFFF\\uabcd\\uD7FF\\uE000"));
  EXPECT_FALSE(fast_escapes("\\uDC00")) << "a low surrogate alone";
  EXPECT_FALSE(fast_escapes("\\uD800")) << "a high surrogate alone";
  EXPECT_FALSE(fast_escapes("\\uD800\\n")) << "a high surrogate, then no \\u";
  EXPECT_FALSE(fast_escapes("\\uD800\\uD800")) << "two high surrogates";
  EXPECT_FALSE(fast_escapes("\\u004")) << "cut short";
  EXPECT_FALSE(fast_escapes("\\uD83D\\uDE0")) << "a pair cut short";
}

// Runs of 1 to 9 backslashes at every offset of contents of up to 66 bytes
// (across the 64-byte mask that contents shorter than 64 bytes are checked
// in, and the longer ones' escape-by-escape loop), followed by the byte each
// run escapes or not, by the end of the contents, or by a \u escape or a
// surrogate pair: a run of odd length escapes the byte after it, and its
// last backslash escapes nothing when the contents end there.
TEST(ValidEscapes, RunsOfBackslashesAtEveryOffset) {
  for (std::size_t run = 1; run <= 9; ++run)
    for (std::size_t at = 0; at + run <= 66; ++at)
      for (const std::string after : {"", "n", "x", "u0041", "u00", "ud83d\\ude00", "ud83d", "ude00", "\"\\b"}) {
        const std::string s = std::string(at, 'a') + std::string(run, '\\') + after;
        EXPECT_EQ(fast_escapes(s), reference_escapes(s)) << run << " backslashes at " << at << ", then " << after;
      }
  // A surrogate pair whose low half would start at 64 or later (bit 58 of the mask on).
  for (std::size_t at = 50; at <= 66; ++at) {
    const std::string pair = std::string(at, 'a') + "\\ud83d\\ude00";
    EXPECT_TRUE(fast_escapes(pair)) << "a pair at " << at;
    EXPECT_FALSE(fast_escapes(std::string(at, 'a') + "\\ud83d")) << "a high half alone at " << at;
    EXPECT_FALSE(fast_escapes(std::string(at, 'a') + "\\ude00")) << "a low half alone at " << at;
  }
}

// Random contents made mostly of escape bytes, of every length up to 70 (the
// blocks of find_backslash, escapes across them, several per block): the fast
// walk's answer is the reference's.
TEST(ValidEscapes, RandomContentsAgreeWithTheReference) {
  std::mt19937_64 rng(20261205);
  const std::string alphabet = "\\\\\\\\u0d8DeEcCfFnrtb\"/xg9a";
  std::size_t valid = 0;
  for (int i = 0; i < 200000 && !HasFailure(); ++i) {
    std::string s(rng() % 71, ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    const bool want = reference_escapes(s);
    valid += want;
    EXPECT_EQ(fast_escapes(s), want) << s;
  }
  EXPECT_GT(valid, 1000u);
}

// Duplicate keys in raw values (a log's output, an unknown member's value), at
// every depth, among keys that share long prefixes and differ in their last
// byte only, or are equal once unescaped: refused by the fast walk, and
// reported by the builder as duplicate_key with the second key's pointer.
TEST(RawCheck, DuplicateKeysAtAnyDepth) {
  fast_only fast;
  flowrun::decoder dec;
  std::size_t valid = 0;
  const std::string head = R"({"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[)"
                           R"({"id":"fl_log_a","node_id":"n","status":"success","created_at":"2025-10-31T12:00:00Z",)"
                           R"("output":)";
  // Keys of 1 to 40 bytes sharing their first bytes (8 and 16 among them),
  // each differing from the one before in its last byte only.
  std::vector<std::string> keys;
  for (std::size_t n = 1; n <= 40; ++n)
    for (char last : {'a', 'b'}) keys.push_back(std::string(n - 1, 'k') + last);
  const auto object = [&](const std::vector<std::string>& ks) {
    std::string o = "{";
    for (std::size_t j = 0; j < ks.size(); ++j) o += (j ? ",\"" : "\"") + ks[j] + "\":" + std::to_string(j);
    return o + "}";
  };
  // Nests `inner` under `depth` objects {"d":...}, the pointer's path to it in `path`.
  const auto nest = [](std::string inner, std::size_t depth, std::string& path) {
    path = "/logs/0/output";
    for (std::size_t d = 0; d < depth; ++d) {
      inner = R"({"d":)" + inner + "}";
      path += "/d";
    }
    return inner;
  };
  for (std::size_t depth = 0; depth < 6; ++depth) {
    std::string path;
    for (const std::size_t count : {std::size_t{2}, std::size_t{15}, keys.size()}) { // a scan, and a table
      const std::vector<std::string> ks(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(count));
      const std::string doc = head + nest(object(ks), depth, path) + "}]}";
      expect_fast_iff_valid(fast, document_kind::run, doc, valid);
      EXPECT_TRUE(dec.decode_run(doc)) << "distinct keys: " << doc.substr(0, 200);
      // Each key again, as written and with its last byte escaped.
      for (const std::size_t dup : {std::size_t{0}, count - 1}) {
        const std::string& k = ks[dup];
        const std::string escaped = k.substr(0, k.size() - 1) + (k.back() == 'a' ? "\\u0061" : "\\u0062");
        for (const std::string& again : {k, escaped}) {
          std::vector<std::string> with = ks;
          with.push_back(again);
          const std::string bad = head + nest(object(with), depth, path) + "}]}";
          expect_fast_iff_valid(fast, document_kind::run, bad, valid);
          const auto r = dec.decode_run(bad);
          ASSERT_FALSE(r) << bad.substr(0, 300);
          EXPECT_EQ(r.error().code, flowrun::error_code::duplicate_key) << bad.substr(0, 300);
          EXPECT_EQ(r.error().pointer, path + "/" + k) << bad.substr(0, 300);
        }
      }
    }
  }
  EXPECT_EQ(valid, 6u * 3u) << "the distinct keys, in compatible mode only";
}

} // namespace
