// flowrun: Boost.JSON conversions: value_to / try_value_to for owned values,
// value_from for every decoded type, in the contract's field order.
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_BOOST_CONVERSIONS_HPP
#define FLOWRUN_BOOST_CONVERSIONS_HPP

#include <flowrun/boost_decoder.hpp>
#include <flowrun/detail/boost_dom.hpp>
#include <flowrun/detail/contract.hpp>
#include <flowrun/document.hpp>
#include <flowrun/result.hpp>
#include <flowrun/types.hpp>

#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/system/error_code.hpp>
#include <boost/system/result.hpp>

#include <cmath>
#include <concepts>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flowrun {

// ---- Boost.JSON conversions ----------------------------------------------------
//
// boost::json::value_to<flowrun::owned<flowrun::workflow_run>>(jv) (also
// owned<run_page>, owned<log_list>) decodes a DOM in compatible, fail-fast mode
// (use boost_decoder for other options): it throws bad_result_access, a
// std::system_error in flowrun's category whose what() has the pointer and the
// message. try_value_to returns flowrun's std::error_code inside a
// boost::system::error_code (message "invalid_enum", to_string
// "std:flowrun:10"), so that `ec == flowrun::error_code::invalid_enum` holds:
// Boost compares through std::error_code, and a Boost category of flowrun's own
// would convert to a different std category, equal to nothing of flowrun's. An
// error_code has no room for a pointer or a message: flowrun::boost_value_to<T>(jv)
// returns the whole flowrun::result instead.
// Only owning types: a plain workflow_run views into storage, and Boost 1.81
// has no conversion context that could own it (contextual conversions came
// later), so value_to<workflow_run> stops with a static_assert that names
// owned<workflow_run>.
// value_from writes the contract's object back, unknown members (compatible
// mode) after the known ones: raw fields as values (see
// detail::parse_raw for their numbers), timestamps (every fraction digit) and
// ids as spelled. A raw
// number past the double range (1e400) becomes an infinity, which
// boost::json::serialize writes as `Infinity`, not JSON; value_to and
// boost_decoder read it back as 1e99999.

namespace detail {

template <class T>
concept ownable = std::same_as<T, workflow_run> || std::same_as<T, run_page> || std::same_as<T, log_list>;

template <class T> inline constexpr bool is_view_type = false;
template <> inline constexpr bool is_view_type<workflow_run> = true;
template <> inline constexpr bool is_view_type<run_page> = true;
template <> inline constexpr bool is_view_type<log_list> = true;
template <> inline constexpr bool is_view_type<log_entry> = true;
template <> inline constexpr bool is_view_type<document> = true;

template <class T> result<T> decode_dom(boost_decoder& d, const boost::json::value& jv) {
  if constexpr (std::same_as<T, workflow_run>)
    return d.decode_run(jv);
  else if constexpr (std::same_as<T, run_page>)
    return d.decode_run_page(jv);
  else
    return d.decode_logs(jv);
}

inline boost::json::value json_string(std::string_view s, const boost::json::storage_ptr& sp) {
  return boost::json::value(boost::json::string_view(s.data(), s.size()), sp);
}

} // namespace detail

/// Decodes a DOM into an owned value (compatible, fail-fast mode, as value_to does) and,
/// unlike try_value_to, keeps the whole error: code, pointer, position and message.
///
/// Example:
///   flowrun::result<flowrun::owned<flowrun::workflow_run>> r = flowrun::boost_value_to<flowrun::workflow_run>(jv);
///   if (!r) std::cerr << r.error() << '\n'; // 1:1: invalid_enum /status: "sucess" is not a run status ...
template <detail::ownable T> result<owned<T>> boost_value_to(const boost::json::value& jv) {
  boost_decoder d;
  result<T> r = detail::decode_dom<T>(d, jv);
  if (!r) return result<owned<T>>(std::vector<error>(r.errors().begin(), r.errors().end()), r.omitted_errors());
  return owned<T>(*r);
}

template <detail::ownable T>
boost::system::result<owned<T>> tag_invoke(const boost::json::try_value_to_tag<owned<T>>&,
                                           const boost::json::value& jv) {
  boost_decoder d;
  result<T> r = detail::decode_dom<T>(d, jv);
  if (!r) return {boost::system::in_place_error, boost::system::error_code(make_error_code(r.error().code))};
  return {boost::system::in_place_value, owned<T>(*r)};
}

template <detail::ownable T>
owned<T> tag_invoke(const boost::json::value_to_tag<owned<T>>&, const boost::json::value& jv) {
  boost_decoder d;
  return owned<T>(detail::decode_dom<T>(d, jv).value());
}

/// value_to<workflow_run> (or run_page, log_list, log_entry, document): a value that views
/// into its decoder cannot outlive this call, so there is no such conversion; this one only
/// says which type to ask for. Never called: it fails to compile where it is chosen.
template <class T>
requires detail::is_view_type<T> T tag_invoke(const boost::json::value_to_tag<T>&, const boost::json::value&) {
  if constexpr (std::same_as<T, run_page>)
    static_assert(!detail::is_view_type<T>, "flowrun: a run_page views into its decoder; ask value_to for the owning "
                                            "type, value_to<flowrun::owned<flowrun::run_page>>");
  else if constexpr (std::same_as<T, log_list>)
    static_assert(!detail::is_view_type<T>, "flowrun: a log_list views into its decoder; ask value_to for the owning "
                                            "type, value_to<flowrun::owned<flowrun::log_list>>");
  else
    static_assert(!detail::is_view_type<T>, "flowrun: decoded values view into their decoder; ask value_to for an "
                                            "owning type, value_to<flowrun::owned<flowrun::workflow_run>> (or "
                                            "owned<run_page>, owned<log_list>)");
  return {};
}

namespace detail {

// Builds an object in the order of a contract table: a member for each field
// `get` has a value for, null for an absent nullable field, nothing for an
// absent optional one; then the unknown members, in their order.
template <class Get>
boost::json::object contract_object(std::span<const field_info> rows, unknown_members unknown,
                                    const boost::json::storage_ptr& sp, Get&& get) {
  boost::json::object o(sp);
  for (const field_info& row : rows) {
    std::optional<boost::json::value> v = get(row.f);
    if (v)
      o[row.key] = std::move(*v);
    else if (row.nullable)
      o[row.key] = nullptr;
  }
  for (const unknown_member& m : unknown)
    o[boost::json::string_view(m.key.data(), m.key.size())] = parse_raw(m.value.text, sp);
  return o;
}

template <class T, class F> std::optional<boost::json::value> json_if(const std::optional<T>& o, F&& f) {
  if (!o) return std::nullopt;
  return f(*o);
}

} // namespace detail

inline void tag_invoke(const boost::json::value_from_tag&, boost::json::value& jv, const log_entry& l) {
  const boost::json::storage_ptr& sp = jv.storage();
  auto str = [&](std::string_view s) { return detail::json_string(s, sp); };
  auto raw = [&](const raw_json& r) { return detail::parse_raw(r.text, sp); };
  jv = detail::contract_object(
      detail::log_fields, l.unknown, sp, [&](detail::field f) -> std::optional<boost::json::value> {
        switch (f) {
        case detail::field::log_id: return str(l.id.str());
        case detail::field::log_node_id: return str(l.node_id);
        case detail::field::log_component_id: return detail::json_if(l.component_id, str);
        case detail::field::log_status: return str(to_string(l.status));
        case detail::field::log_output: return detail::json_if(l.output, raw);
        case detail::field::log_created_at: {
          std::string text;
          l.created_at.format_exact_to(std::back_inserter(text));
          return str(text);
        }
        case detail::field::log_execution_id:
          return detail::json_if(l.execution_id, [&](const prefixed_id& id) { return str(id.str()); });
        default: return std::nullopt;
        }
      });
}

inline void tag_invoke(const boost::json::value_from_tag&, boost::json::value& jv, log_list logs) {
  boost::json::array a(jv.storage());
  a.reserve(logs.size());
  for (const log_entry& l : logs) a.push_back(boost::json::value_from(l, jv.storage()));
  jv = std::move(a);
}

inline void tag_invoke(const boost::json::value_from_tag& tag, boost::json::value& jv, const workflow_run& r) {
  const boost::json::storage_ptr& sp = jv.storage();
  auto str = [&](std::string_view s) { return detail::json_string(s, sp); };
  auto time = [&](const timestamp& t) { // every fraction digit as written
    std::string text;
    t.format_exact_to(std::back_inserter(text));
    return str(text);
  };
  auto raw = [&](const raw_json& x) { return detail::parse_raw(x.text, sp); };
  // Whole seconds as integers (5, not Boost's 5E0); the rest as doubles.
  auto seconds = [&](double d) -> boost::json::value {
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
      return boost::json::value(static_cast<std::int64_t>(d), sp);
    return boost::json::value(d, sp);
  };
  jv = detail::contract_object(detail::run_fields, r.unknown, sp,
                               [&](detail::field f) -> std::optional<boost::json::value> {
                                 switch (f) {
                                 case detail::field::run_id: return str(r.id.str());
                                 case detail::field::run_status: return str(to_string(r.status));
                                 case detail::field::run_error_message: return detail::json_if(r.error_message, str);
                                 case detail::field::run_started_at: return time(r.started_at);
                                 case detail::field::run_completed_at: return detail::json_if(r.completed_at, time);
                                 case detail::field::run_duration:
                                   return detail::json_if(r.duration_in_seconds, seconds);
                                 case detail::field::run_logs: {
                                   if (!r.has_logs) return std::nullopt;
                                   boost::json::value logs(sp);
                                   tag_invoke(tag, logs, r.logs);
                                   return logs;
                                 }
                                 case detail::field::run_trigger_payload:
                                   return detail::json_if(r.trigger_payload, raw);
                                 case detail::field::run_created_at: return detail::json_if(r.created_at, time);
                                 case detail::field::run_workflow: return detail::json_if(r.workflow, raw);
                                 default: return std::nullopt;
                                 }
                               });
}

inline void tag_invoke(const boost::json::value_from_tag& tag, boost::json::value& jv, const run_page& p) {
  const boost::json::storage_ptr& sp = jv.storage();
  auto str = [&](std::string_view s) { return detail::json_string(s, sp); };
  auto integer = [&](std::int64_t v) { return boost::json::value(v, sp); };
  jv = detail::contract_object(
      detail::page_fields, p.unknown, sp, [&](detail::field f) -> std::optional<boost::json::value> {
        switch (f) {
        case detail::field::page_data: {
          boost::json::array data(sp);
          for (const workflow_run& r : p.data) {
            boost::json::value v(sp);
            tag_invoke(tag, v, r);
            data.push_back(std::move(v));
          }
          return data;
        }
        case detail::field::page_links:
          return detail::contract_object(detail::links_fields, p.links.unknown, sp,
                                         [&](detail::field g) -> std::optional<boost::json::value> {
                                           switch (g) {
                                           case detail::field::links_first: return detail::json_if(p.links.first, str);
                                           case detail::field::links_last: return detail::json_if(p.links.last, str);
                                           case detail::field::links_prev: return detail::json_if(p.links.prev, str);
                                           case detail::field::links_next: return detail::json_if(p.links.next, str);
                                           default: return std::nullopt;
                                           }
                                         });
        case detail::field::page_meta:
          return detail::contract_object(detail::meta_fields, p.meta.unknown, sp,
                                         [&](detail::field g) -> std::optional<boost::json::value> {
                                           switch (g) {
                                           case detail::field::meta_current_page:
                                             return detail::json_if(p.meta.current_page, integer);
                                           case detail::field::meta_from: return detail::json_if(p.meta.from, integer);
                                           case detail::field::meta_last_page:
                                             return detail::json_if(p.meta.last_page, integer);
                                           case detail::field::meta_path: return detail::json_if(p.meta.path, str);
                                           case detail::field::meta_per_page:
                                             return detail::json_if(p.meta.per_page, integer);
                                           case detail::field::meta_to: return detail::json_if(p.meta.to, integer);
                                           case detail::field::meta_total:
                                             return detail::json_if(p.meta.total, integer);
                                           default: return std::nullopt;
                                           }
                                         });
        default: return std::nullopt;
        }
      });
}

template <detail::ownable T>
void tag_invoke(const boost::json::value_from_tag& tag, boost::json::value& jv, const owned<T>& o) {
  tag_invoke(tag, jv, *o);
}

} // namespace flowrun

#endif
