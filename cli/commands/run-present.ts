// `flowgate run`: how runs, refusals and confirmations are shown on the terminal.
import { createInterface } from "node:readline/promises";
import { type Refusal, type RunState } from "../../core/index";
import { EXIT, type CliIO } from "../io";

/** Past tense of a decision ("deny" is irregular). */
const DECIDED: Record<string, string> = { approve: "approved", deny: "denied" };

const ICON: Record<string, string> = { pending: "○", in_progress: "◐", blocked: "⊘", done: "●", skipped: "⊖" };

export function describeRun(run: RunState): string {
  const lines = [`${run.run_id}  ${run.flow_id}@${run.flow_version}  ${run.status}  (started ${run.started_at} by ${run.started_by}${run.agent ? `, agent ${run.agent}` : ""}; ${run.events.length} events)`];
  for (const s of run.steps) {
    const marks = [s.verified ? "verified" : s.evidence_required ? "unverified" : "", s.evidence_ref ? `evidence ${s.evidence_ref}` : "", s.ordinal === run.frontier && run.status === "in_progress" ? "← frontier" : ""].filter(Boolean).join(", ");
    lines.push(`  ${ICON[s.status] ?? "?"} ${s.step_id} ${s.status.padEnd(11)} ${s.verification_kind}${marks ? `  (${marks})` : ""}`);
  }
  for (const a of run.approvals) {
    const what = a.kind === "step" ? `step ${a.step_id}` : `tool ${a.tool}`;
    const who = a.decisions.map((d) => `${DECIDED[d.decision]} by ${d.actor}${d.comment ? ` (comment: ${JSON.stringify(d.comment)})` : ""}`).join(", ");
    lines.push(`  approval ${a.approval_id} ${a.status} for ${what} (${a.risk_level}, requested by ${a.requested_by}${who ? `; ${who}` : ""}${a.required_approvals > 1 ? `; needs ${a.required_approvals}` : ""})`);
  }
  for (const c of run.consents) {
    lines.push(`  consent ${c.consent_id} lanes ${c.allowed_lanes.join(",")} used ${c.cost_consumed_units}/${c.cost_cap_units}${c.revoked_at ? ` revoked ${c.revoked_at}` : ` expires ${c.expires_at}`}`);
  }
  return lines.join("\n") + "\n";
}

export function refusal(io: CliIO, sub: string, r: Refusal, json: boolean | undefined): number {
  if (json) io.stdout(JSON.stringify(r) + "\n");
  else io.stderr(`flowgate run ${sub}: refused ${r.code}: ${r.message}\n`);
  return EXIT.failed;
}

export function printResult(io: CliIO, sub: string, result: { ok: true; run: RunState } | Refusal, json: boolean | undefined, extra?: Record<string, unknown>): number {
  if (!result.ok) return refusal(io, sub, result, json);
  if (json) io.stdout(JSON.stringify({ ok: true, ...extra, run: result.run }) + "\n");
  else io.stdout((extra ? Object.entries(extra).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}\n`).join("") : "") + describeRun(result.run));
  return EXIT.passed;
}

export async function confirm(io: CliIO, question: string): Promise<boolean> {
  if (!io.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
