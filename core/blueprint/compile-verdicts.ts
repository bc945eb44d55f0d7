import type { Finding } from "../kernel/findings";
import { closest } from "../suggest";
import type { Agent } from "./compile-agents";
import type { BlueprintsConfig } from "./config";
import { comparisonsOf, condsOf, pathOf, stepsOf, tokenOf } from "./flowir";
import { changeTo, hint } from "./fixes";
import { applyLint, lintLayers } from "./lint-apply";
import { canonicalPath } from "./path";
import * as R from "./rules";
import type { BlueprintModel, SuppressedFinding } from "./model";

/** The compile's verdict contracts: cond ↔ output shape, and the reverse direction (declared values no cond handles). */

export interface VerdictUse {
  /** Declared contracts by agent name, with where each agent sits in the file. */
  contracts: Map<string, { agent: Agent; channel: "body" | "part"; values: string[] }>;
  /** Values some cond compares, by agent. */
  referenced: Map<string, Set<string>>;
}

/** The forward walk both stages share: which contract each compared path belongs to, and what is read. */
export function verdictUse(model: BlueprintModel, report?: (f: Finding) => void): VerdictUse {
  const { doc, bp } = model;
  const contracts: VerdictUse["contracts"] = new Map();
  for (const a of model.agents) if (a.def.verdict) contracts.set(a.def.name, { agent: a, channel: a.def.verdict.channel, values: a.def.verdict.values });
  const outputs = new Map<string, string>();
  for (const { value: step } of stepsOf(bp.flow)) {
    const out = pathOf(step.out);
    if (out !== undefined) outputs.set(out, step.ref);
  }
  const referenced: VerdictUse["referenced"] = new Map();
  for (const { cond, where } of condsOf(bp.flow)) {
    for (const cmp of comparisonsOf(cond)) {
      const path = canonicalPath(cmp.path.value);
      if (path === undefined) continue;
      let agent = outputs.get(path);
      let shape: "body" | "part" = "body";
      if (agent === undefined && path.endsWith(".parts.verdict")) {
        agent = outputs.get(path.slice(0, -".parts.verdict".length));
        shape = "part";
      }
      const contract = agent === undefined ? undefined : contracts.get(agent);
      if (!contract || agent === undefined) continue;
      if (contract.channel !== shape) {
        const use = contract.channel === "part" ? `\`${path}.parts.verdict\`` : `\`${path.slice(0, -".parts.verdict".length)}\``;
        report?.(R.verdictChannelMismatch.at(doc.path, doc.rangeOf(cmp.path.pointer), where, agent, contract.channel, shape, use));
        continue;
      }
      for (const lit of cmp.literals) {
        const token = tokenOf(lit.value);
        if (!contract.values.includes(token)) {
          const guess = typeof lit.value === "string" ? closest(token, contract.values) : undefined;
          report?.(changeTo(doc, lit.pointer, guess, R.verdictValueNotInContract.at(doc.path, doc.rangeOf(lit.pointer), where, agent, token, contract.values, hint(guess))));
        }
        const seen = referenced.get(agent) ?? new Set<string>();
        seen.add(token);
        referenced.set(agent, seen);
      }
    }
  }
  return { contracts, referenced };
}

export function verdictConds(model: BlueprintModel, config: BlueprintsConfig, suppressed: SuppressedFinding[]): Finding[] {
  const out: Finding[] = [];
  const use = verdictUse(model, (f) => out.push(f));
  const strict = model.bp.metadata?.strict_verdict_handling === true;
  for (const name of [...use.contracts.keys()].sort()) {
    const { agent, channel, values } = use.contracts.get(name)!;
    values.forEach((value, k) => {
      if (use.referenced.get(name)?.has(value)) return;
      const finding = R.verdictValueUnhandled.at(model.doc.path, model.doc.rangeOf(["agents", agent.index, "verdict", "values", k]), name, value, channel);
      // strict_verdict_handling makes the compile refuse whatever any lints layer says.
      if (strict) out.push({ ...finding, severity: "error" });
      else {
        const resolved = applyLint(finding, "verdict-value-unhandled", lintLayers(model, config, agent.def), "warn", suppressed);
        if (resolved) out.push(resolved);
      }
    });
  }
  return out;
}
