"""Helpers the Python tests share: the two checkers (flowrun check and the JSON
Schemas through Ajv), npm setup, a scratch folder per test and pseudo-terminals.
A library, not a test: the tests import it, and no test imports another."""
import fcntl
import json
import os
import pty
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA_DIR = os.path.join(ROOT, "schema")
EXAMPLES = os.path.join(ROOT, "examples")
VALIDATE = os.path.join(SCHEMA_DIR, "validate.mjs")
KINDS = ("run", "page", "logs")
# The API's example files and the kind of document each holds.
EXAMPLE_KINDS = {"run.json": "run", "run-legacy.json": "run", "page.json": "page", "logs.json": "logs"}
# flowrun codes that mean "not well-formed JSON".
WELL_FORMEDNESS = {"syntax_error", "invalid_utf8", "depth_exceeded", "too_large", "trailing_content"}


# ---- the two checkers -------------------------------------------------------------


def chunks(items, n=800):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def schema_check(kind, strict, paths):
    """{path: {"valid": bool, "errors": [ajv errors]}} from schema/validate.mjs."""
    out = {}
    for part in chunks(list(paths)):
        cmd = ["node", VALIDATE] + (["--strict"] if strict else []) + [kind, "--"] + part
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        if p.returncode not in (0, 1):
            raise AssertionError(f"{' '.join(cmd[:4])} ... exited {p.returncode}: {p.stderr}")
        for line in filter(None, p.stdout.split("\n")):  # not splitlines(): U+2028 is not a line end here
            r = json.loads(line)
            out[r["file"]] = r
    missing = set(paths) - set(out)
    if missing:
        raise AssertionError(f"validate.mjs printed nothing for {sorted(missing)[:3]}")
    return out


def flowrun_check(flowrun, kind, strict, paths):
    """{path: {"valid": bool, "errors": [flowrun errors]}} from `flowrun check --format=json`
    (`flowrun`: the command's path)."""
    out = {}
    for part in chunks(list(paths)):
        # Every error of a document: it is compared with Ajv's, item by item.
        cmd = [flowrun, "check", "--format=json", f"--kind={kind}", "--max-errors=1000000000"]
        cmd += ["--strict"] if strict else []
        p = subprocess.run(cmd + ["--"] + part, capture_output=True, timeout=300)
        if p.returncode not in (0, 1):
            raise AssertionError(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr.decode(errors='replace')}")
        for line in filter(None, p.stdout.decode("utf-8").split("\n")):
            r = json.loads(line)
            if r["documents"] != 1:
                raise AssertionError(f"{r['file']}: {r['documents']} documents")
            r["valid"] = r["valid"] == 1
            out[r["file"]] = r
    missing = set(paths) - set(out)
    if missing:
        raise AssertionError(f"flowrun printed nothing for {sorted(missing)[:3]}")
    return out


def setup_node(prefix=SCHEMA_DIR, who="schema_test"):
    """Installs the npm packages of `prefix` (npm ci) if needed; exits when that is impossible."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            sys.exit(f"{who}: '{tool}' not found: install Node.js and npm (Debian: apt-get install nodejs npm)")

    def versions(lockfile):
        try:
            with open(lockfile, encoding="utf-8") as f:
                packages = json.load(f)["packages"]
        except (OSError, ValueError, KeyError):
            return None
        return {k: v.get("version") for k, v in packages.items() if k.startswith("node_modules/")}

    # npm writes node_modules/.package-lock.json: reinstall when it is missing or stale.
    if versions(os.path.join(prefix, "node_modules", ".package-lock.json")) != versions(
            os.path.join(prefix, "package-lock.json")):
        p = subprocess.run(["npm", "ci", "--prefix", prefix, "--no-audit", "--no-fund"], capture_output=True,
                           text=True, timeout=600)
        if p.returncode != 0:
            sys.exit(f"{who}: npm ci --prefix {os.path.relpath(prefix, ROOT)} failed:\n{p.stdout}\n{p.stderr}")


# ---- the command line -------------------------------------------------------------


def run_on_tty(flowrun, *args, env, columns=None):
    """Runs `flowrun` with standard output on a pseudo-terminal (of `columns` columns when
    given); returns (exit status, what it wrote, with the terminal's \r\n as \n)."""
    master, slave = pty.openpty()
    if columns is not None:
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    p = subprocess.Popen([flowrun, *args], stdout=slave, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                         env=env)
    os.close(slave)
    out = read_terminal(master)
    os.close(master)
    return p.wait(timeout=60), b"".join(out).decode("utf-8").replace("\r\n", "\n")


def read_terminal(master, out=None):
    """Everything written to a pseudo-terminal until its other side closes, appended to
    `out` (a new list when not given), which it returns."""
    out = [] if out is None else out
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child has gone and closed the terminal
            break
        if not data:
            break
        out.append(data)
    return out


class TempDirTest(unittest.TestCase):
    """A test with a scratch folder (self.dir) to write files in."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.dir = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name, content):
        """Writes `content` (text or bytes) to `name` in self.dir, folders made as needed."""
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content.encode("utf-8") if isinstance(content, str) else content)
        return path
