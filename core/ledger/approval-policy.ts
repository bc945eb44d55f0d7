import { type Finding, type Range, WHOLE_FILE } from "../kernel/findings";
import { identityKey } from "../trust/identity";
import { distinctApprovers } from "./actor";
import type { LedgerLine } from "./chain";
import type { ApprovalPolicy } from "./policy";
import { approvalAgainstPolicy } from "./rules";
import type { RunState } from "./schema";

/**
 * Replay a run's approvals against the policy rather than against what the ledger says of itself: a
 * request's own required_approvals and expires_at are written by whoever wrote the file.
 */
export function approvalPolicyFindings(file: string, run: RunState, policy: ApprovalPolicy, lines: readonly LedgerLine[]): Finding[] {
  const lineOf = new Map(lines.filter((l) => l.event).map((l) => [l.event!.seq, l]));
  const at = (seq: number): Range => {
    const l = lineOf.get(seq);
    return l ? { line: l.line, column: 1, endLine: l.line, endColumn: l.text.length + 1 } : WHOLE_FILE;
  };
  const findings: Finding[] = [];
  for (const a of run.approvals) {
    const report = (seq: number, problem: string) => findings.push(approvalAgainstPolicy.at(file, at(seq), a.approval_id, problem));
    for (const d of a.decisions) {
      if (identityKey(d.actor) === "") report(d.seq, `was decided (${d.decision}) by no one: the decision names no approver`);
      if (Date.parse(d.at) < Date.parse(a.requested_at)) report(d.seq, `was decided at ${d.at}, before it was requested (${a.requested_at})`);
    }
    if (a.status === "APPROVED") {
      const approvers = distinctApprovers(a.decisions, [a.requested_by, run.agent]);
      if (approvers < policy.requiredApprovals) report(a.decisions.at(-1)?.seq ?? a.seq, `is approved by ${approvers} distinct approver(s); the policy requires ${policy.requiredApprovals}`);
    }
    if (a.kind === "tool_call") {
      if (a.expires_at === null) {
        report(a.seq, `never expires; the policy allows ${policy.toolCallTtlSeconds} s`);
        continue;
      }
      const ttl = (Date.parse(a.expires_at) - Date.parse(a.requested_at)) / 1000;
      if (!(ttl <= policy.toolCallTtlSeconds)) report(a.seq, `expires at ${a.expires_at}, ${Number.isFinite(ttl) ? `${Math.round(ttl)} s` : "an unreadable time"} after its request; the policy allows ${policy.toolCallTtlSeconds} s`);
    }
  }
  return findings;
}
