import { skipReasonSchema } from "../flow/schema";
import { sameActor } from "./actor";
import { refuse, type Refusal } from "./refusal";
import { pinnedStep, stepOf } from "./run-steps";
import { type LedgerEvent, type PayloadOf, type RunState } from "./schema";

/**
 * The run state machine's checks: what must hold for an event to be legal on this state (in Knowtation's
 * order, flow-v0.md B.3–B.6, for the part after the run is found). Operations check against fresh state
 * before they append; verification replays every recorded event through the same checks.
 */

function notInProgress(run: RunState): Refusal | undefined {
  if (run.status === "in_progress") return undefined;
  return refuse("FLOW_RUN_NOT_IN_PROGRESS", `run ${run.run_id} is ${run.status}; it takes no more writes`);
}

/** Cancel is terminal: nothing more happens in a cancelled run (a done run still takes evidence and decisions, as upstream). */
export function cancelled(run: RunState): Refusal | undefined {
  return run.status === "cancelled" ? notInProgress(run) : undefined;
}

function unknownStep(run: RunState, stepId: string): Refusal {
  return refuse("BAD_REQUEST", `step ${JSON.stringify(stepId.slice(0, 80))} is not a step of ${run.flow_id}@${run.flow_version}`);
}

export interface AdvanceRequest {
  step_id: string;
  to_status: PayloadOf<"step_advanced">["to_status"];
  /** Raw: an invalid reason is refused here, in upstream's order, not at parameter parsing. */
  skip_reason: string | null;
}

export function checkAdvance(run: RunState, req: AdvanceRequest): Refusal | undefined {
  const stop = notInProgress(run);
  if (stop) return stop;
  const step = stepOf(run, req.step_id);
  if (!step) return unknownStep(run, req.step_id);
  if (step.ordinal > run.frontier) {
    return refuse("FLOW_STEP_OUT_OF_ORDER", `step ${step.step_id} is past the frontier; step #${run.frontier} must be done or skipped first`);
  }
  if (req.to_status === "skipped" && !skipReasonSchema.safeParse(req.skip_reason).success) {
    return refuse("BAD_REQUEST", `skipping needs a reason: one of ${skipReasonSchema.options.join(", ")}`);
  }
  if (req.to_status === "done" && step.evidence_required && !step.verified) {
    const how = step.verification_kind === "human_review" ? "an approved human_review approval" : "verified evidence";
    return refuse("FLOW_VERIFICATION_UNSATISFIED", `step ${step.step_id} requires evidence and is not verified; it needs ${how} before done`);
  }
  if (req.to_status === "in_progress") {
    const other = run.steps.find((s) => s.status === "in_progress" && s.step_id !== step.step_id);
    if (other) return refuse("FLOW_STEP_OUT_OF_ORDER", `step ${other.step_id} is already in progress; only one step may be`);
  }
  return undefined;
}

export function checkEvidence(run: RunState, stepId: string): Refusal | undefined {
  return cancelled(run) ?? (stepOf(run, stepId) ? undefined : unknownStep(run, stepId));
}

export interface ApprovalRequest {
  kind: "step" | "tool_call";
  step_id: string | null;
}

export function checkApprovalRequest(run: RunState, req: ApprovalRequest): Refusal | undefined {
  const stop = notInProgress(run);
  if (stop) return stop;
  if (req.step_id === null) return undefined;
  const step = stepOf(run, req.step_id);
  if (!step) return unknownStep(run, req.step_id);
  if (req.kind === "step") {
    if (step.verification_kind !== "human_review") {
      return refuse("BAD_REQUEST", `step ${step.step_id} is verified by ${step.verification_kind}, not human_review; attach evidence instead`);
    }
    const open = run.approvals.find((a) => a.kind === "step" && a.step_id === step.step_id && a.status === "PENDING");
    if (open) return refuse("BAD_REQUEST", `step ${step.step_id} already has a pending approval ${open.approval_id}`);
  }
  return undefined;
}

export function checkDecision(run: RunState, approvalId: string, decider: string, at: string): Refusal | undefined {
  const stop = cancelled(run);
  if (stop) return stop;
  const approval = run.approvals.find((a) => a.approval_id === approvalId);
  if (!approval) return refuse("BAD_REQUEST", `run ${run.run_id} has no approval ${approvalId}`);
  if (sameActor(decider, approval.requested_by)) {
    return refuse("FLOW_SELF_APPROVAL_DENIED", `${decider} requested approval ${approvalId} and cannot decide it`);
  }
  if (run.agent !== null && sameActor(decider, run.agent)) {
    return refuse("FLOW_SELF_APPROVAL_DENIED", `${decider} is the agent of run ${run.run_id} and cannot decide its approvals`);
  }
  if (approval.status !== "PENDING") return refuse("BAD_REQUEST", `approval ${approvalId} is already ${approval.status}`);
  if (approval.decisions.some((d) => sameActor(d.actor, decider))) return refuse("BAD_REQUEST", `${decider} has already approved ${approvalId}; it needs a different approver`);
  if (approval.expires_at !== null && Date.parse(at) >= Date.parse(approval.expires_at)) {
    return refuse("BAD_REQUEST", `approval ${approvalId} expired at ${approval.expires_at}; request it again`);
  }
  return undefined;
}

export function checkConsentMint(run: RunState): Refusal | undefined {
  return cancelled(run);
}

export function checkConsentRevoke(run: RunState, consentId: string): Refusal | undefined {
  const stop = cancelled(run);
  if (stop) return stop;
  const consent = run.consents.find((c) => c.consent_id === consentId);
  if (!consent) return refuse("BAD_REQUEST", `run ${run.run_id} has no consent ${consentId}`);
  if (consent.revoked_at !== null) return refuse("BAD_REQUEST", `consent ${consentId} was already revoked at ${consent.revoked_at}`);
  return undefined;
}

export interface ExecuteRequest {
  step_id: string;
  consent_id: string;
  model_lane: string;
  dry_run: boolean;
}

/** The consent part of execute (upstream checks it before the run): valid for this run and lane. */
export function checkConsentUse(run: RunState | undefined, req: ExecuteRequest, at: string, existsElsewhere: (consentId: string) => boolean): Refusal | undefined {
  const consent = run?.consents.find((c) => c.consent_id === req.consent_id);
  const valid = consent && consent.revoked_at === null && Date.parse(at) < Date.parse(consent.expires_at);
  if (!valid) {
    if (!consent && existsElsewhere(req.consent_id)) {
      return refuse("FLOW_EXECUTION_CONSENT_RUN_MISMATCH", `consent ${req.consent_id} is bound to another run`);
    }
    const why = !consent ? "does not exist for this run" : consent.revoked_at !== null ? `was revoked at ${consent.revoked_at}` : `expired at ${consent.expires_at}`;
    return refuse("FLOW_EXECUTION_CONSENT_REQUIRED", `consent ${req.consent_id} ${why}`);
  }
  if (!consent.allowed_lanes.includes(req.model_lane)) {
    return refuse("FLOW_EXECUTION_LANE_DENIED", `lane ${req.model_lane} is not allowed by consent ${req.consent_id} (${consent.allowed_lanes.join(", ")})`);
  }
  return undefined;
}

/** The run part of execute, after the run is found (B.6). */
export function checkExecuteOnRun(run: RunState, req: ExecuteRequest): Refusal | undefined {
  const stop = notInProgress(run);
  if (stop) return stop;
  const step = stepOf(run, req.step_id);
  if (!step) return unknownStep(run, req.step_id);
  if (step.automatable !== "automatable") return refuse("FLOW_STEP_NOT_AUTOMATABLE", `step ${step.step_id} is ${step.automatable}, not automatable`);
  if (step.verification_kind === "human_review") return refuse("FLOW_VERIFICATION_UNSATISFIED", `step ${step.step_id} is verified by human_review; it cannot be executed automatically`);
  if (step.ordinal > run.frontier) return refuse("FLOW_STEP_OUT_OF_ORDER", `step ${step.step_id} is past the frontier; step #${run.frontier} must be done or skipped first`);
  const def = pinnedStep(run, step.step_id);
  const refs = Array.isArray(def?.skill_refs) ? def.skill_refs : [];
  const outside = refs.find((r) => !["mcp_prompt", "skill_pack", "cli"].includes(r.kind));
  if (outside) return refuse("FLOW_EXECUTION_POLICY_FORBIDDEN", `step ${step.step_id} uses the ${outside.kind} skill ${outside.id}; only mcp_prompt, skill_pack and cli skills may be executed`);
  const consent = run.consents.find((c) => c.consent_id === req.consent_id)!;
  const cost = req.dry_run ? 0 : 1;
  if (consent.cost_consumed_units + cost > consent.cost_cap_units) {
    return refuse("FLOW_EXECUTION_COST_CAPPED", `consent ${consent.consent_id} has used ${consent.cost_consumed_units} of ${consent.cost_cap_units} units`);
  }
  return undefined;
}

export function checkCancel(run: RunState): Refusal | undefined {
  return notInProgress(run);
}

/** Replay check of one recorded event: the same checks the operation ran before appending it. */
export function checkEvent(run: RunState, event: LedgerEvent): Refusal | undefined {
  switch (event.type) {
    case "run_started":
      return refuse("BAD_REQUEST", `a run_started event after the first (run ${event.payload.run_id})`);
    case "step_advanced":
      return checkAdvance(run, event.payload);
    case "evidence_attached":
      return checkEvidence(run, event.payload.step_id);
    case "approval_requested":
      return checkApprovalRequest(run, event.payload);
    case "approval_decided": {
      const refusal = checkDecision(run, event.payload.approval_id, event.actor, event.at);
      if (refusal || event.payload.decision === "approve" || event.payload.reason?.trim()) return refusal;
      return refuse("BAD_REQUEST", `denial of ${event.payload.approval_id} has no reason`);
    }
    case "consent_minted":
      return checkConsentMint(run);
    case "consent_revoked":
      return checkConsentRevoke(run, event.payload.consent_id);
    case "step_executed":
      return checkConsentUse(run, event.payload, event.at, () => false) ?? checkExecuteOnRun(run, event.payload);
    case "run_cancelled":
      return checkCancel(run);
  }
}
