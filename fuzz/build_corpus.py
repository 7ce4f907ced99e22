#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target, as simdjson's build_corpus.sh
does: from the examples, the test fixtures and the conformance suites, plus
hostile generators (deep nesting, many keys, long strings). Nothing it writes
is checked in; the inputs that once failed live in fuzz/regressions/<target>.

usage: build_corpus.py OUTDIR [--stamp FILE]
Writes OUTDIR/<target>/<name> for each target, replacing what was there.

Layouts: fuzz_decode, fuzz_differential, fuzz_wellformed and fuzz_roundtrip
read a selector byte then a document (fuzz/fuzz_input.hpp); fuzz_timestamp
reads the text of a timestamp; fuzz_structured reads a recipe of bytes.
"""
import hashlib
import json
import os
import random
import shutil
import sys

FUZZ = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(FUZZ)

# Selector bits (fuzz_input.hpp): kind in bits 0-1 (3 = NDJSON), 4 strict,
# 8 collect-all, 16 max_depth 8; fuzz_roundtrip also reads 32 (pretty).
RUN, PAGE, LOGS, NDJSON = 0, 1, 2, 3
STRICT, COLLECT, SHALLOW, PRETTY = 4, 8, 16, 32


def read(path):
    with open(path, "rb") as f:
        return f.read()


def examples():
    """(kind, text) of each example document, as written and compacted."""
    kinds = {"run.json": RUN, "run-legacy.json": RUN, "page.json": PAGE, "logs.json": LOGS}
    out = []
    for name, kind in sorted(kinds.items()):
        text = read(os.path.join(ROOT, "examples", name))
        out.append((kind, text))
        out.append((kind, json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False).encode()))
    return out


def json_test_suite():
    d = os.path.join(ROOT, "tests", "data", "JSONTestSuite", "test_parsing")
    return [(name, read(os.path.join(d, name))) for name in sorted(os.listdir(d))]


def schema_suite_documents():
    d = os.path.join(ROOT, "tests", "data", "json-schema-test-suite")
    return [(name, read(os.path.join(d, name))) for name in sorted(os.listdir(d)) if name.endswith(".json")]


def timestamps_from_suite():
    out = []
    for _, text in schema_suite_documents():
        for group in json.loads(text):
            for t in group["tests"]:
                if isinstance(t["data"], str):
                    out.append(t["data"].encode())
    return out


def run_with_output(output):
    return (b'{"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[{"id":"fl_log_b2",'
            b'"node_id":"n1","component_id":null,"status":"success","output":' + output +
            b',"created_at":"2025-10-31T12:00:01.000000Z"}]}')


def hostile():
    """Large and deep documents (kind run): the generators of tests/hostile_test.cpp, at fuzzing sizes."""
    deep = lambda n: b"[" * n + b"]" * n
    many_keys = lambda n: b"{" + b",".join(b'"k%d":%d' % (i, i) for i in range(n)) + b"}"
    out = {
        "deep-output-252": run_with_output(b'{"y":' + deep(252) + b"}"),   # the last level within 256
        "deep-output-253": run_with_output(b'{"y":' + deep(253) + b"}"),   # one past it
        "deep-root-5000": deep(5000),
        "deep-objects-300": b'{"a":' * 300 + b"1" + b"}" * 300,
        "deep-unclosed-3000": b"[" * 3000,                                   # the error path at depth
        "many-keys-5000": run_with_output(many_keys(5000)),
        "many-keys-dup-last": run_with_output(many_keys(3000)[:-1] + b',"k0":0}'),
        "many-root-keys": many_keys(4000),
        "long-string-60k": run_with_output(b'{"s":"' + b"x" * 60000 + b'"}'),
        "long-escapes": run_with_output(b'{"s":"' + b"\\u00e9\\ud83d\\ude00" * 2000 + b'"}'),
        "long-message": b'{"id":"fl_run_a1","status":"failed","error_message":"' + "é".encode() * 20000 +
                        b'","started_at":"2025-10-31T12:00:00Z"}',
        "many-logs": b'{"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[' + b",".join(
            b'{"id":"fl_log_%d","node_id":"n%d","component_id":null,"status":"success","output":{},'
            b'"created_at":"2025-10-31T12:00:01Z"}' % (i, i) for i in range(400)) + b"]}",
    }
    return sorted(out.items())


def ndjson_streams(docs):
    runs = [json.dumps(json.loads(t), separators=(",", ":")).encode() for k, t in docs if k == RUN]
    return [b"\n".join(runs) + b"\n", b"\r\n\n".join(runs), runs[0] + b"\n{bad\n" + runs[-1]]


class Writer:
    def __init__(self, outdir, target):
        self.dir = os.path.join(outdir, target)
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(self.dir)
        self.seen = set()

    def add(self, name, data):
        digest = hashlib.sha1(data).digest()
        if digest in self.seen:
            return
        self.seen.add(digest)
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
        with open(os.path.join(self.dir, safe), "wb") as f:
            f.write(data)


def selector_seeds(w, selectors, docs):
    for i, (kind, text) in enumerate(docs):
        for sel in selectors:
            w.add("ex%d-%d" % (i, sel | kind), bytes([sel | kind]) + text)


def handwritten(w):
    d = os.path.join(FUZZ, "seeds")
    for name in sorted(os.listdir(d)):
        w.add("hand-" + name, read(os.path.join(d, name)))


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    outdir = argv[1]
    docs = examples()
    suite = json_test_suite()

    # fuzz_decode: every example under every option, the hostile documents,
    # the conformance suites as runs.
    w = Writer(outdir, "fuzz_decode")
    selector_seeds(w, [0, STRICT, COLLECT, STRICT | COLLECT, SHALLOW], docs)
    for name, text in hostile():
        w.add("hostile-" + name, bytes([0]) + text)
    for name, text in suite:
        w.add("suite-" + name, bytes([RUN]) + text)
    for name, text in schema_suite_documents():
        w.add("schema-" + name, bytes([PAGE]) + text)
    for i, s in enumerate(ndjson_streams(docs)):
        w.add("ndjson%d" % i, bytes([NDJSON]) + s)
    handwritten(w)

    # fuzz_differential: both paths on the examples, streams, hostile inputs
    # with collect-all (every error compared), the suites as logs.
    w = Writer(outdir, "fuzz_differential")
    selector_seeds(w, [0, STRICT | COLLECT, COLLECT | SHALLOW], docs)
    for name, text in hostile():
        w.add("hostile-" + name, bytes([COLLECT]) + text)
    for name, text in suite:
        w.add("suite-" + name, bytes([LOGS | COLLECT]) + text)
    for i, s in enumerate(ndjson_streams(docs)):
        w.add("ndjson%d" % i, bytes([NDJSON | COLLECT]) + s)
    handwritten(w)

    # fuzz_wellformed: the conformance suite first (y_, n_ and i_ files),
    # under both depth limits, and the hostile shapes.
    w = Writer(outdir, "fuzz_wellformed")
    for name, text in suite:
        w.add("suite-" + name, bytes([RUN]) + text)
        w.add("suite-shallow-" + name, bytes([RUN | SHALLOW]) + text)
    for name, text in hostile():
        w.add("hostile-" + name, bytes([RUN]) + text)
    selector_seeds(w, [0, SHALLOW], docs)

    # fuzz_roundtrip: the examples compact and pretty, strict and not, and
    # the large valid documents.
    w = Writer(outdir, "fuzz_roundtrip")
    selector_seeds(w, [0, PRETTY, STRICT, STRICT | PRETTY], docs)
    for name, text in hostile():
        w.add("hostile-" + name, bytes([RUN]) + text)
    for i, s in enumerate(ndjson_streams(docs)):
        w.add("ndjson%d" % i, bytes([NDJSON]) + s)

    # fuzz_timestamp: the timestamps of the examples and of the JSON Schema
    # suite (valid and not), and the calendar's edges.
    w = Writer(outdir, "fuzz_timestamp")
    stamps = set(timestamps_from_suite())
    for _, text in docs:
        for s in text.split(b'"'):
            if len(s) >= 20 and s[:1].isdigit() and b"T" in s:
                stamps.add(s)
    stamps.update(s.encode() for s in [
        "2024-02-29T00:00:00Z", "2025-02-29T00:00:00Z", "2025-02-30T00:00:00Z", "1900-02-29T00:00:00Z",
        "2000-02-29T23:59:60Z", "0000-01-01T00:00:00+23:59", "9999-12-31T23:59:59.999999999-23:59",
        "1998-12-31T15:59:60.123-08:00", "1998-12-31T23:59:60+01:00", "2025-04-31T12:00:00Z",
        "2025-10-31t12:00:00.1234567891234z", "2025-10-31T12:00:00-00:00", "2025-10-31T12:00:00.Z",
        "2025-10-31 12:00:00Z", "12025-10-31T12:00:00Z", "-2025-10-31T12:00:00Z", "2025-10-31T12:00:00+24:00",
        "2025-10-31T12:00:00+01:60", "2025-10-31T12:00:00"])
    for s in sorted(stamps):
        w.add("ts-" + s.decode("utf-8", "replace")[:40], s)

    # fuzz_structured: recipes. One per corruption (second byte) under each
    # option byte, then pseudo-random recipes of several lengths.
    w = Writer(outdir, "fuzz_structured")
    rng = random.Random(20251031)
    for corruption in range(22):
        for options in (0, 1, 2, 3, 4):
            body = bytes(rng.randrange(256) for _ in range(48))
            w.add("c%d-o%d" % (corruption, options), bytes([options, corruption]) + body)
    for n in (64, 256, 1024, 4096):
        for i in range(4):
            w.add("random-%d-%d" % (n, i), bytes(rng.randrange(256) for _ in range(n)))
    # Large: many logs (count byte % 16 == 0, then a 16-bit count), and wide or deep outputs.
    w.add("many-logs", bytes([0, 0, 0, 0x10, 0x27]) + bytes(rng.randrange(256) for _ in range(2048)))
    w.add("deep-output", bytes([0, 18, 1, 1, 0, 0, 0]) + bytes(rng.randrange(256) for _ in range(512)))
    if len(argv) > 3 and argv[2] == "--stamp":
        with open(argv[3], "w") as f:
            f.write("ok\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
