// libFuzzer target: the simdjson decoder on arbitrary bytes.
//
// Besides "never crash", it checks what must hold for every input:
// - an error's offset lies in the input and its line:column match the offset;
// - a well-formedness error comes alone, and the strict locator (an
//   independent RFC 8259 scanner) agrees on code and offset;
// - when the decoder accepts the text as JSON (a value or schema errors only),
//   the locator finds no problem in it either;
// - an owning copy of a decoded value equals the value.
// The first byte chooses the document kind and the options; the rest is the document.
#include <flowrun/detail/locate.hpp>
#include <flowrun/flowrun.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string_view>

namespace {

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_decode: invariant failed: %s\n", what);
    std::abort();
  }
}

template <class T> void check_result(const flowrun::result<T>& r, std::string_view text, std::size_t max_depth) {
  const auto problem = flowrun::detail::locate_json_problem(text, max_depth);
  if (r) {
    check(!problem.found, "decoded, but the locator finds malformed JSON");
    check(flowrun::to_owned(*r) == flowrun::to_owned(*r), "owned copies differ");
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
      if (text[i] == '\n') ++line, col = 1;
      else ++col;
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
  if (size == 0) return 0;
  const std::uint8_t sel = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  flowrun::decode_options o;
  o.mode = (sel & 4) ? flowrun::decode_mode::strict : flowrun::decode_mode::compatible;
  o.errors = (sel & 8) ? flowrun::error_mode::collect_all : flowrun::error_mode::fail_fast;
  if (sel & 16) o.max_depth = 8;
  static flowrun::decoder dec; // reused across inputs, as users do
  dec.set_options(o);
  switch (sel & 3) {
  case 0: check_result(dec.decode_run(text), text, o.max_depth); break;
  case 1: check_result(dec.decode_run_page(text), text, o.max_depth); break;
  case 2: check_result(dec.decode_logs(text), text, o.max_depth); break;
  default:
    for (const auto& item : dec.runs(text)) {
      check(item.offset < text.size() && item.line >= 1, "stream item position");
      if (!item.run)
        for (const auto& e : item.run.errors()) check(e.offset >= item.offset && e.offset <= text.size(), "stream offsets");
    }
  }
  return 0;
}
