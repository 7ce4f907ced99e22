// Runs a function on a thread with a small stack, to show that a walk keeps
// its nesting on the heap: 64 KiB, or 256 KiB under sanitizers (their frames
// are several times larger). Or measures the stack a function needs.
#ifndef FLOWRUN_TESTS_SMALL_STACK_HPP
#define FLOWRUN_TESTS_SMALL_STACK_HPP

#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstring>
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

/// Calls f() on a new thread whose stack (`size` bytes, above a guard page
/// that turns an overflow into a crash) is first filled with a pattern, and
/// returns how many bytes of it f() wrote below its caller's frame: the
/// lowest byte no longer the pattern marks the deepest point. The scan is not
/// instrumented: ASan would see it read the dead thread's stack redzones.
__attribute__((no_sanitize("address"))) inline std::size_t stack_used(const std::function<void()>& f,
                                                                      std::size_t size) {
  constexpr unsigned char pattern = 0xA5;
  const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  size = (size + page - 1) / page * page;
  void* map = mmap(nullptr, page + size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (map == MAP_FAILED) throw std::runtime_error("mmap failed");
  auto* guard = static_cast<unsigned char*>(map);
  unsigned char* stack = guard + page;
  mprotect(guard, page, PROT_NONE);
  std::memset(stack, pattern, size);
  struct call {
    const std::function<void()>* f;
    std::uintptr_t entry;
  } c{&f, 0};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  if (pthread_attr_setstack(&attr, stack, size) != 0) throw std::runtime_error("pthread_attr_setstack failed");
  auto run = [](void* p) -> void* {
    auto* c = static_cast<call*>(p);
    const volatile char here = 0; // the stack pointer, near enough, before f
    c->entry = reinterpret_cast<std::uintptr_t>(&here);
    (*c->f)();
    return nullptr;
  };
  pthread_t thread;
  if (pthread_create(&thread, &attr, run, &c) != 0) throw std::runtime_error("pthread_create failed");
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  std::size_t lowest = 0;
  while (stack[lowest] == pattern) ++lowest;
  const std::size_t used = c.entry - reinterpret_cast<std::uintptr_t>(stack + lowest);
  munmap(map, page + size);
  return used;
}

} // namespace flowrun_test

#endif
