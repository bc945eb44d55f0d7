import { globMatcher } from "../../core/files";
import { budgetsOf, evaluateBundle, evidenceLimits } from "../../core/evidence/evaluate";
import type { Analyzer } from "./types";

/** An evidence bundle (evidence.include): integrity, governance and budgets, with positions. */
export const evidenceAnalyzer: Analyzer = {
  name: "evidence",
  analyze({ rel, text }, { config }) {
    if (!globMatcher(config.evidence.include)(rel)) return undefined;
    return evaluateBundle(rel, text, budgetsOf(config), evidenceLimits(config)).findings;
  },
};
