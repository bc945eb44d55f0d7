import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ATTR_GEN_AI_OPERATION_NAME, ATTR_GEN_AI_REQUEST_MODEL, ATTR_GEN_AI_RESPONSE_FINISH_REASONS, ATTR_GEN_AI_TOOL_CALL_ID, ATTR_GEN_AI_TOOL_NAME, ATTR_GEN_AI_USAGE_INPUT_TOKENS, ATTR_GEN_AI_USAGE_OUTPUT_TOKENS } from "@opentelemetry/semantic-conventions/incubating";
import { analyzeTrace } from "../../core/traces/analyze";
import { type TracesConfig, tracesConfigSchema } from "../../core/traces/config";

export const FIXTURES = join(__dirname, "..", "fixtures", "traces");
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

/** The policy the fixtures are judged by in tests. */
export const POLICY: TracesConfig = tracesConfigSchema.parse({
  policy: { "forbidden-tools": ["run_shell"], "approval-required": ["delete_branch", "send_email", "deploy_prod"], "allowed-models": ["gpt-4o-mini"] },
  budgets: { "max-tokens": 1000 },
});

export const config = (input: unknown): TracesConfig => tracesConfigSchema.parse(input);

type Attr = [string, string | number | boolean | string[]];
export interface SpanSpec {
  trace?: string;
  id: string;
  parent?: string;
  name?: string;
  start?: number;
  end?: number;
  attrs?: Attr[];
  error?: string;
  events?: { name: string; time?: number; attrs: Attr[] }[];
  links?: string[];
}

const hex = (s: string, n: number) => s.padStart(n, "0");
const value = (v: Attr[1]) => (Array.isArray(v) ? { arrayValue: { values: v.map((s) => ({ stringValue: s })) } } : typeof v === "number" ? { intValue: v } : typeof v === "boolean" ? { boolValue: v } : { stringValue: v });
const attributes = (list: Attr[] = []) => list.map(([key, v]) => ({ key, value: value(v) }));

/** A span in OTLP/JSON as the JS SDK's JSON serializer writes it (times in ms from 1,700,000,000,000 ms). */
export function span(s: SpanSpec): unknown {
  return {
    traceId: hex(s.trace ?? "a1", 32),
    spanId: hex(s.id, 16),
    ...(s.parent ? { parentSpanId: hex(s.parent, 16) } : {}),
    name: s.name ?? "span",
    kind: 1,
    startTimeUnixNano: String(BigInt(1_700_000_000_000 + (s.start ?? 0)) * 1_000_000n),
    endTimeUnixNano: String(BigInt(1_700_000_000_000 + (s.end ?? (s.start ?? 0) + 1)) * 1_000_000n),
    attributes: attributes(s.attrs),
    events: (s.events ?? []).map((e) => ({ name: e.name, timeUnixNano: String(BigInt(1_700_000_000_000 + (e.time ?? 0)) * 1_000_000n), attributes: attributes(e.attrs) })),
    links: (s.links ?? []).map((l) => ({ traceId: hex("b2", 32), spanId: hex(l, 16), attributes: [] })),
    status: s.error ? { code: 2, message: s.error } : { code: 0 },
  };
}

export const otlp = (spans: unknown[]) => ({ resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ scope: { name: "test" }, spans }] }] });
/** One request per line, each span on its own line: findings land on line n+1 for spans[n]. */
export const jsonl = (spans: unknown[]) => spans.map((s) => JSON.stringify(otlp([s]))).join("\n") + "\n";

export const agent = (id: string, extra: Partial<SpanSpec> = {}): SpanSpec => ({ id, name: "invoke_agent a", attrs: [[ATTR_GEN_AI_OPERATION_NAME, "invoke_agent"]], start: 0, end: 100, ...extra });
export const chat = (id: string, parent: string, model = "gpt-4o-mini", tokens: [number, number] = [10, 5], finish = "stop", extra: Partial<SpanSpec> = {}): SpanSpec => ({
  id,
  parent,
  name: `chat ${model}`,
  start: 10,
  end: 20,
  attrs: [
    [ATTR_GEN_AI_OPERATION_NAME, "chat"],
    [ATTR_GEN_AI_REQUEST_MODEL, model],
    [ATTR_GEN_AI_USAGE_INPUT_TOKENS, tokens[0]],
    [ATTR_GEN_AI_USAGE_OUTPUT_TOKENS, tokens[1]],
    [ATTR_GEN_AI_RESPONSE_FINISH_REASONS, [finish]],
  ],
  ...extra,
});
export const tool = (id: string, parent: string, name: string, callId: string, extra: Partial<SpanSpec> = {}): SpanSpec => ({
  id,
  parent,
  name: `execute_tool ${name}`,
  start: 30,
  end: 40,
  attrs: [
    [ATTR_GEN_AI_OPERATION_NAME, "execute_tool"],
    [ATTR_GEN_AI_TOOL_NAME, name],
    [ATTR_GEN_AI_TOOL_CALL_ID, callId],
  ],
  ...extra,
});

/** Analyze spans written one per line; returns `rule line:column` strings and the analysis. */
export function judge(specs: SpanSpec[], cfg: TracesConfig = POLICY) {
  const result = analyzeTrace("t.otlp.jsonl", jsonl(specs.map(span)), cfg);
  return { ...result, brief: result.findings.map((f) => `${f.rule} ${f.line}:${f.column}`) };
}

/** The column of a span in a `jsonl` line. */
export const COL = JSON.stringify(otlp([0])).indexOf("[0]") + 2;
