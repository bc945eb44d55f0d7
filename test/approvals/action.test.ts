import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, git, gitRepoFrom } from "../helpers/cli";
import { FakeGitHub } from "../action/fake-github";
import { runAction } from "../action/harness";
import { rehashBundle } from "../../core/evidence/seal";
import { runWithDecision } from "../action/ledger-fixture";

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

/** A PR on a copy of examples/ whose only change is a run ledger with an approval decided by `decider`. */
async function prWithApproval(decider: string) {
  const dir = gitRepoFrom(join(REPO, "examples"));
  const base = git(dir, "rev-parse", "HEAD").trim();
  const { runId, approvalId } = await runWithDecision(dir, decider);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "record the release run");
  const head = git(dir, "rev-parse", "HEAD").trim();
  const file = `.flowgate/runs/${runId}.jsonl`;
  const lines = readFileSync(join(dir, file), "utf8").split("\n").filter(Boolean);
  const patch = `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => "+" + l).join("\n")}`;
  const column = lines[2]!.indexOf(JSON.stringify(decider)) + 1;
  return { dir, base, head, file, approvalId, column, patch, event: { name: "pull_request", fixture: "pull_request.json", baseSha: base, headSha: head } };
}

const commit = (login: string, email: string) => ({ sha: "a".repeat(40), author: { login }, committer: { login: "web-flow" }, commit: { author: { email }, committer: { email: "noreply@github.com" } } });

describe("approvals committed in a pull request (built Action, fake GitHub API)", () => {
  it("not-author: the PR author approving in a committed ledger is an error at the decision's actor", async () => {
    const pr = await prWithApproval("octocat");
    api.reset({ files: [{ filename: pr.file, status: "added", patch: pr.patch }] });
    const r = await runAction({ workspace: pr.dir, event: pr.event, api: api.url, inputs: { approvals: "not-author", comment: "never" } });
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title="))).toEqual([
      `::error title=approvals/decided-by-pr-author,file=${pr.file},line=3,endLine=3,col=${pr.column},endColumn=${pr.column + 8}::approval ${pr.approvalId} was decided by octocat, who is this pull request's author (octocat): an approval cannot be self-served through a committed file`,
    ]);
    expect(r.summary).toContain("| Approvals in the pull request | 1 | 1 | 0 | 0 |");
    expect(api.log()).toEqual(["GET /repos/flowgate-dev/agents/pulls/7/files?per_page=100", "GET /repos/flowgate-dev/agents/pulls/7/commits?per_page=100"]);
  });

  it("not-author recognises the author by the email of their commits in the PR", async () => {
    const pr = await prWithApproval("octo@cats.example");
    api.reset({ files: [{ filename: pr.file, status: "added", patch: pr.patch }], commits: [commit("octocat", "octo@cats.example")] });
    const r = await runAction({ workspace: pr.dir, event: pr.event, api: api.url, inputs: { approvals: "not-author", comment: "never" } });
    expect(r.code).toBe(1);
    expect(r.outputs.errors).toBe("1");
    expect(r.commands[0]).toContain("title=approvals/decided-by-pr-author");
  });

  it("not-author passes when someone else decided", async () => {
    const pr = await prWithApproval("reviewer1");
    api.reset({ files: [{ filename: pr.file, status: "added", patch: pr.patch }] });
    const r = await runAction({ workspace: pr.dir, event: pr.event, api: api.url, inputs: { approvals: "not-author", comment: "never" } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ passed: "true", errors: "0" });
  });

  it("github-reviews: looks up the reviews; the approver's standing approval passes, a later change request fails", async () => {
    const pr = await prWithApproval("reviewer1");
    const files = [{ filename: pr.file, status: "added", patch: pr.patch }];
    const onHead = { commit_id: pr.head, author_association: "MEMBER" };
    api.reset({ files, reviews: [{ id: 1, user: { login: "reviewer1" }, state: "APPROVED", ...onHead }, { id: 2, user: { login: "someone" }, state: "COMMENTED", ...onHead }], permissions: { reviewer1: "write" } });
    const approved = await runAction({ workspace: pr.dir, event: pr.event, api: api.url, inputs: { approvals: "github-reviews", comment: "never" } });
    expect(approved.code).toBe(0);
    expect(api.log()).toContain("GET /repos/flowgate-dev/agents/pulls/7/reviews?per_page=100");

    api.reset({ files, reviews: [{ id: 1, user: { login: "reviewer1" }, state: "APPROVED", ...onHead }, { id: 3, user: { login: "reviewer1" }, state: "CHANGES_REQUESTED", ...onHead }] });
    const withdrawn = await runAction({ workspace: pr.dir, event: pr.event, api: api.url, inputs: { approvals: "github-reviews", comment: "never" } });
    expect(withdrawn.code).toBe(1);
    expect(withdrawn.commands.filter((c) => c.startsWith("::error title="))).toEqual([
      `::error title=approvals/no-approving-review,file=${pr.file},line=3,endLine=3,col=${pr.column},endColumn=${pr.column + 10}::high-risk approval ${pr.approvalId} was decided by reviewer1, who has no approving review of this pull request's head commit`,
    ]);
    expect(api.log()).toContain("GET /repos/flowgate-dev/agents/pulls/7/reviews?per_page=100");
  });

  it("not-author: an evidence bundle in the PR whose approval the author decided is an error at approved_by", async () => {
    const dir = gitRepoFrom(join(REPO, "examples"));
    const base = git(dir, "rev-parse", "HEAD").trim();
    const bundle = JSON.parse(readFileSync(join(REPO, "test/fixtures/evidence/pending-approval.json"), "utf8"));
    Object.assign(bundle.approvals[0], { status: "APPROVED", approved_by: "octocat", decision_reason: "looks fine" });
    const file = "evidence/refund-self-approved.evidence.json";
    const text = JSON.stringify(rehashBundle(bundle), null, 2) + "\n";
    mkdirSync(join(dir, "evidence"), { recursive: true });
    writeFileSync(join(dir, file), text);
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "refund run evidence");
    const head = git(dir, "rev-parse", "HEAD").trim();
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes('"approved_by": "octocat"')) + 1;
    const column = lines[line - 1]!.indexOf('"octocat"') + 1;
    api.reset({ files: [{ filename: file, status: "added" }] });
    const r = await runAction({ workspace: dir, event: { name: "pull_request", fixture: "pull_request.json", baseSha: base, headSha: head }, api: api.url, inputs: { approvals: "not-author", comment: "never" } });
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.includes("title=approvals/"))).toEqual([
      `::error title=approvals/decided-by-pr-author,file=${file},line=${line},endLine=${line},col=${column},endColumn=${column + 8}::approval ${bundle.approvals[0].approval_id} was decided by octocat, who is this pull request's author (octocat): an approval cannot be self-served through a committed file`,
    ]);
  });

  it("on a push, approvals are not judged and the summary says why", async () => {
    const pr = await prWithApproval("octocat");
    api.reset();
    const r = await runAction({ workspace: pr.dir, event: { name: "push", fixture: "push.json", baseSha: pr.base, headSha: pr.head }, api: api.url, inputs: { approvals: "not-author" } });
    expect(r.summary).toContain("- `approvals: not-author` judges pull requests; this push event has none.");
    expect(r.commands.some((c) => c.includes("approvals/"))).toBe(false);
  });
});
