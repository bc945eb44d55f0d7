// A default is a value the code may get: getattr's third argument (the member may be missing), and a parameter's default
// where a lambda is called in place without it (`(lambda f=os.system: f)()`).
import { describe, expect, test } from "vitest";
import { projectFindings } from "./helpers";


describe("scan (Python): getattr's default", () => {
  test("a watched default called in place, held by a name, a module as the default, urlopen", async () => {
    const files = {
      "a.py": 'import os\ngetattr(x, "nope", os.system)(c)\nrun = getattr(object(), "nope", os.system)\nrun(c)\n',
      "b.py": 'import os\nsh = getattr(None, "shell", os)\nsh.system(c)\n',
      "c.py": 'import urllib.request\nget = getattr(urllib.request, "nope", urllib.request.urlopen)\nget(u)\n',
    };
    expect(await projectFindings(files)).toEqual([
      "a.py:2:1-2:30 scan/shell-command os.system",
      "a.py:4:1-4:4 scan/shell-command os.system",
      "b.py:3:1-3:10 scan/shell-command os.system",
      "c.py:3:1-3:4 scan/network-call urllib.request.urlopen",
    ]);
  });

  test("clean: a default not watched (`getattr(x, \"n\", print)`), a watched module's harmless member with a harmless default", async () => {
    const files = { "a.py": 'import os\ngetattr(x, "n", print)(c)\nf = getattr(os.path, "nope", len)\nf(c)\ng = getattr(x, "n", os.path.join)\ng(a, b)\n' };
    expect(await projectFindings(files)).toEqual([]);
  });
});

describe("scan (Python): a parameter's default where a lambda is called in place", () => {
  test("`(lambda f=os.system: f)()` held by a name, as a method parameter's default, and imported by another file", async () => {
    const files = {
      "a.py": "import os\nrun = (lambda f=os.system: f)()\nrun(c)\n",
      "b.py": "import os\nclass A:\n    def go(self, c, run=(lambda f=os.system: f)()):\n        return run(c)\n",
      "tools.py": "import os\nrun = (lambda f=os.system: f)()\n",
      "agent.py": "from tools import run\nrun(c)\n",
    };
    expect(await projectFindings(files)).toEqual([
      "a.py:3:1-3:4 scan/shell-command os.system",
      "agent.py:2:1-2:4 scan/shell-command os.system",
      "b.py:4:16-4:19 scan/shell-command os.system",
    ]);
  });

  test("clean: the default replaced by an argument (`(lambda f=os.system: f)(print)`), a harmless default, a default not returned", async () => {
    const files = { "a.py": "import os\nrun = (lambda f=os.system: f)(print)\nrun(c)\ng = (lambda f=os.path.join: f)()\ng(a, b)\nh = (lambda f=os.system: 1)()\nh(c)\n" };
    expect(await projectFindings(files)).toEqual([]);
  });
});
