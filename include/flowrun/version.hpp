// flowrun: the library version.
//
// Checked in (so a project that only adds include/ to its include path has it)
// and checked against project(version:) in meson.build when Meson configures:
// the two cannot drift apart. CMakeLists.txt reads its version from here.
//
// Example:
//   #if FLOWRUN_VERSION >= 100 // 0.1.0 or later
//   std::cout << "flowrun " << FLOWRUN_VERSION_STRING << '\n';
//   #endif
#include <flowrun/config.hpp> // first, before the guard: below C++20 it stops everything after it

#ifndef FLOWRUN_VERSION_HPP
#define FLOWRUN_VERSION_HPP


#define FLOWRUN_VERSION_MAJOR 0
#define FLOWRUN_VERSION_MINOR 1
#define FLOWRUN_VERSION_PATCH 0
#define FLOWRUN_VERSION_STRING "0.1.0"

/// One number for preprocessor comparisons: major * 10000 + minor * 100 + patch.
#define FLOWRUN_VERSION (FLOWRUN_VERSION_MAJOR * 10000 + FLOWRUN_VERSION_MINOR * 100 + FLOWRUN_VERSION_PATCH)

#endif
