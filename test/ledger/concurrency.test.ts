import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { beforeAll, expect, test } from "vitest";
import { readRun, repairRun, startRun, verifyLedger } from "../../core/ledger";
import { workspace, WRITES_ON } from "./helpers";

let writer: string;

beforeAll(async () => {
  writer = join(mkdtempSync(join(tmpdir(), "flowgate-writer-")), "writer.cjs");
  await esbuild.build({ entryPoints: [join(import.meta.dirname, "writer.ts")], bundle: true, platform: "node", target: "node20", format: "cjs", mainFields: ["module", "main"], outfile: writer, logLevel: "error" });
});

async function newRun(): Promise<{ root: string; runId: string }> {
  const root = workspace();
  const r = await startRun({ root, actor: "lead@example.com", env: WRITES_ON, flowId: "flow_batch", flowVersion: "1.0.0" });
  if (!r.ok) throw new Error(r.message);
  return { root, runId: r.run.run_id };
}

interface Writer {
  child: ChildProcess;
  acks: string[];
  stderr: string;
  exit: Promise<number | null>;
}

function startWriter(root: string, runId: string, tag: string, count: number, ...more: string[]): Writer {
  const child = spawn(process.execPath, [writer, root, runId, tag, String(count), ...more], { stdio: ["ignore", "pipe", "pipe"] });
  const w: Writer = { child, acks: [], stderr: "", exit: Promise.resolve(null) };
  let buf = "";
  child.stdout!.on("data", (d: Buffer) => {
    buf += d.toString();
    const lines = buf.split("\n");
    buf = lines.pop()!;
    for (const l of lines) w.acks.push(l.split(" ")[0]!);
  });
  child.stderr!.on("data", (d: Buffer) => (w.stderr += d.toString()));
  w.exit = new Promise((resolve) => child.on("close", (code) => resolve(code)));
  return w;
}

async function killSoonAfterFirstAck(w: Writer, delayMs: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (w.acks.length === 0 && Date.now() < deadline && w.child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, delayMs));
  w.child.kill("SIGKILL");
}

test("stress: 8 processes × 500 appends to one run → 4,000 events, each exactly once, a valid chain", async () => {
  const { root, runId } = await newRun();
  const writers = Array.from({ length: 8 }, (_, i) => startWriter(root, runId, `w${i}`, 500));
  const codes = await Promise.all(writers.map((w) => w.exit));
  expect(writers.map((w) => w.stderr).join("")).toBe("");
  expect(codes).toEqual(Array(8).fill(0));
  const read = readRun(root, runId);
  if (!read.ok) throw new Error(read.message);
  const refs = read.run.steps[0]!.evidence.map((e) => e.ref);
  expect(read.run.events).toHaveLength(4001);
  expect(refs).toHaveLength(4000);
  expect(new Set(refs).size).toBe(4000);
  for (let i = 0; i < 8; i++) {
    // Each writer's own appends land in its order.
    const mine = refs.filter((r) => r.startsWith(`w${i}-`));
    expect(mine).toEqual(Array.from({ length: 500 }, (_, n) => `w${i}-${n}`));
  }
  expect(read.run.events.map((e) => e.seq)).toEqual(Array.from({ length: 4001 }, (_, i) => i + 1));
  expect(verifyLedger({ root }).findings).toEqual([]);
}, 300_000);

test("crash: writers SIGKILLed at random moments, round after round → readable ledger, every acknowledged event present, torn tails reported and repaired", async () => {
  const { root, runId } = await newRun();
  const acknowledged = new Set<string>();
  let tornSeen = 0;
  for (let round = 0; round < 6; round++) {
    const writers = Array.from({ length: 3 }, (_, i) => startWriter(root, runId, `r${round}w${i}`, 100_000));
    // Kill each writer at a random moment once it is appending (after its first acknowledgement).
    await Promise.all(writers.map((w) => killSoonAfterFirstAck(w, Math.floor(Math.random() * 300))));
    await Promise.all(writers.map((w) => w.exit));
    for (const w of writers) {
      expect(w.stderr).toBe("");
      w.acks.forEach((a) => acknowledged.add(a));
    }
    const findings = verifyLedger({ root }).findings;
    // The only damage a kill may leave is a torn last line, and it is reported, never hidden.
    expect(findings.filter((f) => f.rule !== "ledger/torn-tail")).toEqual([]);
    const read = readRun(root, runId);
    if (!read.ok) throw new Error(read.message);
    const present = new Set(read.run.steps[0]!.evidence.map((e) => e.ref));
    for (const a of acknowledged) expect(present.has(a), `acknowledged ${a} is in the ledger`).toBe(true);
    if (read.problems.torn) {
      tornSeen++;
      expect(findings.map((f) => f.rule)).toEqual(["ledger/torn-tail"]);
      const repaired = await repairRun({ root, runId });
      expect(repaired.ok && repaired.repaired).toBe(true);
      expect(existsSync(join(root, `.flowgate/runs/${runId}.jsonl.torn`))).toBe(true);
      expect(verifyLedger({ root }).findings).toEqual([]);
    }
  }
  // A kill in the middle of an append (the bytes of half an event written, no newline): a process that
  // writes part of a line and hangs until it is killed, as power loss leaves it.
  const path = join(root, `.flowgate/runs/${runId}.jsonl`);
  // It says when the half line is written; killing it only then (not after a fixed delay) holds under load.
  const tearer = spawn(process.execPath, ["-e", `require("fs").appendFileSync(${JSON.stringify(path)}, '{"seq":99999,"type":"evidence_att'); process.stdout.write("torn\\n"); setInterval(() => {}, 1000)`], { stdio: ["ignore", "pipe", "ignore"] });
  await new Promise((r) => tearer.stdout!.once("data", r));
  tearer.kill("SIGKILL");
  await new Promise((r) => tearer.on("close", r));
  expect(verifyLedger({ root }).findings.map((f) => f.rule)).toEqual(["ledger/torn-tail"]);
  const blocked = startWriter(root, runId, "after-tear", 1);
  expect(await blocked.exit).toBe(1);
  expect(blocked.stderr).toContain("FLOW_LEDGER_CONFLICT");
  expect(readFileSync(path, "utf8").endsWith('{"seq":99999,"type":"evidence_att')).toBe(true);
  const repaired = await repairRun({ root, runId });
  expect(repaired.ok && repaired.repaired && repaired.torn.text).toBe('{"seq":99999,"type":"evidence_att');
  const resumed = startWriter(root, runId, "after-repair", 3);
  expect(await resumed.exit).toBe(0);
  expect(verifyLedger({ root }).findings).toEqual([]);
  expect(acknowledged.size).toBeGreaterThan(0);
  const text = readFileSync(join(root, `.flowgate/runs/${runId}.jsonl`), "utf8");
  expect(text.endsWith("\n")).toBe(true);
  console.log(`crash test: ${acknowledged.size} acknowledged appends survived 6 rounds of SIGKILL; torn tails seen and repaired: ${tornSeen}`);
}, 300_000);

test("crash, keyed: writers SIGKILLed right after fsync, before acknowledging, and retried with the same idempotency key → every event exactly once (1 + 3 × 40 events)", async () => {
  const { root, runId } = await newRun();
  const tags = ["k0", "k1", "k2"];
  const COUNT = 40;
  const acked = new Map(tags.map((t) => [t, [] as string[]]));
  let kills = 0;
  // Each round every unfinished writer resumes at its first unacknowledged ref (the one it may already have
  // written) and kills itself after 1-8 appends; a round with no kill means all are done.
  while ([...acked.values()].some((a) => a.length < COUNT)) {
    const writers = tags
      .filter((t) => acked.get(t)!.length < COUNT)
      .map((t) => ({ tag: t, w: startWriter(root, runId, t, COUNT, String(acked.get(t)!.length), "keyed", String(1 + Math.floor(Math.random() * 8))) }));
    const codes = await Promise.all(writers.map(({ w }) => w.exit));
    for (const [i, { tag, w }] of writers.entries()) {
      expect(w.stderr).toBe("");
      if (codes[i] === null) kills++;
      acked.get(tag)!.push(...w.acks);
    }
  }
  const read = readRun(root, runId);
  if (!read.ok) throw new Error(read.message);
  const refs = read.run.steps[0]!.evidence.map((e) => e.ref);
  expect(kills).toBeGreaterThan(0);
  expect(read.run.events).toHaveLength(1 + tags.length * COUNT);
  for (const t of tags) {
    expect(acked.get(t)).toEqual(Array.from({ length: COUNT }, (_, n) => `${t}-${n}`));
    expect(refs.filter((r) => r.startsWith(`${t}-`))).toEqual(Array.from({ length: COUNT }, (_, n) => `${t}-${n}`));
  }
  expect(read.run.events.slice(1).map((e) => e.idempotency?.key)).toEqual(refs);
  expect(verifyLedger({ root }).findings).toEqual([]);
  console.log(`keyed crash test: ${kills} writers killed after fsync and retried; 0 duplicates`);
}, 300_000);
