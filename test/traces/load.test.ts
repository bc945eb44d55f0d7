import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeTrace, analyzeTraceFile } from "../../core/traces/analyze";
import { config } from "./helpers";
import { DEFAULT_READ_LIMITS, isTraceText, MAX_LINE_BYTES, MAX_VALUE_BYTES, OtlpReader, readTraceText } from "../../core/traces/load";
import { agent, chat, COL, FIXTURES, fixture, jsonl, otlp, POLICY, type SpanSpec, span, tool } from "./helpers";
import { ATTR_GEN_AI_TOOL_CALL_ARGUMENTS } from "@opentelemetry/semantic-conventions/incubating";
import { parseSource } from "../../core/kernel/source/document";

const brief = (text: string, cfg = POLICY) => analyzeTrace("t", text, cfg).findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`);
const tmp = () => mkdtempSync(join(tmpdir(), "flowgate-traces-"));

describe("trace/invalid-trace: what is not OTLP/JSON trace data", () => {
  it("not JSON, at the line it breaks", () => {
    expect(brief('{\n  "resourceSpans": [\n    nope\n  ]\n}\n')[0]).toMatch(/^trace\/invalid-trace 3:1 not an OTLP\/JSON trace: not valid JSON/);
  });
  it("an empty file, a top-level array, an object without resourceSpans, a truncated file", () => {
    expect(brief("")).toEqual(["trace/invalid-trace 1:1 not an OTLP/JSON trace: the file is empty"]);
    expect(brief("[1, 2]\n")).toEqual(["trace/invalid-trace 1:1 not an OTLP/JSON trace: the top-level value is not an object"]);
    expect(brief('{"x": "resourceSpans"}\n')).toEqual(["trace/invalid-trace 1:1 not an OTLP/JSON trace: line 1 has no resourceSpans array"]);
    expect(brief('{\n "x": 1\n}\n')).toEqual(["trace/invalid-trace 1:1 not an OTLP/JSON trace: the object has no resourceSpans"]);
    const text = fixture("weather.otlp.json");
    // the spans before the cut are still judged: their run has no root span yet
    expect(brief(text.slice(0, text.length / 2)).map((f) => f.split(" ").slice(0, 2).join(" "))).toEqual(["trace/run-not-finished 22:13", "trace/invalid-trace 153:1"]);
  });
  it("a bad line among good ones is reported at its line; the other lines are still judged", () => {
    const lines = jsonl([agent("1"), chat("2", "1"), tool("3", "1", "run_shell", "c1"), chat("4", "1")].map(span)).split("\n");
    lines.splice(2, 0, "{not json");
    expect(brief(lines.join("\n"))).toEqual([expect.stringMatching(/^trace\/invalid-trace 3:1 not an OTLP\/JSON trace: line 3 is not valid JSON/), `trace/tool-forbidden 4:${COL} tool run_shell (call c1) is forbidden by traces.policy.forbidden-tools`]);
  });
  it("a valid trace passes", () => {
    expect(brief(fixture("weather.otlp.json"))).toEqual([]);
  });
});

describe("trace/invalid-span", () => {
  it("a span without valid ids or times is reported at its position and not judged; the others are", () => {
    const bad = { ...(span(tool("3", "1", "run_shell", "c1")) as object), traceId: "xyz" };
    const noTimes = { ...(span(chat("4", "1")) as object), startTimeUnixNano: "soon" };
    const text = [agent("1"), chat("2", "1")].map((s) => JSON.stringify(otlp([span(s)]))).concat(JSON.stringify(otlp([bad])), JSON.stringify(otlp([noTimes]))).join("\n");
    expect(brief(text, config({}))).toEqual([`trace/invalid-span 3:${COL} span not readable: traceId is not 32 hex digits`, `trace/invalid-span 4:${COL} span not readable: startTimeUnixNano/endTimeUnixNano are not Unix nanoseconds`]);
    expect(brief(jsonl([agent("1"), chat("2", "1")].map(span)), config({}))).toEqual([]);
  });
});

describe("trace/too-large: hostile shapes are bounded", () => {
  it("nesting beyond the limit is one finding, not a stack overflow (one object and one per line)", () => {
    const deep = `{"resourceSpans":${"[".repeat(200_000)}`;
    expect(brief(deep + "\n")).toEqual([expect.stringMatching(/^trace\/too-large 1:\d+ trace over a limit: nested deeper than 64 levels$/)]);
    // one per line: JSON.parse does not recurse, and arrays where ResourceSpans belong hold no spans
    expect(brief(`{"resourceSpans":[]}\n${deep}${"]".repeat(200_000)}}\n`)).toEqual([]);
  });
  // the limits are parameters: small ones here exercise the same code as the 16/64 MiB defaults
  const SMALL = { maxLineBytes: 64 * 1024, maxValueBytes: 256 * 1024 };
  const read = (text: string) => {
    const spans: string[] = [];
    const findings = readTraceText(text, "t", (raw, r) => spans.push(`${(raw as { name: string }).name} ${r.line}:${r.column}`), SMALL);
    return { spans, findings: findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`) };
  };
  it("one JSON value over the value limit is refused", () => {
    const huge = `{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"${"x".repeat(SMALL.maxValueBytes * 2)}"}]}]}]}`;
    expect(read(huge).findings).toEqual([`trace/too-large 1:1 trace over a limit: a single JSON value is over ${SMALL.maxValueBytes} bytes`]);
  });
  it("one span over the limit, made of many small values, is refused at the span (the parser would build it whole)", () => {
    const many = Array.from({ length: Math.ceil(SMALL.maxValueBytes / 20) }, (_, i) => `{"key":"k${i}","value":{"intValue":1}}`).join(",");
    const text = `{"resourceSpans":[{"scopeSpans":[{"spans":[\n  {"name":"small"},\n  {"name":"big","attributes":[${many}]}]}]}]}`;
    expect(read(text)).toEqual({ spans: ["small 2:3"], findings: [`trace/too-large 3:3 trace over a limit: a span is over ${SMALL.maxValueBytes} bytes`] });
  });
  it("a line too long for JSON.parse is read token by token, with the same spans and positions", () => {
    const big = tool("3", "1", "run_shell", "c1");
    big.attrs = [...big.attrs!, ["padding", "y".repeat(SMALL.maxLineBytes + 100)]];
    const text = jsonl([agent("1"), chat("2", "1"), big, tool("4", "1", "run_shell", "c2")].map(span));
    expect(read(text)).toEqual({ spans: ["invoke_agent a 1:" + COL, "chat gpt-4o-mini 2:" + COL, "execute_tool run_shell 3:" + COL, "execute_tool run_shell 4:" + COL], findings: [] });
  });
  it("the defaults: 16 MiB lines, 64 MiB values and spans", () => {
    expect([MAX_LINE_BYTES, MAX_VALUE_BYTES]).toEqual([16 * 1024 * 1024, 64 * 1024 * 1024]);
  });
});

describe("positions: line and column in UTF-16 units in every layout (non-ASCII before spans, CRLF, BOM)", () => {
  // 2-byte é, 3-byte 中, 4-byte 😀 (one code point, two UTF-16 units) in names and arguments before other spans on their line
  const withArgs = (s: SpanSpec, args: string): SpanSpec => ({ ...s, attrs: [...s.attrs!, [ATTR_GEN_AI_TOOL_CALL_ARGUMENTS, args]] });
  const requests: SpanSpec[][] = [
    [agent("1", { name: "invoke_agent agent_é中😀" }), withArgs(tool("2", "1", "suche_é", "c1"), '{"q":"café 中文 😀😀"}'), tool("3", "1", "run_shell", "c2")],
    [withArgs(tool("4", "1", "工具_中文", "c3"), '{"path":"/tmp/é"}'), chat("5", "1", "gpt-4o"), tool("6", "1", "delete_branch", "c4")],
    [withArgs(tool("7", "1", "😀_emoji", "c5"), '{"x":"😀'.repeat(50) + '"}'), tool("8", "1", "run_shell", "c6", { name: "execute_tool 🔧 run_shell" })],
  ];
  const rs = (specs: SpanSpec[]) => JSON.stringify((otlp(specs.map(span)) as { resourceSpans: unknown[] }).resourceSpans[0]);
  const HEAD = '{"resourceSpans":[';
  /** One request per line (JSON.parse). */
  const perLine = (eol: string) => requests.map((r) => HEAD + rs(r) + "]}").join(eol) + eol;
  /** One request object over the same lines, indented so every span keeps its column (token by token). */
  const oneObject = (eol: string) => requests.map((r, i) => (i === 0 ? HEAD : " ".repeat(HEAD.length)) + rs(r) + (i === requests.length - 1 ? "]}" : ",")).join(eol) + eol;
  /** Where core/source's locator puts each span: per line for one request per line, in the whole text for one object. */
  const located = (text: string, object: boolean): string[] => {
    const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    return requests.flatMap((r, i) =>
      r.map((_, j) => {
        const at = object ? parseSource("t.json", text).doc!.rangeOf(["resourceSpans", i, "scopeSpans", 0, "spans", j]) : { ...parseSource("t.json", lines[i]!).doc!.rangeOf(["resourceSpans", 0, "scopeSpans", 0, "spans", j]), line: i + 1 };
        return `${at.line}:${at.column}`;
      }),
    );
  };
  const spansOf = (text: string, limits = DEFAULT_READ_LIMITS) => {
    const at: string[] = [];
    const findings = readTraceText(text, "t", (_, r) => at.push(`${r.line}:${r.column}`), limits);
    expect(findings).toEqual([]);
    return at;
  };
  const findingsOf = (text: string, limits = DEFAULT_READ_LIMITS) => analyzeTrace("t", text, POLICY, limits).findings.map((f) => `${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
  /** Every line is longer than this: the first one makes the whole file a token-by-token stream. */
  const TOKENS = { maxLineBytes: 16, maxValueBytes: MAX_VALUE_BYTES };

  for (const [variant, eol, bom] of [["LF", "\n", ""], ["CRLF", "\r\n", ""], ["BOM + CRLF", "\r\n", "\uFEFF"], ["BOM + LF", "\n", "\uFEFF"]] as const) {
    it(`${variant}: every span at the same line:column one per line, as one object, and forced token by token; as core/source locates it`, () => {
      const lines = bom + perLine(eol);
      const object = bom + oneObject(eol);
      const expected = located(lines, false);
      expect(located(object, true)).toEqual(expected);
      expect(expected).toEqual(["1:97", "1:425", "1:992", "2:97", "2:657", "2:1283", "3:97", "3:1195"]);
      // the non-ASCII characters really stand before spans: counting bytes would put them elsewhere
      const bytes = expected.map((p) => {
        const [line, column] = p.split(":").map(Number) as [number, number];
        return `${line}:${Buffer.byteLength(perLine("\n").split("\n")[line - 1]!.slice(0, column - 1)) + 1}`;
      });
      expect(bytes.filter((b, i) => b !== expected[i])).toHaveLength(5);
      expect(spansOf(lines)).toEqual(expected);
      expect(spansOf(object)).toEqual(expected);
      expect(spansOf(lines, TOKENS)).toEqual(expected);
      expect(spansOf(object, TOKENS)).toEqual(expected);
      // only the later lines too long for JSON.parse (read alone, token by token)
      const first = Buffer.byteLength(lines.split("\n")[0]!);
      expect(Buffer.byteLength(lines.split("\n")[2]!)).toBeGreaterThan(first);
      expect(spansOf(lines, { maxLineBytes: first, maxValueBytes: MAX_VALUE_BYTES })).toEqual(expected);
    });
    it(`${variant}: the findings are identical in every layout, at those positions`, () => {
      const lines = bom + perLine(eol);
      const want = findingsOf(lines);
      expect(want).toEqual(["trace/tool-forbidden 1:992-1:1474", "trace/model-not-allowed 2:657-2:1282", "trace/approval-missing 2:1283-2:1773", "trace/tool-forbidden 3:1195-3:1680"]);
      expect(findingsOf(bom + oneObject(eol))).toEqual(want);
      expect(findingsOf(lines, TOKENS)).toEqual(want);
      expect(findingsOf(bom + oneObject(eol), TOKENS)).toEqual(want);
    });
  }
  it("a chunk boundary inside a multi-byte character does not shift columns (read in 1-byte pieces from a file)", async () => {
    const dir = tmp();
    const text = "\uFEFF" + oneObject("\r\n");
    writeFileSync(join(dir, "t.otlp.json"), text);
    const fromFile = await analyzeTraceFile(join(dir, "t.otlp.json"), "t.otlp.json", POLICY);
    expect(fromFile.findings).toEqual(analyzeTrace("t.otlp.json", text, POLICY).findings);
    const at: string[] = [];
    const reader = new OtlpReader("t", (_, r) => at.push(`${r.line}:${r.column}`));
    const bytes = Buffer.from(text, "utf8");
    for (let i = 0; i < bytes.length; i++) reader.write(bytes.subarray(i, i + 1));
    expect(reader.end()).toEqual([]);
    expect(at).toEqual(located(text, true));
  });
  it("a top-level value that is not an object is placed in UTF-16 units, finished within a piece or not", () => {
    const head = '{"resourceSpans":[\n], "é中😀": 1} ';
    const expected = ["trace/invalid-trace 2:15 not an OTLP/JSON trace: the top-level value is not an object"];
    expect(brief(head + '"short"\n')).toEqual(expected);
    // a string longer than a piece (a quarter of the value limit): still unfinished when its first piece ends
    const limits = { maxLineBytes: 64, maxValueBytes: 4096 };
    const long = readTraceText(head + `"${"x".repeat(10_000)}"\n`, "t", () => undefined, limits);
    expect(long.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`)).toEqual(expected);
  });
});

describe("detection by content", () => {
  it("a trace is a JSON object whose first key is resourceSpans, not a file containing the word", () => {
    expect(isTraceText(fixture("weather.otlp.json"))).toBe(true);
    expect(isTraceText(fixture("ops.otlp.jsonl"))).toBe(true);
    expect(isTraceText('{"schema": "agentledger.evidence.v1", "note": "resourceSpans"}')).toBe(false);
    expect(isTraceText('["resourceSpans"]')).toBe(false);
    expect(isTraceText("resourceSpans")).toBe(false);
  });
});

describe("reading files", () => {
  it("a file read streaming gives the same findings as its text", async () => {
    for (const name of ["weather.otlp.json", "ops.otlp.jsonl", "crash.otlp.json"]) {
      const fromFile = await analyzeTraceFile(join(FIXTURES, name), name, POLICY);
      expect(fromFile.findings).toEqual(analyzeTrace(name, fixture(name), POLICY).findings);
    }
  });
  it("a file over traces.max-trace-bytes is refused unread (source/too-large); a folder is not a file", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "t.otlp.json"), fixture("weather.otlp.json"));
    const r = await analyzeTraceFile(join(dir, "t.otlp.json"), "t.otlp.json", config({ "max-trace-bytes": 100 }));
    expect(r.findings.map((f) => f.rule)).toEqual(["source/too-large"]);
    expect((await analyzeTraceFile(dir, "d", POLICY)).findings.map((f) => f.message)).toEqual(["not an OTLP/JSON trace: not a file"]);
  });
});
