import type { Finding } from "../kernel/findings";
import type { Pointer } from "../kernel/source/document";
import { closest } from "../suggest";
import { effectiveRunner, operatorRefOf } from "./cascade";
import type { BlueprintsConfig } from "./config";
import { changeTo, hint } from "./fixes";
import * as R from "./rules";
import type { AgentDef, Blueprint, SubprocessDef } from "./schema";
import type { BlueprintModel } from "./model";
import { isObject } from "../data";

/** The compile's agent builds: per agent, the kind factory and its spec, subprocess templates and their placeholders. */

export type Agent = BlueprintModel["agents"][number];

export interface AgentBuilds {
  findings: Finding[];
  /** Agents the compile routes steps to. */
  routes: Set<string>;
  /** Agents already reported as unknown-agent-kind (their steps are not reported again). */
  reported: Set<string>;
}

/** Per agent, in upstream's order: duplicate name, kind factory, spec build. */
export function agentBuilds(model: BlueprintModel, config: BlueprintsConfig): AgentBuilds {
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
