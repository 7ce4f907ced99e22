"""The README stays true: its C++ snippets are verbatim parts of
examples/*.cpp (which the suite builds and runs), its wrap file and
FetchContent lines are those of the consumer projects (tests/consumers), and
its Quick start is exactly two commands."""
import os
import re
import sys
import unittest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


class Readme(unittest.TestCase):
    def test_cpp_snippets_are_in_the_compiled_examples(self):
        readme = read("README.md")
        sources = [read("examples/tour.cpp"), read("examples/boost_tour.cpp")]
        blocks = re.findall(r"```cpp\n(.*?)```", readme, re.S)
        self.assertGreaterEqual(len(blocks), 6)
        for b in blocks:
            self.assertTrue(any(b in src for src in sources), "README snippet not in examples/*.cpp:\n" + b)

    def test_quick_start_is_two_commands(self):
        readme = read("README.md")
        section = readme.split("(quick start)", 1)[1]
        block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
        commands = [l for l in block.splitlines() if l.strip() and not l.lstrip().startswith("#")]
        self.assertEqual(commands, ["scripts/setup && build/flowrun check examples/*.json", "scripts/test"])
        for script in ("scripts/setup", "scripts/test"):
            self.assertTrue(os.access(os.path.join(ROOT, script), os.X_OK), script)

    def test_use_it_snippets_are_the_consumer_projects(self):
        # The wrap file and the FetchContent lines the README offers are the
        # ones tests/consumers builds with (there pointed at this checkout).
        section = read("README.md").split("## Use it in your project", 1)[1].split("\n## ", 1)[0]
        wrap = re.search(r"```ini\n(.*?)```", section, re.S).group(1)
        self.assertEqual(wrap, read("tests/consumers/meson/subprojects/flowrun.wrap"))
        fetch = re.search(r"```cmake\n(include\(FetchContent\).*?)```", section, re.S).group(1)
        consumer = read("tests/consumers/cmake-fetchcontent/CMakeLists.txt")
        lines = [l for l in fetch.splitlines() if "FetchContent" in l]
        self.assertEqual(len(lines), 3)
        for line in lines:
            self.assertIn(line + "\n", consumer)

    def test_every_error_code_is_documented(self):
        readme, header = read("README.md"), read("include/flowrun/error.hpp")
        codes = re.findall(r"case error_code::(\w+): return", header)
        self.assertEqual(len(codes), 13)
        for c in codes:
            self.assertIn("| `%s` |" % c, readme)

    def test_every_finding_code_is_documented(self):
        readme, header = read("README.md"), read("include/flowrun/findings.hpp")
        codes = re.findall(r"case finding_code::(\w+): return", header)
        self.assertEqual(len(codes), 11)
        for c in codes:
            self.assertIn("| `%s` |" % c, readme)


if __name__ == "__main__":
    unittest.main()
