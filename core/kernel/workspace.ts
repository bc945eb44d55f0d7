import { type Stats, closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, realpathSync, statSync, unlinkSync, writeSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

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

/**
 * What is at `path` (links followed, or the link itself with `links: "kept"`), or undefined when nothing there can be
 * read: absent, named under a file (ENOTDIR: a pull request turned a folder into a file), a link loop (ELOOP), no
 * permission. Never throws.
 */
export function entryAt(path: string, links: "followed" | "kept" = "followed"): Stats | undefined {
  try {
    return (links === "kept" ? lstatSync : statSync)(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Is `rel` a regular file of the workspace that may be read (not a link out of it or into .git/)? Never throws. */
export function isWorkspaceFile(root: string, rel: string): boolean {
  return entryAt(join(root, rel))?.isFile() === true && unsafeReason(root, rel) === undefined;
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

/** Where a path really is when its folders are followed: the real path of its nearest existing ancestor, plus the rest. */
function realPlace(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, path));
}

/**
 * Write a report where whoever runs Flowgate asked (`sarif: flowgate.sarif`, `--output report.sarif`), in a checkout a
 * pull request wrote: a link the change commits at that path (`flowgate.sarif -> ~/.bashrc`) is replaced by the file,
 * never followed, and a path under `root` whose folders lead out of it through a link is refused (the reason is
 * returned; nothing is written). Undefined once written.
 */
export function writeReportFile(root: string, path: string, text: string): string | undefined {
  const lexical = relative(root, path);
  const underRoot = lexical !== "" && !lexical.startsWith("..") && !isAbsolute(lexical);
  const leadsOut = () => {
    const real = relative(realpathSync(root), realPlace(dirname(path)));
    return real.startsWith("..") || isAbsolute(real);
  };
  if (underRoot && leadsOut()) return "leads out of the workspace through a link";
  mkdirSync(dirname(path), { recursive: true });
  if (underRoot && leadsOut()) return "leads out of the workspace through a link";
  if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(path);
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  try {
    const bytes = Buffer.from(text, "utf8");
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    closeSync(fd);
  }
  return undefined;
}
