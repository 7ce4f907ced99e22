"""Runs every benchmark of decode_bench briefly (the hostile ones at their
smallest size) and fails unless:

- no row reported an error: each checks its result against flowrun's before
  timing, and Google Benchmark reports a failed check only in its output,
  not in its exit status;
- the corpus rows are exactly the grid <corpus>/<impl>;
- every corpus row reports bytes/s and documents/s, and allocs_per_doc on
  the flowrun rows, 0 on */flowrun (steady state allocates nothing);
- bench/chart.py draws the output.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# The grid is the chart's: every row decode_bench registers is one chart.py draws.
sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chart import CORPORA, IMPLS  # noqa: E402

HOSTILE = {
    "BM_hostile_colliding_keys",
    "BM_hostile_distinct_keys",
    "BM_hostile_many_keys",
    "BM_hostile_long_string",
    "BM_hostile_nested_arrays",
}

exe = sys.argv[1]
problems = []

listed = subprocess.run([exe, "--benchmark_list_tests=true"], capture_output=True, text=True, check=True).stdout.split()
sizes = {}
for name in listed:
    if name.startswith("BM_hostile"):
        family, _, size = name.rpartition("/")
        sizes.setdefault(family, []).append(int(size))
selected = [n for n in listed if not n.startswith("BM_hostile")] + [f"{f}/{min(s)}" for f, s in sizes.items()]
pattern = "^(" + "|".join(re.escape(n) for n in selected) + ")$"
out = subprocess.run(
    [exe, "--benchmark_min_time=0.001", "--benchmark_format=json", "--benchmark_filter=" + pattern],
    capture_output=True,
    text=True,
    check=True,
).stdout
report = json.loads(out)
rows = report["benchmarks"]
names = [b["name"] for b in rows]
print("\n".join(names))

for b in rows:
    if b.get("error_occurred"):
        problems.append(f"{b['name']}: {b.get('error_message')}")

grid = {f"{c}/{i}" for c in CORPORA for i in IMPLS}
corpus_rows = [n for n in names if not n.startswith("BM_hostile")]
if sorted(corpus_rows) != sorted(grid):
    problems.append(
        f"corpus rows are not the <corpus>/<impl> grid: missing {sorted(grid - set(corpus_rows))}, "
        f"unexpected {sorted(set(corpus_rows) - grid)}, {len(corpus_rows)} rows for {len(grid)} names"
    )
if set(sizes) != HOSTILE:
    problems.append(f"hostile families {sorted(sizes)}, expected {sorted(HOSTILE)}")

for b in rows:
    name = b["name"]
    if name not in grid or b.get("error_occurred"):
        continue
    for counter in ("bytes_per_second", "items_per_second"):
        if not b.get(counter, 0) > 0:
            problems.append(f"{name}: no {counter}")
    impl = name.split("/")[1]
    if impl in ("flowrun", "flowrun_boost"):
        if "allocs_per_doc" not in b:
            problems.append(f"{name}: no allocs_per_doc")
        else:
            print(f"{name}: allocs_per_doc {b['allocs_per_doc']}")
            if impl == "flowrun" and b["allocs_per_doc"] != 0:
                problems.append(f"{name}: allocs_per_doc is {b['allocs_per_doc']}, not 0")

# The chart script reads this very output.
with tempfile.TemporaryDirectory() as tmp:
    results, chart = os.path.join(tmp, "results.json"), os.path.join(tmp, "results.svg")
    with open(results, "w", encoding="utf-8") as f:
        f.write(out)
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "chart.py")
    drawn = subprocess.run([sys.executable, script, results, chart], capture_output=True, text=True)
    if drawn.returncode != 0:
        problems.append("chart.py failed: " + drawn.stderr)
    else:
        bars = [e for e in ET.parse(chart).iter("{http://www.w3.org/2000/svg}rect") if e.find("{*}title") is not None]
        if len(bars) != len(grid):
            problems.append(f"chart.py drew {len(bars)} bars for {len(grid)} rows")

if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
