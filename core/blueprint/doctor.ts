import type { Finding } from "../kernel/findings";
import type { Pointer, SourceDocument } from "../kernel/source/document";
import { closest, didYouMean } from "../suggest";
import { effectiveRunner } from "./cascade";
import { compileNeedsWorkerBinding } from "./compile-agents";
import { verdictUse } from "./compile-verdicts";
import { applyLint, lintLayers } from "./lint-apply";
import type { BlueprintsConfig } from "./config";
import { hint, renameKeyTo } from "./fixes";
import { comparisonsOf, condsOf } from "./flowir";
import { BP_DOCTOR_EMITTED_KINDS, LINT_DECLS, LINT_KEYS, isKnownLintKey } from "./lints";
import { canonicalPath } from "./path";
import * as R from "./rules";
import type { AgentDef, ContextPolicy } from "./schema";
import type { BlueprintModel, SuppressedFinding } from "./model";
import { type Data, isObject } from "../data";

/** bp_doctor's stage: 25 KiB / 200 lines (its BLOCK band is off by default). */
export const AGENT_MD_WARN_BYTES = 25 * 1024;
export const AGENT_MD_WARN_LINES = 200;
const OUTPUT_CONTRACT_KINDS = ["literal_enum", "inline_markdown", "file_sentinel"];

/** Report one lint finding (about an agent when given): the lints layers decide its level or allow it away. */
type Lint = (finding: Finding, kind: string, agent?: AgentDef) => void;
type Agent = BlueprintModel["agents"][number];

/**
 * The bp_doctor lints that need no live server, at their report-only levels, each routed through
 * the `lints` layers (config > agent > Blueprint) exactly as upstream resolves them.
 */
export function doctorLints(model: BlueprintModel, config: BlueprintsConfig, suppressed: SuppressedFinding[]): Finding[] {
  const out: Finding[] = [];
  const lint: Lint = (finding, kind, agent) => {
    const resolved = applyLint(finding, kind, lintLayers(model, config, agent), "warn", suppressed);
    if (resolved) out.push(resolved);
  };
  const bindingResolved = bindingResolutionLint(model, lint);
  for (const a of model.agents) agentLints(model, a, lint, bindingResolved);
  if (bindingResolved) strictBindingLint(model, lint);
  skipOnLints(model, lint);
  verdictContractLint(model, lint);
  return out;
}

/** The per-agent families: size, output contract, worker binding, legacy binding (when the bindings resolve), context policy. */
function agentLints({ doc, bp }: BlueprintModel, a: Agent, lint: Lint, bindingResolved: boolean): void {
  const file = doc.path;
  const base: Pointer = ["agents", a.index];
  const profile = a.def.profile;
  const prompt = profile?.system_prompt ?? "";
  const bytes = Buffer.byteLength(prompt, "utf8");
  const lines = countLines(prompt);
  if (bytes >= AGENT_MD_WARN_BYTES || lines >= AGENT_MD_WARN_LINES) lint(R.agentMdSize.at(file, doc.rangeOf([...base, "profile", "system_prompt"]), a.def.name, bytes, lines), "agent-md-size", a.def);

  const contract = outputContractProblem(profile?.extras);
  if (contract) {
    const where = [[...base, "profile", "extras", "expected_output"], [...base, "profile", "extras"], [...base, "profile"]].find((p) => doc.has(p)) ?? [...base, "name"];
    lint(R.outputContractMissing.at(file, doc.rangeOf(where, where.length > 2 && where[2] === "profile" ? "key" : "value"), a.def.name, contract), "output-contract-missing", a.def);
  }

  // The compile stage already refuses the agents it cannot bind; bp_doctor's own check looks only at profile.worker_binding.
  if (a.def.kind === "operator" && !profile?.worker_binding && !compileNeedsWorkerBinding(bp, a.def)) {
    const message = `operator agent '${a.def.name}' has no profile.worker_binding (bp_doctor's check does not look at \`runner\`); add \`profile.worker_binding: "<subagent-type>"\` or allow this lint`;
    lint({ ...R.workerBindingMissing.at(file, doc.rangeOf([...base, "name"]), message), severity: "warning" }, "worker-binding-missing", a.def);
  }

  if (bindingResolved && effectiveRunner(bp, a.def).tier === "legacy-worker-binding") lint(R.legacyWorkerBinding.at(file, doc.rangeOf([...base, "profile", "worker_binding"]), a.def.name), "legacy-worker-binding", a.def);

  const own = a.def.meta?.context_policy;
  const policy = own ?? bp.default_context_policy;
  if (policy && !["work_dir", "project_root"].some((f) => allows(policy, f))) {
    const where: Pointer = own ? [...base, "meta", "context_policy"] : ["default_context_policy"];
    lint(R.contextPolicyStripsRoots.at(file, doc.rangeOf(where, "key"), a.def.name, own ? "agent tier" : "Blueprint default tier"), "context-policy-strips-projection-roots", a.def);
  }
}

/**
 * The binding family's first step, as bp_doctor's `classify_binding_lint`: resolve every agent's Runner in
 * order; the first failure (an unknown `runner_ref`, or `default_runner` for the first agent that falls
 * through to it) is the family's only finding, at the reference that failed. True when all resolve.
 */
function bindingResolutionLint({ doc, bp, agents }: BlueprintModel, lint: Lint): boolean {
  for (const a of agents) {
    const r = effectiveRunner(bp, a.def);
    if (!r.error) continue;
    const where: Pointer = r.tier === "runner-ref" ? ["agents", a.index, "runner_ref"] : ["default_runner"];
    // Upstream's finding names no agent (its span is the Blueprint root), so agents' lints maps do not apply.
    lint(R.bindingResolutionError.at(doc.path, doc.rangeOf(where), r.error), "binding-resolution-error");
    return false;
  }
  return true;
}

/** strict-binding-without-runners, once the bindings resolve; subprocess runners need no binding. */
function strictBindingLint({ doc, bp, agents }: BlueprintModel, lint: Lint): void {
  const runners = agents.map((a) => effectiveRunner(bp, a.def));
  if (bp.strategy?.strict_binding === true && !runners.some((r) => r.runner && r.runner.backend !== "subprocess")) {
    lint(R.strictBindingWithoutRunners.at(doc.path, doc.rangeOf(["strategy", "strict_binding"])), "strict-binding-without-runners");
  }
}

/** The whole-gate aggregate per agent; the per-value findings come from the compile stage's reverse check. */
function verdictContractLint(model: BlueprintModel, lint: Lint): void {
  const use = verdictUse(model);
  for (const name of [...use.contracts.keys()].sort()) {
    const { agent, channel, values } = use.contracts.get(name)!;
    if (values.length > 0 && values.every((v) => !use.referenced.get(name)?.has(v))) {
      lint(R.verdictContractNeverRead.at(model.doc.path, model.doc.rangeOf(["agents", agent.index, "verdict"], "key"), name, values, channel), "verdict-contract-never-read", agent.def);
    }
  }
}

function countLines(text: string): number {
  // Rust's str::lines: a trailing newline does not start another line.
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

/** Why `profile.extras.expected_output` is not a usable output contract, or undefined when it is. */
export function outputContractProblem(extras: unknown): string | undefined {
  const expected = isObject(extras) ? extras.expected_output : undefined;
  if (expected === undefined) return "no expected_output declared in profile.extras";
  if (!isObject(expected)) return "expected_output is not a JSON object";
  if (typeof expected.kind !== "string") return "expected_output missing string field `kind`";
  if (!OUTPUT_CONTRACT_KINDS.includes(expected.kind)) return `unknown expected_output.kind: ${expected.kind}${didYouMean(expected.kind, OUTPUT_CONTRACT_KINDS)}`;
  return undefined;
}

/** `ContextPolicy::allows`: exclude wins; an include list, when present, must name the field. */
function allows(policy: ContextPolicy, name: string): boolean {
  if ((policy.exclude ?? []).includes(name)) return false;
  return policy.include ? policy.include.includes(name) : true;
}

function skipOnLints(model: BlueprintModel, lint: Lint): void {
  const { doc } = model;
  const skip = new Map<string, Pointer>();
  const halt = new Set<string>();
  const isVerdictPath = (at: string) => canonicalPath(at)?.endsWith(".parts.verdict") === true;
  for (const { cond } of condsOf(model.bp.flow)) {
    for (const cmp of comparisonsOf(cond)) {
      if (!isVerdictPath(cmp.path.value)) continue;
      if (cmp.op === "in") {
        for (const lit of cmp.literals) if (typeof lit.value === "string" && !skip.has(lit.value)) skip.set(lit.value, lit.pointer);
      } else for (const lit of cmp.literals) for (const s of stringsIn(lit.value)) halt.add(s);
    }
  }
  const declared = new Set<string>();
  for (const a of model.agents) {
    (a.def.verdict?.values ?? []).forEach((value, k) => {
      declared.add(value);
      if (["SKIP", "NOT_APPLICABLE", "N/A"].includes(value.toUpperCase()) && !skip.has(value)) {
        lint(R.skipOnMissing.at(doc.path, doc.rangeOf(["agents", a.index, "verdict", "values", k]), a.def.name, value), "skip-on-missing-for-skip-like-verdict-value", a.def);
      }
    });
  }
  for (const [value, pointer] of [...skip].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    if (!model.prelink && !declared.has(value)) lint(R.skipOnDeclaredButNoMatch.at(doc.path, doc.rangeOf(pointer), value), "skip-on-declared-but-no-matching-verdict-value");
    if (halt.has(value)) lint(R.skipOnConflictsWithHaltOn.at(doc.path, doc.rangeOf(pointer), value), "skip-on-pattern-conflicts-with-halt-on");
  }
}

function stringsIn(v: unknown): string[] {
  return typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(stringsIn) : [];
}

/** The meta-lints about `lints` maps themselves (metadata.lints and every agent's lints), from the raw document. */
export function lintControlLints(doc: SourceDocument, data: Data): Finding[] {
  const out: Finding[] = [];
  const layer = (map: unknown, pointer: Pointer, source: string) => {
    if (!isObject(map)) return;
    for (const [key, setting] of Object.entries(map)) {
      const at = doc.rangeOf([...pointer, key], "key");
      if (!isKnownLintKey(key)) {
        const guess = closest(key, LINT_KEYS);
        out.push(renameKeyTo(doc, [...pointer, key], guess, R.unknownLintKind.at(doc.path, at, key, source, hint(guess))));
      } else if ((setting === "allow" || setting === "warn") && Object.hasOwn(LINT_DECLS, key) && LINT_DECLS[key]!.level === "error" && !BP_DOCTOR_EMITTED_KINDS.has(key)) {
        out.push(R.nonSuppressibleLint.at(doc.path, at, key, setting, source));
      }
    }
  };
  if (Array.isArray(data.agents)) {
    data.agents.forEach((a, i) => {
      if (isObject(a)) layer(a.lints, ["agents", i, "lints"], `agent:${typeof a.name === "string" ? a.name : i}`);
    });
  }
  if (isObject(data.metadata)) layer(data.metadata.lints, ["metadata", "lints"], "blueprint");
  return out;
}
