import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { advanceStep, attachEvidence, eventHash, type LedgerEvent, readRun, repairRun, startRun } from "../../core/ledger";
import { parseLedger } from "../../core/ledger/chain";
import { workspace, WRITES_ON } from "./helpers";

const R = "flow_release_notes";

/** readRun re-reads incrementally; whatever happened to the file, it must say what a fresh full read says. */
test("a re-read after growth matches a full read: appends, a malformed line, an illegal event, a torn tail, a repair", async () => {
  const root = workspace();
  const ctx = { root, actor: "alice@example.com", env: WRITES_ON };
  const started = await startRun({ ...ctx, flowId: R, flowVersion: "0.3.0" });
  if (!started.ok) throw new Error(started.message);
  const id = started.run.run_id;
  const file = join(root, `.flowgate/runs/${id}.jsonl`);
  const full = () => parseLedger(readFileSync(file, "utf8"));
  const read = () => {
    const r = readRun(root, id);
    if (!r.ok) throw new Error(r.message);
    return r;
  };

  expect(read().run.events).toHaveLength(1);
  await attachEvidence({ ...ctx, runId: id, stepId: `${R}#1`, pointerKind: "artifact", ref: "a.md" });
  await advanceStep({ ...ctx, runId: id, stepId: `${R}#1`, toStatus: "done" });
  let r = read();
  expect([r.run.events.length, r.run.steps[0]!.status, r.damaged]).toEqual([3, "done", false]);

  // A forged but well-chained "done" for the human_review step: illegal, reported with its seq.
  const last = r.run.events[2]!;
  const forged = { seq: 4, type: "step_advanced", at: last.at, actor: "eve@example.com", payload: { step_id: `${R}#2`, to_status: "done", skip_reason: null, note: null }, prev: last.hash } as LedgerEvent;
  appendFileSync(file, JSON.stringify({ ...forged, hash: eventHash(forged) }) + "\n");
  r = read();
  expect(r.problems.illegal.map((i) => [i.seq, i.code])).toEqual([[4, "FLOW_VERIFICATION_UNSATISFIED"]]);
  expect(r.run.status).toBe("done");

  appendFileSync(file, "not json\n");
  r = read();
  expect(r.problems.malformed.map((m) => m.line)).toEqual(full().lines.filter((l) => !l.event).map((l) => l.line));
  expect(r.problems.malformed.map((m) => m.line)).toEqual([5]);

  appendFileSync(file, '{"seq":');
  r = read();
  expect(r.problems.torn).toEqual({ line: 6, bytes: 7 });
  expect(r.run.events.length).toBe(full().events.length);

  await repairRun({ root, runId: id });
  r = read();
  expect(r.problems.torn).toBeUndefined();
  expect(r.problems.malformed.map((m) => m.line)).toEqual([5]);

  // The returned state is a copy: later reads do not change what a caller holds.
  const held = read().run;
  writeFileSync(file, readFileSync(file, "utf8").split("\n").slice(0, 3).join("\n") + "\n");
  expect(read().run.events).toHaveLength(3);
  expect(held.events).toHaveLength(4);
});

test("a write whose file grew while it was being decided (a lock taken over) is refused, not appended with a repeated seq", async () => {
  const { appendToRun } = await import("../../core/ledger/store");
  const root = workspace();
  const started = await startRun({ root, actor: "a@x", env: WRITES_ON, flowId: R, flowVersion: "0.3.0" });
  if (!started.ok) throw new Error(started.message);
  const id = started.run.run_id;
  const file = join(root, `.flowgate/runs/${id}.jsonl`);
  const r = await appendToRun(root, id, { actor: "a@x" }, (run, at) => {
    // Another writer, bypassing the lock, appends seq 2 right now.
    const other = { seq: 2, type: "run_cancelled", at, actor: "b@x", payload: { reason: null }, prev: run.head.hash } as LedgerEvent;
    appendFileSync(file, JSON.stringify({ ...other, hash: eventHash(other) }) + "\n");
    return { type: "step_advanced", payload: { step_id: `${R}#1`, to_status: "in_progress", skip_reason: null, note: null } };
  });
  expect(r.ok || [r.code, r.message]).toEqual(["FLOW_LEDGER_CONFLICT", `run ${id} changed while this write was being decided; re-read and retry`]);
  expect(readFileSync(file, "utf8").trimEnd().split("\n")).toHaveLength(2);
  const after = await advanceStep({ root, actor: "a@x", env: WRITES_ON, runId: id, stepId: `${R}#1`, toStatus: "in_progress" });
  expect(after.ok || after.code).toBe("FLOW_RUN_NOT_IN_PROGRESS");
});
