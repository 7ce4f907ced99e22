// Helpers shared by the test files: fixtures on disk, a compact valid run to
// derive cases from, and an assertion on a result's first error.
#ifndef FLOWRUN_TESTS_SUPPORT_HPP
#define FLOWRUN_TESTS_SUPPORT_HPP

#include <flowrun/error.hpp>
#include <flowrun/padded.hpp>
#include <flowrun/result.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef FLOWRUN_EXAMPLES_DIR
#define FLOWRUN_EXAMPLES_DIR "examples"
#endif
#ifndef FLOWRUN_TEST_DATA_DIR
#define FLOWRUN_TEST_DATA_DIR "tests/data"
#endif

namespace flowrun_test {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream f(path, std::ios::binary);
  EXPECT_TRUE(f.good()) << path;
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

/// One of the API's example bodies (examples/NAME).
inline std::string example(const char* name) { return read_file(std::filesystem::path(FLOWRUN_EXAMPLES_DIR) / name); }

struct named_text {
  std::string name;
  std::string text;
};

/// Every file of tests/data/JSONTestSuite/SUB, sorted by name.
inline std::vector<named_text> json_test_suite(const char* sub) {
  std::vector<named_text> out;
  const auto dir = std::filesystem::path(FLOWRUN_TEST_DATA_DIR) / "JSONTestSuite" / sub;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    out.push_back({entry.path().filename().string(), read_file(entry.path())});
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

/// A valid run in compact form; tests derive invalid ones by replacing text.
inline const std::string kRun =
    R"({"id":"fl_run_a1b2c3d4e5f6g7h8","status":"completed","error_message":null,)"
    R"("started_at":"2025-10-31T12:00:00.000000Z","completed_at":"2025-10-31T12:00:05.000000Z",)"
    R"("duration_in_seconds":5,"logs":[{"id":"fl_log_a1b2c3d4e5f6g7h8","node_id":"n2",)"
    R"("component_id":"webhook","status":"success","output":{"status":200,"body":{"message":"ok"}},)"
    R"("created_at":"2025-10-31T12:00:02.000000Z"}]})";

/// `text` copied into `buf`, then `end` (the byte a padded text's reader looks
/// at first) and `fill` repeated to flowrun::padding bytes past the text: a
/// padded_view of it, for reading the text in place past hostile padding.
inline flowrun::padded_view padded_copy(std::string& buf, std::string_view text, char end, std::string_view fill) {
  buf.assign(text);
  buf += end;
  while (buf.size() < text.size() + flowrun::padding) buf += fill;
  return flowrun::padded_view(buf.data(), text.size(), buf.size());
}

/// `s` with the first `from` replaced by `to` (a missing `from` fails the test).
inline std::string replace(std::string s, std::string_view from, std::string_view to) {
  const auto at = s.find(from);
  EXPECT_NE(at, std::string::npos) << "fixture lacks " << from;
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

/// The parts appended in order: cat("[", n, "]"). GCC 12 at -O3 warns that
/// `"literal" + std::string` may overlap in a memcpy (-Wrestrict, a false
/// positive: GCC bug 105651); appending to a std::string never does.
template <class... Parts> std::string cat(const Parts&... parts) {
  std::string s;
  ((s += parts), ...);
  return s;
}

/// The result failed, its first error has this code and pointer, and a message.
template <class T>
::testing::AssertionResult fails_with(const flowrun::result<T>& r, flowrun::error_code code, std::string_view pointer) {
  if (r) return ::testing::AssertionFailure() << "decoded, expected " << to_string(code) << " at " << pointer;
  const auto& e = r.error();
  if (e.code != code || e.pointer != pointer)
    return ::testing::AssertionFailure() << "got " << to_string(e.code) << " at '" << e.pointer << "' (" << e.message
                                         << "), expected " << to_string(code) << " at '" << pointer << "'";
  if (e.message.empty()) return ::testing::AssertionFailure() << "empty message";
  return ::testing::AssertionSuccess();
}

} // namespace flowrun_test

#endif
