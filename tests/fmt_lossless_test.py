#!/usr/bin/env python3
"""Nothing lost: `flowrun fmt` (compact and --pretty) over documents with members the
contract does not know at every level it types (page, run, log entry, links, meta) gives
back every one of them, with an equal value, in document order, after the known fields;
`fmt --strict` refuses them.

Usage: python3 tests/fmt_lossless_test.py FLOWRUN [unittest options]
"""
import decimal
import json
import os
import subprocess
import sys
import unittest

FLOWRUN = None  # set in main()
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "unknown")

KNOWN = {
    "run": {"id", "status", "error_message", "started_at", "completed_at", "duration_in_seconds", "logs",
            "trigger_payload", "created_at", "workflow"},
    "log": {"id", "node_id", "component_id", "status", "output", "created_at", "execution_id"},
    "page": {"data", "links", "meta"},
    "links": {"first", "last", "prev", "next"},
    "meta": {"current_page", "from", "last_page", "path", "per_page", "to", "total"},
}


def load(text):
    """JSON with objects as lists of pairs (order kept) and exact numbers."""
    return json.loads(text, object_pairs_hook=list, parse_float=decimal.Decimal, parse_int=decimal.Decimal)


def typed_objects(kind, value, where=""):
    """(pointer, kind, pairs) of every object the contract types in a document."""
    if kind == "logs":
        for i, log in enumerate(value):
            yield from typed_objects("log", log, f"{where}/{i}")
        return
    yield where, kind, value
    members = dict(value)
    if kind == "run" and "logs" in members:
        yield from typed_objects("logs", members["logs"], where + "/logs")
    if kind == "page":
        for i, run in enumerate(members["data"]):
            yield from typed_objects("run", run, f"{where}/data/{i}")
        for sub in ("links", "meta"):
            if sub in members:
                yield where + "/" + sub, sub, members[sub]


def unknown_of(kind, pairs):
    return [(k, v) for k, v in pairs if k not in KNOWN[kind]]


class Lossless(unittest.TestCase):
    def fmt(self, path, *flags):
        p = subprocess.run([FLOWRUN, "fmt", *flags, path], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        return p.stdout

    def check(self, name, kind, *flags):
        path = os.path.join(DATA, name)
        with open(path, encoding="utf-8") as f:
            original = load(f.read())
        written = load(self.fmt(path, *flags))
        before = list(typed_objects(kind, original))
        after = list(typed_objects(kind, written))
        self.assertEqual([(w, k) for w, k, _ in before], [(w, k) for w, k, _ in after])
        total = 0
        for (where, k, pairs), (_, _, out) in zip(before, after):
            want = unknown_of(k, pairs)
            got = unknown_of(k, out)
            self.assertEqual(got, want, f"{name} {flags} at '{where}'")
            # After the known fields: the unknown ones are the tail of the object.
            if want:
                self.assertEqual(out[len(out) - len(want):], want, f"{name} {flags} at '{where}'")
            total += len(want)
        return total

    def test_every_level_compact_and_pretty(self):
        for flags in ((), ("--pretty",)):
            self.assertEqual(self.check("page.json", "page", *flags), 12)
            self.assertEqual(self.check("run.json", "run", *flags), 7)
            self.assertEqual(self.check("logs.json", "logs", *flags), 3)

    def test_numbers_and_strings_kept_as_written(self):
        out = self.fmt(os.path.join(DATA, "run.json"))
        for text in ('"big":123456789012345678901234567890', '"tiny":1e-400', '"note":""',
                     '"trigger":{"type":"schedule","cron":"0 12 * * *"}'):
            self.assertIn(text, out)
        out = self.fmt(os.path.join(DATA, "page.json"))
        self.assertIn('"cost":{"credits":1.5e0,', out)
        self.assertIn('"k\u00e9y with \\"quotes\\"":"escaped key"', out)

    def test_strict_mode_refuses_them(self):
        p = subprocess.run([FLOWRUN, "fmt", "--strict", os.path.join(DATA, "page.json")],
                           capture_output=True, text=True)
        self.assertEqual(p.returncode, 1)
        self.assertIn("unknown_field", p.stderr + p.stdout)
        self.assertIn("/api_version", p.stderr + p.stdout)


def main():
    global FLOWRUN
    FLOWRUN = sys.argv[1]
    unittest.main(argv=[sys.argv[0]] + sys.argv[2:])


if __name__ == "__main__":
    main()
