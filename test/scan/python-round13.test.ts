// The thirteenth attack round in core/scan (Python; each form ran its command under CPython 3.11 and the scan passed it
// before): a list, tuple or set written in place handed to a function of the file, builtins and itertools carrying values
// on (`set`, `frozenset`, `filter`, `min`/`max`, `chain`, `islice`, `cycle`, `takewhile`, `zip_longest`, `deque`), builtins
// calling a function of the file with each element (`map`, `filter`, a `key=`), a watched library base's members on
// `self`, a container a module holds extended through its attribute (`registry.TOOLS += […]`), another file's container
// held by a name of the module (`t = TOOLS`), a library class's base read through `__bases__`/`__mro__`, a `sys.modules`
// key the scan cannot read.
// Each look-alike stays clean.
import { describe, expect, test } from "vitest";
import { found, projectPlaces } from "./helpers";

describe("a list, tuple or set written in place handed to a function of the file: its parameter holds the elements", () => {
  test("scan/shell-command: `g([os])` … `ms[0].system(c)`, `h((subprocess,))` … `ms[0].run(c)`, `k({os})` … `ms.pop().system(c)`", async () => {
    const text = 'import os, subprocess\ndef g(ms):\n    ms[0].system("id")\ndef h(ms):\n    ms[0].run("id")\ndef k(ms):\n    ms.pop().system("id")\ng([os])\nh((subprocess,))\nk({os})\n';
    expect(await found("main.py", text)).toEqual(["scan/shell-command 3:5-3:17", "scan/shell-command 5:5-5:14", "scan/shell-command 7:5-7:20"]);
  });

  test("clean: harmless elements (`g([json])`, `h((print,))`), and an element not read (`ms[0].name` of `g([os])`)", async () => {
    const text = 'import os, json\ndef g(ms):\n    ms[0].dumps(1)\ndef h(fs):\n    fs[0]("id")\ndef n(ms):\n    return ms[0].name\ng([json])\nh((print,))\nn([os])\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});

describe("builtins, itertools and collections carrying the elements of what they are given on", () => {
  test("scan/shell-command: `set([os]).pop()`, `for m in frozenset([os])`, `filter(None, [os])`, `max([os], key=id)`, `min(json, os, key=id)`, `itertools.chain([], [os])`, `chain.from_iterable([[os]])`, `islice([os], 1)`, `cycle([os])`, `takewhile(bool, [os])`, `zip_longest([os])`, `collections.deque([os]).pop()`", async () => {
    const text = 'import os, json, itertools, collections\nset([os]).pop().system("id")\nfor m in frozenset([os]):\n    m.system("id")\nfor m in filter(None, [os]):\n    m.system("id")\nmax([os], key=id).system("id")\nmin(json, os, key=id).system("id")\nlist(itertools.chain([], [os]))[0].system("id")\nnext(itertools.chain.from_iterable([[os]])).system("id")\nnext(itertools.islice([os], 1)).system("id")\nnext(itertools.cycle([os])).system("id")\nfor m in itertools.takewhile(bool, [os]):\n    m.system("id")\nfor m, in itertools.zip_longest([os]):\n    m.system("id")\ncollections.deque([os]).pop().system("id")\n';
    expect(await found("main.py", text)).toEqual(["scan/shell-command 2:1-2:23", "scan/shell-command 4:5-4:13", "scan/shell-command 6:5-6:13", "scan/shell-command 7:1-7:25", "scan/shell-command 8:1-8:29", "scan/shell-command 9:1-9:42", "scan/shell-command 10:1-10:51", "scan/shell-command 11:1-11:39", "scan/shell-command 12:1-12:35", "scan/shell-command 14:5-14:13", "scan/shell-command 16:5-16:13", "scan/shell-command 17:1-17:37"]);
  });

  test("clean: harmless elements carried (`filter(None, [json])`, `max([json])`, `itertools.chain([json])`), a predicate of the file's not followed as a carrier (`filter(keep, [os])` reads no element)", async () => {
    const text = 'import os, json, itertools\ndef keep(m):\n    return True\nfor m in filter(None, [json]):\n    m.dumps(1)\nmax([json]).dumps(1)\nnext(itertools.chain([json])).dumps(1)\nlist(filter(keep, [os]))\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});

describe("a builtin calling a function of the file, or a lambda written there, with each element: its parameter holds one", () => {
  test("scan/shell-command: `map(lambda m: m.system(c), [os])`, `map(run, mods)`, `filter(lambda m: m.system(c), [os])`, `sorted([os], key=pick)`, `max([os], key=lambda m: m.system(c))`", async () => {
    const text = 'import os\nmods = [os]\ndef run(m):\n    m.system("id")\ndef pick(m):\n    return m.system("id")\nlist(map(lambda m: m.system("id"), [os]))\nlist(map(run, mods))\nlist(filter(lambda m: m.system("id"), [os]))\nsorted([os], key=pick)\nmax([os], key=lambda m: m.system("id"))\n';
    expect(await found("main.py", text)).toEqual(["scan/shell-command 4:5-4:13", "scan/shell-command 6:12-6:20", "scan/shell-command 7:20-7:28", "scan/shell-command 9:23-9:31", "scan/shell-command 11:25-11:33"]);
  });

  test("clean: harmless elements (`map(run, [json])`), a function not reading its element's members, and a `map` of the file's own", async () => {
    const text = 'import os, json\ndef run(m):\n    m.dumps(1)\ndef name(m):\n    return m.__name__\nlist(map(run, [json]))\nsorted([os], key=name)\ndef apply(f, xs):\n    return xs\nmap = apply\nmap(lambda m: m.system("id"), [json])\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});

describe("a method a class of the file inherits from a watched library class, called on `self`", () => {
  test("scan/dynamic-code, scan/shell-command: `class C(code.InteractiveInterpreter)` … `self.runsource(src)`, `class D(code.InteractiveConsole)` … `self.push(\"os.system(c)\")`", async () => {
    const text = 'import code\nclass C(code.InteractiveInterpreter):\n    def go(self, src):\n        self.runsource(src)\nclass D(code.InteractiveConsole):\n    def go(self):\n        self.push("import os; os.system(\'id\')")\n';
    expect(await found("main.py", text)).toEqual(["scan/dynamic-code 4:9-4:23", "scan/shell-command 7:9-7:18"]);
  });

  test("clean: a harmless inherited method (`self.write(x)`), the class's own method (`self.go()`), one overriding the base's (`def runsource(self, src)`), a harmless library base's (`json.JSONEncoder`'s `self.encode(x)`)", async () => {
    const text = 'import code, json\nclass C(code.InteractiveInterpreter):\n    def go(self):\n        self.write("x")\n    def again(self):\n        self.go()\nclass S(code.InteractiveInterpreter):\n    def runsource(self, src):\n        return src\n    def go(self):\n        self.runsource("x")\nclass E(json.JSONEncoder):\n    def go(self):\n        return self.encode(1)\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});

describe("a container a module holds, extended through the module's attribute (`registry.TOOLS += […]`, as `from registry import TOOLS` … `TOOLS += […]`)", () => {
  test("scan/shell-command where added: `registry.TOOLS += [subprocess.run]`, `registry.HOOKS |= {\"sh\": subprocess.check_call}`; a slot extended (`self.tools += [os.system]`) holds it", async () => {
    const files = { "registry.py": "TOOLS = []\nHOOKS = {}\n", "a.py": 'import os, subprocess\nimport registry\nregistry.TOOLS += [subprocess.run]\nregistry.HOOKS |= {"sh": subprocess.check_call}\nclass K:\n    def __init__(self):\n        self.tools = []\n        self.tools += [os.system]\n    def go(self):\n        self.tools[0]("id")\n' };
    expect(await projectPlaces(files)).toEqual(["a.py:10:9-10:22 scan/shell-command", "a.py:3:19-3:35 scan/shell-command", "a.py:4:19-4:48 scan/shell-command"]);
  });

  test("clean: harmless values added (`registry.TOOLS += [print]`), a class named in CapWords (`registry.Tools |= {…}`)", async () => {
    const files = { "registry.py": "TOOLS = []\nclass Tools:\n    pass\n", "a.py": 'import subprocess\nimport registry\nregistry.TOOLS += [print, subprocess.PIPE]\nregistry.Tools |= {"sh": print}\n' };
    expect(await projectPlaces(files)).toEqual([]);
  });
});

describe("another file's container held by a name of the module (`t = TOOLS`)", () => {
  test("scan/shell-command: `t = TOOLS; Agent(t)`, `t[k](c)`, `for f in t.values(): f(c)` of `from tools import TOOLS`", async () => {
    const files = { "tools.py": 'import subprocess\nTOOLS = {"sh": subprocess.run}\n', "agent.py": "class Agent:\n    def __init__(self, tools):\n        self.tools = tools\n", "main.py": 'from tools import TOOLS\nfrom agent import Agent\nt = TOOLS\nAgent(t)\nt[k]("id")\nfor f in t.values():\n    f("id")\n' };
    expect(await projectPlaces(files)).toEqual(["main.py:4:7-4:8 scan/shell-command", "main.py:5:1-5:5 scan/shell-command", "main.py:7:5-7:6 scan/shell-command"]);
  });

  test("clean: a harmless container so held (`t = PLAIN; Agent(t)`), a name given another value", async () => {
    const files = { "tools.py": 'PLAIN = {"fmt": str.upper}\n', "agent.py": "class Agent:\n    def __init__(self, tools):\n        self.tools = tools\n", "main.py": 'from tools import PLAIN\nfrom agent import Agent\nt = PLAIN\nAgent(t)\nu = len(PLAIN)\nAgent(u)\n' };
    expect(await projectPlaces(files)).toEqual([]);
  });
});

describe("a watched library class's base read through `__bases__` or `__mro__`: read as the class (the scan does not know the library's bases)", () => {
  test("scan/network-call, scan/shell-command: `http.client.HTTPSConnection.__bases__[0](host, port)`, `subprocess.Popen.__mro__[0](argv)`, `P = subprocess.Popen.__mro__[0]; P(argv)`", async () => {
    const text = 'import http.client, subprocess\nhttp.client.HTTPSConnection.__bases__[0]("example.com", 80).request("GET", "/")\nsubprocess.Popen.__mro__[0](["id"])\nP = subprocess.Popen.__mro__[0]\nP(["id"])\n';
    expect(await found("main.py", text)).toEqual(["scan/network-call 2:1-2:41", "scan/shell-command 3:1-3:28", "scan/shell-command 5:1-5:2"]);
  });

  test("clean: a harmless class's base (`json.JSONEncoder.__bases__[0]()`), a watched class's base only named (`subprocess.Popen.__bases__[0].__name__`)", async () => {
    const text = 'import json, subprocess\njson.JSONEncoder.__bases__[0]()\nprint(subprocess.Popen.__bases__[0].__name__)\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});

describe("a `sys.modules` key the scan cannot read: a loaded module that may be any, a call through it scan/dynamic-code (as `import_module(name)`)", () => {
  test("scan/dynamic-code: `sys.modules[os.environ.get(\"M\", \"os\")].system(c)`, `sys.modules.get(k).system(c)`, `m = sys.modules[name]; m.run(c)` in a function", async () => {
    const text = 'import os, sys\nsys.modules[os.environ.get("M", "os")].system("id")\nk = os.environ["M"]\nsys.modules.get(k).system("id")\ndef f(name):\n    m = sys.modules[name]\n    m.run("id")\n';
    expect(await found("main.py", text)).toEqual(["scan/dynamic-code 2:1-2:46", "scan/dynamic-code 4:1-4:26", "scan/dynamic-code 7:5-7:10"]);
  });

  test("clean: such a module only read (`getattr(sys.modules[n], \"__file__\", None)`), copied into the table (`sys.modules[alias] = sys.modules[n]`), a constant harmless key, `sys.modules[__name__]`, a class's own module (`sys.modules[K.__module__].helper()`)", async () => {
    const text = 'import sys\nfor n in list(sys.modules):\n    getattr(sys.modules[n], "__file__", None)\n    sys.modules["vendored." + n] = sys.modules[n]\nsys.modules["json"].dumps(1)\nsys.modules[__name__].helper = 1\ndef helper():\n    pass\nclass K:\n    pass\nsys.modules[K.__module__].helper()\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});
