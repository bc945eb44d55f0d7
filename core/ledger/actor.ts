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
