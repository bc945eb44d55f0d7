import { bundleStatus } from "../evidence";
import { cachedMatcher } from "./matchers";
import type { Analyzer } from "./types";

/** An evidence bundle (evidence.include): integrity, governance, budgets and its golden regressions, with positions. */
export const evidenceAnalyzer: Analyzer = {
  name: "evidence",
  analyze({ root, rel, text }, { config }) {
    if (!cachedMatcher(config.evidence.include)(rel)) return undefined;
    return bundleStatus(root, rel, text, config).findings;
  },
};
