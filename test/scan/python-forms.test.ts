// Python forms README's "What escapes the model" listed (decorators, generators, `match` patterns, the builtins,
// `functools.reduce`, attribute hooks, `object.__subclasses__()`, values handed over inside comprehensions, slices and
// conditionals, namespaces spread together, a list's `.pop()`): each found where the scan can say what it reaches, or
// reported where the value leaves what it can follow; each look-alike over a value not watched left alone.
import { describe, expect, test } from "vitest";
import { scanSource } from "../../core/scan/scan";
import { projectPlaces as scan, scanConfig } from "./helpers";

describe("scan/shell-command (Python): a decorator returning a watched function", () => {
  test("`@deco def run` … `run(…)` of `def deco(fn): return os.system`, a lambda decorator, a decorated method, and the name imported by another file", async () => {
    const files = {
      "a.py": 'import os\ndef deco(fn):\n    return os.system\n@deco\ndef run(): pass\nrun("a")\npick = lambda fn: os.popen\nclass C:\n    @pick\n    def go(self): pass\nC().go("b")\n',
      "b.py": 'from a import run\nrun("c")\n',
    };
    expect(await scan(files)).toEqual(["a.py:11:1-11:7 scan/shell-command", "a.py:6:1-6:4 scan/shell-command", "b.py:2:1-2:4 scan/shell-command"]);
  });

  test("clean: a decorator returning a function not watched, one wrapping the function, and a decorator of an unknown origin", async () => {
    const files = { "a.py": 'import os, functools\ndef deco(fn):\n    return os.path.join\n@deco\ndef run(): pass\nrun("a")\n@functools.wraps(print)\ndef g(): pass\ng("b")\n@app.route("/")\ndef h(): pass\nh("c")\n' };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): a generator's `yield` of a watched function", () => {
  test("reported where yielded (`yield os.system`, `yield from [subprocess.run]`, `yield a, os.popen`, a module as any member): whatever consumes the generator gets it", async () => {
    const files = { "a.py": 'import os, subprocess\ndef g():\n    yield os.system\ndef h():\n    yield from [subprocess.run]\n    x = yield 1, os.popen\n    yield subprocess\nnext(g())("a")\n' };
    expect(await scan(files)).toEqual(["a.py:3:11-3:20 scan/shell-command", "a.py:5:17-5:31 scan/shell-command", "a.py:6:18-6:26 scan/shell-command", "a.py:7:11-7:21 scan/shell-command"]);
  });

  test("clean: a generator yielding a function not watched, a constant of a watched module, a client (reported where made only), or a module not watched", async () => {
    const files = { "a.py": 'import os, subprocess, requests, json\ndef g():\n    yield os.path.join\n    yield subprocess.PIPE\n    s = requests.Session\n    c = s()\n    yield c\n    yield json\n' };
    expect(await scan(files)).toEqual(["a.py:6:9-6:10 scan/network-call"]);
  });
});

describe("scan/shell-command (Python): names a `match` pattern captures", () => {
  test("a mapping, sequence and class pattern's capture of a subject written in place or held, nested, several subjects, a group and an alternative", async () => {
    const text = [
      "import os",
      'match {"f": os.system}:',
      '    case {"f": f}:',
      '        f("a")',
      "def one():",
      "    match [print, os.popen]:",
      "        case [_, g]:",
      '            g("b")',
      "def two():",
      "    match os:",
      "        case object(system=h):",
      '            h("c")',
      "def three():",
      '    match [1, {"k": (os.system,)}]:',
      '        case [_, {"k": (i,)}]:',
      '            i("d")',
      "def four():",
      "    match 1, os.system:",
      "        case (_, (j)) | [j, _]:",
      '            j("e")',
      "",
    ].join("\n");
    expect(await scan({ "a.py": text })).toEqual(["a.py:12:13-12:14 scan/shell-command", "a.py:16:13-16:14 scan/shell-command", "a.py:20:13-20:14 scan/shell-command", "a.py:4:9-4:10 scan/shell-command", "a.py:8:13-8:14 scan/shell-command"]);
  });

  test("clean: a capture of an entry, element or member not watched, a value pattern, and a subject not watched", async () => {
    const text = [
      "import os",
      'match {"f": os.system, "g": print}:',
      '    case {"g": f}:',
      '        f("a")',
      "def one():",
      "    match [os.system, print]:",
      "        case [_, g]:",
      '            g("b")',
      "        case os.system:",
      "            pass",
      "def two():",
      "    match os:",
      "        case object(getcwd=h):",
      "            h()",
      "    match settings:",
      "        case {\"run\": k}:",
      '            k("c")',
      "",
    ].join("\n");
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): a watched value stored in the builtins", () => {
  test("reported where stored (`builtins.zz = os.system`, `__builtins__[\"zz\"] = …`, `vars(builtins)`, an alias, `setattr`, a module as any member); the bare name elsewhere is no finding of its own", async () => {
    const files = {
      "a.py": 'import os, builtins, subprocess\nimport builtins as b\nbuiltins.zz = os.system\n__builtins__["zy"] = subprocess.run\nbuiltins.__dict__["zx"] = os.popen\nb.mods = os\nzz("a")\nsetattr(builtins, "zw", subprocess)\n',
      "b.py": 'zz("b")\n',
    };
    expect(await scan(files)).toEqual(["a.py:3:15-3:24 scan/shell-command", "a.py:4:22-4:36 scan/shell-command", "a.py:5:27-5:35 scan/shell-command", "a.py:6:10-6:12 scan/shell-command", "a.py:8:25-8:35 scan/shell-command"]);
  });

  test("clean: a function not watched or a constant stored in the builtins", async () => {
    const files = { "a.py": 'import os, builtins, subprocess, json\nbuiltins._ = print\nbuiltins.pipe = subprocess.PIPE\nbuiltins.join = os.path.join\n' };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): a watched value stored in an imported module or in sys.modules", () => {
  // Every module importing `json` (another file's too) reads `json.dumps`; every `import textfmt` finds `sys.modules["textfmt"]`.
  test("reported where stored (`json.dumps = os.system` read by another file, a watched module's attribute, an alias, `from os import path`, `sys.modules[…] = os`, `.update`, `.setdefault`)", async () => {
    const files = {
      "setup_env.py": "import json, os\njson.dumps = os.system\n",
      "agent.py": "import setup_env, json\njson.dumps('touch x')\n",
      "b.py": "import os, subprocess, json as j\nfrom os import path\nos.getcwd = subprocess.run\nj.decoder.x = os.popen\npath.join = os.system\n",
      "c.py": "import os, sys\nimport sys as s\nsys.modules['textfmt'] = os\ns.modules.update({'t2': os.system}, t3=os)\nsys.modules.setdefault('t4', os)\n",
    };
    expect(await scan(files)).toEqual(["b.py:3:13-3:27 scan/shell-command", "b.py:4:15-4:23 scan/shell-command", "b.py:5:13-5:22 scan/shell-command", "c.py:3:26-3:28 scan/shell-command", "c.py:4:25-4:34 scan/shell-command", "c.py:4:40-4:42 scan/shell-command", "c.py:5:30-5:32 scan/shell-command", "setup_env.py:2:14-2:23 scan/shell-command"]);
    const [finding] = await scanSource("setup_env.py", files["setup_env.py"], { config: scanConfig() });
    expect(finding!.message).toContain("It is stored in `json.dumps`, an attribute of the module json, which every module importing it reads (another file's too).");
    const [table] = await scanSource("c.py", "import os, sys\nsys.modules['textfmt'] = os\n", { config: scanConfig() });
    expect(table!.message).toContain("It is stored in `sys.modules['textfmt']`, the table of loaded modules, where an `import` of that name (another file's too) finds it.");
  });

  test("clean: a function of the file or a constant stored in a module, a module not watched in sys.modules, a subscript of an imported class, a local dict", async () => {
    const files = { "a.py": "import json, sys, os, types, subprocess\nfrom collections import OrderedDict\ndef my_dumps(o):\n    return str(o)\njson.dumps = my_dumps\nos.environ['X'] = '1'\nsubprocess.PIPE_X = subprocess.PIPE\nmy_module = types.ModuleType('x')\nsys.modules['x'] = my_module\nsys.modules.update({'y': json})\nOrderedDict['k'] = os.system\nd = {}\nd['k'] = os.system\n" };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): `functools.reduce` given `getattr`", () => {
  test("`functools.reduce(getattr, [\"system\"], os)`, `reduce(getattr, [os, \"popen\"])`, names not written out (any member)", async () => {
    const text = 'import os, functools\nfrom functools import reduce\nfunctools.reduce(getattr, ["system"], os)("a")\nreduce(getattr, [os, "popen"])("b")\nreduce(getattr, names, os)("c")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:3:1-3:42 scan/shell-command", "a.py:4:1-4:31 scan/shell-command", "a.py:5:1-5:27 scan/shell-command"]);
  });

  test("clean: a member not watched, another function reduced, an own `reduce`", async () => {
    const text = 'import os, json, functools, operator\nfunctools.reduce(getattr, ["getcwd"], os)()\nfunctools.reduce(operator.add, [1, 2])\ndef f(reduce):\n    reduce(getattr, ["dumps"], json)("c")\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): an attribute hook (`__getattr__`) returning a watched value", () => {
  test("a module's `__getattr__` (PEP 562) and a class's, reported where they return it; a return of a function nested in the hook is its own", async () => {
    const files = {
      "mod.py": "import os\ndef __getattr__(n):\n    return getattr(os, n)\n",
      "cls.py": "import os, subprocess\nclass P:\n    def __getattr__(self, n):\n        if n == 'x':\n            return subprocess.run\n        def inner():\n            return os.system\n        return inner\n",
      "a.py": 'import mod\nmod.system("a")\n',
    };
    expect(await scan(files)).toEqual(["cls.py:5:20-5:34 scan/shell-command", "mod.py:3:12-3:26 scan/shell-command"]);
  });

  test("special methods Python calls itself (`__getitem__`, `__missing__`, a descriptor's `__get__`, `__class_getitem__`, `__enter__`, `__call__`, an operator's `__add__`), reported where they return it, with the method named", async () => {
    const text = [
      "import os, subprocess",
      "class R:",
      "    def __getitem__(self, k):",
      "        return os.system",
      "class D(dict):",
      "    def __missing__(self, k):",
      "        return subprocess.getoutput",
      "class G:",
      "    def __get__(self, obj, typ=None):",
      "        return os.system",
      "class M:",
      "    def __class_getitem__(cls, k):",
      "        return os.popen",
      "class C:",
      "    def __enter__(self):",
      "        return subprocess.run",
      "    def __call__(self):",
      "        return os.execv",
      "    def __add__(self, other):",
      "        return os.system",
      "",
    ].join("\n");
    expect(await scan({ "a.py": text })).toEqual(["a.py:10:16-10:25 scan/shell-command", "a.py:13:16-13:24 scan/shell-command", "a.py:16:16-16:30 scan/shell-command", "a.py:18:16-18:24 scan/shell-command", "a.py:20:16-20:25 scan/shell-command", "a.py:4:16-4:25 scan/shell-command", "a.py:7:16-7:36 scan/shell-command"]);
    const [finding] = await scanSource("a.py", text, { config: scanConfig({}) });
    expect(finding!.message).toContain("It is returned by the special method `__getitem__`, which Python calls itself");
  });

  test("clean: special methods whose value Python throws away or checks for a type (`__init__`, `__setitem__`, `__exit__`, `__str__`, `__len__`, `__bool__`), and a method named like one without its dunders", async () => {
    const text = "import os\nclass K:\n    def __init__(self):\n        return os.system\n    def __setitem__(self, k, v):\n        return os.system\n    def __exit__(self, *a):\n        return os.system\n    def __str__(self):\n        return os.system\n    def __len__(self):\n        return os.system\n    def __bool__(self):\n        return os.system\n    def getitem(self, k):\n        return os\n";
    expect(await scan({ "a.py": text })).toEqual([]);
  });

  test("clean: a hook returning a member of another module or of itself", async () => {
    const files = { "mod.py": "import os, json\ndef __getattr__(n):\n    return getattr(json, n)\nclass P:\n    def __getattr__(self, n):\n        return self.__dict__[n]\n" };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/dynamic-code (Python): `object.__subclasses__()` lists every class loaded (a sandbox escape)", () => {
  test("`object.__subclasses__()`, `().__class__.__base__.__subclasses__()`, `\"\".__class__.__mro__[-1].__subclasses__()`, in a file with no import", async () => {
    const text = '[c for c in object.__subclasses__() if c.__name__ == "Popen"][0]("a", shell=True)\n().__class__.__base__.__subclasses__()\n"".__class__.__mro__[-1].__subclasses__()\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:1:13-1:34 scan/dynamic-code", "a.py:2:1-2:37 scan/dynamic-code", "a.py:3:1-3:40 scan/dynamic-code"]);
  });

  test("clean: a class's own subclasses, and a parameter named `object`", async () => {
    const text = "class Plugin: pass\nfor cls in Plugin.__subclasses__():\n    cls()\ndef f(object):\n    return object.__subclasses__()\n";
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): a watched function handed over inside a comprehension, slice, parentheses or conditional", () => {
  test("`dict([p for p in [(\"r\", os.system)]])`, `dict([(\"r\", os.system)][:])`, a generator argument (and its loop's name in it), `(os.system)`, `a if c else os.popen`, `f or subprocess.run`", async () => {
    const text = 'import os, subprocess\ndict([p for p in [("r", os.system)]])\ndict([("r", os.system)][:])\ndict((k, v) for k, v in [("r", os.popen)])\ndict([("r", (os.system))])\ndict([("r", a if c else os.popen)])\ngo(f or subprocess.run)\n';
    expect(await scan({ "a.py": text })).toEqual([
      "a.py:2:25-2:34 scan/shell-command",
      "a.py:3:13-3:22 scan/shell-command",
      "a.py:4:10-4:11 scan/shell-command",
      "a.py:4:32-4:40 scan/shell-command",
      "a.py:5:14-5:23 scan/shell-command",
      "a.py:6:25-6:33 scan/shell-command",
      "a.py:7:9-7:23 scan/shell-command",
    ]);
  });

  test("clean: the same forms over functions not watched, and a watched function kept in an assignment", async () => {
    const text = 'import os, subprocess\ndict([p for p in [("r", os.path.join)]])\ndict([("r", print)][:])\ngo(f or subprocess.PIPE)\nx = [("r", os.system)][:]\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): two namespaces spread into one dict, a list's `.pop()`", () => {
  test("`{**vars(os), **vars(socket)}[\"system\"]` (either order), `[os.system].pop()`, a held list's `.pop()`", async () => {
    const text = 'import os, socket\n{**vars(os), **vars(socket)}["system"]("a")\n{**vars(socket), **vars(os)}["system"]("b")\n[os.system].pop()("c")\nl = [print, os.popen]\nl.pop()("d")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:2:1-2:39 scan/shell-command", "a.py:3:1-3:39 scan/shell-command", "a.py:4:1-4:18 scan/shell-command", "a.py:6:1-6:8 scan/shell-command"]);
  });

  test("clean: a member neither namespace's rules watch, a list's last element not watched", async () => {
    const text = 'import os, socket, json\n{**vars(os), **vars(json)}["getcwd"]()\n[os.system, print].pop()("b")\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): `and` gives its right operand when the left is truthy (every watched value is)", () => {
  test("`True and os.system`, `flag and os.popen`, `(os and os.system)(…)`, `a and b and os.system`", async () => {
    const text = 'import os\nx = True and os.system\nx("a")\ny = flag and os.popen\ny("b")\n(os and os.system)("c")\nz = a and b and os.system\nz("d")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:3:1-3:2 scan/shell-command", "a.py:5:1-5:2 scan/shell-command", "a.py:6:2-6:18 scan/shell-command", "a.py:8:1-8:2 scan/shell-command"]);
  });

  test("clean: `True and os.path.join`, and a watched value on the left (`os.system and print` is print)", async () => {
    const text = 'import os\nx = True and os.path.join\nx("a")\ny = os.system and print\ny("b")\n(os.popen and len)("c")\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): a starred target unpacked holds the list of the values it takes", () => {
  test("`a, *rest = [1, os.system]`, `b, *more = os.system, os.popen` (both parts), a star first, in the middle, in a function", async () => {
    const text = 'import os\na, *rest = [1, os.system]\nrest[0]("a")\nb, *more = os.system, os.popen\nb("b")\nmore[0]("c")\n*init, last = os.popen, print\ninit[0]("d")\nc, *mid, d = 1, os.system, 2\nmid[0]("e")\ndef f():\n    first, *others = print, os.system\n    others[0]("f")\n';
    expect(await scan({ "a.py": text })).toEqual([
      "a.py:13:5-13:14 scan/shell-command",
      "a.py:3:1-3:8 scan/shell-command",
      "a.py:5:1-5:2 scan/shell-command",
      "a.py:6:1-6:8 scan/shell-command",
      "a.py:8:1-8:8 scan/shell-command",
      "a.py:10:1-10:7 scan/shell-command",
    ].sort());
  });

  test("clean: a starred part holding only values not watched (the watched ones went to the other targets), and an element past its end", async () => {
    const text = 'import os\na, *rest = [os.system, 1, 2]\nrest[0]("a")\nrest[1]("b")\n*init, last = 1, os.system\ninit[0]("c")\nc, *mid, d = os.system, print, os.popen\nmid[0]("d")\ne, *f = [os.system]\nf[0]("e")\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): a value written after a splat among the values (`*x, os.system`)", () => {
  test("unpacked (`a, b = *x, os.system`, `*p, q = *y, os.system` in a function), a loop over a list with a splat, and an index counted from the end past it", async () => {
    const text = 'import os\nx = [print]\na, b = *x, os.system\nb("a")\nfor g in [*x, os.popen]:\n    g("b")\n[*x, os.system][-1]("c")\ndef f(y):\n    *p, q = *y, os.system\n    q("d")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:10:5-10:6 scan/shell-command", "a.py:4:1-4:2 scan/shell-command", "a.py:6:5-6:6 scan/shell-command", "a.py:7:1-7:20 scan/shell-command"]);
  });

  test("clean: values not watched after the splat, an index from the end past the watched one, a target before a splat that follows the watched value", async () => {
    const text = 'import os\ndef f(x):\n    a, b = *x, print\n    b("a")\n    for g in [*x, print]:\n        g("b")\n    [*x, os.system, print][-1]("c")\n    c, d = os.system, *x\n    d("d")\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): a class attribute set from outside the class body (`A.run = os.system`)", () => {
  test("`A.run(…)`, `A().run(…)`, and in its method `self.run(…)`, `type(self).run(…)`, as of an attribute set in the body", async () => {
    const text = 'import os\nclass A:\n    def go(self):\n        self.run("c")\n        type(self).run("d")\nA.run = os.system\nA.run("a")\nA().run("b")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:4:9-4:17 scan/shell-command", "a.py:5:9-5:23 scan/shell-command", "a.py:7:1-7:6 scan/shell-command", "a.py:8:1-8:8 scan/shell-command"]);
  });

  test("clean: a function not watched set so, and a parameter named as the class given the attribute (its instances and methods; the store is the caller's object's, reported there)", async () => {
    const files = {
      "a.py": 'import os\nclass A:\n    def go(self):\n        self.run("c")\nA.run = print\nA.run("a")\nA().run("b")\n',
      "b.py": 'import os\nclass A:\n    def go(self):\n        self.run("c")\ndef f(A):\n    A.run = os.system\nA().run("d")\n',
    };
    expect(await scan(files)).toEqual(["b.py:6:13-6:22 scan/shell-command"]);
  });
});

describe("scan/shell-command (Python): nested patterns unpacked, in assignments and loops, and a name holding a literal unpacked", () => {
  test("`(a, b), c = (os.system, 1), 2`, `[x, [y, z]] = …`, `for p, q in [(os.system, 1)]`, `for (m, n), o in …`, `(e, *g), h = …`, `for k, v in {…}.items()`, `i, j = pair`", async () => {
    const text = 'import os\n(a, b), c = (os.system, 1), 2\na("a")\n[x, [y, z]] = [1, [2, os.popen]]\nz("b")\nfor p, q in [(os.system, 1)]:\n    p("c")\nfor (m, n), o in [((1, os.popen), 2)]:\n    n("d")\n(e, *g), h = (1, os.system), 3\ng[0]("e")\nfor k, v in {"r": os.system}.items():\n    v("f")\npair = (print, os.popen)\ni, j = pair\nj("g")\n';
    expect(await scan({ "a.py": text })).toEqual([
      "a.py:3:1-3:2 scan/shell-command",
      "a.py:5:1-5:2 scan/shell-command",
      "a.py:7:5-7:6 scan/shell-command",
      "a.py:9:5-9:6 scan/shell-command",
      "a.py:11:1-11:5 scan/shell-command",
      "a.py:13:5-13:6 scan/shell-command",
      "a.py:16:1-16:2 scan/shell-command",
    ].sort());
  });

  test("clean: the targets given values not watched, a dict's keys (`for k, v in ….items()`'s k, a loop over the dict itself)", async () => {
    const text = 'import os\n(a, b), c = (os.system, 1), 2\nb("a")\nc("b")\nfor p, q in [(os.system, 1)]:\n    q("c")\nfor k, v in {"r": os.system}.items():\n    k("d")\npair = (print, os.popen)\ni, j = pair\ni("e")\nfor w in {"r": os.system}:\n    w("f")\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): a loop over a set, or over a name holding a set, list or tuple", () => {
  test("`s = {os.system}; for g in s`, `for h in {os.popen}`, a list and a tuple held by a name (a function's too), a set's `.pop()`", async () => {
    const text = 'import os\ns = {os.system}\nfor g in s:\n    g("a")\nfor h in {os.popen}:\n    h("b")\nt = [print, os.system]\nfor i in t:\n    i("c")\ndef f():\n    u = (os.popen,)\n    for j in u:\n        j("d")\ns.pop()("e")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:13:9-13:10 scan/shell-command", "a.py:14:1-14:8 scan/shell-command", "a.py:4:5-4:6 scan/shell-command", "a.py:6:5-6:6 scan/shell-command", "a.py:9:5-9:6 scan/shell-command"]);
  });

  test("clean: a set of functions not watched, a loop over a dict (its keys), over a parameter", async () => {
    const text = 'import os\ns = {os.path.join}\nfor g in s:\n    g("a")\nfor h in {print, len}:\n    h("b")\nd = {"r": os.system}\nfor k in d:\n    k("c")\ndef f(t):\n    for j in t:\n        j("d")\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): comprehensions over a literal holding a watched value", () => {
  test("a list, set, dict comprehension and a generator over one, read by index, key, `.pop()` or a loop; nested clauses; `next(…)` of a generator (its first element)", async () => {
    const text = 'import os\nf = [x for x in [os.system]][0]\nf("a")\ng = {x for x in (os.popen,)}.pop()\ng("b")\n{k: v for k, v in {"r": os.system}.items()}["r"]("c")\nh = [y for y in {os.system}]\nh[0]("d")\nfor i in (x for x in [os.popen]):\n    i("e")\n[x for row in [[os.system]] for x in row][0]("f")\nnext(x for x in [os.system])("g")\n';
    expect(await scan({ "a.py": text })).toEqual([
      "a.py:3:1-3:2 scan/shell-command",
      "a.py:5:1-5:2 scan/shell-command",
      "a.py:6:1-6:49 scan/shell-command",
      "a.py:8:1-8:5 scan/shell-command",
      "a.py:10:5-10:6 scan/shell-command",
      "a.py:11:1-11:45 scan/shell-command",
      "a.py:12:1-12:29 scan/shell-command",
    ].sort());
  });

  test("clean: an element transformed into something not watched (`[str(x) for x in [os.system]]`), a comprehension over functions not watched, a dict comprehension's keys", async () => {
    const text = 'import os\nf = [str(x) for x in [os.system]][0]\nf("a")\ng = [x for x in [os.path.join]][0]\ng("b")\nd = {k: repr(v) for k, v in {"r": os.system}.items()}\nd["r"]("c")\ne = {v: k for k, v in {"r": os.system}.items()}\ne["r"]("d")\nfor i in [x.__name__ for x in [os.system]]:\n    i("e")\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): a tuple written without parentheses, a dict's `.values()` and a module's namespace read by a loop", () => {
  test("`t = 1, os.system` … `t[1](…)`, `for f in {…}.values()`, `for k, v in vars(os).items()` (any member of os)", async () => {
    const text = 'import os\nt = 1, os.system\nt[1]("a")\nfor f in {"r": os.popen}.values():\n    f("b")\nfor k, v in vars(os).items():\n    if k == "system":\n        v("c")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:3:1-3:5 scan/shell-command", "a.py:5:5-5:6 scan/shell-command", "a.py:8:9-8:10 scan/shell-command"]);
  });

  test("clean: the tuple's other element, a dict's keys, and the namespace of a module not watched", async () => {
    const text = 'import os, json\nt = 1, os.system\nt[0]("a")\nfor f in {"r": os.popen}.keys():\n    f("b")\nfor k, v in vars(json).items():\n    v("c")\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command, scan/network-call (Python): a watched module reached as an attribute of another module (a module's imports are its attributes)", () => {
  test("`shutil.os`, `tempfile._os`, `path.os` of `from os import path`, `os.path.os`, `webbrowser.subprocess`, `be.subprocess`, `aps.subprocess`, `http.client.socket`, `lh.socket`, and one held by a name", async () => {
    const text = [
      "import shutil, tempfile, webbrowser, os.path, http.client",
      "from os import path",
      "import asyncio.base_events as be, asyncio.subprocess as aps, logging.handlers as lh",
      'shutil.os.system("a")',
      'tempfile._os.system("b")',
      'path.os.system("c")',
      'os.path.os.system("d")',
      'webbrowser.subprocess.run(["e"])',
      'be.subprocess.run(["f"])',
      'aps.subprocess.run(["g"])',
      "http.client.socket.create_connection((h, 1))",
      "lh.socket.create_connection((h, 2))",
      "m = shutil.os",
      'm.system("i")',
      "",
    ].join("\n");
    expect(await scan({ "a.py": text })).toEqual([
      "a.py:10:1-10:19 scan/shell-command",
      "a.py:11:1-11:37 scan/network-call",
      "a.py:12:1-12:28 scan/network-call",
      "a.py:14:1-14:9 scan/shell-command",
      "a.py:4:1-4:17 scan/shell-command",
      "a.py:5:1-5:20 scan/shell-command",
      "a.py:6:1-6:15 scan/shell-command",
      "a.py:7:1-7:18 scan/shell-command",
      "a.py:8:1-8:26 scan/shell-command",
      "a.py:9:1-9:18 scan/shell-command",
    ]);
  });

  test("a watched import wins over one not watched binding the same name (`try: import httplib` … `except: import http.client as httplib`), or named as a watched module (`from compat import importlib`)", async () => {
    const text = ["try:", "    import httplib", "except ImportError:", "    import http.client as httplib", "from compat import importlib", "import shutil", "httplib.HTTPSConnection(h)", 'shutil.os.system("a")', "importlib.import_module(name)", ""].join("\n");
    expect(await scan({ "a.py": text })).toEqual(["a.py:7:1-7:24 scan/network-call", "a.py:8:1-8:17 scan/shell-command", "a.py:9:1-9:24 scan/dynamic-code"]);
  });

  test("a project module's import reached through it (`mylib.os` of mylib.py's `import os`)", async () => {
    expect(await scan({ "mylib.py": "import os\n", "a.py": 'import mylib\nmylib.os.system("a")\n' })).toEqual(["a.py:2:1-2:16 scan/shell-command"]);
  });

  test("clean: an attribute named like a module on objects not modules (`self.os`, `config.socket`, `args.subprocess`), a watched module's own member of its name (`socket.socket`), a member the table lists (`asyncio.subprocess.PIPE`), a module's attribute not watched, a package's own module named as a watched one (`pkg.utils.subprocess`), and a class's attribute (`Protocol.requests`)", async () => {
    const text = [
      "import shutil, socket, asyncio",
      "class A:",
      "    def go(self, config, args):",
      '        self.os.system("a")',
      "        config.socket.create_connection((h, 1))",
      '        args.subprocess.run(["b"])',
      "s = socket.socket",
      "asyncio.subprocess.PIPE",
      'shutil.which("c")',
      "shutil.osx.system('d')",
      "from pkg.utils.subprocess import call_subprocess",
      "from twisted.internet.protocol import Protocol",
      'call_subprocess(["e"])',
      "Protocol.requests.pop()",
      "class Stub(Protocol): pass",
      "Stub().requests.pop()",
      "",
    ].join("\n");
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): a watched value in an Enum member's value", () => {
  // Enum makes each class-level value a member; `Tool.SHELL.value`, `Tool["SHELL"].value` or a loop over the class reads it.
  test("reported where written (`SHELL = (os.system,)`, the function itself, an IntEnum's, a module as any member), the member's reads no finding of their own", async () => {
    const text = 'import os, enum, subprocess\nfrom enum import IntEnum\nclass Tool(enum.Enum):\n    SHELL = (os.system,)\n    RUN = subprocess.run\nclass N(IntEnum, metaclass=M):\n    A = {"m": os}\nTool.SHELL.value[0]("a")\nTool["RUN"].value("b")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:4:14-4:23 scan/shell-command", "a.py:5:11-5:25 scan/shell-command", "a.py:7:15-7:17 scan/shell-command"]);
  });

  test("clean: an Enum of plain values or of functions not watched, a watched module's constant, a call's result, a class not an Enum", async () => {
    const text = 'import os, enum, subprocess\nclass Color(enum.Enum):\n    RED = 1\n    JOIN = (os.path.join,)\n    PIPE = subprocess.PIPE\n    CWD = os.getcwd()\nclass Plain:\n    SHELL = (os.system,)\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command (Python): a class statement's keyword arguments (red team 7, atk7py)", () => {
  test("`class Shell(Tool, runner=os.system)`: the base's `__init_subclass__` (or the metaclass) gets it; `metaclass=`, a lambda returning one, and another file's base", async () => {
    const files = {
      "a.py": "import os, subprocess\nclass Tool:\n    def __init_subclass__(cls, runner=None, **kw):\n        cls.runner = staticmethod(runner)\nclass Shell(Tool, runner=os.system):\n    pass\nclass Popen(Tool, runner=lambda: subprocess.Popen): pass\nclass Meta(metaclass=subprocess.run): pass\n",
      "b.py": "import subprocess\nfrom a import Tool\nclass Run(Tool, runner=subprocess.check_call): pass\n",
    };
    expect(await scan(files)).toEqual(["a.py:5:26-5:35 scan/shell-command", "a.py:7:34-7:50 scan/shell-command", "a.py:8:22-8:36 scan/shell-command", "b.py:3:24-3:45 scan/shell-command"]);
  });

  test("the finding says where the value goes", async () => {
    const findings = await scanSource("a.py", "import os\nclass Shell(Tool, runner=os.system): pass\n");
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([["scan/shell-command", 2, 26]]);
    expect(findings[0]!.message).toContain("It is a keyword argument of the class statement `class Shell`: the base class's `__init_subclass__` and the metaclass get it.");
  });

  test("clean: keywords that are no watched function (a flag, a function not watched, a watched module, a metaclass of the file), and watched bases (reported where made)", async () => {
    const files = { "a.py": "import os, abc, subprocess\nclass Model(Base, frozen=True, runner=os.path.join): pass\nclass K(Base, metaclass=abc.ABCMeta, mod=os): pass\nclass P(subprocess.Popen, flag=print): pass\n" };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): a container's element handed over as it is read (red team 7, atk7py)", () => {
  test("a subscript, `.get(k)`, `.values()`, a splat of a container holding watched functions, and a container another file offers handed over whole", async () => {
    const files = {
      "a.py": 'import subprocess, atexit\nfrom concurrent.futures import ThreadPoolExecutor\nTOOLS = {"shell": subprocess.run}\nHOOKS = [subprocess.check_call]\natexit.register(TOOLS["shell"], ["ls"])\nThreadPoolExecutor().submit(TOOLS.get("shell"), "ls")\nAgent(tools=list(TOOLS.values()))\natexit.register(*HOOKS)\n',
      "b.py": "from a import TOOLS\nimport a\nAgent(TOOLS)\nAgent(tools=list(a.TOOLS.values()))\nAgent(**a.TOOLS)\n",
    };
    expect(await scan(files)).toEqual(["a.py:5:17-5:31 scan/shell-command", "a.py:6:29-6:47 scan/shell-command", "a.py:7:18-7:32 scan/shell-command", "a.py:8:18-8:23 scan/shell-command", "b.py:3:7-3:12 scan/shell-command", "b.py:4:18-4:34 scan/shell-command", "b.py:5:9-5:16 scan/shell-command"]);
  });

  test("clean: a key naming nothing watched, a container of constants (here and offered by another file), a mapping not followed, a module's function's call", async () => {
    const files = {
      "c.py": 'import os, subprocess\nTOOLS = {"shell": subprocess.run, "fmt": str.upper}\nCONSTS = {"pipe": subprocess.PIPE}\nuse(TOOLS["fmt"])\nuse(TOOLS.get("other"))\nuse(CONSTS.values())\nuse(os.environ["HOME"])\nuse(d.get("k"))\nuse(os.path.join("a", "b"))\n',
      "d.py": "from c import CONSTS\nuse(CONSTS)\nuse(CONSTS.values())\n",
    };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): a `match` sequence pattern's star capture (red team 7, atk7py)", () => {
  test("`case [_, *fs]:` … `fs[0](…)`: the rest of the subject, whose indices the pattern does not fix (a list, a tuple, a bare sequence)", async () => {
    const files = { "a.py": 'import subprocess\nmatch [print, subprocess.run]:\n    case [_, *fs]:\n        fs[0]("a")\nmatch (subprocess.check_call, print):\n    case (*fs, _):\n        fs[0]("b")\nmatch [print, subprocess.getoutput]:\n    case _, *rest:\n        rest[0]("c")\n' };
    expect(await scan(files)).toEqual(["a.py:10:9-10:16 scan/shell-command", "a.py:4:9-4:14 scan/shell-command", "a.py:7:9-7:14 scan/shell-command"]);
  });

  test("clean: a star capture of a subject holding no watched function", async () => {
    const files = { "b.py": 'import subprocess\nmatch [print, subprocess.PIPE]:\n    case [_, *fs]:\n        fs[0]("a")\nmatch [print, str.upper]:\n    case [*fs]:\n        fs[1]("b")\n' };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): a container filled by stores or offered by another file, read by a key not fixed or iterated (red team 7, atk7py)", () => {
  test("`TOOLS = {}; TOOLS[\"shell\"] = subprocess.run` then `TOOLS[name](…)`, `TOOLS.get(name)(…)`, a loop over `TOOLS.values()`; another file's `TOOLS.values()`/`.items()` iterated", async () => {
    const files = {
      "a.py": 'import subprocess\nTOOLS = {}\nTOOLS["shell"] = subprocess.run\nTOOLS[name](["a"])\nTOOLS.get(name)(["b"])\nfor t in TOOLS.values():\n    t(["c"])\n',
      "b.py": 'import subprocess\nTOOLS = {"shell": subprocess.run}\n',
      "c.py": 'from b import TOOLS\nimport b\nfor t in TOOLS.values():\n    t(["d"])\nfor k, t in b.TOOLS.items():\n    t(["e"])\n',
    };
    expect(await scan(files)).toEqual(["a.py:4:1-4:12 scan/shell-command", "a.py:5:1-5:16 scan/shell-command", "a.py:7:5-7:6 scan/shell-command", "c.py:4:5-4:6 scan/shell-command", "c.py:6:5-6:6 scan/shell-command"]);
  });

  test("clean: stores of functions not watched and of a watched module's constant, read by any key or iterated", async () => {
    const files = { "a.py": 'import subprocess\nT = {}\nT["fmt"] = str.upper\nT["pipe"] = subprocess.PIPE\nT[k]("x")\nfor f in T.values():\n    f("y")\n', "b.py": 'from a import T\nfor f in T.values():\n    f("z")\n' };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): a watched function stored in a container another module holds (red team 7, atk7py)", () => {
  test("`TOOLS[\"sh\"] = subprocess.run` of `from registry import TOOLS`, `registry.tools[\"run\"] = …`: reported where stored (the registry's code reads it)", async () => {
    const files = { "a.py": 'import subprocess\nfrom registry import TOOLS\nimport registry\nTOOLS["sh"] = subprocess.run\nregistry.tools["run"] = subprocess.check_call\n' };
    expect(await scan(files)).toEqual(["a.py:4:15-4:29 scan/shell-command", "a.py:5:25-5:46 scan/shell-command"]);
    const [finding] = await scanSource("a.py", files["a.py"]);
    expect(finding!.message).toContain("It is stored in `TOOLS[\"sh\"]`, an entry of `registry.TOOLS`, a container the module registry holds, which every module importing it reads (another file's too).");
  });

  test("clean: values not watched stored there, an environment variable, and the file's own container (followed where read)", async () => {
    const files = { "b.py": 'import os, subprocess\nfrom registry import TOOLS\nimport registry\nTOOLS["fmt"] = str.upper\nregistry.tools["pipe"] = subprocess.PIPE\nos.environ["PATH"] = "/bin"\nLOCAL = {}\nLOCAL["sh"] = subprocess.run\n' };
    expect(await scan(files)).toEqual([]);
  });
});

describe("scan/shell-command (Python): a container another module holds, extended or replaced in place (red team 7, atk7py)", () => {
  test("`HOOKS += [subprocess.run]`, `TOOLS |= {…}` of `from registry import HOOKS, TOOLS`, `registry.HOOKS[:] = […]`: reported where stored", async () => {
    const files = { "a.py": 'import subprocess\nfrom registry import HOOKS, TOOLS\nimport registry\nHOOKS += [subprocess.run]\nTOOLS |= {"sh": subprocess.check_call}\nregistry.HOOKS[:] = [subprocess.getoutput]\n' };
    expect(await scan(files)).toEqual(["a.py:4:10-4:26 scan/shell-command", "a.py:5:10-5:39 scan/shell-command", "a.py:6:21-6:43 scan/shell-command"]);
    const [finding] = await scanSource("a.py", files["a.py"]);
    expect(finding!.message).toContain("It is added to `HOOKS`, a container the module registry holds (`registry.HOOKS`), which every module importing it reads (another file's too).");
  });

  test("clean: values not watched added, the file's own list extended (followed where read), a class's name", async () => {
    const files = { "b.py": 'import subprocess\nfrom registry import HOOKS, Tools\nHOOKS += [str.upper, subprocess.PIPE]\nLOCAL = []\nLOCAL += [subprocess.run]\nTools |= {"sh": print}\n' };
    expect(await scan(files)).toEqual([]);
  });
});
