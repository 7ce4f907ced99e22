// Counting allocations, for the tests that promise none in steady state
// (alloc_test.cpp, canonical_test.cpp): the global operator new and delete,
// replaced. Include it in one translation unit of a test program only.
#ifndef FLOWRUN_TESTS_ALLOC_COUNTER_HPP
#define FLOWRUN_TESTS_ALLOC_COUNTER_HPP

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

// GCC pairs the replaced operator new with free() across inlining and warns;
// the pairing is right (both sides are ours), so the warning is off here only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

namespace {
std::atomic<long> g_allocations{0};
std::atomic<bool> g_counting{false};
} // namespace

void* operator new(std::size_t n) {
  if (g_counting.load(std::memory_order_relaxed)) g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return operator new(n); }
// simdjson allocates with the nothrow forms; they must come from the same
// malloc so that our operator delete may free them.
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  if (g_counting.load(std::memory_order_relaxed)) g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n ? n : 1);
}
void* operator new[](std::size_t n, const std::nothrow_t& t) noexcept { return operator new(n, t); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace flowrun_test {

// Counts the allocations of `n` calls of f after one warm-up call.
template <class F> long allocations(F f, int n = 1000) {
  f();
  g_allocations = 0;
  g_counting = true;
  for (int i = 0; i < n; ++i) f();
  g_counting = false;
  return g_allocations.load();
}

// Counts the allocations of one call of f, without a warm-up.
template <class F> long first_call_allocations(F f) {
  g_allocations = 0;
  g_counting = true;
  f();
  g_counting = false;
  return g_allocations.load();
}

} // namespace flowrun_test

#endif
