import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticBundle } from "../../bench/evidence/generate";
import { compareFiles, compareWithGoldenFile } from "../../core/evidence/check";
import { goldenOptionsSchema } from "../../core/evidence/config";
import { loadBundleFile } from "../../core/evidence/load";
import type { EvidenceBundle } from "../../core/evidence/schema";
import { DEFAULT_LIMITS } from "../../core/kernel/limits";
import { runCli, tempDir } from "../helpers/cli";
import { goldenCases, withInsertedEvent } from "./golden-cases";

const dir = mkdtempSync(join(tmpdir(), "flowgate-golden-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Read whole (no cap in the way) and streamed: a 100-byte max-bundle-bytes sends every bundle to the streaming pass (read whole, it would be source/too-large). */
const WHOLE = { ...DEFAULT_LIMITS, maxBytes: 1 << 30 };
const STREAMED = { ...DEFAULT_LIMITS, maxBytes: 100 };

/** A bundle's JSON with its top-level keys in reverse order (final_state and the records before the events and the run). */
const reversedKeys = (b: EvidenceBundle) => JSON.stringify(Object.fromEntries(Object.entries(b).reverse()), null, 2);

function bothPaths(current: string, golden: string, options: object = {}, editor = true) {
  writeFileSync(join(dir, "current.json"), current);
  writeFileSync(join(dir, "golden.json"), golden);
  const o = goldenOptionsSchema.parse(options);
  const whole = compareFiles(dir, "current.json", "golden.json", o, WHOLE, Infinity);
  const streamed = compareFiles(dir, "current.json", "golden.json", o, STREAMED);
  // The editor's path: the current bundle from its buffer, the golden streamed.
  const mixed = editor ? compareWithGoldenFile(dir, loadBundleFile(join(dir, "current.json"), "current.json", WHOLE), "golden.json", o, WHOLE, 0) : undefined;
  return { whole, streamed, mixed };
}

describe("golden diffs streamed (evidence/golden-regression, evidence/golden-missing): the same findings, positions and results as read whole", () => {
  const cases = goldenCases();

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    // Key order matters only to the streaming pass (it reads the records again after it): small cases try both.
    // The editor's path too, except for the long runs (its golden side is the streamed path already compared).
    const small = c.current.events.length < 1000;
    for (const text of small ? [(b: EvidenceBundle) => JSON.stringify(b, null, 2), reversedKeys] : [(b: EvidenceBundle) => JSON.stringify(b, null, 2)]) {
      const { whole, streamed, mixed } = bothPaths(text(c.current), text(c.golden), c.options, c.current.events.length < 5000);
      expect(whole.result?.passed).toBe(c.passes);
      expect(whole.findings.length > 0).toBe(!c.passes);
      expect(whole.findings.every((f) => f.rule === "evidence/golden-regression" && f.line > 0)).toBe(true);
      expect(streamed).toEqual(whole);
      if (mixed) expect(mixed).toEqual(whole);
    }
  });

  it("evidence/golden-regression positions: an inserted event, a removed final-state key and the …and-more finding at the same line and column", () => {
    const golden = syntheticBundle(1000);
    const current = withInsertedEvent(golden, 40);
    current.final_state = {};
    const { whole, streamed } = bothPaths(JSON.stringify(current, null, 2), JSON.stringify(golden, null, 2));
    const placed = streamed.findings.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.properties?.pointer, f.message.slice(0, 40)]);
    expect(placed.slice(0, 2)).toEqual(whole.findings.slice(0, 2).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.properties?.pointer, f.message.slice(0, 40)]));
    expect(streamed.findings.filter((f) => f.properties?.pointer === "/events/40")).toHaveLength(1);
    expect(streamed.findings.find((f) => f.message.includes("…and"))!.line).toBe(1);
    expect(streamed).toEqual(whole);
  });

  it("evidence/golden-missing: a streamed golden that is not a bundle, or not JSON, and a streamed current bundle that is not one get the findings of the streaming evaluation", () => {
    const good = JSON.stringify(syntheticBundle(60), null, 2);
    const noFinalState = JSON.stringify({ ...JSON.parse(good), final_state: undefined }, null, 2);
    let r = bothPaths(good, noFinalState);
    expect(r.streamed.findings.map((f) => [f.rule, f.message])).toEqual([["evidence/golden-missing", "golden golden.json is not a valid evidence bundle (/final_state: missing required field (expected record))"]]);
    expect(r.streamed).toEqual(r.whole);
    r = bothPaths(good, good.slice(0, 1000));
    expect(r.streamed.findings.map((f) => f.rule)).toEqual(["evidence/golden-missing"]);
    expect(r.streamed.findings[0]!.message).toMatch(/^golden golden\.json is not a valid evidence bundle \(not valid JSON: unexpected end of the file/);
    r = bothPaths(noFinalState, good);
    expect(r.streamed.findings.map((f) => [f.rule, f.line, f.message])).toEqual(r.whole.findings.map((f) => [f.rule, f.line, f.message]));
    expect(r.streamed.findings.map((f) => f.rule)).toEqual(["evidence/invalid-bundle"]);
  });

  // Found by differential fuzzing of golden diffs: the whole path named its first schema problem by kind (the summary's
  // before the events'), the streaming path in the file's order; and it named a literal where a comma belongs in its
  // parser's words (`Unexpected TRUE (true) in state COMMA`).
  it("evidence/golden-missing names the golden's first problem in the file's order on both paths, a literal as written", () => {
    const good = syntheticBundle(60);
    const twoProblems = JSON.parse(JSON.stringify(good)) as Record<string, any>;
    delete twoProblems.events[4].payload;
    delete twoProblems.summary.has_failed_steps;
    let r = bothPaths(JSON.stringify(good, null, 2), JSON.stringify(twoProblems, null, 2));
    expect(r.whole.findings.map((f) => f.message)).toEqual(["golden golden.json is not a valid evidence bundle (/events/4/payload: missing required field (expected nonoptional))"]);
    expect(r.streamed).toEqual(r.whole);
    const literal = JSON.stringify(good, null, 2).replace('"seq": 2,', '"seq": 2 true,');
    r = bothPaths(JSON.stringify(good, null, 2), literal);
    expect(r.streamed.findings.map((f) => f.message)).toEqual(["golden golden.json is not a valid evidence bundle (not valid JSON: unexpected true)"]);
  });

  it("100,000 events with one inserted in the middle: exactly one insertion, streamed as read whole", { timeout: 600_000 }, () => {
    const golden = syntheticBundle(100_000);
    const middle = 50_001;
    const current = withInsertedEvent(golden, middle);
    const { whole, streamed } = bothPaths(JSON.stringify(current), JSON.stringify(golden), {}, false);
    const events = streamed.result!.dimensions.find((d) => d.dimension === "events")!;
    expect(events.changes).toEqual([{ op: "added", pointer: ["events", middle], text: `#${middle + 1} lease_heartbeat is not in the golden` }]);
    expect(events.lines.filter((l) => l.op !== " ")).toEqual([{ op: "+", text: `#${middle + 1} lease_heartbeat` }]);
    expect(events.lines).toHaveLength(7);
    expect(streamed.result!.dimensions.filter((d) => d.changes.length > 0).map((d) => d.dimension)).toEqual(["events"]);
    expect(streamed.findings.map((f) => [f.rule, f.line, f.properties?.pointer])).toEqual([["evidence/golden-regression", 1, `/events/${middle}`]]);
    expect(streamed).toEqual(whole);
  });

  it("flowgate golden and flowgate check (goldens) above evidence.max-bundle-bytes: the same diff and findings, where both used to be source/too-large", async () => {
    const cwd = tempDir();
    const golden = syntheticBundle(400);
    writeFileSync(join(cwd, "run.evidence.json"), JSON.stringify(withInsertedEvent(golden, 200), null, 2));
    writeFileSync(join(cwd, "golden.json"), JSON.stringify(golden, null, 2));
    const goldens = "goldens:\n  - evidence: run.evidence.json\n    golden: golden.json\n";
    writeFileSync(join(cwd, ".flowgate.yml"), goldens);
    const whole = await runCli(["golden", "run.evidence.json", "golden.json"], { cwd });
    const wholeCheck = await runCli(["check", ".", "--only", "goldens"], { cwd });
    writeFileSync(join(cwd, ".flowgate.yml"), `evidence:\n  max-bundle-bytes: 1000\n${goldens}`);
    const streamed = await runCli(["golden", "run.evidence.json", "golden.json"], { cwd });
    expect(streamed).toEqual(whole);
    expect(streamed.code).toBe(1);
    expect(streamed.stdout).toContain("@@ events (strict): 1 difference @@\n  #198 cost_recorded\n  #199 tool_call_requested\n  #200 tool_permission_decided\n+ #201 lease_heartbeat\n  #202 tool_call_completed\n  #203 cost_recorded\n  #204 tool_call_requested\n@@ tool-ledger (strict): matches @@\n");
    expect(streamed.stdout).toMatch(/run\.evidence\.json:\d+:\d+: error evidence\/golden-regression: events \(strict\) vs golden\.json: #201 lease_heartbeat is not in the golden/);
    expect(streamed.stdout).not.toContain("too-large");
    expect(await runCli(["check", ".", "--only", "goldens"], { cwd })).toEqual(wholeCheck);
  });
});
