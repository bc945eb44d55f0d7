import { lstatSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";

/**
 * Never read outside the workspace: a pull request can commit a symbolic link to `/proc/self/environ`,
 * `~/.ssh/…` or `.git/config`, or a FIFO that blocks the reader forever. Why a workspace path must not
 * be read, or undefined when it is a regular file or folder (or a link to one inside the root, not in .git).
 */
export function unsafeReason(root: string, rel: string): string | undefined {
  const path = join(root, rel);
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return undefined; // absent: the caller's own "not found"
  }
  if (stat.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      return "is a symbolic link that leads nowhere";
    }
    const inside = relative(realpathSync(root), target);
    if (inside.startsWith("..") || isAbsolute(inside)) return "is a symbolic link to outside the workspace";
    if (inside.split(sep).includes(".git")) return "is a symbolic link into .git/";
    stat = statSync(target);
  }
  if (!stat.isFile() && !stat.isDirectory()) return "is a special file (FIFO, socket or device)";
  return undefined;
}

/** A workspace path that was not read, and why (the link's name only: never its target or content). */
export interface Skipped {
  path: string;
  reason: string;
}
