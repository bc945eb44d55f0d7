import { closeSync, constants, fstatSync, lstatSync, openSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";

/**
 * Never read outside the workspace: a pull request can commit a symbolic link to `/proc/self/environ`,
 * `~/.ssh/…` or `.git/config` (as the file or as a folder on its path), or a FIFO that blocks the reader
 * forever. Why a workspace path must not be read, or undefined when it is a regular file or folder (or a
 * link to one inside the root, not in .git). Every read of a path a pull request controls asks this.
 */
export function unsafeReason(root: string, rel: string): string | undefined {
  const path = join(root, rel);
  const lexical = relative(root, path);
  // A path outside the root was named by whoever runs Flowgate (a CLI argument, the workflow's config): not the workspace's.
  if (lexical.startsWith("..") || isAbsolute(lexical)) return undefined;
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return undefined; // absent: the caller's own "not found"
  }
  const link = stat.isSymbolicLink();
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return "is a symbolic link that leads nowhere";
  }
  const inside = relative(realpathSync(root), target);
  const via = link ? "is a symbolic link" : "is under a folder that is a symbolic link";
  if (inside.startsWith("..") || isAbsolute(inside)) return `${via} to outside the workspace`;
  // Only a path that gets into .git/ through a link: `.git/…` named directly is the caller's to exclude.
  if (inside.split(sep).includes(".git") && !lexical.split(sep).includes(".git")) return `${via} into .git/`;
  if (link) stat = statSync(target);
  if (!stat.isFile() && !stat.isDirectory()) return "is a special file (FIFO, socket or device)";
  return undefined;
}

/** A workspace path that was not read, and why (the link's name only: never its target or content). */
export interface Skipped {
  path: string;
  reason: string;
}

/**
 * Open a file for reading only if it is a regular file: O_NONBLOCK so opening a FIFO returns at once
 * instead of waiting for a writer, then fstat on what was opened. The shared readers (sources, bundles,
 * traces, ledgers) all open through this, so a special file is never read, whoever named it.
 */
export function openRegularFile(path: string): { fd: number; size: number } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  const stat = fstatSync(fd);
  if (stat.isFile()) return { fd, size: stat.size };
  closeSync(fd);
  throw Object.assign(new Error(stat.isDirectory() ? "is a directory" : "is a special file (FIFO, socket or device)"), { code: stat.isDirectory() ? "EISDIR" : "ESPECIAL" });
}
