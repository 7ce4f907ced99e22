"""fuzz/oss-fuzz-build.sh works as OSS-Fuzz runs it: driven by CXX, CXXFLAGS,
LIB_FUZZING_ENGINE and OUT, it leaves each fuzzer with its seed corpus zip,
dictionary and options, and each fuzzer runs over its seeds."""
import os
import subprocess
import tempfile
import unittest
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TARGETS = sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, "fuzz")) if f.startswith("fuzz_") and f.endswith(".cpp"))


class OssFuzz(unittest.TestCase):
    def test_build_script(self):
        self.assertIn("fuzz_decode", TARGETS)
        with tempfile.TemporaryDirectory() as out:
            env = dict(os.environ, CXX="clang++", CXXFLAGS="-O1 -fsanitize=address,fuzzer-no-link",
                       LIB_FUZZING_ENGINE="-fsanitize=fuzzer", OUT=out)
            subprocess.run([os.path.join(ROOT, "fuzz", "oss-fuzz-build.sh")], env=env, check=True)
            for t in TARGETS:
                for suffix in ("", "_seed_corpus.zip", ".dict", ".options"):
                    self.assertTrue(os.path.isfile(os.path.join(out, t + suffix)), t + suffix)
                seeds = os.path.join(out, t + "_seeds")
                with zipfile.ZipFile(os.path.join(out, t + "_seed_corpus.zip")) as z:
                    self.assertGreater(len(z.namelist()), 10)
                    z.extractall(seeds)
                p = subprocess.run([os.path.join(out, t), "-runs=0", seeds], capture_output=True, text=True,
                                   env=dict(os.environ, ASAN_OPTIONS="detect_leaks=0"))
                self.assertEqual(p.returncode, 0, p.stderr[-3000:])


if __name__ == "__main__":
    unittest.main()
