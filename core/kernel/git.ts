import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { MemoKind, type RunMemo } from "./memo";

/** Thin, synchronous git plumbing for base comparisons. Errors surface as GitError with git's own words. */
export class GitError extends Error {
  override name = "GitError";
}

function git(root: string, args: string[]): string {
  try {
    // Paths are file names, never patterns: literal pathspecs keep a file called `:(exclude)x.py` or `[a].py` from matching others.
    return execFileSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 512 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, GIT_LITERAL_PATHSPECS: "1" } });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new GitError(`git ${args.join(" ")}: ${(err.stderr || err.message).trim().split("\n")[0]}`);
  }
}

/** The commit a revision names; throws GitError for an unknown revision. */
export function resolveRev(root: string, rev: string): string {
  return git(root, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).trim();
}

/** One entry of a revision's tree: its path (relative to root), object type ("blob", or "commit" for a submodule) and id. */
export interface TreeEntry {
  path: string;
  type: string;
  oid: string;
}

/** Every entry of a revision's tree under root (which may be a subfolder of the repository), one ls-tree. */
export function treeAtRev(root: string, rev: string): TreeEntry[] {
  return git(root, ["ls-tree", "-r", "--full-name", "-z", rev, "--", "."])
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf("\t");
      const [, type = "", oid = ""] = line.slice(0, tab).split(" ");
      return { path: stripPrefix(root, line.slice(tab + 1)), type, oid };
    });
}

const TREES = new MemoKind<TreeEntry[]>("a revision's tree by root and revision");

/** treeAtRev listed once per run (the flows and ledger checks both ask for the base's). */
export function treeAtRevOnce(root: string, rev: string, memo: RunMemo): TreeEntry[] {
  return memo.get(TREES, `${root}\0${rev}`, () => treeAtRev(root, rev));
}

const BLOB_IDS = new MemoKind<ReadonlyMap<string, string>>("a revision's blob ids by path, by root and revision");

/** The blob id of each file of a revision's tree (treeAtRevOnce), by path. */
export function blobIdsAtRevOnce(root: string, rev: string, memo: RunMemo): ReadonlyMap<string, string> {
  return memo.get(BLOB_IDS, `${root}\0${rev}`, () => new Map(treeAtRevOnce(root, rev, memo).flatMap((e) => (e.type === "blob" ? [[e.path, e.oid] as const] : []))));
}

/** Whether these bytes are the blob `id`: git's object id of them, in the format `id` is written in (SHA-1: 40 hex digits, SHA-256: 64). */
export function isBlob(bytes: Uint8Array, id: string): boolean {
  return createHash(id.length === 64 ? "sha256" : "sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex") === id;
}

/**
 * A walked file's text when its bytes are the blob `id`: its text at the revision whose tree gave the id, known without
 * a git process. Undefined when they are not, the file is larger than `maxBytes` (not read: a change may have made it
 * huge) or it cannot be read. Only for files the walk listed (regular files inside the workspace).
 */
export function workTreeText(root: string, path: string, id: string, maxBytes = Infinity): string | undefined {
  let bytes: Buffer;
  try {
    if (statSync(join(root, path)).size > maxBytes) return undefined;
    bytes = readFileSync(join(root, path));
  } catch {
    return undefined;
  }
  return isBlob(bytes, id) ? bytes.toString("utf8") : undefined;
}

/**
 * The text of each blob of `entries` (a revision's tree) by id: from a walked file (`walked`) at one of the blob's
 * paths that still holds exactly it (most files did not change; one of at most `maxBytes`), the rest from git in one
 * batch.
 */
export function blobTexts(root: string, entries: readonly TreeEntry[], walked: ReadonlySet<string>, maxBytes?: number): Map<string, string> {
  const pathsOf = new Map<string, string[]>();
  for (const { path, oid } of entries) {
    const paths = pathsOf.get(oid);
    if (paths) paths.push(path);
    else pathsOf.set(oid, [path]);
  }
  const texts = new Map<string, string>();
  const asked: string[] = [];
  for (const [oid, paths] of pathsOf) {
    let text: string | undefined;
    // Copies of one blob: the first still holding it (a change to one copy leaves the others).
    for (const path of paths) if (text === undefined && walked.has(path)) text = workTreeText(root, path, oid, maxBytes);
    if (text === undefined) asked.push(oid);
    else texts.set(oid, text);
  }
  for (const [oid, text] of blobsByOid(root, asked)) texts.set(oid, text);
  return texts;
}

/** Repo-relative paths (relative to root, which may be a subfolder of the repository) at a revision. */
export function filesAtRev(root: string, rev: string): string[] {
  return treeAtRev(root, rev).map((e) => e.path);
}

/** A file at a revision, its path relative to root or (`top`) to the repository's top (a workflow under `.github/`, whatever folder root is); undefined when absent. */
export function showAtRev(root: string, rev: string, path: string, from: "root" | "top" = "root"): string | undefined {
  try {
    return git(root, ["show", `${rev}:${from === "root" ? "./" : ""}${path}`]);
  } catch {
    return undefined;
  }
}

/**
 * Many files at a revision with one `git cat-file --batch` (a process per file is most of the time a
 * base comparison takes on a large tree). Paths are relative to root; absent paths are left out.
 */
export function showManyAtRev(root: string, rev: string, paths: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  // The batch protocol is one name per line (a trailing CR dropped): a path with a line break, which a PR can
  // name, would be read as two names and shift every answer after it, so such paths are asked one by one.
  const oneLine = (p: string) => !/[\r\n]/.test(p);
  for (const path of paths.filter((p) => !oneLine(p))) {
    const text = showAtRev(root, rev, path);
    if (text !== undefined) out.set(path, text);
  }
  const batched = paths.filter(oneLine);
  catFileBatch(root, batched.map((p) => `${rev}:./${p}`)).forEach((text, i) => {
    if (text !== undefined) out.set(batched[i]!, text);
  });
  return out;
}

/** Blobs by object id (as treeAtRev lists them), with one `git cat-file --batch`; ids git does not know are left out. */
export function blobsByOid(root: string, oids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const asked = oids.filter((oid) => /^[0-9a-f]{40,64}$/.test(oid));
  catFileBatch(root, asked).forEach((text, i) => {
    if (text !== undefined) out.set(asked[i]!, text);
  });
  return out;
}

/** `git cat-file --batch` of one-line object names: each blob's text in order, undefined for a missing or non-blob object. */
function catFileBatch(root: string, names: readonly string[]): (string | undefined)[] {
  if (names.length === 0) return [];
  let data: Buffer;
  try {
    data = execFileSync("git", ["cat-file", "--batch"], { cwd: root, input: names.map((n) => `${n}\n`).join(""), maxBuffer: 2 * 1024 * 1024 * 1024, stdio: ["pipe", "pipe", "pipe"] });
  } catch (e) {
    throw new GitError(`git cat-file --batch: ${String((e as { stderr?: Buffer }).stderr ?? (e as Error).message).trim().split("\n")[0]}`);
  }
  const out: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const eol = data.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = data.toString("utf8", at, eol).split(" ");
    at = eol + 1;
    out.push(undefined);
    if (header.length !== 3 || header[2] === undefined || !/^\d+$/.test(header[2])) continue; // "<name> missing" or ambiguous
    const size = Number(header[2]);
    if (header[1] === "blob") out[i] = data.toString("utf8", at, at + size);
    at += size + 1;
  }
  return out;
}

const BATCH_FILES = 64;
const BATCH_BYTES = 64 * 1024 * 1024;

/**
 * Files at a revision, asked for one at a time in `paths` order and read with showManyAtRev in batches (up to
 * 64 files or 64 MiB of their size in the work tree): few git processes, and not every file held at once.
 */
export function inBatchesAtRev(root: string, rev: string, paths: readonly string[]): (path: string) => string | undefined {
  const batches: string[][] = [];
  const batchOf = new Map<string, number>();
  let bytes = Infinity;
  for (const path of paths) {
    let size = 0;
    try {
      size = statSync(join(root, path)).size;
    } catch {}
    if (bytes + size > BATCH_BYTES || batches.at(-1)!.length >= BATCH_FILES) {
      batches.push([]);
      bytes = 0;
    }
    batches.at(-1)!.push(path);
    batchOf.set(path, batches.length - 1);
    bytes += size;
  }
  let loaded = -1;
  let texts = new Map<string, string>();
  return (path) => {
    const batch = batchOf.get(path);
    if (batch === undefined) return showAtRev(root, rev, path);
    if (batch !== loaded) {
      texts = showManyAtRev(root, rev, batches[batch]!);
      loaded = batch;
    }
    return texts.get(path);
  };
}

/** The commit a change is compared with: the merge base of `base` and HEAD (what `changedSince` and `addedLines` diff against). */
export function mergeBaseOf(root: string, base: string): string {
  return git(root, ["merge-base", base, "HEAD"]).trim();
}

/**
 * The files of a revision under root written under `dir` at their repository paths (`dir` + repoPrefix(root) holds
 * root's files), through an index of its own: the repository's index and work tree are left alone. Links are written
 * as links.
 */
export function checkoutRevInto(root: string, rev: string, dir: string): void {
  const index = join(dir, ".flowgate-index");
  const env = { ...process.env, GIT_INDEX_FILE: index, GIT_LITERAL_PATHSPECS: "1" };
  try {
    execFileSync("git", ["read-tree", rev], { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
    // Only root's files (a monorepo's other folders are not what the run judges), named relative to root as git lists them.
    const files = execFileSync("git", ["ls-files", "-z", "--", "."], { cwd: root, env, maxBuffer: 512 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
    execFileSync("git", ["checkout-index", "--force", "-z", "--stdin", `--prefix=${dir}/`], { cwd: root, env, input: files, stdio: ["pipe", "ignore", "pipe"] });
  } catch (e) {
    const err = e as { stderr?: Buffer | string; message: string };
    throw new GitError(`git checkout-index of ${rev}: ${(err.stderr?.toString() || err.message).trim().split("\n")[0]}`);
  } finally {
    rmSync(index, { force: true });
  }
}

/**
 * Files changed between the merge base of `base` and the work tree (committed or not), relative to root. A moved file is
 * both its paths: `--no-renames`, as git otherwise lists a rename by its new name alone, and the path it leaves (a merged
 * ledger, the gate's configuration) is removed from there.
 */
export function changedSince(root: string, base: string): string[] {
  const mergeBase = git(root, ["merge-base", base, "HEAD"]).trim();
  const tracked = git(root, ["diff", "--name-only", "--no-renames", "-z", "--relative", mergeBase, "--", "."]).split("\0");
  const untracked = git(root, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."]).split("\0");
  return [...new Set([...tracked, ...untracked].filter(Boolean))].sort();
}

/** The submodules among `paths` (relative to root) as the index records them, each with the commit it points to. */
export function submodulesAmong(root: string, paths: readonly string[]): { path: string; commit: string }[] {
  if (!paths.length) return [];
  return git(root, ["ls-files", "--stage", "-z", "--", ...paths])
    .split("\0")
    .filter(Boolean)
    .flatMap((line) => {
      const tab = line.indexOf("\t");
      const [mode, commit = ""] = line.slice(0, tab).split(" ");
      return mode === GITLINK_MODE ? [{ path: line.slice(tab + 1), commit }] : [];
    });
}

/** The symbolic links the index holds under root (mode 120000), relative to root. */
export function trackedLinks(root: string): string[] {
  return git(root, ["ls-files", "--stage", "-z", "--", "."])
    .split("\0")
    .filter((line) => line.startsWith(`${LINK_MODE} `))
    .map((line) => line.slice(line.indexOf("\t") + 1));
}

const LINK_MODE = "120000";

/** The mode git records a submodule with (a "gitlink": a commit of another repository). */
const GITLINK_MODE = "160000";

/** Lines added (1-based, in the current file) since base, per file: "what a PR adds". */
export function addedLines(root: string, base: string, path: string): Set<number> {
  const mergeBase = git(root, ["merge-base", base, "HEAD"]).trim();
  // `--text`: a `.gitattributes` the change adds (`*.py -diff`, `binary`) must not make git list a source's lines as none.
  const diff = git(root, ["diff", "--unified=0", "--no-color", "--text", "--no-ext-diff", "--no-textconv", "--relative", mergeBase, "--", path]);
  const lines = new Set<number>();
  for (const m of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let i = 0; i < count; i++) lines.add(start + i);
  }
  return lines;
}

/**
 * What a change adds, per file, asked of git once per file: "new" for a file the base does not have,
 * else its added lines (`addedLines`).
 */
export function addedLinesSince(root: string, base: string): (path: string) => "new" | Set<number> {
  const known = new Map<string, "new" | Set<number>>();
  return (path) => {
    let lines = known.get(path);
    if (!lines) known.set(path, (lines = showAtRev(root, base, path) === undefined ? "new" : addedLines(root, base, path)));
    return lines;
  };
}

/** Where root sits inside its repository: "" at the top, "sub/dir/" below (repo paths = prefix + root paths). */
export function repoPrefix(root: string): string {
  // Asked once per root (the Action's working prefix, then every tree listed): a git process each time otherwise.
  if (prefixCache?.root !== root) prefixCache = { root, prefix: git(root, ["rev-parse", "--show-prefix"]).trim() };
  return prefixCache.prefix;
}

let prefixCache: { root: string; prefix: string } | undefined;
function stripPrefix(root: string, fullName: string): string {
  const prefix = repoPrefix(root);
  return prefix && fullName.startsWith(prefix) ? fullName.slice(prefix.length) : fullName;
}

/** HEAD's commit and where root sits in its repository (one git call); undefined outside git or before the first commit. */
export function headPlace(root: string): { commit: string; prefix: string } | undefined {
  try {
    const [prefix = "", commit = ""] = git(root, ["rev-parse", "--show-prefix", "--verify", "HEAD"]).split("\n");
    return /^[0-9a-f]{40,64}$/.test(commit) ? { commit, prefix } : undefined;
  } catch {
    return undefined;
  }
}
