import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { throughChangedLinks } from "../../core/gate";
import { walkFiles } from "../../core/kernel/files";
import { runCli, tempDir } from "../helpers/cli";

// A folder link inside the workspace into a folder the walk does not enter (`tools -> build/tools`) is walked under
// its own name, once per real folder, and its files judged there (red-team p78); other folder links are not followed.

function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

type JsonFinding = { file: string; line: number; column: number; rule: string };

async function scan(dir: string): Promise<{ code: number; findings: string[] }> {
  const run = await runCli(["scan", ".", "--format", "json"], { cwd: dir });
  return { code: run.code, findings: (JSON.parse(run.stdout).findings as JsonFinding[]).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`) };
}

describe("folder links into default-excluded folders", () => {
  test("scan/shell-command: Python `import tools.ops` runs build/tools/ops.py's top-level os.system through `tools -> build/tools`", async () => {
    const dir = project({ "build/tools/ops.py": 'import os\nos.system("touch /tmp/x")\n', "agent.py": "import tools.ops\n" });
    symlinkSync("build/tools", join(dir, "tools"));
    expect(await scan(dir)).toEqual({ code: 1, findings: ["build/tools/ops.py:1:1 scan/excluded-sources", "tools/ops.py:2:1 scan/shell-command"] });
  });

  test("scan/shell-command: JavaScript `require(\"./lib/ops\").go(…)` through `lib -> dist/lib`, once however the links loop", async () => {
    const dir = project({
      "dist/lib/ops.js": 'const cp = require("child_process");\nexports.go = (c) => cp.execSync(c);\n',
      "app.js": 'require("./lib/ops").go("ls");\n',
    });
    symlinkSync("dist/lib", join(dir, "lib"));
    symlinkSync("../lib", join(dir, "dist/lib/again"));
    symlinkSync("../../dist", join(dir, "dist/lib/up"));
    expect(await scan(dir)).toEqual({ code: 1, findings: ["dist/lib/ops.js:1:1 scan/excluded-sources", "lib/ops.js:2:21 scan/shell-command"] });
  });

  test("clean: a link to a walked folder is not walked again; a link into build/ holding no crossing; a link named as an excluded folder", async () => {
    const dir = project({
      "src/ops.py": "def go(c):\n    print(c)\n",
      "build/gen/names.py": 'NAMES = ["a"]\n',
      "build/sh/ops.py": 'import os\nos.system("make")\n',
      "agent.py": "from shared.ops import go\nfrom gen.names import NAMES\ngo(NAMES)\n",
    });
    symlinkSync("src", join(dir, "shared"));
    symlinkSync("build/gen", join(dir, "gen"));
    symlinkSync("build/sh", join(dir, "vendor"));
    expect(walkFiles(dir)).toEqual(["agent.py", "gen/names.py", "src/ops.py"]);
    expect(await scan(dir)).toEqual({ code: 0, findings: ["build/gen/names.py:1:1 scan/excluded-sources"] });
  });

  test("a changed folder link changes the files walked through it; other changed paths add nothing", () => {
    const files = ["agent.py", "gen/names.py", "src/ops.py", "tools/ops.py", "tools/sub/x.py"];
    expect([...throughChangedLinks(files, new Set(["tools", "agent.py"]))].sort()).toEqual(["agent.py", "tools", "tools/ops.py", "tools/sub/x.py"]);
    const changed = new Set(["agent.py", "removed.py"]);
    expect(throughChangedLinks(files, changed)).toBe(changed);
  });
});
