import { ATTR_GEN_AI_REQUEST_MODEL, ATTR_GEN_AI_TOOL_NAME } from "@opentelemetry/semantic-conventions/incubating";
import { describe, expect, it } from "vitest";
import { analyzeTrace } from "../../core/traces/analyze";
import { COL, agent, chat, config, judge, jsonl, otlp, span, tool } from "./helpers";

// A span another reader may read otherwise is not judged one way: OTLP requires an attribute's key to be unique in its
// list, and a reader keeping the last copy (the SDKs' own rule when an attribute is set twice) saw another tool, model
// or decision than the one judged. Nothing a span holds past what is read (events, links) may hide a "no".

const cfg = config({ policy: { "forbidden-tools": ["run_shell"], "approval-required": ["deploy"], "allowed-models": ["gpt-4o-mini"] } });
const approval = (decision: string, approver: string) => ({ name: "flowgate.approval", time: 31, attrs: [["flowgate.approval.decision", decision], ["flowgate.approval.approver", approver]] as [string, string][] });
const end = chat("4", "1", undefined, undefined, "stop", { start: 50, end: 60 });

describe("trace/invalid-span: an attribute the span names twice", () => {
  it("trace/invalid-span: `gen_ai.tool.name` twice, a harmless tool first and a forbidden one last", () => {
    const t = tool("3", "1", "read_file", "c1");
    t.attrs = [...t.attrs!, [ATTR_GEN_AI_TOOL_NAME, "run_shell"]];
    const r = judge([agent("1"), chat("2", "1"), t, end], cfg);
    expect(r.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`)).toEqual([`trace/invalid-span 3:${COL} span not readable: attribute gen_ai.tool.name is named twice (readers keep either copy)`]);
  });

  it("trace/invalid-span: `gen_ai.request.model` twice, and an approval event's decision twice", () => {
    const model = chat("2", "1");
    model.attrs = [...model.attrs!, [ATTR_GEN_AI_REQUEST_MODEL, "gpt-5"]];
    expect(judge([agent("1"), model, end], cfg).brief).toEqual([`trace/invalid-span 2:${COL}`]);
    const twice = { ...approval("approved", "alice"), attrs: [...approval("approved", "alice").attrs, ["flowgate.approval.decision", "denied"]] as [string, string][] };
    expect(judge([agent("1"), chat("2", "1"), tool("3", "1", "deploy", "c1", { events: [twice] }), end], cfg).brief).toEqual([`trace/invalid-span 3:${COL}`]);
  });

  it("the same spans with each attribute once are judged as before", () => {
    expect(judge([agent("1"), chat("2", "1"), tool("3", "1", "read_file", "c1"), end], cfg).brief).toEqual([]);
    expect(judge([agent("1"), chat("2", "1"), tool("3", "1", "run_shell", "c1"), end], cfg).brief).toEqual([`trace/tool-forbidden 3:${COL}`]);
    expect(judge([agent("1"), chat("2", "1"), tool("3", "1", "deploy", "c1", { events: [approval("approved", "alice")] }), end], cfg).brief).toEqual([]);
  });
});

describe("trace/approval-missing: a denial past what a span's reading keeps", () => {
  it("trace/invalid-span: 32 approvals then a denial on a span (a span keeps 32 approval events)", () => {
    const events = [...Array.from({ length: 32 }, (_, i) => approval("approved", `reviewer${i}`)), approval("denied", "security")];
    const r = judge([agent("1"), chat("2", "1"), tool("3", "1", "deploy", "c1", { events }), end], cfg);
    expect(r.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`)).toEqual([`trace/invalid-span 3:${COL} span not readable: more than 32 approval events`]);
    expect(judge([agent("1"), chat("2", "1"), tool("3", "1", "deploy", "c1", { events: events.slice(0, 32) }), end], cfg).brief).toEqual([]);
  });

  it("trace/approval-missing: 32 links to approving reviews then one to a denial (a span keeps 32 links)", () => {
    const review = (id: string, decision: string) => ({ id, trace: "b2", name: "review", start: 1, end: 2, attrs: [["flowgate.approval.decision", decision], ["flowgate.approval.approver", "alice"]] as [string, string][] });
    const ids = Array.from({ length: 33 }, (_, i) => (100 + i).toString(16));
    const reviews = ids.map((id, i) => review(id, i === 32 ? "denied" : "approved"));
    const run = (links: string[]) => judge([agent("1"), chat("2", "1"), ...reviews, tool("3", "1", "deploy", "c1", { links }), end], cfg).brief;
    expect(run(ids)).toEqual([`trace/approval-missing ${reviews.length + 3}:${COL}`]);
    expect(run(ids.slice(0, 32))).toEqual([]);
  });
});

describe("trace/invalid-trace: a JSON key named twice in one object (JSON.parse keeps the last copy, other readers the first)", () => {
  const spans = [agent("1"), chat("2", "1"), tool("3", "1", "read_file", "c1"), end].map(span);
  // The tool's span with a second `attributes` list naming a forbidden tool: JSON.parse reads only that one.
  const forbidden = JSON.stringify((span(tool("3", "1", "run_shell", "c1")) as { attributes: unknown }).attributes);
  const twice = (text: string) => text.replace(/("name": ?"execute_tool read_file",)/, `$1"attributes":${forbidden},`);

  it("trace/invalid-trace: one object per line (each line read by JSON.parse)", () => {
    const text = twice(jsonl(spans));
    const line = text.split("\n")[2]!;
    // the second copy in the text's order: the span's own list, after the one inserted
    const column = line.indexOf('"attributes"', line.indexOf(forbidden) + forbidden.length) + 1;
    expect(analyzeTrace("t.otlp.jsonl", text, cfg).findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`)).toEqual([`trace/invalid-trace 3:${column} not an OTLP/JSON trace: key "attributes" is named twice in one object (readers keep either copy)`]);
    expect(analyzeTrace("t.otlp.jsonl", jsonl(spans), cfg).findings).toEqual([]);
  });

  it("trace/invalid-trace: one pretty-printed object (read token by token), a key spelled with an escape", () => {
    const text = JSON.stringify(otlp(spans), null, 2).replace(/("name": "execute_tool read_file",)/, `$1 "\\u0061ttributes": ${forbidden},`);
    const lines = text.split("\n");
    const second = lines.findIndex((l, i) => i > lines.findIndex((m) => m.includes("\\u0061ttributes")) && l.includes('"attributes"'));
    const found = analyzeTrace("t.otlp.json", text, cfg).findings.filter((f) => f.rule === "trace/invalid-trace").map((f) => `${f.line}:${f.column} ${f.message}`);
    expect(found).toEqual([`${second + 1}:${lines[second]!.indexOf('"attributes"') + 1} not an OTLP/JSON trace: key "attributes" is named twice in one object (readers keep either copy)`]);
    expect(analyzeTrace("t.otlp.json", JSON.stringify(otlp(spans), null, 2), cfg).findings).toEqual([]);
  });
});
