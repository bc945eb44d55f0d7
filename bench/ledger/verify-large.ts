// `run verify` of a large ledger, in a fresh process per step (peak RSS is that step's alone).
//   write N DIR        a workspace in DIR with one run of N events (written in pieces, never one string)
//   verify DIR         verifyLedger (what `flowgate run verify` does: the file read 1 MB at a time)
//   verify-text DIR    the whole-text path (readFileSync + verifyLedgerText), for comparison
// Prints one JSON line. Driven by bench/ledger/large.mjs.
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { startRun, verifyLedger, verifyLedgerText } from "../../core/ledger";
import { eventLine, sealEvent } from "../../core/ledger/chain";
import type { UnsealedEvent } from "../../core/ledger/schema";

const [mode, a, b] = process.argv.slice(2) as [string, string, string | undefined];
const rss = () => process.resourceUsage().maxRSS * 1024;

async function write(n: number, root: string) {
  const flow = readFileSync(join(__dirname, "../../examples/flows/release-notes.flow.json"), "utf8");
  const { mkdirSync, writeFileSync } = await import("node:fs");
  mkdirSync(join(root, "flows"), { recursive: true });
  writeFileSync(join(root, "flows/release-notes.flow.json"), flow);
  const started = await startRun({ root, actor: "bench@example.com", env: { FLOW_RUN_WRITES_ENABLED: "1" }, flowId: "flow_release_notes", flowVersion: "0.3.0" });
  if (!started.ok) throw new Error(started.message);
  const fd = openSync(join(root, `.flowgate/runs/${started.run.run_id}.jsonl`), "a");
  let prev = started.run.head.hash;
  const t0 = Date.parse(started.run.started_at);
  let chunk = "";
  for (let seq = 2; seq <= n; seq++) {
    const body = { seq, type: "evidence_attached", at: new Date(t0 + seq).toISOString(), actor: `agent-${seq % 7}@example.com`, payload: { step_id: "flow_release_notes#1", pointer_kind: "hash", ref: `sha256:${seq.toString(16).padStart(64, "0")}` }, prev } as UnsealedEvent;
    const event = sealEvent(body);
    chunk += eventLine(event);
    prev = event.hash;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = "";
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

async function main() {
  if (mode === "write") return void (await write(Number(a), b!));
  const root = a;
  const runId = readdirSync(join(root, ".flowgate/runs"))[0]!.replace(/\.jsonl$/, "");
  const t0 = process.hrtime.bigint();
  let findings: number;
  if (mode === "verify") findings = verifyLedger({ root, runIds: [runId] }).findings.length;
  else findings = verifyLedgerText(`.flowgate/runs/${runId}.jsonl`, readFileSync(join(root, `.flowgate/runs/${runId}.jsonl`), "utf8")).findings.length;
  console.log(JSON.stringify({ mode, ms: Number(process.hrtime.bigint() - t0) / 1e6, rss: rss(), findings }));
}
void main();
