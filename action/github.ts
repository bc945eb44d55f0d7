import type * as github from "@actions/github";
import type { Review } from "../core/approvals";

/** The REST calls the Action makes, each small and paginated where GitHub pages. */
export type Octokit = ReturnType<typeof github.getOctokit>;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** GitHub returns at most this many files for a pull request. */
export const PR_FILES_LIMIT = 3000;

export interface PullRequestFile {
  filename: string;
  status: string;
  /** Unified diff of the file; GitHub omits it for binary and very large diffs. */
  patch?: string;
  /** The path a renamed file had at the base: GitHub lists a move by its new name, the old one only here. */
  previousFilename?: string;
}

/** The pull request's files (up to GitHub's 3,000); `complete` is false when GitHub may have cut the list. */
export async function listPullRequestFiles(octokit: Octokit, pr: PullRequestRef): Promise<{ files: PullRequestFile[]; complete: boolean }> {
  const files: PullRequestFile[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 })) {
    for (const f of page.data) files.push({ filename: f.filename, status: f.status, patch: f.patch, previousFilename: f.previous_filename });
    if (files.length >= PR_FILES_LIMIT) break;
  }
  return { files, complete: files.length < PR_FILES_LIMIT };
}

/** Lines (1-based, new side) a unified diff adds. */
export function addedLinesOfPatch(patch: string): Set<number> {
  const added = new Set<number>();
  let line = 0;
  for (const text of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) line = Number(hunk[1]);
    else if (line === 0 || text.startsWith("\\")) continue;
    else if (text.startsWith("+")) added.add(line++);
    else if (!text.startsWith("-")) line++;
  }
  return added;
}

/** Each reviewer's standing review: their latest that approved, requested changes or was dismissed. */
export async function standingReviews(octokit: Octokit, pr: PullRequestRef): Promise<Review[]> {
  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  const standing = new Map<string, Review>();
  for (const r of reviews) {
    if (!r.user?.login || r.state === "COMMENTED" || r.state === "PENDING") continue;
    standing.set(r.user.login.toLowerCase(), { login: r.user.login, type: r.user.type, state: r.state, commitId: r.commit_id ?? undefined, association: r.author_association });
  }
  return [...standing.values()];
}

/** Whether a user may push to the repository (write, maintain or admin), from the collaborator permission API. */
export async function canWrite(octokit: Octokit, pr: PullRequestRef, login: string): Promise<boolean> {
  const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: pr.owner, repo: pr.repo, username: login });
  const role = (data as { role_name?: string }).role_name;
  return ["admin", "write"].includes(data.permission) || ["admin", "maintain", "write"].includes(role ?? "");
}

/** Email addresses the PR author committed with in this PR (how a ledger actor set from git user.email is recognised). */
export async function authorEmails(octokit: Octokit, pr: PullRequestRef, author: string): Promise<string[]> {
  const commits = await octokit.paginate(octokit.rest.pulls.listCommits, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  const emails = new Set<string>();
  for (const c of commits) {
    if (c.author?.login === author && c.commit.author?.email) emails.add(c.commit.author.email);
    if (c.committer?.login === author && c.commit.committer?.email) emails.add(c.commit.committer.email);
  }
  return [...emails];
}

export interface StickyComment {
  id: number;
  body: string;
}

/** Who GITHUB_TOKEN writes as: GET /user answers 403 to an installation token, so this is the fallback. */
export const ACTIONS_BOT = "github-actions[bot]";

/** The login the token writes comments as: GET /user, else (an app's installation token cannot read it) the Actions bot. */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    return ACTIONS_BOT;
  }
}

/**
 * The Action's own comment: its first line is the marker (quoting the marker in text or a fenced diff
 * is not it) and the token's own identity wrote it (another bot's or person's comment is not it).
 */
export async function findStickyComment(octokit: Octokit, pr: PullRequestRef, marker: string): Promise<StickyComment | undefined> {
  const candidates: { id: number; body: string; login: string }[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 })) {
    for (const c of page.data) if (c.user?.login && c.body?.split("\n", 1)[0] === marker) candidates.push({ id: c.id, body: c.body, login: c.user.login });
  }
  if (candidates.length === 0) return undefined;
  const self = (await tokenLogin(octokit)).toLowerCase();
  const own = candidates.find((c) => c.login.toLowerCase() === self);
  return own && { id: own.id, body: own.body };
}

export async function createComment(octokit: Octokit, pr: PullRequestRef, body: string): Promise<number> {
  const { data } = await octokit.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
  return data.id;
}

export async function updateComment(octokit: Octokit, pr: PullRequestRef, id: number, body: string): Promise<void> {
  await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: id, body });
}

export async function deleteComment(octokit: Octokit, pr: PullRequestRef, id: number): Promise<void> {
  await octokit.rest.issues.deleteComment({ owner: pr.owner, repo: pr.repo, comment_id: id });
}

/** HTTP status of an Octokit RequestError, if it is one. */
export function statusOf(e: unknown): number | undefined {
  const status = (e as { status?: unknown })?.status;
  return typeof status === "number" ? status : undefined;
}

/** An API error in one line: "HTTP 403: Resource not accessible by integration". */
export function errorLine(e: unknown): string {
  const status = statusOf(e);
  const message = (e instanceof Error ? e.message : String(e)).split("\n")[0]!;
  return status ? `HTTP ${status}: ${message}` : message;
}
