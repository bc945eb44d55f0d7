import { analyzeFile, type LiveScanSettings, type Config } from "../../core/index";
import type { HeadFlows } from "../../core/flow";
import type { Settings } from "../settings";
import type { Analyzer, AnalyzerEnv } from "./types";

export function envOf(state: { config: Config; settings: Settings }, trusted: boolean): AnalyzerEnv {
  const { scanEnabled, include, exclude } = state.settings;
  return { config: state.config, trusted, scan: { enabled: scanEnabled, include, exclude } satisfies LiveScanSettings };
}

/**
 * Every Flowgate check of one open document: the core's analyzeFile, the function `flowgate check`
 * runs per file. Version discipline compares with HEAD, except in Restricted Mode (no git: a
 * repository's own git config could make git run its commands).
 */
export function coreAnalyzer(head: HeadFlows): Analyzer {
  return {
    name: "flowgate",
    analyze: ({ root, rel, text }, env) =>
      analyzeFile({ root, rel, text }, { config: env.config, scan: env.scan, flowBase: env.trusted ? () => head.get(root, env.config) : undefined }),
  };
}

/** Analyze a document with the first analyzer that claims it; undefined when none does. */
export async function analyzeInput(analyzers: readonly Analyzer[], input: Parameters<Analyzer["analyze"]>[0], env: AnalyzerEnv) {
  for (const a of analyzers) {
    const found = await a.analyze(input, env);
    if (found) return found;
  }
  return undefined;
}
