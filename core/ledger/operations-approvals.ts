import { canonicalJson, sha256Hex } from "./chain";
import { loadRun } from "./load-run";
import { append, badRequest, blank, checkRunId, checkStepId, done, type OperationContext, precheck, requireRunId, type RunResult, trimInputs, trimmed } from "./operations";
import { refuse, type Refusal } from "./refusal";
import { newId } from "./run-files";
import { APPROVAL_ID_RE, type ApprovalState, COMMENT_MAX, type PayloadOf, riskLevelSchema } from "./schema";
import { cancelled, checkApprovalRequest, checkDecision } from "./transitions";

/** The approval operations: request one (a human_review step or an exact tool call), decide it, and ask whether a tool call is approved. */

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

export async function requestApproval(input: OperationContext & ApprovalRequestInput): Promise<RunResult> {
  const ctx = trimInputs(input, "runId", "stepId", "tool", "riskLevel", "reason");
  const kind = ctx.tool !== undefined ? "tool_call" : "step";
  const pre = precheck(
    ctx,
    "write",
    () => requireRunId(ctx.runId),
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
      const request = kind === "tool_call" ? toolRequest(ctx.tool!, ctx.args) : { request_ref: null, request_hash: null };
      const ttl = Math.min(ctx.ttlSeconds ?? policy.toolCallTtlSeconds, policy.toolCallTtlSeconds);
      const payload: PayloadOf<"approval_requested"> = {
        approval_id: newId("appr_", 24),
        kind,
        step_id: ctx.stepId ?? null,
        tool: kind === "tool_call" ? ctx.tool! : null,
        ...request,
        risk_level: (ctx.riskLevel ?? (kind === "tool_call" ? "high" : "medium")) as PayloadOf<"approval_requested">["risk_level"],
        reason: ctx.reason,
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

export async function decideApproval(input: OperationContext & DecisionInput): Promise<RunResult> {
  const ctx = trimInputs(input, "runId", "approvalId", "reason", "comment");
  const pre = precheck(
    ctx,
    "write",
    () => requireRunId(ctx.runId),
    () => (APPROVAL_ID_RE.test(ctx.approvalId ?? "") ? undefined : badRequest(`approval id ${JSON.stringify(String(ctx.approvalId).slice(0, 60))} is not appr_ + 24 hex`)),
    () => (ctx.decision === "approve" || ctx.decision === "deny" ? undefined : badRequest("decision must be approve or deny")),
    () => (ctx.decision === "deny" && blank(ctx.reason) ? badRequest("a denial needs a reason") : undefined),
    () => (ctx.comment !== undefined && ctx.comment.length > COMMENT_MAX ? badRequest(`a decision comment is longer than ${COMMENT_MAX} characters`) : undefined),
  );
  if ("ok" in pre) return pre;
  return done(
    await append("decide", ctx, ctx.runId, (run, at) => {
      const refusal = checkDecision(run, ctx.approvalId, ctx.actor, at);
      if (refusal) return refusal;
      const payload: PayloadOf<"approval_decided"> = { approval_id: ctx.approvalId, decision: ctx.decision, reason: blank(ctx.reason) ? null : ctx.reason! };
      if (!blank(ctx.comment)) payload.comment = ctx.comment!;
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
  // Trimmed as requestApproval records them: the same call is asked about under the same name and hash.
  const runId = trimmed(input.runId);
  const tool = trimmed(input.tool);
  const bad = checkRunId(runId);
  if (bad) return bad;
  const loaded = loadRun(input.root, runId);
  if (!loaded?.fold.run) return refuse("unknown_run", `no run ${runId}`);
  const stop = cancelled(loaded.fold.run);
  if (stop) return stop;
  const { request_hash } = toolRequest(tool, input.args);
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
  return refuse("FLOW_EXECUTION_CONSENT_REQUIRED", `tool call ${tool} is not approved: ${why}`);
}
