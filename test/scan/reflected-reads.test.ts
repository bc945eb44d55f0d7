// Python forms an attacker's pull request used to start a process or connect, which ran under python3 and passed the
// scan before (README "How the scan resolves names"): a class attribute read through `super()`, `getattr(self, …)` or
// the class's bases; code `exec`/`eval` run reading the caller's module names, or binding names the caller reads;
// inspect's readers of a module's attributes and copies of `sys.modules`; a factory returning a tuple unparenthesized
// (`return 1, os.system`); and the standard library's native-library
// loaders, pre-3.12 socket wrappers and connections the table did not list. Each positive beside a clean look-alike.
import { describe, expect, test } from "vitest";
import { scanFiles } from "../../core/scan/run";
import { projectPlaces as scan, writeProject } from "./helpers";

async function messages(files: Record<string, string>): Promise<string[]> {
  const run = await scanFiles({ ...writeProject(files), workers: 1 });
  return run.findings.map((f) => `${f.file}:${f.line} ${f.message}`).sort();
}

describe("scan/shell-command (Python): a class attribute read through the class's relatives", () => {
  test("`super().run`, `super(C, self).run`, `getattr(self, \"run\")`, `getattr(super(), \"run\")`, `type(self).__base__.run`, `C.__mro__[1].run`, `C.__bases__[0].run`, `C.__base__.run`", async () => {
    const text = [
      "import os",
      "class B:",
      "    run = os.system",
      "class C(B):",
      "    def a(self, c):",
      "        super().run(c)",
      "        super(C, self).run(c)",
      '        getattr(self, "run")(c)',
      '        getattr(super(), "run")(c)',
      "        type(self).__base__.run(c)",
      "        self.__class__.__mro__[1].run(c)",
      'C.__mro__[1].run("a")',
      'C.__bases__[0].run("b")',
      'C.__base__.run("c")',
      "",
    ].join("\n");
    expect(await scan({ "a.py": text })).toEqual([
      "a.py:10:9-10:32 scan/shell-command",
      "a.py:11:9-11:38 scan/shell-command",
      "a.py:12:1-12:17 scan/shell-command",
      "a.py:13:1-13:19 scan/shell-command",
      "a.py:14:1-14:15 scan/shell-command",
      "a.py:6:9-6:20 scan/shell-command",
      "a.py:7:9-7:27 scan/shell-command",
      "a.py:8:9-8:29 scan/shell-command",
      "a.py:9:9-9:32 scan/shell-command",
    ]);
  });

  test("clean: the same reads of a class attribute not watched, `super().__init__()`, `getattr(self, name)` of plain attributes, and a file's own `super`", async () => {
    const text = [
      "import os",
      "class B:",
      "    run = os.path.join",
      "    def __init__(self):",
      "        self.n = 1",
      "class C(B):",
      "    def __init__(self):",
      "        super().__init__()",
      "    def a(self, c):",
      "        super().run(c)",
      '        getattr(self, "run")(c)',
      '        getattr(self, "n", None)',
      "        type(self).__base__.run(c)",
      'C.__mro__[1].run("a")',
      'C.__bases__[0].run("b")',
      "",
    ].join("\n");
    const own = 'import os\ndef super():\n    return os\nclass K:\n    run = print\n    def a(self):\n        super().run("x")\n';
    expect(await scan({ "a.py": text, "b.py": own })).toEqual([]);
  });
});

describe("scan/shell-command (Python): code `exec` and `eval` run in the caller's module namespace", () => {
  test("the code reads the module's names (`import os` … `exec(\"os.system(c)\")`, `eval(\"os.system\")(c)`, a name assigned a member, globals given as `globals()` or a dict written in place), at the call", async () => {
    const text = [
      "import os",
      "import subprocess as sp",
      "run = os.popen",
      'exec("os.system(\'a\')")',
      'eval("os.system")("b")',
      'exec("run(\'c\')", globals())',
      'exec("o.system(\'d\')", {"o": os})',
      "def f():",
      '    exec("sp.run(\'e\', shell=True)")',
      "",
    ].join("\n");
    expect(await scan({ "a.py": text })).toEqual([
      "a.py:4:1-4:5 scan/shell-command",
      "a.py:5:1-5:5 scan/shell-command",
      "a.py:6:1-6:5 scan/shell-command",
      "a.py:7:1-7:5 scan/shell-command",
      "a.py:9:5-9:9 scan/shell-command",
    ]);
  });

  test("what the code binds or returns to the caller is reported at the call (`exec(\"import subprocess as sp\")` then `sp.run`, a from-import, a namespace dict read later, `m = eval(\"__import__('os')\")`, an eval's value handed on)", async () => {
    const text = [
      'exec("import subprocess as sp")',
      'sp.run("a", shell=True)',
      'exec("from os import system as run")',
      'run("b")',
      "ns = {}",
      'exec("import os", ns)',
      'ns["os"].system("c")',
      "m = eval(\"__import__('os')\")",
      'm.system("d")',
      "import os",
      'list(map(eval("os.popen"), ["e"]))',
      "",
    ].join("\n");
    expect(await scan({ "a.py": text })).toEqual([
      "a.py:11:10-11:14 scan/shell-command",
      "a.py:1:1-1:5 scan/shell-command",
      "a.py:3:1-3:5 scan/shell-command",
      "a.py:6:1-6:5 scan/shell-command",
      "a.py:8:5-8:9 scan/shell-command",
    ]);
    const said = await messages({ "a.py": 'exec("import json\\nrun = __import__(\'os\').system")\n' });
    expect(said).toEqual(["a.py:1 `os.system` starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit. It is bound to `run` by this code, in the namespace the evaluator runs it in, which its caller reads. It runs in the code passed to `exec` (line 2 of that code)."]);
  });

  test("clean: code reading a name the module binds to nothing watched, code given another namespace, code binding plain values, an `eval` of a constant used as a value, and `exec` of a file's own function", async () => {
    const text = [
      "import os, json",
      "run = os.path.join",
      'exec("run(\'a\', \'b\')")',
      'exec("os.system(\'c\')", {})',
      'exec("os.system(\'d\')", ns)',
      'exec("x = 1\\nimport json\\np = json.dumps")',
      'n = eval("1 + 2")',
      'j = eval("json.dumps")',
      "",
    ].join("\n");
    const own = 'import os\ndef exec(code):\n    return code\nexec("import subprocess as sp")\n';
    expect(await scan({ "a.py": text, "b.py": own })).toEqual([]);
  });
});

describe("scan/shell-command (Python): inspect's attribute readers and copies of sys.modules", () => {
  test("`inspect.getattr_static(os, \"system\")`, `dict(inspect.getmembers(os))[\"system\"]`, `getmembers_static`, a loop over the members, `sys.modules.copy()[\"os\"]`, `dict(sys.modules)`, `dict(sys.modules.items())`", async () => {
    const text = [
      "import inspect, os",
      'inspect.getattr_static(os, "system")("a")',
      'dict(inspect.getmembers(os))["system"]("b")',
      'dict(inspect.getmembers_static(os))["popen"]("c")',
      "for name, f in inspect.getmembers(os):",
      '    f("d")',
      "from inspect import getattr_static as ga",
      'ga(os, "system")("e")',
      "",
    ].join("\n");
    const loaded = 'import sys\nsys.modules.copy()["os"].system("f")\ndict(sys.modules)["os"].system("g")\ndict(sys.modules.items())["subprocess"].run("h")\n';
    expect(await scan({ "a.py": text, "b.py": loaded })).toEqual([
      "a.py:2:1-2:37 scan/shell-command",
      "a.py:3:1-3:39 scan/shell-command",
      "a.py:4:1-4:45 scan/shell-command",
      "a.py:6:5-6:6 scan/shell-command",
      "a.py:8:1-8:17 scan/shell-command",
      "b.py:2:1-2:32 scan/shell-command",
      "b.py:3:1-3:31 scan/shell-command",
      "b.py:4:1-4:44 scan/shell-command",
    ]);
  });

  test("`sys.modules` held by a name at the module's top, assigned once (`mods = sys.modules`, `mods = sys.modules.copy()`), in a file whose only import is sys", async () => {
    const files = { "a.py": 'import sys\nmods = sys.modules\nmods["os"].system("a")\n', "b.py": 'import sys\nmods = sys.modules.copy()\nmods.get("subprocess").run("b")\n' };
    expect(await scan(files)).toEqual(["a.py:3:1-3:18 scan/shell-command", "b.py:3:1-3:27 scan/shell-command"]);
  });

  test("clean: a name holding sys.modules assigned again, and one read for a module not watched", async () => {
    const files = { "a.py": 'import sys\nmods = sys.modules\nmods = {}\nmods["os"].system("a")\n', "b.py": 'import sys\nmods = sys.modules\nmods["json"].dumps("b")\n' };
    expect(await scan(files)).toEqual([]);
  });

  test("clean: the same readers of a module not watched or of a constant, and copies of sys.modules read for a module not watched", async () => {
    const text = 'import inspect, os, json\ninspect.getattr_static(os, "sep")\ninspect.getattr_static(json, "dumps")("a")\ndict(inspect.getmembers(json))["dumps"]("b")\nimport sys\nsys.modules.copy()["json"].dumps("c")\ndict(sys.modules)["json"].loads("d")\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("the standard library's loaders, sockets and connections the table did not list", () => {
  test("scan/dynamic-code: a native library loaded by `_ctypes.dlopen`, `ctypes._dlopen`, `LibraryLoader(CDLL).LoadLibrary`, or read as a loader's member (`cdll[\"libc.so.6\"].system`, `cdll.libc.system`); scan/shell-command: `ctypes.pythonapi.system`", async () => {
    const text = [
      "import ctypes, _ctypes",
      "_ctypes.dlopen(None)",
      'ctypes._dlopen("libc.so.6", 0)',
      'ctypes.LibraryLoader(ctypes.CDLL).LoadLibrary("libc.so.6")',
      'ctypes.cdll["libc.so.6"].system(b"a")',
      'ctypes.pydll.libc.system(b"b")',
      'ctypes.pythonapi.system(b"c")',
      "",
    ].join("\n");
    expect(await scan({ "a.py": text })).toEqual([
      "a.py:2:1-2:15 scan/dynamic-code",
      "a.py:3:1-3:15 scan/dynamic-code",
      "a.py:4:1-4:46 scan/dynamic-code",
      "a.py:5:1-5:32 scan/dynamic-code",
      "a.py:6:1-6:25 scan/dynamic-code",
      "a.py:7:1-7:24 scan/shell-command",
    ]);
  });

  test("scan/network-call: asyncore's and asynchat's `connect`, `multiprocessing.connection.SocketClient`, an XML-RPC transport's `make_connection`, `socket.SocketType(…).connect`, `socket.fromfd(…).connect`", async () => {
    const text = [
      "import asyncore, asynchat, socket, xmlrpc.client",
      "import multiprocessing.connection as mc",
      "asyncore.dispatcher().connect(('h', 1))",
      "asynchat.async_chat().connect(('h', 1))",
      "mc.SocketClient(('h', 1))",
      'xmlrpc.client.Transport().make_connection("h")',
      "socket.SocketType().connect(('h', 1))",
      "socket.fromfd(3, socket.AF_INET, socket.SOCK_STREAM).connect(('h', 1))",
      "",
    ].join("\n");
    expect(await scan({ "a.py": text })).toEqual([
      "a.py:3:1-3:30 scan/network-call",
      "a.py:4:1-4:30 scan/network-call",
      "a.py:5:1-5:16 scan/network-call",
      "a.py:6:1-6:42 scan/network-call",
      "a.py:7:1-7:28 scan/network-call",
      "a.py:8:1-8:61 scan/network-call",
    ]);
  });

  test("clean: a loader's own configuration, pythonapi's C API that runs nothing, a dispatcher that only binds, a socket from a descriptor not connected, the socket class named in a check", async () => {
    const text = [
      "import ctypes, asyncore, socket",
      "ctypes.pythonapi.Py_IncRef(ctypes.py_object(1))",
      "ctypes.cdll.LoadLibrary",
      "d = asyncore.dispatcher()",
      "d.bind(('', 0))",
      "s = socket.fromfd(3, socket.AF_INET, socket.SOCK_STREAM)",
      "isinstance(s, socket.SocketType)",
      "",
    ].join("\n");
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): a factory returning a tuple written without parentheses", () => {
  test("`return 1, os.system` read by index, held by a name, or unpacked, as `return (1, os.system)` is", async () => {
    const text = 'import os\ndef get():\n    return 1, os.system\nget()[1]("a")\nr = get()\nr[1]("b")\n_, run = get()\nrun("c")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:4:1-4:9 scan/shell-command", "a.py:6:1-6:5 scan/shell-command", "a.py:8:1-8:4 scan/shell-command"]);
  });

  test("clean: the same factory returning a function not watched, and a tuple of plain values", async () => {
    const text = 'import os\ndef get():\n    return 1, os.path.join\nget()[1]("a")\n_, run = get()\nrun("c")\ndef pair():\n    return 1, 2\nx, y = pair()\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});
