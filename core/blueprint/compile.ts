import type { Finding } from "../kernel/findings";
import type { Pointer } from "../kernel/source/document";
import { closest } from "../suggest";
import { effectiveRunner, operatorRefOf } from "./cascade";
import type { BlueprintsConfig } from "./config";
import { comparisonsOf, condsOf, pathOf, stepsOf, tokenOf } from "./flowir";
import { changeTo, hint } from "./fixes";
import { type LintLayer, resolveLint } from "./lints";
import { canonicalPath } from "./path";
import * as R from "./rules";
import type { AgentDef, Blueprint, SubprocessDef } from "./schema";
import type { BlueprintModel, SuppressedFinding } from "./model";
import { type Data, isObject } from "../data";

type Agent = BlueprintModel["agents"][number];

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

/** runner_ref per agent; default_runner once, when some agent falls through to it (upstream resolves lazily). */
function boundAgentResolution({ doc, bp, agents }: BlueprintModel): Finding[] {
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

function removedSpawnerHints({ doc, bp }: BlueprintModel): Finding[] {
  return (bp.spawner_hints?.layers ?? []).flatMap((key, j) => (key === "operator_delegate" ? [R.removedSpawnerHint.at(doc.path, doc.rangeOf(["spawner_hints", "layers", j]), key)] : []));
}

function operatorRefs({ doc, bp, agents }: BlueprintModel): Finding[] {
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
function metaRefs({ doc, bp, agents }: BlueprintModel): Finding[] {
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
function auditAgents({ doc, bp, agents, prelink }: BlueprintModel): Finding[] {
  if (prelink) return [];
  const names = agents.map((a) => a.def.name);
  return (bp.audits ?? []).flatMap((audit, j) => {
    if (names.includes(audit.agent)) return [];
    const guess = closest(audit.agent, names);
    return [changeTo(doc, ["audits", j, "agent"], guess, R.unresolvedAuditAgent.at(doc.path, doc.rangeOf(["audits", j, "agent"]), audit.agent, names, hint(guess)))];
  });
}

interface AgentBuilds {
  findings: Finding[];
  /** Agents the compile routes steps to. */
  routes: Set<string>;
  /** Agents already reported as unknown-agent-kind (their steps are not reported again). */
  reported: Set<string>;
}

/** Per agent, in upstream's order: duplicate name, kind factory, spec build. */
function agentBuilds(model: BlueprintModel, config: BlueprintsConfig): AgentBuilds {
  const { doc, bp } = model;
  const built: AgentBuilds = { findings: [], routes: new Set(), reported: new Set() };
  const firstIndex = new Map<string, number>();
  const strictKind = bp.strategy?.strict_kind ?? true;
  const checkedTemplates = new Set<string>();
  for (const a of model.agents) {
    const first = firstIndex.get(a.def.name);
    if (first !== undefined) {
      built.findings.push(R.duplicateAgentName.at(doc.path, doc.rangeOf(["agents", a.index, "name"]), a.def.name, first));
      continue;
    }
    firstIndex.set(a.def.name, a.index);
    if (!config["registered-kinds"].includes(a.def.kind)) {
      // Under strict_kind the compile stops here; without it the agent is dropped and its steps fail strict_refs.
      if (strictKind) {
        built.findings.push(R.unknownAgentKind.at(doc.path, doc.rangeOf(["agents", a.index, "kind"]), a.def.name, a.def.kind, config["registered-kinds"]));
        built.reported.add(a.def.name);
      }
      continue;
    }
    built.findings.push(...agentSpecFindings(model, a, checkedTemplates));
    built.routes.add(a.def.name);
  }
  return built;
}

/** Under strict_refs every step names a compiled agent; `$agent_md` agents' names are unknown before linking. */
function strictRefs(model: BlueprintModel, built: AgentBuilds): Finding[] {
  const { doc, bp } = model;
  if (model.prelink || !(bp.strategy?.strict_refs ?? true)) return [];
  const names = model.agents.map((a) => a.def.name);
  return stepsOf(bp.flow).flatMap(({ value: step, pointer }) => {
    if (built.routes.has(step.ref) || built.reported.has(step.ref)) return [];
    const guess = closest(step.ref, names);
    return [changeTo(doc, [...pointer, "ref"], guess, R.unresolvedAgentRef.at(doc.path, doc.rangeOf([...pointer, "ref"]), step.ref, hint(guess)))];
  });
}

// ── per-agent spec (the factory builds) ───────────────────────────────────

/** `mse serve`'s WS thin-path operator backend needs a binding: a ws_* Runner, or the legacy profile.worker_binding. */
export function compileNeedsWorkerBinding(bp: Blueprint, agent: AgentDef): boolean {
  if (agent.kind !== "operator" || operatorRefOf(agent) === undefined) return false;
  const r = effectiveRunner(bp, agent);
  if (r.error) return false;
  const backend = r.runner?.backend;
  if (backend === "ws_operator" || backend === "ws_claude_code") return false;
  if (backend === "agent_block_in_process") return true;
  return agent.profile?.worker_binding === undefined || agent.profile.worker_binding === null;
}

function agentSpecFindings(model: BlueprintModel, a: Agent, checkedTemplates: Set<string>): Finding[] {
  const { doc, bp } = model;
  const file = doc.path;
  const base: Pointer = ["agents", a.index];
  const spec = isObject(a.def.spec) ? a.def.spec : {};
  const specField = (field: string) => doc.rangeOf(Object.hasOwn(spec, field) ? [...base, "spec", field] : doc.has([...base, "spec"]) ? [...base, "spec"] : [...base, "name"]);
  const invalid = (range: ReturnType<typeof doc.rangeOf>, detail: string) => R.invalidAgentSpec.at(file, range, a.def.name, detail);
  const out: Finding[] = [];
  const r = effectiveRunner(bp, a.def);
  switch (a.def.kind) {
    case "lua":
    case "rust_fn":
      if (a.def.kind === "lua" && typeof spec.source === "string") break;
      if (typeof spec.fn_id !== "string") out.push(invalid(specField("fn_id"), `${a.def.kind} spec: 'fn_id' (string) required${a.def.kind === "lua" ? " (or inline 'source')" : ""}`));
      break;
    case "operator":
      if (typeof spec.operator_ref !== "string") out.push(invalid(specField("operator_ref"), "operator spec: 'operator_ref' (string) required"));
      else if (compileNeedsWorkerBinding(bp, a.def)) {
        out.push(R.workerBindingMissing.at(file, doc.rangeOf([...base, "name"]), `operator agent '${a.def.name}' has no explicit Runner or legacy \`profile.worker_binding\`; profile.worker_binding is required for this operator backend — add \`runner: {backend: ws_operator, variant: <variant>}\` (or a runner_ref)`));
      }
      break;
    case "subprocess":
      if (r.runner?.backend === "subprocess") {
        const template = r.runner.template;
        const index = (bp.subprocesses ?? []).findIndex((d) => d.name === template);
        const where = r.tier === "inline" ? [...base, "runner", "template"] : r.tier === "runner-ref" ? [...base, "runner_ref"] : r.tier === "default-runner" ? ["default_runner"] : [...base, "name"];
        if (index < 0) {
          const names = (bp.subprocesses ?? []).map((d) => d.name).sort();
          const guess = closest(template, names);
          const finding = invalid(doc.rangeOf(where), `Runner::Subprocess template '${template}' not found in Blueprint.subprocesses (defined: [${names.join(", ")}])${hint(guess)}`);
          out.push(r.tier === "inline" ? changeTo(doc, where, guess, finding) : finding);
        } else if (!checkedTemplates.has(template)) {
          checkedTemplates.add(template);
          out.push(...subprocessTemplate(model, a, bp.subprocesses![index]!, index));
        }
        const cwd = r.runner.overrides?.cwd;
        if (typeof cwd === "string" && r.tier === "inline") {
          const bad = unknownPlaceholder(cwd);
          if (bad) out.push(invalid(doc.rangeOf([...base, "runner", "overrides", "cwd"]), placeholderMessage(bad, "overrides.cwd")));
        }
        break;
      }
      if (typeof spec.program !== "string") out.push(invalid(specField("program"), "shell spec: 'program' (string) required (or a `subprocess` Runner naming a subprocesses[] template)"));
      if (spec.stream_mode !== undefined && !STREAM_MODES.includes(String(spec.stream_mode))) out.push(invalid(specField("stream_mode"), `unknown stream_mode: ${String(spec.stream_mode)}`));
      break;
    case "agent_block": {
      if (typeof spec.script_path !== "string") break;
      const tools = r.runner && r.runner.backend !== "subprocess" ? (r.runner.tools ?? []) : (a.def.profile?.tools ?? []);
      const mcp = tools.filter((t) => t.startsWith("mcp__"));
      if (mcp.length) out.push(invalid(specField("script_path"), `script_path selects a ScriptBasedAgent, which cannot enforce the declared MCP grant [${mcp.join(", ")}]; drop script_path or the mcp__ tools`));
      break;
    }
  }
  return out;
}

const STREAM_MODES = ["ndjson_lines", "sse_events", "length_prefixed"];
export const EMBED_PLACEHOLDERS = ["system", "system_file", "prompt", "model", "tools_csv", "work_dir", "task_id", "attempt"];

/** Upstream's scan: `{lower_snake}` tokens outside the closed set; other braces are literal text. */
export function unknownPlaceholder(s: string): string | undefined {
  let rest = s;
  for (let start = rest.indexOf("{"); start >= 0; start = rest.indexOf("{")) {
    const after = rest.slice(start + 1);
    const end = after.indexOf("}");
    if (end < 0) return undefined;
    const token = after.slice(0, end);
    if (token !== "" && /^[a-z_]+$/.test(token)) {
      if (!EMBED_PLACEHOLDERS.includes(token)) return token;
      rest = after.slice(end + 1);
    } else rest = after;
  }
  return undefined;
}

const placeholderMessage = (token: string, where: string) => `unknown placeholder '{${token}}' in ${where}; closed set is {${EMBED_PLACEHOLDERS.join(", ")}}`;

function subprocessTemplate(model: BlueprintModel, a: Agent, def: SubprocessDef, index: number): Finding[] {
  const { doc } = model;
  const base: Pointer = ["subprocesses", index];
  const out: Finding[] = [];
  const invalid = (p: Pointer, detail: string) => out.push(R.invalidAgentSpec.at(doc.path, doc.rangeOf([...base, ...p]), a.def.name, `SubprocessDef '${def.name}': ${detail}`));
  if (def.argv.length === 0) invalid(["argv"], "argv must not be empty");
  def.argv.forEach((arg, i) => {
    const bad = unknownPlaceholder(arg);
    if (bad) invalid(["argv", i], placeholderMessage(bad, `argv[${i}]`));
  });
  const scalar = (field: "stdin" | "cwd") => {
    const v = def[field];
    const bad = typeof v === "string" ? unknownPlaceholder(v) : undefined;
    if (bad) invalid([field], placeholderMessage(bad, field));
  };
  scalar("stdin");
  for (const [k, v] of Object.entries(def.env ?? {})) {
    const bad = unknownPlaceholder(v);
    if (bad) invalid(["env", k], placeholderMessage(bad, `env['${k}']`));
  }
  scalar("cwd");
  const mode = def.stream_mode;
  if (typeof mode === "string" && !STREAM_MODES.includes(mode)) invalid(["stream_mode"], `unknown stream_mode: ${mode}`);
  const output = def.output;
  if (output) {
    if (typeof mode === "string") invalid(["output"], "output normalization is a plain-mode declaration; remove either `output` or `stream_mode`");
    if (typeof output.format === "string" && output.format !== "json") invalid(["output", "format"], `unknown output.format '${output.format}' (supported: "json")`);
    if (typeof output.result_ptr === "string" && !output.result_ptr.startsWith("/")) invalid(["output", "result_ptr"], `output.result_ptr '${output.result_ptr}' is not a JSON Pointer (RFC 6901 — must start with '/')`);
    if (typeof output.ok_from === "string" && output.ok_from !== "exit_code" && !output.ok_from.startsWith("/")) invalid(["output", "ok_from"], `output.ok_from '${output.ok_from}' must be "exit_code" or a JSON Pointer (starting with '/')`);
  }
  return out;
}

// ── verdict contracts (cond ↔ output shape, and the reverse direction) ─────

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

/** The lint layers for a finding about one agent (call-site > agent > blueprint) or the whole Blueprint. */
export function lintLayers(model: BlueprintModel, config: BlueprintsConfig, agent?: AgentDef): LintLayer[] {
  return [
    { source: "call-site", map: config.lints },
    ...(agent?.lints ? [{ source: `agent:${agent.name}`, map: agent.lints }] : []),
    { source: "blueprint", map: model.bp.metadata?.lints },
  ];
}

function verdictConds(model: BlueprintModel, config: BlueprintsConfig, suppressed: SuppressedFinding[]): Finding[] {
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

// ── step naming (GH #23) ──────────────────────────────────────────────────

/** Hard step-naming collisions: a name two steps claim strongly where either side declared `projection_name`. */
function stepNaming(model: BlueprintModel): Finding[] {
  const { doc, bp } = model;
  const declared = new Map<string, string>();
  for (const a of model.agents) {
    const name = a.def.meta?.projection_name;
    if (typeof name === "string") declared.set(a.def.name, name);
  }
  const order: string[] = [];
  const firstSite = new Map<string, Pointer>();
  const tops = new Map<string, Map<string, boolean>>();
  for (const { value: step, pointer } of stepsOf(bp.flow)) {
    if (!firstSite.has(step.ref)) {
      order.push(step.ref);
      firstSite.set(step.ref, pointer);
    }
    const set = tops.get(step.ref) ?? new Map<string, boolean>();
    tops.set(step.ref, set);
    const top = outTop(step.out.op === "path" ? step.out.at : undefined);
    if (top) set.set(`${top.nested}|${top.name}`, top.nested);
  }
  const plans = order.map((ref) => {
    const canonical = declared.get(ref) ?? ref;
    const strong = new Set([ref]);
    const weak = new Set<string>();
    for (const [key, nested] of tops.get(ref)!) (nested ? weak : strong).add(key.slice(key.indexOf("|") + 1));
    for (const n of [...weak]) if (n === canonical || strong.has(n)) weak.delete(n);
    return { ref, canonical, isDeclared: declared.has(ref), strong, weak };
  });
  const claimants = new Map<string, number>();
  for (const p of plans) for (const n of new Set([p.canonical, ...p.strong, ...p.weak])) claimants.set(n, (claimants.get(n) ?? 0) + 1);
  const claims = new Map<string, { ref: string; declared: boolean }>();
  const out: Finding[] = [];
  for (const p of plans) {
    const claimed = new Set([...p.strong, ...[...p.weak].filter((n) => (claimants.get(n) ?? 0) <= 1), p.canonical]);
    for (const name of [...claimed].sort()) {
      const other = claims.get(name);
      if (!other) {
        claims.set(name, { ref: p.ref, declared: p.isDeclared });
        continue;
      }
      if (p.isDeclared || other.declared) {
        const reason = p.isDeclared && other.declared ? "both sides declare projection_name" : other.declared ? `step '${other.ref}' declares projection_name` : `step '${p.ref}' declares projection_name`;
        // Point at the declaration that makes the clash fatal.
        const declaring = p.isDeclared ? p.ref : other.ref;
        const agent = model.agents.find((a) => a.def.name === declaring);
        const where = agent ? ["agents", agent.index, "meta", "projection_name"] : [...firstSite.get(p.ref)!, "ref"];
        out.push(R.stepNamingCollision.at(doc.path, doc.rangeOf(where), name, other.ref, p.ref, reason));
      } else if (p.ref === name && other.ref !== name) claims.set(name, { ref: p.ref, declared: false });
    }
  }
  return out;
}

/** Upstream's `out_alias`: the top segment of the canonical out path, and whether the path goes deeper. */
function outTop(at: string | undefined): { name: string; nested: boolean } | undefined {
  const rendered = at === undefined ? undefined : canonicalPath(at);
  if (rendered === undefined) return undefined;
  const trimmed = rendered.startsWith("$.") ? rendered.slice(2) : rendered.slice(1);
  const segments = trimmed.split(".").filter((s) => s !== "");
  return segments[0] === undefined ? undefined : { name: segments[0], nested: segments.length > 1 };
}

// ── projection placement (GH #27) ─────────────────────────────────────────

function projectionPlacement(model: BlueprintModel): Finding[] {
  const { doc, bp } = model;
  const spec = bp.projection_placement;
  if (!spec) return [];
  const out: Finding[] = [];
  const report = (field: string, message: string) => out.push(R.invalidProjectionPlacement.at(doc.path, doc.rangeOf(["projection_placement", field]), message));
  if (typeof spec.root === "string" && spec.root !== "work_dir" && spec.root !== "project_root") {
    const guess = closest(spec.root, ["work_dir", "project_root"]);
    out.push(changeTo(doc, ["projection_placement", "root"], guess, R.invalidProjectionPlacement.at(doc.path, doc.rangeOf(["projection_placement", "root"]), `projection_placement.root must be "work_dir" or "project_root", got ${JSON.stringify(spec.root)}${hint(guess)}`)));
  }
  const t = spec.dir_template;
  if (typeof t === "string") {
    if (t === "") report("dir_template", "projection_placement.dir_template must not be empty");
    else if (!t.includes("{task_id}")) report("dir_template", `projection_placement.dir_template must contain the '{task_id}' placeholder: ${JSON.stringify(t)}`);
    else if (/^([\\/]|[A-Za-z]:[\\/])/.test(t)) report("dir_template", `projection_placement.dir_template must be a relative path, got an absolute one: ${JSON.stringify(t)}`);
    else if (t.split("/").includes("..")) report("dir_template", `projection_placement.dir_template must not contain '..' path segments: ${JSON.stringify(t)}`);
  }
  return out;
}
