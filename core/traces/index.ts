/**
 * OpenTelemetry GenAI traces as evidence: a feature folder in the shape of the planned restructure.
 * Hosts use `analyze` per file (CLI, Action, editor), `check` in `flowgate check`, `markdown` in reports.
 */
import { analyzeTrace, analyzeTraceFile } from "./analyze";
import { tracesCheck } from "./check";
import { tracesConfigSchema } from "./config";
import { tracesMarkdown } from "./markdown";
import { TRACE_RULES } from "./rules";

export const tracesFeature = {
  name: "traces",
  title: "Agent traces",
  configKey: "traces",
  configSchema: tracesConfigSchema,
  rules: TRACE_RULES,
  check: tracesCheck,
  analyze: analyzeTrace,
  analyzeFile: analyzeTraceFile,
  markdown: tracesMarkdown,
} as const;

export { analyzeTrace, analyzeTraceFile, type AnalyzedTrace, type RunVerdict, type TraceVerdict } from "./analyze";
export { tracesCheck, type TracesDetails } from "./check";
export { tracesConfigSchema, type TracesConfig } from "./config";
