import { execFileSync } from "node:child_process";

/** A named pipe (Node has no mkfifo): what a PR cannot commit, but a workspace can hold. */
export function mkfifoSync(path: string): void {
  execFileSync("mkfifo", [path]);
}
