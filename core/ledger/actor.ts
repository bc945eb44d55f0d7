import { identityKey, sameIdentity } from "../trust/identity";
import { execFileSync } from "node:child_process";

/** Who is acting: the explicit actor, then env FLOWGATE_ACTOR, then the workspace's git user.email. */
export function resolveActor(root: string, explicit?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = explicit?.trim() || env.FLOWGATE_ACTOR?.trim();
  if (given) return given;
  try {
    const email = execFileSync("git", ["config", "user.email"], { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return email || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether two recorded actors are the same identity: core's one identity comparison (case, Unicode
 * look-alikes, invisible characters, plus and noreply addresses), so a request cannot be decided by its
 * requester under another spelling of the same name, nor one person counted twice as approvers.
 */
export const sameActor = sameIdentity;

/**
 * How many people who may decide approved: identities, not decisions, and never the requester or the run's
 * agent. The operations refuse those decisions; this keeps a hand-written ledger (`bob` and ` Bob ` both
 * approving, the requester approving their own request; replay flags both) from reaching the threshold.
 */
export function distinctApprovers(decisions: readonly { actor: string; decision: string }[], ineligible: readonly (string | null)[]): number {
  const excluded = new Set(ineligible.filter((n): n is string => n !== null).map(identityKey));
  return new Set(decisions.filter((d) => d.decision === "approve").map((d) => identityKey(d.actor)).filter((k) => k !== "" && !excluded.has(k))).size;
}
