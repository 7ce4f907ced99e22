// The README's Boost.JSON snippets, compiled and run by the test suite.
#include <flowrun/boost_json.hpp>

#include <boost/json.hpp>

// Its checks run in every build, release (NDEBUG) included: this is a test.
#undef NDEBUG
#include <cassert>
#include <iostream>
#include <string_view>

int main() {
  const std::string_view text =
      R"({"id":"fl_run_a1","status":"completed","started_at":"2025-10-31T12:00:00Z","completed_at":null})";
  // [boost]
  // The same contract through Boost.JSON: same options, codes and pointers.
  flowrun::boost_decoder reference;
  flowrun::result<flowrun::workflow_run> run = reference.decode_run(text);

  // For code that already holds a boost::json::value (a DOM has kept only
  // the last of duplicate keys: decode text when that matters).
  boost::json::value jv = boost::json::parse(text);
  auto kept = boost::json::value_to<flowrun::owned<flowrun::workflow_run>>(jv);
  boost::json::value back = boost::json::value_from(kept);
  std::cout << boost::json::serialize(back) << '\n';
  // [boost]
  assert(run && kept->id == run->id && back.at("status") == "completed");
  auto bad = boost::json::try_value_to<flowrun::owned<flowrun::workflow_run>>(boost::json::parse("{}"));
  assert(!bad && bad.error() == flowrun::error_code::missing_field);
  return 0;
}
