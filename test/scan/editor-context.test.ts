// Issue 15/19: the editor's per-file analysis (core/analyze.ts analyzeFile, what the language server runs) finds the
// calls `flowgate check` resolves through the project's other files: same findings, positions and resolution steps.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { analyzeFile } from "../../core/analyze";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { ALL_CHECKS } from "../../core/features";
import { runGate } from "../../core/gate";
import type { Finding } from "../../core/kernel/findings";
import { MAX_CONTEXT_FILES } from "../../core/scan/context";
import * as javascriptEdit from "../../core/scan/javascript-edit";
import { ProjectSymbols } from "../../core/scan/project";
import * as pythonEdit from "../../core/scan/python-edit";
import { Scanner } from "../../core/scan/scan";
import { edits } from "./edits";
import { tempDir } from "../helpers/cli";

function project(files: Record<string, string>): string {
  const root = tempDir();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const brief = (f: Finding) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;

/** The editor's findings for one file (its text from `files` unless given), with the files it read. */
async function inEditor(root: string, rel: string, text: string, buffers: Record<string, string> = {}) {
  const linked: string[] = [];
  const findings = (await analyzeFile({ root, rel, text }, { config: DEFAULT_CONFIG, buffer: (file) => buffers[file], linked: (files) => files.forEach((f) => linked.push(f)) })) ?? [];
  return { findings, linked };
}

/** `flowgate check`'s findings in one file (the whole gate on the folder). */
async function inCheck(root: string, rel: string): Promise<Finding[]> {
  return (await runGate(ALL_CHECKS, { root, config: DEFAULT_CONFIG })).report.findings.filter((f) => f.file === rel);
}

const USE_JS = 'import { exec } from "./lib/shell";\n\nexec("ls");\n';
const SHELL_JS = 'export { exec } from "child_process";\n';
const HARMLESS = "export const exec = () => 0;\n";

describe("the editor sees the check's cross-file findings (scan/shell-command through project files)", () => {
  test("scan/shell-command: a JavaScript re-export (export { exec } from 'child_process') in lib/shell.js, with its resolution steps", async () => {
    const root = project({ "use.js": USE_JS, "lib/shell.js": SHELL_JS });
    const { findings, linked } = await inEditor(root, "use.js", USE_JS);
    expect(findings.map(brief)).toEqual(["use.js:3:1-3:5 scan/shell-command"]);
    expect(findings[0]!.properties!.resolution).toEqual([
      { line: 1, column: 1, endLine: 1, endColumn: 36, text: 'import { exec } from "./lib/shell";' },
      { file: "lib/shell.js", line: 1, column: 1, endLine: 1, endColumn: 38, text: 'export { exec } from "child_process";' },
    ]);
    expect(findings).toEqual(await inCheck(root, "use.js"));
    expect(linked).toContain("lib/shell.js");
  });

  test("scan/shell-command: a notebook's cell calling what tools.py binds to subprocess.run, placed in the notebook's JSON, as the check finds it", async () => {
    const cells = ["from tools import run\n", "run('x')\n"].map((source) => ({ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: [source] }));
    const nb = JSON.stringify({ cells, metadata: { kernelspec: { name: "python3", language: "python" } }, nbformat: 4, nbformat_minor: 5 }, null, 1);
    const root = project({ "nb.ipynb": nb, "tools.py": "import subprocess\nrun = subprocess.run\n" });
    const { findings, linked } = await inEditor(root, "nb.ipynb", nb);
    expect(findings.map(brief)).toEqual(["nb.ipynb:18:6-18:9 scan/shell-command"]);
    expect(findings).toEqual(await inCheck(root, "nb.ipynb"));
    expect(linked).toContain("tools.py");
  });

  test("scan/shell-command: through a barrel (lib/index.ts: export * from './shell')", async () => {
    const use = 'import { exec } from "./lib";\nexec("ls");\n';
    const root = project({ "use.ts": use, "lib/index.ts": 'export * from "./shell";\n', "lib/shell.ts": 'import { exec } from "child_process";\nexport { exec };\n' });
    const { findings } = await inEditor(root, "use.ts", use);
    expect(findings.map(brief)).toEqual(["use.ts:2:1-2:5 scan/shell-command"]);
    expect((findings[0]!.properties!.resolution as Array<{ file?: string }>).map((s) => s.file)).toEqual([undefined, "lib/index.ts", "lib/shell.ts"]);
    expect(findings).toEqual(await inCheck(root, "use.ts"));
  });

  test("scan/shell-command: Python `from shellhelp import run` and `import shellhelp` … shellhelp.run([...])", async () => {
    const fromImport = 'from shellhelp import run\n\nrun(["ls"])\n';
    const plainImport = 'import shellhelp\n\nshellhelp.run(["ls"])\n';
    const root = project({ "shellhelp.py": "from subprocess import run\n", "a.py": fromImport, "b.py": plainImport });
    const a = await inEditor(root, "a.py", fromImport);
    const b = await inEditor(root, "b.py", plainImport);
    expect(a.findings.map(brief)).toEqual(["a.py:3:1-3:4 scan/shell-command"]);
    expect(b.findings.map(brief)).toEqual(["b.py:3:1-3:14 scan/shell-command"]);
    expect(a.findings).toEqual(await inCheck(root, "a.py"));
    expect(b.findings).toEqual(await inCheck(root, "b.py"));
  });

  test("scan/shell-command: through a nested package.json's `#gw` (the nearest package.json governs; one without `imports` ends the lookup)", async () => {
    const use = 'import { exec } from "#gw";\nexec("ls");\n';
    const root = project({
      "package.json": '{ "name": "mono", "imports": { "#gw": "./lib/raw.js" } }\n',
      "lib/raw.js": 'export { exec } from "child_process";\n',
      "packages/agent/package.json": '{ "name": "@acme/agent", "imports": { "#gw": "./src/shell.js" } }\n',
      "packages/agent/src/shell.js": 'export { exec } from "child_process";\n',
      "packages/agent/src/use.js": use,
      "packages/quiet/package.json": '{ "name": "@acme/quiet" }\n',
      "packages/quiet/src/use.js": use,
    });
    const { findings } = await inEditor(root, "packages/agent/src/use.js", use);
    expect(findings.map(brief)).toEqual(["packages/agent/src/use.js:2:1-2:5 scan/shell-command"]);
    expect((findings[0]!.properties!.resolution as Array<{ file?: string }>).map((s) => s.file)).toEqual([undefined, "packages/agent/src/shell.js"]);
    expect(findings).toEqual(await inCheck(root, "packages/agent/src/use.js"));
    expect((await inEditor(root, "packages/quiet/src/use.js", use)).findings).toEqual([]);
    expect(await inCheck(root, "packages/quiet/src/use.js")).toEqual([]);
    // Kept until the package.json changes: remapped to a harmless file, nothing; its `imports` removed, nothing either.
    writeFileSync(join(root, "packages/agent/src/safe.js"), HARMLESS);
    writeFileSync(join(root, "packages/agent/package.json"), '{ "name": "@acme/agent", "imports": { "#gw": "./src/safe.js" } }\n');
    expect((await inEditor(root, "packages/agent/src/use.js", use)).findings).toEqual([]);
    writeFileSync(join(root, "packages/agent/package.json"), '{ "name": "@acme/agent" }\n');
    expect((await inEditor(root, "packages/agent/src/use.js", use)).findings).toEqual([]);
  });

  test("scan/shell-command: a member of the root's npm `workspaces` imported by its name from another member, as the check finds it", async () => {
    const use = 'const { run, sh } = require("@acme/tools");\nrun("id");\nsh("id");\n';
    const root = project({
      "package.json": '{ "name": "mono", "private": true, "workspaces": ["packages/*", "apps/*"] }\n',
      "packages/tools/package.json": '{ "name": "@acme/tools", "main": "src/index.js" }\n',
      "packages/tools/src/index.js": 'const cp = require("child_process");\nexports.run = (c) => c;\nexports.sh = cp.execSync;\n',
      "apps/agent/main.js": use,
    });
    const { findings, linked } = await inEditor(root, "apps/agent/main.js", use);
    expect(findings.map(brief)).toEqual(["apps/agent/main.js:3:1-3:3 scan/shell-command"]);
    expect(findings).toEqual(await inCheck(root, "apps/agent/main.js"));
    expect(linked).toContain("packages/tools/src/index.js");
    // Kept until a member's package.json changes: its entry moved to a harmless file, nothing.
    writeFileSync(join(root, "packages/tools/src/safe.js"), HARMLESS);
    writeFileSync(join(root, "packages/tools/package.json"), '{ "name": "@acme/tools", "main": "src/safe.js" }\n');
    expect((await inEditor(root, "apps/agent/main.js", use)).findings).toEqual([]);
  });

  test("scan/shell-command: a member of pnpm's workspace (pnpm-workspace.yaml `packages`) imported by its name, in the check and the editor", async () => {
    const use = 'import { sh } from "@acme/tools";\nsh("id");\n';
    const root = project({
      "package.json": '{ "name": "mono", "private": true }\n',
      "pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n  - apps/*\n",
      "packages/tools/package.json": '{ "name": "@acme/tools", "type": "module", "exports": "./src/index.js" }\n',
      "packages/tools/src/index.js": 'export { execSync as sh } from "child_process";\n',
      "apps/agent/main.js": use,
    });
    expect((await inEditor(root, "apps/agent/main.js", use)).findings.map(brief)).toEqual(["apps/agent/main.js:2:1-2:3 scan/shell-command"]);
    expect((await inCheck(root, "apps/agent/main.js")).map(brief)).toEqual(["apps/agent/main.js:2:1-2:3 scan/shell-command"]);
    // Kept until the workspace file changes, also when it appears after the first read.
    rmSync(join(root, "pnpm-workspace.yaml"));
    expect((await inEditor(root, "apps/agent/main.js", use)).findings).toEqual([]);
    writeFileSync(join(root, "pnpm-workspace.yaml"), "packages: [packages/*]\n");
    expect((await inEditor(root, "apps/agent/main.js", use)).findings.map(brief)).toEqual(["apps/agent/main.js:2:1-2:3 scan/shell-command"]);
  });

  test("scan/shell-command: through a tsconfig `paths` alias (@lib/* → src/lib/*)", async () => {
    const use = 'import { exec } from "@lib/shell";\nexec("ls");\n';
    const root = project({
      "tsconfig.json": '{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["src/lib/*"] } } }\n',
      "src/lib/shell.ts": 'export { exec } from "child_process";\n',
      "src/use.ts": use,
    });
    const { findings } = await inEditor(root, "src/use.ts", use);
    expect(findings.map(brief)).toEqual(["src/use.ts:2:1-2:5 scan/shell-command"]);
    expect(findings).toEqual(await inCheck(root, "src/use.ts"));
    // The aliases are kept per folder until a config file changes: remapped to a folder without the helper, nothing.
    writeFileSync(join(root, "tsconfig.json"), '{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["elsewhere/*"] } } }\n');
    expect((await inEditor(root, "src/use.ts", use)).findings).toEqual([]);
    // An alias leading out of the folder names nothing.
    const outside = `${root}-outside`;
    writeFileSync(join(root, "tsconfig.json"), `{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["../${basename(outside)}/*"] } } }\n`);
    mkdirSync(outside);
    writeFileSync(join(outside, "shell.ts"), 'export { exec } from "child_process";\n');
    expect((await inEditor(root, "src/use.ts", use)).findings).toEqual([]);
  });

  test("an open buffer of the helper is read before the disk: its unsaved edit adds or removes the importer's finding", async () => {
    const root = project({ "use.js": USE_JS, "lib/shell.js": SHELL_JS });
    expect((await inEditor(root, "use.js", USE_JS, { "lib/shell.js": "export const exec = () => 0;\n" })).findings).toEqual([]);
    const harmless = project({ "use.js": USE_JS, "lib/shell.js": "export const exec = () => 0;\n" });
    expect((await inEditor(harmless, "use.js", USE_JS)).findings).toEqual([]);
    expect((await inEditor(harmless, "use.js", USE_JS, { "lib/shell.js": SHELL_JS })).findings.map(brief)).toEqual(["use.js:3:1-3:5 scan/shell-command"]);
    // The disk changes under the kept symbols (a new stamp): read again.
    writeFileSync(join(harmless, "lib/shell.js"), `${SHELL_JS}// saved\n`);
    expect((await inEditor(harmless, "use.js", USE_JS)).findings.map(brief)).toEqual(["use.js:3:1-3:5 scan/shell-command"]);
  });

  test("a helper linked (file or folder) to outside the workspace is not read, as the check does not read it", async () => {
    const outside = project({ "shell.js": SHELL_JS, "lib/shell.js": SHELL_JS });
    const root = project({ "use.js": USE_JS, "use2.js": 'import { exec } from "./linked/shell";\nexec("ls");\n' });
    mkdirSync(join(root, "lib"));
    symlinkSync(join(outside, "shell.js"), join(root, "lib/shell.js"));
    symlinkSync(join(outside, "lib"), join(root, "linked"));
    expect((await inEditor(root, "use.js", USE_JS)).findings).toEqual([]);
    expect((await inEditor(root, "use2.js", 'import { exec } from "./linked/shell";\nexec("ls");\n')).findings).toEqual([]);
    expect(await inCheck(root, "use.js")).toEqual([]);
    // A link to a file inside the folder is read, as the check's walk reads it.
    mkdirSync(join(root, "real"));
    writeFileSync(join(root, "real/shell.js"), SHELL_JS);
    mkdirSync(join(root, "lib2"));
    symlinkSync("../real/shell.js", join(root, "lib2/shell.js"));
    const inside = 'import { exec } from "./lib2/shell";\nexec("ls");\n';
    writeFileSync(join(root, "use3.js"), inside);
    expect((await inEditor(root, "use3.js", inside)).findings.map(brief)).toEqual(["use3.js:2:1-2:5 scan/shell-command"]);
    expect((await inCheck(root, "use3.js")).map(brief)).toEqual(["use3.js:2:1-2:5 scan/shell-command"]);
    // A specifier climbing out of the folder names no project file.
    const escape = 'import { exec } from "../' + outside.split("/").pop() + '/shell";\nexec("ls");\n';
    expect((await inEditor(root, "use.js", escape)).findings).toEqual([]);
  });

  test("scan/shell-command: a helper in default-excluded vendor/ or behind a folder link into build/ is read as the check reads it; a scan.allow file is not", async () => {
    const use = 'import { exec } from "./vendor/shell";\n\nexec("ls");\n';
    const linkedUse = "from tools.ops import go\ngo(['ls'])\n";
    const root = project({ "use.js": use, "vendor/shell.js": SHELL_JS, "build/tools/ops.py": "from subprocess import run as go\n", "agent.py": linkedUse });
    symlinkSync("build/tools", join(root, "tools"));
    const { findings } = await inEditor(root, "use.js", use);
    expect(findings.map(brief)).toEqual(["use.js:3:1-3:5 scan/shell-command"]);
    expect(findings).toEqual(await inCheck(root, "use.js"));
    const linked = await inEditor(root, "agent.py", linkedUse);
    expect(linked.findings.map(brief)).toEqual(["agent.py:2:1-2:3 scan/shell-command"]);
    expect(linked.findings).toEqual(await inCheck(root, "agent.py"));
    // The gateway's own files are never read for what they hand over, in the editor as in the check.
    const allowed = { ...DEFAULT_CONFIG, scan: { ...DEFAULT_CONFIG.scan, allow: ["vendor/**"] } };
    expect((await analyzeFile({ root, rel: "use.js", text: use }, { config: allowed })) ?? []).toEqual([]);
    expect((await runGate(ALL_CHECKS, { root, config: allowed })).report.findings.filter((f) => f.file === "use.js")).toEqual([]);
  });

  test("an import cycle ends: a.js and b.js re-export each other, and b.js also child_process's exec", async () => {
    const use = 'import { exec, spawn } from "./a";\nexec("ls");\nspawn("x");\n';
    const root = project({ "a.js": 'export * from "./b";\n', "b.js": 'export * from "./a";\nexport { exec } from "child_process";\n', "use.js": use });
    const { findings } = await inEditor(root, "use.js", use);
    expect(findings.map(brief)).toEqual(["use.js:2:1-2:5 scan/shell-command"]);
    expect(findings).toEqual(await inCheck(root, "use.js"));
  });

  test(`a hostile import graph: of 300 imported helpers at most ${MAX_CONTEXT_FILES} are read, and 10,000 imports of missing files end`, async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`h/m${i}.js`] = `export { exec as e${i} } from "child_process";\n`;
    const use = Array.from({ length: 300 }, (_, i) => `import { e${i} } from "./h/m${i}";\n`).join("") + Array.from({ length: 300 }, (_, i) => `e${i}("x");\n`).join("");
    const root = project({ ...files, "use.js": use });
    const { findings } = await inEditor(root, "use.js", use);
    expect(findings.length).toBe(MAX_CONTEXT_FILES);
    expect(brief(findings[MAX_CONTEXT_FILES - 1]!)).toBe(`use.js:${300 + MAX_CONTEXT_FILES}:1-${300 + MAX_CONTEXT_FILES}:5 scan/shell-command`);
    const many = Array.from({ length: 10_000 }, (_, i) => `import { e${i} } from "./gone/m${i}";\n`).join("") + 'require("child_process").exec("ls");\n';
    // A specifier through a file (lib/x.js/y: ENOTDIR on disk) names nothing, and the folder gone is no error.
    const through = 'import { e0 } from "./h/m0.js/y";\nimport { e1 } from "./h/m1";\ne1("x");\n';
    expect((await inEditor(root, "through.js", through)).findings.map(brief)).toEqual(["through.js:3:1-3:3 scan/shell-command"]);
    expect((await analyzeFile({ root: join(root, "gone"), rel: "use.js", text: USE_JS }, { config: DEFAULT_CONFIG }))!).toEqual([]);
    const flood = await inEditor(root, "many.js", many);
    expect(flood.findings.map(brief)).toEqual(["many.js:10001:1-10001:30 scan/shell-command"]);
    expect(flood.linked.length).toBe(16 * MAX_CONTEXT_FILES);
  });

  test("a keystroke in the importing buffer scans none of its imports again; a changed import is scanned again", async () => {
    const root = project({ "use.js": USE_JS, "lib/index.js": 'export * from "./shell";\n', "lib/shell.js": SHELL_JS });
    const use = 'import { exec } from "./lib";\n\nexec("ls");\n';
    const scan = vi.spyOn(Scanner.prototype, "scan");
    try {
      const scanned = () => scan.mock.calls.map(([file]) => file).filter((file) => file !== "use.js");
      expect((await inEditor(root, "use.js", use)).findings.map(brief)).toEqual(["use.js:3:1-3:5 scan/shell-command"]);
      // lib/index.js twice, as in the check: once for its links, once more with the table (it re-exports a watched value).
      expect(scanned().sort()).toEqual(["lib/index.js", "lib/index.js", "lib/shell.js"]);
      scan.mockClear();
      // Keystrokes: the call moves down a line, then back.
      expect((await inEditor(root, "use.js", use.replace("\n\n", "\n\n\n"))).findings.map(brief)).toEqual(["use.js:4:1-4:5 scan/shell-command"]);
      expect((await inEditor(root, "use.js", use)).findings.map(brief)).toEqual(["use.js:3:1-3:5 scan/shell-command"]);
      expect(scanned()).toEqual([]);
      // The helper's buffer differs from what was kept: it alone is scanned again.
      expect((await inEditor(root, "use.js", use, { "lib/shell.js": HARMLESS })).findings).toEqual([]);
      expect(scanned()).toEqual(["lib/shell.js"]);
    } finally {
      scan.mockRestore();
    }
  });

  test("scan/shell-command through a helper that binds an imported value (export const run = exec): its steps follow the helper's edits", async () => {
    const use = 'import { run } from "./lib/wrap";\nrun("ls");\n';
    const root = project({ "use.js": use, "lib/wrap.js": 'import { exec } from "./shell";\nexport const run = exec;\n', "lib/shell.js": SHELL_JS });
    const first = (await inEditor(root, "use.js", use)).findings;
    expect(first.map(brief)).toEqual(["use.js:2:1-2:4 scan/shell-command"]);
    expect(first).toEqual(await inCheck(root, "use.js"));
    // The re-export moves two lines down: the kept scan of lib/wrap.js is not reused with the old step.
    writeFileSync(join(root, "lib/shell.js"), `// a\n// b\n${SHELL_JS}`);
    const moved = (await inEditor(root, "use.js", use)).findings;
    expect((moved[0]!.properties!.resolution as Array<{ file?: string; line: number }>).find((s) => s.file === "lib/shell.js")!.line).toBe(3);
    expect(moved).toEqual(await inCheck(root, "use.js"));
  });

  test("a file importing no project file is scanned alone (nothing looked for)", async () => {
    const text = 'import { exec } from "child_process";\nexec("ls");\n';
    const root = project({ "solo.js": text });
    const { findings, linked } = await inEditor(root, "solo.js", text);
    expect(findings.map(brief)).toEqual(["solo.js:2:1-2:5 scan/shell-command"]);
    expect(linked).toEqual([]);
  });
});

describe("scan/analysis-pending with cross-file findings: a slow parse of a buffer that imports a project helper", () => {
  test("the interim findings keep the cross-file finding (moved by the edit); the finished ones equal flowgate check's", async () => {
    // 5,000 lines of Python importing `run` from a helper that re-exports subprocess.run; one `(` left open on line 4
    // makes tree-sitter's error recovery over the rest slow (test/scan/paused-parse.test.ts).
    const lines = ["from helper import run", "import os"];
    for (let i = 0; lines.length < 5000; i++) lines.push(`def task_${i}(path, items):`, `    total = sum(len(x) for x in items if x)`, i % 50 === 0 ? `    return run(["wc", path])` : `    return {"path": path, "total": total}`, "");
    const text = lines.slice(0, 5000).join("\n") + "\n";
    const root = project({ "use.py": text, "helper.py": "from subprocess import run\n" });
    const calls = Array.from({ length: 25 }, (_, i) => `use.py:${5 + 200 * i}:12-${5 + 200 * i}:15 scan/shell-command`);
    const analyze = (t: string, parseSliceMs?: number) => analyzeFile({ root, rel: "use.py", text: t }, { config: DEFAULT_CONFIG, parseSliceMs });
    expect((await analyze(text, 1))!.map(brief)).toEqual(calls);
    const broken = text.replace("    total = sum(", "    total = (sum(");
    const interim = (await analyze(broken, 1))!;
    expect(interim.map((f) => f.rule)).toEqual(["scan/analysis-pending", ...calls.map(() => "scan/shell-command")]);
    expect(interim.slice(1).map(brief)).toEqual(calls);
    expect((interim[1]!.properties!.resolution as Array<{ file?: string }>).map((s) => s.file)).toEqual([undefined, "helper.py"]);
    let finished = interim;
    for (let scans = 0; finished[0]?.rule === "scan/analysis-pending"; scans++) {
      expect(scans).toBeLessThan(100_000);
      finished = (await analyze(broken, 1))!;
    }
    writeFileSync(join(root, "use.py"), broken);
    expect(finished).toEqual(await inCheck(root, "use.py"));
  }, 60_000);
});

describe("an edited buffer that imports a project helper re-analyses only its edited statements, as one without does", () => {
  const PY = ["from helper import run", "import os", "", ...Array.from({ length: 30 }, (_, i) => (i % 5 === 0 ? `def task_${i}(p):\n    return run(["wc", p])\n` : `def task_${i}(p):\n    return os.path.join(p, "${i}")\n`))].join("\n");
  const JS = ['import { exec } from "./helper.js";', 'import path from "node:path";', "", ...Array.from({ length: 30 }, (_, i) => `export function task${i}(p) {\n  const a = p + "/${i}";\n  const b = a.trim();\n  return ${i % 5 === 0 ? 'exec("wc " + b)' : "path.join(b, a)"};\n}\n`)].join("\n");
  const PY_SNIPPETS = ["x", "\n", "    ", "# ", '"', "(", ")", "\nrun('ls')\n", "\ndef f(run):\n    run('x')\n", "\nrun = print\n", "os.system('x'); ", "import subprocess\n"];
  const JS_SNIPPETS = ["x", "\n", "  ", "// ", '"', "(", ")", "{", "}", '\nexec("ls");\n', "\nfunction f(exec) { exec(1); }\n", "\nconst exec = console.log;\n", 'import cp from "node:child_process";\n'];
  test.each([
    ["Python", pythonEdit, "reanalyzePython", "use.py", PY, "helper.py", "from subprocess import run\n", PY_SNIPPETS],
    ["JavaScript", javascriptEdit, "reanalyzeJavaScript", "use.js", JS, "helper.js", 'export { exec } from "child_process";\n', JS_SNIPPETS],
  ] as const)("scan/shell-command, %s: 40 random edits, each step equal to a fresh scan with the project; some answered by the re-analysis", async (_language, module, name, path, original, helper, helperText, snippets) => {
    const target = module as Record<string, (...args: unknown[]) => unknown>;
    const real = target[name]!;
    let answers = 0;
    let answeredWithProject = 0;
    vi.spyOn(target, name).mockImplementation((...args: unknown[]) => {
      const answer = real(...args);
      if (answer !== undefined) answers++;
      return answer;
    });
    const [editor, fresh] = await Promise.all([Scanner.create(), Scanner.create()]);
    const helperSymbols = fresh.scan(helper, helperText).symbols!;
    for (const [step, text] of [original, ...edits(original, 40, snippets, 29)].entries()) {
      const own = fresh.scan(path, text).symbols;
      const project = new ProjectSymbols(new Map([[helper, helperSymbols], ...(own ? [[path, own] as const] : [])]));
      const before = answers;
      const findings = editor.scanSource(path, text, project);
      // Counted only where the file resolves through the project (an edit of its import line makes it a plain scan).
      if (answers > before && project.importsWatched(path)) answeredWithProject++;
      const expected = fresh.scan(path, text, false, project).findings;
      // The helper's calls resolve through the project: task_0, task_5, … (six of them).
      if (step === 0) expect(findings.filter((f) => f.rule === "scan/shell-command")).toHaveLength(6);
      if (!findings.concat(expected).some((f) => f.rule === "scan/parse-error")) expect(findings, `step ${step}`).toEqual(expected);
    }
    expect(answeredWithProject).toBeGreaterThan(0);
    vi.restoreAllMocks();
  });
});
