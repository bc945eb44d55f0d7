import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { errorRules, gate, pullRequest, put, scanAnnotations as annotations } from "./pr";

// A file link the base already has (`agent/helper.py -> ../assets/helper.txt`, planted honest by an earlier pull
// request) makes a later change to its target a change to the file it names: Python imports agent/helper.py and
// reads the target's bytes. Judging only the changed path (assets/helper.txt, no source by its name) would leave the
// code unjudged.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const linkedHelper = (dir: string) => {
  put(dir, "assets/helper.txt", "import gateway\ndef run(c):\n    return gateway.run(c)\n");
  symlinkSync("../assets/helper.txt", join(dir, "agent/helper.py"));
};

describe("a change to the target of a file link the base has is a change to the link's path (built Action)", () => {
  it("scan/shell-command: only the link's target assets/helper.txt changes to call os.system; Python runs it as agent/helper.py", async () => {
    const pr = await pullRequest((dir) => put(dir, "assets/helper.txt", "import os\ndef run(c):\n    return os.system(c)\n"), linkedHelper);
    expect(pr.files.map((f) => f.filename)).toEqual(["assets/helper.txt"]);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(annotations(r.commands)).toEqual(["scan/shell-command agent/helper.py 3 12"]);
  });

  it("evidence: only the target of a linked bundle changes, to a bundle edited after export", async () => {
    const pr = await pullRequest(
      (dir) => put(dir, "records/answer.json", readFileSync(join(dir, "evidence/tampered-run.evidence.json"), "utf8")),
      (dir) => {
        put(dir, "records/answer.json", readFileSync(join(dir, "evidence/issue-run.evidence.json"), "utf8"));
        symlinkSync("../records/answer.json", join(dir, "evidence/linked-run.evidence.json"));
      },
    );
    expect(pr.files.map((f) => f.filename)).toEqual(["records/answer.json"]);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    // The tampered sample's own findings, at the link's path.
    expect(errorRules(r)).toEqual(["evidence/bundle-hash-mismatch", "evidence/inconsistent-record", "evidence/inconsistent-record"]);
    expect(r.commands.filter((c) => c.startsWith("::error title=evidence/")).map((c) => /file=([^,]+)/.exec(c)![1])).toEqual(Array(3).fill("evidence/linked-run.evidence.json"));
  });

  it("gate/compiled-code-added: only the target of a linked extension module (agent/fast.so -> ../assets/fast.bin) changes", async () => {
    const pr = await pullRequest(
      (dir) => put(dir, "assets/fast.bin", "\x7fELF changed"),
      (dir) => {
        put(dir, "assets/fast.bin", "\x7fELF reviewed");
        symlinkSync("../assets/fast.bin", join(dir, "agent/fast.so"));
      },
    );
    expect(pr.files.map((f) => f.filename)).toEqual(["assets/fast.bin"]);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["gate/compiled-code-added"]);
    expect(r.commands.find((c) => c.startsWith("::error title=gate/compiled-code-added"))).toContain("file=agent/fast.so,");
  });

  it("an honest edit of the linked helper's target passes (exit 0)", async () => {
    const pr = await pullRequest((dir) => put(dir, "assets/helper.txt", "import gateway\ndef run(c):\n    return gateway.run(c, timeout=5)\n"), linkedHelper);
    const r = await gate(api, pr);
    expect(r.code).toBe(0);
  });
});
