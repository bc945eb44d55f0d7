import type { AgentDef, Blueprint, OperatorKind, Runner } from "./schema";

/**
 * The cascades mlua-swarm resolves at launch, made visible: run TTL, each agent's operator kind and
 * each agent's runner, with the tier each value came from. `flowgate explain` prints them and the
 * VS Code extension shows them in hovers.
 */

/** `crates/mlua-swarm-server`: the run TTL when neither the request nor the Blueprint gives one. */
export const SERVER_DEFAULT_RUN_TTL_SECS = 1800;

export type RunTtlSource = "request" | "blueprint-metadata" | "server-default";
export interface EffectiveRunTtl {
  secs: number;
  source: RunTtlSource;
}

/** Run TTL: launch request `ttl_secs` > `metadata.default_run_ttl_secs` > 1800 s server default. */
export function effectiveRunTtl(bp: Pick<Blueprint, "metadata">, requestTtlSecs?: number): EffectiveRunTtl {
  if (requestTtlSecs !== undefined) return { secs: requestTtlSecs, source: "request" };
  const declared = bp.metadata?.default_run_ttl_secs;
  if (declared !== undefined && declared !== null) return { secs: declared, source: "blueprint-metadata" };
  return { secs: SERVER_DEFAULT_RUN_TTL_SECS, source: "server-default" };
}

/** What a launch may say about operator kinds (`operator_kind`, `operator_kind_overrides`). */
export interface LaunchOperatorKinds {
  operatorKind?: OperatorKind;
  overrides?: Readonly<Record<string, OperatorKind>>;
}

export type OperatorKindTier = "per-agent-override" | "launch-global" | "operator-def" | "default-operator-kind" | "fallback";
export interface EffectiveOperatorKind {
  kind: OperatorKind;
  tier: OperatorKindTier;
  /** The `operators[]` entry the agent's `spec.operator_ref` names, when it resolves. */
  operator?: string;
}

/** `collapse_operator_kind`: per-agent override > launch global > OperatorDef.kind (via spec.operator_ref) > default_operator_kind > automate. */
export function effectiveOperatorKind(bp: Pick<Blueprint, "operators" | "default_operator_kind">, agent: Pick<AgentDef, "name" | "spec">, launch: LaunchOperatorKinds = {}): EffectiveOperatorKind {
  const ref = operatorRefOf(agent);
  const operator = ref === undefined ? undefined : (bp.operators ?? []).find((o) => o.name === ref);
  const named = operator ? { operator: operator.name } : {};
  const override = launch.overrides && Object.hasOwn(launch.overrides, agent.name) ? launch.overrides[agent.name] : undefined;
  if (override) return { kind: override, tier: "per-agent-override", ...named };
  if (launch.operatorKind) return { kind: launch.operatorKind, tier: "launch-global", ...named };
  if (operator?.kind) return { kind: operator.kind, tier: "operator-def", ...named };
  if (bp.default_operator_kind) return { kind: bp.default_operator_kind, tier: "default-operator-kind", ...named };
  return { kind: "automate", tier: "fallback", ...named };
}

export function operatorRefOf(agent: Pick<AgentDef, "spec">): string | undefined {
  const spec = agent.spec;
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) return undefined;
  const ref = (spec as Record<string, unknown>).operator_ref;
  return typeof ref === "string" ? ref : undefined;
}

export type RunnerTier = "inline" | "runner-ref" | "legacy-worker-binding" | "default-runner" | "none";
export interface EffectiveRunner {
  tier: RunnerTier;
  runner?: Runner;
  /** The `runners[]` entry it came from (runner-ref and default-runner tiers). */
  runnerName?: string;
  /** Why resolution failed (an unknown runner_ref or default_runner): upstream's bound-agent-resolution error. */
  error?: string;
}

/** `resolve_runner`: inline `runner` > `runner_ref` > legacy `profile.worker_binding` (→ ws_claude_code) > `default_runner` > none. */
export function effectiveRunner(bp: Pick<Blueprint, "runners" | "default_runner">, agent: Pick<AgentDef, "name" | "runner" | "runner_ref" | "profile">): EffectiveRunner {
  const runners = bp.runners ?? [];
  const defined = runners.map((r) => r.name);
  if (agent.runner) return { tier: "inline", runner: agent.runner };
  if (agent.runner_ref !== undefined && agent.runner_ref !== null) {
    const def = runners.find((r) => r.name === agent.runner_ref);
    return def
      ? { tier: "runner-ref", runner: def.runner, runnerName: def.name }
      : { tier: "runner-ref", error: `agent '${agent.name}' runner_ref '${agent.runner_ref}' does not match any runners[].name (defined: ${JSON.stringify(defined)})` };
  }
  const binding = agent.profile?.worker_binding;
  if (binding !== undefined && binding !== null) return { tier: "legacy-worker-binding", runner: { backend: "ws_claude_code", variant: binding, tools: agent.profile?.tools ?? [] } };
  if (bp.default_runner !== undefined && bp.default_runner !== null) {
    const def = runners.find((r) => r.name === bp.default_runner);
    return def
      ? { tier: "default-runner", runner: def.runner, runnerName: def.name }
      : { tier: "default-runner", error: `default_runner '${bp.default_runner}' does not match any runners[].name (defined: ${JSON.stringify(defined)})` };
  }
  return { tier: "none" };
}

/** One line for a runner: `ws_operator variant=claude tools=[]`. */
export function describeRunner(runner: Runner): string {
  switch (runner.backend) {
    case "ws_operator":
    case "ws_claude_code":
      return `${runner.backend} variant=${runner.variant} tools=[${(runner.tools ?? []).join(", ")}]`;
    case "agent_block_in_process":
      return `agent_block_in_process tools=[${(runner.tools ?? []).join(", ")}]`;
    case "subprocess":
      return `subprocess template=${runner.template}`;
  }
}
