/**
 * mlua-swarm Blueprints — the API hosts use. The extension's hovers show the cascades with
 * `effectiveRunTtl`, `effectiveOperatorKind` and `effectiveRunner` (plus `describeRunner`,
 * `operatorKindFrom`, `runnerFrom` for the words), or `explainBlueprint` for all of them at once.
 */
export { SERVER_DEFAULT_RUN_TTL_SECS, describeRunner, effectiveOperatorKind, effectiveRunTtl, effectiveRunner, operatorRefOf } from "./cascade";
export type { EffectiveOperatorKind, EffectiveRunTtl, EffectiveRunner, LaunchOperatorKinds, OperatorKindTier, RunTtlSource, RunnerTier } from "./cascade";
export { blueprintDialect, blueprintsCheck, isBlueprintFile, validateBlueprintText } from "./check";
export { explainBlueprint, operatorKindFrom, renderExplanation, runnerFrom } from "./explain";
export type { AgentExplanation, BlueprintExplanation, LaunchRequest } from "./explain";
export { validateBlueprint } from "./validate";
export type { BlueprintModel, BlueprintValidation, SuppressedFinding } from "./validate";
export { blueprintFileSchema, blueprintSchema } from "./schema";
export type { AgentDef, Blueprint, Runner } from "./schema";
