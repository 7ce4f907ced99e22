// flowrun: checks every public header makes first. Below C++20 the headers
// would fail deep inside with errors that do not say why; say it here, once.
#ifndef FLOWRUN_CONFIG_HPP
#define FLOWRUN_CONFIG_HPP

// MSVC keeps __cplusplus at 199711L unless /Zc:__cplusplus; _MSVC_LANG is right.
#if defined(_MSVC_LANG) ? _MSVC_LANG < 202002L : __cplusplus < 202002L
#error "flowrun needs C++20 or later: compile with -std=c++20 (MSVC: /std:c++20)"
// The one message, then nothing: every flowrun header's include guard is set here, so
// each one included after this (and the one that included this, which includes it before
// its guard) is skipped instead of failing on C++20 in many more lines.
#define FLOWRUN_BOOST_CONVERSIONS_HPP
#define FLOWRUN_BOOST_DECODER_HPP
#define FLOWRUN_BOOST_JSON_HPP
#define FLOWRUN_CANONICAL_HPP
#define FLOWRUN_DECODE_HPP
#define FLOWRUN_DECODER_HPP
#define FLOWRUN_DOCUMENT_HPP
#define FLOWRUN_ERROR_HPP
#define FLOWRUN_FINDINGS_HPP
#define FLOWRUN_FLOWRUN_HPP
#define FLOWRUN_ID_HPP
#define FLOWRUN_LOCATE_POINTER_HPP
#define FLOWRUN_NDJSON_READER_HPP
#define FLOWRUN_OPTIONS_HPP
#define FLOWRUN_PADDED_HPP
#define FLOWRUN_RESULT_HPP
#define FLOWRUN_SIMDJSON_HPP
#define FLOWRUN_SNIFF_HPP
#define FLOWRUN_STATUS_HPP
#define FLOWRUN_STREAM_HPP
#define FLOWRUN_TIMESTAMP_HPP
#define FLOWRUN_TYPES_HPP
#define FLOWRUN_VERSION_HPP
#define FLOWRUN_WRITE_HPP
#define FLOWRUN_DETAIL_BOOST_DOM_HPP
#define FLOWRUN_DETAIL_BOOST_SAX_HPP
#define FLOWRUN_DETAIL_BUILDER_HPP
#define FLOWRUN_DETAIL_CONTRACT_HPP
#define FLOWRUN_DETAIL_DECODER_BASE_HPP
#define FLOWRUN_DETAIL_ECMASCRIPT_NUMBER_HPP
#define FLOWRUN_DETAIL_ERROR_LIST_HPP
#define FLOWRUN_DETAIL_ESCAPE_HPP
#define FLOWRUN_DETAIL_FLAT_WALK_HPP
#define FLOWRUN_DETAIL_JSON_LEXER_HPP
#define FLOWRUN_DETAIL_KEY_INDEX_HPP
#define FLOWRUN_DETAIL_LIMITS_HPP
#define FLOWRUN_DETAIL_LINE_COL_HPP
#define FLOWRUN_DETAIL_LOCATE_HPP
#define FLOWRUN_DETAIL_NDJSON_LINES_HPP
#define FLOWRUN_DETAIL_NUMBER_HPP
#define FLOWRUN_DETAIL_PRINT_HPP
#define FLOWRUN_DETAIL_RFC8785_SCAN_HPP
#define FLOWRUN_DETAIL_SIMDJSON_COMPAT_HPP
#define FLOWRUN_DETAIL_TEXT_HPP
#define FLOWRUN_DETAIL_UTF8_HPP
#define FLOWRUN_DETAIL_VALUES_HPP
#define FLOWRUN_DETAIL_VIEW_CHECK_HPP
#define FLOWRUN_DETAIL_WORD_HPP
#else
// FLOWRUN_HAS_FORMAT: 1 where the standard library has a complete <format> (its feature
// macro, from <version>, says so); flowrun's values then have std::formatter
// specializations. GCC 12's libstdc++ and Debian's libc++ 14 have none.
#include <version>
#if defined(__cpp_lib_format) && __cpp_lib_format >= 201907L
#define FLOWRUN_HAS_FORMAT 1
#else
#define FLOWRUN_HAS_FORMAT 0
#endif
#endif

// FLOWRUN_CHECKED: 1 (the default without NDEBUG) makes every access to a decoded
// value through its result check that the decoder has not decoded again or been
// destroyed since, and stop the program with a message naming the cause when it
// has (see result.hpp). 0 (the default with NDEBUG) checks nothing and costs
// nothing. Define it as 0 or 1 to choose regardless of NDEBUG.
#if !defined(FLOWRUN_CHECKED)
#if defined(NDEBUG)
#define FLOWRUN_CHECKED 0
#else
#define FLOWRUN_CHECKED 1
#endif
#endif

// FLOWRUN_NO_SIMD: define it (as -DFLOWRUN_NO_SIMD, the same for every
// translation unit of a program: the inline functions must not differ) to use
// the portable loops (64-bit words, memchr) where flowrun otherwise uses SSE2
// (x86-64) or NEON (little-endian AArch64). The results are the same either
// way; CI builds with it to test the portable loops on x86-64. Targets with
// neither (s390x, for one) use the portable loops anyway.
#if !defined(FLOWRUN_NO_SIMD) && defined(__SSE2__)
#define FLOWRUN_SSE2 1
#elif !defined(FLOWRUN_NO_SIMD) && defined(__ARM_NEON) && defined(__aarch64__) && !defined(__ARM_BIG_ENDIAN)
// Little-endian only: the NEON loops read lane 0 as the low bits of a word.
#define FLOWRUN_NEON 1
#endif

#endif
