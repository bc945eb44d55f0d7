import type { Finding } from "../kernel/findings";
import type { Pointer } from "../kernel/source/document";
import { closest } from "../suggest";
import { effectiveRunner, operatorRefOf } from "./cascade";
import type { AgentBuilds } from "./compile-agents";
import { stepsOf } from "./flowir";
import { changeTo, hint } from "./fixes";
import * as R from "./rules";
import type { BlueprintModel } from "./model";
import { isObject } from "../data";

/** The compile's reference resolution: every name a Blueprint uses (runner, operator, meta, audit agent, step agent) resolves. */

/** runner_ref per agent; default_runner once, when some agent falls through to it (upstream resolves lazily). */
export function boundAgentResolution({ doc, bp, agents }: BlueprintModel): Finding[] {
  const out: Finding[] = [];
  let defaultRunnerUser: string | undefined;
  for (const a of agents) {
    const r = effectiveRunner(bp, a.def);
    if (!r.error) continue;
    if (r.tier !== "runner-ref") {
      defaultRunnerUser ??= a.def.name;
      continue;
    }
    const where: Pointer = ["agents", a.index, "runner_ref"];
    const guess = closest(String(a.def.runner_ref), (bp.runners ?? []).map((x) => x.name));
    out.push(changeTo(doc, where, guess, R.boundAgentResolution.at(doc.path, doc.rangeOf(where), `bound agent resolution: ${r.error}${hint(guess)}`)));
  }
  if (defaultRunnerUser) {
    const r = effectiveRunner(bp, { name: defaultRunnerUser });
    out.push(R.boundAgentResolution.at(doc.path, doc.rangeOf(["default_runner"]), `bound agent resolution: ${r.error} (agent '${defaultRunnerUser}' resolves to it)`));
  }
  return out;
}

export function removedSpawnerHints({ doc, bp }: BlueprintModel): Finding[] {
  return (bp.spawner_hints?.layers ?? []).flatMap((key, j) => (key === "operator_delegate" ? [R.removedSpawnerHint.at(doc.path, doc.rangeOf(["spawner_hints", "layers", j]), key)] : []));
}

export function operatorRefs({ doc, bp, agents }: BlueprintModel): Finding[] {
  const operators = (bp.operators ?? []).map((o) => o.name);
  return agents.flatMap((a) => {
    const ref = operatorRefOf(a.def);
    if (a.def.kind !== "operator" || ref === undefined || operators.includes(ref)) return [];
    const where: Pointer = ["agents", a.index, "spec", "operator_ref"];
    const guess = closest(ref, operators);
    return [changeTo(doc, where, guess, R.unresolvedOperatorRef.at(doc.path, doc.rangeOf(where), a.def.name, ref, operators, hint(guess)))];
  });
}

/** `meta.meta_ref` of each agent, then each step's literal `$step_meta.ref`. */
export function metaRefs({ doc, bp, agents }: BlueprintModel): Finding[] {
  const metas = (bp.metas ?? []).map((m) => m.name);
  const refs: { ref: unknown; where: Pointer; what: string }[] = [
    ...agents.map((a) => ({ ref: a.def.meta?.meta_ref, where: ["agents", a.index, "meta", "meta_ref"], what: `AgentMeta.meta_ref of agent '${a.def.name}'` })),
    ...stepsOf(bp.flow).map(({ value: step, pointer }) => {
      const envelope = step.in.op === "lit" && isObject(step.in.value) ? step.in.value.$step_meta : undefined;
      return { ref: isObject(envelope) ? envelope.ref : undefined, where: [...pointer, "in", "value", "$step_meta", "ref"], what: `Step '${step.ref}' $step_meta.ref` };
    }),
  ];
  return refs.flatMap(({ ref, where, what }) => {
    if (typeof ref !== "string" || metas.includes(ref)) return [];
    const guess = closest(ref, metas);
    return [changeTo(doc, where, guess, R.unresolvedMetaRef.at(doc.path, doc.rangeOf(where), what, ref, metas, hint(guess)))];
  });
}

/** Audit agents may name `$agent_md` agents, whose names only linking reveals. */
export function auditAgents({ doc, bp, agents, prelink }: BlueprintModel): Finding[] {
  if (prelink) return [];
  const names = agents.map((a) => a.def.name);
  return (bp.audits ?? []).flatMap((audit, j) => {
    if (names.includes(audit.agent)) return [];
    const guess = closest(audit.agent, names);
    return [changeTo(doc, ["audits", j, "agent"], guess, R.unresolvedAuditAgent.at(doc.path, doc.rangeOf(["audits", j, "agent"]), audit.agent, names, hint(guess)))];
  });
}

/** Under strict_refs every step names a compiled agent; `$agent_md` agents' names are unknown before linking. */
export function strictRefs(model: BlueprintModel, built: AgentBuilds): Finding[] {
  const { doc, bp } = model;
  if (model.prelink || !(bp.strategy?.strict_refs ?? true)) return [];
  const names = model.agents.map((a) => a.def.name);
  return stepsOf(bp.flow).flatMap(({ value: step, pointer }) => {
    if (built.routes.has(step.ref) || built.reported.has(step.ref)) return [];
    const guess = closest(step.ref, names);
    return [changeTo(doc, [...pointer, "ref"], guess, R.unresolvedAgentRef.at(doc.path, doc.rangeOf([...pointer, "ref"]), step.ref, hint(guess)))];
  });
}
