"""flowrun drops into other projects: as a Meson subproject (through
dependency('flowrun') and its fallback) and by include path alone."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise AssertionError("%s failed (%d):\n%s\n%s" % (" ".join(cmd), p.returncode, p.stdout, p.stderr))
    return p.stdout


class Consumer(unittest.TestCase):
    def test_meson_subproject(self):
        with tempfile.TemporaryDirectory() as tmp:
            build = os.path.join(tmp, "build")
            run(["meson", "setup", build, os.path.join(ROOT, "tests", "consumer")])
            log = run(["meson", "compile", "-C", build])
            self.assertIn("consumer", log)
            self.assertEqual(run([os.path.join(build, "consumer")]).strip(), "fl_run_a1")
            # As a subproject, flowrun builds none of its own tests.
            self.assertFalse(os.path.exists(os.path.join(build, "subprojects", "flowrun", "tests", "decoder_test")))

    def test_include_path_only(self):
        cxx = os.environ.get("CXX", "c++")
        if shutil.which(cxx.split()[0]) is None:
            cxx = "g++"
        with tempfile.TemporaryDirectory() as tmp:
            exe = os.path.join(tmp, "consumer")
            run(cxx.split() + ["-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Werror",
                               "-I", os.path.join(ROOT, "include"), os.path.join(ROOT, "tests", "consumer", "main.cpp"),
                               "-o", exe, "-lsimdjson"])
            self.assertEqual(run([exe]).strip(), "fl_run_a1")


if __name__ == "__main__":
    unittest.main()
