import { describe, expect, it } from "vitest";
import { firstErrorComposer, parseSource, yamlTokens } from "../../core/kernel/source/document";
import { LineIndex } from "../../core/kernel/source/lines";
import { briefs } from "../helpers/findings";

describe("parseSource positions", () => {
  const json = '{\n  "a": {\n    "b": [10, "x"]\n  }\n}\n';
  const yaml = "a:\n  b:\n    - 10\n    - x\n";

  it("locates JSON keys and values exactly", () => {
    const { doc, findings } = parseSource("f.json", json);
    expect(findings).toEqual([]);
    expect(doc!.rangeOf(["a", "b"], "key")).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 8 });
    expect(doc!.rangeOf(["a", "b", 1])).toEqual({ line: 3, column: 15, endLine: 3, endColumn: 18 });
  });

  it("locates YAML keys and values exactly", () => {
    const { doc } = parseSource("f.yaml", yaml);
    expect(doc!.rangeOf(["a", "b"], "key")).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 4 });
    expect(doc!.rangeOf(["a", "b", 1])).toEqual({ line: 4, column: 7, endLine: 4, endColumn: 8 });
  });

  // A node's key is built from its parent's while parsing: "/" and "~" in a key are escaped as pointerKey escapes them.
  it.each([
    ["f.json", '{\n  "a/b": {"~c": 1},\n  "a": {"b": {"~c": 2}},\n  "~1": 3\n}\n'],
    ["f.yaml", "a/b:\n  ~c: 1\na:\n  b:\n    ~c: 2\n~1: 3\n"],
  ])("tells keys holding / and ~ from the paths they spell (%s)", (path, text) => {
    const { doc, findings } = parseSource(path, text);
    expect(findings).toEqual([]);
    const line = (pointer: string[]) => doc!.rangeOf(pointer, "key").line;
    expect([line(["a/b", "~c"]), line(["a", "b", "~c"]), line(["~1"])]).toEqual(path.endsWith(".json") ? [2, 3, 4] : [2, 5, 6]);
    expect(doc!.has(["a/b", "~c"]) && doc!.has(["~1"]) && !doc!.has(["/"])).toBe(true);
  });

  it("falls back to the nearest ancestor for an absent pointer", () => {
    const { doc } = parseSource("f.yaml", yaml);
    expect(doc!.rangeOf(["a", "missing", "deeper"])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
  });

  it("builds null-prototype data with __proto__, constructor and prototype as plain keys", () => {
    const text = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}';
    const { doc } = parseSource("p.json", text);
    const data = doc!.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(null);
    expect(Object.keys(data)).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const y = parseSource("p.yaml", "__proto__:\n  polluted: true\n").doc!.data as Record<string, unknown>;
    expect(Object.keys(y)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("counts columns in UTF-16 code units", () => {
    const { doc } = parseSource("u.json", '{"t": "🙂", "k": 1}');
    expect(doc!.rangeOf(["k"], "key")).toEqual({ line: 1, column: 13, endLine: 1, endColumn: 16 });
  });
});

describe("parseSource errors", () => {
  it("reports a JSON syntax error at the parser's position", () => {
    const { doc, findings } = parseSource("bad.json", '{\n  "a": 1,\n  "b": \n}\n');
    expect(doc).toBeUndefined();
    expect(briefs(findings)).toEqual(["4:1-4:2 source/parse-error"]);
    expect(findings[0]!.message).toBe("not valid JSON: value expected");
  });

  it("rejects trailing commas and comments in JSON", () => {
    expect(briefs(parseSource("c.json", '{"a": 1,}').findings)).toEqual(["1:9-1:10 source/parse-error"]);
    expect(briefs(parseSource("c.json", '{"a": 1 // x\n}').findings)).toEqual(["1:9-1:13 source/parse-error"]);
  });

  it("reports a YAML syntax error at the parser's position", () => {
    const { findings } = parseSource("bad.yaml", "a: 1\nb: [1, 2\nc: 3\n");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.rule).toBe("source/parse-error");
    expect(findings[0]!.line).toBeGreaterThan(1);
  });

  it("reports an empty file", () => {
    expect(briefs(parseSource("e.json", "").findings)).toEqual(["1:1-1:1 source/parse-error"]);
    expect(parseSource("e.yaml", "").findings.map((f) => f.message)).toEqual(["not valid YAML: empty document"]);
  });

  it("reports duplicate keys at the second key, in JSON and YAML", () => {
    expect(briefs(parseSource("d.json", '{"a": 1,\n "a": 2}').findings)).toEqual(["2:2-2:5 source/duplicate-key"]);
    expect(briefs(parseSource("d.yaml", "a: 1\nb: 2\na: 3\n").findings)).toEqual(["3:1-3:2 source/duplicate-key"]);
  });

  it("keeps YAML merge keys off and says so", () => {
    const { doc, findings } = parseSource("m.yaml", "base: &b {x: 1}\nchild:\n  <<: *b\n  y: 2\n");
    expect(briefs(findings)).toEqual(["3:3-3:5 source/yaml-merge-key"]);
    expect(Object.keys((doc!.data as any).child)).toEqual(["<<", "y"]);
  });

  it("reports a second YAML document", () => {
    expect(briefs(parseSource("two.yaml", "a: 1\n---\nb: 2\n").findings)).toEqual(["2:1-2:4 source/multiple-documents"]);
  });
});

describe("hostile input is bounded", () => {
  it("refuses a YAML alias bomb without expanding it", () => {
    let text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i < 30; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
    const { findings } = parseSource("bomb.yaml", text);
    expect(findings.map((f) => f.rule)).toEqual(["source/alias-limit"]);
  });

  it("expands a few harmless aliases", () => {
    const { doc, findings } = parseSource("ok.yaml", "x: &v [1, 2]\ny: *v\n");
    expect(findings).toEqual([]);
    expect((doc!.data as any).y).toEqual([1, 2]);
  });

  it("refuses 10,000-deep nesting in JSON and YAML", () => {
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    expect(briefs(parseSource("deep.json", deep).findings)).toEqual(["1:257-1:258 source/too-deep"]);
    expect(parseSource("deep.yaml", deep).findings.map((f) => f.rule)).toEqual(["source/too-deep"]);
    const block = Array.from({ length: 3_000 }, (_, i) => " ".repeat(i) + "k:").join("\n");
    const r = parseSource("deep-block.yaml", block);
    expect(r.findings.map((f) => f.rule)).toEqual(["source/too-deep"]);
  });

  it("100,000 stray brackets in a flow mapping: a parse error at the first, and yaml makes two error objects, not one per bracket", () => {
    const text = `flow:\n  inputs:\n    - { name: rep${"[".repeat(100_000)}${"]".repeat(100_000)} }\n`;
    expect(briefs(parseSource("stray.flow.yaml", text).findings)).toEqual(["3:18-3:19 source/parse-error"]);
    const [doc] = firstErrorComposer().compose(yamlTokens(text));
    // The document's first error, then the first stray token's (where the CST is cut): two, where yaml made 200,001.
    expect(doc!.errors.map((e) => e.message)).toEqual(["Unexpected flow-seq-start at node end", 'Unexpected flow-seq-end token in YAML stream: "]"']);
  });

  it("refuses files over the size limit before parsing", () => {
    const big = '{"a": "' + "x".repeat(50 * 1024 * 1024) + '"}';
    const { doc, findings } = parseSource("big.json", big);
    expect(doc).toBeUndefined();
    expect(findings[0]!.rule).toBe("source/too-large");
    expect(findings[0]!.message).toBe(`file is ${big.length} bytes, over the 10485760-byte limit; not parsed`);
  });
});

describe("LineIndex", () => {
  it("handles CRLF and CR line ends", () => {
    const idx = new LineIndex("a\r\nb\rc\nd");
    expect([0, 3, 5, 7].map((o) => idx.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    expect(idx.lineText(1)).toBe("a");
    expect(idx.offset(4, 1)).toBe(7);
  });

  it("LF-only text (the native search path): the same lines as the character walk, trailing newline included", () => {
    const lf = "ab\n\ncd\n";
    const idx = new LineIndex(lf);
    expect(idx.lineCount).toBe(4);
    expect([0, 3, 4, 6, 7].map((o) => idx.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 3, column: 3 },
      { line: 4, column: 1 },
    ]);
    expect(new LineIndex("").lineCount).toBe(1);
    expect(new LineIndex("no newline").lineCount).toBe(1);
  });
});
