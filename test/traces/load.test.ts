import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeTrace, analyzeTraceFile } from "../../core/traces/analyze";
import { config } from "./helpers";
import { isTraceText, MAX_LINE_BYTES, MAX_VALUE_BYTES, readTraceText } from "../../core/traces/load";
import { agent, chat, COL, FIXTURES, fixture, jsonl, otlp, POLICY, span, tool } from "./helpers";

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
