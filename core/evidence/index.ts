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
