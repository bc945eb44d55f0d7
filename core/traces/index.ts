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
/**
 * The OTLP exporter (`run export --format otlp`), loaded on first use: it pulls in the OpenTelemetry SDK and
 * Node's zlib, stream and http modules, which every other command would otherwise load at start-up.
 */
export const loadOtlpExport = () => import("./export");
export { renderTraceGoldenText, type TraceGoldenResult } from "./golden";
export { isTraceFile } from "./load";
