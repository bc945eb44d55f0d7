import { approvalPolicyAt, workspaceOf } from "../core/ledger";
import { type ApprovalRecord, type GitHubIdentity, approvalsIn, hasWriteAssociation, judgeGithubReviews, judgeNotAuthor, reviewProblem } from "../core/approvals";
import { type CheckResult, escapeMarkdown, isLedgerFile } from "../core/index";
import type { PullRequestEvent } from "./event";
import { type Octokit, type PullRequestRef, authorEmails, canWrite, errorLine, standingReviews } from "./github";

/**
 * Reviewers whose standing review vouches for what would be merged: APPROVED on the head commit, not
 * dismissed, not a bot, not the author, with write access (by association, else the permission API; a
 * permission the token cannot read does not count). Why others do not count goes to the notes.
 */
export async function vouchingReviewers(octokit: Octokit, pr: PullRequestRef, headSha: string, author: GitHubIdentity, notes: string[]): Promise<string[]> {
  const vouching: string[] = [];
  for (const review of await standingReviews(octokit, pr)) {
    const problem = reviewProblem(review, headSha, author);
    if (problem) {
      if (review.state === "APPROVED" || review.state === "DISMISSED") notes.push(`The review by ${escapeMarkdown(review.login)} does not count: it ${problem}.`);
      continue;
    }
    if (!hasWriteAssociation(review)) {
      let writes = false;
      try {
        writes = await canWrite(octokit, pr, review.login);
      } catch (e) {
        notes.push(`The write access of ${escapeMarkdown(review.login)} could not be read (${escapeMarkdown(errorLine(e))}): their review does not count.`);
        continue;
      }
      if (!writes) {
        notes.push(`The review by ${escapeMarkdown(review.login)} does not count: they cannot write to the repository.`);
        continue;
      }
    }
    vouching.push(review.login);
  }
  return vouching;
}

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
  reviewers: () => Promise<string[]>,
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
    const approving = records.length > 0 ? await reviewers() : [];
    // Tools the trusted policy (the base commit's) lets through without review; without a base, none.
    const exempt = (r: ApprovalRecord) => base !== undefined && r.tool !== undefined && approvalPolicyAt(root, base, isLedgerFile(r.file) ? workspaceOf(r.file) : "").noReviewTools.includes(r.tool);
    findings = judgeGithubReviews(records, approving, author, exempt);
  }
  return { name: "approvals", title: "Approvals in the pull request", findings, files: [...new Set(records.map((r) => r.file))] };
}
