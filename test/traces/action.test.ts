import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitRepoFrom, tempDir } from "../helpers/cli";
import { FakeGitHub } from "../action/fake-github";
import { runAction } from "../action/harness";
import { agent, chat, FIXTURES, jsonl, span, tool } from "./helpers";

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const CONFIG = `traces:
  policy:
    forbidden-tools: [run_shell]
    approval-required: [deploy]
`;

function repo(files: Record<string, string>): string {
  const dir = tempDir("flowgate-traces-action-");
  mkdirSync(join(dir, "traces"));
  cpSync(join(FIXTURES, "weather.otlp.json"), join(dir, "traces/weather.otlp.json"));
  writeFileSync(join(dir, ".flowgate.yml"), CONFIG);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return gitRepoFrom(dir);
}

describe("the built Action gates traces (dist/action.js against a fake GitHub API)", () => {
  it("fails a run calling a forbidden tool; the summary shows each trace's verdict and the failing run's timeline", async () => {
    const dir = repo({ "traces/ops.otlp.jsonl": jsonl([agent("1"), chat("2", "1"), tool("3", "1", "run_shell", "c1"), chat("4", "1", "gpt-4o-mini", [1, 1], "stop", { start: 50 })].map(span)) });
    const r = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json" }, api: api.url });
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.includes("title=trace/"))).toEqual([expect.stringMatching(/^::error title=trace\/tool-forbidden,file=traces\/ops\.otlp\.jsonl,line=3,/)]);
    expect(r.summary).toContain("### Agent traces");
    expect(r.summary).toContain("| ✅ pass | <code>traces/weather\\.otlp\\.json</code> | <code>conv\\-weather</code> | weather\\-agent | 2 / 1 | 169 | yes |");
    expect(r.summary).toMatch(/<details open><summary><code>traces\/ops\\\.otlp\\\.jsonl<\/code> run <code>0+a1<\/code>: timeline<\/summary>/);
    expect(r.summary).toContain("| tool | <code>run\\_shell</code> | <code>c1</code> |  | ok | 3 |");
  });

  it("an approval recorded after the call, or a denial next to an approval, does not pass a tool that needs one", async () => {
    const late = { id: "9", trace: "b2", name: "review", start: 35, end: 36, attrs: [["flowgate.approval.decision", "approved"], ["flowgate.approval.approver", "alice"]] as [string, string][] };
    const both = [
      { name: "flowgate.approval", attrs: [["flowgate.approval.decision", "denied"], ["flowgate.approval.approver", "bob"]] as [string, string][] },
      { name: "flowgate.approval", attrs: [["flowgate.approval.decision", "approved"], ["flowgate.approval.approver", "mallory"]] as [string, string][] },
    ];
    const dir = repo({
      "traces/late.otlp.jsonl": jsonl([agent("1"), late, tool("3", "1", "deploy", "c1", { links: ["9"] }), chat("4", "1", "m", [1, 1], "stop", { start: 50 })].map(span)),
      "traces/both.otlp.jsonl": jsonl([agent("1"), tool("3", "1", "deploy", "c2", { events: both }), chat("4", "1", "m", [1, 1], "stop", { start: 50 })].map(span)),
    });
    const r = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json" }, api: api.url });
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.includes("title=trace/")).map((c) => /::error title=(\S+?),file=(\S+?),line=(\d+)/.exec(c)!.slice(1).join(" "))).toEqual(["trace/approval-missing traces/both.otlp.jsonl 2", "trace/approval-missing traces/late.otlp.jsonl 3"]);
  });

  it("text from a trace cannot inject markdown, mentions or HTML into the summary; a garbage trace fails instead of passing", async () => {
    const evil = tool("3", "1", "x|@org/team <img src=x onerror=alert(1)> `", "c1");
    const dir = repo({ "traces/evil.otlp.jsonl": jsonl([agent("1"), chat("2", "1"), evil, chat("4", "1", "m", [1, 1], "stop", { start: 50 })].map(span)), "traces/garbage.otlp.json": '{"resourceSpans": [{"scopeSpans": [{"spans": [' });
    const r = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json" }, api: api.url });
    expect(r.code).toBe(1);
    expect(r.summary).not.toContain("<img");
    expect(r.summary).not.toMatch(/(^|[^\\])@org\/team/);
    expect(r.commands.filter((c) => c.includes("title=trace/")).map((c) => /title=(\S+?),file=(\S+?),/.exec(c)!.slice(1).join(" "))).toEqual(["trace/invalid-trace traces/garbage.otlp.json"]);
  });
});
