import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ApprovalRecord, MAX_TRACE_RECORDS, approvalsIn, evidenceApprovals, isActor, judgeGithubReviews, judgeNotAuthor, ledgerApprovals, traceApprovals } from "../../core/approvals/judge";
import { COL, jsonl, span, tool } from "../traces/helpers";
import { REPO, git, gitRepoFrom, runCli, tempDir } from "../helpers/cli";
import { brief } from "../helpers/findings";
import { runWithDecision, withReleaseNotesFlow } from "../action/ledger-fixture";

const AUTHOR = { login: "OctoCat", emails: ["octo@cats.example"] };

describe("isActor: a ledger or bundle actor naming a GitHub account", () => {
  it.each(["octocat", "OCTOCAT", "@octocat", " octocat ", "octocat@users.noreply.github.com", "583231+octocat@users.noreply.github.com", "Octo@Cats.example", "Octo Cat <octo@cats.example>", "Octo <583231+OctoCat@users.noreply.github.com>"])("%s is the author", (actor) => {
    expect(isActor(actor, AUTHOR)).toBe(true);
  });
  it.each(["octocat2", "octo", "octocat@example.com", "583231+octodog@users.noreply.github.com", "", "@", "Octo Cat <other@cats.example>", "octo@cats.example.evil"])("%s is not", (actor) => {
    expect(isActor(actor, AUTHOR)).toBe(false);
  });
});

const record = (over: Partial<ApprovalRecord>): ApprovalRecord => ({
  file: ".flowgate/runs/run_a.jsonl",
  range: { line: 3, column: 60, endLine: 3, endColumn: 70 },
  approvalId: "appr_000000000000000000000001",
  decision: "approve",
  approver: "reviewer1",
  riskLevel: "high",
  ...over,
});

describe("judging approvals against the pull request", () => {
  it("not-author: an approval the author decided is an error; their denial or someone else's approval is not", () => {
    const findings = judgeNotAuthor([record({ approver: "octocat" }), record({ approver: "octocat", decision: "deny" }), record({ approver: "reviewer1" })], AUTHOR);
    expect(findings.map((f) => [brief(f), f.severity, f.message])).toEqual([
      [
        "3:60-3:70 approvals/decided-by-pr-author",
        "error",
        "approval appr_000000000000000000000001 was decided by octocat, who is this pull request's author (OctoCat): an approval cannot be self-served through a committed file",
      ],
    ]);
  });

  it("github-reviews: every approver needs a vouching review whatever risk the file claims; a denial does not; the trusted policy may exempt tools", () => {
    const records = [record({ approver: "reviewer1" }), record({ approver: "reviewer2", riskLevel: "destructive" }), record({ approver: "reviewer3", riskLevel: "low", tool: "lint" }), record({ approver: "reviewer4", riskLevel: "sensitive", decision: "deny" })];
    const findings = judgeGithubReviews(records, ["Reviewer1"], AUTHOR);
    expect(findings.map((f) => [brief(f), f.message])).toEqual([
      ["3:60-3:70 approvals/no-approving-review", "destructive-risk approval appr_000000000000000000000001 was decided by reviewer2, who has no approving review of this pull request's head commit"],
      ["3:60-3:70 approvals/no-approving-review", "low-risk approval appr_000000000000000000000001 was decided by reviewer3, who has no approving review of this pull request's head commit"],
    ]);
    expect(judgeGithubReviews(records, ["reviewer1", "reviewer2"], AUTHOR, (r) => r.tool === "lint")).toEqual([]);
  });

  it("github-reviews also refuses the author's own approval, review or not", () => {
    const findings = judgeGithubReviews([record({ approver: "octocat" })], ["octocat"], AUTHOR);
    expect(findings.map((f) => f.rule)).toEqual(["approvals/decided-by-pr-author"]);
  });
});

describe("reading approvals from what a change commits", () => {
  it("finds the decision in a ledger written through the ledger API, pointing at its actor", async () => {
    const root = tempDir();
    withReleaseNotesFlow(root);
    const { runId, approvalId } = await runWithDecision(root, "octocat");
    const file = `.flowgate/runs/${runId}.jsonl`;
    const text = readFileSync(join(root, file), "utf8");
    const records = ledgerApprovals(file, text);
    const line = text.split("\n")[2]!;
    const column = line.indexOf('"octocat"') + 1;
    expect(records).toEqual([{ file, range: { line: 3, column, endLine: 3, endColumn: column + 9 }, approvalId, decision: "approve", approver: "octocat", riskLevel: "high", tool: "github_release_publish" }]);
    expect(ledgerApprovals(file, text, 3)).toEqual([]);
  });

  it("finds decided approvals in an evidence bundle at approved_by", () => {
    const text = readFileSync(join(REPO, "test/fixtures/evidence/pending-approval.json"), "utf8");
    expect(evidenceApprovals("run.json", text)).toEqual([]);
    const decided = text.replace('"status": "PENDING",', '"status": "APPROVED",').replace('"requested_by": "Agent",', '"requested_by": "Agent",\n      "approved_by": "octocat",');
    const records = evidenceApprovals("run.json", decided);
    expect(records.map((r) => ({ ...r, range: `${r.range.line}:${r.range.column}-${r.range.endLine}:${r.range.endColumn}` }))).toEqual([
      { file: "run.json", range: "194:22-194:31", approvalId: "approval_c04d480551afacc93e4eb3d7", decision: "approve", approver: "octocat", riskLevel: "high", tool: "payments.refund" },
    ]);
  });

  it("judges only decisions the change adds: a ledger's events already at the base are history", async () => {
    const root = tempDir();
    withReleaseNotesFlow(root);
    const first = await runWithDecision(root, "octocat");
    const repo = gitRepoFrom(root);
    const base = git(repo, "rev-parse", "HEAD").trim();
    const second = await runWithDecision(repo, "octocat");
    const changed = [`.flowgate/runs/${first.runId}.jsonl`, `.flowgate/runs/${second.runId}.jsonl`, "flows/release-notes.flow.json", "gone.json"];
    expect(approvalsIn(repo, changed, base).map((r) => r.approvalId)).toEqual([second.approvalId]);
    expect(approvalsIn(repo, changed).map((r) => r.approvalId)).toEqual([first.approvalId, second.approvalId]);
  });

  it("ignores JSON that is not an evidence bundle and survives garbage", () => {
    const root = tempDir();
    writeFileSync(join(root, "a.json"), '{"schema": "agentledger.evidence.v1", "approvals": [');
    writeFileSync(join(root, "b.json"), '{"approved_by": "octocat"}');
    expect(approvalsIn(root, ["a.json", "b.json"])).toEqual([]);
  });
});

describe("reading approvals from an OpenTelemetry trace", () => {
  const decision = (attrs: [string, string][]) => ({ name: "flowgate.approval", time: 31, attrs });
  const traceFile = (events: ReturnType<typeof decision>[][]) => {
    const dir = tempDir("flowgate-trace-approvals-");
    writeFileSync(join(dir, "t.otlp.jsonl"), jsonl(events.map((e, i) => span(tool(String(i + 3), "1", "deploy", `c${i}`, { events: e })))));
    return join(dir, "t.otlp.jsonl");
  };

  it("every reading of a twice-named decision and decider; the tool named for the call's own span, not for a call named elsewhere", () => {
    const path = traceFile([[decision([["flowgate.approval.decision", "denied"], ["flowgate.approval.decision", "approved"], ["flowgate.approval.approver", "alice"], ["flowgate.approval.approver", "bob"]])], [decision([["flowgate.approval.decision", "approved"], ["flowgate.approval.approver", "carol"], ["gen_ai.tool.call.id", "c9"]])]]);
    expect(traceApprovals("t.otlp.jsonl", path).map((r) => `${r.decision} ${r.approver} ${r.approvalId} ${r.tool} ${r.range.line}:${r.range.column}`)).toEqual([
      `deny alice c0 deploy 1:${COL}`,
      `deny bob c0 deploy 1:${COL}`,
      `approve alice c0 deploy 1:${COL}`,
      `approve bob c0 deploy 1:${COL}`,
      `approve carol c9 undefined 2:${COL}`,
    ]);
  });

  it(`past ${MAX_TRACE_RECORDS} distinct readings, one reading without an approver stands for the rest (approvals/no-approver fails the run)`, () => {
    const many = Array.from({ length: MAX_TRACE_RECORDS + 5 }, (_, i) => [decision([["flowgate.approval.decision", "approved"], ["flowgate.approval.approver", `reviewer${i}`]])]);
    const records = traceApprovals("t.otlp.jsonl", traceFile(many));
    expect(records).toHaveLength(MAX_TRACE_RECORDS + 1);
    expect(records.at(-1)).toMatchObject({ approver: "", approvalId: `(more than ${MAX_TRACE_RECORDS} decisions)` });
    expect(judgeNotAuthor(records, AUTHOR).map((f) => f.rule)).toEqual(["approvals/no-approver"]);
  });
});

describe("the approvals rules are in the catalogue their help links point into", () => {
  it("flowgate rules lists both", async () => {
    const r = await runCli(["rules", "--json"]);
    const ids = JSON.parse(r.stdout).map((x: { id: string }) => x.id);
    expect(ids).toContain("approvals/decided-by-pr-author");
    expect(ids).toContain("approvals/no-approving-review");
  });
});
