// How the fuzz targets read their input: the first byte chooses the document
// kind (bits 0-1: run, page, logs, NDJSON) and the options (bit 2 strict,
// bit 3 collect-all, bit 4 max_depth 8; bits 5-7 are left to a target:
// fuzz_roundtrip reads bit 5 as "write pretty"); the rest is the document.
#ifndef FLOWRUN_FUZZ_INPUT_HPP
#define FLOWRUN_FUZZ_INPUT_HPP

#include <flowrun/document.hpp>
#include <flowrun/options.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

struct fuzz_input {
  bool ndjson = false;                                  ///< an NDJSON stream of runs
  flowrun::document_kind kind = flowrun::document_kind::run; ///< else, one document of this kind
  flowrun::decode_options options;
  std::string_view text;
};

/// Splits a fuzzer input; false for the empty input.
inline bool read_fuzz_input(const std::uint8_t* data, std::size_t size, fuzz_input& out) {
  if (size == 0) return false;
  const std::uint8_t sel = data[0];
  out.ndjson = (sel & 3) == 3;
  out.kind = out.ndjson ? flowrun::document_kind::run : static_cast<flowrun::document_kind>(sel & 3);
  out.options.mode = (sel & 4) ? flowrun::decode_mode::strict : flowrun::decode_mode::compatible;
  out.options.errors = (sel & 8) ? flowrun::error_mode::collect_all : flowrun::error_mode::fail_fast;
  out.options.max_depth = (sel & 16) ? 8 : flowrun::decode_options{}.max_depth;
  out.text = std::string_view(reinterpret_cast<const char*>(data + 1), size - 1);
  return true;
}

#endif
