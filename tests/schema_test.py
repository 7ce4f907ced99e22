#!/usr/bin/env python3
"""Checks the JSON Schemas in schema/ with a real validator (Ajv 8 + ajv-formats 3,
through schema/validate.mjs) and against flowrun itself.

Usage:
  python3 tests/schema_test.py --flowrun PATH [--corpus-tool PATH] [--corpus-count N]
                               [--corpus-seed N] [--corpus-dir DIR] [unittest options]

--flowrun       the flowrun command-line checker (required)
--corpus-tool   flowrun_corpus, run as `flowrun_corpus OUTDIR COUNT SEED`; every
                document it writes (OUTDIR/NNNNNN.<kind>.json) is checked with both
                the schema and flowrun, in both modes, and the verdicts must agree
                wherever JSON Schema can express the rule. Given but missing: FAIL.
--corpus-dir    the same check on a directory of *.<kind>.json files (kind = run,
                page or logs) made some other way.

Setup: `npm ci --prefix schema` when schema/node_modules is missing (nothing else is
downloaded). Exit status: 0 when every test passes, 1 otherwise.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from decimal import Decimal

import support
from support import EXAMPLES, KINDS, SCHEMA_DIR, WELL_FORMEDNESS, flowrun_check, schema_check

BASE_ID = "https://flowrun.dev/schema/"

ARGS = None  # set in __main__

INT64_LIMIT = 2**63

# ---- comparing the two checkers -------------------------------------------------


def ajv_pointer(e):
    """The JSON Pointer an Ajv error is about, spelled as flowrun spells it: the
    instance for most keywords, the object for `required`, the member for
    `additionalProperties` (flowrun's unknown_field names the key)."""
    p = e["instancePath"]
    if e["keyword"] == "additionalProperties":
        key = e["params"]["additionalProperty"]
        p += "/" + key.replace("~", "~0").replace("/", "~1")
    return p


def resolve_pointer(doc, pointer):
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        doc = doc[int(token)] if isinstance(doc, list) else doc[token]
    return doc


def inexpressible_reason(error, text):
    """Why JSON Schema cannot express the rule behind a flowrun error (a short
    reason), or None when it can. Decided on the document, not on messages."""
    code, pointer = error["code"], error["pointer"]
    if code == "duplicate_key":
        return "duplicate_key"
    if code == "wrong_type" and pointer.startswith("/meta/"):
        # flowrun decides "integer" on the exact decimal value; validators on
        # the double it rounds to (1e-400 and 1.00000000000000001 are integers there).
        try:
            value = resolve_pointer(json.loads(text, parse_float=Decimal, parse_int=Decimal), pointer)
        except (ValueError, KeyError, IndexError, TypeError):
            return None
        if isinstance(value, Decimal) and value != value.to_integral_value() and float(value).is_integer():
            return "integer precision (double)"
        return None
    if code != "out_of_range":
        return None
    if pointer == "/data":
        return "data longer than per_page"
    try:
        value = resolve_pointer(json.loads(text, parse_float=Decimal, parse_int=Decimal), pointer)
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if not isinstance(value, Decimal):
        return None
    if value > 0 and float(value) == float("inf") and pointer.endswith("/duration_in_seconds"):
        # 1e400 is a number >= 0 for JSON Schema; flowrun needs a finite double.
        return "number beyond the double range"
    if INT64_LIMIT - 4096 <= value.copy_abs() <= INT64_LIMIT + 4096:  # copy_abs: no context, no Overflow
        # Validators read numbers as doubles: near 2^63 they cannot tell
        # 9223372036854775807 (accepted) from 9223372036854775808 (out_of_range).
        return "64-bit integer limit (double precision)"
    return None


def compare(text, fr, sc):
    """Compares flowrun's and the schema's verdicts on one document.

    Returns ("agree", None), ("skip", reason) or ("disagree", explanation).
    Beyond the verdict, the JSON Pointers must match: every flowrun error that
    JSON Schema can express has a schema error at the same pointer and back."""
    codes = {e["code"] for e in fr["errors"]}
    bad_json = sorted(codes & WELL_FORMEDNESS)
    if bad_json:
        return "skip", "not well-formed JSON (" + ", ".join(bad_json) + ")"
    if "duplicate_key" in codes:
        # The validator's parser keeps one of the values: nothing to compare.
        return "skip", "duplicate_key"
    if any(e["keyword"] == "parse" for e in sc["errors"]):
        return "disagree", "flowrun read well-formed JSON that JSON.parse rejects"
    reasons, fr_ptrs, ignored = set(), set(), set()
    for e in fr["errors"]:
        reason = inexpressible_reason(e, text)
        if reason:
            reasons.add(reason)
            ignored.add(e["pointer"])
        else:
            fr_ptrs.add(e["pointer"])
    sc_ptrs = {ajv_pointer(e) for e in sc["errors"]} - ignored
    if fr_ptrs != sc_ptrs:
        return "disagree", (f"flowrun errors at {sorted(fr_ptrs)}, schema errors at {sorted(sc_ptrs)}"
                            f" (ignored, inexpressible: {sorted(ignored)})")
    if not fr_ptrs and reasons:
        return "skip", " + ".join(sorted(reasons))
    return "agree", None


def describe(path, text, fr, sc):
    return (f"  file: {path}\n  flowrun: valid={fr['valid']} errors={json.dumps(fr['errors'])}\n"
            f"  schema:  valid={sc['valid']} errors={json.dumps(sc['errors'])}\n  document: {text[:4000]}")


# ---- documents ------------------------------------------------------------------

LOG = {
    "id": "fl_log_01h3j4k5l6m7n8p9q0r1s2t3u4",
    "node_id": "n2",
    "component_id": "webhook",
    "status": "success",
    "output": {"status": 200, "body": {"message": "ok"}},
    "created_at": "2025-10-31T12:00:02.000000Z",
}
RUN = {
    "id": "fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4",
    "status": "completed",
    "error_message": None,
    "started_at": "2025-10-31T12:00:00.000000Z",
    "completed_at": "2025-10-31T12:00:05.000000Z",
    "duration_in_seconds": 5,
    "logs": [LOG],
}
PAGE = {
    "data": [RUN],
    "links": {"first": "https://x.test/e?page=1", "last": "https://x.test/e?page=1", "prev": None, "next": None},
    "meta": {"current_page": 1, "from": 1, "last_page": 1, "path": "https://x.test/e", "per_page": 15, "to": 1,
             "total": 1},
}
DELETE = object()


class Raw:
    """A number written exactly as given (1e400, 2.0, -0)."""

    def __init__(self, text):
        self.text = text


def with_changes(base, changes):
    """A deep copy of `base` with changes {"a/b/0": value or DELETE} applied."""
    doc = json.loads(json.dumps(base))
    for path, value in changes.items():
        tokens = path.split("/")
        node = doc
        for t in tokens[:-1]:
            node = node[int(t)] if isinstance(node, list) else node[t]
        last = int(tokens[-1]) if isinstance(node, list) else tokens[-1]
        if value is DELETE:
            del node[last]
        else:
            node[last] = value
    return doc


def to_text(doc):
    raws = []

    def enc(o):
        if isinstance(o, Raw):
            raws.append(o.text)
            return f"@@raw{len(raws) - 1}@@"
        raise TypeError(o)

    text = json.dumps(doc, default=enc, ensure_ascii=False)
    for i, r in enumerate(raws):
        text = text.replace(f'"@@raw{i}@@"', r)
    return text


# (name, kind, document, valid in compatible mode, valid in strict mode)
def handcrafted_cases():
    C = []

    def run(name, changes, compat, strict):
        C.append((name, "run", with_changes(RUN, changes), compat, strict))

    def log(name, changes, compat, strict):
        C.append((name, "logs", [with_changes(LOG, changes)], compat, strict))

    def page(name, changes, compat, strict):
        C.append((name, "page", with_changes(PAGE, changes), compat, strict))

    run("run: complete", {}, True, True)
    run("run: only the always-required fields",
        {k: DELETE for k in ("error_message", "completed_at", "duration_in_seconds", "logs")}, True, False)
    for f in ("id", "status", "started_at"):
        run(f"run: {f} missing", {f: DELETE}, False, False)
    for f in ("error_message", "completed_at", "duration_in_seconds"):
        run(f"run: {f} missing (strict only)", {f: DELETE}, True, False)
    # ids
    run("run id: 1-character body", {"id": "fl_run_a"}, True, True)
    run("run id: 64-character body", {"id": "fl_run_" + "a1" * 32}, True, True)
    run("run id: 65-character body", {"id": "fl_run_" + "a" * 65}, False, False)
    run("run id: empty body", {"id": "fl_run_"}, False, False)
    run("run id: upper case", {"id": "fl_run_A1"}, False, False)
    run("run id: log prefix", {"id": "fl_log_a1"}, False, False)
    run("run id: workflow prefix", {"id": "fl_a1b2"}, False, False)
    run("run id: hyphen", {"id": "fl_run_a-1"}, False, False)
    run("run id: trailing newline", {"id": "fl_run_a1\n"}, False, False)
    run("run id: non-ASCII digit", {"id": "fl_run_a\u0661"}, False, False)
    run("run id: number", {"id": 5}, False, False)
    run("run id: null", {"id": None}, False, False)
    # statuses
    for s in ("pending", "running", "completed", "failed", "awaiting_ui_interaction"):
        run(f"run status: {s}", {"status": s}, True, True)
    for s in ("Completed", "success", "", "completed "):
        run(f"run status: {s!r}", {"status": s}, False, False)
    run("run status: null", {"status": None}, False, False)
    # nullable fields
    run("error_message: string", {"error_message": "boom"}, True, True)
    run("error_message: empty string", {"error_message": ""}, True, True)
    run("error_message: number", {"error_message": 5}, False, False)
    run("error_message: object", {"error_message": {}}, False, False)
    run("completed_at: null", {"completed_at": None}, True, True)
    run("completed_at: not a date-time", {"completed_at": "yesterday"}, False, False)
    run("completed_at: number", {"completed_at": 1700000000}, False, False)
    run("started_at: null", {"started_at": None}, False, False)
    run("started_at: day 32", {"started_at": "2025-10-32T12:00:00Z"}, False, False)
    run("duration: null", {"duration_in_seconds": None}, True, True)
    run("duration: zero", {"duration_in_seconds": 0}, True, True)
    run("duration: -0", {"duration_in_seconds": Raw("-0")}, True, True)
    run("duration: fraction", {"duration_in_seconds": 0.25}, True, True)
    run("duration: exponent", {"duration_in_seconds": Raw("1.5e3")}, True, True)
    run("duration: underflow to zero", {"duration_in_seconds": Raw("1e-400")}, True, True)
    run("duration: negative", {"duration_in_seconds": -1}, False, False)
    run("duration: tiny negative", {"duration_in_seconds": Raw("-0.001")}, False, False)
    run("duration: string", {"duration_in_seconds": "5"}, False, False)
    run("duration: boolean", {"duration_in_seconds": True}, False, False)
    # logs
    run("logs: absent", {"logs": DELETE}, True, True)
    run("logs: empty", {"logs": []}, True, True)
    run("logs: null", {"logs": None}, False, False)
    run("logs: object", {"logs": {}}, False, False)
    run("logs: item not an object", {"logs": [LOG, 5]}, False, False)
    run("logs: bad item status", {"logs/0/status": "failed"}, False, False)
    run("logs: item without component_id", {"logs/0/component_id": DELETE}, True, False)
    run("logs: item with an unknown key", {"logs/0/extra": 1}, True, False)
    # legacy fields
    run("trigger_payload: object", {"trigger_payload": {"a": [1, {"b": None}]}}, True, True)
    run("trigger_payload: huge numbers inside", {"trigger_payload": {"a": Raw("1e400"),
                                                                     "b": Raw("123456789012345678901234567890")}},
        True, True)
    run("trigger_payload: array", {"trigger_payload": []}, False, False)
    run("trigger_payload: null", {"trigger_payload": None}, False, False)
    run("created_at: date-time", {"created_at": "2023-11-07T05:31:56Z"}, True, True)
    run("created_at: null", {"created_at": None}, False, False)
    run("created_at: date only", {"created_at": "2023-11-07"}, False, False)
    run("workflow: object", {"workflow": {"id": "fl_a1b2", "nodes": []}}, True, True)
    run("workflow: string", {"workflow": "fl_a1b2"}, False, False)
    run("run: unknown key", {"engine_version": "2"}, True, False)
    run("run: unknown key holding anything", {"x": {"y": [Raw("1e400"), None]}}, True, False)
    C.append(("run: root is an array", "run", [RUN], False, False))
    C.append(("run: root is a string", "run", "fl_run_a", False, False))

    # log entries (in a bare list)
    log("log: complete", {}, True, True)
    log("log: only the always-required fields", {"component_id": DELETE, "output": DELETE}, True, False)
    for f in ("id", "node_id", "status", "created_at"):
        log(f"log: {f} missing", {f: DELETE}, False, False)
    log("log: component_id missing (strict only)", {"component_id": DELETE}, True, False)
    log("log: output missing (strict only)", {"output": DELETE}, True, False)
    log("log id: run prefix", {"id": "fl_run_a1"}, False, False)
    log("log id: upper case prefix", {"id": "FL_LOG_a1"}, False, False)
    log("node_id: one character", {"node_id": "n"}, True, True)
    log("node_id: a prefixed-looking string is still a node id", {"node_id": "fl_log_x"}, True, True)
    log("node_id: empty", {"node_id": ""}, False, False)
    log("node_id: null", {"node_id": None}, False, False)
    log("node_id: number", {"node_id": 2}, False, False)
    log("component_id: null", {"component_id": None}, True, True)
    log("component_id: empty string", {"component_id": ""}, True, True)
    log("component_id: number", {"component_id": 1}, False, False)
    for s in ("success", "error", "warning"):
        log(f"log status: {s}", {"status": s}, True, True)
    for s in ("failed", "SUCCESS", "ok"):
        log(f"log status: {s!r}", {"status": s}, False, False)
    log("output: empty object", {"output": {}}, True, True)
    log("output: deep", {"output": {"a": {"b": {"c": [1, 2, {"d": Raw("1e400")}]}}}}, True, True)
    # Compatible mode keeps any JSON value (with an output_not_object finding); strict wants an object.
    log("output: null", {"output": None}, True, False)
    log("output: array", {"output": []}, True, False)
    log("output: string", {"output": "ok"}, True, False)
    log("output: number", {"output": Raw("1e400")}, True, False)
    log("output: boolean", {"output": False}, True, False)
    log("created_at: lower case t and z", {"created_at": "2025-10-31t12:00:02z"}, True, True)
    log("created_at: space separator", {"created_at": "2025-10-31 12:00:02Z"}, False, False)
    log("execution_id: run id", {"execution_id": "fl_run_a1b2c3d4e5f6g7h8"}, True, True)
    log("execution_id: log id", {"execution_id": "fl_log_a1b2c3d4e5f6g7h8"}, False, False)
    log("execution_id: null", {"execution_id": None}, False, False)
    log("log: unknown key", {"extra": True}, True, False)
    C.append(("logs: empty list", "logs", [], True, True))
    C.append(("logs: two entries", "logs", [LOG, with_changes(LOG, {"id": "fl_log_b"})], True, True))
    C.append(("logs: root is an object", "logs", LOG, False, False))
    C.append(("logs: item is a string", "logs", [LOG, "x"], False, False))
    C.append(("logs: item is null", "logs", [None], False, False))

    # pages
    page("page: complete", {}, True, True)
    page("page: only data", {"links": DELETE, "meta": DELETE}, True, False)
    page("page: data missing", {"data": DELETE}, False, False)
    page("page: data null", {"data": None}, False, False)
    page("page: data object", {"data": {}}, False, False)
    page("page: empty", {"data": [], "meta/from": None, "meta/to": None, "meta/total": 0}, True, True)
    page("page: run with an unknown key", {"data/0/x": 1}, True, False)
    page("page: run with a bad id", {"data/0/id": "fl_run_"}, False, False)
    page("page: run with a bad log", {"data/0/logs/0/node_id": ""}, False, False)
    page("page: run item is a number", {"data/0": 1}, False, False)
    page("page: unknown top-level key", {"extra": {}}, True, False)
    page("links: missing", {"links": DELETE}, True, False)
    page("links: null", {"links": None}, False, False)
    page("links: array", {"links": []}, False, False)
    for k in ("first", "last", "prev", "next"):
        page(f"links: {k} missing", {f"links/{k}": DELETE}, True, False)
        page(f"links: {k} number", {f"links/{k}": 1}, False, False)
    page("links: all null", {f"links/{k}": None for k in ("first", "last", "prev", "next")}, True, True)
    page("links: unknown key", {"links/self": "x"}, True, False)
    page("meta: missing", {"meta": DELETE}, True, False)
    page("meta: string", {"meta": "x"}, False, False)
    for k in ("current_page", "from", "last_page", "path", "per_page", "to", "total"):
        page(f"meta: {k} missing", {f"meta/{k}": DELETE}, True, False)
    page("meta: unknown key", {"meta/links": []}, True, False)
    for k in ("current_page", "last_page", "per_page", "from", "to"):
        page(f"meta: {k} 0", {f"meta/{k}": 0}, False, False)
        page(f"meta: {k} fraction", {f"meta/{k}": 1.5}, False, False)
        page(f"meta: {k} string", {f"meta/{k}": "1"}, False, False)
        page(f"meta: {k} 2.0", {f"meta/{k}": Raw("2.0")}, True, True)
        page(f"meta: {k} 1e2", {f"meta/{k}": Raw("1e2")}, True, True)
    for k in ("current_page", "last_page", "per_page", "total"):
        page(f"meta: {k} null", {f"meta/{k}": None}, False, False)
    page("meta: total 0", {"meta/total": 0, "meta/from": None, "meta/to": None}, True, True)
    page("meta: total -1", {"meta/total": -1}, False, False)
    page("meta: total -0", {"meta/total": Raw("-0")}, True, True)
    page("meta: total 2^63-1", {"meta/total": Raw("9223372036854775807")}, True, True)
    page("meta: total 1e19", {"meta/total": Raw("1e19")}, False, False)
    page("meta: total 1e400", {"meta/total": Raw("1e400")}, False, False)
    page("meta: total -1e400", {"meta/total": Raw("-1e400")}, False, False)
    page("meta: path null", {"meta/path": None}, False, False)
    page("meta: path number", {"meta/path": 1}, False, False)
    page("meta: data as long as per_page", {"meta/per_page": 1}, True, True)
    C.append(("page: root is an array", "page", [PAGE], False, False))
    return C


# Timestamps: each is the created_at of one log entry of a single document.
def timestamp_cases():
    ts = []
    # every day number 00-32 of every month, in a leap year, a common year, 1900,
    # 2000 and year 0000
    for year in ("2024", "2023", "1900", "2000", "0000", "9999", "2100", "2400"):
        for month in range(0, 14):
            for day in range(0, 33):
                ts.append(f"{year}-{month:02}-{day:02}T12:00:00Z")
    # every hour, minute and second edge
    for h in (0, 9, 10, 19, 20, 23, 24, 29, 30, 99):
        ts.append(f"2025-10-31T{h:02}:00:00Z")
    for m in (0, 59, 60, 99):
        ts.append(f"2025-10-31T12:{m:02}:00Z")
    for s in (0, 59, 60, 61, 99):
        ts.append(f"2025-10-31T12:00:{s:02}Z")
    # leap seconds: 23:59:60 UTC, under many offsets, and near misses
    for off in ("Z", "z", "+00:00", "-00:00", "+01:00", "-01:00", "+00:01", "-00:01", "+05:30", "-08:00",
                "+12:31", "-12:29", "+23:59", "-23:59", "+14:00", "-13:59"):
        sign = 0 if off in ("Z", "z") else (1 if off[0] == "+" else -1)
        minutes = 0 if sign == 0 else sign * (int(off[1:3]) * 60 + int(off[4:6]))
        local = (23 * 60 + 59 + minutes) % 1440
        ts.append(f"1998-12-31T{local // 60:02}:{local % 60:02}:60{off}")
        ts.append(f"1998-12-31T{local // 60:02}:{local % 60:02}:60.5{off}")
        miss = (local + 1) % 1440
        ts.append(f"1998-12-31T{miss // 60:02}:{miss % 60:02}:60{off}")
        miss = (local + 60) % 1440
        ts.append(f"1998-12-31T{miss // 60:02}:{miss % 60:02}:60{off}")
    ts += [
        "1998-12-31T23:59:60Z", "1998-12-31T15:59:60-08:00", "1998-12-31T23:59:60+01:00",
        "2025-10-31T12:00:60Z", "2025-10-31T23:58:60Z",
        # ajv-formats accepts these: the leap-second branch skips the range checks
        "2025-10-31T24:59:60+01:00", "2025-10-31T23:60:60+00:01", "2025-10-31T00:60:60+01:01",
        # fractions
        "2025-10-31T12:00:00.000000Z", "2025-10-31T12:00:00.1Z", "2025-10-31T12:00:00.123456789Z",
        "2025-10-31T12:00:00.1234567890Z", "2025-10-31T12:00:00." + "9" * 40 + "Z",
        "2025-10-31T12:00:00.Z", "2025-10-31T12:00:00,5Z", "2025-10-31T12:00:00.5.5Z",
        # separators and case
        "2025-10-31t12:00:00z", "2025-10-31T12:00:00z", "2025-10-31t12:00:00Z",
        "2025-10-31 12:00:00Z", "2025-10-31\t12:00:00Z", "2025-10-31\n12:00:00Z", "2025-10-31\u00a012:00:00Z",
        "2025-10-31\u202812:00:00Z", "2025-10-31\ufeff12:00:00Z", "2025-10-3112:00:00Z", "2025-10-31_12:00:00Z",
        # offsets
        "2025-10-31T12:00:00+01:00", "2025-10-31T12:00:00-23:59", "2025-10-31T12:00:00+24:00",
        "2025-10-31T12:00:00+01:60", "2025-10-31T12:00:00+0100", "2025-10-31T12:00:00+01",
        "2025-10-31T12:00:00", "2025-10-31T12:00:00+1:00", "2025-10-31T12:00:00UTC", "2025-10-31T12:00:00ZZ",
        "2025-10-31T12:00:00Z ", " 2025-10-31T12:00:00Z", "2025-10-31T12:00:00Z\n", "2025-10-31T12:00:00GMT",
        # widths, signs, digits
        "+2025-10-31T12:00:00Z", "-2025-10-31T12:00:00Z", "12025-10-31T12:00:00Z", "225-10-31T12:00:00Z",
        "2025-1-31T12:00:00Z", "2025-10-1T12:00:00Z", "2025-10-31T1:00:00Z", "2025-10-31T12:0:00Z",
        "2025-10-31T12:00:0Z", "2025-10-31T12:00Z", "2025-10-31", "12:00:00Z", "",
        "2025-10-31T12:00:00.\u0661Z", "\u0662025-10-31T12:00:00Z", "2025/10/31T12:00:00Z",
        "2025-10-31T12.00.00Z", "2025-10-31T12:00:00.5+01:00", "2025-10-31T12:00:00+01:00:00",
    ]
    return ts


# What the brief and README promise about date-times, checked on the schema and flowrun.
TIMESTAMP_PROMISES = {
    "1998-12-31T23:59:60Z": True,
    "1998-12-31T15:59:60-08:00": True,
    "1998-12-31T23:59:60+01:00": False,
    "2025-10-31t12:00:00z": True,
    "2025-10-31T12:00:00.1234567890Z": True,
    "2024-02-29T00:00:00Z": True,
    "2023-02-29T00:00:00Z": False,
    "1900-02-29T00:00:00Z": False,
    "2000-02-29T00:00:00Z": True,
    "0000-02-29T00:00:00Z": True,
}
# Accepted by ajv-formats' date-time alone (full mode), rejected by flowrun: the
# schema's pattern closes each of these gaps (schema/README.md lists them).
AJV_FORMATS_ONLY = [
    "2025-10-31 12:00:00Z",
    "2025-10-31\t12:00:00Z",
    "2025-10-31\n12:00:00Z",
    "2025-10-31\u00a012:00:00Z",
    "2025-10-31\u202812:00:00Z",
    "2025-10-31\ufeff12:00:00Z",
    "2025-10-31T12:00:00+0100",
    "2025-10-31T12:00:00+01",
    "2025-10-31T24:59:60+01:00",
    "2025-10-31T23:60:60+00:01",
]


# ---- tests ----------------------------------------------------------------------


class SchemaTest(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory(prefix="flowrun-schema-")
        cls.dir = cls._tmp.name
        cls.counter = 0

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    def write(self, kind, text):
        type(self).counter += 1
        path = os.path.join(self.dir, f"{self.counter:06}.{kind}.json")
        with open(path, "wb") as f:
            f.write(text.encode("utf-8") if isinstance(text, str) else text)
        return path

    # -- the schema files ---------------------------------------------------------

    def load(self, rel):
        with open(os.path.join(SCHEMA_DIR, rel), encoding="utf-8") as f:
            return json.load(f)

    def test_files_and_ids(self):
        for mode in ("", "strict/"):
            for name in ("run", "log-entry", "page", "logs"):
                s = self.load(f"{mode}{name}.schema.json")
                self.assertEqual(s["$schema"], "https://json-schema.org/draft/2020-12/schema")
                self.assertEqual(s["$id"], f"{BASE_ID}{mode}{name}.schema.json")
                self.assertIn("description", s)
        # One definition of date-time, copied into the two schemas that use it.
        copies = [self.load(f"{mode}{name}.schema.json")["$defs"]["date-time"]
                  for mode in ("", "strict/") for name in ("run", "log-entry")]
        self.assertTrue(all(c == copies[0] for c in copies), "the date-time definitions differ")
        self.assertEqual(copies[0]["format"], "date-time")

    def test_every_property_has_a_description(self):
        def walk(node, where):
            if isinstance(node, dict):
                for key, sub in node.get("properties", {}).items():
                    self.assertIn("description", sub, f"{where}/properties/{key}")
                for key, sub in node.items():
                    walk(sub, f"{where}/{key}")
            elif isinstance(node, list):
                for i, sub in enumerate(node):
                    walk(sub, f"{where}/{i}")

        for mode in ("", "strict/"):
            for name in ("run", "log-entry", "page", "logs"):
                walk(self.load(f"{mode}{name}.schema.json"), f"{mode}{name}")

    def test_modes_describe_the_same_fields(self):
        # Strict and compatible variants differ only in additionalProperties,
        # required (their relative $refs name the sibling file of the same mode),
        # and the type of a log's output: any JSON value in compatible mode, an
        # object in strict mode.
        def output_type(schema):
            output = schema["properties"]["output"]
            return output.pop("type", None)

        self.assertIsNone(output_type(self.load("log-entry.schema.json")))
        self.assertEqual(output_type(self.load("strict/log-entry.schema.json")), "object")

        def normalize(node):
            if isinstance(node, dict):
                return {k: normalize(v) for k, v in node.items()
                        if k not in ("additionalProperties", "required", "$id", "title", "description")}
            if isinstance(node, list):
                return [normalize(v) for v in node]
            return node

        for name in ("run", "log-entry", "page", "logs"):
            compat, strict = self.load(f"{name}.schema.json"), self.load(f"strict/{name}.schema.json")
            if name == "log-entry":
                output_type(compat), output_type(strict)
            self.assertEqual(normalize(compat), normalize(strict), name)

            def additional(node, out):
                if isinstance(node, dict):
                    if "properties" in node:
                        out.append(node.get("additionalProperties"))
                    for v in node.values():
                        additional(v, out)
                return out

            self.assertTrue(all(v is True for v in additional(compat, [])), name)
            self.assertTrue(all(v is False for v in additional(strict, [])), name)

    # -- the examples ------------------------------------------------------------

    def test_examples(self):
        expected = {  # file: (kind, valid in compatible mode, valid in strict mode)
            "run.json": ("run", True, True),
            "run-legacy.json": ("run", True, False),  # its log lacks component_id
            "page.json": ("page", True, True),
            "logs.json": ("logs", True, True),
        }
        for name, (kind, compat, strict) in expected.items():
            path = os.path.join(EXAMPLES, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for is_strict, want in ((False, compat), (True, strict)):
                with self.subTest(example=name, strict=is_strict):
                    sc = schema_check(kind, is_strict, [path])[path]
                    fr = flowrun_check(ARGS.flowrun, kind, is_strict, [path])[path]
                    self.assertEqual(sc["valid"], want, describe(path, text, fr, sc))
                    self.assertEqual(fr["valid"], want, describe(path, text, fr, sc))
                    verdict, why = compare(text, fr, sc)
                    self.assertEqual(verdict, "agree", why)
        # run-legacy.json: strict mode names the same missing key
        path = os.path.join(EXAMPLES, "run-legacy.json")
        sc = schema_check("run", True, [path])[path]
        self.assertEqual([(e["instancePath"], e["params"].get("missingProperty")) for e in sc["errors"]],
                         [("/logs/0", "component_id")])

    # -- handcrafted cases -------------------------------------------------------

    def check_cases(self, cases):
        """cases: (name, kind, text, compat, strict); asserts both checkers give the
        expected verdict in both modes and agree on the pointers."""
        names = [c[0] for c in cases]
        self.assertEqual(len(names), len(set(names)), "case names must be unique")
        paths = {}
        for name, kind, text, compat, strict in cases:
            paths[name] = self.write(kind, text)
        for is_strict in (False, True):
            for kind in KINDS:
                mine = [c for c in cases if c[1] == kind]
                if not mine:
                    continue
                files = [paths[c[0]] for c in mine]
                sc, fr = schema_check(kind, is_strict, files), flowrun_check(ARGS.flowrun, kind, is_strict, files)
                for name, _, text, compat, strict in mine:
                    want = strict if is_strict else compat
                    p = paths[name]
                    with self.subTest(case=name, strict=is_strict):
                        detail = describe(p, text, fr[p], sc[p])
                        self.assertEqual(fr[p]["valid"], want, "flowrun verdict\n" + detail)
                        self.assertEqual(sc[p]["valid"], want, "schema verdict\n" + detail)
                        verdict, why = compare(text, fr[p], sc[p])
                        self.assertEqual(verdict, "agree", f"{why}\n{detail}")

    def test_handcrafted(self):
        cases = handcrafted_cases()
        self.assertGreater(len(cases), 150)
        self.check_cases([(n, k, to_text(d), c, s) for n, k, d, c, s in cases])

    def test_timestamps(self):
        stamps = timestamp_cases() + list(TIMESTAMP_PROMISES) + AJV_FORMATS_ONLY
        doc = [with_changes(LOG, {"created_at": t}) for t in stamps]
        path = self.write("logs", to_text(doc))
        verdicts = {}
        for is_strict in (False, True):
            sc = schema_check("logs", is_strict, [path])[path]
            fr = flowrun_check(ARGS.flowrun, "logs", is_strict, [path])[path]
            self.assertFalse(any(e["code"] != "invalid_timestamp" for e in fr["errors"]), fr["errors"][:3])
            fr_bad = {int(e["pointer"].split("/")[1]) for e in fr["errors"]}
            sc_bad = {int(ajv_pointer(e).split("/")[1]) for e in sc["errors"]}
            for i, t in enumerate(stamps):
                with self.subTest(timestamp=t, strict=is_strict):
                    self.assertEqual(i in sc_bad, i in fr_bad,
                                     f"{t!r}: schema {'rejects' if i in sc_bad else 'accepts'}, "
                                     f"flowrun {'rejects' if i in fr_bad else 'accepts'}")
                verdicts[t] = i not in fr_bad
        for t, want in TIMESTAMP_PROMISES.items():
            self.assertEqual(verdicts[t], want, t)
        valid = sum(verdicts.values())
        self.assertGreater(valid, 500)
        self.assertGreater(len(verdicts) - valid, 500)

    def test_ajv_formats_alone_is_looser(self):
        # The documented gaps of ajv-formats' date-time, which the pattern closes.
        bare = os.path.join(self.dir, "bare-date-time.schema.json")
        with open(bare, "w", encoding="utf-8") as f:
            json.dump({"$schema": "https://json-schema.org/draft/2020-12/schema",
                       "$id": "https://flowrun.dev/test/bare-date-time.json",
                       "type": "string", "format": "date-time"}, f)
        files = [self.write("ts", json.dumps(t)) for t in AJV_FORMATS_ONLY]
        res = schema_check(bare, False, files)
        for t, p in zip(AJV_FORMATS_ONLY, files):
            self.assertTrue(res[p]["valid"], f"ajv-formats now rejects {t!r}: update schema/README.md")
        # ... while the schema and flowrun reject them (also in test_timestamps)
        doc = [with_changes(LOG, {"created_at": t}) for t in AJV_FORMATS_ONLY]
        path = self.write("logs", to_text(doc))
        self.assertEqual(len(schema_check("logs", False, [path])[path]["errors"]) > 0, True)
        self.assertEqual(len(flowrun_check(ARGS.flowrun, "logs", False, [path])[path]["errors"]), len(AJV_FORMATS_ONLY))

    def test_pattern_alone_misses_only_leap_seconds(self):
        # A validator that does not assert `format` still has the pattern: it
        # must then differ from flowrun on misplaced leap seconds only.
        definition = dict(self.load("log-entry.schema.json")["$defs"]["date-time"])
        del definition["format"]
        schema = os.path.join(self.dir, "pattern-only.schema.json")
        with open(schema, "w", encoding="utf-8") as f:
            json.dump({"$schema": "https://json-schema.org/draft/2020-12/schema",
                       "$id": "https://flowrun.dev/test/pattern-only.json",
                       "type": "array", "items": {"type": "object", "properties": {"created_at": definition}}}, f)
        stamps = timestamp_cases() + AJV_FORMATS_ONLY
        path = self.write("logs", to_text([with_changes(LOG, {"created_at": t}) for t in stamps]))
        sc = schema_check(schema, False, [path])[path]
        fr = flowrun_check(ARGS.flowrun, "logs", False, [path])[path]
        fr_bad = {int(e["pointer"].split("/")[1]) for e in fr["errors"]}
        sc_bad = {int(ajv_pointer(e).split("/")[1]) for e in sc["errors"]}
        self.assertLessEqual(sc_bad, fr_bad)
        missed = [stamps[i] for i in sorted(fr_bad - sc_bad)]
        self.assertTrue(missed)
        for t in missed:
            self.assertEqual(t[17:19], "60", f"the pattern alone accepts {t!r}")

    def test_ids(self):
        bodies = ["a", "0", "z9", "a" * 64, "a" * 65, "", "A", "aB", "a-b", "a_b", "a b", "a.b", "é", "a\u0131",
                  "a\n", "\na", "a\u0000", "ａ", "01h3j4k5l6m7n8p9q0r1s2t3u4", "a1b2c3d4e5f6g7h8"]
        prefixes = ["fl_run_", "fl_log_", "fl_", "FL_RUN_", "fl_Run_", "", "xfl_run_", " fl_run_", "fl_run__",
                    "fl-run-"]
        ids = [p + b for p in prefixes for b in bodies]
        run_doc = [with_changes(LOG, {"execution_id": i}) for i in ids]  # run ids
        log_doc = [with_changes(LOG, {"id": i}) for i in ids]            # log ids
        for doc, prefix in ((run_doc, "fl_run_"), (log_doc, "fl_log_")):
            path = self.write("logs", to_text(doc))
            sc = schema_check("logs", False, [path])[path]
            fr = flowrun_check(ARGS.flowrun, "logs", False, [path])[path]
            self.assertTrue(all(e["code"] == "invalid_id" for e in fr["errors"]), fr["errors"][:3])
            fr_bad = {int(e["pointer"].split("/")[1]) for e in fr["errors"]}
            sc_bad = {int(ajv_pointer(e).split("/")[1]) for e in sc["errors"]}
            for i, value in enumerate(ids):
                want = bool(re.fullmatch(r"[0-9a-z]{1,64}", value[len(prefix):])) and value.startswith(prefix)
                with self.subTest(id=value, prefix=prefix):
                    self.assertEqual(i not in fr_bad, want, "flowrun")
                    self.assertEqual(i not in sc_bad, want, "schema")

    def test_inexpressible_rules_are_skipped_not_hidden(self):
        # Documents that break only a rule JSON Schema cannot express: the schema
        # accepts them, flowrun does not, and compare() reports a skip.
        two_runs = with_changes(PAGE, {"meta/per_page": 1})
        two_runs["data"].append(with_changes(RUN, {"id": "fl_run_b"}))
        cases = [
            ("page", to_text(two_runs), "data longer than per_page"),
            ("run", to_text(with_changes(RUN, {"duration_in_seconds": Raw("1e400")})),
             "number beyond the double range"),
            ("page", to_text(with_changes(PAGE, {"meta/total": Raw("9223372036854775808")})),
             "64-bit integer limit (double precision)"),
            # Not integers for exact arithmetic (flowrun), integers as doubles (validators).
            ("page", to_text(with_changes(PAGE, {"meta/per_page": Raw("1.00000000000000001")})),
             "integer precision (double)"),
            ("page", to_text(with_changes(PAGE, {"meta/total": Raw("1e-400")})), "integer precision (double)"),
            ("run", to_text(RUN)[:-1] + ', "status": "running"}', "duplicate_key"),
            ("run", to_text(RUN)[:-1] + ', "x": {"a": 1, "a": 1}}', "duplicate_key"),
        ]
        for kind, text, reason in cases:
            path = self.write(kind, text)
            for is_strict in (False, True):
                sc = schema_check(kind, is_strict, [path])[path]
                fr = flowrun_check(ARGS.flowrun, kind, is_strict, [path])[path]
                with self.subTest(reason=reason, strict=is_strict):
                    self.assertFalse(fr["valid"])
                    self.assertEqual(compare(text, fr, sc), ("skip", reason), describe(path, text, fr, sc))
        # Not well-formed JSON: skipped whatever the validator's parser thinks.
        for kind, raw in (("run", b'{"id": "fl_run_a", "status": "\\ud800"}'),
                          ("logs", b"\xef\xbb\xbf[]"), ("logs", b"[] []"), ("logs", b"[" * 300 + b"]" * 300),
                          ("run", b'{"id": "fl_run_\xff"}')):
            path = self.write(kind, raw)
            sc = schema_check(kind, False, [path])[path]
            fr = flowrun_check(ARGS.flowrun, kind, False, [path])[path]
            self.assertEqual(compare(raw.decode("utf-8", "replace"), fr, sc)[0], "skip", fr["errors"])

    # -- the corpus --------------------------------------------------------------

    def check_corpus(self, directory):
        files = {k: [] for k in KINDS}
        for name in sorted(os.listdir(directory)):
            m = re.fullmatch(r".*\.(run|page|logs)\.json", name)
            if m:
                files[m.group(1)].append(os.path.join(directory, name))
        total = sum(len(v) for v in files.values())
        self.assertGreater(total, 0, f"no *.<kind>.json files in {directory}")
        counts = {"agree": 0, "disagree": 0, "valid": 0}
        skips = {}
        failures = []
        for kind, paths in files.items():
            if not paths:
                continue
            for is_strict in (False, True):
                sc, fr = schema_check(kind, is_strict, paths), flowrun_check(ARGS.flowrun, kind, is_strict, paths)
                for p in paths:
                    with open(p, "rb") as f:
                        text = f.read().decode("utf-8", "replace")
                    verdict, why = compare(text, fr[p], sc[p])
                    if verdict == "agree":
                        counts["agree"] += 1
                        counts["valid"] += fr[p]["valid"]
                    elif verdict == "skip":
                        skips[why] = skips.get(why, 0) + 1
                    else:
                        counts["disagree"] += 1
                        failures.append(f"{'strict' if is_strict else 'compatible'} mode, {why}\n"
                                        + describe(p, text, fr[p], sc[p]))
        mode_docs = 2 * total
        lines = [f"corpus: {total} documents x 2 modes = {mode_docs} checks: "
                 f"{counts['agree']} agreements ({counts['valid']} valid, {counts['agree'] - counts['valid']} invalid), "
                 f"{sum(skips.values())} skipped, {counts['disagree']} disagreements"]
        for reason, n in sorted(skips.items(), key=lambda kv: -kv[1]):
            lines.append(f"  skipped, {reason}: {n}")
        print("\n".join(lines), file=sys.stderr)
        self.assertEqual(counts["agree"] + counts["disagree"] + sum(skips.values()), mode_docs)
        if failures:
            self.fail(f"{len(failures)} disagreements between the schema and flowrun:\n"
                      + "\n\n".join(failures[:20]))
        self.assertGreater(counts["agree"], 0)

    def test_corpus_tool(self):
        self.assertIsNotNone(ARGS.corpus_tool, "--corpus-tool is required (tests/meson.build passes it)")
        tool = ARGS.corpus_tool
        self.assertTrue(os.path.isfile(tool) and os.access(tool, os.X_OK),
                        f"--corpus-tool {tool} does not exist or is not executable")
        out = os.path.join(self.dir, "corpus")
        os.mkdir(out)
        p = subprocess.run([tool, out, str(ARGS.corpus_count), str(ARGS.corpus_seed)], capture_output=True,
                           timeout=300)
        self.assertEqual(p.returncode, 0, p.stderr.decode(errors="replace"))
        self.check_corpus(out)

    def check_corpus_dir(self):
        self.check_corpus(ARGS.corpus_dir)


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--flowrun", required=True, help="the flowrun command-line checker")
    parser.add_argument("--corpus-tool", help="flowrun_corpus (OUTDIR COUNT SEED)")
    parser.add_argument("--corpus-count", type=int, default=3000)
    parser.add_argument("--corpus-seed", type=int, default=1)
    parser.add_argument("--corpus-dir", help="a directory of *.<kind>.json documents to compare on")
    ARGS, rest = parser.parse_known_args()
    ARGS.flowrun = os.path.abspath(ARGS.flowrun)
    if not os.access(ARGS.flowrun, os.X_OK):
        sys.exit(f"schema_test: --flowrun {ARGS.flowrun} is not an executable")
    if ARGS.corpus_tool is not None:
        ARGS.corpus_tool = os.path.abspath(ARGS.corpus_tool)
    if ARGS.corpus_dir is not None:  # a test only when asked for, never a skipped one
        SchemaTest.test_corpus_dir = SchemaTest.check_corpus_dir
    support.setup_node()
    prog = unittest.main(argv=[sys.argv[0]] + rest, exit=False, verbosity=2)
    sys.exit(0 if prog.result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
