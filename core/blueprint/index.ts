/**
 * mlua-swarm Blueprints — the API hosts use. The extension's hovers show the cascades with
 * `effectiveRunTtl`, `effectiveOperatorKind` and `effectiveRunner` (plus `describeRunner`,
 * `operatorKindFrom`, `runnerFrom` for the words), or `explainBlueprint` for all of them at once.
 */
import { rulesOf, type Feature } from "../feature";
import { blueprintAnalyzer } from "./analyze";
import { blueprintDialect, blueprintsCheck } from "./check";
import { blueprintsConfigSchema } from "./config";
import { blueprintsMarkdown } from "./markdown";
import * as R from "./rules";

export const blueprintFeature: Feature = {
  id: "blueprint",
  checks: [blueprintsCheck],
  analyzers: [blueprintAnalyzer],
  dialect: blueprintDialect,
  markdown: blueprintsMarkdown,
  configSchema: { blueprints: blueprintsConfigSchema },
  rules: rulesOf(R),
};

export { SERVER_DEFAULT_RUN_TTL_SECS, describeRunner, effectiveOperatorKind, effectiveRunTtl, effectiveRunner, operatorRefOf } from "./cascade";
export type { EffectiveOperatorKind, EffectiveRunTtl, EffectiveRunner, LaunchOperatorKinds, OperatorKindTier, RunTtlSource, RunnerTier } from "./cascade";
export { blueprintDialect, blueprintsCheck, isBlueprintFile, validateBlueprintText } from "./check";
export { explainBlueprint, operatorKindFrom, renderExplanation, runnerFrom } from "./explain";
export type { AgentExplanation, BlueprintExplanation, LaunchRequest } from "./explain";
export { validateBlueprint } from "./validate";
export type { BlueprintValidation } from "./validate";
export type { BlueprintModel, SuppressedFinding } from "./model";
export { blueprintFileSchema, blueprintSchema } from "./schema";
export type { AgentDef, Blueprint, Runner } from "./schema";
export { blueprintHoverAt } from "./hover";
export { operatorKindSchema, type OperatorKind } from "./schema";
