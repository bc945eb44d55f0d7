import type { Range } from "../kernel/findings";
import { AGENT_OPERATIONS, DEPRECATED_USAGE, EMBEDDINGS, FINISH_TOOL_CALLS, FINISHED_RUN_STATUSES, GENAI, LEDGER, MODEL_OPERATIONS, TOOL_OPERATION } from "./conventions";
import { type AttrValue, str, type TraceSpan } from "./span";

/**
 * Spans → runs. A run is one trace, or every trace sharing a gen_ai.conversation.id; only traces with
 * GenAI spans (a gen_ai.operation.name) are runs. Spans arrive in file order (children usually before
 * their parents, as spans are exported when they end), so runs are assembled at the end, from per-trace
 * summaries that stay small whatever the trace's size.
 */

export type CallKind = "agent" | "model" | "tool";

/** One agent invocation, model call or tool call, as timelines and goldens show it. */
export interface Call {
  kind: CallKind;
  /** Agent name, model, or tool name. */
  name: string;
  operation: string;
  callId?: string;
  arguments?: string;
  /** "ok", or the error (error.type, else the status message). */
  outcome: string;
  finishReasons?: string[];
  inputTokens?: number;
  outputTokens?: number;
  startUs: number;
  endUs: number;
  spanId: string;
  range: Range;
}

export interface Run {
  /** The conversation id, else the trace id. */
  id: string;
  conversationId?: string;
  traceIds: string[];
  agents: string[];
  modelCalls: number;
  toolCalls: number;
  inputTokens: number;
  outputTokens: number;
  /** Tokens by model (request model, else response model), for pricing. */
  tokensByModel: Map<string, { input: number; output: number }>;
  /** Traces of the run with no root span in the file (still running, or the process died). */
  rootless: string[];
  /** The last model call asked for tools and no model call came after. */
  endsAwaitingTools: boolean;
  /** A flowgate.run.status saying the run was still going when exported (a ledger snapshot). */
  snapshotStatus?: string;
  startUs: number;
  endUs: number;
  /** Calls in time order; cut at MAX_CALLS per file (then `callsTruncated`). */
  calls: Call[];
  callsTruncated: boolean;
  /** Where run-level findings point: the root span, else the run's first span in the file. */
  anchor: Range;
}

/** Most traces summarised per file; spans of further traces are still judged one by one. */
export const MAX_TRACES = 250_000;
/** Most calls kept for timelines and goldens per file (counts and budgets stay exact past it). */
export const MAX_CALLS = 20_000;

interface TraceSummary {
  traceId: string;
  conversationId?: string;
  genai: boolean;
  root?: Range;
  first: Range;
  agents: Set<string>;
  modelCalls: number;
  toolCalls: number;
  inputTokens: number;
  outputTokens: number;
  tokensByModel: Map<string, { input: number; output: number }>;
  lastModel?: { startUs: number; asksForTools: boolean };
  snapshotStatus?: string;
  startUs: number;
  endUs: number;
  calls: Call[];
  truncated: boolean;
}

export function operationOf(span: TraceSpan): string | undefined {
  return str(span.attrs.get(GENAI.operation));
}

export function kindOf(span: TraceSpan): CallKind | undefined {
  const op = operationOf(span);
  if (op === undefined) return undefined;
  if (op === TOOL_OPERATION) return "tool";
  if (MODEL_OPERATIONS.has(op)) return "model";
  if (AGENT_OPERATIONS.has(op)) return "agent";
  return undefined;
}

export function errorOf(span: TraceSpan): string | undefined {
  const type = str(span.attrs.get(GENAI.errorType));
  if (!span.error && type === undefined) return undefined;
  return [type, span.statusMessage].filter(Boolean).join(": ") || "error";
}

export function modelOf(span: TraceSpan): string {
  return str(span.attrs.get(GENAI.requestModel)) ?? str(span.attrs.get(GENAI.responseModel)) ?? "(unknown model)";
}

type Usage = { inputTokens?: number; outputTokens?: number };

const tokenCount = (v: AttrValue | undefined): number | undefined => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined);

/** A model call's token counts, under the current names or else the replaced ones; a count not recorded (or not a count) is absent. */
export function usageOf(span: TraceSpan): Usage {
  const read = (key: keyof Usage) => tokenCount(span.attrs.get(GENAI[key])) ?? tokenCount(span.attrs.get(DEPRECATED_USAGE[key]));
  return { inputTokens: read("inputTokens"), outputTokens: read("outputTokens") };
}

/** The usage attributes a model call owes and does not record (embeddings produce no output tokens). */
export function unrecordedUsage(span: TraceSpan): string[] {
  const usage = usageOf(span);
  const owed: Array<keyof Usage> = operationOf(span) === EMBEDDINGS ? ["inputTokens"] : ["inputTokens", "outputTokens"];
  return owed.filter((key) => usage[key] === undefined).map((key) => GENAI[key]);
}

export function toolOf(span: TraceSpan): { tool: string; callId: string } {
  return { tool: str(span.attrs.get(GENAI.toolName)) ?? "(unnamed tool)", callId: str(span.attrs.get(GENAI.toolCallId)) ?? span.spanId };
}

export class TraceModel {
  private readonly traces = new Map<string, TraceSummary>();
  private calls = 0;
  /** Traces not summarised because MAX_TRACES was reached. */
  overflow = 0;

  add(span: TraceSpan): void {
    let t = this.traces.get(span.traceId);
    if (!t) {
      if (this.traces.size >= MAX_TRACES) return void this.overflow++;
      t = { traceId: span.traceId, genai: false, first: span.range, agents: new Set(), modelCalls: 0, toolCalls: 0, inputTokens: 0, outputTokens: 0, tokensByModel: new Map(), startUs: span.startUs, endUs: span.endUs, calls: [], truncated: false };
      this.traces.set(span.traceId, t);
    }
    if (!span.parentSpanId) t.root = span.range;
    t.startUs = Math.min(t.startUs, span.startUs);
    t.endUs = Math.max(t.endUs, span.endUs);
    t.conversationId ??= str(span.attrs.get(GENAI.conversationId));
    const status = str(span.attrs.get(LEDGER.runStatus));
    if (status !== undefined && !FINISHED_RUN_STATUSES.has(status)) t.snapshotStatus = status;
    const kind = kindOf(span);
    if (!kind) return;
    t.genai = true;
    const call: Call = { kind, name: "", operation: operationOf(span)!, outcome: errorOf(span) ?? "ok", startUs: span.startUs, endUs: span.endUs, spanId: span.spanId, range: span.range };
    if (kind === "agent") {
      call.name = str(span.attrs.get(GENAI.agentName)) ?? span.name;
      t.agents.add(call.name);
    } else if (kind === "model") {
      call.name = modelOf(span);
      const finish = span.attrs.get(GENAI.finishReasons);
      call.finishReasons = Array.isArray(finish) ? finish : typeof finish === "string" ? [finish] : undefined;
      const usage = usageOf(span);
      call.inputTokens = usage.inputTokens ?? 0;
      call.outputTokens = usage.outputTokens ?? 0;
      t.modelCalls++;
      t.inputTokens += call.inputTokens;
      t.outputTokens += call.outputTokens;
      const byModel = t.tokensByModel.get(call.name) ?? { input: 0, output: 0 };
      byModel.input += call.inputTokens;
      byModel.output += call.outputTokens;
      t.tokensByModel.set(call.name, byModel);
      if (!t.lastModel || span.startUs >= t.lastModel.startUs) t.lastModel = { startUs: span.startUs, asksForTools: call.finishReasons?.includes(FINISH_TOOL_CALLS) === true && call.outcome === "ok" };
    } else {
      const { tool, callId } = toolOf(span);
      call.name = tool;
      call.callId = callId;
      call.arguments = str(span.attrs.get(GENAI.toolArguments));
      t.toolCalls++;
    }
    if (this.calls < MAX_CALLS) {
      t.calls.push(call);
      this.calls++;
    } else t.truncated = true;
  }

  /** The runs, in order of their first span's position in the file. */
  runs(): Run[] {
    const byId = new Map<string, Run>();
    for (const t of this.traces.values()) {
      if (!t.genai) continue;
      const id = t.conversationId ?? t.traceId;
      let run = byId.get(id);
      if (!run) {
        run = { id, conversationId: t.conversationId, traceIds: [], agents: [], modelCalls: 0, toolCalls: 0, inputTokens: 0, outputTokens: 0, tokensByModel: new Map(), rootless: [], endsAwaitingTools: false, startUs: t.startUs, endUs: t.endUs, calls: [], callsTruncated: false, anchor: t.root ?? t.first };
        byId.set(id, run);
      }
      merge(run, t);
    }
    const runs = [...byId.values()];
    for (const run of runs) run.calls.sort((a, b) => a.startUs - b.startUs || a.endUs - b.endUs);
    return runs.sort((a, b) => a.anchor.line - b.anchor.line || a.anchor.column - b.anchor.column);
  }
}

function merge(run: Run, t: TraceSummary): void {
  run.traceIds.push(t.traceId);
  for (const a of t.agents) if (!run.agents.includes(a)) run.agents.push(a);
  run.modelCalls += t.modelCalls;
  run.toolCalls += t.toolCalls;
  run.inputTokens += t.inputTokens;
  run.outputTokens += t.outputTokens;
  for (const [model, tokens] of t.tokensByModel) {
    const sum = run.tokensByModel.get(model) ?? { input: 0, output: 0 };
    run.tokensByModel.set(model, { input: sum.input + tokens.input, output: sum.output + tokens.output });
  }
  if (!t.root) run.rootless.push(t.traceId);
  run.snapshotStatus ??= t.snapshotStatus;
  // the run's last trace (by time) decides whether the agent loop was left waiting on tools
  if (t.endUs >= run.endUs || run.traceIds.length === 1) run.endsAwaitingTools = t.lastModel?.asksForTools === true;
  run.startUs = Math.min(run.startUs, t.startUs);
  run.endUs = Math.max(run.endUs, t.endUs);
  run.calls.push(...t.calls);
  run.callsTruncated ||= t.truncated;
  if (t.root && compare(t.root, run.anchor) < 0) run.anchor = t.root;
}

const compare = (a: Range, b: Range) => a.line - b.line || a.column - b.column;
