"""flowrun in other projects, one way in per run: each builds the small
programs of tests/consumers/ the way a user's project would, runs them on
examples/run.json and checks what they print.

Usage: consumer_test.py WAY [CXX...]
  include                   include path and -lsimdjson, nothing else
  meson                     a Meson subproject: dependency('flowrun') and
                            dependency('flowrun-boost-json') through the wrap
  meson-parent-simdjson     a Meson subproject of a parent with its own simdjson
                            4.6.7: flowrun uses it, and installs nothing unless
                            -Dflowrun:install=enabled
  pkgconfig                 installed into a temporary prefix, found by pkg-config
  cmake-find-package        installed into a temporary prefix, find_package(flowrun)
  cmake-add-subdirectory    add_subdirectory(<flowrun checkout>)
  cmake-fetchcontent        FetchContent, pointed at the checkout
  no-exceptions CXX         -fno-exceptions: decoding works; value() of an error
                            calls the bad-result handler, or aborts
  cxx17-error CXX...        -std=c++17: the first error is flowrun's own message
  mingw-compile CXX         for Windows, compiled only (-c): the consumer
                            programs, so flowrun.hpp and boost_json.hpp, with
                            MinGW-w64 against simdjson 4.6.7's headers

FLOWRUN_CXX is the compiler (its command line, as meson.get_compiler('cpp')
has it) of the ways that take none; FLOWRUN_VERSION is project(version:).
Everything is built in a temporary directory: the source tree is only read.
"""
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
CONSUMERS = os.path.join(ROOT, "tests", "consumers")
RUN_JSON = os.path.join(ROOT, "examples", "run.json")
SIMDJSON_4 = os.path.join(ROOT, "subprojects", "simdjson-4.6.7")
# Debian's Boost headers (libboost-json1.81-dev) are the same for every target.
BOOST_INCLUDE = os.path.join("/usr", "include", "boost")
WARNINGS = ["-Wall", "-Wextra", "-Wpedantic", "-Werror"]
CXX17_MESSAGE = "flowrun needs C++20 or later"
# Each public header checks the language version before anything else.
PUBLIC_HEADERS = ["flowrun.hpp", "version.hpp", "config.hpp", "error.hpp", "result.hpp", "status.hpp", "id.hpp",
                  "timestamp.hpp", "types.hpp", "options.hpp", "decoder.hpp", "simdjson.hpp", "boost_json.hpp",
                  "canonical.hpp", "ndjson_reader.hpp", "write.hpp", "findings.hpp", "locate_pointer.hpp", "sniff.hpp"]


def project_version():
    if "FLOWRUN_VERSION" in os.environ:
        return os.environ["FLOWRUN_VERSION"]
    with open(os.path.join(ROOT, "meson.build"), encoding="utf-8") as f:
        return re.search(r"version: '([^']+)'", f.read()).group(1)


def summary(decoder):
    """The line tests/consumers/run_summary.hpp prints for examples/run.json."""
    return "flowrun %s %s: fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4 completed 5s n2=success" % (project_version(), decoder)


def cxx():
    return shlex.split(os.environ.get("FLOWRUN_CXX", "c++"))


def run(cmd, env=None, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, **kw)
    if p.returncode != 0:
        raise AssertionError("%s failed (%d):\n%s\n%s" % (" ".join(cmd), p.returncode, p.stdout, p.stderr))
    return p.stdout


def env_with(**extra):
    env = dict(os.environ)
    env.update(extra)
    return env


def install_prefix(tmp):
    """Builds flowrun as the README says (library and command only) and installs it into tmp/prefix."""
    prefix = os.path.join(tmp, "prefix")
    build = os.path.join(tmp, "flowrun-build")
    run(["meson", "setup", build, ROOT, "--prefix", prefix, "--buildtype=plain",
         "-Dtests=disabled", "-Dbench=disabled", "-Dfuzz=disabled"], env=env_with(CXX=" ".join(cxx())))
    run(["meson", "install", "-C", build])
    return prefix


def cmake_build(tmp, way, *defines):
    build = os.path.join(tmp, "build")
    run(["cmake", "-S", os.path.join(CONSUMERS, way), "-B", build, "-DCMAKE_BUILD_TYPE=Release",
         "-DCMAKE_CXX_COMPILER=" + cxx()[-1], "-DCMAKE_CXX_FLAGS=" + " ".join(WARNINGS), *defines])
    run(["cmake", "--build", build, "--parallel", "2"])
    return build


class Consumer(unittest.TestCase):
    def assert_prints(self, exe, decoder):
        self.assertEqual(run([exe, RUN_JSON]).strip(), summary(decoder))

    def test_include(self):
        with tempfile.TemporaryDirectory() as tmp:
            exe = os.path.join(tmp, "consumer")
            run(cxx() + ["-std=c++20", *WARNINGS, "-I", os.path.join(ROOT, "include"),
                         os.path.join(CONSUMERS, "simdjson_main.cpp"), "-o", exe, "-lsimdjson"])
            self.assert_prints(exe, "simdjson")

    def test_meson(self):
        with tempfile.TemporaryDirectory() as tmp:
            # The consumer project as a user has it: the wrap file, and the
            # checkout where Meson would have put it.
            project = os.path.join(tmp, "consumers")
            shutil.copytree(CONSUMERS, project)
            os.symlink(ROOT, os.path.join(project, "meson", "subprojects", "flowrun"))
            build = os.path.join(tmp, "build")
            run(["meson", "setup", build, os.path.join(project, "meson")], env=env_with(CXX=" ".join(cxx())))
            run(["meson", "compile", "-C", build])
            self.assert_prints(os.path.join(build, "consumer"), "simdjson")
            self.assert_prints(os.path.join(build, "consumer_boost_json"), "boost.json")
            # As a subproject, flowrun builds neither its command nor its tests.
            sub = os.path.join(build, "subprojects", "flowrun")
            self.assertFalse(os.path.exists(os.path.join(sub, "flowrun")))
            self.assertFalse(os.path.exists(os.path.join(sub, "tests")))

    def test_meson_parent_simdjson(self):
        with tempfile.TemporaryDirectory() as tmp:
            project = os.path.join(tmp, "consumers")
            shutil.copytree(CONSUMERS, project)
            parent = os.path.join(project, "meson-parent-simdjson")
            # Where WrapDB's wrap would have unpacked it.
            shutil.copytree(SIMDJSON_4, os.path.join(parent, "subprojects", "simdjson"))
            os.symlink(ROOT, os.path.join(parent, "subprojects", "flowrun"))
            build = os.path.join(tmp, "build")
            prefix = os.path.join(tmp, "prefix")
            run(["meson", "setup", build, parent, "--prefix", prefix], env=env_with(CXX=" ".join(cxx())))
            run(["meson", "compile", "-C", build])
            # Its simdjson comes to the program only through dependency('flowrun').
            self.assertEqual(run([os.path.join(build, "parent_app"), RUN_JSON]).splitlines(),
                             [summary("simdjson"), "simdjson 4.6.7"])

            def installed():  # relative to the prefix
                return sorted(os.path.relpath(p, prefix)
                              for p in json.loads(run(["meson", "introspect", "--installed", build])).values())

            # The parent's program only: flowrun is a quiet guest.
            self.assertEqual(installed(), ["bin/parent_app"])
            run(["meson", "setup", "--reconfigure", build, parent, "-Dflowrun:install=enabled"])
            paths = installed()
            # The headers (install_subdir: their folder), the command and the package files.
            for path in ["include/flowrun", "bin/flowrun", "share/pkgconfig/flowrun.pc", "share/cmake/flowrun/flowrunConfig.cmake"]:
                self.assertIn(path, paths)

    def test_pkgconfig(self):
        with tempfile.TemporaryDirectory() as tmp:
            prefix = install_prefix(tmp)
            # What meson install put in place: headers, command, package files, schemas; no tests.
            for path in ["include/flowrun/flowrun.hpp", "include/flowrun/version.hpp", "include/flowrun/detail/builder.hpp",
                         "bin/flowrun", "share/pkgconfig/flowrun.pc", "share/cmake/flowrun/flowrunConfig.cmake",
                         "share/cmake/flowrun/flowrunConfigVersion.cmake", "share/flowrun/schema/README.md",
                         "share/doc/flowrun/LICENSE"]:
                self.assertTrue(os.path.isfile(os.path.join(prefix, path)), path)
            schemas = sorted(os.path.relpath(os.path.join(d, f), os.path.join(ROOT, "schema"))
                             for d, _, fs in os.walk(os.path.join(ROOT, "schema")) if "node_modules" not in d
                             for f in fs if f.endswith(".schema.json"))
            self.assertEqual(len(schemas), 8)
            for s in schemas:
                self.assertTrue(os.path.isfile(os.path.join(prefix, "share", "flowrun", "schema", s)), s)
            installed = [os.path.relpath(os.path.join(d, f), prefix) for d, _, fs in os.walk(prefix) for f in fs]
            self.assertFalse([p for p in installed if "test" in p or "corpus" in p or "fuzz" in p], installed)
            self.assertEqual(run([os.path.join(prefix, "bin", "flowrun"), "--version"]).strip(),
                             "flowrun " + project_version())

            env = env_with(PKG_CONFIG_PATH=os.path.join(prefix, "share", "pkgconfig"))
            self.assertEqual(run(["pkg-config", "--modversion", "flowrun"], env=env).strip(), project_version())
            flags = run(["pkg-config", "--cflags", "--libs", "flowrun"], env=env)
            self.assertIn("-I" + os.path.join(prefix, "include"), flags)
            self.assertIn("-lsimdjson", flags)  # from Requires: simdjson
            requires = run(["pkg-config", "--print-requires", "flowrun"], env=env).split("\n")
            self.assertIn("simdjson >= 3.0.0", requires)
            self.assertIn("simdjson < 4.7.0", requires)
            exe = os.path.join(tmp, "consumer")
            run(cxx() + ["-std=c++20", *WARNINGS, os.path.join(CONSUMERS, "simdjson_main.cpp"), "-o", exe,
                         *shlex.split(flags)])
            self.assert_prints(exe, "simdjson")

    def test_cmake_find_package(self):
        with tempfile.TemporaryDirectory() as tmp:
            prefix = install_prefix(tmp)
            build = cmake_build(tmp, "cmake-find-package", "-DCMAKE_PREFIX_PATH=" + prefix,
                                "-DFLOWRUN_VERSION=" + project_version())
            self.assert_prints(os.path.join(build, "consumer"), "simdjson")
            self.assert_prints(os.path.join(build, "consumer_boost_json"), "boost.json")

    def test_cmake_add_subdirectory(self):
        with tempfile.TemporaryDirectory() as tmp:
            build = cmake_build(tmp, "cmake-add-subdirectory", "-DFLOWRUN_SOURCE_DIR=" + ROOT,
                                "-DFLOWRUN_VERSION=" + project_version())
            self.assert_prints(os.path.join(build, "consumer"), "simdjson")
            self.assert_prints(os.path.join(build, "consumer_boost_json"), "boost.json")

    def test_cmake_fetchcontent(self):
        with tempfile.TemporaryDirectory() as tmp:
            build = cmake_build(tmp, "cmake-fetchcontent", "-DFETCHCONTENT_SOURCE_DIR_FLOWRUN=" + ROOT)
            self.assert_prints(os.path.join(build, "consumer"), "simdjson")

    def test_no_exceptions(self):
        with tempfile.TemporaryDirectory() as tmp:
            exe = os.path.join(tmp, "consumer")
            run(cxx() + ["-std=c++20", "-fno-exceptions", *WARNINGS, "-I", os.path.join(ROOT, "include"),
                         os.path.join(CONSUMERS, "no_exceptions_main.cpp"), "-o", exe, "-lsimdjson"])
            self.assert_prints(exe, "simdjson")
            p = subprocess.run([exe, RUN_JSON, "handler"], capture_output=True, text=True)
            self.assertEqual((p.returncode, p.stdout.splitlines()[1:]), (3, ["bad result: invalid_enum at /status"]))
            p = subprocess.run([exe, RUN_JSON, "default"], capture_output=True, text=True)
            self.assertEqual(p.returncode, -signal.SIGABRT, p.stdout + p.stderr)
            self.assertEqual(p.stdout.splitlines(), [summary("simdjson")])

    def test_cxx17_error(self):
        compilers = [shlex.split(c) for c in sys.argv[2:]] or [cxx()]
        for compiler in compilers:
            for header in PUBLIC_HEADERS:
                with self.subTest(compiler=compiler[-1], header=header):
                    p = subprocess.run(compiler + ["-std=c++17", "-fsyntax-only", "-Wfatal-errors", "-x", "c++", "-I",
                                                   os.path.join(ROOT, "include"), "-"],
                                       input="#include <flowrun/%s>\n" % header, capture_output=True, text=True)
                    self.assertNotEqual(p.returncode, 0)
                    errors = [l for l in p.stderr.splitlines() if "error:" in l]
                    self.assertTrue(errors, p.stderr)
                    self.assertIn(CXX17_MESSAGE, errors[0], p.stderr)

    def test_mingw_compile(self):
        compiler = sys.argv[2]
        self.assertTrue(shutil.which(compiler), compiler + " not found: scripts/setup installs g++-mingw-w64-x86-64-posix")
        with tempfile.TemporaryDirectory() as tmp:
            # Boost alone: the rest of /usr/include is glibc's, not MinGW's.
            os.symlink(BOOST_INCLUDE, os.path.join(tmp, "boost"))
            flags = ["-std=c++20", *WARNINGS, "-I", os.path.join(ROOT, "include"), "-I", os.path.join(SIMDJSON_4, "include"),
                     "-isystem", tmp]
            jobs = [subprocess.Popen([compiler, *flags, "-c", os.path.join(CONSUMERS, main), "-o", os.path.join(tmp, main + ".o")],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                    for main in ["simdjson_main.cpp", "boost_json_main.cpp"]]
            for job in jobs:
                output = job.communicate()[0]
                self.assertEqual(job.returncode, 0, " ".join(job.args) + "\n" + output)
            # Objects for Windows (x86-64 COFF), not for this machine.
            for main in ["simdjson_main.cpp", "boost_json_main.cpp"]:
                with open(os.path.join(tmp, main + ".o"), "rb") as f:
                    self.assertEqual(f.read(2), b"\x64\x86", main)


if __name__ == "__main__":
    way = sys.argv[1]
    if way == "no-exceptions" and len(sys.argv) > 2:
        os.environ["FLOWRUN_CXX"] = sys.argv[2]
    test = "test_" + way.replace("-", "_")
    sys.exit(0 if unittest.main(argv=[sys.argv[0], "Consumer." + test], exit=False).result.wasSuccessful() else 1)
