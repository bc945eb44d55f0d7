import { ownEntry } from "../data";
import type { Problem } from "./load";
import { isObject } from "./json";
import {
  approvalDecisionMissing,
  approvalPending,
  artifactIncomplete,
  budgetExceeded,
  duplicateSideEffect,
  failureEvent,
  highRiskUndecided,
  idempotencyConflict,
  mediaIncomplete,
  pendingSideEffect,
  runNotCompleted,
  selfApproval,
  stepFailed,
  stepNotCompleted,
  streamIncomplete,
  unknownLedgerStatus,
} from "./rules";
import { type EvidenceBundle, HIGH_RISK_LEVELS, LEDGER_STATUSES, MEDIA_KINDS } from "./schema";

/** Per-run limits; absent means unlimited. */
export interface Budgets {
  maxUsd?: number;
  maxTokens?: number;
  maxToolCalls?: number;
}

const FAILURE_EVENTS = new Set(["error_raised", "step_failed", "tool_call_failed", "tool_call_blocked"]);
const KNOWN_LEDGER = new Set<string>(LEDGER_STATUSES);
const KNOWN_MEDIA = new Set<string>(MEDIA_KINDS);

/** The runtime's reviewer checks (blockers → errors, its warnings → warnings) and the ones it misses. */
export function evaluateGovernance(bundle: EvidenceBundle, budgets: Budgets = {}): Problem[] {
  const out: Problem[] = [];
  if (bundle.run.status !== "completed") out.push({ rule: runNotCompleted, pointer: ["run", "status"], args: [bundle.run.status] });
  checkSteps(bundle, out);
  checkLedger(bundle, out);
  checkApprovals(bundle, out);
  checkArtifacts(bundle, out);
  bundle.events.forEach((e, i) => {
    if (!FAILURE_EVENTS.has(e.type)) return;
    const p = isObject(e.payload) ? e.payload : {};
    const detail = [p.error_type, p.error ?? p.reason].filter((x) => typeof x === "string").join(": ");
    out.push({ rule: failureEvent, pointer: ["events", i, "type"], args: [e.seq, e.type, detail] });
  });
  checkBudgets(bundle, budgets, out);
  return out;
}

function checkSteps(bundle: EvidenceBundle, out: Problem[]): void {
  const completedEvents = new Set(bundle.events.filter((e) => e.type === "step_completed").map((e) => e.step_id));
  bundle.steps.forEach((step, i) => {
    if (step.status === "failed") out.push({ rule: stepFailed, pointer: ["steps", i, "status"], args: [step.step_id, step.last_error_type ?? "unknown error type", step.last_error ?? "no message recorded"] });
    if (step.status === "completed" && !completedEvents.has(step.step_id)) out.push({ rule: stepNotCompleted, pointer: ["steps", i, "status"], args: [step.step_id] });
  });
}

function checkLedger(bundle: EvidenceBundle, out: Problem[]): void {
  const byKey = new Map<string, number>();
  const succeeded = new Map<string, number[]>();
  bundle.tool_ledger.forEach((row, i) => {
    const at = ["tool_ledger", i];
    if (!KNOWN_LEDGER.has(row.status)) out.push({ rule: unknownLedgerStatus, pointer: [...at, "status"], args: [row.status] });
    if (row.status === "PENDING_VERIFICATION") out.push({ rule: pendingSideEffect, pointer: [...at, "status"], args: [row.tool_name, row.idempotency_key] });
    const first = byKey.get(row.idempotency_key);
    if (first === undefined) byKey.set(row.idempotency_key, i);
    else {
      const sameRequest = bundle.tool_ledger[first]!.request_hash === row.request_hash;
      const detail = sameRequest ? `appears again (first at tool_ledger[${first}])` : `reused with a different request hash than tool_ledger[${first}]`;
      out.push({ rule: idempotencyConflict, pointer: [...at, sameRequest ? "idempotency_key" : "request_hash"], args: [row.idempotency_key, detail] });
    }
    // One idempotency key is one side effect (its key names run, step, tool and request); two SUCCEEDED rows for it ran it twice.
    if (row.status === "SUCCEEDED") succeeded.set(row.idempotency_key, [...(succeeded.get(row.idempotency_key) ?? []), i]);
  });
  for (const rows of succeeded.values()) {
    if (rows.length > 1) out.push({ rule: duplicateSideEffect, pointer: ["tool_ledger", rows[1]!], part: "key", args: [bundle.tool_ledger[rows[1]!]!.tool_name, rows.length] });
  }
  // A side effect completed twice under one key (a retry that re-ran the tool) shows in the events;
  // a completion replayed_from_ledger returned the stored response without running the tool again.
  const completions = new Map<string, number[]>();
  bundle.events.forEach((e, i) => {
    if (e.type !== "tool_call_completed" || !isObject(e.payload) || typeof e.payload.idempotency_key !== "string") return;
    if (e.payload.replayed_from_ledger === true) return;
    completions.set(e.payload.idempotency_key, [...(completions.get(e.payload.idempotency_key) ?? []), i]);
  });
  for (const [, events] of completions) {
    if (events.length > 1) out.push({ rule: duplicateSideEffect, pointer: ["events", events[1]!], part: "key", args: [String((bundle.events[events[1]!]!.payload as Record<string, unknown>).tool), events.length] });
  }
}

const DECISIONS: Record<string, string> = { approved: "APPROVED", approve: "APPROVED", denied: "DENIED", deny: "DENIED", rejected: "DENIED" };

/** The decision a tool_approval_decided event carries, whichever spelling the runtime used. */
export function decisionOf(payload: Record<string, unknown>): { decision?: string; approver?: unknown } {
  const raw = payload.status ?? payload.decision ?? (typeof payload.approved === "boolean" ? (payload.approved ? "APPROVED" : "DENIED") : undefined);
  const decision = typeof raw === "string" ? (ownEntry(DECISIONS, raw.toLowerCase()) ?? raw.toUpperCase()) : undefined;
  return { decision, approver: payload.approved_by ?? payload.approver ?? payload.decided_by };
}

function checkApprovals(bundle: EvidenceBundle, out: Problem[]): void {
  const decided = bundle.events.filter((e) => e.type === "tool_approval_decided" && isObject(e.payload));
  bundle.approvals.forEach((a, i) => {
    const at = ["approvals", i];
    if (a.status === "PENDING") {
      out.push({ rule: approvalPending, pointer: [...at, "status"], args: [a.tool_name, a.risk_level] });
      if (HIGH_RISK_LEVELS.includes(a.risk_level)) out.push({ rule: highRiskUndecided, pointer: [...at, "risk_level"], args: [a.tool_name, a.risk_level] });
      return;
    }
    if (a.approved_by != null && a.requested_by != null && a.approved_by === a.requested_by) out.push({ rule: selfApproval, pointer: [...at, "approved_by"], args: [a.tool_name, a.approved_by] });
    const events = decided.filter((e) => {
      const p = e.payload as Record<string, unknown>;
      return p.approval_id === a.approval_id || (p.approval_id === undefined && p.approval_key === a.approval_key);
    });
    if (events.length === 0) return void out.push({ rule: approvalDecisionMissing, pointer: [...at, "status"], args: [a.tool_name, `${a.status} without a tool_approval_decided event`] });
    const payload = events.at(-1)!.payload as Record<string, unknown>;
    const { decision, approver } = decisionOf(payload);
    if (decision !== a.status) out.push({ rule: approvalDecisionMissing, pointer: [...at, "status"], args: [a.tool_name, `status is ${a.status} but its tool_approval_decided event says ${decision ?? "nothing"}`] });
    if ((approver ?? null) !== (a.approved_by ?? null)) out.push({ rule: approvalDecisionMissing, pointer: [...at, "approved_by"], args: [a.tool_name, `approved_by is ${JSON.stringify(a.approved_by ?? null)} but its tool_approval_decided event names ${JSON.stringify(approver ?? null)}`] });
    const reason = payload.reason ?? payload.decision_reason;
    if (reason !== undefined && a.decision_reason !== undefined && reason !== a.decision_reason) {
      out.push({ rule: approvalDecisionMissing, pointer: [...at, "decision_reason"], args: [a.tool_name, `decision_reason is ${JSON.stringify(a.decision_reason)} but its tool_approval_decided event gives ${JSON.stringify(reason)}`] });
    }
  });
}

function checkArtifacts(bundle: EvidenceBundle, out: Problem[]): void {
  bundle.artifacts.forEach((a, i) => {
    const missing = [!a.blob_ref && "blob_ref", !a.blob_hash && "blob_hash"].filter(Boolean).join(" and ");
    if (missing) out.push({ rule: artifactIncomplete, pointer: ["artifacts", i], part: "key", args: [a.name, missing] });
  });
  bundle.media_artifacts.forEach((m, i) => out.push(...mediaProblems(m, i)));
  bundle.stream_checkpoints.forEach((c, i) => out.push(...checkpointProblems(c, i)));
}

export function mediaProblems(m: EvidenceBundle["media_artifacts"][number], i: number): Problem[] {
  const out: Problem[] = [];
  if (!m.kind || !KNOWN_MEDIA.has(m.kind)) out.push({ rule: mediaIncomplete, pointer: ["media_artifacts", i, ...(m.kind ? ["kind"] : [])], args: [i, m.kind ? `unknown kind ${JSON.stringify(m.kind)}` : "no kind"] });
  if (!m.uri && !m.content_ref) out.push({ rule: mediaIncomplete, pointer: ["media_artifacts", i], args: [i, "no durable uri or content_ref"] });
  return out;
}

export function checkpointProblems(c: EvidenceBundle["stream_checkpoints"][number], i: number): Problem[] {
  const missing = [!c.stream_id && "stream_id", !c.consumer_id && "consumer_id", (c.offset === null || c.offset === undefined) && "offset"].filter(Boolean).join(", ");
  return missing ? [{ rule: streamIncomplete, pointer: ["stream_checkpoints", i], args: [i, missing] }] : [];
}

function checkBudgets(bundle: EvidenceBundle, budgets: Budgets, out: Problem[]): void {
  const cs = bundle.cost_summary;
  const limits: [number | undefined, number, string, string][] = [
    [budgets.maxUsd, cs.total_usd, "total_usd", "spent USD"],
    [budgets.maxTokens, cs.model_tokens, "model_tokens", "used model tokens"],
    [budgets.maxToolCalls, cs.tool_calls, "tool_calls", "made tool calls"],
  ];
  for (const [limit, spent, field, what] of limits) {
    if (limit !== undefined && spent > limit) out.push({ rule: budgetExceeded, pointer: ["cost_summary", field], args: [`run ${what}`, spent, limit] });
  }
}
