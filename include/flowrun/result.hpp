// flowrun: result<T>, a value or the errors that prevented it.
#ifndef FLOWRUN_RESULT_HPP
#define FLOWRUN_RESULT_HPP

#include <flowrun/error.hpp>

#include <cassert>
#include <cstddef>
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

/// An expected-like outcome: either a T, or one or more errors (more than one
/// only with error_mode::collect_all). The errors are owned; a decoded T may view
/// into the decoder that produced it (see decoder).
///
/// Example:
///   flowrun::result<flowrun::workflow_run> r = dec.decode_run(text);
///   if (!r) { std::cerr << r.error().message; return 1; }
///   std::cout << to_string(r->status);
template <class T> class result {
public:
  result(T v) : value_(std::move(v)) {}
  result(flowrun::error e) { errors_.push_back(std::move(e)); }
  result(std::vector<flowrun::error> es) : errors_(std::move(es)) { assert(!errors_.empty()); }
  /// Errors, and how many more a collect-all decode counted past max_errors.
  result(std::vector<flowrun::error> es, std::size_t omitted) : errors_(std::move(es)), omitted_(omitted) {
    assert(!errors_.empty());
  }

  bool has_value() const noexcept { return value_.has_value(); }
  explicit operator bool() const noexcept { return has_value(); }

  /// The value; throws bad_result_access when there is none.
  T& value() & {
    if (!value_) throw bad_result_access(errors_.front());
    return *value_;
  }
  const T& value() const& {
    if (!value_) throw bad_result_access(errors_.front());
    return *value_;
  }
  T&& value() && {
    if (!value_) throw bad_result_access(errors_.front());
    return std::move(*value_);
  }
  /// Unchecked access; the caller has tested has_value().
  T& operator*() noexcept { return *value_; }
  const T& operator*() const noexcept { return *value_; }
  T* operator->() noexcept { return &*value_; }
  const T* operator->() const noexcept { return &*value_; }

  /// The first error in document order. Precondition: !has_value().
  const flowrun::error& error() const noexcept {
    assert(!errors_.empty());
    return errors_.front();
  }
  /// Every error, in document order; empty on success.
  std::span<const flowrun::error> errors() const noexcept { return errors_; }
  /// How many errors a collect-all decode found past decode_options::max_errors
  /// and did not keep (0 otherwise).
  std::size_t omitted_errors() const noexcept { return omitted_; }

private:
  std::optional<T> value_;
  std::vector<flowrun::error> errors_;
  std::size_t omitted_ = 0;
};

} // namespace flowrun

#endif
