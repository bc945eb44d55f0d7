import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { scanFiles } from "../../core/scan/run";
import { runCli, tempDir } from "../helpers/cli";

// An excluded file (`exclude`, `scan.exclude`, a default-excluded folder) is not judged, but a judged file's import of
// it is followed: its exports resolve the judged file's calls, its own calls stay unreported.

function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

type JsonFinding = { file: string; line: number; column: number; rule: string };

/** The whole-tree scan's findings as "file:line:column rule" (notes too). */
async function scan(dir: string): Promise<string[]> {
  const run = await runCli(["scan", ".", "--format", "json"], { cwd: dir });
  return (JSON.parse(run.stdout).findings as JsonFinding[]).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`);
}

describe("imports of excluded project files are followed, their own calls not judged", () => {
  test("scan/shell-command: Python, a name imported from a file `exclude` leaves out, reported at the call only", async () => {
    const dir = project({
      ".flowgate.yml": 'exclude: ["scripts/**"]\n',
      "scripts/__init__.py": "",
      "scripts/ops.py": "import os\nos.system('make')\nfrom subprocess import run as go\n",
      "agent/main.py": "from scripts.ops import go\n\nif True:\n    go(['ls'])\n",
    });
    expect(await scan(dir)).toEqual(["agent/main.py:4:5 scan/shell-command"]);
  });

  test("scan/shell-command: TypeScript, a re-export and a namespace import of a file `scan.exclude` leaves out", async () => {
    const dir = project({
      ".flowgate.yml": 'scan:\n  exclude: ["tools/**"]\n',
      "tools/sh.ts": 'export { exec } from "child_process";\n',
      "tools/index.ts": 'export * from "./sh";\n',
      "agent/app.ts": 'import { exec as run } from "../tools";\nimport * as sh from "../tools/sh";\nrun("ls");\nconst x = 1; sh.exec("pwd");\n',
    });
    expect(await scan(dir)).toEqual(["agent/app.ts:3:1 scan/shell-command", "agent/app.ts:4:14 scan/shell-command"]);
  });

  test("scan/shell-command: Python and JavaScript through a default-excluded vendor/ folder (counted in its note, still unjudged)", async () => {
    const dir = project({
      "vendor/shellx/__init__.py": "from subprocess import run\n",
      "vendor/sh.js": 'module.exports = require("child_process");\n',
      "agent.py": "from vendor.shellx import run\nrun(['ls'])\n",
      "app.js": 'const cp = require("./vendor/sh");\n\ncp.execSync("ls");\n',
    });
    expect(await scan(dir)).toEqual(["agent.py:2:1 scan/shell-command", "app.js:3:1 scan/shell-command", "vendor/sh.js:1:1 scan/excluded-sources"]);
  });

  test("scan/shell-command: a folder link into build/ is followed to the file it names; a link out of the workspace is not", async () => {
    const outside = project({ "ops.py": "from subprocess import run as go\n" });
    const dir = project({
      "build/tools/ops.py": "from subprocess import run as go\n",
      "agent.py": "from tools.ops import go\ngo(['ls'])\n",
      "other/use.py": "from outside.ops import go\ngo(['ls'])\n",
    });
    symlinkSync("build/tools", join(dir, "tools"));
    symlinkSync(outside, join(dir, "other/outside"));
    expect(await scan(dir)).toEqual(["agent.py:2:1 scan/shell-command", "build/tools/ops.py:1:1 scan/excluded-sources"]);
    // `flowgate check` notes the link out (workspace/not-read); the scan neither reads it nor resolves through it.
  });

  test("clean: an imported excluded file offering nothing watched, an excluded crossing nobody imports, packages under node_modules/.venv", async () => {
    const dir = project({
      ".flowgate.yml": 'exclude: ["scripts/**"]\n',
      "scripts/__init__.py": "",
      "scripts/ops.py": "def go(args):\n    print(args)\n",
      "scripts/deploy.py": "import os\nos.system('make deploy')\n",
      "scripts/deploy.js": 'require("child_process").execSync("make deploy");\n',
      "node_modules/shellpkg/index.js": 'module.exports = require("child_process");\n',
      ".venv/lib/python3.12/site-packages/shellx/__init__.py": "from subprocess import run\n",
      "agent/main.py": "from scripts.ops import go\nfrom shellx import run\ngo(['ls'])\nrun(['ls'])\n",
      "agent/app.js": 'const sh = require("shellpkg");\nsh.execSync("ls");\n',
    });
    expect(await scan(dir)).toEqual([]);
  });

  test("only the paths judged files' imports name are asked for: no excluded folder is read whole", async () => {
    const dir = project({
      "scripts/ops.py": "from subprocess import run as go\n",
      "scripts/deploy.py": "from subprocess import run\n",
      "agent/main.py": "from scripts.ops import go\ngo(['ls'])\n",
    });
    const asked: string[] = [];
    const on = new Set(["scripts/ops.py", "scripts/deploy.py"]);
    const run = await scanFiles({ root: dir, files: ["agent/main.py"], excluded: { has: (file) => (asked.push(file), on.has(file)) }, workers: 1 });
    expect(run.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual(["agent/main.py:2:1 scan/shell-command"]);
    expect(run.files).toBe(1);
    expect(asked).toContain("scripts/ops.py");
    expect(asked).not.toContain("scripts/deploy.py");
  });
});
