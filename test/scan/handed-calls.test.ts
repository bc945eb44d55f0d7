// The December 9 attack round in core/scan (Python; each ran its command under CPython 3.11 and passed before): a watched
// module handed to another file's function when the module or the function is reached through a call (`__import__("os")`,
// `getattr(lib, "run")`, `importlib.import_module("lib")`), or the function through a name bound otherwise than by a plain
// assignment (a walrus, a loop, a tuple, a default, a class's base); and a project file named as a standard module, which
// Python imports for it unless the interpreter has that module already. Each look-alike stays clean.
import { describe, expect, test } from "vitest";
import { at, atStart, found, projectPlaces } from "./helpers";

const shell = (text: string, needle: string, nth = 0) => `scan/shell-command ${at(text, needle, nth)}`;
/** A finding at `inner` written at the start of `context` (`os` of `os, "id")`). */
const shellAt = (text: string, context: string, inner: string) => `scan/shell-command ${atStart(text, context, inner)}`;

describe("a watched module loaded by a call and handed to an imported function", () => {
  test("scan/shell-command: `lib.run(__import__(\"os\"), c)`, `lib.run(importlib.import_module(\"subprocess\"), c)`, `lib.go(m=builtins.__import__(\"os\"))`, and `lib.run(sys.modules[\"os\"], c)`, each where handed over", async () => {
    const text = 'import lib, importlib, sys, builtins\nlib.run(__import__("os"), "id")\nlib.run(importlib.import_module("subprocess"), "id")\nlib.go(m=builtins.__import__("os"))\nlib.run(sys.modules["os"], "id")\n';
    expect(await found("a.py", text)).toEqual([shell(text, '__import__("os")'), shell(text, 'importlib.import_module("subprocess")'), shell(text, 'builtins.__import__("os")'), shell(text, 'sys.modules["os"]')]);
  });

  test("clean: a call's value that is no module (`lib.run(json.loads(x), c)`, `str(os)`, `os.getcwd()`), a module loaded for a function of the file or one not imported", async () => {
    const text = 'import lib, json, os\nlib.run(json.loads("{}"), "c")\nlib.run(str(os), "c")\nlib.run(os.getcwd(), "c")\ndef own(m):\n    return m.getcwd()\nown(__import__("os"))\nsetup(__import__("os"))\n';
    expect(await found("a.py", text)).toEqual([]);
  });
});

describe("an imported function reached through a call or a name bound to one", () => {
  test("scan/shell-command: `getattr(lib, \"run\")(os, c)`, `importlib.import_module(\"lib\").run(os, c)`, `__import__(\"lib\").run(os, c)`, `sys.modules[\"lib\"].run(os, c)`, `f = getattr(lib, \"run\"); f(subprocess, c)`", async () => {
    const text = 'import lib, importlib, os, subprocess, sys\ngetattr(lib, "run")(os, "id")\nimportlib.import_module("lib").run(os, "id")\n__import__("lib").run(os, "id")\nsys.modules["lib"].run(os, "id")\nf = getattr(lib, "run")\nf(subprocess, "id")\n';
    expect(await found("a.py", text)).toEqual([shellAt(text, 'os, "id")\nimportlib', "os"), shellAt(text, 'os, "id")\n__import__', "os"), shellAt(text, 'os, "id")\nsys.modules', "os"), shellAt(text, 'os, "id")\nf =', "os"), shellAt(text, 'subprocess, "id")', "subprocess")]);
  });

  test("scan/shell-command: `getattr(lib, name)(os, c)` of a name read at run time is any of lib's members (as `getattr(os, name)` is any of os's)", async () => {
    const text = 'import lib, os, sys\ngetattr(lib, sys.argv[1])(os, "id")\n';
    expect(await found("a.py", text)).toEqual([shellAt(text, 'os, "id")', "os")]);
  });

  test("clean: `getattr(obj, \"run\")(os)` of an object no import binds, an importer's module the scan watches or reads (`import_module(\"operator\")`), and a function of the file fetched by getattr", async () => {
    const text = 'import importlib, os, sys\ngetattr(obj, "run")(os, "id")\nimportlib.import_module("operator").attrgetter("getcwd")(os)\ndef own(m):\n    return m.getcwd()\ngetattr(sys.modules[__name__], "own")(os)\n';
    expect(await found("a.py", text)).toEqual([]);
  });

  // CPython's posixpath and ntpath (`from genericpath import *` … `getattr(os, 'environb', None)`), reported by the first
  // version of this round: a star import does not make the builtin reader another file's function.
  test("clean: a builtin reader given a module in a file that star-imports a module (`getattr(os, \"environb\", None)`, `vars(os)`)", async () => {
    const text = 'import os\nfrom genericpath import *\ndef expand(path):\n    environ = getattr(os, "environb", None)\n    return vars(os), environ\n';
    expect(await found("a.py", text)).toEqual([]);
    const handed = 'import os\nfrom genericpath import *\ngetattr(lib, "run")(os, "id")\n';
    expect(await found("b.py", handed)).toEqual([shellAt(handed, 'os, "id")', "os")]);
  });
});

describe("a class of another file held by a name bound otherwise than `K = lib.Runner`", () => {
  test("scan/shell-command: on one line after `;`, annotated, in a tuple, by a walrus, by a loop, as a parameter's default, as a class's base, by `with … as`", async () => {
    const text = 'import lib, os\na = 1; K = lib.Runner; K.run(os, "1")\nA: type = lib.Runner\nA.run(os, "2")\nT, U = lib.Runner, 1\nT.run(os, "3")\n(W := lib.make()).run(os, "4")\nfor L in [lib.Runner]:\n    L.run(os, "5")\ndef go(D=lib.Runner):\n    D.run(os, "6")\nclass S(lib.Runner):\n    pass\nS.run(os, "7")\nwith lib.make() as M:\n    M.run(os, "8")\n';
    expect(await found("a.py", text)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"].map((n) => shellAt(text, `os, "${n}")`, "os")));
  });

  test("scan/shell-command (passed before, kept): `K = lib.Runner; K.run(os, c)` on lines of their own, `lib.make()().run(os, c)`", async () => {
    const text = 'import lib, os\nK = lib.Runner\nK.run(os, "1")\nlib.make()().run(os, "2")\n';
    expect(await found("a.py", text)).toEqual([shellAt(text, 'os, "1")', "os"), shellAt(text, 'os, "2")', "os")]);
  });

  test("clean: a class of the file held so (its method reads a member no rule watches), and names bound to values no import gives", async () => {
    const text = 'import os\nclass Own:\n    @staticmethod\n    def run(m):\n        return m.getcwd()\nK: type = Own\nK.run(os)\nfor L in [Own]:\n    L.run(os)\nclass S(Own):\n    pass\nS.run(os)\nT, U = Own, 1\nT.run(os)\n';
    expect(await found("a.py", text)).toEqual([]);
  });
});

describe("a project file named as a standard module", () => {
  const SHADOW = "from subprocess import run as loads\n";
  test("scan/shell-command (passed before, kept): `import json; json.loads(…)` beside a project json.py, `functools.partial` of a root functools.py from a package's file, `from shlex import split`", async () => {
    const files = {
      "json.py": SHADOW,
      "main.py": 'import json\njson.loads("id", shell=True)\n',
      "functools.py": "from subprocess import run as partial\n",
      "pkg/__init__.py": "",
      "pkg/tool.py": 'import functools\nfunctools.partial("id", shell=True)\n',
      "tools/shlex.py": "from subprocess import run as split\n",
      "tools/cli.py": 'from shlex import split\nsplit("id", shell=True)\n',
    };
    expect(await projectPlaces(files)).toEqual(["main.py:2:1-2:11 scan/shell-command", "pkg/tool.py:2:1-2:18 scan/shell-command", "tools/cli.py:2:1-2:6 scan/shell-command"]);
  });

  test("scan/shell-command: a project module an importer loads by a name written as a string, read for a member (`importlib.import_module(\"json\").loads(…)`, `__import__(\"json\").loads(…)`, `j = importlib.import_module(\"lib\"); j.go(…)`)", async () => {
    const files = {
      "json.py": SHADOW,
      "lib.py": "from subprocess import run as go\n",
      "main.py": 'import importlib\nimportlib.import_module("json").loads("id", shell=True)\n__import__("json").loads("id", shell=True)\nj = importlib.import_module("lib")\nj.go("id", shell=True)\n',
    };
    expect(await projectPlaces(files)).toEqual(["main.py:2:1-2:38 scan/shell-command", "main.py:3:1-3:25 scan/shell-command", "main.py:5:1-5:5 scan/shell-command"]);
  });

  test("clean: a project file named as a module the interpreter has before it reads the script's folder (`sys`, `os`, `io`, `codecs`, `abc`, `site`, `time`, `encodings`), and an innocuous json.py, imported or loaded by name", async () => {
    const files: Record<string, string> = { "json.py": "def loads(text):\n    return text\n", "use_json.py": 'import json, importlib\njson.loads("id")\nimportlib.import_module("json").loads("id")\nimportlib.import_module("sys").zz("id")\n' };
    for (const name of ["sys", "os", "io", "codecs", "abc", "site", "time", "encodings"]) {
      files[`${name}.py`] = "from subprocess import run as zz\n";
      files[`use_${name}.py`] = `import ${name}\n${name}.zz("id", shell=True)\nfrom ${name} import zz\nzz("id")\n`;
    }
    expect(await projectPlaces(files)).toEqual([]);
  });
});
