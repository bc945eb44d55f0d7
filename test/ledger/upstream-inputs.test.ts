// The run ledger against Knowtation's execution gate (lib/flow/flow-execution.mjs, flow-v0.md B.2–B.7) on
// two input classes: malformed run ids (refused with upstream's code, in upstream's order) and inputs padded
// with spaces (trimmed as upstream trims them, recorded trimmed, never a second run, step or approver).
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import {
  advanceStep,
  approve,
  attachEvidence,
  authorizeToolCall,
  cancelRun,
  decideApproval,
  executeStep,
  listRunIds,
  mintConsent,
  readRun,
  repairRun,
  requestApproval,
  revokeConsent,
  startRun,
  verifyLedger,
} from "../../core/ledger";
import { eventLine, sealEvent } from "../../core/ledger/chain";
import { ALL_ON, clock, code, ok, workspace, writePolicy } from "./helpers";

const R = "flow_release_notes";
const B = "flow_batch";
const BAD = "run-BAD!";

let root: string;
let time: ReturnType<typeof clock>;
const base = () => ({ root, actor: "alice@example.com", env: ALL_ON, now: time.now });

beforeEach(() => {
  root = workspace();
  time = clock();
});

const start = async (flowId = R, flowVersion = flowId === R ? "0.3.0" : "1.0.0") => ok(await startRun({ ...base(), flowId, flowVersion }));
const lastEvent = (runId: string) => JSON.parse(readFileSync(join(root, `.flowgate/runs/${runId}.jsonl`), "utf8").trim().split("\n").at(-1)!);

describe("a malformed run id (run-BAD!) gets upstream's code for each operation", () => {
  test("advance and evidence: parameters first (BAD_REQUEST), then the lookup: unknown_run", async () => {
    expect(code(await advanceStep({ ...base(), runId: BAD, stepId: `${R}#1`, toStatus: "in_progress" }))).toBe("unknown_run");
    expect(code(await advanceStep({ ...base(), runId: BAD, stepId: `${R}#1`, toStatus: "pending" }))).toBe("BAD_REQUEST");
    expect(code(await advanceStep({ ...base(), runId: BAD, stepId: " ", toStatus: "done" }))).toBe("BAD_REQUEST");
    expect(code(await attachEvidence({ ...base(), runId: BAD, stepId: `${R}#1`, pointerKind: "artifact", ref: "out.md" }))).toBe("unknown_run");
    expect(code(await attachEvidence({ ...base(), runId: BAD, stepId: `${R}#1`, pointerKind: "url", ref: "out.md" }))).toBe("BAD_REQUEST");
    expect(code(await attachEvidence({ ...base(), runId: BAD, stepId: `${R}#1`, pointerKind: "artifact", ref: "  " }))).toBe("BAD_REQUEST");
  });

  test("the gates still come first: writes off → FLOW_RUN_WRITES_DISABLED, policy forbidden → FLOW_EXECUTION_POLICY_FORBIDDEN", async () => {
    expect(code(await advanceStep({ ...base(), env: {}, runId: BAD, stepId: `${R}#1`, toStatus: "done" }))).toBe("FLOW_RUN_WRITES_DISABLED");
    expect(code(await attachEvidence({ ...base(), env: { FLOW_EXECUTION_POLICY_FORBIDDEN: "1" }, runId: BAD, stepId: `${R}#1`, pointerKind: "hash", ref: "x" }))).toBe("FLOW_EXECUTION_POLICY_FORBIDDEN");
  });

  test("execute: the consent is checked before the run → FLOW_EXECUTION_CONSENT_REQUIRED, or RUN_MISMATCH for another run's consent", async () => {
    const other = await start(B);
    const minted = await mintConsent({ ...base(), runId: other.run_id, allowedLanes: ["local_default"], costCapUnits: 5 });
    expect(code(await executeStep({ ...base(), runId: BAD, stepId: `${B}#1`, consentId: "fcons_000000000000000000000000" }))).toBe("FLOW_EXECUTION_CONSENT_REQUIRED");
    expect(code(await executeStep({ ...base(), runId: BAD, stepId: `${B}#1`, consentId: minted.consentId! }))).toBe("FLOW_EXECUTION_CONSENT_RUN_MISMATCH");
    expect(code(await executeStep({ ...base(), runId: BAD, stepId: `${B}#1`, consentId: " " }))).toBe("BAD_REQUEST");
    writePolicy(root, { execution: { automatable_forbidden: true } });
    expect(code(await executeStep({ ...base(), runId: BAD, stepId: `${B}#1`, consentId: "fcons_000000000000000000000000" }))).toBe("FLOW_EXECUTION_POLICY_FORBIDDEN");
  });

  test("Flowgate's own writes on a run (cancel, request-approval, approve, deny, revoke) follow advance: unknown_run", async () => {
    expect(code(await cancelRun({ ...base(), runId: BAD }))).toBe("unknown_run");
    expect(code(await requestApproval({ ...base(), runId: BAD, stepId: `${R}#2`, reason: "Review" }))).toBe("unknown_run");
    expect(code(await approve({ ...base(), runId: BAD, approvalId: "appr_000000000000000000000000" }))).toBe("unknown_run");
    expect(code(await decideApproval({ ...base(), runId: BAD, approvalId: "appr_000000000000000000000000", decision: "deny", reason: "no" }))).toBe("unknown_run");
    expect(code(await revokeConsent({ ...base(), runId: BAD, consentId: "fcons_000000000000000000000000" }))).toBe("unknown_run");
  });

  test("where upstream checks the format (consent mint, get) it stays BAD_REQUEST; Flowgate's reads by id (authorize, repair) too", async () => {
    expect(code(await mintConsent({ ...base(), runId: BAD, allowedLanes: ["local_default"], costCapUnits: 5 }))).toBe("BAD_REQUEST");
    expect(code(readRun(root, BAD))).toBe("BAD_REQUEST");
    expect(code(authorizeToolCall({ root, runId: BAD, tool: "t" }))).toBe("BAD_REQUEST");
    expect(code(await repairRun({ root, runId: BAD }))).toBe("BAD_REQUEST");
  });

  test("an id that walks out of the runs folder names no run: a ledger-shaped file there is neither read nor appended to", async () => {
    const run = await start();
    const ledger = readFileSync(join(root, `.flowgate/runs/${run.run_id}.jsonl`), "utf8");
    writeFileSync(join(root, ".flowgate/evil.jsonl"), ledger);
    mkdirSync(join(root, "x"));
    expect(code(await advanceStep({ ...base(), runId: "../evil", stepId: `${R}#1`, toStatus: "in_progress" }))).toBe("unknown_run");
    expect(code(await attachEvidence({ ...base(), runId: "../evil", stepId: `${R}#1`, pointerKind: "hash", ref: "x" }))).toBe("unknown_run");
    expect(code(await cancelRun({ ...base(), runId: "../evil" }))).toBe("unknown_run");
    expect(readFileSync(join(root, ".flowgate/evil.jsonl"), "utf8")).toBe(ledger);
    expect(existsSync(join(root, ".flowgate/evil.jsonl.lock"))).toBe(false);
  });
});

describe("padded inputs are trimmed as upstream trims them, and recorded trimmed", () => {
  test("start: flow id, version, run_ref, harness, refs, agent and the actor", async () => {
    const run = ok(await startRun({ ...base(), actor: " alice@example.com\t", flowId: ` ${R} `, flowVersion: " 0.3.0\n", runRef: " flow_run:ext-1 ", harness: " ci ", taskRef: " T-1 ", agent: " bot@x " }));
    expect(run).toMatchObject({ flow_id: R, flow_version: "0.3.0", run_ref: "flow_run:ext-1", harness: "ci", task_ref: "T-1", agent: "bot@x", started_by: "alice@example.com" });
    expect(lastEvent(run.run_id)).toMatchObject({ actor: "alice@example.com", payload: { flow_id: R, flow_version: "0.3.0", run_ref: "flow_run:ext-1", harness: "ci" } });
  });

  test("advance: run id, step id, status and skip reason; the padded and the plain step id are one step", async () => {
    const run = await start();
    const id = run.run_id;
    const advanced = ok(await advanceStep({ ...base(), runId: ` ${id} `, stepId: ` ${R}#1 `, toStatus: " in_progress " }));
    expect(advanced.steps.map((s) => [s.step_id, s.status])).toEqual([
      [`${R}#1`, "in_progress"],
      [`${R}#2`, "pending"],
    ]);
    expect(lastEvent(id).payload).toMatchObject({ step_id: `${R}#1`, to_status: "in_progress" });
    const skipped = ok(await advanceStep({ ...base(), runId: id, stepId: `${R}#1\t`, toStatus: "skipped ", skipReason: " not_applicable " }));
    expect(skipped.steps).toHaveLength(2);
    expect(skipped.steps[0]).toMatchObject({ status: "skipped", skip_reason: "not_applicable" });
    expect(lastEvent(id).payload).toMatchObject({ step_id: `${R}#1`, to_status: "skipped", skip_reason: "not_applicable" });
    expect(listRunIds(root)).toEqual([id]);
  });

  test('evidence: the ref " padded.md " is stored as padded.md (and found in the workspace), the kind trimmed', async () => {
    const run = await start();
    writeFileSync(join(root, "padded.md"), "notes");
    const state = ok(await attachEvidence({ ...base(), runId: ` ${run.run_id}`, stepId: `${R}#1 `, pointerKind: " artifact ", ref: " padded.md " }));
    expect(state.steps[0]).toMatchObject({ evidence_ref: "padded.md", verified: true });
    expect(lastEvent(run.run_id).payload).toEqual({ step_id: `${R}#1`, pointer_kind: "artifact", ref: "padded.md" });
  });

  test("consent, execute and revoke: run id, lanes, step id, consent id, lane", async () => {
    const run = await start(B);
    const minted = await mintConsent({ ...base(), runId: ` ${run.run_id} `, allowedLanes: [" local_default "], costCapUnits: 5 });
    expect(ok(minted).consents[0]!.allowed_lanes).toEqual(["local_default"]);
    const executed = await executeStep({ ...base(), runId: ` ${run.run_id}`, stepId: ` ${B}#1`, consentId: ` ${minted.consentId!} `, modelLane: " local_default " });
    expect(ok(executed).executions).toHaveLength(1);
    expect(lastEvent(run.run_id).payload).toMatchObject({ step_id: `${B}#1`, consent_id: minted.consentId, model_lane: "local_default" });
    // The same execution asked again with plain ids is the recorded one, not a second.
    const again = await executeStep({ ...base(), runId: run.run_id, stepId: `${B}#1`, consentId: minted.consentId! });
    expect(again.ok && again.execution?.execution_id).toBe(executed.ok && executed.execution?.execution_id);
    ok(await revokeConsent({ ...base(), runId: run.run_id, consentId: `${minted.consentId!}\n` }));
    expect(lastEvent(run.run_id).payload).toEqual({ consent_id: minted.consentId });
  });

  test("approvals: step, tool, approval id; authorize finds the approval under the padded tool name", async () => {
    const run = await start();
    const requested = ok(await requestApproval({ ...base(), runId: ` ${run.run_id} `, stepId: ` ${R}#2 `, reason: " Review " }));
    const approvalId = requested.approvals[0]!.approval_id;
    expect(lastEvent(run.run_id).payload).toMatchObject({ step_id: `${R}#2`, reason: "Review" });
    ok(await approve({ ...base(), actor: "bob@example.com", runId: run.run_id, approvalId: ` ${approvalId} ` }));
    const tool = ok(await requestApproval({ ...base(), runId: run.run_id, tool: " github.post_comment ", args: { body: "hi" }, reason: "post" }));
    expect(tool.approvals[1]!.tool).toBe("github.post_comment");
    ok(await approve({ ...base(), actor: "bob@example.com", runId: run.run_id, approvalId: tool.approvals[1]!.approval_id }));
    expect(code(authorizeToolCall({ root, runId: ` ${run.run_id} `, tool: "github.post_comment ", args: { body: "hi" }, now: time.now }))).toBe("ok");
  });

  test("reads: show (readRun) trims the id as upstream's get does", async () => {
    const run = await start();
    expect(code(readRun(root, ` ${run.run_id}\n`))).toBe("ok");
  });

  test("an idempotency key retried with the padded form of the same request replays the first write", async () => {
    const run = await start();
    const first = ok(await advanceStep({ ...base(), runId: run.run_id, stepId: `${R}#1`, toStatus: "in_progress", idempotencyKey: "k1" }));
    const retry = await advanceStep({ ...base(), runId: ` ${run.run_id} `, stepId: ` ${R}#1`, toStatus: "in_progress ", idempotencyKey: "k1" });
    expect(code(retry)).toBe("ok");
    expect(ok(retry).events).toHaveLength(first.events.length);
  });
});

describe("a padded actor is the same person: FLOW_SELF_APPROVAL_DENIED and distinct approvers after normalisation", () => {
  test("the requester padded cannot approve; a padded second approval by the same approver is refused; actors are recorded trimmed", async () => {
    writePolicy(root, { approvals: { required_approvals: 2 } });
    const run = await start();
    const { approval_id } = ok(await requestApproval({ ...base(), actor: " alice@example.com ", runId: run.run_id, stepId: `${R}#2`, reason: "Review" })).approvals[0]!;
    expect(lastEvent(run.run_id).actor).toBe("alice@example.com");
    expect(code(await approve({ ...base(), actor: "\talice@example.com ", runId: run.run_id, approvalId: approval_id }))).toBe("FLOW_SELF_APPROVAL_DENIED");
    const once = ok(await approve({ ...base(), actor: " bob@example.com ", runId: run.run_id, approvalId: approval_id }));
    expect(once.approvals[0]!.decisions.map((d) => d.actor)).toEqual(["bob@example.com"]);
    expect(code(await approve({ ...base(), actor: "bob@example.com\n", runId: run.run_id, approvalId: approval_id }))).toBe("BAD_REQUEST");
    expect(ok(await approve({ ...base(), actor: "carol@example.com", runId: run.run_id, approvalId: approval_id })).approvals[0]!.status).toBe("APPROVED");
  });

  test("a hand-written ledger where `bob` and ` Bob ` both approve never reaches two approvers: the tool call stays unauthorized", async () => {
    const run = await start();
    const requested = ok(await requestApproval({ ...base(), runId: run.run_id, tool: "deploy", args: {}, reason: "ship", requiredApprovals: 2 }));
    const approvalId = requested.approvals[0]!.approval_id;
    const first = ok(await approve({ ...base(), actor: "bob@example.com", runId: run.run_id, approvalId }));
    const forged = sealEvent({ seq: first.head.seq + 1, type: "approval_decided", at: time.now().toISOString(), actor: " Bob@example.com ", prev: first.head.hash, payload: { approval_id: approvalId, decision: "approve", reason: null } });
    appendFileSync(join(root, `.flowgate/runs/${run.run_id}.jsonl`), eventLine(forged));
    const read = readRun(root, run.run_id);
    expect(read.ok && read.run.approvals[0]!.status).toBe("PENDING");
    expect(code(authorizeToolCall({ root, runId: run.run_id, tool: "deploy", args: {}, now: time.now }))).toBe("FLOW_EXECUTION_CONSENT_REQUIRED");
    expect(verifyLedger({ root }).findings.map((f) => f.rule)).toContain("ledger/illegal-transition");
  });

  test("a hand-written approval by the padded requester, or by the run's agent, approves nothing", async () => {
    const run = ok(await startRun({ ...base(), flowId: R, flowVersion: "0.3.0", agent: "bot@example.com" }));
    const requested = ok(await requestApproval({ ...base(), runId: run.run_id, tool: "deploy", args: {}, reason: "ship" }));
    const approvalId = requested.approvals[0]!.approval_id;
    let head = requested.head;
    for (const actor of [" Alice@example.com ", "bot@example.com"]) {
      const forged = sealEvent({ seq: head.seq + 1, type: "approval_decided", at: time.now().toISOString(), actor, prev: head.hash, payload: { approval_id: approvalId, decision: "approve", reason: null } });
      appendFileSync(join(root, `.flowgate/runs/${run.run_id}.jsonl`), eventLine(forged));
      head = { seq: forged.seq, hash: forged.hash };
    }
    const read = readRun(root, run.run_id);
    expect(read.ok && read.run.approvals[0]!.status).toBe("PENDING");
    expect(code(authorizeToolCall({ root, runId: run.run_id, tool: "deploy", args: {}, now: time.now }))).toBe("FLOW_EXECUTION_CONSENT_REQUIRED");
    expect(verifyLedger({ root }).findings.filter((f) => f.rule === "ledger/illegal-transition")).toHaveLength(2);
  });
});
