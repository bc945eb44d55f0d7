import type { Finding } from "../kernel/findings";
import type { BlueprintsConfig } from "./config";
import { type LintLayer, resolveLint } from "./lints";
import type { AgentDef } from "./schema";
import type { BlueprintModel, SuppressedFinding } from "./model";

/** Which lint layers speak for a finding, and what a lint finding becomes through them (compile and doctor share both). */

/** The lint layers for a finding about one agent (call-site > agent > blueprint) or the whole Blueprint. */
export function lintLayers(model: BlueprintModel, config: BlueprintsConfig, agent?: AgentDef): LintLayer[] {
  return [
    { source: "call-site", map: config.lints },
    ...(agent?.lints ? [{ source: `agent:${agent.name}`, map: agent.lints }] : []),
    { source: "blueprint", map: model.bp.metadata?.lints },
  ];
}

/** Route one lint finding through the layers: its resolved severity, or undefined when allowed away (kept in `suppressed`). */
export function applyLint(finding: Finding, kind: string, layers: LintLayer[], stageLevel: "warn" | "info", suppressed: SuppressedFinding[]): Finding | undefined {
  const outcome = resolveLint(kind, layers, stageLevel);
  if (outcome.suppressed) {
    suppressed.push({ rule: finding.rule, message: finding.message, source: outcome.source, line: finding.line, column: finding.column });
    return undefined;
  }
  const severity = outcome.level === "error" ? "error" : outcome.level === "warn" ? "warning" : "note";
  return outcome.source ? { ...finding, severity, properties: { ...finding.properties, lintLevelFrom: outcome.source } } : { ...finding, severity };
}
