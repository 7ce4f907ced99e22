#!/usr/bin/env python3
"""`flowrun fmt --canonical` against an independent RFC 8785 implementation, byte for byte.

Every valid document the tests have (examples/*.json, tests/data/unknown/*.json with
members the contract does not know at every level, and the generated contract corpus,
in both modes) goes through `flowrun fmt --canonical`, and through the npm package
canonicalize 2.1.0 (tests/canonical_npm.mjs, one node process) twice:

- canonicalize(JSON.parse(plain `flowrun fmt` output)): the same document, so the bytes
  must be equal for every document;
- canonicalize(JSON.parse(the input)): equal too whenever the input holds the same JSON
  value as fmt's output (it has no absent nullable field that fmt writes as null).

A document whose raw value holds a number with no double (1e400) must be refused by
flowrun with out_of_range at its pointer, and by canonicalize ("Infinity"). And the
properties: canonical output is a fixed point of fmt --canonical; compact and pretty
spellings of a document canonicalise equal; every unknown member survives.

Usage:
  python3 tests/fmt_canonical_test.py --flowrun PATH --corpus-tool PATH [--corpus-count N]
                                      [unittest options]
"""
import argparse
import base64
import decimal
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

import support

HERE = os.path.dirname(os.path.abspath(__file__))

ROOT = os.path.dirname(HERE)
NODE_SCRIPT = os.path.join(HERE, "canonical_npm.mjs")
UNKNOWN = os.path.join(HERE, "data", "unknown")
ARGS = None  # set in main()


def node_canonical(texts):
    """canonicalize(JSON.parse(text)) for each text (bytes): bytes, or ("error", kind)."""
    lines = "".join(json.dumps({"b64": base64.b64encode(t).decode()}) + "\n" for t in texts)
    p = subprocess.run(["node", NODE_SCRIPT], input=lines.encode(), capture_output=True, timeout=600)
    if p.returncode != 0:
        raise AssertionError("node failed: " + p.stderr.decode(errors="replace"))
    out = []
    for line in p.stdout.decode().splitlines():
        r = json.loads(line)
        out.append(base64.b64decode(r["ok"]) if "ok" in r else ("error", r["error"]))
    assert len(out) == len(texts), (len(out), len(texts))
    return out


def fmt(paths, kind, *flags):
    """flowrun fmt of one-document files: {path: output bytes}, {path: stderr line} for refusals."""
    written, refused = {}, {}
    for part in support.chunks(list(paths)):
        p = subprocess.run([ARGS.flowrun, "fmt", f"--kind={kind}", *flags, "--", *part], capture_output=True,
                           timeout=600)
        if p.returncode not in (0, 1):
            raise AssertionError(p.stderr.decode(errors="replace"))
        for line in p.stderr.decode().split("\n")[:-1]:
            m = re.match(r"(.*?):\d+:\d+: error\[", line)
            assert m and m.group(1) in part, line
            refused[m.group(1)] = line
        lines = p.stdout.split(b"\n")
        ok = [q for q in part if q not in refused]
        assert lines[-1] == b"" and len(lines) - 1 == len(ok), (len(lines) - 1, len(ok))
        written.update(zip(ok, lines[:-1]))
    return written, refused


def value(text, number=decimal.Decimal):
    """The JSON value, members sorted; numbers exact, or as doubles (number=float: as JSON.parse reads them)."""
    return json.loads(text, object_pairs_hook=lambda pairs: sorted(pairs), parse_float=number, parse_int=number)


class FmtCanonical(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory()
        cls.inputs = os.path.join(cls._tmp.name, "in")
        os.makedirs(cls.inputs)
        p = subprocess.run([ARGS.corpus_tool, cls.inputs, str(ARGS.corpus_count), "11"], capture_output=True,
                           text=True, timeout=300)
        if p.returncode != 0:
            raise AssertionError(p.stderr)
        for name, kind in support.EXAMPLE_KINDS.items():
            with open(os.path.join(ROOT, "examples", name), "rb") as f, \
                    open(os.path.join(cls.inputs, f"example-{name[:-5]}.{kind}.json"), "wb") as g:
                g.write(f.read())
        for name in os.listdir(UNKNOWN):
            kind = name[:-5]
            with open(os.path.join(UNKNOWN, name), "rb") as f, \
                    open(os.path.join(cls.inputs, f"unknown-{kind}.{kind}.json"), "wb") as g:
                g.write(f.read())

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    def check_mode(self, strict):
        mode = ["--strict"] if strict else []
        compared = same_value = refused_count = 0
        for kind in support.KINDS:
            paths = sorted(os.path.join(self.inputs, f) for f in os.listdir(self.inputs) if f.endswith(f".{kind}.json"))
            verdicts = support.flowrun_check(ARGS.flowrun, kind, strict, paths)
            valid = [p for p in paths if verdicts[p]["valid"]]
            plain, none_refused = fmt(valid, kind, *mode)
            self.assertEqual(none_refused, {})
            canon, refused = fmt(valid, kind, "--canonical", *mode)
            inputs = {}
            for p in valid:
                with open(p, "rb") as f:
                    inputs[p] = f.read()
            node_of_plain = node_canonical([plain[p] for p in valid])
            node_of_input = node_canonical([inputs[p] for p in valid])
            for p, want, want_input in zip(valid, node_of_plain, node_of_input):
                if p in refused:
                    # Only a number with no double: node's canonicalize refuses it too.
                    self.assertIn("error[out_of_range]", refused[p])
                    self.assertIn("too large for a double", refused[p])
                    self.assertEqual(want, ("error", "infinity"), p)
                    refused_count += 1
                    continue
                self.assertEqual(canon[p], want, p)
                compared += 1
                if value(inputs[p]) == value(plain[p]):
                    self.assertEqual(canon[p], want_input, p)
                    same_value += 1
        print(f"\n{'strict' if strict else 'compatible'}: {compared} documents byte-equal to canonicalize, "
              f"{same_value} of them also to canonicalize of the input, {refused_count} refused by both",
              file=sys.stderr)
        return compared, same_value, refused_count

    def test_compatible_mode(self):
        compared, same_value, _ = self.check_mode(strict=False)
        self.assertGreater(compared, ARGS.corpus_count // 5)
        self.assertGreater(same_value, ARGS.corpus_count // 20)

    def test_strict_mode(self):
        compared, _, _ = self.check_mode(strict=True)
        self.assertGreater(compared, ARGS.corpus_count // 10)

    def test_fixed_point_and_layout(self):
        docs = [(os.path.join(ROOT, "examples", n), k) for n, k in support.EXAMPLE_KINDS.items()]
        docs += [(os.path.join(UNKNOWN, n), n[:-5]) for n in sorted(os.listdir(UNKNOWN))]
        for src, kind in docs:
            with self.subTest(src=src):
                canon, _ = fmt([src], kind, "--canonical")
                pretty = {src: subprocess.run([ARGS.flowrun, "fmt", "--pretty", f"--kind={kind}", src],
                                              capture_output=True, check=True).stdout}
                again_path = os.path.join(self._tmp.name, "again.json")
                pretty_path = os.path.join(self._tmp.name, "pretty.json")
                with open(again_path, "wb") as f:
                    f.write(canon[src])
                with open(pretty_path, "wb") as f:
                    f.write(pretty[src])
                again, _ = fmt([again_path], kind, "--canonical")
                self.assertEqual(again[again_path], canon[src])
                from_pretty, _ = fmt([pretty_path], kind, "--canonical")
                self.assertEqual(from_pretty[pretty_path], canon[src])

    def test_unknown_members_survive(self):
        for kind in ("page", "run", "logs"):
            src = os.path.join(UNKNOWN, kind + ".json")
            canon, _ = fmt([src], kind, "--canonical")
            plain, _ = fmt([src], kind)
            self.assertEqual(value(canon[src], float), value(plain[src], float))
            with open(src, "rb") as f:
                original = f.read()
            for key in re.findall(rb'"([a-z_]+)":', original):
                self.assertIn(b'"' + key + b'":', canon[src], key)

    def test_a_number_with_no_double_is_an_error_with_its_pointer(self):
        path = os.path.join(self._tmp.name, "big.json")
        with open(path, "wb") as f:
            f.write(b'{"id":"fl_run_a","status":"running","started_at":"2025-10-31T12:00:00Z",\n'
                    b'"logs":[{"id":"fl_log_a","node_id":"n","status":"success",\n'
                    b'  "output":{"b":[1,-1e400]},"created_at":"2025-10-31T12:00:00Z"}]}')
        p = subprocess.run([ARGS.flowrun, "fmt", "--canonical", path], capture_output=True, text=True)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout, "")
        self.assertEqual(p.stderr, f"{path}:3:20: error[out_of_range] /logs/0/output/b/1: number -1e400 is too large"
                                   " for a double (RFC 8785 needs an IEEE 754 double)\n")
        p = subprocess.run([ARGS.flowrun, "fmt", "--canonical", "--pretty", path], capture_output=True, text=True)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--pretty and --canonical do not go together", p.stderr)


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--flowrun", required=True)
    parser.add_argument("--corpus-tool", required=True)
    parser.add_argument("--corpus-count", type=int, default=2000)
    ARGS, rest = parser.parse_known_args()
    ARGS.flowrun = os.path.abspath(ARGS.flowrun)
    ARGS.corpus_tool = os.path.abspath(ARGS.corpus_tool)
    support.setup_node()
    support.setup_node(os.path.join(HERE, "node"), "fmt_canonical_test")
    prog = unittest.main(argv=[sys.argv[0]] + rest, exit=False, verbosity=2)
    sys.exit(0 if prog.result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
