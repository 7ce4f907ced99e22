// flowrun: the umbrella header. The core value types, findings, the writer (plain and
// RFC 8785 canonical), chunked NDJSON reading, plus the simdjson decoder
// (flowrun/decoder.hpp) and the one-call owned decode (decode.hpp).
//
// Example:
//   #include <flowrun/flowrun.hpp>
//   flowrun::decoder dec;
//   auto r = dec.decode_run(R"({"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"})");
//   assert(r && r->status == flowrun::run_status::running);
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_FLOWRUN_HPP
#define FLOWRUN_FLOWRUN_HPP

#include <flowrun/version.hpp>

#include <flowrun/canonical.hpp>
#include <flowrun/decode.hpp>
#include <flowrun/decoder.hpp>
#include <flowrun/error.hpp>
#include <flowrun/findings.hpp>
#include <flowrun/id.hpp>
#include <flowrun/locate_pointer.hpp>
#include <flowrun/ndjson_reader.hpp>
#include <flowrun/options.hpp>
#include <flowrun/padded.hpp>
#include <flowrun/result.hpp>
#include <flowrun/sniff.hpp>
#include <flowrun/status.hpp>
#include <flowrun/timestamp.hpp>
#include <flowrun/types.hpp>
#include <flowrun/write.hpp>

#endif
