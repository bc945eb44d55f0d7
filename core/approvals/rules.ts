import { defineRule } from "../kernel/rule";

export const approvedByPrAuthor = defineRule({
  id: "approvals/decided-by-pr-author",
  severity: "error",
  category: "approvals",
  summary: "An approval committed in a pull request was decided by the pull request's author.",
  help: "Approvals recorded in run ledgers or evidence bundles are only worth something when someone other than the person who wants the change decided them. Anyone can write a ledger line or a bundle saying they approved; when that someone is the PR's author, the approval is self-served. Have another person decide it (for example `flowgate run approve` by a reviewer) and push the result.",
  message: (id: string, approver: string, author: string) =>
    `approval ${id} was decided by ${approver}, who is this pull request's author (${author}): an approval cannot be self-served through a committed file`,
});

export const approvalWithoutReview = defineRule({
  id: "approvals/no-approving-review",
  severity: "error",
  category: "approvals",
  summary: "An approval's approver has not approved the pull request's head commit on GitHub.",
  help: "With `approvals: github-reviews`, every approval decided in a ledger or bundle the pull request adds or changes must be backed by the same person's approving review on GitHub, which GitHub authenticates and a file cannot fake. The risk level a file claims does not matter (the file says it of itself); only tools the base commit's `.flowgate/policy.json` lists under `approvals.no_review_tools` are exempt. The review counts when it approves the head commit, is not dismissed, is not by a bot or the pull request's author, and its author can write to the repository. Ask the approver to approve the pull request's latest commit. Approvers are matched by GitHub login (or their users.noreply.github.com address).",
  message: (id: string, risk: string, approver: string) => `${risk}-risk approval ${id} was decided by ${approver}, who has no approving review of this pull request's head commit`,
});

export const approvalWithoutApprover = defineRule({
  id: "approvals/no-approver",
  severity: "error",
  category: "approvals",
  summary: "An approval committed in a pull request is granted but names no approver.",
  help: "An approval is worth something only when someone decided it. A bundle whose approval is `APPROVED` with no `approved_by` (or a ledger decision whose actor is blank or invisible characters) claims an approval nobody gave. Have a person decide it and record who they are.",
  message: (id: string) => `approval ${id} is granted but names no approver`,
});

export const approvalFileRemoved = defineRule({
  id: "approvals/record-removed",
  severity: "error",
  category: "approvals",
  summary: "The change deletes an evidence bundle that existed at the base, or leaves something else at its path.",
  help: "Evidence and run history that were merged can be added to, never taken away: deleting a bundle (or putting a folder, a link or another file at its path) removes the record of what a run did and who approved it. Restore the file. (A deleted run ledger is `ledger/history-rewritten`.)",
  message: (file: string, base: string, how: string) => `${file} is an evidence bundle at the base ${base.slice(0, 12)} and the change ${how}`,
});
