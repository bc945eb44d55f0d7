import { execFileSync } from "node:child_process";
import { posix, relative } from "node:path";
import { type Finding, addedLines, changedSince, GitError, repoPrefix, resolveRev, escapeMarkdown, type Report } from "../core/index";
import type { PullRequestEvent } from "./event";
import { type Octokit, type PullRequestRef, addedLinesOfPatch, errorLine, listPullRequestFiles } from "./github";

/** Where the working directory sits in the repository, so findings can carry repo-relative paths. */
export function workingPrefix(root: string, workspace: string): string {
  try {
    return repoPrefix(root);
  } catch {
    const rel = relative(workspace, root).replace(/\\/g, "/");
    return rel && !rel.startsWith("..") ? `${rel}/` : "";
  }
}

/** What a pull request (or a push) changes, relative to the working directory. */
export interface Changes {
  files: Set<string>;
  /** Lines each file adds (root-relative), where known. */
  added: Map<string, Set<number>>;
  source: "api" | "git";
}

/**
 * The PR's files from the REST API (up to 3,000), else from `git diff base...head`. Returns undefined
 * when neither works (then everything is judged) with the reason in `notes`.
 */
export async function pullRequestChanges(
  octokit: Octokit | undefined,
  pr: PullRequestRef,
  event: PullRequestEvent,
  root: string,
  prefix: string,
  notes: string[],
): Promise<Changes | undefined> {
  if (octokit) {
    try {
      const { files, complete } = await listPullRequestFiles(octokit, pr);
      if (complete) {
        const changes: Changes = { files: new Set(), added: new Map(), source: "api" };
        for (const f of files) {
          // Removed files stay in the change: a deleted ledger is judged (history rewritten), never skipped; so does the
          // path a renamed file leaves, which the API names only as its previous name.
          if (f.previousFilename?.startsWith(prefix)) changes.files.add(f.previousFilename.slice(prefix.length));
          if (!f.filename.startsWith(prefix)) continue;
          const path = f.filename.slice(prefix.length);
          changes.files.add(path);
          if (f.patch !== undefined) changes.added.set(path, addedLinesOfPatch(f.patch));
        }
        return changes;
      }
      notes.push("The pull request has more files than GitHub lists (3,000); its changes come from git instead.");
    } catch (e) {
      notes.push(`The pull request's files could not be listed (${escapeMarkdown(errorLine(e))}); its changes come from git instead.`);
    }
  }
  try {
    return { files: new Set(changedSince(root, event.baseSha)), added: new Map(), source: "git" };
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    notes.push("Neither the GitHub API nor git (the base commit is not fetched; use `fetch-depth: 0`) gave the pull request's changes: every file was judged.");
    return undefined;
  }
}

/** What a push changes since the commit before it (git; `changed-only: true` on push events). */
export function pushChanges(root: string, base: string, notes: string[]): Changes | undefined {
  try {
    return { files: new Set(changedSince(root, base)), added: new Map(), source: "git" };
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    notes.push("git could not list what this push changes: every file was judged.");
    return undefined;
  }
}

/** Added lines for files with findings, from git, when the API gave no patches. */
export function addedLinesFromGit(root: string, base: string, files: Iterable<string>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const f of files) {
    try {
      out.set(f, addedLines(root, base, f));
    } catch {
      // unknown to git (untracked, outside the repo): no added lines to prefer
    }
  }
  return out;
}

/**
 * The base commit, fetched shallowly when the checkout lacks it (actions/checkout fetches one commit by
 * default). Undefined when it cannot be had: version discipline is then skipped, and a note says why.
 */
export function availableBase(root: string, sha: string | undefined, notes: string[]): string | undefined {
  if (!sha) return undefined;
  try {
    return resolveRev(root, sha);
  } catch {
    try {
      execFileSync("git", ["fetch", "--no-tags", "--quiet", "--depth=1", "origin", sha], { cwd: root, stdio: "ignore", timeout: 120_000 });
      return resolveRev(root, sha);
    } catch {
      notes.push(`The base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched: nothing was compared against it (use \`fetch-depth: 0\`).`);
      return undefined;
    }
  }
}

/** Findings and fixes with repo-relative paths: what annotations and code scanning need. */
export function rebase(report: Report, prefix: string): Report {
  if (!prefix) return report;
  const move = (f: Finding): Finding => ({
    ...f,
    // Normalized: a finding about a file above root (the workflow running the gate) is named `../…` from it.
    file: posix.normalize(prefix + f.file),
    ...(f.fix ? { fix: f.fix.map((fix) => ({ ...fix, edits: fix.edits.map((e) => (e.file === undefined ? e : { ...e, file: prefix + e.file })) })) } : {}),
    // A boundary finding's resolution steps in other files (core/scan) name them like findings do.
    ...(Array.isArray(f.properties?.resolution) ? { properties: { ...f.properties, resolution: (f.properties.resolution as Array<{ file?: unknown }>).map((s) => (typeof s?.file === "string" ? { ...s, file: prefix + s.file } : s)) } } : {}),
  });
  return { ...report, findings: report.findings.map(move) };
}
