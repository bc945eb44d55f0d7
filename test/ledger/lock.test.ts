import { existsSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { attachEvidence, startRun } from "../../core/ledger";
import { LOCK_STALE_MS } from "../../core/ledger/lock";
import { workspace, WRITES_ON } from "./helpers";

const R = "flow_release_notes";

async function started() {
  const root = workspace();
  const ctx = { root, actor: "alice@example.com", env: WRITES_ON };
  const run = await startRun({ ...ctx, flowId: R, flowVersion: "0.3.0" });
  if (!run.ok) throw new Error(run.message);
  return { root, ctx, id: run.run.run_id, runs: join(root, ".flowgate/runs") };
}

test("an append leaves no lock behind", async () => {
  const { ctx, id, runs } = await started();
  const r = await attachEvidence({ ...ctx, runId: id, stepId: `${R}#1`, pointerKind: "artifact", ref: "a.md" });
  expect(r.ok).toBe(true);
  expect(readdirSync(runs)).toEqual([`${id}.jsonl`]);
});

test("a lock left by a killed writer is taken over once it is stale", async () => {
  const { ctx, id, runs } = await started();
  const lock = join(runs, `${id}.jsonl.lock`);
  writeFileSync(lock, "");
  const old = (Date.now() - LOCK_STALE_MS - 1_000) / 1000;
  utimesSync(lock, old, old);
  const r = await attachEvidence({ ...ctx, runId: id, stepId: `${R}#1`, pointerKind: "artifact", ref: "a.md" });
  expect(r.ok).toBe(true);
  expect(existsSync(lock)).toBe(false);
  expect(readdirSync(runs)).toEqual([`${id}.jsonl`]);
});
