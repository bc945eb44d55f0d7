// The twelfth attack round in core/scan (Python; each form ran its command under CPython 3.11 and the scan passed it
// before): a dict's entry read by `popitem()` or through a list spread from its view, a watched module read from another
// module's namespace dict, `typing.cast`'s value, a `sys.modules` key chosen by `and`/`or` between constants, the
// first value of a generator expression (`next(…)`), a field's default factory, getattr applied by `map`/`starmap`/a lambda.
// Each look-alike stays clean.
import { describe, expect, test } from "vitest";
import { found } from "./helpers";

describe("a dict's entries read by `popitem()` and by a list spread from its view", () => {
  test("scan/shell-command: `TOOLS.popitem()[1](c)` (the last pair's value), `[*TOOLS.values()][0](c)`, `[*TOOLS.items()][0][1](c)`", async () => {
    const text = 'import os\nTOOLS = {"sh": os.system}\nTOOLS.popitem()[1]("id")\n[*TOOLS.values()][0]("id")\n[*TOOLS.items()][0][1]("id")\n';
    expect(await found("main.py", text)).toEqual(["scan/shell-command 3:1-3:19", "scan/shell-command 4:1-4:21", "scan/shell-command 5:1-5:23"]);
  });

  test("clean: the pair's key called (`TOOLS.popitem()[0](c)`), a harmless dict's `popitem()` and spread values", async () => {
    const text = 'import os\nTOOLS = {"sh": os.system}\nTOOLS.popitem()[0]("id")\nSAFE = {"p": print}\nSAFE.popitem()[1]("id")\n[*SAFE.values()][0]("id")\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});

describe("a watched module read from another module's namespace dict (`posixpath.__dict__[\"os\"]`, as `posixpath.os` is read)", () => {
  test("scan/shell-command: `posixpath.__dict__[\"os\"].system(c)`, `vars(shutil)[\"os\"].system(c)`, `logging.__dict__.get(\"os\").system(c)`", async () => {
    const text = 'import posixpath, shutil, logging\nposixpath.__dict__["os"].system("id")\nvars(shutil)["os"].system("id")\nlogging.__dict__.get("os").system("id")\n';
    expect(await found("main.py", text)).toEqual(["scan/shell-command 2:1-2:32", "scan/shell-command 3:1-3:26", "scan/shell-command 4:1-4:34"]);
  });

  test("clean: a harmless member of the namespace (`posixpath.__dict__[\"join\"](a, b)`, `vars(shutil)[\"os\"].getcwd()`)", async () => {
    const text = 'import posixpath, shutil\nposixpath.__dict__["join"]("a", "b")\nvars(shutil)["os"].getcwd()\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});

describe("`typing.cast(T, x)` returns x", () => {
  test("scan/shell-command: `typing.cast(Any, os).system(c)`, `cast(\"Any\", subprocess.run)(c)` of `from typing import cast`", async () => {
    const text = 'import os, subprocess, typing\nfrom typing import cast\ntyping.cast(typing.Any, os).system("id")\ncast("Any", subprocess.run)(["id"])\n';
    expect(await found("main.py", text)).toEqual(["scan/shell-command 3:1-3:35", "scan/shell-command 4:1-4:28"]);
  });

  test("clean: a harmless value cast (`typing.cast(Any, json).dumps(x)`), a watched class as the type (`typing.cast(subprocess.Popen, p).wait()`), and a project's own `cast` returning its first argument", async () => {
    const text = 'import json, subprocess, typing\ntyping.cast(typing.Any, json).dumps(1)\np = None\ntyping.cast(subprocess.Popen, p).wait()\ndef cast(t, v):\n    return t\ncast(print, json)("id")\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});

describe("a `sys.modules` key chosen by `and`/`or` between constants: either may be the one read", () => {
  test("scan/shell-command: `sys.modules[os.name == \"posix\" and \"posix\" or \"nt\"].system(c)`, `sys.modules[flag and \"json\" or \"os\"].system(c)`, `sys.modules[os.getcwd.__module__].system(c)` (the module a member was read from), `sys.modules[\"os\" if flag else \"json\"]`", async () => {
    const text = 'import os, sys\nsys.modules[os.name == "posix" and "posix" or "nt"].system("id")\nflag = os.name == "nt"\nsys.modules[flag and "json" or "os"].system("id")\nsys.modules[os.getcwd.__module__].system("id")\nsys.modules["os" if flag else "json"].system("id")\n';
    expect(await found("main.py", text)).toEqual(["scan/shell-command 2:1-2:59", "scan/shell-command 4:1-4:44", "scan/shell-command 5:1-5:41", "scan/shell-command 6:1-6:45"]);
  });

  test("clean: both keys harmless (`sys.modules[flag and \"json\" or \"csv\"].dumps(x)`), a harmless member's module (`sys.modules[json.dumps.__module__]`), a falsy `and` side never a module (`sys.modules[\"os\" and \"json\"]`)", async () => {
    const text = 'import os, sys, json\nflag = os.name == "nt"\nsys.modules[flag and "json" or "csv"].dumps(1)\nsys.modules[json.dumps.__module__].dumps(1)\nsys.modules["os" and "json"].dumps(1)\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});

describe("`next(…)` of a generator expression gives its element", () => {
  test("scan/shell-command: `next(v for k, v in os.__dict__.items() if k == \"system\")(c)`, `next(f for f in [os.system])(c)`, `(f for f in [os.system]).__next__()(c)`", async () => {
    const text = 'import os\nnext(v for k, v in os.__dict__.items() if k == "system")("id")\nnext(f for f in [os.system])("id")\n(os.system for _ in [0]).__next__()("id")\n';
    expect(await found("main.py", text)).toEqual(["scan/shell-command 2:1-2:57", "scan/shell-command 3:1-3:29", "scan/shell-command 4:1-4:36"]);
  });

  test("clean: a generator of harmless values (`next(k for k, v in os.__dict__.items())`, a key), `next(f for f in [print])(x)`, `(print for _ in [os.system]).__next__()(x)`", async () => {
    const text = 'import os\nnext(k for k, v in os.__dict__.items())("id")\nnext(f for f in [print])("id")\n(print for _ in [os.system]).__next__()("id")\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});

describe("a watched class or function a dataclass, attrs or pydantic field calls for each instance (its default factory)", () => {
  test("scan/network-call where handed: `dataclasses.field(default_factory=requests.Session)`, `attr.ib(factory=…)`, `attr.Factory(…)`, `pydantic.Field(default_factory=…)`, `field(default_factory=…)` of `from dataclasses import field`", async () => {
    const text = 'import dataclasses, attr, requests, pydantic\nfrom dataclasses import field\n@dataclasses.dataclass\nclass C:\n    s: requests.Session = dataclasses.field(default_factory=requests.Session)\n    t: requests.Session = field(default_factory=requests.Session)\n@attr.s\nclass D:\n    s = attr.ib(factory=requests.Session)\n    t = attr.ib(default=attr.Factory(requests.Session))\nclass M(pydantic.BaseModel):\n    s: requests.Session = pydantic.Field(default_factory=requests.Session)\nC().s.get("u")\n';
    expect(await found("main.py", text)).toEqual(["scan/network-call 5:61-5:77", "scan/network-call 6:49-6:65", "scan/network-call 9:25-9:41", "scan/network-call 10:38-10:54", "scan/network-call 12:58-12:74"]);
  });

  test("clean: the class as a field's plain default (`field(default=requests.Session)`), as metadata, as a validator's type, and `isinstance(x, requests.Session)`", async () => {
    const text = 'import dataclasses, attr, requests\n@dataclasses.dataclass\nclass C:\n    s: type = dataclasses.field(default=requests.Session)\n    t: list = dataclasses.field(default_factory=list, metadata={"type": requests.Session})\n@attr.s\nclass D:\n    s = attr.ib(validator=attr.validators.instance_of(requests.Session))\nisinstance(C().s, requests.Session)\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});

describe("getattr applied to a module by a higher-order function the scan does not follow: the module is reported where handed", () => {
  test("scan/shell-command: `map(getattr, [os], [\"system\"])`, `itertools.starmap(getattr, [(os, \"system\")])`, `functools.reduce(lambda m, n: getattr(m, n), [\"system\"], os)`, `map(operator.attrgetter(\"system\"), [os])`", async () => {
    const text = 'import os, itertools, functools, operator\nlist(map(getattr, [os], ["system"]))[0]("id")\nnext(itertools.starmap(getattr, [(os, "system")]))("id")\nfunctools.reduce(lambda m, n: getattr(m, n), ["system"], os)("id")\nlist(map(operator.attrgetter("system"), [os]))[0]("id")\ndef f(apply):\n    apply(getattr, os, "system")("id")\n';
    expect(await found("main.py", text)).toEqual(["scan/shell-command 2:20-2:22", "scan/shell-command 3:35-3:37", "scan/shell-command 4:58-4:60", "scan/shell-command 5:42-5:44", "scan/shell-command 7:20-7:22"]);
  });

  test("clean: getattr mapped over a harmless module or a number, a module mapped by `str`, a lambda not reading attributes; reduce's and partial's own getattr stay reported once, at the call", async () => {
    const text = 'import os, json, functools\nlist(map(getattr, [json], ["dumps"]))\nlist(map(str, [os]))\nlist(map(getattr, [1], ["real"]))\nfunctools.reduce(lambda m, n: m + n, [1], os)\nfunctools.reduce(getattr, ["system"], os)("id")\nfunctools.partial(getattr, os)("system")("id")\n';
    expect(await found("main.py", text)).toEqual(["scan/shell-command 6:1-6:42", "scan/shell-command 7:1-7:41"]);
  });
});

describe("a module name computed from a string literal (`\"so\"[::-1]`, `\"OS\".lower()`) is a name read at run time, in a file importing nothing", () => {
  test("scan/dynamic-code: `m = __import__(\"so\"[::-1]); m.system(c)`, `__import__(\"OS\".lower()).system(c)`", async () => {
    const text = 'm = __import__("so"[::-1])\nm.system("id")\n__import__("OS".lower()).system("id")\n';
    expect(await found("main.py", text)).toEqual(["scan/dynamic-code 1:5-1:15", "scan/dynamic-code 3:1-3:11"]);
  });

  test("clean: a literal name, with globals after it or blanks around it (`__import__(\"json\", globals())`, `__import__( \"json\" )`)", async () => {
    const text = '__import__("json", globals()).dumps(1)\n__import__( "json" ).dumps(1)\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});

describe("a builtin function's `__self__` is the builtins module (as `os.system.__self__` is os)", () => {
  test("scan/shell-command: `print.__self__.__import__(\"os\").system(c)`, `b = len.__self__; b.__import__(\"subprocess\").run(c)` in a file importing nothing", async () => {
    const text = 'print.__self__.__import__("os").system("id")\nb = len.__self__\nb.__import__("subprocess").run("id")\n';
    expect(await found("main.py", text)).toEqual(["scan/shell-command 1:1-1:39", "scan/shell-command 3:1-3:31"]);
  });

  test("clean: a harmless module so loaded (`print.__self__.__import__(\"json\").dumps(x)`), and an own `show` function's `__self__`", async () => {
    const text = 'print.__self__.__import__("json").dumps(1)\ndef show():\n    pass\nshow.__self__.__import__("os")\n';
    expect(await found("main.py", text)).toEqual([]);
  });
});
