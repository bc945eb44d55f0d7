import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { advanceStep, approve, executeStep, mintConsent, readRun, requestApproval, startRun, verifyLedger } from "../../core/ledger";
import { canonicalJson, sha256Hex } from "../../core/ledger/chain";
import { runBuiltCli } from "../helpers/cli";
import { ALL_ON, code, ok, workspace, WRITES_ON } from "./helpers";

const B = "flow_batch";

async function batchRun(root: string): Promise<string> {
  return ok(await startRun({ root, actor: "lead@example.com", env: ALL_ON, flowId: B, flowVersion: "1.0.0" })).run_id;
}

const lines = (root: string, runId: string) => readFileSync(join(root, `.flowgate/runs/${runId}.jsonl`), "utf8").trim().split("\n");

describe("idempotency keys (core write API): FLOW_IDEMPOTENCY_KEY_REUSED", () => {
  test("a retried append with the same key returns the first event and the run as of it; nothing is appended", async () => {
    const root = workspace();
    const runId = await batchRun(root);
    const ctx = { root, actor: "dev@example.com", env: WRITES_ON, runId, stepId: `${B}#1`, toStatus: "in_progress", idempotencyKey: "job-7:advance" };
    const first = await advanceStep(ctx);
    ok(first);
    ok(await advanceStep({ root, actor: "dev@example.com", env: WRITES_ON, runId, stepId: `${B}#1`, toStatus: "blocked", note: "later write" }));
    const again = await advanceStep(ctx);
    expect(again.ok && again.event).toEqual(first.ok && first.event);
    expect(again.ok && again.run).toEqual(first.ok && first.run);
    expect(lines(root, runId)).toHaveLength(3);
    expect(JSON.parse(lines(root, runId)[1]!).idempotency).toEqual({ key: "job-7:advance", request_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  test("the same key on a different request (other input, other actor) is refused with FLOW_IDEMPOTENCY_KEY_REUSED and writes nothing", async () => {
    const root = workspace();
    const runId = await batchRun(root);
    const base = { root, actor: "dev@example.com", env: WRITES_ON, runId, stepId: `${B}#1`, toStatus: "in_progress", idempotencyKey: "k1" };
    ok(await advanceStep(base));
    const otherNote = await advanceStep({ ...base, note: "different" });
    expect(code(otherNote)).toBe("FLOW_IDEMPOTENCY_KEY_REUSED");
    expect(!otherNote.ok && otherNote.message).toBe('idempotency key "k1" was already used for a different request (seq 2, step_advanced); use a new key');
    expect(code(await advanceStep({ ...base, actor: "mallory@example.com" }))).toBe("FLOW_IDEMPOTENCY_KEY_REUSED");
    expect(lines(root, runId)).toHaveLength(2);
  });

  test("a keyed retry whose --expect-seq went stale with its own first write is replayed, not a conflict", async () => {
    const root = workspace();
    const runId = await batchRun(root);
    const ctx = { root, actor: "dev@example.com", env: WRITES_ON, runId, stepId: `${B}#1`, toStatus: "in_progress", expectedSeq: 2, idempotencyKey: "k-seq" };
    const first = await advanceStep(ctx);
    expect(code(await advanceStep(ctx))).toBe("ok");
    expect((await advanceStep(ctx)).ok && first.ok && first.event!.seq).toBe(2);
    expect(code(await advanceStep({ ...ctx, idempotencyKey: undefined }))).toBe("FLOW_LEDGER_CONFLICT");
  });

  test("start: the keyed run is named after the key, a retry returns it (one ledger), another flow with that key is refused", async () => {
    const root = workspace();
    const ctx = { root, actor: "lead@example.com", env: WRITES_ON, flowId: B, flowVersion: "1.0.0", idempotencyKey: "ci-4711" };
    const first = await startRun(ctx);
    const again = await startRun(ctx);
    expect(again.ok && again.event).toEqual(first.ok && first.event);
    expect(first.ok && first.run.run_id).toMatch(/^run_k[0-9a-f]{32}$/);
    expect(readdirSync(join(root, ".flowgate/runs"))).toEqual([`${first.ok && first.run.run_id}.jsonl`]);
    expect(code(await startRun({ ...ctx, flowId: "flow_release_notes", flowVersion: "0.3.0" }))).toBe("FLOW_IDEMPOTENCY_KEY_REUSED");
  });

  test("generated ids are not regenerated on retry: approval id, consent id, execution", async () => {
    const root = workspace();
    const runId = await batchRun(root);
    const actor = "dev@example.com";
    const req = { root, actor, env: ALL_ON, runId, tool: "deploy", args: { env: "prod" }, reason: "ship", idempotencyKey: "req-1" };
    const a1 = await requestApproval(req);
    const a2 = await requestApproval(req);
    expect(a2.ok && a2.event!.payload).toEqual(a1.ok && a1.event!.payload);
    ok(await approve({ root, actor: "boss@example.com", env: ALL_ON, runId, approvalId: (a1.ok && (a1.event!.payload as { approval_id: string }).approval_id) as string, idempotencyKey: "ap-1" }));
    const consent = { root, actor, env: ALL_ON, runId, allowedLanes: ["local_default"], costCapUnits: 5, idempotencyKey: "c-1" };
    const c1 = await mintConsent(consent);
    const c2 = await mintConsent(consent);
    expect(c2.consentId).toBe(c1.consentId);
    const exec = { root, actor, env: ALL_ON, runId, stepId: `${B}#1`, consentId: c1.consentId!, idempotencyKey: "x-1" };
    const e1 = await executeStep(exec);
    const e2 = await executeStep(exec);
    expect(e2.execution).toEqual(e1.execution);
    expect(lines(root, runId)).toHaveLength(5);
    expect(verifyLedger({ root }).findings).toEqual([]);
  });

  test("a malformed key is BAD_REQUEST: blank, a space inside, 256 characters", async () => {
    const root = workspace();
    const runId = await batchRun(root);
    for (const key of ["", "two words", "k".repeat(256)]) {
      expect(code(await advanceStep({ root, actor: "dev@example.com", env: WRITES_ON, runId, stepId: `${B}#1`, toStatus: "in_progress", idempotencyKey: key }))).toBe("BAD_REQUEST");
    }
  });

  test("the key is part of the hash chain (editing it is ledger/event-edited); unkeyed events keep the old hash", async () => {
    const root = workspace();
    const runId = await batchRun(root);
    ok(await advanceStep({ root, actor: "dev@example.com", env: WRITES_ON, runId, stepId: `${B}#1`, toStatus: "in_progress", idempotencyKey: "k-chain" }));
    const [startLine, keyedLine] = lines(root, runId).map((l) => JSON.parse(l));
    const { hash, ...rest } = startLine;
    expect(hash).toBe(sha256Hex(canonicalJson(rest)));
    expect("idempotency" in startLine).toBe(false);
    keyedLine.idempotency.key = "k-other";
    writeFileSync(join(root, `.flowgate/runs/${runId}.jsonl`), [JSON.stringify(startLine), JSON.stringify(keyedLine)].join("\n") + "\n");
    expect(verifyLedger({ root }).findings.map((f) => f.rule)).toContain("ledger/event-edited");
    expect(readRun(root, runId).ok).toBe(true);
  });
});

describe("flowgate run --idempotency-key (built CLI)", () => {
  const ENV = { FLOW_RUN_WRITES_ENABLED: "1", FLOWGATE_ACTOR: "alice@example.com" };

  test("start and advance retried with the same key: exit 0, the same output, one event each", () => {
    const root = workspace();
    const start = ["run", "start", B, "1.0.0", "--idempotency-key", "ci-run-1"];
    const s1 = runBuiltCli(start, { cwd: root, env: ENV });
    const s2 = runBuiltCli(start, { cwd: root, env: ENV });
    expect(s1.code).toBe(0);
    expect([s2.code, s2.stdout]).toEqual([0, s1.stdout]);
    const runId = readdirSync(join(root, ".flowgate/runs"))[0]!.slice(0, -6);
    const advance = ["run", "advance", runId, "1", "in_progress", "--idempotency-key", "ci-run-1:adv", "--json"];
    const a1 = runBuiltCli(advance, { cwd: root, env: ENV });
    const a2 = runBuiltCli(advance, { cwd: root, env: ENV });
    expect(a1.code).toBe(0);
    expect([a2.code, a2.stdout]).toEqual([0, a1.stdout]);
    expect(lines(root, runId)).toHaveLength(2);
  });

  test("the same key on a different request: exit 1, refused FLOW_IDEMPOTENCY_KEY_REUSED; on a read: usage error", () => {
    const root = workspace();
    const s = runBuiltCli(["run", "start", B, "1.0.0", "--idempotency-key", "k", "--json"], { cwd: root, env: ENV });
    const runId = JSON.parse(s.stdout).run.run_id;
    expect(runBuiltCli(["run", "cancel", runId, "--idempotency-key", "c", "--reason", "a"], { cwd: root, env: ENV }).code).toBe(0);
    const other = runBuiltCli(["run", "cancel", runId, "--idempotency-key", "c", "--reason", "b"], { cwd: root, env: ENV });
    expect(other.code).toBe(1);
    expect(other.stderr).toBe('flowgate run cancel: refused FLOW_IDEMPOTENCY_KEY_REUSED: idempotency key "c" was already used for a different request (seq 2, run_cancelled); use a new key\n');
    const read = runBuiltCli(["run", "show", runId, "--idempotency-key", "c"], { cwd: root, env: ENV });
    expect(read.code).toBe(2);
    expect(read.stderr).toContain("--idempotency-key goes with a write; run show writes nothing");
  });
});
