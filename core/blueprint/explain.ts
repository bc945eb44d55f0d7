import { type EffectiveOperatorKind, type EffectiveRunTtl, type LaunchOperatorKinds, type OperatorKindTier, type RunnerTier, SERVER_DEFAULT_RUN_TTL_SECS, describeRunner, effectiveOperatorKind, effectiveRunTtl, effectiveRunner } from "./cascade";
import type { AgentKind, Blueprint, Runner } from "./schema";
import type { BlueprintModel } from "./model";

/** What `flowgate explain` reports for one Blueprint: each cascade's effective value and the tier it came from. */
export interface BlueprintExplanation {
  file: string;
  id: string;
  ttl: EffectiveRunTtl & { from: string };
  agents: AgentExplanation[];
  /** `$agent_md` entries whose agents are only known after linking. */
  unlinkedAgents: string[];
}

export interface AgentExplanation {
  name: string;
  kind: AgentKind;
  operatorKind: EffectiveOperatorKind & { from: string };
  runner: { tier: RunnerTier; runner?: Runner; description: string; from: string; error?: string };
}

export interface LaunchRequest extends LaunchOperatorKinds {
  /** `POST /v1/tasks` body `ttl_secs`. */
  ttlSecs?: number;
}

const TTL_FROM: Record<EffectiveRunTtl["source"], string> = {
  request: "the launch request (ttl_secs)",
  "blueprint-metadata": "metadata.default_run_ttl_secs",
  "server-default": `the server default (${SERVER_DEFAULT_RUN_TTL_SECS} s)`,
};

export function operatorKindFrom(kind: EffectiveOperatorKind): string {
  const from: Record<OperatorKindTier, string> = {
    "per-agent-override": "the launch's per-agent override (operator_kind_overrides)",
    "launch-global": "the launch's operator_kind",
    "operator-def": `operators[${kind.operator}].kind via spec.operator_ref`,
    "default-operator-kind": "default_operator_kind",
    fallback: "the built-in default (automate)",
  };
  return from[kind.tier];
}

export function runnerFrom(tier: RunnerTier, runnerName?: string): string {
  const from: Record<RunnerTier, string> = {
    inline: "the agent's inline runner",
    "runner-ref": `runner_ref → runners[${runnerName ?? "?"}]`,
    "legacy-worker-binding": "legacy profile.worker_binding (deprecated)",
    "default-runner": `default_runner → runners[${runnerName ?? "?"}]`,
    none: "no tier declares one",
  };
  return from[tier];
}

export function explainBlueprint(model: Pick<BlueprintModel, "bp" | "agents" | "doc" | "unlinkedAgents">, launch: LaunchRequest = {}): BlueprintExplanation {
  const bp: Blueprint = model.bp;
  const ttl = effectiveRunTtl(bp, launch.ttlSecs);
  return {
    file: model.doc.path,
    id: bp.id,
    ttl: { ...ttl, from: TTL_FROM[ttl.source] },
    unlinkedAgents: model.unlinkedAgents,
    agents: model.agents.map(({ def }) => {
      const kind = effectiveOperatorKind(bp, def, launch);
      const r = effectiveRunner(bp, def);
      return {
        name: def.name,
        kind: def.kind,
        operatorKind: { ...kind, from: operatorKindFrom(kind) },
        runner: {
          tier: r.tier,
          ...(r.runner ? { runner: r.runner } : {}),
          description: r.error ? "unresolved" : r.runner ? describeRunner(r.runner) : "none",
          from: runnerFrom(r.tier, r.runnerName ?? (r.tier === "runner-ref" ? def.runner_ref ?? undefined : r.tier === "default-runner" ? bp.default_runner ?? undefined : undefined)),
          ...(r.error ? { error: r.error } : {}),
        },
      };
    }),
  };
}

export function renderExplanation(e: BlueprintExplanation): string {
  const lines = [`${e.file}: Blueprint ${e.id}`, `  run TTL: ${e.ttl.secs} s — from ${e.ttl.from}`, "    (cascade: launch request ttl_secs → metadata.default_run_ttl_secs → server default 1800 s)"];
  if (e.agents.length === 0 && e.unlinkedAgents.length === 0) lines.push("  agents: none");
  for (const a of e.agents) {
    lines.push(`  agent ${a.name} (kind ${a.kind})`);
    lines.push(`    operator kind: ${a.operatorKind.kind} — from ${a.operatorKind.from}`);
    lines.push(a.runner.tier === "none" ? "    runner: none — no tier declares one" : `    runner: ${a.runner.description} — from ${a.runner.from}${a.runner.error ? ` (error: ${a.runner.error})` : ""}`);
  }
  for (const ref of e.unlinkedAgents) lines.push(`  agent from $agent_md ${ref}: not known until the Blueprint is linked`);
  lines.push("  (operator kind cascade: per-agent override → launch operator_kind → OperatorDef.kind → default_operator_kind → automate;", "   runner cascade: inline runner → runner_ref → legacy profile.worker_binding → default_runner)");
  return lines.join("\n") + "\n";
}
