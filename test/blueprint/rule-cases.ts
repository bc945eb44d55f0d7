import type { RuleCase } from "../helpers/rule-cases";
import { baseBlueprint, gateVerdict, skipBranch, text } from "./helpers";

/** The clean Blueprint (test/blueprint/helpers.ts) after `mutate`, as the JSON a workspace would hold. */
function blueprintWith(mutate: (bp: any) => void): string {
  const bp = baseBlueprint();
  mutate(bp);
  return text(bp);
}

const CLEAN = { "t.bp.json": text(baseBlueprint()) };

/** One Blueprint rule per entry: a mutation of the clean Blueprint that breaks it, and the clean (or corrected) one. */
function blueprintCase(rule: string, shows: string, mutate: (bp: any) => void, at: { line: number; column: number; count?: number }, fixed?: (bp: any) => void, config?: string): RuleCase {
  const withConfig = (files: Record<string, string>) => (config ? { ".flowgate.yml": config, ...files } : files);
  return {
    rule,
    shows,
    failing: withConfig({ "t.bp.json": blueprintWith(mutate) }),
    passing: withConfig(fixed ? { "t.bp.json": blueprintWith(fixed) } : CLEAN),
    expect: { file: "t.bp.json", line: at.line, column: at.column, count: at.count ?? 1 },
  };
}

/** The gate agent bound by `runner_ref: name` where only `claude` is declared in runners[]. */
function runnerRef(name: string) {
  return (bp: any) => {
    delete bp.agents[1].runner;
    bp.agents[1].runner_ref = name;
    bp.runners = [{ name: "claude", runner: { backend: "ws_operator", variant: "claude" } }];
  };
}

export const BLUEPRINT_RULE_CASES: RuleCase[] = [
  blueprintCase("blueprint/agent-md-size", "a 200-line system prompt", (bp) => (bp.agents[0].profile.system_prompt = "line\n".repeat(200)), { line: 97, column: 26 }, (bp) => (bp.agents[0].profile.system_prompt = "line\n".repeat(199))),
  // One failure, two stages: the compile error and bp_doctor's warning, at the same runner_ref.
  blueprintCase("blueprint/binding-resolution-error", "bp_doctor's warning for runner_ref claud where only claude is defined", runnerRef("claud"), { line: 120, column: 21 }, runnerRef("claude")),
  blueprintCase("blueprint/bound-agent-resolution", "runner_ref claud where only claude is defined", runnerRef("claud"), { line: 120, column: 21 }, runnerRef("claude")),
  blueprintCase("blueprint/context-policy-strips-projection-roots", "an agent's context_policy excludes work_dir and project_root", (bp) => (bp.agents[0].meta = { context_policy: { exclude: ["work_dir", "project_root"] } }), { line: 99, column: 9 }, (bp) => (bp.agents[0].meta = { context_policy: { exclude: ["work_dir"] } })),
  blueprintCase("blueprint/duplicate-agent-name", "scout declared twice", (bp) => bp.agents.push({ ...bp.agents[0] }), { line: 126, column: 15 }),
  blueprintCase("blueprint/invalid-agent-spec", "a rust_fn spec without fn_id", (bp) => (bp.agents[0].spec = { fn: "identity" }), { line: 88, column: 15 }),
  blueprintCase("blueprint/invalid-path", "an out path with an empty segment", (bp) => (bp.flow.children[0].out.at = "$.a..b"), { line: 15, column: 17 }),
  blueprintCase("blueprint/invalid-projection-placement", "projection_placement.root cwd", (bp) => (bp.projection_placement = { root: "cwd" }), { line: 133, column: 13 }, (bp) => (bp.projection_placement = { root: "work_dir" })),
  blueprintCase("blueprint/invalid-ref-path", "an $agent_md reference to /etc", (bp) => (bp.agents[1] = { $agent_md: "/etc/gate.md" }), { line: 100, column: 20 }),
  blueprintCase("blueprint/invalid-schema-version", 'schema_version "0.1"', (bp) => (bp.schema_version = "0.1"), { line: 132, column: 21 }, (bp) => (bp.schema_version = "0.1.0")),
  blueprintCase("blueprint/invalid-value", "node kind stepp", (bp) => (bp.flow.children[0].kind = "stepp"), { line: 7, column: 17 }),
  blueprintCase("blueprint/legacy-worker-binding", "an operator agent bound only by profile.worker_binding", (bp) => delete bp.agents[1].runner, { line: 106, column: 27 }),
  blueprintCase("blueprint/missing-field", "an agent without kind", (bp) => delete bp.agents[0].kind, { line: 85, column: 5 }),
  blueprintCase("blueprint/non-suppressible-lint", "lints allow a compile error", (bp) => (bp.metadata = { lints: { "duplicate-agent-name": "allow" } }), { line: 134, column: 7 }, (bp) => (bp.metadata = { lints: { "duplicate-agent-name": "deny" } })),
  blueprintCase("blueprint/out-of-range", "a loop with max -1", (bp) => bp.flow.children.push({ kind: "loop", counter: { op: "path", at: "$.n" }, cond: { op: "lit", value: false }, body: { kind: "seq", children: [] }, max: -1 }), { line: 96, column: 16 }, (bp) => bp.flow.children.push({ kind: "loop", counter: { op: "path", at: "$.n" }, cond: { op: "lit", value: false }, body: { kind: "seq", children: [] }, max: 3 })),
  blueprintCase("blueprint/output-contract-missing", "an agent without profile.extras", (bp) => delete bp.agents[0].profile.extras, { line: 91, column: 7 }),
  blueprintCase("blueprint/pre-link-reference", "a $file reference for the system prompt", (bp) => (bp.agents[0].profile.system_prompt = { $file: "prompts/scout.md" }), { line: 98, column: 20 }),
  blueprintCase("blueprint/removed-spawner-hint", "spawner_hints.layers names operator_delegate", (bp) => (bp.spawner_hints = { layers: ["main_ai", "operator_delegate"] }), { line: 135, column: 7 }, (bp) => (bp.spawner_hints = { layers: ["main_ai"] })),
  blueprintCase("blueprint/skip-on-declared-but-no-matching-verdict-value", "a skip list value no agent declares", (bp) => bp.flow.children.push(skipBranch('$.scout.parts["verdict"]', ["NOT_APPLICABLE"])), { line: 93, column: 15 }),
  blueprintCase(
    "blueprint/skip-on-missing-for-skip-like-verdict-value",
    "a declared N/A verdict with no skip guard",
    (bp) => {
      bp.agents[1].verdict.values.push("N/A");
      bp.flow.children[2].cond.args.push(gateVerdict("N/A"));
    },
    { line: 133, column: 11 },
    (bp) => {
      bp.agents[1].verdict.values.push("skip");
      bp.flow.children.push(skipBranch("$.gate.parts.verdict", ["skip"]));
    },
  ),
  blueprintCase(
    "blueprint/skip-on-pattern-conflicts-with-halt-on",
    "SKIP both skipped and halted on",
    (bp) => {
      bp.agents[1].verdict.values.push("SKIP");
      bp.flow.children[2].cond.args.push(gateVerdict("SKIP"));
      bp.flow.children.push(skipBranch("$.gate.parts.verdict", ["SKIP"]));
    },
    { line: 104, column: 15 },
  ),
  blueprintCase("blueprint/step-naming-collision", "scout's projection_name is gate", (bp) => (bp.agents[0].meta = { projection_name: "gate" }), { line: 99, column: 28 }, (bp) => (bp.agents[0].meta = { projection_name: "scouting" })),
  blueprintCase(
    "blueprint/strict-binding-without-runners",
    "strict_binding with no agent bound to a runner",
    (bp) => {
      bp.agents = [bp.agents[0]];
      bp.flow = bp.flow.children[0];
      bp.strategy = { strict_binding: true };
    },
    { line: 38, column: 23 },
    (bp) => (bp.strategy = { strict_binding: true }),
  ),
  blueprintCase("blueprint/unknown-agent-kind", "a rust_fn agent where the deployment registers only operator and lua", () => {}, { line: 87, column: 15 }, (bp) => (bp.agents[0].kind = "lua"), "blueprints:\n  registered-kinds: [operator, lua]\n"),
  blueprintCase("blueprint/unknown-key", "a top-level agentz", (bp) => (bp.agentz = []), { line: 132, column: 3 }),
  blueprintCase("blueprint/unknown-lint-kind", "a lints key agent-md-sise", (bp) => (bp.metadata = { lints: { "agent-md-sise": "warn" } }), { line: 134, column: 7 }, (bp) => (bp.metadata = { lints: { "agent-md-size": "warn" } })),
  blueprintCase("blueprint/unresolved-agent-ref", "a step referring to scuot", (bp) => (bp.flow.children[0].ref = "scuot"), { line: 8, column: 16 }),
  blueprintCase("blueprint/unresolved-audit-agent", "an audit by auditr", (bp) => (bp.audits = [{ agent: "auditr", steps: ["gate"] }]), { line: 134, column: 16 }, (bp) => (bp.audits = [{ agent: "scout", steps: ["gate"] }])),
  blueprintCase("blueprint/unresolved-meta-ref", "an agent's meta_ref names no MetaDef", (bp) => (bp.agents[0].meta = { meta_ref: "house-styl" }), { line: 99, column: 21 }),
  blueprintCase("blueprint/unresolved-operator-ref", "operator_ref main_ai where main-ai is defined", (bp) => (bp.agents[1].spec.operator_ref = "main_ai"), { line: 103, column: 25 }),
  blueprintCase("blueprint/verdict-channel-mismatch", "the cond reads parts.verdict of a body-channel contract", (bp) => (bp.agents[1].verdict.channel = "body"), { line: 39, column: 23, count: 2 }),
  blueprintCase("blueprint/verdict-contract-never-read", "no cond reads the gate's verdict", (bp) => bp.flow.children.pop(), { line: 65, column: 7 }),
  blueprintCase("blueprint/verdict-value-not-in-contract", "a cond compares with BLOCK, not a declared value", (bp) => (bp.flow.children[2].cond.args[1].rhs.value = "BLOCK"), { line: 54, column: 26 }),
  blueprintCase("blueprint/verdict-value-unhandled", "a declared RETRY no cond compares", (bp) => bp.agents[1].verdict.values.push("RETRY"), { line: 122, column: 11 }),
  blueprintCase(
    "blueprint/worker-binding-missing",
    "an operator agent with neither runner nor worker_binding",
    (bp) => {
      delete bp.agents[1].runner;
      delete bp.agents[1].profile.worker_binding;
    },
    { line: 100, column: 15 },
  ),
  blueprintCase("blueprint/write-target-not-path", "a step writing to a literal", (bp) => (bp.flow.children[0].out = { op: "lit", value: "x" }), { line: 14, column: 17 }),
  blueprintCase("blueprint/wrong-type", "a loop max of 1.5", (bp) => bp.flow.children.push({ kind: "loop", counter: { op: "path", at: "$.n" }, cond: { op: "lit", value: false }, body: { kind: "seq", children: [] }, max: 1.5 }), { line: 96, column: 16 }, (bp) => bp.flow.children.push({ kind: "loop", counter: { op: "path", at: "$.n" }, cond: { op: "lit", value: false }, body: { kind: "seq", children: [] }, max: 2 })),
];
