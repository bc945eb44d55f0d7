/** agentledger.evidence.v1 bundles: integrity, governance, budgets, and golden regressions. */
import { rulesOf, type Feature } from "../feature";
import { evidenceAnalyzer } from "./analyze";
import { evidenceCheck, goldensCheck } from "./check";
import { evidenceConfigSchema, goldensConfigSchema } from "./config";
import { evidenceMarkdown } from "./markdown";
import * as R from "./rules";

export const evidenceFeature: Feature = {
  id: "evidence",
  checks: [evidenceCheck, goldensCheck],
  analyzers: [evidenceAnalyzer],
  markdown: evidenceMarkdown,
  configSchema: { evidence: evidenceConfigSchema, goldens: goldensConfigSchema },
  rules: rulesOf(R),
};
export { acceptGolden } from "./accept";
export { bundleStatus, goldenOf, type BundleStatus, type GoldenPairing } from "./analyze";
export { compareFiles, type EvidenceDetails, type GoldensDetails } from "./check";
export { DEFAULT_GOLDEN_OPTIONS, GOLDEN_DIMENSIONS, MATCH_MODES, goldenOptionsOf, goldenOptionsSchema, type GoldenDimension, type GoldenOptions, type MatchMode } from "./config";
export { budgetsOf, evaluateBundle, evaluateBundleFile, evidenceLimits } from "./evaluate";
export { renderGoldenText } from "./golden";
export { type Budgets } from "./governance";
export { renderEvidenceHtml } from "./html";
export { STREAM_ABOVE_BYTES } from "./stream";
export { guardDepth, loadBundle, type LoadedBundle } from "./load";
export { Normalizer } from "./normalize";
export { type EvidenceBundle } from "./schema";
export { type BundleVerdict } from "./verdict";
