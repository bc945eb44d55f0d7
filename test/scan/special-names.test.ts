// Red team 6 (Python), p07/p08/r1–r4/t1–t13: a watched function stored under a special name that Python calls itself
// (`class T(dict): __missing__ = os.system` … `T()["cmd"]`, `__class_getitem__` … `T["cmd"]`, `__init_subclass__` …
// `class J(T, command="cmd")`, `__format__`, a metaclass's `__instancecheck__`, `__call__`) ran the command under
// Python 3.11 and passed the gate: no call is written, and a built-in function is not bound to the object, so it gets
// the use's own arguments. Each such value is reported where stored, however the name is bound in the class body or
// the module; a function's local of that name, or a harmless function stored there, is clean.
import { describe, expect, test } from "vitest";
import { at, found } from "./helpers";

const SHELL = "scan/shell-command";
const NETWORK = "scan/network-call";
type Case = [name: string, text: string, expected: Array<[rule: string, needle: string, nth?: number]>];

describe("a watched value stored under a special name is reported where stored", () => {
  const cases: Case[] = [
    ["r1: `__missing__ = os.system` in a dict subclass (`T()[\"cmd\"]` runs it)", "import os\nclass T(dict):\n    __missing__ = os.system\nT()['id']\n", [[SHELL, "os.system"]]],
    ["look-alike: `__missing__ = print`", "import os\nclass T(dict):\n    __missing__ = print\nT()['id']\n", []],
    ["p07: `__class_getitem__ = os.system` (`T[\"cmd\"]`)", "import os\nclass T:\n    __class_getitem__ = os.system\nT['id']\n", [[SHELL, "os.system"]]],
    ["look-alike: `__class_getitem__ = os.getcwd`, a member no rule watches", "import os\nclass T:\n    __class_getitem__ = os.getcwd\nT['id']\n", []],
    ["p08: `__init_subclass__ = os.system` (a subclass's `command=` keyword is its argument)", "import os\nclass Base:\n    __init_subclass__ = os.system\nclass Job(Base, command='id'):\n    pass\n", [[SHELL, "os.system"]]],
    ["r2, r3: `__format__`, a metaclass's `__instancecheck__`, through a name (`run = subprocess.getoutput`)", "import os, subprocess\nrun = subprocess.getoutput\nclass Spec:\n    __format__ = run\nclass Meta(type):\n    __instancecheck__ = os.system\n", [[SHELL, "run", 1], [SHELL, "os.system"]]],
    ["t9: an attribute so named, `K.__call__ = requests.get`", "import requests\nclass K:\n    pass\nK.__call__ = requests.get\nK()('https://x.example')\n", [[NETWORK, "requests.get", 0]]],
    ["look-alike: `K.__call__ = len`, `K.run = print`", "import requests\nclass K:\n    pass\nK.__call__ = len\nK.run = print\n", []],
    ["t2, t3, t5, t11: bound by unpacking, a loop, a walrus, a chain", "import os\nclass A:\n    __call__, other = os.system, 1\nclass B:\n    for __call__ in [os.popen]:\n        pass\nclass C:\n    (__call__ := os.system)\nclass D:\n    __call__ = __getitem__ = os.popen\n", [[SHELL, "os.system"], [SHELL, "[os.popen]"], [SHELL, "os.system", 1], [SHELL, "os.popen", 1]]],
    ["t13: a `match` capture in a class body", "import os\nclass K:\n    match os.system:\n        case __call__:\n            pass\n", [[SHELL, "__call__"]]],
    ["t4: an import binding the name, in a class body or the module (PEP 562's `__getattr__`)", "class K:\n    from os import system as __call__\nfrom subprocess import getoutput as __getattr__\n", [[SHELL, "system as __call__"], [SHELL, "getoutput as __getattr__"]]],
    ["look-alike: the same imports under plain names, and `__getattr__` of a member no rule watches", "class K:\n    from os import system as call\nfrom os import getcwd as __getattr__\n", []],
    ["look-alike: a function's local named `__call__` is no special name of anything", "import os\ndef f():\n    __call__ = os.getcwd\n    return __call__\n", []],
  ];
  test.each(cases)("%s", async (_, text, expected) => expect(await found("a.py", text)).toEqual(expected.map(([rule, needle, nth]) => `${rule} ${at(text, needle, nth ?? 0)}`)));
});
