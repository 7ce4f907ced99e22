#!/usr/bin/env python3
"""Tests of the flowrun command-line checker, run as a user would run it.

Usage: python3 tests/cli_test.py /path/to/flowrun
FLOWRUN_EXAMPLES_DIR names the examples directory (default: ../examples);
FLOWRUN_VERSION is the version `flowrun --version` must print (meson.build's).
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

FLOWRUN = None  # set from argv[1] in __main__
EXAMPLES = os.environ.get(
    "FLOWRUN_EXAMPLES_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples")
)
EXAMPLE_FILES = ["run.json", "run-legacy.json", "page.json", "logs.json"]

GOOD_RUN = '{"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"}'
# Complete in strict mode too (every non-optional field present).
STRICT_RUN = ('{"id":"fl_run_a1","status":"running","error_message":null,"started_at":"2025-10-31T12:00:00Z",'
              '"completed_at":null,"duration_in_seconds":null}')
BAD_RUN = '{"id":"fl_run_a1","status":"bogus","started_at":"2025-10-31T12:00:00Z"}'


def run(*args, stdin=b"", cwd=None):
    """Runs flowrun; returns (exit status, stdout text, stderr text)."""
    p = subprocess.run([FLOWRUN, *args], input=stdin, capture_output=True, timeout=60, cwd=cwd)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def run_json(*args, stdin=b""):
    """Runs flowrun --format=json; returns (exit status, list of parsed lines)."""
    code, out, _ = run("check", "--format=json", *args, stdin=stdin)
    return code, [json.loads(line) for line in out.splitlines()]


class CliTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.dir = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name, content):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as f:
            f.write(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    def example(self, name):
        return os.path.join(EXAMPLES, name)

    # ---- command line ----------------------------------------------------------

    def test_help(self):
        for flag in ("--help", "-h"):
            code, out, _ = run(flag)
            self.assertEqual(code, 0)
            self.assertTrue(out.startswith("Usage: flowrun check"), out)
            self.assertIn("--kind=KIND", out)
        code, out, _ = run("check", "--help")
        self.assertEqual(code, 0)
        self.assertIn("Exit status", out)

    def test_version(self):
        code, out, _ = run("--version")
        # FLOWRUN_VERSION: meson.build's project(version:), which version.hpp must match.
        self.assertEqual((code, out), (0, "flowrun %s\n" % os.environ["FLOWRUN_VERSION"]))

    def test_usage_errors_exit_2(self):
        good = self.write("good.json", GOOD_RUN)
        cases = [
            ("check", "--frobnicate", good),
            ("check", "--kind=yaml", good),
            ("check", "--kind", good),
            ("check", "--format=xml", good),
            ("check",),
            ("check", "--strict"),
            ("frobnicate", good),
            (),
        ]
        for args in cases:
            with self.subTest(args=args):
                code, out, err = run(*args)
                self.assertEqual(code, 2)
                self.assertTrue(err.startswith("flowrun: "), err)
                self.assertEqual(out, "")

    def test_double_dash_ends_options(self):
        self.write("-dash.json", GOOD_RUN)
        code, out, _ = run("check", "--", "-dash.json", cwd=self.dir)
        self.assertEqual(code, 0)
        self.assertEqual(out, "1 document checked, 1 valid, 0 invalid\n")

    # ---- validity and text output ----------------------------------------------

    def test_examples_are_valid(self):
        for name in EXAMPLE_FILES:
            with self.subTest(name=name):
                code, out, err = run("check", self.example(name))
                self.assertEqual(code, 0, out + err)
                self.assertEqual(out, "1 document checked, 1 valid, 0 invalid\n")
        code, out, _ = run("check", *[self.example(n) for n in EXAMPLE_FILES])
        self.assertEqual((code, out), (0, "4 documents checked, 4 valid, 0 invalid\n"))

    def test_bad_status_line_and_column(self):
        text = '{\n  "id": "fl_run_a1",\n  "status": "bogus",\n  "started_at": "2025-10-31T12:00:00Z"\n}\n'
        path = self.write("bad.json", text)
        code, out, _ = run("check", path)
        self.assertEqual(code, 1)
        lines = out.splitlines()
        self.assertEqual(len(lines), 2, out)
        self.assertTrue(lines[0].startswith(path + ':3:13: error[invalid_enum] /status: "bogus" '), lines[0])
        self.assertEqual(lines[1], "1 document checked, 0 valid, 1 invalid")

    def test_root_pointer_printed_as_empty_quotes(self):
        path = self.write("r.json", '{"status":"running","started_at":"2025-10-31T12:00:00Z"}')
        code, out, _ = run("check", path)
        self.assertEqual(code, 1)
        self.assertEqual(out.splitlines()[0], path + ':1:1: error[missing_field] "": missing required key "id"')

    def test_collects_every_error(self):
        path = self.write("two.json", '{"id":"x","status":"bogus","started_at":"2025-10-31T12:00:00Z"}')
        code, out, _ = run("check", path)
        self.assertEqual(code, 1)
        errs = out.splitlines()[:-1]
        self.assertEqual(len(errs), 2, out)
        self.assertIn("error[invalid_id] /id:", errs[0])
        self.assertIn("error[invalid_enum] /status:", errs[1])

    def test_strict_unknown_field(self):
        self.assertEqual(run("check", "--strict", self.write("full.json", STRICT_RUN))[0], 0)
        path = self.write("extra.json", STRICT_RUN[:-1] + ',"extra":1}')
        self.assertEqual(run("check", path)[0], 0)
        code, out, _ = run("check", "--strict", path)
        self.assertEqual(code, 1)
        lines = out.splitlines()
        self.assertEqual(len(lines), 2, out)
        column = len(STRICT_RUN[:-1] + ",") + 1
        self.assertTrue(lines[0].startswith("%s:1:%d: error[unknown_field] /extra: " % (path, column)), lines[0])
        self.assertIn('"extra"', lines[0])

    def test_empty_file_is_syntax_error(self):
        path = self.write("empty.json", "")
        code, out, _ = run("check", path)
        self.assertEqual(code, 1)
        self.assertTrue(out.startswith(path + ':1:1: error[syntax_error] "": '), out)
        code, docs = run_json(path)
        self.assertEqual(code, 1)
        self.assertEqual(docs[0]["errors"][0]["code"], "syntax_error")

    def test_control_characters_in_text_pointer_are_escaped(self):
        path = self.write("ctl.json", STRICT_RUN[:-1] + ',"a\\nb":1}')
        code, out, _ = run("check", "--strict", path)
        self.assertEqual(code, 1)
        self.assertIn("error[unknown_field] /a\\u000ab: ", out)
        self.assertEqual(len(out.splitlines()), 2, out)

    # ---- kinds -------------------------------------------------------------------

    def kind_of(self, path, *args):
        code, docs = run_json(*args, path)
        self.assertEqual(len(docs), 1)
        return docs[0]["kind"]

    def test_auto_detection(self):
        self.assertEqual(self.kind_of(self.example("page.json")), "page")
        self.assertEqual(self.kind_of(self.example("logs.json")), "logs")
        self.assertEqual(self.kind_of(self.example("run.json")), "run")
        self.assertEqual(self.kind_of(self.example("run-legacy.json")), "run")  # "data" only nested
        cases = {
            ' \n [ ]': "logs",
            '{"data": []}': "page",
            '{\n  "links": {}, "data": []}': "page",
            '{"d\\u0061ta": []}': "page",  # the decoder sees the unescaped key
            '{"s": "}{[\\"", "data": []}': "page",  # brackets and quotes inside strings
            '{"x": {"data": []}, "id": "fl_run_a1"}': "run",  # nested, not top level
            '{"note": "data"}': "run",  # a value, not a key
            '{"datas": 1}': "run",
            '{"a" "data": 1}': "page",  # found before the syntax error: page reports it
            '{"a" 1}': "run",
            '{"data" ': "run",  # no ':' after it
            '"data"': "run",
            "": "run",
        }
        for text, kind in cases.items():
            with self.subTest(text=text):
                self.assertEqual(self.kind_of(self.write("doc.json", text)), kind)

    def test_auto_detection_ndjson_by_name(self):
        text = GOOD_RUN + "\n" + GOOD_RUN + "\n"
        for name in ("runs.ndjson", "runs.jsonl"):
            with self.subTest(name=name):
                code, docs = run_json(self.write(name, text))
                self.assertEqual(code, 0)
                self.assertEqual((docs[0]["kind"], docs[0]["documents"], docs[0]["valid"]), ("ndjson", 2, 2))
        # The same text in a .json file is one run with trailing content.
        code, docs = run_json(self.write("runs.json", text))
        self.assertEqual(code, 1)
        self.assertEqual(docs[0]["kind"], "run")
        self.assertEqual(docs[0]["errors"][0]["code"], "trailing_content")

    def test_forced_kind(self):
        page = self.example("page.json")
        code, docs = run_json("--kind=run", page)
        self.assertEqual((code, docs[0]["kind"]), (1, "run"))
        self.assertIn({"code": "missing_field", "pointer": ""}, [
            {"code": e["code"], "pointer": e["pointer"]} for e in docs[0]["errors"]])
        code, docs = run_json("--kind=logs", self.example("run.json"))
        self.assertEqual((code, docs[0]["kind"]), (1, "logs"))
        self.assertEqual(docs[0]["errors"][0]["code"], "wrong_type")
        code, docs = run_json("--kind=page", self.example("logs.json"))
        self.assertEqual((code, docs[0]["kind"]), (1, "page"))
        code, docs = run_json("--kind=ndjson", self.write("one.json", GOOD_RUN))
        self.assertEqual((code, docs[0]["kind"], docs[0]["documents"]), (0, "ndjson", 1))
        code, docs = run_json("--kind=run", self.write("x.ndjson", GOOD_RUN + "\n" + GOOD_RUN))
        self.assertEqual((code, docs[0]["kind"]), (1, "run"))
        code, docs = run_json("--kind=auto", page)
        self.assertEqual((code, docs[0]["kind"]), (0, "page"))

    def test_ndjson_bad_line_in_middle(self):
        text = GOOD_RUN + "\n\n" + BAD_RUN + "\r\n" + GOOD_RUN + "\n" + GOOD_RUN
        path = self.write("runs.ndjson", text)
        column = BAD_RUN.index('"bogus"') + 1
        code, out, _ = run("check", path)
        self.assertEqual(code, 1)
        lines = out.splitlines()
        self.assertEqual(len(lines), 2, out)
        self.assertTrue(lines[0].startswith("%s:3:%d: error[invalid_enum] /status: " % (path, column)), lines[0])
        self.assertEqual(lines[1], "4 documents checked, 3 valid, 1 invalid")
        code, docs = run_json(path)
        err = docs[0]["errors"][0]
        self.assertEqual((docs[0]["documents"], docs[0]["valid"]), (4, 3))
        self.assertEqual((err["line"], err["column"]), (3, column))
        self.assertEqual(err["offset"], text.index('"bogus"'))

    def test_empty_ndjson_has_no_documents(self):
        code, out, _ = run("check", self.write("none.ndjson", "\n  \n"))
        self.assertEqual((code, out), (0, "0 documents checked, 0 valid, 0 invalid\n"))

    # ---- standard input ----------------------------------------------------------

    def test_stdin(self):
        code, out, _ = run("check", "-", stdin=GOOD_RUN.encode())
        self.assertEqual((code, out), (0, "1 document checked, 1 valid, 0 invalid\n"))
        code, out, _ = run("check", "-", stdin=BAD_RUN.encode())
        self.assertEqual(code, 1)
        self.assertTrue(out.startswith("-:1:%d: error[invalid_enum] /status: " % (BAD_RUN.index('"bogus"') + 1)))
        with open(self.example("logs.json"), "rb") as f:
            code, docs = run_json("-", stdin=f.read())
        self.assertEqual((code, docs[0]["file"], docs[0]["kind"]), (0, "-", "logs"))

    def test_stdin_is_ndjson_only_when_asked(self):
        text = (GOOD_RUN + "\n" + GOOD_RUN + "\n").encode()
        code, docs = run_json("-", stdin=text)
        self.assertEqual((code, docs[0]["kind"]), (1, "run"))
        code, docs = run_json("--kind=ndjson", "-", stdin=text)
        self.assertEqual((code, docs[0]["kind"], docs[0]["documents"], docs[0]["valid"]), (0, "ndjson", 2, 2))

    # ---- JSON output -------------------------------------------------------------

    def test_json_output_shape(self):
        text = '{\n  "id": "fl_run_a1",\n  "status": "bogus",\n  "started_at": "2025-10-31T12:00:00Z"\n}\n'
        bad = self.write("bad.json", text)
        good = self.example("run.json")
        code, out, err = run("check", "--format=json", bad, good)
        self.assertEqual(code, 1)
        self.assertEqual(err, "")
        lines = out.splitlines()
        self.assertEqual(len(lines), 2, out)  # one object per file, no summary
        first, second = (json.loads(line) for line in lines)
        self.assertEqual(list(first), ["file", "kind", "documents", "valid", "errors", "findings"])
        self.assertEqual(first["file"], bad)
        self.assertEqual((first["kind"], first["documents"], first["valid"], first["findings"]), ("run", 1, 0, []))
        self.assertEqual(len(first["errors"]), 1)
        e = first["errors"][0]
        self.assertEqual(list(e), ["code", "pointer", "offset", "line", "column", "message"])
        self.assertEqual(
            {k: e[k] for k in ("code", "pointer", "offset", "line", "column")},
            {"code": "invalid_enum", "pointer": "/status", "offset": text.index('"bogus"'), "line": 3, "column": 13},
        )
        self.assertTrue(e["message"].startswith('"bogus" is not a run status'), e["message"])
        self.assertEqual(
            second,
            {"file": good, "kind": "run", "documents": 1, "valid": 1, "errors": [], "findings": []},
        )

    def test_json_escaping_round_trip(self):
        # The key holds a quote, a backslash, a control character and non-ASCII text.
        key = 'a"b\\c\x01d\u00e9'
        path = self.write("esc.json", STRICT_RUN[:-1] + "," + json.dumps(key, ensure_ascii=False) + ":1}")
        p = subprocess.run([FLOWRUN, "check", "--strict", "--format=json", path], capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 1)
        self.assertNotIn(b"\x01", p.stdout)  # escaped, not raw
        doc = json.loads(p.stdout.decode("utf-8"))
        e = doc["errors"][0]
        self.assertEqual((e["code"], e["pointer"]), ("unknown_field", "/" + key))
        self.assertIn('"a\\"b\\\\c\\u0001d', e["message"])  # the library's quoting of the key, intact

    def test_json_output_is_valid_utf8(self):
        # The library cuts long values in messages after 64 bytes, possibly inside a
        # UTF-8 sequence; the output must stay valid UTF-8 and valid JSON.
        status = "a" * 63 + "\u00e9"
        path = self.write("cut.json", '{"id":"fl_run_a1","status":"%s","started_at":"2025-10-31T12:00:00Z"}' % status)
        p = subprocess.run([FLOWRUN, "check", "--format=json", path], capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 1)
        doc = json.loads(p.stdout.decode("utf-8", errors="strict"))
        self.assertEqual(doc["errors"][0]["code"], "invalid_enum")

    # ---- I/O errors and exit status ------------------------------------------------

    def test_missing_file(self):
        missing = os.path.join(self.dir, "missing.json")
        good = self.example("run.json")
        code, out, err = run("check", missing, good)
        self.assertEqual(code, 2)
        self.assertIn("cannot read '%s'" % missing, err)
        self.assertIn("No such file or directory", err)
        self.assertEqual(out, "1 document checked, 1 valid, 0 invalid, 1 file unreadable\n")
        code, docs = run_json(missing, good)
        self.assertEqual(code, 2)
        self.assertEqual([d["file"] for d in docs], [good])  # the other file is still checked

    def test_directory_is_unreadable(self):
        code, out, err = run("check", self.dir)
        self.assertEqual(code, 2)
        self.assertIn("cannot read '%s'" % self.dir, err)
        self.assertTrue(out.endswith(", 1 file unreadable\n"), out)

    def test_exit_status_precedence(self):
        good = self.write("good.json", GOOD_RUN)
        bad = self.write("bad.json", BAD_RUN)
        missing = os.path.join(self.dir, "missing.json")
        self.assertEqual(run("check", good, good)[0], 0)
        self.assertEqual(run("check", good, bad)[0], 1)
        self.assertEqual(run("check", bad, good)[0], 1)
        self.assertEqual(run("check", bad, missing, good)[0], 2)
        self.assertEqual(run("check", missing, bad)[0], 2)
        code, out, _ = run("check", good, bad, good)
        self.assertEqual(out.splitlines()[-1], "3 documents checked, 2 valid, 1 invalid")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: cli_test.py /path/to/flowrun [unittest options]")
    FLOWRUN = os.path.abspath(sys.argv.pop(1))
    unittest.main(argv=[sys.argv[0]] + sys.argv[1:])
