import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { evaluateBundle } from "../../core/evidence/evaluate";
import { runBuiltCli, runCli } from "../helpers/cli";
import { workspace } from "./helpers";

const R = "flow_release_notes";
const ENV = { FLOW_RUN_WRITES_ENABLED: "1", FLOWGATE_ACTOR: "alice@example.com" };

async function flowgate(root: string, args: string[], env: NodeJS.ProcessEnv = ENV) {
  return runCli(["run", ...args], { cwd: root, env });
}

async function started(root: string, flow = R, version = "0.3.0"): Promise<string> {
  const r = await flowgate(root, ["start", flow, version, "--json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).run.run_id;
}

describe("flowgate run: usage errors exit 2", () => {
  test.each([
    [[], "run needs a subcommand"],
    [["frobnicate"], 'unknown run subcommand "frobnicate"'],
    [["advance", "run_x", "2"], "run advance takes <run_id> <step> <status>; got 2 argument(s)"],
    [["request-approval", "run_x", "--step", "2", "--reason", "r", "--ttl", "ten"], '--ttl must be a whole number; got "ten"'],
    [["request-approval", "run_x", "--tool", "t", "--args", "{bad", "--reason", "r"], "--args must be JSON"],
    [["consent", "run_x", "--lanes", "local_default"], "consent needs --lanes and --cost-cap"],
    [["verify", "run_nope"], "no such run: run_nope"],
    [["show", "--bogus"], "Unknown option '--bogus'"],
    [["list", "--status", "finished"], "--status must be one of in_progress, done, cancelled"],
    [["approvals", "--status", "pending"], "--status must be one of PENDING, APPROVED, DENIED"],
  ])("%j", async (args, message) => {
    const r = await flowgate(workspace(), args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  test("--help prints the subcommands and exits 0", async () => {
    const r = await flowgate(workspace(), ["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("request-approval <run_id> (--step STEP | --tool NAME [--args JSON]) --reason TEXT");
  });

  test("no actor anywhere (no --actor, no FLOWGATE_ACTOR, no git user.email) is a usage error", async () => {
    const r = await flowgate(workspace(), ["start", R, "0.3.0"], { FLOW_RUN_WRITES_ENABLED: "1", HOME: "/nonexistent", GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no actor: pass --actor, set FLOWGATE_ACTOR, or set git user.email");
  });

  test("the actor comes from --actor, then FLOWGATE_ACTOR, then the workspace's git user.email", async () => {
    const root = workspace();
    execFileSync("git", ["init", "-q"], { cwd: root });
    execFileSync("git", ["config", "user.email", "repo-owner@example.com"], { cwd: root });
    const byGit = JSON.parse((await flowgate(root, ["start", R, "0.3.0", "--json"], { FLOW_RUN_WRITES_ENABLED: "1" })).stdout);
    expect(byGit.run.started_by).toBe("repo-owner@example.com");
    const byEnv = JSON.parse((await flowgate(root, ["start", R, "0.3.0", "--json"], ENV)).stdout);
    expect(byEnv.run.started_by).toBe("alice@example.com");
    const byFlag = JSON.parse((await flowgate(root, ["start", R, "0.3.0", "--json", "--actor", "ci[bot]"], ENV)).stdout);
    expect(byFlag.run.started_by).toBe("ci[bot]");
  });
});

describe("flowgate run: refusals print one line with the code and exit 1", () => {
  test("text: one stderr line; --json: the refusal object on stdout", async () => {
    const root = workspace();
    const id = await started(root);
    const text = await flowgate(root, ["advance", id, "2", "in_progress"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toBe("");
    expect(text.stderr).toBe(`flowgate run advance: refused FLOW_STEP_OUT_OF_ORDER: step ${R}#2 is past the frontier; step #1 must be done or skipped first\n`);
    const json = await flowgate(root, ["advance", id, "2", "in_progress", "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ ok: false, code: "FLOW_STEP_OUT_OF_ORDER", status: 409, message: `step ${R}#2 is past the frontier; step #1 must be done or skipped first` });
    const off = await flowgate(root, ["advance", id, "1", "in_progress"], { FLOWGATE_ACTOR: "a@b" });
    expect(off.stderr).toMatch(/^flowgate run advance: refused FLOW_RUN_WRITES_DISABLED: run writes are off \(default\)/);
  });
});

describe("flowgate run: a whole run through the CLI", () => {
  test("start → advance → evidence → approval (self refused) → done → list/show/approvals → verify → export → evaluate passes", async () => {
    const root = workspace();
    const id = await started(root);
    expect((await flowgate(root, ["advance", id, "1", "in_progress"])).code).toBe(0);
    const ev = await flowgate(root, ["evidence", id, `${R}#1`, "artifact", "out/changes.md"]);
    expect(ev.stdout).toContain(`● ${R}#1`.replace("●", "◐"));
    expect(ev.stdout).toContain("(verified, evidence out/changes.md, ← frontier)");
    expect((await flowgate(root, ["advance", id, "#1", "done"])).code).toBe(0);
    const req = await flowgate(root, ["request-approval", id, "--step", "2", "--reason", "Review the draft", "--json"]);
    const approvalId = JSON.parse(req.stdout).approval_id as string;
    expect(approvalId).toMatch(/^appr_[0-9a-f]{24}$/);
    const pending = await flowgate(root, ["approvals", "--status", "PENDING"]);
    expect(pending.stdout).toContain(`${approvalId}  PENDING  ${id}  ${R}#2  medium  requested by alice@example.com`);
    const self = await flowgate(root, ["approve", id, approvalId]);
    expect(self.code).toBe(1);
    expect(self.stderr).toContain("refused FLOW_SELF_APPROVAL_DENIED: alice@example.com requested approval");
    expect((await flowgate(root, ["deny", id, approvalId, "--actor", "bob@example.com"])).stderr).toContain("refused BAD_REQUEST: a denial needs a reason");
    expect((await flowgate(root, ["approve", id, approvalId, "--actor", "bob@example.com"])).code).toBe(0);
    const done = await flowgate(root, ["advance", id, "2", "done"]);
    expect(done.stdout.split("\n")[0]).toMatch(new RegExp(`^${id}  ${R}@0\\.3\\.0  done  \\(started .* by alice@example\\.com; 7 events\\)$`));
    expect((await flowgate(root, ["list"])).stdout).toMatch(new RegExp(`^${id}  ${R}@0\\.3\\.0  done  2/2 steps  `));
    const show = JSON.parse((await flowgate(root, ["show", id, "--json"])).stdout);
    expect(show.run.approvals[0]).toMatchObject({ status: "APPROVED", decisions: [{ actor: "bob@example.com" }] });
    const verify = await flowgate(root, ["verify", id]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain("0 errors, 0 warnings, 0 notes in 1 file");
    expect((await flowgate(root, ["export", id, "-o", "out/run.evidence.json"])).code).toBe(0);
    const exported = readFileSync(join(root, "out/run.evidence.json"), "utf8");
    expect(evaluateBundle("run.evidence.json", exported).verdict.verdict).toBe("pass");
  });

  test("tool-call approvals: request with --tool/--args, authorize the exact call only", async () => {
    const root = workspace();
    const id = await started(root, "flow_triage_issue", "1.2.0");
    const req = JSON.parse((await flowgate(root, ["request-approval", id, "--tool", "github.post_comment", "--args", '{"issue":42}', "--risk", "high", "--reason", "Post summary", "--json"])).stdout);
    await flowgate(root, ["approve", id, req.approval_id, "--actor", "maintainer@example.com"]);
    expect((await flowgate(root, ["authorize", id, "--tool", "github.post_comment", "--args", '{ "issue": 42 }'])).code).toBe(0);
    const other = await flowgate(root, ["authorize", id, "--tool", "github.post_comment", "--args", '{"issue":43}']);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("refused FLOW_EXECUTION_CONSENT_REQUIRED: tool call github.post_comment is not approved: no approval was requested for this exact call");
  });

  test("verify fails (exit 1) on a tampered ledger; --json gives the report; repair needs --yes", async () => {
    const root = workspace();
    const id = await started(root);
    const file = join(root, `.flowgate/runs/${id}.jsonl`);
    appendFileSync(file, '{"seq":2,"ty');
    const verify = await flowgate(root, ["verify"]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain("ledger/torn-tail");
    const json = JSON.parse((await flowgate(root, ["verify", "--json"])).stdout);
    expect(json.findings.map((f: { rule: string; line: number }) => [f.rule, f.line])).toEqual([["ledger/torn-tail", 2]]);
    expect((await flowgate(root, ["list"])).stdout).toContain("LEDGER PROBLEM");
    const refused = await flowgate(root, ["repair", id]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("not confirmed; nothing changed (pass --yes to repair without asking)");
    expect(existsSync(`${file}.torn`)).toBe(false);
    const repaired = await flowgate(root, ["repair", id, "--yes"]);
    expect(repaired.stdout).toBe(`moved 12 torn bytes of ${id} into .flowgate/runs/${id}.jsonl.torn\n`);
    expect((await flowgate(root, ["verify"])).code).toBe(0);
  });

  test("consent and execute through the CLI", async () => {
    const root = workspace();
    const env = { ...ENV, FLOW_AUTOMATABLE_EXECUTION_ENABLED: "1" };
    const id = JSON.parse((await flowgate(root, ["start", "flow_batch", "1.0.0", "--json"], env)).stdout).run.run_id;
    const consent = JSON.parse((await flowgate(root, ["consent", id, "--lanes", "local_default", "--cost-cap", "2", "--json"], env)).stdout).consent_id;
    const exec = JSON.parse((await flowgate(root, ["execute", id, "1", "--consent", consent, "--json"], env)).stdout);
    expect(exec.execution).toMatchObject({ step_id: "flow_batch#1", cost_units: 1, status: "completed" });
    expect((await flowgate(root, ["revoke", id, consent], env)).code).toBe(0);
    const after = await flowgate(root, ["execute", id, "2", "--consent", consent], env);
    expect(after.stderr).toContain("refused FLOW_EXECUTION_CONSENT_REQUIRED");
    expect((await flowgate(root, ["cancel", id, "--reason", "done for today"], env)).stdout).toContain("cancelled");
  });
});

test("the built CLI (dist/cli.js) writes and verifies a ledger as a child process", () => {
  const root = workspace();
  const env = { FLOW_RUN_WRITES_ENABLED: "1", FLOWGATE_ACTOR: "ci@example.com" };
  const start = runBuiltCli(["run", "start", R, "0.3.0", "--json"], { cwd: root, env });
  expect(start.stderr).toBe("");
  const id = JSON.parse(start.stdout).run.run_id;
  expect(runBuiltCli(["run", "advance", id, "1", "in_progress"], { cwd: root, env }).code).toBe(0);
  const refused = runBuiltCli(["run", "advance", id, "2", "in_progress"], { cwd: root, env });
  expect([refused.code, refused.stderr.split(":")[1]]).toEqual([1, " refused FLOW_STEP_OUT_OF_ORDER"]);
  expect(runBuiltCli(["run", "verify"], { cwd: root, env }).code).toBe(0);
  expect(runBuiltCli(["check", "."], { cwd: root, env }).code).toBe(0);
});
