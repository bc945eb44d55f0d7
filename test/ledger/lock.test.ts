import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as esbuild from "esbuild";
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

test("six writers meeting one stale lock take it over one at a time: never two holders, no writer fails (15 rounds)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "flowgate-taker-"));
  const taker = join(dir, "taker.cjs");
  await esbuild.build({ entryPoints: [join(import.meta.dirname, "lock-taker.ts")], bundle: true, platform: "node", target: "node20", format: "cjs", outfile: taker, logLevel: "error" });
  const most: number[] = [];
  const failures: string[] = [];
  for (let round = 0; round < 15; round++) {
    const file = join(dir, `run${round}.jsonl`);
    const log = join(dir, `log${round}`);
    writeFileSync(`${file}.lock`, "");
    const old = (Date.now() - LOCK_STALE_MS - 1_000) / 1000;
    utimesSync(`${file}.lock`, old, old);
    writeFileSync(log, "");
    const startAt = String(Date.now() + 500);
    const exits = Array.from({ length: 6 }, (_, i) => {
      const child = spawn(process.execPath, [taker, file, log, startAt, String(i)], { stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      return new Promise<void>((resolve) => child.on("close", (code) => (code === 0 ? resolve() : (failures.push(`round ${round} taker ${i}: exit ${code} ${stderr.split("\n")[0]}`), resolve()))));
    });
    await Promise.all(exits);
    let inside = 0;
    let max = 0;
    for (const line of readFileSync(log, "utf8").trim().split("\n")) max = Math.max(max, (inside += line.startsWith("in ") ? 1 : -1));
    most.push(max);
  }
  expect(failures).toEqual([]);
  expect(most).toEqual(Array(15).fill(1));
}, 120_000);
