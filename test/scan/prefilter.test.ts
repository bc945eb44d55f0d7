import { beforeAll, describe, expect, test } from "vitest";
import { compareFindings } from "../../core/kernel/findings";
import { Literal } from "../../core/scan/literal";
import { Scanner } from "../../core/scan/scan";
import { respelledText } from "../../core/scan/spelling";
import { at } from "./helpers";

// The prefilter decides which files are parsed at all. Its tests are tried only where a word they start with is written,
// or in a file holding a literal each of their matches contains (core/scan/literal.ts finds those); these are the corners
// of that: each file must be let through, or not, exactly as the tests tried at every position decide.

let scanner: Scanner;
beforeAll(async () => {
  scanner = await Scanner.create();
});

/** Whether the file was parsed, and its findings as "rule line:col-endLine:endCol". */
const scanned = (path: string, text: string) => {
  const { parsed, findings } = scanner.scan(path, text);
  return { parsed, findings: [...findings].sort(compareFindings).map((f) => `${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`) };
};

describe("Literal finds a word where indexOf does", () => {
  const TEXTS = ["", "require", "quire require", "rerequire(x)", "requirequire", "x.quire\nrequire", "createRequire(createRequir createRequire", "globa bal global globalThis", "self sel elf lf", "from fro rom", "import mport impor", "ａｂ navigator vigato navigato"];
  const WORDS = ["require", "createRequire", "global", "self", "from", "import", "navigator", "lf", "q", "ａｂ"];
  test.each(WORDS)("%s: indexIn(text, from) === text.indexOf(word, from) for every from", (word) => {
    const literal = new Literal(word);
    for (const text of TEXTS) {
      for (let from = 0; from <= text.length + 1; from++) expect([text, from, literal.indexIn(text, from)]).toEqual([text, from, text.indexOf(word, from)]);
      expect(literal.in(text)).toBe(text.includes(word));
    }
  });
});

describe("JavaScript prefilter: the loader words", () => {
  test.each([
    ["`from` right before the quote", 'export{spawn}from"child_process";\n', true],
    ["`import(` split over lines", "const cp = import\n(\n  'node:child_process'\n);\n", true],
    ["a loader word at the very end", "const load = require", false],
    ["`require` inside a longer name", 'xrequire("child_" + "process");\n', false],
    ["`require` after `$`, computed, with no module string nor joined string", "$require(name);\n", false],
    ["`require` after `$`, computed, with a joined string", '$require(name); const s = "a" + b;\n', true],
    ["createRequire with a joined specifier", 'import { createRequire } from "node:module";\nconst load = createRequire(import.meta.url);\nload("child_" + "process").exec("ls");\n', true],
    ["createRequire with no module named anywhere (the made `require` may be given any name)", 'import { createRequire } from "node:module";\nconst load = createRequire(import.meta.url);\nload(name);\n', true],
    ["`require` of a computed name (scan/dynamic-code when the name cannot be read)", "const m = require(name);\n", true],
    ["require.call with the module's name", 'const cp = require . call(null, "child_process");\n', true],
    // The loaders held as values (`const g = process.getBuiltinModule`, `{ _load } = Module`) are names of their own, not parts of others.
    ["`_load` and `getBuiltinModule` inside longer names", "interface T {\n  defer_loading?: boolean | null;\n  pre_loaded: number;\n  myGetBuiltinModule_x: string;\n}\n", false],
    ["`_load` held as a value", "const { _load } = Module;\nconst m = _load;\n", true],
  ])("%s", (_what, text, parsed) => {
    expect(scanned("a.js", text).parsed).toBe(parsed);
  });
});

describe("JavaScript prefilter: a file whose only crossing is an evaluator reached otherwise is parsed", () => {
  test.each([
    ["`.constructor.constructor` of any value", "a.js", "[].constructor.constructor(code)();\n", ["scan/dynamic-code 1:1-1:27"]],
    ["`.constructor[\"constructor\"]` of any value", "a.js", "x.constructor[\"constructor\"](code)();\n", ["scan/dynamic-code 1:1-1:29"]],
    ["`.constructor` of an arrow written in place", "a.js", "(async () => {}).constructor(code);\n", ["scan/dynamic-code 1:1-1:29"]],
    ["`new ((…).constructor)(…)`", "a.js", "new ((function () {}).constructor)(code);\n", ["scan/dynamic-code 1:5-1:35"]],
    ["`Object.getPrototypeOf(…).constructor`", "a.js", "Object.getPrototypeOf(function* () {}).constructor(code);\n", ["scan/dynamic-code 1:1-1:51"]],
    ["`Object.getPrototypeOf(…).constructor` held by a name", "a.js", "const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;\nnew AsyncFunction(code);\n", ["scan/dynamic-code 2:5-2:18"]],
    ["importScripts", "w.js", "importScripts(url);\n", ["scan/dynamic-code 1:1-1:14"]],
    ["process.dlopen", "a.js", "process.dlopen(module, file);\n", ["scan/dynamic-code 1:1-1:15"]],
    ["the inspector loaded", "a.js", 'const { Session } = require("inspector");\nnew Session().post("Runtime.evaluate", { expression: e });\n', ["scan/dynamic-code 2:1-2:19"]],
    ["repl loaded", "a.mjs", 'import repl from "node:repl";\nrepl.start();\n', ["scan/dynamic-code 2:1-2:11"]],
  ])("%s", (_what, path, text, findings) => {
    expect(scanned(path, text)).toEqual({ parsed: true, findings });
  });

  test("`register` is the loader hooks' evaluator only in a file naming the module builtin: another object's `register` is not parsed; with the builtin it is, and found", () => {
    for (const text of ["registry.register(body, controller);\n", "fastify.register(plugin);\nexport function registerAll() {}\n"]) expect(scanned("a.js", text)).toEqual({ parsed: false, findings: [] });
    const hooks = 'import { register } from "node:module";\nregister("./hooks.mjs", import.meta.url);\n';
    expect(scanned("a.mjs", hooks)).toEqual({ parsed: true, findings: [`scan/dynamic-code ${at(hooks, "register", 1)}`] });
  });

  test("a class's own `constructor` (declared, read, `new this.constructor(…)`) and `constructor` in a comment are not parsed", () => {
    for (const text of ["class A {\n  constructor(o) { this.o = o; }\n  copy() { return new this.constructor(this.o); }\n}\n", "const n = x.constructor.name;\n", "// [].constructor.constructor(code)\nexport const y = 1;\n"]) expect(scanned("a.js", text)).toEqual({ parsed: false, findings: [] });
  });
});

describe("JavaScript prefilter: a module named only in a comment loads nothing", () => {
  test("JSDoc examples and type imports are not parsed: `import { ChatOpenAI } from \"@langchain/openai\"`, `{import('node:net').Socket}`, `//@ require('shelljs')`", () => {
    for (const text of [
      '/**\n * @example\n * import { exec } from "child_process";\n * exec("ls");\n */\nexport const x = 1;\n',
      "/** @type {import('node:net').Socket} */\nlet socket;\n",
      "//@ var sh = require('shelljs');\nmodule.exports = {};\n",
      'const x = 1; // import cp from "child_process"\n',
    ]) expect(scanned("a.js", text)).toEqual({ parsed: false, findings: [] });
  });
  test("a load the comment reader cannot rule out is parsed and found: `import` on a line starting with `*`, after a `//` in a string or template, after `/*` in a regular expression", () => {
    const cases: Array<[string, string]> = [
      ['import\n * as cp from "child_process";\ncp.exec("ls");\n', "cp.exec"],
      ['const u = "http://x"; const cp = require("child_process"); cp.exec(u);\n', "cp.exec"],
      ['const t = `//`; const cp = require("child_process"); cp.exec(t);\n', "cp.exec"],
      ['const r = /[/*]/; const cp = require("child_process"); cp.exec(r); // */\n', "cp.exec"],
      ['/* a */ const cp = require("child_process");\ncp.exec("ls");\n', "cp.exec"],
      ['const a = b\n/x/g; const cp = require("child_process"); cp.exec(a); // */\n', "cp.exec"],
    ];
    for (const [text, call] of cases) expect(scanned("a.js", text)).toEqual({ parsed: true, findings: [`scan/shell-command ${at(text, call)}`] });
  });
});

describe("JavaScript prefilter: a global named only in a string, template text or regular expression is no use of it", () => {
  test("`\"fetch failed\"`, `` `fetch ${x}` ``, `/fetch/`, `{ \"WebSocket\": 1 }` alone are not parsed", () => {
    for (const text of ['throw new Error("fetch failed");\n', "const m = `fetch ${x} from Deno`;\n", "if (/fetch|navigator/.test(s)) log(s);\n", 'const o = { "WebSocket": 1 };\n'])
      expect(scanned("a.js", text)).toEqual({ parsed: false, findings: [] });
  });
  test("a real use after a string the reader must end exactly where JavaScript does is parsed and found", () => {
    const cases = [
      'const a = "a\\\\"; fetch("https://x");\n',
      "const a = 'it\\'s'; fetch('https://x');\n",
      'const a = "a \\\n"; fetch("https://x");\n',
      'const a = "\u2028"; fetch("https://x");\n',
      "const a = `${fetch(\"https://x\")}`;\n",
      "const a = `${`${\"}\"}`}`; fetch(\"https://x\");\n",
      'const a = "x" / fetch("https://x") / 2;\n',
      "const a = b\n/fetch/g.exec(fetch(\"https://x\"));\n",
    ];
    // The call is the text's last `fetch`.
    for (const text of cases) expect([text, scanned("a.js", text)]).toEqual([text, { parsed: true, findings: [`scan/network-call ${at(text, "fetch", text.split("fetch").length - 2)}`] }]);
  });
  test("a global read by its name in a string is still parsed and found: `window[\"fetch\"](u)`, `Reflect.get(globalThis, \"fetch\")(u)`", () => {
    const computed = 'window["fetch"]("https://x");\n';
    expect(scanned("a.js", computed).parsed).toBe(true);
    expect(scanned("a.js", computed).findings).toHaveLength(1);
    const reflected = 'Reflect.get(globalThis, "fetch")("https://x");\n';
    expect(scanned("a.js", reflected).parsed).toBe(true);
  });
});

describe("JavaScript prefilter: globals and global objects", () => {
  test("`globalThis[\"fe\" + \"tch\"](u)`: no `fetch` in the text, a global read by a computed name with a joined string", () => {
    expect(scanned("a.js", 'globalThis["fe" + "tch"]("https://x");\n').parsed).toBe(true);
  });
  test("`window[name](u)` with no joined string anywhere is parsed: a name the scan cannot read may pick any global (`eval`, `fetch`), scan/dynamic-code", () => {
    const text = "window[name](u);\n";
    expect(scanned("a.js", text)).toEqual({ parsed: true, findings: [`scan/dynamic-code ${at(text, "window[name]")}`] });
  });
  test("a global object held whole and a global's name on code lines: `const g = globalThis; g.fetch(u)` is found", () => {
    const text = "const g = globalThis;\ng.fetch(\"https://x\");\n";
    expect(scanned("a.js", text)).toEqual({ parsed: true, findings: [`scan/network-call ${at(text, "g.fetch")}`] });
  });
  test("the same with the global object only in a comment, or `typeof window`, is not parsed; held by a name with no global named, it is (a key it is read by may be any), and `g.post(u)` is nothing", () => {
    expect(scanned("a.js", "// const g = globalThis;\no.fetch(u);\n")).toEqual({ parsed: false, findings: [] });
    expect(scanned("a.js", "if (typeof window !== 'undefined') o.post(u);\n")).toEqual({ parsed: false, findings: [] });
    expect(scanned("a.js", "const g = self;\ng.post(u);\n")).toEqual({ parsed: true, findings: [] });
  });
  test("a global object held by a name or handed to `Reflect.get`, then read by a key the scan cannot read, is scan/dynamic-code", () => {
    const text = "const g = globalThis;\ng[atob(k)](u);\nReflect.get(self, k)(u);\n";
    expect(scanned("a.js", text)).toEqual({ parsed: true, findings: [`scan/dynamic-code ${at(text, "g[atob(k)]")}`, `scan/dynamic-code ${at(text, "Reflect.get(self, k)")}`] });
    const cast = "(globalThis as any)[atob(k)](u);\n";
    expect(scanned("a.ts", cast)).toEqual({ parsed: true, findings: [`scan/dynamic-code ${at(cast, "(globalThis as any)[atob(k)]")}`] });
  });
  test("`self` as the only global object, `navigator` as the only global", () => {
    const text = "const s = self;\ns.navigator.sendBeacon(\"https://x\", d);\n";
    expect(scanned("a.js", text)).toEqual({ parsed: true, findings: [`scan/network-call ${at(text, "s.navigator.sendBeacon")}`] });
  });
  test("`fetch` reachable only through a Unicode escape is parsed (the respelled text has it) and reported", () => {
    const text = '\\u0066etch("https://x");\n';
    expect(scanned("a.js", text)).toEqual({ parsed: true, findings: [`scan/respelled-name ${at(text, "\\u0066etch")}`] });
  });
  test("`fetch` named only in comments is not parsed; after a block comment closing on its line it is", () => {
    expect(scanned("a.js", "/**\n * calls fetch(u)\n */\n// fetch(u)\nconst x = 1;\n")).toEqual({ parsed: false, findings: [] });
    const text = "/* x */ fetch(\"https://x\");\n";
    expect(scanned("a.js", text)).toEqual({ parsed: true, findings: [`scan/network-call ${at(text, "fetch")}`] });
  });
});

describe("Python prefilter: import statements, dynamic imports, loaded modules", () => {
  test.each([
    ["`import` after `;`", "x = 1; import os\n", true],
    ["`import` after `:`", "if x: import os\n", true],
    ["a continued import list", "import sys, \\\n    os\n", true],
    ["`from` at a line's start, after spaces", "def f():\n    from os import path\n", true],
    ["an import in a comment", "# import os\nx = 1\n", false],
    ["`types.FunctionType` named, even in an `isinstance` check: the member decides, not its use", "import typing, inspect, types\nfrom typing import List\nx: typing.List[int] = []\nisinstance(f, types.FunctionType)\n", true],
    ["`typing` imported and a member that evaluates annotations named", "from typing import get_type_hints\nget_type_hints(f)\n", true],
    ["`typing` and `inspect` imported without one", "import typing, inspect\nx: typing.Optional[int] = None\ninspect.isclass(x)\n", false],
    ["an attribute named like such a module (`openai.types`) binds nothing", "import pydantic\nT = pydantic.types.StrictStr\n", false],
    ["a model library imported and a model base named", "from pydantic import BaseModel\nclass M(BaseModel):\n    x: int = 0\n", true],
    ["`typing` imported and a member only a model library's gate counts (`.get`): each gate counts its own members", "import typing\nx: typing.Optional[int] = d.get(k)\n", false],
    ["an import inside a string, mid-line", 's = "import os"\n', false],
    ["`import_module` with a joined name", 'import importlib\nm = importlib.import_module("o" + "s")\n', true],
    ["`__import__` with the module's name in a string elsewhere", 'name = "os"\nm = __import__(name)\n', true],
    ["`sys.modules[\"os\"]`", 'import sys\nsys.modules["os"].system("ls")\n', true],
    ["`sys.modules[x]` with no module named", "import sys\nm = sys.modules[x]\n", false],
    ["`import_module` as part of a longer name", 'my_import_module("o" + "s")\n', false],
    ["`sys.modules.get(\"os\")`", 'import sys\nsys.modules.get("os").system("ls")\n', true],
    ["`sys.modules[…]` of an f-string with a field", 'import sys\nx = "o"\nsys.modules[f"{x}s"].system("ls")\n', true],
    ["`sys.modules.setdefault(\"os\", …)`", 'import sys\nsys.modules.setdefault("os", None).system("ls")\n', true],
    ["`sys.modules.get(x)` with no module named", "import sys\nm = sys.modules.get(x)\n", false],
    ["`sys.modules[…]` of an f-string without a field", 'import sys\nm = sys.modules[f"x"]\n', false],
  ])("%s", (_what, text, parsed) => {
    expect(scanned("a.py", text).parsed).toBe(parsed);
  });

  test("scan/shell-command: a file whose only crossing is a module loaded by sys.modules.get or named by an f-string is parsed and found", () => {
    const texts: Array<[text: string, callee: string]> = [
      ['import sys\nsys.modules.get("o" + "s").system("a")\n', 'sys.modules.get("o" + "s").system'],
      ['import sys\nx = "o"\nsys.modules.get(f"{x}s").system("b")\n', 'sys.modules.get(f"{x}s").system'],
      ['import importlib\nx = "o"\nimportlib.import_module(f"{x}s").system("c")\n', 'importlib.import_module(f"{x}s").system'],
    ];
    for (const [text, callee] of texts) expect(scanned("a.py", text).findings).toEqual([`scan/shell-command ${at(text, callee)}`]);
  });

  test("a file whose only crossing is the module a spec names, or the spec of a module named at run time loaded, is parsed and found", () => {
    const named = 'import importlib.util\nm = importlib.util.module_from_spec(importlib.util.find_spec("subprocess"))\nm.run("a")\n';
    expect(scanned("a.py", named)).toEqual({ parsed: true, findings: [`scan/shell-command ${at(named, "m.run")}`] });
    const unread = "import importlib.util\nspec = importlib.util.find_spec(name)\nimportlib.util.module_from_spec(spec)\n";
    expect(scanned("a.py", unread)).toEqual({ parsed: true, findings: [`scan/dynamic-code ${at(unread, "importlib.util.module_from_spec")}`] });
  });
});

describe("prefilter: a file whose only crossing is a form the scan follows through names, properties and callbacks is parsed and found", () => {
  test.each([
    ["a namespace dict held by a name", "a.py", 'import os\nv = vars(os)\nv["system"]("a")\n', 'v["system"]'],
    ["a `match` capture", "a.py", 'import os\nmatch os:\n    case m:\n        m.system("a")\n', "m.system"],
    ["a property", "a.py", 'import os\nclass A:\n    @property\n    def run(self):\n        return os.system\nA().run("a")\n', "A().run"],
    ["a destructuring assignment", "a.js", 'const cp = require("child_process");\nlet f;\n({ execSync: f } = cp);\nf("a");\n', 'f("a'],
    ["a static method", "a.js", 'const cp = require("child_process");\nclass B { static make() { return cp.execSync; } }\nB.make()("a");\n', "B.make()"],
    ["Object.defineProperty", "a.js", 'const cp = require("child_process");\nconst o = {};\nObject.defineProperty(o, "f", { value: cp.execSync });\no.f("a");\n', "o.f"],
    ["a TypeScript namespace", "a.ts", 'import * as cp from "child_process";\nnamespace N { export const run = cp.execSync; }\nN.run("a");\n', "N.run"],
    ["a promise's callback", "a.js", 'const cp = require("child_process");\nPromise.resolve(cp).then((m) => m.execSync("a"));\n', "m.execSync"],
  ])("%s", (_what, file, text, callee) => {
    // `f("a`: the callee is the name before the call's arguments.
    const range = at(text, callee).replace(/-(\d+):(\d+)$/, (_all, line: string, column: string) => `-${line}:${Number(column) - (callee.endsWith('("a') ? 3 : 0)}`);
    expect(scanned(file, text)).toEqual({ parsed: true, findings: [`scan/shell-command ${range}`] });
  });
});

describe("Python links: the import statements of every file, found where their first word is written", () => {
  const links = (text: string) => scanner.linksOf("pkg/a.py", text).map((l) => [l.specifier, l.names, l.hop ? `${l.hop.line}:${l.hop.column}-${l.hop.endLine}:${l.hop.endColumn}` : "-"]);
  test("an indented `from` (tabs and spaces) is placed from its line's start; `import` lists and aliases are read", () => {
    expect(links("\t from .util import run as go\nimport helper, pkg.tools as t\n")).toEqual([
      ["helper", [], "-"],
      ["pkg.tools", [], "-"],
      [".util", [["run", "go"]], "1:1-1:30"],
    ]);
  });
  test("a statement is not read inside the one before it: a parenthesised list over lines, a `\\r`-continued import", () => {
    expect(links("from .a import (x,\nfrom .b import y)\nimport c\rimport d\n")).toEqual([[".a", [["x", "x"]], "1:1-2:18"]]);
  });
  test("`from`/`import` not at a line's start (after code, in a string) is not a statement", () => {
    expect(links('x = 1; from .a import b\ns = "import c"\n')).toEqual([]);
  });
});

describe("respelledText: a file is decoded when some backslash starts an escape (or, in Python, a character is beyond ASCII)", () => {
  test.each([
    ["escapes that spell nothing plain come first", 's = "\\n" + "\\\\"; \\u0066etch(u)', "javascript", 's = "\\n" + "\\\\"; fetch(u)'],
    ["an escaped backslash before `u` is read as one: what follows spells nothing", 'require("\\\\u0063p")', "javascript", undefined],
    ["a backslash at the very end", "const s = 1 \\", "javascript", undefined],
    ["Python: a fullwidth name", "import ｏｓ\n", "python", "import os\n"],
    ["Python: beyond ASCII, already in NFKC form", "# café\nimport os\n", "python", undefined],
    ["`\\U` is a Python escape, not a JavaScript one", 'm = "\\U0000006fs"', "javascript", undefined],
  ])("%s", (_what, text, grammar, respelled) => {
    expect(respelledText(text, grammar as "javascript" | "python")).toBe(respelled);
  });
});

describe("Python: a watched module's name read as an attribute sends a file to the parser only where its chain starts at an import", () => {
  test("scan/shell-command: `shutil.os`, an aliased submodule's, a parenthesized `from` import's, are parsed and found", () => {
    expect(scanned("a.py", 'import shutil\nshutil.os.system("a")\n')).toEqual({ parsed: true, findings: ["scan/shell-command 2:1-2:17"] });
    expect(scanned("b.py", 'import asyncio.base_events as be\nbe.subprocess.run(["b"])\n')).toEqual({ parsed: true, findings: ["scan/shell-command 2:1-2:18"] });
    expect(scanned("c.py", 'from asyncio import (\n    events,\n    base_events,\n)\nbase_events.subprocess.run(["c"])\n')).toEqual({ parsed: true, findings: ["scan/shell-command 5:1-5:27"] });
  });

  test("scan/shell-command is clean, the file not parsed, for an object's attribute named as a module (`transport.socket`, `self._conn.socket`)", () => {
    expect(scanned("d.py", "import json\n\ndef f(transport, conn):\n    return transport.socket, conn.subprocess, json.dumps(1)\n")).toEqual({ parsed: false, findings: [] });
  });
});
