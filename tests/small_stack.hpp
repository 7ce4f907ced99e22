// Runs a function on a thread with a small stack, to show that a walk keeps
// its nesting on the heap: 64 KiB, or 256 KiB under sanitizers (their frames
// are several times larger).
#ifndef FLOWRUN_TESTS_SMALL_STACK_HPP
#define FLOWRUN_TESTS_SMALL_STACK_HPP

#include <pthread.h>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <functional>
#include <stdexcept>

#if defined(__SANITIZE_ADDRESS__)
#define FLOWRUN_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define FLOWRUN_TEST_SANITIZED 1
#endif
#endif

namespace flowrun_test {

#ifdef FLOWRUN_TEST_SANITIZED
inline constexpr std::size_t small_stack = 256 * 1024;
#else
inline constexpr std::size_t small_stack = 64 * 1024;
#endif

/// Calls f() on a new thread whose stack is `size` bytes, and waits for it.
inline void on_small_stack(const std::function<void()>& f, std::size_t size = small_stack) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  if (pthread_attr_setstacksize(&attr, std::max<std::size_t>(size, PTHREAD_STACK_MIN)) != 0)
    throw std::runtime_error("pthread_attr_setstacksize failed");
  pthread_t thread;
  auto run = [](void* p) -> void* {
    (*static_cast<const std::function<void()>*>(p))();
    return nullptr;
  };
  if (pthread_create(&thread, &attr, run, const_cast<std::function<void()>*>(&f)) != 0)
    throw std::runtime_error("pthread_create failed");
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
}

} // namespace flowrun_test

#endif
