// Values carried where the JavaScript model did not follow them (README "What escapes the model"): a promise held by a
// name or made in place, a generator's yield and an iterator stepped by hand, a literal nested in a literal, a Map or a
// rebuilt object of a module's entries, a WeakRef, a callback with more than its sole `return`. Each found where the
// watched function is called; each look-alike over a function not watched left alone.
import { describe, expect, test } from "vitest";
import { scanFiles } from "../../core/scan/run";
import { writeProject } from "./helpers";

const brief = (f: { file: string; line: number; column: number; endLine: number; endColumn: number; rule: string }) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;
async function scan(text: string): Promise<string[]> {
  const run = await scanFiles({ ...writeProject({ "a.js": text }), workers: 1 });
  return run.findings.map(brief).sort();
}
const CP = 'const cp = require("child_process");\nconst path = require("path");\n';

describe("scan/shell-command: an async function's value through a promise held by a name or made in place", () => {
  test("`const p = mk(); p.then((f) => f(cmd))` of `async function mk() { return cp.execSync }`, and `(async () => cp.execSync)().then(…)`", async () => {
    const text = `${CP}async function mk() { return cp.execSync; }\nconst p = mk();\np.then((f) => f("id"));\n(async () => cp.execSync)().then((f) => f("id"));\n`;
    expect(await scan(text)).toEqual(["a.js:5:15-5:16 scan/shell-command", "a.js:6:41-6:42 scan/shell-command"]);
  });
  test("clean: the same over `path.join`", async () => {
    const text = `${CP}async function mk() { return path.join; }\nconst p = mk();\np.then((f) => f("id"));\n(async () => path.join)().then((f) => f("id"));\n`;
    expect(await scan(text)).toEqual([]);
  });
});

describe("scan/shell-command: a generator's yield and an iterator stepped by hand", () => {
  test("`g().next().value(cmd)`, `for (const f of g()) f(cmd)`, `[...g()][0](cmd)`, `Array.from(g())[0](cmd)` of `function* g() { yield cp.execSync }`, `yield*`, held, and `[cp.execSync].values().next().value(cmd)`", async () => {
    const text = `${CP}function* g() { yield cp.execSync; }\nconst h = function* () { yield* [cp.spawnSync]; };\ng().next().value("id");\nfor (const f of g()) f("id");\n[...g()][0]("id");\nh().next().value("id");\n[cp.execSync].values().next().value("id");\nconst it = g();\nit.next().value("id");\nArray.from(g())[0]("id");\n`;
    expect(await scan(text)).toEqual(["a.js:11:1-11:16 scan/shell-command", "a.js:12:1-12:19 scan/shell-command", "a.js:5:1-5:17 scan/shell-command", "a.js:6:22-6:23 scan/shell-command", "a.js:7:1-7:12 scan/shell-command", "a.js:8:1-8:17 scan/shell-command", "a.js:9:1-9:36 scan/shell-command"]);
  });
  test("clean: the same over `path.join`, and a generator yielding nothing watched", async () => {
    const text = `${CP}function* g() { yield path.join; }\nfunction* n() { yield 1; }\ng().next().value("id");\nfor (const f of g()) f("id");\n[...g()][0]("id");\nn().next().value("id");\n[path.join].values().next().value("id");\nconst it = g();\nit.next().value("id");\nArray.from(g())[0]("id");\n`;
    expect(await scan(text)).toEqual([]);
  });
});

describe("scan/shell-command: a literal nested in a literal", () => {
  test("`({ a: [cp.execSync] }).a[0](cmd)`, `t.a[0](cmd)`, `t.a.b(cmd)` at the top and in a function, `l[0][0](cmd)`", async () => {
    const text = `${CP}({ a: [cp.execSync] }).a[0]("id");\nconst t = { a: [cp.execSync], b: { c: cp.spawnSync } };\nt.a[0]("id");\nt.b.c("id");\nconst l = [[cp.execSync]];\nl[0][0]("id");\nfunction f() {\n  const o = { a: { b: cp.execSync } };\n  o.a.b("id");\n}\n`;
    expect(await scan(text)).toEqual(["a.js:11:3-11:8 scan/shell-command", "a.js:3:1-3:28 scan/shell-command", "a.js:5:1-5:7 scan/shell-command", "a.js:6:1-6:6 scan/shell-command", "a.js:8:1-8:8 scan/shell-command"]);
  });
  test("clean: the same over `path.join`", async () => {
    const text = `${CP}({ a: [path.join] }).a[0]("id");\nconst t = { a: [path.join], b: { c: path.join } };\nt.a[0]("id");\nt.b.c("id");\nconst l = [[path.join]];\nl[0][0]("id");\nfunction f() {\n  const o = { a: { b: path.join } };\n  o.a.b("id");\n}\n`;
    expect(await scan(text)).toEqual([]);
  });
});

describe("scan/shell-command: a Map of a module's entries, and a WeakRef", () => {
  test("`new Map(Object.entries(cp)).get(\"execSync\")(cmd)`, a held Map's `get` under a fixed key and one not fixed, `new WeakRef(cp).deref().execSync(cmd)`, held", async () => {
    const text = `${CP}new Map(Object.entries(cp)).get("execSync")("id");\nconst m = new Map(Object.entries(cp));\nm.get("execSync")("id");\nm.get(process.argv[2])("id");\nnew WeakRef(cp).deref().execSync("id");\nconst r = new WeakRef(cp);\nr.deref().spawnSync("id");\n`;
    expect(await scan(text)).toEqual(["a.js:3:1-3:44 scan/shell-command", "a.js:5:1-5:18 scan/shell-command", "a.js:6:1-6:23 scan/shell-command", "a.js:7:1-7:33 scan/shell-command", "a.js:9:1-9:20 scan/shell-command"]);
  });
  test("clean: the same over `path`, and a Map's member not read by `get`", async () => {
    const text = `${CP}new Map(Object.entries(path)).get("join")("id");\nconst m = new Map(Object.entries(path));\nm.get("join")("id");\nm.get(process.argv[2])("id");\nnew WeakRef(path).deref().join("id");\nconst r = new WeakRef(path);\nr.deref().join("id");\nconst n = new Map(Object.entries(cp));\nn.set("a", 1);\nn.has("execSync");\n`;
    expect(await scan(text)).toEqual([]);
  });
});

describe("scan/shell-command: a module rebuilt from its entries under other keys (a key the file does not fix: any member)", () => {
  test("`Object.fromEntries(Object.entries(cp).map(([k, v]) => [\"x\" + k, v])).xexecSync(cmd)`, held, and a Map of them", async () => {
    const text = `${CP}Object.fromEntries(Object.entries(cp).map(([k, v]) => ["x" + k, v])).xexecSync("id");\nconst o = Object.fromEntries(Object.entries(cp).map(([k, v]) => [k.toUpperCase(), v]));\no.EXECSYNC("id");\nnew Map(Object.entries(cp).map(([k, v]) => ["_" + k, v])).get("_execSync")("id");\n`;
    expect(await scan(text)).toEqual(["a.js:3:1-3:79 scan/shell-command", "a.js:5:1-5:11 scan/shell-command", "a.js:6:1-6:75 scan/shell-command"]);
  });
  test("clean: the same over `path`", async () => {
    const text = `${CP}Object.fromEntries(Object.entries(path).map(([k, v]) => ["x" + k, v])).xjoin("id");\nconst o = Object.fromEntries(Object.entries(path).map(([k, v]) => [k.toUpperCase(), v]));\no.JOIN("id");\nnew Map(Object.entries(path).map(([k, v]) => ["_" + k, v])).get("_join")("id");\n`;
    expect(await scan(text)).toEqual([]);
  });
});

describe("scan/shell-command: a callback with more than its sole `return`", () => {
  test("`[cp].map((m) => { const f = m.execSync; return f; })[0](cmd)`, held, a named function, and a body not followed (any member)", async () => {
    const text = `${CP}[cp].map((m) => { const f = m.execSync; return f; })[0]("id");\nconst fs = [cp].map(function (m) { const f = m.spawnSync; return f; });\nfs[0]("id");\nfunction pick(m) {\n  log(m);\n  return m.execSync;\n}\n[cp].map(pick)[0]("id");\n[cp].map((m) => { let f; for (const k in m) f = m[k]; return f; })[0]("id");\n`;
    expect(await scan(text)).toEqual(["a.js:10:1-10:18 scan/shell-command", "a.js:11:1-11:70 scan/shell-command", "a.js:3:1-3:56 scan/shell-command", "a.js:5:1-5:6 scan/shell-command"]);
  });
  test("clean: the same over `path.join`, and a body that never reads its parameter", async () => {
    const text = `${CP}[path].map((m) => { const f = m.join; return f; })[0]("id");\nconst fs = [path].map(function (m) { const f = m.join; return f; });\nfs[0]("id");\nfunction pick(m) {\n  log(m);\n  return m.join;\n}\n[path].map(pick)[0]("id");\n[cp].map((x) => { const n = String; return n; })[0]("id");\n`;
    expect(await scan(text)).toEqual([]);
  });
});

describe("hostile input: generators delegating to themselves and to each other", () => {
  test("each generator is read once per value resolved: 30 generators each delegating to all (`yield* g7(x)`) scan in time, and the yield past them is found", async () => {
    const names = Array.from({ length: 30 }, (_, i) => `g${i}`);
    const bodies = names.map((n) => `function* ${n}(x) {\n${names.map((m) => `  yield* ${m}(x);`).join("\n")}\n  yield x;\n}\n`).join("");
    const text = `${CP}${bodies}function* last() {\n  yield* g0(1);\n  yield cp.execSync;\n}\nlast().next().value("id");\n`;
    const line = text.split("\n").length - 1;
    expect(await scan(text)).toEqual([`a.js:${line}:1-${line}:20 scan/shell-command`]);
  });
});

describe("scan/shell-command: the object `Object.defineProperty` returns, read in place", () => {
  test("`Object.defineProperty({}, \"r\", { value: cp.execSync }).r(cmd)`, a getter's under a key not fixed (also where the getter returns it: under a key not fixed the store escapes the model, as a `value` does)", async () => {
    const text = `${CP}Object.defineProperty({}, "r", { value: cp.execSync }).r("id");\nObject.defineProperty({}, k, { get: () => cp.execSync })[k]("id");\n`;
    expect(await scan(text)).toEqual(["a.js:3:1-3:57 scan/shell-command", "a.js:4:1-4:60 scan/shell-command", "a.js:4:43-4:54 scan/shell-command"]);
  });
  test("clean: another key, or a function not watched", async () => {
    const text = `${CP}Object.defineProperty({}, "r", { value: cp.execSync }).q("id");\nObject.defineProperty({}, "r", { value: path.join }).r("id");\n`;
    expect(await scan(text)).toEqual([]);
  });
});

describe("scan/shell-command: an object literal spread into one held by a name", () => {
  test("`const o = { ...{ x: cp.execSync } }; o.x(cmd)`, at the top and in a function", async () => {
    const text = `${CP}const o = { ...{ x: cp.execSync } };\no.x("id");\nfunction go() {\n  const d = { ...{ x: cp.spawnSync }, y: 1 };\n  d.x("id");\n}\n`;
    expect(await scan(text)).toEqual(["a.js:4:1-4:4 scan/shell-command", "a.js:7:3-7:6 scan/shell-command"]);
  });
  test("clean: the same over `path.join`, and another key read", async () => {
    const text = `${CP}const o = { ...{ x: path.join } };\no.x("id");\nconst p = { ...{ x: cp.execSync } };\np.y("id");\n`;
    expect(await scan(text)).toEqual([]);
  });
});

describe("scan/shell-command: a name holding an object literal spread into another, and a property read off a spread literal", () => {
  test("`const b = { ...a }; b.x(cmd)` of `const a = { x: cp.exec }`, at the top and in a function, and `{ ...{ x: cp.exec } }.x` held then called", async () => {
    const text = `${CP}const a = { x: cp.exec };\nconst b = { ...a };\nb.x("id");\nfunction go() {\n  const c = { x: cp.execSync };\n  const d = { ...c, y: 1 };\n  d.x("id");\n}\nconst f = { ...{ x: cp.exec } }.x;\nf("id");\n`;
    expect(await scan(text)).toEqual(["a.js:12:1-12:2 scan/shell-command", "a.js:5:1-5:4 scan/shell-command", "a.js:9:3-9:6 scan/shell-command"]);
  });
  test("clean: the same over `path.join`, and another key read", async () => {
    const text = `${CP}const a = { x: path.join };\nconst b = { ...a };\nb.x("id");\nconst a2 = { x: cp.exec };\nconst b2 = { ...a2 };\nb2.y("id");\nfunction go() {\n  const c = { x: path.join };\n  const d = { ...c, y: 1 };\n  d.x("id");\n}\nconst f = { ...{ x: path.join } }.x;\nf("id");\n`;
    expect(await scan(text)).toEqual([]);
  });
});

describe("scan/shell-command: `&&`'s right operand, the value when the left is truthy", () => {
  test("`const o = cond && cp; o.exec(cmd)`, `(ok && cp.execSync)(cmd)`, in a function, and a fallback after it", async () => {
    const text = `${CP}const o = cond && cp;\no.exec("id");\n(ok && cp.execSync)("id");\nfunction go() {\n  const f = a && b && cp.spawnSync;\n  f("id");\n}\nconst g = (x && cp.exec) || other;\ng("id");\n`;
    expect(await scan(text)).toEqual(["a.js:11:1-11:2 scan/shell-command", "a.js:4:1-4:7 scan/shell-command", "a.js:5:2-5:19 scan/shell-command", "a.js:8:3-8:4 scan/shell-command"]);
  });
  test("clean: the same over `path`, and a watched value only on the left (falsy there or not the value)", async () => {
    const text = `${CP}const o = cond && path;\no.join("id");\n(ok && path.join)("id");\nconst t = cp.exec && run;\nt("id");\nconst u = cp && cp.exec && log;\nu("id");\n`;
    expect(await scan(text)).toEqual([]);
  });
});

describe("scan/shell-command: a Map's or WeakMap's entry set under a key the file does not fix (a WeakMap's key is an object: never a constant)", () => {
  test("`w.set(k, require(\"child_process\")); w.get(k).exec(cmd)`, a Map's likewise, a function's WeakMap", async () => {
    const text = `${CP}const w = new WeakMap();\nw.set(k, require("child_process"));\nw.get(k).exec("id");\nconst m = new Map();\nm.set(key, cp);\nm.get(key).execSync("id");\nfunction go(o) {\n  const v = new WeakMap();\n  v.set(o, cp);\n  v.get(o).spawnSync("id");\n}\n`;
    expect(await scan(text)).toEqual(["a.js:12:3-12:21 scan/shell-command", "a.js:5:1-5:14 scan/shell-command", "a.js:8:1-8:20 scan/shell-command"]);
  });
  test("clean: the same over `path`, and a WeakMap's entry never read", async () => {
    const text = `${CP}const w = new WeakMap();\nw.set(k, require("path"));\nw.get(k).join("id");\nconst m = new Map();\nm.set(key, path);\nm.get(key).join("id");\nconst n = new WeakMap();\nn.set(k, cp);\nn.has(k);\n`;
    expect(await scan(text)).toEqual([]);
  });
});

describe("scan/shell-command: a destructured parameter's default object literal", () => {
  test("`function f({ run } = { run: cp.exec }) { run(cmd) }`, a renamed key, an arrow", async () => {
    const text = `${CP}function f({ run } = { run: cp.exec }) {\n  run("id");\n}\nconst g = ({ x: sh } = { x: cp.execSync }) => sh("id");\n`;
    expect(await scan(text)).toEqual(["a.js:4:3-4:6 scan/shell-command", "a.js:6:47-6:49 scan/shell-command"]);
  });
  test("TypeScript: the pattern typed by a literal type or a name", async () => {
    const text = 'import * as cp from "child_process";\nfunction f({ run }: { run: (c: string) => void } = { run: cp.exec }) {\n  run("id");\n}\nexport class A {\n  m({ x }: Opts = { x: cp.execSync }) {\n    x("id");\n  }\n}\n';
    const run = await scanFiles({ ...writeProject({ "a.ts": text }), workers: 1 });
    expect(run.findings.map(brief).sort()).toEqual(["a.ts:3:3-3:6 scan/shell-command", "a.ts:7:5-7:6 scan/shell-command"]);
  });
  test("clean: the same over `path.join`, another key, an empty default", async () => {
    const text = `${CP}function f({ run } = { run: path.join }) {\n  run("id");\n}\nconst g = ({ y: sh } = { x: cp.execSync }) => sh("id");\nfunction h({ run } = {}) {\n  run("id");\n}\n`;
    expect(await scan(text)).toEqual([]);
  });
});

describe("scan/shell-command: an iterator got by `[Symbol.iterator]()` and stepped by hand", () => {
  test("`[cp.exec][Symbol.iterator]().next().value(cmd)`, of a Set (its array reported where handed to `new Set` too), held", async () => {
    const text = `${CP}[cp.exec][Symbol.iterator]().next().value("id");\nnew Set([cp.execSync])[Symbol.iterator]().next().value("id");\nconst it = [cp.spawnSync][Symbol.iterator]();\nit.next().value("id");\n`;
    expect(await scan(text)).toEqual(["a.js:3:1-3:42 scan/shell-command", "a.js:4:1-4:55 scan/shell-command", "a.js:4:10-4:21 scan/shell-command", "a.js:6:1-6:16 scan/shell-command"]);
  });
  test("clean: the same over `path.join`, and another method than the iterator", async () => {
    const text = `${CP}[path.join][Symbol.iterator]().next().value("id");\nnew Set([path.join])[Symbol.iterator]().next().value("id");\nconst it = [path.join][Symbol.iterator]();\nit.next().value("id");\n[cp.exec][Symbol.asyncIterator]().next().value("id");\n`;
    expect(await scan(text)).toEqual([]);
  });
});
