import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evidenceApprovals, judgeGithubReviews, judgeNotAuthor, ledgerApprovals, removedRecords } from "../../core/approvals/judge";
import { rehashBundle } from "../../core/evidence/seal";
import { git, gitRepoFrom } from "../helpers/cli";
import { brief } from "../helpers/findings";

// The approvals rules judge what a pull request commits against the pull request itself (its author, its
// reviews, its base), so they have no rule-cases table: these are their in-process cases, one failing and one
// clean per rule. The built Action runs them end to end in test/approvals/action.test.ts and reviews.test.ts.

const FIXTURES = join(__dirname, "..", "fixtures");
/** A finished run: alice requested the approval of step 2, bob@example.com approved it (line 5). */
const LEDGER = readFileSync(join(FIXTURES, "ledger", "release-notes.jsonl"), "utf8");
const LEDGER_FILE = ".flowgate/runs/run.jsonl";
const ALICE = { login: "alice", emails: ["alice@example.com"] };
const BOB = { login: "bob", emails: ["bob@example.com"] };

/** test/fixtures/evidence/pending-approval.json with its approval's fields set, re-hashed. */
function bundleWithApproval(fields: Record<string, unknown>): string {
  const bundle = JSON.parse(readFileSync(join(FIXTURES, "evidence", "pending-approval.json"), "utf8"));
  Object.assign(bundle.approvals[0], fields);
  return JSON.stringify(rehashBundle(bundle), null, 2);
}

/** "line:column-endLine:endColumn" of the first `needle` in `text` after `after`. */
function rangeOf(text: string, needle: string, after = ""): string {
  const at = (offset: number) => {
    const before = text.slice(0, offset).split("\n");
    return `${before.length}:${before.at(-1)!.length + 1}`;
  };
  const index = text.indexOf(needle, text.indexOf(after));
  if (index < 0) throw new Error(`not found: ${needle}`);
  return `${at(index)}-${at(index + needle.length)}`;
}

describe("approvals/decided-by-pr-author", () => {
  const records = ledgerApprovals(LEDGER_FILE, LEDGER);

  it("approvals/decided-by-pr-author: the pull request's author (bob) decided the approval in the ledger it commits", () => {
    expect(judgeNotAuthor(records, BOB).map(brief)).toEqual([`${rangeOf(LEDGER, '"bob@example.com"')} approvals/decided-by-pr-author`]);
  });

  it("approvals/decided-by-pr-author is clean when someone other than the author (alice) decided", () => {
    expect(judgeNotAuthor(records, ALICE)).toEqual([]);
  });
});

describe("approvals/no-approver", () => {
  it("approvals/no-approver: a committed bundle's approval is APPROVED with no approved_by", () => {
    const text = bundleWithApproval({ status: "APPROVED", approved_by: null });
    const found = judgeNotAuthor(evidenceApprovals("run.evidence.json", text), ALICE);
    expect(found.map(brief)).toEqual([`${rangeOf(text, '"APPROVED"', '"approvals"')} approvals/no-approver`]);
  });

  it("approvals/no-approver is clean when the approval names its approver", () => {
    const text = bundleWithApproval({ status: "APPROVED", approved_by: "lead@example.com" });
    expect(judgeNotAuthor(evidenceApprovals("run.evidence.json", text), ALICE)).toEqual([]);
  });
});

describe("approvals/no-approving-review", () => {
  const text = bundleWithApproval({ status: "APPROVED", approved_by: "reviewer1" });
  const records = evidenceApprovals("run.evidence.json", text);

  it("approvals/no-approving-review: the approver reviewer1 has no approving review of the head commit (github-reviews)", () => {
    expect(judgeGithubReviews(records, [], ALICE).map(brief)).toEqual([`${rangeOf(text, '"reviewer1"')} approvals/no-approving-review`]);
  });

  it("approvals/no-approving-review is clean when the approver's review vouches for the head commit", () => {
    expect(judgeGithubReviews(records, ["reviewer1"], ALICE)).toEqual([]);
  });
});

describe("approvals/record-removed", () => {
  /** A repository whose base commit holds an evidence bundle and a note. */
  function repository(): string {
    const dir = gitRepoFrom(undefined);
    writeFileSync(join(dir, "run.evidence.json"), bundleWithApproval({}));
    writeFileSync(join(dir, "notes.json"), "{}\n");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "a run's evidence");
    return dir;
  }

  it("approvals/record-removed: the change deletes an evidence bundle the base has", () => {
    const dir = repository();
    rmSync(join(dir, "run.evidence.json"));
    expect(removedRecords(dir, "HEAD").map((f) => `${f.file} ${brief(f)}`)).toEqual(["run.evidence.json 1:1-1:1 approvals/record-removed"]);
  });

  it("approvals/record-removed is clean when the change deletes a file that is not an evidence bundle", () => {
    const dir = repository();
    rmSync(join(dir, "notes.json"));
    expect(removedRecords(dir, "HEAD")).toEqual([]);
  });
});
