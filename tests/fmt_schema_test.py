#!/usr/bin/env python3
"""The canonical writer's output under the JSON Schema: every document flowrun accepts
(the examples and the generated corpus, in each mode) is written by `flowrun fmt`, and
the schema (Ajv, through schema/validate.mjs) and flowrun both accept what it writes, in
the mode the input was accepted in.

Usage:
  python3 tests/fmt_schema_test.py --flowrun PATH --corpus-tool PATH [--corpus-count N]
                                   [--corpus-seed N] [unittest options]

Uses tests/support.py's helpers (the same Ajv setup: `npm ci --prefix schema` when needed).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import support

ARGS = None  # set in main()


def fmt(kind, strict, paths):
    """`flowrun fmt` of valid one-document files: one line of canonical JSON each, in order."""
    out = []
    for part in support.chunks(list(paths)):
        cmd = [ARGS.flowrun, "fmt", f"--kind={kind}"] + (["--strict"] if strict else []) + ["--"] + part
        p = subprocess.run(cmd, capture_output=True, timeout=300)
        if p.returncode != 0:
            raise AssertionError(f"flowrun fmt exited {p.returncode}: {p.stderr.decode(errors='replace')}")
        lines = p.stdout.split(b"\n")
        if lines[-1] != b"" or len(lines) - 1 != len(part):
            raise AssertionError(f"flowrun fmt wrote {len(lines) - 1} lines for {len(part)} documents")
        out += lines[:-1]
    return out


class FmtSchemaTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory()
        cls.inputs = os.path.join(cls._tmp.name, "in")
        os.makedirs(cls.inputs)
        p = subprocess.run([ARGS.corpus_tool, cls.inputs, str(ARGS.corpus_count), str(ARGS.corpus_seed)],
                           capture_output=True, text=True, timeout=300)
        if p.returncode != 0:
            raise AssertionError(f"{ARGS.corpus_tool} failed: {p.stderr}")
        for name, kind in support.EXAMPLE_KINDS.items():
            shutil.copy(os.path.join(support.EXAMPLES, name), os.path.join(cls.inputs, f"example-{name[:-5]}.{kind}.json"))

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    def check_mode(self, strict):
        written = 0
        outputs = os.path.join(self._tmp.name, "strict" if strict else "compatible")
        os.makedirs(outputs, exist_ok=True)
        for kind in support.KINDS:
            paths = sorted(os.path.join(self.inputs, f) for f in os.listdir(self.inputs) if f.endswith(f".{kind}.json"))
            verdicts = support.flowrun_check(ARGS.flowrun, kind, strict, paths)
            valid = [p for p in paths if verdicts[p]["valid"]]
            texts = fmt(kind, strict, valid)
            out_paths = []
            for path, text in zip(valid, texts):
                out = os.path.join(outputs, os.path.basename(path))
                with open(out, "wb") as f:
                    f.write(text + b"\n")
                out_paths.append(out)
            written += len(out_paths)
            # flowrun accepts what it wrote, in the same mode.
            again = support.flowrun_check(ARGS.flowrun, kind, strict, out_paths)
            for out in out_paths:
                self.assertTrue(again[out]["valid"], f"{out}: {again[out]['errors'][:2]}")
            # So does the schema.
            after = support.schema_check(kind, strict, out_paths)
            for path, out in zip(valid, out_paths):
                self.assertTrue(after[out]["valid"], f"{out} (from {path}): {after[out]['errors'][:2]}")
        return written

    def test_compatible_mode(self):
        self.assertGreater(self.check_mode(strict=False), ARGS.corpus_count // 5)

    def test_strict_mode(self):
        self.assertGreater(self.check_mode(strict=True), ARGS.corpus_count // 10)


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--flowrun", required=True, help="the flowrun command")
    parser.add_argument("--corpus-tool", required=True, help="flowrun_corpus (OUTDIR COUNT SEED)")
    parser.add_argument("--corpus-count", type=int, default=3000)
    parser.add_argument("--corpus-seed", type=int, default=7)
    ARGS, rest = parser.parse_known_args()
    ARGS.flowrun = os.path.abspath(ARGS.flowrun)
    ARGS.corpus_tool = os.path.abspath(ARGS.corpus_tool)
    support.setup_node()
    prog = unittest.main(argv=[sys.argv[0]] + rest, exit=False, verbosity=2)
    sys.exit(0 if prog.result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
