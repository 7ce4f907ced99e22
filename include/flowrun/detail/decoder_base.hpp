// flowrun internals: the public surface every decoder shares.
#ifndef FLOWRUN_DETAIL_DECODER_BASE_HPP
#define FLOWRUN_DETAIL_DECODER_BASE_HPP

#include <flowrun/detail/builder.hpp>
#include <flowrun/options.hpp>
#include <flowrun/result.hpp>
#include <flowrun/types.hpp>

#include <string_view>

namespace flowrun::detail {

/// Options and the three document kinds, for a backend `Derived` that
/// provides `bool decode(std::string_view, doc_kind)`: it walks the text into
/// `b_` and says whether the builder holds a value.
template <class Derived> class decoder_base {
public:
  const decode_options& options() const noexcept { return opts_; }
  void set_options(const decode_options& o) noexcept { opts_ = o; }

  /// A run object (`GET /workflows/runs/{runId}`).
  result<workflow_run> decode_run(std::string_view json) {
    if (!self().decode(json, doc_kind::run)) return b_.take_errors();
    return b_.run();
  }

  /// A page of runs (`GET /workflows/{workflowId}/executions`).
  result<run_page> decode_run_page(std::string_view json) {
    if (!self().decode(json, doc_kind::page)) return b_.take_errors();
    return b_.page();
  }

  /// A bare array of log entries (`GET /workflows/{workflowId}/logs`, `/workflows/logs/recent`).
  result<log_list> decode_logs(std::string_view json) {
    if (!self().decode(json, doc_kind::logs)) return b_.take_errors();
    return b_.logs();
  }

protected:
  explicit decoder_base(decode_options o) noexcept : opts_(o) {}

  decode_options opts_;
  builder b_;

private:
  Derived& self() noexcept { return static_cast<Derived&>(*this); }
};

} // namespace flowrun::detail

#endif
