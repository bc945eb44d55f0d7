import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runBuiltCli, runCli, tempDir } from "../helpers/cli";

const VALID = readFileSync(join(REPO, "test", "fixtures", "flows", "valid.flow.yaml"), "utf8");

function workspace(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("flowgate check", () => {
  it("exits 0 on a clean workspace and 1 on errors", async () => {
    expect((await runCli(["check", workspace({ "flows/a.flow.yaml": VALID })])).code).toBe(0);
    const bad = await runCli(["check", workspace({ "flows/a.flow.yaml": VALID.replace("version: 1.0.0", "version: 1.0") })]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("flows/a.flow.yaml:5:12: error flow/wrong-type: `flow.version` must be a string, not the number 1.0 (quote it to make it a string)\n");
  });

  it("--fail-on decides what fails", async () => {
    const dir = workspace({ "x.flow.yaml": VALID.replace("  summary: Two steps.", "  summary: Two steps.\n  colour: blue") });
    expect((await runCli(["check", dir])).code).toBe(0);
    expect((await runCli(["check", dir, "--fail-on", "warning"])).code).toBe(1);
    expect((await runCli(["check", dir, "--fail-on", "bogus"])).code).toBe(2);
  });

  it("reads fail-on and flow globs from .flowgate.yml", async () => {
    const dir = workspace({
      ".flowgate.yml": "fail-on: warning\nflows:\n  files: ['procedures/*.yaml']\n",
      "procedures/demo.yaml": VALID.replace("  summary: Two steps.", "  summary: Two steps.\n  colour: blue"),
    });
    const r = await runCli(["check", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("procedures/demo.yaml:8:3: warning flow/unknown-key");
  });

  it("a bad config is exit 2 with its position and a suggestion", async () => {
    const dir = workspace({ ".flowgate.yml": "flows:\n  includes: ['*.yaml']\n" });
    const r = await runCli(["check", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("flowgate check: .flowgate.yml:2:3: unknown key `includes` in flows — did you mean `include`?\n");
    const typed = await runCli(["check", workspace({ ".flowgate.yml": "fail-on: sometimes\n" })]);
    expect(typed.stderr).toBe('flowgate check: .flowgate.yml:1:10: fail-on: expected one of "error", "warning", "never"\n');
    const syntax = await runCli(["check", workspace({ ".flowgate.yml": "flows: [\n" })]);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/^flowgate check: \.flowgate\.yml:\d+:\d+: not valid YAML/);
    expect((await runCli(["check", dir, "--config", "missing.yml"])).stderr).toBe("flowgate check: missing.yml:1:1: config file not found\n");
  });

  it("--output writes the report and --format picks it", async () => {
    const dir = workspace({ "a.flow.yaml": VALID });
    const out = join(dir, "reports", "r.sarif");
    const r = await runCli(["check", dir, "--format", "sarif", "--output", out]);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).version).toBe("2.1.0");
  });

  it("--changed-files limits the gate to listed files", async () => {
    const dir = workspace({ "a.flow.yaml": VALID.replace("version: 1.0.0", "version: 1"), "b.flow.yaml": VALID });
    const r = await runCli(["check", dir, "--changed-files", "-", "--format", "json"], { stdin: "b.flow.yaml\n" });
    expect(JSON.parse(r.stdout).summary).toMatchObject({ errors: 0, files: 1 });
  });

  it("unknown flags and checks are usage errors", async () => {
    const r = await runCli(["check", "--frmat", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--frmat'");
    expect((await runCli(["check", "--only", "nope"])).code).toBe(2);
  });
});

describe("flowgate validate", () => {
  it("says which dialect it applied and why", async () => {
    const dir = workspace({ "a.flow.yaml": VALID, "plain.json": JSON.stringify({ flow: { schema: "knowtation.flow/v0" }, steps: [] }), "notes.yaml": "title: hi\n" });
    const r = await runCli(["validate", "a.flow.yaml", "plain.json", "notes.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "a.flow.yaml: read as Knowtation Flow v0 (its path matches flows.include / flows.files)",
      "notes.yaml: not validated (nothing identifies it)",
      "plain.json: read as Knowtation Flow v0 (it has top-level `flow` and `steps`)",
    ]);
    expect(r.stdout).toContain("notes.yaml:1:1: error source/unknown-dialect:");
  });

  it("expands globs and refuses missing files", async () => {
    const dir = workspace({ "f/a.flow.yaml": VALID, "f/b.flow.yaml": VALID });
    const r = await runCli(["validate", "f/*.yaml", "--format", "json"], { cwd: dir });
    expect(JSON.parse(r.stdout).details.validated.map((v: any) => v.file)).toEqual(["f/a.flow.yaml", "f/b.flow.yaml"]);
    expect((await runCli(["validate", "nope.json"], { cwd: dir })).stderr).toContain("no such file: nope.json");
    expect((await runCli(["validate", "g/*.json"], { cwd: dir })).code).toBe(2);
  });

  it("a hostile file gets a finding, not a crash", async () => {
    let bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i < 30; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
    const dir = workspace({ "bomb.flow.yaml": bomb });
    const r = await runCli(["validate", "bomb.flow.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("error source/alias-limit");
  });
});

describe("help and usage", () => {
  it("lists commands; each command has --help", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Commands:\n {2}check/);
    const c = await runCli(["check", "--help"]);
    expect(c.stdout).toContain("Usage: flowgate check [dir | files...] [options]");
    expect((await runCli([])).code).toBe(2);
    const u = await runCli(["frobnicate"]);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('unknown command "frobnicate"');
  });
});

describe("the built dist/cli.js", () => {
  it("runs the gate on examples/ with real findings and exit 1", () => {
    const r = runBuiltCli(["check", "examples", "--only", "flows"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("flows/deploy-hotfix.flow.yaml:6:12: error flow/invalid-version: `version` \"1.0\" is not strict X.Y.Z semver");
    expect(r.stdout).toContain("flows/deploy-hotfix.flow.yaml:24:5: warning flow/unknown-key: unknown key `when_to_run` in steps[0] flow_deploy_hotfix#1 — did you mean `when_not_to_run`?");
  });
  it("prints its version", () => {
    expect(runBuiltCli(["--version"]).stdout).toBe(`${JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version}\n`);
  });
});

describe("workspace walking", () => {
  it("checks symlinked flow files but does not follow symlinked folders", async () => {
    const { symlinkSync } = await import("node:fs");
    const dir = workspace({ "real/a.flow.yaml": VALID.replace("version: 1.0.0", "version: 1") });
    symlinkSync(join(dir, "real", "a.flow.yaml"), join(dir, "link.flow.yaml"));
    symlinkSync(dir, join(dir, "loop"));
    const r = await runCli(["check", dir, "--only", "flows", "--format", "json"]);
    expect(JSON.parse(r.stdout).findings.map((f: any) => `${f.file}:${f.line}`)).toEqual(["link.flow.yaml:5", "real/a.flow.yaml:5"]);
  });
});

describe("the built CLI in a pipe", () => {
  it("stops quietly when the reader closes early", () => {
    const { spawnSync } = require("node:child_process");
    // Enough findings that the report overflows the pipe's buffer after `head` has gone.
    const keys = Array.from({ length: 3000 }, (_, i) => `  extra_${i}: x`).join("\n");
    const dir = workspace({ "a.flow.yaml": VALID.replace("  summary: Two steps.", `  summary: Two steps.\n${keys}`) });
    const r = spawnSync("bash", ["-c", `node ${join(REPO, "dist", "cli.js")} check ${dir} --format json | head -1`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")).toHaveLength(2);
  });
});
