// Header-only / ODR check, part two (see odr_a.cpp). Starts with number.hpp,
// which proves that header self-contained too.
#include <flowrun/detail/number.hpp>

#include <flowrun/flowrun.hpp>
#ifdef FLOWRUN_ODR_BOOST
#include <flowrun/boost_json.hpp> // in both units too: any non-inline definition fails the link
#endif

#include <string>
#include <string_view>

int odr_b_decode(std::string_view json);
std::string odr_b_category_name();
const void* odr_b_category_address();

// The number of logs of a run, or -(error code).
int odr_b_decode(std::string_view json) {
  flowrun::decoder dec({.mode = flowrun::decode_mode::compatible});
  auto r = dec.decode_run(json);
  if (!r) return -static_cast<int>(r.error().code);
  return static_cast<int>(r->logs.size());
}

std::string odr_b_category_name() { return flowrun::error_category().name(); }

const void* odr_b_category_address() { return &flowrun::error_category(); }
