import { type GitHubIdentity, approvalsIn, judgeGithubReviews, judgeNotAuthor } from "../core/approvals";
import type { CheckResult } from "../core/report/model";
import type { PullRequestEvent } from "./event";
import { escapeMarkdown } from "../core/report/escape";
import { type Octokit, type PullRequestRef, authorEmails, errorLine, standingReviews } from "./github";

/**
 * The approvals gate: decisions committed in the PR's ledgers and bundles judged against its author and
 * reviews. The judging is core's; the Action only fetches who is who. Unreadable reviews fail the run
 * (an approval that cannot be checked is not accepted).
 */
export async function approvalsResult(
  mode: "not-author" | "github-reviews",
  octokit: Octokit | undefined,
  pr: PullRequestRef,
  event: PullRequestEvent,
  root: string,
  files: Iterable<string>,
  base: string | undefined,
  notes: string[],
): Promise<CheckResult> {
  if (!event.author) throw new Error("approvals: the event does not name the pull request's author, so its approvals cannot be judged");
  const records = approvalsIn(root, files, base);
  const author: GitHubIdentity = { login: event.author, emails: [] };
  if (records.length > 0 && octokit) {
    try {
      author.emails = await authorEmails(octokit, pr, event.author);
    } catch (e) {
      notes.push(`The pull request's commits could not be read (${escapeMarkdown(errorLine(e))}): its author is recognised by GitHub login only.`);
    }
  }
  let findings;
  if (mode === "not-author") findings = judgeNotAuthor(records, author);
  else {
    if (records.length > 0 && !octokit) throw new Error("approvals: github-reviews needs a token to read the pull request's reviews");
    const standing = records.length > 0 && octokit ? await standingReviews(octokit, pr) : new Map<string, string>();
    const approving = [...standing].filter(([, state]) => state === "APPROVED").map(([login]) => login);
    findings = judgeGithubReviews(records, approving, author);
  }
  return { name: "approvals", title: "Approvals in the pull request", findings, files: [...new Set(records.map((r) => r.file))] };
}
