#!/bin/sh
# export_measure.sh BUILD FILE [REPEATS] [FINDINGS_FILE]: the large-export
# measurement of the README (Benchmarks, "A large export"): `flowrun check -q`
# with --jobs 1 and 2 under /usr/bin/time (wall time, CPU time, peak resident
# memory), and bench/export_bench over the same file (the library's own
# `dec.runs(text)` over the bytes in memory, and simdjson's parse_many),
# REPEATS times (default 3), interleaved so that they share the machine's load.
# Then the best of each and the ratio check --jobs 1 / library.
# FINDINGS_FILE (optional): the same export where every run has a finding
# (make_export.py --findings); `check -q --jobs 1` over it is timed in the same
# rounds, and the ratio with findings / without is printed (in MiB/s: the two
# files differ by a few bytes).
# BUILD is a release build dir: meson setup build-rel --buildtype=release -Dtests=disabled -Dfuzz=disabled
# FILE: python3 bench/make_export.py /tmp/export.ndjson 1024
# FINDINGS_FILE: python3 bench/make_export.py --findings /tmp/export-findings.ndjson 1024
set -eu
build=$1 file=$2 repeats=${3:-3} findings=${4:-}
size=$(stat -c %s "$file")
rows=$(mktemp)
trap 'rm -f "$rows" /tmp/export_measure.time.$$ /tmp/export_measure.bench.$$' EXIT
echo "file: $file, $size bytes; $(nproc) cores; load: $(uptime | sed 's/.*load average: //')"
# check KEY NAME JOBS FILE: one timed run, its line printed and its speed kept as "KEY MiB/s".
check() {
  key=$1 name=$2 jobs=$3 f=$4
  bytes=$(stat -c %s "$f")
  /usr/bin/time -f "%e %U %S %M" -o /tmp/export_measure.time.$$ "$build/flowrun" check -q --jobs "$jobs" "$f" >/dev/null || true
  read -r wall user sys rss <<EOT
$(tail -n 1 /tmp/export_measure.time.$$)
EOT
  awk -v n="$name" -v j="$jobs" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$bytes" 'BEGIN {
    printf "%s --jobs %s: %.2f s wall (%.0f MiB/s), %.2f s CPU (%.0f MiB/s of CPU), peak RSS %.1f MiB\n",
      n, j, w, b / 1048576 / w, u + s, b / 1048576 / (u + s), r / 1024 }'
  awk -v n="$key" -v w="$wall" -v c="$(echo "$user $sys" | awk '{ print $1 + $2 }')" -v b="$bytes" \
    'BEGIN { printf "%s %f %f\n", n, b / 1048576 / w, b / 1048576 / c }' >>"$rows"
}
i=1
while [ "$i" -le "$repeats" ]; do
  check check1 "flowrun check" 1 "$file"
  check check2 "flowrun check" 2 "$file"
  if [ -n "$findings" ]; then check findings1 "flowrun check (a finding per run)" 1 "$findings"; fi
  "$build/bench/export_bench" "$file" >/tmp/export_measure.bench.$$
  cat /tmp/export_measure.bench.$$
  sed -n 's/^flowrun dec.runs:.*wall (\([0-9.]*\) MiB\/s), .* CPU (\([0-9.]*\) MiB\/s).*/library \1 \2/p' \
    /tmp/export_measure.bench.$$ >>"$rows"
  i=$((i + 1))
done
echo "load after: $(uptime | sed 's/.*load average: //')"
# Best of each, by wall time and by CPU time (which other jobs on a shared machine disturb less).
awk '{ if (!($1 in best) || $2 > best[$1]) best[$1] = $2; if (!($1 in cpu) || $3 > cpu[$1]) cpu[$1] = $3 }
  END {
    printf "best of %d (wall; CPU): check --jobs 1 %.0f; %.0f MiB/s, --jobs 2 %.0f; %.0f MiB/s, library dec.runs %.0f; %.0f MiB/s\n",
      '"$repeats"', best["check1"], cpu["check1"], best["check2"], cpu["check2"], best["library"], cpu["library"]
    printf "ratio check --jobs 1 / library: %.2fx wall, %.2fx CPU\n", best["check1"] / best["library"],
      cpu["check1"] / cpu["library"]
    if ("findings1" in best)
      printf "ratio with a finding per run / without (check --jobs 1): %.2fx wall, %.2fx CPU\n",
        best["findings1"] / best["check1"], cpu["findings1"] / cpu["check1"]
  }' "$rows"
