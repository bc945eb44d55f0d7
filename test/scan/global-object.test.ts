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
