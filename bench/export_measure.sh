#!/bin/sh
# export_measure.sh BUILD FILE [REPEATS]: the large-export measurement of the
# README (Benchmarks, "A large export"): `flowrun check` with --jobs 1 and 2
# under /usr/bin/time -v (wall time, CPU time, peak resident memory) and
# simdjson's parse_many (bench/export_bench) over the same file, REPEATS times
# (default 3), interleaved so that they share the machine's load.
# BUILD is a release build dir: meson setup build-rel --buildtype=release -Dtests=disabled -Dfuzz=disabled
# FILE: python3 bench/make_export.py /tmp/export.ndjson 1024
set -eu
build=$1 file=$2 repeats=${3:-3}
size=$(stat -c %s "$file")
echo "file: $file, $size bytes; $(nproc) cores; load: $(uptime | sed 's/.*load average: //')"
i=1
while [ "$i" -le "$repeats" ]; do
  for jobs in 1 2; do
    /usr/bin/time -f "%e %U %S %M" -o /tmp/export_measure.time "$build/flowrun" check -q --jobs "$jobs" "$file" >/dev/null || true
    read -r wall user sys rss <<EOT
$(tail -n 1 /tmp/export_measure.time)
EOT
    awk -v j="$jobs" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$size" 'BEGIN {
      printf "flowrun check --jobs %s: %.2f s wall (%.0f MiB/s), %.2f s CPU (%.0f MiB/s of CPU), peak RSS %.1f MiB\n",
        j, w, b / 1048576 / w, u + s, b / 1048576 / (u + s), r / 1024 }'
  done
  "$build/bench/export_bench" "$file"
  i=$((i + 1))
done
echo "load after: $(uptime | sed 's/.*load average: //')"
