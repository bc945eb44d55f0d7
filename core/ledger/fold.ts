import { skipReasonSchema } from "../flow/schema";
import { sameActor } from "./actor";
import {
  type ApprovalState,
  type LedgerEvent,
  type PayloadOf,
  REFUSAL_STATUS,
  type RefusalCode,
  type RunState,
  type StepState,
} from "./schema";

/**
 * The run state machine. Each transition has a check (in Knowtation's order, flow-v0.md B.3–B.6, for
 * the part after the run is found) and an apply. Operations check against fresh state before they
 * append; verification replays every recorded event through the same checks.
 */

export interface Refusal {
  ok: false;
  code: RefusalCode;
  /** Upstream's HTTP status for the code. */
  status: number;
  message: string;
}

export function refuse(code: RefusalCode, message: string): Refusal {
  return { ok: false, code, status: REFUSAL_STATUS[code], message };
}

type Event<T extends LedgerEvent["type"]> = Extract<LedgerEvent, { type: T }>;

/** Ordinal of the first step not done or skipped; last ordinal + 1 when every step is. */
export function frontierOf(steps: readonly StepState[]): number {
  for (const s of steps) if (s.status !== "done" && s.status !== "skipped") return s.ordinal;
  return (steps[steps.length - 1]?.ordinal ?? 0) + 1;
}

export function stepOf(run: RunState, stepId: string): StepState | undefined {
  return run.steps.find((s) => s.step_id === stepId);
}

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

// ---- checks: what must hold for an event to be legal on this state --------------------------------

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

// ---- apply: the state after a legal event ------------------------------------------------------------

type PinnedStep = Event<"run_started">["payload"]["flow"]["steps"][number];

export function pinnedStep(run: RunState, stepId: string): PinnedStep | undefined {
  const start = run.events[0];
  return start?.type === "run_started" ? start.payload.flow.steps.find((s) => s.step_id === stepId) : undefined;
}

/** A new run from its first event. */
export function startState(event: Event<"run_started">): RunState {
  const p = event.payload;
  const steps: StepState[] = [...p.flow.steps]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((s) => ({
      step_id: s.step_id,
      ordinal: s.ordinal,
      owned_job: s.owned_job,
      status: "pending",
      evidence_ref: null,
      evidence: [],
      verified: false,
      verification_kind: s.verification.kind,
      evidence_required: s.verification.evidence_required,
      automatable: s.automatable,
      skip_reason: null,
      updated_at: null,
      updated_by: null,
    }));
  return {
    run_id: p.run_id,
    run_ref: p.run_ref,
    flow_id: p.flow_id,
    flow_version: p.flow_version,
    flow_title: p.flow.flow.title,
    scope: p.flow.flow.scope,
    flow_file: p.flow_file,
    status: "in_progress",
    started_at: event.at,
    started_by: event.actor,
    updated_at: event.at,
    agent: p.agent,
    task_ref: p.task_ref,
    external_ref: p.external_ref,
    harness: p.harness,
    frontier: steps[0]?.ordinal ?? 1,
    steps,
    approvals: [],
    consents: [],
    executions: [],
    cancelled: null,
    head: { seq: event.seq, hash: event.hash },
    events: [event],
  };
}

function touch(step: StepState, event: LedgerEvent): void {
  step.updated_at = event.at;
  step.updated_by = event.actor;
}

/** Apply a legal event to the state in place (folds of 100k events must not copy). */
export function applyEvent(run: RunState, event: LedgerEvent): void {
  switch (event.type) {
    case "run_started":
      break;
    case "step_advanced": {
      const step = stepOf(run, event.payload.step_id);
      if (!step) break;
      step.status = event.payload.to_status;
      step.skip_reason = event.payload.to_status === "skipped" ? event.payload.skip_reason : null;
      touch(step, event);
      break;
    }
    case "evidence_attached": {
      const step = stepOf(run, event.payload.step_id);
      if (!step) break;
      const { pointer_kind, ref, ref_exists } = event.payload;
      step.evidence.push({ pointer_kind, ref, actor: event.actor, at: event.at, seq: event.seq, ...(ref_exists === false ? { ref_exists } : {}) });
      step.evidence_ref = ref;
      // Upstream: evidence verifies the step unless proof is a person's review (B.4).
      if (step.verification_kind !== "human_review" && step.evidence_required) step.verified = true;
      touch(step, event);
      break;
    }
    case "approval_requested": {
      const p = event.payload;
      const approval: ApprovalState = {
        approval_id: p.approval_id,
        run_id: run.run_id,
        kind: p.kind,
        step_id: p.step_id,
        tool: p.tool,
        request_ref: p.request_ref,
        request_hash: p.request_hash,
        risk_level: p.risk_level,
        reason: p.reason,
        requested_by: event.actor,
        requested_at: event.at,
        expires_at: p.expires_at,
        required_approvals: p.required_approvals,
        status: "PENDING",
        decisions: [],
        seq: event.seq,
      };
      run.approvals.push(approval);
      break;
    }
    case "approval_decided": {
      const approval = run.approvals.find((a) => a.approval_id === event.payload.approval_id);
      if (!approval) break;
      const { decision, reason } = event.payload;
      approval.decisions.push({ actor: event.actor, decision, reason, comment: event.payload.comment ?? null, at: event.at, seq: event.seq });
      if (decision === "deny") approval.status = "DENIED";
      else if (approval.decisions.filter((d) => d.decision === "approve").length >= approval.required_approvals) approval.status = "APPROVED";
      // The explicit approval event that verifies a human_review step (upstream has none, B.4).
      if (approval.status === "APPROVED" && approval.kind === "step" && approval.step_id) {
        const step = stepOf(run, approval.step_id);
        if (step) {
          step.verified = true;
          touch(step, event);
        }
      }
      break;
    }
    case "consent_minted": {
      const p = event.payload;
      run.consents.push({
        consent_id: p.consent_id,
        run_id: run.run_id,
        allowed_lanes: p.allowed_lanes,
        cost_cap_units: p.cost_cap_units,
        cost_consumed_units: 0,
        minted_by: event.actor,
        minted_at: event.at,
        expires_at: p.expires_at,
        revoked_at: null,
      });
      break;
    }
    case "consent_revoked": {
      const consent = run.consents.find((c) => c.consent_id === event.payload.consent_id);
      if (consent && consent.revoked_at === null) consent.revoked_at = event.at;
      break;
    }
    case "step_executed": {
      const p = event.payload;
      run.executions.push({ ...p, status: "completed", completed_at: event.at, actor: event.actor });
      const consent = run.consents.find((c) => c.consent_id === p.consent_id);
      if (consent) consent.cost_consumed_units += p.cost_units;
      const step = stepOf(run, p.step_id);
      if (step && !p.dry_run && step.evidence_required) {
        step.evidence_ref = p.evidence_ref;
        if (p.evidence_ref) step.evidence.push({ pointer_kind: "hash", ref: p.evidence_ref, actor: event.actor, at: event.at, seq: event.seq });
        step.verified = true;
        if (step.status === "pending") step.status = "in_progress";
        touch(step, event);
      }
      break;
    }
    case "run_cancelled":
      run.status = "cancelled";
      run.cancelled = { actor: event.actor, at: event.at, reason: event.payload.reason };
      break;
  }
  run.frontier = frontierOf(run.steps);
  if (run.status === "in_progress" && run.steps.every((s) => s.status === "done" || s.status === "skipped")) run.status = "done";
  run.updated_at = event.at;
  run.head = { seq: event.seq, hash: event.hash };
  if (event !== run.events[0]) run.events.push(event);
}

export interface IllegalTransition {
  seq: number;
  code: RefusalCode;
  message: string;
}

export interface Fold {
  run?: RunState;
  /** Recorded events that the state machine would have refused at that point. */
  illegal: IllegalTransition[];
}

/** Fold events (in order) into a run, re-checking every transition. Illegal events are reported and still applied, so one bad line is one finding. */
export function foldEvents(events: readonly LedgerEvent[]): Fold {
  const fold: Fold = { illegal: [] };
  foldMore(fold, events);
  return fold;
}

/** Continue a fold with the events that follow (a ledger that grew); the fold is updated in place. */
export function foldMore(fold: Fold, events: readonly LedgerEvent[]): void {
  let i = 0;
  if (!fold.run) {
    const first = events[0];
    if (!first) return;
    if (first.type !== "run_started") {
      if (fold.illegal.length === 0) fold.illegal.push({ seq: first.seq, code: "BAD_REQUEST", message: `the first event is ${first.type}, not run_started` });
      return;
    }
    fold.run = startState(first);
    const badStart = checkStart(first);
    if (badStart) fold.illegal.push({ seq: first.seq, code: badStart.code, message: badStart.message });
    i = 1;
  }
  const run = fold.run;
  for (; i < events.length; i++) {
    const event = events[i]!;
    const refusal = checkEvent(run, event);
    if (refusal) fold.illegal.push({ seq: event.seq, code: refusal.code, message: refusal.message });
    applyEvent(run, event);
  }
}

/** The pinned bundle must be the flow the run says it pins. */
function checkStart(event: Event<"run_started">): Refusal | undefined {
  const { flow, flow_id, flow_version } = event.payload;
  if (flow.flow.flow_id !== flow_id || flow.flow.version !== flow_version) {
    return refuse("unknown_flow", `run pins ${flow_id}@${flow_version} but embeds ${flow.flow.flow_id}@${flow.flow.version}`);
  }
  return undefined;
}
