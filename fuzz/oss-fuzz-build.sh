#!/usr/bin/env bash
# OSS-Fuzz build script (the project's build.sh there calls this one).
# Inputs, as OSS-Fuzz sets them: CXX, CXXFLAGS, LIB_FUZZING_ENGINE, OUT.
# The image needs Debian/Ubuntu's libsimdjson-dev (and libboost-json-dev for
# fuzz_differential). For each target it writes, beside the binary,
# <target>_seed_corpus.zip, <target>.dict and <target>.options.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
: "${CXX:?}" "${OUT:?}" "${LIB_FUZZING_ENGINE:?}"
CXXFLAGS=${CXXFLAGS:-}

declare -A libs=([fuzz_decode]="-lsimdjson" [fuzz_differential]="-lsimdjson -lboost_json")
for target in "${!libs[@]}"; do
  [ -f "$here/$target.cpp" ] || continue
  # shellcheck disable=SC2086 # flag lists are meant to split
  $CXX $CXXFLAGS -std=c++20 -I"$root/include" "$here/$target.cpp" -o "$OUT/$target" \
    $LIB_FUZZING_ENGINE ${libs[$target]}
  rm -f "$OUT/${target}_seed_corpus.zip"
  (cd "$here/corpus/$target" && zip -q -j "$OUT/${target}_seed_corpus.zip" ./*)
  cp "$here/flowrun.dict" "$OUT/$target.dict"
  printf '[libfuzzer]\ndict = %s.dict\nmax_len = 65536\n' "$target" >"$OUT/$target.options"
done
