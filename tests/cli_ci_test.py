#!/usr/bin/env python3
"""Tests of `flowrun check` for daily and CI use (issue 10): directories, NDJSON
in chunks (exact lines and offsets across chunk boundaries), --jobs (byte-identical
output), --max-size, --quiet, --color, option values with a space, help per
command, the progress line, and the CI formats (SARIF validated against the
SARIF 2.1.0 JSON Schema with Ajv; GitHub workflow commands).

Usage: python3 tests/cli_ci_test.py /path/to/flowrun
FLOWRUN_NODE_MODULES: tests/node/node_modules (Ajv and @microsoft/jest-sarif's schema);
FLOWRUN_EXAMPLES_DIR: the examples directory.
"""
import json
import os
import pty
import subprocess
import sys
import threading
import time
import unittest

import support

FLOWRUN = None  # set from argv[1] in __main__
EXAMPLES = os.environ.get(
    "FLOWRUN_EXAMPLES_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples"))
NODE_MODULES = os.environ.get(
    "FLOWRUN_NODE_MODULES", os.path.join(os.path.dirname(os.path.abspath(__file__)), "node", "node_modules"))

GOOD_RUN = '{"id":"fl_run_a1","status":"running","started_at":"2025-10-31T12:00:00Z"}'
BAD_RUN = '{"id":"fl_run_a1","status":"bogus","started_at":"2025-10-31T12:00:00Z"}'
FINDING_RUN = ('{"id":"fl_run_a1","status":"failed","started_at":"2025-10-31T12:00:00Z",'
               '"completed_at":"2025-10-31T12:00:05Z","duration_in_seconds":5}')
STRICT_RUN = ('{"id":"fl_run_a1","status":"running","error_message":null,"started_at":"2025-10-31T12:00:00Z",'
              '"completed_at":null,"duration_in_seconds":null}')

SARIF_CHECK = r"""
const path = require('path');
const nm = process.env.FLOWRUN_NODE_MODULES;
const Ajv = require(path.join(nm, 'ajv'));
const schema = require(path.join(nm, '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
// The schema is draft-04 (its "$schema"): Ajv 6 with the draft-04 meta-schema, formats checked.
const ajv = new Ajv({schemaId: 'auto', allErrors: true, format: 'full'});
ajv.addMetaSchema(require(path.join(nm, 'ajv/lib/refs/json-schema-draft-04.json')));
const validate = ajv.compile(schema);
const doc = JSON.parse(require('fs').readFileSync(0, 'utf8'));
if (!validate(doc)) { console.log(JSON.stringify(validate.errors)); process.exit(1); }
console.log('valid');
"""


def run(*args, stdin=b"", cwd=None, env=None):
    """Runs flowrun; returns (exit status, stdout bytes, stderr text)."""
    p = subprocess.run([FLOWRUN, *args], input=stdin, capture_output=True, timeout=300, cwd=cwd, env=env)
    return p.returncode, p.stdout, p.stderr.decode("utf-8")


def text_of(args, **kw):
    code, out, err = run(*args, **kw)
    return code, out.decode("utf-8"), err


def sarif_valid(doc_bytes):
    """(valid?, Ajv's output) for a SARIF log."""
    p = subprocess.run(["node", "-e", SARIF_CHECK], input=doc_bytes, capture_output=True, timeout=120,
                       env=dict(os.environ, FLOWRUN_NODE_MODULES=NODE_MODULES))
    return p.returncode == 0 and p.stdout.strip() == b"valid", p.stdout.decode() + p.stderr.decode()


def big_export(path):
    """An NDJSON file of several MiB (several 1 MiB chunks): runs, bad lines, findings, CRLF,
    blank lines, a line of 1.5 MiB (longer than a chunk) and a last line without '\\n'.
    Returns [(line, offset of "bogus")] of the bad lines, in order."""
    parts, bad, offset, line = [], [], 0, 1
    long_logs = ",".join('{"id":"fl_log_%d","node_id":"n","status":"success","created_at":"2025-10-31T12:00:00Z"}'
                         % i for i in range(17000))
    long_run = '{"id":"fl_run_b1","status":"running","started_at":"2025-10-31T12:00:00Z","logs":[%s]}' % long_logs
    for i in range(60000):
        if i % 997 == 5:
            text = BAD_RUN
            bad.append((line, offset + text.index('"bogus"')))
        elif i % 131 == 0:
            text = FINDING_RUN
        elif i == 30000:
            text = long_run
        elif i % 17 == 0:
            text = "   "  # blank
        else:
            text = GOOD_RUN
        end = "\r\n" if i % 3 == 0 else "\n"
        if i == 59999:
            end = ""
        parts.append(text + end)
        offset += len(text) + len(end)
        line += 1
    data = "".join(parts).encode()
    assert len(long_run) > (1 << 20) and len(data) > (4 << 20)
    with open(path, "wb") as f:
        f.write(data)
    return bad


class CliCiTest(support.TempDirTest):
    # ---- inputs -----------------------------------------------------------------

    def test_directory_is_walked_sorted_without_following_links(self):
        self.write("tree/b.json", BAD_RUN)
        self.write("tree/a.ndjson", GOOD_RUN + "\n" + BAD_RUN + "\n")
        self.write("tree/sub/c.jsonl", BAD_RUN)
        self.write("tree/notes.txt", "not json")
        self.write("tree/sub/d.JSON.bak", BAD_RUN)
        self.write("elsewhere/e.json", BAD_RUN)
        os.symlink("..", os.path.join(self.dir, "tree", "sub", "loop"))  # a loop: not followed
        os.symlink(os.path.join(self.dir, "elsewhere"), os.path.join(self.dir, "tree", "linkdir"))
        os.symlink(os.path.join(self.dir, "elsewhere", "e.json"), os.path.join(self.dir, "tree", "f.json"))
        code, out, err = text_of(["check", "tree"], cwd=self.dir)
        self.assertEqual((code, err), (1, ""))
        files = [line.split(":")[0] for line in out.splitlines()[:-1]]
        self.assertEqual(files, ["tree/a.ndjson", "tree/b.json", "tree/f.json", "tree/sub/c.jsonl"])
        self.assertEqual(out.splitlines()[-1], "5 documents checked, 1 valid, 4 invalid")
        self.assertTrue(out.startswith("tree/a.ndjson:2:"), out)  # NDJSON by name, inside a directory too
        # A trailing slash, and a directory next to a file.
        code, out, _ = text_of(["check", "tree/sub/", os.path.join("elsewhere", "e.json")], cwd=self.dir)
        self.assertEqual([l.split(":")[0] for l in out.splitlines()[:-1]], ["tree/sub/c.jsonl", "elsewhere/e.json"])
        # fmt and summary walk directories too.
        code, out, _ = text_of(["fmt", "tree/sub/c.jsonl", "elsewhere"], cwd=self.dir)
        self.assertEqual((code, out), (1, ""))

    def test_unlistable_directory_is_unreadable(self):
        self.write("d/ok.json", GOOD_RUN)
        locked = os.path.join(self.dir, "d", "locked")
        os.mkdir(locked)
        os.chmod(locked, 0)
        try:
            code, out, err = text_of(["check", os.path.join(self.dir, "d")])
            if os.access(locked, os.R_OK):  # root lists it anyway: the rest is still checked
                self.assertEqual((code, out.splitlines()[-1]), (0, "1 document checked, 1 valid, 0 invalid"))
            else:
                self.assertEqual(code, 2)
                self.assertIn("cannot read '%s'" % locked, err)
                self.assertIn(locked + ": error[unreadable] cannot read: Permission denied", out)
        finally:
            os.chmod(locked, 0o755)

    def test_stdin_twice_is_a_usage_error(self):
        for args in (["check", "-", "-"], ["fmt", "-", "x.json", "-"], ["summary", "-", "-"]):
            with self.subTest(args=args):
                code, out, err = text_of(args, stdin=GOOD_RUN.encode())
                self.assertEqual((code, out), (2, ""))
                self.assertIn("'-' (standard input) given twice", err)

    def test_file_names_are_escaped_in_text(self):
        path = self.write("a\nb\x1b.json", BAD_RUN)
        code, out, err = text_of(["check", path])
        self.assertEqual(code, 1)
        lines = out.splitlines()
        self.assertEqual(len(lines), 2, out)
        shown = path.replace("\n", "\\u000a").replace("\x1b", "\\u001b")
        self.assertTrue(lines[0].startswith(shown + ":1:%d: error[invalid_enum]" % (BAD_RUN.index('"bogus"') + 1)))
        code, out, err = text_of(["check", path + "x"])  # unreadable: stdout and stderr, one line each
        self.assertEqual(len(out.splitlines()), 2, out)
        self.assertEqual(err, "flowrun: cannot read '%sx': No such file or directory\n" % shown)
        code, out, _ = text_of(["check", "--format=json", path])  # JSON keeps the name as it is
        self.assertEqual(json.loads(out)["file"], path)
        code, _, err = text_of(["fmt", path])
        self.assertTrue(err.startswith(shown + ":1:"), err)

    def test_stdin_ndjson_without_kind_suggests_it(self):
        text = (GOOD_RUN + "\n" + GOOD_RUN + "\n").encode()
        code, out, _ = text_of(["check", "-"], stdin=text)
        self.assertEqual(code, 1)
        self.assertIn("-:2:1: error[trailing_content] \"\": unexpected content after the root value "
                      "(if this is NDJSON, one run per line, use --kind=ndjson)", out)
        # Other trailing content gets no such hint; with --kind=run neither.
        code, out, _ = text_of(["check", "-"], stdin=(GOOD_RUN + " x").encode())
        self.assertNotIn("--kind=ndjson", out)
        code, out, _ = text_of(["check", "--kind=run", "-"], stdin=text)
        self.assertNotIn("--kind=ndjson", out)
        self.assertEqual(text_of(["check", "--kind", "ndjson", "-"], stdin=text)[0], 0)

    # ---- NDJSON in chunks, --jobs --------------------------------------------------

    def test_big_ndjson_exact_positions_and_identical_for_every_jobs(self):
        path = os.path.join(self.dir, "export.ndjson")
        bad = big_export(path)
        column = BAD_RUN.index('"bogus"') + 1
        outputs = {}
        for fmt in ("text", "json", "sarif", "github"):
            for jobs in ("1", "2", "3", "8"):
                code, out, err = run("check", "--format=" + fmt, "--jobs", jobs, path)
                self.assertEqual((code, err), (1, ""), (fmt, jobs))
                outputs[(fmt, jobs)] = out
            for jobs in ("2", "3", "8"):
                self.assertEqual(outputs[(fmt, jobs)], outputs[(fmt, "1")], "--jobs %s differs (%s)" % (jobs, fmt))
        report = json.loads(outputs[("json", "1")])
        errs = report["errors"]
        self.assertEqual([(e["line"], e["offset"], e["column"]) for e in errs], [(l, o, column) for l, o in bad])
        self.assertEqual(report["documents"], 60000 - len(range(0, 60000, 17)) + sum(
            1 for i in range(0, 60000, 17) if i % 997 == 5 or i % 131 == 0 or i == 30000))
        # Standard input (not seekable) gives the same as the file.
        with open(path, "rb") as f:
            data = f.read()
        code, out, _ = run("check", "--format=json", "--kind=ndjson", "-", stdin=data)
        self.assertEqual(json.loads(out)["errors"], errs)
        # The same file, many times and with whole documents, in a directory: the same for every --jobs.
        for i in range(3):
            self.write("many/%d.ndjson" % i, data)
            self.write("many/%d.json" % i, BAD_RUN if i % 2 else FINDING_RUN)
        many = os.path.join(self.dir, "many")
        first = run("check", "--jobs=1", many)[1]
        self.assertEqual(run("check", "--jobs=2", many)[1], first)
        self.assertEqual(run("check", "-j", "4", many)[1], first)

    def test_regular_file_read_in_place_same_as_a_pipe(self):
        # A regular file is mapped and its lines decoded where they lie; standard input (a pipe)
        # is read into chunks. Both give the same, byte for byte, for every command: lines across
        # chunk boundaries, a line longer than a chunk, CRLF, blank lines, no last '\n', and lines
        # over --max-size (on a pipe skipped unheld when longer than a chunk; in a mapping refused
        # by their length), a blank one among them.
        path = os.path.join(self.dir, "export.ndjson")
        big_export(path)
        with open(path, "rb") as f:
            data = f.read()
        hostile = os.path.join(self.dir, "hostile.ndjson")
        over = ('{"id":"fl_run_c1","status":"running","started_at":"2025-10-31T12:00:00Z","x":"%s"}'
                % ("y" * (3 << 20))).encode()
        with open(hostile, "wb") as f:
            f.write(GOOD_RUN.encode() + b"\n" + over + b"\r\n" + b" " * (3 << 20) + b"\n" + BAD_RUN.encode() + b"\n"
                    + over + b"\n" + FINDING_RUN.encode())
        with open(hostile, "rb") as f:
            hostile_data = f.read()
        for name, text, extra in ((path, data, []), (hostile, hostile_data, ["--max-size=2M"])):
            for args in (["check"], ["check", "--format=json"], ["fmt"], ["summary"]):
                for jobs in ("1", "2"):
                    with self.subTest(file=os.path.basename(name), args=args, jobs=jobs):
                        env = dict(os.environ, NO_COLOR="1", COLUMNS="100")
                        mapped = run(*args, "--jobs", jobs, *extra, name, env=env)
                        piped = run(*args, "--jobs", jobs, *extra, "--kind=ndjson", "-", stdin=text, env=env)
                        self.assertEqual(mapped[0], 1)
                        self.assertGreater(len(mapped[1]) + len(mapped[2]), 0)
                        self.assertEqual(mapped[0], piped[0])
                        for m, p in ((mapped[1].decode(), piped[1].decode()), (mapped[2], piped[2])):
                            self.assertEqual(m, p.replace("-:", name + ":").replace('"file":"-"', '"file":%s'
                                                                                     % json.dumps(name)))
        code, out, _ = text_of(["check", "--max-size=2M", hostile])
        self.assertEqual(out.splitlines()[0], '%s:2:1: error[too_large] "": input is %d bytes, over the limit of 2097152'
                         % (hostile, len(over) + 1))
        self.assertEqual(out.splitlines()[-1], "5 documents checked, 2 valid, 3 invalid, 1 finding")

    def test_regular_file_in_memory_bounded_by_what_is_in_flight(self):
        # A mapped file's pages are given back as its chunks are done: checking 48 MiB, the peak
        # resident memory stays far below the file's size. The errors of the last lines hold the
        # command writing (to a pipe not yet read) once it has read all the rest, and its peak
        # is read then (VmHWM: of the command itself, not of the process it was forked from).
        path = os.path.join(self.dir, "big.ndjson")
        with open(path, "wb") as f:
            f.write(((GOOD_RUN + "\n") * 1000).encode() * 700 + ((BAD_RUN + "\n") * 3000).encode())
        self.assertGreater(os.path.getsize(path), 48 << 20)
        for jobs in ("1", "2"):
            with self.subTest(jobs=jobs):
                p = subprocess.Popen([FLOWRUN, "check", "--jobs", jobs, path], stdout=subprocess.PIPE)
                try:
                    first = p.stdout.readline()
                    self.assertTrue(first.startswith(("%s:700001:" % path).encode()), first)
                    with open("/proc/%d/status" % p.pid) as f:
                        peak_kib = next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))
                    rest = p.stdout.read()
                finally:
                    p.stdout.close()
                    self.assertEqual(p.wait(timeout=60), 1)
                self.assertTrue(rest.endswith(b"703000 documents checked, 700000 valid, 3000 invalid\n"), rest[-200:])
                self.assertLess(peak_kib, 32 << 10)  # in flight at most 16 MiB, and the program

    def test_file_that_shrinks_while_read_is_unreadable(self):
        # A mapped file cut short while it is read: the next page read is a bus error, which ends
        # the command with a line naming the file and exit status 2 (never a crash). Here the
        # command is held writing the errors of the first chunk (to a pipe not read) while the
        # file is emptied.
        path = os.path.join(self.dir, "shrinks.ndjson")
        with open(path, "wb") as f:
            f.write(((BAD_RUN + "\n") * 1000).encode() * 200)  # 15 MiB; each line an error
        for jobs in ("1", "2"):
            with self.subTest(jobs=jobs):
                p = subprocess.Popen([FLOWRUN, "check", "--jobs", jobs, path], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
                first = p.stdout.readline()
                self.assertTrue(first.startswith(path.encode() + b":1:"), first)
                os.truncate(path, 0)
                p.stdout.read()
                err = p.stderr.read().decode()
                p.stdout.close()
                p.stderr.close()
                self.assertEqual(p.wait(timeout=60), 2)
                self.assertEqual(err, "flowrun: cannot read '%s': it shrank while it was read, or a read failed "
                                 "(bus error)\n" % path)
                with open(path, "wb") as f:
                    f.write(((BAD_RUN + "\n") * 1000).encode() * 200)

    def test_fmt_and_summary_read_ndjson_in_chunks(self):
        path = os.path.join(self.dir, "export.ndjson")
        bad = big_export(path)
        code, out, err = run("fmt", path)
        self.assertEqual(code, 1)
        lines = out.decode().splitlines()
        report = json.loads(run("check", "--format=json", "--no-findings", path)[1])
        self.assertEqual(len(lines), report["valid"])
        self.assertEqual(json.loads(lines[0])["id"], "fl_run_a1")
        self.assertEqual(len(json.loads(lines[0])), 6)  # canonical: every member, null where absent
        self.assertEqual(sum(1 for l in lines if '"fl_run_b1"' in l), 1)  # the long line, whole
        # Errors on standard error at their lines, as check gives them.
        self.assertEqual([l.split(":")[1] for l in err.splitlines()], [str(line) for line, _ in bad])
        with open(path, "rb") as f:
            self.assertEqual(run("fmt", "--kind=ndjson", "-", stdin=f.read())[1], out)
        code, out, _ = run("summary", "--no-findings", path, env=dict(os.environ, NO_COLOR="1"))
        self.assertEqual(out.decode().splitlines()[-1], "%d runs: %d running, %d failed; %d invalid documents" % (
            report["valid"], report["valid"] - len(range(0, 60000, 131)), len(range(0, 60000, 131)), len(bad)))

    def test_fmt_and_summary_take_jobs_with_identical_output(self):
        path = os.path.join(self.dir, "export.ndjson")
        big_export(path)
        with open(path, "rb") as f:
            data = f.read()
        for i in range(2):  # several inputs: summary's headers, fmt's files in order
            self.write("many/%d.ndjson" % i, data)
            self.write("many/%d.json" % i, BAD_RUN if i % 2 else FINDING_RUN)
        self.write("many/page.json", '{"data":[%s,%s]}' % (GOOD_RUN, FINDING_RUN))
        many = os.path.join(self.dir, "many")
        env = dict(os.environ, NO_COLOR="1", COLUMNS="100")
        for args in (["fmt", path], ["fmt", "--canonical", many], ["fmt", "--pretty", many], ["summary", path],
                     ["summary", many]):
            with self.subTest(args=args):
                first = run(args[0], "--jobs=1", *args[1:], env=env)
                self.assertEqual(first[0], 1)
                self.assertGreater(len(first[1]), 1 << 20)  # several chunks of output
                self.assertNotEqual(first[2], "")  # the invalid documents, on standard error
                for jobs in ("2", "3"):
                    self.assertEqual(run(args[0], "--jobs", jobs, *args[1:], env=env), first, "--jobs " + jobs)

    def test_max_size_bounds_devices_and_pipes(self):
        # A device that never ends: read up to the limit and one byte more, then refused.
        for cmd in ("check", "fmt", "summary"):
            with self.subTest(cmd=cmd):
                code, out, err = text_of([cmd, "--max-size=1M", "/dev/zero"])
                self.assertEqual(code, 1)
                line = '/dev/zero:1:1: error[too_large] "": input is at least 1048577 bytes, over the limit of 1048576'
                self.assertEqual(line, (out if cmd == "check" else err).splitlines()[0])
        # A pipe that never ends: flowrun stops reading it and exits while the writer still writes.
        writer = subprocess.Popen(["cat", "/dev/zero"], stdout=subprocess.PIPE)
        try:
            p = subprocess.run([FLOWRUN, "check", "--max-size=64K", "-"], stdin=writer.stdout, capture_output=True,
                               timeout=60)
            self.assertIsNone(writer.poll())
        finally:
            writer.kill()
            writer.wait()
            writer.stdout.close()
        self.assertEqual(p.returncode, 1)
        self.assertTrue(p.stdout.startswith(b'-:1:1: error[too_large] "": input is at least 65537 bytes, '
                                            b'over the limit of 65536\n'), p.stdout)
        # NDJSON: the bound is per line; a longer line is skipped without being held, and the stream
        # is read to its end (here a pipe fed a line of 8 MiB in pieces).
        long_line = b"x" * (8 << 20)
        p = subprocess.Popen([FLOWRUN, "check", "--kind=ndjson", "--max-size=1K", "-"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE)
        for i in range(0, len(long_line), 1 << 16):
            p.stdin.write(long_line[i:i + (1 << 16)])
        p.stdin.write(b"\n" + GOOD_RUN.encode() + b"\n")
        p.stdin.close()
        out = p.stdout.read().decode()
        p.stdout.close()
        self.assertEqual(p.wait(timeout=60), 1)
        self.assertEqual(out, '-:1:1: error[too_large] "": input is %d bytes, over the limit of 1024\n'
                         "2 documents checked, 1 valid, 1 invalid\n" % len(long_line))
        # So NDJSON on a device without line ends reads on, in memory bounded by the limit.
        p = subprocess.Popen([FLOWRUN, "check", "--kind=ndjson", "--max-size=1M", "/dev/zero"],
                             stdout=subprocess.DEVNULL)
        try:
            time.sleep(1.5)
            self.assertIsNone(p.poll())
            with open("/proc/%d/status" % p.pid) as f:
                peak_kib = next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))
            self.assertLess(peak_kib, 32 << 10)  # a 1 MiB line, a 1 MiB chunk, the program: well under 32 MiB
        finally:
            p.kill()
            p.wait()

    def test_long_line_over_max_size_is_too_large(self):
        long_run = '{"id":"fl_run_b1","status":"running","started_at":"2025-10-31T12:00:00Z","x":"%s"}' % ("y" * 5000)
        text = GOOD_RUN + "\n" + long_run + "\r\n" + BAD_RUN + "\n"
        path = self.write("r.ndjson", text)
        code, out, _ = text_of(["check", "--max-size=1K", path])
        self.assertEqual(code, 1)
        lines = out.splitlines()
        self.assertEqual(lines[0], "%s:2:1: error[too_large] \"\": input is %d bytes, over the limit of 1024" % (
            path, len(long_run) + 1))
        self.assertTrue(lines[1].startswith("%s:3:" % path), lines)
        self.assertEqual(lines[2], "3 documents checked, 1 valid, 2 invalid")
        self.assertEqual(text_of(["check", path])[0], 1)  # the default limit holds it
        self.assertEqual(len(text_of(["check", path])[1].splitlines()), 2)
        # A whole document over the limit is not read: its size from the file system.
        whole = self.write("big.json", long_run)
        code, out, _ = text_of(["check", "--max-size", "100", whole])
        self.assertEqual(out.splitlines()[0], '%s:1:1: error[too_large] "": input is %d bytes, over the limit of 100'
                         % (whole, len(long_run)))
        # Standard input (a pipe) is read up to the limit and one byte more, no further: it is over
        # the limit by at least that byte, however long it is.
        code, out, _ = text_of(["check", "--max-size=100", "-"], stdin=long_run.encode())
        self.assertIn("input is at least 101 bytes, over the limit of 100", out)
        code, out, err = text_of(["fmt", "--max-size=100", whole])
        self.assertEqual((code, out), (1, ""))
        self.assertIn("error[too_large]", err)
        for bad_value in ("0", "x", "1T", "", "-5"):
            with self.subTest(value=bad_value):
                self.assertEqual(text_of(["check", "--max-size=" + bad_value, path])[0], 2)

    # ---- options ------------------------------------------------------------------

    def test_values_with_a_space_or_equals(self):
        path = self.write("m.json", STRICT_RUN[:-1] + ',"a":1,"b":2,"c":3}')
        with_eq = text_of(["check", "--strict", "--format=json", "--max-errors=2", "--kind=run", path])
        with_space = text_of(["check", "--strict", "--format", "json", "--max-errors", "2", "--kind", "run", path])
        self.assertEqual(with_eq, with_space)
        self.assertEqual(json.loads(with_eq[1])["omitted_errors"], 1)
        for args in (["check", path, "--kind"], ["check", "--format"], ["check", "--strict=yes", path],
                     ["check", "--jobs", "0", path], ["check", "--color=sometimes", path], ["fmt", "--max-errors=2", path],
                     ["fmt", "-q", path], ["summary", "--format", "json", path]):
            with self.subTest(args=args):
                code, out, err = text_of(args)
                self.assertEqual((code, out), (2, ""))
                self.assertTrue(err.startswith("flowrun: "), err)

    def test_short_options_take_attached_values_and_combine(self):
        path = self.write("m.json", STRICT_RUN[:-1] + ',"a":1}')
        expected = text_of(["check", "--strict", "--jobs", "2", path])
        self.assertEqual(expected[0], 1)
        for spelling in (["-j2"], ["-j", "2"], ["--jobs=2"], ["--jobs", "2"]):
            with self.subTest(spelling=spelling):
                self.assertEqual(text_of(["check", "--strict", *spelling, path]), expected)
        quiet = text_of(["check", "--strict", "-q", "--jobs=2", path])
        self.assertEqual(quiet, (1, "1 document checked, 0 valid, 1 invalid\n", ""))
        for spelling in (["-qj2"], ["-qj", "2"], ["-jq"]):  # -jq: "q" is -j's value, not a flag
            with self.subTest(spelling=spelling):
                code, out, err = text_of(["check", "--strict", *spelling, path])
                if spelling == ["-jq"]:
                    self.assertEqual((code, out), (2, ""))
                    self.assertEqual(err, "flowrun: invalid -j 'q' (expected a whole number from 1 to 1024)\n"
                                     "Try 'flowrun --help'.\n")
                else:
                    self.assertEqual((code, out, err), quiet)
        for args, message in ((["check", "-j0", path], "invalid -j '0' (expected a whole number from 1 to 1024)"),
                              (["check", "-qx", path], "unknown option '-x' in '-qx'"),
                              (["check", "-x", path], "unknown option '-x'"),
                              (["check", path, "-qj"], "'-j' needs a value"),
                              (["check", "--quiet=yes", path], "'--quiet' takes no value"),
                              (["fmt", "-qj2", path], "'-q' does not apply to 'flowrun fmt'"),
                              (["summary", "-j2q", path], "invalid -j '2q' (expected a whole number from 1 to 1024)")):
            with self.subTest(args=args):
                self.assertEqual(text_of(args), (2, "", "flowrun: %s\nTry 'flowrun --help'.\n" % message))
        # -h among them shows the command's help (after a value, it is part of the value).
        self.assertEqual(text_of(["fmt", "-hj2", path]), text_of(["help", "fmt"]))
        self.assertEqual(text_of(["fmt", "-j2h", path])[:2], (2, ""))

    def test_quiet(self):
        bad = self.write("bad.json", BAD_RUN)
        missing = os.path.join(self.dir, "missing.json")
        for flag in ("-q", "--quiet"):
            code, out, err = text_of(["check", flag, bad, missing])
            self.assertEqual((code, out), (2, "1 document checked, 0 valid, 1 invalid, 1 file unreadable\n"))
            self.assertIn("cannot read", err)
        code, out, _ = text_of(["check", "-q", "--format=github", bad])
        self.assertEqual(out, "1 document checked, 0 valid, 1 invalid\n")

    def test_color(self):
        bad = self.write("bad.json", BAD_RUN)
        env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        code, out, _ = text_of(["check", "--color=always", bad], env=env)
        self.assertIn("\x1b[31merror[invalid_enum]\x1b[0m", out)
        code, out, _ = text_of(["check", "--color", "always", self.write("f.json", FINDING_RUN)], env=env)
        self.assertIn("\x1b[33mwarning[missing_error_message]\x1b[0m", out)
        self.assertNotIn("\x1b", text_of(["check", bad], env=env)[1])  # auto, not a terminal
        self.assertNotIn("\x1b", text_of(["check", "--color=never", bad], env=env)[1])
        # On a terminal: auto colours, unless NO_COLOR; never does not.
        self.assertIn("\x1b[31m", self.on_tty(["check", bad], env)[1])
        self.assertNotIn("\x1b[", self.on_tty(["check", bad], dict(env, NO_COLOR="1"))[1])
        self.assertNotIn("\x1b[", self.on_tty(["check", "--color=never", bad], env)[1])
        self.assertIn("\x1b[", self.on_tty(["summary", "--color=always", bad.replace("bad", "f")], dict(env, NO_COLOR="1"))[1])
        # summary honours --color=never on a terminal; fmt colours its errors on standard error only when asked.
        self.assertNotIn("\x1b[", self.on_tty(["summary", "--color=never", bad.replace("bad", "f")], env)[1])
        code, out, err = text_of(["fmt", "--color=always", bad], env=env)
        self.assertIn("\x1b[31merror[invalid_enum]", err)

    def on_tty(self, args, env):
        """Runs flowrun with standard output on a pseudo-terminal: (exit status, output)."""
        return support.run_on_tty(FLOWRUN, *args, env=env)

    def test_help_per_command(self):
        full = text_of(["--help"])
        self.assertEqual(text_of(["help"]), full)
        self.assertEqual(full[0], 0)
        for cmd in ("check", "fmt", "summary"):
            with self.subTest(cmd=cmd):
                code, out, _ = text_of(["help", cmd])
                self.assertEqual(code, 0)
                self.assertTrue(out.startswith("Usage: flowrun " + cmd), out)
                self.assertEqual(text_of([cmd, "--help"]), (0, out, ""))
                self.assertEqual(text_of([cmd, "-h"]), (0, out, ""))
                self.assertNotEqual(out, full[1])
        self.assertIn("--format=FORMAT", text_of(["help", "check"])[1])
        self.assertIn("sarif", text_of(["help", "check"])[1])
        self.assertNotIn("--format", text_of(["help", "fmt"])[1])
        self.assertIn("--pretty", text_of(["help", "fmt"])[1])
        self.assertNotIn("--pretty", text_of(["help", "summary"])[1])
        for args in (["help", "frobnicate"], ["help", "check", "fmt"]):
            self.assertEqual(text_of(args)[0], 2)

    def test_help_says_what_sarif_and_jobs_do(self):
        check = " ".join(text_of(["help", "check"])[1].split())
        self.assertIn("one SARIF 2.1.0 log with one run and its 26 rules, all of them listed whether they occur or "
                      "not (so that rule indexes stay the same from run to run): the 13 error codes, the 11 "
                      'finding codes, "omitted_errors" and "unreadable"', check)
        # True: a log without results lists every rule all the same, in this order, each with its text.
        code, out, _ = run("check", "--format=sarif", os.path.join(EXAMPLES, "run-legacy.json"))
        driver = json.loads(out)["runs"][0]["tool"]["driver"]
        self.assertEqual([r["id"] for r in driver["rules"]], [
            "syntax_error", "invalid_utf8", "depth_exceeded", "too_large", "trailing_content", "wrong_type",
            "missing_field", "unknown_field", "duplicate_key", "invalid_enum", "invalid_timestamp", "invalid_id",
            "out_of_range", "completed_before_started", "duration_mismatch", "missing_completed_at",
            "unexpected_completed_at", "missing_error_message", "unexpected_error_message", "log_out_of_order",
            "log_outside_run", "duplicate_log_id", "run_too_long", "output_not_object", "omitted_errors",
            "unreadable"])
        self.assertEqual(len(driver["rules"]), 26)  # the number help check says
        for r in driver["rules"]:
            self.assertTrue(r["shortDescription"]["text"], r["id"])
        self.assertIn("(-qj2 is -q -j 2)", check)
        for cmd in ("fmt", "summary"):
            self.assertIn("-j, --jobs=N", text_of(["help", cmd])[1])
        self.assertNotIn("check: threads", text_of(["--help"])[1])

    # ---- progress -------------------------------------------------------------------

    def test_progress_only_on_a_terminal_after_a_second(self):
        lines = ((GOOD_RUN + "\n") * 2000).encode()
        for jobs in ("1", "2"):
            with self.subTest(jobs=jobs):
                err, out, code = self.progress_on_tty(lines, jobs)
                self.assertEqual((code, out), (0, b"4000 documents checked, 4000 valid, 0 invalid\n"))
                self.assertIn("\rflowrun: ", err)
                self.assertIn("4000 documents, ", err)
                self.assertIn("/s\x1b[K", err)
                self.assertTrue(err.endswith("\r\x1b[K"), repr(err))  # erased at the end

    def progress_on_tty(self, lines, jobs):
        """Writes `lines` twice, 1.5 s apart, to flowrun check --jobs JOBS with standard
        error on a pseudo-terminal: (what it wrote there, standard output, exit status)."""
        master, slave = pty.openpty()
        p = subprocess.Popen([FLOWRUN, "check", "--kind=ndjson", "--jobs", jobs, "-"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=slave)
        os.close(slave)
        chunks = []
        reader = threading.Thread(target=support.read_terminal, args=(master, chunks))
        reader.start()
        p.stdin.write(lines)
        p.stdin.flush()
        time.sleep(1.5)  # the input takes more than a second
        p.stdin.write(lines)
        p.stdin.close()
        out = p.stdout.read()
        p.stdout.close()
        code = p.wait(timeout=60)
        reader.join(timeout=60)
        os.close(master)
        return b"".join(chunks).decode(), out, code

    def test_no_progress_when_stderr_is_not_a_terminal(self):
        lines = ((GOOD_RUN + "\n") * 2000).encode()
        # Standard error not a terminal: nothing, however long it takes.
        p = subprocess.Popen([FLOWRUN, "check", "--kind=ndjson", "-"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        p.stdin.write(lines)
        p.stdin.flush()
        time.sleep(1.5)
        p.stdin.write(lines)
        p.stdin.close()
        self.assertEqual(p.stdout.read(), b"4000 documents checked, 4000 valid, 0 invalid\n")
        self.assertEqual(p.stderr.read(), b"")
        p.wait(timeout=60)
        p.stdout.close()
        p.stderr.close()

    # ---- CI formats -------------------------------------------------------------------

    def ci_inputs(self):
        """Files with an error, a finding, errors past --max-errors, names to encode, and a missing file."""
        bad = self.write("bad dir/b%d,:.json", '{\n  "id": "fl_run_a1",\n  "status": "b\u00e9gus",\n'
                         '  "started_at": "2025-10-31T12:00:00Z"\n}\n')
        finding = self.write("f.ndjson", GOOD_RUN + "\n" + FINDING_RUN + "\n")
        many = self.write("many\n.json", '{"id":1,"status":2,"started_at":3}')
        return bad, finding, many, os.path.join(self.dir, "missing.json")

    def test_sarif_is_valid_sarif_2_1_0(self):
        bad, finding, many, missing = self.ci_inputs()
        code, out, err = run("check", "--format=sarif", "--max-errors=2", bad, finding, many, missing)
        self.assertEqual(code, 2)
        self.assertIn("cannot read", err)
        ok, why = sarif_valid(out)
        self.assertTrue(ok, why)
        log = json.loads(out)
        self.assertEqual(log["version"], "2.1.0")
        self.assertEqual(len(log["runs"]), 1)
        r = log["runs"][0]
        driver = r["tool"]["driver"]
        self.assertEqual(driver["name"], "flowrun")
        rule_ids = [x["id"] for x in driver["rules"]]
        for code_name in ("invalid_enum", "wrong_type", "missing_error_message", "run_too_long", "unreadable"):
            self.assertIn(code_name, rule_ids)
        results = r["results"]
        self.assertEqual([x["ruleId"] for x in results], [
            "invalid_enum", "missing_error_message", "wrong_type", "wrong_type", "omitted_errors", "unreadable"])
        for res in results:
            self.assertEqual(rule_ids[res["ruleIndex"]], res["ruleId"])
        enum = results[0]
        self.assertEqual(enum["level"], "error")
        loc = enum["locations"][0]["physicalLocation"]
        self.assertEqual(loc["artifactLocation"]["uri"], "file://" + bad.replace("%", "%25").replace(" ", "%20")
                         .replace(",", "%2C").replace(":", "%3A"))
        self.assertEqual(loc["region"], {"startLine": 3, "startColumn": 13})
        self.assertTrue(enum["message"]["text"].startswith('/status: "b\u00e9gus" is not a run status'),
                        enum["message"]["text"])
        warn = results[1]
        self.assertEqual(warn["level"], "warning")
        self.assertEqual(warn["locations"][0]["physicalLocation"]["region"], {"startLine": 2, "startColumn": 1})
        self.assertEqual(warn["message"]["text"], "/error_message: status is failed but error_message is null")
        self.assertEqual([x["message"]["text"].split(":")[0] for x in results[2:4]], ["/id", "/status"])
        self.assertEqual(results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                         "file://" + many.replace("\n", "%0A"))
        self.assertEqual(results[4]["message"]["text"], "and 1 more error (past --max-errors for a document)")
        unread = results[5]
        self.assertEqual(unread["message"]["text"], "cannot read: No such file or directory")
        self.assertNotIn("region", unread["locations"][0]["physicalLocation"])
        # Relative names stay relative URI references.
        code, out, _ = run("check", "--format=sarif", "f.ndjson", cwd=self.dir)
        ok, why = sarif_valid(out)
        self.assertTrue(ok, why)
        uri = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        self.assertEqual(uri, "f.ndjson")
        # Nothing wrong: an empty list of results, still valid.
        code, out, _ = run("check", "--format=sarif", os.path.join(EXAMPLES, "run-legacy.json"))
        self.assertEqual((code, json.loads(out)["runs"][0]["results"]), (0, []))
        self.assertTrue(sarif_valid(out)[0])
        # And the schema check does catch a broken log.
        self.assertFalse(sarif_valid(out.replace(b'"startLine"', b'"startLine_"').replace(b'"2.1.0"', b'"2.2"'))[0])

    def test_sarif_columns_count_characters(self):
        # Byte column 13 + 2 bytes of "é" before the error: SARIF (unicodeCodePoints) says one less.
        path = self.write("u.json", '{"id":"fl_run_a1","x":"\u00e9","status":"bogus","started_at":"2025-10-31T12:00:00Z"}')
        code, out, _ = run("check", "--format=sarif", path)
        res = json.loads(out)["runs"][0]["results"][0]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertEqual(res["locations"][0]["physicalLocation"]["region"]["startColumn"], text.index('"bogus"') + 1)
        code, out, _ = run("check", "--format=json", path)
        self.assertEqual(json.loads(out)["errors"][0]["column"], len(text[:text.index('"bogus"')].encode()) + 1)

    def test_github_annotations(self):
        bad, finding, many, missing = self.ci_inputs()
        code, out, err = text_of(["check", "--format=github", "--max-errors=2", bad, finding, many, missing])
        self.assertEqual(code, 2)
        lines = out.splitlines()
        esc_bad = bad.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
        esc_many = many.replace("\n", "%0A")  # one annotation per line
        self.assertTrue(lines[0].startswith('::error file=%s,line=3,col=13,title=invalid_enum::/status: "b\u00e9gus"'
                                            % esc_bad), lines[0])
        self.assertEqual(lines[1], "::warning file=%s,line=2,col=1,title=missing_error_message::/error_message: "
                         "status is failed but error_message is null" % finding)
        self.assertTrue(lines[2].startswith("::error file=%s,line=1,col=7,title=wrong_type::/id: " % esc_many), lines[2])
        self.assertTrue(lines[3].startswith("::error file=%s,line=1,col=18,title=wrong_type::/status: " % esc_many),
                        lines[3])
        self.assertEqual(lines[4], "::error file=%s,title=omitted_errors::and 1 more error (past --max-errors for a "
                         "document)" % esc_many)
        self.assertEqual(lines[5], "::error file=%s,title=unreadable::cannot read: No such file or directory" % missing)
        self.assertEqual(lines[6], "4 documents checked, 2 valid, 2 invalid, 1 finding, 1 file unreadable")
        self.assertEqual(len(lines), 7)
        # A message's % and a name's , are escaped (data and property rules differ).
        path = self.write("p,q.json", '{"id":"fl_run_a1","status":"100%","started_at":"2025-10-31T12:00:00Z"}')
        out = text_of(["check", "--format=github", path])[1]
        self.assertTrue(out.startswith("::error file=%s,line=1," % path.replace(",", "%2C")), out)
        self.assertIn('/status: "100%25" is not a run status', out)

    def test_unreadable_in_every_format(self):
        missing = os.path.join(self.dir, "missing.json")
        for fmt, expect in (("text", missing + ": error[unreadable] cannot read: No such file or directory\n"),
                            ("json", json.dumps({"file": missing, "unreadable": "No such file or directory"},
                                                separators=(",", ":")) + "\n"),
                            ("github", "::error file=%s,title=unreadable::cannot read: No such file or directory\n"
                             % missing)):
            with self.subTest(fmt=fmt):
                code, out, err = text_of(["check", "--format", fmt, missing])
                self.assertEqual(code, 2)
                self.assertTrue(out.startswith(expect), out)
                self.assertIn("cannot read", err)
        code, out, _ = text_of(["check", "--format=sarif", missing])
        self.assertEqual([r["ruleId"] for r in json.loads(out)["runs"][0]["results"]], ["unreadable"])


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: cli_ci_test.py /path/to/flowrun [unittest options]")
    FLOWRUN = os.path.abspath(sys.argv.pop(1))
    unittest.main(argv=[sys.argv[0]] + sys.argv[1:])
