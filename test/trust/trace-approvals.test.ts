import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { COL, agent, chat, jsonl, span, tool } from "../traces/helpers";
import { errorAnnotations, gate, put, pullRequest, review } from "./pr";

// An OpenTelemetry trace records approvals as much as a ledger or a bundle does (README, "Traces": the approval
// convention), and `trace/approval-missing` counts them: the `approvals` input judges them as it judges those.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const POLICY = "traces:\n  policy:\n    approval-required: [deploy]\n";
const FILE = "traces/deploy.otlp.jsonl";
const decided = (approver: string, decision = "approved") => ({ name: "flowgate.approval", time: 31, attrs: [["flowgate.approval.decision", decision], ["flowgate.approval.approver", approver]] as [string, string][] });

/** A pull request adding a run whose `deploy` call carries `events`, under a base whose policy needs an approval for it. */
const tracePr = (events: ReturnType<typeof decided>[], file = FILE) =>
  pullRequest(
    (dir) => put(dir, file, jsonl([agent("1"), tool("3", "1", "deploy", "c1", { events }), chat("4", "1", "m", [1, 1], "stop", { start: 50 })].map(span))),
    (dir) => put(dir, ".flowgate.yml", `${POLICY}`),
  );

describe("approvals recorded in an OpenTelemetry trace the pull request adds (built Action)", () => {
  it("approvals/decided-by-pr-author: the author approved the call in the trace", async () => {
    const r = await gate(api, await tracePr([decided("octocat")]), { approvals: "not-author" });
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual([`approvals/decided-by-pr-author ${FILE} 2 ${COL}`]);
    // outside traces.include no other check reads it: told a trace by its content, its approvals are judged all the same
    const outside = await gate(api, await tracePr([decided("octocat")], "records/run-7.json"), { approvals: "not-author" });
    expect(outside.code).toBe(1);
    expect(errorAnnotations(outside.commands)).toEqual([`approvals/decided-by-pr-author records/run-7.json 2 ${COL}`]);
  });

  it("approvals/decided-by-pr-author: the author's name in one copy of a twice-named approver attribute", async () => {
    const twice = { ...decided("reviewer1"), attrs: [["flowgate.approval.approver", "octocat"], ...decided("reviewer1").attrs] as [string, string][] };
    const r = await gate(api, await tracePr([twice], "records/run-7.json"), { approvals: "not-author" });
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual([`approvals/decided-by-pr-author records/run-7.json 2 ${COL}`]);
  });

  it("approvals/no-approving-review: under `github-reviews` another account's approval needs its approving review", async () => {
    const pr = await tracePr([decided("reviewer1")]);
    const r = await gate(api, pr, { approvals: "github-reviews" });
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual([`approvals/no-approving-review ${FILE} 2 ${COL}`]);
    const reviewed = await gate(api, pr, { approvals: "github-reviews" }, { reviews: [review("reviewer1", pr.head)] });
    expect(errorAnnotations(reviewed.commands)).toEqual([]);
    expect(reviewed.code).toBe(0);
  });

  it("another account's approval under `not-author`, and a denial by the author, pass (exit 0)", async () => {
    for (const events of [[decided("reviewer1")], [decided("octocat", "denied"), decided("reviewer1")]]) {
      const r = await gate(api, await tracePr(events), { approvals: "not-author" });
      expect(errorAnnotations(r.commands)).toEqual(events.length === 1 ? [] : [`trace/approval-missing ${FILE} 2 ${COL}`]);
    }
  });
});

describe("a span another reader may read otherwise, in a trace the pull request adds (built Action)", () => {
  const policyPr = (spans: ReturnType<typeof tool>[]) =>
    pullRequest(
      (dir) => put(dir, FILE, jsonl([agent("1"), ...spans, chat("4", "1", "m", [1, 1], "stop", { start: 50 })].map(span))),
      (dir) => put(dir, ".flowgate.yml", "traces:\n  policy:\n    forbidden-tools: [run_shell]\n    approval-required: [deploy]\n"),
    );

  it("trace/invalid-span: `gen_ai.tool.name` named twice, `read_file` first and `run_shell` last (the judge read the first: exit 0)", async () => {
    const t = tool("3", "1", "read_file", "c1");
    t.attrs = [...t.attrs!, ["gen_ai.tool.name", "run_shell"]];
    const r = await gate(api, await policyPr([t]));
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual([`trace/invalid-span ${FILE} 2 ${COL}`]);
  });

  it("trace/invalid-span: a denial after 32 approvals on the call's span (dropped unread: exit 0)", async () => {
    const events = [...Array.from({ length: 32 }, (_, i) => decided(`reviewer${i}`)), decided("security", "denied")];
    const r = await gate(api, await policyPr([tool("3", "1", "deploy", "c1", { events })]));
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual([`trace/invalid-span ${FILE} 2 ${COL}`]);
  });

  it("the same spans read one way pass: `read_file` once, 32 approvals (exit 0)", async () => {
    for (const spans of [[tool("3", "1", "read_file", "c1")], [tool("3", "1", "deploy", "c1", { events: Array.from({ length: 32 }, (_, i) => decided(`reviewer${i}`)) })]]) {
      const r = await gate(api, await policyPr(spans));
      expect(errorAnnotations(r.commands)).toEqual([]);
      expect(r.code).toBe(0);
    }
  });
});
