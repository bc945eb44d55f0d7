// Factories of factories (core/scan/factories.ts): a function returning a function (written in place, or a nested
// function returned by name, or another factory) that returns a watched value. Each call of the chain peels one
// level; the call of the last is the crossing, reported where a one-level factory's is (the callee: `h()()`), and a
// chain called fewer times is no crossing. Followed MAX_HANDED_DEPTH functions deep; a deeper chain (a hostile file
// nests thousands) is taken as its top-level function's value, the finding saying so.
import { describe, expect, test } from "vitest";
import { MAX_HANDED_DEPTH } from "../../core/scan/analysis";
import * as javascriptEdit from "../../core/scan/javascript-edit";
import * as pythonEdit from "../../core/scan/python-edit";
import { scanFiles } from "../../core/scan/run";
import { Scanner } from "../../core/scan/scan";
import { typing } from "./edits";
import { found, writeProject } from "./helpers";

const SHELL = "scan/shell-command";
const CP = 'const cp = require("child_process");\nconst path = require("path");\n';
/** The findings expected: each callee, on its line (the first place on it that spells it). */
const expected = (text: string, callees: Array<[line: number, callee: string]>) =>
  callees.map(([line, callee]) => {
    const column = text.split("\n")[line - 1]!.indexOf(callee) + 1;
    return `${SHELL} ${line}:${column}-${line}:${column + callee.length}`;
  });

describe(`scan/shell-command: a function returning a function that returns a watched value (JavaScript), ${MAX_HANDED_DEPTH} functions deep`, () => {
  test("arrows, a function expression returned, a nested function returned by name, a factory returned by name, a static method, three deep, in place, through a variable", async () => {
    const text = `${CP}const h = () => () => cp.exec;
h()()("id");
function outer() { return function inner() { return cp; }; }
outer()().exec("id");
const g = h();
g()("id");
function named() { function inner() { return cp.execSync; } return inner; }
named()()("id");
function make() { return cp.spawn; }
function maker() { return make; }
maker()()("id");
class K { static make() { return () => cp.execFile; } }
K.make()()("id");
const three = () => () => () => cp.exec;
three()()()("id");
(() => () => cp.exec)()()("id");
const o = outer();
o().exec("id");
`;
    expect(await found("a.js", text)).toEqual(expected(text, [[4, "h()()"], [6, "outer()().exec"], [8, "g()"], [10, "named()()"], [13, "maker()()"], [15, "K.make()()"], [17, "three()()()"], [18, "(() => () => cp.exec)()()"], [20, "o().exec"]]));
  });
  test("clean: `path.join` returned, a local shadowing `cp` returned, a chain called fewer times than it is deep, a nested function not returned, a module member read off a factory of factories", async () => {
    const text = `${CP}const hj = () => () => path.join;
hj()()("a");
function shadow() { return function () { const cp = { exec() {} }; return cp; }; }
shadow()().exec("id");
const once = () => () => cp.exec;
once()("id");
function kept() { function inner() { return cp.exec; } return 1; }
kept()()("id");
once.exec("id");
`;
    expect(await found("a.js", text)).toEqual([]);
  });
  test("offered to another file: `import { h } from \"./h\"` … `h()()(c)`", async () => {
    const run = await scanFiles({ ...writeProject({ "h.js": `${CP}export const h = () => () => cp.exec;\n`, "a.js": 'import { h } from "./h";\nh()()("id");\n' }), workers: 1 });
    expect(run.findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`)).toEqual([`a.js:2:1-2:6 ${SHELL}`]);
  });
});

describe(`scan/shell-command: a function returning a function that returns a watched value (Python), ${MAX_HANDED_DEPTH} functions deep`, () => {
  test("a nested def returned, lambdas in place, a lambda given the module in place, an async def awaited, through a variable, a static method returning a lambda, a factory returned by name", async () => {
    const text = `import os
def outer():
    def inner():
        return os
    return inner
outer()().system("id")
f = (lambda: lambda: os.system)()()
f("id")
g = (lambda m: m.system)(os)
g("id")
async def af():
    return os.system
async def main():
    (await af())("id")
inner = outer()
inner().system("id")
class K:
    @staticmethod
    def make():
        return lambda: os.popen
K.make()()("id")
h = lambda: lambda: os.system
h()()("id")
def make():
    return os.system
def maker():
    return make
maker()()("id")
`;
    expect(await found("a.py", text)).toEqual(expected(text, [[6, "outer()().system"], [8, "f"], [10, "g"], [14, "af()"], [16, "inner().system"], [21, "K.make()()"], [23, "h()()"], [28, "maker()()"]]));
  });
  test("clean: `os.path.join` returned, a local shadowing `os` returned, a chain called fewer times than it is deep, a nested def not returned, a lambda given another module", async () => {
    const text = `import os, os.path
def j():
    def inner():
        return os.path.join
    return inner
j()()("a")
def shadow():
    def inner():
        os = object()
        return os
    return inner
shadow()().system("id")
once = lambda: lambda: os.system
once()("id")
def kept():
    def inner():
        return os.system
    return 1
kept()()("id")
(lambda m: m.join)(os.path)("a")
`;
    expect(await found("a.py", text)).toEqual([]);
  });
});

describe("scan/shell-command: a nested function a method returns by name", () => {
  test("a static method's (JavaScript), a static method's (Python); clean: a method's name returned by the function around its class", async () => {
    const js = `${CP}class S { static make() { function inner() { return cp.exec; } return inner; } }\nS.make()()("id");\n`;
    expect(await found("a.js", js)).toEqual(expected(js, [[4, "S.make()()"]]));
    const py = "import os\nclass S:\n    @staticmethod\n    def make():\n        def inner():\n            return os.system\n        return inner\nS.make()()(\"id\")\n";
    expect(await found("a.py", py)).toEqual(expected(py, [[8, "S.make()()"]]));
    const clean = "import os\ndef f():\n    class A:\n        def m(self):\n            return os.system\n    return m\nf()()(\"id\")\n";
    expect(await found("a.py", clean)).toEqual([]);
  });
});

describe("scan/shell-command: a function held by a local and returned, a nested function's call returned", () => {
  test("JavaScript: `const g = () => cp.exec; return g`, `return inner()`, a function expression held; clean: `path.join`, a local holding a harmless function, a local not returned", async () => {
    const text = `${CP}function f() { const g = () => cp.exec; return g; }
f()()("id");
function n() { function inner() { return cp; } return inner(); }
n().exec("id");
function e() { let g = function () { return cp.spawn; }; return g; }
e()()("id");
function j() { const g = () => path.join; return g; }
j()()("a");
function harmless() { const g = () => (x) => x; return g; }
harmless()()("id");
function kept() { const g = () => cp.exec; return 1; }
kept()()("id");
function nj() { function inner() { return path; } return inner(); }
nj().join("a");
`;
    expect(await found("a.js", text)).toEqual(expected(text, [[4, "f()()"], [6, "n().exec"], [8, "e()()"]]));
  });
  test("Python: `g = lambda: os.system; return g`, `return inner()`; clean: `os.path.join`, a local holding a harmless function, a local not returned", async () => {
    const text = `import os, os.path
def f():
    g = lambda: os.system
    return g
f()()("id")
def n():
    def inner(): return os
    return inner()
n().system("id")
def j():
    g = lambda: os.path.join
    return g
j()()("a")
def harmless():
    g = lambda: print
    return g
harmless()()("id")
def kept():
    g = lambda: os.system
    return 1
kept()()("id")
`;
    expect(await found("a.py", text)).toEqual(expected(text, [[5, "f()()"], [9, "n().system"]]));
  });
});

describe("scan/shell-command: a chain of functions returning functions deeper than followed", () => {
  test(`${MAX_HANDED_DEPTH} arrows or lambdas deep: followed, found at the call that reaches the value; one more (arrows, lambdas, factories returned by name): the top-level function's call is taken as the value, the finding says so`, async () => {
    const deep = (n: number) => `${CP}const h = ${"() => ".repeat(n)}cp.exec;\nh${"()".repeat(n)}("id");\n`;
    const deepPy = (n: number) => `import os\nh = ${"lambda: ".repeat(n)}os.system\nh${"()".repeat(n)}("id")\n`;
    expect(await found("a.js", deep(MAX_HANDED_DEPTH))).toEqual([`${SHELL} 4:1-4:${2 + 2 * MAX_HANDED_DEPTH}`]);
    expect(await found("a.py", deepPy(MAX_HANDED_DEPTH))).toEqual([`${SHELL} 3:1-3:${2 + 2 * MAX_HANDED_DEPTH}`]);
    // JavaScript's value is also reported where returned, as handed to code nested too deep (handed-returns.test.ts).
    expect(await found("a.js", deep(MAX_HANDED_DEPTH + 1))).toEqual([`${SHELL} 3:${11 + 6 * (MAX_HANDED_DEPTH + 1)}-3:${18 + 6 * (MAX_HANDED_DEPTH + 1)}`, `${SHELL} 4:1-4:4`]);
    expect(await found("a.py", deepPy(MAX_HANDED_DEPTH + 1))).toEqual([`${SHELL} 3:1-3:4`]);
    // Factories returned by name, one more than followed: likewise.
    const named = (n: number) => `${CP}${Array.from({ length: n }, (_, i) => (i < n - 1 ? `function f${i}() { return f${i + 1}; }\n` : `function f${i}() { return cp.exec; }\n`)).join("")}`;
    const calls = (n: number) => `f0${"()".repeat(n)}("id");\n`;
    expect(await found("a.js", named(MAX_HANDED_DEPTH) + calls(MAX_HANDED_DEPTH))).toEqual([`${SHELL} ${MAX_HANDED_DEPTH + 3}:1-${MAX_HANDED_DEPTH + 3}:${3 + 2 * MAX_HANDED_DEPTH}`]);
    expect(await found("a.js", named(MAX_HANDED_DEPTH + 1) + calls(1))).toEqual([`${SHELL} ${MAX_HANDED_DEPTH + 4}:1-${MAX_HANDED_DEPTH + 4}:5`]);
  });
  test("hostile input: 10,000 arrows or lambdas returning one another, called: scanned, the top-level function's call reported as nested too deep (JavaScript's value too, where returned)", async () => {
    const js = `${CP}const h = ${"() => ".repeat(10_000)}cp.exec;\nh()("id");\n`;
    const py = `import os\nh = ${"lambda: ".repeat(10_000)}os.system\nh()("id")\n`;
    // A time limit no loaded machine reaches: the scan completes (not scan/skipped-file) and reports what it should.
    const scanner = await Scanner.create({ timeLimitMs: 600_000 });
    const findings = [...scanner.scanSource("a.js", js), ...scanner.scanSource("b.py", py)];
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`).sort()).toEqual([`a.js:3:60011-3:60018 ${SHELL}`, `a.js:4:1-4:4 ${SHELL}`, `b.py:3:1-3:4 ${SHELL}`]);
    expect(findings.filter((f) => f.endColumn === 4).map((f) => f.message.includes(`nested more than ${MAX_HANDED_DEPTH} functions deep (followed ${MAX_HANDED_DEPTH} functions deep`))).toEqual([true, true]);
  });
});

describe("scan/shell-command: typing a function returning a function (the editor's scan)", () => {
  test("an arrow typed keystroke by keystroke into a function far from the import, its call below: every step equals a fresh scan", async () => {
    const js = `${CP}${Array.from({ length: 6 }, (_, i) => `function task_${i}() {\n  return ${i};\n}\n`).join("")}task_3()()("id");\n`;
    const typedJs = " () => cp.exec; //";
    const atJs = js.indexOf(" 3;");
    const stepsJs = [js];
    for (let i = 1; i <= typedJs.length; i++) stepsJs.push(js.slice(0, atJs) + typedJs.slice(0, i) + js.slice(atJs));
    const outJs = (await typing(javascriptEdit, "reanalyzeJavaScript", "javascript", "a.js", stepsJs, (actual, expected, step) => expect(actual, step).toEqual(expected))).out;
    expect(outJs[0]).toEqual([]);
    expect(outJs[typedJs.length]).toEqual(["scan/shell-command 21:1"]);
    const py = `import os\n${Array.from({ length: 6 }, (_, i) => `def task_${i}():\n    return ${i}\n`).join("")}task_3()()("id")\n`;
    const typedPy = " lambda: os.system #";
    const atPy = py.indexOf(" 3\n");
    const stepsPy = [py];
    for (let i = 1; i <= typedPy.length; i++) stepsPy.push(py.slice(0, atPy) + typedPy.slice(0, i) + py.slice(atPy));
    const outPy = (await typing(pythonEdit, "reanalyzePython", "python", "a.py", stepsPy, (actual, expected, step) => expect(actual, step).toEqual(expected))).out;
    expect(outPy[0]).toEqual([]);
    expect(outPy[typedPy.length]).toEqual(["scan/shell-command 14:1"]);
  });
});
