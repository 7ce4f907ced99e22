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
import unittest

import support

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


def run(*args, stdin=b"", cwd=None, env=None):
    """Runs flowrun; returns (exit status, stdout text, stderr text)."""
    p = subprocess.run([FLOWRUN, *args], input=stdin, capture_output=True, timeout=60, cwd=cwd, env=env)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def read_text(path):
    """The text of a file."""
    with open(path, encoding="utf-8") as f:
        return f.read()


def plain_env(**extra):
    """The environment without the variables that change summary's layout, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "NO_COLOR")}
    env.update(extra)
    return env


def run_json(*args, stdin=b""):
    """Runs flowrun --format=json; returns (exit status, list of parsed lines)."""
    code, out, _ = run("check", "--format=json", *args, stdin=stdin)
    return code, [json.loads(line) for line in out.splitlines()]


class CliTest(support.TempDirTest):

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
        # run.json and page.json are the API's own example: a completed run with an
        # error message, which is valid with one finding.
        warning = ('%s:%d:%d: warning[unexpected_error_message] %s: error_message is "Webhook request failed: '
                   '503 Service Unavailable" but status is completed (only failed runs have one)\n')
        expected = {
            "run.json": warning % (self.example("run.json"), 4, 20, "/error_message")
            + "1 document checked, 1 valid, 0 invalid, 1 finding\n",
            "run-legacy.json": "1 document checked, 1 valid, 0 invalid\n",
            "page.json": warning % (self.example("page.json"), 6, 24, "/data/0/error_message")
            + "1 document checked, 1 valid, 0 invalid, 1 finding\n",
            "logs.json": "1 document checked, 1 valid, 0 invalid\n",
        }
        for name in EXAMPLE_FILES:
            with self.subTest(name=name):
                code, out, err = run("check", self.example(name))
                self.assertEqual(code, 0, out + err)
                self.assertEqual(out, expected[name])
        code, out, _ = run("check", *[self.example(n) for n in EXAMPLE_FILES])
        self.assertEqual(code, 0)
        self.assertEqual(out.splitlines()[-1], "4 documents checked, 4 valid, 0 invalid, 2 findings")

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
            {"file": good, "kind": "run", "documents": 1, "valid": 1, "errors": [], "findings": [{
                "code": "unexpected_error_message", "pointer": "/error_message",
                "offset": read_text(good).index('"Webhook'), "line": 4, "column": 20,
                "message": 'error_message is "Webhook request failed: 503 Service Unavailable" but status is '
                           'completed (only failed runs have one)'}]},
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
        good = self.example("run-legacy.json")
        code, out, err = run("check", missing, good)
        self.assertEqual(code, 2)
        self.assertIn("cannot read '%s'" % missing, err)
        self.assertIn("No such file or directory", err)
        # Issue 10: an unreadable file is a result of its own on standard output too.
        self.assertEqual(out, missing + ": error[unreadable] cannot read: No such file or directory\n"
                         "1 document checked, 1 valid, 0 invalid, 1 file unreadable\n")
        code, docs = run_json(missing, good)
        self.assertEqual(code, 2)
        self.assertEqual([d["file"] for d in docs], [missing, good])  # the other file is still checked
        self.assertEqual(docs[0], {"file": missing, "unreadable": "No such file or directory"})

    def test_directory_is_walked(self):
        # Issue 10: a directory is searched for *.json, *.ndjson and *.jsonl (it used to be unreadable).
        code, out, err = run("check", self.dir)
        self.assertEqual((code, out, err), (0, "0 documents checked, 0 valid, 0 invalid\n", ""))
        self.write("b.json", GOOD_RUN)
        code, out, err = run("check", self.dir)
        self.assertEqual((code, out, err), (0, "1 document checked, 1 valid, 0 invalid\n", ""))

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


    # ---- findings ------------------------------------------------------------------

    FINDING_RUN = ('{"id":"fl_run_a1","status":"failed","started_at":"2025-10-31T12:00:00Z",'
                   '"completed_at":"2025-10-31T12:00:05Z","duration_in_seconds":5}')

    def test_check_example_run_gives_exactly_one_warning(self):
        path = self.example("run.json")
        code, out, err = run("check", path)
        self.assertEqual((code, err), (0, ""))
        lines = out.splitlines()
        self.assertEqual(len([l for l in lines if "warning[" in l]), 1, out)
        self.assertEqual(lines[0], path + ':4:20: warning[unexpected_error_message] /error_message: error_message is '
                         '"Webhook request failed: 503 Service Unavailable" but status is completed '
                         '(only failed runs have one)')
        self.assertEqual(lines[1], "1 document checked, 1 valid, 0 invalid, 1 finding")

    def test_output_of_any_kind_is_a_finding_not_an_error(self):
        text = ('{"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[\n'
                '  {"id":"fl_log_a","node_id":"n","status":"success","created_at":"2025-10-31T12:00:01Z",\n'
                '   "output": null}]}\n')
        path = self.write("null-output.json", text)
        code, out, err = run("check", path)
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(out.splitlines(), [
            path + ":3:14: warning[output_not_object] /logs/0/output: output is null, not an object "
            "(strict mode requires an object)",
            "1 document checked, 1 valid, 0 invalid, 1 finding"])
        code, out, _ = run("check", "--strict", path)
        self.assertEqual(code, 1)
        self.assertIn(path + ":3:14: error[wrong_type] /logs/0/output: expected an object, found null", out)
        code, out, _ = run("fmt", path)
        self.assertEqual(code, 0)
        self.assertIn('"output":null', out)

    def test_finding_about_an_absent_member_sits_at_its_object(self):
        text = '[\n  {"id": "fl_log_a", "node_id": "n", "status": "success",\n' \
            '   "created_at": "2025-10-31T12:00:01Z"},\n  {"id": "fl_log_a", "node_id": "n", "status": "success", ' \
            '"created_at": "2025-10-31T12:00:00Z"}\n]\n'
        path = self.write("logs.json", text)
        code, out, _ = run("check", path)
        self.assertEqual(code, 0)
        line = text.splitlines()[3]
        self.assertEqual(out.splitlines(), [
            path + ':4:%d: warning[duplicate_log_id] /1/id: "fl_log_a" is also the id of /0' % (
                line.index('"fl_log_a"') + 1),
            path + ':4:%d: warning[log_out_of_order] /1/created_at: created_at 2025-10-31T12:00:00Z is before the '
            "previous log's 2025-10-31T12:00:01Z (/0)" % (line.index('"2025') + 1),
            "1 document checked, 1 valid, 0 invalid, 2 findings",
        ])
        # missing_error_message names /error_message, which this run lacks: at the run's '{'.
        path = self.write("run.json", "  \n " + self.FINDING_RUN)
        code, out, _ = run("check", path)
        self.assertEqual(out.splitlines()[0], path + ":2:2: warning[missing_error_message] /error_message: "
                         "status is failed but error_message is null")

    def test_findings_at_escaped_keys(self):
        # The decoder unescapes keys; so does the search for the member's position.
        text = ('{"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","l\\u006fgs":[\n'
                '{"id":"fl_log_a","node_id":"n","status":"success","created_at":"2025-10-31T12:00:02Z"},\n'
                '{"output":{"created_at":"x"},"id":"fl_log_b","node_id":"n","status":"success",'
                '"cre\\u0061ted_at":"2025-10-31T12:00:01Z"}]}')
        path = self.write("esc.json", text)
        code, out, _ = run("check", path)
        self.assertEqual(code, 0)
        column = text.splitlines()[2].index('"2025') + 1
        self.assertTrue(out.startswith("%s:3:%d: warning[log_out_of_order] /logs/1/created_at: " % (path, column)),
                        out)

    def test_ndjson_errors_and_findings_in_line_order(self):
        text = (GOOD_RUN + "\r\n" + self.FINDING_RUN + "\r\n\n" + BAD_RUN + "\n  " + self.FINDING_RUN + "\n")
        path = self.write("runs.ndjson", text)
        code, out, _ = run("check", path)
        self.assertEqual(code, 1)
        lines = out.splitlines()
        self.assertEqual(len(lines), 4, out)
        self.assertTrue(lines[0].startswith(path + ":2:1: warning[missing_error_message] /error_message: "), lines[0])
        self.assertTrue(lines[1].startswith("%s:4:%d: error[invalid_enum] /status: " % (
            path, BAD_RUN.index('"bogus"') + 1)), lines[1])
        self.assertTrue(lines[2].startswith(path + ":5:3: warning[missing_error_message] /error_message: "), lines[2])
        self.assertEqual(lines[3], "4 documents checked, 3 valid, 1 invalid, 2 findings")
        code, docs = run_json(path)
        self.assertEqual((code, docs[0]["documents"], docs[0]["valid"]), (1, 4, 3))
        f = docs[0]["findings"]
        self.assertEqual([list(x) for x in f], [["code", "pointer", "offset", "line", "column", "message"]] * 2)
        self.assertEqual([(x["code"], x["pointer"], x["offset"], x["line"], x["column"]) for x in f], [
            ("missing_error_message", "/error_message", len(GOOD_RUN) + 2, 2, 1),
            ("missing_error_message", "/error_message", text.rindex(self.FINDING_RUN), 5, 3),
        ])
        self.assertEqual(f[0]["message"], "status is failed but error_message is null")

    def test_warnings_as_errors(self):
        path = self.example("run.json")
        code, out, _ = run("check", "--warnings-as-errors", path)
        self.assertEqual(code, 1)
        self.assertIn(":4:20: warning[unexpected_error_message] /error_message: ", out)
        self.assertEqual(out.splitlines()[-1], "1 document checked, 0 valid, 1 invalid, 1 finding")
        code, docs = run_json("--warnings-as-errors", path)
        self.assertEqual((code, docs[0]["valid"], len(docs[0]["findings"]), docs[0]["errors"]), (1, 0, 1, []))
        # Documents without findings stay valid.
        code, out, _ = run("check", "--warnings-as-errors", self.example("run-legacy.json"), self.example("logs.json"))
        self.assertEqual((code, out), (0, "2 documents checked, 2 valid, 0 invalid\n"))

    def test_quiet_counts_what_it_does_not_print(self):
        # -q (text, github) prints no problem: findings are counted, not built; the summary
        # line and exit status are those of the full output, on every kind and any --jobs.
        text = (GOOD_RUN + "\n" + self.FINDING_RUN + "\r\n\n" + BAD_RUN + "\n" + self.FINDING_RUN + "\n") * 50
        paths = [self.write("runs.ndjson", text), self.example("run.json"), self.example("page.json")]
        for extra in ([], ["--warnings-as-errors"], ["--jobs", "2"]):
            for fmt in ("text", "github"):
                code, out, _ = run("check", "--format=" + fmt, *extra, *paths)
                qcode, qout, _ = run("check", "-q", "--format=" + fmt, *extra, *paths)
                self.assertEqual((qcode, qout), (code, out.splitlines()[-1] + "\n"), (extra, fmt))
                self.assertIn("102 findings", qout)

    def test_no_findings(self):
        path = self.example("run.json")
        code, out, _ = run("check", "--no-findings", path)
        self.assertEqual((code, out), (0, "1 document checked, 1 valid, 0 invalid\n"))
        code, docs = run_json("--no-findings", "--warnings-as-errors", path)
        self.assertEqual((code, docs[0]["valid"], docs[0]["findings"]), (0, 1, []))

    def test_options_apply_to_their_commands(self):
        good = self.write("good.json", GOOD_RUN)
        for args in [("check", "--pretty"), ("fmt", "--format=json"), ("fmt", "--warnings-as-errors"),
                     ("fmt", "--no-findings"), ("summary", "--pretty"), ("summary", "--format=text"),
                     ("summary", "--warnings-as-errors"), ("fmt",), ("summary",)]:
            with self.subTest(args=args):
                code, out, err = run(*args, good) if len(args) > 1 else run(*args)
                self.assertEqual((code, out), (2, ""))
                self.assertTrue(err.startswith("flowrun: "), err)

    def test_help_describes_every_command(self):
        code, out, _ = run("--help")
        self.assertEqual(code, 0)
        for text in ("flowrun fmt", "flowrun summary", "--warnings-as-errors", "--no-findings", "--pretty",
                     "warning[CODE]", "NO_COLOR", "run_too_long", "output_not_object"):
            self.assertIn(text, out)

    # ---- fmt -------------------------------------------------------------------------

    def test_fmt_pretty_gives_the_api_examples_back(self):
        for name in ("run.json", "page.json", "logs.json"):
            with self.subTest(name=name):
                code, out, err = run("fmt", "--pretty", self.example(name))
                self.assertEqual((code, err), (0, ""))
                self.assertEqual(out, read_text(self.example(name)))

    def test_fmt_is_canonical_compact_and_a_fixed_point(self):
        for name in EXAMPLE_FILES:
            with self.subTest(name=name):
                code, out, _ = run("fmt", self.example(name))
                self.assertEqual(code, 0)
                self.assertEqual(out.count("\n"), 1)
                expected = json.loads(read_text(self.example(name)))
                if name == "run-legacy.json":  # an absent nullable field is written as null
                    expected["logs"][0]["component_id"] = None
                self.assertEqual(json.loads(out), expected)
                again = self.write("again." + name, out)
                self.assertEqual(run("fmt", again), (0, out, ""))
                self.assertEqual(run("fmt", "--pretty", again)[1], run("fmt", "--pretty", self.example(name))[1])
        self.assertTrue(run("fmt", self.example("run.json"))[1].startswith(
            '{"id":"fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4","status":"completed","error_message":"Webhook'))

    def test_fmt_keeps_what_was_written(self):
        text = ('{ "started_at" : "2025-10-31t12:00:00.1234567891234z", "status":"running", "id":"fl_run_a1",\n'
                '  "logs": [ {"id":"fl_log_a", "node_id":"n\\u00e9\\n", "status":"success", "created_at":'
                '"2025-10-31T13:00:00+01:00", "output": { "big" : 1e400, "s" : "a \\u00e9 \\/ b", "e": [ ] } } ] }')
        code, out, _ = run("fmt", self.write("r.json", text))
        self.assertEqual(code, 0)
        self.assertEqual(out, '{"id":"fl_run_a1","status":"running","error_message":null,'
                              '"started_at":"2025-10-31t12:00:00.1234567891234z","completed_at":null,'
                              '"duration_in_seconds":null,"logs":[{"id":"fl_log_a","node_id":"n\u00e9\\n",'
                              '"component_id":null,"status":"success","output":{"big":1e400,"s":"a \\u00e9 \\/ b",'
                              '"e":[]},"created_at":"2025-10-31T13:00:00+01:00"}]}\n')

    def test_fmt_ndjson_and_invalid_documents(self):
        text = GOOD_RUN + "\n\n" + BAD_RUN + "\r\n  " + self.FINDING_RUN + "\n"
        path = self.write("runs.ndjson", text)
        code, out, err = run("fmt", path)
        self.assertEqual(code, 1)
        self.assertEqual(out.splitlines(), [
            '{"id":"fl_run_a1","status":"running","error_message":null,"started_at":"2025-10-31T12:00:00Z",'
            '"completed_at":null,"duration_in_seconds":null}',
            '{"id":"fl_run_a1","status":"failed","error_message":null,"started_at":"2025-10-31T12:00:00Z",'
            '"completed_at":"2025-10-31T12:00:05Z","duration_in_seconds":5}',
        ])
        # Reported as check reports it, on standard error; nothing written for it.
        self.assertEqual(err, [l + "\n" for l in run("check", path)[1].splitlines() if "error[" in l][0])
        self.assertTrue(err.startswith("%s:3:%d: error[invalid_enum] /status: " % (path, BAD_RUN.index('"bogus"') + 1)))
        code, out, _ = run("fmt", "--pretty", path)
        self.assertEqual(out.count("\n}\n"), 2)
        # A whole file that is invalid writes nothing; unreadable files exit 2.
        self.assertEqual(run("fmt", self.write("bad.json", BAD_RUN))[:2], (1, ""))
        code, out, err = run("fmt", os.path.join(self.dir, "missing.json"), self.example("logs.json"))
        self.assertEqual(code, 2)
        self.assertIn("cannot read", err)
        self.assertEqual(json.loads(out)[0]["id"], "fl_log_01h3j4k5l6m7n8p9q0r1s2t3u4")

    def test_fmt_strict_and_stdin(self):
        code, _, err = run("fmt", "--strict", "-", stdin=GOOD_RUN.encode())
        self.assertEqual(code, 1)
        self.assertIn("error[missing_field]", err)
        code, out, _ = run("fmt", "--strict", "-", stdin=STRICT_RUN.encode())
        self.assertEqual((code, json.loads(out)), (0, json.loads(STRICT_RUN)))
        code, out, _ = run("fmt", "--kind=logs", "-", stdin=b"[]")
        self.assertEqual((code, out), (0, "[]\n"))

    # ---- summary -----------------------------------------------------------------------

    RUN_SUMMARY = (
        "fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4  completed  2025-10-31T12:00:00.000000Z  5 s\n"
        "  error: Webhook request failed: 503 Service Unavailable\n"
        '  +2.000s  n2  webhook  success  {"status":200,"body":{"message":"ok"}}\n'
        '  warning[unexpected_error_message] %s: error_message is "Webhook request failed: 503 Service '
        'Unavailable" but status is completed (only failed runs have one)\n')

    def test_summary_of_the_example_run(self):
        code, out, err = run("summary", self.example("run.json"), env=plain_env())
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(out, self.RUN_SUMMARY % "/error_message")

    def test_summary_of_the_example_page_and_logs(self):
        code, out, _ = run("summary", self.example("page.json"), env=plain_env())
        self.assertEqual(code, 0)
        self.assertEqual(out, self.RUN_SUMMARY % "/data/0/error_message" + "\n1 run: 1 completed\n")
        code, out, _ = run("summary", self.example("logs.json"), env=plain_env())
        self.assertEqual(out, '1 log entry\n  +0.000s  n2  webhook  success  {"status":200,"body":{"message":"ok"}}\n')
        code, out, _ = run("summary", "--no-findings", self.example("run.json"), env=plain_env())
        self.assertEqual(out, (self.RUN_SUMMARY % "").rsplit("  warning[", 1)[0])

    def test_summary_of_ndjson(self):
        lines = [
            '{"id":"fl_run_b1","status":"completed","started_at":"2025-10-31T12:00:00Z",'
            '"completed_at":"2025-10-31T13:02:05.5Z","logs":[{"id":"fl_log_x","node_id":"start","status":"success",'
            '"component_id":"trigger","created_at":"2025-10-31T12:00:00Z"},{"id":"fl_log_y","node_id":"n2",'
            '"status":"error","output":{"m":"line one\\nline two"},"created_at":"2025-10-31T12:00:01.25Z"}]}',
            BAD_RUN,
            GOOD_RUN,
            self.FINDING_RUN,
        ]
        path = self.write("runs.jsonl", "\n".join(lines))
        code, out, err = run("summary", path, env=plain_env())
        self.assertEqual(code, 1)
        self.assertTrue(err.startswith(path + ":2:"), err)
        self.assertEqual(out, (
            "fl_run_b1  completed  2025-10-31T12:00:00Z  1h 2m 6s (from the timestamps)\n"
            "  +0.000s  start  trigger  success  -\n"
            '  +1.250s  n2     -        error    {"m":"line one\\nline two"}\n'
            "  warning[run_too_long] /completed_at: completed_at - started_at is 3725.5 s, over the engine's limit "
            "of 3600 s (runs are killed after one hour)\n"
            "\n"
            "fl_run_a1  running  2025-10-31T12:00:00Z  no duration\n"
            "\n"
            "fl_run_a1  failed  2025-10-31T12:00:00Z  5 s\n"
            "  warning[missing_error_message] /error_message: status is failed but error_message is null\n"
            "\n"
            "3 runs: 1 running, 1 completed, 1 failed; 1 invalid document\n"))

    def test_summary_durations_as_a_person_reads_them(self):
        cases = {"0.25": "0.25 s", "59.9996": "60 s", "75": "1m 15s", "7384.4": "2h 3m 4s", "1e300": "1e+300 s"}
        for duration, shown in cases.items():
            with self.subTest(duration=duration):
                text = ('{"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z",'
                        '"duration_in_seconds":%s}' % duration)
                code, out, _ = run("summary", "--no-findings", self.write("d.json", text), env=plain_env())
                self.assertEqual((code, out), (0, "fl_run_a1  running  2025-10-31T12:00:00Z  %s\n" % shown))

    def test_summary_cuts_steps_to_the_width(self):
        output = '{"text":"' + "\u00e9" * 100 + '"}'
        text = ('{"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z","error_message":"'
                + "x" * 100 + '","logs":[{"id":"fl_log_a","node_id":"n1","status":"success","output":' + output
                + ',"created_at":"2025-10-31T12:00:00Z"}]}')
        path = self.write("wide.json", text)
        for columns in (40, 60):
            with self.subTest(columns=columns):
                code, out, _ = run("summary", "--no-findings", path, env=plain_env(COLUMNS=str(columns)))
                self.assertEqual(code, 0)
                header, error, step = out.splitlines()
                self.assertEqual(header, "fl_run_a1  running  2025-10-31T12:00:00Z  no duration")
                self.assertEqual(len(error), columns)
                self.assertTrue(error.startswith("  error: xxx") and error.endswith("x\u2026"), error)
                self.assertEqual(len(step), columns)  # one column per character, é included
                self.assertTrue(step.startswith('  +0.000s  n1  -  success  {"text":"\u00e9'), step)
                self.assertTrue(step.endswith("\u00e9\u2026"), step)
        code, out, _ = run("summary", "--no-findings", path, env=plain_env(COLUMNS="1000"))
        self.assertIn(output, out)

    def test_summary_colour_only_on_a_terminal(self):
        path = self.example("run.json")
        code, out = support.run_on_tty(FLOWRUN, "summary", path, env=plain_env())
        self.assertEqual(code, 0)
        self.assertIn("\x1b[1mfl_run_01h3j4k5l6m7n8p9q0r1s2t3u4\x1b[0m", out)
        self.assertIn("\x1b[32mcompleted\x1b[0m", out)
        self.assertIn("\x1b[33mwarning[unexpected_error_message]\x1b[0m", out)
        # NO_COLOR (set and not empty) turns it off; empty, it does not.
        code, out = support.run_on_tty(FLOWRUN, "summary", path, env=plain_env(NO_COLOR="1"))
        self.assertEqual(out, self.RUN_SUMMARY % "/error_message")
        self.assertIn("\x1b[", support.run_on_tty(FLOWRUN, "summary", path, env=plain_env(NO_COLOR=""))[1])
        # Not a terminal: no colour.
        self.assertNotIn("\x1b", run("summary", path, env=plain_env())[1])

    def test_summary_width_from_the_terminal(self):
        path = self.example("run.json")
        _, out = support.run_on_tty(FLOWRUN, "summary", "--no-findings", path, env=plain_env(NO_COLOR="1"), columns=30)
        step = out.splitlines()[2]
        self.assertEqual(step, '  +2.000s  n2  webhook  succe\u2026')
        # COLUMNS wins over the terminal's size.
        _, out = support.run_on_tty(FLOWRUN, "summary", "--no-findings", path,
                                    env=plain_env(NO_COLOR="1", COLUMNS="35"), columns=30)
        self.assertEqual(len(out.splitlines()[2]), 35)


    def test_max_errors_counts_the_rest(self):
        # 150 unknown keys in strict mode: 150 errors, of which 100 are shown by default.
        members = ",".join('"k%d":1' % i for i in range(150))
        doc = '{"id":"fl_run_a1","status":"running","error_message":null,"started_at":"2025-10-31T12:00:00Z",' \
              '"completed_at":null,"duration_in_seconds":null,' + members + '}'
        path = self.write("many.json", doc)
        code, out = run("check", "--strict", path)[:2]
        self.assertEqual(code, 1)
        lines = out.splitlines()
        self.assertEqual(sum("error[unknown_field]" in l for l in lines), 100)
        self.assertIn("/k99:", lines[99])
        self.assertEqual(lines[100], path + ": and 50 more errors (past --max-errors for a document)")
        code, out = run("check", "--strict", "--max-errors=3", path)[:2]
        self.assertEqual(out.splitlines()[3], path + ": and 147 more errors (past --max-errors for a document)")
        code, out = run("check", "--strict", "--max-errors=3", "--format=json", path)[:2]
        report = json.loads(out)
        self.assertEqual([e["pointer"] for e in report["errors"]], ["/k0", "/k1", "/k2"])
        self.assertEqual(report["omitted_errors"], 147)
        code, out = run("check", "--strict", "--max-errors=200", path)[:2]
        self.assertNotIn("more error", out)
        self.assertEqual(run("check", "--max-errors=0", path)[0], 2)
        self.assertEqual(run("check", "--max-errors=x", path)[0], 2)

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: cli_test.py /path/to/flowrun [unittest options]")
    FLOWRUN = os.path.abspath(sys.argv.pop(1))
    unittest.main(argv=[sys.argv[0]] + sys.argv[1:])
