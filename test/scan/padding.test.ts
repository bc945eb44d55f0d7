// Issue 19: the scan's reading windows fail closed. A container literal, a value in parentheses, a factory's returned
// value, a definition's value, an import list or a specifier longer than what a text window reads is still followed —
// whitespace or filler must not hide `{ r: cp.execSync }` — and a function the scan trusts by its name (an inspector,
// `promisify`) is trusted only when it is the library's own, not a function of that name the pull request writes.
import { describe, expect, test } from "vitest";
import { scanFiles } from "../../core/scan/run";
import { writeProject } from "./helpers";

const PAD = (n: number) => " ".repeat(n);
const CP = 'const cp = require("child_process");\n';

/** "rule file:line:column" of each finding of the project, sorted. */
async function scan(files: Record<string, string>): Promise<string[]> {
  const run = await scanFiles({ ...writeProject(files), workers: 1 });
  return run.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`).sort();
}

describe("scan/shell-command: container literals however long", () => {
  test("scan/shell-command: a JavaScript object or array literal padded past 4,000 characters, called, handed over whole, subscripted", async () => {
    const text = `${CP}const t = {${PAD(4100)}r: cp.execSync };\nt.r("id");\nconst u = {${PAD(4100)}r: cp.execSync };\nsetup(u);\nconst v = [${PAD(4100)}cp.execSync];\nv[0]("id");\n`;
    expect(await scan({ "a.js": text })).toEqual(["scan/shell-command a.js:3:1", "scan/shell-command a.js:5:7", "scan/shell-command a.js:7:1"]);
  });
  test("scan/shell-command: a Python dict padded past 4,000 characters, and a value in parentheses padded past 1,000", async () => {
    const text = `import subprocess\nt = {${PAD(4100)}"r": subprocess.run}\nt["r"]("id")\nf = (${PAD(1100)}subprocess.run)\nf("id")\n`;
    expect(await scan({ "a.py": text })).toEqual(["scan/shell-command a.py:3:1", "scan/shell-command a.py:5:1"]);
  });
  test("scan/shell-command is clean for the same padded literals of functions not watched", async () => {
    expect(await scan({ "a.js": `const j = {${PAD(4100)}r: JSON.parse };\nj.r("1");\nconst k = [${PAD(4100)}JSON.parse];\nk[0]("1");\n`, "a.py": `import json\nj = {${PAD(4100)}"r": json.loads}\nj["r"]("1")\ng = (${PAD(1100)}json.loads)\ng("1")\n` })).toEqual([]);
  });
});

describe("scan/shell-command: a factory's returned value and a definition's value however long", () => {
  test("scan/shell-command: `return (…cp.execSync)` padded past 200 characters and `return {… run: cp.execSync }` past 4,000, in both languages", async () => {
    const js = `${CP}function a() {\n  return (${PAD(300)}cp.execSync);\n}\nfunction b() {\n  return {${PAD(4200)}run: cp.execSync };\n}\na()("id");\nb().run("id");\n`;
    const py = `import subprocess\ndef a():\n    return (${PAD(300)}subprocess.run)\ndef b():\n    return {${PAD(4200)}"run": subprocess.run}\na()("id")\nb()["run"]("id")\n`;
    expect(await scan({ "a.js": js, "a.py": py })).toEqual(["scan/shell-command a.js:8:1", "scan/shell-command a.js:9:1", "scan/shell-command a.py:6:1", "scan/shell-command a.py:7:1"]);
  });
  test("scan/shell-command: a definition naming a factory's call past 4,000 characters into its value", async () => {
    const js = `${CP}function make() {\n  return cp.execSync;\n}\nconst o = {${PAD(4100)}r: make() };\no.r("id");\n`;
    const py = `import subprocess\ndef make():\n    return subprocess.run\no = {${PAD(4100)}"r": make()}\no["r"]("id")\n`;
    expect(await scan({ "a.js": js, "a.py": py })).toEqual(["scan/shell-command a.js:6:1", "scan/shell-command a.py:5:1"]);
  });
  test("scan/shell-command is clean for padded returns and definitions of values not watched", async () => {
    const js = `function c() {\n  return (${PAD(300)}JSON.parse);\n}\nfunction d() {\n  return {${PAD(4200)}run: JSON.parse };\n}\nconst o = {${PAD(4100)}r: d() };\nc()("1");\nd().run("1");\no.r.run("1");\n`;
    const py = `import json\ndef c():\n    return (${PAD(300)}json.loads)\nc()("1")\n`;
    expect(await scan({ "a.js": js, "a.py": py })).toEqual([]);
  });
});

describe("scan/shell-command: import lists and specifiers however long", () => {
  const SHELL = { "lib/shell.mjs": 'export { execSync } from "child_process";\nexport const safe = (s) => s;\n', "lib/shell.cjs": 'module.exports = require("child_process");\n' };
  test("scan/shell-command: an import list padded past 4,000 characters, a specifier of 600 characters, a destructured require padded", async () => {
    const main = `import {${PAD(4200)}execSync } from "./lib/shell.mjs";\nimport { execSync as run } from "./${"lib/../".repeat(75)}lib/shell.mjs";\nexecSync("id");\nrun("id");\n`;
    const req = `const {${PAD(4100)}execSync } = require("./lib/shell.cjs");\nexecSync("id");\n`;
    expect(await scan({ ...SHELL, "main.mjs": main, "req.cjs": req })).toEqual(["scan/shell-command main.mjs:3:1", "scan/shell-command main.mjs:4:1", "scan/shell-command req.cjs:2:1"]);
  });
  test("scan/shell-command is clean for a padded import list of a name not watched", async () => {
    expect(await scan({ ...SHELL, "main.mjs": `import {${PAD(4200)}safe } from "./lib/shell.mjs";\nsafe("x");\n` })).toEqual([]);
  });
});

describe("scan/shell-command: functions trusted by name only when they are the library's", () => {
  test("scan/shell-command: a watched function handed to a `log`, `inspect` or `promisify` of the project's own, in JavaScript", async () => {
    const helper = "exports.log = (f, c) => f(c);\nexports.promisify = (f, c) => f(c);\n";
    const main = `${CP}const { log, promisify } = require("./helper");\nlog(cp.execSync, "id");\nconst h = { inspect: (f, c) => f(c) };\nh.inspect(cp.execSync, "id");\npromisify(cp.execSync, "id");\nconst tricky = ((f, c) => f(c)) || require("util").inspect;\ntricky(cp.execSync, "id");\n`;
    expect(await scan({ "helper.js": helper, "main.js": main })).toEqual(["scan/shell-command main.js:3:5", "scan/shell-command main.js:4:32", "scan/shell-command main.js:5:11", "scan/shell-command main.js:6:11", "scan/shell-command main.js:8:8"]);
  });
  test("scan/shell-command: a watched function handed to a `cast`, `print` or `str` of the project's own, in Python (also after a `;` on an import's line)", async () => {
    const main = 'import subprocess\nfrom helper import cast\ncast(subprocess.run, "id")\nclass H:\n    def print(self, f, c):\n        return f(c)\nH().print(subprocess.run, "id")\nfrom functools import wraps; wraps = lambda f: f("id")\nwraps(subprocess.run)\n';
    expect(await scan({ "helper.py": "def cast(f, c):\n    return f(c)\n", "main.py": main })).toEqual(["scan/shell-command main.py:3:6", "scan/shell-command main.py:7:11", "scan/shell-command main.py:9:7"]);
  });
  test("scan/shell-command: a watched function handed to a compiler's helper, or Python's `getattr`, of the project's own", async () => {
    const helper = "exports.__importStar = (f, c) => f(c);\nexports.__privateGet = (f, c) => f(c);\n";
    const main = `${CP}const { __importStar, __privateGet } = require("./helper");\n__importStar(cp.execSync, "id");\n__privateGet(cp.execSync, "id");\n`;
    const py = 'import subprocess\nfrom helper import getattr\ngetattr(subprocess.run, "id")\n';
    expect(await scan({ "helper.js": helper, "main.js": main, "helper.py": "def getattr(f, c):\n    return f(c)\n", "main.py": py })).toEqual(["scan/shell-command main.js:3:14", "scan/shell-command main.js:4:14", "scan/shell-command main.py:3:9"]);
  });
  test("scan/shell-command is clean for compilers' own helpers (TypeScript's, esbuild's, tslib's) given a module, and Python's builtin getattr", async () => {
    const ts = 'var __importDefault = (this && this.__importDefault) || function (mod) {\n    return (mod && mod.__esModule) ? mod : { "default": mod };\n};\nconst cp_1 = __importDefault(require("child_process"));\nconst tslib_1 = require("tslib");\nconst cp_2 = tslib_1.__importStar(require("child_process"));\n';
    const esb = 'var __toESM = (mod, isNodeMode, target) => (target = mod != null ? mod : {}, target);\nvar import_cp = __toESM(require("child_process"));\n';
    expect(await scan({ "ts.js": ts, "esb.js": esb, "a.py": 'import os\ngetattr(os, "name")\n' })).toEqual([]);
  });
  test("scan/shell-command: `util.promisify(cp.exec)` and `promisify(cp.exec)` called in place", async () => {
    expect(await scan({ "a.js": `${CP}const util = require("node:util");\nconst { promisify } = require("util");\nutil.promisify(cp.exec)("id");\npromisify(cp.exec)("id");\n` })).toEqual(["scan/shell-command a.js:4:1", "scan/shell-command a.js:5:1"]);
  });
  test("scan/shell-command is clean for the real inspectors: console, util, assert, expect, typing, functools, mock, builtins (a type annotation naming one declares nothing)", async () => {
    const js = `${CP}const util = require("node:util");\nconst assert = require("assert");\nimport { vi } from "vitest";\nconsole.log(cp.execSync);\nutil.inspect(cp.execSync);\nassert.notEqual(cp.execSync, null);\nexpect(cp.execSync).toBeDefined();\nvi.spyOn(cp, "execSync");\nconst run = util.promisify(cp.exec);\n`;
    const py = 'import subprocess, typing\nfrom functools import wraps\nfrom unittest import mock\nprint(subprocess.run)\nisinstance(subprocess.run, type)\ntyping.cast(typing.Any, subprocess.run)\nwraps(subprocess.run)\nmock.patch.object(subprocess, "run")\nname: str = str(subprocess.run)\n';
    expect(await scan({ "a.mjs": js, "a.py": py })).toEqual([]);
  });
});

describe("scan/shell-command: chains, loops and namespace copies however padded", () => {
  test("scan/shell-command: a chained assignment through a padded subscript, a loop's padded pattern, a namespace copy padded before its `(`", async () => {
    const js = `${CP}let a;\nconst o = {};\na = o[${PAD(300)}"k"] = cp.execSync;\na("id");\nfor (const [k, ${PAD(300)}f] of Object.entries(cp)) f("id");\n`;
    const py = `import subprocess\no = {}\na = o[${PAD(300)}"k"] = subprocess.run\na("id")\nd = dict${PAD(60)}(vars(subprocess))\nd["run"]("id")\n`;
    expect(await scan({ "a.js": js, "a.py": py })).toEqual(["scan/shell-command a.js:5:1", "scan/shell-command a.js:6:342", "scan/shell-command a.py:4:1", "scan/shell-command a.py:6:1"]);
  });
  test("scan/shell-command is clean for the same padded forms over values not watched", async () => {
    const js = `let a;\nconst o = {};\na = o[${PAD(300)}"k"] = JSON.parse;\na("1");\nfor (const [k, ${PAD(300)}f] of Object.entries(JSON)) f("1");\n`;
    const py = `import json\no = {}\na = o[${PAD(300)}"k"] = json.loads\na("1")\nd = dict${PAD(60)}(vars(json))\nd["loads"]("1")\n`;
    expect(await scan({ "a.js": js, "a.py": py })).toEqual([]);
  });
});
