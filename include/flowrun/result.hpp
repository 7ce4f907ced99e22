// flowrun: result<T>, a value or the errors that prevented it.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_RESULT_HPP
#define FLOWRUN_RESULT_HPP

#include <flowrun/detail/view_check.hpp>
#include <flowrun/error.hpp>

#include <atomic>
#include <cassert>
#include <cstddef>
#include <cstdlib>
#include <optional>
#include <span>
#include <stdexcept>
#include <system_error>
#include <utility>
#include <vector>

namespace flowrun {

/// Thrown by result<T>::value() when there is no value; carries the first error.
class bad_result_access : public std::system_error {
public:
  explicit bad_result_access(const flowrun::error& e)
      : std::system_error(make_error_code(e.code), e.pointer + ": " + e.message), error_(e) {}
  const flowrun::error& error() const noexcept { return error_; }

private:
  flowrun::error error_;
};

/// What result<T>::value() calls, with the first error, when there is no value
/// and exceptions are off (-fno-exceptions): it cannot throw bad_result_access.
/// A handler must not return (log, then abort, exit or longjmp); if it does,
/// std::abort() follows. The default (no handler) is std::abort(). With
/// exceptions on, value() throws and no handler is called.
using bad_result_handler = void (*)(const flowrun::error&);

namespace detail {
// Constant-initialized, so a handler set during static initialization is kept.
inline constinit std::atomic<bad_result_handler> bad_result_handler_slot{nullptr};

[[noreturn]] inline void bad_result(const flowrun::error& e) {
#if defined(__cpp_exceptions)
  throw bad_result_access(e);
#else
  if (bad_result_handler h = bad_result_handler_slot.load()) h(e);
  std::abort();
#endif
}
} // namespace detail

/// Installs the handler result<T>::value() calls on an error when exceptions
/// are off (nullptr: back to std::abort()); returns the previous one (nullptr
/// for the default). Safe to call from any thread.
///
/// Example (built with -fno-exceptions):
///   [[noreturn]] void on_bad_result(const flowrun::error& e) {
///     std::fprintf(stderr, "flowrun: %s: %s\n", e.pointer.c_str(), e.message.c_str());
///     std::exit(2);
///   }
///   flowrun::set_bad_result_handler(on_bad_result);
///   flowrun::workflow_run run = dec.decode_run(text).value(); // on an error: exits 2
inline bad_result_handler set_bad_result_handler(bad_result_handler h) noexcept {
  return detail::bad_result_handler_slot.exchange(h);
}

/// An expected-like outcome: either a T, or one or more errors (more than one
/// only with error_mode::collect_all). The errors are owned; a decoded T may view
/// into the decoder that produced it (see decoder).
///
/// Example:
///   flowrun::result<flowrun::workflow_run> r = dec.decode_run(text);
///   if (!r) { std::cerr << r.error() << '\n'; return 1; } // line:column: code pointer: message
///   std::cout << r->id << ' ' << r->status << '\n';
///
/// A decoded value views its decoder's memory until that decoder decodes again or
/// is destroyed. Checked builds (FLOWRUN_CHECKED: on unless NDEBUG is defined) stop
/// the program with a message naming the cause when the value is reached through its
/// result after that (value(), operator*, operator->); release builds check nothing.
/// A reference or copy taken out of the result is not checked: keep the result, or
/// an owned value (flowrun::to_owned, flowrun::decode_run).
///
/// [[nodiscard]]: a result dropped unread is an error that nobody sees (and, for a decode,
/// work for nothing).
template <class T> class [[nodiscard]] result {
public:
  result(T v) : value_(std::move(v)) {}
  /// A decoder's value: `ticket` says which decode it views (see detail/view_check.hpp).
  result(T v, detail::view_ticket ticket) : value_(std::move(v)), ticket_(ticket) {}
  /// The value built in place from `args` (a decoder's results: one copy of the
  /// decoded value, straight into the result).
  template <class... Args>
  explicit result(std::in_place_t, detail::view_ticket ticket, Args&&... args)
      : value_(std::in_place, std::forward<Args>(args)...), ticket_(ticket) {}
  result(flowrun::error e) { errors_.push_back(std::move(e)); }
  result(std::vector<flowrun::error> es) : errors_(std::move(es)) { assert(!errors_.empty()); }
  /// Errors, and how many more a collect-all decode counted past max_errors.
  result(std::vector<flowrun::error> es, std::size_t omitted) : errors_(std::move(es)), omitted_(omitted) {
    assert(!errors_.empty());
  }

  bool has_value() const noexcept { return value_.has_value(); }
  explicit operator bool() const noexcept { return has_value(); }

  /// The value; when there is none, throws bad_result_access (with exceptions
  /// off: calls the bad_result_handler, see set_bad_result_handler).
  T& value() & {
    if (!value_) detail::bad_result(errors_.front());
    check_view();
    return *value_;
  }
  const T& value() const& {
    if (!value_) detail::bad_result(errors_.front());
    check_view();
    return *value_;
  }
  T&& value() && {
    if (!value_) detail::bad_result(errors_.front());
    check_view();
    return std::move(*value_);
  }
  /// Unchecked access; the caller has tested has_value(). Builds without NDEBUG assert it.
  T& operator*() noexcept {
    assert(value_.has_value() && "flowrun::result: operator* on an error (test the result first)");
    check_view();
    return *value_;
  }
  const T& operator*() const noexcept {
    assert(value_.has_value() && "flowrun::result: operator* on an error (test the result first)");
    check_view();
    return *value_;
  }
  T* operator->() noexcept {
    assert(value_.has_value() && "flowrun::result: operator-> on an error (test the result first)");
    check_view();
    return &*value_;
  }
  const T* operator->() const noexcept {
    assert(value_.has_value() && "flowrun::result: operator-> on an error (test the result first)");
    check_view();
    return &*value_;
  }

  /// The first error in document order (printable: `std::cerr << r.error()`).
  /// Precondition: !has_value().
  const flowrun::error& error() const noexcept {
    assert(!errors_.empty() && "flowrun::result: error() on a value");
    return errors_.front();
  }
  /// Every error, in document order; empty on success.
  std::span<const flowrun::error> errors() const noexcept { return errors_; }
  /// How many errors a collect-all decode found past decode_options::max_errors
  /// and did not keep (0 otherwise).
  std::size_t omitted_errors() const noexcept { return omitted_; }

private:
  void check_view() const noexcept {
#if FLOWRUN_CHECKED
    detail::check_view(ticket_);
#endif
  }

  std::optional<T> value_;
  std::vector<flowrun::error> errors_;
  std::size_t omitted_ = 0;
  detail::view_ticket ticket_; // in every build, so that checked and release code agree on the layout
};

} // namespace flowrun

#endif
