#!/usr/bin/env python3
"""RFC 8785 canonical JSON: flowrun against an independent implementation, byte for byte.

Every document the tests have (examples/*.json, every JSONTestSuite parsing case, the
RFC 8785 test data, the generated contract corpus) plus generated JSON (random values
written in random layouts, key orders and escapes; numbers of every shape, halfway
cases between doubles included) is canonicalized by flowrun (tests/tools/flowrun_canonical,
one process, one reused canonicalizer) and by the npm package canonicalize 2.1.0 as
canonicalize(JSON.parse(text)) (tests/canonical_npm.mjs, one node process).

Where both accept a document, the bytes must be equal. Where they differ on accepting
it, the difference must be one of those RFC 8785 itself requires, each checked:

- flowrun `duplicate_key`: JSON.parse keeps the last value; RFC 8785 needs I-JSON
  (RFC 7493), which forbids repeated keys. Python's json module confirms the repeat.
- flowrun `invalid_utf8` where the text has a lone surrogate escape ("\\ud800"): JSON.parse
  accepts it, JSON.stringify writes it back escaped; I-JSON forbids it, and so does
  flowrun everywhere (docs/contract.md, decision 1). When it is in a member that
  JSON.parse overwrote (a repeated key), npm even accepts the document: Python's json
  confirms both the repeat and the surrogate.
- flowrun `out_of_range` where canonicalize throws "Infinity is not allowed": a number
  too large for a double (RFC 8785 section 3.2.2.3: an error, not a silent change).

Anything node rejects (not UTF-8, not JSON) flowrun must reject with a well-formedness
code (the first problem in the text: trailing content before a bad byte is
trailing_content). flowrun reads with max_depth 4096 here; nothing in the set is deeper than node's
stack allows.

Usage:
  python3 tests/canonical_npm_test.py --tool PATH --corpus-tool PATH [--corpus-count N]
                                      [--random-count N] [--seed N] [unittest options]

Setup: `npm ci --prefix tests/node` when tests/node/node_modules is missing or stale.
"""
import argparse
import base64
import decimal
import json
import math
import os
import random
import struct
import subprocess
import sys
import tempfile
import unittest

import support

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NODE_DIR = os.path.join(HERE, "node")
RFC_DIR = os.path.join(HERE, "data", "rfc8785")
SUITE_DIR = os.path.join(HERE, "data", "JSONTestSuite", "test_parsing")
EXAMPLES = os.path.join(ROOT, "examples")
ARGS = None  # set in main()


# ---- the two sides ------------------------------------------------------------------------

def run_flowrun(docs):
    """[(True, canonical bytes) or (False, (code, offset, pointer))] for each document."""
    framed = b"".join(b"%d\n%s\n" % (len(d), d) for d in docs)
    p = subprocess.run([ARGS.tool, "--framed", "--max-depth=4096"], input=framed, capture_output=True, timeout=600)
    if p.returncode != 0:
        raise AssertionError(f"flowrun_canonical exited {p.returncode}: {p.stderr.decode(errors='replace')}")
    out, pos, results = p.stdout, 0, []
    while pos < len(out):
        nl = out.index(b"\n", pos)
        head = out[pos:nl].split(b" ")
        if head[0] == b"ok":
            n = int(head[1])
            results.append((True, out[nl + 1:nl + 1 + n]))
        else:
            n = int(head[3])
            results.append((False, (head[1].decode(), int(head[2]), out[nl + 1:nl + 1 + n].decode())))
        pos = nl + 1 + n + 1
    if len(results) != len(docs):
        raise AssertionError(f"flowrun_canonical answered {len(results)} of {len(docs)} documents")
    return results


def run_node(docs):
    """[{"ok": base64} or {"error": kind, "message": ...}] for each document."""
    lines = "".join(json.dumps({"b64": base64.b64encode(d).decode()}) + "\n" for d in docs)
    p = subprocess.run(["node", "--stack-size=4000", os.path.join(HERE, "canonical_npm.mjs")], input=lines.encode(),
                       capture_output=True, timeout=600)
    if p.returncode != 0:
        raise AssertionError(f"node canonical_npm.mjs exited {p.returncode}: {p.stderr.decode(errors='replace')}")
    results = [json.loads(line) for line in p.stdout.decode().splitlines()]
    if len(results) != len(docs):
        raise AssertionError(f"node answered {len(results)} of {len(docs)} documents")
    return results


def python_view(doc):
    """(repeats a key, holds a lone surrogate) for a document JSON.parse accepted, by
    Python's json module, which sees every member, also those JSON.parse overwrites."""
    found = {"dup": False, "lone": False}

    def lone(s):
        return any("\ud800" <= c <= "\udfff" for c in s)

    def strings(v):
        if isinstance(v, str):
            found["lone"] = found["lone"] or lone(v)
        elif isinstance(v, list):
            for e in v:
                strings(e)

    def pairs(items):
        keys = [k for k, _ in items]
        found["dup"] = found["dup"] or len(set(keys)) != len(keys)
        for k, v in items:
            found["lone"] = found["lone"] or lone(k)
            strings(v)
        return dict(items)

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    strings(json.loads(doc.decode("utf-8"), object_pairs_hook=pairs))
    return found["dup"], found["lone"]


# ---- documents ------------------------------------------------------------------------------

def read(path):
    with open(path, "rb") as f:
        return f.read()


def corpus_documents(tmp):
    out = os.path.join(tmp, "corpus")
    p = subprocess.run([ARGS.corpus_tool, out, str(ARGS.corpus_count), str(ARGS.seed)], capture_output=True, text=True,
                       timeout=300)
    if p.returncode != 0:
        raise AssertionError(f"{ARGS.corpus_tool} failed: {p.stderr}")
    return [(f"corpus/{name}", read(os.path.join(out, name))) for name in sorted(os.listdir(out))]


class RandomJson:
    """JSON texts with the features canonicalization must get right, in random spellings."""

    CHARS = ["a", "b", "z", "A", "1", " ", "/", "\"", "\\", "\x00", "\x1f", "\n", "\x7f", "\u0080", "\u00e9", "\u00f6",
             "\u07ff", "\u0800", "\u20ac", "\u2028", "\ud7ff", "\ue000", "\ufb33", "\uffff", "\U00010000",
             "\U0001f600", "\U0010ffff"]

    def __init__(self, seed):
        self.r = random.Random(seed)

    def space(self):
        return self.r.choice(["", "", "", " ", "\n", "\t", "\r\n  "])

    def text(self):
        return "".join(self.r.choice(self.CHARS) for _ in range(self.r.randrange(6)))

    def spell_string(self, s):
        out = ['"']
        for ch in s:
            cp = ord(ch)
            must = cp < 0x20 or ch in "\"\\"
            if must or self.r.random() < 0.2:
                short = {"\"": "\\\"", "\\": "\\\\", "\n": "\\n", "/": "\\/", "\b": "\\b", "\t": "\\t"}.get(ch)
                if short and self.r.random() < 0.5:
                    out.append(short)
                else:
                    units = ch.encode("utf-16-be")
                    for k in range(0, len(units), 2):
                        u = "%04x" % int.from_bytes(units[k:k + 2], "big")
                        out.append("\\u" + (u.upper() if self.r.random() < 0.5 else u))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)

    def number(self):
        r = self.r
        kind = r.randrange(9)
        if kind == 0:
            return str(r.randrange(-10**6, 10**6))
        if kind == 1:  # long integers, past 2^53 and 1e21
            return ("-" if r.random() < 0.3 else "") + str(r.randrange(1, 10)) + "".join(
                r.choice("0123456789") for _ in range(r.randrange(30)))
        if kind == 2:  # any double, shortest repr
            while True:
                d = struct.unpack(">d", r.getrandbits(64).to_bytes(8, "big"))[0]
                if math.isfinite(d):
                    return repr(d)
        if kind == 3:  # mantissa and exponent, near both ends of the range too
            mant = str(r.randrange(10**r.randrange(1, 20)))
            if r.random() < 0.5 and len(mant) > 1:
                mant = mant[0] + "." + mant[1:]
            return ("-" if r.random() < 0.3 else "") + mant + r.choice("eE") + r.choice(["", "+", "-"]) + str(
                r.randrange(0, 330 if r.random() < 0.1 else 290))
        if kind == 4:  # halfway between two neighbouring doubles, and a hair either side
            d = abs(struct.unpack(">d", r.getrandbits(64).to_bytes(8, "big"))[0])
            if not math.isfinite(d) or d == 0:
                d = 1.5
            up = math.nextafter(d, math.inf)
            if not math.isfinite(up):
                return repr(d)
            with decimal.localcontext() as ctx:
                ctx.prec = 1200
                mid = (decimal.Decimal(d) + decimal.Decimal(up)) / 2
                mid += r.choice([0, 0, mid.scaleb(-60), -mid.scaleb(-60)])
                return format(mid, "e" if r.random() < 0.5 else "f") if mid.adjusted() < 40 else format(mid, "e")
        if kind == 5:  # fractions with many digits
            return str(r.randrange(0, 1000)) + "." + "".join(r.choice("0123456789") for _ in range(r.randrange(1, 40)))
        if kind == 6:
            if r.random() < 0.1:  # past the doubles: an error (one spoils a whole document)
                return r.choice(["1e400", "-1e400", "1.7976931348623159e308"])
            return r.choice(["0", "-0", "-0.0", "0e0", "1e21", "1e-7", "1e-6", "0.000001", "1e-400", "-1e-400",
                             "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
                             "1.7976931348623158e308", "9007199254740993", "4.35", "0.1", "5e-324"])
        if kind == 7:
            return repr(r.uniform(-1e6, 1e6))
        return repr(math.ldexp(r.randrange(1, 100), r.randrange(-1080, 1017)))

    def value(self, depth):
        r = self.r
        k = r.randrange(5 if depth >= 6 else 7)
        if k == 0:
            return r.choice(["null", "true", "false"])
        if k in (1, 2):
            return self.number()
        if k == 3:
            return self.spell_string(self.text())
        if k == 4:
            return self.number() if r.random() < 0.5 else self.spell_string(self.text())
        if k == 5:
            items = [self.space() + self.value(depth + 1) + self.space() for _ in range(r.randrange(5))]
            return "[" + (",".join(items) if items else self.space()) + "]"
        members, keys = [], set()
        for _ in range(r.randrange(6)):
            key = self.text()
            if key in keys and r.random() < 0.9:
                continue
            keys.add(key)
            members.append(self.space() + self.spell_string(key) + self.space() + ":" + self.space() +
                           self.value(depth + 1) + self.space())
        return "{" + (",".join(members) if members else self.space()) + "}"

    def document(self):
        text = self.space() + self.value(0) + self.space()
        raw = text.encode("utf-8", "surrogatepass")
        roll = self.r.random()
        if roll < 0.01:  # a lone surrogate escape
            raw = raw.replace(b'"', b'"\\ud800', 1)
        elif roll < 0.02 and len(raw) > 2:  # damage: cut short, or a stray byte
            cut = self.r.randrange(1, len(raw))
            raw = raw[:cut] if self.r.random() < 0.5 else raw[:cut] + self.r.choice([b"\xff", b"\xc0", b",", b"]"]) + raw[cut:]
        return raw


# ---- the test -------------------------------------------------------------------------------

class CanonicalNpmTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory()
        docs = []
        docs += [(f"examples/{n}", read(os.path.join(EXAMPLES, n))) for n in sorted(os.listdir(EXAMPLES)) if n.endswith(".json")]
        docs += [(f"JSONTestSuite/{n}", read(os.path.join(SUITE_DIR, n))) for n in sorted(os.listdir(SUITE_DIR))]
        docs += [(f"rfc8785/{n}", read(os.path.join(RFC_DIR, "input", n))) for n in sorted(os.listdir(os.path.join(RFC_DIR, "input")))]
        docs += corpus_documents(cls._tmp.name)
        gen = RandomJson(ARGS.seed)
        docs += [(f"random/{i}", gen.document()) for i in range(ARGS.random_count)]
        cls.docs = docs
        cls.flowrun = run_flowrun([d for _, d in docs])
        cls.node = run_node([d for _, d in docs])

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    def test_rfc_test_data(self):
        """flowrun gives the RFC test data's own outputs."""
        for (name, _), (ok, out) in zip(self.docs, self.flowrun):
            if name.startswith("rfc8785/"):
                want = read(os.path.join(RFC_DIR, "output", name.split("/")[1]))
                self.assertTrue(ok, f"{name}: {out}")
                self.assertEqual(out, want.rstrip(b"\n"), name)

    def test_same_bytes_or_a_required_difference(self):
        equal, differences, failures = 0, {}, []
        for (name, doc), (ok, out), theirs in zip(self.docs, self.flowrun, self.node):
            why = None
            if "ok" in theirs:
                want = base64.b64decode(theirs["ok"])
                if ok:
                    if out == want:
                        equal += 1
                    else:
                        why = f"bytes differ:\n  flowrun {out[:300]!r}\n  npm     {want[:300]!r}"
                elif out[0] == "duplicate_key":
                    if not python_view(doc)[0]:
                        why = f"flowrun says duplicate_key at {out[2]!r}, Python's json finds no repeated key"
                elif out[0] == "invalid_utf8" and python_view(doc) == (True, True):
                    pass  # a lone surrogate in a member JSON.parse overwrote (a repeated key)
                else:
                    why = f"npm accepts it, flowrun says {out}"
            elif theirs["error"] == "lone_surrogate":
                if ok or out[0] not in ("invalid_utf8", "duplicate_key", "out_of_range"):
                    why = f"a lone surrogate: flowrun says {out if not ok else 'ok'}, expected invalid_utf8"
            elif theirs["error"] == "infinity":
                if ok or out[0] not in ("out_of_range", "duplicate_key"):
                    why = f"a number past the doubles: flowrun says {out if not ok else 'ok'}, expected out_of_range"
            elif theirs["error"] in ("utf8", "syntax"):
                if ok or out[0] not in support.WELL_FORMEDNESS:
                    why = f"npm: {theirs['error']} ({theirs['message'][:100]}); flowrun says {out if not ok else 'ok'}"
            else:
                why = f"npm failed: {theirs}"
            if why:
                failures.append(f"{name}: {why}")
            else:
                kind = "equal" if ok else f"npm {theirs.get('error', 'ok')} / flowrun {out[0]}"
                differences[kind] = differences.get(kind, 0) + 1
        print(f"\n{len(self.docs)} documents: {differences}", file=sys.stderr)
        self.assertEqual(failures, [], "\n".join(failures[:20]))
        # Not vacuous: most of them are compared byte for byte.
        self.assertGreater(equal, 0.7 * len(self.docs))

    def test_every_valid_corpus_document_is_compared(self):
        """Every contract document and example flowrun accepts as JSON is among the equal ones."""
        n = 0
        for (name, _), (ok, _), theirs in zip(self.docs, self.flowrun, self.node):
            if name.startswith(("corpus/", "examples/")) and ok:
                self.assertIn("ok", theirs, name)
                n += 1
        self.assertGreater(n, ARGS.corpus_count // 2)


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", required=True, help="tests/tools/flowrun_canonical")
    parser.add_argument("--corpus-tool", required=True, help="flowrun_corpus (OUTDIR COUNT SEED)")
    parser.add_argument("--corpus-count", type=int, default=3000)
    parser.add_argument("--random-count", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=8785)
    ARGS, rest = parser.parse_known_args()
    ARGS.tool = os.path.abspath(ARGS.tool)
    ARGS.corpus_tool = os.path.abspath(ARGS.corpus_tool)
    support.setup_node(NODE_DIR, "canonical_npm_test")
    prog = unittest.main(argv=[sys.argv[0]] + rest, exit=False, verbosity=2)
    sys.exit(0 if prog.result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
