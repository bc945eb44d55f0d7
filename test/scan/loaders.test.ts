import { beforeAll, describe, expect, test } from "vitest";
import { Scanner } from "../../core/scan/scan";

// Modules loaded by a constant name through the language's other loaders: each form failed before (not found).

let scanner: Scanner;
beforeAll(async () => {
  scanner = await Scanner.create();
});

const found = (path: string, text: string) => scanner.scan(path, text).findings.map((f) => `${f.rule} ${f.line}:${f.column}-${f.endColumn}`);

describe("Python: pkgutil.resolve_name and operator.attrgetter read a member by its name", () => {
  test("scan/shell-command, scan/network-call: resolve_name of `module.member` and `module:member`, held by another name, and attrgetter(name)(module) (no import of the module for resolve_name)", () => {
    const text = 'import pkgutil, operator, os\nfrom pkgutil import resolve_name as rn\npkgutil.resolve_name("os.system")("a")\nrn("subprocess:run")(["b"])\nfind = pkgutil.resolve_name\nfind("urllib.request.urlopen")(u)\noperator.attrgetter("system")(os)("c")\noperator.attrgetter("path.join")(os)("d")\n';
    expect(found("a.py", text)).toEqual(["scan/shell-command 3:1-34", "scan/shell-command 4:1-21", "scan/network-call 6:1-31", "scan/shell-command 7:1-34"]);
  });

  test("scan/shell-command is clean for resolve_name and attrgetter of members that are not watched, and for a local of the name", () => {
    const text = 'import pkgutil, os\nfrom operator import attrgetter\npkgutil.resolve_name("json.dumps")({})\nattrgetter("getcwd")(os)()\ndef f(attrgetter, resolve_name):\n    attrgetter("system")(os)("x")\n    resolve_name("os.system")("y")\n';
    expect(found("a.py", text)).toEqual([]);
  });
});

describe("Python: importers besides import_module, and sys.modules", () => {
  test("scan/shell-command: builtins.__import__, importlib.__import__ and sys.modules[\"os\"] (no `import os` in the file)", () => {
    const text = 'import sys, builtins, importlib\nbuiltins.__import__("os").system("a")\nimportlib.__import__("subprocess").run("b")\nsys.modules["os"].system("c")\n__builtins__.__import__("os").popen("d")\n';
    expect(found("a.py", text)).toEqual(["scan/shell-command 2:1-33", "scan/shell-command 3:1-39", "scan/shell-command 4:1-25", "scan/shell-command 5:1-36"]);
  });

  test("scan/shell-command is clean for modules not watched loaded the same ways", () => {
    const text = 'import sys, importlib, builtins\nimportlib.__import__("json").dumps({})\nsys.modules["json"].dumps({})\nbuiltins.__import__("re").compile("x")\n';
    expect(found("a.py", text)).toEqual([]);
  });

  test("scan/shell-command: sys.modules[\"os\"] in a file whose only import is sys (no other dynamic access)", () => {
    expect(found("a.py", 'import sys\nsys.modules["os"].system("ls")\n')).toEqual(["scan/shell-command 2:1-25"]);
    // A module-level loop variable of the same name does not hide the module's (it may come after).
    expect(found("a.py", 'import sys\nsys.modules["subprocess"].run(["ls"])\nfor sys in range(2):\n    pass\n')).toEqual(["scan/shell-command 2:1-30"]);
  });

  test("scan/shell-command is clean for sys.modules of a module not watched, and where `sys` is a parameter or a function's loop variable", () => {
    const text = 'import sys\nsys.modules["json"].dumps({})\ndef f(sys):\n    sys.modules["os"].system("a")\ndef g():\n    for sys in []:\n        sys.modules["os"].system("b")\n';
    expect(found("a.py", text)).toEqual([]);
  });
});

describe("JavaScript: loaders besides require and import()", () => {
  test("scan/shell-command: module.require, process.mainModule.require, require.call and createRequire(…)(…)", () => {
    const text = 'module.require("child_process").exec("a");\nprocess.mainModule.require("child_process").exec("b");\nrequire.call(null, "child_process").exec("c");\nrequire("node:module").createRequire(__filename)("child_process").exec("d");\n';
    expect(found("a.js", text)).toEqual(["scan/shell-command 1:1-37", "scan/shell-command 2:1-49", "scan/shell-command 3:1-41", "scan/shell-command 4:1-71"]);
  });

  test("scan/network-call, scan/shell-command: a watched function called through `.call` or `.apply`", () => {
    const text = 'const cp = require("child_process");\nfetch.call(null, "https://x.example");\nfetch.apply(null, ["https://x.example"]);\ncp.exec.call(cp, "ls");\n';
    expect(found("a.js", text)).toEqual(["scan/network-call 2:1-11", "scan/network-call 3:1-12", "scan/shell-command 4:1-13"]);
  });

  test("scan/shell-command: an ES module's own `require` made by createRequire is the real one", () => {
    const text = 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\nrequire("child_process").exec("ls");\n';
    expect(found("a.mjs", text)).toEqual(["scan/shell-command 3:1-30"]);
  });

  test("scan/shell-command: a `require` made by createRequire held by any name (issue 19 depth)", () => {
    const text = 'import { createRequire } from "node:module";\nconst r = createRequire(import.meta.url);\nr("child_process").execSync("a");\nconst cp = r("node:child_process");\ncp.spawn("b");\n';
    expect(found("a.mjs", text)).toEqual(["scan/shell-command 3:1-28", "scan/shell-command 5:1-9"]);
    const cjs = 'const m = require("module");\nconst load = m.createRequire(__filename);\nload("child_process").fork("c");\n';
    expect(found("b.cjs", cjs)).toEqual(["scan/shell-command 3:1-27"]);
  });

  test("scan/shell-command is clean for a made `require` shadowed by a parameter, loading another module, or a name not made by createRequire", () => {
    const text = 'import { createRequire } from "node:module";\nconst r = createRequire(import.meta.url);\nfunction f(r) { r("child_process").exec("a"); }\nr("path").join("b");\nconst q = makeRequire(import.meta.url);\nq("child_process").exec("c");\n';
    expect(found("a.mjs", text)).toEqual([]);
  });

  test("scan/shell-command is clean when `module` or `require` is a parameter of another meaning", () => {
    const text = 'function load(module, require) {\n  module.require("child_process").exec("a");\n  require("child_process").exec("b");\n}\n';
    expect(found("a.js", text)).toEqual([]);
  });
});

// Each file alone: nothing else in it is watched, so the prefilter has to let it through as well.
describe("JavaScript: process.getBuiltinModule and the module builtin's _load (Node's loaders on its objects)", () => {
  test("scan/shell-command: process.getBuiltinModule, destructured, through globalThis, held by a name, of a joined name", () => {
    const text = 'const cp = process.getBuiltinModule("child_process");\ncp.execSync("a");\nconst { execSync } = process.getBuiltinModule("node:child_process");\nexecSync("b");\nglobalThis.process.getBuiltinModule("child_process").exec("c");\nconst load = process.getBuiltinModule;\nload("child_process").spawn("d");\nprocess.getBuiltinModule("child_" + "process").fork("e");\n';
    expect(found("a.js", text)).toEqual(["scan/shell-command 2:1-12", "scan/shell-command 4:1-9", "scan/shell-command 5:1-58", "scan/shell-command 7:1-28", "scan/shell-command 8:1-52"]);
  });

  test("scan/shell-command: getBuiltinModule of `process` imported from node:process, and imported by name", () => {
    const text = 'import process from "node:process";\nimport { getBuiltinModule as g } from "process";\nprocess.getBuiltinModule("child_process").exec("a");\ng("child_process").exec("b");\n';
    expect(found("a.mjs", text)).toEqual(["scan/shell-command 3:1-47", "scan/shell-command 4:1-24"]);
  });

  test("scan/shell-command: require(\"module\")._load, .Module._load, held by a name, and the ES import of node:module", () => {
    const text = 'require("module")._load("child_process").exec("a");\nrequire("node:module").Module._load("child_process").exec("b");\nconst M = require("module");\nM._load("node:child_process").exec("c");\nconst load = M.Module._load;\nload("child_" + "process").spawn("d");\n';
    expect(found("a.js", text)).toEqual(["scan/shell-command 1:1-46", "scan/shell-command 2:1-58", "scan/shell-command 4:1-35", "scan/shell-command 6:1-33"]);
    const esm = 'import Module, { _load } from "node:module";\nModule._load("child_process").exec("a");\n_load("child_process").exec("b");\n';
    expect(found("b.mjs", esm)).toEqual(["scan/shell-command 2:1-35", "scan/shell-command 3:1-28"]);
  });

  test("scan/shell-command: the module builtin's modules' `require` (`Module.prototype.require.call(module, m)`), held by a name; `path`'s is not", () => {
    const text = 'const Module = require("module");\nModule.prototype.require.call(module, "child_process").execSync("a");\nconst r = Module.prototype.require;\nr.call(module, "child_process").exec("b");\nModule.prototype.require.call(module, "path").join("c");\n';
    expect(found("a.js", text)).toEqual(["scan/shell-command 2:1-64", "scan/shell-command 4:1-37"]);
  });

  test("scan/shell-command: a loader destructured from process, invoked through .call, .apply or Reflect.apply; createRequire imported under another name; a namespace's default._load", () => {
    const text = 'const { getBuiltinModule } = process;\ngetBuiltinModule("child_process").execSync("a");\nprocess.getBuiltinModule.call(process, "child_process").execSync("b");\nReflect.apply(process.getBuiltinModule, process, ["child_process"]).execSync("c");\nrequire("module")._load.apply(null, ["child_process"]).execSync("d");\n';
    expect(found("a.js", text)).toEqual(["scan/shell-command 2:1-43", "scan/shell-command 3:1-65", "scan/shell-command 4:1-77", "scan/shell-command 5:1-64"]);
    const esm = 'import { createRequire as cr } from "node:module";\nimport * as M from "node:module";\ncr(import.meta.url)("child_process").execSync("e");\nM.default._load("child_process").execSync("f");\n';
    expect(found("b.mjs", esm)).toEqual(["scan/shell-command 3:1-46", "scan/shell-command 4:1-42"]);
    // Nothing else in the file names a loader: the prefilter lets the held name through.
    expect(found("c.mjs", 'import { createRequire as cr } from "node:module";\ncr(import.meta.url)("child_process").execSync("g");\n')).toEqual(["scan/shell-command 2:1-46"]);
  });

  test("scan/shell-command: a CommonJS module's own loaders, `require.main.require` and `module.constructor._load`", () => {
    const text = 'require.main.require("child_process").execSync("a");\nmodule.constructor._load("child_process").execSync("b");\n';
    expect(found("a.js", text)).toEqual(["scan/shell-command 1:1-47", "scan/shell-command 2:1-51"]);
    expect(found("b.js", 'function f(module, require) {\n  module.constructor._load("child_process").execSync("c");\n  require.main.require("child_process").execSync("d");\n}\n')).toEqual([]);
  });

  test("scan/shell-command, scan/network-call: Node's internal bindings loaded by `process.binding` (spawn_sync, process_wrap, tcp_wrap)", () => {
    const text = 'process.binding("spawn_sync").spawn({ file: "sh" });\nconst b = process.binding("process_wrap");\nnew b.Process();\nconst { TCP } = globalThis.process.binding("tcp_wrap");\nnew TCP(0);\n';
    expect(found("a.js", text)).toEqual(["scan/shell-command 1:1-36", "scan/shell-command 3:5-14", "scan/network-call 5:5-8"]);
    expect(found("b.js", 'process.binding("natives");\nprocess.binding("fs").open;\nfunction f(process) {\n  process.binding("spawn_sync").spawn({});\n}\n')).toEqual([]);
  });

  test("scan/shell-command is clean: a `process` or `M` parameter, another object's _load or getBuiltinModule, a module not watched", () => {
    const text = 'function f(process, M) {\n  process.getBuiltinModule("child_process").exec("a");\n  M._load("child_process").exec("b");\n}\nloader._load("child_process").exec("c");\nother.getBuiltinModule("child_process").exec("d");\nprocess.getBuiltinModule("node:path").join("e");\nrequire("module")._load("path").join("f");\nother.load.call(null, "child_process").exec("g");\nReflect.apply(other.getBuiltinModule, null, ["child_process"]).exec("h");\n';
    expect(found("a.js", text)).toEqual([]);
  });
});

// A name written in pieces appears in no text whole: the prefilter lets the file through and the pieces are folded.
describe("a module or global named in pieces (each file alone, nothing else watched in it)", () => {
  test.each([
    ["scan/shell-command: __import__(\"sub\" + \"process\")", "a.py", 'mod = __import__("sub" + "process")\nmod.run("a")\n', ["scan/shell-command 2:1-8"]],
    ["scan/shell-command: import_module(\"sub\" \"process\"), a name joined from names", "a.py", 'import importlib\nhead = "sub"\nname = head + ("pro" "cess")\nimportlib.import_module(name).run("b")\n', ["scan/shell-command 4:1-34"]],
    ["scan/shell-command: require(\"child_\" + \"process\")", "a.js", 'require("child_" + "process").exec("a");\n', ["scan/shell-command 1:1-35"]],
    ["scan/shell-command: require of a template with a constant substitution", "a.js", 'const sub = "process";\nrequire(`child_${sub}`).spawn("c");\n', ["scan/shell-command 2:1-30"]],
    ["scan/network-call: globalThis[\"fe\" + \"tch\"]", "a.js", 'globalThis["fe" + "tch"]("u");\n', ["scan/network-call 1:1-25"]],
    ["scan/shell-command: require([\"child\", \"process\"].join(\"_\"))", "a.js", 'require(["child", "process"].join("_")).exec("a");\n', ["scan/shell-command 1:1-45"]],
    ["scan/shell-command: an array joined held in a const, its separator a const too", "a.js", 'const sep = "_";\nconst name = ["child", "process"].join(sep);\nconst cp = require(name);\ncp.spawn("b");\n', ["scan/shell-command 4:1-9"]],
    ["scan/shell-command: import([\"node\", \"child_process\"].join(\":\")), an empty slot and a trailing comma", "a.mjs", 'import(["node", "child_process"].join(":")).then((m) => m.exec("c"));\nrequire(["child_", , "process",].join("")).execSync("d");\n', ["scan/shell-command 1:57-63", "scan/shell-command 2:1-52"]],
    ["scan/shell-command: the default separator is a comma, one element has none", "a.js", 'require(["child_process"].join()).fork("e");\n', ["scan/shell-command 1:1-39"]],
    ["scan/network-call: globalThis[[\"fe\", \"tch\"].join(\"\")]", "a.js", 'globalThis[["fe", "tch"].join("")]("u");\n', ["scan/network-call 1:1-35"]],
    ["scan/shell-command: __import__(\"_\".join([\"sub\", \"process\"]))", "a.py", 'mod = __import__("".join(["sub", "process"]))\nmod.run("a")\n', ["scan/shell-command 2:1-8"]],
    ["scan/shell-command: require(\"child\".concat(\"_process\")) (issue 19 depth)", "a.js", 'require("child".concat("_process")).exec("a");\n', ["scan/shell-command 1:1-41"]],
    ["scan/shell-command: [\"child\", \"process\"][\"join\"](\"_\") held in a const (issue 19 depth)", "a.js", 'const n = ["child", "process"]["join"]("_");\nrequire(n).spawn("b");\n', ["scan/shell-command 2:1-17"]],
    ["scan/network-call: globalThis[\"fe\".concat(\"t\", \"ch\")], a constant continued (issue 19 depth)", "a.js", 'const x = "child_process".concat("");\nrequire(x).exec("a");\nglobalThis["fe".concat("t", "ch")]("u");\n', ["scan/shell-command 2:1-16", "scan/network-call 3:1-35"]],
    ["scan/shell-command: import_module of a tuple joined, held in a name", "a.py", 'import importlib\nname = "_".join(("child", "process")).replace("child_", "sub")\nother = "".join(("sub", "process"))\nimportlib.import_module(other).call("b")\n', ["scan/shell-command 4:1-36"]],
  ])("%s", (_what, path, text, expected) => {
    expect(found(path, text)).toEqual(expected);
  });

  test.each([
    ["a joined name of a module not watched, an array joined by a comma", "a.js", 'require("pa" + "th").join("a");\nglobalThis["con" + "sole"].log("x");\nrequire(["child", "process"].join()).exec("c");\n'],
  ])("scan/shell-command is clean: %s", (_what, path, text) => {
    expect(found(path, text)).toEqual([]);
  });

  // A name with a part the scan cannot read may be any module's: the load is reported, not passed over.
  test.each([
    ["a joined name with a part that is not a constant", "a.py", 'import importlib\nimportlib.import_module("sub" + suffix).run("b")\n', ["scan/dynamic-code 2:1-24"]],
    ["an array joined with a part or separator that is not a constant, or a spread", "a.js", 'require(["child", suffix].join("_")).exec("a");\nrequire(["child", "process"].join(sep)).exec("b");\nrequire([..."child_process"].join("")).exec("d");\n', ["scan/dynamic-code 1:1-8", "scan/dynamic-code 2:1-8", "scan/dynamic-code 3:1-8"]],
    ["a string continued by a part that is not a constant, an array's concat (issue 19 depth)", "a.js", 'require("child".concat(suffix)).exec("a");\nrequire("pa".concat("th")).join("b");\nrequire(["child_process"].concat([]).join("")).exec("c");\n', ["scan/dynamic-code 1:1-8", "scan/dynamic-code 3:1-8"]],
    ["a list joined with a part that is not a constant, or a starred one", "a.py", 'import importlib\nimportlib.import_module("".join(["sub", suffix])).run("b")\n__import__("".join(["sub", *rest])).run("c")\n', ["scan/dynamic-code 2:1-24", "scan/dynamic-code 3:1-11"]],
  ])("scan/dynamic-code: %s", (_what, path, text, expected) => {
    expect(found(path, text)).toEqual(expected);
  });
});

// A module loaded by a name the scan cannot read may be any module: `require(atob(…))` is as open as `eval(atob(…))`.
describe("scan/dynamic-code: a module loaded by a name the scan cannot read", () => {
  test("scan/dynamic-code: JavaScript — a parameter hiding a file constant, a name updated in place, import() of a decoded name, getBuiltinModule, a held createRequire", () => {
    const text = 'const n = "path";\nfunction f(n) {\n  return require(n).execSync("b");\n}\nlet m = "path";\nm += suffix;\nrequire(m);\nimport(atob("Y2hpbGRfcHJvY2Vzcw==")).then((x) => x.execSync("c"));\nprocess.getBuiltinModule(name);\n';
    expect(found("a.js", text)).toEqual(["scan/dynamic-code 3:10-17", "scan/dynamic-code 7:1-8", "scan/dynamic-code 8:1-7", "scan/dynamic-code 9:1-25"]);
    expect(found("b.mjs", 'import { createRequire } from "node:module";\nconst load = createRequire(import.meta.url);\nload(name).execSync("a");\n')).toEqual(["scan/dynamic-code 3:1-5"]);
    // A data: URL is code: Node imports it as a module.
    expect(found("d.mjs", 'await import("data:text/javascript,import cp from \\"child_process\\"; cp.execSync(\\"id\\")");\nconst u = "data:text/javascript,export default 1";\nawait import(u);\n')).toEqual(["scan/dynamic-code 1:7-13", "scan/dynamic-code 3:7-13"]);
    expect(found("c.js", 'let n = "path";\nn = other;\nrequire(n).execSync("d");\nconst [k] = [x];\nrequire(k);\n')).toEqual(["scan/dynamic-code 3:1-8", "scan/dynamic-code 5:1-8"]);
  });

  test("scan/dynamic-code: JavaScript — a name updated by a destructuring assignment (`({ n } = o)`, `[m] = arr`, nested, renamed) is no constant; the pattern's other names and a declared pattern elsewhere leave a constant be", () => {
    const text = 'let n = "fs";\n({ n } = o);\nrequire(n);\nlet m = "fs";\n[m] = arr;\nrequire(m);\nlet k = "fs";\n({ a: [k] } = o);\nrequire(k);\nlet j = "fs";\n({ x: j = "y" } = o);\nrequire(j);\nlet r = "fs";\nif (x) [r] = arr;\nrequire(r);\nlet q = "fs";\nfunction g() { return [q] = arr; }\nrequire(q);\n';
    expect(found("a.js", text)).toEqual(["scan/dynamic-code 3:1-8", "scan/dynamic-code 6:1-8", "scan/dynamic-code 9:1-8", "scan/dynamic-code 12:1-8", "scan/dynamic-code 15:1-8", "scan/dynamic-code 18:1-8"]);
    // Declarations and subscripts assigned are no pattern assigned: `const { a } =`, `obj[P] =`, `m[0][P] =`.
    expect(found("b.js", 'const P = "path";\nlet a, b;\n({ a } = o);\n[b] = arr;\nconst { c } = o;\nobj[P] = 1;\nm[0][P] = 2;\nrequire(P).join("x");\nif (x == y) require(P);\n')).toEqual([]);
  });

  test("scan/dynamic-code: Python — a parameter hiding a file constant, a loop over names one of which is unread, a decoded name, resolve_name of a name", () => {
    const text = 'import importlib, base64, pkgutil\nn = "json"\ndef f(n):\n    return importlib.import_module(n).system("a")\nfor m in ["json", x]:\n    importlib.import_module(m)\n__import__(base64.b64decode("b3M=").decode()).system("b")\npkgutil.resolve_name(spec)()\nk = "json"\nk += suffix\nimportlib.import_module(k)\n';
    expect(found("a.py", text)).toEqual(["scan/dynamic-code 4:12-35", "scan/dynamic-code 6:5-28", "scan/dynamic-code 7:1-11", "scan/dynamic-code 8:1-21", "scan/dynamic-code 11:1-24"]);
  });

  test("scan/dynamic-code is clean for a project file named by a path, a relative Python name, a constant, a literal with escapes (scan/respelled-name's), and a loader of the file's own", () => {
    expect(found("a.js", 'require("./" + f);\nrequire(`./plugins/${p}`);\nrequire(path.join(__dirname, f));\nimport(new URL("./x.js", import.meta.url).href);\nconst M = "path";\nrequire(M).join("a");\nfunction g(require, n) {\n  return require(n);\n}\n')).toEqual([]);
    expect(found("b.py", 'import importlib\nimportlib.import_module(f".{name}", __package__)\nimportlib.import_module("." + n, "pkg")\nMOD = "json"\nimportlib.import_module(MOD)\ndef h(__import__, n):\n    return __import__(n)\nfor m in ("json", "csv"):\n    importlib.import_module(m)\n')).toEqual([]);
  });
});

// The prefilter lets such a file through (nothing else watched in it), and the alias resolves.
describe("a global object held whole under another name (issue 19 depth)", () => {
  test("scan/network-call: const g = globalThis; g.fetch(u), const { fetch: f } = globalThis, window and self", () => {
    const text = 'const g = globalThis;\ng.fetch("u");\nconst { fetch: f } = globalThis;\nf("u");\nconst w = window;\nw.fetch("u");\nconst { WebSocket: WS } = self;\nnew WS("u");\n';
    expect(found("a.js", text)).toEqual(["scan/network-call 2:1-8", "scan/network-call 4:1-2", "scan/network-call 6:1-8", "scan/network-call 8:5-7"]);
  });

  test("scan/network-call is clean: a local of another value, a shadowing parameter, a member of another object", () => {
    const text = 'const g = globalThis;\nfunction go(g) { g.fetch("u"); }\nconst h = other;\nh.fetch("u");\nconst { fetch: f } = client;\nf("u");\n';
    expect(found("a.js", text)).toEqual([]);
  });
});

describe("JavaScript: a module object's `require`, however the object is reached", () => {
  test("scan/shell-command: module.require held or bound, require.cache's and module.children's modules, a Module made, the prototype's", () => {
    const text = [
      "const r1 = module.require;",
      'r1("child_process").execSync("a");',
      "const r2 = module.require.bind(module);",
      'r2("child_process").execSync("b");',
      'module.require.call(module, "child_process").execSync("c");',
      'require.cache[Object.keys(require.cache)[0]].require("child_process").execSync("d");',
      'module.children[0].require("child_process").execSync("e");',
      'const M = require("module");',
      'new M("x", module).require("child_process").execSync("f");',
      'module.constructor.prototype.require.call(module, "child_process").execSync("g");',
      'new (require("module"))("x", module).require("child_process").execSync("h");',
      'const made = new M("y", module);',
      'made.require("child_process").execSync("i");',
      "",
    ].join("\n");
    expect(found("a.js", text)).toEqual([
      "scan/shell-command 2:1-29",
      "scan/shell-command 4:1-29",
      "scan/shell-command 5:1-54",
      "scan/shell-command 6:1-79",
      "scan/shell-command 7:1-53",
      "scan/shell-command 9:1-53",
      "scan/shell-command 10:1-76",
      "scan/shell-command 11:1-71",
      "scan/shell-command 13:1-39",
    ]);
  });

  test("scan/shell-command is clean for a module object's require of modules not watched, and a `require` member never called with one", () => {
    const text = 'const r = module.require;\nr("./local").run("a");\nmodule.children[0].require("path").join("b");\nconst opts = { require: ["x"] };\nopts.require.push("child_process");\nconst loader = { require: (m) => m };\nloader.require("child_process").exec("c");\n';
    expect(found("a.js", text)).toEqual([]);
  });
});

describe("JavaScript: a module object's relatives and Node's loaders held by a name", () => {
  test("scan/shell-command, scan/dynamic-code: `module.parent`, `module.children[i]`, `require.cache[k]`, `require.main` reached through a held `require` or its `cache`, and `module.require`, `{ require } = module`, `process.getBuiltinModule`, the module builtin's `_load` held and called (nothing else in the file loads)", () => {
    const named = (body: string) => found("a.js", body);
    const decoded = 'const n = Buffer.from("Y2hpbGRfcHJvY2Vzcw==", "base64").toString();\n';
    expect(named('const p = module.parent;\np.require("child_process").execSync("a");\n')).toEqual(["scan/shell-command 2:1-36"]);
    expect(named('const c = module.children[0];\nc.require("child_process").execSync("b");\n')).toEqual(["scan/shell-command 2:1-36"]);
    expect(named('const m = require.cache[__filename];\nm.constructor._load("child_process").execSync("c");\n')).toEqual(["scan/shell-command 2:1-46"]);
    expect(named('const { cache, main } = require;\ncache[k].require("child_process").execSync("d");\nmain.require("child_process").execSync("e");\n')).toEqual(["scan/shell-command 2:1-43", "scan/shell-command 3:1-39"]);
    expect(named('const r = require;\nr.main.require("child_process").execSync("f");\n')).toEqual(["scan/shell-command 2:1-41"]);
    expect(named('const r = module.require;\nr("child_process").execSync("g");\n')).toEqual(["scan/shell-command 2:1-28"]);
    expect(named('const { require: r } = module;\nr("child_process").execSync("h");\n')).toEqual(["scan/shell-command 2:1-28"]);
    expect(named(`${decoded}const r = require;\nr(n).execSync("i");\n`)).toEqual(["scan/dynamic-code 3:1-2"]);
    expect(named(`${decoded}const g = process.getBuiltinModule;\ng(n).execSync("j");\n`)).toEqual(["scan/dynamic-code 3:1-2"]);
    expect(named(`${decoded}const l = require("module")._load;\nl(n).execSync("k");\n`)).toEqual(["scan/dynamic-code 3:1-2"]);
  });

  test("scan/shell-command: module.children looped over, handed to forEach's callback, destructured (also through a name holding it) or picked by `.at`", () => {
    const text = 'for (const c of module.children) c.require("child_process").execSync("a");\nmodule.children.forEach((c) => c.require("child_process").execSync("b"));\nconst kids = module.children;\nconst [first] = kids;\nfirst.require("child_process").execSync("c");\nkids.at(0).require("child_process").execSync("d");\n';
    expect(found("a.js", text)).toEqual(["scan/shell-command 1:34-69", "scan/shell-command 2:32-67", "scan/shell-command 5:1-40", "scan/shell-command 6:1-45"]);
  });

  test("scan/shell-command: the module builtin reached as the constructor of a module object's prototype (`Object.getPrototypeOf(module).constructor`, `module.__proto__.constructor`), in place or held", () => {
    const text = 'Object.getPrototypeOf(module).constructor._load("child_process").execSync("a");\nconst M = module.__proto__.constructor;\nM._load("child_process").execSync("b");\nconst P = Object.getPrototypeOf(module).constructor;\nP.prototype.require.call(module, "child_process").execSync("c");\n';
    expect(found("a.js", text)).toEqual(["scan/shell-command 1:1-74", "scan/shell-command 3:1-34", "scan/shell-command 5:1-59"]);
    expect(found("b.js", 'const o = { __proto__: { constructor: { _load: (m) => m } } };\nObject.getPrototypeOf(o).constructor._load("child_process").exec("d");\n')).toEqual([]);
  });

  test("clean: a held module object's or loader's load of a module not watched, another object's `parent`/`cache`, a `require` key of a plain object", () => {
    const text = 'const p = module.parent;\np.require("path").join("a");\nconst r = module.require;\nr("./local").run("b");\nconst node = { parent: { require: (m) => m } };\nnode.parent.require("child_process").exec("c");\nconst store = { cache: {} };\nstore.cache[k].require("child_process").exec("d");\nconst opts = { require: ["ts-node"] };\n';
    expect(found("a.js", text)).toEqual([]);
  });
});

describe("TypeScript: `import x = a.b` names a member as a declaration does", () => {
  test("scan/shell-command: an alias of a member, of the module, and one a namespace exports", () => {
    const text = 'import * as cp from "child_process";\nimport run = cp.execSync;\nrun("a");\nimport shell = cp;\nshell.exec("b");\nnamespace Tools {\n  export import exec = cp.execSync;\n}\nTools.exec("c");\n';
    expect(found("a.ts", text)).toEqual(["scan/shell-command 3:1-4", "scan/shell-command 5:1-11", "scan/shell-command 9:1-11"]);
  });

  test("scan/shell-command is clean for an alias of a member not watched, and of another namespace's", () => {
    const text = 'import * as cp from "child_process";\nimport codes = cp.constants;\ncodes.E2BIG;\nnamespace Util {\n  export const exec = (s: string) => s;\n}\nimport exec = Util.exec;\nexec("d");\n';
    expect(found("a.ts", text)).toEqual([]);
  });
});
