// flowrun internals: the errors of one document, built only when reported.
//
// Hostile documents can hold an error per key, each under a pointer as long as
// the document is deep; building every pointer first and asking afterwards
// whether it is wanted costs time and memory far beyond the input. So a
// reporter asks wants(offset) first and builds the pointer and message only
// for an error that will be kept: in fail-fast mode the first in document
// order, in collect-all mode the first max_errors in document order (the rest
// are counted).
#ifndef FLOWRUN_DETAIL_ERROR_LIST_HPP
#define FLOWRUN_DETAIL_ERROR_LIST_HPP

#include <flowrun/detail/line_col.hpp>
#include <flowrun/error.hpp>
#include <flowrun/options.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flowrun::detail {

/// Computes 1-based line and byte column of each error from its offset, in one
/// pass over the input (errors may come in any order).
inline void assign_lines(std::vector<error>& errs, std::string_view input) {
  std::vector<std::size_t> order(errs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return errs[a].offset < errs[b].offset; });
  line_counter lines(input);
  for (std::size_t i : order) {
    const line_col at = lines.at(errs[i].offset);
    errs[i].line = at.line;
    errs[i].column = at.column;
  }
}

/// Moves errors of a document cut from a stream to the stream's coordinates:
/// the document starts at byte `offset`, on line `line` (it is one line).
inline void rebase(std::vector<error>& errs, std::size_t offset, std::size_t line) noexcept {
  for (auto& e : errs) {
    e.offset += offset;
    e.line += line - 1;
  }
}

class error_list {
public:
  void reset(const decode_options& o) noexcept {
    collect_all_ = o.errors == error_mode::collect_all;
    limit_ = collect_all_ ? std::max<std::size_t>(o.max_errors, 1) : 1;
    errors_.clear();
    omitted_ = 0;
    max_offset_ = 0;
    failed_ = false;
  }

  bool empty() const noexcept { return errors_.empty(); }
  bool failed() const noexcept { return failed_; }
  std::size_t omitted() const noexcept { return omitted_; }

  /// Whether an error at `offset` would be kept. Fail-fast keeps the first in
  /// document order, which is not always the first found (a missing key is
  /// found when its object closes); collect-all keeps the first max_errors.
  bool wants(std::size_t offset) const noexcept {
    if (errors_.size() < limit_) return true;
    return offset < max_offset_;
  }

  /// Reports a schema error; `build(error&)` fills pointer and message, and
  /// runs only when the error is kept.
  template <class Build> void add(error_code code, std::size_t offset, Build&& build) {
    if (!wants(offset)) {
      if (collect_all_) ++omitted_;
      return;
    }
    if (errors_.size() >= limit_) {
      // Drop the kept error latest in document order (latest found among ties).
      std::size_t drop = 0;
      for (std::size_t i = 1; i < errors_.size(); ++i)
        if (errors_[i].offset >= errors_[drop].offset) drop = i;
      errors_.erase(errors_.begin() + static_cast<std::ptrdiff_t>(drop));
      if (collect_all_) ++omitted_;
      max_offset_ = 0;
      for (const error& e : errors_) max_offset_ = std::max(max_offset_, e.offset);
    }
    error e{code, {}, offset, 1, 1, {}};
    build(e);
    errors_.push_back(std::move(e));
    max_offset_ = std::max(max_offset_, offset);
  }

  /// A well-formedness error: it replaces every schema error (precedence).
  void set_failure(error e) {
    errors_.clear();
    errors_.push_back(std::move(e));
    omitted_ = 0;
    failed_ = true;
  }

  /// The errors in document order (by offset, ties in the order found), with
  /// lines and columns; the list is left empty.
  std::vector<error> take(std::string_view input) {
    std::stable_sort(errors_.begin(), errors_.end(),
                     [](const error& a, const error& b) { return a.offset < b.offset; });
    assign_lines(errors_, input);
    return std::move(errors_);
  }

private:
  std::vector<error> errors_;
  std::size_t limit_ = 1;
  std::size_t omitted_ = 0;
  std::size_t max_offset_ = 0; // the largest offset kept
  bool collect_all_ = false;
  bool failed_ = false;
};

} // namespace flowrun::detail

#endif
