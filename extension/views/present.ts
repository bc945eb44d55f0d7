import type { ApprovalState, RunState, StepState } from "../../core/ledger/schema";

/** How runs, steps and approvals read in the views. Pure: unit-tested without VS Code. */

export interface Icon {
  /** A codicon id. */
  id: string;
  /** A theme color id, or none. */
  color?: string;
}

export function stepIcon(step: Pick<StepState, "status" | "verified">): Icon {
  switch (step.status) {
    case "done":
      return step.verified ? { id: "pass-filled", color: "testing.iconPassed" } : { id: "pass", color: "testing.iconQueued" };
    case "in_progress":
      return { id: "sync", color: "charts.blue" };
    case "blocked":
      return { id: "error", color: "testing.iconFailed" };
    case "skipped":
      return { id: "debug-step-over", color: "disabledForeground" };
    default:
      return { id: "circle-large-outline" };
  }
}

export function runIcon(run: Pick<RunState, "status">, damaged: boolean): Icon {
  if (damaged) return { id: "warning", color: "problemsWarningIcon.foreground" };
  if (run.status === "done") return { id: "check-all", color: "testing.iconPassed" };
  if (run.status === "cancelled") return { id: "circle-slash", color: "disabledForeground" };
  return { id: "run-all", color: "charts.blue" };
}

export function runLabel(run: Pick<RunState, "flow_title" | "run_id">): string {
  return `${run.flow_title} (${run.run_id})`;
}

export function runDescription(run: Pick<RunState, "status" | "flow_id" | "flow_version">): string {
  return `${run.status} · ${run.flow_id}@${run.flow_version}`;
}

/** Steps an advance may target now: only the frontier (the first step neither done nor skipped) of a run in progress. */
export function isFrontier(run: Pick<RunState, "status" | "frontier">, step: Pick<StepState, "ordinal">): boolean {
  return run.status === "in_progress" && step.ordinal === run.frontier;
}

export function stepLabel(step: Pick<StepState, "ordinal" | "owned_job">): string {
  return `#${step.ordinal} ${step.owned_job}`;
}

export function stepDescription(step: Pick<StepState, "status" | "verified" | "evidence_ref" | "evidence" | "skip_reason">): string {
  const parts: string[] = [step.status === "skipped" && step.skip_reason ? `skipped (${step.skip_reason})` : step.status];
  if (step.verified) parts.push("✓ verified");
  const last = step.evidence[step.evidence.length - 1];
  if (last) parts.push(`${last.pointer_kind}: ${last.ref}`);
  else if (step.evidence_ref) parts.push(step.evidence_ref);
  return parts.join(" · ");
}

/** Markdown: who did what and when. */
export function stepTooltip(step: StepState): string {
  const lines = [`**${step.step_id}** — ${step.owned_job}`, ""];
  lines.push(`- status: ${step.status}${step.updated_by ? ` by ${step.updated_by}` : ""}${step.updated_at ? ` at ${step.updated_at}` : ""}`);
  lines.push(`- verification: ${step.verification_kind}${step.evidence_required ? ", evidence required" : ""} · ${step.verified ? "verified" : "not verified"}`);
  lines.push(`- ${step.automatable}`);
  for (const e of step.evidence) lines.push(`- evidence ${e.pointer_kind} \`${e.ref}\` by ${e.actor} at ${e.at}`);
  return lines.join("\n");
}

export function runTooltip(run: RunState): string {
  const lines = [`**${run.flow_title}** — ${run.flow_id}@${run.flow_version}`, "", `- run ${run.run_id}: ${run.status}`, `- started by ${run.started_by} at ${run.started_at}`, `- last change ${run.updated_at} (seq ${run.head.seq})`];
  if (run.cancelled) lines.push(`- cancelled by ${run.cancelled.actor} at ${run.cancelled.at}${run.cancelled.reason ? `: ${run.cancelled.reason}` : ""}`);
  return lines.join("\n");
}

/** "just now", "5 min", "3 h", "2 d" between two ISO times. */
export function age(fromIso: string, now: Date): string {
  const ms = now.getTime() - Date.parse(fromIso);
  if (!Number.isFinite(ms) || ms < 60_000) return "just now";
  const min = Math.floor(ms / 60_000);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h`;
  return `${Math.floor(h / 24)} d`;
}

export interface ApprovalRow {
  run: Pick<RunState, "run_id" | "flow_title">;
  approval: ApprovalState;
}

/** Pending first (oldest request first: it has waited longest), then decided ones, newest first. */
export function sortApprovals(rows: ApprovalRow[]): ApprovalRow[] {
  const pending = (r: ApprovalRow) => r.approval.status === "PENDING";
  return [...rows].sort((a, b) => {
    if (pending(a) !== pending(b)) return pending(a) ? -1 : 1;
    const order = a.approval.requested_at < b.approval.requested_at ? -1 : a.approval.requested_at > b.approval.requested_at ? 1 : 0;
    return pending(a) ? order : -order;
  });
}

export function approvalLabel(a: ApprovalState): string {
  const what = a.kind === "tool_call" ? `tool ${a.tool ?? "?"}` : `step ${a.step_id ?? "?"}`;
  return `${what}: ${a.reason}`;
}

export function approvalDescription(a: ApprovalState, now: Date): string {
  const status = a.status === "PENDING" ? `pending ${a.decisions.length}/${a.required_approvals}` : a.status.toLowerCase();
  return `${status} · ${a.risk_level} · ${a.requested_by} · ${age(a.requested_at, now)}`;
}

export function approvalIcon(a: Pick<ApprovalState, "status" | "risk_level">): Icon {
  if (a.status === "APPROVED") return { id: "pass", color: "testing.iconPassed" };
  if (a.status === "DENIED") return { id: "error", color: "testing.iconFailed" };
  const high = a.risk_level !== "low" && a.risk_level !== "medium";
  return { id: "bell-dot", color: high ? "problemsWarningIcon.foreground" : undefined };
}

export function approvalTooltip(row: ApprovalRow): string {
  const a = row.approval;
  const lines = [`**${approvalLabel(a)}**`, "", `- run ${row.run.run_id} (${row.run.flow_title})`, `- risk ${a.risk_level}, requested by ${a.requested_by} at ${a.requested_at}`];
  if (a.expires_at) lines.push(`- expires ${a.expires_at}`);
  for (const d of a.decisions) lines.push(`- ${d.decision} by ${d.actor} at ${d.at}${d.reason ? `: ${d.reason}` : ""}`);
  return lines.join("\n");
}
