// flowrun: checks every public header makes first. Below C++20 the headers
// would fail deep inside with errors that do not say why; say it here, once.
#ifndef FLOWRUN_CONFIG_HPP
#define FLOWRUN_CONFIG_HPP

// MSVC keeps __cplusplus at 199711L unless /Zc:__cplusplus; _MSVC_LANG is right.
#if defined(_MSVC_LANG) ? _MSVC_LANG < 202002L : __cplusplus < 202002L
#error "flowrun needs C++20 or later: compile with -std=c++20 (MSVC: /std:c++20)"
#endif

#endif
