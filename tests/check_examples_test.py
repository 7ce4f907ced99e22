#!/usr/bin/env python3
"""`flowrun check` on the bundled examples, against the output recorded on
x86-64 (tests/data/check-examples.txt): text and JSON, compatible and strict.

Usage: check_examples_test.py FLOWRUN. In a cross build Meson names the
cross file's exe_wrapper (qemu-user) in MESON_EXE_WRAPPER, and flowrun runs
under it. FLOWRUN_EXAMPLES_DIR names the examples directory.
"""
import glob
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = os.path.join(HERE, "data", "check-examples.txt")
RUNS = [["check"], ["check", "--format=json"], ["check", "--strict", "--format=json"]]


def transcript(flowrun, examples):
    wrapper = shlex.split(os.environ.get("MESON_EXE_WRAPPER", ""))
    # Names relative to the examples directory: the output does not depend on
    # where the checkout is.
    files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(examples, "*.json")))
    out = []
    for args in RUNS:
        p = subprocess.run(wrapper + [flowrun, *args, *files], cwd=examples, capture_output=True, timeout=120)
        out.append(f"$ flowrun {' '.join(args)} *.json\n{p.stdout.decode()}{p.stderr.decode()}exit {p.returncode}\n")
    return "".join(out)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_examples_test.py FLOWRUN")
    flowrun = os.path.abspath(sys.argv[1])
    examples = os.environ.get("FLOWRUN_EXAMPLES_DIR", os.path.join(HERE, "..", "examples"))
    got = transcript(flowrun, examples)
    with open(EXPECTED, encoding="utf-8") as f:
        want = f.read()
    if got != want:
        print("flowrun check on the examples differs from tests/data/check-examples.txt:")
        print("--- got\n" + got + "--- want\n" + want)
        sys.exit(1)
    print(f"{len(RUNS)} runs of flowrun check on the examples as recorded")


if __name__ == "__main__":
    main()
