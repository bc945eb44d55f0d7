import { describe, expect, test } from "vitest";
import { evaluateBundle } from "../../core/evidence/evaluate";
import { evidenceBundleSchema } from "../../core/evidence/schema";
import {
  advanceStep,
  approve,
  attachEvidence,
  cancelRun,
  executeStep,
  exportRun,
  mintConsent,
  requestApproval,
  type RunResult,
  startRun,
} from "../../core/ledger";
import { ALL_ON, workspace, WRITES_ON } from "./helpers";

const R = "flow_release_notes";
const B = "flow_batch";

function must<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
}

async function releaseRun(finish: "done" | "pending-approval" | "cancelled") {
  const root = workspace();
  const ctx = { root, actor: "alice@example.com", env: WRITES_ON };
  const runId = must(await startRun({ ...ctx, flowId: R, flowVersion: "0.3.0", agent: "drafter@bots" })).run.run_id;
  must(await advanceStep({ ...ctx, runId, stepId: `${R}#1`, toStatus: "in_progress" }));
  must(await attachEvidence({ ...ctx, runId, stepId: `${R}#1`, pointerKind: "artifact", ref: "out/changes.md" }));
  must(await advanceStep({ ...ctx, runId, stepId: `${R}#1`, toStatus: "done" }));
  const req: RunResult = must(await requestApproval({ ...ctx, runId, stepId: `${R}#2`, reason: "Review the draft" }));
  if (finish === "done") {
    must(await approve({ ...ctx, actor: "bob@example.com", runId, approvalId: req.ok ? req.run.approvals[0]!.approval_id : "" }));
    must(await advanceStep({ ...ctx, runId, stepId: `${R}#2`, toStatus: "done" }));
  }
  if (finish === "cancelled") must(await cancelRun({ ...ctx, runId, reason: "superseded" }));
  return { root, runId };
}

function evaluate(root: string, runId: string) {
  const exported = must(exportRun({ root, runId }));
  const text = JSON.stringify(exported.bundle, null, 2);
  return { bundle: exported.bundle, result: evaluateBundle(`${runId}.evidence.json`, text) };
}

describe("export → agentledger.evidence.v1 → the evidence evaluator", () => {
  test("round trip: a clean finished run passes the evaluator with no findings", async () => {
    const { root, runId } = await releaseRun("done");
    const { bundle, result } = evaluate(root, runId);
    expect(evidenceBundleSchema.safeParse(bundle).success).toBe(true);
    expect(result.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    expect(result.verdict).toMatchObject({ verdict: "pass", intact: true, status: "completed", runId });
    expect(bundle.events.map((e) => e.type)).toEqual([
      "run_created",
      "step_created",
      "step_created",
      "step_claimed",
      "artifact_created",
      "step_completed",
      "tool_approval_required",
      "tool_approval_decided",
      "step_completed",
      "state_patch_committed",
    ]);
    expect(bundle.approvals).toMatchObject([{ tool_name: "human_review", status: "APPROVED", requested_by: "alice@example.com", approved_by: "bob@example.com", step_id: `${R}#2` }]);
    expect(bundle.artifacts).toMatchObject([{ name: "evidence:artifact", step_id: `${R}#1`, metadata: { pointer_kind: "artifact", ref: "out/changes.md" } }]);
    expect(bundle.final_state).toMatchObject({ flow: `${R}@0.3.0`, run_status: "done", steps: { [`${R}#2`]: { status: "done", verified: true } } });
  });

  test("a run waiting for approval fails: approval pending, run not completed (status waiting_human)", async () => {
    const { root, runId } = await releaseRun("pending-approval");
    const { result } = evaluate(root, runId);
    expect(result.verdict).toMatchObject({ verdict: "fail", intact: true, status: "waiting_human" });
    expect(result.findings.map((f) => f.rule).sort()).toEqual(["evidence/approval-pending", "evidence/run-not-completed"]);
  });

  test("a cancelled run exports as cancelled and fails", async () => {
    const { root, runId } = await releaseRun("cancelled");
    const { bundle, result } = evaluate(root, runId);
    expect(bundle.events.at(-2)!.type).toBe("run_cancelled");
    expect(result.verdict).toMatchObject({ verdict: "fail", intact: true, status: "cancelled" });
    expect(result.findings.map((f) => f.rule)).toContain("evidence/run-not-completed");
  });

  test("executions carry their cost; skipped steps export as cancelled steps; the bundle stays intact", async () => {
    const root = workspace();
    const ctx = { root, actor: "ops@example.com", env: ALL_ON };
    const runId = must(await startRun({ ...ctx, flowId: B, flowVersion: "1.0.0" })).run.run_id;
    const consent = must(await mintConsent({ ...ctx, runId, allowedLanes: ["local_default"], costCapUnits: 3 })).consentId!;
    must(await executeStep({ ...ctx, runId, stepId: `${B}#1`, consentId: consent }));
    must(await advanceStep({ ...ctx, runId, stepId: `${B}#1`, toStatus: "done" }));
    must(await advanceStep({ ...ctx, runId, stepId: `${B}#2`, toStatus: "skipped", skipReason: "not_applicable" }));
    const { bundle, result } = evaluate(root, runId);
    expect(result.findings).toEqual([]);
    expect(bundle.cost_summary).toMatchObject({ tool_calls: 1, by_category: { "tool:call": 1 } });
    expect(bundle.steps.map((s) => s.status)).toEqual(["completed", "cancelled"]);
  });

  test("a damaged ledger is not exported", async () => {
    const { root, runId } = await releaseRun("done");
    const { appendFileSync } = await import("node:fs");
    appendFileSync(`${root}/.flowgate/runs/${runId}.jsonl`, '{"seq":9');
    const r = exportRun({ root, runId });
    expect(r.ok || r.code).toBe("FLOW_LEDGER_CONFLICT");
    expect(exportRun({ root, runId: "run_nope" }).ok || "refused").toBe("refused");
  });
});
