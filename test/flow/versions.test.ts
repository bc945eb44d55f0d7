import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { flowsAtBase } from "../../core/flow/analyze";
import { RunMemo } from "../../core/kernel/memo";
import { git, gitRepoFrom, runCli, withGitCommands } from "../helpers/cli";

const VALID = readFileSync(join(__dirname, "..", "fixtures", "flows", "valid.flow.yaml"), "utf8");

/** A repo whose base commit holds the valid flow; returns it with a function to change the flow on top. */
function repo() {
  const dir = gitRepoFrom(undefined);
  writeFileSync(join(dir, "demo.flow.yaml"), VALID);
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "flow 1.0.0");
  return { dir, write: (text: string, name = "demo.flow.yaml") => writeFileSync(join(dir, name), text) };
}

async function gate(dir: string) {
  const r = await runCli(["check", dir, "--base", "HEAD", "--format", "json"]);
  const report = JSON.parse(r.stdout);
  return { code: r.code, findings: report.findings.map((f: any) => `${f.line}:${f.column} ${f.rule}: ${f.message}`) };
}

describe("version discipline against --base", () => {
  it("unchanged flow passes", async () => {
    const { dir } = repo();
    expect(await gate(dir)).toEqual({ code: 0, findings: [] });
  });

  it("flow/version-not-bumped: a reworded step without a bump is an error at flow.version", async () => {
    const { dir, write } = repo();
    write(VALID.replace("Collect the inputs.", "Collect every input."));
    expect(await gate(dir)).toEqual({ code: 1, findings: ["5:12 flow/version-not-bumped: flow 1.0.0 changed step flow_demo#1 since HEAD without a version bump"] });
  });

  it("a reworded step with a patch bump passes: clean of flow/version-not-bumped and flow/version-decreased", async () => {
    const { dir, write } = repo();
    write(VALID.replace("Collect the inputs.", "Collect every input.").replace("version: 1.0.0", "version: 1.0.1"));
    expect(await gate(dir)).toEqual({ code: 0, findings: [] });
  });

  it("a changed verification contract without a bump names it", async () => {
    const { dir, write } = repo();
    write(VALID.replace("description: The list exists.", "description: The list exists and is sorted."));
    expect((await gate(dir)).findings).toEqual(["5:12 flow/version-not-bumped: flow 1.0.0 changed the verification contract of flow_demo#1 since HEAD without a version bump"]);
  });

  it("flow/version-decreased: a version that went down is an error", async () => {
    const { dir, write } = repo();
    write(VALID.replace("version: 1.0.0", "version: 0.9.0"));
    expect((await gate(dir)).findings).toEqual(["5:12 flow/version-decreased: flow.version 0.9.0 is lower than 1.0.0 at HEAD"]);
  });

  it("flow/major-bump-suggested: a removed step with only a minor bump is a warning suggesting major", async () => {
    const { dir, write } = repo();
    const lines = VALID.split("\n");
    const oneStep = [...lines.slice(0, 9), ...lines.slice(10, 31), ""].join("\n").replace("version: 1.0.0", "version: 1.1.0");
    write(oneStep);
    const r = await gate(dir);
    expect(r).toEqual({ code: 0, findings: ["5:12 flow/major-bump-suggested: step flow_demo#2 was removed; 1.0.0 → 1.1.0 is not a major bump"] });
    write(oneStep.replace("version: 1.1.0", "version: 2.0.0"));
    expect((await gate(dir)).findings).toEqual([]);
  });

  it("flow/major-bump-suggested is clean when a removed step comes with a major bump", async () => {
    const { dir, write } = repo();
    const lines = VALID.split("\n");
    write([...lines.slice(0, 9), ...lines.slice(10, 31), ""].join("\n").replace("version: 1.0.0", "version: 2.0.0"));
    expect(await gate(dir)).toEqual({ code: 0, findings: [] });
  });

  it("tightened verification with a patch bump is a warning", async () => {
    const { dir, write } = repo();
    write(VALID.replace("evidence_required: true\n      description: The list", "evidence_required: false\n      description: The list").replace("automatable: automatable", "automatable: manual"));
    git(dir, "commit", "-qam", "loose");
    write(VALID.replace("automatable: automatable", "automatable: manual").replace("version: 1.0.0", "version: 1.0.1"));
    expect((await gate(dir)).findings).toEqual(["5:12 flow/major-bump-suggested: verification of flow_demo#1 was tightened; 1.0.0 → 1.0.1 is not a major bump"]);
  });

  it("matches flows by flow_id, not path: a rename with a change is still caught", async () => {
    const { dir, write } = repo();
    renameSync(join(dir, "demo.flow.yaml"), join(dir, "renamed.flow.yaml"));
    write(VALID.replace("Review the list.", "Review it."), "renamed.flow.yaml");
    expect((await gate(dir)).findings).toEqual(["5:12 flow/version-not-bumped: flow 1.0.0 changed step flow_demo#2 since HEAD without a version bump"]);
  });

  it("an unknown base revision is a usage error", async () => {
    const { dir } = repo();
    const r = await runCli(["check", dir, "--base", "no-such-rev"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^flowgate check: --base no-such-rev: no such commit in this repository\n/);
  });
});

describe("several versions of one flow", () => {
  it("a new file holding the next version is judged against the latest base version", async () => {
    const { dir, write } = repo();
    write(VALID.replace("version: 1.0.0", "version: 1.1.0").replace("Review the list.", "Review it."), "demo-1.1.flow.yaml");
    expect(await gate(dir)).toEqual({ code: 0, findings: [] });
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "1.1.0 beside 1.0.0");
    write(VALID.replace("Collect the inputs.", "Collect more."));
    expect((await gate(dir)).findings).toEqual(["5:12 flow/version-not-bumped: flow 1.0.0 changed step flow_demo#1 since HEAD without a version bump"]);
  });

  it("two files defining the same flow_id@version differently is an error; identical copies are not", async () => {
    const { dir, write } = repo();
    write(VALID, "copy.flow.yaml");
    expect((await gate(dir)).findings).toEqual([]);
    write(VALID.replace("Review the list.", "Review it."), "copy.flow.yaml");
    const r = await gate(dir);
    // copy.flow.yaml (changed in place) sorts first; demo.flow.yaml names the copy it disagrees with.
    expect(r.findings).toEqual([
      "5:12 flow/version-not-bumped: flow 1.0.0 changed step flow_demo#2 since HEAD without a version bump",
      "5:12 flow/duplicate-flow-version: flow_demo@1.0.0 is also defined, differently, in copy.flow.yaml",
    ]);
  });
});

// flowsAtBase parses only base flows that may define a flow_id the caller looks up (a shard's or a pull
// request's flows): a text without the id and without a backslash cannot define it. These try to slip a
// base version past that shortcut with escapes, and check that unrelated base flows are really skipped.
describe("base flows by wanted flow_id (flowsAtBase)", () => {
  /** Every `flow_demo` of the fixture written with an escape, so the id's plain text is nowhere in the file. */
  const escapedYaml = VALID.replace(/flow_demo(#\d)?/g, (m) => `"${m.replace("flow_demo", "flow_\\x64emo")}"`);
  const escapedJson = JSON.stringify(parseYaml(VALID), null, 2).replace(/flow_demo/g, "flow_\\u0064emo");

  it.each([
    ["a YAML \\x escape", "escaped.flow.yaml", escapedYaml],
    ["a JSON \\u escape", "escaped.flow.json", escapedJson],
  ])("flow/version-not-bumped: a base flow whose flow_id is spelled with %s is still the base", async (_, name, text) => {
    expect(text).not.toContain("flow_demo");
    const dir = gitRepoFrom(undefined);
    writeFileSync(join(dir, name), text);
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "escaped base");
    renameSync(join(dir, name), join(dir, "demo.flow.yaml"));
    writeFileSync(join(dir, "demo.flow.yaml"), VALID.replace("Collect the inputs.", "Collect every input."));
    expect(await gate(dir)).toEqual({ code: 1, findings: ["5:12 flow/version-not-bumped: flow 1.0.0 changed step flow_demo#1 since HEAD without a version bump"] });
  });

  it("only base flows that may define a wanted id are parsed; any id outside [A-Za-z0-9_.-] parses them all", () => {
    const { dir } = repo();
    writeFileSync(join(dir, "other.flow.yaml"), VALID.replaceAll("flow_demo", "flow_other"));
    writeFileSync(join(dir, "escaped.flow.yaml"), escapedYaml.replaceAll("x64emo", "x64emo_2"));
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "more flows");
    const ids = (wanted?: string[]) => [...flowsAtBase(dir, "HEAD", DEFAULT_CONFIG, wanted && new Set(wanted)).keys()].sort();
    expect(ids()).toEqual(["flow_demo", "flow_demo_2", "flow_other"]);
    // flow_demo's file holds the id; escaped.flow.yaml has a backslash, so it is parsed; other.flow.yaml is skipped.
    expect(ids(["flow_demo"])).toEqual(["flow_demo", "flow_demo_2"]);
    expect(ids(["flow_other"])).toEqual(["flow_demo_2", "flow_other"]);
    expect(ids(["flow x"])).toEqual(["flow_demo", "flow_demo_2", "flow_other"]);
    expect(ids([])).toEqual(["flow_demo_2"]);
  });
});

// flowsAtBase reads each distinct blob once and parses each distinct text once per run (RunMemo): a monorepo that
// vendors one flow into many folders. Every path still counts, and the parser its extension picks is part of the key.
describe("base flows shared by text (flowsAtBase with a RunMemo)", () => {
  it("identical blobs under two paths give two entries of one parse; the same text as .json is not taken for the YAML's snapshot", () => {
    const { dir } = repo();
    writeFileSync(join(dir, "vendored.flow.yaml"), VALID);
    // Not JSON: a .json path parses it as JSON and fails, so it defines nothing, memo or not.
    writeFileSync(join(dir, "wrong-format.flow.json"), VALID);
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "vendored copies");
    const memo = new RunMemo();
    const flows = flowsAtBase(dir, "HEAD", DEFAULT_CONFIG, new Set(["flow_demo"]), memo);
    expect([...flows.keys()]).toEqual(["flow_demo"]);
    const [a, b, ...rest] = flows.get("flow_demo")!;
    expect(rest).toEqual([]);
    expect(a).toBe(b);
    expect(a!.version).toBe("1.0.0");
    // The memo outlives the call: a second look-up in the same run parses nothing new and answers the same.
    expect(flowsAtBase(dir, "HEAD", DEFAULT_CONFIG, new Set(["flow_demo"]), memo).get("flow_demo")).toEqual([a, a]);
    // Without a memo (the editors' HeadFlows), the same answer.
    expect(flowsAtBase(dir, "HEAD", DEFAULT_CONFIG).get("flow_demo")).toEqual([a, a]);
  });

  it("a base blob a walked file still holds is read from that file, not git; a changed, unwalked or oversized one from git, the same text either way", async () => {
    const { dir, write } = repo();
    write(VALID.replace("flow_demo", "flow_other"), "other.flow.yaml");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "two flows");
    const base = (walked: string[], maxBytes?: number) =>
      withGitCommands(() => {
        const config = maxBytes === undefined ? DEFAULT_CONFIG : { ...DEFAULT_CONFIG, limits: { ...DEFAULT_CONFIG.limits, "max-file-bytes": maxBytes } };
        const flows = flowsAtBase(dir, "HEAD", config, undefined, new RunMemo(), new Set(walked));
        return [...flows].map(([id, snaps]) => [id, snaps.map((s) => s.version)]);
      });
    const found = [
      ["flow_demo", ["1.0.0"]],
      ["flow_other", ["1.0.0"]],
    ];
    // rev-parse: the root's prefix, asked once per root and process.
    const gitOf = (commands: string[]) => commands.filter((command) => command !== "rev-parse");
    const both = ["demo.flow.yaml", "other.flow.yaml"];
    let r = await base(both);
    expect([r.value, gitOf(r.commands)]).toEqual([found, ["ls-tree"]]);
    r = await base(["demo.flow.yaml"]);
    expect([r.value, gitOf(r.commands)]).toEqual([found, ["ls-tree", "cat-file"]]);
    // Larger than max-file-bytes: not read from the work tree (nor parsed from git: the limit holds for the base too).
    r = await base(both, VALID.length - 1);
    expect([r.value, gitOf(r.commands)]).toEqual([[], ["ls-tree", "cat-file"]]);
    write(VALID.replace("version: 1.0.0", "version: 1.1.0"));
    r = await base(both);
    expect([r.value, gitOf(r.commands)]).toEqual([found, ["ls-tree", "cat-file"]]);
    // A copy of the changed file's base blob elsewhere still holds it: read from there.
    write(VALID, "copy.flow.yaml");
    git(dir, "add", "copy.flow.yaml");
    git(dir, "commit", "-qm", "a copy", "--", "copy.flow.yaml");
    r = await base([...both, "copy.flow.yaml"]);
    expect([r.value, gitOf(r.commands)]).toEqual([[["flow_demo", ["1.0.0", "1.0.0"]], found[1]], ["ls-tree"]]);
  });

  it("flow/version-not-bumped: a change to one of two identical copies is judged against the base, the other copy passes", async () => {
    const { dir, write } = repo();
    write(VALID, "vendored.flow.yaml");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "vendored copy");
    write(VALID.replace("Review the list.", "Review it."), "vendored.flow.yaml");
    const r = await runCli(["check", dir, "--base", "HEAD", "--format", "json"]);
    expect(JSON.parse(r.stdout).findings.map((f: any) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([
      "vendored.flow.yaml:5:12 flow/duplicate-flow-version",
      "vendored.flow.yaml:5:12 flow/version-not-bumped",
    ]);
  });
});
