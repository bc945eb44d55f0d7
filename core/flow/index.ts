/** Knowtation Flow v0 bundles: validation, version discipline, fixes. */
import { rulesOf, type Feature } from "../feature";
import { flowAnalyzer } from "./analyze";
import { flowsCheck } from "./check";
import { flowsConfigSchema } from "./config";
import { flowDialect } from "./dialect";
import * as R from "./rules";

export const flowFeature: Feature = {
  id: "flow",
  checks: [flowsCheck],
  analyzers: [flowAnalyzer],
  dialect: flowDialect,
  configSchema: { flows: flowsConfigSchema },
  rules: rulesOf(R),
};
export { HeadFlows, validateFlowText } from "./analyze";
export { SEMVER_RE, compareSemver, pointerKindSchema, skipReasonSchema } from "./schema";
