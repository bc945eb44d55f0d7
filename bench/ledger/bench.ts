// Run ledger benchmark: append throughput (lock + re-read + check + append + fsync, through the API) and
// the time to read (parse + fold) and verify (hash chain + replay) runs of 10k and 100k events.
// Run with `node bench/ledger/run.mjs` (bundles this file with esbuild, then runs it); BENCH_DIR=/dev/shm
// measures on tmpfs, where fsync costs nothing: the software's own ceiling.
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { attachEvidence, readRun, startRun, verifyLedgerText } from "../../core/ledger";
import { eventLine, parseLedger, sealEvent } from "../../core/ledger/chain";
import { foldEvents } from "../../core/ledger/fold";
import type { LedgerEvent, UnsealedEvent } from "../../core/ledger/schema";

const ENV = { FLOW_RUN_WRITES_ENABLED: "1" };
const FLOW = JSON.parse(readFileSync(join(import.meta.dirname ?? __dirname, "../../examples/flows/release-notes.flow.json"), "utf8"));

function workspace(): string {
  const root = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), "flowgate-bench-ledger-"));
  mkdirSync(join(root, "flows"));
  writeFileSync(join(root, "flows/release-notes.flow.json"), JSON.stringify(FLOW));
  return root;
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

interface Timing {
  wall: number;
  cpu: number;
}

/** Wall time and CPU time: on a shared machine the CPU time is what the code itself costs. */
function timed<T>(fn: () => T): Timing & { value: T } {
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  const value = fn();
  const wall = ms(t);
  const used = process.cpuUsage(cpu);
  return { value, wall, cpu: (used.user + used.system) / 1000 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Appends through the public API (each: lock, re-read, check, append, fsync) against the floor (the same
 * number of bare line appends with fsync), interleaved in rounds so both see the same machine load.
 */
async function appendThroughput(n: number, rounds = 10): Promise<{ api: number; raw: number }> {
  const root = workspace();
  const started = await startRun({ root, actor: "bench@example.com", env: ENV, flowId: "flow_release_notes", flowVersion: "0.3.0" });
  if (!started.ok) throw new Error(started.message);
  const rawPath = join(root, "raw.jsonl");
  const line = Buffer.from(`${JSON.stringify({ seq: 1, type: "evidence_attached", payload: { ref: "sha256:0" }, hash: "0".repeat(64) })}\n`);
  let apiMs = 0;
  let rawMs = 0;
  const per = Math.ceil(n / rounds);
  for (let round = 0; round < rounds; round++) {
    let t = process.hrtime.bigint();
    for (let i = 0; i < per; i++) {
      const r = await attachEvidence({ root, actor: "bench@example.com", env: ENV, runId: started.run.run_id, stepId: "flow_release_notes#1", pointerKind: "hash", ref: `sha256:${round}-${i}` });
      if (!r.ok) throw new Error(r.message);
    }
    apiMs += ms(t);
    t = process.hrtime.bigint();
    for (let i = 0; i < per; i++) {
      const fd = openSync(rawPath, "a");
      writeSync(fd, line);
      fsyncSync(fd);
      closeSync(fd);
    }
    rawMs += ms(t);
  }
  return { api: ((per * rounds) / apiMs) * 1000, raw: ((per * rounds) / rawMs) * 1000 };
}

/** A ledger of n events written directly (sealed and chained as the API writes them). */
async function syntheticLedger(n: number): Promise<{ root: string; runId: string; text: string }> {
  const root = workspace();
  const started = await startRun({ root, actor: "bench@example.com", env: ENV, flowId: "flow_release_notes", flowVersion: "0.3.0" });
  if (!started.ok) throw new Error(started.message);
  const runId = started.run.run_id;
  const path = join(root, `.flowgate/runs/${runId}.jsonl`);
  const lines = [readFileSync(path, "utf8")];
  let prev = started.run.head.hash;
  const t0 = Date.parse(started.run.started_at);
  for (let seq = 2; seq <= n; seq++) {
    const body = { seq, type: "evidence_attached", at: new Date(t0 + seq).toISOString(), actor: `agent-${seq % 7}@example.com`, payload: { step_id: "flow_release_notes#1", pointer_kind: "hash", ref: `sha256:${seq.toString(16).padStart(64, "0")}` }, prev } as UnsealedEvent;
    const event: LedgerEvent = sealEvent(body);
    lines.push(eventLine(event));
    prev = event.hash;
  }
  const text = lines.join("");
  writeFileSync(path, text);
  return { root, runId, text };
}

async function main() {
  const appends = Number(process.env.APPENDS ?? 10_000);
  console.log(`load average: ${loadavg().map((x) => x.toFixed(1)).join(" ")} on ${cpus().length} cores; ledgers in ${process.env.BENCH_DIR ?? tmpdir()}`);
  const { api, raw } = await appendThroughput(appends);
  console.log(`append: ${appends} appends through the API at ${api.toFixed(0)}/s; bare append+fsync at ${raw.toFixed(0)}/s; API / bare = ${(api / raw).toFixed(2)}`);
  const rows: string[] = [];
  for (const n of [10_000, 100_000]) {
    const { runId, text } = await syntheticLedger(n);
    const m: Record<"parse" | "fold" | "read" | "reread" | "verify", Timing[]> = { parse: [], fold: [], read: [], reread: [], verify: [] };
    for (let i = 0; i < 6; i++) {
      const parsed = timed(() => parseLedger(text));
      const folded = timed(() => foldEvents(parsed.value.events));
      // A fresh copy each round: readRun caches per path, and this measures a first (cold) read.
      const copy = workspace();
      mkdirSync(join(copy, ".flowgate/runs"), { recursive: true });
      writeFileSync(join(copy, `.flowgate/runs/${runId}.jsonl`), text);
      const read = timed(() => readRun(copy, runId));
      if (!read.value.ok || read.value.run.events.length !== n || read.value.damaged || folded.value.run?.events.length !== n) throw new Error("bad fold");
      const appended = await attachEvidence({ root: copy, actor: "bench@example.com", env: ENV, runId, stepId: "flow_release_notes#1", pointerKind: "hash", ref: "one-more" });
      if (!appended.ok) throw new Error(appended.message);
      const reread = timed(() => readRun(copy, runId));
      if (!reread.value.ok || reread.value.run.events.length !== n + 1) throw new Error("bad re-read");
      const verify = timed(() => verifyLedgerText(`.flowgate/runs/${runId}.jsonl`, text));
      if (verify.value.findings.length) throw new Error(verify.value.findings[0]!.message);
      // The first round warms the JIT up; the figures are the median of the other five.
      if (i === 0) continue;
      m.parse.push(parsed);
      m.fold.push(folded);
      m.read.push(read);
      m.reread.push(reread);
      m.verify.push(verify);
    }
    const mb = Buffer.byteLength(text) / 1024 / 1024;
    const cell = (ts: Timing[]) => `${median(ts.map((t) => t.wall)).toFixed(0)} / ${median(ts.map((t) => t.cpu)).toFixed(0)} ms`;
    rows.push(`| ${n.toLocaleString("en")} | ${mb.toFixed(1)} MB | ${cell(m.fold)} | ${cell(m.parse)} | ${cell(m.read)} | ${cell(m.reread)} | ${cell(m.verify)} |`);
  }
  console.log("Times are wall / CPU (this process, all threads), median of 5 after a warm-up round.");
  console.log("| events | ledger size | fold (events → state) | parse (lines → checked events) | readRun, first read (file + parse + fold) | readRun after one more append | verify (hash chain + replay) |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) console.log(r);
}

void main();
