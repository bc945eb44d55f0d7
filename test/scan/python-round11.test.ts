// The eleventh attack round in core/scan (Python; each form ran its command under CPython 3.11 and the scan passed it
// before): a project package loaded by `__import__` of a dotted name (which returns the top package), a builtin's name a
// project star import rebinds.
// Each look-alike stays clean.
import { describe, expect, test } from "vitest";
import { at, found, projectPlaces } from "./helpers";

describe("`__import__` of a project package's dotted name returns the top package", () => {
  const tools = { "pkg/__init__.py": "", "pkg/tools.py": "import os\nrun = os.system\n" };

  test("scan/shell-command: `m = __import__(\"pkg.tools\"); m.tools.run(c)`, `__import__(\"pkg.tools\").tools.run(c)`, and `__import__(\"pkg.tools\", fromlist=[\"run\"]).run(c)` (the module itself)", async () => {
    const files = { ...tools, "main.py": 'm = __import__("pkg.tools")\nm.tools.run("id")\n__import__("pkg.tools").tools.run("id")\nn = __import__("pkg.tools", fromlist=["run"])\nn.run("id")\n__import__("pkg.tools", None, None, ("run",)).run("id")\n' };
    expect(await projectPlaces(files)).toEqual(["main.py:2:1-2:12 scan/shell-command", "main.py:3:1-3:34 scan/shell-command", "main.py:5:1-5:6 scan/shell-command", "main.py:6:1-6:50 scan/shell-command"]);
  });

  test("clean: the top package read for a name its submodule holds (`__import__(\"pkg.tools\").run`: `pkg` has no `run`), an empty fromlist, and `__import__(\"os.path\").getcwd()`", async () => {
    const files = { ...tools, "main.py": '__import__("pkg.tools").run("id")\n__import__("pkg.tools", fromlist=[]).run("id")\n__import__("os.path").getcwd()\n' };
    expect(await projectPlaces(files)).toEqual([]);
  });
});

describe("a project module named as a watched library stays the library (Python loads the script's own file run directly, the library under `python -m` of a namespace package)", () => {
  test("scan/network-call, scan/model-sdk: a script's `import requests` beside its harmless `requests.py`, `import openai` beside `openai.py`, `from requests import get` — a pull request adding such a file does not hide the calls", async () => {
    const files = { "requests.py": "def get(u):\n    return u\n", "openai.py": "class OpenAI:\n    pass\n", "main.py": 'import requests, openai\nrequests.get("u")\nopenai.OpenAI()\n', "tool.py": 'from requests import get\nget("u")\n' };
    expect(await projectPlaces(files)).toEqual(["main.py:2:1-2:13 scan/network-call", "main.py:3:1-3:14 scan/model-sdk", "tool.py:2:1-2:4 scan/network-call"]);
  });
});

describe("a builtin's name a project star import binds to the module's own function", () => {
  test("scan/shell-command: lib's `getattr` returning a watched function (`getattr(json, \"dumps\")(c)` is os.system), a module handed to lib's `getattr` wrapping the builtin (reported where handed; the wrapper's own `builtins.getattr(o, n)` reads a parameter), lib's `__import__` listed in `__all__`", async () => {
    const files = {
      "lib.py": 'import os\ndef getattr(o, n):\n    return os.system\n',
      "wrap.py": 'import builtins\n__all__ = ["getattr", "__import__"]\ndef getattr(o, n):\n    return builtins.getattr(o, n)\ndef __import__(n):\n    return builtins.__import__(n)\n',
      "main.py": 'from lib import *\nimport json\ngetattr(json, "dumps")("id")\n',
      "other.py": 'from wrap import *\nimport os\ngetattr(os, "system")("id")\n__import__("os").system("id")\n',
    };
    expect(await projectPlaces(files)).toEqual(["main.py:3:1-3:23 scan/shell-command", "other.py:3:9-3:11 scan/shell-command", "wrap.py:6:12-6:31 scan/dynamic-code"]);
  });

  test("clean: lib's harmless `eval`, `__import__` (listed in `__all__`) and `vars` replace the builtins after `from lib import *` (`eval(\"os.system(c)\")`, `__import__(\"subprocess\").run(c)`, `vars(x)[\"system\"](c)` of a string)", async () => {
    const files = {
      "lib.py": '__all__ = ["eval", "__import__", "vars"]\ndef eval(s):\n    return len(s)\nclass _Stub:\n    def run(self, c):\n        return c\ndef __import__(n):\n    return _Stub()\ndef vars(o):\n    return {"system": print}\n',
      "main.py": 'from lib import *\neval("__import__(\'os\').system(\'id\')")\n__import__("subprocess").run("id")\nvars("os")["system"]("id")\n',
    };
    expect(await projectPlaces(files)).toEqual([]);
  });

  test("scan/shell-command, scan/dynamic-code: the builtin where the star import may not bind the module's function — under `try`, a name with a leading underscore not in `__all__`, one the module also assigns (`eval = builtins.eval`), one a docstring spells as a `def`, one another star import may rebind", async () => {
    const files = {
      "a.py": 'def eval(s):\n    return s\ntry:\n    pass\nexcept ImportError:\n    pass\n',
      "b.py": 'def __import__(n):\n    return n\n',
      "c.py": 'import builtins\ndef eval(s):\n    return s\neval = builtins.eval\n',
      "d.py": '"""\ndef eval(s):\n    return s\n"""\n',
      "e.py": 'def eval(s):\n    return s\nfrom builtins import *\n',
      "main.py": 'try:\n    from a import *\nexcept ImportError:\n    pass\neval("__import__(\'os\').system(\'1\')")\n',
      "m2.py": 'from b import *\n__import__("os").system("2")\n',
      "m3.py": 'from c import *\neval("__import__(\'os\').system(\'3\')")\n',
      "m4.py": 'from d import *\neval("__import__(\'os\').system(\'4\')")\n',
      "m5.py": 'from e import *\neval("__import__(\'os\').system(\'5\')")\n',
    };
    expect(await projectPlaces(files)).toEqual(["e.py:3:1-3:23 scan/star-import", "m2.py:2:1-2:24 scan/shell-command", "m3.py:2:1-2:5 scan/shell-command", "m4.py:2:1-2:5 scan/shell-command", "m5.py:2:1-2:5 scan/shell-command", "main.py:5:1-5:5 scan/shell-command"]);
  });
});

describe("a module's globals read through a function or a frame, a sequence's `__getitem__`", () => {
  test("scan/shell-command: `f.__globals__[\"os\"]`, `(lambda: 0).__globals__[\"os\"]`, `shutil.which.__globals__[\"os\"]` (another module's: its `os` is os), `sys._getframe().f_globals[\"os\"]`, `inspect.currentframe().f_globals.get(\"os\")`, `json.dumps.__globals__[\"__builtins__\"][\"__import__\"](\"os\")`", async () => {
    const text = 'import os, sys, inspect, shutil, json\ndef f():\n    pass\nf.__globals__["os"].system("1")\n(lambda: 0).__globals__["os"].system("2")\nshutil.which.__globals__["subprocess"].run("3")\nsys._getframe().f_globals["os"].system("4")\ninspect.currentframe().f_globals.get("os").system("5")\njson.dumps.__globals__["__builtins__"]["__import__"]("os").system("6")\n';
    expect(await found("a.py", text)).toEqual([at(text, 'f.__globals__["os"].system'), at(text, '(lambda: 0).__globals__["os"].system'), at(text, 'shutil.which.__globals__["subprocess"].run'), at(text, 'sys._getframe().f_globals["os"].system'), at(text, 'inspect.currentframe().f_globals.get("os").system'), at(text, 'json.dumps.__globals__["__builtins__"]["__import__"]("os").system')].map((place) => `scan/shell-command ${place}`));
  });

  test("scan/shell-command: `shutil.which.__globals__[\"os\"].system(c)` in a file importing no watched module", async () => {
    const text = 'import shutil\nshutil.which.__globals__["os"].system("1")\n';
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, 'shutil.which.__globals__["os"].system')}`]);
  });

  test("clean: a name of the globals holding no watched value (`f.__globals__[\"json\"]`), a module the scan does not watch (`f.__globals__[\"shlex\"]`), a frame's locals read for a plain value", async () => {
    const text = 'import json, sys\ndef f():\n    pass\nf.__globals__["json"].dumps("1")\nf.__globals__["shlex"].split("2")\nsys._getframe().f_locals["x"]("3")\n';
    expect(await found("a.py", text)).toEqual([]);
  });

  test("scan/shell-command: `tools.__getitem__(0)(c)` of a list or tuple a name holds, `d.__getitem__(\"r\")(c)` of a dict", async () => {
    const text = 'import os\ntools = [os.system]\npair = (os.system,)\nd = {"r": os.system}\ntools.__getitem__(0)("1")\npair.__getitem__(0)("2")\nd.__getitem__("r")("3")\n';
    expect(await found("a.py", text)).toEqual([at(text, "tools.__getitem__(0)"), at(text, "pair.__getitem__(0)"), at(text, 'd.__getitem__("r")')].map((place) => `scan/shell-command ${place}`));
  });

  test("clean: `__getitem__` of an entry holding no watched value (`d.__getitem__(\"x\")` of `{\"r\": os.system, \"x\": print}`)", async () => {
    const text = 'import os\nd = {"r": os.system, "x": print}\nd.__getitem__("x")("1")\n';
    expect(await found("a.py", text)).toEqual([]);
  });
});

describe("`operator.attrgetter` held by a name and applied later", () => {
  test("scan/shell-command: `get = operator.attrgetter(\"system\"); get(os)(c)`, a dotted one (`attrgetter(\"path.os.system\")`), a slot holding one", async () => {
    const text = 'import operator, os\nfrom operator import attrgetter\nget = operator.attrgetter("system")\nget(os)("1")\ndeep = attrgetter("path.os.system")\ndeep(os)("2")\nclass K:\n    g = operator.attrgetter("system")\nK.g(os)("3")\n';
    expect(await found("a.py", text)).toEqual([at(text, "get(os)"), at(text, "deep(os)"), at(text, "K.g(os)")].map((place) => `scan/shell-command ${place}`));
  });

  test("clean: a getter of a member no rule watches (`attrgetter(\"getcwd\")(os)` held), one given a value that is no module, one of several names (a tuple, not a member)", async () => {
    const text = 'import operator, os\nget = operator.attrgetter("getcwd")\nget(os)()\nrun = operator.attrgetter("system")\nrun(object())("1")\nboth = operator.attrgetter("name", "sep")\nboth(os)\n';
    expect(await found("a.py", text)).toEqual([]);
  });
});

describe("`functools.partial(getattr, os)`: getattr with its object given", () => {
  test("scan/shell-command: applied in place, held by a name, given the member too (`partial(getattr, os, \"system\")()`), imported as `partial`", async () => {
    const text = 'import functools, os\nfrom functools import partial\nfunctools.partial(getattr, os)("system")("1")\nget = functools.partial(getattr, os)\nget("system")("2")\nrun = partial(getattr, os, "system")\nrun()("3")\n';
    expect(await found("a.py", text)).toEqual([at(text, 'functools.partial(getattr, os)("system")'), at(text, 'get("system")'), at(text, "run()")].map((place) => `scan/shell-command ${place}`));
  });

  test("clean: a partial of getattr over a value that is no module, of a member no rule watches, and `partial(print, os)`", async () => {
    const text = 'import functools, os\nget = functools.partial(getattr, object())\nget("x")("1")\ncwd = functools.partial(getattr, os, "getcwd")\ncwd()()\nfunctools.partial(print, os)("2")\n';
    expect(await found("a.py", text)).toEqual([]);
  });
});

describe("`sys.modules` reached as another module's attribute", () => {
  test("scan/shell-command: `os.sys.modules[\"posix\"].system(c)`, `os.sys.modules.get(\"subprocess\").run(c)`", async () => {
    const text = 'import os\nos.sys.modules["posix"].system("1")\nos.sys.modules.get("subprocess").run("2")\n';
    expect(await found("a.py", text)).toEqual([at(text, 'os.sys.modules["posix"].system'), at(text, 'os.sys.modules.get("subprocess").run')].map((place) => `scan/shell-command ${place}`));
  });

  test("clean: a loaded module no rule watches (`os.sys.modules[\"json\"].dumps(x)`), `modules` of an attribute `sys` of a value that is no module", async () => {
    const text = 'import os\nos.sys.modules["json"].dumps("1")\nclass C:\n    pass\nc = C()\nc.sys.modules["posix"].system("2")\n';
    expect(await found("a.py", text)).toEqual([]);
  });
});

describe("a special method written as a lambda", () => {
  test("scan/shell-command: `__missing__ = lambda self, k: os.system` of a dict subclass (`K()[\"x\"](c)`), a module's `__getattr__ = lambda n: subprocess.run`", async () => {
    const text = 'import os, subprocess\nclass K(dict):\n    __missing__ = lambda self, k: os.system\nK()["x"]("1")\n__getattr__ = lambda n: subprocess.run\n';
    expect(await found("a.py", text)).toEqual([at(text, "lambda self, k: os.system"), at(text, "lambda n: subprocess.run")].map((place) => `scan/shell-command ${place}`));
  });

  test("clean: a special method whose value Python throws away (`__init__ = lambda self: os.system`), a lambda giving no watched value, a plain name holding a lambda", async () => {
    const text = 'import os\nclass K(dict):\n    __init__ = lambda self: os.system\n    __missing__ = lambda self, k: os.getcwd\nrun = lambda: os.getcwd\n';
    expect(await found("a.py", text)).toEqual([]);
  });
});
