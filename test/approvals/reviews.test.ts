import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/cli";
import { FakeGitHub } from "../action/fake-github";
import { runWithDecision } from "../action/ledger-fixture";
import { rehashBundle } from "../../core/evidence/seal";
import { errorRules, gate, pullRequest, review } from "../trust/pr";

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

/** A PR adding a ledger whose `risk` approval `decider` decided. */
const ledgerPr = (decider: string, risk = "high") => pullRequest((dir) => runWithDecision(dir, decider, risk).then(() => undefined));

/** A PR adding an evidence bundle whose one approval `edit` shapes; `text` may rewrite the JSON text. */
function bundlePr(edit: (approval: Record<string, unknown>) => void, text: (json: string) => string = (t) => t) {
  return pullRequest((dir) => {
    const bundle = JSON.parse(readFileSync(join(REPO, "test/fixtures/evidence/pending-approval.json"), "utf8"));
    edit(bundle.approvals[0]);
    mkdirSync(join(dir, "evidence"), { recursive: true });
    writeFileSync(join(dir, "evidence/forged.evidence.json"), text(JSON.stringify(rehashBundle(bundle), null, 2) + "\n"));
  });
}

describe("approvals/no-approving-review: reviews vouch for what is merged (github-reviews, built Action)", () => {
  it("approvals/no-approving-review: the approver's APPROVED review is on an older commit of the PR", async () => {
    const pr = await ledgerPr("reviewer1");
    const r = await gate(api, pr, { approvals: "github-reviews" }, { reviews: [review("reviewer1", pr.base)] });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["approvals/no-approving-review"]);
    expect(r.summary).toContain(`The review by reviewer1 does not count: it approves an older commit (${pr.base.slice(0, 12)}), not the head.`);
  });

  it("approvals/no-approving-review: the approver is a bot with a bot review", async () => {
    const pr = await ledgerPr("github-actions[bot]");
    const r = await gate(api, pr, { approvals: "github-reviews" }, { reviews: [review("github-actions[bot]", pr.head, { user: { login: "github-actions[bot]", type: "Bot" } })] });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["approvals/no-approving-review"]);
  });

  it("the approver's review on the head commit, by a member, passes (exit 0)", async () => {
    const pr = await ledgerPr("reviewer1");
    const r = await gate(api, pr, { approvals: "github-reviews" }, { reviews: [review("reviewer1", pr.head)] });
    expect(r.code).toBe(0);
  });

  it.each(["low", "medium", "financial_or_legal"])("approvals/no-approving-review: a request that declares its own risk %s is checked all the same", async (risk) => {
    const pr = await ledgerPr("reviewer1", risk);
    const r = await gate(api, pr, { approvals: "github-reviews" });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["approvals/no-approving-review"]);
    expect(r.commands[0]).toContain(`::${risk}-risk approval`);
  });

  it("approvals/no-approving-review: tools the base's policy names need no review; the PR naming them itself does not count", async () => {
    const exempt = (dir: string) => writeFileSync(join(dir, ".flowgate/policy.json"), JSON.stringify({ flow_run_writes_enabled: true, approvals: { required_approvals: 1, tool_call_ttl_seconds: 315360000, no_review_tools: ["github_release_publish"] } }));
    const trusted = await pullRequest((dir) => runWithDecision(dir, "reviewer1").then(() => undefined), exempt);
    expect((await gate(api, trusted, { approvals: "github-reviews" })).code).toBe(0);
    const forged = await pullRequest(async (dir) => {
      exempt(dir);
      await runWithDecision(dir, "reviewer1");
    });
    const r = await gate(api, forged, { approvals: "github-reviews" });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["approvals/no-approving-review", "gate/config-changed"]);
  });
});

describe("approvals/no-approver and parsed bundles (built Action)", () => {
  it("approvals/no-approver: a bundle's approval APPROVED with no approver at all", async () => {
    const pr = await bundlePr((a) => Object.assign(a, { status: "APPROVED", approved_by: null }));
    const r = await gate(api, pr, { approvals: "not-author" });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toContain("approvals/no-approver");
  });

  it("approvals/decided-by-pr-author: a bundle whose schema_version is written `agentledger\\u002eevidence.v1` is still recognised", async () => {
    const pr = await bundlePr(
      (a) => Object.assign(a, { status: "APPROVED", approved_by: "octocat", decision_reason: "fine" }),
      (t) => t.replace('"agentledger.evidence.v1"', '"agentledger\\u002eevidence.v1"'),
    );
    const r = await gate(api, pr, { approvals: "not-author" });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toContain("approvals/decided-by-pr-author");
  });
});

describe("approvals/decided-by-pr-author: the author under another spelling (not-author, built Action)", () => {
  it.each(["оctocat", "octo\u200bcat", "ｏｃｔｏｃａｔ", "octocat+x@users.noreply.github.com", "octocat."])("approvals/decided-by-pr-author: %j is the author octocat", async (name) => {
    const pr = await ledgerPr(name);
    const r = await gate(api, pr, { approvals: "not-author" });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["approvals/decided-by-pr-author"]);
  });
});

describe("removed records: ledger/history-rewritten and approvals/record-removed on the API and the git path (built Action)", () => {
  const deleting = () =>
    pullRequest((dir) => {
      rmSync(join(dir, ".flowgate/runs/run_5af0b9129a2f8158.jsonl"));
      rmSync(join(dir, "evidence/refund-run.evidence.json"));
    });

  it("ledger/history-rewritten + approvals/record-removed: the PR files API lists them removed", async () => {
    const pr = await deleting();
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["approvals/record-removed", "ledger/history-rewritten"]);
    expect(pr.files.map((f) => f.status)).toEqual(["removed", "removed"]);
  });

  it("ledger/history-rewritten + approvals/record-removed: without a token (changes from git)", async () => {
    const pr = await deleting();
    const r = await gate(api, pr, { token: "" });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["approvals/record-removed", "ledger/history-rewritten"]);
  });
});
