// tree-sitter-python reads `match [x]:` as an annotated assignment to `match[x]`; CPython runs it as a match statement.
// Its subject is read as a tuple of the same elements (python-comments.ts listSubjectsAsTuples).
import { describe, expect, test } from "vitest";
import { projectFindings } from "./helpers";


describe("scan (Python): `match [watched]:` binds what its sequence pattern captures", () => {
  test("a function, a module, urlopen, an or-pattern, two elements, a class pattern's keyword", async () => {
    const files = {
      "a.py": "import subprocess\nmatch [subprocess.getoutput]:\n    case [run]:\n        run(c)\n",
      "b.py": "import os, sys\nmatch [os]:\n    case [m]:\n        m.system(c)\n",
      "c.py": "import urllib.request\nmatch [urllib.request.urlopen]:\n    case [get]:\n        get(u)\n",
      "d.py": "import os\nmatch [os.system]:\n    case [run] | (run, _):\n        run(c)\n",
      "e.py": "import os\nmatch  [1, os.popen]:  # two\n    case [_, run]:\n        run(c)\nmatch [os]:\n    case [object(system=sh)]:\n        sh(c)\n",
    };
    expect(await projectFindings(files)).toEqual([
      "a.py:4:9-4:12 scan/shell-command subprocess.getoutput",
      "b.py:4:9-4:17 scan/shell-command os.system",
      "c.py:4:9-4:12 scan/network-call urllib.request.urlopen",
      "d.py:4:9-4:12 scan/shell-command os.system",
      "e.py:4:9-4:12 scan/shell-command os.popen",
      "e.py:7:9-7:11 scan/shell-command os.system",
    ]);
  });

  test("clean: a list subject of harmless values, a watched value at another index, a comprehension and a subscript annotated", async () => {
    const files = {
      "a.py": "import os\nmatch [print]:\n    case [run]:\n        run(c)\nmatch [os.path.join, os.system]:\n    case [j, _]:\n        j(a, b)\nmatch [f for f in fs]:\n    case [g]:\n        g(c)\nmatch = {}\nmatch [k]: int = 1\n",
    };
    expect(await projectFindings(files)).toEqual([]);
  });
});
