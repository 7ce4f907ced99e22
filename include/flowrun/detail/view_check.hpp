// flowrun internals: checked builds stop a decoded value from being used after
// its decoder has moved on.
//
// A decoder's values view its memory until its next decode. In a checked build
// (FLOWRUN_CHECKED, on by default when NDEBUG is not defined: see config.hpp)
// each decode takes a ticket (the decoder's serial, and how many documents it
// has decoded), the result<T> it returns keeps it, and every access to the
// value through that result asks the registry whether the ticket is still
// current. A release build takes no ticket (0: nothing to check) and never
// calls the registry; the ticket's 16 bytes are in every build, so translation
// units built with and without NDEBUG agree on result<T>'s layout.
#ifndef FLOWRUN_DETAIL_VIEW_CHECK_HPP
#define FLOWRUN_DETAIL_VIEW_CHECK_HPP

#include <flowrun/config.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <utility>

namespace flowrun::detail {

/// Which decode a value views: its decoder's serial and the number of that
/// decoder's decode. decoder == 0: nothing to check (an owned value, an error,
/// a release build).
struct view_ticket {
  std::uint64_t decoder = 0;
  std::uint64_t decode = 0;
};

/// The decoders alive in a checked build, and the decode each is on.
class view_registry {
public:
  static std::uint64_t open() {
    state& s = get();
    const std::lock_guard<std::mutex> lock(s.m);
    const std::uint64_t serial = ++s.serials;
    s.live.emplace(serial, 0);
    return serial;
  }
  static void close(std::uint64_t decoder) {
    state& s = get();
    const std::lock_guard<std::mutex> lock(s.m);
    s.live.erase(decoder);
  }
  /// The ticket of the decoder's next decode; every earlier ticket goes stale.
  static view_ticket next(std::uint64_t decoder) {
    state& s = get();
    const std::lock_guard<std::mutex> lock(s.m);
    return {decoder, ++s.live[decoder]};
  }
  /// Why the ticket's value is gone, or nullptr when it is current.
  static const char* stale(view_ticket t) {
    if (t.decoder == 0) return nullptr;
    state& s = get();
    const std::lock_guard<std::mutex> lock(s.m);
    const auto it = s.live.find(t.decoder);
    if (it == s.live.end()) return "its decoder has been destroyed";
    if (it->second != t.decode) return "its decoder has decoded another document since";
    return nullptr;
  }

private:
  struct state {
    std::mutex m;
    std::unordered_map<std::uint64_t, std::uint64_t> live; // decoder serial -> its latest decode
    std::uint64_t serials = 0;
  };
  // Never destroyed: a decoder with static storage may outlive any other static.
  static state& get() {
    static state* const s = new state;
    return *s;
  }
};

/// A decoder's identity for the checks: a serial registered while it lives (in
/// checked builds), a fresh one for a copy, carried along by a move.
class view_source {
public:
  view_source() noexcept = default;
  view_source(const view_source&) noexcept {}
  view_source(view_source&& o) noexcept : serial_(std::exchange(o.serial_, 0)) {}
  // Assigned, a decoder's memory is another's copy: what it returned before is gone.
  view_source& operator=(const view_source& o) noexcept {
    if (this != &o) release();
    return *this;
  }
  view_source& operator=(view_source&& o) noexcept {
    if (this != &o) {
      release();
      serial_ = std::exchange(o.serial_, 0);
    }
    return *this;
  }
  ~view_source() { release(); }

  /// The ticket for the decode about to start: {0, 0} in release builds.
  view_ticket next() {
#if FLOWRUN_CHECKED
    if (serial_ == 0) serial_ = view_registry::open();
    return view_registry::next(serial_);
#else
    return {};
#endif
  }

private:
  void release() noexcept {
    if (serial_ != 0) view_registry::close(std::exchange(serial_, 0));
  }
  std::uint64_t serial_ = 0;
};

/// Stops the program when the ticket's value is gone, saying why (checked builds).
inline void check_view(view_ticket t) {
  if (const char* why = view_registry::stale(t)) {
    std::fprintf(stderr,
                 "flowrun: a decoded value was used after %s; it viewed the decoder's memory, which now holds "
                 "something else. Keep a value with flowrun::to_owned(*r) before decoding again, or decode an "
                 "owned one (flowrun::decode_run).\n",
                 why);
    std::abort();
  }
}

} // namespace flowrun::detail

#endif
