// flowrun: checks every public header makes first. Below C++20 the headers
// would fail deep inside with errors that do not say why; say it here, once.
#ifndef FLOWRUN_CONFIG_HPP
#define FLOWRUN_CONFIG_HPP

// MSVC keeps __cplusplus at 199711L unless /Zc:__cplusplus; _MSVC_LANG is right.
#if defined(_MSVC_LANG) ? _MSVC_LANG < 202002L : __cplusplus < 202002L
#error "flowrun needs C++20 or later: compile with -std=c++20 (MSVC: /std:c++20)"
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
