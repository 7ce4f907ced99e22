#!/bin/bash -eu
# OSS-Fuzz build script for flowrun (projects/flowrun/build.sh in google/oss-fuzz;
# the Dockerfile beside it fetches the sources). It reads what OSS-Fuzz sets:
#   CXX, CXXFLAGS, LIB_FUZZING_ENGINE, SRC (sources), WORK (scratch), OUT (results).
# flowrun is at $SRC/flowrun. Each dependency is built from $SRC when it is
# there (the OSS-Fuzz image): simdjson 3.0.1 ($SRC/simdjson/singleheader),
# Boost 1.81 headers ($SRC/boost, Boost.JSON compiled from its src.hpp),
# RapidJSON 1.1 ($SRC/rapidjson/include), Howard Hinnant's date ($SRC/date/include);
# otherwise the system's copy is used (the local test, tests/ossfuzz_test.py).
# For each target it leaves in $OUT: the binary, <target>_seed_corpus.zip (the
# seeds of fuzz/build_corpus.py and fuzz/regressions/<target>), <target>.dict
# and <target>.options.
: "${CXX:?}" "${OUT:?}" "${SRC:?}" "${WORK:?}" "${LIB_FUZZING_ENGINE:?}"
CXXFLAGS=${CXXFLAGS:-}
root=$SRC/flowrun
mkdir -p "$WORK/flowrun" "$OUT"
objects=$WORK/flowrun

# Dependencies: include flags and what to link, per library.
simdjson_inc="" simdjson_lib="-lsimdjson"
if [ -f "$SRC/simdjson/singleheader/simdjson.cpp" ]; then
  simdjson_inc="-I$SRC/simdjson/singleheader"
  # shellcheck disable=SC2086 # flag lists are meant to split
  $CXX $CXXFLAGS -std=c++20 $simdjson_inc -c "$SRC/simdjson/singleheader/simdjson.cpp" -o "$objects/simdjson.o"
  simdjson_lib="$objects/simdjson.o"
fi
boost_inc="" boost_lib="-lboost_json"
if [ -f "$SRC/boost/boost/json.hpp" ]; then
  boost_inc="-I$SRC/boost"
  echo '#include <boost/json/src.hpp>' >"$objects/boost_json.cpp"
  # shellcheck disable=SC2086
  $CXX $CXXFLAGS -std=c++20 $boost_inc -c "$objects/boost_json.cpp" -o "$objects/boost_json.o"
  boost_lib="$objects/boost_json.o"
fi
rapidjson_inc=""
[ -d "$SRC/rapidjson/include" ] && rapidjson_inc="-I$SRC/rapidjson/include"
date_inc=""
[ -d "$SRC/date/include" ] && date_inc="-I$SRC/date/include"

# Seeds, generated (nothing of them is checked in).
python3 "$root/fuzz/build_corpus.py" "$WORK/seeds"

declare -A flags=(
  [fuzz_decode]="$simdjson_inc $simdjson_lib"
  [fuzz_roundtrip]="$simdjson_inc $simdjson_lib"
  [fuzz_structured]="$simdjson_inc $simdjson_lib"
  [fuzz_timestamp]="$date_inc"
  [fuzz_differential]="$simdjson_inc $boost_inc $simdjson_lib $boost_lib"
  [fuzz_wellformed]="$simdjson_inc $boost_inc $rapidjson_inc $simdjson_lib $boost_lib"
)
declare -A dicts=(
  [fuzz_decode]=flowrun.dict [fuzz_roundtrip]=flowrun.dict [fuzz_differential]=flowrun.dict
  [fuzz_wellformed]=flowrun.dict [fuzz_timestamp]=timestamp.dict [fuzz_structured]=structured.dict
)
# Inputs long enough for the depth limit and objects of thousands of keys.
declare -A max_len=(
  [fuzz_decode]=131072 [fuzz_roundtrip]=65536 [fuzz_differential]=65536 [fuzz_wellformed]=65536
  [fuzz_timestamp]=256 [fuzz_structured]=16384
)
for target in "${!flags[@]}"; do
  [ -f "$root/fuzz/$target.cpp" ] || { echo "build.sh: no fuzz/$target.cpp" >&2; exit 1; }
  # shellcheck disable=SC2086
  $CXX $CXXFLAGS -std=c++20 -I"$root/include" "$root/fuzz/$target.cpp" -o "$OUT/$target" \
    $LIB_FUZZING_ENGINE ${flags[$target]}
  # The zip: seed-<name> for generated seeds, regression-<name> for inputs that once failed.
  python3 - "$OUT/${target}_seed_corpus.zip" "$WORK/seeds/$target" "$root/fuzz/regressions/$target" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for prefix, d in (("seed-", sys.argv[2]), ("regression-", sys.argv[3])):
        if os.path.isdir(d):
            for name in sorted(os.listdir(d)):
                z.write(os.path.join(d, name), prefix + name)
PY
  cp "$root/fuzz/${dicts[$target]}" "$OUT/$target.dict"
  printf '[libfuzzer]\ndict = %s.dict\nmax_len = %s\n' "$target" "${max_len[$target]}" >"$OUT/$target.options"
done
