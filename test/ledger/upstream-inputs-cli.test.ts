// The built CLI (dist/cli.js) on the inputs of upstream-inputs.test.ts: malformed run ids get upstream's
// codes, padded arguments are trimmed and recorded trimmed, a padded actor is still the requester.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { sealEvent, eventLine } from "../../core/ledger/chain";
import { runBuiltCli } from "../helpers/cli";
import { workspace } from "./helpers";

const R = "flow_release_notes";
const B = "flow_batch";
const ENV = { FLOW_RUN_WRITES_ENABLED: "1", FLOW_AUTOMATABLE_EXECUTION_ENABLED: "1", FLOWGATE_ACTOR: "alice@example.com" };

function run(root: string, ...args: string[]) {
  const r = runBuiltCli(["run", ...args, "--json"], { cwd: root, env: ENV });
  return { exit: r.code, out: r.stdout ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
}

const lastEvent = (root: string, runId: string) => JSON.parse(readFileSync(join(root, `.flowgate/runs/${runId}.jsonl`), "utf8").trim().split("\n").at(-1)!);

describe("flowgate run (built): a malformed run id gets upstream's code", () => {
  test.each([
    [["advance", "run-BAD!", "1", "done"], "unknown_run"],
    [["evidence", "run-BAD!", "1", "artifact", "out.md"], "unknown_run"],
    [["execute", "run-BAD!", "1", "--consent", "fcons_000000000000000000000000"], "FLOW_EXECUTION_CONSENT_REQUIRED"],
    [["cancel", "run-BAD!"], "unknown_run"],
    [["request-approval", "run-BAD!", "--step", "2", "--reason", "r"], "unknown_run"],
    [["approve", "run-BAD!", "appr_000000000000000000000000"], "unknown_run"],
    [["revoke", "run-BAD!", "fcons_000000000000000000000000"], "unknown_run"],
    [["advance", "run-BAD!", "1", "pending"], "BAD_REQUEST"],
    [["consent", "run-BAD!", "--lanes", "local_default", "--cost-cap", "5"], "BAD_REQUEST"],
    [["show", "run-BAD!"], "BAD_REQUEST"],
  ])("%j → %s (exit 1)", (args, expected) => {
    const r = run(workspace(), ...args);
    expect(r.exit).toBe(1);
    expect(r.out).toMatchObject({ ok: false, code: expected });
  });
});

describe("flowgate run (built): padded arguments are trimmed as upstream trims them", () => {
  test('start, advance, evidence " padded.md ", show: one run, one step, values recorded trimmed', () => {
    const root = workspace();
    const started = run(root, "start", ` ${R} `, " 0.3.0 ", "--run-ref", " flow_run:x ", "--actor", " alice@example.com ");
    expect(started.exit).toBe(0);
    const id: string = started.out.run.run_id;
    expect(started.out.run).toMatchObject({ flow_id: R, flow_version: "0.3.0", run_ref: "flow_run:x", started_by: "alice@example.com" });
    expect(run(root, "advance", ` ${id} `, ` ${R}#1 `, " in_progress ").exit).toBe(0);
    expect(lastEvent(root, id).payload).toMatchObject({ step_id: `${R}#1`, to_status: "in_progress" });
    writeFileSync(join(root, "padded.md"), "notes");
    const evidence = run(root, "evidence", id, " 1 ", " artifact ", " padded.md ");
    expect(evidence.exit).toBe(0);
    expect(lastEvent(root, id).payload).toEqual({ step_id: `${R}#1`, pointer_kind: "artifact", ref: "padded.md" });
    const shown = run(root, "show", ` ${id}\t`);
    expect(shown.out.run.steps.map((s: { step_id: string; evidence_ref: string | null }) => [s.step_id, s.evidence_ref])).toEqual([
      [`${R}#1`, "padded.md"],
      [`${R}#2`, null],
    ]);
    expect(run(root, "list").out.map((r: { run_id: string }) => r.run_id)).toEqual([id]);
  });

  test("consent and execute with padded ids and lanes", () => {
    const root = workspace();
    const id: string = run(root, "start", B, "1.0.0").out.run.run_id;
    const consent = run(root, "consent", ` ${id} `, "--lanes", " local_default , local_default", "--cost-cap", "5");
    expect(consent.out.run.consents[0].allowed_lanes).toEqual(["local_default"]);
    const executed = run(root, "execute", ` ${id}`, " 1", "--consent", ` ${consent.out.consent_id} `, "--lane", " local_default ");
    expect(executed.exit).toBe(0);
    expect(lastEvent(root, id).payload).toMatchObject({ step_id: `${B}#1`, consent_id: consent.out.consent_id, model_lane: "local_default" });
  });

  test("a hand-written decision by ` Bob ` after bob's does not make a two-approver tool call authorized; verify fails", () => {
    const root = workspace();
    const id: string = run(root, "start", R, "0.3.0").out.run.run_id;
    const requested = run(root, "request-approval", id, "--tool", "deploy", "--args", "{}", "--reason", "ship", "--approvals", "2");
    const approved = run(root, "approve", id, requested.out.approval_id, "--actor", "bob@example.com");
    const head = approved.out.run.head;
    const forged = sealEvent({ seq: head.seq + 1, type: "approval_decided", at: new Date().toISOString(), actor: " Bob@example.com ", prev: head.hash, payload: { approval_id: requested.out.approval_id, decision: "approve", reason: null } });
    appendFileSync(join(root, `.flowgate/runs/${id}.jsonl`), eventLine(forged));
    expect(run(root, "authorize", id, "--tool", "deploy", "--args", "{}").out).toMatchObject({ ok: false, code: "FLOW_EXECUTION_CONSENT_REQUIRED" });
    const verify = runBuiltCli(["run", "verify", id, "--format", "json"], { cwd: root, env: ENV });
    expect(verify.code).toBe(1);
    expect(JSON.parse(verify.stdout).findings.map((f: { rule: string }) => f.rule)).toContain("ledger/illegal-transition");
  });

  test("a padded --actor is still the requester: FLOW_SELF_APPROVAL_DENIED", () => {
    const root = workspace();
    const id: string = run(root, "start", R, "0.3.0").out.run.run_id;
    const requested = run(root, "request-approval", id, "--step", "2", "--reason", "Review");
    const denied = run(root, "approve", id, ` ${requested.out.approval_id} `, "--actor", " Alice@Example.com ");
    expect(denied.out).toMatchObject({ ok: false, code: "FLOW_SELF_APPROVAL_DENIED" });
    const approved = run(root, "approve", id, ` ${requested.out.approval_id} `, "--actor", " bob@example.com ");
    expect(approved.out.run.approvals[0]).toMatchObject({ status: "APPROVED", decisions: [{ actor: "bob@example.com" }] });
  });
});
