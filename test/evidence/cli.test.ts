import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli, tempDir } from "../helpers/cli";
import { FIXTURES } from "./fixtures";

const EXAMPLES = join(REPO, "examples");

describe("flowgate evaluate", () => {
  it("prints a verdict per bundle and exits 1 when one fails", async () => {
    const r = await runCli(["evaluate", "golden-minimal-success.json", "pending-approval.json"], { cwd: FIXTURES });
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      "PASS golden-minimal-success.json (run run_ac0a5f56969e7d9b2355b218, completed, 7 events, 0 USD)",
      "FAIL pending-approval.json (run run_e75feb106ebe2e8f00b472e5, waiting_human, 8 events, 0 USD) — failing: evidence/run-not-completed, evidence/high-risk-approval-undecided, evidence/approval-pending",
    ]);
  });

  it("budget flags: at the spend passes, below fails; bad values are usage errors", async () => {
    expect((await runCli(["evaluate", "tool-and-model-cost.json", "--max-usd", "0.25", "--max-tokens", "150", "--max-tool-calls", "1"], { cwd: FIXTURES })).code).toBe(0);
    const over = await runCli(["evaluate", "tool-and-model-cost.json", "--max-tokens", "149"], { cwd: FIXTURES });
    expect(over.code).toBe(1);
    expect(over.stdout).toContain("tool-and-model-cost.json:394:21: error evidence/budget-exceeded: run used model tokens 150, over the budget of 149");
    const bad = await runCli(["evaluate", "tool-and-model-cost.json", "--max-tool-calls", "1.5"], { cwd: FIXTURES });
    expect([bad.code, bad.stderr.split("\n")[0]]).toEqual([2, 'flowgate evaluate: --max-tool-calls must be a non-negative integer; got "1.5"']);
  });

  it("SARIF and JSON carry the verdicts", async () => {
    const json = JSON.parse((await runCli(["evaluate", "failed-step.json", "-f", "json"], { cwd: FIXTURES })).stdout);
    expect(json.details.evidence.bundles).toEqual([
      { file: "failed-step.json", verdict: "fail", runId: "run_5fe2799e157e0c6c879d3487", status: "failed", events: 7, totalUsd: 0, intact: true, errors: 2, warnings: 2, failing: ["evidence/run-not-completed", "evidence/step-failed"] },
    ]);
    const sarif = JSON.parse((await runCli(["evaluate", "failed-step.json", "-f", "sarif"], { cwd: FIXTURES })).stdout);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(["evidence/run-not-completed", "evidence/step-failed", "evidence/failure-event", "evidence/failure-event"]);
  });
});

describe("flowgate golden", () => {
  it("a run against itself matches; against another scenario shows a unified diff and exits 1", async () => {
    expect((await runCli(["golden", "golden-minimal-success.json", "golden-minimal-success.json"], { cwd: FIXTURES })).code).toBe(0);
    const r = await runCli(["golden", "tool-and-model-cost.json", "golden-tool-ledger-success.json"], { cwd: FIXTURES });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("@@ events (strict): 3 differences @@\n  #7 tool_call_completed\n  #8 cost_recorded\n  #9 state_patch_proposed\n+ #10 model_call_completed\n+ #11 cost_recorded\n+ #12 cost_recorded\n  #13 state_patch_committed\n");
  });

  it("--match and --ignore change what fails", async () => {
    const r = await runCli(["golden", "tool-and-model-cost.json", "golden-tool-ledger-success.json", "--match", "events=subsequence,final-state=unordered", "--ignore", "final-state,cost,tool-ledger"], { cwd: FIXTURES });
    expect([r.code, r.stdout.split("\n").find((l) => l.startsWith("@@ events"))]).toEqual([0, "@@ events (subsequence): matches (differences allowed by its mode) @@"]);
    const bad = await runCli(["golden", "a.json", "b.json", "--match", "events=fuzzy"], { cwd: FIXTURES });
    expect(bad.code).toBe(2);
  });

  it("--update creates, then accepts changes like a snapshot, and refuses a bundle that does not verify", async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, "tool-and-model-cost.json"), join(dir, "run.json"));
    cpSync(join(FIXTURES, "golden-tool-ledger-success.json"), join(dir, "other.json"));
    expect(await runCli(["golden", "run.json", "g.json", "--update"], { cwd: dir })).toEqual({ code: 0, stdout: "created golden g.json from run.json\n", stderr: "" });
    expect((await runCli(["golden", "run.json", "new/dir/g.json", "--update"], { cwd: dir })).stdout).toBe("created golden new/dir/g.json from run.json\n");
    expect(await runCli(["golden", "run.json", "new", "--update"], { cwd: dir })).toEqual({ code: 1, stdout: "", stderr: "flowgate golden: cannot write new: EISDIR\n" });
    expect((await runCli(["golden", "run.json", "g.json", "--update"], { cwd: dir })).stdout).toBe("golden g.json is up to date\n");
    const updated = await runCli(["golden", "other.json", "g.json", "--update"], { cwd: dir });
    expect(updated.stdout).toMatch(/updated golden g\.json from other\.json: 9 differences accepted\n$/);
    expect(readFileSync(join(dir, "g.json"), "utf8")).toBe(readFileSync(join(dir, "other.json"), "utf8"));
    writeFileSync(join(dir, "bad.json"), readFileSync(join(dir, "run.json"), "utf8").replace('"ISSUE-1"\n  }\n}', '"ISSUE-2"\n  }\n}'));
    const refused = await runCli(["golden", "bad.json", "g.json", "--update"], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("not updating g.json: bad.json does not verify");
  });

  it("a missing golden is a finding that says how to create it", async () => {
    const r = await runCli(["golden", "failed-step.json", "nope.json"], { cwd: FIXTURES });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("error evidence/golden-missing: golden nope.json does not exist; create it with `flowgate golden failed-step.json nope.json --update`");
  });
});

describe("flowgate report --html", () => {
  it("writes one self-contained file", async () => {
    const dir = tempDir();
    const r = await runCli(["report", join(FIXTURES, "pending-approval.json"), "--html", join(dir, "r.html")], { cwd: dir });
    expect(r.code).toBe(1);
    const html = readFileSync(join(dir, "r.html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=|https?:\/\//);
    expect(html).toContain("evidence/approval-pending");
  });

  it("an unreadable bundle gets findings and no HTML", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.json"), '{"schema_version": "agentledger.evidence.v1",');
    const r = await runCli(["report", "broken.json", "--html", "out.html"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("broken.json:1:46: error source/parse-error");
    expect(existsSync(join(dir, "out.html"))).toBe(false);
  });

  it("a bundle verified by streaming (above evidence.max-bundle-bytes) gets its findings, no HTML, and the reason with what to do", async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, "pending-approval.json"), join(dir, "big.json"));
    writeFileSync(join(dir, ".flowgate.yml"), "evidence:\n  max-bundle-bytes: 1000\n");
    const size = readFileSync(join(dir, "big.json")).length;
    const r = await runCli(["report", "big.json", "--html", "out.html"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("error evidence/high-risk-approval-undecided");
    expect(r.stderr).toBe(
      `flowgate report: big.json (${size} bytes) is larger than 1000 bytes, so it was verified in one streaming pass that keeps no events; the verdict above covers the whole bundle, but no HTML was written: raise evidence.max-bundle-bytes in .flowgate.yml to at least ${size} to get the page\n`,
    );
    expect(existsSync(join(dir, "out.html"))).toBe(false);
  });
});

describe("flowgate check on examples/", () => {
  it("evaluates the example bundles and runs the configured goldens, with the planted regression", async () => {
    const r = await runCli(["check", EXAMPLES, "--only", "evidence,goldens", "-f", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report.details.evidence.bundles.map((b: { file: string; verdict: string }) => [b.file, b.verdict])).toEqual([
      ["evidence/answer-run.evidence.json", "pass"],
      ["evidence/flaky-step-run.evidence.json", "fail"],
      ["evidence/issue-run.evidence.json", "pass"],
      ["evidence/refund-run.evidence.json", "fail"],
      ["evidence/tampered-run.evidence.json", "fail"],
    ]);
    expect(report.details.goldens.results.map((g: { current: string; passed: boolean }) => [g.current, g.passed])).toEqual([
      ["evidence/answer-run.evidence.json", true],
      ["evidence/issue-run.evidence.json", false],
    ]);
    const md = (await runCli(["check", EXAMPLES, "--only", "evidence,goldens", "-f", "markdown"])).stdout;
    expect(md).toContain("### Evidence bundles");
    expect(md).toContain("| ❌ regression | <code>evidence/issue\\-run\\.evidence\\.json</code> | <code>goldens/issue\\-run\\.golden\\.json</code> | final\\-state (1), events (3), tool\\-ledger (2), cost (2) |");
  });

  it("a goldens glob matching nothing is reported", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".flowgate.yml"), "goldens:\n  - evidence: runs/*.evidence.json\n    golden: g.json\n");
    const r = await runCli(["check", dir, "--only", "goldens"]);
    expect(r.stdout).toContain('.flowgate.yml:1:1: error evidence/golden-missing: goldens: "runs/*.evidence.json" matches no evidence bundle');
  });

  it("config: unknown keys in evidence/goldens are configuration errors", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".flowgate.yml"), "evidence:\n  budgets:\n    max-dollars: 3\n");
    const r = await runCli(["check", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("max-dollars");
  });
});

describe("flowgate golden with configured pairs", () => {
  it("without files runs every configured pair, with each pair's options", async () => {
    const r = await runCli(["golden"], { cwd: EXAMPLES });
    expect(r.code).toBe(1);
    expect(r.stdout.match(/^--- golden {2}.*$/gm)).toEqual(["--- golden  goldens/answer-run.golden.json", "--- golden  goldens/issue-run.golden.json"]);
    expect(r.stdout).toContain("@@ final-state (subsequence): 1 difference @@");
  });

  it("two files that form a configured pair get its options; flags override them", async () => {
    const pair = await runCli(["golden", "evidence/issue-run.evidence.json", "goldens/issue-run.golden.json"], { cwd: EXAMPLES });
    expect(pair.stdout).toContain("@@ final-state (subsequence): 1 difference @@");
    const flagged = await runCli(["golden", "evidence/issue-run.evidence.json", "goldens/issue-run.golden.json", "--match", "final-state=strict"], { cwd: EXAMPLES });
    expect(flagged.stdout).toContain("@@ final-state (strict): 2 differences @@");
  });

  it("--update without files updates every configured golden", async () => {
    const dir = tempDir();
    cpSync(EXAMPLES, dir, { recursive: true });
    const r = await runCli(["golden", "--update"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^golden goldens\/answer-run\.golden\.json is up to date$/m);
    expect(r.stdout).toMatch(/^updated golden goldens\/issue-run\.golden\.json from evidence\/issue-run\.evidence\.json: 8 differences accepted$/m);
    expect((await runCli(["golden"], { cwd: dir })).code).toBe(0);
  });
});
