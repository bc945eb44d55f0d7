import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type TopLevelReader, streamTopLevel } from "../../core/evidence/stream-json";
import { ScanDeclined, readTopLevel, scanTopLevel } from "../../core/evidence/stream-scan";
import { evaluateBundleFile } from "../../core/evidence/evaluate";
import { WHOLE_FILE } from "../../core/kernel/findings";
import { DEFAULT_LIMITS } from "../../core/kernel/limits";
import { FIXTURES, edited } from "./fixtures";

/**
 * The fast reader (core/evidence/stream-scan.ts: a byte scan for item boundaries, JSON.parse per item)
 * against the tokenizer reader it stands in for (streamTopLevel, @streamparser/json): every visit, value
 * and span must be the same, or the fast reader must decline (and the tokenizer then reads the file).
 */
const dir = mkdtempSync(join(tmpdir(), "flowgate-scan-"));
let n = 0;
function file(text: string | Buffer): string {
  const path = join(dir, `f${n++}.json`);
  writeFileSync(path, text);
  return path;
}

/** Every visit as a line (values as JSON, spans as byte offsets), ending with the return value or what was thrown. */
function visits(read: TopLevelReader, path: string): string[] {
  const out: string[] = [];
  const s = (span: { start: number; end: number }) => `${span.start}-${span.end}`;
  try {
    const size = read(path, {
      key: (key, span) => out.push(`key ${JSON.stringify(key)} ${s(span)}`),
      value: (key, value, span) => out.push(`value ${key} ${JSON.stringify(value)} ${s(span)}`),
      arrayStart: (key, start) => out.push(`array ${key} ${start}`),
      item: (key, i, value, span) => out.push(`item ${key}[${i}] ${JSON.stringify(value)} ${s(span)}`),
      arrayEnd: (key, length, span) => out.push(`end ${key} ${length} ${s(span)}`),
      end: (span) => out.push(`object ${s(span)}`),
    });
    out.push(`size ${size}`);
  } catch (e) {
    out.push(`${(e as Error).constructor.name} ${(e as Error).message}`);
  }
  return out;
}

/** The fast reader either declines or visits exactly what the tokenizer visits. */
function agrees(path: string): "same" | "declined" {
  const fast = visits(scanTopLevel, path);
  if (fast.at(-1)!.startsWith("ScanDeclined")) return "declined";
  expect(fast, path).toEqual(visits(streamTopLevel, path));
  return "same";
}

const bundles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? bundles(join(folder, e.name)) : e.name.endsWith(".json") && e.name !== "expected.json" ? [join(folder, e.name)] : []));

/** A small document with every kind of value at the top level and in items, escapes and non-ASCII text. */
const EDGES = `{"a\\u0062c":[1,-2.5e-3,true,false,null,"x\\"y\\\\z","é😀\\u00e9\\ud83d\\ude00",[],{},[[1],{"k":[2]}],{"s":"]}\\"[{"}],
 "n" : 12 ,"t":true,"s":"v\\n","o":{"p":[1,{"q":null}]},"e":[],"z":-0.0}`;

/** Bytes that matter to JSON's grammar, and one that is not UTF-8 on its own. */
const BYTES = [0x22, 0x5c, 0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a, 0x20, 0x30, 0x61, 0x0a, 0x80];

describe("stream-scan: the fast reader visits what the tokenizer visits, or declines", () => {
  it("every bundle in test/fixtures/evidence, as stored, compact, and pretty with tabs and CRLF line ends: same visits, never declined", () => {
    const found = bundles(FIXTURES);
    expect(found.length).toBeGreaterThan(30);
    for (const bundle of found) {
      const text = readFileSync(bundle, "utf8");
      const data = JSON.parse(text) as unknown;
      for (const t of [text, JSON.stringify(data), JSON.stringify(data, null, "\t").replace(/\n/g, "\r\n")]) expect(agrees(file(t)), bundle).toBe("same");
    }
  });

  it("every kind of value, escapes, non-ASCII text and whitespace between tokens: same visits", () => {
    expect(agrees(file(EDGES))).toBe("same");
    expect(agrees(file("{}"))).toBe("same");
    expect(agrees(file(" \n{ }\n "))).toBe("same");
    expect(visits(scanTopLevel, file(EDGES))).toContain(`key "abc" 1-6`); // a key's span is as long as its JSON form, as the tokenizer reports it
  });

  it("items larger than a read (1 MiB) and than the first window (2 MiB), with escapes across the read boundaries: same visits", () => {
    const long = (size: number) => Array.from({ length: size / 8 }, (_, i) => (i % 3 ? 'ab\\"c]}' : "é\\\\[{é")).join("");
    const text = JSON.stringify({ small: [1, "two"], big: [{ s: long(1 << 20) }, long(3 << 20), [long(5 << 19)]], after: { x: 1 } });
    const path = file(text);
    expect(agrees(path)).toBe("same");
    expect(visits(scanTopLevel, path).filter((v) => v.startsWith("item big"))).toHaveLength(3);
  });

  it("every truncation and every one-byte change of a small document, and 400 of a real bundle: declined or the same visits, and declined only where the tokenizer finds a syntax error", () => {
    const bundle = readFileSync(join(FIXTURES, "golden-minimal-success.json"), "utf8");
    let declined = 0;
    let same = 0;
    const check = (bytes: Buffer) => {
      const path = file(bytes);
      if (agrees(path) === "same") return void same++;
      declined++;
      // Declined only what the tokenizer rejects too: the fast reader never pushes a well-formed bundle onto the slow path.
      expect(visits(streamTopLevel, path).at(-1), bytes.toString("utf8")).toMatch(/^StreamSyntaxError /);
    };
    const change = (base: Buffer, i: number, b: number) => {
      const copy = Buffer.from(base);
      copy[i] = b;
      check(copy);
    };
    const edges = Buffer.from(EDGES);
    for (let i = 0; i <= edges.length; i++) check(edges.subarray(0, i));
    for (let i = 0; i < edges.length; i++) for (const b of BYTES) if (edges[i] !== b) change(edges, i, b);
    // The real bundle, compact: 400 changes at positions spread over it (a fixed sequence, not random).
    const real = Buffer.from(JSON.stringify(JSON.parse(bundle)));
    for (let k = 0; k < 400; k++) change(real, (k * 7919) % real.length, BYTES[k % BYTES.length]!);
    // Both outcomes occur: the fast reader read most changed documents itself and declined the malformed ones.
    expect(same).toBeGreaterThan(300);
    expect(declined).toBeGreaterThan(1500);
  });

  it("an item over the fast reader's limit is declined, and readTopLevel then reads the file with the tokenizer", () => {
    const path = file(JSON.stringify({ a: [1, "x".repeat(200)], b: 2 }));
    expect(() => scanTopLevel(path, { key() {}, value() {}, arrayStart() {}, item() {}, arrayEnd() {}, end() {} }, 100)).toThrow(ScanDeclined);
    const passes: string[] = [];
    const items = readTopLevel((read) => {
      passes.push(read === scanTopLevel ? "scan" : "tokenizer");
      const seen: unknown[] = [];
      read(path, { key() {}, value() {}, arrayStart() {}, item: (_k, _i, v) => void seen.push(v), arrayEnd() {}, end() {} });
      return seen;
    });
    expect(passes).toEqual(["scan"]);
    expect(items).toEqual([1, "x".repeat(200)]);
    const malformed = file('{"a":[1,2,}');
    const tried: string[] = [];
    expect(() => readTopLevel((read) => {
      tried.push(read === scanTopLevel ? "scan" : "tokenizer");
      return read(malformed, { key() {}, value() {}, arrayStart() {}, item() {}, arrayEnd() {}, end() {} });
    })).toThrow(/unexpected/);
    expect(tried).toEqual(["scan", "tokenizer"]);
  });
});

describe("stream-scan through evaluate: what the fast reader declines still gets the tokenizer's finding", () => {
  it("a byte that is not UTF-8 inside a string of a valid bundle: source/parse-error on both paths, not a U+FFFD that another byte would read as too", () => {
    const text = JSON.stringify(JSON.parse(readFileSync(join(FIXTURES, "golden-minimal-success.json"), "utf8")));
    const at = text.indexOf('"completed"') + 3;
    const bytes = Buffer.from(text);
    bytes[at] = 0xff;
    const path = file(bytes);
    const findings = evaluateBundleFile(path, "b.json", DEFAULT_LIMITS, {}, 0).findings;
    expect(findings.map((f) => f.rule)).toEqual(["source/parse-error"]);
    // The tokenizer's TextDecoder says not where: the whole file, as before this reader.
    expect(findings[0]).toMatchObject({ ...WHOLE_FILE, message: "not valid JSON: The encoded data was not valid for encoding utf-8" });
    expect(evaluateBundleFile(file(text), "b.json", DEFAULT_LIMITS, {}, 0).findings).toEqual([]);
    // Read whole (below the streaming threshold): the same finding, where it used to read U+FFFD and pass.
    expect(evaluateBundleFile(path, "b.json", DEFAULT_LIMITS).findings).toEqual(findings);
    const other = Buffer.from(bytes);
    other[at] = 0xfe;
    expect(evaluateBundleFile(file(other), "b.json", DEFAULT_LIMITS).findings.map((f) => f.rule)).toEqual(["source/parse-error"]);
    // U+FFFD written as UTF-8 is text like any other: no finding on either path.
    const replacement = file(edited("golden-minimal-success", (b) => void (b.events[0]!.event_id += "\uFFFD")));
    expect(evaluateBundleFile(replacement, "b.json", DEFAULT_LIMITS).findings).toEqual([]);
    expect(evaluateBundleFile(replacement, "b.json", DEFAULT_LIMITS, {}, 0).findings).toEqual([]);
  });
});
