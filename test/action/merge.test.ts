import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, git, gitRepoFrom, runCli, tempDir } from "../helpers/cli";
import { FakeGitHub } from "./fake-github";
import { readInputs } from "../../action/inputs";
import { type ActionRun, runAction } from "./harness";

/**
 * A 4-job shard matrix and its fan-in job (`merge:`), through the built dist/action.js against the fake
 * GitHub API: the shards' JSON reports are "downloaded" into reports/<artifact>/report.json as
 * actions/download-artifact does, then merged into one verdict.
 */
const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

/** These tests start the built Action 4–10 times each: the default 60 s is too little on a loaded machine. */
const ACTION_RUNS_TIMEOUT = 600_000;

const key = (f: { file: string; line: number; column: number; rule: string; message: string }) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`;
const json = (path: string) => JSON.parse(readFileSync(path, "utf8"));

function pullRequest() {
  const dir = gitRepoFrom(join(REPO, "examples"));
  const head = git(dir, "rev-parse", "HEAD").trim();
  return { dir, head, event: { name: "pull_request", fixture: "pull_request.json", baseSha: head, headSha: head } };
}

/** Each shard's report, copied where download-artifact (one folder per artifact) puts it. */
function download(dir: string, shards: ActionRun[], folder = "reports"): void {
  shards.forEach((s, i) => {
    mkdirSync(join(dir, folder, `flowgate-report-${i + 1}`), { recursive: true });
    cpSync(s.outputs.report!, join(dir, folder, `flowgate-report-${i + 1}`, "report.json"));
  });
}

describe("merge: one verdict for a shard matrix (the built Action)", () => {
  it("4 shard runs then the merge: exactly one comment, and the counts, findings and SARIF of an unsharded run", async () => {
    const { dir, event } = pullRequest();
    const inputs = { "changed-only": "false", annotations: "1000" };
    api.reset();
    const whole = await runAction({ workspace: dir, event, api: api.url, inputs });
    const wholeComment = api.state.comments.map((c) => c.body);
    expect(whole.code).toBe(1);
    expect(wholeComment).toHaveLength(1);

    api.reset();
    const shards: ActionRun[] = [];
    for (let i = 1; i <= 4; i++) shards.push(await runAction({ workspace: dir, event, api: api.url, inputs: { ...inputs, shard: `${i}/4` } }));
    // each failing shard left its own partial comment (the matrix's old behaviour)
    expect(api.state.comments.length).toBeGreaterThanOrEqual(2);
    download(dir, shards);
    const merged = await runAction({ workspace: dir, event, api: api.url, inputs: { ...inputs, merge: "reports/*/report.json" } });

    expect(merged.code).toBe(whole.code);
    expect(api.state.comments).toHaveLength(1);
    expect(api.state.comments[0]!.body).toMatch(/^<!-- flowgate:sticky-comment \. -->\n## ❌ Flowgate failed/);
    expect(api.state.comments[0]!.body).toBe(wholeComment[0]);
    for (const k of ["passed", "errors", "warnings", "notes", "summary"]) expect([k, merged.outputs[k]]).toEqual([k, whole.outputs[k]]);
    const [m, w] = [json(merged.outputs.report!), json(whole.outputs.report!)];
    expect(m.findings.map(key)).toEqual(w.findings.map(key));
    expect(m.summary).toEqual(w.summary);
    expect(m.run).toMatchObject({ merged: 4, directory: "", commit: event.headSha, ci: "4242" });
    expect(m.run.shard).toBeUndefined();
    const results = (path: string) => json(path).runs.flatMap((r: { results: unknown[] }) => r.results);
    expect(results(merged.outputs["sarif-file"]!)).toEqual(results(whole.outputs["sarif-file"]!));
    expect(json(merged.outputs["sarif-file"]!).runs).toHaveLength(1);
    // the same annotations the unsharded job made, once
    const annotations = (r: ActionRun) => r.commands.filter((c) => / title=/.test(c)).sort();
    expect(annotations(merged)).toEqual(annotations(whole));
    expect(merged.summary).toContain("- Scope: 4 shard reports of this run, merged (shards 1–4 of 4)");
    expect(merged.summary).toMatch(/- Removed \d+ comments the shard jobs had written: this one verdict replaces them\./);
  }, ACTION_RUNS_TIMEOUT);

  it("scan/shell-command: a file required as code by files of two shards is counted once, as the unsharded run counts it", async () => {
    const dir = gitRepoFrom(join(REPO, "examples"));
    // agent/a.js falls in shard 2 of 4, agent/b.js in shard 3 (core/shard.ts): both shards judge payload.txt.
    writeFileSync(join(dir, "agent/payload.txt"), 'require("child_process").execSync("rm -rf build");\n');
    writeFileSync(join(dir, "agent/a.js"), 'require("./payload.txt");\n');
    writeFileSync(join(dir, "agent/b.js"), 'require("./payload.txt");\n');
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "payload");
    const head = git(dir, "rev-parse", "HEAD").trim();
    const event = { name: "pull_request", fixture: "pull_request.json", baseSha: head, headSha: head };
    const inputs = { "changed-only": "false", comment: "never" };
    api.reset();
    const whole = await runAction({ workspace: dir, event, api: api.url, inputs });
    const payload = (r: { findings: { file: string; rule: string }[] }) => r.findings.filter((f) => f.file === "agent/payload.txt").map((f) => f.rule);
    expect(payload(json(whole.outputs.report!))).toEqual(["scan/shell-command"]);
    const shards: ActionRun[] = [];
    for (let i = 1; i <= 4; i++) shards.push(await runAction({ workspace: dir, event, api: api.url, inputs: { ...inputs, shard: `${i}/4` } }));
    expect(shards.map((s) => payload(json(s.outputs.report!)).length)).toEqual([0, 1, 1, 0]);
    download(dir, shards);
    const merged = await runAction({ workspace: dir, event, api: api.url, inputs: { ...inputs, merge: "reports/*/report.json" } });
    expect(payload(json(merged.outputs.report!))).toEqual(["scan/shell-command"]);
    expect(json(merged.outputs.report!).findings.map(key)).toEqual(json(whole.outputs.report!).findings.map(key));
    for (const k of ["passed", "errors", "warnings", "notes"]) expect([k, merged.outputs[k]]).toEqual([k, whole.outputs[k]]);
  }, ACTION_RUNS_TIMEOUT);

  it("refuses a missing shard, a shard twice, another commit, another workflow run and another configuration", async () => {
    const { dir, event } = pullRequest();
    const inputs = { "changed-only": "false", comment: "never" };
    api.reset();
    const shards: ActionRun[] = [];
    for (let i = 1; i <= 3; i++) shards.push(await runAction({ workspace: dir, event, api: api.url, inputs: { ...inputs, shard: `${i}/3` } }));
    const merge = async (folder: string, env: NodeJS.ProcessEnv = {}) => {
      const r = await runAction({ workspace: dir, event, api: api.url, inputs: { ...inputs, merge: `${folder}/**/*.json` }, env });
      expect(r.code).toBe(1);
      expect(r.outputs.passed).toBeUndefined();
      return r.commands.find((c) => c.startsWith("::error::"));
    };
    download(dir, shards.slice(0, 2), "missing");
    expect(await merge("missing")).toBe("::error::Flowgate: cannot merge the shards' reports: missing shard 3/3 (2 of 3 reports given): a verdict needs every shard");

    download(dir, [shards[0]!, shards[1]!, shards[2]!, shards[1]!], "twice");
    expect(await merge("twice")).toBe("::error::Flowgate: cannot merge the shards' reports: twice/flowgate-report-2/report.json and twice/flowgate-report-4/report.json are both shard 2/3: each shard must be merged exactly once");

    download(dir, shards, "ok");
    expect(await merge("ok", { GITHUB_SHA: "f".repeat(40) })).toBe(
      `::error::Flowgate: cannot merge the shards' reports: ok/flowgate-report-1/report.json is a report of commit ${event.headSha}, not of this commit ${"f".repeat(40)}: only this run's shards can be merged`,
    );
    expect(await merge("ok", { GITHUB_RUN_ID: "4243" })).toBe(
      "::error::Flowgate: cannot merge the shards' reports: ok/flowgate-report-1/report.json is a report of CI run 4242, not of this CI run 4243: only this run's shards can be merged",
    );

    // On a pull request a repository config is read at the base commit; the workflow's own file (an absolute path) is read as it is.
    const strict = join(tempDir("flowgate-strict-"), "strict.yml");
    writeFileSync(strict, "fail-on: warning\n");
    const other = await runAction({ workspace: dir, event, api: api.url, inputs: { ...inputs, shard: "3/3", config: strict } });
    download(dir, [shards[0]!, shards[1]!, other], "configs");
    expect(await merge("configs")).toMatch(/^::error::Flowgate: cannot merge the shards' reports: configs\/flowgate-report-1\/report\.json and configs\/flowgate-report-3\/report\.json are reports of different configurations \([0-9a-f]{64} vs [0-9a-f]{64}\)/);

    expect(await merge("nothing-here")).toBe("::error::Flowgate: cannot merge the shards' reports: nothing-here/**/*.json matches no file");
  }, ACTION_RUNS_TIMEOUT);

  it("recomputes the verdict from the findings: a shard report edited to say it passed does not pass the merge", async () => {
    const { dir, event } = pullRequest();
    const inputs = { "changed-only": "false", comment: "never", "fail-on": "warning" };
    api.reset();
    const shards: ActionRun[] = [];
    for (let i = 1; i <= 2; i++) shards.push(await runAction({ workspace: dir, event, api: api.url, inputs: { ...inputs, shard: `${i}/2` } }));
    download(dir, shards);
    for (let i = 1; i <= 2; i++) {
      const path = join(dir, "reports", `flowgate-report-${i}`, "report.json");
      const report = json(path);
      report.summary = { ...report.summary, errors: 0, warnings: 0, notes: 0, passed: true };
      report.checks = report.checks.map((c: object) => ({ ...c, errors: 0, warnings: 0, notes: 0 }));
      writeFileSync(path, JSON.stringify(report));
    }
    const merged = await runAction({ workspace: dir, event, api: api.url, inputs: { ...inputs, merge: "reports/*/report.json" } });
    expect(merged.code).toBe(1);
    expect(merged.outputs.passed).toBe("false");
    expect(Number(merged.outputs.errors) + Number(merged.outputs.warnings)).toBe(shards.reduce((n, s) => n + Number(s.outputs.errors) + Number(s.outputs.warnings), 0));
  }, ACTION_RUNS_TIMEOUT);
});

describe("the merge input", () => {
  it("does not go with shard (a job either judges a share or merges the shards' reports)", () => {
    expect(() => readInputs({ INPUT_MERGE: "reports/*.json", INPUT_SHARD: "1/2" })).toThrow("inputs merge and shard do not go together: the shards judge, the fan-in job merges their reports");
    expect(readInputs({ INPUT_MERGE: " reports/*/report.json " }).merge).toBe("reports/*/report.json");
    expect(readInputs({}).merge).toBeUndefined();
  });
});

describe("flowgate merge (CLI)", () => {
  const examples = join(REPO, "examples");
  const shardReports = async (count: number, extra: string[] = []) => {
    const out = tempDir("flowgate-merge-");
    for (let i = 1; i <= count; i++) await runCli(["check", examples, "--format", "json", "--output", join(out, `shard-${i}.json`), "--shard", `${i}/${count}`, ...extra]);
    return out;
  };

  it("joins every shard's report into the unsharded run's report, exit status included", async () => {
    const out = await shardReports(4);
    const whole = await runCli(["check", examples, "--format", "json"]);
    const merged = await runCli(["merge", join(out, "*.json"), "--format", "json"], { cwd: out });
    expect(merged.code).toBe(whole.code);
    const [m, w] = [JSON.parse(merged.stdout), JSON.parse(whole.stdout)];
    expect(m.findings.map(key)).toEqual(w.findings.map(key));
    expect(m.summary).toEqual(w.summary);
    expect(m.checks.map((c: { name: string; files: number }) => [c.name, c.files])).toEqual(w.checks.map((c: { name: string; files: number }) => [c.name, c.files]));
    expect((await runCli(["merge", "shard-1.json", "shard-2.json", "shard-3.json", "shard-4.json", "--format", "sarif"], { cwd: out })).stdout).toBe(
      (await runCli(["check", examples, "--format", "sarif"])).stdout,
    );
  });

  it("counts a finding about the whole workspace, which every shard finds, once (goldens entry matching nothing: evidence/golden-missing)", async () => {
    const dir = tempDir("flowgate-merge-ws-");
    cpSync(examples, dir, { recursive: true });
    writeFileSync(join(dir, ".flowgate.yml"), readFileSync(join(dir, ".flowgate.yml"), "utf8") + "  - evidence: evidence/nothing.evidence.json\n    golden: goldens/answer-run.golden.json\n");
    for (let i = 1; i <= 3; i++) await runCli(["check", dir, "--format", "json", "--output", join(dir, `shard-${i}.json`), "--shard", `${i}/3`]);
    const shard = JSON.parse(readFileSync(join(dir, "shard-2.json"), "utf8"));
    expect(shard.findings.filter((f: { rule: string }) => f.rule === "evidence/golden-missing")).toHaveLength(1);
    const whole = JSON.parse((await runCli(["check", dir, "--format", "json"])).stdout);
    const merged = JSON.parse((await runCli(["merge", "shard-*.json", "--format", "json"], { cwd: dir })).stdout);
    expect(merged.findings.filter((f: { rule: string }) => f.rule === "evidence/golden-missing")).toHaveLength(1);
    expect(merged.findings.map(key)).toEqual(whole.findings.map(key));
    expect(merged.summary).toEqual(whole.summary);
  });

  it("refuses what is not a report, a report without its run record, and mixed shard counts, with exit 1", async () => {
    const out = await shardReports(2);
    writeFileSync(join(out, "broken.json"), "{");
    const r1 = await runCli(["merge", "broken.json"], { cwd: out });
    expect([r1.code, r1.stderr]).toEqual([1, expect.stringMatching(/^flowgate merge: broken\.json is not JSON \(/)]);
    writeFileSync(join(out, "old.json"), JSON.stringify({ ...JSON.parse(readFileSync(join(out, "shard-1.json"), "utf8")), run: undefined }));
    const r2 = await runCli(["merge", "old.json"], { cwd: out });
    expect(r2.stderr).toBe("flowgate merge: old.json has no `run` record (written by Flowgate before merging existed?): rerun the shard with this version\n");
    await runCli(["check", examples, "--format", "json", "--output", join(out, "third.json"), "--shard", "1/3"]);
    const r3 = await runCli(["merge", "shard-1.json", "shard-2.json", "third.json"], { cwd: out });
    expect(r3.stderr).toBe("flowgate merge: shard-1.json and third.json are reports of different shard counts (shards of 2 vs shards of 3): only the shards of one run can be merged\n");
    const r4 = await runCli(["merge", "shard-1.json", "--format", "junit"], { cwd: out });
    expect(r4.code).toBe(2);
  });
});
