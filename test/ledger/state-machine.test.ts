import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import {
  advanceStep,
  approve,
  attachEvidence,
  authorizeToolCall,
  cancelRun,
  decideApproval,
  deny,
  executeStep,
  listApprovals,
  listRuns,
  mintConsent,
  readRun,
  repairRun,
  requestApproval,
  resolvePolicy,
  revokeConsent,
  startRun,
  verifyLedger,
} from "../../core/ledger";
import { ALL_ON, clock, code, ok, workspace, WRITES_ON, writePolicy } from "./helpers";

const T = "flow_triage_issue";
const R = "flow_release_notes";
const B = "flow_batch";

let root: string;
let time: ReturnType<typeof clock>;
const base = () => ({ root, actor: "alice@example.com", env: WRITES_ON, now: time.now });

beforeEach(() => {
  root = workspace();
  time = clock();
});

async function start(flowId = T, flowVersion = flowId === T ? "1.2.0" : flowId === R ? "0.3.0" : "1.0.0", extra: object = {}) {
  return ok(await startRun({ ...base(), flowId, flowVersion, ...extra }));
}

describe("gates (B.1): policy forbidden → automatable disabled → run writes disabled; env beats the policy file; default off", () => {
  test("everything is off by default: start is refused with FLOW_RUN_WRITES_DISABLED", async () => {
    const r = await startRun({ ...base(), env: {}, flowId: T, flowVersion: "1.2.0" });
    expect(code(r)).toBe("FLOW_RUN_WRITES_DISABLED");
    expect(r.ok || r.status).toBe(403);
  });

  test("the policy file enables writes; env FLOW_RUN_WRITES_ENABLED=0 overrides it; =true enables without a file", async () => {
    writePolicy(root, { flow_run_writes_enabled: true });
    expect(code(await startRun({ ...base(), env: {}, flowId: T, flowVersion: "1.2.0" }))).toBe("ok");
    expect(code(await startRun({ ...base(), env: { FLOW_RUN_WRITES_ENABLED: "0" }, flowId: T, flowVersion: "1.2.0" }))).toBe("FLOW_RUN_WRITES_DISABLED");
    writePolicy(root, {});
    expect(code(await startRun({ ...base(), env: { FLOW_RUN_WRITES_ENABLED: "true" }, flowId: T, flowVersion: "1.2.0" }))).toBe("ok");
    expect(code(await startRun({ ...base(), env: { FLOW_RUN_WRITES_ENABLED: "yes" }, flowId: T, flowVersion: "1.2.0" }))).toBe("FLOW_RUN_WRITES_DISABLED");
  });

  test("policy forbidden comes first, even with writes on and bad parameters", async () => {
    const env = { FLOW_RUN_WRITES_ENABLED: "1", FLOW_EXECUTION_POLICY_FORBIDDEN: "1" };
    expect(code(await startRun({ ...base(), env, flowId: "nope", flowVersion: "" }))).toBe("FLOW_EXECUTION_POLICY_FORBIDDEN");
    writePolicy(root, { flow_run_writes_enabled: true, execution: { forbidden: true } });
    expect(code(await advanceStep({ ...base(), env: {}, runId: "run_x", stepId: "bad", toStatus: "pending" }))).toBe("FLOW_EXECUTION_POLICY_FORBIDDEN");
    expect(code(await advanceStep({ ...base(), env: { FLOW_EXECUTION_POLICY_FORBIDDEN: "false" }, runId: "run_x", stepId: "bad", toStatus: "pending" }))).toBe("BAD_REQUEST");
  });

  test("an invalid policy file fails closed with FLOW_EXECUTION_POLICY_FORBIDDEN naming the problem", async () => {
    writePolicy(root, '{"flow_run_writes_enabled": "yes"}');
    const r = await startRun({ ...base(), flowId: T, flowVersion: "1.2.0" });
    expect(code(r)).toBe("FLOW_EXECUTION_POLICY_FORBIDDEN");
    expect(!r.ok && r.message).toContain(".flowgate/policy.json: flow_run_writes_enabled");
    writePolicy(root, "{not json");
    expect(code(await startRun({ ...base(), flowId: T, flowVersion: "1.2.0" }))).toBe("FLOW_EXECUTION_POLICY_FORBIDDEN");
  });

  test("consent: forbidden → automatable disabled → writes disabled", async () => {
    const run = await start();
    const input = { runId: run.run_id, allowedLanes: ["local_default"], costCapUnits: 5 };
    expect(code(await mintConsent({ ...base(), env: { FLOW_EXECUTION_POLICY_FORBIDDEN: "1" }, ...input }))).toBe("FLOW_EXECUTION_POLICY_FORBIDDEN");
    expect(code(await mintConsent({ ...base(), env: {}, ...input }))).toBe("FLOW_AUTOMATABLE_EXECUTION_DISABLED");
    expect(code(await mintConsent({ ...base(), env: WRITES_ON, ...input }))).toBe("FLOW_AUTOMATABLE_EXECUTION_DISABLED");
    expect(code(await mintConsent({ ...base(), env: { FLOW_AUTOMATABLE_EXECUTION_ENABLED: "1" }, ...input }))).toBe("FLOW_RUN_WRITES_DISABLED");
    expect(code(await mintConsent({ ...base(), env: ALL_ON, ...input }))).toBe("ok");
  });

  test("resolvePolicy: lanes trimmed and deduped, caps default 100/3600/86400, non-positive caps ignored by the schema", () => {
    writePolicy(root, { execution: { allowed_lanes: [" fast ", "fast", ""], default_cost_cap_units: 7 } });
    const p = resolvePolicy(root, {});
    expect(p).toMatchObject({ writesEnabled: false, allowedLanes: ["fast"], defaultCostCapUnits: 7, defaultTtlSeconds: 3600, maxTtlSeconds: 86400, requiredApprovals: 1 });
    expect(resolvePolicy(workspace(), {}).allowedLanes).toEqual(["local_default"]);
  });
});

describe("start (B.2)", () => {
  test("pins the exact version; every step pending; run in_progress at once; refs trimmed; run_ref defaults to flow_run:<id>", async () => {
    const run = await start(T, "1.2.0", { taskRef: "  TASK-7 ", externalRef: " ", agent: "agent-7" });
    expect(run.run_id).toMatch(/^run_[0-9a-f]{16}$/);
    expect(run).toMatchObject({ flow_id: T, flow_version: "1.2.0", status: "in_progress", run_ref: `flow_run:${run.run_id}`, task_ref: "TASK-7", external_ref: null, agent: "agent-7", frontier: 1, flow_file: "flows/triage-issue.flow.yaml" });
    expect(run.steps.map((s) => [s.step_id, s.status, s.verified])).toEqual([
      [`${T}#1`, "pending", false],
      [`${T}#2`, "pending", false],
      [`${T}#3`, "pending", false],
    ]);
    expect(run.events).toHaveLength(1);
  });

  test("refusals in order: bad flow id, missing version (no latest), bad run_ref → BAD_REQUEST; absent version → unknown_flow", async () => {
    expect(code(await startRun({ ...base(), flowId: "triage", flowVersion: "1.2.0" }))).toBe("BAD_REQUEST");
    expect(code(await startRun({ ...base(), flowId: T, flowVersion: "" }))).toBe("BAD_REQUEST");
    expect(code(await startRun({ ...base(), flowId: T, flowVersion: "1.2" }))).toBe("BAD_REQUEST");
    expect(code(await startRun({ ...base(), flowId: T, flowVersion: "1.2.0", runRef: "run:1" }))).toBe("BAD_REQUEST");
    const r = await startRun({ ...base(), flowId: T, flowVersion: "1.3.0" });
    expect(code(r)).toBe("unknown_flow");
    expect(!r.ok && r.status).toBe(404);
    expect(code(await startRun({ ...base(), actor: "  ", flowId: T, flowVersion: "1.2.0" }))).toBe("BAD_REQUEST");
  });

  test("an invalid .flowgate.yml is a refusal (BAD_REQUEST with its position), not an exception", async () => {
    writeFileSync(join(root, ".flowgate.yml"), "flows:\n  profle: spec\n");
    const r = await startRun({ ...base(), flowId: T, flowVersion: "1.2.0" });
    expect(code(r)).toBe("BAD_REQUEST");
    expect(!r.ok && r.message).toMatch(/^cannot read the workspace configuration: \.flowgate\.yml:2:3: /);
  });

  test("a bundle that does not validate cannot be pinned (unknown_flow naming the first error); two files defining one version → BAD_REQUEST", async () => {
    const text = readFileSync(join(root, "flows/batch.flow.json"), "utf8");
    writeFileSync(join(root, "flows/batch.flow.json"), text.replace('"trigger": "Always."', '"trigger": ""'));
    const r = await startRun({ ...base(), flowId: B, flowVersion: "1.0.0" });
    expect(code(r)).toBe("unknown_flow");
    expect(!r.ok && r.message).toMatch(/flows\/batch\.flow\.json \(flow_batch@1\.0\.0\) does not validate: 1 error\(s\), first flow\/blank-text at line 24: `steps\[0\]\.trigger` is blank/);
    writeFileSync(join(root, "flows/batch.flow.json"), text);
    writeFileSync(join(root, "flows/batch-copy.flow.json"), text);
    const twice = await startRun({ ...base(), flowId: B, flowVersion: "1.0.0" });
    expect(code(twice)).toBe("BAD_REQUEST");
    expect(!twice.ok && twice.message).toContain("defined by 2 files");
  });
});

describe("advance (B.3) in upstream's check order", () => {
  test("parameters before the run: no run id, no step id, pending as a target → BAD_REQUEST even for a missing run; a malformed run id names no run", async () => {
    expect(code(await advanceStep({ ...base(), runId: " ", stepId: `${T}#1`, toStatus: "done" }))).toBe("BAD_REQUEST");
    // Upstream only requires the run id here and looks it up (test/ledger/upstream-inputs.test.ts).
    expect(code(await advanceStep({ ...base(), runId: "../../../etc/passwd", stepId: `${T}#1`, toStatus: "done" }))).toBe("unknown_run");
    expect(code(await advanceStep({ ...base(), runId: "run_missing", stepId: "", toStatus: "done" }))).toBe("BAD_REQUEST");
    // Upstream requires a step id only to be present; which step it names is checked once the run is found.
    expect(code(await advanceStep({ ...base(), runId: "run_missing", stepId: "step1", toStatus: "done" }))).toBe("unknown_run");
    expect(code(await advanceStep({ ...base(), runId: "run_missing", stepId: `${T}#1`, toStatus: "pending" }))).toBe("BAD_REQUEST");
    expect(code(await advanceStep({ ...base(), runId: "run_missing", stepId: `${T}#1`, toStatus: "done" }))).toBe("unknown_run");
  });

  test("run not in progress (409) comes before unknown step and frontier", async () => {
    const run = await start(R);
    ok(await attachEvidence({ ...base(), runId: run.run_id, stepId: `${R}#1`, pointerKind: "artifact", ref: "changes.md" }));
    ok(await advanceStep({ ...base(), runId: run.run_id, stepId: `${R}#1`, toStatus: "done" }));
    ok(await advanceStep({ ...base(), runId: run.run_id, stepId: `${R}#2`, toStatus: "skipped", skipReason: "not_applicable" }));
    const r = await advanceStep({ ...base(), runId: run.run_id, stepId: `${R}#9`, toStatus: "done" });
    expect(code(r)).toBe("FLOW_RUN_NOT_IN_PROGRESS");
    expect(!r.ok && r.status).toBe(409);
    // As upstream, evidence does not check the run's status: a pointer may still be attached to a done run.
    expect(code(await attachEvidence({ ...base(), runId: run.run_id, stepId: `${R}#1`, pointerKind: "hash", ref: "sha256:late" }))).toBe("ok");
  });

  test("unknown step (400) → past the frontier (409) → skip reason (400) → verification (403) → second in_progress (409)", async () => {
    const run = await start();
    const id = run.run_id;
    expect(code(await advanceStep({ ...base(), runId: id, stepId: `${T}#4`, toStatus: "skipped" }))).toBe("BAD_REQUEST");
    expect(code(await advanceStep({ ...base(), runId: id, stepId: "flow_other#1", toStatus: "done" }))).toBe("BAD_REQUEST");
    expect(code(await advanceStep({ ...base(), runId: id, stepId: `${T}#2`, toStatus: "skipped" }))).toBe("FLOW_STEP_OUT_OF_ORDER");
    expect(code(await advanceStep({ ...base(), runId: id, stepId: `${T}#1`, toStatus: "skipped" }))).toBe("BAD_REQUEST");
    expect(code(await advanceStep({ ...base(), runId: id, stepId: `${T}#1`, toStatus: "skipped", skipReason: "because" }))).toBe("BAD_REQUEST");
    const unverified = await advanceStep({ ...base(), runId: id, stepId: `${T}#1`, toStatus: "done" });
    expect(code(unverified)).toBe("FLOW_VERIFICATION_UNSATISFIED");
    expect(!unverified.ok && unverified.status).toBe(403);
    ok(await advanceStep({ ...base(), runId: id, stepId: `${T}#1`, toStatus: "in_progress" }));
    ok(await advanceStep({ ...base(), runId: id, stepId: `${T}#1`, toStatus: "skipped", skipReason: "policy" }));
    ok(await advanceStep({ ...base(), runId: id, stepId: `${T}#2`, toStatus: "in_progress" }));
    const second = await advanceStep({ ...base(), runId: id, stepId: `${T}#1`, toStatus: "in_progress" });
    expect(code(second)).toBe("FLOW_STEP_OUT_OF_ORDER");
    expect(!second.ok && second.message).toContain(`${T}#2 is already in progress`);
  });

  test("frontier: blocked stops the scan; earlier steps may be reopened; all done/skipped → run done", async () => {
    const run = await start();
    const id = run.run_id;
    ok(await attachEvidence({ ...base(), runId: id, stepId: `${T}#1`, pointerKind: "artifact", ref: "facts.md" }));
    let state = ok(await advanceStep({ ...base(), runId: id, stepId: `${T}#1`, toStatus: "done" }));
    expect(state.frontier).toBe(2);
    state = ok(await advanceStep({ ...base(), runId: id, stepId: `${T}#2`, toStatus: "blocked", note: "sandbox down" }));
    expect(state.frontier).toBe(2);
    expect(code(await advanceStep({ ...base(), runId: id, stepId: `${T}#3`, toStatus: "in_progress" }))).toBe("FLOW_STEP_OUT_OF_ORDER");
    state = ok(await advanceStep({ ...base(), runId: id, stepId: `${T}#1`, toStatus: "in_progress" }));
    expect(state.frontier).toBe(1);
    expect(state.steps[0]!.verified).toBe(true);
    ok(await advanceStep({ ...base(), runId: id, stepId: `${T}#1`, toStatus: "done" }));
    ok(await advanceStep({ ...base(), runId: id, stepId: `${T}#2`, toStatus: "skipped", skipReason: "blocked_dependency" }));
    state = ok(await advanceStep({ ...base(), runId: id, stepId: `${T}#3`, toStatus: "skipped", skipReason: "not_applicable" }));
    expect(state.status).toBe("done");
    expect(state.frontier).toBe(4);
    expect(state.steps.map((s) => s.skip_reason)).toEqual([null, "blocked_dependency", "not_applicable"]);
  });

  test("a clock stepping back never records an event earlier than the one before it", async () => {
    const run = await start();
    time.advance(-3600);
    const state = ok(await advanceStep({ ...base(), runId: run.run_id, stepId: `${T}#1`, toStatus: "in_progress" }));
    expect(state.events.map((e) => e.at)).toEqual(["2026-11-22T10:00:00.000Z", "2026-11-22T10:00:00.000Z"]);
  });

  test("a stale view (expectedSeq) is refused with FLOW_LEDGER_CONFLICT; the current one succeeds", async () => {
    const run = await start();
    ok(await advanceStep({ ...base(), runId: run.run_id, stepId: `${T}#1`, toStatus: "in_progress", expectedSeq: 2 }));
    const stale = await advanceStep({ ...base(), runId: run.run_id, stepId: `${T}#1`, toStatus: "blocked", expectedSeq: 2 });
    expect(code(stale)).toBe("FLOW_LEDGER_CONFLICT");
    expect(!stale.ok && stale.message).toContain("expected to write seq 2, the ledger is at seq 2");
    expect(code(await advanceStep({ ...base(), runId: run.run_id, stepId: `${T}#1`, toStatus: "blocked", expectedSeq: 3 }))).toBe("ok");
  });
});

describe("evidence (B.4)", () => {
  test("parameters first (kind, blank ref), then run, then step; verifies unless human_review; latest pointer kept, all listed", async () => {
    const run = await start();
    const id = run.run_id;
    expect(code(await attachEvidence({ ...base(), runId: "run_nope", stepId: `${T}#1`, pointerKind: "url", ref: "x" }))).toBe("BAD_REQUEST");
    expect(code(await attachEvidence({ ...base(), runId: "run_nope", stepId: `${T}#1`, pointerKind: "hash", ref: "  " }))).toBe("BAD_REQUEST");
    expect(code(await attachEvidence({ ...base(), runId: "run_nope", stepId: `${T}#1`, pointerKind: "hash", ref: "x" }))).toBe("unknown_run");
    expect(code(await attachEvidence({ ...base(), runId: id, stepId: `${T}#7`, pointerKind: "hash", ref: "x" }))).toBe("BAD_REQUEST");
    // Not checked (as upstream): frontier. Evidence on step 3 (human_review) does not verify it.
    let state = ok(await attachEvidence({ ...base(), runId: id, stepId: `${T}#3`, pointerKind: "proposal", ref: "labels.md" }));
    expect(state.steps[2]).toMatchObject({ evidence_ref: "labels.md", verified: false });
    ok(await attachEvidence({ ...base(), runId: id, stepId: `${T}#2`, pointerKind: "test_result", ref: "repro-1.log" }));
    state = ok(await attachEvidence({ ...base(), runId: id, stepId: `${T}#2`, pointerKind: "test_result", ref: "repro-2.log" }));
    expect(state.steps[1]).toMatchObject({ evidence_ref: "repro-2.log", verified: true });
    expect(state.steps[1]!.evidence.map((e) => [e.ref, e.seq])).toEqual([
      ["repro-1.log", 3],
      ["repro-2.log", 4],
    ]);
  });
});

describe("approvals", () => {
  test("a human_review step: request, self-approval refused, another person approves → verified → done", async () => {
    const run = await start(R);
    const id = run.run_id;
    expect(code(await requestApproval({ ...base(), runId: id, stepId: `${R}#1`, reason: "check" }))).toBe("BAD_REQUEST");
    expect(code(await requestApproval({ ...base(), runId: id, stepId: `${R}#2`, reason: " " }))).toBe("BAD_REQUEST");
    expect(code(await requestApproval({ ...base(), runId: id, reason: "what?" }))).toBe("BAD_REQUEST");
    const requested = ok(await requestApproval({ ...base(), runId: id, stepId: `${R}#2`, reason: "Review the draft" }));
    const approval = requested.approvals[0]!;
    expect(approval).toMatchObject({ kind: "step", status: "PENDING", requested_by: "alice@example.com", risk_level: "medium", required_approvals: 1, expires_at: null });
    expect(code(await requestApproval({ ...base(), runId: id, stepId: `${R}#2`, reason: "again" }))).toBe("BAD_REQUEST");
    const self = await approve({ ...base(), runId: id, approvalId: approval.approval_id });
    expect(code(self)).toBe("FLOW_SELF_APPROVAL_DENIED");
    expect(!self.ok && self.status).toBe(403);
    const state = ok(await approve({ ...base(), actor: "bob@example.com", runId: id, approvalId: approval.approval_id }));
    expect(state.approvals[0]).toMatchObject({ status: "APPROVED", decisions: [{ actor: "bob@example.com", decision: "approve" }] });
    expect(state.steps[1]!.verified).toBe(true);
    expect(code(await deny({ ...base(), actor: "carol@example.com", runId: id, approvalId: approval.approval_id, reason: "late" }))).toBe("BAD_REQUEST");
    ok(await attachEvidence({ ...base(), runId: id, stepId: `${R}#1`, pointerKind: "artifact", ref: "changes.md" }));
    ok(await advanceStep({ ...base(), runId: id, stepId: `${R}#1`, toStatus: "done" }));
    expect(ok(await advanceStep({ ...base(), runId: id, stepId: `${R}#2`, toStatus: "done" })).status).toBe("done");
  });

  test("the run's agent may not decide; a denial needs a reason and leaves the step unverified", async () => {
    const run = await start(R, "0.3.0", { agent: "agent@bots" });
    const id = run.run_id;
    const { approval_id } = ok(await requestApproval({ ...base(), runId: id, stepId: `${R}#2`, reason: "Review" })).approvals[0]!;
    const byAgent = await approve({ ...base(), actor: "agent@bots", runId: id, approvalId: approval_id });
    expect(code(byAgent)).toBe("FLOW_SELF_APPROVAL_DENIED");
    expect(!byAgent.ok && byAgent.message).toContain("is the agent of run");
    expect(code(await decideApproval({ ...base(), actor: "bob@x", runId: id, approvalId: approval_id, decision: "deny" }))).toBe("BAD_REQUEST");
    expect(code(await decideApproval({ ...base(), actor: "bob@x", runId: id, approvalId: "appr_0", decision: "approve" }))).toBe("BAD_REQUEST");
    expect(code(await decideApproval({ ...base(), actor: "bob@x", runId: id, approvalId: "appr_000000000000000000000000", decision: "approve" }))).toBe("BAD_REQUEST");
    const state = ok(await deny({ ...base(), actor: "bob@x", runId: id, approvalId: approval_id, reason: "Wrong version number" }));
    expect(state.approvals[0]).toMatchObject({ status: "DENIED", decisions: [{ actor: "bob@x", decision: "deny", reason: "Wrong version number" }] });
    expect(state.steps[1]!.verified).toBe(false);
    expect(code(await approve({ ...base(), actor: "carol@x", runId: id, approvalId: approval_id }))).toBe("BAD_REQUEST");
  });

  test("policy requires N distinct approvers; the same approver twice is refused; a request may ask for more, never fewer", async () => {
    writePolicy(root, { approvals: { required_approvals: 2 } });
    const run = await start(R);
    const id = run.run_id;
    const { approval_id, required_approvals } = ok(await requestApproval({ ...base(), runId: id, stepId: `${R}#2`, reason: "Review", requiredApprovals: 1 })).approvals[0]!;
    expect(required_approvals).toBe(2);
    let state = ok(await approve({ ...base(), actor: "bob@x", runId: id, approvalId: approval_id }));
    expect(state.approvals[0]!.status).toBe("PENDING");
    expect(state.steps[1]!.verified).toBe(false);
    expect(code(await approve({ ...base(), actor: "bob@x", runId: id, approvalId: approval_id }))).toBe("BAD_REQUEST");
    state = ok(await approve({ ...base(), actor: "carol@x", runId: id, approvalId: approval_id }));
    expect(state.approvals[0]!.status).toBe("APPROVED");
    expect(state.steps[1]!.verified).toBe(true);
  });

  test("a tool-call approval is bound to sha256(tool + canonical args) and expires with its TTL (clamped to policy)", async () => {
    writePolicy(root, { approvals: { tool_call_ttl_seconds: 600 } });
    const run = await start();
    const id = run.run_id;
    const req = ok(await requestApproval({ ...base(), runId: id, tool: "github.post_comment", args: { issue: 42, body: "Labelled" }, riskLevel: "high", reason: "Post the summary", ttlSeconds: 3600 }));
    const a = req.approvals[0]!;
    expect(a).toMatchObject({ kind: "tool_call", tool: "github.post_comment", step_id: null, risk_level: "high", expires_at: "2026-11-22T10:10:00.000Z" });
    expect(a.request_ref).toBe('{"args":{"body":"Labelled","issue":42},"tool":"github.post_comment"}');
    expect(a.request_hash).toMatch(/^[0-9a-f]{64}$/);
    const auth = (args: unknown, tool = "github.post_comment") => code(authorizeToolCall({ root, runId: id, tool, args, now: time.now }));
    expect(auth({ issue: 42, body: "Labelled" })).toBe("FLOW_EXECUTION_CONSENT_REQUIRED");
    ok(await approve({ ...base(), actor: "maintainer@x", runId: id, approvalId: a.approval_id }));
    expect(auth({ body: "Labelled", issue: 42 })).toBe("ok");
    expect(auth({ issue: 43, body: "Labelled" })).toBe("FLOW_EXECUTION_CONSENT_REQUIRED");
    expect(auth({ issue: 42, body: "Labelled" }, "github.close_issue")).toBe("FLOW_EXECUTION_CONSENT_REQUIRED");
    time.advance(600);
    const expired = authorizeToolCall({ root, runId: id, tool: "github.post_comment", args: { issue: 42, body: "Labelled" }, now: time.now });
    expect(!expired.ok && expired.message).toContain("expired at 2026-11-22T10:10:00.000Z");
    // Deciding after expiry is refused too.
    const late = ok(await requestApproval({ ...base(), runId: id, tool: "shell", args: ["rm", "-rf", "build"], reason: "clean", ttlSeconds: 60 })).approvals[1]!;
    time.advance(60);
    expect(code(await approve({ ...base(), actor: "maintainer@x", runId: id, approvalId: late.approval_id }))).toBe("BAD_REQUEST");
  });

  test("listApprovals puts pending first across runs", async () => {
    const r1 = await start(R);
    const r2 = await start(R);
    const a1 = ok(await requestApproval({ ...base(), runId: r1.run_id, stepId: `${R}#2`, reason: "one" })).approvals[0]!;
    time.advance(5);
    ok(await requestApproval({ ...base(), runId: r2.run_id, stepId: `${R}#2`, reason: "two" }));
    ok(await deny({ ...base(), actor: "bob@x", runId: r1.run_id, approvalId: a1.approval_id, reason: "no" }));
    expect(listApprovals(root).map((a) => [a.run_id, a.status])).toEqual([
      [r2.run_id, "PENDING"],
      [r1.run_id, "DENIED"],
    ]);
    expect(listApprovals(root, "DENIED")).toHaveLength(1);
  });
});

describe("consent (B.5) and execute (B.6)", () => {
  const env = ALL_ON;
  test("mint: lanes → cap → automatable_forbidden → policy lanes → cap clamped → ttl → run", async () => {
    const run = await start(B);
    const id = run.run_id;
    const mint = (extra: object) => mintConsent({ ...base(), env, runId: id, allowedLanes: ["local_default"], costCapUnits: 5, ...extra });
    expect(code(await mint({ allowedLanes: [" ", ""] }))).toBe("BAD_REQUEST");
    expect(code(await mint({ costCapUnits: 0 }))).toBe("BAD_REQUEST");
    expect(code(await mint({ costCapUnits: 1.5 }))).toBe("BAD_REQUEST");
    expect(code(await mint({ allowedLanes: ["gpu"] }))).toBe("FLOW_EXECUTION_LANE_DENIED");
    expect(code(await mint({ ttlSeconds: 0 }))).toBe("BAD_REQUEST");
    expect(code(await mint({ runId: "run_nope" }))).toBe("unknown_run");
    const minted = await mint({ costCapUnits: 1000, ttlSeconds: 999999 });
    expect(minted.ok && minted.consentId).toMatch(/^fcons_[0-9a-f]{24}$/);
    expect(ok(minted).consents[0]).toMatchObject({ allowed_lanes: ["local_default"], cost_cap_units: 100, cost_consumed_units: 0, expires_at: "2026-11-23T10:00:00.000Z", revoked_at: null });
    expect(ok(await mint({})).consents[1]!.expires_at).toBe("2026-11-22T11:00:00.000Z");
    writePolicy(root, { execution: { automatable_forbidden: true } });
    expect(code(await mint({ allowedLanes: ["gpu"] }))).toBe("FLOW_EXECUTION_POLICY_FORBIDDEN");
  });

  test("execute: consent checked on use (other run, unknown, revoked, expired, lane), idempotent, automatable steps only, cost capped", async () => {
    const run = await start(B);
    const other = await start(B);
    const id = run.run_id;
    const consent = (await mintConsent({ ...base(), env, runId: id, allowedLanes: ["local_default"], costCapUnits: 1 })) as { consentId: string };
    const foreign = (await mintConsent({ ...base(), env, runId: other.run_id, allowedLanes: ["local_default"], costCapUnits: 5 })) as { consentId: string };
    const exec = (extra: object) => executeStep({ ...base(), env, runId: id, stepId: `${B}#1`, consentId: consent.consentId, ...extra });
    expect(code(await exec({ consentId: foreign.consentId }))).toBe("FLOW_EXECUTION_CONSENT_RUN_MISMATCH");
    expect(code(await exec({ consentId: "fgrnt_123" }))).toBe("FLOW_EXECUTION_CONSENT_REQUIRED");
    // Consent is checked before the run (B.6): for a missing run, a consent minted for another run is a mismatch.
    expect(code(await exec({ runId: "run_nope" }))).toBe("FLOW_EXECUTION_CONSENT_RUN_MISMATCH");
    expect(code(await exec({ runId: "run_nope", consentId: "fcons_000000000000000000000000" }))).toBe("FLOW_EXECUTION_CONSENT_REQUIRED");
    expect(code(await exec({ modelLane: "gpu" }))).toBe("FLOW_EXECUTION_LANE_DENIED");
    expect(code(await exec({ stepId: `${B}#2` }))).toBe("FLOW_STEP_OUT_OF_ORDER");
    const first = await exec({});
    const state = ok(first);
    expect(state.steps[0]).toMatchObject({ status: "in_progress", verified: true });
    expect(state.steps[0]!.evidence_ref).toMatch(/^hash_[0-9a-f]{32}$/);
    expect(state.consents[0]!.cost_consumed_units).toBe(1);
    const again = await exec({});
    expect(again.ok && again.execution?.execution_id).toBe(first.ok && first.execution?.execution_id);
    expect(ok(again).events).toHaveLength(state.events.length);
    ok(await advanceStep({ ...base(), runId: id, stepId: `${B}#1`, toStatus: "done" }));
    expect(code(await exec({ stepId: `${B}#2` }))).toBe("FLOW_EXECUTION_COST_CAPPED");
    expect(code(await exec({ stepId: `${B}#2`, dryRun: true }))).toBe("ok");
    ok(await revokeConsent({ ...base(), runId: id, consentId: consent.consentId }));
    expect(code(await revokeConsent({ ...base(), runId: id, consentId: consent.consentId }))).toBe("BAD_REQUEST");
    expect(code(await exec({ stepId: `${B}#2` }))).toBe("FLOW_EXECUTION_CONSENT_REQUIRED");
    const c2 = (await mintConsent({ ...base(), env, runId: id, allowedLanes: ["local_default"], costCapUnits: 5, ttlSeconds: 10 })) as { consentId: string };
    time.advance(10);
    const expired = await exec({ stepId: `${B}#2`, consentId: c2.consentId });
    expect(!expired.ok && expired.message).toContain("expired at 2026-11-22T10:00:10.000Z");
  });

  test("execute on a manual step → FLOW_STEP_NOT_AUTOMATABLE; automatable_forbidden → FLOW_EXECUTION_POLICY_FORBIDDEN", async () => {
    const run = await start(T);
    const minted = (await mintConsent({ ...base(), env, runId: run.run_id, allowedLanes: ["local_default"], costCapUnits: 5 })) as { consentId: string };
    expect(code(await executeStep({ ...base(), env, runId: run.run_id, stepId: `${T}#1`, consentId: minted.consentId }))).toBe("FLOW_STEP_NOT_AUTOMATABLE");
    writePolicy(root, { execution: { automatable_forbidden: true } });
    expect(code(await executeStep({ ...base(), env, runId: run.run_id, stepId: `${T}#1`, consentId: minted.consentId }))).toBe("FLOW_EXECUTION_POLICY_FORBIDDEN");
  });
});

describe("cancel, reads, torn tails", () => {
  test("cancel is terminal: every later write is refused with FLOW_RUN_NOT_IN_PROGRESS", async () => {
    const run = await start(R);
    const id = run.run_id;
    const { approval_id } = ok(await requestApproval({ ...base(), runId: id, stepId: `${R}#2`, reason: "Review" })).approvals[0]!;
    const state = ok(await cancelRun({ ...base(), runId: id, reason: "superseded" }));
    expect(state).toMatchObject({ status: "cancelled", cancelled: { actor: "alice@example.com", reason: "superseded" } });
    for (const r of [
      await cancelRun({ ...base(), runId: id }),
      await advanceStep({ ...base(), runId: id, stepId: `${R}#1`, toStatus: "in_progress" }),
      await attachEvidence({ ...base(), runId: id, stepId: `${R}#1`, pointerKind: "hash", ref: "x" }),
      await requestApproval({ ...base(), runId: id, stepId: `${R}#2`, reason: "x" }),
      await approve({ ...base(), actor: "bob@x", runId: id, approvalId: approval_id }),
      await mintConsent({ ...base(), env: ALL_ON, runId: id, allowedLanes: ["local_default"], costCapUnits: 1 }),
    ]) {
      expect(code(r)).toBe("FLOW_RUN_NOT_IN_PROGRESS");
    }
  });

  test("listRuns and readRun fold the ledger; unknown and malformed ids are refused", async () => {
    const a = await start(R);
    time.advance(1);
    const b = await start(T);
    expect(listRuns(root).map((r) => [r.run_id, r.steps.length, r.events])).toEqual([
      [b.run_id, 3, 1],
      [a.run_id, 2, 1],
    ]);
    expect(code(readRun(root, "run_unknown"))).toBe("unknown_run");
    expect(code(readRun(root, "../x"))).toBe("BAD_REQUEST");
    const read = readRun(root, a.run_id);
    expect(read.ok && read.damaged).toBe(false);
  });

  test("a torn last line is reported, blocks writes (never merged), and repair moves it aside into .torn", async () => {
    const run = await start();
    const id = run.run_id;
    const file = join(root, ".flowgate/runs", `${id}.jsonl`);
    const whole = readFileSync(file, "utf8");
    appendFileSync(file, '{"seq":2,"type":"step_adv');
    const read = readRun(root, id);
    expect(read.ok && read.problems.torn).toEqual({ line: 2, bytes: 25 });
    const refused = await advanceStep({ ...base(), runId: id, stepId: `${T}#1`, toStatus: "in_progress" });
    expect(code(refused)).toBe("FLOW_LEDGER_CONFLICT");
    expect(readFileSync(file, "utf8")).toBe(whole + '{"seq":2,"type":"step_adv');
    expect(verifyLedger({ root }).findings.map((f) => [f.rule, f.line])).toEqual([["ledger/torn-tail", 2]]);
    const repaired = await repairRun({ root, runId: id });
    expect(repaired).toMatchObject({ ok: true, repaired: true, tornFile: `.flowgate/runs/${id}.jsonl.torn` });
    expect(readFileSync(file, "utf8")).toBe(whole);
    expect(readFileSync(`${file}.torn`, "utf8")).toBe('{"seq":2,"type":"step_adv\n');
    expect(await repairRun({ root, runId: id })).toEqual({ ok: true, repaired: false });
    ok(await advanceStep({ ...base(), runId: id, stepId: `${T}#1`, toStatus: "in_progress" }));
    expect(verifyLedger({ root }).findings).toEqual([]);
  });
});

describe("execute checks a valid bundle cannot reach (replay of hand-made ledgers)", () => {
  test("an automatable human_review step → FLOW_VERIFICATION_UNSATISFIED; an external_tool skill → FLOW_EXECUTION_POLICY_FORBIDDEN", async () => {
    const { BATCH_FLOW } = await import("./helpers");
    const { startState } = await import("../../core/ledger/apply");
    const { checkExecuteOnRun } = await import("../../core/ledger/transitions");
    const bundle = JSON.parse(JSON.stringify(BATCH_FLOW));
    bundle.steps[0].verification.kind = "human_review";
    bundle.steps[1].skill_refs = [{ kind: "external_tool", id: "curl" }];
    const start = { seq: 1, type: "run_started", at: "2026-11-22T10:00:00.000Z", actor: "a@x", prev: "", hash: "0".repeat(64), payload: { run_id: "run_x", run_ref: "flow_run:run_x", flow_id: B, flow_version: "1.0.0", flow: bundle, flow_file: "f", task_ref: null, external_ref: null, harness: "flowgate", agent: null } } as const;
    const run = startState(start as never);
    run.consents.push({ consent_id: "fcons_000000000000000000000000", run_id: "run_x", allowed_lanes: ["local_default"], cost_cap_units: 5, cost_consumed_units: 0, minted_by: "a@x", minted_at: start.at, expires_at: "2027-01-01T00:00:00.000Z", revoked_at: null });
    const req = { consent_id: "fcons_000000000000000000000000", model_lane: "local_default", dry_run: false };
    expect(checkExecuteOnRun(run, { ...req, step_id: `${B}#1` })?.code).toBe("FLOW_VERIFICATION_UNSATISFIED");
    run.steps[0]!.status = "skipped";
    run.frontier = 2;
    const forbidden = checkExecuteOnRun(run, { ...req, step_id: `${B}#2` });
    expect([forbidden?.code, forbidden?.message]).toEqual(["FLOW_EXECUTION_POLICY_FORBIDDEN", `step ${B}#2 uses the external_tool skill curl; only mcp_prompt, skill_pack and cli skills may be executed`]);
  });
});
