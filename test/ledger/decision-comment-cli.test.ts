import { describe, expect, test } from "vitest";
import { evaluateBundle } from "../../core/evidence/evaluate";
import { approve, deny, requestApproval, startRun, advanceStep, attachEvidence, type RunResult } from "../../core/ledger";
import { runCli } from "../helpers/cli";
import { workspace, WRITES_ON } from "./helpers";

const R = "flow_release_notes";

function must(r: RunResult): Extract<RunResult, { ok: true }> {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r;
}

/** A release-notes run whose human_review step (#2) has a pending approval requested by alice. */
async function pendingReview(root: string) {
  const ctx = { root, actor: "alice@example.com", env: WRITES_ON };
  const runId = must(await startRun({ ...ctx, flowId: R, flowVersion: "0.3.0" })).run.run_id;
  must(await advanceStep({ ...ctx, runId, stepId: `${R}#1`, toStatus: "in_progress" }));
  must(await attachEvidence({ ...ctx, runId, stepId: `${R}#1`, pointerKind: "artifact", ref: "out/changes.md" }));
  must(await advanceStep({ ...ctx, runId, stepId: `${R}#1`, toStatus: "done" }));
  const approvalId = must(await requestApproval({ ...ctx, runId, stepId: `${R}#2`, reason: "Review the draft" })).run.approvals[0]!.approval_id;
  return { runId, approvalId };
}

// A comment is ledger text anyone with write access chose: a terminal escape or a newline in it must not reach the terminal raw.
const HOSTILE = "LGTM\n\u001b[2Jcleared";

describe("decision comments in `flowgate run show` and `run export`", () => {
  test("run show: approved by … with the comment (escaped); a denial reads 'denied by', never 'denyd'", async () => {
    const root = workspace();
    const a = await pendingReview(root);
    must(await approve({ root, env: WRITES_ON, actor: "bob@example.com", runId: a.runId, approvalId: a.approvalId, comment: HOSTILE }));
    const d = await pendingReview(root);
    must(await deny({ root, env: WRITES_ON, actor: "carol@example.com", runId: d.runId, approvalId: d.approvalId, reason: "wrong audience" }));

    const approved = await runCli(["run", "show", a.runId], { cwd: root });
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain(`approval ${a.approvalId} APPROVED for step ${R}#2 (medium, requested by alice@example.com; approved by bob@example.com (comment: "LGTM\\n\\u001b[2Jcleared"))`);
    expect(approved.stdout).not.toContain("\u001b");

    const denied = await runCli(["run", "show", d.runId], { cwd: root });
    expect(denied.stdout).toContain(`approval ${d.approvalId} DENIED for step ${R}#2 (medium, requested by alice@example.com; denied by carol@example.com)`);
    expect(denied.stdout).not.toContain("denyd");
  });

  test("run export: the comment is in the approval's decisions and the tool_approval_decided event; no comment, no key; the finished run's bundle still passes the evaluator", async () => {
    const root = workspace();
    const a = await pendingReview(root);
    must(await approve({ root, env: WRITES_ON, actor: "bob@example.com", runId: a.runId, approvalId: a.approvalId, comment: "checked the numbers" }));
    must(await advanceStep({ root, env: WRITES_ON, actor: "alice@example.com", runId: a.runId, stepId: `${R}#2`, toStatus: "done" }));
    const d = await pendingReview(root);
    must(await deny({ root, env: WRITES_ON, actor: "carol@example.com", runId: d.runId, approvalId: d.approvalId, reason: "wrong audience" }));

    const out = await runCli(["run", "export", a.runId], { cwd: root });
    expect(out.code).toBe(0);
    const bundle = JSON.parse(out.stdout);
    expect(bundle.approvals[0].decisions).toEqual([{ actor: "bob@example.com", decision: "approve", reason: null, comment: "checked the numbers" }]);
    const decided = bundle.events.filter((e: { type: string }) => e.type === "tool_approval_decided");
    expect(decided).toHaveLength(1);
    expect(decided[0].payload).toMatchObject({ decision: "approve", approved_by: "bob@example.com", comment: "checked the numbers" });
    expect(evaluateBundle(`${a.runId}.evidence.json`, out.stdout).findings).toEqual([]);

    const plain = JSON.parse((await runCli(["run", "export", d.runId], { cwd: root })).stdout);
    expect(plain.approvals[0].decisions).toEqual([{ actor: "carol@example.com", decision: "deny", reason: "wrong audience" }]);
    const event = plain.events.find((e: { type: string }) => e.type === "tool_approval_decided");
    expect(Object.keys(event.payload)).not.toContain("comment");
  });
});
