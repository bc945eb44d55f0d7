// Red team 3 classes 4, 11 and 12 (probes p159, p165, p183, p219, p160, p187, p216, p178, p179, p207, p244, p180, p186,
// p96, p221, p222, p224, p230): Python binds a name where the scan did not look — a function's `global`/`nonlocal` name
// in the outer scope, an import in a class body as a class attribute, a walrus in a comprehension or a default value in the
// scope around it, a decorator that is any expression, a NamedTuple's field default, a container joined by `+=`, `|=`,
// `+`, `|`. Each ran under Python 3.11 and passed the gate before; each look-alike over a value not watched stays clean.
import { describe, expect, test } from "vitest";
import { projectPlaces as scan } from "./helpers";

const GATEWAY = "def run(c):\n    print('gateway', c)\n";

describe("scan/shell-command (Python): `global` and `nonlocal` send a function's bindings to the outer scope", () => {
  test("`global run` then `from subprocess import getoutput as run` or `run = os.system` in a function, `nonlocal run` in a nested one, and the module's name imported by another file", async () => {
    const files = {
      "gateway.py": GATEWAY,
      "imported.py": "from gateway import run\ndef setup():\n    global run\n    from subprocess import getoutput as run\nsetup()\nrun('a')\n",
      "assigned.py": "import os\nfrom gateway import run\ndef setup():\n    global run\n    run = os.system\nsetup()\nrun('b')\n",
      "outer.py": "from gateway import run as gw\ndef outer():\n    run = gw\n    def setup():\n        nonlocal run\n        import os\n        run = os.system\n    setup()\n    run('c')\nouter()\n",
      "tools.py": "import os\nrun = print\ndef setup():\n    global run\n    run = os.system\nsetup()\n",
      "agent.py": "from tools import run\nrun('d')\n",
    };
    expect(await scan(files)).toEqual(["agent.py:2:1-2:4 scan/shell-command", "assigned.py:7:1-7:4 scan/shell-command", "imported.py:6:1-6:4 scan/shell-command", "outer.py:9:5-9:8 scan/shell-command"]);
  });

  test("clean: `global run` rebound to a function not watched, a function's own `run = os.system` (no `global`), and a nested function's own `run` (no `nonlocal`)", async () => {
    const files = {
      "gateway.py": GATEWAY,
      "json_run.py": "from gateway import run\ndef setup():\n    global run\n    from json import dumps as run\n    run = print\nsetup()\nrun('a')\n",
      "local.py": "import os\nfrom gateway import run\ndef setup():\n    run = os.system\nsetup()\nrun('b')\n",
      "nested.py": "import os\ndef outer():\n    run = print\n    def setup():\n        run = os.system\n    setup()\n    run('c')\n",
    };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): an import in a class body is a class attribute", () => {
  test("`class Tools: import os` … `Tools.os.system`, `from subprocess import getoutput` read as `type(self).getoutput` and `self.getoutput`, `Backend.sp` of `import subprocess as sp` from another file, an import under `try` in the class body, and one at a line's start joined to the class's line by a backslash", async () => {
    const files = {
      "tools.py": "class Tools:\n    import os\nTools.os.system('a')\n",
      "shell.py": "class Shell:\n    from subprocess import getoutput\n    def go(self, c):\n        return type(self).getoutput(c)\n    def again(self, c):\n        return self.getoutput(c)\nShell().go('b')\n",
      "backend.py": "class Backend:\n    import subprocess as sp\n",
      "agent.py": "from backend import Backend\nBackend.sp.getoutput('c')\n",
      "guarded.py": "class Tools:\n    try:\n        import os\n    except ImportError:\n        os = None\nTools.os.system('d')\n",
      // A backslash joins the line to the class's: the import at the line's start is the class body's (CPython runs it).
      "continued.py": "class Tools: \\\nimport os\nTools.os.system('e')\n",
      "continued_crlf.py": "class Tools: \\\r\nimport os\r\nTools.os.system('f')\r\n",
    };
    expect(await scan(files)).toEqual(["agent.py:2:1-2:21 scan/shell-command", "continued.py:3:1-3:16 scan/shell-command", "continued_crlf.py:3:1-3:16 scan/shell-command", "guarded.py:6:1-6:16 scan/shell-command", "shell.py:4:16-4:36 scan/shell-command", "shell.py:6:16-6:30 scan/shell-command", "tools.py:3:1-3:16 scan/shell-command"]);
  });

  test("clean: a class body's `import json` read the same ways", async () => {
    const files = {
      "tools.py": "class Tools:\n    import json\n    from json import dumps\n    def go(self, v):\n        return type(self).dumps(v), self.dumps(v)\nTools.json.dumps('a')\n",
      "agent.py": "from tools import Tools\nTools.json.dumps('b')\n",
    };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): a walrus binds in the scope around its comprehension or definition", () => {
  test("`[run := os.system for _ in [0]]`, a generator's `(run := subprocess.getoutput)`, a default value's `(run := os.system)`, and the name imported by another file", async () => {
    const files = {
      "listed.py": "import os\n[run := os.system for _ in [0]]\nrun('a')\n",
      "generated.py": "import subprocess\nany((run := subprocess.getoutput) is None for _ in [0])\nrun('b')\n",
      "default.py": "import os\ndef f(x=(run := os.system)): pass\nrun('c')\n",
      "tools.py": "import os\n[run := os.system for _ in [0]]\n",
      "agent.py": "from tools import run\nrun('d')\n",
    };
    expect(await scan(files)).toEqual(["agent.py:2:1-2:4 scan/shell-command", "default.py:3:1-3:4 scan/shell-command", "generated.py:3:1-3:4 scan/shell-command", "listed.py:3:1-3:4 scan/shell-command"]);
  });

  test("clean: a comprehension's walrus of `print`, a comprehension's own loop name, and a function body's walrus read outside the function", async () => {
    const files = { "a.py": "import os\n[run := print for _ in [0]]\nrun('a')\n[f for f in [os.system]]\nf('b')\ndef g():\n    (h := os.system)\nh('c')\n" };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): a decorator that is any expression", () => {
  test("`@(lambda f: os.system)`, and `@DECOS[0]` of `DECOS = [lambda f: os.system]`", async () => {
    const files = {
      "lam.py": "import os\n@(lambda f: os.system)\ndef run(cmd): ...\nrun('a')\n",
      "sub.py": "import os\nDECOS = [lambda f: os.system]\n@DECOS[0]\ndef run(cmd): ...\nrun('b')\n",
    };
    expect(await scan(files)).toEqual(["lam.py:4:1-4:4 scan/shell-command", "sub.py:5:1-5:4 scan/shell-command"]);
  });

  test("clean: `@(lambda f: f)`, and `@DECOS[0]` of lambdas returning a function not watched", async () => {
    const files = { "a.py": "import os\n@(lambda f: f)\ndef run(cmd): ...\nrun('a')\nDECOS = [lambda f: print, lambda f: os.path.join]\n@DECOS[1]\ndef go(cmd): ...\ngo('b')\n" };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): a NamedTuple's field default is a class attribute", () => {
  test("`class Tool(NamedTuple): run: object = subprocess.getoutput` … `Tool().run(cmd)`, and the instance held by a name", async () => {
    const files = { "a.py": "import subprocess\nfrom typing import NamedTuple\nclass Tool(NamedTuple):\n    run: object = subprocess.getoutput\nTool().run('a')\nt = Tool()\nt.run('b')\n" };
    expect(await scan(files)).toEqual(["a.py:5:1-5:11 scan/shell-command", "a.py:7:1-7:6 scan/shell-command"]);
  });

  test("clean: a NamedTuple whose default is `print`", async () => {
    const files = { "a.py": "import subprocess\nfrom typing import NamedTuple\nclass Tool(NamedTuple):\n    run: object = print\n    name: str = 'x'\nTool().run('a')\n" };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): a container joined by `+=`, `|=`, `+`, `|` holds the watched values added", () => {
  test("`tools += [os.system]`, `RUNNERS += (subprocess.getoutput,)`, `tools |= {'sh': os.system}`, `{'sh': os.system} | {}`, and an element added after one not watched, at its index", async () => {
    const files = {
      "a.py": "import os, subprocess\ntools = []\ntools += [os.system]\ntools[0]('a')\nRUNNERS = ()\nRUNNERS += (subprocess.getoutput,)\nRUNNERS[0]('b')\nd = {}\nd |= {'sh': os.system}\nd['sh']('c')\ne = {'sh': os.system} | {}\ne['sh']('d')\nl = [print]\nl += [os.system]\nl[1]('e')\nm = [print] + [os.system]\nm[1]('f')\n",
    };
    expect(await scan(files)).toEqual(["a.py:10:1-10:8 scan/shell-command", "a.py:12:1-12:8 scan/shell-command", "a.py:15:1-15:5 scan/shell-command", "a.py:17:1-17:5 scan/shell-command", "a.py:4:1-4:9 scan/shell-command", "a.py:7:1-7:11 scan/shell-command"]);
  });

  test("clean: `+=` of `[print]`, `|=` and `|` whose watched value is under another key, and `n += 1`", async () => {
    const files = { "a.py": "import os\ntools = []\ntools += [print]\ntools[0]('a')\nd = {}\nd |= {'sh': print, 'x': os.system}\nd['sh']('b')\ne = {'sh': print} | {'x': os.system}\ne['sh']('c')\nn = 1\nn += 2\n" };
    expect(await scan(files)).toEqual([]);
  });
});
