"""meson.build refuses to configure when include/flowrun/version.hpp (checked
in for include-path users) disagrees with project(version:): configures a
copy of the tree as it is, then with the header a patch release ahead."""
import os
import re
import shutil
import subprocess
import tempfile
import unittest

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
HEADER = os.path.join("include", "flowrun", "version.hpp")


def setup(source, build):
    return subprocess.run(["meson", "setup", build, source, "-Dtests=disabled", "-Dbench=disabled",
                           "-Dfuzz=disabled"], capture_output=True, text=True)


class VersionCheck(unittest.TestCase):
    def test_meson_refuses_a_header_that_disagrees(self):
        with tempfile.TemporaryDirectory() as tmp:
            source = os.path.join(tmp, "flowrun")
            shutil.copytree(ROOT, source, ignore=lambda d, names: [
                n for n in names if n.startswith("build") or n in (".git", "node_modules")])
            p = setup(source, os.path.join(tmp, "ok"))
            self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

            path = os.path.join(source, HEADER)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            patch = int(re.search(r"#define FLOWRUN_VERSION_PATCH (\d+)\n", text).group(1))
            ahead = text.replace("#define FLOWRUN_VERSION_PATCH %d\n" % patch,
                                 "#define FLOWRUN_VERSION_PATCH %d\n" % (patch + 1))
            self.assertNotEqual(ahead, text)
            with open(path, "w", encoding="utf-8") as f:
                f.write(ahead)
            p = setup(source, os.path.join(tmp, "ahead"))
            self.assertNotEqual(p.returncode, 0)
            self.assertIn("include/flowrun/version.hpp lacks \"#define FLOWRUN_VERSION_PATCH %d\"" % patch, p.stdout)


if __name__ == "__main__":
    unittest.main()
