import { defineRule } from "../kernel/rule";

/**
 * Blueprint rules. Schema rules are Flowgate's own (upstream reports them as one serde error);
 * compiler diagnostics and bp_doctor lints carry upstream's kind names after the `blueprint/` prefix.
 */
const C = "blueprint";
/** Names a message lists: at most 20, so a Blueprint with thousands of agents does not make a 100 KB message. */
const list = (xs: readonly string[]) => (xs.length ? xs.slice(0, 20).map((x) => `\`${x}\``).join(", ") + (xs.length > 20 ? ` and ${xs.length - 20} more` : "") : "none");

// ── schema (serde / flow.ir parse) ──────────────────────────────────────

export const unknownKey = defineRule({
  id: "blueprint/unknown-key",
  severity: "error",
  category: C,
  summary: "A key no Blueprint struct declares.",
  help: "Every Blueprint struct and every flow.ir node and expression is `deny_unknown_fields`: mlua-swarm refuses the whole Blueprint (HTTP 400 on register) over one unknown or misspelt key. Remove it or fix the spelling.",
  message: (key: string, where: string, hint: string) => `unknown key \`${key}\` in ${where}${hint}`,
});

export const missingField = defineRule({
  id: "blueprint/missing-field",
  severity: "error",
  category: C,
  summary: "A required field is missing.",
  help: "Upstream's typed parse needs this field (e.g. `id` and `flow` on the Blueprint, `name` and `kind` on an agent, `max` on a loop). Add it.",
  message: (where: string, field: string) => `${where} is missing required field \`${field}\``,
});

export const wrongType = defineRule({
  id: "blueprint/wrong-type",
  severity: "error",
  category: C,
  summary: "A field has the wrong JSON type.",
  help: "Use the type the Blueprint schema gives for this field (string, integer, boolean, array, object, a flow.ir node or expression).",
  message: (field: string, expected: string, actual: string) => `\`${field}\` must be ${expected}, not ${actual}`,
});

export const invalidValue = defineRule({
  id: "blueprint/invalid-value",
  severity: "error",
  category: C,
  summary: "A value outside its enumeration (node kind, expression op, agent kind, runner backend, ...).",
  help: "Tagged enums (`kind`, `op`, `backend`) and enumerated fields accept only the listed values; flow.ir v0.2 renamed `ge`/`le` to `gte`/`lte` and rejects the old names.",
  message: (field: string, actual: string, allowed: readonly string[], hint: string) => `\`${field}\` is ${actual}; expected one of ${list(allowed)}${hint}`,
});

export const outOfRange = defineRule({
  id: "blueprint/out-of-range",
  severity: "error",
  category: C,
  summary: "A number outside its integer range.",
  help: "`loop.max` is an unsigned 32-bit integer and `metadata.default_run_ttl_secs` an unsigned 64-bit integer: whole, non-negative numbers.",
  message: (field: string, detail: string) => `\`${field}\` ${detail}`,
});

export const invalidSchemaVersion = defineRule({
  id: "blueprint/invalid-schema-version",
  severity: "error",
  category: C,
  summary: "`schema_version` is not a semantic version.",
  help: "`schema_version` parses as semver (MAJOR.MINOR.PATCH with optional pre-release and build); the current schema is 0.1.0.",
  message: (value: string) => `\`schema_version\` ${value} is not a semantic version (e.g. "0.1.0")`,
});

export const invalidPath = defineRule({
  id: "blueprint/invalid-path",
  severity: "error",
  category: C,
  summary: "A flow.ir context path that does not parse.",
  help: "Paths start at `$`; then `.key` segments (non-empty) or `[\"key\"]` brackets (double-quoted, for keys with dots). There is no array index: `$.results[0]` is rejected when the Blueprint is parsed.",
  message: (path: string, reason: string, hint: string) => `invalid path ${path}: ${reason}${hint}`,
});

export const writeTargetNotPath = defineRule({
  id: "blueprint/write-target-not-path",
  severity: "error",
  category: C,
  summary: "A write target (step.out, assign.at, loop.counter, fanout.bind/out, try.err_at) is not a `path` expression.",
  help: "flow.ir parses any expression here but the write fails at run time unless it is `{\"op\": \"path\", \"at\": \"$...\"}`. Write to a path.",
  message: (field: string, op: string) => `\`${field}\` is written to, so it must be a \`path\` expression, not \`${op}\``,
});

export const preLinkReference = defineRule({
  id: "blueprint/pre-link-reference",
  severity: "note",
  category: C,
  summary: "A `$agent_md` / `$file` reference that mlua-swarm expands before the typed parse.",
  help: "Pre-link Blueprints are expanded by `mse bp build` or on register (unless `strict_embed`). Flowgate checks the siblings it can see and skips what only the referenced file can tell; expand the Blueprint to validate it fully.",
  message: (kind: string, target: string) => `${kind} reference to ${target}: expand before typed validation (checked as far as the siblings go)`,
});

export const invalidRefPath = defineRule({
  id: "blueprint/invalid-ref-path",
  severity: "error",
  category: C,
  summary: "A `$agent_md` / `$file` path that is absolute or climbs with `..`.",
  help: "The linker resolves references relative to the Blueprint and its include dirs; absolute paths and `..` segments are rejected.",
  message: (kind: string, target: string, why: string) => `${kind} path ${target} ${why}; use a path relative to the Blueprint`,
});

// ── compiler diagnostics (Compiler::compile, always Error) ──────────────

const text = (t: string) => t;

export const boundAgentResolution = defineRule({
  id: "blueprint/bound-agent-resolution",
  severity: "error",
  category: C,
  summary: "Runner / Agent / Context binding failed before any spawner was built.",
  help: "`runner_ref` and `default_runner` must name a `runners[].name`. Declare the runner or fix the name.",
  message: text,
});

export const removedSpawnerHint = defineRule({
  id: "blueprint/removed-spawner-hint",
  severity: "error",
  category: C,
  summary: "spawner_hints.layers names a layer that no longer exists (operator_delegate).",
  help: "Route the spawn through the AgentSpec axis: declare the seat once in `operators[]` (e.g. `{\"name\": \"main_ai\", \"kind\": \"main_ai\"}`), point each operator-backed agent at it with `spec.operator_ref`, and name who holds the seat per launch with `operator_sid`.",
  message: (key: string) => `spawner_hints.layers: \`${key}\` was removed — drop it and use \`operators[]\` + \`spec.operator_ref\` (+ \`operator_sid\` per launch) instead`,
});

export const unresolvedOperatorRef = defineRule({
  id: "blueprint/unresolved-operator-ref",
  severity: "error",
  category: C,
  summary: "An agent's spec.operator_ref matches no OperatorDef.name in Blueprint.operators.",
  help: "Every `kind: operator` agent's `spec.operator_ref` names an `operators[].name` (a logical seat, never a runtime id). Declare the operator or fix the name.",
  message: (agent: string, ref: string, defined: readonly string[], hint: string) => `agent '${agent}' operator_ref '${ref}' does not match any operators[].name (defined: ${list(defined)})${hint}`,
});

export const unresolvedMetaRef = defineRule({
  id: "blueprint/unresolved-meta-ref",
  severity: "error",
  category: C,
  summary: "An AgentMeta.meta_ref or $step_meta.ref names an undefined MetaDef.",
  help: "`meta.meta_ref` and a literal step input's `$step_meta.ref` name a `metas[].name`. Declare the MetaDef or fix the name.",
  message: (where: string, ref: string, defined: readonly string[], hint: string) => `${where} names an undefined MetaDef '${ref}' (defined: ${list(defined)})${hint}`,
});

export const unresolvedAuditAgent = defineRule({
  id: "blueprint/unresolved-audit-agent",
  severity: "error",
  category: C,
  summary: "An audits[].agent name matches no AgentDef.name in Blueprint.agents.",
  help: "An audit is run by one of the Blueprint's own agents. Declare the agent or fix the name.",
  message: (agent: string, defined: readonly string[], hint: string) => `audit agent '${agent}' matches no agents[].name (defined: ${list(defined)})${hint}`,
});

export const duplicateAgentName = defineRule({
  id: "blueprint/duplicate-agent-name",
  severity: "error",
  category: C,
  summary: "Two AgentDefs in the same Blueprint share a name.",
  help: "Steps and audits address agents by name; names are unique. Rename one.",
  message: (name: string, first: number) => `duplicate agent name '${name}' (first declared at agents[${first}])`,
});

export const unknownAgentKind = defineRule({
  id: "blueprint/unknown-agent-kind",
  severity: "error",
  category: C,
  summary: "An AgentDef.kind has no registered spawner factory under strategy.strict_kind.",
  help: "The target deployment registers factories for some agent kinds (`blueprints.registered-kinds` in .flowgate.yml). Under `strategy.strict_kind` (default) an unregistered kind fails the compile; with `strict_kind: false` the agent is dropped and its steps fail `strict_refs`.",
  message: (agent: string, kind: string, registered: readonly string[]) => `agent '${agent}' has kind \`${kind}\`, which the deployment registers no factory for (registered: ${list(registered)})`,
});

export const invalidAgentSpec = defineRule({
  id: "blueprint/invalid-agent-spec",
  severity: "error",
  category: C,
  summary: "An AgentDef.spec (or its subprocess template) does not match what the factory for its kind requires.",
  help: "lua/rust_fn need `spec.fn_id` (lua may carry inline `spec.source`); operator needs a string `spec.operator_ref`; subprocess needs `spec.program` unless its Runner is a `subprocess` template, which must exist with a non-empty argv, only the closed placeholder set, `output` or `stream_mode` (not both), output.format \"json\" and JSON Pointers; an agent_block script (`script_path`) cannot be granted `mcp__*` tools.",
  message: (agent: string, detail: string) => `agent '${agent}' spec invalid: ${detail}`,
});

export const workerBindingMissing = defineRule({
  id: "blueprint/worker-binding-missing",
  severity: "error",
  category: C,
  summary: "An operator-kind agent lacks the worker binding its backend requires (Error at compile-lint; Warn at bp_doctor).",
  help: "`mse serve`'s WS thin-path operator backend needs a worker binding at dispatch. Compile fails when the agent resolves to no `ws_operator`/`ws_claude_code` Runner and has no legacy `profile.worker_binding`; bp_doctor also warns for every operator agent without `profile.worker_binding`. Add `runner: {backend: ws_operator, variant: claude}` (or a `runner_ref`).",
  message: text,
});

export const verdictChannelMismatch = defineRule({
  id: "blueprint/verdict-channel-mismatch",
  severity: "error",
  category: C,
  summary: "A Branch/Loop cond addresses a contract-bearing agent's verdict on the wrong OUTPUT channel (body vs part).",
  help: "With `verdict.channel: body` compare the step output itself (`$.<out>`); with `channel: part` compare `$.<out>.parts.verdict` (or `parts[\"verdict\"]`).",
  message: (where: string, agent: string, expected: string, actual: string, use: string) => `${where} reads agent '${agent}''s verdict on the ${actual} channel, but its contract declares channel: ${expected} — compare ${use}`,
});

export const verdictValueNotInContract = defineRule({
  id: "blueprint/verdict-value-not-in-contract",
  severity: "error",
  category: C,
  summary: "A Branch/Loop cond Lit is not a member of the agent's declared verdict.values.",
  help: "Either add the cond's literal to `agents[N].verdict.values`, or change the cond to a value that is already declared.",
  message: (where: string, agent: string, value: string, values: readonly string[], hint: string) => `${where} compares agent '${agent}''s verdict with '${value}', which is not in its verdict.values (${list(values)})${hint}`,
});

export const verdictValueUnhandled = defineRule({
  id: "blueprint/verdict-value-unhandled",
  severity: "warning",
  category: C,
  summary: "A declared verdict.values member is never compared by any downstream Branch/Loop cond.",
  help: "Handle the value in a downstream cond, or drop it from `verdict.values`. Compile refuses it only when denied (`metadata.strict_verdict_handling: true` or a `deny` lint); otherwise it is a warning, as bp_doctor reports it.",
  message: (agent: string, value: string, channel: string) => `agent '${agent}' declares verdict value '${value}' (channel: ${channel}) that no downstream Branch/Loop cond compares`,
});

export const unresolvedAgentRef = defineRule({
  id: "blueprint/unresolved-agent-ref",
  severity: "error",
  category: C,
  summary: "The flow references an agent name with no corresponding AgentDef.",
  help: "Under `strategy.strict_refs` (default) every `step.ref` names a compiled agent. Declare the agent, fix the name, or (if a default spawner serves it) set `strict_refs: false`.",
  message: (ref: string, hint: string) => `flow references agent '${ref}' but no AgentDef matches${hint}`,
});

export const stepNamingCollision = defineRule({
  id: "blueprint/step-naming-collision",
  severity: "error",
  category: C,
  summary: "Two Steps' canonical/alias projection names collide with a declared projection_name.",
  help: "A step is addressed by its ref, its `meta.projection_name` and the top segment of its `out`. When two steps claim one name and either side declared `projection_name`, the compile fails. Rename the projection or the output path.",
  message: (name: string, first: string, second: string, reason: string) => `name '${name}' is claimed by both step '${first}' and step '${second}' (${reason})`,
});

export const invalidProjectionPlacement = defineRule({
  id: "blueprint/invalid-projection-placement",
  severity: "error",
  category: C,
  summary: "Blueprint.projection_placement failed validation.",
  help: "`root` is \"work_dir\" or \"project_root\"; `dir_template` is a non-empty relative path containing `{task_id}` and no `..` segment.",
  message: text,
});

// ── bp_doctor lints (report-only; levels follow the `lints` maps) ──────────

export const agentMdSize = defineRule({
  id: "blueprint/agent-md-size",
  severity: "warning",
  category: C,
  summary: "An agent's profile.system_prompt exceeds the authoring-guide size targets.",
  help: "The authoring guide targets under 25 KiB and 200 lines per agent prompt (bp_doctor warns at or above either). Split the prompt or move reference material out.",
  message: (agent: string, bytes: number, lines: number) => `agent '${agent}' system_prompt is ${bytes} bytes / ${lines} lines — over the authoring-guide size target (25600 bytes / 200 lines)`,
});

export const outputContractMissing = defineRule({
  id: "blueprint/output-contract-missing",
  severity: "warning",
  category: C,
  summary: "profile.extras.expected_output is absent or malformed (GH #44 convention).",
  help: "Declare what the agent returns: `profile.extras.expected_output: {kind: literal_enum | inline_markdown | file_sentinel, pattern?}`.",
  message: (agent: string, reason: string) => `agent '${agent}': ${reason}`,
});

export const strictBindingWithoutRunners = defineRule({
  id: "blueprint/strict-binding-without-runners",
  severity: "warning",
  category: C,
  summary: "strategy.strict_binding is true but no agent resolves to a Runner (no-op).",
  help: "Strict binding checks provider attestations of Runner-backed agents; with none, it checks nothing. Declare runners or drop `strict_binding`.",
  message: () => "strategy.strict_binding is true but no agent resolves to a Runner; strict binding is a no-op (there is nothing for a provider to attest)",
});

export const legacyWorkerBinding = defineRule({
  id: "blueprint/legacy-worker-binding",
  severity: "warning",
  category: C,
  summary: "An agent's Runner resolves from the deprecated profile.worker_binding fallback.",
  help: "Replace `profile.worker_binding: X` with an explicit `runner: {backend: ws_claude_code, variant: X}` (or a `runner_ref`).",
  message: (agent: string) => `agent '${agent}' resolves its Runner from the deprecated profile.worker_binding fallback; migrate to an explicit \`runner\` (inline) or \`runner_ref\``,
});

export const bindingResolutionError = defineRule({
  id: "blueprint/binding-resolution-error",
  severity: "warning",
  category: C,
  summary: "bp_doctor could not resolve the Blueprint's Runner bindings (its warning form of bound-agent-resolution).",
  help: "bp_doctor resolves every agent's Runner (inline `runner` > `runner_ref` > `profile.worker_binding` > `default_runner`) and reports the first failure once, instead of its other binding findings. Declare the runner in `runners[]` or fix the name; the compile stage refuses the same Blueprint with `bound-agent-resolution`.",
  message: (error: string) => `could not resolve Runner bindings: ${error}`,
});

export const skipOnMissing = defineRule({
  id: "blueprint/skip-on-missing-for-skip-like-verdict-value",
  severity: "warning",
  category: C,
  summary: "A skip-like verdict value (SKIP / NOT_APPLICABLE / N/A) has no skip_on guard.",
  help: "A downstream stage that should opt out on this verdict needs a `branch` whose cond is `in(<out>.parts.verdict, lit[...])` listing it; otherwise remove the stale value.",
  message: (agent: string, value: string) => `agent '${agent}' declares verdict value '${value}', which reads like a Skip signal, but no Branch uses it in a skip_on \`in(…parts.verdict, [...])\` list`,
});

export const skipOnDeclaredButNoMatch = defineRule({
  id: "blueprint/skip-on-declared-but-no-matching-verdict-value",
  severity: "warning",
  category: C,
  summary: "A skip_on list captures a value no agent's verdict.values declares (dead guard).",
  help: "Add the value to an upstream agent's `verdict.values`, or remove it from the skip list.",
  message: (value: string) => `a skip_on list captures '${value}', but no agent's verdict.values declares it; the guard can never fire`,
});

export const skipOnConflictsWithHaltOn = defineRule({
  id: "blueprint/skip-on-pattern-conflicts-with-halt-on",
  severity: "warning",
  category: C,
  summary: "The same value appears in both a skip_on list and a halt_on gate cond.",
  help: "Only one of the two guards fires on that verdict; route each value through exactly one.",
  message: (value: string) => `verdict value '${value}' appears in both a skip_on list and a halt_on (gate) cond; only one of the two guards fires on it`,
});

export const contextPolicyStripsRoots = defineRule({
  id: "blueprint/context-policy-strips-projection-roots",
  severity: "warning",
  category: C,
  summary: "An agent's effective context_policy filters out both 'work_dir' and 'project_root'.",
  help: "The projection placement root resolves from `work_dir` or `project_root`; a policy that strips both makes every step artifact of the agent materialize with file_path: null. Allow at least one.",
  message: (agent: string, tier: string) => `agent '${agent}' effective context_policy (${tier}) filters out both 'work_dir' and 'project_root'; its step artifacts will materialize with file_path: null`,
});

export const verdictContractNeverRead = defineRule({
  id: "blueprint/verdict-contract-never-read",
  severity: "warning",
  category: C,
  summary: "No downstream cond reads any of an agent's declared verdict values.",
  help: "The contract is decorative and the step cannot halt the flow. Add a gate that reads the verdict, or drop the declaration; with `channel: body` the step's output must also BE one of the tokens.",
  message: (agent: string, values: readonly string[], channel: string) => `agent '${agent}' declares verdict values ${list(values)} (channel: ${channel}), but no downstream Branch/Loop cond reads any of them — the contract is decorative`,
});

export const unknownLintKind = defineRule({
  id: "blueprint/unknown-lint-kind",
  severity: "warning",
  category: C,
  summary: "A lints map key matches no declared lint kind, category, or 'all'.",
  help: "Keys are a lint kind (e.g. `agent-md-size`), `category:<correctness|suspicious|style|contract|migration>` or `all`; anything else has no effect.",
  message: (key: string, layer: string, hint: string) => `lints key '${key}' (${layer}) matches no lint kind, no 'category:<cat>' group and is not 'all' — the entry has no effect${hint}`,
});

export const nonSuppressibleLint = defineRule({
  id: "blueprint/non-suppressible-lint",
  severity: "warning",
  category: C,
  summary: "A lints map entry allows or warns a compile-stage hard error; it is ignored.",
  help: "Compile errors such as `duplicate-agent-name` cannot be allowed or downgraded; only `deny` (or a `category:`/`all` key) is meaningful there. Fix the Blueprint instead.",
  message: (key: string, setting: string, layer: string) => `lints key '${key}: ${setting}' (${layer}) targets a compile-stage hard error — the setting is ignored at every stage`,
});
