import { describe, expect, test } from "vitest";
import { scanFiles } from "../../core/scan/run";
import { found, writeProject } from "./helpers";

// Red team 2 (p36, p37, p39, p40, p42, p43, p63, p64, p82, p86, p88): code loaded as JavaScript by a path the file
// builds, Node's loader driven by hand, and watched values stored where other files reach them. Each failed before
// (no finding).

const PAYLOAD = 'require("child_process").execSync("id");\n';
const brief = (f: { file: string; line: number; column: number; endLine: number; endColumn: number; rule: string }) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;
/** As `flowgate check` selects them: the sources by extension only (the scan finds what they load). */
async function scanSources(files: Record<string, string>): Promise<string[]> {
  const p = writeProject(files);
  const run = await scanFiles({ root: p.root, files: p.files.filter((f) => /\.[cm]?js$/.test(f)), workers: 1 });
  return run.findings.map(brief).sort();
}

describe("scan/shell-command: a file loaded by a path built from the file's place is judged as JavaScript, as `require(\"./x.txt\")` is", () => {
  test("path.join(__dirname, …), __dirname + …, path.resolve, a template, new URL(…, import.meta.url), an ES module's __dirname made from import.meta.url", async () => {
    const files = {
      "agent/a.js": 'const path = require("path");\nrequire(path.join(__dirname, "assets", "one.txt"));\n',
      "agent/b.js": 'require(__dirname + "/assets/two.txt");\n',
      "agent/c.js": 'const { resolve } = require("path");\nrequire(resolve(__dirname, "assets/three"));\nrequire(`${__dirname}/../lib/four.dat`);\n',
      "agent/d.mjs": 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\nrequire(new URL("./assets/five.txt", import.meta.url).pathname);\n',
      "agent/e.mjs": 'import path from "node:path";\nimport { fileURLToPath } from "node:url";\nimport { createRequire } from "node:module";\nconst __dirname = path.dirname(fileURLToPath(import.meta.url));\ncreateRequire(import.meta.url)(path.join(__dirname, "assets", "six.txt"));\n',
      "agent/assets/one.txt": PAYLOAD,
      "agent/assets/two.txt": PAYLOAD,
      "agent/assets/three": PAYLOAD,
      "lib/four.dat": PAYLOAD,
      "agent/assets/five.txt": PAYLOAD,
      "agent/assets/six.txt": PAYLOAD,
    };
    expect(await scanSources(files)).toEqual([
      "agent/assets/five.txt:1:1-1:34 scan/shell-command",
      "agent/assets/one.txt:1:1-1:34 scan/shell-command",
      "agent/assets/six.txt:1:1-1:34 scan/shell-command",
      "agent/assets/three:1:1-1:34 scan/shell-command",
      "agent/assets/two.txt:1:1-1:34 scan/shell-command",
      "lib/four.dat:1:1-1:34 scan/shell-command",
    ]);
  });

  test("a literal given a require made by createRequire (`createRequire(import.meta.url)(\"./x.txt\")`, `const r = createRequire(__filename); r(\"./x\")`)", async () => {
    const files = {
      "agent/f.mjs": 'import { createRequire } from "module";\nconst r = createRequire(import.meta.url);\nr("./assets/seven.txt");\ncreateRequire(import.meta.url)("./assets/eight.txt");\n',
      "agent/g.js": 'const { createRequire } = require("module");\nconst r = createRequire(__filename);\nr("./assets/nine");\n',
      "agent/assets/seven.txt": PAYLOAD,
      "agent/assets/eight.txt": PAYLOAD,
      "agent/assets/nine": PAYLOAD,
    };
    expect(await scanSources(files)).toEqual(["agent/assets/eight.txt:1:1-1:34 scan/shell-command", "agent/assets/nine:1:1-1:34 scan/shell-command", "agent/assets/seven.txt:1:1-1:34 scan/shell-command"]);
  });

  test("a require made by createRequire imported or destructured under another name (`import { createRequire as cr }` … `cr(import.meta.url)(\"./x.txt\")`, `const r = cr(…); r(…)`), in JavaScript and TypeScript", async () => {
    const files = {
      "agent/m.mjs": 'import { createRequire as cr } from "module";\ncr(import.meta.url)("./assets/one.txt");\nconst r = cr(import.meta.url);\nr("./assets/two.txt");\n',
      "agent/n.js": 'const { createRequire: make } = require("node:module");\nmake(__filename)("./assets/three.txt");\n',
      "agent/o.ts": 'import { createRequire as cr } from "node:module";\nconst load = cr(import.meta.url);\nload("./assets/four.txt");\n',
      "agent/assets/one.txt": PAYLOAD,
      "agent/assets/two.txt": PAYLOAD,
      "agent/assets/three.txt": PAYLOAD,
      "agent/assets/four.txt": PAYLOAD,
    };
    const p = writeProject(files);
    const run = await scanFiles({ root: p.root, files: p.files.filter((f) => /\.(?:[cm]?js|ts)$/.test(f)), workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["agent/assets/four.txt:1:1-1:34 scan/shell-command", "agent/assets/one.txt:1:1-1:34 scan/shell-command", "agent/assets/three.txt:1:1-1:34 scan/shell-command", "agent/assets/two.txt:1:1-1:34 scan/shell-command"]);
  });

  test("clean: a renamed createRequire given a file holding no crossing, and a function of the file named like one given a payload's path", async () => {
    const files = {
      "agent/m.mjs": 'import { createRequire as cr } from "module";\ncr(import.meta.url)("./assets/names.txt");\n',
      "agent/n.mjs": 'const cr = (base) => (p) => p;\ncr(import.meta.url)("./assets/payload.txt");\nconst r = cr(import.meta.url);\nr("./assets/payload.txt");\n',
      "agent/assets/names.txt": "module.exports = ['a'];\n",
      "agent/assets/payload.txt": PAYLOAD,
    };
    expect(await scanSources(files)).toEqual([]);
  });

  test("a literal given a require made for another folder the file fixes is read from that folder; one whose base the file does not fix is scan/dynamic-code", async () => {
    const files = {
      "agent/h.js": 'const path = require("path");\nconst { createRequire } = require("module");\nconst r = createRequire(path.join(__dirname, "sub/"));\nr("./ten.txt");\ncreateRequire(path.join(__dirname, "..", "lib", "index.js"))("./eleven.txt");\n',
      "agent/i.mjs": 'import { createRequire } from "node:module";\ncreateRequire(new URL("./sub/", import.meta.url))("../sub/twelve.txt");\n',
      "agent/j.js": 'const { createRequire } = require("module");\nconst abs = createRequire("/srv/app/");\nabs("./x.txt");\n  createRequire(process.cwd() + "/")("./y.txt");\nlet r = createRequire(__filename);\nr = createRequire(process.argv[2]);\nr("./z.txt");\n',
      "agent/sub/ten.txt": PAYLOAD,
      "lib/eleven.txt": PAYLOAD,
      "agent/sub/twelve.txt": PAYLOAD,
      "agent/ten.txt": "// the file's own folder's, not loaded\n",
    };
    expect(await scanSources(files)).toEqual([
      "agent/j.js:3:1-3:4 scan/dynamic-code",
      "agent/j.js:4:3-4:37 scan/dynamic-code",
      "agent/j.js:7:1-7:2 scan/dynamic-code",
      "agent/sub/ten.txt:1:1-1:34 scan/shell-command",
      "agent/sub/twelve.txt:1:1-1:34 scan/shell-command",
      "lib/eleven.txt:1:1-1:34 scan/shell-command",
    ]);
  });

  test("clean: a require made for another folder given a package name, or a relative path there holding no crossing", async () => {
    const files = {
      "agent/k.js": 'const path = require("path");\nconst { createRequire } = require("module");\ncreateRequire("/srv/app/")("lodash");\nconst r = createRequire(path.join(__dirname, "sub/"));\nr("./names.txt");\n',
      "agent/sub/names.txt": "module.exports = ['a'];\n",
      "agent/names.txt": PAYLOAD,
    };
    expect(await scanSources(files)).toEqual([]);
  });

  test("clean: a built path to a JSON file, a built path only read as data, a made require given a package name, a `__dirname` parameter", async () => {
    const files = {
      "agent/a.js": 'const path = require("path");\nconst fs = require("fs");\nrequire(path.join(__dirname, "data.json"));\nfs.readFileSync(path.join(__dirname, "assets", "notes.txt"), "utf8");\nfunction f(__dirname) { return require(__dirname + "/assets/other.txt"); }\n',
      "agent/b.mjs": 'import { createRequire } from "node:module";\nconst r = createRequire(import.meta.url);\nr("lodash");\n',
      "agent/data.json": PAYLOAD,
      "agent/assets/notes.txt": PAYLOAD,
      "agent/assets/other.txt": PAYLOAD,
    };
    expect(await scanSources(files)).toEqual([]);
  });
});

describe("scan/dynamic-code: Node's loader driven by hand runs a file, whatever its name, as JavaScript", () => {
  test("require.extensions and the module builtin's _extensions changed or called, Module.runMain, new Module(id).load(f), node:test's run", async () => {
    const text = 'const Module = require("module");\nrequire.extensions[".txt"] = require.extensions[".js"];\nrequire.extensions[".js"](module, f);\nModule._extensions[".dat"] = Module._extensions[".js"];\nprocess.argv[1] = f;\nModule.runMain();\nnew Module("x").load(f);\nconst { run } = require("node:test");\nrun({ files: [f] });\n';
    expect(await found("a.js", text)).toEqual(["scan/dynamic-code 2:1-2:27", "scan/dynamic-code 3:1-3:26", "scan/dynamic-code 4:1-4:27", "scan/dynamic-code 6:1-6:15", "scan/dynamic-code 7:1-7:21", "scan/dynamic-code 9:1-9:4"]);
  });

  test("clean: the table only read, node:test's tests declared, a `load` and a `run` of other objects, a `require` parameter's `extensions`", async () => {
    const text = 'const Module = require("module");\nconst js = require.extensions[".js"];\nif (Module._extensions[".ts"]) {}\nconst test = require("node:test");\ntest("x", () => {});\nconst store = { load(f) {}, run(o) {} };\nstore.load(f);\nstore.run({ files: [f] });\nfunction g(require) { require.extensions[".txt"] = js; }\n';
    expect(await found("b.js", text)).toEqual([]);
  });
});

describe("scan/shell-command: a watched value stored where other files reach it is reported where it is stored", () => {
  test("the module cache as a module's exports (`require.cache[k] = { exports: cp }`, `Module._cache`, `.exports` set)", async () => {
    const text = 'const cp = require("child_process");\nconst Module = require("module");\nrequire.cache[require.resolve("./fmt")] = { loaded: true, exports: require("child_process") };\nModule._cache["/x"] = { exports: cp.execSync };\nrequire.cache["/y"].exports = cp;\n';
    expect(await found("a.js", text)).toEqual(["scan/shell-command 3:68-3:92", "scan/shell-command 4:34-4:45", "scan/shell-command 5:31-5:33"]);
  });

  test("a member of a module another file loads too (`require(\"path\").normalize = cp.execSync`, a name holding the module, an import)", async () => {
    const text = 'import * as os from "os";\nconst cp = require("child_process");\nconst path = require("path");\nrequire("path").normalize = require("child_process").execSync;\npath.basename = cp.exec;\nos.run = cp.spawn;\n';
    expect(await found("a.mjs", text)).toEqual(["scan/shell-command 4:29-4:62", "scan/shell-command 5:17-5:24", "scan/shell-command 6:10-6:18"]);
  });

  test("a name holding the module assigned once more is no module's (`util = {}`), one written with an escape (`pa\\u0074h`) fails as respelled (scan/respelled-name), and one assigned once is the module's", async () => {
    const text = 'const cp = require("child_process");\nconst pa\\u0074h = require("path");\npath.normalize = cp.execSync;\nlet util = require("util");\nutil = {};\nutil.format = cp.exec;\nconst os = require("os");\nos.run = cp.spawn;\n';
    expect(await found("a.js", text)).toEqual(["scan/respelled-name 2:7-2:16", "scan/shell-command 8:10-8:18"]);
  });

  test("a property of the global object (globalThis, global, window, self), then called by its bare name in another file", async () => {
    const text = 'globalThis.shellRun = require("child_process").execSync;\nconst cp = require("child_process");\nglobal.run2 = cp.exec;\nwindow["run3"] = cp.spawn;\nself.sh = cp;\n';
    expect(await found("a.js", text)).toEqual(["scan/shell-command 1:23-1:56", "scan/shell-command 3:15-3:22", "scan/shell-command 4:18-4:26", "scan/shell-command 5:11-5:13"]);
    const files = { "setup.js": 'globalThis.shellRun = require("child_process").execSync;\n', "agent.js": 'require("./setup");\nshellRun("touch x");\n' };
    expect(await scanSources(files)).toEqual(["setup.js:1:23-1:56 scan/shell-command"]);
  });

  test("stored by a call: Object.assign, Object.defineProperty, Object.defineProperties, Reflect.defineProperty into the global object or a loaded module, reported where stored", async () => {
    const text = [
      'const cp = require("child_process");',
      "const { execSync } = cp;",
      "Object.assign(globalThis, { run: cp.execSync });",
      "Object.assign(global, { execSync }, { ...cp });",
      'Object.defineProperty(globalThis, "run2", { value: cp.exec });',
      'Object.defineProperty(require("path"), "x", { get: () => cp.spawn });',
      "Object.defineProperties(window, { run3: { value: cp.execFile } });",
      'Reflect.defineProperty(self, "run4", { value: cp.fork });',
      'Object.assign(require("os"), require("child_process"));',
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([
      "scan/shell-command 3:34-3:45",
      "scan/shell-command 4:25-4:33",
      "scan/shell-command 4:42-4:44",
      "scan/shell-command 5:52-5:59",
      "scan/shell-command 6:58-6:66",
      "scan/shell-command 7:50-7:61",
      "scan/shell-command 8:47-8:54",
      "scan/shell-command 9:30-9:54",
    ]);
    const p = writeProject({
      "setup.js": 'const cp = require("child_process");\nObject.assign(globalThis, { run: cp.execSync });\nObject.defineProperty(require("path"), "x", { value: cp.execSync });\n',
      "agent.js": 'require("./setup");\nrun("touch x");\nrequire("path").x("touch y");\n',
    });
    const run = await scanFiles({ root: p.root, files: p.files, workers: 1 });
    expect(run.findings.map((f) => `${brief(f)} ${f.message.replace(/^.*\. It is/, "It is")}`)).toEqual([
      "setup.js:2:34-2:45 scan/shell-command It is stored in `globalThis.run`, a property of the global object: code in any file may call it by its bare name.",
      'setup.js:3:54-3:65 scan/shell-command It is stored in `require("path").x`, a member of the module `path`, which every file loading that module shares.',
    ]);
  });

  test("through a name holding the global object (`const g = globalThis`): Object.defineProperty, Object.assign and a member assignment, reported where stored; `run(…)` in another file is that value", async () => {
    const text = [
      'const cp = require("child_process");',
      "const g = globalThis;",
      'Object.defineProperty(g, "run", { value: cp.execSync });',
      'Object.defineProperty(g, "run2", { get: () => cp.exec });',
      "Object.assign(g, { run3: cp.spawn });",
      "g.run4 = cp.execFile;",
      "const w = window;",
      'w["run5"] = cp.fork;',
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual(["scan/shell-command 3:42-3:53", "scan/shell-command 4:47-4:54", "scan/shell-command 5:26-5:34", "scan/shell-command 6:10-6:21", "scan/shell-command 8:13-8:20"]);
    const ts = 'import * as cp from "child_process";\nconst g: any = globalThis;\nObject.defineProperty(g, "run", { value: cp.execSync });\n';
    expect(await found("a.ts", ts)).toEqual(["scan/shell-command 3:42-3:53"]);
    const p = writeProject({
      "setup.js": 'const cp = require("child_process");\nconst g = globalThis;\nObject.defineProperty(g, "run", { value: cp.execSync });\n',
      "agent.js": 'require("./setup");\nrun("touch x");\n',
    });
    const run = await scanFiles({ root: p.root, files: p.files, workers: 1 });
    expect(run.findings.map((f) => `${brief(f)} ${f.message.replace(/^.*\. It is/, "It is")}`)).toEqual(["setup.js:3:42-3:53 scan/shell-command It is stored in `g.run`, a property of the global object: code in any file may call it by its bare name."]);
  });

  test("clean: plain values stored through a name holding the global object; a watched value stored in a plain object held by a name, or in a local named `g` hiding one", async () => {
    const text = [
      'const cp = require("child_process");',
      "const g = globalThis;",
      'Object.defineProperty(g, "run", { value: console.log });',
      "Object.assign(g, { version: 1 });",
      "g.x = console.error;",
      "const o = {};",
      'Object.defineProperty(o, "run", { value: cp.execSync });',
      "o.run2 = cp.exec;",
      'function f() { const g = {}; Object.defineProperty(g, "run", { value: cp.exec }); g.run2 = cp.spawn; return g; }',
      "",
    ].join("\n");
    expect(await found("c.js", text)).toEqual([]);
  });

  test("clean: plain values stored by those calls, or a watched one into a local named `global`", async () => {
    const text = [
      'const cp = require("child_process");',
      'Object.assign(globalThis, { version: "1", log: console.log });',
      'Object.defineProperty(globalThis, "x", { value: 1 });',
      'Object.defineProperty(require("path"), "y", { value: (s) => s });',
      "Object.defineProperties(window, { z: { value: {} } });",
      'function f() { const global = {}; Object.defineProperty(global, "run", { value: cp.exec }); return global; }',
      "",
    ].join("\n");
    expect(await found("c.js", text)).toEqual([]);
  });

  test("clean: a plain value or function stored in the global object, a module's member or the cache; the cache emptied; a local named `global`", async () => {
    const text = 'const cp = require("child_process");\nconst path = require("path");\nglobalThis.x = 1;\nwindow.onload = function () {};\npath.normalize = function (s) { return s; };\nrequire("util").inspect.custom = Symbol("x");\nrequire.cache["/z"] = { exports: { a: 1 } };\ndelete require.cache["/q"];\nconst global = {};\nglobal.run = cp.exec;\nconst box = {};\nbox.run = cp.exec;\n';
    expect(await found("b.js", text)).toEqual([]);
  });
});
