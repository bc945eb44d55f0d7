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
 * Whether two recorded actors are the same identity. Actors are emails or handles, which people and
 * tools spell with any case (git user.email vs --actor); comparing them verbatim let `Bot@x` decide
 * `bot@x`'s request and counted `alice@x` and `ALICE@x` as two approvers.
 */
export function sameActor(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
