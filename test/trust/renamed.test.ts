import { mkdirSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { git } from "../helpers/cli";
import { FakeGitHub } from "../action/fake-github";
import { errorRules, gate, pullRequest } from "./pr";

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

/** A pull request moving files (`git mv`), its files listed as GitHub's API lists a rename: the new name, status "renamed", the old as previous_filename. */
async function moving(moves: [string, string][]) {
  const pr = await pullRequest((dir) => {
    for (const [from, to] of moves) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      renameSync(join(dir, from), join(dir, to));
    }
  });
  const renamed = git(pr.dir, "diff", "--name-status", "-M", pr.base, pr.head).split("\n").filter(Boolean).map((l) => l.split("\t"));
  const files = renamed.map(([status, a, b]) => (status!.startsWith("R") ? { filename: b!, status: "renamed", previous_filename: a! } : { filename: a!, status: status === "A" ? "added" : status === "D" ? "removed" : "modified" }));
  return { ...pr, files };
}

describe("a merged record or the gate's configuration moved away (`git mv`) is removed from where it was (built Action)", () => {
  it("ledger/history-rewritten + approvals/record-removed: the merged ledger and bundle moved out of place, the API listing them renamed", async () => {
    const pr = await moving([
      [".flowgate/runs/run_5af0b9129a2f8158.jsonl", "docs/archive/run_5af0b9129a2f8158.jsonl.txt"],
      ["evidence/refund-run.evidence.json", "docs/archive/refund-run.json.txt"],
    ]);
    expect(pr.files.map((f) => f.status)).toEqual(["renamed", "renamed"]);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["approvals/record-removed", "ledger/history-rewritten"]);
  });

  it("ledger/history-rewritten + approvals/record-removed: the same moves, changes from git (no token)", async () => {
    const pr = await moving([
      [".flowgate/runs/run_5af0b9129a2f8158.jsonl", "docs/archive/run_5af0b9129a2f8158.jsonl.txt"],
      ["evidence/refund-run.evidence.json", "docs/archive/refund-run.json.txt"],
    ]);
    const r = await gate(api, pr, { token: "" });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["approvals/record-removed", "ledger/history-rewritten"]);
  });

  it("gate/config-changed: .flowgate.yml and the run policy moved aside (the next pull request's base would have neither)", async () => {
    const pr = await moving([
      [".flowgate.yml", "docs/flowgate.example.yml"],
      [".flowgate/policy.json", "docs/policy.example.json"],
    ]);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["gate/config-changed", "gate/config-changed"]);
    expect(r.commands.filter((c) => c.startsWith("::error title=gate/config-changed")).map((c) => /file=([^,]+)/.exec(c)![1])).toEqual([".flowgate.yml", ".flowgate/policy.json"]);
  });

  it("moving files that are neither records nor configuration is clean (exit 0), on the API and the git path", async () => {
    const pr = await moving([["README.md", "docs/README.md"]]);
    expect(pr.files).toEqual([{ filename: "docs/README.md", status: "renamed", previous_filename: "README.md" }]);
    expect((await gate(api, pr)).code).toBe(0);
    expect((await gate(api, pr, { token: "" })).code).toBe(0);
  });
});
