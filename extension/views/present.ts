import type { ApprovalState, RunState, StepState } from "../../core/ledger";

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
export function stepTooltip(step: StepState, now = new Date()): string {
  const lines = [`**${step.step_id}** — ${step.owned_job}`, ""];
  lines.push(`- status: ${step.status}${step.updated_by ? ` by ${markdownText(step.updated_by)}` : ""}${step.updated_at ? ` at ${markdownText(localTime(step.updated_at, now))}` : ""}`);
  lines.push(`- verification: ${step.verification_kind}${step.evidence_required ? ", evidence required" : ""} · ${step.verified ? "verified" : "not verified"}`);
  lines.push(`- ${step.automatable}`);
  for (const e of step.evidence) lines.push(`- evidence ${e.pointer_kind} ${markdownText(e.ref)}${e.ref_exists === false ? " (⚠ did not exist in the workspace when attached)" : ""} by ${markdownText(e.actor)} at ${markdownText(localTime(e.at, now))}`);
  return lines.join("\n");
}

/** The Runs view's row description: status first (it must survive a narrow side bar), the long run id last. */
export function runRowDescription(run: Pick<RunState, "status" | "flow_version" | "run_id">, damaged: boolean): string {
  return `${run.status}${damaged ? " · ledger problem" : ""} · v${run.flow_version} · ${run.run_id}`;
}

/** What is wrong with a run's ledger file, one sentence each (a forged or damaged run's tooltip says it). */
export function ledgerProblems(problems: { torn?: { line: number }; lines: readonly { line: number; event?: unknown; problem?: string }[]; illegal: readonly { seq: number; code: string; message: string }[] }): string[] {
  const out: string[] = [];
  for (const l of problems.lines) if (!l.event && l.problem && l.line !== problems.torn?.line) out.push(`line ${l.line}: ${l.problem}`);
  for (const i of problems.illegal) out.push(`event seq ${i.seq} would have been refused with ${i.code}: ${i.message}`);
  if (problems.torn) out.push(`line ${problems.torn.line} is a torn append (no final newline); \`flowgate run repair\` moves it aside`);
  return out;
}

export function runTooltip(run: RunState, now: Date, problems: readonly string[] = []): string {
  const lines = [`**${markdownText(run.flow_title)}** — ${markdownText(`${run.flow_id}@${run.flow_version}`)}`, ""];
  for (const p of problems) lines.push(`- ⚠ ledger problem: ${markdownText(p)}`);
  lines.push(`- run ${run.run_id}: ${run.status}`, `- started by ${markdownText(run.started_by)} at ${markdownText(localTime(run.started_at, now))}`, `- last change ${markdownText(localTime(run.updated_at, now))} (seq ${run.head.seq})`);
  if (run.cancelled) lines.push(`- cancelled by ${markdownText(run.cancelled.actor)} at ${markdownText(localTime(run.cancelled.at, now))}${run.cancelled.reason ? `: ${markdownText(run.cancelled.reason)}` : ""}`);
  return lines.join("\n");
}

/** "5 min", "3 h", "2 d" for a duration; under a minute (or not a number) is undefined. */
function span(ms: number): string | undefined {
  if (!Number.isFinite(ms) || ms < 60_000) return undefined;
  const min = Math.floor(ms / 60_000);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h`;
  return `${Math.floor(h / 24)} d`;
}

/** "just now", "5 min", "3 h", "2 d" between two ISO times. */
export function age(fromIso: string, now: Date): string {
  return span(now.getTime() - Date.parse(fromIso)) ?? "just now";
}

/** "in 12 min", "5 min ago", "now" from `now` to an ISO time. */
export function relativeTime(iso: string, now: Date): string {
  const ms = Date.parse(iso) - now.getTime();
  const text = span(Math.abs(ms));
  return text === undefined ? "now" : ms > 0 ? `in ${text}` : `${text} ago`;
}

/** An ISO time as the reader's local date and time with its zone, then relative: "Dec 2, 2026, 4:05 PM UTC (in 12 min)". */
export function localTime(iso: string, now: Date): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return `${t.toLocaleString(undefined, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" })} (${relativeTime(iso, now)})`;
}

export interface ApprovalRow {
  run: Pick<RunState, "run_id" | "flow_title">;
  approval: ApprovalState;
}

/** Pending first (oldest request first: it has waited longest), then decided ones, newest first. */
export function sortApprovals<R extends ApprovalRow>(rows: R[]): R[] {
  const pending = (r: R) => r.approval.status === "PENDING";
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

/** The Approvals view's row label: what is to be approved, short (the reason and requester follow). */
export function approvalRowLabel(a: ApprovalState): string {
  return a.kind === "tool_call" ? `tool ${a.tool ?? "?"}` : `step ${a.step_id ?? "?"}`;
}

/** Status first, then risk and age (a narrow side bar keeps these); the reason and the requester last. */
export function approvalDescription(a: ApprovalState, now: Date): string {
  const status = a.status === "PENDING" ? `pending ${a.decisions.length}/${a.required_approvals}` : a.status.toLowerCase();
  return `${status} · ${a.risk_level} · ${age(a.requested_at, now)} · ${a.reason} · ${a.requested_by}`;
}

export function approvalIcon(a: Pick<ApprovalState, "status" | "risk_level">): Icon {
  if (a.status === "APPROVED") return { id: "pass", color: "testing.iconPassed" };
  if (a.status === "DENIED") return { id: "error", color: "testing.iconFailed" };
  const high = a.risk_level !== "low" && a.risk_level !== "medium";
  return { id: "bell-dot", color: high ? "problemsWarningIcon.foreground" : undefined };
}

/** Risk levels an approval is confirmed in a modal dialog for (approving them blind is what the review prevents). */
export function needsConfirmation(a: Pick<ApprovalState, "risk_level">): boolean {
  return a.risk_level !== "low" && a.risk_level !== "medium";
}

/** The arguments a tool-call approval is bound to, pretty-printed from its canonical request; undefined for step approvals. */
export function boundArguments(a: Pick<ApprovalState, "request_ref">): string | undefined {
  if (a.request_ref === null) return undefined;
  try {
    const request = JSON.parse(a.request_ref) as { args?: unknown };
    return JSON.stringify(request.args ?? {}, null, 2);
  } catch {
    return a.request_ref; // shown verbatim: the hash binds these exact bytes
  }
}

/** "0 of 2 approvals so far; 2 more needed" — what a decision changes. */
export function approvalsNeeded(a: Pick<ApprovalState, "decisions" | "required_approvals" | "status">): string {
  const approvals = a.decisions.filter((d) => d.decision === "approve").length;
  const more = Math.max(0, a.required_approvals - approvals);
  const so = `${approvals} of ${a.required_approvals} approval${a.required_approvals === 1 ? "" : "s"} so far`;
  return a.status === "PENDING" ? `${so}; ${more} more needed` : `${so}; ${a.status.toLowerCase()}`;
}

/** The facts a reviewer decides on, as label/value lines (plain text); the modal and the tooltip both show them. */
export function reviewFacts(row: ApprovalRow, now: Date): [string, string][] {
  const a = row.approval;
  const facts: [string, string][] = [];
  if (a.kind === "tool_call") facts.push(["Tool", a.tool ?? "?"]);
  if (a.step_id) facts.push(["Step", a.step_id]);
  facts.push(["Risk", a.risk_level], ["Reason", a.reason], ["Requested by", `${a.requested_by} at ${localTime(a.requested_at, now)}`]);
  if (a.expires_at) facts.push([Date.parse(a.expires_at) <= now.getTime() ? "Expired" : "Expires", localTime(a.expires_at, now)]);
  facts.push(["Approvals", approvalsNeeded(a)], ["Run", `${row.run.run_id} (${row.run.flow_title})`]);
  for (const d of a.decisions) facts.push([d.decision === "approve" ? "Approved by" : "Denied by", `${d.actor} at ${localTime(d.at, now)}${d.reason ? ` — ${d.reason}` : ""}${d.comment ? ` — “${d.comment}”` : ""}`]);
  return facts;
}

/** The modal confirmation: a question, then every fact and the exact arguments (plain text: a dialog renders no markdown). */
export function approvalReview(row: ApprovalRow, decision: "approve" | "deny", now: Date): { message: string; detail: string } {
  const a = row.approval;
  const what = a.kind === "tool_call" ? `the ${a.risk_level}-risk tool call ${a.tool ?? "?"}` : `the ${a.risk_level}-risk review of step ${a.step_id ?? "?"}`;
  const lines = reviewFacts(row, now).map(([k, v]) => `${k}: ${v}`);
  const args = boundArguments(a);
  if (args !== undefined) lines.push("", "Arguments (the approval is bound to exactly these):", args);
  return { message: `${decision === "approve" ? "Approve" : "Deny"} ${what}?`, detail: lines.join("\n") };
}

/** Markdown for the Approvals view's tooltip: the same facts, ledger text escaped, the arguments in a code block. */
export function approvalTooltip(row: ApprovalRow, now: Date): string {
  const a = row.approval;
  const lines = [`**${markdownText(approvalLabel(a))}**`, ""];
  for (const [k, v] of reviewFacts(row, now)) lines.push(`- ${k}: ${markdownText(v)}`);
  const args = boundArguments(a);
  if (args !== undefined) lines.push("", "Arguments (the approval is bound to exactly these):", "", codeBlock(args));
  return lines.join("\n");
}

/**
 * Ledger text as literal markdown text in a VS Code tooltip: every markdown punctuation mark
 * backslash-escaped, line breaks flattened (no links, images, headings or HTML; mentions notify nobody here).
 */
export function markdownText(text: string): string {
  return text.replace(/\r?\n|\r/g, " ").replace(/[\\`*_{}[\]()#+\-.!|~<>&:=^$"']/g, (c) => `\\${c}`);
}

/** A fenced block no backtick run inside `text` can close early. */
export function codeBlock(text: string, language = "json"): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}
