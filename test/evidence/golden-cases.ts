import { readFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticBundle } from "../../bench/evidence/generate";
import type { EvidenceBundle, EvidenceEvent } from "../../core/evidence/schema";
import { sealBundle } from "../../core/evidence/seal";
import { FIXTURES, sample } from "./fixtures";

/** A heartbeat inserted into the event sequence before index i, consistently re-sealed. */
export function withInsertedEvent(b: EvidenceBundle, i: number): EvidenceBundle {
  const copy = structuredClone(b);
  const at = copy.events[i]!;
  const heartbeat: EvidenceEvent = { ...at, event_id: "evt_inserted", type: "lease_heartbeat", agent_role: null, state_version: null, causal_token: null, payload: { lease_until: 1 } };
  copy.events.splice(i, 0, heartbeat);
  return sealBundle(copy);
}

export interface GoldenCase {
  name: string;
  current: EvidenceBundle;
  golden: EvidenceBundle;
  /** goldenOptionsSchema input. */
  options?: object;
  /** Whether the comparison passes (so a case cannot silently compare nothing). */
  passes: boolean;
}

const edit = (b: EvidenceBundle, f: (x: EvidenceBundle) => void) => {
  const copy = structuredClone(b);
  f(copy);
  return copy;
};
const withArtifact = (b: EvidenceBundle, content: string, ref?: string) =>
  edit(b, (x) => void x.artifacts.push({ artifact_id: "artifact_1", run_id: x.run.run_id, step_id: null, name: "notes.json", blob_hash: "sha256:" + "0".repeat(64), blob_ref: ref ?? content, metadata: { pages: 1 }, created_at: 1 }));
const content = (x: EvidenceBundle, text: string) => JSON.stringify({ run: x.run.run_id, text });
const RUNTIME = join(FIXTURES, "runtime-generated");
const runtime = (name: string) => JSON.parse(readFileSync(join(RUNTIME, `${name}.json`), "utf8")) as EvidenceBundle;

/** The cases of test/evidence/golden.test.ts and of the runtime-generated goldens, as (current, golden, options). */
export function goldenCases(): GoldenCase[] {
  const cases: GoldenCase[] = [];
  const add = (name: string, current: EvidenceBundle, golden: EvidenceBundle, passes: boolean, options?: object) => cases.push({ name, current, golden, options, passes });
  add("two runs, other ids and times", syntheticBundle(400, { seed: "today" }), syntheticBundle(400, { seed: "yesterday" }), true);
  const [a, b] = [syntheticBundle(60, { seed: "a" }), syntheticBundle(60, { seed: "b" })];
  for (const x of [a, b]) x.final_state.issued_by = `${x.run.run_id}/${x.steps[0]!.step_id}`;
  add("ids in the final state, normalized", a, b, true);
  add("ids in the final state, normalization off", a, b, false, { normalize: { defaults: false } });
  add("ids in the final state, custom pattern", a, b, true, { normalize: { defaults: false, patterns: ["\\b(?:run|step)_[0-9a-f]{24}\\b"] } });
  const long = syntheticBundle(20_000);
  add("one event inserted in 20,000", withInsertedEvent(long, 10_001), long, false);
  const g3000 = syntheticBundle(3000);
  add("a changed event type", sealBundle(edit(g3000, (x) => void (x.events[1500]!.type = "lease_expired"))), g3000, false);
  const g300 = syntheticBundle(300);
  add("subsequence, extra event", withInsertedEvent(g300, 150), g300, true, { match: { events: "subsequence" } });
  add("subsequence, missing event", g300, withInsertedEvent(g300, 150), false, { match: { events: "subsequence" } });
  const g100 = syntheticBundle(100);
  const swapped = edit(g100, (x) => void ([x.events[10], x.events[11]] = [x.events[11]!, x.events[10]!]));
  add("unordered, swapped events", swapped, g100, true, { match: { events: "unordered" } });
  add("strict, swapped events", swapped, g100, false);
  const cost = sample("tool-and-model-cost");
  const state = edit(cost, (x) => void (x.final_state = { issue: "ISSUE-2", extra: { a: [1] } }));
  add("final state changed and added", state, cost, false);
  add("final state, subsequence", state, cost, false, { match: { "final-state": "subsequence" } });
  add("final state, a key removed", edit(cost, (x) => void (x.final_state = {})), cost, false);
  const labels = edit(cost, (x) => void (x.final_state = { labels: ["a", "b", { c: [2, 1] }] }));
  const relabelled = edit(cost, (x) => void (x.final_state = { labels: [{ c: [1, 2] }, "b", "a"] }));
  add("final state unordered", relabelled, labels, true, { match: { "final-state": "unordered" } });
  add("final state strict arrays", relabelled, labels, false);
  const ledger = sample("golden-tool-ledger-success");
  add("tool ledger status", edit(ledger, (x) => void (x.tool_ledger[0]!.status = "COMPENSATED")), ledger, false);
  add("cost within tolerance", edit(cost, (x) => void (x.cost_summary.total_usd = 0.26)), cost, true);
  const pricier = edit(cost, (x) => void (x.cost_summary.total_usd = 0.3));
  add("cost beyond tolerance", pricier, cost, false);
  add("cost, absolute tolerance", pricier, cost, true, { cost: { absolute: 0.1, relative: 0 } });
  const [a40, b40] = [syntheticBundle(40, { seed: "a" }), syntheticBundle(40, { seed: "b" })];
  add("artifact content, same", withArtifact(a40, content(a40, "hi")), withArtifact(b40, content(b40, "hi")), true);
  add("artifact content, changed", withArtifact(a40, content(a40, "hi")), withArtifact(b40, content(b40, "bye")), false);
  const blob = "blob://sha256/" + "1".repeat(64) + ".json";
  add("artifact by blob ref", withArtifact(a40, "", blob), withArtifact(b40, "", blob), true);
  const minimal = edit(sample("golden-minimal-success"), (x) => {
    x.media_artifacts.push({ kind: "image", uri: "s3://b/1.png", lineage: [] });
    x.stream_checkpoints.push({ stream_id: "s", consumer_id: "c", offset: 1 });
  });
  const media = edit(minimal, (x) => {
    x.media_artifacts[0]!.uri = "s3://b/2.png";
    x.stream_checkpoints[0]!.offset = 2;
  });
  add("media and streams", media, minimal, false);
  add("media and streams ignored", media, minimal, true, { ignore: ["media", "streams"] });
  const g6000 = syntheticBundle(6000);
  add("too different to align", edit(g6000, (x) => void x.events.reverse()), g6000, false);
  add("too different, unordered", edit(g6000, (x) => void x.events.reverse()), g6000, true, { match: { events: "unordered" } });
  add("inserted event, minimal", withInsertedEvent(sample("golden-minimal-success"), 4), sample("golden-minimal-success"), false);
  add("a type that forges a diff line", edit(sample("golden-minimal-success"), (x) => void (x.events[3]!.type = "agent_started\n+ #99 forged_line")), sample("golden-minimal-success"), false);
  add("a type longer than a plain key", edit(sample("golden-minimal-success"), (x) => void (x.events[3]!.type = "x".repeat(300))), sample("golden-minimal-success"), false);
  // Bundles the format's own runtime wrote: reruns of one scenario, and ids inside content.
  for (const name of ["media-stream", "four-ledgered-calls", "ids-in-content"]) add(`runtime ${name} rerun`, runtime(`${name}.rerun`), runtime(name), name !== "ids-in-content");
  add("runtime ids-in-content rerun, at normalized", runtime("ids-in-content.rerun"), runtime("ids-in-content"), true, { normalize: { keys: ["at"] } });
  add("runtime approval-approved vs side-effects-success", runtime("approval-approved"), runtime("side-effects-success"), false);
  add("runtime retry-then-success vs tool-failed-recovered, unordered", runtime("retry-then-success"), runtime("tool-failed-recovered"), false, { match: { events: "unordered", "tool-ledger": "unordered", "final-state": "unordered" } });
  return cases;
}
