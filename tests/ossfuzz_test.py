"""fuzz/oss-fuzz/build.sh works as OSS-Fuzz runs it: with CXX, CXXFLAGS,
LIB_FUZZING_ENGINE, SRC, WORK and OUT pointed at a temporary folder (SRC
holding flowrun, the dependencies from the system), it leaves in OUT each
fuzz target's binary, <target>_seed_corpus.zip (the generated seeds and the
target's regressions), <target>.dict and <target>.options; each binary runs
over one seed and over all of them, and the project's files are complete."""
import os
import re
import subprocess
import tempfile
import unittest
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FUZZ = os.path.join(ROOT, "fuzz")
PROJECT = os.path.join(FUZZ, "oss-fuzz")
TARGETS = sorted(f[:-4] for f in os.listdir(FUZZ) if f.startswith("fuzz_") and f.endswith(".cpp"))


class OssFuzz(unittest.TestCase):
    def test_project_files(self):
        with open(os.path.join(PROJECT, "project.yaml")) as f:
            yaml = f.read()
        for key in ("homepage:", "main_repo:", "language: c++", "primary_contact:", "sanitizers:",
                    "fuzzing_engines:"):
            self.assertIn(key, yaml)
        with open(os.path.join(PROJECT, "Dockerfile")) as f:
            docker = f.read()
        self.assertRegex(docker, r"(?m)^FROM gcr\.io/oss-fuzz-base/base-builder")
        self.assertIn("--branch v3.0.1 https://github.com/simdjson/simdjson", docker)
        self.assertIn("boost_1_81_0", docker)
        self.assertRegex(docker, r"(?m)^COPY build\.sh \$SRC/")
        self.assertTrue(os.access(os.path.join(PROJECT, "build.sh"), os.X_OK))

    def test_build_script(self):
        self.assertEqual(TARGETS, ["fuzz_decode", "fuzz_differential", "fuzz_roundtrip", "fuzz_structured",
                                   "fuzz_timestamp", "fuzz_wellformed"])
        with tempfile.TemporaryDirectory() as tmp:
            src, work, out = (os.path.join(tmp, d) for d in ("src", "work", "out"))
            os.makedirs(src)
            os.makedirs(work)
            os.makedirs(out)
            os.symlink(ROOT, os.path.join(src, "flowrun"))
            env = dict(os.environ, CXX="clang++", CXXFLAGS="-O1 -gline-tables-only -fsanitize=address,fuzzer-no-link",
                       LIB_FUZZING_ENGINE="-fsanitize=fuzzer", SRC=src, WORK=work, OUT=out)
            subprocess.run(["bash", os.path.join(PROJECT, "build.sh")], env=env, check=True, cwd=src)
            run_env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0")
            for t in TARGETS:
                for suffix in ("", "_seed_corpus.zip", ".dict", ".options"):
                    self.assertTrue(os.path.isfile(os.path.join(out, t + suffix)), t + suffix)
                self.assertTrue(os.access(os.path.join(out, t), os.X_OK), t)
                # The options name the dictionary beside them; some targets take 64 KiB inputs or more.
                with open(os.path.join(out, t + ".options")) as f:
                    options = f.read()
                self.assertTrue(options.startswith("[libfuzzer]\n"), options)
                self.assertIn("dict = %s.dict\n" % t, options)
                max_len = int(re.search(r"max_len = (\d+)", options).group(1))
                if t in ("fuzz_decode", "fuzz_differential", "fuzz_wellformed", "fuzz_roundtrip"):
                    self.assertGreaterEqual(max_len, 65536, t)
                # The dictionary is one libFuzzer can read: comments or quoted entries.
                with open(os.path.join(out, t + ".dict")) as f:
                    entries = [l for l in f.read().splitlines() if l and not l.startswith("#")]
                self.assertGreater(len(entries), 5, t)
                for l in entries:
                    self.assertRegex(l, r'^(\w+=)?".*"$', t)
                # The seeds: generated ones and this target's regressions, none checked in twice.
                seeds = os.path.join(work, t + "-unzipped")
                with zipfile.ZipFile(os.path.join(out, t + "_seed_corpus.zip")) as z:
                    names = z.namelist()
                    self.assertGreater(len(names), 20, t)
                    self.assertTrue(all(n.startswith(("seed-", "regression-")) for n in names), names[:5])
                    self.assertEqual(len(names), len(set(names)))
                    z.extractall(seeds)
                regressions = os.path.join(FUZZ, "regressions", t)
                if os.path.isdir(regressions):
                    for r in os.listdir(regressions):
                        self.assertIn("regression-" + r, names)
                # Each binary runs one seed, then every seed, without a finding.
                one = os.path.join(seeds, sorted(names)[0])
                p = subprocess.run([os.path.join(out, t), one], capture_output=True, text=True, env=run_env)
                self.assertEqual(p.returncode, 0, p.stderr[-3000:])
                self.assertIn("Executed %s" % one, p.stderr)
                p = subprocess.run([os.path.join(out, t), "-runs=0", "-max_len=%d" % max_len, seeds],
                                   capture_output=True, text=True, env=run_env)
                self.assertEqual(p.returncode, 0, p.stderr[-3000:])
                self.assertRegex(p.stderr, r"INITED cov: \d+", t)


if __name__ == "__main__":
    unittest.main()
