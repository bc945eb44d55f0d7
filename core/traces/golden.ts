import { DEFAULT_GOLDEN_OPTIONS, type MatchMode } from "../evidence/config";
import { alignSequences, type DiffLine, fenced, type GoldenChange, type Item, labelOf } from "../evidence/golden";
import { Normalizer } from "../evidence/normalize";
import { type Finding, WHOLE_FILE } from "../kernel/findings";
import type { AnalyzedTrace } from "./analyze";
import type { Call } from "./model";
import { traceGoldenRegression } from "./rules";

/**
 * Golden regressions on traces: the sequence of agent, model and tool calls of a trace (its runs in
 * file order, each run's calls in time order) aligned with its golden trace's by evidence/golden.ts's
 * Myers alignment. What is compared is each call's kind, operation, model or tool name, normalised
 * arguments and outcome; ids (trace, span, call, response ids) and times are left out or normalised.
 */

export interface TraceGoldenResult {
  current: string;
  golden: string;
  passed: boolean;
  mode: MatchMode;
  changes: GoldenChange[];
  lines: DiffLine[];
  note?: string;
}

/** Runtime ids inside arguments and outcomes: OTLP trace/span ids, OpenAI call and response ids. */
const TRACE_ID_PATTERNS = ["\\b[0-9a-f]{32}\\b", "\\b[0-9a-f]{16}\\b", "\\bcall_[A-Za-z0-9_-]+", "\\bchatcmpl-[A-Za-z0-9_-]+"];

function items(trace: AnalyzedTrace): { items: Item[]; calls: Call[] } {
  const n = new Normalizer({ ...DEFAULT_GOLDEN_OPTIONS.normalize, patterns: TRACE_ID_PATTERNS });
  const calls = trace.runs.flatMap((r) => r.calls);
  const out = calls.map((c, index) => {
    const what = c.kind === "tool" ? `${c.name}(${n.text(c.arguments ?? "")})` : c.name;
    const finish = c.finishReasons?.length ? ` finish=${c.finishReasons.join(",")}` : "";
    const key = `${c.kind} ${c.operation} ${what} → ${n.text(c.outcome)}${finish}`;
    return { key, label: labelOf(key), index };
  });
  return { items: out, calls };
}

export function compareTraces(current: AnalyzedTrace, golden: AnalyzedTrace, mode: MatchMode = "strict"): TraceGoldenResult {
  const g = items(golden).items;
  const c = items(current).items;
  const aligned = alignSequences(g, c, mode, "calls");
  return { current: current.verdict.file, golden: golden.verdict.file, passed: aligned.changes.length === 0, mode, changes: aligned.changes, lines: aligned.lines, note: aligned.note };
}

/** Most golden findings per trace; one more counts the rest. */
export const MAX_TRACE_GOLDEN_FINDINGS = 20;

/** Each change as a finding at the current trace's call span (a missing call: at the call that took its place). */
export function traceGoldenFindings(result: TraceGoldenResult, current: AnalyzedTrace): Finding[] {
  const calls = current.runs.flatMap((r) => r.calls);
  const out = result.changes.slice(0, MAX_TRACE_GOLDEN_FINDINGS).map((change) => {
    const index = typeof change.pointer[1] === "number" ? change.pointer[1] : undefined;
    const range = index !== undefined && calls[index] ? calls[index]!.range : WHOLE_FILE;
    return traceGoldenRegression.at(current.verdict.file, range, result.golden, change.text);
  });
  if (result.changes.length > MAX_TRACE_GOLDEN_FINDINGS) out.push(traceGoldenRegression.at(current.verdict.file, WHOLE_FILE, result.golden, `…and ${result.changes.length - MAX_TRACE_GOLDEN_FINDINGS} more differences`));
  return out;
}

export function renderTraceGoldenText(result: TraceGoldenResult): string {
  const out = [`--- golden  ${result.golden}`, `+++ current ${result.current}`];
  out.push(`@@ calls (${result.mode}): ${result.changes.length === 0 ? "matches" : `${result.changes.length} difference${result.changes.length === 1 ? "" : "s"}`}${result.note ? ` — ${result.note}` : ""} @@`);
  for (const l of result.lines) out.push(l.text === "@@" ? "  …" : `${l.op} ${l.text}`);
  out.push(result.passed ? "golden: matches" : "golden: REGRESSION");
  return out.join("\n") + "\n";
}

export function traceGoldenDiff(result: TraceGoldenResult): string {
  return fenced("diff", result.lines.map((l) => (l.text === "@@" ? "  …" : `${l.op} ${l.text}`)).join("\n"));
}
