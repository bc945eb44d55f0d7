import type { EvidenceBundle } from "../evidence/schema";
import { emptyBundle, sealBundle } from "../evidence/seal";
import { canonicalJson, sha256Hex } from "./chain";
import { applyEvent, startState } from "./apply";
import { type Refusal, refuse } from "./refusal";
import { readRun } from "./read";
import type { ApprovalState, LedgerEvent, RunState, StepState } from "./schema";

/**
 * A run as an `agentledger.evidence.v1` bundle, so everything the evidence checks judge applies to our
 * own runs. Mapping (each ledger event keeps its seq, hash and actor in the payload as `ledger`):
 *   run_started → run_created + one step_created per pinned step
 *   step_advanced → in_progress: step_claimed · blocked: step_waiting_human · skipped: step_cancelled ·
 *     done: step_completed (agent_result_returned when the step was reopened later)
 *   evidence_attached → artifact_created + an artifact whose inline content is the pointer
 *   approval_requested → tool_approval_required + an approval (human_review steps as tool "human_review")
 *   approval_decided → tool_approval_decided (status PENDING until the required approvers agree)
 *   consent_minted / consent_revoked → tool_permission_decided
 *   step_executed → sandbox_completed (+ cost_recorded and a cost record when it cost units)
 *   run_cancelled → run_cancelled
 * and a final state_patch_committed whose patch is the folded state (final_state).
 */

const HUMAN_REVIEW_TOOL = "human_review";

const seconds = (iso: string) => Date.parse(iso) / 1000;

const STEP_STATUS: Record<StepState["status"], EvidenceBundle["steps"][number]["status"]> = {
  pending: "pending",
  in_progress: "running",
  blocked: "waiting_human",
  done: "completed",
  skipped: "cancelled",
};

function runStatusOf(run: RunState): EvidenceBundle["run"]["status"] {
  if (run.status === "done") return "completed";
  if (run.status === "cancelled") return "cancelled";
  return run.approvals.some((a) => a.status === "PENDING") ? "waiting_human" : "running";
}

function approvalRequest(run: RunState, approval: ApprovalState, stepId: string) {
  const tool = approval.tool ?? HUMAN_REVIEW_TOOL;
  const request_ref = approval.request_ref ?? canonicalJson({ tool, args: { step_id: stepId } });
  const request_hash = approval.request_hash ?? sha256Hex(request_ref);
  return { tool, request_ref, request_hash, approval_key: `${run.run_id}:${stepId}:${tool}:${request_hash}` };
}

/** The folded state as the bundle's final_state: what a reviewer wants to see at a glance. No nulls: final_state is a JSON merge patch result, where null means "delete". */
function finalStateOf(run: RunState): Record<string, unknown> {
  return {
    flow: `${run.flow_id}@${run.flow_version}`,
    run_status: run.status,
    steps: Object.fromEntries(run.steps.map((s) => [s.step_id, { status: s.status, verified: s.verified, ...(s.evidence_ref === null ? {} : { evidence_ref: s.evidence_ref }) }])),
    ledger_head: run.head,
  };
}

export type ExportResult = { ok: true; bundle: EvidenceBundle } | Refusal;

export function exportRun(input: { root: string; runId: string }): ExportResult {
  const read = readExportable(input);
  return read.ok ? { ok: true, bundle: bundleOf(read.run) } : read;
}

/** A run whose ledger reads clean, to export in any format; a damaged ledger is refused. */
export function readExportable(input: { root: string; runId: string }): { ok: true; run: RunState } | Refusal {
  const read = readRun(input.root, input.runId);
  if (!read.ok) return read;
  if (read.damaged) {
    return refuse("FLOW_LEDGER_CONFLICT", `the ledger of ${read.run.run_id} has problems; run \`flowgate run verify ${read.run.run_id}\` before exporting it`);
  }
  return { ok: true, run: read.run };
}

/** Build the sealed bundle from a run (replaying its events to know each step's state as it happened). */
export function bundleOf(final: RunState): EvidenceBundle {
  const runId = final.run_id;
  const session = final.run_ref;
  const bundle = emptyBundle({ run_id: runId, session_id: session, status: runStatusOf(final), state: {}, state_version: 1, created_at: seconds(final.started_at), updated_at: seconds(final.updated_at) });
  const events = bundle.events;
  const push = (e: LedgerEvent, type: string, stepId: string | null, payload: Record<string, unknown>) => {
    const n = events.length + 1;
    events.push({
      event_id: `evt_${sha256Hex(`${runId}:${n}`).slice(0, 24)}`,
      run_id: runId,
      session_id: session,
      step_id: stepId,
      seq: n,
      type,
      timestamp: seconds(e.at),
      agent_role: null,
      state_version: null,
      causal_token: null,
      payload_hash: "",
      payload_ref: "",
      payload: { ...payload, ledger: { seq: e.seq, hash: e.hash, actor: e.actor } },
    });
    return events[events.length - 1]!;
  };

  // The last advance of each step decides whether a `done` is final (step_completed) or was reopened.
  const lastAdvance = new Map<string, number>();
  for (const e of final.events) if (e.type === "step_advanced") lastAdvance.set(e.payload.step_id, e.seq);

  const first = final.events[0]!;
  const run = startState(first as Extract<LedgerEvent, { type: "run_started" }>);
  push(first, "run_created", null, { initial_state: {}, flow_id: final.flow_id, flow_version: final.flow_version, run_ref: final.run_ref, task_ref: final.task_ref });
  for (const s of run.steps) push(first, "step_created", s.step_id, { step_id: s.step_id, ordinal: s.ordinal, owned_job: s.owned_job });

  for (const e of final.events.slice(1)) {
    const frontierStep = run.steps.find((s) => s.ordinal === run.frontier)?.step_id ?? run.steps[run.steps.length - 1]!.step_id;
    applyEvent(run, e);
    switch (e.type) {
      case "step_advanced": {
        const { step_id, to_status, skip_reason, note } = e.payload;
        if (to_status === "in_progress") push(e, "step_claimed", step_id, { worker_id: e.actor, attempt: 1 });
        else if (to_status === "blocked") push(e, "step_waiting_human", step_id, { reason: note ?? "blocked" });
        else if (to_status === "skipped") push(e, "step_cancelled", step_id, { step_id, reason: skip_reason });
        else if (lastAdvance.get(step_id) === e.seq) push(e, "step_completed", step_id, { step_id });
        else push(e, "agent_result_returned", step_id, { step_id, result: "done", reopened_later: true });
        break;
      }
      case "evidence_attached": {
        const { step_id, pointer_kind, ref } = e.payload;
        const content = canonicalJson({ pointer_kind, ref });
        const artifactId = `art_${sha256Hex(`${runId}:${e.seq}`).slice(0, 24)}`;
        bundle.artifacts.push({ artifact_id: artifactId, run_id: runId, step_id, name: `evidence:${pointer_kind}`, blob_hash: `sha256:${sha256Hex(content)}`, blob_ref: content, metadata: { pointer_kind, ref, actor: e.actor }, created_at: seconds(e.at) });
        const event = push(e, "artifact_created", step_id, { artifact_id: artifactId, name: `evidence:${pointer_kind}` });
        event.payload_ref = content;
        break;
      }
      case "approval_requested": {
        const approval = run.approvals.find((a) => a.approval_id === e.payload.approval_id)!;
        const stepId = approval.step_id ?? frontierStep;
        const req = approvalRequest(run, approval, stepId);
        push(e, "tool_approval_required", stepId, { tool: req.tool, approval_id: approval.approval_id, approval_key: req.approval_key, risk_level: approval.risk_level, reason: approval.reason, requested_by: e.actor, required_approvals: approval.required_approvals });
        bundle.approvals.push({
          approval_id: approval.approval_id,
          approval_key: req.approval_key,
          run_id: runId,
          session_id: session,
          step_id: stepId,
          tool_name: req.tool,
          risk_level: approval.risk_level,
          status: "PENDING",
          reason: approval.reason,
          request_hash: req.request_hash,
          request_ref: req.request_ref,
          requested_by: e.actor,
          approved_by: null,
          decision_reason: null,
          created_at: seconds(e.at),
          updated_at: seconds(e.at),
        });
        break;
      }
      case "approval_decided": {
        const approval = run.approvals.find((a) => a.approval_id === e.payload.approval_id);
        const record = bundle.approvals.find((a) => a.approval_id === e.payload.approval_id);
        if (!approval || !record) break;
        record.status = approval.status;
        record.updated_at = seconds(e.at);
        if (approval.status !== "PENDING") {
          record.approved_by = e.actor;
          record.decision_reason = e.payload.reason;
        }
        // A decision's comment (optional in the ledger) goes with it, only where one was given.
        (record as Record<string, unknown>).decisions = approval.decisions.map((d) => ({ actor: d.actor, decision: d.decision, reason: d.reason, ...(d.comment ? { comment: d.comment } : {}) }));
        push(e, "tool_approval_decided", record.step_id, { approval_id: approval.approval_id, approval_key: record.approval_key, status: approval.status, approved_by: e.actor, decision: e.payload.decision, decision_reason: e.payload.reason, ...(e.payload.comment ? { comment: e.payload.comment } : {}) });
        break;
      }
      case "consent_minted":
        push(e, "tool_permission_decided", null, { tool: "flowgate.consent", allowed: true, reason: "consent minted", ...e.payload });
        break;
      case "consent_revoked":
        push(e, "tool_permission_decided", null, { tool: "flowgate.consent", allowed: false, reason: "consent revoked", ...e.payload });
        break;
      case "step_executed": {
        const p = e.payload;
        push(e, "sandbox_completed", p.step_id, { ...p });
        if (p.cost_units > 0) {
          const cost = { cost_id: `cost_${sha256Hex(`${runId}:${e.seq}`).slice(0, 24)}`, category: "tool", name: "flowgate.execute_automatable", amount: p.cost_units, unit: "call", metadata: { consent_id: p.consent_id, model_lane: p.model_lane } };
          bundle.cost_records.push({ ...cost, run_id: runId, session_id: session, step_id: p.step_id, created_at: seconds(e.at) });
          push(e, "cost_recorded", p.step_id, cost);
        }
        break;
      }
      case "run_cancelled":
        push(e, "run_cancelled", null, { reason: e.payload.reason });
        break;
      case "run_started":
        break;
    }
  }

  const last = final.events[final.events.length - 1]!;
  const state = finalStateOf(final);
  push(last, "state_patch_committed", null, { patch: state, state_version: 1 }).state_version = 1;
  bundle.final_state = state;
  bundle.run.state = state;
  bundle.steps = final.steps.map((s) => ({
    step_id: s.step_id,
    run_id: runId,
    session_id: session,
    status: STEP_STATUS[s.status],
    attempt: 1,
    state_version: 0,
    created_at: seconds(final.started_at),
    updated_at: seconds(s.updated_at ?? final.started_at),
    ...(s.status === "skipped" ? { cancelled_at: seconds(s.updated_at ?? final.started_at) } : {}),
  }));
  return sealBundle(bundle);
}
