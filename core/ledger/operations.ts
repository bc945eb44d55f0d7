import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import type { Config } from "../config/schema";
import { ConfigError, loadConfig } from "../config/load";
import { FLOW_ID_RE, pointerKindSchema, SEMVER_RE } from "../flow/schema";
import { canonicalJson, sha256Hex } from "./chain";
import { findFlowVersion } from "./flows";
import {
  cancelled,
  checkAdvance,
  checkApprovalRequest,
  checkCancel,
  checkConsentMint,
  checkConsentRevoke,
  checkConsentUse,
  checkDecision,
  checkEvidence,
  checkExecuteOnRun,
  refuse,
  type Refusal,
} from "./fold";
import { resolvePolicy } from "./policy";
import {
  advanceTargetSchema,
  APPROVAL_ID_RE,
  type ApprovalState,
  COMMENT_MAX,
  CONSENT_ID_RE,
  type ExecutionState,
  FLOW_RUN_ID_RE,
  FLOW_RUN_REF_RE,
  IDEMPOTENCY_KEY_RE,
  type Idempotency,
  type LedgerEvent,
  type PayloadOf,
  type Policy,
  riskLevelSchema,
  type RunState,
} from "./schema";
import { appendToRun, type Appended, createRun, listRunIds, loadRun, newId } from "./store";

/** What every write operation gets: the workspace, who acts, and optionally the env/config/clock to use. */
export interface OperationContext {
  /** Workspace root: the ledger is `<root>/.flowgate/runs/`, the policy `<root>/.flowgate/policy.json`. */
  root: string;
  /** Who is acting (see resolveActor). Recorded in the event; blank is refused. */
  actor: string;
  /** Environment for the gate flags (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Workspace config (default: loaded from `<root>/.flowgate.yml`); start uses it to find flows. */
  config?: Config;
  /** The seq the caller's view expects to write next; a stale view is refused with FLOW_LEDGER_CONFLICT. */
  expectedSeq?: number;
  /** Makes the write exactly-once under retries: a repeat with this key returns the first write's result. */
  idempotencyKey?: string;
  now?: () => Date;
}

export type RunResult = { ok: true; run: RunState; event?: LedgerEvent } | Refusal;

type Gate = "write" | "automatable";

/** Upstream's gate order (B.1): policy forbidden → [automatable disabled] → run writes disabled. */
export function checkGates(policy: Policy, gate: Gate): Refusal | undefined {
  if (policy.forbidden) {
    return refuse("FLOW_EXECUTION_POLICY_FORBIDDEN", policy.error ? `${policy.error} (an invalid policy forbids every write)` : `run writes are forbidden by policy (${policy.sources.forbidden})`);
  }
  if (gate === "automatable" && !policy.automatableEnabled) {
    return refuse("FLOW_AUTOMATABLE_EXECUTION_DISABLED", `automatable execution is off (${policy.sources.automatable}); set FLOW_AUTOMATABLE_EXECUTION_ENABLED=1 or execution.automatable_enabled in .flowgate/policy.json`);
  }
  if (!policy.writesEnabled) {
    return refuse("FLOW_RUN_WRITES_DISABLED", `run writes are off (${policy.sources.writes}); set FLOW_RUN_WRITES_ENABLED=1 or "flow_run_writes_enabled": true in .flowgate/policy.json`);
  }
  return undefined;
}

function badRequest(message: string): Refusal {
  return refuse("BAD_REQUEST", message);
}

const blank = (s: string | undefined | null) => typeof s !== "string" || s.trim() === "";

function checkActor(ctx: OperationContext): Refusal | undefined {
  if (blank(ctx.actor)) return badRequest("no actor: pass --actor, set FLOWGATE_ACTOR, or set git user.email");
  if (ctx.actor.length > 320) return badRequest("the actor name is longer than 320 characters");
  return undefined;
}

function checkRunId(runId: string): Refusal | undefined {
  return FLOW_RUN_ID_RE.test(runId) ? undefined : badRequest(`run id ${JSON.stringify(runId.slice(0, 80))} is not run_ + 1-48 of [a-z0-9_]`);
}

/**
 * Upstream only requires a step id here (B.3, B.6); whether it names a step of the run is checked once the
 * run is found, so a missing run is unknown_run and a bad consent is refused first, whatever the step.
 */
function checkStepId(stepId: string): Refusal | undefined {
  return blank(stepId) ? badRequest("a step id is required") : undefined;
}

/** Gates, then the caller's parameter checks, in order; the first refusal wins. */
function precheck(ctx: OperationContext, gate: Gate, ...checks: (() => Refusal | undefined)[]): { policy: Policy } | Refusal {
  const policy = resolvePolicy(ctx.root, ctx.env);
  const stop = checkGates(policy, gate) ?? checkActor(ctx) ?? checkIdempotencyKey(ctx);
  if (stop) return stop;
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return { policy };
}

function checkIdempotencyKey(ctx: OperationContext): Refusal | undefined {
  return ctx.idempotencyKey === undefined || IDEMPOTENCY_KEY_RE.test(ctx.idempotencyKey) ? undefined : badRequest("an idempotency key is 1-255 visible ASCII characters");
}

/**
 * The key and a fingerprint of what was asked (the operation, the actor and every input, not the
 * context: root, env, config, clock, expected seq), so the same key on a different request is caught.
 */
function idempotencyOf(op: string, ctx: OperationContext): Idempotency | undefined {
  if (ctx.idempotencyKey === undefined) return undefined;
  const { root: _root, env: _env, config: _config, now: _now, expectedSeq: _seq, idempotencyKey: key, ...request } = ctx;
  return { key, request_hash: sha256Hex(canonicalJson(JSON.parse(JSON.stringify({ op, ...request })))) };
}

function append(op: string, ctx: OperationContext, runId: string, decide: Parameters<typeof appendToRun>[3]): Promise<Appended<unknown>> {
  return appendToRun(ctx.root, runId, { actor: ctx.actor, expectedSeq: ctx.expectedSeq, idempotency: idempotencyOf(op, ctx), now: ctx.now }, decide);
}

function done(result: Appended<unknown>): RunResult {
  return result.ok ? { ok: true, run: result.run, event: result.event } : result;
}

// ---- start ----------------------------------------------------------------------------------------

export interface StartInput {
  flowId: string;
  /** Required: a run pins an exact version (no "latest"). */
  flowVersion: string;
  taskRef?: string;
  externalRef?: string;
  runRef?: string;
  harness?: string;
  /** The agent identity working the run; it can never decide the run's approvals. */
  agent?: string;
}

export async function startRun(ctx: OperationContext & StartInput): Promise<RunResult> {
  const pre = precheck(
    ctx,
    "write",
    () => (FLOW_ID_RE.test(ctx.flowId ?? "") ? undefined : badRequest(`flow id ${JSON.stringify(String(ctx.flowId).slice(0, 80))} is not flow_ + 1-64 of [a-z0-9_]`)),
    () => (SEMVER_RE.test(ctx.flowVersion ?? "") ? undefined : badRequest(`flow version ${JSON.stringify(String(ctx.flowVersion ?? "").slice(0, 40))} is not X.Y.Z; a run pins an exact version`)),
    () => (ctx.runRef === undefined || FLOW_RUN_REF_RE.test(ctx.runRef) ? undefined : badRequest(`run ref ${JSON.stringify(ctx.runRef.slice(0, 80))} is not flow_run:<1-128 of [A-Za-z0-9._:-]>`)),
    () => (ctx.harness === undefined || !blank(ctx.harness) ? undefined : badRequest("harness is blank")),
  );
  if ("ok" in pre) return pre;
  let config = ctx.config;
  try {
    config ??= loadConfig(ctx.root).config;
  } catch (e) {
    if (e instanceof ConfigError) return badRequest(`cannot read the workspace configuration: ${e.message}`);
    throw e;
  }
  const found = findFlowVersion(ctx.root, config, ctx.flowId, ctx.flowVersion);
  if (!found.ok) return refuse(found.ambiguous ? "BAD_REQUEST" : "unknown_flow", found.reason);
  const idempotency = idempotencyOf("start", ctx);
  // Keyed: the run is named after the key, so a retry meets its first attempt's ledger (O_EXCL) and replays it.
  const runId = idempotency ? `run_k${sha256Hex(`idempotency-key:${idempotency.key}`).slice(0, 32)}` : newId("run_", 16);
  const trimmed = (s: string | undefined) => (blank(s) ? null : s!.trim());
  const at = (ctx.now?.() ?? new Date()).toISOString();
  return createRun(ctx.root, {
    seq: 1,
    type: "run_started",
    at,
    actor: ctx.actor,
    prev: "",
    ...(idempotency && { idempotency }),
    payload: {
      run_id: runId,
      run_ref: ctx.runRef ?? `flow_run:${runId}`,
      flow_id: ctx.flowId,
      flow_version: ctx.flowVersion,
      flow: JSON.parse(JSON.stringify(found.bundle)),
      flow_file: found.file,
      task_ref: trimmed(ctx.taskRef),
      external_ref: trimmed(ctx.externalRef),
      harness: ctx.harness?.trim() ?? "flowgate",
      agent: trimmed(ctx.agent),
    },
  });
}

// ---- advance, evidence ------------------------------------------------------------------------------

export interface AdvanceInput {
  runId: string;
  stepId: string;
  toStatus: string;
  skipReason?: string;
  note?: string;
}

export async function advanceStep(ctx: OperationContext & AdvanceInput): Promise<RunResult> {
  const pre = precheck(
    ctx,
    "write",
    () => checkRunId(ctx.runId),
    () => checkStepId(ctx.stepId),
    () => (advanceTargetSchema.safeParse(ctx.toStatus).success ? undefined : badRequest(`to_status must be one of ${advanceTargetSchema.options.join(", ")}; got ${JSON.stringify(String(ctx.toStatus).slice(0, 40))}`)),
  );
  if ("ok" in pre) return pre;
  const toStatus = ctx.toStatus as PayloadOf<"step_advanced">["to_status"];
  const skipReason = toStatus === "skipped" ? (ctx.skipReason ?? null) : null;
  return done(
    await append("advance", ctx, ctx.runId, (run) => {
      const refusal = checkAdvance(run, { step_id: ctx.stepId, to_status: toStatus, skip_reason: skipReason });
      if (refusal) return refusal;
      const payload: PayloadOf<"step_advanced"> = { step_id: ctx.stepId, to_status: toStatus, skip_reason: skipReason as PayloadOf<"step_advanced">["skip_reason"], note: blank(ctx.note) ? null : ctx.note! };
      return { type: "step_advanced", payload };
    }),
  );
}

export interface EvidenceInput {
  runId: string;
  stepId: string;
  pointerKind: string;
  ref: string;
}

export async function attachEvidence(ctx: OperationContext & EvidenceInput): Promise<RunResult> {
  const pre = precheck(
    ctx,
    "write",
    () => checkRunId(ctx.runId),
    () => checkStepId(ctx.stepId),
    () => (blank(ctx.ref) ? badRequest("evidence ref is blank") : ctx.ref.length > 2048 ? badRequest("evidence ref is longer than 2048 characters") : undefined),
    () => (pointerKindSchema.safeParse(ctx.pointerKind).success ? undefined : badRequest(`pointer kind must be one of ${pointerKindSchema.options.join(", ")}; got ${JSON.stringify(String(ctx.pointerKind).slice(0, 40))}`)),
  );
  if ("ok" in pre) return pre;
  return done(
    await append("evidence", ctx, ctx.runId, (run) => {
      const refusal = checkEvidence(run, ctx.stepId);
      if (refusal) return refusal;
      const payload: PayloadOf<"evidence_attached"> = { step_id: ctx.stepId, pointer_kind: ctx.pointerKind as PayloadOf<"evidence_attached">["pointer_kind"], ref: ctx.ref };
      if (missingWorkspacePath(ctx.root, ctx.pointerKind, ctx.ref)) payload.ref_exists = false;
      return { type: "evidence_attached", payload };
    }),
  );
}

/** Pointer kinds whose ref is usually a file: an artifact, a test result (log, report). */
const FILE_POINTERS = new Set(["artifact", "test_result"]);

/**
 * True when an artifact or test_result ref names a workspace path (relative, no URL scheme, staying
 * inside the root) that does not exist. URLs, hashes, absolute paths and paths leaving the root are not
 * checked (they are not the workspace's files; probing outside it is not ours to do).
 */
export function missingWorkspacePath(root: string, pointerKind: string, ref: string): boolean {
  const path = ref.trim();
  if (!FILE_POINTERS.has(pointerKind) || path === "" || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) || isAbsolute(path)) return false;
  const full = resolve(root, path);
  const inside = relative(resolve(root), full);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return false;
  return !existsSync(full);
}

// ---- approvals ----------------------------------------------------------------------------------------

/** What a tool-call approval is bound to: sha256 of the RFC 8785 JSON of `{tool, args}`. */
export function toolRequest(tool: string, args: unknown): { request_ref: string; request_hash: string } {
  const request_ref = canonicalJson({ tool, args: args ?? {} });
  return { request_ref, request_hash: sha256Hex(request_ref) };
}

export interface ApprovalRequestInput {
  runId: string;
  /** A human_review step to approve; with `tool`, the step the call belongs to (optional). */
  stepId?: string;
  /** A tool call to approve: its name and exact arguments. */
  tool?: string;
  args?: unknown;
  riskLevel?: string;
  reason: string;
  /** Tool calls: seconds the approval stays usable (at most the policy's tool_call_ttl_seconds). */
  ttlSeconds?: number;
  /** Distinct approvers needed (at least the policy's required_approvals). */
  requiredApprovals?: number;
}

export async function requestApproval(ctx: OperationContext & ApprovalRequestInput): Promise<RunResult> {
  const kind = ctx.tool !== undefined ? "tool_call" : "step";
  const pre = precheck(
    ctx,
    "write",
    () => checkRunId(ctx.runId),
    () => (kind === "step" && ctx.stepId === undefined ? badRequest("an approval request needs a step (human_review) or a tool call") : undefined),
    () => (ctx.stepId !== undefined ? checkStepId(ctx.stepId) : undefined),
    () => (kind === "tool_call" && blank(ctx.tool) ? badRequest("tool name is blank") : undefined),
    () => (blank(ctx.reason) ? badRequest("an approval request needs a reason") : undefined),
    () => (ctx.riskLevel === undefined || riskLevelSchema.safeParse(ctx.riskLevel).success ? undefined : badRequest(`risk level must be one of ${riskLevelSchema.options.join(", ")}`)),
    () => (ctx.ttlSeconds === undefined || (Number.isInteger(ctx.ttlSeconds) && ctx.ttlSeconds >= 1) ? undefined : badRequest("ttl must be a whole number of seconds ≥ 1")),
    () => (ctx.requiredApprovals === undefined || (Number.isInteger(ctx.requiredApprovals) && ctx.requiredApprovals >= 1) ? undefined : badRequest("required approvals must be a whole number ≥ 1")),
  );
  if ("ok" in pre) return pre;
  const { policy } = pre;
  return done(
    await append("request-approval", ctx, ctx.runId, (run, at) => {
      const refusal = checkApprovalRequest(run, { kind, step_id: ctx.stepId ?? null });
      if (refusal) return refusal;
      const request = kind === "tool_call" ? toolRequest(ctx.tool!.trim(), ctx.args) : { request_ref: null, request_hash: null };
      const ttl = Math.min(ctx.ttlSeconds ?? policy.toolCallTtlSeconds, policy.toolCallTtlSeconds);
      const payload: PayloadOf<"approval_requested"> = {
        approval_id: newId("appr_", 24),
        kind,
        step_id: ctx.stepId ?? null,
        tool: kind === "tool_call" ? ctx.tool!.trim() : null,
        ...request,
        risk_level: (ctx.riskLevel ?? (kind === "tool_call" ? "high" : "medium")) as PayloadOf<"approval_requested">["risk_level"],
        reason: ctx.reason.trim(),
        required_approvals: Math.max(policy.requiredApprovals, ctx.requiredApprovals ?? 1),
        expires_at: kind === "tool_call" ? new Date(Date.parse(at) + ttl * 1000).toISOString() : null,
      };
      return { type: "approval_requested", payload };
    }),
  );
}

export interface DecisionInput {
  runId: string;
  approvalId: string;
  decision: "approve" | "deny";
  /** Required to deny. */
  reason?: string;
  /** Optional remark on either decision, recorded as `comment`. */
  comment?: string;
}

export async function decideApproval(ctx: OperationContext & DecisionInput): Promise<RunResult> {
  const pre = precheck(
    ctx,
    "write",
    () => checkRunId(ctx.runId),
    () => (APPROVAL_ID_RE.test(ctx.approvalId ?? "") ? undefined : badRequest(`approval id ${JSON.stringify(String(ctx.approvalId).slice(0, 60))} is not appr_ + 24 hex`)),
    () => (ctx.decision === "approve" || ctx.decision === "deny" ? undefined : badRequest("decision must be approve or deny")),
    () => (ctx.decision === "deny" && blank(ctx.reason) ? badRequest("a denial needs a reason") : undefined),
    () => (ctx.comment !== undefined && ctx.comment.trim().length > COMMENT_MAX ? badRequest(`a decision comment is longer than ${COMMENT_MAX} characters`) : undefined),
  );
  if ("ok" in pre) return pre;
  return done(
    await append("decide", ctx, ctx.runId, (run, at) => {
      const refusal = checkDecision(run, ctx.approvalId, ctx.actor, at);
      if (refusal) return refusal;
      const payload: PayloadOf<"approval_decided"> = { approval_id: ctx.approvalId, decision: ctx.decision, reason: blank(ctx.reason) ? null : ctx.reason!.trim() };
      if (!blank(ctx.comment)) payload.comment = ctx.comment!.trim();
      return { type: "approval_decided", payload };
    }),
  );
}

export function approve(ctx: OperationContext & Omit<DecisionInput, "decision">): Promise<RunResult> {
  return decideApproval({ ...ctx, decision: "approve" });
}

export function deny(ctx: OperationContext & Omit<DecisionInput, "decision"> & { reason: string }): Promise<RunResult> {
  return decideApproval({ ...ctx, decision: "deny" });
}

export type ToolAuthorization = { ok: true; approval: ApprovalState } | Refusal;

/**
 * May this exact tool call run now? Only an APPROVED, unexpired tool-call approval of this run whose
 * request hash equals the call's (same tool, same canonical arguments), and never in a cancelled run.
 * Read-only.
 */
export function authorizeToolCall(input: { root: string; runId: string; tool: string; args?: unknown; now?: () => Date }): ToolAuthorization {
  const bad = checkRunId(input.runId);
  if (bad) return bad;
  const loaded = loadRun(input.root, input.runId);
  if (!loaded?.fold.run) return refuse("unknown_run", `no run ${input.runId}`);
  const stop = cancelled(loaded.fold.run);
  if (stop) return stop;
  const { request_hash } = toolRequest(input.tool, input.args);
  const now = (input.now?.() ?? new Date()).getTime();
  const matching = loaded.fold.run.approvals.filter((a) => a.kind === "tool_call" && a.request_hash === request_hash);
  const usable = matching.find((a) => a.status === "APPROVED" && a.expires_at !== null && now < Date.parse(a.expires_at));
  if (usable) return { ok: true, approval: usable };
  const latest = matching[matching.length - 1];
  const why = !latest
    ? `no approval was requested for this exact call (request hash ${request_hash.slice(0, 12)}…)`
    : latest.status === "APPROVED"
      ? `approval ${latest.approval_id} expired at ${latest.expires_at}`
      : `approval ${latest.approval_id} is ${latest.status}`;
  return refuse("FLOW_EXECUTION_CONSENT_REQUIRED", `tool call ${input.tool} is not approved: ${why}`);
}

// ---- consent, execute ------------------------------------------------------------------------------------

export interface ConsentInput {
  runId: string;
  allowedLanes: string[];
  costCapUnits: number;
  ttlSeconds?: number;
}

export async function mintConsent(ctx: OperationContext & ConsentInput): Promise<RunResult & { consentId?: string }> {
  const lanes = Array.isArray(ctx.allowedLanes) ? [...new Set(ctx.allowedLanes.map((l) => String(l).trim()).filter(Boolean))] : [];
  const pre = precheck(
    ctx,
    "automatable",
    () => checkRunId(ctx.runId),
    () => (lanes.length ? undefined : badRequest("allowed lanes must be a non-empty list")),
    () => (Number.isInteger(ctx.costCapUnits) && ctx.costCapUnits >= 1 ? undefined : badRequest("cost cap must be a whole number of units ≥ 1")),
  );
  if ("ok" in pre) return pre;
  const { policy } = pre;
  if (policy.automatableForbidden) return refuse("FLOW_EXECUTION_POLICY_FORBIDDEN", "automatable execution is forbidden by policy (execution.automatable_forbidden)");
  const denied = lanes.find((l) => !policy.allowedLanes.includes(l));
  if (denied) return refuse("FLOW_EXECUTION_LANE_DENIED", `lane ${denied} is not allowed by policy (${policy.allowedLanes.join(", ")})`);
  const cap = Math.min(ctx.costCapUnits, policy.defaultCostCapUnits);
  if (ctx.ttlSeconds !== undefined && !(Number.isInteger(ctx.ttlSeconds) && ctx.ttlSeconds >= 1)) return badRequest("ttl must be a whole number of seconds ≥ 1");
  const ttl = ctx.ttlSeconds === undefined ? policy.defaultTtlSeconds : Math.min(ctx.ttlSeconds, policy.maxTtlSeconds);
  const result = await append("consent", ctx, ctx.runId, (run, at) => {
    const refusal = checkConsentMint(run);
    if (refusal) return refusal;
    const payload: PayloadOf<"consent_minted"> = { consent_id: newId("fcons_", 24), allowed_lanes: lanes, cost_cap_units: cap, expires_at: new Date(Date.parse(at) + ttl * 1000).toISOString() };
    return { type: "consent_minted", payload };
  });
  if (!result.ok) return result;
  return { ...done(result), consentId: (result.event?.payload as PayloadOf<"consent_minted">).consent_id };
}

export async function revokeConsent(ctx: OperationContext & { runId: string; consentId: string }): Promise<RunResult> {
  const pre = precheck(
    ctx,
    "write",
    () => checkRunId(ctx.runId),
    () => (CONSENT_ID_RE.test(ctx.consentId ?? "") ? undefined : badRequest(`consent id ${JSON.stringify(String(ctx.consentId).slice(0, 60))} is not fcons_ + 24 hex`)),
  );
  if ("ok" in pre) return pre;
  return done(
    await append("revoke", ctx, ctx.runId, (run) => checkConsentRevoke(run, ctx.consentId) ?? { type: "consent_revoked", payload: { consent_id: ctx.consentId } }),
  );
}

export interface ExecuteInput {
  runId: string;
  stepId: string;
  consentId: string;
  modelLane?: string;
  dryRun?: boolean;
}

function consentElsewhere(root: string, runId: string) {
  return (consentId: string) => listRunIds(root).some((id) => id !== runId && loadRun(root, id)?.fold.run?.consents.some((c) => c.consent_id === consentId));
}

/**
 * Knowtation's execute_automatable (B.6) as a recorded stub: checks consent, lane, step and cost, then
 * records a completed execution with a hash evidence pointer. Repeating the same (run, step, consent)
 * returns the recorded execution (no double billing).
 */
export async function executeStep(ctx: OperationContext & ExecuteInput): Promise<RunResult & { execution?: ExecutionState }> {
  const pre = precheck(
    ctx,
    "automatable",
    () => checkRunId(ctx.runId),
    () => checkStepId(ctx.stepId),
    () => (blank(ctx.consentId) ? badRequest("execute needs a consent id") : undefined),
  );
  if ("ok" in pre) return pre;
  if (pre.policy.automatableForbidden) return refuse("FLOW_EXECUTION_POLICY_FORBIDDEN", "automatable execution is forbidden by policy (execution.automatable_forbidden)");
  const req = { step_id: ctx.stepId, consent_id: ctx.consentId, model_lane: ctx.modelLane?.trim() || "local_default", dry_run: ctx.dryRun === true };
  const elsewhere = consentElsewhere(ctx.root, ctx.runId);
  const at = () => (ctx.now?.() ?? new Date()).toISOString();
  if (!loadRun(ctx.root, ctx.runId)) return checkConsentUse(undefined, req, at(), elsewhere) ?? refuse("unknown_run", `no run ${ctx.runId}`);
  const result = await append("execute", ctx, ctx.runId, (run, now) => {
    const consentRefusal = checkConsentUse(run, req, now, elsewhere);
    if (consentRefusal) return consentRefusal;
    const previous = run.executions.find((e) => e.step_id === req.step_id && e.consent_id === req.consent_id);
    if (previous) return { noop: true, result: previous };
    const refusal = checkExecuteOnRun(run, req);
    if (refusal) return refusal;
    const payload: PayloadOf<"step_executed"> = {
      execution_id: newId("fexec_", 24),
      ...req,
      cost_units: req.dry_run ? 0 : 1,
      evidence_ref: req.dry_run ? null : newId("hash_", 32),
    };
    return { type: "step_executed", payload };
  });
  if (!result.ok) return result;
  const execution = (result.result as ExecutionState | undefined) ?? result.run.executions[result.run.executions.length - 1];
  return { ok: true, run: result.run, event: result.event, execution };
}

// ---- cancel ---------------------------------------------------------------------------------------------

export async function cancelRun(ctx: OperationContext & { runId: string; reason?: string }): Promise<RunResult> {
  const pre = precheck(ctx, "write", () => checkRunId(ctx.runId));
  if ("ok" in pre) return pre;
  return done(await append("cancel", ctx, ctx.runId, (run) => checkCancel(run) ?? { type: "run_cancelled", payload: { reason: blank(ctx.reason) ? null : ctx.reason!.trim() } }));
}
