#include "progress.hpp"

#include "limits.hpp"
#include "report.hpp"

#include <cmath>
#include <cstdio>
#include <iterator>
#include <string>

namespace flowrun_cli {

namespace {

constexpr auto quiet_start = std::chrono::seconds(1);         // short runs show nothing
constexpr auto redraw_every = std::chrono::milliseconds(250); // not faster than a person reads
constexpr int seconds_per_minute = 60;

std::string human_bytes(double b) {
  static constexpr const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  std::size_t u = 0;
  while (b >= kib && u + 1 < std::size(units)) {
    b /= kib;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", b, units[u]);
  return buf;
}

} // namespace

void progress_line::advance(std::size_t bytes, std::size_t documents) {
  bytes_ += bytes;
  documents_ += documents;
  if (!enabled_ || bytes_ == 0) return;
  const auto now = clock::now();
  if (now - start_ < quiet_start) return;
  if (shown_ && now - last_ < redraw_every) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double rate = static_cast<double>(bytes_) / secs;
  std::string line = "\rflowrun: " + human_bytes(static_cast<double>(bytes_));
  if (total_ > 0) {
    line += " of " + human_bytes(static_cast<double>(total_));
    if (bytes_ <= total_) {
      char pct[16];
      std::snprintf(pct, sizeof pct, " (%.0f%%)", 100.0 * static_cast<double>(bytes_) / static_cast<double>(total_));
      line += pct;
    }
  }
  line +=
      ", " + std::to_string(documents_) + (documents_ == 1 ? " document, " : " documents, ") + human_bytes(rate) + "/s";
  if (total_ > bytes_ && rate > 0) {
    const auto left = static_cast<long long>(std::ceil(static_cast<double>(total_ - bytes_) / rate));
    const long long sec = left % seconds_per_minute;
    line += ", ETA " + std::to_string(left / seconds_per_minute) + ":" + (sec < 10 ? "0" : "") + std::to_string(sec);
  }
  line += "\x1b[K";
  write_out(stderr, line);
  std::fflush(stderr);
  shown_ = true;
}

void progress_line::clear() {
  if (!shown_) return;
  write_out(stderr, "\r\x1b[K");
  std::fflush(stderr);
  shown_ = false;
}

} // namespace flowrun_cli
