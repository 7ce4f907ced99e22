"""Runs every benchmark briefly and fails if any reported an error: each one
checks its result against flowrun's before timing, and Google Benchmark
reports a failed check only in its output, not in its exit status."""
import json
import subprocess
import sys

exe = sys.argv[1]
out = subprocess.run([exe, "--benchmark_min_time=0.001", "--benchmark_format=json",
                      "--benchmark_filter=^(run|page)/|/(1024|16384)$"],
                     capture_output=True, text=True, check=True).stdout
runs = json.loads(out)["benchmarks"]
names = [b["name"] for b in runs]
errors = [(b["name"], b.get("error_message")) for b in runs if b.get("error_occurred")]
print("\n".join(names))
expected = {"run/flowrun", "run/simdjson_dom", "run/rapidjson", "run/boost_json", "run/nlohmann",
            "page/flowrun", "page/simdjson_dom", "page/rapidjson", "page/boost_json", "page/nlohmann"}
missing = expected - set(names)
hostile = {n.split("/")[0] for n in names if n.startswith("BM_hostile") and "/" in n}
if errors or missing or len(hostile) != 3:
    print("errors:", errors, "missing:", sorted(missing), file=sys.stderr)
    sys.exit(1)
