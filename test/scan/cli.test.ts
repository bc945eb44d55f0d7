import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { describe, expect, test } from "vitest";
import { kindsOf } from "../../core/analyze";
import { parseConfig } from "../../core/config/load";
import { WASM_FILES } from "../../core/scan/parser";
import { git, gitRepoFrom, REPO, runBuiltCli, runCli, tempDir } from "../helpers/cli";

/** Exactly the planted violations of examples/agent (documented in examples/README.md). */
const PLANTED = [
  "examples/agent/llm.py:16:14-16:20 error scan/model-sdk",
  "examples/agent/models.ts:11:25-11:34 error scan/model-sdk",
  "examples/agent/models.ts:18:4-18:30 note scan/unused-suppression",
  "examples/agent/planner.py:24:14-24:16 error scan/shell-command",
  "examples/agent/planner.py:30:5-30:18 error scan/network-call",
  "examples/agent/tools.py:21:14-21:23 error scan/shell-command",
  "examples/agent/web.ts:19:21-19:26 error scan/network-call",
  "examples/agent/web.ts:25:3-25:8 error scan/shell-command",
];
type JsonFinding = { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; category?: string };
const brief = (f: JsonFinding) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.rule}`;

describe("flowgate scan", () => {
  test("examples/ reports exactly the planted violations", async () => {
    const run = await runCli(["scan", "examples/", "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map(brief)).toEqual(PLANTED);
    // Every file is parsed: gateway.ts hands the global object to a cast (`(globalThis as …)`), which a computed key could read (`eval`, `fetch`).
    expect(report.details.scan).toMatchObject({ files: 6, parsed: 6, skipped: 0, allowed: [], byCategory: { model: 2, network: 2, shell: 3 } });
  });

  test("SARIF carries each result's category in properties and each rule's help", async () => {
    const run = await runCli(["scan", "examples/agent/web.ts", "--format", "sarif"]);
    const sarif = JSON.parse(run.stdout);
    const results = sarif.runs[0].results;
    expect(results.map((r: { ruleId: string; properties: { category: string } }) => [r.ruleId, r.properties.category])).toEqual([
      ["scan/network-call", "network"],
      ["scan/shell-command", "shell"],
    ]);
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(["scan/network-call", "scan/shell-command"]);
    for (const r of rules) expect(r.help.text).toContain("registered tool");
    expect(results[1].properties).toMatchObject({ module: "child_process", member: "exec", target: "child_process.exec" });
  });

  test("every report format renders", async () => {
    for (const format of ["text", "json", "sarif", "markdown", "junit"]) {
      const run = await runCli(["scan", "examples/agent", "--format", format]);
      expect(run.code, format).toBe(1);
      expect(run.stdout.length, format).toBeGreaterThan(100);
    }
    const md = await runCli(["scan", "examples/agent", "--format", "markdown"]);
    expect(md.stdout).toContain("7 calls bypass the tool gateway");
    expect(md.stdout).toContain("| shell | 3 |");
  });

  test("a missing path is a usage error; --new-only needs --base", async () => {
    expect((await runCli(["scan", "no/such/dir"])).code).toBe(2);
    expect((await runCli(["scan", "examples", "--new-only"])).stderr).toContain("--new-only needs --base");
    expect((await runCli(["scan", "examples", "--jobs", "0"])).code).toBe(2);
  });

  test("`flowgate check` includes the scan", async () => {
    const run = await runCli(["check", "examples", "--format", "json", "--only", "scan"]);
    const report = JSON.parse(run.stdout);
    expect(report.checks.map((c: { name: string }) => c.name)).toEqual(["scan"]);
    expect(report.findings.map(brief)).toEqual(PLANTED.map((p) => p.replace("examples/", "")));
  });
});

describe("files the scan cannot read", () => {
  test("unparseable, binary and oversized files get one finding each and the scan goes on", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.py"), "import os\ndef f(:\n    pass\nos.system('x')\n");
    writeFileSync(join(dir, "blob.js"), Buffer.from([0x66, 0x65, 0x74, 0x63, 0x68, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, "huge.ts"), `fetch("u");\n${"// padding\n".repeat(200)}`);
    writeFileSync(join(dir, "ok.ts"), 'fetch("u");\n');
    writeFileSync(join(dir, ".flowgate.yml"), "limits:\n  max-file-bytes: 1000\n");
    const run = await runCli(["scan", "--format", "json"], { cwd: dir });
    const findings = JSON.parse(run.stdout).findings as Array<JsonFinding & { message: string }>;
    expect(findings.map((f) => `${brief(f)} ${f.message}`)).toEqual([
      "blob.js:1:1-1:1 error scan/skipped-file Not scanned: binary content (NUL bytes).",
      "broken.py:2:7-2:8 error scan/parse-error This Python file does not parse here; the scan cannot vouch for the calls around the error.",
      "broken.py:4:1-4:10 error scan/shell-command `os.system` starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.",
      "huge.ts:1:1-1:1 error scan/skipped-file Not scanned: 2212 bytes is over the 1000-byte limit (limits.max-file-bytes).",
      "ok.ts:1:1-1:6 error scan/network-call `fetch` makes a network call directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.",
    ]);
  });

  test("allow globs, exclude globs and *.d.ts are not scanned", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "gateway"));
    mkdirSync(join(dir, "scripts"));
    writeFileSync(join(dir, "gateway/http.py"), "import requests\nrequests.get('u')\n");
    writeFileSync(join(dir, "scripts/dev.py"), "import os\nos.system('x')\n");
    writeFileSync(join(dir, "types.d.ts"), "declare function fetch(u: string): void;\n");
    writeFileSync(join(dir, "agent.py"), "import requests\nrequests.get('u')\n");
    writeFileSync(join(dir, ".flowgate.yml"), "scan:\n  allow: ['gateway/**']\n  exclude: ['scripts/**']\n");
    const report = JSON.parse((await runCli(["scan", "--format", "json"], { cwd: dir })).stdout);
    expect(report.findings.map(brief)).toEqual(["agent.py:2:1-2:13 error scan/network-call"]);
    expect(report.details.scan.allowed).toEqual(["gateway/http.py"]);
  });
});

describe("scan/shell-command through the built CLI: a module named by an array or list joined", () => {
  test("files holding only that line pass the prefilter and are found (require, a const, import(), __import__, import_module)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.js"), 'require(["child", "process"].join("_")).exec("ls");\n');
    writeFileSync(join(dir, "b.js"), 'const m = ["child", "process"].join("_");\nrequire(m).exec("ls");\n');
    writeFileSync(join(dir, "c.mjs"), 'import(["node", "child_process"].join(":")).then((m) => m.exec("ls"));\n');
    writeFileSync(join(dir, "d.py"), '__import__("".join(["sub", "process"])).run("x")\n');
    writeFileSync(join(dir, "e.py"), 'import importlib\nimportlib.import_module("".join(("sub", "process"))).run("x")\n');
    // "sub_process" is no module.
    writeFileSync(join(dir, "f.py"), 'import importlib\nimportlib.import_module("_".join(("sub", "process"))).run("x")\n');
    const run = runBuiltCli(["scan", ".", "--format", "json"], { cwd: dir });
    expect((JSON.parse(run.stdout).findings as JsonFinding[]).map(brief)).toEqual(["a.js:1:1-1:45 error scan/shell-command", "b.js:2:1-2:16 error scan/shell-command", "c.mjs:1:57-1:63 error scan/shell-command", "d.py:1:1-1:44 error scan/shell-command", "e.py:2:1-2:57 error scan/shell-command"]);
  });
});

describe("`scan -j N` through the built CLI: workers started before the bundle loads (core/scan/prestart.ts)", () => {
  test("they scan what one thread finds; a run that ends before scanning exits at once with its own error", () => {
    const dir = tempDir();
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `f${String(i).padStart(2, "0")}.js`), i % 4 === 0 ? 'require("child_process").exec("ls");\n' : "gateway.call();\n");
    const one = runBuiltCli(["scan", ".", "--format", "json", "--jobs", "1"], { cwd: dir });
    const two = runBuiltCli(["scan", ".", "--format", "json", "--jobs", "2"], { cwd: dir });
    expect(JSON.parse(one.stdout).findings.length).toBe(10);
    expect(JSON.parse(two.stdout).findings).toEqual(JSON.parse(one.stdout).findings);
    expect(two.code).toBe(1);
    // The workers started for it keep no process alive: without that the run would not end (the test would time out).
    const missing = runBuiltCli(["scan", "no/such/dir", "-j", "2"], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("no/such/dir")]);
  });
});

describe("scan/excluded-sources: source files in default-excluded folders", () => {
  function workspace(config?: string): string {
    const dir = tempDir();
    for (const d of ["pkg/vendor/tools", "build", "dist", "node_modules/p", "scripts/vendor"]) mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(join(dir, "pkg/vendor/tools/run.py"), "import os\nos.system('ls')\n");
    writeFileSync(join(dir, "pkg/vendor/tools/notes.md"), "# not source\n");
    writeFileSync(join(dir, "build/gen.js"), "fetch('u');\n");
    writeFileSync(join(dir, "dist/types.d.ts"), "declare const x: number;\n");
    writeFileSync(join(dir, "node_modules/p/index.js"), "require('child_process').exec('x');\n");
    writeFileSync(join(dir, "scripts/vendor/dev.py"), "import os\nos.system('x')\n");
    writeFileSync(join(dir, "agent.py"), "print('hi')\n");
    writeFileSync(join(dir, ".flowgate.yml"), `scan:\n  exclude: ['scripts/**']\n${config ?? ""}`);
    return dir;
  }
  test("one note counts them (not *.d.ts, node_modules, non-source files, or folders the configuration excludes) and names the setting; the markdown summary says it too", async () => {
    const dir = workspace();
    const report = JSON.parse((await runCli(["scan", "--format", "json"], { cwd: dir })).stdout);
    expect(report.findings.map((f: JsonFinding & { message: string }) => `${brief(f)} ${f.message}`)).toEqual([
      "build/gen.js:1:1-1:1 note scan/excluded-sources 2 source files were not scanned in default-excluded folders (build/, pkg/vendor/); set `scan.default-excludes: false` to scan them.",
    ]);
    expect(report.details.scan.excluded).toBe(2);
    expect((await runCli(["check", "--only", "scan", "--format", "markdown"], { cwd: dir })).stdout).toContain("Not scanned in default-excluded folders (dist, build, vendor …): 2 source files; `scan.default-excludes: false` scans them.");
  });
  test("`scan.default-excludes: false` scans them (node_modules and configured excludes stay out) and no note is given", async () => {
    const report = JSON.parse((await runCli(["scan", "--format", "json"], { cwd: workspace("  default-excludes: false\n") })).stdout);
    expect(report.findings.map(brief)).toEqual(["build/gen.js:1:1-1:6 error scan/network-call", "pkg/vendor/tools/run.py:2:1-2:10 error scan/shell-command"]);
    expect(report.details.scan.excluded).toBe(0);
  });
  test("the editor's selection agrees (kindsOf): a vendor/ file is scanned only under `scan.default-excludes: false`; node_modules never", () => {
    const on = parseConfig(".flowgate.yml", "scan:\n  default-excludes: false\n");
    const off = parseConfig(".flowgate.yml", "");
    expect([kindsOf("pkg/vendor/tools/run.py", off), kindsOf("pkg/vendor/tools/run.py", on), kindsOf("node_modules/p/index.js", on), kindsOf("build/flow.flow.yaml", on)]).toEqual([[], ["scan"], [], []]);
  });
  test("with --changed-files the changed files in default-excluded folders are scanned, not counted", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "changed.txt"), "pkg/vendor/tools/run.py\nagent.py\n");
    const report = JSON.parse((await runCli(["scan", "--changed-files", "changed.txt", "--format", "json"], { cwd: dir })).stdout);
    // What a change adds or edits is judged wherever it lives (a pull request could otherwise hide its call in vendor/).
    expect(report.findings.map(brief)).toEqual(["pkg/vendor/tools/run.py:2:1-2:10 error scan/shell-command"]);
  });
});

describe("diff-aware scanning", () => {
  function repoWithChange(): string {
    const dir = gitRepoFrom(undefined);
    writeFileSync(join(dir, "old.py"), "import os\nos.system('old')\n");
    writeFileSync(join(dir, "touched.py"), "import os\nos.system('before')\n");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "base files");
    git(dir, "branch", "base");
    writeFileSync(join(dir, "touched.py"), "import os\nos.system('before')\nos.system('added')\n");
    writeFileSync(join(dir, "new.ts"), 'fetch("u");\n');
    return dir;
  }

  test("--base REV scans only changed files; --new-only keeps findings on added lines", async () => {
    const dir = repoWithChange();
    const changed = JSON.parse((await runCli(["scan", "--base", "base", "--format", "json"], { cwd: dir })).stdout);
    expect(changed.findings.map(brief)).toEqual(["new.ts:1:1-1:6 error scan/network-call", "touched.py:2:1-2:10 error scan/shell-command", "touched.py:3:1-3:10 error scan/shell-command"]);
    const added = JSON.parse((await runCli(["scan", "--base", "base", "--new-only", "--format", "json"], { cwd: dir })).stdout);
    expect(added.findings.map(brief)).toEqual(["new.ts:1:1-1:6 error scan/network-call", "touched.py:3:1-3:10 error scan/shell-command"]);
  });

  test("--changed-files - reads the list from standard input", async () => {
    const dir = repoWithChange();
    const run = await runCli(["scan", "--changed-files", "-", "--format", "json"], { cwd: dir, stdin: "old.py\n./new.ts\n" });
    expect(JSON.parse(run.stdout).findings.map(brief)).toEqual(["new.ts:1:1-1:6 error scan/network-call", "old.py:2:1-2:10 error scan/shell-command"]);
  });

  test("flowgate check --base --new-only applies to the scan too", async () => {
    const dir = repoWithChange();
    const run = await runCli(["check", ".", "--base", "base", "--new-only", "--only", "scan", "--format", "json"], { cwd: dir });
    expect(JSON.parse(run.stdout).findings.map(brief)).toEqual(["new.ts:1:1-1:6 error scan/network-call", "touched.py:3:1-3:10 error scan/shell-command"]);
  });
});

test("the CLI bundle scans with the grammars next to it (no node_modules needed)", () => {
  const dir = tempDir();
  // As scripts/build.mjs lays out dist/: the bundle, and the WASM files in wasm/ beside it.
  buildSync({ entryPoints: [join(REPO, "cli/bin.ts")], bundle: true, platform: "node", format: "cjs", outfile: join(dir, "dist/cli.js"), mainFields: ["module", "main"], logLevel: "warning" });
  mkdirSync(join(dir, "dist/wasm"));
  for (const file of WASM_FILES) copyFileSync(join(REPO, "node_modules/@vscode/tree-sitter-wasm/wasm", file), join(dir, "dist/wasm", file));
  writeFileSync(join(dir, "a.py"), "import subprocess as sp\nsp.run(['ls'])\n");
  // Copied away from the repository, so the grammars can only come from dist/wasm.
  const out = (() => {
    try {
      return execFileSync(process.execPath, [join(dir, "dist/cli.js"), "scan", "a.py", "--format", "json"], { cwd: dir, encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      return (e as { stdout: string }).stdout;
    }
  })();
  expect(JSON.parse(out).findings.map(brief)).toEqual(["a.py:2:1-2:7 error scan/shell-command"]);
});

test("a syntax tree too costly to search (broken, deeply nested code) is skipped with a note instead of hanging", async () => {
  const { Scanner } = await import("../../core/scan/scan");
  // 10,000 unclosed parentheses parse in ~2 ms, but tree-sitter's query time grows quadratically on such error
  // trees (~0.2 s for one pattern here, 5.5 s at 30,000).
  const scanner = await Scanner.create({ timeLimitMs: 50 });
  const result = scanner.scan("hostile.js", `fetch${"(".repeat(10_000)}`);
  expect(result.findings.map((f) => [f.rule, f.line, f.column])).toEqual([
    ["scan/parse-error", 1, 1],
    ["scan/skipped-file", 1, 1],
  ]);
  expect(result.skipped).toBe("searching the syntax tree took over 50 ms (deeply nested or broken code)");
});

test("a file whose parse runs past the time limit (one `(` above 20,000 lines of Python: 13 s unbounded) is skipped, and the parser is sound afterwards", async () => {
  const { Scanner } = await import("../../core/scan/scan");
  const scanner = await Scanner.create({ timeLimitMs: 50 });
  const body = Array.from({ length: 5000 }, (_, i) => `def task_${i}(path, items):\n    total = sum(len(x) for x in items if x)\n    return {"id": ${i}}\n`).join("\n");
  const hostile = `import subprocess\n\n${body.replace("total = sum", "total = (sum")}\nsubprocess.run("x")\n`;
  for (const keep of [false, true]) {
    const result = scanner.scan("hostile.py", hostile, keep);
    expect(result.findings.map((f) => [f.rule, f.severity, f.line, f.column])).toEqual([["scan/skipped-file", "error", 1, 1]]);
    expect(result.skipped).toBe("parsing took over 50 ms (deeply nested or broken code)");
  }
  // A cancelled parse left in the parser would be resumed by the next call and return the wrong tree.
  expect(scanner.scan("ok.py", 'import subprocess\nsubprocess.run("x")\n').findings.map((f) => [f.rule, f.line, f.column])).toEqual([["scan/shell-command", 2, 1]]);
});

test("a file over LARGE_FILE_CHARS gets EXTRA_MS_PER_MB more time per MB beyond it: the same code padded to 2.5 MB is judged where alone it is skipped", async () => {
  const { EXTRA_MS_PER_MB, LARGE_FILE_CHARS, Scanner } = await import("../../core/scan/scan");
  const scanner = await Scanner.create({ timeLimitMs: 1 });
  const code = `const cp = require("child_process");\n${Array.from({ length: 400 }, (_, i) => `function task${i}(a) { return a.map((x) => x + ${i}); }`).join("\n")}\ncp.exec("x");\n`;
  const padding = `const text = "${"x".repeat(2_500_000)}";\n`;
  expect(scanner.scan("small.js", code).findings.map((f) => [f.rule, f.line])).toEqual([["scan/skipped-file", 1]]);
  // 1 ms + (2.5 MB - 0.5 MB) × 4 s: some 8 s for what takes a few hundred milliseconds.
  expect(Math.round(((padding.length + code.length - LARGE_FILE_CHARS) / 2 ** 20) * EXTRA_MS_PER_MB)).toBeGreaterThan(7000);
  expect(scanner.scan("large.js", padding + code).findings.map((f) => [f.rule, f.line])).toEqual([["scan/shell-command", 403]]);
});

describe("flowgate scan --base", () => {
  test("an unknown revision is a usage error that says so, as for check", async () => {
    const dir = gitRepoFrom(undefined);
    const r = await runCli(["scan", "--base", "no-such-rev"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, "flowgate scan: --base no-such-rev: no such commit in this repository\nRun `flowgate scan --help` for usage.\n"]);
  });
});
