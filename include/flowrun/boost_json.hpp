// flowrun: the reference path through Boost.JSON (1.81): boost_decoder, and
// conversions for code that already holds a boost::json::value. Link boost_json.
//
//   flowrun::boost_decoder dec;
//   flowrun::result<flowrun::workflow_run> r = dec.decode_run(text);
//   auto kept = boost::json::value_to<flowrun::owned<flowrun::workflow_run>>(jv);
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_BOOST_JSON_HPP
#define FLOWRUN_BOOST_JSON_HPP

#include <flowrun/boost_conversions.hpp>
#include <flowrun/boost_decoder.hpp>

#endif
