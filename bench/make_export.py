#!/usr/bin/env python3
"""make_export.py [--findings] OUT.ndjson [MIB]: writes a generated NDJSON export
of workflow runs of about MIB mebibytes (default 1024), for the large-export
measurement (README, Benchmarks). Every line is well-formed JSON (so that
simdjson's parse_many reads the same file); about 1 run in 200 breaks the
contract (an unknown status), 1 in 50 has a finding. With --findings, every
valid run has exactly one finding instead (log_outside_run: its first log's
created_at one second before the run's started_at), and the lines are as long
as without: the cost of findings, compared with the same export without them.
The same arguments give the same file."""
import datetime
import json
import random
import sys


def run(rng, i, findings=False):
    statuses = ["completed", "failed", "running", "pending"]
    status = statuses[rng.randrange(4)]
    start = "2025-10-%02dT%02d:%02d:%02dZ" % (1 + i % 28, rng.randrange(24), rng.randrange(60), rng.randrange(60))
    before = (datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ") - datetime.timedelta(seconds=1)).strftime(
        "%Y-%m-%dT%H:%M:%SZ")
    logs = []
    for k in range(rng.randrange(1, 4)):
        logs.append({"id": "fl_log_%x%d" % (i, k), "node_id": "n%d" % k, "component_id": rng.choice(["http", "webhook", None]),
                     "status": rng.choice(["success", "success", "warning", "error"]),
                     "output": {"status": 200, "body": {"message": "ok", "items": [rng.randrange(1000) for _ in range(rng.randrange(8))]}},
                     "created_at": before if findings and k == 0 else start})
    doc = {"id": "fl_run_%x" % i, "status": status, "error_message": "boom" if status == "failed" else None,
           "started_at": start, "completed_at": start if status in ("completed", "failed") else None,
           "duration_in_seconds": 0 if status in ("completed", "failed") else None, "logs": logs}
    if i % 200 == 7:
        doc["status"] = "bogus"
    if i % 50 == 3 and status == "failed" and not findings:
        doc["error_message"] = None
    return json.dumps(doc, separators=(",", ":"))


def main():
    args = sys.argv[1:]
    findings = "--findings" in args
    args = [a for a in args if a != "--findings"]
    if not 1 <= len(args) <= 2:
        sys.exit("usage: make_export.py [--findings] OUT.ndjson [MIB]")
    out = args[0]
    target = int(args[1] if len(args) > 1 else 1024) << 20
    rng = random.Random(20251031)
    lines = [run(rng, i, findings) for i in range(4000)]
    written, i = 0, 0
    with open(out, "w", encoding="utf-8") as f:
        while written < target:
            block = []
            for line in lines:
                # A distinct id per line: the run's id with the round's number.
                block.append(line.replace('"fl_run_', '"fl_run_%x' % i, 1))
            data = "\n".join(block) + "\n"
            f.write(data)
            written += len(data)
            i += 1
    print("wrote %d bytes, %d lines to %s" % (written, i * len(lines), out))


if __name__ == "__main__":
    main()
