import type { Config } from "../config/schema";
import { globMatcher } from "../kernel/files";
import type { Finding } from "../kernel/findings";
import { compareWithGoldenFile } from "./check";
import { goldenOptionsOf, type GoldenOptions } from "./config";
import { budgetsOf, evaluateBundle, evidenceLimits } from "./evaluate";
import type { BundleVerdict } from "./verdict";
import type { GoldenResult } from "./golden";
import type { FileAnalyzer } from "../feature";
import { append } from "../kernel/append";

export interface GoldenPairing {
  golden: string;
  options: GoldenOptions;
}

/** Every `goldens:` pair whose `evidence` glob matches a bundle (`flowgate check` compares it with each). */
export function goldenPairsOf(file: string, config: Config): GoldenPairing[] {
  return config.goldens.filter((p) => globMatcher([p.evidence])(file)).map((p) => ({ golden: p.golden, options: goldenOptionsOf(p) }));
}

/** The golden views and commands show for a bundle: the first pair that matches it. */
export function goldenOf(file: string, config: Config): GoldenPairing | undefined {
  return goldenPairsOf(file, config)[0];
}

export interface BundleStatus {
  file: string;
  verdict: BundleVerdict;
  findings: Finding[];
  golden?: { file: string; result?: GoldenResult; problem?: string };
}

/**
 * One evidence bundle's text as `flowgate check` judges it: the evidence check's findings and, for each
 * golden pair that matches it, the goldens check's (the golden read from disk). Shared by CLI and editors.
 */
export function bundleStatus(root: string, file: string, text: string, config: Config): BundleStatus {
  const limits = evidenceLimits(config);
  const evaluated = evaluateBundle(file, text, budgetsOf(config), limits);
  const status: BundleStatus = { file, verdict: evaluated.verdict, findings: [...evaluated.findings] };
  for (const pair of goldenPairsOf(file, config)) {
    // A bundle that does not load already has its findings above; the comparison would repeat them.
    const compared = evaluated.loaded.bundle ? compareWithGoldenFile(root, evaluated.loaded, pair.golden, pair.options, limits) : undefined;
    if (compared) append(status.findings, compared.findings);
    status.golden ??= { file: pair.golden, result: compared?.result, problem: !compared ? "this bundle does not load" : compared.result ? undefined : (compared.findings[0]?.message ?? "no comparison") };
  }
  return status;
}


/** The evidence feature's per-file function: a bundle's findings and its goldens' (the goldens read from disk). */
export const evidenceAnalyzer: FileAnalyzer = {
  kind: "evidence",
  selector: (config) => globMatcher(config.evidence.include),
  analyze: (path, text, ctx) => bundleStatus(ctx.root, path, text, ctx.config).findings,
};
