// .pre-commit-hooks.yaml: each hook's `entry`, run as pre-commit runs it (entry + the staged files), in a temporary repository.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { grammars } from "../helpers/stage";
import { REPO, git, gitRepoFrom, runBuiltCli, runCli, tempDir } from "../helpers/cli";

interface Hook {
  id: string;
  entry: string;
  language: string;
  pass_filenames: boolean;
  types_or?: string[];
}
const HOOKS: Hook[] = parse(readFileSync(join(REPO, ".pre-commit-hooks.yaml"), "utf8"));
const hook = (id: string) => HOOKS.find((h) => h.id === id)!;

/** What pre-commit does: the entry (its `flowgate` being the installed bin, here dist/cli.js), then the staged file names. */
function runHook(id: string, repo: string) {
  const [command, ...args] = hook(id).entry.split(" ");
  expect(command).toBe("flowgate");
  const staged = git(repo, "diff", "--cached", "--name-only", "--diff-filter=ACMR").split("\n").filter(Boolean);
  return runBuiltCli([...args, ...staged], { cwd: repo });
}

/** The README's YAML block containing `marker`. */
function readmeBlock(marker: string): string {
  const blocks = [...readFileSync(join(REPO, "README.md"), "utf8").matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.find((b) => b.includes(marker))!;
}

const SHELL = 'import os\nos.system("make")\n';
let repo: string;

beforeEach(() => {
  // Committed: an old boundary finding in agent/old.py, and a config excluding legacy/.
  repo = gitRepoFrom(undefined);
  mkdirSync(join(repo, "agent"));
  writeFileSync(join(repo, "agent", "old.py"), SHELL);
  writeFileSync(join(repo, ".flowgate.yml"), 'exclude: ["legacy/**"]\n');
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "old");
});

describe(".pre-commit-hooks.yaml", () => {
  it("declares flowgate-check and flowgate-scan: language node, the staged files passed", () => {
    expect(HOOKS.map((h) => [h.id, h.entry, h.language, h.pass_filenames])).toEqual([
      ["flowgate-check", "flowgate check --", "node", true],
      ["flowgate-scan", "flowgate check --only scan --", "node", true],
    ]);
    expect(hook("flowgate-scan").types_or).toEqual(["python", "javascript", "jsx", "ts", "tsx"]);
    // The README's local variant is the same hooks, run by the project's CLI.
    const local = parse(readmeBlock("repo: local")).repos[0].hooks;
    expect(local.map((h: Hook) => [h.id, h.entry, h.language, h.types_or])).toEqual(HOOKS.map((h) => [h.id, h.entry.replace(/^flowgate /, "npx --no-install flowgate "), "system", h.types_or]));
    expect(parse(readmeBlock("repo: https://github.com/flowgate-dev/flowgate")).repos[0].hooks.map((h: Hook) => h.id)).toEqual(["flowgate-check", "flowgate-scan"]);
  });

  it("what pre-commit installs (`npm pack` of the repository root) is the CLI's launcher and bundle, its language server, worker and grammars, nothing else", () => {
    const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    expect(packed.files.map((f: { path: string }) => f.path).sort()).toEqual([
      "LICENSE",
      "README.md",
      "dist/cli-bundle.js",
      "dist/cli.js",
      "dist/lsp.js",
      "dist/scan-worker.js",
      ...grammars("dist/wasm/"),
      "package.json",
    ]);
    expect(JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).bin).toEqual({ flowgate: "dist/cli.js" });
  });

  for (const id of ["flowgate-check", "flowgate-scan"]) {
    it(`${id}: a staged file with a finding fails the commit, judged alone (the committed finding elsewhere is not reported)`, () => {
      writeFileSync(join(repo, "agent", "new.py"), "\n" + SHELL);
      git(repo, "add", "agent/new.py");
      const r = runHook(id, repo);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^agent\/new\.py:3:1: error scan\/shell-command: `os\.system` starts a process directly/);
      expect(r.stdout).not.toContain("old.py");
      expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("✗ flowgate failed: 1 error, 0 warnings, 0 notes in 1 file");
    });

    it(`${id}: a staged file named like an option (--fail-on=never, --format=json) is a file name, not a flag that loosens the gate`, () => {
      writeFileSync(join(repo, "agent", "new.py"), SHELL);
      writeFileSync(join(repo, "--fail-on=never"), "");
      writeFileSync(join(repo, "--format=json"), "");
      git(repo, "add", "--", "agent/new.py", "--fail-on=never", "--format=json");
      const r = runHook(id, repo);
      expect([r.code, r.stdout.trimEnd().split("\n").at(-1)]).toEqual([1, "✗ flowgate failed: 1 error, 0 warnings, 0 notes in 1 file"]);
    });

    it(`${id}: staged files the gate does not judge (config exclude, not code) pass`, () => {
      mkdirSync(join(repo, "legacy"));
      writeFileSync(join(repo, "legacy", "x.py"), SHELL);
      writeFileSync(join(repo, "NOTES.md"), "notes\n");
      git(repo, "add", "legacy/x.py", "NOTES.md");
      const r = runHook(id, repo);
      expect([r.code, r.stdout]).toEqual([0, "✓ flowgate passed: 0 errors, 0 warnings, 0 notes in 0 files\n"]);
    });
  }

  it("flowgate-check judges a staged flow bundle (not only code)", () => {
    writeFileSync(join(repo, "a.flow.yaml"), "x: 1\n");
    git(repo, "add", "a.flow.yaml");
    const r = runHook("flowgate-check", repo);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("a.flow.yaml:1:1: error flow/required-field: the bundle is missing required field `flow`");
    expect(runHook("flowgate-scan", repo).code).toBe(0);
  });
});

describe("`flowgate check FILES...` (what pass_filenames relies on)", () => {
  it("a missing file, a directory among files, a file outside the workspace and --changed-files with files are usage errors", async () => {
    const cases: [string[], string][] = [
      [["check", "agent/nope.py"], "flowgate check: no such file or directory: agent/nope.py"],
      [["check", "agent", "agent/old.py"], "flowgate check: check takes one directory, or files: agent is a directory"],
      [["check", join(REPO, "package.json")], `flowgate check: ${join(REPO, "package.json")} is outside the current directory (the workspace checked)`],
      [["check", "agent/old.py", "--changed-files", "-"], "flowgate check: file arguments already choose the files to judge: drop --changed-files / --changed-only"],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args, { cwd: repo });
      expect([r.code, r.stdout, r.stderr.split("\n")[0]]).toEqual([2, "", message]);
    }
  });

  it("one directory is still the workspace (its own .flowgate.yml), as before", async () => {
    const r = await runCli(["check", "agent", "--format", "json"], { cwd: repo });
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(["old.py"]);
  });
});

describe("the real pre-commit (Debian's) with the hooks as local hooks over the installed CLI package, offline", () => {
  // The README's offline variant, as written there: the same hooks with `language: system` and `npx --no-install
  // flowgate`, run by the project's own @flowgate-dev/cli (installed here from the packed tarball, --offline, empty cache).
  it("blocks a commit whose staged file has a finding and lets through one that has none", () => {
    const pack = tempDir("flowgate-pack-");
    const tarball = execFileSync(process.execPath, [join(REPO, "scripts/pack-cli.mjs"), "--out", join(pack, "cli"), "--tarball"], { encoding: "utf8" }).trim();
    const offline = { PATH: process.env.PATH, HOME: tempDir(), PRE_COMMIT_HOME: tempDir("flowgate-pre-commit-"), npm_config_offline: "true", npm_config_cache: tempDir("flowgate-npm-cache-") };
    writeFileSync(join(repo, "package.json"), "{}\n");
    execFileSync("npm", ["install", "--save-dev", "--no-audit", "--no-fund", tarball], { cwd: repo, env: offline, stdio: "pipe" });
    writeFileSync(join(repo, ".pre-commit-config.yaml"), readmeBlock("repo: local"));
    writeFileSync(join(repo, ".gitignore"), "node_modules/\n");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "the CLI and the hooks");
    execFileSync("pre-commit", ["install"], { cwd: repo, env: offline, stdio: "pipe" });

    writeFileSync(join(repo, "agent", "new.py"), SHELL);
    writeFileSync(join(repo, "--fail-on=never"), "");
    git(repo, "add", "--", "agent/new.py", "--fail-on=never");
    const blocked = spawnSync("git", ["commit", "-m", "shell call"], { cwd: repo, env: offline, encoding: "utf8" });
    expect(blocked.status).toBe(1);
    expect(blocked.stdout + blocked.stderr).toMatch(/flowgate check\.+Failed[\s\S]*agent\/new\.py:2:1: error scan\/shell-command/);
    expect(blocked.stdout + blocked.stderr).toMatch(/flowgate scan\.+Failed/);
    expect(git(repo, "log", "--format=%s", "-1").trim()).toBe("the CLI and the hooks");

    git(repo, "rm", "-q", "--cached", "--", "agent/new.py", "--fail-on=never");
    writeFileSync(join(repo, "NOTES.md"), "notes\n");
    git(repo, "add", "NOTES.md");
    const passed = spawnSync("git", ["commit", "-m", "notes"], { cwd: repo, env: offline, encoding: "utf8" });
    expect(passed.stdout + passed.stderr).toMatch(/flowgate check\.+Passed/);
    expect(passed.stdout + passed.stderr).toMatch(/flowgate scan\.+\(no files to check\)Skipped/);
    expect([passed.status, git(repo, "log", "--format=%s", "-1").trim()]).toEqual([0, "notes"]);
  }, 120_000);
});
