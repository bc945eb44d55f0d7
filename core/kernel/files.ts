import { closeSync, openSync, readSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import picomatch from "picomatch";
import { type Skipped, unsafeReason } from "./workspace";

/** The folder CPython writes bytecode caches to: pruned, yet listed (a change can commit a cache Python loads, core/scan/compiled.ts). */
export const BYTECODE_CACHE = "__pycache__";
/** Is the repo-relative folder `dir` a bytecode cache? */
export const isBytecodeCache = (dir: string) => dir === BYTECODE_CACHE || dir.endsWith(`/${BYTECODE_CACHE}`);
/** Folders no check looks into: dependencies, VCS data, build output, virtualenvs, vendored code. */
const PRUNED_DIRS: ReadonlySet<string> = new Set(["node_modules", ".git", "dist", "build", "venv", ".venv", "vendor", "vendored", "third_party", BYTECODE_CACHE, "site-packages"]);
/** PRUNED_DIRS as globs: a path with a segment of one of those names. */
const DEFAULT_EXCLUDES = [...PRUNED_DIRS].map((dir) => `**/${dir}/**`);
/**
 * The default-excluded folders that may hold a project's own source (build output, vendored code), as
 * opposed to dependencies, VCS data, virtualenvs and caches: the scan counts what it leaves out in them
 * and `scan.default-excludes: false` scans them.
 */
export const SOURCE_PRUNED_DIRS: ReadonlySet<string> = new Set(["dist", "build", "vendor", "vendored", "third_party"]);

export type Matcher = (path: string) => boolean;

export function globMatcher(globs: readonly string[]): Matcher {
  if (globs.length === 0) return () => false;
  return picomatch(globs as string[], { dot: true });
}

/**
 * Symlinked files are checked like files. A symlinked folder is followed only when it leads, inside the root, into
 * a folder the walk does not enter (a PRUNED_DIRS segment: `tools -> build/tools`), each such folder once (no loops):
 * its files are then importable under a name the excludes do not match, so they are walked, and judged, there. A
 * link to a walked folder is not followed (its files are judged where they are); links out of the root never are.
 */
function linkTarget(path: string): "file" | "folder" | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? "file" : stat.isDirectory() ? "folder" : undefined;
  } catch {
    return undefined;
  }
}

/** Does a link lead to a folder the walk would not enter by its own path (one with a PRUNED_DIRS segment)? */
function prunedTarget(realRoot: string, path: string): boolean {
  try {
    return relative(realRoot, realpathSync(path)).split(sep).some((segment) => PRUNED_DIRS.has(segment));
  } catch {
    return false;
  }
}

/**
 * Files no check judges: the default excludes plus the configured ones (what walkFiles leaves out, asked of one
 * path); with `sourceFolders`, the default-excluded source folders (SOURCE_PRUNED_DIRS) are not excluded
 * (the scan under `scan.default-excludes: false`).
 */
export function excludedMatcher(exclude: readonly string[] = [], sourceFolders = false): Matcher {
  const defaults = sourceFolders ? DEFAULT_EXCLUDES.filter((g) => !SOURCE_PRUNED_DIRS.has(g.slice(3, -3))) : DEFAULT_EXCLUDES;
  return globMatcher([...defaults, ...exclude]);
}

/**
 * Every file under root (repo-relative, forward slashes, sorted), minus default and configured excludes.
 * Links leading outside the root or into .git/, and special files, are left out and go to `skipped`
 * with the reason (see core/kernel/workspace.ts); default-excluded source folders (SOURCE_PRUNED_DIRS) and
 * bytecode caches not entered go to `pruned`; the files that are links to files (inside the root) go to `fileLinks`.
 */
export function walkFiles(root: string, exclude: readonly string[] = [], skipped?: Skipped[], pruned?: string[], fileLinks?: string[]): string[] {
  // The default excludes match a path only through a segment named as a PRUNED_DIRS folder, and none is entered:
  // past the name test only the configured globs are left to ask (excludedMatcher's answer, at a fraction of its cost).
  const configured = globMatcher(exclude);
  const out: string[] = [];
  // Real folders entered through links and under them (each once: a link back up the tree is no loop), and the root's real path.
  const linked = new Set<string>();
  let realRoot: string | undefined;
  const enterOnce = (path: string): boolean => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return false;
    }
    if (linked.has(real)) return false;
    linked.add(real);
    return true;
  };
  const visit = (dir: string, rel: string, throughLink = false) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!PRUNED_DIRS.has(e.name) && !configured(path + "/x")) {
          // Under a followed link, a folder may be one a link reached already (`lib/up -> ../../dist` holding `lib/`).
          if (!throughLink) visit(join(dir, e.name), path);
          else if (enterOnce(join(dir, e.name))) visit(join(dir, e.name), path, true);
        }
        // Left out by default only (not by the configuration): the folders a scan may still be asked to read.
        else if (pruned && (SOURCE_PRUNED_DIRS.has(e.name) || e.name === BYTECODE_CACHE) && !configured(path + "/x")) pruned.push(path);
        continue;
      }
      if (PRUNED_DIRS.has(e.name) || configured(path)) continue;
      const unsafe = e.isFile() ? undefined : unsafeReason(root, path);
      if (unsafe) skipped?.push({ path, reason: unsafe });
      else if (e.isFile()) out.push(path);
      else if (e.isSymbolicLink()) {
        const target = linkTarget(join(dir, e.name));
        if (target === "file") {
          out.push(path);
          fileLinks?.push(path);
        }
        else if (target === "folder" && !configured(path + "/x")) {
          if (prunedTarget((realRoot ??= realpathSync(root)), join(dir, e.name)) && enterOnce(join(dir, e.name))) visit(join(dir, e.name), path, true);
        }
      }
    }
  };
  visit(root, "");
  return out.sort();
}

/** What `read` makes of a file opened for reading, or undefined when it cannot be opened or read. */
export function readOpened<T>(path: string, read: (fd: number) => T | undefined): T | undefined {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return undefined;
  }
  try {
    return read(fd);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The first `bytes` bytes of a file (fewer if it is shorter), or undefined when it cannot be read. */
export function readHead(path: string, bytes: number): Buffer | undefined {
  const head = Buffer.alloc(bytes);
  return readOpened(path, (fd) => head.subarray(0, readSync(fd, head, 0, bytes, 0)));
}

/** Folders `globFolders` lists at most (a monorepo's workspace members are far fewer). */
const MAX_GLOB_FOLDERS = 1_000;

/**
 * The workspace folders a workspace manager's member globs name (`packages/*`, `libs/agent-*`: npm's and yarn's
 * `workspaces`, uv's `members`), matched a segment at a time against the folders there, without walking the tree; at
 * most MAX_GLOB_FOLDERS, none through a link, none out of the root.
 */
export function globFolders(root: string, globs: readonly string[]): string[] {
  const out: string[] = [];
  for (const glob of globs) {
    let folders = ["."];
    for (const segment of posix.normalize(glob).split("/").filter((p) => p !== "" && p !== ".")) {
      if (segment === "..") {
        folders = [];
        break;
      }
      const matches = picomatch(segment);
      folders = folders.flatMap((dir) => childFolders(root, dir).filter((name) => matches(name)).map((name) => (dir === "." ? name : `${dir}/${name}`))).slice(0, MAX_GLOB_FOLDERS);
    }
    for (const folder of folders) if (out.length < MAX_GLOB_FOLDERS && folder !== "." && !out.includes(folder)) out.push(folder);
  }
  return out;
}

/** A folder's subfolders (not links to folders). */
function childFolders(root: string, dir: string): string[] {
  try {
    return readdirSync(join(root, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
}
