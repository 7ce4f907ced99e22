#include "pipeline.hpp"

#include "limits.hpp"
#include "progress.hpp"

#include <flowrun/ndjson_reader.hpp>
#include <flowrun/simdjson.hpp>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <new>
#include <thread>
#include <utility>

namespace flowrun_cli {

namespace {

enum class task_type { whole, ndjson_start, chunk, ndjson_end, unreadable };

// A unit of work, in input order: a whole document, or a chunk of NDJSON lines.
struct task {
  task_type type = task_type::whole;
  std::size_t input = 0;
  doc_kind kind = doc_kind::automatic; // whole: as asked (auto: sniffed when decoded)
  flowrun::ndjson_buffer_chunk chunk;  // chunk (read into without zero-filling)
  flowrun::ndjson_view_chunk view;     // chunk of a mapped file (`map`): lines where they lie
  std::shared_ptr<mapped_file> map;
  std::string whole;                   // whole: the document
  std::string too_large;               // whole: the too_large message of an input over --max-size (not kept)
  std::string error;                   // unreadable, or ndjson_end after a read error
  piece result;
  std::size_t bytes = 0;        // for the progress line
  std::exception_ptr failure;   // thrown while decoding (bad_alloc)
  std::size_t* lines = nullptr; // chunk: where to say how many lines it held (one thread: numbers the next)
  bool done = false;

  std::size_t text_size() const noexcept { return chunk.text.size() + view.text.text().size() + whole.size(); }
};

flowrun::decoder make_decoder(const options& o) {
  return flowrun::decoder(flowrun::decode_options{
      .mode = o.strict ? flowrun::decode_mode::strict : flowrun::decode_mode::compatible,
      .errors = flowrun::error_mode::collect_all,
      .max_size = o.max_size,
      .max_errors = o.max_errors,
  });
}

struct worker_state {
  flowrun::decoder dec;
  std::unique_ptr<handler> h;
  worker_state(const options& o, const handler_factory& make) : dec(make_decoder(o)), h(make()) {}
};

// Sets char_column (code points from the start of the line) of problems sorted
// by offset, from `text`, which starts at byte `base` of the file. One pass:
// problems on one line continue the count of the previous one.
void set_char_columns(std::vector<problem>& list, std::string_view text, std::size_t base) {
  std::size_t at = 0, count = 1, line_start = static_cast<std::size_t>(-1);
  for (problem& p : list) {
    if (p.offset < base || p.offset - base > text.size() || p.column == 0 || p.offset - base < p.column - 1) continue;
    const std::size_t end = p.offset - base;
    const std::size_t start = end - (p.column - 1);
    if (start != line_start || end < at) {
      line_start = start;
      at = start;
      count = 1;
    }
    for (; at < end; ++at) count += (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
    p.char_column = count;
  }
}

// A document followed by another root value: perhaps NDJSON read as one document.
void hint_ndjson(piece& p, std::string_view text) {
  if (p.problems.size() == 1 && p.problems[0].code == "trailing_content" && p.problems[0].offset < text.size() &&
      (text[p.problems[0].offset] == '{' || text[p.problems[0].offset] == '['))
    p.problems[0].message += " (if this is NDJSON, one run per line, use --kind=ndjson)";
}

// NDJSON is read in chunks, never whole; a kind not yet sniffed reads as a run.
void decode_whole(worker_state& w, piece& p, const place& at) {
  const auto kind = flowrun::parse_document_kind(kind_name(p.kind)).value_or(flowrun::document_kind::run);
  w.h->add(p, at, w.dec.decode(kind, at.text));
}

void process(task& t, worker_state& w, const options& o, std::string_view file) {
  piece& p = t.result;
  if (t.type == task_type::whole) {
    const std::string_view text = t.whole;
    if (!t.too_large.empty()) {
      p.kind = t.kind == doc_kind::automatic ? doc_kind::run : t.kind;
      w.h->add(p, place{file, {}},
               flowrun::result<flowrun::workflow_run>(
                   flowrun::error{flowrun::error_code::too_large, "", 0, 1, 1, t.too_large}));
      return;
    }
    p.kind = t.kind == doc_kind::automatic ? sniff_kind(text) : t.kind;
    decode_whole(w, p, place{file, text});
    if (t.kind == doc_kind::automatic) hint_ndjson(p, text);
    set_char_columns(p.problems, text, 0);
  } else if (t.type == task_type::chunk) {
    p.kind = doc_kind::ndjson;
    std::size_t lines = 0;
    const auto decode = [&](const auto& c, std::string_view text) { // each line read in place
      flowrun::decode_chunk(
          w.dec, c,
          [&](const flowrun::stream_item& it, std::string_view line) {
            w.h->add(p, place{file, line, it.offset, it.line}, it.run);
          },
          lines);
      if (!c.too_long) set_char_columns(p.problems, text, c.offset);
    };
    if (t.map)
      decode(t.view, t.view.text.text());
    else
      decode(t.chunk, t.chunk.text);
    if (t.lines) *t.lines = lines;
  }
  // A decoder keeps the buffers of the longest document it has seen: after
  // a long one, a fresh decoder gives the memory back.
  if (t.text_size() > long_document) w.dec = make_decoder(o);
}

// Runs tasks on `jobs` threads (on the calling thread for 1) and hands each
// to `consume`, on the calling thread, in the order submitted. At most
// tasks_per_job tasks per thread are in flight, so memory stays bounded.
class scheduler {
public:
  using consumer = std::function<void(task&)>;

  scheduler(const options& o, const std::vector<input>& inputs, const handler_factory& make, consumer c)
      : o_(o), inputs_(inputs), make_(make), jobs_(std::max(o.jobs, 1u)), window_(tasks_per_job * jobs_),
        consume_(std::move(c)) {
    if (jobs_ == 1) {
      inline_ = std::make_unique<worker_state>(o_, make_);
      return;
    }
    for (unsigned i = 0; i < jobs_; ++i) threads_.emplace_back([this] { work(); });
  }
  ~scheduler() { stop(); }
  scheduler(const scheduler&) = delete;
  scheduler& operator=(const scheduler&) = delete;

  // A task, with spare buffers for its text and its output.
  std::unique_ptr<task> fresh(std::size_t input) {
    auto t = std::make_unique<task>();
    t->input = input;
    reuse(spare_text_, t->chunk.text);
    reuse(spare_out_, t->result.out);
    return t;
  }

  void submit(std::unique_ptr<task> t) {
    const bool work = t->type == task_type::whole || t->type == task_type::chunk;
    if (jobs_ == 1) {
      if (work) process(*t, *inline_, o_, inputs_[t->input].name);
      finish(*t);
      return;
    }
    const std::size_t bytes = t->text_size();
    drain(window_ - 1, bytes); // room for it first
    {
      std::lock_guard<std::mutex> l(m_);
      if (!work) t->done = true;
      if (work) todo_.push_back(t.get());
      inflight_bytes_ += t->text_size();
      inflight_.push_back(std::move(t));
    }
    if (work) todo_cv_.notify_one();
    // A long document is decoded alone and nothing is read ahead of it, so at
    // most one is held at a time (memory: about its size three times over).
    if (work && bytes >= long_document) drain(0, 0);
  }

  // Whether a task is decoded within submit(), on the calling thread (--jobs 1).
  bool inline_decode() const noexcept { return jobs_ == 1; }

  // Every task consumed.
  void flush() {
    if (jobs_ > 1) drain(0, 0);
  }

private:
  void work() {
    worker_state w(o_, make_);
    while (true) {
      task* t = nullptr;
      {
        std::unique_lock<std::mutex> l(m_);
        todo_cv_.wait(l, [&] { return stopping_ || !todo_.empty(); });
        if (todo_.empty()) return;
        t = todo_.front();
        todo_.pop_front();
      }
      try {
        process(*t, w, o_, inputs_[t->input].name);
      } catch (...) {
        t->failure = std::current_exception();
      }
      {
        std::lock_guard<std::mutex> l(m_);
        t->done = true;
      }
      done_cv_.notify_all();
    }
  }

  // Consumes finished tasks in order until at most `keep` are in flight,
  // with room for `incoming` more bytes of text within inflight_budget (a task
  // larger than the budget waits for all others: a long line is decoded alone).
  void drain(std::size_t keep, std::size_t incoming) {
    while (true) {
      std::unique_ptr<task> head;
      {
        std::unique_lock<std::mutex> l(m_);
        if (inflight_.empty()) return;
        const bool over = inflight_.size() > keep || inflight_bytes_ + incoming > inflight_budget;
        if (!over && !inflight_.front()->done) return;
        done_cv_.wait(l, [&] { return inflight_.front()->done; });
        head = std::move(inflight_.front());
        inflight_.pop_front();
        inflight_bytes_ -= head->text_size();
      }
      finish(*head);
    }
  }

  void finish(task& t) {
    if (t.failure) std::rethrow_exception(t.failure);
    consume_(t);
    if (t.map) { // tasks finish in order: what comes before this chunk's end is done with
      t.map->release_before(t.view.offset + t.view.text.text().size());
      t.map.reset();
    }
    keep(spare_text_, t.chunk.text);
    keep(spare_out_, t.result.out);
  }

  // Buffers serve the next tasks (reallocated, a megabyte each, they would
  // cost a page fault per page), unless a long document made them large.
  template <class Buffer> void keep(std::vector<Buffer>& spare, Buffer& buffer) const {
    if (spare.size() < window_ + 2 && buffer.capacity() <= long_document) spare.push_back(std::move(buffer));
  }
  template <class Buffer> static void reuse(std::vector<Buffer>& spare, Buffer& buffer) {
    if (spare.empty()) return;
    buffer = std::move(spare.back());
    buffer.clear();
    spare.pop_back();
  }

  void stop() {
    {
      std::lock_guard<std::mutex> l(m_);
      stopping_ = true;
      todo_.clear();
    }
    todo_cv_.notify_all();
    for (std::thread& th : threads_) th.join();
    threads_.clear();
  }

  const options& o_;
  const std::vector<input>& inputs_;
  const handler_factory& make_;
  unsigned jobs_;
  std::size_t window_;
  std::size_t inflight_bytes_ = 0;
  consumer consume_;
  std::unique_ptr<worker_state> inline_;
  std::mutex m_;
  std::condition_variable todo_cv_, done_cv_;
  std::deque<task*> todo_;
  std::deque<std::unique_ptr<task>> inflight_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
  std::vector<flowrun::ndjson_buffer> spare_text_;
  std::vector<std::string> spare_out_;
};

// Reads one input into tasks: one whole document, or NDJSON chunks between a
// start and an end, or an unreadable input.
void read_input(scheduler& work, const options& o, const input& in, std::size_t index) {
  std::unique_ptr<task> t = work.fresh(index);
  if (!in.error.empty()) {
    t->type = task_type::unreadable;
    t->error = in.error;
    work.submit(std::move(t));
    return;
  }
  open_file file(in);
  if (!file.get()) {
    t->type = task_type::unreadable;
    t->error = std::strerror(errno);
    work.submit(std::move(t));
    return;
  }
  if (kind_by_name(o.kind, in) == doc_kind::ndjson) {
    // A line over --max-size is skipped to its end without being held: the
    // bound is per line, and the stream is read to its end (a device without
    // line ends, /dev/zero, is read for ever, in bounded memory).
    t->type = task_type::ndjson_start;
    work.submit(std::move(t));
    // On one thread, each chunk is decoded before the next is read: the decode
    // counts its lines, which number the next chunk (no pass to count them).
    const bool inline_decode = work.inline_decode();
    std::size_t lines = 0;
    // Submits the chunks `next` puts into fresh tasks (false at the end).
    const auto submit_chunks = [&](auto& chunker, auto&& next) {
      while (true) {
        t = work.fresh(index);
        t->type = task_type::chunk;
        if (!next(*t)) break;
        const bool too_long = t->chunk.too_long; // never a mapped chunk
        if (inline_decode) t->lines = &lines;
        work.submit(std::move(t));
        if (inline_decode && !too_long) chunker.add_lines(lines); // decoded by now
      }
    };
    if (const std::shared_ptr<mapped_file> map = mapped_file::map(file.get(), in)) {
      // A regular file: its lines decoded where they lie in the mapping. A line
      // over --max-size is not held either: the decoder refuses it by its length.
      flowrun::ndjson_view_chunker chunker(map->text(), {.chunk_size = chunk_size, .count_lines = !inline_decode});
      submit_chunks(chunker, [&](task& c) {
        if (!chunker.next(c.view)) return false;
        c.map = map;
        c.bytes = c.view.text.text().size();
        return true;
      });
    } else {
      flowrun::ndjson_chunker chunker(
          {.chunk_size = chunk_size, .max_line = o.max_size, .count_lines = !inline_decode});
      submit_chunks(chunker, [&](task& c) {
        if (!chunker.next(flowrun::ndjson_file_source{file.get()}, c.chunk)) return false;
        c.bytes = c.chunk.too_long ? c.chunk.length : c.chunk.text.size();
        return true;
      });
    }
    t->type = task_type::ndjson_end;
    if (std::ferror(file.get())) t->error = "read error";
    work.submit(std::move(t));
    return;
  }
  whole_read r = read_whole(file.get(), o.max_size, t->whole);
  t->type = r.error.empty() ? task_type::whole : task_type::unreadable;
  t->kind = o.kind;
  t->error = std::move(r.error);
  t->too_large = std::move(r.too_large);
  t->bytes = r.bytes;
  work.submit(std::move(t));
}

} // namespace

int run_pipeline(const options& o, const std::vector<input>& inputs, const handler_factory& make_handler, sink& out,
                 bool progress_enabled) {
  run_totals totals;
  const bool stdout_tty = isatty(STDOUT_FILENO) == 1;
  progress_line progress(progress_enabled, total_size(inputs));
  const auto unreadable = [&](const input& in, const std::string& why) {
    ++totals.unreadable;
    progress.clear();
    report_unreadable_on_stderr(in.name, why);
    out.unreadable(in, why);
  };
  const auto consume = [&](task& t) {
    const input& in = inputs[t.input];
    const piece& p = t.result;
    totals.documents += p.documents;
    totals.valid += p.valid;
    totals.findings += p.findings;
    if ((stdout_tty && (!p.problems.empty() || !p.out.empty())) || !p.err.empty()) progress.clear();
    switch (t.type) {
    case task_type::whole:
      out.begin(in, p.kind);
      out.add(in, p);
      out.end(in);
      break;
    case task_type::ndjson_start: out.begin(in, doc_kind::ndjson); break;
    case task_type::chunk: out.add(in, p); break;
    case task_type::ndjson_end:
      out.end(in);
      if (!t.error.empty()) unreadable(in, t.error);
      break;
    case task_type::unreadable: unreadable(in, t.error); break;
    }
    progress.advance(t.bytes, p.documents);
  };
  {
    scheduler work(o, inputs, make_handler, consume);
    for (std::size_t i = 0; i < inputs.size(); ++i) read_input(work, o, inputs[i], i);
    work.flush();
  }
  progress.clear();
  out.finish(totals);
  std::fflush(stdout);
  return exit_status(totals.unreadable, totals.valid == totals.documents);
}

} // namespace flowrun_cli
