import type { Config } from "../../core/config/schema";
import type { Settings } from "../settings";
import { analyzeTrace } from "../../core/traces/analyze";
import { cachedMatcher } from "./matchers";
import type { Analyzer, AnalyzerEnv, DocumentInput } from "./types";

export function envOf(state: { config: Config; settings: Settings }, trusted: boolean): AnalyzerEnv {
  const { scanEnabled, include, exclude } = state.settings;
  return { config: state.config, trusted, scan: { enabled: scanEnabled, include, exclude } };
}

/** Analyze a document with the first analyzer that claims it; undefined when none does. */
export async function analyzeInput(analyzers: readonly Analyzer[], input: DocumentInput, env: AnalyzerEnv) {
  for (const a of analyzers) {
    const found = await a.analyze(input, env);
    if (found) return found;
  }
  return undefined;
}


/** OpenTelemetry trace files (traces.include): core's per-file trace analysis, findings at each span. */
export const traceAnalyzer: Analyzer = {
  name: "traces",
  analyze({ rel, text }, { config }) {
    if (!cachedMatcher(config.traces.include)(rel)) return undefined;
    return analyzeTrace(rel, text, config.traces).findings;
  },
};
