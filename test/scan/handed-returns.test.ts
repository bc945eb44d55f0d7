// Watched functions that reached code the scan does not read without being handed over themselves: returned by a
// function written in place and handed to a call (`lazy(() => cp.exec)`, `lazy(lambda: os.system)`, a Proxy's `get`
// trap, an object's getter), handed to dynamic access that calls them (`builtins.map(os.system, cs)`,
// `operator.call(os.system, c)`), a member's `__call__` read by getattr, and a module loaded through the main module's
// class (`process.mainModule.constructor._load`). Each found where written; each look-alike left alone.
import { describe, expect, test } from "vitest";
import * as javascriptEdit from "../../core/scan/javascript-edit";
import { scanFiles } from "../../core/scan/run";
import { typing } from "./edits";
import { projectPlaces as scan, writeProject } from "./helpers";

async function messages(files: Record<string, string>): Promise<string[]> {
  const run = await scanFiles({ ...writeProject(files), workers: 1 });
  return run.findings.map((f) => `${f.line}:${f.column} ${f.message.replace(/, bypassing the tool gateway's[^.]*\./, ".")}`);
}
const CP = 'const cp = require("child_process");\nconst path = require("path");\n';

describe("scan/shell-command, scan/network-call: a watched function returned by a function written in place and handed to a call (JavaScript)", () => {
  test("an arrow, a function expression, a Proxy's `get` trap, an object's getter, an arrow in an array in an object; the message says whoever calls the function gets it", async () => {
    const text = `${CP}lazy(() => cp.exec);\nlazy(function () { return cp.execSync; });\nconst h = new Proxy({}, { get: () => cp.spawn });\nregister({ get run() { return cp.execFile; } });\nregister([{ a: () => fetch }]);\n`;
    expect(await scan({ "a.js": text })).toEqual(["a.js:3:12-3:19 scan/shell-command", "a.js:4:27-4:38 scan/shell-command", "a.js:5:38-5:46 scan/shell-command", "a.js:6:31-6:42 scan/shell-command", "a.js:7:22-7:27 scan/network-call"]);
    expect((await messages({ "a.js": text })).find((m) => m.startsWith("3:12"))).toBe("3:12 `cp.exec` (child_process.exec) starts a process directly. It is returned by a function handed to `lazy`: whoever calls that function gets it.");
  });
  test("clean: a module returned, a call's result returned (the call itself is the finding), a class's method, a named arrow only called, an arrow called in place, `path.join` returned", async () => {
    const text = `${CP}lazy(() => cp);\nlazy(() => path.join);\nclass A { m() { return cp.exec; } }\nconst f = () => cp.exec;\nf()("ls");\n(() => cp.exec)()("ls");\nlazy(() => cp.exec("ls"));\n`;
    expect(await scan({ "a.js": text })).toEqual(["a.js:7:1-7:4 scan/shell-command", "a.js:8:1-8:18 scan/shell-command", "a.js:9:12-9:19 scan/shell-command"]);
  });
  test("an arrow handed 70 arrays deep (past the 64 walked up): reported as nested too deep (fail closed)", async () => {
    const text = `${CP}lazy(${"[".repeat(70)}() => cp.exec${"]".repeat(70)});\n`;
    const found = await messages({ "a.js": text });
    expect(found).toEqual(["3:82 `cp.exec` (child_process.exec) starts a process directly. It is passed as a value to `a value nested more than 64 levels deep`, which will call it."]);
  });
  test("typing a handed arrow keystroke by keystroke into a function far from the require: every step equals a fresh scan", async () => {
    const text = `${CP}${Array.from({ length: 6 }, (_, i) => `function task_${i}() {\n  return ${i};\n}\n`).join("")}`;
    const typed = "lazy(() => cp.exec);\n";
    const at = text.indexOf("  return 3;");
    const steps = [text];
    for (let i = 1; i <= typed.length; i++) steps.push(text.slice(0, at) + typed.slice(0, i) + text.slice(at));
    const { out } = await typing(javascriptEdit, "reanalyzeJavaScript", "javascript", "a.js", steps, (actual, expected, step) => expect(actual, step).toEqual(expected));
    expect(out[0]).toEqual([]);
    expect(out[typed.length]).toEqual(["scan/shell-command 13:12"]);
  });
});

describe("scan/shell-command, scan/network-call: a watched function returned by a lambda handed to a call (Python)", () => {
  test("positional, keyword, in a dict of a list; the message says whoever calls the lambda gets it", async () => {
    const text = 'import os, requests\nlazy(lambda: os.system)\nlazy(key=lambda x: requests.get)\nregister({"a": [lambda: os.popen]})\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:2:14-2:23 scan/shell-command", "a.py:3:20-3:32 scan/network-call", "a.py:4:25-4:33 scan/shell-command"]);
    expect((await messages({ "a.py": text })).find((m) => m.startsWith("3:20"))).toBe("3:20 `requests.get` makes a network call directly. It is returned by a function handed to `lazy`: whoever calls that function gets it.");
  });
  test("clean: a key reading an attribute, a module returned, a lambda called in place, a named lambda only called, `os.path.join` returned", async () => {
    const text = 'import os\nsorted(xs, key=lambda x: x.name)\nlazy(lambda: os)\nlazy(lambda: os.path.join)\n(lambda: os.system)()("ls")\nf = lambda: os.system\nf()("ls")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:5:1-5:22 scan/shell-command", "a.py:7:1-7:4 scan/shell-command"]);
  });
  test("a lambda handed 70 lists deep: reported as nested too deep (fail closed)", async () => {
    const text = `import os\nlazy(${"[".repeat(70)}lambda: os.system${"]".repeat(70)})\n`;
    expect(await messages({ "a.py": text })).toEqual(["2:84 `os.system` starts a process directly. It is passed as a value to `a value nested more than 64 levels deep`, which will call it."]);
  });
});

describe("scan/shell-command: Python's dynamic access given a function it calls, and a member's `__call__` read by getattr", () => {
  test("`builtins.map(os.system, cs)`, `operator.call(os.system, c)`, `sys.settrace(os.system)`, `getattr(os.system, \"__call__\")(c)` held", async () => {
    const text = 'import builtins, operator, os, sys\nlist(builtins.map(os.system, ["ls"]))\noperator.call(os.system, "ls")\nsys.settrace(os.system)\ng = getattr(os.system, "__call__")\ng("ls")\n';
    expect(await scan({ "a.py": text })).toEqual(["a.py:2:19-2:28 scan/shell-command", "a.py:3:15-3:24 scan/shell-command", "a.py:4:14-4:23 scan/shell-command", "a.py:6:1-6:2 scan/shell-command"]);
  });
  test("clean: an attribute of a watched function read (`getattr(requests.get, \"__name__\")`, `vars(requests.get)`), a member read but not called, a module handed to dynamic access", async () => {
    const text = 'import importlib, os, requests\ngetattr(requests.get, "__name__")\nvars(requests.get)\nf = getattr(os, "system")\nimportlib.reload(os)\n';
    expect(await scan({ "a.py": text })).toEqual([]);
  });
});

describe("scan/shell-command: a module loaded through the main module's class or a parent module (JavaScript)", () => {
  test("`process.mainModule.constructor._load`, `require.main.constructor._load`, `module.parent.require`, `process.mainModule.constructor.prototype.require.call`", async () => {
    const text = 'process.mainModule.constructor._load("child_process").exec("ls");\nrequire.main.constructor._load("child_process").exec("ls");\nmodule.parent.require("child_process").exec("ls");\nprocess.mainModule.constructor.prototype.require.call(module, "child_process").exec("ls");\n';
    expect(await scan({ "a.js": text })).toEqual(["a.js:1:1-1:59 scan/shell-command", "a.js:2:1-2:53 scan/shell-command", "a.js:3:1-3:44 scan/shell-command", "a.js:4:1-4:84 scan/shell-command"]);
  });
  test("clean: the same loaders given a module not watched", async () => {
    const text = 'process.mainModule.constructor._load("path").join("a");\nrequire.main.constructor._load("path").join("a");\nmodule.parent.require("path").join("a");\n';
    expect(await scan({ "a.js": text })).toEqual([]);
  });
});

describe("scan/shell-command: a watched function returned by a function written in place that another returns, handed over", () => {
  test("`lazy(() => () => cp.exec)`, `lazy(function () { return () => cp.execSync; })`, `lazy((() => () => cp.spawn)())`, `lazy(lambda: lambda: os.system)`", async () => {
    const js = `${CP}lazy(() => () => cp.exec);\nlazy(function () { return () => cp.execSync; });\nlazy((() => () => cp.spawn)());\n`;
    expect(await scan({ "a.js": js, "b.py": "import os\nlazy(lambda: lambda: os.system)\n" })).toEqual(["a.js:3:18-3:25 scan/shell-command", "a.js:4:33-4:44 scan/shell-command", "a.js:5:19-5:27 scan/shell-command", "b.py:2:22-2:31 scan/shell-command"]);
  });
  test("an array's callbacks, whose returns the model follows, found where called (not twice); a promise's `then`, whose return the next callback gets, where returned and where that callback calls it", async () => {
    const text = `${CP}[cp].map((m) => m.execSync)[0]("id");\nPromise.resolve(cp).then((m) => m.execSync).then((f) => f("id"));\n[cp].reduce((a, m) => m.execSync, null)("id");\n[cp].forEach((m) => m.execSync);\nconst h = () => () => path.join;\n`;
    expect(await scan({ "a.js": text })).toEqual(["a.js:3:1-3:31 scan/shell-command", "a.js:4:33-4:43 scan/shell-command", "a.js:4:57-4:58 scan/shell-command", "a.js:5:1-5:40 scan/shell-command"]);
  });
  test("hostile input: 10,000 arrows or lambdas returning one another, handed over: reported as nested too deep", async () => {
    const js = `${CP}lazy(${"() => ".repeat(10_000)}cp.exec);\n`;
    const py = `import os\nlazy(${"lambda: ".repeat(10_000)}os.system)\n`;
    expect(await scan({ "a.js": js, "b.py": py })).toEqual(["a.js:3:60006-3:60013 scan/shell-command", "b.py:2:80006-2:80015 scan/shell-command"]);
  });
});

describe("scan/shell-command, scan/network-call: a factory of the file handed over (whoever calls it gets what it returns)", () => {
  test("a top-level function and a static method returning a watched function, handed to a call and to `then`", async () => {
    const py = "import os, requests\ndef top():\n    return os.system\nlazy(top)\nclass K:\n    @staticmethod\n    def m():\n        return requests.get\nlazy(K.m)\n";
    const js = `${CP}function top() { return cp.exec; }\nlazy(top);\nPromise.resolve().then(top);\n`;
    expect(await scan({ "a.py": py, "b.js": js })).toEqual(["a.py:4:6-4:9 scan/shell-command", "a.py:9:6-9:9 scan/network-call", "b.js:4:6-4:9 scan/shell-command", "b.js:5:24-5:27 scan/shell-command"]);
    expect((await messages({ "b.js": js })).find((m) => m.startsWith("4:6"))).toMatch(/^4:6 `top` \(child_process\.exec\) starts a process directly\. It is returned by a function handed to `lazy`: whoever calls that function gets it\. Resolved through line 4 `top`/);
  });
  test("clean: a factory making a client (reported where it makes it, not where handed), one returning a module, `path.join`'s", async () => {
    const py = "import os, requests\ndef client():\n    return requests.Session()\nDepends(client)\ndef mod():\n    return os\nlazy(mod)\n";
    const js = `${CP}function joiner() { return path.join; }\nlazy(joiner);\n`;
    expect(await scan({ "a.py": py, "b.js": js })).toEqual(["a.py:3:12-3:28 scan/network-call"]);
  });
});

describe("scan/shell-command: a factory of factories of the file handed over (whoever calls what it returns gets the watched function)", () => {
  test("`lazy(h)` of `const h = () => () => cp.exec`, of a nested function returned, of a local returned; `lazy(h)` of `h = lambda: lambda: os.system` and of a nested def returned; the message as for `lazy(() => () => cp.exec)`", async () => {
    const js = `${CP}const h = () => () => cp.exec;\nlazy(h);\nfunction d() { function i() { return cp.spawn; } return i; }\nlazy(d);\nfunction l() { const g = () => cp.execSync; return g; }\nlazy(l);\n`;
    const py = "import os\nh = lambda: lambda: os.system\nlazy(h)\ndef d():\n    def i():\n        return os.popen\n    return i\nlazy(d)\n";
    expect(await scan({ "a.js": js, "b.py": py })).toEqual(["a.js:4:6-4:7 scan/shell-command", "a.js:6:6-6:7 scan/shell-command", "a.js:8:6-8:7 scan/shell-command", "b.py:3:6-3:7 scan/shell-command", "b.py:8:6-8:7 scan/shell-command"]);
    expect((await messages({ "a.js": js })).find((m) => m.startsWith("4:6"))).toMatch(/^4:6 `h` \(child_process\.exec\) starts a process directly\. It is returned by a function handed to `lazy`: whoever calls that function gets it\. Resolved through line 4 `h`/);
  });
  test("clean: `path.join`'s, a harmless function's, a module's, and one handed to an array's iteration", async () => {
    const js = `${CP}const hj = () => () => path.join;\nlazy(hj);\nconst hx = () => () => (x) => x;\nlazy(hx);\nconst hm = () => () => cp;\nlazy(hm);\n[1].map(() => 2).map(hj);\n`;
    const py = "import os, os.path\nh = lambda: lambda: os.path.join\nlazy(h)\nm = lambda: lambda: os\nlazy(m)\n";
    expect(await scan({ "a.js": js, "b.py": py })).toEqual([]);
  });
});

describe("scan/shell-command: a factory called through a comma (TypeScript's compiled `(0, make)(…)`)", () => {
  test("`(0, make)()(c)`, held (`const m = (0, make)(); m(c)`), and in TypeScript after `await` (which the grammar reads as a call); the comma's other forms left as they were", async () => {
    const js = `${CP}function make() { return cp.exec; }\n(0, make)()("ls");\nconst m = (0, make)();\nm("ls");\n(0, path.join)("a");\n`;
    const ts = 'import * as cp from "node:child_process";\nfunction make() { return cp.exec; }\nexport async function go() {\n  await (0, make)()("ls");\n}\n';
    expect(await scan({ "a.js": js, "b.ts": ts })).toEqual(["a.js:4:1-4:12 scan/shell-command", "a.js:6:1-6:2 scan/shell-command", "b.ts:4:9-4:20 scan/shell-command"]);
  });
});
