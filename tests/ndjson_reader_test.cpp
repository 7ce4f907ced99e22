// flowrun/ndjson_reader.hpp: reading NDJSON in chunks gives exactly what
// decoding the whole text gives (dec.runs), whatever the chunk size, with lines
// across chunk boundaries, lines longer than a chunk, CRLF, blank lines and a
// last line without '\n'; a line over max_size is too_large without being held.
#include <flowrun/flowrun.hpp>
#include <flowrun/ndjson_reader.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

const std::string good = R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"})";
const std::string bad = R"({"id":"fl_run_a1","status":"bogus","started_at":"2025-10-31T12:00:00Z"})";

// What a test compares: position and verdict of each item, with its errors.
struct seen {
  std::size_t line, offset;
  bool ok;
  std::vector<flowrun::error> errors;
  std::size_t omitted;
  friend bool operator==(const seen&, const seen&) = default;
};

std::vector<seen> whole(std::string_view text, flowrun::decode_options o = {}) {
  flowrun::decoder dec(o);
  std::vector<seen> out;
  for (const flowrun::stream_item& it : dec.runs(text))
    out.push_back({it.line, it.offset, bool(it.run), {it.run.errors().begin(), it.run.errors().end()},
                   it.run.omitted_errors()});
  return out;
}

// A source that gives at most `step` bytes per call (a pipe's short reads).
struct string_source {
  std::string_view text;
  std::size_t step;
  std::size_t pos = 0;
  std::size_t operator()(char* dst, std::size_t n) {
    const std::size_t k = std::min({n, step, text.size() - pos});
    std::copy_n(text.data() + pos, k, dst);
    pos += k;
    return k;
  }
};

std::vector<seen> chunked(std::string_view text, std::size_t chunk, std::size_t step, flowrun::decode_options o = {}) {
  flowrun::decoder dec(o);
  std::vector<seen> out;
  string_source src{text, step};
  flowrun::read_runs(
      dec, src,
      [&](const flowrun::stream_item& it) {
        out.push_back({it.line, it.offset, bool(it.run), {it.run.errors().begin(), it.run.errors().end()},
                       it.run.omitted_errors()});
      },
      chunk);
  return out;
}

// decode_chunk with a count of a chunk of `text`, its items appended to `out`;
// each item's line text must be the line's bytes (empty for a too_long chunk).
template <class Chunk>
std::size_t decode_counted(flowrun::decoder& dec, const Chunk& c, std::string_view text, std::vector<seen>& out) {
  std::size_t lines = 0;
  flowrun::decode_chunk(
      dec, c,
      [&](const flowrun::stream_item& it, std::string_view line) {
        if (c.too_long) {
          EXPECT_TRUE(line.empty());
        } else {
          const std::string_view rest = text.substr(it.offset);
          EXPECT_EQ(line, rest.substr(0, rest.find('\n')));
        }
        out.push_back({it.line,
                       it.offset,
                       bool(it.run),
                       {it.run.errors().begin(), it.run.errors().end()},
                       it.run.omitted_errors()});
      },
      lines);
  return lines;
}

// As the command reads (tools/cli/pipeline.cpp, --jobs 1): chunks in an
// ndjson_buffer, the chunker not counting lines, each decode counting them
// (decode_chunk with a count) and numbering the next chunk (add_lines). Each
// item's line text must be the line's bytes; the counts must add up to the text's.
std::vector<seen> chunked_counted(std::string_view text, std::size_t chunk, std::size_t step,
                                  flowrun::decode_options o = {}) {
  flowrun::decoder dec(o);
  std::vector<seen> out;
  string_source src{text, step};
  flowrun::ndjson_chunker chunker({.chunk_size = chunk, .max_line = o.max_size, .count_lines = false});
  flowrun::ndjson_buffer_chunk c;
  std::size_t total = 0;
  while (chunker.next(src, c)) {
    EXPECT_EQ(c.lines, c.too_long ? 1u : 0u); // not counted
    const std::size_t lines = decode_counted(dec, c, text, out);
    if (!c.too_long) {
      EXPECT_EQ(lines, flowrun::ndjson_count_lines(std::string_view(c.text)));
      chunker.add_lines(lines);
    }
    total += lines;
  }
  // (A blank line over max_size is skipped without a chunk: the lines after it show it counted.)
  if (o.max_size >= text.size()) {
    EXPECT_EQ(total, flowrun::ndjson_count_lines(text));
  }
  return out;
}

// As the command reads a regular file (mapped): chunks that view the text,
// padded (a string's spare capacity) or not (a mapping ends with the file),
// lines counted by the chunker or while decoding. Each chunk must hold whole
// lines, follow the one before, and be no longer than `chunk` unless it is one
// line; each item's line text must be the line's bytes.
std::vector<seen> viewed(std::string_view text, std::size_t chunk, bool padded, bool count_while_decoding,
                         flowrun::decode_options o = {}) {
  std::string storage(text);
  storage.reserve(text.size() + flowrun::padding);
  const flowrun::padded_view whole(storage.data(), storage.size(), padded ? storage.capacity() : storage.size());
  flowrun::decoder dec(o);
  std::vector<seen> out;
  flowrun::ndjson_view_chunker chunker(whole, {.chunk_size = chunk, .count_lines = !count_while_decoding});
  flowrun::ndjson_view_chunk c;
  std::size_t offset = 0, line = 1;
  while (chunker.next(c)) {
    const std::string_view t = c.text.text();
    EXPECT_EQ(c.offset, offset);
    EXPECT_EQ(c.line, line);
    EXPECT_FALSE(c.too_long);
    EXPECT_EQ(t.data(), storage.data() + offset) << "a view, not a copy";
    EXPECT_TRUE(t.size() <= chunk || t.find('\n') >= t.size() - 1) << "longer than a chunk: one line";
    if (offset + t.size() < text.size()) {
      EXPECT_EQ(t.back(), '\n'); // whole lines
    }
    const std::size_t lines = decode_counted(dec, c, text, out);
    EXPECT_EQ(lines, flowrun::ndjson_count_lines(t));
    if (count_while_decoding) {
      EXPECT_EQ(c.lines, 0u);
      chunker.add_lines(lines);
    } else {
      EXPECT_EQ(c.lines, lines);
    }
    offset += t.size();
    line += lines;
    EXPECT_EQ(chunker.offset(), offset);
  }
  EXPECT_EQ(offset, text.size());
  EXPECT_EQ(line - 1, flowrun::ndjson_count_lines(text));
  return out;
}

std::string sample() {
  std::string t;
  t += good + "\n\n" + bad + "\r\n" + "   \r\n" + "\t" + good + "\n";
  t += "{\"id\":\"fl_run_a2\",\"status\":\"failed\",\"started_at\":\"2025-10-31T12:00:00Z\",\"logs\":[" +
       std::string(3000, ' ') + "]}\n"; // longer than the small chunks
  t += "not json\n" + bad + "\n\n\n" + good; // the last line has no '\n'
  return t;
}

TEST(NdjsonReader, SameAsTheWholeTextForEveryChunkSize) {
  const std::string text = sample();
  const std::vector<seen> expected = whole(text, {.errors = flowrun::error_mode::collect_all});
  ASSERT_EQ(expected.size(), 7u);
  for (std::size_t chunk : {1, 2, 3, 7, 64, 100, 1000, 5000, 1 << 20})
    for (std::size_t step : {1, 5, 4096}) {
      SCOPED_TRACE("chunk " + std::to_string(chunk) + " step " + std::to_string(step));
      EXPECT_EQ(chunked(text, chunk, step, {.errors = flowrun::error_mode::collect_all}), expected);
    }
}

// Every chunk size from 1 to past the text's size, the command's way.
TEST(NdjsonReader, CountedWhileDecodingForEveryChunkSize) {
  const std::string text = sample();
  const flowrun::decode_options o{.errors = flowrun::error_mode::collect_all};
  const std::vector<seen> expected = whole(text, o);
  for (std::size_t chunk = 1; chunk <= text.size() + 2; ++chunk)
    for (std::size_t step : {3, 4096}) {
      SCOPED_TRACE("chunk " + std::to_string(chunk) + " step " + std::to_string(step));
      ASSERT_EQ(chunked_counted(text, chunk, step, o), expected);
    }
  // Lines over max_size (too_long, a long blank line skipped), CRLF, no last '\n'.
  const std::string hostile = std::string(300, ' ') + "\n" + good + "\r\n\n" + std::string(500, 'x') + "\r\n" + bad +
                              "\n" + std::string(200, '\t') + "\n" + good;
  const flowrun::decode_options small{.max_size = 150};
  const std::vector<seen> want = whole(hostile, small);
  ASSERT_EQ(want.size(), 4u);
  for (std::size_t chunk = 1; chunk <= hostile.size() + 2; ++chunk) {
    SCOPED_TRACE("chunk " + std::to_string(chunk));
    ASSERT_EQ(chunked_counted(hostile, chunk, 7, small), want);
  }
}

// Chunks that view a text held whole, every chunk size, padded or not, counted
// either way: the items of decoding the whole text, a line over max_size too_large.
TEST(NdjsonReader, ViewChunksSameAsTheWholeText) {
  const flowrun::decode_options o{.errors = flowrun::error_mode::collect_all};
  const std::string hostile = std::string(300, ' ') + "\n" + good + "\r\n\n" + std::string(500, 'x') + "\r\n" + bad +
                              "\n" + std::string(200, '\t') + "\n" + good;
  const flowrun::decode_options small{.max_size = 150};
  for (const auto& [text, opts] : {std::pair{sample(), o}, std::pair{hostile, small}}) {
    const std::vector<seen> expected = whole(text, opts);
    for (std::size_t chunk = 1; chunk <= text.size() + 2; ++chunk)
      for (const bool padded : {true, false})
        for (const bool counted : {true, false}) {
          SCOPED_TRACE("chunk " + std::to_string(chunk) + (padded ? " padded" : "") + (counted ? " counted" : ""));
          ASSERT_EQ(viewed(text, chunk, padded, counted, opts), expected);
        }
  }
  flowrun::ndjson_view_chunker none(flowrun::padded_view("", 0, 0));
  flowrun::ndjson_view_chunk c;
  EXPECT_FALSE(none.next(c));
}

// A text without padding: the lines that end within flowrun::padding bytes of its
// end are copied by the decoder (nothing is read past the text); the others are
// read where they lie.
TEST(NdjsonReader, ViewChunksReadInPlaceWhereTheTextIsPadded) {
  const std::string run_a = R"({"id":"fl_run_aaaa","status":"running","started_at":"2025-10-31T12:00:00Z"})";
  const std::string text = run_a + "\n" + good;
  flowrun::decoder dec;
  flowrun::ndjson_view_chunker chunker(flowrun::padded_view(text.data(), text.size(), text.size()));
  flowrun::ndjson_view_chunk c;
  ASSERT_TRUE(chunker.next(c));
  std::vector<bool> in_place;
  flowrun::decode_chunk(dec, c, [&](const flowrun::stream_item& it) {
    ASSERT_TRUE(it.run);
    const char* id = it.run->id.str().data();
    in_place.push_back(id >= text.data() && id < text.data() + text.size());
  });
  EXPECT_EQ(in_place, (std::vector<bool>{true, false}));
  EXPECT_FALSE(chunker.next(c));
}

TEST(NdjsonReader, CountLines) {
  EXPECT_EQ(flowrun::ndjson_count_lines(""), 0u);
  EXPECT_EQ(flowrun::ndjson_count_lines("a"), 1u);
  EXPECT_EQ(flowrun::ndjson_count_lines("\n"), 1u);
  EXPECT_EQ(flowrun::ndjson_count_lines("a\nb"), 2u);
  EXPECT_EQ(flowrun::ndjson_count_lines("a\r\n\n\n"), 3u);
  EXPECT_EQ(flowrun::ndjson_count_lines("\n\nx"), 3u);
}

// ndjson_buffer: growth keeps what it holds; copies are deep; moves take the storage.
TEST(NdjsonReader, BufferGrowsKeepingItsBytes) {
  flowrun::ndjson_buffer b;
  EXPECT_TRUE(b.empty());
  b.resize(3);
  std::copy_n("abc", 3, b.data());
  b.resize(100000);
  EXPECT_EQ(std::string_view(b).substr(0, 3), "abc");
  b.resize(2);
  EXPECT_EQ(std::string_view(b), "ab");
  EXPECT_EQ(b.back(), 'b');
  const flowrun::ndjson_buffer copy = b;
  b.data()[0] = 'z';
  EXPECT_EQ(std::string_view(copy), "ab");
  const char* storage = b.data();
  flowrun::ndjson_buffer moved = std::move(b);
  EXPECT_EQ(moved.data(), storage);
  EXPECT_EQ(std::string_view(moved), "zb");
  moved.clear();
  EXPECT_TRUE(moved.empty());
  EXPECT_GE(moved.capacity(), 100000u); // kept for reuse
}

TEST(NdjsonReader, RandomTextsAgree) {
  std::mt19937 rng(20251031);
  const std::vector<std::string> parts = {good, bad, "", " ", "\r", "{", "[1]", std::string(300, 'x'), good + " ",
                                        std::string(200, ' ')};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int lines = static_cast<int>(rng() % 12);
    for (int i = 0; i < lines; ++i) {
      text += parts[rng() % parts.size()];
      if (rng() % 4 == 0) text += '\r';
      if (i + 1 < lines || rng() % 2 == 0) text += '\n';
    }
    const std::size_t chunk = 1 + rng() % 200, step = 1 + rng() % 300;
    // Every other round, a max_size that some lines are over (too_large, skipped unheld).
    const flowrun::decode_options o{.max_size = round % 2 == 0 ? std::size_t{1} << 20 : 50};
    SCOPED_TRACE(text);
    const std::vector<seen> expected = whole(text, o);
    EXPECT_EQ(chunked(text, chunk, step, o), expected) << "chunk " << chunk << " step " << step;
    EXPECT_EQ(chunked_counted(text, chunk, step, o), expected) << "chunk " << chunk << " step " << step;
    EXPECT_EQ(viewed(text, chunk, round % 3 == 0, round % 4 < 2, o), expected) << "chunk " << chunk;
  }
}

TEST(NdjsonReader, ChunksHoldWholeLinesAndCountThem) {
  const std::string text = sample();
  flowrun::ndjson_chunker chunker({.chunk_size = 50, .max_line = 1 << 20});
  flowrun::ndjson_chunk c;
  string_source src{text, 7};
  std::string joined;
  std::size_t line = 1, chunks = 0;
  while (chunker.next(src, c)) {
    ++chunks;
    EXPECT_FALSE(c.too_long);
    EXPECT_EQ(c.offset, joined.size());
    EXPECT_EQ(c.line, line);
    joined += c.text;
    line += c.lines;
    if (joined.size() < text.size()) {
      EXPECT_EQ(c.text.back(), '\n'); // whole lines
    }
  }
  EXPECT_EQ(joined, text);
  EXPECT_EQ(line - 1, static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  EXPECT_GT(chunks, 5u);
}

TEST(NdjsonReader, LineOverMaxSizeIsTooLargeAndNotHeld) {
  const std::string long_line = "{\"id\":\"" + std::string(10000, 'a') + "\"}";
  const std::string text = good + "\n" + long_line + "\r\n" + bad + "\n" + std::string(20000, ' ') + "\n" + good;
  const flowrun::decode_options o{.max_size = 1000};
  // The decoder, given the whole text, says the same (it held the line).
  const std::vector<seen> expected = whole(text, o);
  ASSERT_EQ(expected.size(), 4u);
  EXPECT_EQ(expected[1].errors.at(0).code, flowrun::error_code::too_large);
  EXPECT_EQ(expected[1].errors.at(0).message,
            "input is " + std::to_string(long_line.size() + 1) + " bytes, over the limit of 1000");
  for (std::size_t chunk : {16, 100, 999, 1000, 1001, 4096}) {
    SCOPED_TRACE(chunk);
    EXPECT_EQ(chunked(text, chunk, 333, o), expected);
  }
  // The chunker never holds more than about max_size + a chunk.
  flowrun::ndjson_chunker chunker({.chunk_size = 100, .max_line = 1000});
  flowrun::ndjson_chunk c;
  string_source src{text, 1 << 20};
  std::vector<std::size_t> long_ones;
  while (chunker.next(src, c)) {
    EXPECT_LE(c.text.capacity(), 4096u);
    if (c.too_long) long_ones.push_back(c.length);
  }
  EXPECT_EQ(long_ones, std::vector<std::size_t>{long_line.size() + 1}); // its '\r' counts, as in dec.runs
  // The same bound with an ndjson_buffer.
  flowrun::ndjson_chunker buffered({.chunk_size = 100, .max_line = 1000});
  flowrun::ndjson_buffer_chunk bc;
  string_source again{text, 1 << 20};
  std::size_t too_long = 0;
  while (buffered.next(again, bc)) {
    EXPECT_LE(bc.text.capacity(), 4096u);
    too_long += bc.too_long ? 1 : 0;
  }
  EXPECT_EQ(too_long, 1u);
}

TEST(NdjsonReader, LongLastLineWithoutNewline) {
  const std::string text = good + "\n" + std::string(5000, 'x');
  const flowrun::decode_options o{.max_size = 100};
  EXPECT_EQ(chunked(text, 64, 64, o), whole(text, o));
  EXPECT_EQ(chunked(text + "\n", 64, 64, o), whole(text + "\n", o));
  EXPECT_EQ(chunked("", 64, 64, o), whole("", o));
}

// Lines are read where they lie in the chunk's storage (held once, however
// long): the same items, values and errors as decoding each line's copy, and
// the chunk unchanged after, whether the line ends the chunk (without '\n',
// its storage's padding after it) or other lines follow it.
TEST(NdjsonReader, LongLinesDecodedInPlace) {
  const auto long_run = [](char fill, bool valid) {
    std::string logs;
    for (int i = 0; logs.size() < (std::size_t{1} << 20) + 1000; ++i)
      logs += std::string(i ? "," : "") + R"({"id":"fl_log_)" + std::to_string(i) +
              R"(","node_id":"n","status":"success","output":{"s":")" + std::string(64, fill) +
              R"("},"created_at":"2025-10-31T12:00:00Z"})";
    return std::string(R"({"id":"fl_run_big","status":")") + (valid ? "running" : "bogus") +
           R"(","started_at":"2025-10-31T12:00:00Z","logs":[)" + logs + "]}";
  };
  const std::string a = long_run('a', true), b = long_run('b', false), c = long_run('c', true);
  // One chunk (a large chunk size) holding: a long line, short lines, a long bad
  // line, a long line at the very end without '\n'.
  const std::string text = a + "\n" + good + "\n" + b + "\r\n" + bad + "\n" + c;
  flowrun::decoder in_place, copy;
  flowrun::ndjson_chunker chunker({.chunk_size = std::size_t{16} << 20});
  string_source src{text, text.size()};
  flowrun::ndjson_chunk chunk;
  ASSERT_TRUE(chunker.next(src, chunk));
  ASSERT_EQ(chunk.text, text);
  std::vector<std::string> ids;
  std::vector<seen> got, want;
  std::vector<flowrun::owned<flowrun::workflow_run>> values;
  flowrun::decode_chunk(in_place, chunk, [&](const flowrun::stream_item& it) {
    got.push_back({it.line, it.offset, bool(it.run), {it.run.errors().begin(), it.run.errors().end()},
                   it.run.omitted_errors()});
    if (it.run) values.push_back(flowrun::to_owned(*it.run));
    if (it.run && !it.run->logs.empty()) {
      // Views into the chunk: the output of the last log is where the text has it.
      const std::string_view out = it.run->logs.back().output->text;
      EXPECT_GE(out.data(), chunk.text.data());
      EXPECT_LE(out.data() + out.size(), chunk.text.data() + chunk.text.size());
    }
  });
  EXPECT_EQ(chunk.text, text) << "the chunk is the same after";
  std::size_t i = 0;
  for (const flowrun::stream_item& it : copy.runs(std::string_view(text))) { // each line copied into the decoder
    want.push_back({it.line, it.offset, bool(it.run), {it.run.errors().begin(), it.run.errors().end()},
                    it.run.omitted_errors()});
    if (it.run) {
      ASSERT_LT(i, values.size());
      EXPECT_TRUE(*values[i++] == *it.run);
    }
  }
  EXPECT_EQ(got, want);
  EXPECT_EQ(got, whole(text));
  // In an ndjson_buffer (the padding added past the end is not zeroed): the same.
  flowrun::ndjson_chunker buffered({.chunk_size = std::size_t{16} << 20});
  string_source again{text, text.size()};
  flowrun::ndjson_buffer_chunk bc;
  ASSERT_TRUE(buffered.next(again, bc));
  std::vector<seen> from_buffer;
  flowrun::decoder third;
  flowrun::decode_chunk(third, bc, [&](const flowrun::stream_item& it) {
    from_buffer.push_back(
        {it.line, it.offset, bool(it.run), {it.run.errors().begin(), it.run.errors().end()}, it.run.omitted_errors()});
  });
  EXPECT_EQ(from_buffer, want);
  EXPECT_EQ(std::string_view(bc.text), text) << "the chunk is the same after";
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(values.size(), 3u); // a, good, c
  EXPECT_FALSE(got[2].ok);
  EXPECT_EQ(got[2].errors.at(0).pointer, "/status");
}

TEST(NdjsonReader, IstreamSource) {
  std::istringstream in(sample());
  flowrun::decoder dec;
  std::vector<std::size_t> lines;
  const flowrun::stream_summary s =
      flowrun::read_runs(dec, flowrun::ndjson_stream_source{in}, [&](const flowrun::stream_item& it) { lines.push_back(it.line); }, 16);
  EXPECT_EQ(s.documents, 7u);
  EXPECT_EQ(s.valid, 4u);
  EXPECT_EQ(lines, (std::vector<std::size_t>{1, 3, 5, 6, 7, 8, 11}));
}

} // namespace
