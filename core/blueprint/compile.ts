import type { Finding } from "../kernel/findings";
import { agentBuilds } from "./compile-agents";
import { stepNaming } from "./compile-naming";
import { projectionPlacement } from "./compile-placement";
import { auditAgents, boundAgentResolution, metaRefs, operatorRefs, removedSpawnerHints, strictRefs } from "./compile-refs";
import { verdictConds } from "./compile-verdicts";
import type { BlueprintsConfig } from "./config";
import type { BlueprintModel, SuppressedFinding } from "./model";

/**
 * Upstream's `Compiler::compile` checks, in its order. Upstream stops at the first failure;
 * Flowgate reports every failure, each at the exact place that causes it.
 */
export function compileDiagnostics(model: BlueprintModel, config: BlueprintsConfig, suppressed: SuppressedFinding[]): Finding[] {
  const built = agentBuilds(model, config);
  return [
    ...boundAgentResolution(model),
    ...removedSpawnerHints(model),
    ...operatorRefs(model),
    ...metaRefs(model),
    ...auditAgents(model),
    ...built.findings,
    ...verdictConds(model, config, suppressed),
    ...strictRefs(model, built),
    ...stepNaming(model),
    ...projectionPlacement(model),
  ];
}
