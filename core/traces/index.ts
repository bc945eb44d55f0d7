/**
 * OpenTelemetry GenAI traces as evidence: a feature folder in the shape of the planned restructure.
 * Hosts use `analyze` per file (CLI, Action, editor), `check` in `flowgate check`, `markdown` in reports.
 */
import { rulesOf, type Feature } from "../feature";
import { traceAnalyzer } from "./analyze";
import { tracesCheck } from "./check";
import { tracesConfigSchema } from "./config";
import { tracesMarkdown } from "./markdown";
import * as R from "./rules";

export const tracesFeature: Feature = {
  id: "traces",
  checks: [tracesCheck],
  analyzers: [traceAnalyzer],
  markdown: tracesMarkdown,
  configSchema: { traces: tracesConfigSchema },
  rules: rulesOf(R),
};

export { analyzeTrace, analyzeTraceFile, type AnalyzedTrace, type RunVerdict, type TraceVerdict } from "./analyze";
export { tracesCheck, type TracesDetails } from "./check";
export { tracesConfigSchema, type TracesConfig } from "./config";
export { compareTraceFiles } from "./check";
export { runAsOtlpJson, sendRun } from "./export";
export { renderTraceGoldenText, type TraceGoldenResult } from "./golden";
export { isTraceFile } from "./load";
