// version.hpp: FLOWRUN_VERSION works where its comment says it is for, in #if.
// (That the parts and the string say what project(version:) says, meson.build
// checks when it configures, and version_check_test.py that it does: a test
// here comparing them could not fail.) Compile-time only: tests/meson.build
// builds it as a library.
#include <flowrun/version.hpp>

// The preprocessor decodes the number into the parts: this fails for a
// definition only the compiler can evaluate (a cast, a constexpr variable,
// which #if reads as 0) and for a minor or patch past two digits.
#if FLOWRUN_VERSION / 10000 != FLOWRUN_VERSION_MAJOR || FLOWRUN_VERSION / 100 % 100 != FLOWRUN_VERSION_MINOR ||        \
    FLOWRUN_VERSION % 100 != FLOWRUN_VERSION_PATCH
#error "FLOWRUN_VERSION does not read back as major * 10000 + minor * 100 + patch in #if"
#endif
