// The eleventh attack round on the JavaScript/TypeScript scan: forms the README listed as escaping the model, each of which
// runs its command (under Node 20; `Promise.withResolvers` from Node 22) and passed the gate before — a promise resolved
// through `Promise.withResolvers()`, a `new Promise` held by a name, `Promise.allSettled`'s results and a rejection's reason,
// a `.then` handing its return to the next `.then`, a nested array held by a name and flattened, nested destructuring of
// `Object.entries(…)`, a class of the file in an object literal written as a shorthand property — and the round's own
// finds: `await Promise.allSettled(…)` held or destructured, a named promise's `.then` chain, `.then(null, onRejected)`,
// a nested array literal read by two subscripts, an array pattern under a key, a Set destructured by position, a loop's array
// pattern over an array of arrays. Each look-alike stays clean.
import { describe, expect, test } from "vitest";
import { at, atStart, found } from "./helpers";

const shell = (text: string, needle: string, nth = 0) => `scan/shell-command ${at(text, needle, nth)}`;
/** A finding at `inner` written at the start of `context` (`a` of `a("x")`). */
const shellAt = (text: string, context: string, inner: string) => `scan/shell-command ${atStart(text, context, inner)}`;
const both = async (text: string) => [await found("a.js", text), await found("a.ts", text)];

describe("promises", () => {
  test("`Promise.withResolvers()` destructured: `promise` resolves to what `resolve(…)` is called with (at the top and in a function)", async () => {
    const text = 'const cp = require("child_process");\nconst { promise, resolve } = Promise.withResolvers();\nresolve(cp);\npromise.then((m) => m.execSync("a"));\nfunction go() {\n  const { promise: p, resolve: done } = Promise.withResolvers();\n  setTimeout(() => done(cp), 1);\n  p.then((m) => m.execSync("b"));\n}\n';
    const expected = [shell(text, "m.execSync"), shell(text, "m.execSync", 1)];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("`new Promise((r) => r(cp))` held by a name, at the top and in a function: `p.then((m) => …)`", async () => {
    const text = 'const cp = require("child_process");\nconst p = new Promise((r) => r(cp));\np.then((m) => m.execSync("a"));\nfunction go() {\n  const q = new Promise((resolve) => resolve(cp));\n  q.then((m) => m.execSync("b"));\n}\n';
    const expected = [shell(text, "m.execSync"), shell(text, "m.execSync", 1)];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("`Promise.allSettled([cp])`: each result's `value` (`rs[0].value`, `([r]) => r.value`); `Promise.reject(cp).catch((m) => …)`: the reason", async () => {
    const text = 'const cp = require("child_process");\nPromise.allSettled([cp]).then((rs) => rs[0].value.execSync("a"));\nPromise.allSettled([cp]).then(([r]) => r.value.execSync("b"));\nPromise.reject(cp).catch((m) => m.execSync("c"));\n';
    const expected = [shell(text, "rs[0].value.execSync"), shell(text, "r.value.execSync"), shell(text, "m.execSync")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("a `.then` returning a value to the next `.then` (`Promise.resolve(cp).then((m) => m)`, `import(\"child_process\").then((m) => m.default)`)", async () => {
    const text = 'const cp = require("child_process");\nPromise.resolve(cp).then((m) => m).then((m) => m.execSync("a"));\nimport("child_process").then((m) => m.default).then((c) => c.exec("b"));\nPromise.resolve(cp).then((m) => m.execSync).then((run) => run("c"));\n';
    // The callback returning `m.execSync` hands a watched function on: reported there too, as before.
    const expected = [shell(text, "m.execSync"), shell(text, "c.exec"), shell(text, "m.execSync", 1), shellAt(text, 'run("c")', "run")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: the same shapes over a module the gate does not watch, a rejection caught of another promise, a `.then` returning a plain value", async () => {
    const text = 'const path = require("path");\nconst { promise, resolve } = Promise.withResolvers();\nresolve(path);\npromise.then((m) => m.join("a"));\nconst p = new Promise((r) => r(path));\np.then((m) => m.join("b"));\nPromise.allSettled([path]).then((rs) => rs[0].value.join("c"));\nconst cp = require("child_process");\nPromise.resolve(cp).catch((e) => e.execSync("d"));\nPromise.resolve(cp).then((m) => m.constants).then((k) => k.x("e"));\nimport("child_process").then((m) => typeof m).then((t) => t.trim());\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("arrays, entries and literals", () => {
  test("a nested array flattened, held by a name or written in place (`t.flat()[0](c)` of `const t = [[cp.execSync]]`)", async () => {
    const text = 'const cp = require("child_process");\nconst t = [[cp.execSync]];\nt.flat()[0]("a");\n[[cp.execSync]].flat()[0]("b");\n';
    const expected = [shell(text, "t.flat()[0]"), shell(text, "[[cp.execSync]].flat()[0]")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("`Object.entries(…)` destructured one level deeper: `[k, [a]]` of an array value, `[k, { execSync: e }]` of a module, looped and by `forEach`", async () => {
    const text = 'const cp = require("child_process");\nfor (const [k, [a]] of Object.entries({ x: [cp.execSync] })) a("a");\nfor (const [k, { execSync: e }] of Object.entries({ x: cp })) e("b");\nObject.entries({ x: [cp.execSync] }).forEach(([k, [f]]) => f("c"));\n';
    const expected = [shell(text, "cp.execSync"), shellAt(text, 'a("a")', "a"), shellAt(text, 'e("b")', "e"), shell(text, "cp.execSync", 1), shellAt(text, 'f("c")', "f")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("a class of the file in an object literal as a shorthand property (`const o = { K }` … `o.K.run(c)`)", async () => {
    const text = 'const cp = require("child_process");\nclass K { static run = cp.execSync }\nconst o = { K };\no.K.run("a");\n';
    const expected = [shell(text, "o.K.run")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: a nested array of plain functions flattened, entries of a harmless module destructured, a class without watched slots in a literal", async () => {
    const text = 'const path = require("path");\nconst t = [[path.join]];\nt.flat()[0]("a");\nfor (const [k, [a]] of Object.entries({ x: [path.join] })) a("b");\nfor (const [k, { join: j }] of Object.entries({ x: path })) j("c");\nclass Q { static run = path.join }\nconst o = { Q };\no.Q.run("d");\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("the round's own finds", () => {
  test("`await Promise.allSettled([import(\"node:child_process\")])` held by a name (`mods[0].value`) or destructured (`[res]` … `res.value`)", async () => {
    const text = 'const mods = await Promise.allSettled([import("node:child_process")]);\nmods[0].value.execSync("a");\nconst [res] = await Promise.allSettled([import("node:child_process")]);\nres.value.execSync("b");\n';
    const expected = [shell(text, "mods[0].value.execSync"), shell(text, "res.value.execSync")];
    expect([await found("a.mjs", text), await found("a.ts", text)]).toEqual([expected, expected]);
  });

  test("a `.then` chain off a promise held by a name (function expressions), off an async function's call, and `Promise.reject(cp).then(null, (m) => …)`", async () => {
    const text = 'const cp = require("child_process");\nconst p = Promise.resolve(cp);\np.then(function (m) { return m; }).then(function (m) { m.execSync("a"); });\nasync function load() { return cp; }\nload().then((m) => m).then((m) => m.execSync("b"));\nPromise.reject(cp).then(null, (m) => m.execSync("c"));\n';
    const expected = [shell(text, "m.execSync"), shell(text, "m.execSync", 1), shell(text, "m.execSync", 2)];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("a nested array literal read by two subscripts (`[[cp.execSync]][0][0](c)`), an array pattern under a key (`const { a: [run] } = …`, two levels deep)", async () => {
    const text = 'const cp = require("child_process");\n[[cp.execSync]][0][0]("a");\nconst { a: [run] } = { a: [cp.execSync] };\nrun("b");\nconst nested = { a: { b: [cp.execSync] } };\nconst { a: { b: [deep] } } = nested;\ndeep("c");\n';
    const expected = [shell(text, "[[cp.execSync]][0][0]"), shellAt(text, 'run("b")', "run"), shellAt(text, 'deep("c")', "deep")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("a Set held by a name destructured by position (`const [m] = s`, at the top and in a function), a loop's array pattern over an array of arrays (`for (const [m] of [[cp]])`)", async () => {
    const text = 'const cp = require("child_process");\nconst s = new Set([cp]);\nconst [m] = s;\nm.execSync("a");\nfunction go() {\n  const t = new Set([cp]);\n  const [n] = t;\n  n.execSync("b");\n}\nfor (const [x] of [[cp]]) x.execSync("c");\nfor (const [k, f] of [["a", cp.execSync]]) f("d");\n';
    const expected = [shell(text, "m.execSync"), shell(text, "n.execSync"), shell(text, "x.execSync"), shellAt(text, 'f("d")', "f")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: the same shapes over values the gate does not watch; the fulfilled branch of a rejected promise", async () => {
    const text = 'const path = require("path");\nconst p = Promise.resolve(path);\np.then(function (m) { return m; }).then(function (m) { m.join("a"); });\nPromise.reject(require("child_process")).then((m) => m.execSync("b"), () => 0);\n[[path.join]][0][0]("c");\nconst s = new Set([path]);\nconst [m] = s;\nm.join("e");\nfor (const [x] of [[path]]) x.join("f");\nfor (const [k, f] of [["a", path.join]]) f("g");\nconst { a: [execSync2] } = { a: [path.join] };\nexecSync2("d");\n';
    expect(await both(text)).toEqual([[], []]);
  });
});
