// flowrun: NDJSON of any size, read in chunks of whole lines. A 20 GB export
// never needs more memory than a chunk and its longest line.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_NDJSON_READER_HPP
#define FLOWRUN_NDJSON_READER_HPP

#include <flowrun/detail/error_list.hpp>
#include <flowrun/detail/ndjson_lines.hpp>
#include <flowrun/error.hpp>
#include <flowrun/options.hpp>
#include <flowrun/padded.hpp>
#include <flowrun/result.hpp>
#include <flowrun/stream.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace flowrun {

/// A piece of an NDJSON input, as ndjson_chunker::next gives it: either whole
/// lines (`text`, every line complete, the last one with its '\n' unless the
/// input ended without one), or a line longer than the limit, skipped
/// (`too_long`: `text` is empty and `length` is the line's length).
struct ndjson_chunk {
  std::string text;       ///< whole lines; its storage is reused by next()
  std::size_t offset = 0; ///< byte offset of text (or of the long line) in the input
  std::size_t line = 1;   ///< 1-based line number of its first line
  std::size_t lines = 0;  ///< how many lines it holds (or covers: 1 for a long line)
  bool too_long = false;  ///< a skipped line longer than the limit
  std::size_t length = 0; ///< too_long: the line's length in bytes, without its '\n'
};

/// Bytes of NDJSON as a chunk holds them: like a std::string, except that
/// growing it (resize) does not write the bytes it adds, which the reader
/// overwrites at once (a std::string zero-fills each megabyte before it is read
/// into). Its storage is kept by clear() and reused.
class ndjson_buffer {
public:
  ndjson_buffer() = default;
  ndjson_buffer(const ndjson_buffer& o) : ndjson_buffer() { *this = o; }
  ndjson_buffer(ndjson_buffer&& o) noexcept { swap(o); }
  ndjson_buffer& operator=(const ndjson_buffer& o) {
    if (this != &o) {
      resize(o.size_);
      if (size_ > 0) std::memcpy(p_.get(), o.p_.get(), size_);
    }
    return *this;
  }
  ndjson_buffer& operator=(ndjson_buffer&& o) noexcept {
    ndjson_buffer(std::move(o)).swap(*this);
    return *this;
  }
  ~ndjson_buffer() = default;

  std::size_t size() const noexcept { return size_; }
  std::size_t capacity() const noexcept { return cap_; }
  bool empty() const noexcept { return size_ == 0; }
  char* data() noexcept { return p_.get(); }
  const char* data() const noexcept { return p_.get(); }
  char back() const noexcept { return p_[size_ - 1]; }
  operator std::string_view() const noexcept { return {p_.get(), size_}; }

  void clear() noexcept { size_ = 0; }
  /// `n` bytes: the first ones kept, any added not written (not even zeroed).
  /// Like a std::string's, the bytes are followed by a '\0' (which a decoder
  /// reading a line in place takes as the end of the text), and the buffer
  /// always has flowrun::padding bytes to spare past them.
  void resize(std::size_t n) {
    if (n + padding > cap_) reserve(std::max(n + padding, cap_ + cap_ / 2));
    size_ = n;
    p_[n] = '\0';
  }
  /// Room for `n` bytes, the first size() kept.
  void reserve(std::size_t n) {
    if (n <= cap_) return;
    std::unique_ptr<char[]> p(new char[n]); // default-initialized: not written
    if (size_ > 0) std::memcpy(p.get(), p_.get(), size_);
    p_ = std::move(p);
    cap_ = n;
  }
  void swap(ndjson_buffer& o) noexcept {
    std::swap(p_, o.p_);
    std::swap(size_, o.size_);
    std::swap(cap_, o.cap_);
  }

private:
  std::unique_ptr<char[]> p_;
  std::size_t size_ = 0, cap_ = 0;
};

/// ndjson_chunk with its lines in an ndjson_buffer (no zero-filling when it
/// is read into): ndjson_chunker::next and decode_chunk take either.
struct ndjson_buffer_chunk {
  ndjson_buffer text;     ///< whole lines; its storage is reused by next()
  std::size_t offset = 0; ///< byte offset of text (or of the long line) in the input
  std::size_t line = 1;   ///< 1-based line number of its first line
  std::size_t lines = 0;  ///< how many lines it holds (or covers: 1 for a long line)
  bool too_long = false;  ///< a skipped line longer than the limit
  std::size_t length = 0; ///< too_long: the line's length in bytes, without its '\n'
};

/// A piece of an NDJSON text held whole by the caller (a mapped file, a string),
/// as ndjson_view_chunker::next gives it: whole lines, viewed where they lie
/// (the last one with its '\n' unless the text ends without one). Nothing is
/// copied: the text must outlive the chunk and what is decoded from it.
struct ndjson_view_chunk {
  padded_view text;       ///< whole lines, in the caller's buffer (padded as far as that is)
  std::size_t offset = 0; ///< byte offset of text in the whole text
  std::size_t line = 1;   ///< 1-based line number of its first line
  std::size_t lines = 0;  ///< how many lines it holds (0 when not counted)
  bool too_long = false;  ///< always false: a view holds every line (the decoder refuses one over max_size)
  std::size_t length = 0; ///< always 0 (as for a chunk of lines of the other kinds)
};

/// How many lines `text` holds: its '\n's, and one more for a last line without
/// one. Fast for NDJSON (lines of hundreds of bytes: one memchr per line).
inline std::size_t ndjson_count_lines(std::string_view text) noexcept {
  if (text.empty()) return 0;
  std::size_t n = 0;
  const char* p = text.data();
  const char* const end = p + text.size();
  while (const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
    ++n;
    p = static_cast<const char*>(nl) + 1;
  }
  return n + (text.back() != '\n' ? 1 : 0);
}

/// Cuts an NDJSON input into chunks of whole lines of about `chunk_size`
/// bytes, reading from a source that is not necessarily seekable (a pipe,
/// standard input). A line longer than the chunk grows the buffer up to
/// `max_line` bytes; a longer one is skipped to its '\n' without being held,
/// and comes back as a `too_long` chunk (blank lines of any length are just
/// skipped). Memory: about chunk_size plus the longest line kept.
///
/// `Source` is a callable `std::size_t(char* dst, std::size_t n)` that reads up
/// to n bytes into dst and returns how many, 0 at the end (or on an error: it
/// may throw, or record the error for the caller). ndjson_file_source and
/// ndjson_stream_source wrap a std::FILE* and a std::istream.
///
/// Example (chunks can be handed to other threads: next() reuses the storage
/// of the chunk it is given):
///   std::FILE* f = std::fopen("export.ndjson", "rb");
///   flowrun::ndjson_chunker chunker;
///   flowrun::ndjson_chunk chunk;
///   while (chunker.next(flowrun::ndjson_file_source{f}, chunk))
///     std::printf("%zu lines from line %zu\n", chunk.lines, chunk.line);
class ndjson_chunker {
public:
  struct limits {
    std::size_t chunk_size = std::size_t{1} << 20;    ///< bytes read per chunk (at least 1)
    std::size_t max_line = decode_options{}.max_size; ///< longer lines are too_long (without '\n')
    /// false: chunks of lines come with `lines` 0, not counted (a pass over each chunk
    /// saved); the caller counts them, e.g. while decoding (decode_chunk with a count),
    /// and says so with add_lines() before the next call, so that `line` stays right.
    bool count_lines = true;
  };

  ndjson_chunker() = default;
  explicit ndjson_chunker(limits l) : lim_(l) { lim_.chunk_size = std::max<std::size_t>(lim_.chunk_size, 1); }

  /// The next chunk into `out` (whose string's storage is reused); false at
  /// the end of the input. `Chunk` is ndjson_chunk or ndjson_buffer_chunk.
  template <class Source, class Chunk> bool next(Source&& src, Chunk& out) {
    while (true) { // more than once only after a blank line too long to hold
      out.too_long = false;
      out.length = 0;
      out.offset = offset_;
      out.line = line_;
      if (skipping_) {
        if (skip(src, out)) return true;
        continue;
      }
      auto& t = out.text;
      t.resize(carry_.size()); // what the previous chunk left: a partial line, or after a long line, more
      if (!carry_.empty()) std::memcpy(t.data(), carry_.data(), carry_.size());
      std::size_t last_nl = std::string_view(t.data(), t.size()).find_last_of('\n');
      while (!eof_ && !(last_nl != std::string::npos && t.size() >= lim_.chunk_size)) {
        if (last_nl == std::string::npos && t.size() > lim_.max_line) break; // a line too long to hold
        // A chunk's worth; past it (one line longer than a chunk), double, up to max_line + 1.
        std::size_t want = t.size() < lim_.chunk_size ? lim_.chunk_size - t.size() : t.size();
        if (t.size() >= lim_.chunk_size) want = std::min(want, lim_.max_line + 1 - t.size());
        const std::size_t old = t.size();
        t.resize(old + want);
        const std::size_t got = src(t.data() + old, want);
        t.resize(old + got);
        if (got == 0) eof_ = true;
        const std::string_view added(t.data() + old, got);
        if (const std::size_t nl = added.find_last_of('\n'); nl != std::string_view::npos) last_nl = old + nl;
      }
      if (last_nl == std::string::npos && t.size() > lim_.max_line) { // skip it, without holding it
        skip_len_ = t.size();
        skip_blank_ = detail::is_blank_line(std::string_view(t.data(), t.size()));
        skipping_ = true;
        t.clear();
        carry_.clear();
        continue;
      }
      if (t.empty()) return false;                         // the end
      const std::size_t n = eof_ ? t.size() : last_nl + 1; // at the end, the last line may lack its '\n'
      carry_.assign(t.data() + n, t.size() - n);
      t.resize(n);
      if (t.capacity() - t.size() < padding) t.reserve(t.size() + padding); // every line can be read in place
      offset_ += n;
      if (!lim_.count_lines) {
        out.lines = 0;
        return true;
      }
      out.lines = ndjson_count_lines(t);
      line_ += out.lines;
      return true;
    }
  }

  /// With limits::count_lines false: the number of lines of the last chunk of lines
  /// (not too_long), counted by the caller; the next chunk's `line` follows them.
  void add_lines(std::size_t n) noexcept { line_ += n; }

  /// Bytes consumed so far (the offset of the next chunk).
  std::size_t offset() const noexcept { return offset_; }

private:
  // Reads on to the end of a line too long to hold, keeping none of it. True
  // with its too_long chunk in `out`; false when the line was blank (skipped).
  template <class Source, class Chunk> bool skip(Source& src, Chunk& out) {
    auto& t = out.text;
    bool ended = false;
    while (!ended && !eof_) {
      t.resize(lim_.chunk_size);
      const std::size_t got = src(t.data(), t.size());
      t.resize(got);
      if (got == 0) {
        eof_ = true;
        break;
      }
      const std::string_view read(t.data(), t.size());
      std::size_t i = read.find('\n');
      if (i != std::string_view::npos)
        ended = true;
      else
        i = read.size();
      if (skip_blank_) skip_blank_ = detail::is_blank_line(read.substr(0, i));
      skip_len_ += i;
      if (ended) carry_.assign(read.substr(i + 1));
    }
    t.clear();
    skipping_ = false;
    out.offset = offset_;
    out.line = line_;
    out.lines = 1;
    out.length = skip_len_;
    out.too_long = !skip_blank_;
    offset_ += skip_len_ + (ended ? 1 : 0);
    line_ += 1;
    return out.too_long;
  }

  limits lim_;
  std::string carry_;
  std::size_t offset_ = 0;
  std::size_t line_ = 1;
  bool eof_ = false;
  bool skipping_ = false;
  bool skip_blank_ = false;
  std::size_t skip_len_ = 0;
};

/// Cuts an NDJSON text held whole (a mapped file, a string) into chunks of
/// whole lines of about `chunk_size` bytes, as ndjson_chunker cuts a stream,
/// without copying: each chunk views the text, so that chunks can be decoded
/// on several threads with decode_chunk, each line read where it lies when
/// flowrun::padding bytes of the buffer follow it (only the last lines of a
/// text without padding are copied, by the decoder). A line longer than a
/// chunk is a chunk of its own. Linear: each byte is looked at most twice.
///
/// Example:
///   flowrun::ndjson_view_chunker chunker(flowrun::padded_view(text));
///   flowrun::ndjson_view_chunk chunk;
///   while (chunker.next(chunk))
///     flowrun::decode_chunk(dec, chunk, [](const flowrun::stream_item& it) { /* ... */ });
class ndjson_view_chunker {
public:
  struct limits {
    std::size_t chunk_size = std::size_t{1} << 20; ///< bytes per chunk (at least 1), unless a line is longer
    /// false: chunks come with `lines` 0, not counted; the caller counts them (decode_chunk
    /// with a count) and says so with add_lines() before the next call.
    bool count_lines = true;
  };

  explicit ndjson_view_chunker(padded_view text) noexcept : ndjson_view_chunker(text, limits{}) {}
  ndjson_view_chunker(padded_view text, limits l) noexcept : text_(text), lim_(l) {
    lim_.chunk_size = std::max<std::size_t>(lim_.chunk_size, 1);
  }

  /// The next chunk into `out`; false at the end of the text.
  bool next(ndjson_view_chunk& out) noexcept {
    const std::string_view s = text_.text();
    if (offset_ >= s.size()) return false;
    std::size_t end = s.size();
    if (s.size() - offset_ > lim_.chunk_size) {
      // After the last '\n' within a chunk's worth, else after the line that is longer.
      const std::size_t nl = s.substr(0, offset_ + lim_.chunk_size).rfind('\n');
      const std::size_t next =
          nl != std::string_view::npos && nl >= offset_ ? nl : s.find('\n', offset_ + lim_.chunk_size);
      end = next == std::string_view::npos ? s.size() : next + 1;
    }
    out.text = text_.part(offset_, end - offset_);
    out.offset = offset_;
    out.line = line_;
    out.too_long = false;
    out.length = 0;
    out.lines = lim_.count_lines ? ndjson_count_lines(out.text.text()) : 0;
    line_ += out.lines;
    offset_ = end;
    return true;
  }

  /// With limits::count_lines false: the number of lines of the last chunk, counted by
  /// the caller; the next chunk's `line` follows them.
  void add_lines(std::size_t n) noexcept { line_ += n; }

  /// Bytes given out so far (the offset of the next chunk).
  std::size_t offset() const noexcept { return offset_; }

private:
  padded_view text_;
  limits lim_;
  std::size_t offset_ = 0;
  std::size_t line_ = 1;
};

/// An ndjson_chunker source reading a std::FILE* (binary mode). After the
/// end, std::ferror(f) says whether it was an error.
struct ndjson_file_source {
  std::FILE* f;
  std::size_t operator()(char* dst, std::size_t n) const { return std::fread(dst, 1, n, f); }
};

/// An ndjson_chunker source reading a std::istream (opened in binary mode).
struct ndjson_stream_source {
  std::istream& in;
  std::size_t operator()(char* dst, std::size_t n) const {
    in.read(dst, static_cast<std::streamsize>(n));
    return static_cast<std::size_t>(in.gcount());
  }
};

namespace detail {

/// The error of a line longer than the decoder's max_size, as the decoder
/// itself reports one (too_large), at the line's start in stream coordinates.
template <class Chunk> error too_long_line_error(const Chunk& c, std::size_t limit) {
  error e = too_large_error(c.length, limit);
  e.offset = c.offset;
  e.line = c.line;
  return e;
}

// Calls f(item, line text) when f takes both, else f(item).
template <class F> void call_item(F& f, const stream_item& it, std::string_view line) {
  if constexpr (std::is_invocable_v<F&, const stream_item&, std::string_view>)
    f(it, line);
  else
    f(it);
}

// A chunk's text with the bytes its storage has to spare past it.
inline padded_view padded_of(const std::string& s) noexcept { return padded_view(s); }
inline padded_view padded_of(const ndjson_buffer& b) noexcept { return {b.data(), b.size(), b.capacity()}; }
inline padded_view padded_of(padded_view v) noexcept { return v; }

// `lines`, when given, receives how many lines the chunk holds (blank ones
// included): the count ndjson_count_lines gives, found while decoding.
template <class Decoder, class Chunk, class F>
stream_summary decode_chunk(Decoder& dec, const Chunk& c, F& f, std::size_t* lines = nullptr) {
  stream_summary s;
  if (c.too_long) {
    ++s.documents;
    const stream_item it{c.line, c.offset, result<workflow_run>(too_long_line_error(c, dec.options().max_size))};
    call_item(f, it, {});
    if (lines) *lines = 1;
    return s;
  }
  // Each line is read where it lies when flowrun::padding bytes of the
  // chunk's storage follow it (the chunker leaves them), copied otherwise.
  const padded_view whole = padded_of(c.text);
  const std::string_view view = whole.text();
  detail::ndjson_lines cut(view, c.line);
  std::size_t last_line = 0, last_end = 0; // the last non-blank line: its number and the offset of its end
  bool any = false;
  for (ndjson_line l; cut.next(l);) {
    any = true;
    last_line = l.line;
    last_end = l.end;
    ++s.documents;
    stream_item it{l.line, c.offset + l.offset, dec.decode_run(whole.part(l.offset, l.text.size()))};
    const std::string_view text = view.substr(l.offset, l.end - l.offset);
    if (it.run) {
      ++s.valid;
    } else {
      std::vector<error> errs(it.run.errors().begin(), it.run.errors().end());
      detail::rebase(errs, it.offset, l.line);
      it.run = result<workflow_run>(std::move(errs), it.run.omitted_errors());
    }
    call_item(f, std::as_const(it), text);
  }
  if (lines) {
    // The lines up to the last non-blank one, then the blank ones after it.
    const std::string_view text = view;
    const std::size_t tail = !any ? 0 : last_end < text.size() ? last_end + 1 : text.size();
    *lines = (any ? last_line - c.line + 1 : 0) + ndjson_count_lines(text.substr(tail));
  }
  return s;
}

} // namespace detail

/// Calls `f(const stream_item&)` for every run of a chunk, in order, with
/// lines and offsets of the whole input (as decoding the whole text with
/// `dec.runs` would give them). `Decoder` is flowrun::decoder or
/// flowrun::boost_decoder; the item views into `dec` (and into `c`) until the
/// next decode. The chunk is only read: flowrun::decoder reads each line where
/// it lies in the chunk's storage when flowrun::padding bytes of it follow the
/// line (a padded_view: the chunker leaves them), so that a long line is held
/// once, not twice.
template <class Decoder, class F> stream_summary decode_chunk(Decoder& dec, const ndjson_chunk& c, F&& f) {
  return detail::decode_chunk(dec, c, f);
}

/// decode_chunk that also says how many lines the chunk holds (into `lines`:
/// blank ones included, 1 for a too_long chunk), counted while decoding: the
/// numbering of the next chunk when the chunker does not count
/// (ndjson_chunker::limits::count_lines false). `f` may take the item and
/// the line's text (`f(const stream_item&, std::string_view)`: the line
/// without its '\n', empty for a too_long chunk), or the item only.
template <class Decoder, class F>
stream_summary decode_chunk(Decoder& dec, const ndjson_chunk& c, F&& f, std::size_t& lines) {
  return detail::decode_chunk(dec, c, f, &lines);
}

/// decode_chunk of an ndjson_buffer_chunk, as of an ndjson_chunk.
template <class Decoder, class F> stream_summary decode_chunk(Decoder& dec, const ndjson_buffer_chunk& c, F&& f) {
  return detail::decode_chunk(dec, c, f);
}

/// decode_chunk of an ndjson_buffer_chunk, with the count of its lines.
template <class Decoder, class F>
stream_summary decode_chunk(Decoder& dec, const ndjson_buffer_chunk& c, F&& f, std::size_t& lines) {
  return detail::decode_chunk(dec, c, f, &lines);
}

/// decode_chunk of an ndjson_view_chunk: each line read where it lies in the
/// caller's text when flowrun::padding bytes of it follow the line.
template <class Decoder, class F> stream_summary decode_chunk(Decoder& dec, const ndjson_view_chunk& c, F&& f) {
  return detail::decode_chunk(dec, c, f);
}

/// decode_chunk of an ndjson_view_chunk, with the count of its lines.
template <class Decoder, class F>
stream_summary decode_chunk(Decoder& dec, const ndjson_view_chunk& c, F&& f, std::size_t& lines) {
  return detail::decode_chunk(dec, c, f, &lines);
}

/// Decodes an NDJSON input of any size read from `src` (see ndjson_chunker),
/// calling `f(const stream_item&)` for every run in order, and returns the
/// counts. Lines, offsets and errors are those of `dec.runs(whole_text)`; a
/// line over `dec.options().max_size` is one too_large item and is never held
/// in memory whole. Memory stays about `chunk_size` plus the longest line.
///
/// Example:
///   std::ifstream in("export.ndjson", std::ios::binary);
///   flowrun::decoder dec;
///   flowrun::stream_summary s = flowrun::read_runs(dec, flowrun::ndjson_stream_source{in},
///       [](const flowrun::stream_item& it) {
///         if (!it.run) std::cerr << "line " << it.line << ": " << it.run.error().message << '\n';
///       });
///   std::cout << s.valid << " of " << s.documents << " runs are valid\n";
template <class Decoder, class Source, class F>
stream_summary read_runs(Decoder& dec, Source&& src, F&& f, std::size_t chunk_size = std::size_t{1} << 20) {
  // Lines counted while decoding, in a buffer never zero-filled (as flowrun check reads).
  ndjson_chunker chunker({.chunk_size = chunk_size, .max_line = dec.options().max_size, .count_lines = false});
  ndjson_buffer_chunk chunk;
  stream_summary total;
  while (chunker.next(src, chunk)) {
    std::size_t lines = 0;
    const stream_summary s = decode_chunk(dec, chunk, f, lines);
    if (!chunk.too_long) chunker.add_lines(lines);
    total.documents += s.documents;
    total.valid += s.valid;
  }
  return total;
}

} // namespace flowrun

#endif
