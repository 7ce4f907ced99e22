// flowrun: the simdjson path, as users have included it: flowrun::decoder
// (flowrun/decoder.hpp), flowrun::run_stream and simdjson itself.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_SIMDJSON_HPP
#define FLOWRUN_SIMDJSON_HPP

#include <flowrun/decoder.hpp>

#include <simdjson.h>

#endif
