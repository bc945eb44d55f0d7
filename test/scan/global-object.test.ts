// The global object obtained from evaluated code (lodash's `Function("return this")()`, an indirect `(0, eval)("this")`):
// a constant code string that is only the global object, or a global read from it, gives that value, as `globalThis`
// does. Each form checked under Node 20; a direct `eval("this")` is the module's `this` (module.exports), not the global.
import { describe, expect, it } from "vitest";
import { at, found } from "./helpers";

const SHELL = "scan/shell-command";
const NET = "scan/network-call";

describe("scan/shell-command, scan/network-call: the global object from evaluated code", () => {
  it("`new Function(\"return this\")()`, `Function(…)()`, `(0, eval)(\"this\")`, `return globalThis`, an alias of eval, a Function held then called, `vm.runInThisContext(\"this\")`; a global read from it (`return process`, `return this.process`); used in place, once", async () => {
    const text = [
      'const g = new Function("return this")();',
      'g.process.mainModule.require("child_process").exec("id");',
      'const g2 = (0, eval)("this");',
      'g2.process.mainModule.require("child_process").execSync("id");',
      'Function("return this")().fetch("u");',
      'const g3 = new Function("return globalThis;")();',
      'g3["fetch"]("u");',
      'const g4 = (0, eval)("globalThis");',
      "g4.fetch(u);",
      'const p = new Function("return process")();',
      'p.mainModule.require("child_process").spawn("id");',
      'const p2 = Function("return this.process")();',
      'p2.getBuiltinModule("child_process").exec("id");',
      'const F = new Function("return this");',
      "F().fetch(u);",
      "const e = eval;",
      'e("this").fetch(u);',
      'const g5 = eval("globalThis");',
      "g5.fetch(u);",
      '(0, eval)("globalThis").fetch(u);',
      'const vm = require("vm");',
      'vm.runInThisContext("this").fetch(u);',
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([
      `${SHELL} ${at(text, 'g.process.mainModule.require("child_process").exec')}`,
      `${SHELL} ${at(text, 'g2.process.mainModule.require("child_process").execSync')}`,
      `${NET} ${at(text, 'Function("return this")().fetch')}`,
      `${NET} ${at(text, 'g3["fetch"]')}`,
      `${NET} ${at(text, "g4.fetch")}`,
      `${SHELL} ${at(text, 'p.mainModule.require("child_process").spawn')}`,
      `${SHELL} ${at(text, 'p2.getBuiltinModule("child_process").exec')}`,
      `${NET} ${at(text, "F().fetch")}`,
      `${NET} ${at(text, 'e("this").fetch')}`,
      `${NET} ${at(text, "g5.fetch")}`,
      `${NET} ${at(text, '(0, eval)("globalThis").fetch')}`,
      `${NET} ${at(text, 'vm.runInThisContext("this").fetch')}`,
    ]);
  });

  it("the Function constructor reached through a function's `constructor` and held by a name: the function it makes, and the constructor itself (called, or with `new`)", async () => {
    const text = [
      'const g = (() => {}).constructor("return this");',
      'g().process.mainModule.require("child_process").exec("ls");',
      "const F = (() => {}).constructor;",
      'F("return this")().fetch(u);',
      'new F("return this")().fetch(u);',
      'const h = (function () {}).constructor("return process");',
      'h().mainModule.require("child_process").spawn("id");',
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([
      `${SHELL} ${at(text, 'g().process.mainModule.require("child_process").exec')}`,
      `${NET} ${at(text, 'F("return this")().fetch')}`,
      `${NET} ${at(text, 'new F("return this")().fetch')}`,
      `${SHELL} ${at(text, 'h().mainModule.require("child_process").spawn')}`,
    ]);
    // Clean: the constructor's name, and constant code returning something else.
    const clean = ['const n = (() => {}).constructor.name;', "n.fetch(u);", 'const k = (() => {}).constructor("return 1");', "k().fetch(u);", "const C = (() => {}).constructor;", 'C("return {}")().fetch(u);', ""].join("\n");
    expect(await found("b.js", clean)).toEqual([]);
  });

  it("the AsyncFunction constructor (`Object.getPrototypeOf(async function () {}).constructor`) held by a name: the global as its promise's value (`.then((g) => …)`), in place or held; code not constant is scan/dynamic-code, as for Function", async () => {
    const text = [
      "const AF = Object.getPrototypeOf(async function () {}).constructor;",
      'new AF("return this")().then((g) => g.process.mainModule.require("child_process").exec("ls"));',
      "AF('return globalThis')().then((g) => g.fetch(u));",
      "AF(userCode);",
      "const GF = Object.getPrototypeOf(function* () {}).constructor;",
      "new GF(userCode);",
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([
      `${SHELL} ${at(text, 'g.process.mainModule.require("child_process").exec')}`,
      `${NET} ${at(text, "g.fetch")}`,
      `scan/dynamic-code ${at(text, "AF", 3)}`,
      `scan/dynamic-code ${at(text, "GF", 1)}`,
    ]);
    // Clean: code returning something else, and another function's promise.
    const clean = ["const AF = Object.getPrototypeOf(async function () {}).constructor;", 'new AF("return 1")().then((g) => g.fetch(u));', 'load("x").then((g) => g.fetch(u));', ""].join("\n");
    expect(await found("b.js", clean)).toEqual([]);
  });

  it("`Reflect.construct(Function, [\"return this\"])`, `Reflect.apply(Function, null, [\"return this\"])`, `Reflect.apply(eval, null, [\"this\"])` (never a direct eval): the constant code read from the list, the global followed", async () => {
    const text = [
      'const R = Reflect.construct(Function, ["return this"]);',
      "R().fetch(u);",
      'const A = Reflect.apply(Function, null, ["return this"]);',
      'A().process.mainModule.require("child_process").exec("ls");',
      'Reflect.apply(eval, null, ["this"]).fetch(u);',
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([
      `${NET} ${at(text, "R().fetch")}`,
      `${SHELL} ${at(text, 'A().process.mainModule.require("child_process").exec')}`,
      `${NET} ${at(text, 'Reflect.apply(eval, null, ["this"]).fetch')}`,
    ]);
    const clean = ['const R = Reflect.construct(Function, ["return 1"]);', "R().fetch(u);", 'Reflect.apply(Function, null, ["return this"]).name;', ""].join("\n");
    expect(await found("b.js", clean)).toEqual([]);
  });

  it("a direct `eval(\"this\")` in a plain function of sloppy code (or an arrow in one) is the global object when the function is called plainly", async () => {
    const text = [
      'function f() { return eval("this"); }',
      'f().process.mainModule.require("child_process").exec("ls");',
      'const fe = function () { return eval("this"); };',
      "fe().fetch(u);",
      'function outer() { const a = () => eval("this"); return a(); }',
      "outer().fetch(u);",
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([`${SHELL} ${at(text, 'f().process.mainModule.require("child_process").exec')}`, `${NET} ${at(text, "fe().fetch")}`, `${NET} ${at(text, "outer().fetch")}`]);
  });

  it("clean: a direct `eval(\"this\")` in strict code (a \"use strict\" file or function, a class body, an ES module by its syntax or name, TypeScript), a method's, an arrow's at the top (module.exports)", async () => {
    const strict = ['"use strict";', 'function f() { return eval("this"); }', "f().fetch(u);", ""].join("\n");
    expect(await found("a.js", strict)).toEqual([]);
    const inFunction = ['function f() { "use strict"; return eval("this"); }', "f().fetch(u);", "class K { static m() { function g() { return eval(\"this\"); } return g(); } }", "K.m().fetch(u);", ""].join("\n");
    expect(await found("b.js", inFunction)).toEqual([]);
    const module = ['import fs from "node:fs";', 'function f() { return eval("this"); }', "f().fetch(u);", ""].join("\n");
    expect(await found("c.js", module)).toEqual([]);
    const plain = ['function f() { return eval("this"); }', "f().fetch(u);", ""].join("\n");
    expect(await found("d.mjs", plain)).toEqual([]);
    expect(await found("e.ts", plain)).toEqual([]);
    const other = ['const o = { m: function () { return eval("this"); } };', "o.m().fetch(u);", 'o.n = function () { return eval("this"); };', "o.n().fetch(u);", 'const a = () => eval("this");', "a().fetch(u);", 'function n() { return eval("1"); }', "n().fetch(u);", ""].join("\n");
    expect(await found("f.js", other)).toEqual([]);
  });

  it("clean: other code, a direct `eval(\"this\")` (module.exports), strict code, a Function called with another `this`, `require` (no global)", async () => {
    const text = [
      'const n = new Function("return 1")();',
      "n.fetch(u);",
      'const m = eval("this");',
      "m.fetch(u);",
      '(eval)("this").fetch(u);',
      'const s = new Function("\'use strict\'; return this")();',
      "s.fetch(u);",
      'const c = new Function("return this").call(o);',
      "c.fetch(u);",
      'const x = new Function("return this.x")();',
      "x.fetch(u);",
      'const r = (0, eval)("require");',
      'r("child_process");',
      'const t = new Function("return this");',
      "new t().fetch(u);",
      "",
    ].join("\n");
    expect(await found("a.js", text)).toEqual([]);
  });
});
