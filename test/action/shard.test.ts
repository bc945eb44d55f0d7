import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inShard, parseShard, shardOf } from "../../core/shard";
import { REPO, gitRepoFrom, runCli, tempDir } from "../helpers/cli";
import { runAction } from "./harness";

describe("parseShard", () => {
  it.each([
    ["1/1", { index: 1, count: 1 }],
    ["2/4", { index: 2, count: 4 }],
    [" 3 / 3 ", { index: 3, count: 3 }],
  ])("accepts %s", (text, shard) => expect(parseShard(text)).toEqual(shard));
  it.each(["0/2", "3/2", "1/0", "1", "a/b", "1/2/3", "-1/2", "", "1.5/2"])("refuses %j", (text) => {
    expect(() => parseShard(text)).toThrow(`shard must be "i/n" with 1 ≤ i ≤ n (for example 2/4); got "${text}"`);
  });
});

describe("shardOf", () => {
  it("is a fixed function of the path (every job and machine agrees)", () => {
    expect(["flows/deploy-hotfix.flow.yaml", "flows/release-notes.flow.json", "a", "b", "c"].map((p) => shardOf(p, 4))).toEqual([1, 2, 3, 3, 4]);
  });
  it("puts every path in exactly one shard, spread over all of them", () => {
    const paths = Array.from({ length: 2000 }, (_, i) => `src/module${i}/file${i}.py`);
    const counts = [0, 0, 0, 0];
    for (const p of paths) {
      const owners = [1, 2, 3, 4].filter((index) => inShard(p, { index, count: 4 }));
      expect(owners).toHaveLength(1);
      counts[owners[0]! - 1]!++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(400);
    expect(inShard("anything", undefined)).toBe(true);
  });
});

const key = (f: { file: string; line: number; column: number; rule: string }) => `${f.file}:${f.line}:${f.column} ${f.rule}`;

describe("flowgate check --shard", () => {
  it("splits the files of examples/ so the shards together report exactly what one run reports", async () => {
    const examples = join(REPO, "examples");
    const run = async (...extra: string[]) => JSON.parse((await runCli(["check", examples, "--format", "json", "--fail-on", "never", ...extra])).stdout);
    const all = await run();
    const one = await run("--shard", "1/2");
    const two = await run("--shard", "2/2");
    expect(one.summary.files + two.summary.files).toBe(all.summary.files);
    expect(one.summary.files).toBeGreaterThan(0);
    expect(two.summary.files).toBeGreaterThan(0);
    expect([...one.findings, ...two.findings].map(key).sort()).toEqual(all.findings.map(key).sort());
  });

  // A monorepo of copies of examples/ (the same flows in every team, as bench/action has them), then one team
  // changes a step of its triage flow without a version bump. Its copy now disagrees with team0's at the same
  // version, which lives in another shard: a shard must still compare it with team0's, as one run does.
  it("flow/duplicate-flow-version, flow/version-not-bumped, ledger/pinned-flow-mismatch: with a base, shards together report exactly what one run reports", async () => {
    const tree = tempDir();
    for (const team of ["team0", "team1", "team2", "team3"]) {
      cpSync(join(REPO, "examples"), join(tree, team), { recursive: true });
      rmSync(join(tree, team, ".flowgate.yml"), { force: true });
    }
    const dir = gitRepoFrom(tree);
    const flow = join(dir, "team1/flows/triage-issue.flow.yaml");
    writeFileSync(flow, readFileSync(flow, "utf8").replace("and record the output.", "and record all output."));
    expect([shardOf("team0/flows/triage-issue.flow.yaml", 4), shardOf("team1/flows/triage-issue.flow.yaml", 4)]).toEqual([4, 1]);
    const run = async (...extra: string[]) => JSON.parse((await runCli(["check", dir, "--base", "HEAD", "--format", "json", "--fail-on", "never", ...extra])).stdout);
    const line = (f: { file: string; line: number; column: number; rule: string; message: string }) => `${key(f)}: ${f.message}`;
    const all = (await run()).findings.map(line).sort();
    const shards = [];
    for (const shard of ["1/4", "2/4", "3/4", "4/4"]) shards.push(...(await run("--shard", shard)).findings.map(line));
    expect(shards.sort()).toEqual(all);
    const about = all.filter((l: string) => /duplicate-flow-version|version-not-bumped|pinned-flow-mismatch/.test(l));
    expect(about).toEqual([
      "team1/.flowgate/runs/run_5af0b9129a2f8158.jsonl:1:1 ledger/pinned-flow-mismatch: run run_5af0b9129a2f8158 pins flow_triage_issue@1.2.0, but its recorded copy of the steps differs from team1/flows/triage-issue.flow.yaml",
      "team1/.flowgate/runs/run_748b45ebc76f7fde.jsonl:1:1 ledger/pinned-flow-mismatch: run run_748b45ebc76f7fde pins flow_triage_issue@1.2.0, but its recorded copy of the steps differs from team1/flows/triage-issue.flow.yaml",
      "team1/flows/triage-issue.flow.yaml:6:12 flow/duplicate-flow-version: flow_triage_issue@1.2.0 is also defined, differently, in team0/flows/triage-issue.flow.yaml",
      "team1/flows/triage-issue.flow.yaml:6:12 flow/version-not-bumped: flow 1.2.0 changed step flow_triage_issue#2 since HEAD without a version bump",
    ]);
  });

  // A shard stops reading other jobs' flows once each of its versions has its first definition: two later copies that
  // disagree with team0's and with each other are both compared with team0's, as one run compares them.
  it("flow/duplicate-flow-version: copies in several shards are each compared with the first definition, as in one run", async () => {
    const tree = tempDir();
    for (const team of ["team0", "team1", "team3", "team7"]) {
      cpSync(join(REPO, "examples"), join(tree, team), { recursive: true });
      rmSync(join(tree, team, ".flowgate.yml"), { force: true });
    }
    const dir = gitRepoFrom(tree);
    for (const [team, words] of [["team1", "all output"], ["team3", "every output"], ["team7", "each output"]]) {
      const flow = join(dir, `${team}/flows/triage-issue.flow.yaml`);
      writeFileSync(flow, readFileSync(flow, "utf8").replace("and record the output.", `and record ${words}.`));
    }
    expect(["team0", "team1", "team3", "team7"].map((team) => shardOf(`${team}/flows/triage-issue.flow.yaml`, 4))).toEqual([4, 1, 1, 2]);
    const run = async (...extra: string[]) => JSON.parse((await runCli(["check", dir, "--format", "json", "--fail-on", "never", ...extra])).stdout);
    const line = (f: { file: string; line: number; column: number; rule: string; message: string }) => `${key(f)}: ${f.message}`;
    const all = (await run()).findings.map(line).sort();
    const shards = [];
    for (const shard of ["1/4", "2/4", "3/4", "4/4"]) shards.push(...(await run("--shard", shard)).findings.map(line));
    expect(shards.sort()).toEqual(all);
    expect(all.filter((l: string) => l.includes("flow/duplicate-flow-version"))).toEqual([
      "team1/flows/triage-issue.flow.yaml:6:12 flow/duplicate-flow-version: flow_triage_issue@1.2.0 is also defined, differently, in team0/flows/triage-issue.flow.yaml",
      "team3/flows/triage-issue.flow.yaml:6:12 flow/duplicate-flow-version: flow_triage_issue@1.2.0 is also defined, differently, in team0/flows/triage-issue.flow.yaml",
      "team7/flows/triage-issue.flow.yaml:6:12 flow/duplicate-flow-version: flow_triage_issue@1.2.0 is also defined, differently, in team0/flows/triage-issue.flow.yaml",
    ]);
  });

  it("refuses a malformed shard as a usage error", async () => {
    const r = await runCli(["check", join(REPO, "examples"), "--shard", "5/4"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('shard must be "i/n" with 1 ≤ i ≤ n (for example 2/4); got "5/4"');
  });
});

describe("the Action's shard input", () => {
  it("each matrix job annotates its share; together they are the whole", async () => {
    const dir = gitRepoFrom(join(REPO, "examples"));
    const annotations = async (shard: string) => {
      const r = await runAction({ workspace: dir, event: { name: "push", fixture: "push.json" }, inputs: { shard, annotations: "1000", "fail-on": "never" } });
      return { lines: r.commands.filter((c) => / title=/.test(c)), summary: r.summary };
    };
    const all = await annotations("");
    const one = await annotations("1/2");
    const two = await annotations("2/2");
    expect(one.lines.length).toBeGreaterThan(0);
    expect([...one.lines, ...two.lines].sort()).toEqual([...all.lines].sort());
    expect(one.summary).toContain("- Scope: every file, shard 1 of 2");
  });
});
