import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, git, gitRepoFrom, tempDir } from "../helpers/cli";
import { FakeGitHub } from "../action/fake-github";
import { runAction } from "../action/harness";
import { rehashBundle } from "../../core/evidence/seal";
import { agent, chat, jsonl, otlp, span, tool } from "../traces/helpers";
import { errorAnnotations, gate, put, pullRequest } from "./pr";

// Red-team round of 11 December on surfaces other than the boundary scan: each pull request below passed the built
// Action (exit 0), or crashed it, before its fix.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

/** These tests start the built Action several times each, some on large inputs. */
const RUNS_TIMEOUT = 300_000;

/** The pending-approval sample with its approval decided by `approver` (and `reason`), sealed. */
function bundleText(approver: string, reason = "fine"): string {
  const bundle = JSON.parse(readFileSync(join(REPO, "test/fixtures/evidence/pending-approval.json"), "utf8"));
  Object.assign(bundle.approvals[0], { status: "APPROVED", approved_by: approver, decision_reason: reason });
  return JSON.stringify(rehashBundle(bundle), null, 2) + "\n";
}

describe("a merged evidence bundle whose path the change turns into something else", () => {
  const BUNDLE = "records/run-7.json"; // outside evidence.include: only the approvals and the trust checks read it
  const withBundle = (dir: string) => put(dir, BUNDLE, bundleText("reviewer1"));
  const cases: [string, (dir: string) => void, string][] = [
    ["a folder", (dir) => (rmSync(join(dir, BUNDLE)), put(dir, `${BUNDLE}/notes.txt`, "moved\n")), "the path is a folder"],
    ["a link out of the workspace", (dir) => (rmSync(join(dir, BUNDLE)), symlinkSync("/etc/hostname", join(dir, BUNDLE))), "the path is a symbolic link to outside the workspace"],
    ["a file that is no bundle", (dir) => put(dir, BUNDLE, "{}\n"), "the file is no longer an evidence bundle"],
  ];
  for (const [name, change, how] of cases) {
    it(`approvals/record-removed: ${name} at the bundle's path fails the built Action`, async () => {
      const pr = await pullRequest(change, withBundle);
      const r = await gate(api, pr, { approvals: "not-author" });
      expect(r.code).toBe(1);
      expect(errorAnnotations(r.commands)).toEqual([`approvals/record-removed ${BUNDLE} 1 1`]);
      expect(r.commands.find((c) => c.startsWith("::error title=approvals/record-removed"))).toContain(`the change leaves no bundle there: ${how}`);
    }, RUNS_TIMEOUT);
  }

  it("the bundle edited (another bundle at its path) and a deleted file that was no bundle pass the built Action (exit 0)", async () => {
    const pr = await pullRequest(
      (dir) => (put(dir, BUNDLE, bundleText("reviewer1", "checked again")), rmSync(join(dir, "records/notes.json"))),
      (dir) => (withBundle(dir), put(dir, "records/notes.json", "{}\n")),
    );
    const r = await gate(api, pr, { approvals: "not-author" });
    expect(errorAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  }, RUNS_TIMEOUT);
});

describe("an OpenTelemetry trace whose object names another key before resourceSpans", () => {
  // The approvals check tells a trace by its first key; the trace check read such a file as a trace all the same, and
  // counted the approval the author gave the call the base policy guards.
  const FILE = "traces/deploy.otlp.jsonl";
  const POLICY = "traces:\n  policy:\n    approval-required: [deploy]\n";
  const decided = (approver: string) => ({ name: "flowgate.approval", time: 31, attrs: [["flowgate.approval.decision", "approved"], ["flowgate.approval.approver", approver]] as [string, string][] });
  const spans = (approver: string) => [agent("1"), tool("3", "1", "deploy", "c1", { events: [decided(approver)] }), chat("4", "1", "m", [1, 1], "stop", { start: 50 })].map(span);
  const tracePr = (text: string) => pullRequest((dir) => put(dir, FILE, text), (dir) => put(dir, ".flowgate.yml", POLICY));

  it("trace/invalid-trace: `{\"schemaUrl\": …, \"resourceSpans\": …}` on each line, and pretty-printed with `x` first, fail the built Action at the first key", async () => {
    const lines = jsonl(spans("octocat")).trimEnd().split("\n").map((l) => `{"schemaUrl":"x",${l.slice(1)}`);
    const r = await gate(api, await tracePr(lines.join("\n") + "\n"), { approvals: "not-author" });
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual([1, 2, 3].map((line) => `trace/invalid-trace ${FILE} ${line} 2`));
    const pretty = await gate(api, await tracePr(JSON.stringify({ x: 1, ...otlp(spans("octocat")) }, null, 2)), { approvals: "not-author" });
    expect(pretty.code).toBe(1);
    expect(errorAnnotations(pretty.commands)).toEqual([`trace/invalid-trace ${FILE} 2 3`]);
  }, RUNS_TIMEOUT);

  it("resourceSpans first with another key after it, approved by another account, passes the built Action (exit 0)", async () => {
    const lines = jsonl(spans("reviewer1")).trimEnd().split("\n").map((l) => `${l.slice(0, -1)},"schemaUrl":"x"}`);
    const r = await gate(api, await tracePr(lines.join("\n") + "\n"), { approvals: "not-author" });
    expect(errorAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  }, RUNS_TIMEOUT);
});

describe("merge: a shard report committed as a link", () => {
  // The merge job's workspace holds the pull request's checkout: a link where the pattern looks had its target read,
  // and JSON.parse's message quoted its first characters in the failure.
  function mergeWorkspace() {
    const dir = gitRepoFrom(join(REPO, "examples"));
    const head = git(dir, "rev-parse", "HEAD").trim();
    return { dir, event: { name: "pull_request", fixture: "pull_request.json", baseSha: head, headSha: head } };
  }

  it("a report linked out of the workspace is not read: the merge fails naming the link, none of its target's text", async () => {
    const { dir, event } = mergeWorkspace();
    const secret = join(tempDir(), "credentials");
    writeFileSync(secret, "TOPSECRET-0123456789\n");
    mkdirSync(join(dir, "reports/a"), { recursive: true });
    symlinkSync(secret, join(dir, "reports/a/report.json"));
    api.reset();
    const r = await runAction({ workspace: dir, event, api: api.url, inputs: { merge: "reports/*/report.json", comment: "never" } });
    expect(r.code).toBe(1);
    expect(r.commands).toContain("::error::Flowgate: cannot merge the shards' reports: reports/a/report.json is a symbolic link to outside the workspace: not read");
    expect(r.stdout + r.stderr).not.toContain("TOPSECRET");
  }, RUNS_TIMEOUT);

  it("a report linked to a file of the workspace is merged as that file", async () => {
    const { dir, event } = mergeWorkspace();
    api.reset();
    const whole = await runAction({ workspace: dir, event, api: api.url, inputs: { "changed-only": "false", comment: "never" } });
    mkdirSync(join(dir, "saved"), { recursive: true });
    cpSync(whole.outputs.report!, join(dir, "saved/report.json"));
    mkdirSync(join(dir, "reports/a"), { recursive: true });
    symlinkSync("../../saved/report.json", join(dir, "reports/a/report.json"));
    const merged = await runAction({ workspace: dir, event, api: api.url, inputs: { "changed-only": "false", comment: "never", merge: "reports/*/report.json" } });
    expect(merged.stdout).not.toContain("cannot merge");
    expect([merged.code, merged.outputs.errors, merged.outputs.warnings]).toEqual([whole.code, whole.outputs.errors, whole.outputs.warnings]);
  }, RUNS_TIMEOUT);
});

describe("more records or findings in one file than one call's arguments take", () => {
  it("approvals/decided-by-pr-author: the author's approval after 200,000 others in a bundle fails the built Action at it (it crashed the run)", async () => {
    const bundle = JSON.parse(readFileSync(join(REPO, "test/fixtures/evidence/pending-approval.json"), "utf8"));
    const many = (last: string) => JSON.stringify({ ...bundle, approvals: [] }).replace('"approvals":[]', `"approvals":[\n${Array(200_000).fill('{"status":"APPROVED","approved_by":"reviewer1"}').join(",\n")},\n{"status":"APPROVED","approved_by":"${last}"}]`);
    const r = await gate(api, await pullRequest((dir) => put(dir, "records/many.json", many("octocat"))), { approvals: "not-author" });
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual(["approvals/decided-by-pr-author records/many.json 200002 36"]);
    const others = await gate(api, await pullRequest((dir) => put(dir, "records/many.json", many("reviewer2"))), { approvals: "not-author" });
    expect(errorAnnotations(others.commands)).toEqual([]);
    expect(others.code).toBe(0);
  }, RUNS_TIMEOUT);

  it("ledger/malformed-line: a ledger of 200,000 malformed lines fails the built Action with one error a line (it crashed the run)", async () => {
    const r = await gate(api, await pullRequest((dir) => put(dir, ".flowgate/runs/run_0123456789abcdef.jsonl", "x\n".repeat(200_000))), { annotations: "3" });
    expect(r.code).toBe(1);
    expect(r.outputs.errors).toBe("200000");
    expect(errorAnnotations(r.commands)).toEqual([1, 2, 3].map((line) => `ledger/malformed-line .flowgate/runs/run_0123456789abcdef.jsonl ${line} 1`));
  }, RUNS_TIMEOUT);
});

describe("paths no file-system call can follow (found after the round: each crashed the built Action)", () => {
  it("workspace/not-read: a flow linked in a loop (`a.flow.yaml -> b.flow.yaml -> a.flow.yaml`) is not read, a note naming each link (ELOOP crashed the run)", async () => {
    const pr = await pullRequest((dir) => {
      symlinkSync("b.flow.yaml", join(dir, "flows/a.flow.yaml"));
      symlinkSync("a.flow.yaml", join(dir, "flows/b.flow.yaml"));
    });
    const r = await gate(api, pr);
    expect(r.stderr).not.toContain("could not run");
    expect(r.commands.filter((c) => c.includes("flows/a.flow.yaml") || c.includes("flows/b.flow.yaml")).map((c) => c.replace(/,line=.*::/, "::"))).toEqual([
      "::notice title=workspace/not-read,file=flows/a.flow.yaml::flows/a.flow.yaml is a symbolic link that leads nowhere: it was not read",
      "::notice title=workspace/not-read,file=flows/b.flow.yaml::flows/b.flow.yaml is a symbolic link that leads nowhere: it was not read",
    ]);
  }, RUNS_TIMEOUT);

  it("approvals/record-removed: a merged bundle's folder turned into a file (`records/run-7.json` now under a file: ENOTDIR crashed the run)", async () => {
    const BUNDLE = "records/run-7.json";
    const pr = await pullRequest(
      (dir) => (rmSync(join(dir, "records"), { recursive: true }), put(dir, "records", "now a file\n")),
      (dir) => put(dir, BUNDLE, bundleText("reviewer1")),
    );
    const r = await gate(api, pr, { approvals: "not-author" });
    expect(r.stderr).not.toContain("could not run");
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual([`approvals/record-removed ${BUNDLE} 1 1`]);
  }, RUNS_TIMEOUT);
});

describe("more findings in one source file than one call's arguments take (found after the round)", () => {
  it("scan/shell-command: 130,000 calls in one file, each an error (the run crashed: `Maximum call stack size exceeded`)", async () => {
    const pr = await pullRequest((dir) => put(dir, "agent/many.py", `import os\n${'os.system("x")\n'.repeat(130_000)}`));
    const r = await gate(api, pr, { annotations: "3" });
    expect(r.stderr).not.toContain("could not run");
    expect(r.code).toBe(1);
    expect(r.outputs.errors).toBe("130000");
    expect(errorAnnotations(r.commands)).toEqual([2, 3, 4].map((line) => `scan/shell-command agent/many.py ${line} 1`));
  }, RUNS_TIMEOUT);
});
