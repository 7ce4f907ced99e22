# Sourced by scripts/test and scripts/test-cross: a build configuration that
# builds only what its tests need, then runs them. Sets `status=1` on any
# failure; GoogleTest results go to <build>/gtest-xml/ for scripts/test's count.

meson_test() { # build-dir [test names: all when none]
  local b=$1
  shift
  rm -rf "$b/gtest-xml"
  echo "== meson test -C $b $* (at ${SECONDS} s)"
  GTEST_OUTPUT="xml:$PWD/$b/gtest-xml/" \
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    meson test -C "$b" --no-rebuild --print-errorlogs --num-processes 2 "$@" || status=1
}

partial_build() { # build-dir compiler "meson setup options" test...
  local b=$1 compiler=$2 setup=$3
  shift 3
  if [ -f "$b/build.ninja" ]; then
    meson configure "$b" -Dwerror=true || return 1
  else
    # shellcheck disable=SC2086 # the options are words
    CXX=$compiler meson setup "$b" -Dwerror=true -Dbench=disabled -Dfuzz=disabled $setup >/dev/null || return 1
  fi
  local targets=(flowrun) t
  for t in "$@"; do
    case $t in cli|cli_ci|check_examples) ;; tour) targets+=(tests/tour) ;; *) targets+=("tests/${t}_test") ;; esac
  done
  meson compile -C "$b" "${targets[@]}" || return 1
}

partial_config() { # "build-dir|compiler|meson setup options|test names"
  local b compiler setup tests
  IFS='|' read -r b compiler setup tests <<<"$1"
  rm -f "$b/meson-logs/testlog.json"
  echo "== $b: building (at ${SECONDS} s)"
  # shellcheck disable=SC2086 # the test names are words
  if partial_build "$b" "$compiler" "$setup" $tests; then
    meson_test "$b" $tests
  else
    echo "== $b: the build failed"
    status=1
  fi
}
