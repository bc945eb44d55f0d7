import { readlinkSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Config } from "./config/schema";
import type { FailOn } from "./kernel/findings";
import { walkFiles } from "./kernel/files";
import { buildReport, type CheckResult } from "./report/model";
import type { GateResult } from "./report/render";
import { inShard, type Shard } from "./shard";
import { WHOLE_FILE } from "./kernel/findings";
import { notFollowed } from "./trust/rules";
import { type Skipped, entryAt } from "./kernel/workspace";
import { MemoKind, RunMemo } from "./kernel/memo";

export interface Progress {
  check: string;
  done: number;
  total: number;
}

/** What every check gets: the workspace, its config, its files, and the diff scope if any. */
export interface CheckContext {
  /** Absolute workspace root; file paths are relative to it. */
  root: string;
  config: Config;
  /** Every file of the workspace after default and configured excludes, repo-relative, sorted. */
  files: string[];
  /** Default-excluded folders that may hold project source (dist, build, vendor …) or bytecode (__pycache__) the walk did not enter, repo-relative. */
  prunedDirs?: readonly string[];
  /** A git revision to compare against (version discipline, ledger prefixes). */
  base?: string;
  /** When set, only these files are judged (a PR is judged on what it changes). */
  changedFiles?: ReadonlySet<string>;
  /** Drop findings on lines a PR did not add (needs base or changed lines). */
  newOnly?: boolean;
  /** Judge only this share of the files (selectFiles applies it; `files` stays the whole workspace). */
  shard?: Shard;
  /** What the checks of one run share: parses by text, the base's tree (see RunMemo); a check without one makes its own. */
  memo?: RunMemo;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface Check {
  name: string;
  title: string;
  /** Its run hands work to other threads and waits for it: started before the other checks, which run meanwhile. */
  offloads?: boolean;
  run(ctx: CheckContext): Promise<CheckResult>;
}

export interface GateOptions {
  root: string;
  config: Config;
  failOn?: FailOn;
  base?: string;
  changedFiles?: ReadonlySet<string>;
  newOnly?: boolean;
  /** Restrict to these check names. */
  only?: readonly string[];
  /** Judge only this job's share of the files (a CI matrix covers the rest). */
  shard?: Shard;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

/** Files a check should judge: matching its selector, in diff mode changed, and in this job's shard. */
export function selectFiles(ctx: CheckContext, matches: (path: string) => boolean): string[] {
  // Shard and diff first: a glob selector costs more than a look-up, and a shard asks it of a quarter of the files.
  const mine = ctx.shard ? shardMembers(ctx) : undefined;
  return ctx.files.filter((f) => (!mine || mine(f)) && (!ctx.changedFiles || ctx.changedFiles.has(f)) && matches(f));
}

const IN_SHARD = new MemoKind<boolean>("whether a path is in the run's shard");

/** inShard, hashed once per path and run (every check selects from the same files). */
function shardMembers(ctx: CheckContext): (path: string) => boolean {
  const memo = ctx.memo;
  return memo ? (f) => memo.get(IN_SHARD, f, () => inShard(f, ctx.shard)) : (f) => inShard(f, ctx.shard);
}

/**
 * The changed paths, plus the walked files reached through a changed one that is a folder link (walkFiles follows a
 * link into a folder it does not enter, `tools -> build/tools`): what such a path names is what the change made it.
 */
export function throughChangedLinks(files: readonly string[], changed: ReadonlySet<string>): ReadonlySet<string> {
  // A folder link is a changed path no walked file is; most changed paths are walked files.
  const walked = new Set(files);
  const folders = new Set([...changed].filter((path) => !walked.has(path)));
  if (folders.size === 0) return changed;
  const under = (file: string) => {
    for (let slash = file.lastIndexOf("/"); slash > 0; slash = file.lastIndexOf("/", slash - 1)) if (folders.has(file.slice(0, slash))) return true;
    return false;
  };
  const reached = files.filter((file) => !changed.has(file) && under(file));
  return reached.length ? new Set([...changed, ...reached]) : changed;
}

/** The root-relative paths a file link passes through to its file (each link of a chain, then the file), as far as they stay inside the root. */
function linkHops(realRoot: string, root: string, link: string): string[] {
  const hops: string[] = [];
  let path = join(root, link);
  for (let i = 0; i < MAX_LINK_HOPS; i++) {
    let next: string;
    try {
      // The folder resolved first: a link's text is relative to where it really is.
      next = resolve(realpathSync(dirname(path)), readlinkSync(path));
    } catch {
      break;
    }
    const rel = relative(realRoot, next);
    if (!rel || rel.startsWith("..") || isAbsolute(rel)) break;
    hops.push(rel.split(sep).join("/"));
    if (!entryAt(next, "kept")?.isSymbolicLink()) break;
    path = next;
  }
  return hops;
}

/** How many links a chain may pass through (Linux's own limit). */
const MAX_LINK_HOPS = 40;

/**
 * The changed paths, plus the file links the change left alone whose target (or a link on the way) it changed: a
 * file link (`agent/helper.py -> ../assets/helper.txt`) is read, imported and run by its own name with its target's
 * bytes, so editing the target edits what the link's path names.
 */
export function throughChangedTargets(root: string, fileLinks: readonly string[], changed: ReadonlySet<string>): ReadonlySet<string> {
  if (fileLinks.length === 0) return changed;
  const realRoot = realpathSync(root);
  const reached = fileLinks.filter((link) => !changed.has(link) && linkHops(realRoot, root, link).some((hop) => changed.has(hop)));
  return reached.length ? new Set([...changed, ...reached]) : changed;
}

export async function runGate(checks: readonly Check[], options: GateOptions): Promise<GateResult> {
  const skipped: Skipped[] = [];
  const prunedDirs: string[] = [];
  const fileLinks: string[] = [];
  const files = walkFiles(options.root, options.config.exclude, skipped, prunedDirs, fileLinks);
  const ctx: CheckContext = {
    root: options.root,
    config: options.config,
    files,
    prunedDirs,
    base: options.base,
    changedFiles: options.changedFiles && throughChangedTargets(options.root, fileLinks, throughChangedLinks(files, options.changedFiles)),
    newOnly: options.newOnly,
    shard: options.shard,
    memo: new RunMemo(),
    onProgress: options.onProgress,
    signal: options.signal,
  };
  const selected = options.only ? checks.filter((c) => options.only!.includes(c.name)) : checks;
  options.signal?.throwIfAborted();
  // The checks run together: one that hands work to other threads (the scan's workers) starts first, and the others
  // run on this thread while it waits. Results keep report order.
  const started = new Map(selected.filter((c) => c.offloads).map((c) => [c, c.run(ctx)]));
  for (const check of selected) if (!started.has(check)) started.set(check, check.run(ctx));
  const results = await Promise.all(selected.map((check) => started.get(check)!));
  const unread = skipped.filter((s) => inShard(s.path, options.shard));
  if (unread.length > 0) results.push({ name: "workspace", title: "Files not read", findings: unread.map((s) => notFollowed.at(s.path, WHOLE_FILE, s.path, s.reason)), files: [] });
  return { report: buildReport(results, options.failOn ?? options.config["fail-on"]), results };
}
