import { cpSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { approve, deny, requestApproval, startRun } from "../../core/ledger/index";
import { REPO } from "../helpers/cli";

const WRITES = { FLOW_RUN_WRITES_ENABLED: "true" };

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`ledger refused: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

/** Put examples' release-notes flow into root so runs can pin it. */
export function withReleaseNotesFlow(root: string): void {
  mkdirSync(join(root, "flows"), { recursive: true });
  cpSync(join(REPO, "examples/flows/release-notes.flow.json"), join(root, "flows/release-notes.flow.json"));
}

/**
 * A run written through the real ledger API: the agent asks for a tool-call approval of `risk`, then
 * `decider` approves (or denies) it. Returns the run and approval ids.
 */
export async function runWithDecision(root: string, decider: string, risk = "high", decision: "approve" | "deny" = "approve"): Promise<{ runId: string; approvalId: string }> {
  const agent = { root, actor: "release-agent@agents.example", env: WRITES };
  const started = ok(await startRun({ ...agent, flowId: "flow_release_notes", flowVersion: "0.3.0" }));
  const runId = started.run.run_id;
  const requested = ok(await requestApproval({ ...agent, runId, tool: "github_release_publish", args: { tag: "v1.4.0" }, riskLevel: risk, reason: "publish the drafted notes" }));
  const approvalId = requested.run.approvals.at(-1)!.approval_id;
  const by = { root, actor: decider, env: WRITES, runId, approvalId };
  ok(decision === "approve" ? await approve(by) : await deny({ ...by, reason: "not this week" }));
  return { runId, approvalId };
}
