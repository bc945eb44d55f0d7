import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { attachEvidence, missingWorkspacePath, readRun, startRun, verifyLedger } from "../../core/ledger";
import { clock, ok, workspace, WRITES_ON } from "./helpers";

let root: string;
let time: ReturnType<typeof clock>;
const base = () => ({ root, actor: "alice@example.com", env: WRITES_ON, now: time.now });

beforeEach(() => {
  root = workspace();
  time = clock();
  mkdirSync(join(root, "out"));
  writeFileSync(join(root, "out/facts.md"), "facts\n");
});

describe("evidence refs that name missing workspace files are recorded as such (issue #14 item 7)", () => {
  test("missingWorkspacePath: only artifact/test_result refs that are relative paths inside the root are checked", () => {
    expect(missingWorkspacePath(root, "artifact", "out/facts.md")).toBe(false);
    expect(missingWorkspacePath(root, "artifact", "out/nope.md")).toBe(true);
    expect(missingWorkspacePath(root, "test_result", " out/nope.log ")).toBe(true);
    // Not workspace files: URLs, absolute paths, paths leaving the root, other pointer kinds.
    for (const [kind, ref] of [["artifact", "https://ci.example.com/run/1"], ["artifact", "/etc/passwd-nope"], ["artifact", "../outside-nope.md"], ["artifact", "out/../../x-nope"], ["hash", "out/nope.md"], ["proposal", "out/nope.md"]] as const) {
      expect([kind, ref, missingWorkspacePath(root, kind, ref)]).toEqual([kind, ref, false]);
    }
  });

  test("attachEvidence records ref_exists: false for a missing file, nothing for a present one; the chain verifies", async () => {
    const run = ok(await startRun({ ...base(), flowId: "flow_triage_issue", flowVersion: "1.2.0" }));
    const present = await attachEvidence({ ...base(), runId: run.run_id, stepId: "flow_triage_issue#1", pointerKind: "artifact", ref: "out/facts.md" });
    expect(present.ok && present.event?.payload).toEqual({ step_id: "flow_triage_issue#1", pointer_kind: "artifact", ref: "out/facts.md" });
    const missing = await attachEvidence({ ...base(), runId: run.run_id, stepId: "flow_triage_issue#1", pointerKind: "artifact", ref: "out/typo.md" });
    expect(missing.ok && missing.event?.payload).toEqual({ step_id: "flow_triage_issue#1", pointer_kind: "artifact", ref: "out/typo.md", ref_exists: false });
    const read = readRun(root, run.run_id);
    expect(read.ok && read.run.steps[0]!.evidence.map((e) => [e.ref, e.ref_exists])).toEqual([["out/facts.md", undefined], ["out/typo.md", false]]);
    expect(verifyLedger({ root }).findings).toEqual([]);
  });
});
