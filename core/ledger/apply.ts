import { distinctApprovers } from "./actor";
import { type Event, frontierOf, stepOf } from "./run-steps";
import { type ApprovalState, type LedgerEvent, type RunState, type StepState } from "./schema";

/** The run state machine's apply: the state after a legal event. */

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
      else if (distinctApprovers(approval.decisions, [approval.requested_by, run.agent]) >= approval.required_approvals) approval.status = "APPROVED";
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
