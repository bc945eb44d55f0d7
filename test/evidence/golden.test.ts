import { describe, expect, it } from "vitest";
import { syntheticBundle } from "../../bench/evidence/generate";
import { goldenOptionsSchema, type GoldenOptions } from "../../core/evidence/config";
import { alignSequences, compareWithGolden, fenced, goldenFindings, renderGoldenText } from "../../core/evidence/golden";
import { loadBundle } from "../../core/evidence/load";
import type { EvidenceBundle } from "../../core/evidence/schema";
import { sealBundle } from "../../core/evidence/seal";
import { DEFAULT_LIMITS } from "../../core/kernel/limits";
import { sample } from "./fixtures";
import { withInsertedEvent } from "./golden-cases";

const load = (file: string, b: EvidenceBundle) => {
  const loaded = loadBundle(file, JSON.stringify(b, null, 2), { ...DEFAULT_LIMITS, maxBytes: 1 << 30 });
  if (!loaded.bundle) throw new Error(`test bundle ${file} invalid: ${loaded.findings[0]?.message}`);
  return loaded as typeof loaded & { bundle: EvidenceBundle };
};
const options = (o: object = {}): GoldenOptions => goldenOptionsSchema.parse(o);
const compare = (current: EvidenceBundle, golden: EvidenceBundle, o: object = {}) => compareWithGolden(load("current.json", current), load("golden.json", golden), options(o));
const dim = (r: ReturnType<typeof compare>, name: string) => r.dimensions.find((d) => d.dimension === name)!;

describe("golden comparison", () => {
  it("two runs of one scenario with different ids, leases and times match after normalization", () => {
    const r = compare(syntheticBundle(400, { seed: "today" }), syntheticBundle(400, { seed: "yesterday" }));
    expect(r.passed).toBe(true);
    expect(r.dimensions.map((d) => [d.dimension, d.changes.length])).toEqual([
      ["final-state", 0], ["events", 0], ["tool-ledger", 0], ["artifacts", 0], ["media", 0], ["streams", 0], ["cost", 0],
    ]);
  });

  it("without normalization the same two runs differ (normalization is configurable)", () => {
    const [a, b] = [syntheticBundle(60, { seed: "a" }), syntheticBundle(60, { seed: "b" })];
    for (const x of [a, b]) x.final_state.issued_by = `${x.run.run_id}/${x.steps[0]!.step_id}`;
    expect(compare(a, b).passed).toBe(true);
    expect(dim(compare(a, b, { normalize: { defaults: false } }), "final-state").changes.map((c) => c.pointer)).toEqual([["final_state", "issued_by"]]);
    const custom = { normalize: { defaults: false, patterns: ["\\b(?:run|step)_[0-9a-f]{24}\\b"] } };
    expect(compare(a, b, custom).passed).toBe(true);
  });

  it("one event inserted in the middle of a 20,000-event run is one insertion, not every later position", () => {
    const golden = syntheticBundle(20_000);
    const middle = 10_001;
    const current = withInsertedEvent(golden, middle);
    const events = dim(compare(current, golden), "events");
    expect(events.changes).toEqual([{ op: "added", pointer: ["events", middle], text: `#${middle + 1} lease_heartbeat is not in the golden` }]);
    expect(events.lines.filter((l) => l.op !== " ")).toEqual([{ op: "+", text: `#${middle + 1} lease_heartbeat` }]);
    expect(events.lines).toHaveLength(7);
  });

  it("a changed event type is one removal and one insertion at that place", () => {
    const golden = syntheticBundle(3000);
    const current = structuredClone(golden);
    current.events[1500]!.type = "lease_expired";
    const events = dim(compare(sealBundle(current), golden), "events");
    expect(events.changes.map((c) => [c.op, c.pointer])).toEqual([
      ["removed", ["events", 1500]],
      ["added", ["events", 1500]],
    ]);
  });

  it("subsequence: extra events pass, a missing golden event fails", () => {
    const golden = syntheticBundle(300);
    const extra = withInsertedEvent(golden, 150);
    expect(dim(compare(extra, golden, { match: { events: "subsequence" } }), "events").changes).toEqual([]);
    expect(dim(compare(golden, extra, { match: { events: "subsequence" } }), "events").changes.map((c) => c.text)).toEqual(["golden #151 lease_heartbeat is missing"]);
  });

  it("unordered: a reordering passes, strict does not", () => {
    const golden = syntheticBundle(100);
    const current = structuredClone(golden);
    [current.events[10], current.events[11]] = [current.events[11]!, current.events[10]!];
    expect(dim(compare(current, golden, { match: { events: "unordered" } }), "events").changes).toEqual([]);
    expect(dim(compare(current, golden), "events").changes).toHaveLength(2);
  });

  it("final state: reported per JSON pointer; subsequence allows extra keys", () => {
    const golden = sample("tool-and-model-cost");
    const current = structuredClone(golden);
    current.final_state = { issue: "ISSUE-2", extra: { a: [1] } };
    const state = dim(compare(current, golden), "final-state");
    expect(state.changes.map((c) => [c.op, c.pointer, c.text])).toEqual([
      ["changed", ["final_state", "issue"], '/issue is "ISSUE-2", golden "ISSUE-1"'],
      ["added", ["final_state", "extra"], '/extra = {"a":[1]} is not in the golden'],
    ]);
    expect(dim(compare(current, golden, { match: { "final-state": "subsequence" } }), "final-state").changes.map((c) => c.op)).toEqual(["changed"]);
  });

  it("final state unordered: arrays compare as multisets", () => {
    const golden = sample("tool-and-model-cost");
    golden.final_state = { labels: ["a", "b", { c: [2, 1] }] };
    const current = structuredClone(golden);
    current.final_state = { labels: [{ c: [1, 2] }, "b", "a"] };
    expect(dim(compare(current, golden, { match: { "final-state": "unordered" } }), "final-state").changes).toEqual([]);
    expect(dim(compare(current, golden), "final-state").changes.map((c) => c.pointer.join("/"))).toEqual(["final_state/labels/0", "final_state/labels/2"]);
  });

  it("tool ledger: tool, status and request", () => {
    const golden = sample("golden-tool-ledger-success");
    const current = structuredClone(golden);
    current.tool_ledger[0]!.status = "COMPENSATED";
    expect(dim(compare(current, golden), "tool-ledger").changes.map((c) => c.op)).toEqual(["removed", "added"]);
  });

  it("cost: within the absolute or relative tolerance passes, beyond fails", () => {
    const golden = sample("tool-and-model-cost");
    const pricier = structuredClone(golden);
    pricier.cost_summary.total_usd = 0.26;
    expect(dim(compare(pricier, golden), "cost").changes).toEqual([]);
    pricier.cost_summary.total_usd = 0.3;
    expect(dim(compare(pricier, golden), "cost").changes.map((c) => c.text)).toEqual(["total_usd 0.25 → 0.3 (Δ +0.05, +20.0%; tolerance 0.001 or 10%)"]);
    expect(dim(compare(pricier, golden, { cost: { absolute: 0.1, relative: 0 } }), "cost").changes).toEqual([]);
  });

  it("artifacts: inline content compared after normalizing the ids in it; blob refs by blob_hash", () => {
    const withArtifact = (b: EvidenceBundle, content: string, ref?: string) => {
      b.artifacts.push({ artifact_id: "artifact_1", run_id: b.run.run_id, step_id: null, name: "notes.json", blob_hash: "sha256:" + "0".repeat(64), blob_ref: ref ?? content, metadata: { pages: 1 }, created_at: 1 });
      return b;
    };
    const [a, b] = [syntheticBundle(40, { seed: "a" }), syntheticBundle(40, { seed: "b" })];
    const content = (x: EvidenceBundle, text: string) => JSON.stringify({ run: x.run.run_id, text });
    expect(dim(compare(withArtifact(structuredClone(a), content(a, "hi")), withArtifact(structuredClone(b), content(b, "hi"))), "artifacts").changes).toEqual([]);
    expect(dim(compare(withArtifact(structuredClone(a), content(a, "hi")), withArtifact(structuredClone(b), content(b, "bye"))), "artifacts").changes.map((c) => c.op)).toEqual(["removed", "added"]);
    const byRef = dim(compare(withArtifact(structuredClone(a), "", "blob://sha256/" + "1".repeat(64) + ".json"), withArtifact(structuredClone(b), "", "blob://sha256/" + "1".repeat(64) + ".json")), "artifacts");
    expect(byRef.changes).toEqual([]);
  });

  it("media artifacts and stream checkpoints", () => {
    const golden = sample("golden-minimal-success");
    golden.media_artifacts.push({ kind: "image", uri: "s3://b/1.png", lineage: [] });
    golden.stream_checkpoints.push({ stream_id: "s", consumer_id: "c", offset: 1 });
    const current = structuredClone(golden);
    current.media_artifacts[0]!.uri = "s3://b/2.png";
    current.stream_checkpoints[0]!.offset = 2;
    const r = compare(current, golden);
    expect(dim(r, "media").changes.map((c) => c.op)).toEqual(["removed", "added"]);
    expect(dim(r, "streams").changes.map((c) => c.op)).toEqual(["removed", "added"]);
    expect(compare(current, golden, { ignore: ["media", "streams"] }).passed).toBe(true);
  });

  it("sequences too different to align are compared as multisets, with a note, and the unchecked order is a difference", () => {
    const golden = syntheticBundle(6000);
    const current = structuredClone(golden);
    current.events.reverse();
    const events = dim(compare(current, golden), "events");
    expect(events.note).toBe("more than 2000 differences: not aligned, compared as multisets");
    // The same events in reverse order: equal as multisets, but strict needs the order, which was not compared.
    expect(events.changes).toEqual([{ op: "changed", pointer: ["events"], text: "more than 2000 differences: the order of 6005 golden and 6005 current items was not compared (strict needs it); the items were compared as multisets" }]);
    expect(dim(compare(current, golden, { match: { events: "unordered" } }), "events").changes).toEqual([]);
  });

  it("an alignment past its comparison budget is not aligned either: a note and one difference, never a hang", () => {
    const keys = (n: number, odd: string) => Array.from({ length: n }, (_, i) => ({ key: i % 7 === 3 ? odd : "a", label: "a", index: i }));
    const aligned = alignSequences(keys(1000, "b"), keys(1000, "c"), "strict", "events", 5000);
    expect(aligned.note).toBe("aligning needed more than 5000 comparisons: not aligned, compared as multisets");
    expect(aligned.changes[0]).toEqual({ op: "changed", pointer: ["events"], text: "aligning needed more than 5000 comparisons: the order of 1000 golden and 1000 current items was not compared (strict needs it); the items were compared as multisets" });
    expect(aligned.changes).toHaveLength(1 + 2 * 143);
    expect(alignSequences(keys(1000, "b"), keys(1000, "c"), "strict", "events").note).toBeUndefined();
  });

  it("findings point into the current bundle; the text diff is unified-style", () => {
    const golden = sample("golden-minimal-success");
    const current = withInsertedEvent(golden, 4);
    const loaded = load("current.json", current);
    const result = compareWithGolden(loaded, load("golden.json", golden), options());
    const findings = goldenFindings(result, loaded);
    expect(findings.map((f) => [f.rule, f.line, f.message])).toEqual([["evidence/golden-regression", 105, "events (strict) vs golden.json: #5 lease_heartbeat is not in the golden"]]);
    expect(renderGoldenText(result)).toBe(`--- golden  golden.json
+++ current current.json
@@ final-state (strict): matches @@
@@ events (strict): 1 difference @@
  #2 step_created
  #3 step_claimed
  #4 agent_started
+ #5 lease_heartbeat
  #6 state_patch_proposed
  #7 state_patch_committed
  #8 step_completed
@@ tool-ledger (strict): matches @@
@@ artifacts (strict): matches @@
@@ media (strict): matches @@
@@ streams (strict): matches @@
@@ cost (strict): matches @@
golden: REGRESSION
`);
  });

  it("bundle text cannot break a diff line", () => {
    const golden = sample("golden-minimal-success");
    const current = structuredClone(golden);
    current.events[3]!.type = "agent_started\n+ #99 forged_line";
    const lines = dim(compare(current, golden), "events").lines.filter((l) => l.op === "+");
    expect(lines).toEqual([{ op: "+", text: "#4 agent_started + #99 forged_line" }]);
  });

  it("fences cannot be closed by content", () => {
    expect(fenced("diff", "a ``` b")).toBe("````diff\na ``` b\n````");
  });
});
