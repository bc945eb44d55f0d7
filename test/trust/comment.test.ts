import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { runWithDecision } from "../action/ledger-fixture";
import { commentBody, commentMarker, fitMarkdown } from "../../action/render";
import { buildReport } from "../../core/report/model";
import type { Finding } from "../../core/kernel/findings";
import { gate, pullRequest } from "./pr";

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const MARKER = commentMarker(".");

describe("the sticky comment is the token's own (built Action)", () => {
  it("a person quoting the marker, another app's comment and the marker inside a fenced diff are left alone; a new comment is written", async () => {
    const pr = await pullRequest((dir) => runWithDecision(dir, "octocat").then(() => undefined));
    const seeded = [
      { id: 1, body: `${MARKER}\nI copied this`, user: { login: "octocat", type: "User" as const } },
      { id: 2, body: `${MARKER}\nother app`, user: { login: "other-app[bot]", type: "Bot" as const } },
      { id: 3, body: "golden diff:\n```diff\n" + MARKER + "\n```", user: { login: "github-actions[bot]", type: "Bot" as const } },
    ];
    const r = await gate(api, pr, { approvals: "not-author", comment: "always" }, { comments: structuredClone(seeded) });
    expect(r.code).toBe(1);
    expect(api.state.comments.slice(0, 3)).toEqual(seeded);
    expect(api.state.comments).toHaveLength(4);
    expect(api.state.comments[3]!.body.split("\n")[0]).toBe(MARKER);
    expect(api.log().filter((l) => !l.startsWith("GET /repos/flowgate-dev/agents/pulls/"))).toEqual([
      "GET /repos/flowgate-dev/agents/issues/7/comments?per_page=100",
      "GET /user",
      "POST /repos/flowgate-dev/agents/issues/7/comments",
    ]);
  });

  it("the token's own marker-first comment is updated in place", async () => {
    const pr = await pullRequest((dir) => runWithDecision(dir, "octocat").then(() => undefined));
    const r = await gate(api, pr, { approvals: "not-author", comment: "always" }, { comments: [{ id: 9, body: `${MARKER}\nold`, user: { login: "github-actions[bot]", type: "Bot" } }] });
    expect(r.code).toBe(1);
    expect(api.state.comments).toHaveLength(1);
    expect(api.state.comments[0]!.id).toBe(9);
    expect(api.state.comments[0]!.body).toContain("decided\\-by\\-pr\\-author");
  });
});

const finding = (i: number, message: string): Finding => ({ rule: "evidence/invalid-bundle", severity: "error", message, file: `b${i}.evidence.json`, line: 1, column: 1, endLine: 1, endColumn: 2 });

describe("untrusted text cannot break the comment", () => {
  it("a 300 KB message is cut in its cell: all 11 findings keep their rows", () => {
    const findings = [finding(0, "x".repeat(300_000)), ...Array.from({ length: 10 }, (_, i) => finding(i + 1, `problem ${i + 1}`))];
    const body = commentBody(buildReport([{ name: "evidence", title: "Evidence", findings, files: [] }], "error"), { marker: MARKER, headSha: "a".repeat(40) }, false);
    expect(body.split("\n").filter((l) => l.startsWith("| ❌ error |"))).toHaveLength(11);
    expect(body).toContain("… \\(299600 more characters\\)");
  });

  it("a cut inside a code fence closes the fence before the note", () => {
    const text = fitMarkdown(() => "intro\n```diff\n" + "+line\n".repeat(100_000), 65_536, 0);
    const fences = text.split("\n").filter((l) => l.startsWith("```"));
    expect(fences).toEqual(["```diff", "```"]);
    expect(text.endsWith("…cut here: the rest did not fit GitHub's size limit; see the JSON report.\n")).toBe(true);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(65_536);
  });
});
