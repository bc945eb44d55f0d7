import { compareFindings, countFindings, type Finding, type Range } from "../kernel/findings";
import { costOf, TraceJudge } from "./checks";
import { DEFAULT_TRACES_CONFIG, type TracesConfig } from "./config";
import { type ReadLimits, readTraceFile, readTraceText } from "./load";
import { type Call, type Run, TraceModel } from "./model";
import { invalidSpan } from "./rules";
import { toTraceSpan } from "./span";
import type { FileAnalyzer } from "../feature";
import { globMatcher } from "../kernel/files";

/** One run's verdict, as reports show it. */
export interface RunVerdict {
  id: string;
  verdict: "pass" | "fail";
  traces: number;
  agents: string[];
  modelCalls: number;
  toolCalls: number;
  tokens: number;
  /** Priced with traces.prices when every model has a price. */
  usd?: number;
  finished: boolean;
  durationMs: number;
  /** Distinct rule ids of this run's errors. */
  failing: string[];
  /** The run's calls in time order (cut at MAX_TIMELINE for reports). */
  timeline: TimelineRow[];
}

export interface TimelineRow {
  atMs: number;
  kind: Call["kind"];
  name: string;
  callId?: string;
  outcome: string;
  tokens?: number;
  line: number;
}

/** One trace file's verdict (report.details.traces.files). */
export interface TraceVerdict {
  file: string;
  verdict: "pass" | "fail";
  spans: number;
  runs: RunVerdict[];
  errors: number;
  warnings: number;
  failing: string[];
}

export interface AnalyzedTrace {
  findings: Finding[];
  verdict: TraceVerdict;
  /** The runs with every call kept in memory (goldens compare these). */
  runs: Run[];
}

/** Most timeline rows per run carried in reports. */
export const MAX_TIMELINE = 200;

/** Collects spans from a reader into the model and the judge. */
class Analysis {
  readonly model = new TraceModel();
  readonly judge: TraceJudge;
  readonly load: Finding[] = [];
  spans = 0;

  constructor(
    readonly file: string,
    readonly config: TracesConfig,
  ) {
    this.judge = new TraceJudge(file, config);
  }

  sink = (raw: unknown, range: Range): void => {
    const span = toTraceSpan(raw, range);
    if (typeof span === "string") {
      if (this.load.length < 50) this.load.push(invalidSpan.at(this.file, range, span));
      return;
    }
    this.spans++;
    this.model.add(span);
    this.judge.span(span);
  };

  result(loadFindings: Finding[]): AnalyzedTrace {
    const runs = this.model.runs();
    const findings = [...loadFindings, ...this.load, ...this.judge.finish(runs, this.model.overflow)].sort(compareFindings);
    return { findings, runs, verdict: verdictOf(this.file, this.spans, runs, findings, this.config) };
  }
}

/**
 * The per-file function every host calls (CLI, Action, editor): a trace's text → findings and verdict.
 * `config` is .flowgate.yml's `traces` section.
 */
export function analyzeTrace(file: string, text: string, config: TracesConfig = DEFAULT_TRACES_CONFIG, limits?: ReadLimits): AnalyzedTrace {
  const a = new Analysis(file, config);
  return a.result(readTraceText(text, file, a.sink, limits));
}

/** The same for a file on disk, read streaming (a trace of gigabytes is judged in bounded memory). */
export async function analyzeTraceFile(path: string, file: string, config: TracesConfig = DEFAULT_TRACES_CONFIG, signal?: AbortSignal): Promise<AnalyzedTrace> {
  const a = new Analysis(file, config);
  return a.result(await readTraceFile(path, file, config["max-trace-bytes"], a.sink, signal));
}

function verdictOf(file: string, spans: number, runs: readonly Run[], findings: readonly Finding[], config: TracesConfig): TraceVerdict {
  const counts = countFindings(findings);
  const errors = findings.filter((f) => f.severity === "error");
  const runOfTrace = new Map(runs.flatMap((r) => r.traceIds.map((t) => [t, r.id] as const)));
  const failingOf = (runId: string) => [...new Set(errors.filter((f) => runOfTrace.get(f.properties?.traceId as string) === runId).map((f) => f.rule))];
  return {
    file,
    verdict: counts.errors > 0 ? "fail" : "pass",
    spans,
    errors: counts.errors,
    warnings: counts.warnings,
    failing: [...new Set(errors.map((f) => f.rule))],
    runs: runs.map((r) => {
      const failing = failingOf(r.id);
      const cost = costOf(r, config.prices);
      return {
        id: r.id,
        verdict: failing.length ? "fail" : "pass",
        traces: r.traceIds.length,
        agents: r.agents,
        modelCalls: r.modelCalls,
        toolCalls: r.toolCalls,
        tokens: r.inputTokens + r.outputTokens,
        usd: cost.unpriced.length === 0 && Object.keys(config.prices).length > 0 ? cost.usd : undefined,
        finished: r.rootless.length === 0 && !r.endsAwaitingTools,
        durationMs: Math.round((r.endUs - r.startUs) / 1000),
        failing,
        timeline: r.calls.slice(0, MAX_TIMELINE).map((c) => ({
          atMs: Math.round((c.startUs - r.startUs) / 1000),
          kind: c.kind,
          name: c.name,
          callId: c.callId,
          outcome: c.outcome,
          tokens: c.kind === "model" ? (c.inputTokens ?? 0) + (c.outputTokens ?? 0) : undefined,
          line: c.range.line,
        })),
      };
    }),
  };
}


/** The traces feature's per-file function. */
export const traceAnalyzer: FileAnalyzer = {
  kind: "trace",
  selector: (config) => globMatcher(config.traces.include),
  analyze: (path, text, ctx) => analyzeTrace(path, text, ctx.config.traces).findings,
};
