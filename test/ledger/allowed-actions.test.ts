import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { advanceStep, allowedActions, approve, attachEvidence, cancelRun, decideApproval, deny, missingWorkspacePath, readRun, requestApproval, resolvePolicy, type RunState, startRun, type Verdict, verifyLedger } from "../../core/ledger";
import { clock, ok, workspace, WRITES_ON } from "./helpers";

const T = "flow_triage_issue";
let root: string;
let time: ReturnType<typeof clock>;
const base = (actor = "alice@example.com") => ({ root, actor, env: WRITES_ON, now: time.now });
const actions = (run: RunState, actor: string | undefined = "alice@example.com") => allowedActions(run, { policy: resolvePolicy(root, WRITES_ON), actor, now: time.now() });
const fresh = (runId: string) => {
  const r = readRun(root, runId);
  if (!r.ok) throw new Error(r.message);
  return r.run;
};
/** The verdict and the real operation's outcome as comparable strings. */
const asCode = (v: Verdict) => (v.allowed ? "ok" : v.code);

beforeEach(() => {
  root = workspace();
  time = clock();
});

describe("allowedActions: the core's one answer to what each write would get now", () => {
  test("on a fresh run only the frontier step advances; steps past it say FLOW_STEP_OUT_OF_ORDER with the core's message", async () => {
    const run = ok(await startRun({ ...base(), flowId: T, flowVersion: "1.2.0" }));
    const a = actions(run);
    expect(a.steps.map((s) => [s.step_id, asCode(s.advanceAny)])).toEqual([
      [`${T}#1`, "ok"],
      [`${T}#2`, "FLOW_STEP_OUT_OF_ORDER"],
      [`${T}#3`, "FLOW_STEP_OUT_OF_ORDER"],
    ]);
    expect(a.steps[1]!.advanceAny).toEqual({ allowed: false, code: "FLOW_STEP_OUT_OF_ORDER", reason: `step ${T}#2 is past the frontier; step #1 must be done or skipped first` });
    // done needs verified evidence first; the other targets are open.
    expect(Object.fromEntries(Object.entries(a.steps[0]!.advance).map(([to, v]) => [to, asCode(v)]))).toEqual({ in_progress: "ok", blocked: "ok", done: "FLOW_VERIFICATION_UNSATISFIED", skipped: "ok" });
    // A step approval only for the human_review step (the artifact_exists example is refused with the reason).
    expect(a.steps.map((s) => asCode(s.requestApproval))).toEqual(["BAD_REQUEST", "BAD_REQUEST", "ok"]);
    expect(a.steps[0]!.requestApproval).toEqual({ allowed: false, code: "BAD_REQUEST", reason: `step ${T}#1 is verified by artifact_exists, not human_review; attach evidence instead` });
    expect(a.steps.map((s) => asCode(s.requestToolApproval))).toEqual(["ok", "ok", "ok"]);
    expect([asCode(a.cancel), asCode(a.consent)]).toEqual(["ok", "ok"]);
  });

  test("every verdict equals what the operation then does (allowed ↔ written, refused ↔ the same code)", async () => {
    const run = ok(await startRun({ ...base(), flowId: T, flowVersion: "1.2.0" }));
    for (const step of run.steps) {
      for (const to of ["in_progress", "blocked", "done", "skipped"] as const) {
        const before = fresh(run.run_id);
        const verdict = actions(before).steps.find((s) => s.step_id === step.step_id)!.advance[to];
        const result = await advanceStep({ ...base(), runId: run.run_id, stepId: step.step_id, toStatus: to, skipReason: to === "skipped" ? "not_applicable" : undefined, expectedSeq: before.head.seq + 1 });
        expect([step.step_id, to, result.ok ? "ok" : result.code]).toEqual([step.step_id, to, asCode(verdict)]);
        if (!result.ok) expect(result.message).toBe((verdict as { reason: string }).reason);
        if (result.ok) break; // one change per step keeps the run moving through its states
      }
    }
  });

  test("decisions: the requester and a second approval by the same person are refused; another person may decide; no actor → nobody", async () => {
    const run = ok(await startRun({ ...base(), flowId: T, flowVersion: "1.2.0" }));
    const requested = ok(await requestApproval({ ...base(), runId: run.run_id, tool: "github.post_comment", args: { body: "hi" }, reason: "post the summary", requiredApprovals: 2 }));
    const id = requested.approvals[0]!.approval_id;
    expect(actions(requested).approvals).toEqual([{ approval_id: id, decide: { allowed: false, code: "FLOW_SELF_APPROVAL_DENIED", reason: `alice@example.com requested approval ${id} and cannot decide it` } }]);
    expect(asCode(actions(requested, "bob@example.com").approvals[0]!.decide)).toBe("ok");
    expect(allowedActions(requested, { policy: resolvePolicy(root, WRITES_ON) }).approvals[0]!.decide).toMatchObject({ allowed: false, code: "BAD_REQUEST", reason: expect.stringContaining("no actor") });
    const once = ok(await approve({ ...base("bob@example.com"), runId: run.run_id, approvalId: id }));
    expect(actions(once, "bob@example.com").approvals[0]!.decide).toEqual({ allowed: false, code: "BAD_REQUEST", reason: `bob@example.com has already approved ${id}; it needs a different approver` });
    expect(asCode(actions(once, "carol@example.com").approvals[0]!.decide)).toBe("ok");
    // Expiry (the policy's 900 s default) closes it for everyone.
    time.advance(901);
    expect(actions(fresh(run.run_id), "carol@example.com").approvals[0]!.decide).toMatchObject({ allowed: false, code: "BAD_REQUEST", reason: expect.stringContaining("expired") });
  });

  test("the policy's gates come first: writes off makes every action FLOW_RUN_WRITES_DISABLED", async () => {
    const run = ok(await startRun({ ...base(), flowId: T, flowVersion: "1.2.0" }));
    const off = allowedActions(run, { policy: resolvePolicy(root, {}), actor: "bob@example.com" });
    const codes = [...off.steps.flatMap((s) => [s.advanceAny, s.evidence, s.requestApproval, s.requestToolApproval]), off.cancel, off.consent].map(asCode);
    expect(new Set(codes)).toEqual(new Set(["FLOW_RUN_WRITES_DISABLED"]));
  });

  test("a cancelled run takes nothing: every action FLOW_RUN_NOT_IN_PROGRESS", async () => {
    const run = ok(await startRun({ ...base(), flowId: T, flowVersion: "1.2.0" }));
    await attachEvidence({ ...base(), runId: run.run_id, stepId: `${T}#1`, pointerKind: "artifact", ref: "out/facts.md" });
    const cancelled = ok(await cancelRun({ ...base(), runId: run.run_id }));
    const a = actions(cancelled);
    expect(new Set([...a.steps.flatMap((s) => [s.advanceAny, s.evidence, s.requestApproval]), a.cancel, a.consent].map(asCode))).toEqual(new Set(["FLOW_RUN_NOT_IN_PROGRESS"]));
  });
});

describe("decision comments (approve and deny) are recorded in the ledger", () => {
  test("approve --comment and deny with a reason and a comment; blank comments are not recorded; over 2000 characters is BAD_REQUEST", async () => {
    const run = ok(await startRun({ ...base(), flowId: T, flowVersion: "1.2.0" }));
    const r1 = ok(await requestApproval({ ...base(), runId: run.run_id, tool: "a.tool", reason: "one" }));
    const r2 = ok(await requestApproval({ ...base(), runId: run.run_id, tool: "b.tool", reason: "two" }));
    const [a1, a2] = [r1.approvals[0]!.approval_id, r2.approvals[1]!.approval_id];
    const approved = await approve({ ...base("bob@example.com"), runId: run.run_id, approvalId: a1, comment: "  checked the body  " });
    expect(approved.ok && approved.event?.payload).toEqual({ approval_id: a1, decision: "approve", reason: null, comment: "checked the body" });
    const tooLong = await decideApproval({ ...base("bob@example.com"), runId: run.run_id, approvalId: a2, decision: "deny", reason: "no", comment: "x".repeat(2001) });
    expect(tooLong).toMatchObject({ ok: false, code: "BAD_REQUEST", message: "a decision comment is longer than 2000 characters" });
    const denied = await deny({ ...base("bob@example.com"), runId: run.run_id, approvalId: a2, reason: "wrong repo", comment: " " });
    expect(denied.ok && denied.event?.payload).toEqual({ approval_id: a2, decision: "deny", reason: "wrong repo" });
    const state = fresh(run.run_id);
    expect(state.approvals.map((a) => a.decisions.map((d) => [d.decision, d.reason, d.comment]))).toEqual([[["approve", null, "checked the body"]], [["deny", "wrong repo", null]]]);
    expect(readRun(root, run.run_id)).toMatchObject({ ok: true, damaged: false });
  });
});

/** out/facts.md exists in the workspace. */
function withFacts(): void {
  mkdirSync(join(root, "out"));
  writeFileSync(join(root, "out/facts.md"), "facts\n");
}

describe("evidence refs that name missing workspace files are recorded as such (issue #14 item 7)", () => {
  test("missingWorkspacePath: only artifact/test_result refs that are relative paths inside the root are checked", () => {
    withFacts();
    expect(missingWorkspacePath(root, "artifact", "out/facts.md")).toBe(false);
    expect(missingWorkspacePath(root, "artifact", "out/nope.md")).toBe(true);
    expect(missingWorkspacePath(root, "test_result", " out/nope.log ")).toBe(true);
    // Not workspace files: URLs, absolute paths, paths leaving the root, other pointer kinds.
    for (const [kind, ref] of [["artifact", "https://ci.example.com/run/1"], ["artifact", "/etc/passwd-nope"], ["artifact", "../outside-nope.md"], ["artifact", "out/../../x-nope"], ["hash", "out/nope.md"], ["proposal", "out/nope.md"]] as const) {
      expect([kind, ref, missingWorkspacePath(root, kind, ref)]).toEqual([kind, ref, false]);
    }
  });

  test("attachEvidence records ref_exists: false for a missing file, nothing for a present one; the chain verifies", async () => {
    withFacts();
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
