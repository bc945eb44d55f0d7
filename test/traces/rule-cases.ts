import type { Files } from "../helpers/gate";
import type { RuleCase } from "../helpers/rule-cases";
import { type SpanSpec, agent, chat, jsonl, otlp, span, tool } from "./helpers";

const TRACE = "t.otlp.jsonl";
const GOLDEN_CONFIG = "traces:\n  goldens:\n    - trace: t.otlp.jsonl\n      golden: goldens/t.json\n";

/** Spans one per line (a finding on spans[n] is on line n + 1), with `.flowgate.yml` holding `config` when given. */
function traceFiles(specs: SpanSpec[], config?: string, more: Files = {}): Files {
  return { ...(config ? { ".flowgate.yml": config } : {}), [TRACE]: jsonl(specs.map(span)), ...more };
}

/** An agent that asks for nothing and answers: the clean run. */
const FINISHED = [agent("1"), chat("2", "1")];
/** A run calling one tool (span 3, call c1) between two model calls. */
const withTool = (name: string, extra: Partial<SpanSpec> = {}) => [agent("1"), chat("2", "1", "gpt-4o-mini", [10, 5], "tool_calls"), tool("3", "1", name, "c1", extra), chat("4", "1", "gpt-4o-mini", [10, 5], "stop", { start: 50, end: 60 })];
const approval = (decision: string, approver: string) => ({ name: "flowgate.approval", time: 31, attrs: [["flowgate.approval.decision", decision], ["flowgate.approval.approver", approver]] as [string, string][] });

/**
 * Each trace rule on OTLP/JSON spans written like the JS SDK's serializer (test/traces/helpers.ts).
 * What real SDKs emit is tested on generated fixtures in test/traces/load.test.ts and test/e2e.
 */
export const TRACES_RULE_CASES: RuleCase[] = [
  {
    rule: "trace/approval-missing",
    shows: "deploy needs an approval and has none",
    failing: traceFiles(withTool("deploy"), "traces:\n  policy:\n    approval-required: [deploy]\n"),
    passing: traceFiles(withTool("deploy", { events: [approval("approved", "alice")] }), "traces:\n  policy:\n    approval-required: [deploy]\n"),
    expect: { file: TRACE, line: 3, column: 97, count: 1 },
  },
  {
    rule: "trace/budget-exceeded",
    shows: "30 tokens over traces.budgets.max-tokens 29",
    failing: traceFiles(withTool("read_file"), "traces:\n  budgets:\n    max-tokens: 29\n"),
    passing: traceFiles(withTool("read_file"), "traces:\n  budgets:\n    max-tokens: 30\n"),
    expect: { file: TRACE, line: 1, column: 97, count: 1 },
  },
  {
    rule: "trace/golden-missing",
    shows: "traces.goldens names a golden that is not there",
    failing: traceFiles(FINISHED, GOLDEN_CONFIG),
    passing: traceFiles(FINISHED, GOLDEN_CONFIG, { "goldens/t.json": jsonl(FINISHED.map(span)) }),
    expect: { file: TRACE, line: 1, column: 1, count: 1 },
  },
  {
    rule: "trace/golden-regression",
    shows: "the run calls a tool its golden run did not",
    failing: traceFiles(withTool("read_file"), GOLDEN_CONFIG, { "goldens/t.json": jsonl(FINISHED.map(span)) }),
    passing: traceFiles(withTool("read_file"), GOLDEN_CONFIG, { "goldens/t.json": jsonl(withTool("read_file").map(span)) }),
    expect: { file: TRACE, line: 2, column: 97, count: 2 },
  },
  {
    rule: "trace/invalid-span",
    shows: "a span whose traceId is not 32 hex digits",
    failing: { [TRACE]: [JSON.stringify(otlp([span(FINISHED[0]!)])), JSON.stringify(otlp([{ ...(span(FINISHED[1]!) as object), traceId: "xyz" }]))].join("\n") + "\n" },
    passing: traceFiles(FINISHED),
    expect: { file: TRACE, line: 2, column: 97, count: 1 },
  },
  {
    rule: "trace/invalid-trace",
    shows: "a trace file holding a JSON array",
    failing: { [TRACE]: "[1, 2]\n" },
    passing: traceFiles(FINISHED),
    expect: { file: TRACE, line: 1, column: 1, count: 1 },
  },
  {
    rule: "trace/model-call-failed",
    shows: "a model call in error the agent recovered from",
    failing: traceFiles([agent("1"), chat("2", "1", "m", [1, 1], "stop", { error: "rate limited" }), chat("4", "1", "m", [1, 1], "stop", { start: 30 })]),
    passing: traceFiles([agent("1"), chat("2", "1", "m", [1, 1], "stop"), chat("4", "1", "m", [1, 1], "stop", { start: 30 })]),
    expect: { file: TRACE, line: 2, column: 97, count: 1 },
  },
  {
    rule: "trace/model-not-allowed",
    shows: "o1-preview outside allowed-models",
    failing: traceFiles([agent("1"), chat("2", "1", "o1-preview")], "traces:\n  policy:\n    allowed-models: [gpt-4o-mini]\n"),
    passing: traceFiles([agent("1"), chat("2", "1", "gpt-4o-mini")], "traces:\n  policy:\n    allowed-models: [gpt-4o-mini]\n"),
    expect: { file: TRACE, line: 2, column: 97, count: 1 },
  },
  {
    rule: "trace/price-unknown",
    shows: "a USD budget and an unpriced model",
    failing: traceFiles(FINISHED, "traces:\n  budgets:\n    max-usd: 100\n  prices:\n    other: { input: 1, output: 1 }\n"),
    passing: traceFiles(FINISHED, "traces:\n  budgets:\n    max-usd: 100\n  prices:\n    gpt-4o-mini: { input: 1, output: 1 }\n"),
    expect: { file: TRACE, line: 1, column: 97, count: 1 },
  },
  {
    rule: "trace/usage-unknown",
    shows: "a token budget and a model call recording no tokens",
    failing: traceFiles([agent("1"), { ...chat("2", "1"), attrs: chat("2", "1").attrs!.filter(([key]) => !key.startsWith("gen_ai.usage.")) }], "traces:\n  budgets:\n    max-tokens: 100\n"),
    passing: traceFiles(FINISHED, "traces:\n  budgets:\n    max-tokens: 100\n"),
    expect: { file: TRACE, line: 2, column: 97, count: 1 },
  },
  {
    rule: "trace/run-not-finished",
    shows: "the last model call asked for tools nobody returned",
    failing: traceFiles(withTool("read_file").slice(0, 3)),
    passing: traceFiles(withTool("read_file")),
    expect: { file: TRACE, line: 1, column: 97, count: 1 },
  },
  {
    rule: "trace/too-large",
    shows: "resourceSpans nested 200,000 arrays deep",
    failing: { [TRACE]: `{"resourceSpans":${"[".repeat(200_000)}\n` },
    passing: traceFiles(FINISHED),
    expect: { file: TRACE, line: 1, column: 81, count: 1 },
  },
  {
    rule: "trace/tool-call-failed",
    shows: "a tool span with status ERROR",
    failing: traceFiles(withTool("read_file", { error: "boom" })),
    passing: traceFiles(withTool("read_file")),
    expect: { file: TRACE, line: 3, column: 97, count: 1 },
  },
  {
    rule: "trace/tool-forbidden",
    shows: "shell_exec under forbidden-tools shell_*",
    failing: traceFiles(withTool("shell_exec"), "traces:\n  policy:\n    forbidden-tools: [shell_*]\n"),
    passing: traceFiles(withTool("read_file"), "traces:\n  policy:\n    forbidden-tools: [shell_*]\n"),
    expect: { file: TRACE, line: 3, column: 97, count: 1 },
  },
  {
    rule: "trace/unhandled-error",
    shows: "the agent span ended in error",
    failing: traceFiles([agent("1", { error: "crashed" }), chat("2", "1")]),
    passing: traceFiles(FINISHED),
    expect: { file: TRACE, line: 1, column: 97, count: 1 },
  },
];
