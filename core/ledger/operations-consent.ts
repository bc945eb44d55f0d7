import { append, badRequest, blank, checkRunId, checkStepId, done, type OperationContext, precheck, requireRunId, type RunResult, trimInputs, trimmed } from "./operations";
import { loadRun } from "./load-run";
import { refuse } from "./refusal";
import { listRunIds, newId } from "./run-files";
import { CONSENT_ID_RE, type ExecutionState, type PayloadOf } from "./schema";
import { checkConsentMint, checkConsentRevoke, checkConsentUse, checkExecuteOnRun } from "./transitions";

/** The automatable-execution operations: mint and revoke a consent, execute a step under one. */

export interface ConsentInput {
  runId: string;
  allowedLanes: string[];
  costCapUnits: number;
  ttlSeconds?: number;
}

export async function mintConsent(input: OperationContext & ConsentInput): Promise<RunResult & { consentId?: string }> {
  const ctx = trimInputs(input, "runId");
  const lanes = Array.isArray(ctx.allowedLanes) ? [...new Set(ctx.allowedLanes.map(trimmed).filter(Boolean))] : [];
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

export async function revokeConsent(input: OperationContext & { runId: string; consentId: string }): Promise<RunResult> {
  const ctx = trimInputs(input, "runId", "consentId");
  const pre = precheck(
    ctx,
    "write",
    () => requireRunId(ctx.runId),
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
export async function executeStep(input: OperationContext & ExecuteInput): Promise<RunResult & { execution?: ExecutionState }> {
  const ctx = trimInputs(input, "runId", "stepId", "consentId", "modelLane");
  const pre = precheck(
    ctx,
    "automatable",
    () => requireRunId(ctx.runId),
    () => checkStepId(ctx.stepId),
    () => (blank(ctx.consentId) ? badRequest("execute needs a consent id") : undefined),
  );
  if ("ok" in pre) return pre;
  if (pre.policy.automatableForbidden) return refuse("FLOW_EXECUTION_POLICY_FORBIDDEN", "automatable execution is forbidden by policy (execution.automatable_forbidden)");
  const req = { step_id: ctx.stepId, consent_id: ctx.consentId, model_lane: ctx.modelLane || "local_default", dry_run: ctx.dryRun === true };
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
