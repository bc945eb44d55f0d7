import { z } from "zod";
import { PATH_PATTERN } from "./path";

/**
 * mlua-swarm Blueprint schema 0.1.0 (crate v0.26.0) with its flow.ir v0.2 program, as zod schemas:
 * the types Flowgate checks against and the JSON Schema editors get (../shared/spec/blueprint.md C).
 * Every struct is strict, as upstream's `deny_unknown_fields`; `metadata.origin` alone is not.
 */

/** semver.org's regular expression: upstream parses `schema_version` as any valid semver. */
export const SEMVER_RE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Any JSON value, present (serde's `Value` without `#[serde(default)]` is a required field). */
const anyValue = z.json().meta({ id: "JsonValue" });
const u32 = z.number().int().min(0).max(4_294_967_295);
const u64 = z.number().int().min(0);
const strings = z.array(z.string());
/** `Option<T>` with `#[serde(default)]`: absent or `null`. */
const opt = <T extends z.ZodType>(t: T) => t.nullable().optional();

// ── flow.ir v0.2 ─────────────────────────────────────────────────────────

export const pathSchema = z.string().regex(PATH_PATTERN).meta({ description: "Context path: `$`, `$.a.b`, `$[\"x.y\"].c` — no array index" });

const binary = <Op extends string>(op: Op) => z.strictObject({ op: z.literal(op), get lhs() { return exprSchema; }, get rhs() { return exprSchema; } });
const unary = <Op extends string>(op: Op) => z.strictObject({ op: z.literal(op), get arg() { return exprSchema; } });
const variadic = <Op extends string>(op: Op) => z.strictObject({ op: z.literal(op), get args() { return z.array(exprSchema); } });

export const pathExprSchema = z.strictObject({ op: z.literal("path"), at: pathSchema });

export const exprSchema: z.ZodType<Expr> = z
  .discriminatedUnion("op", [
    pathExprSchema,
    z.strictObject({ op: z.literal("lit"), value: anyValue }),
    binary("eq"), binary("ne"), binary("lt"), binary("lte"), binary("gt"), binary("gte"),
    unary("not"),
    variadic("and"), variadic("or"),
    unary("exists"),
    binary("add"), binary("sub"), binary("mul"), binary("div"), binary("mod"),
    unary("len"),
    z.strictObject({ op: z.literal("in"), get needle() { return exprSchema; }, get haystack() { return exprSchema; } }),
    z.strictObject({ op: z.literal("call_extern"), ref: z.string(), get args() { return z.array(exprSchema); } }),
  ])
  .meta({ id: "Expr", title: "flow.ir v0.2 expression" });

export type Expr =
  | { op: "path"; at: string }
  | { op: "lit"; value: z.infer<typeof anyValue> }
  | { op: "eq" | "ne" | "lt" | "lte" | "gt" | "gte" | "add" | "sub" | "mul" | "div" | "mod"; lhs: Expr; rhs: Expr }
  | { op: "not" | "exists" | "len"; arg: Expr }
  | { op: "and" | "or"; args: Expr[] }
  | { op: "in"; needle: Expr; haystack: Expr }
  | { op: "call_extern"; ref: string; args: Expr[] };

export const EXPR_OPS = ["path", "lit", "eq", "ne", "lt", "lte", "gt", "gte", "not", "and", "or", "exists", "add", "sub", "mul", "div", "mod", "len", "in", "call_extern"] as const;
/** flow.ir v0.2 renamed these; v0.2 rejects the old spelling. */
export const RENAMED_OPS: ReadonlyMap<string, string> = new Map([["ge", "gte"], ["le", "lte"]]);
/** Old operand field names by op (v0.1 → v0.2). */
export const RENAMED_OPERANDS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ["and", new Map([["operands", "args"]])], ["or", new Map([["operands", "args"]])],
  ["not", new Map([["operand", "arg"]])], ["len", new Map([["of", "arg"]])], ["exists", new Map([["at", "arg"]])],
]);

export const joinModeSchema = z.enum(["all", "any", "race", "all_settled"]);

export const nodeSchema: z.ZodType<FlowNode> = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("step"), ref: z.string().meta({ description: "Agent name" }), get in() { return exprSchema; }, get out() { return exprSchema; } }),
    z.strictObject({ kind: z.literal("seq"), get children() { return z.array(nodeSchema); } }),
    z.strictObject({ kind: z.literal("branch"), get cond() { return exprSchema; }, get then() { return nodeSchema; }, get else() { return nodeSchema; } }),
    z.strictObject({ kind: z.literal("fanout"), get items() { return exprSchema; }, get bind() { return exprSchema; }, get body() { return nodeSchema; }, join: joinModeSchema, get out() { return exprSchema; } }),
    z.strictObject({ kind: z.literal("loop"), get counter() { return exprSchema; }, get cond() { return exprSchema; }, get body() { return nodeSchema; }, max: u32 }),
    z.strictObject({ kind: z.literal("try"), get body() { return nodeSchema; }, get catch() { return nodeSchema; }, get err_at() { return opt(exprSchema); } }),
    z.strictObject({ kind: z.literal("assign"), get at() { return exprSchema; }, get value() { return exprSchema; } }),
  ])
  .meta({ id: "Node", title: "flow.ir v0.2 node" });

export type FlowNode =
  | { kind: "step"; ref: string; in: Expr; out: Expr }
  | { kind: "seq"; children: FlowNode[] }
  | { kind: "branch"; cond: Expr; then: FlowNode; else: FlowNode }
  | { kind: "fanout"; items: Expr; bind: Expr; body: FlowNode; join: z.infer<typeof joinModeSchema>; out: Expr }
  | { kind: "loop"; counter: Expr; cond: Expr; body: FlowNode; max: number }
  | { kind: "try"; body: FlowNode; catch: FlowNode; err_at?: Expr | null }
  | { kind: "assign"; at: Expr; value: Expr };

export const NODE_KINDS = ["step", "seq", "branch", "fanout", "loop", "try", "assign"] as const;
/** Fields that are written to: upstream parses any Expr there and fails at eval unless it is `path`. */
export const WRITE_TARGETS: Record<string, readonly string[]> = { step: ["out"], assign: ["at"], loop: ["counter"], fanout: ["bind", "out"], try: ["err_at"] };

// ── Blueprint ────────────────────────────────────────────────────────────

export const agentKindSchema = z.enum(["lua", "rust_fn", "agent_block", "subprocess", "operator"]);
export const operatorKindSchema = z.enum(["main_ai", "automate", "composite"]);
export const lintSettingSchema = z.enum(["allow", "warn", "deny"]);
export const lintsSchema = z.record(z.string(), lintSettingSchema).meta({ description: "Lint levels by kind, `category:<cat>` or `all`" });

export const contextPolicySchema = z.strictObject({
  include: opt(strings).meta({ description: "Allow-list of context fields (absent: all)" }),
  exclude: strings.optional().meta({ description: "Deny-list; wins over include" }),
  steps: opt(strings),
  steps_exclude: strings.optional(),
});

export const agentProfileSchema = z.strictObject({
  system_prompt: z.string().optional(),
  model: opt(z.string()),
  effort: opt(z.string()),
  tools: strings.optional(),
  description: opt(z.string()),
  extras: z.unknown().optional().meta({ description: "Free-form; `expected_output: {kind}` declares the output contract" }),
  version_hash: opt(z.string()),
  worker_binding: opt(z.string()).meta({ description: "Deprecated: use `runner` / `runner_ref`", deprecated: true }),
});

export const agentMetaSchema = z.strictObject({
  description: opt(z.string()),
  version: opt(z.string()),
  tags: strings.optional(),
  ctx: z.unknown().optional(),
  context_policy: opt(contextPolicySchema),
  meta_ref: opt(z.string()).meta({ description: "Name of a `metas[]` entry" }),
  projection_name: opt(z.string()),
});

const tools = strings.optional();
export const subprocessOverridesSchema = z.strictObject({ model: opt(z.string()), tools, cwd: opt(z.string()) });
export const runnerSchema = z
  .discriminatedUnion("backend", [
    z.strictObject({ backend: z.literal("ws_operator"), variant: z.string(), tools }),
    z.strictObject({ backend: z.literal("ws_claude_code"), variant: z.string(), tools }),
    z.strictObject({ backend: z.literal("agent_block_in_process"), tools }),
    z.strictObject({ backend: z.literal("subprocess"), template: z.string().meta({ description: "Name of a `subprocesses[]` entry" }), overrides: subprocessOverridesSchema.optional() }),
  ])
  .meta({ id: "Runner" });

export const verdictContractSchema = z.strictObject({ channel: z.enum(["body", "part"]), values: strings });

export const agentDefSchema = z
  .strictObject({
    name: z.string(),
    kind: agentKindSchema,
    spec: z.unknown().optional().meta({ description: "Per kind: fn_id (lua/rust_fn), operator_ref (operator), program+args (subprocess), script_path… (agent_block)" }),
    profile: opt(agentProfileSchema),
    meta: opt(agentMetaSchema),
    runner: opt(runnerSchema),
    runner_ref: opt(z.string()).meta({ description: "Name of a `runners[]` entry" }),
    verdict: opt(verdictContractSchema),
    lints: opt(lintsSchema),
  })
  .meta({ id: "AgentDef" });

/** A pre-link agent entry: expanded from the agent.md file, the siblings shallow-merged on top. */
export const agentMdRefSchema = agentDefSchema.partial().extend({ $agent_md: z.string().meta({ description: "Relative path of the agent.md to expand" }) }).meta({ id: "AgentMdRef" });

export const operatorDefSchema = z.strictObject({
  name: z.string(),
  display_name: opt(z.string()),
  kind: opt(operatorKindSchema),
  spec: z.unknown().optional(),
  profile: opt(agentProfileSchema),
  meta: opt(agentMetaSchema),
});

export const subprocessOutputSchema = z.strictObject({
  format: opt(z.string()),
  result_ptr: opt(z.string()),
  ok_from: opt(z.string()),
  stats: opt(z.strictObject({ usage_ptr: opt(z.string()), model_ptr: opt(z.string()), num_turns_ptr: opt(z.string()) })),
});

export const subprocessDefSchema = z.strictObject({
  name: z.string(),
  argv: strings,
  stdin: opt(z.string()),
  env: z.record(z.string(), z.string()).optional(),
  cwd: opt(z.string()),
  output: opt(subprocessOutputSchema),
  stream_mode: opt(z.string()),
});

export const metadataSchema = z.strictObject({
  description: opt(z.string()),
  origin: z
    .discriminatedUnion("kind", [
      z.looseObject({ kind: z.literal("inline") }),
      z.looseObject({ kind: z.literal("file"), path: z.string() }),
      z.looseObject({ kind: z.literal("algo"), session_id: z.string() }),
    ])
    .optional(),
  tags: strings.optional(),
  version_label: opt(z.string()),
  project_name_alias: opt(z.string()),
  default_run_ttl_secs: opt(u64).meta({ description: "Run TTL when the launch request gives none (server default 1800 s)" }),
  strict_verdict_handling: opt(z.boolean()),
  lints: opt(lintsSchema),
});

export const blueprintSchema = z
  .strictObject({
    schema_version: z.string().regex(SEMVER_RE).optional().meta({ description: "Semver, default 0.1.0" }),
    id: z.string(),
    get flow() { return nodeSchema; },
    agents: z.array(agentDefSchema).optional(),
    operators: z.array(operatorDefSchema).optional(),
    metas: z.array(z.strictObject({ name: z.string(), ctx: anyValue })).optional(),
    hints: z.strictObject({ per_agent: z.record(z.string(), z.unknown()).optional(), global: z.unknown().optional() }).optional(),
    strategy: z.strictObject({ strict_refs: z.boolean().optional(), strict_kind: z.boolean().optional(), strict_binding: z.boolean().optional() }).optional(),
    metadata: metadataSchema.optional(),
    spawner_hints: z.strictObject({ layers: strings.optional() }).optional(),
    default_agent_kind: agentKindSchema.optional(),
    default_operator_kind: opt(operatorKindSchema),
    default_init_ctx: z.unknown().optional(),
    default_agent_ctx: z.unknown().optional(),
    default_context_policy: opt(contextPolicySchema),
    projection_placement: opt(z.strictObject({ root: opt(z.string()), dir_template: opt(z.string()) })),
    audits: z.array(z.strictObject({ agent: z.string(), steps: opt(strings), mode: z.enum(["async", "sync"]).optional() })).optional(),
    degradation_policy: opt(z.enum(["warn", "fail"])),
    runners: z.array(z.strictObject({ name: z.string(), runner: runnerSchema })).optional(),
    default_runner: opt(z.string()),
    subprocesses: z.array(subprocessDefSchema).optional(),
    check_policy: opt(z.enum(["silent", "warn", "strict"])),
    blueprint_ref_includes: strings.optional(),
  })
  .meta({ id: "Blueprint", title: "mlua-swarm Blueprint (schema 0.1.0)" });

/** The file form editors see: agents may still be `$agent_md` references before linking. */
export const blueprintFileSchema = blueprintSchema
  .extend({ agents: z.array(z.union([agentMdRefSchema, agentDefSchema])).optional() })
  .meta({ id: "BlueprintFile", title: "mlua-swarm Blueprint file (schema 0.1.0, pre-link refs allowed)" });

export type Blueprint = z.infer<typeof blueprintSchema>;
export type AgentDef = z.infer<typeof agentDefSchema>;
export type OperatorDef = z.infer<typeof operatorDefSchema>;
export type Runner = z.infer<typeof runnerSchema>;
export type SubprocessDef = z.infer<typeof subprocessDefSchema>;
export type ContextPolicy = z.infer<typeof contextPolicySchema>;
export type AgentKind = z.infer<typeof agentKindSchema>;
export type OperatorKind = z.infer<typeof operatorKindSchema>;
export type LintSetting = z.infer<typeof lintSettingSchema>;
