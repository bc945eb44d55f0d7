// Defects found by driving `flowgate run` from outside (issue 5 review); each test failed before its fix.
import { beforeEach, describe, expect, test } from "vitest";
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { git, gitRepoFrom, runCli } from "../helpers/cli";
import { advanceStep, approve, attachEvidence, authorizeToolCall, cancelRun, executeStep, listRunIds, listRuns, mintConsent, readRun, requestApproval, resolvePolicy, startRun, verifyLedger } from "../../core/ledger";
import { ALL_ON, clock, code, ok, workspace, WRITES_ON, writePolicy } from "./helpers";

const T = "flow_triage_issue";

let root: string;
let time: ReturnType<typeof clock>;
const as = (actor: string) => ({ root, actor, env: WRITES_ON, now: time.now });

beforeEach(() => {
  root = workspace();
  time = clock();
});

async function toolApproval(runId: string, requester: string, requiredApprovals?: number): Promise<string> {
  const r = await requestApproval({ ...as(requester), runId, tool: "github.post_comment", args: { body: "hi" }, reason: "post the summary", requiredApprovals });
  return ok(r).approvals.at(-1)!.approval_id;
}

describe("an actor is one identity whatever its case", () => {
  test("the requester cannot decide their own request by changing the case of their name", async () => {
    const run = ok(await startRun({ ...as("lead@example.com"), flowId: T, flowVersion: "1.2.0" }));
    const id = await toolApproval(run.run_id, "bot@example.com");
    const r = await approve({ ...as("Bot@Example.com"), runId: run.run_id, approvalId: id });
    expect(code(r)).toBe("FLOW_SELF_APPROVAL_DENIED");
    expect(code(await approve({ ...as("lead@example.com"), runId: run.run_id, approvalId: id }))).toBe("ok");
  });

  test("the run's agent cannot decide by changing the case of its name", async () => {
    const run = ok(await startRun({ ...as("lead@example.com"), flowId: T, flowVersion: "1.2.0", agent: "triage-bot@agents.example.com" }));
    const id = await toolApproval(run.run_id, "lead@example.com");
    const r = await approve({ ...as("TRIAGE-BOT@agents.example.com"), runId: run.run_id, approvalId: id });
    expect(code(r)).toBe("FLOW_SELF_APPROVAL_DENIED");
  });

  test("two spellings of one approver are not two distinct approvers", async () => {
    const run = ok(await startRun({ ...as("lead@example.com"), flowId: T, flowVersion: "1.2.0" }));
    const id = await toolApproval(run.run_id, "bot@example.com", 2);
    ok(await approve({ ...as("alice@example.com"), runId: run.run_id, approvalId: id }));
    const again = await approve({ ...as("ALICE@example.com"), runId: run.run_id, approvalId: id });
    expect(code(again)).toBe("BAD_REQUEST");
    const after = ok(await approve({ ...as("carol@example.com"), runId: run.run_id, approvalId: id }));
    expect(after.approvals[0]!.status).toBe("APPROVED");
    expect(after.approvals[0]!.decisions.map((d) => d.actor)).toEqual(["alice@example.com", "carol@example.com"]);
  });
});

describe("no write records an event the ledger cannot read back", () => {
  test("an agent name over 320 characters is refused, and no run file is left behind", async () => {
    const r = await startRun({ ...as("lead@example.com"), flowId: T, flowVersion: "1.2.0", agent: "a".repeat(321) });
    expect(code(r)).toBe("BAD_REQUEST");
    expect(r.ok || r.message).toContain("payload.agent");
    expect(existsSync(join(root, ".flowgate/runs")) ? readdirSync(join(root, ".flowgate/runs")) : []).toEqual([]);
    expect(listRuns(root)).toEqual([]);
  });

  test("an append whose line would exceed the reader's 4 MiB line limit (a huge --note) is refused; the run stays writable", async () => {
    const run = ok(await startRun({ ...as("lead@example.com"), flowId: T, flowVersion: "1.2.0" }));
    const huge = await advanceStep({ ...as("lead@example.com"), runId: run.run_id, stepId: `${T}#1`, toStatus: "in_progress", note: "x".repeat(4 * 1024 * 1024) });
    expect(code(huge)).toBe("BAD_REQUEST");
    expect(huge.ok || huge.message).toMatch(/^the step_advanced event cannot be recorded \(line is \d+ characters; events are at most 4194304\)$/);
    expect(ok(await advanceStep({ ...as("lead@example.com"), runId: run.run_id, stepId: `${T}#1`, toStatus: "in_progress" })).head.seq).toBe(2);
    expect(verifyLedger({ root }).findings).toEqual([]);
  });

  test("a fractional default_cost_cap_units is an invalid policy, not a consent that bricks the run", async () => {
    const run = ok(await startRun({ ...as("lead@example.com"), env: ALL_ON, flowId: T, flowVersion: "1.2.0" }));
    writePolicy(root, { execution: { default_cost_cap_units: 2.5 } });
    expect(resolvePolicy(root, ALL_ON).error).toBe(".flowgate/policy.json: execution.default_cost_cap_units: Invalid input: expected int, received number");
    const minted = await mintConsent({ ...as("lead@example.com"), env: ALL_ON, runId: run.run_id, allowedLanes: ["local_default"], costCapUnits: 50 });
    expect(code(minted)).toBe("FLOW_EXECUTION_POLICY_FORBIDDEN");
    writePolicy(root, { execution: { default_cost_cap_units: 3 } });
    ok(await advanceStep({ ...as("lead@example.com"), env: ALL_ON, runId: run.run_id, stepId: `${T}#1`, toStatus: "in_progress" }));
    const read = readRun(root, run.run_id);
    expect(read.ok && read.damaged).toBe(false);
    expect(verifyLedger({ root }).findings).toEqual([]);
  });
});

describe("cancel is terminal for tool calls too", () => {
  test("an approved tool call of a cancelled run is no longer authorized", async () => {
    const run = ok(await startRun({ ...as("lead@example.com"), flowId: T, flowVersion: "1.2.0" }));
    const id = await toolApproval(run.run_id, "bot@example.com");
    ok(await approve({ ...as("lead@example.com"), runId: run.run_id, approvalId: id }));
    const call = { root, runId: run.run_id, tool: "github.post_comment", args: { body: "hi" }, now: time.now };
    expect(code(authorizeToolCall(call))).toBe("ok");
    ok(await cancelRun({ ...as("lead@example.com"), runId: run.run_id, reason: "wrong issue" }));
    const r = authorizeToolCall(call);
    expect(code(r)).toBe("FLOW_RUN_NOT_IN_PROGRESS");
    expect(r.ok || r.message).toBe(`run ${run.run_id} is cancelled; it takes no more writes`);
  });
});

describe("a step id is only required before the run is found (B.3, B.4, B.6): which step it names is checked after", () => {
  test("advance and evidence on a missing run with a step id that names no step: unknown_run", async () => {
    const missing = { ...as("lead@example.com"), runId: "run_0123456789abcdef", stepId: "2" };
    expect(code(await advanceStep({ ...missing, toStatus: "done" }))).toBe("unknown_run");
    expect(code(await attachEvidence({ ...missing, pointerKind: "artifact", ref: "out/facts.md" }))).toBe("unknown_run");
    expect(code(await advanceStep({ ...missing, stepId: " ", toStatus: "done" }))).toBe("BAD_REQUEST");
  });

  test("execute with a grant id and a step id that names no step: the consent is refused first", async () => {
    const run = ok(await startRun({ ...as("lead@example.com"), flowId: T, flowVersion: "1.2.0" }));
    const r = await executeStep({ ...as("lead@example.com"), env: ALL_ON, runId: run.run_id, stepId: "nonsense", consentId: "fgrnt_0123456789abcdef01234567" });
    expect(code(r)).toBe("FLOW_EXECUTION_CONSENT_REQUIRED");
  });

  test("on an existing run the unknown step is still BAD_REQUEST, after the run checks", async () => {
    const run = ok(await startRun({ ...as("lead@example.com"), flowId: T, flowVersion: "1.2.0" }));
    const r = await advanceStep({ ...as("lead@example.com"), runId: run.run_id, stepId: "nonsense", toStatus: "done" });
    expect(r.ok || r.message).toBe(`step "nonsense" is not a step of ${T}@1.2.0`);
    ok(await cancelRun({ ...as("lead@example.com"), runId: run.run_id }));
    expect(code(await advanceStep({ ...as("lead@example.com"), runId: run.run_id, stepId: "nonsense", toStatus: "done" }))).toBe("FLOW_RUN_NOT_IN_PROGRESS");
  });
});

describe("a ledger is a regular file", () => {
  test("a directory named like a ledger is no run: readers, verify and writers do not crash with EISDIR", async () => {
    mkdirSync(join(root, ".flowgate/runs/run_dir.jsonl"), { recursive: true });
    expect(listRunIds(root)).toEqual([]);
    expect(listRuns(root)).toEqual([]);
    expect(verifyLedger({ root }).findings).toEqual([]);
    expect(code(readRun(root, "run_dir"))).toBe("unknown_run");
    expect(code(await advanceStep({ ...as("lead@example.com"), runId: "run_dir", stepId: `${T}#1`, toStatus: "in_progress" }))).toBe("unknown_run");
  });

  test("a symlinked ledger is not followed: run verify does not quote the target's lines", async () => {
    const secret = join(root, "secret.txt");
    writeFileSync(secret, "token=abcdef0123456789\n");
    mkdirSync(join(root, ".flowgate/runs"), { recursive: true });
    symlinkSync(secret, join(root, ".flowgate/runs/run_link.jsonl"));
    expect(listRunIds(root)).toEqual([]);
    // Named in a note (workspace/not-read), never read.
    expect(verifyLedger({ root }).findings.map((f) => `${f.rule}: ${f.message}`)).toEqual(["workspace/not-read: .flowgate/runs/run_link.jsonl is a symbolic link (ledgers are read only as regular files): it was not read"]);
    expect(code(readRun(root, "run_link"))).toBe("unknown_run");
  });
});

describe("run verify --base with run ids", () => {
  test("an id that is neither on disk nor at the base is a usage error, not a pass; one deleted since the base is reported", async () => {
    const repo = gitRepoFrom(workspace());
    const run = ok(await startRun({ root: repo, actor: "lead@example.com", env: WRITES_ON, flowId: T, flowVersion: "1.2.0" }));
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "a run");
    const typo = await runCli(["run", "verify", "--base", "HEAD", "run_nothere"], { cwd: repo });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("no such run: run_nothere");
    rmSync(join(repo, `.flowgate/runs/${run.run_id}.jsonl`));
    const deleted = await runCli(["run", "verify", "--base", "HEAD", run.run_id], { cwd: repo });
    expect(deleted.code).toBe(1);
    expect(deleted.stdout).toContain(`error ledger/history-rewritten: run ${run.run_id} rewrites history merged at HEAD: the ledger was deleted`);
  });
});
