// Red team 4, class 4: code strings whose loader is handed in under another name (evaluators.ts givenNames): a
// context object's keys, the parameters a function made from the code is called with in place, the global object's
// properties the file stores: each is known to the code's scan, its crossing reported at the evaluator's call with
// its line in the code.
import { describe, expect, test } from "vitest";
import { scanSource } from "../../core/scan/scan";
import { at, found, scanConfig } from "./helpers";

const SHELL = "scan/shell-command";
const VM = "const vm = require('vm');\n";

describe("scan/shell-command: a loader handed to evaluated code under another name", () => {
  test.each([
    ["`vm.compileFunction(code, ['r'])(require)` (p84)", `${VM}vm.compileFunction("r('child_process').execSync('x')", ['r'])(require);\n`, "vm.compileFunction"],
    ["`vm.runInNewContext(code, { r: require })` (p164)", `${VM}vm.runInNewContext("r('child_process').execSync('x')", { r: require });\n`, "vm.runInNewContext"],
    ["`{ p: process }` (p251)", `${VM}vm.runInNewContext("p.getBuiltinModule('child_process').execSync('x')", { p: process });\n`, "vm.runInNewContext"],
    ["`new vm.Script(code).runInNewContext({ m: module })` (p250)", `${VM}new vm.Script("m.require('child_process').execSync('x')").runInNewContext({ m: module });\n`, "vm.Script"],
    ["`new Function('r', code)(require)` (p252)", `new Function('r', "r('child_process').execSync('x')")(require);\n`, "Function"],
    ["inspector `Runtime.evaluate` reading `globalThis.m = module` (p273)", "const inspector = require('inspector');\nconst s = new inspector.Session(); s.connect();\nglobalThis.m = module;\ns.post('Runtime.evaluate', { expression: \"m.require('child_process').execSync('x')\" });\n", "s.post"],
    ["`vm.createContext({ load: require })` held by a name (p248)", `${VM}const ctx = vm.createContext({ load: require });\nvm.runInContext("load('child_process').execSync('x')", ctx);\n`, "vm.runInContext"],
    ["a watched module given whole (`{ cp: require('child_process') }`), `contextExtensions`", `${VM}vm.runInNewContext("cp.spawn('x')", { cp: require('child_process') });\nvm.compileFunction("q.exec('y')", [], { contextExtensions: [{ q: require('child_process') }] });\n`, "vm.runInNewContext"],
  ])("%s", async (_, text, callee) => {
    const findings = await found("a.js", text);
    expect(findings[0]).toBe(`${SHELL} ${at(text, callee, callee === "vm.Script" || callee === "Function" ? 0 : text.split(callee).length - 2)}`);
    expect(findings.length).toBe(text.includes("contextExtensions") ? 2 : 1);
  });

  test("the crossing's line in the code is the code's own (the names are declared on its first line)", async () => {
    const [finding] = await scanSource("a.js", `${VM}vm.runInNewContext("1;\\n2;\\nr('child_process').execSync('x')", { r: require });\n`, { config: scanConfig({}) });
    expect([finding!.rule, finding!.line, finding!.column, finding!.properties?.codeLine]).toEqual([SHELL, 2, 1, 3]);
    expect(finding!.message).toContain("It runs in the code passed to `vm.runInNewContext` (line 3 of that code).");
  });

  test("TypeScript: the same through a cast", async () => {
    const text = "import * as vm from 'vm';\nvm.runInNewContext(\"r('child_process').execSync('x')\", { r: require as never } as any);\n";
    expect(await found("a.ts", text)).toEqual([`${SHELL} ${at(text, "vm.runInNewContext")}`]);
  });

  test("clean: a context without loaders, a function called with harmless values, a global store of a plain value, a name the code does not mention", async () => {
    const text = `${VM}vm.runInNewContext("r('child_process').execSync('x')", { r: (m) => ({ execSync() {} }) });\nvm.runInNewContext("p.x + 1", { p: process });\nnew Function('r', "r('child_process').execSync('x')")(JSON.parse);\nglobalThis.m = { require: () => 1 };\nvm.runInThisContext("m.require('child_process')");\nvm.runInNewContext("1 + 1", { r: require });\n`;
    expect(await found("a.js", text)).toEqual([]);
  });
});

describe("scan/shell-command: CommonJS's `module` held by another name reaches its loaders", () => {
  test("`const m = module; m.require(…)`, `m.constructor._load(…)`; clean: `m.exports`", async () => {
    const text = "const m = module;\nm.require('child_process').execSync('x');\nm.constructor._load('child_process').exec('y');\nm.exports.x = 1;\n";
    expect(await found("a.js", text)).toEqual([`${SHELL} ${at(text, "m.require('child_process').execSync")}`, `${SHELL} ${at(text, "m.constructor._load('child_process').exec")}`]);
  });
});
