import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateBundle, evaluateBundleFile } from "../../core/evidence/evaluate";
import { rehashBundle } from "../../core/evidence/seal";
import { DEFAULT_LIMITS } from "../../core/kernel/limits";
import type { EvidenceBundle } from "../../core/evidence/schema";
import { FIXTURES, SAMPLES, edited, sampleText } from "./fixtures";

/**
 * The streaming path (core/evidence/stream.ts, used above STREAM_ABOVE_BYTES) against the in-memory one,
 * on the same files: here with a threshold of 0 bytes so every sample streams.
 */
const dir = mkdtempSync(join(tmpdir(), "flowgate-stream-"));
let n = 0;
function both(text: string) {
  const path = join(dir, `b${n++}.json`);
  writeFileSync(path, text);
  return { memory: evaluateBundle("b.json", text), streamed: evaluateBundleFile(path, "b.json", DEFAULT_LIMITS, {}, 0) };
}

const view = (findings: readonly { rule: string; line: number; column: number; endLine: number; endColumn: number; message: string }[]) =>
  findings
    // Every finding, every rule: the streaming path runs every check the in-memory path does, joins included.
    // A parse error's wording is the parser's own (jsonc-parser's or @streamparser/json's); its position is the same.
    .map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.rule === "source/parse-error" ? "" : f.message}`)
    .sort();

type Path = (string | number)[];
function leaves(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) leaves(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  else out.push(path);
  return out;
}
function withLeafChanged(data: unknown, path: Path): Record<string, unknown> {
  const copy = structuredClone(data) as Record<string, unknown>;
  let at: any = copy;
  for (const k of path.slice(0, -1)) at = at[k];
  const v = at[path.at(-1)!];
  at[path.at(-1)!] = typeof v === "string" ? v + "x" : typeof v === "number" ? v + 1 : typeof v === "boolean" ? !v : "x";
  return copy;
}

describe("streaming evidence: same findings at the same positions as the in-memory path", () => {
  for (const name of SAMPLES) {
    const text = sampleText(name);
    const data = JSON.parse(text) as unknown;
    const paths = leaves(data);

    it(`${name}: as exported, and compact on one line`, () => {
      for (const t of [text, JSON.stringify(data)]) {
        const { memory, streamed } = both(t);
        expect(view(streamed.findings)).toEqual(view(memory.findings));
        expect(streamed.verdict).toMatchObject({ runId: memory.verdict.runId, status: memory.verdict.status, events: memory.verdict.events, totalUsd: memory.verdict.totalUsd });
      }
    });

    it(`${name}: all ${paths.length} leaves changed with bundle_hash left as exported → an error on both paths (evidence/bundle-hash-mismatch)`, () => {
      for (const path of paths) {
        const { memory, streamed } = both(JSON.stringify(withLeafChanged(data, path), null, 2));
        const where = `/${path.join("/")}`;
        expect(streamed.verdict.errors, where).toBeGreaterThan(0);
        expect(view(streamed.findings), where).toEqual(view(memory.findings));
      }
    });

    it(`${name}: every leaf changed with bundle_hash recomputed → every rule agrees, finding for finding`, () => {
      for (const path of paths) {
        if (path[0] === "bundle_hash") continue;
        const changed = rehashBundle(withLeafChanged(data, path) as { bundle_hash: string });
        const { memory, streamed } = both(JSON.stringify(changed, null, 2));
        expect(view(streamed.findings), `/${path.join("/")}`).toEqual(view(memory.findings));
      }
    });
  }

  it("tool-and-model-cost: the arrays in reverse document order (run, steps and ledger after the events), every leaf changed and resealed → every rule agrees", () => {
    const data = JSON.parse(sampleText("tool-and-model-cost")) as Record<string, unknown>;
    const reversed = (d: Record<string, unknown>) => rehashBundle(Object.fromEntries(Object.entries(d).reverse()) as { bundle_hash: string });
    const base = both(JSON.stringify(reversed(data), null, 2));
    expect(view(base.streamed.findings)).toEqual(view(base.memory.findings));
    for (const path of leaves(data)) {
      if (path[0] === "bundle_hash") continue;
      const { memory, streamed } = both(JSON.stringify(reversed(withLeafChanged(data, path)), null, 2));
      expect(view(streamed.findings), `/${path.join("/")}`).toEqual(view(memory.findings));
    }
  });

  it("evidence/tool-response-mismatch, evidence/approval-decision-unrecorded, evidence/inconsistent-record, evidence/duplicate-side-effect: the joins find a resealed forgery on the streaming path, at the in-memory positions", () => {
    const text = edited("tool-and-model-cost", (b) => {
      const completion = b.events.find((e) => e.type === "tool_call_completed")!;
      completion.payload_ref = JSON.stringify({ forged: true });
      const cost = b.cost_records[0]!;
      cost.amount += 1;
      b.events.push({ ...completion, seq: 0, event_id: "evt_again", payload_ref: completion.payload_ref });
    });
    const { memory, streamed } = both(text);
    const rules = new Set(streamed.findings.map((f) => f.rule));
    for (const rule of ["evidence/tool-response-mismatch", "evidence/inconsistent-record", "evidence/duplicate-side-effect"]) expect(rules, rule).toContain(rule);
    expect(view(streamed.findings)).toEqual(view(memory.findings));
    expect(streamed.verdict).toMatchObject({ verdict: "fail", intact: false });
    const approval = edited("pending-approval", (b) => {
      const a = b.approvals[0]!;
      Object.assign(a, { status: "APPROVED", approved_by: "someone" });
    });
    const second = both(approval);
    expect(second.streamed.findings.map((f) => f.rule)).toContain("evidence/approval-decision-unrecorded");
    expect(view(second.streamed.findings)).toEqual(view(second.memory.findings));
  });

  it("evidence/duplicate-side-effect: a completion run three times and a ledger row SUCCEEDED three times are counted 3 on the streaming path (join keys are digests), as in memory", () => {
    const text = edited("tool-and-model-cost", (b) => {
      const completion = b.events.find((e) => e.type === "tool_call_completed")!;
      b.events.push({ ...completion, event_id: "evt_again" }, { ...completion, event_id: "evt_third" });
      const row = b.tool_ledger.find((r) => r.status === "SUCCEEDED")!;
      b.tool_ledger.push({ ...row, ledger_id: "ledger_again" }, { ...row, ledger_id: "ledger_third" });
    });
    const { memory, streamed } = both(text);
    const duplicates = streamed.findings.filter((f) => f.rule === "evidence/duplicate-side-effect");
    expect(duplicates).toHaveLength(2);
    for (const f of duplicates) expect(f.message).toMatch(/\b3\b/);
    expect(view(streamed.findings)).toEqual(view(memory.findings));
  });

  it("a changed byte anywhere: every 5th byte of a compact bundle replaced, one at a time → the streaming path fails exactly where the in-memory path does, with the same findings", { timeout: 300_000 }, () => {
    const compact = Buffer.from(JSON.stringify(JSON.parse(sampleText("golden-minimal-success"))));
    let failed = 0;
    let tried = 0;
    for (let i = 0; i < compact.length; i += 5, tried++) {
      const copy = Buffer.from(compact);
      copy[i] = copy[i] === 0x61 ? 0x62 : 0x61;
      const { memory, streamed } = both(copy.toString("latin1"));
      expect(streamed.verdict.verdict, `byte ${i}`).toBe(memory.verdict.verdict);
      if (streamed.verdict.verdict === "fail") failed++;
      // Broken JSON: a parse error on both; where exactly is each tokenizer's own (a bad digit: at the number, or at the digit).
      const start = (f: readonly { rule: string; line: number }[]) => f.map((x) => (x.rule === "source/parse-error" ? `${x.line} ${x.rule}` : x));
      if (memory.findings.some((f) => f.rule === "source/parse-error")) expect(start(streamed.findings), `byte ${i}`).toEqual(start(memory.findings));
      else expect(view(streamed.findings), `byte ${i}`).toEqual(view(memory.findings));
    }
    // Only a byte inside a string the seal does not cover could pass: there are none.
    expect(failed).toBe(tried);
  });

  it("evidence/sequence-gap, evidence/payload-hash-mismatch, evidence/summary-mismatch: edits the seal did not cover, at their positions", () => {
    const text = edited("golden-tool-ledger-success", (b) => {
      b.events[2]!.type = "made_up_event";
    });
    const data = JSON.parse(text);
    data.events[3].seq = 99;
    data.events[1].payload_hash = "0".repeat(64);
    data.summary.event_count = 1;
    const { memory, streamed } = both(JSON.stringify(data, null, 2));
    const rules = view(streamed.findings);
    expect(rules.some((r) => r.includes("evidence/sequence-gap"))).toBe(true);
    expect(rules.some((r) => r.includes("evidence/payload-hash-mismatch"))).toBe(true);
    expect(rules.some((r) => r.includes("evidence/summary-mismatch"))).toBe(true);
    expect(rules.some((r) => r.includes("evidence/unknown-event-type"))).toBe(true);
    expect(rules).toEqual(view(memory.findings));
  });

  it("source/parse-error: broken JSON is one finding at the first bad token (both paths), not a crash", () => {
    for (const t of ['{"schema_version": "agentledger.evidence.v1",\n  "events": [1, 2,, 3]}', '{"a": 1', '{"a": 1} x', '{"a": [1, {"b": ]}]}']) {
      const { memory, streamed } = both(t);
      expect(streamed.findings.map((f) => f.rule)).toEqual(["source/parse-error"]);
      expect(view(streamed.findings)).toEqual(view(memory.findings));
      expect(streamed.verdict.verdict).toBe("fail");
    }
    // Not an object at all: the in-memory path calls it an invalid bundle (valid JSON), the streaming one a parse error at its first byte.
    expect(both("[1, 2]").streamed.findings.map((f) => [f.rule, f.line, f.column, f.message])).toEqual([["source/parse-error", 1, 1, "not valid JSON: the bundle is not a JSON object"]]);
    const { streamed } = both('{"schema_version": "agentledger.evidence.v1",\n  "events": [1, 2,, 3]}');
    expect(streamed.findings[0]).toMatchObject({ line: 2, column: 19, endColumn: 20 });
    // A raw line break inside a string: the character named as written in JSON, not the tokenizer's own report of it
    // (found by fuzzing: `Unexpected "<line break>" at chunk position …`, a line break inside the finding's message).
    const broken = both('{"schema_version": "agentledger.evidence.v1",\n  "run": "a\nb"}');
    expect(broken.streamed.findings.map((f) => [f.rule, f.line, f.message])).toEqual([["source/parse-error", 2, 'not valid JSON: unexpected "\\n"']]);
    expect(view(broken.streamed.findings)).toEqual(view(broken.memory.findings));
    // A backslash escaping a line break: refused at the line break on both paths (not where the string's next line ends).
    const escaped = both('{"schema_version": "agentledger.evidence.v1",\n  "run": "a\\\nb",\n  "x": 1}');
    expect(view(escaped.streamed.findings)).toEqual(["2:13-3:1 source/parse-error "]);
    expect(view(escaped.memory.findings)).toEqual(view(escaped.streamed.findings));
  });

  it("source/parse-error: a byte order mark before the bundle is refused on both paths at 1:1 (the stream had skipped it and placed every finding 3 bytes early)", () => {
    const t = `\uFEFF${sampleText("golden-minimal-success")}`;
    const { memory, streamed } = both(t);
    const expected = ["1:1-1:2 source/parse-error not valid JSON: a byte order mark, which JSON.parse refuses"];
    expect(streamed.findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.message}`)).toEqual(expected);
    expect(memory.findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.message}`)).toEqual(expected);
    expect([memory.verdict.verdict, streamed.verdict.verdict]).toEqual(["fail", "fail"]);
  });

  // Found by differential fuzzing (a mutated bundle on both paths): JSON.parse kept the second `events` and judged it,
  // the streaming path called the file broken JSON — one verdict per file, whatever its size.
  describe("source/duplicate-key: a key named twice", () => {
    const text = sampleText("golden-minimal-success");
    const closing = text.lastIndexOf("}");
    const withSecond = (key: string, value = "[]") => `${text.slice(0, closing).trimEnd()},\n  ${key}: ${value}\n}\n`;

    it("is refused on both paths at the second key, the bundle judged no further (either copy could be the one another reader takes)", () => {
      for (const key of ['"events"', '"summary"', '"\\u0065vents"']) {
        const t = withSecond(key, key === '"summary"' ? "{}" : "[]");
        const line = t.split("\n").length - 2;
        const { memory, streamed } = both(t);
        const expected = [`${line}:3-${line}:${3 + JSON.stringify(JSON.parse(key)).length} source/duplicate-key duplicate key \`${JSON.parse(key)}\``];
        expect(streamed.findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.message}`)).toEqual(expected);
        expect(memory.findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.message}`)).toEqual(expected);
        expect([memory.verdict.verdict, streamed.verdict.verdict]).toEqual(["fail", "fail"]);
      }
    });

    it("the first problem in the file's order on both paths: a syntax error before the second key, or the key before a syntax error", () => {
      const brokenFirst = both(text.replace('"seq": 2,', '"seq": 2,,') .replace(/\}\s*$/, ',\n  "events": []\n}\n'));
      expect(view(brokenFirst.streamed.findings)).toEqual(view(brokenFirst.memory.findings));
      expect(brokenFirst.memory.findings.map((f) => [f.rule, f.line])).toEqual([["source/parse-error", 54]]);
      const twiceFirst = both(text.replace('"schema_version"', '"final_state": {},\n  "schema_version"').replace(/\}\s*$/, "}}\n"));
      expect(view(twiceFirst.streamed.findings)).toEqual(view(twiceFirst.memory.findings));
      expect(twiceFirst.memory.findings.map((f) => [f.rule, f.message])).toEqual([["source/duplicate-key", "duplicate key `final_state`"]]);
    });

    // Found at the 33rd stop: a key named twice below the top level was judged as JSON.parse reads it (the last copy)
    // while agentledger's own verifier, or a first-copy reader, reads the other: an event `"tool": "run_shell", "tool":
    // "read_file"` passed as a file read. Refused like a top-level one, at the second copy, at any depth, on both paths.
    it("is refused at any depth on both paths, at the second copy, as wide as the key written plainly", () => {
      const events = text.indexOf('"events"');
      const cases: [string, string, string][] = [
        ["an event's field", '"seq": 2,', '"seq": 2, "seq": 9,'],
        ["an event's field written with an escape", '"seq": 2,', '"seq": 2, "s\\u0065q": 9,'],
        ["a field of the run (a top-level object)", '"run_id"', '"run_id": "x", "run_id"'],
        ["a key of an object inside an event", '"seq": 2,', '"seq": 2, "data": {"a": {"b": 1, "b": 2}},'],
      ];
      for (const [name, from, to] of cases) {
        const at = from === '"run_id"' ? text.indexOf(from) : text.indexOf(from, events);
        const t = text.slice(0, at) + to + text.slice(at + from.length);
        const { memory, streamed } = both(t);
        const second = name.includes("inside") ? t.indexOf('"b"', t.indexOf('"b"') + 1) : t.indexOf(name.includes("run") ? '"run_id"' : name.includes("escape") ? '"s\\u0065q"' : '"seq"', at + 1);
        const line = t.slice(0, second).split("\n").length;
        const column = second - t.lastIndexOf("\n", second - 1);
        const key = name.includes("inside") ? "b" : name.includes("run") ? "run_id" : "seq";
        const expected = [`${line}:${column}-${line}:${column + key.length + 2} source/duplicate-key duplicate key \`${key}\``];
        expect(memory.findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.message}`), name).toEqual(expected);
        expect(streamed.findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.message}`), name).toEqual(expected);
        expect([memory.verdict.verdict, streamed.verdict.verdict]).toEqual(["fail", "fail"]);
      }
    });

    it("a key named twice inside an item after a syntax error, and before one: the first problem in the file's order on both paths", () => {
      const twice = text.replace('"seq": 2,', '"seq": 2, "seq": 2,');
      const brokenAfter = both(twice.replace('"seq": 3,', '"seq": 3,,'));
      expect(view(brokenAfter.streamed.findings)).toEqual(view(brokenAfter.memory.findings));
      expect(brokenAfter.memory.findings.map((f) => [f.rule, f.line])).toEqual([["source/duplicate-key", 54]]);
      const brokenBefore = both(text.replace('"seq": 1,', '"seq": 1,,').replace('"seq": 2,', '"seq": 2, "seq": 2,'));
      expect(view(brokenBefore.streamed.findings)).toEqual(view(brokenBefore.memory.findings));
      expect(brokenBefore.memory.findings.map((f) => f.rule)).toEqual(["source/parse-error"]);
    });

    it("keys alike but not the same (`seq` and `Seq`, one name in two objects, a string value holding `\"seq\":`) are no duplicate", () => {
      const t = text.replace('"seq": 2,', '"seq": 2, "Seq": 9, "data": {"seq": 1, "note": "\\"seq\\": 3, {\\"seq\\": 4}"},');
      const { memory, streamed } = both(t);
      expect(memory.findings.filter((f) => f.rule.startsWith("source/"))).toEqual([]);
      expect(view(streamed.findings)).toEqual(view(memory.findings));
    });
  });

  // Found by the same fuzzing: the streaming path placed a finding about a top-level array as a whole on its value.
  it("evidence/inconsistent-record: a derived array with a row too few is placed on its key on both paths", () => {
    const b = JSON.parse(readFileSync(join(FIXTURES, "runtime-generated/media-stream.json"), "utf8")) as EvidenceBundle;
    b.stream_checkpoints.pop();
    const { memory, streamed } = both(JSON.stringify(rehashBundle(b), null, 2));
    expect(view(streamed.findings)).toEqual(view(memory.findings));
    expect(streamed.findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`)).toEqual(["358:3-358:23 evidence/inconsistent-record", "394:32-394:33 evidence/summary-mismatch"]);
  });

  it("evidence/invalid-bundle: an item nested past the stack is one finding on the streaming path, not a crash", () => {
    const deep = '{"schema_version": "agentledger.evidence.v1", "events": [' + "[".repeat(200_000) + "]".repeat(200_000) + "]}";
    const path = join(dir, "deep.json");
    writeFileSync(path, deep);
    const streamed = evaluateBundleFile(path, "b.json", DEFAULT_LIMITS, {}, 0);
    expect(streamed.findings.map((f) => [f.rule, f.message])).toEqual([["evidence/invalid-bundle", "(bundle): nested too deeply to process"]]);
  });
});
