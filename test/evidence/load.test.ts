import { describe, expect, it } from "vitest";
import { evaluateBundle } from "../../core/evidence/evaluate";
import { statSync } from "node:fs";
import { join } from "node:path";
import { loadBundle, loadBundleFile } from "../../core/evidence/load";
import { JsonLocator } from "../../core/evidence/locate";
import { parseSource } from "../../core/kernel/source/document";
import { FIXTURES, sampleText } from "./fixtures";

const at = (text: string) => evaluateBundle("b.json", text).findings.map((f) => [f.rule, f.line, f.column, f.message, f.properties?.pointer]);

describe("loading bad bundles: findings with positions, never a crash", () => {
  it("truncated mid-file: a parse error at the end, saying so", () => {
    const text = sampleText("failed-step");
    const cut = text.slice(0, 2000);
    const lines = cut.split("\n");
    const [finding] = at(cut);
    expect(finding![0]).toBe("source/parse-error");
    expect(finding![1]).toBe(lines.length);
    expect(finding![3]).toMatch(/\(the file looks truncated\)$/);
  });

  it("malformed: a trailing comma is reported where it is", () => {
    expect(at('{\n  "schema_version": "agentledger.evidence.v1",\n}')).toEqual([["source/parse-error", 3, 1, "not valid JSON: property name expected", undefined]]);
  });

  it("empty file and non-object", () => {
    expect(at("")[0]!.slice(0, 3)).toEqual(["source/parse-error", 1, 1]);
    expect(at("[]")).toEqual([["evidence/invalid-bundle", 1, 1, "(bundle): Invalid input: expected object, received array", ""]]);
  });

  it("partial: a missing section points at its parent, a wrong type at the value, with JSON pointers", () => {
    const data = JSON.parse(sampleText("golden-minimal-success"));
    delete data.summary;
    data.events[2].seq = "3";
    data.run.status = "done";
    const findings = at(JSON.stringify(data, null, 2));
    expect(findings).toEqual([
      ["evidence/invalid-bundle", 1, 1, "/summary: missing required field (expected object)", ""],
      ["evidence/invalid-bundle", 7, 15, '/run/status: expected "pending" or "running" or "retry_scheduled" or "waiting_human" or "completed" or "failed" or "cancelled"', "/run/status"],
      ["evidence/invalid-bundle", 71, 14, "/events/2/seq: Invalid input: expected number, received string", "/events/2/seq"],
    ]);
  });

  it("wrong schema_version", () => {
    const text = sampleText("golden-minimal-success").replace("agentledger.evidence.v1", "agentledger.evidence.v2");
    expect(at(text)).toEqual([["evidence/invalid-bundle", 2, 21, '/schema_version: expected "agentledger.evidence.v1"', "/schema_version"]]);
  });

  it("a garbage bundle with thousands of problems lists 50 and says there are more", () => {
    const data = JSON.parse(sampleText("golden-minimal-success"));
    data.events = Array.from({ length: 3000 }, () => ({}));
    const findings = evaluateBundle("b.json", JSON.stringify(data)).findings;
    expect(findings).toHaveLength(51);
    expect(findings.filter((f) => f.message === "(bundle): …and more schema problems not listed")).toHaveLength(1);
  });

  it("refuses files over the size limit unparsed, and absurd nesting with one finding instead of a crash", () => {
    expect(loadBundle("b.json", sampleText("failed-step"), { maxBytes: 100, maxDepth: 256, maxAliasNodes: 0, maxValues: 100_000 }).findings.map((f) => f.rule)).toEqual(["source/too-large"]);
    const deep = sampleText("golden-minimal-success").replace('"final_state": {', `"final_state": {"deep": ${'{"a":'.repeat(200_000)}1${"}".repeat(200_000)},`);
    expect(evaluateBundle("b.json", deep).findings.map((f) => [f.rule, f.line, f.column, f.message])).toEqual([["evidence/invalid-bundle", 1, 1, "(bundle): nested too deeply to process"]]);
  });
});

describe("loadBundleFile", () => {
  it("refuses a file over the limit from its size, without reading it", () => {
    const path = join(FIXTURES, "failed-step.json");
    const refused = loadBundleFile(path, "failed-step.json", { maxBytes: 1000, maxDepth: 256, maxAliasNodes: 0, maxValues: 100_000 });
    expect([refused.bundle, refused.findings.map((f) => f.message)]).toEqual([undefined, [`file is ${statSync(path).size} bytes, over the 1000-byte limit; not parsed`]]);
    expect(loadBundleFile(path, "failed-step.json").bundle?.run.status).toBe("failed");
  });
  it("a directory or a missing file is a finding, not a crash", () => {
    expect(loadBundleFile(FIXTURES, "fixtures").findings.map((f) => f.message)).toEqual(["(file): not a file"]);
    expect(loadBundleFile(join(FIXTURES, "nope.json"), "nope.json").findings.map((f) => f.message)).toEqual(["(file): cannot be read (ENOENT)"]);
  });
});

describe("JsonLocator agrees with the foundation's full span map", () => {
  const text = sampleText("tool-and-model-cost");
  const { doc } = parseSource("b.json", text);
  const locator = new JsonLocator(text);
  const pointers: (string | number)[][] = [[], ["bundle_hash"], ["run", "state", "issue"], ["events", 0], ["events", 6, "payload", "idempotency_key"], ["cost_summary", "by_category", "model:usd"], ["final_state"], ["events", 13, "payload_ref"]];
  for (const p of pointers) {
    it(`/${p.join("/")}`, () => {
      expect(locator.rangeOf(p)).toEqual(doc!.rangeOf(p));
      expect(locator.rangeOf(p, "key")).toEqual(doc!.rangeOf(p, "key"));
      expect(locator.has(p)).toBe(true);
    });
  }
  it("an absent pointer falls back to the nearest existing ancestor", () => {
    expect(locator.has(["events", 99])).toBe(false);
    expect(locator.rangeOf(["run", "nope"])).toEqual(doc!.rangeOf(["run", "nope"]));
  });
  it("keys with escapes and slashes", () => {
    const t = '{"a/b": {"q\\"uote": [1, {"x": "}"}]}}';
    expect(new JsonLocator(t).rangeOf(["a/b", 'q"uote', 1, "x"])).toEqual(parseSource("t.json", t).doc!.rangeOf(["a/b", 'q"uote', 1, "x"]));
  });
});
