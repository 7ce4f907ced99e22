"""What must not compile, and what the compiler then says: a dropped result
(nodiscard), value_to<workflow_run> (a static_assert naming
owned<workflow_run>), and C++17 (flowrun's one #error line and nothing after
it). Each case also compiles its correct twin, so a broken include path or
a missing library cannot pass for the expected failure.

Usage: compile_fail_test.py CXX... (each a compiler command line, e.g. g++ clang++)."""
import os
import shlex
import subprocess
import sys
import unittest

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
INCLUDE = os.path.join(ROOT, "include")
WARNINGS = ["-Wall", "-Wextra", "-Wpedantic", "-Werror"]
CXX17_MESSAGE = "flowrun needs C++20 or later"
# Every public header includes config.hpp before its include guard, and config.hpp
# sets every flowrun header's guard below C++20, so nothing is compiled after the #error.
CXX17_HEADERS = sorted(f for f in os.listdir(os.path.join(INCLUDE, "flowrun")) if f.endswith(".hpp"))
GUARDED = [os.path.join(d, f) for d in ("flowrun", "flowrun/detail")
           for f in sorted(os.listdir(os.path.join(INCLUDE, d))) if f.endswith(".hpp") and f != "config.hpp"]
COMPILERS = [shlex.split(c) for c in sys.argv[1:]] or [["c++"]]


def compile_source(compiler, source, std="c++20"):
    return subprocess.run(compiler + ["-std=" + std, "-fsyntax-only", *WARNINGS, "-x", "c++", "-I", INCLUDE, "-"],
                          input=source, capture_output=True, text=True)


def error_lines(stderr):
    return [l for l in stderr.splitlines() if "error:" in l]


DROPPED = """#include <flowrun/flowrun.hpp>
int main() {
  flowrun::decoder dec;
  %s dec.decode_run("{}");
  %s dec.decode(flowrun::document_kind::logs, "[]");
  %s flowrun::timestamp::parse("2025-10-31T12:00:00Z");
}
"""

VALUE_TO = """#include <flowrun/boost_json.hpp>
#include <boost/json/parse.hpp>
int main() {
  boost::json::value jv = boost::json::parse("{}");
  auto r = boost::json::value_to<flowrun::%s>(jv);
  (void)r;
}
"""


class CompileFail(unittest.TestCase):
    def test_a_dropped_result_is_a_warning(self):
        for compiler in COMPILERS:
            with self.subTest(compiler=compiler[-1]):
                p = compile_source(compiler, DROPPED % ("", "", ""))
                self.assertNotEqual(p.returncode, 0, "a dropped result compiled without a warning")
                errors = error_lines(p.stderr)
                # One per dropped call: decode_run, decode (result is [[nodiscard]]), timestamp::parse.
                self.assertEqual(len(errors), 3, p.stderr)
                for e in errors:
                    self.assertTrue("nodiscard" in e or "unused-result" in e or "ignoring return value" in e, e)
                ok = compile_source(compiler, DROPPED % ("(void)", "(void)", "(void)"))
                self.assertEqual(ok.returncode, 0, ok.stderr)

    def test_value_to_a_view_type_names_the_owned_type(self):
        for compiler in COMPILERS:
            for view in ["workflow_run", "run_page", "log_list"]:
                with self.subTest(compiler=compiler[-1], type=view):
                    p = compile_source(compiler, VALUE_TO % view)
                    self.assertNotEqual(p.returncode, 0)
                    first = error_lines(p.stderr)[0]
                    self.assertIn("static assert", first.replace("_", " ").replace("static assertion", "static assert"),
                                  p.stderr)
                    self.assertIn("value_to<flowrun::owned<flowrun::%s>>" % view, first, p.stderr)
                    self.assertNotIn("No suitable tag_invoke overload", p.stderr)
                    ok = compile_source(compiler, VALUE_TO % ("owned<flowrun::%s>" % view))
                    self.assertEqual(ok.returncode, 0, ok.stderr)

    def test_cxx17_gives_one_error_line(self):
        for compiler in COMPILERS:
            for header in CXX17_HEADERS:
                with self.subTest(compiler=compiler[-1], header=header):
                    source = "#include <flowrun/%s>\n" % header
                    p = compile_source(compiler, source, std="c++17")
                    self.assertNotEqual(p.returncode, 0)
                    errors = error_lines(p.stderr)
                    self.assertEqual(len(errors), 1, p.stderr)
                    self.assertIn(CXX17_MESSAGE, errors[0])
                    self.assertNotIn("warning:", p.stderr)
            # The twin: the same include path compiles in C++20 (flowrun.hpp includes every header).
            ok = compile_source(compiler, "#include <flowrun/flowrun.hpp>\n")
            self.assertEqual(ok.returncode, 0, ok.stderr)

    def test_config_sets_every_include_guard(self):
        with open(os.path.join(INCLUDE, "flowrun", "config.hpp"), encoding="utf-8") as f:
            config = f.read()
        for header in GUARDED:
            with open(os.path.join(INCLUDE, header), encoding="utf-8") as f:
                guard = next(l.split()[1] for l in f if l.startswith("#ifndef FLOWRUN_"))
            self.assertIn("#define %s\n" % guard, config, header + ": its guard is not set below C++20")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
