// NDJSON streams of runs: decoder::runs (lazy iteration) and
// decoder::decode_run_stream; line numbers and offsets in stream coordinates.
#include <flowrun/detail/ndjson_lines.hpp>
#include <flowrun/simdjson.hpp>

#include "corpus.hpp"
#include "fast_path.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <iterator>
#include <ranges>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

using flowrun::decode_mode;
using flowrun::error_code;
using flowrun::error_mode;
using flowrun_test::cat;

static_assert(std::input_iterator<flowrun::run_stream::iterator>);
static_assert(std::sentinel_for<std::default_sentinel_t, flowrun::run_stream::iterator>);
static_assert(std::ranges::input_range<flowrun::run_stream>);

// A valid one-line run with the given body and one log whose output names it.
std::string run(std::string_view body) {
  return cat(R"({"id":"fl_run_)", body,
             R"(","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[{"id":"fl_log_)", body,
             R"(","node_id":"n","status":"success","output":{"who":")", body,
             R"("},"created_at":"2025-10-31T12:00:01Z"}]})");
}

struct seen {
  std::size_t line;
  std::size_t offset;
  bool ok;
  std::string id; // of a valid run
  std::vector<flowrun::error> errors;
};

// Iterates with runs(), checking each valid item's views while it is current.
std::vector<seen> collect(flowrun::decoder& dec, std::string_view text) {
  std::vector<seen> out;
  for (const flowrun::stream_item& it : dec.runs(text)) {
    seen s{it.line, it.offset, static_cast<bool>(it.run), {}, {}};
    if (it.run) {
      s.id = std::string(it.run->id.str());
      // Views into the decoder are valid now: the log and its output belong to this line.
      const std::string body(it.run->id.body());
      if (it.run->has_logs) {
        EXPECT_EQ(it.run->logs.size(), 1u);
        if (it.run->logs.size() == 1) {
          EXPECT_EQ(it.run->logs[0].id.body(), body);
          EXPECT_EQ(it.run->logs[0].output->text, "{\"who\":\"" + body + "\"}");
        }
      }
    } else {
      s.errors.assign(it.run.errors().begin(), it.run.errors().end());
    }
    out.push_back(std::move(s));
  }
  return out;
}

TEST(Stream, EveryLineIsADocument) {
  const std::string a = run("a1"), b = run("b2"), c = run("c3");
  const std::string text = a + "\n" + b + "\n" + c + "\n";
  flowrun::decoder dec;
  const auto items = collect(dec, text);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].line, 1u);
  EXPECT_EQ(items[0].offset, 0u);
  EXPECT_EQ(items[0].id, "fl_run_a1");
  EXPECT_EQ(items[1].line, 2u);
  EXPECT_EQ(items[1].offset, a.size() + 1);
  EXPECT_EQ(items[1].id, "fl_run_b2");
  EXPECT_EQ(items[2].line, 3u);
  EXPECT_EQ(items[2].offset, a.size() + b.size() + 2);
  EXPECT_EQ(items[2].id, "fl_run_c3");
  for (const auto& s : items) EXPECT_TRUE(s.ok);
}

TEST(Stream, EmptyTextHasNoDocuments) {
  flowrun::decoder dec;
  for (std::string_view t : {"", "\n", "\n\n\n", "   ", " \t \r\n\r\n", "\r"}) {
    EXPECT_TRUE(collect(dec, t).empty()) << '"' << t << '"';
    std::size_t calls = 0;
    const auto sum = dec.decode_run_stream(t, [&](const flowrun::stream_item&) { ++calls; });
    EXPECT_EQ(sum.documents, 0u);
    EXPECT_EQ(sum.valid, 0u);
    EXPECT_EQ(calls, 0u);
  }
}

TEST(Stream, BlankLinesAreSkippedButCounted) {
  const std::string a = run("a1"), b = run("b2");
  const std::string text = "\n  \n" + a + "\n\t\r\n\n" + b + "\n \n";
  flowrun::decoder dec;
  const auto items = collect(dec, text);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].line, 3u);
  EXPECT_EQ(items[0].offset, 4u);
  EXPECT_TRUE(items[0].ok);
  EXPECT_EQ(items[1].line, 6u);
  EXPECT_EQ(items[1].offset, text.find(b));
  EXPECT_TRUE(items[1].ok);
}

TEST(Stream, LastLineWithoutNewline) {
  const std::string a = run("a1"), b = run("b2");
  flowrun::decoder dec;
  const auto items = collect(dec, a + "\n" + b);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_TRUE(items[1].ok);
  EXPECT_EQ(items[1].id, "fl_run_b2");
  EXPECT_EQ(items[1].line, 2u);
  // A single document without any newline.
  const auto one = collect(dec, a);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_TRUE(one[0].ok);
  EXPECT_EQ(one[0].line, 1u);
}

TEST(Stream, CrlfLineEndings) {
  const std::string a = run("a1"), b = run("b2");
  const std::string text = a + "\r\n\r\n" + b + "\r\n";
  flowrun::decoder dec;
  const auto items = collect(dec, text);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_TRUE(items[0].ok);
  EXPECT_TRUE(items[1].ok);
  EXPECT_EQ(items[1].line, 3u);
  EXPECT_EQ(items[1].offset, a.size() + 4);

  // An error on a CRLF line is placed in stream coordinates too.
  const std::string bad = R"({"id":"fl_run_x","status":"done","started_at":"2025-10-31T12:00:00Z"})";
  const std::string text2 = a + "\r\n" + bad + "\r\n" + b;
  const auto items2 = collect(dec, text2);
  ASSERT_EQ(items2.size(), 3u);
  ASSERT_FALSE(items2[1].ok);
  ASSERT_EQ(items2[1].errors.size(), 1u);
  const auto& e = items2[1].errors[0];
  EXPECT_EQ(e.code, error_code::invalid_enum);
  EXPECT_EQ(e.pointer, "/status");
  EXPECT_EQ(e.line, 2u);
  EXPECT_EQ(e.offset, text2.find("\"done\""));
  EXPECT_EQ(e.column, bad.find("\"done\"") + 1);
  EXPECT_TRUE(items2[2].ok);
}

TEST(Stream, ErrorsAreInStreamCoordinates) {
  const std::string a = run("a1"), b = run("b2");
  // Line 4 (after a blank line 2 and a valid line 3) holds a syntax error.
  const std::string bad = R"({"id":"fl_run_x","status":"running","started_at":"2025-10-31T12:00:00Z","x":[1,]})";
  const std::string text = a + "\n\n" + b + "\n" + bad + "\n" + a + "\n";
  flowrun::decoder dec;
  const auto items = collect(dec, text);
  ASSERT_EQ(items.size(), 4u);
  ASSERT_FALSE(items[2].ok);
  EXPECT_EQ(items[2].line, 4u);
  EXPECT_EQ(items[2].offset, text.find(bad));
  ASSERT_EQ(items[2].errors.size(), 1u);
  const auto& e = items[2].errors[0];
  EXPECT_EQ(e.code, error_code::syntax_error);
  EXPECT_EQ(e.pointer, "/x/1");
  EXPECT_EQ(e.line, 4u);
  EXPECT_EQ(e.offset, text.find(bad) + bad.find(",]") + 1);
  EXPECT_EQ(e.column, bad.find(",]") + 2) << "the column is within the line, unchanged";
  EXPECT_EQ(text[e.offset], ']');
  // The bad line does not stop the rest.
  EXPECT_TRUE(items[3].ok);
  EXPECT_EQ(items[3].line, 5u);
}

TEST(Stream, EveryErrorOfALineIsRebased) {
  const std::string bad = R"({"id":"fl_run_X","status":"done","started_at":"yesterday","zzz":1})";
  const std::string text = "\n\n" + bad;
  flowrun::decoder dec({.mode = decode_mode::strict, .errors = error_mode::collect_all});
  const auto items = collect(dec, text);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_FALSE(items[0].ok);
  const auto& errs = items[0].errors;
  // Root: missing error_message, completed_at, duration_in_seconds (at offset 2);
  // then invalid id, invalid status, invalid timestamp, unknown key.
  ASSERT_EQ(errs.size(), 7u);
  for (const auto& e : errs) {
    EXPECT_EQ(e.line, 3u);
    EXPECT_GE(e.offset, 2u);
    EXPECT_EQ(e.column, e.offset - 2 + 1);
  }
  EXPECT_EQ(errs[0].code, error_code::missing_field);
  EXPECT_EQ(errs[0].offset, 2u);
  EXPECT_EQ(errs[3].code, error_code::invalid_id);
  EXPECT_EQ(errs[3].offset, text.find("\"fl_run_X\""));
  EXPECT_EQ(errs[6].code, error_code::unknown_field);
  EXPECT_EQ(errs[6].offset, text.find("\"zzz\""));
}

TEST(Stream, MalformedLinesOfEveryKind) {
  const std::string a = run("a1");
  const std::string lines[] = {
      "{",                                           // unclosed
      "}",                                           // stray
      a + " x",                                      // trailing content
      "{\"id\":\"fl_run_\xff\"}",                    // bad UTF-8
      std::string(300, '[') + std::string(300, ']'), // too deep
      "[]",                                          // wrong root type
  };
  const error_code codes[] = {error_code::syntax_error, error_code::syntax_error,   error_code::trailing_content,
                              error_code::invalid_utf8, error_code::depth_exceeded, error_code::wrong_type};
  const std::size_t local[] = {1, 0, a.size() + 1, 14, 256, 0};
  std::string text;
  std::vector<std::size_t> starts;
  for (const auto& l : lines) {
    text += a + "\n";
    starts.push_back(text.size());
    text += l + "\n";
  }
  text += a;
  flowrun::decoder dec;
  const auto items = collect(dec, text);
  ASSERT_EQ(items.size(), 13u);
  for (std::size_t i = 0; i < 6; ++i) {
    const auto& it = items[2 * i + 1];
    EXPECT_TRUE(items[2 * i].ok) << i;
    ASSERT_FALSE(it.ok) << i;
    EXPECT_EQ(it.line, 2 * i + 2);
    EXPECT_EQ(it.offset, starts[i]);
    ASSERT_EQ(it.errors.size(), 1u) << i;
    EXPECT_EQ(it.errors[0].code, codes[i]) << i << ": " << it.errors[0].message;
    EXPECT_EQ(it.errors[0].offset, starts[i] + local[i]) << i << ": " << it.errors[0].message;
    EXPECT_EQ(it.errors[0].line, 2 * i + 2) << i;
    EXPECT_EQ(it.errors[0].column, local[i] + 1) << i;
  }
  EXPECT_TRUE(items[12].ok);
}

TEST(Stream, PrettyPrintedJsonIsNotNdjson) {
  flowrun::decoder dec;
  const auto items = collect(dec, "{\n}\n");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_FALSE(items[0].ok);
  EXPECT_EQ(items[0].errors[0].code, error_code::syntax_error);
  EXPECT_EQ(items[0].errors[0].line, 1u);
  EXPECT_FALSE(items[1].ok);
  EXPECT_EQ(items[1].errors[0].code, error_code::syntax_error);
  EXPECT_EQ(items[1].errors[0].line, 2u);
  EXPECT_EQ(items[1].errors[0].offset, 2u);
}

TEST(Stream, DecodeRunStreamCountsAndCalls) {
  const std::string a = run("a1"), b = run("b2");
  const std::string text = a + "\n" + "nope\n\n" + b + "\n" + "{}\n" + a;
  flowrun::decoder dec;
  std::vector<std::size_t> lines;
  std::vector<bool> oks;
  std::vector<std::string> ids;
  const flowrun::stream_summary sum = dec.decode_run_stream(text, [&](const flowrun::stream_item& it) {
    lines.push_back(it.line);
    oks.push_back(static_cast<bool>(it.run));
    ids.push_back(it.run ? std::string(it.run->id.str()) : std::string(to_string(it.run.error().code)));
  });
  EXPECT_EQ(sum.documents, 5u);
  EXPECT_EQ(sum.valid, 3u);
  EXPECT_EQ(lines, (std::vector<std::size_t>{1, 2, 4, 5, 6}));
  EXPECT_EQ(oks, (std::vector<bool>{true, false, true, false, true}));
  EXPECT_EQ(ids, (std::vector<std::string>{"fl_run_a1", "syntax_error", "fl_run_b2", "missing_field", "fl_run_a1"}));
}

TEST(Stream, VeryLongLine) {
  const std::string a = run("a1");
  std::string big = run("big");
  const std::string payload(8 << 20, 'p');
  big.replace(big.find("\"who\""), 0, "\"blob\":\"" + payload + "\",");
  const std::string text = a + "\n" + big + "\n" + a + "\n";
  flowrun::decoder dec;
  std::size_t n = 0;
  for (const auto& it : dec.runs(text)) {
    ++n;
    ASSERT_TRUE(it.run) << it.line << ": " << it.run.error().message;
    if (it.line == 2) {
      EXPECT_EQ(it.offset, a.size() + 1);
      EXPECT_EQ(it.run->logs[0].output->text.size(), payload.size() + 23);
      EXPECT_EQ(it.run->id.str(), "fl_run_big");
    } else {
      EXPECT_EQ(it.run->id.str(), "fl_run_a1");
    }
  }
  EXPECT_EQ(n, 3u);

  // A bad byte at the end of the long line is located in the whole text.
  std::string bad_text = text;
  const std::size_t at = bad_text.find(payload) + payload.size() - 1;
  bad_text[at] = '\x01';
  std::size_t checked = 0;
  for (const auto& it : dec.runs(bad_text)) {
    if (it.line != 2) {
      EXPECT_TRUE(it.run);
      continue;
    }
    ASSERT_FALSE(it.run);
    EXPECT_EQ(it.run.error().code, error_code::syntax_error);
    EXPECT_EQ(it.run.error().offset, at);
    EXPECT_EQ(it.run.error().pointer, "/logs/0/output/blob");
    EXPECT_EQ(it.run.error().column, at - a.size());
    ++checked;
  }
  EXPECT_EQ(checked, 1u);
}

TEST(Stream, ManyLines) {
  std::string text;
  constexpr std::size_t n = 5000;
  for (std::size_t i = 0; i < n; ++i) text += run(cat("r", std::to_string(i))) + (i % 7 == 0 ? "\r\n" : "\n");
  flowrun::decoder dec;
  std::size_t i = 0;
  for (const auto& it : dec.runs(text)) {
    ASSERT_TRUE(it.run);
    EXPECT_EQ(it.line, i + 1);
    EXPECT_EQ(it.run->id.body(), cat("r", std::to_string(i)));
    ++i;
  }
  EXPECT_EQ(i, n);
}

TEST(Stream, OptionsApplyPerLine) {
  const std::string a = run("a1");
  const std::string text = a + "\n" + a + "\n" + a;
  // The size limit is per document, not for the whole stream.
  flowrun::decoder sized({.max_size = a.size()});
  const auto items = collect(sized, text);
  ASSERT_EQ(items.size(), 3u);
  for (const auto& s : items) EXPECT_TRUE(s.ok);
  // Strict mode applies to each line.
  flowrun::decoder strict({.mode = decode_mode::strict});
  const auto strict_items = collect(strict, text);
  ASSERT_EQ(strict_items.size(), 3u);
  for (const auto& s : strict_items) {
    ASSERT_FALSE(s.ok);
    EXPECT_EQ(s.errors[0].code, error_code::missing_field);
    EXPECT_EQ(s.errors[0].offset, s.offset);
  }
  // A line over the limit is too_large at the start of its line.
  flowrun::decoder small({.max_size = a.size() - 1});
  const auto small_items = collect(small, "\n" + a);
  ASSERT_EQ(small_items.size(), 1u);
  ASSERT_FALSE(small_items[0].ok);
  EXPECT_EQ(small_items[0].errors[0].code, error_code::too_large);
  EXPECT_EQ(small_items[0].errors[0].offset, 1u);
  EXPECT_EQ(small_items[0].errors[0].line, 2u);
}

TEST(Stream, IteratorSteps) {
  const std::string a = run("a1"), b = run("b2");
  flowrun::decoder dec;
  const std::string text = a + "\n" + b;
  flowrun::run_stream s = dec.runs(text);
  auto it = s.begin();
  ASSERT_FALSE(it == s.end());
  EXPECT_EQ(it->line, 1u);
  EXPECT_EQ((*it).run->id.str(), "fl_run_a1");
  ++it;
  ASSERT_FALSE(it == s.end());
  EXPECT_EQ(it->run->id.str(), "fl_run_b2");
  it++;
  EXPECT_TRUE(it == s.end());
  EXPECT_TRUE(flowrun::run_stream::iterator() == std::default_sentinel);
}

// A failed line must not change the verdict on the next line: here, the key
// index that a big object of the failed line left behind.
TEST(Stream, BadLineWithABigObjectDoesNotHideADuplicateKeyOnTheNextLine) {
  std::string big = "{";
  for (int i = 0; i < 20; ++i) big += cat("\"k", std::to_string(i), "\":1,");
  big += "\"x\":tru}";
  const std::string dup = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","a":1,"a":2})";
  const std::string text = big + "\n" + dup + "\n";
  flowrun::decoder dec;
  const auto items = collect(dec, text);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_FALSE(items[0].ok);
  ASSERT_FALSE(items[1].ok) << "the duplicate key on line 2 was missed";
  EXPECT_EQ(items[1].errors[0].code, error_code::duplicate_key);
  EXPECT_EQ(items[1].errors[0].pointer, "/a");
  EXPECT_EQ(items[1].errors[0].offset, big.size() + 1 + dup.rfind("\"a\""));
}

// ---- the stream against its lines decoded one by one --------------------------

// Every item of dec.runs(text) against its line decoded on its own by a second
// decoder: same verdict, same value (owned copies compared), same errors in the
// stream's coordinates.
// `input` is the text as a std::string_view (each line copied into the
// decoder) or as a padded_view (each line read where it lies: raw values view
// into the text).
template <class Text> void expect_same_as_line_by_line(flowrun::decoder& dec, Text input, const char* what) {
  constexpr bool in_place = std::is_same_v<Text, flowrun::padded_view>;
  std::string_view text;
  if constexpr (in_place)
    text = input.text();
  else
    text = input;
  const auto in_text = [&](std::string_view v) {
    return v.data() >= text.data() && v.data() + v.size() <= text.data() + text.size();
  };
  flowrun::decoder alone(dec.options());
  std::size_t items = 0;
  for (const flowrun::stream_item& it : dec.runs(input)) {
    ++items;
    std::size_t end = text.find('\n', it.offset);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(it.offset, end - it.offset);
    EXPECT_TRUE(flowrun_test::fast_if_valid(dec, it.run.has_value(), line)) << what << " line " << it.line;
    const auto want = alone.decode_run(line);
    EXPECT_TRUE(flowrun_test::fast_if_valid(alone, want.has_value(), line)) << what << " line " << it.line;
    ASSERT_EQ(static_cast<bool>(it.run), static_cast<bool>(want)) << what << " line " << it.line;
    if (want) {
      ASSERT_TRUE(flowrun::to_owned(*it.run) == flowrun::to_owned(*want)) << what << " line " << it.line;
      for (const flowrun::log_entry& l : it.run->logs) {
        if (l.output) {
          EXPECT_EQ(in_text(l.output->text), in_place) << what << " line " << it.line;
        }
      }
      continue;
    }
    const auto got = it.run.errors();
    ASSERT_EQ(got.size(), want.errors().size()) << what << " line " << it.line;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].code, want.errors()[i].code);
      EXPECT_EQ(got[i].pointer, want.errors()[i].pointer);
      EXPECT_EQ(got[i].message, want.errors()[i].message);
      EXPECT_EQ(got[i].offset, it.offset + want.errors()[i].offset);
      EXPECT_EQ(got[i].line, it.line + want.errors()[i].line - 1);
    }
  }
  EXPECT_GT(items, 0u) << what;
}

// A generated NDJSON text of about `bytes` bytes: runs of the corpus (valid,
// loose and damaged, flattened to one line), with LF and CRLF endings, blank
// lines and, now and then, a line of 700 KB.
std::string generated_ndjson(std::uint64_t seed, std::size_t bytes) {
  flowrun_corpus::generator gen(seed);
  flowrun_corpus::rng r(seed * 7 + 1);
  std::string out;
  while (out.size() < bytes) {
    flowrun_corpus::item it = gen.next();
    if (it.kind != flowrun::document_kind::run) continue;
    for (char& c : it.text)
      if (c == '\n' || c == '\r') c = ' ';
    if (r.percent(1)) it.text = run(std::string(700000, 'a'));
    out += it.text;
    out += r.percent(20) ? "\r\n" : "\n";
    if (r.percent(5)) out += r.percent(50) ? "\n" : "  \t\r\n";
  }
  if (r.percent(50)) out.pop_back(); // sometimes no final newline
  return out;
}

TEST(Stream, AgreesWithLineByLine) {
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    const std::string text = generated_ndjson(seed, std::size_t{3} << 20);
    for (auto mode : {decode_mode::compatible, decode_mode::strict})
      for (auto errors : {error_mode::fail_fast, error_mode::collect_all}) {
        flowrun::decoder dec({.mode = mode, .errors = errors});
        expect_same_as_line_by_line(dec, std::string_view(text), "generated");
      }
  }
}

TEST(Stream, PaddedTextIsReadInPlaceAlike) {
  // Each line read where it lies in the text, the '\n' after it (or, after a
  // last line without one, the string's '\0') ending it: the same items as
  // line by line, in every mode.
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    std::string text = generated_ndjson(seed, std::size_t{1} << 20);
    text.reserve(text.size() + flowrun::padding);
    for (auto mode : {decode_mode::compatible, decode_mode::strict})
      for (auto errors : {error_mode::fail_fast, error_mode::collect_all}) {
        flowrun::decoder dec({.mode = mode, .errors = errors});
        expect_same_as_line_by_line(dec, flowrun::padded_view(text), "generated, padded");
      }
  }
}

TEST(Stream, BadLinesAmongGoodOnes) {
  // A line that starts at byte 1 MiB; a bad UTF-8 byte on one line and an
  // unclosed string on another (the other lines still decode); a line that is
  // a valid run after a bad prefix (it must not be accepted from the middle).
  const std::string good = run("g1");
  std::string text;
  while (text.size() < (std::size_t{1} << 20) - good.size()) text += good + "\n";
  const std::size_t pad = (std::size_t{1} << 20) - text.size();
  text += std::string(pad > 1 ? pad - 1 : 0, ' ') + "\n"; // the next line starts right at the boundary
  text += good + "\n" + "x " + good + "\n" + good + "\n";
  text += "{\"id\":\"fl_run_b\xff\"}\n" + good + "\n";
  text += R"({"id":"fl_run_u","status":"running","started_at":"2025-10-31T12:00:00Z","s":"unclosed})"
          "\n" +
          good;
  flowrun::decoder dec;
  expect_same_as_line_by_line(dec, std::string_view(text), "edges");
  text.reserve(text.size() + flowrun::padding);
  expect_same_as_line_by_line(dec, flowrun::padded_view(text), "edges, padded");
  std::size_t ok = 0, bad = 0;
  for (const flowrun::stream_item& it : dec.runs(text)) (it.run ? ok : bad)++;
  EXPECT_EQ(bad, 3u);
}

TEST(Stream, ANewTextAtTheSameAddressIsReadAfresh) {
  // A reader that refills one buffer: nothing of the first text may be reused
  // for the second.
  std::string buf = run("aa") + "\n" + run("bb") + "\n";
  flowrun::decoder dec;
  std::vector<std::string> ids;
  for (const auto& it : dec.runs(buf)) ids.emplace_back(it.run ? it.run->id.str() : "bad");
  const char* const at = buf.data();
  const std::string second = run("cc") + "\n" + run("dd") + "\n";
  ASSERT_EQ(second.size(), buf.size());
  buf.replace(0, buf.size(), second);
  ASSERT_EQ(buf.data(), at);
  for (const auto& it : dec.runs(buf)) ids.emplace_back(it.run ? it.run->id.str() : "bad");
  EXPECT_EQ(ids, (std::vector<std::string>{"fl_run_aa", "fl_run_bb", "fl_run_cc", "fl_run_dd"}));
}

} // namespace

namespace {

// The line iterator that dec.runs() and the NDJSON reader share: numbers, offsets and
// ends of the non-blank lines, a CR kept (it is JSON white space), a last line without LF.
TEST(NdjsonLines, NumbersOffsetsAndBlankLines) {
  const std::string text = "a\r\n\n \t\r\nbc\n\nd";
  flowrun::detail::ndjson_lines lines(text, 10);
  std::vector<flowrun::detail::ndjson_line> got;
  for (flowrun::detail::ndjson_line l; lines.next(l);) got.push_back(l);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].line, 10u);
  EXPECT_EQ(got[0].offset, 0u);
  EXPECT_EQ(got[0].end, 2u);
  EXPECT_EQ(got[0].text, "a\r");
  EXPECT_EQ(got[1].line, 13u);
  EXPECT_EQ(got[1].offset, 8u);
  EXPECT_EQ(got[1].text, "bc");
  EXPECT_EQ(got[2].line, 15u);
  EXPECT_EQ(got[2].offset, 12u);
  EXPECT_EQ(got[2].end, text.size());
  EXPECT_EQ(got[2].text, "d");
  flowrun::detail::ndjson_line l;
  EXPECT_FALSE(lines.next(l));
  flowrun::detail::ndjson_lines none(" \n\r\n\t");
  EXPECT_FALSE(none.next(l));
  EXPECT_TRUE(flowrun::detail::is_blank_line(""));
  EXPECT_TRUE(flowrun::detail::is_blank_line(" \t\r"));
  EXPECT_FALSE(flowrun::detail::is_blank_line(" \v"));
}

} // namespace
