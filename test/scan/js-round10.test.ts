// The tenth attack round on the JavaScript/TypeScript scan (each form ran its command under Node 20 and passed before):
// a class of the file handed to a function that reads its static or instance slots (`use(K)` … `k.run(c)`, `k.m.exec(c)`),
// a watched module in a class or container handed to an imported function, and promises and iterators the scan did not
// read (`Promise.race`/`any`, `Promise.all(…).then(([m]) => …)`, `new Promise((r) => r(cp))`, `.finally`, an array's
// `entries()`, `Array.from`'s mapper). Each look-alike stays clean.
import { describe, expect, test } from "vitest";
import { at, atStart, found, projectPlaces } from "./helpers";

const shell = (text: string, needle: string, nth = 0) => `scan/shell-command ${at(text, needle, nth)}`;
/** A finding at `inner` written at the start of `context` (`K` of `K);`). */
const shellAt = (text: string, context: string, inner: string) => `scan/shell-command ${atStart(text, context, inner)}`;
const both = async (text: string) => [await found("a.js", text), await found("a.ts", text)];

describe("a class of the file handed to a function, which reads its slots", () => {
  test("a static field holding a watched function (`static run = cp.execSync`): the parameter's `k.run(c)`, and the class where handed", async () => {
    const text = 'const cp = require("child_process");\nclass K { static run = cp.execSync }\nfunction use(k) { k.run("id") }\nuse(K);\n';
    const expected = [shell(text, "k.run"), shellAt(text, "K);", "K")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("a static field holding a watched module (`static m = require(\"child_process\")`): `k.m.exec(c)`", async () => {
    const text = 'class K { static m = require("child_process") }\nfunction use(k) { k.m.exec("id") }\nuse(K);\n';
    const expected = [shell(text, "k.m.exec")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("an instance's field (`run = cp.execSync`) handed as `use(new K())` to an arrow function: `k.run(c)`, and the instance where handed", async () => {
    const text = 'const cp = require("child_process");\nclass K { run = cp.execSync }\nconst use = (k) => k.run("id");\nuse(new K());\n';
    const expected = [shell(text, "k.run"), shell(text, "new K()")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("handed to an imported function: a class holding a watched function or module, and a container holding a module, reported where handed", async () => {
    const text = 'const cp = require("child_process");\nconst { use } = require("./lib");\nclass K { static run = cp.execSync }\nclass M { static m = cp }\nconst tools = { m: cp };\nuse(K);\nuse(M);\nuse(tools);\n';
    const expected = [shellAt(text, "K);", "K"), shellAt(text, "M);", "M"), shell(text, "tools", 1)];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("across files: the class handed to another file's function (`k.m.exec` there), reported where handed", async () => {
    const files = { "lib.js": 'exports.use = (k) => k.m.exec("id");\n', "a.js": 'const { use } = require("./lib");\nclass K { static m = require("child_process") }\nuse(K);\n' };
    expect(await projectPlaces(files)).toEqual(["a.js:3:5-3:6 scan/shell-command"]);
    const ts = { "lib.ts": 'export const use = (k: any) => k.run("id");\n', "a.ts": 'import * as cp from "child_process";\nimport { use } from "./lib";\nexport class K { static run = cp.execSync }\nuse(K);\n' };
    expect(await projectPlaces(ts)).toEqual(["a.ts:4:5-4:6 scan/shell-command"]);
  });

  test("clean: an instance of another file's class handed to a function (its fields, the SDK client's `this.fetch`, are judged in that file)", async () => {
    const files = {
      "client.js": "class Client {\n  constructor() { this.fetch = globalThis.fetch; }\n}\nmodule.exports = { Client };\n",
      "lib.js": 'exports.isAzure = (c) => String(c.baseURL).includes("azure");\n',
      "a.js": 'const { Client } = require("./client");\nconst { isAzure } = require("./lib");\nconst client = new Client();\nisAzure(client);\n',
    };
    expect(await projectPlaces(files)).toEqual([]);
  });

  test("clean: a class without watched slots handed over, one handed to a printer or to `Object.freeze`, one whose watched module the function reads no call of", async () => {
    const text = 'const cp = require("child_process");\nclass K { static run = cp.execSync }\nclass Q { static n = 1 }\nfunction use(k) { return k.n }\nuse(Q);\nconsole.log(K);\ncustomElements.define("x-q", Q);\nObject.freeze(K);\nclass M { static m = cp }\nfunction consts(k) { return k.m.constants }\nconsts(M);\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("promises and iterators", () => {
  test("`Promise.race([cp])`, `Promise.any([cp])` give a value of the array; `Promise.all([cp]).then(([m]) => …)` the array's", async () => {
    const text = 'const cp = require("child_process");\nPromise.race([cp]).then((m) => m.execSync("a"));\nPromise.any([cp]).then((m) => m.execSync("b"));\nPromise.all([cp]).then(([m]) => m.execSync("c"));\n';
    const expected = [shell(text, "m.execSync"), shell(text, "m.execSync", 1), shell(text, "m.execSync", 2)];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("`new Promise((resolve) => resolve(cp))`: what its executor resolves it with, by `.then` and awaited; `.finally(…)` passes the value on", async () => {
    const text = 'const cp = require("child_process");\nnew Promise((resolve) => resolve(cp)).then((m) => m.execSync("a"));\n(async () => {\n  const m = await new Promise((r) => r(cp));\n  m.execSync("b");\n})();\nPromise.resolve(cp).finally(() => 0).then((m) => m.execSync("c"));\n';
    const expected = [shell(text, "m.execSync"), shell(text, "m.execSync", 1), shell(text, "m.execSync", 2)];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("an array's `entries()` looped or iterated (`for (const [i, f] of [cp.execSync].entries())`), and `Array.from`'s mapper (`Array.from([cp], (m) => m.execSync)[0](c)`)", async () => {
    const text = 'const cp = require("child_process");\nfor (const [i, f] of [cp.execSync].entries()) f("a");\n[cp.execSync].entries().forEach(([i, f]) => f("b"));\nArray.from([cp], (m) => m.execSync)[0]("c");\n';
    const expected = [shellAt(text, 'f("a")', "f"), shellAt(text, 'f("b")', "f"), shell(text, "Array.from([cp], (m) => m.execSync)[0]")];
    expect(await both(text)).toEqual([expected, expected]);
  });

  test("clean: promises of other values, an executor resolving nothing watched, an array's entries of plain values, a mapper returning no watched value", async () => {
    const text = 'Promise.race([fetchA(), fetchB()]).then((r) => r.json());\nnew Promise((r) => setTimeout(r, 10)).then(() => 0);\nfor (const [i, x] of [1, 2].entries()) console.log(i, x);\nconst cp = require("child_process");\nArray.from([cp], (m) => typeof m)[0];\nPromise.all([cp]).then(([m]) => m.constants);\n';
    expect(await both(text)).toEqual([[], []]);
  });
});

describe("a module handed to a compiler's interop helper vendored in the project (`tslib_1 = require(\"./tslib.js\")`)", () => {
  test("stays reported where handed: the helper is a project file's function, which the scan does not read from here (a hostile copy could call the module's members)", async () => {
    const text = 'const tslib_1 = require("./tslib.js");\nconst cp = tslib_1.__importStar(require("node:child_process"));\n';
    expect(await found("a.js", text)).toEqual([shell(text, 'require("node:child_process")')]);
  });
});
