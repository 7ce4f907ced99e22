// libFuzzer target: the simdjson decoder on arbitrary bytes.
//
// Besides "never crash", it checks what must hold for every input:
// - an error's offset lies in the input and its line:column match the offset;
// - a well-formedness error comes alone, and the strict locator (an
//   independent RFC 8259 scanner) agrees on code and offset;
// - when the decoder accepts the text as JSON (a value or schema errors only),
//   the locator finds no problem in it either;
// - an owning copy of a decoded value equals the decoded value itself (not a
//   copy of a copy), and still writes the same JSON once the decoder that made
//   the value has decoded another text and once it is gone (no view left
//   pointing into it).
// The input's layout is in fuzz_input.hpp.
#include <flowrun/detail/locate.hpp>
#include <flowrun/flowrun.hpp>
#include <flowrun/write.hpp>

#include "fuzz_input.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace {

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_decode: invariant failed: %s\n", what);
    std::abort();
  }
}

template <class T> bool same_value(const T& a, const T& b) {
  if constexpr (std::is_same_v<T, flowrun::log_list>)
    return std::ranges::equal(a, b);
  else
    return a == b;
}

// Decodes `text` again on a decoder of its own, takes an owning copy, then
// reuses and destroys the decoder: the copy must equal the value it was made
// from, and write the same JSON afterwards (a view left into the decoder reads
// overwritten bytes, and under ASan a freed buffer).
template <class Decode>
void check_ownership(Decode decode, std::string_view text, const flowrun::decode_options& options) {
  std::optional<flowrun::decoder> dec(std::in_place, options);
  const auto r = decode(*dec, text);
  check(r.has_value(), "a second decoder decodes the same text");
  auto kept = flowrun::to_owned(*r);
  check(same_value(*kept, *r), "the owning copy equals the decoded value");
  const auto copy = kept;
  check(same_value(*copy, *r), "a copy of the owning copy equals the decoded value");
  std::string before;
  check(!flowrun::write_json(before, *r), "a decoded value always writes");
  // Reused on a text of the same length, the decoder overwrites its copy of
  // the input (where unescaped strings are viewed); then it is destroyed.
  (void)(*dec).decode_run(std::string(text.size(), ' '));
  std::string after;
  check(!flowrun::write_json(after, *kept), "an owning copy of a decoded value always writes");
  check(after == before, "the owning copy writes the same JSON once its decoder is reused");
  dec.reset();
  after.clear();
  check(!flowrun::write_json(after, *kept), "an owning copy of a decoded value always writes");
  check(after == before, "the owning copy writes the same JSON once its decoder is gone");
  std::string moved_text;
  const auto moved = std::move(kept);
  check(!flowrun::write_json(moved_text, *moved), "a moved owning copy always writes");
  check(moved_text == before, "a moved owning copy writes the same JSON");
}

template <class T, class Decode>
void check_result(const flowrun::result<T>& r, std::string_view text, const flowrun::decode_options& options,
                  Decode decode) {
  const std::size_t max_depth = options.max_depth;
  const auto problem = flowrun::detail::locate_json_problem(text, max_depth);
  if (r) {
    check(!problem.found, "decoded, but the locator finds malformed JSON");
    check_ownership(decode, text, options);
    return;
  }
  const auto errs = r.errors();
  check(!errs.empty(), "failure without errors");
  for (const auto& e : errs) {
    check(static_cast<int>(e.code) >= 1 && static_cast<int>(e.code) <= flowrun::error_code_count, "code in range");
    check(e.offset <= text.size(), "offset inside the input");
    check(e.pointer.empty() || e.pointer[0] == '/', "pointer syntax");
    check(!e.message.empty(), "message");
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < e.offset; ++i) {
      if (text[i] == '\n')
        ++line, col = 1;
      else
        ++col;
    }
    check(e.line == line && e.column == col, "line and column match the offset");
  }
  for (std::size_t i = 1; i < errs.size(); ++i) check(errs[i - 1].offset <= errs[i].offset, "document order");
  if (flowrun::is_well_formedness_error(errs[0].code)) {
    check(errs.size() == 1, "a well-formedness error comes alone");
    if (errs[0].code != flowrun::error_code::too_large) {
      check(problem.found, "the locator finds the problem too");
      check(problem.code == errs[0].code, "same well-formedness code as the locator");
    }
  } else {
    check(!problem.found, "schema errors only for well-formed JSON");
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz_input in;
  if (!read_fuzz_input(data, size, in)) return 0;
  const std::string_view text = in.text;
  static flowrun::decoder dec; // reused across inputs, as users do
  dec.set_options(in.options);
  if (in.ndjson) {
    for (const auto& item : dec.runs(text)) {
      check(item.offset < text.size() && item.line >= 1, "stream item position");
      if (!item.run)
        for (const auto& e : item.run.errors())
          check(e.offset >= item.offset && e.offset <= text.size(), "stream offsets");
    }
    return 0;
  }
  switch (in.kind) {
  case flowrun::document_kind::run:
    check_result(dec.decode_run(text), text, in.options,
                 [](flowrun::decoder& d, std::string_view t) { return d.decode_run(t); });
    break;
  case flowrun::document_kind::page:
    check_result(dec.decode_run_page(text), text, in.options,
                 [](flowrun::decoder& d, std::string_view t) { return d.decode_run_page(t); });
    break;
  case flowrun::document_kind::logs:
    check_result(dec.decode_logs(text), text, in.options,
                 [](flowrun::decoder& d, std::string_view t) { return d.decode_logs(t); });
    break;
  }
  return 0;
}
