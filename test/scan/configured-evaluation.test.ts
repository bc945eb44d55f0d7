import { describe, expect, it } from "vitest";
import { namedByCommand } from "../../core/scan/commands";
import { runBuiltCli } from "../helpers/cli";
import { found, writeProject } from "./helpers";

// Code run by what the project configures or the libraries it uses, not by a call in the file: doctest examples pytest
// runs (`--doctest-modules`, `--doctest-glob`, its default `test*.txt`) or `python -m doctest` does, and string
// annotations a library evaluates as a definition is made (pydantic models, FastAPI endpoints). Each was proved to run
// under python3 3.11 (pytest 9, pydantic 2.13 and 1.10's v1, FastAPI 0.92) before it was judged.

/** `check` of a project as "file rule line:col-endLine:endCol", sorted. */
function checked(files: Record<string, string>): string[] {
  const { root } = writeProject(files);
  const r = runBuiltCli(["check", root, "--only", "scan", "--format", "json"]);
  const findings = (JSON.parse(r.stdout) as { findings: { rule: string; file: string; line: number; column: number; endLine: number; endColumn: number }[] }).findings;
  return findings.map((f) => `${f.file} ${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`).sort();
}

/** A module whose docstrings show a crossing: a function's (line 4) and a class's, with a `... ` line (line 11). */
const MODULE = [
  "def double(x):",
  '    """Twice x.',
  "",
  "    >>> __import__('os').system('id')",
  "    0",
  '    """',
  "    return x * 2",
  "",
  "class Tool:",
  '    """',
  "    >>> import subprocess; subprocess.run(",
  "    ...     ['id'])",
  '    """',
  "",
].join("\n");
const IN_MODULE = ["agent/tools.py scan/shell-command 11:28-11:42", "agent/tools.py scan/shell-command 4:9-4:32"];

/** A text file of examples (line 5) and prose naming the same call (line 7), which doctest does not run. */
const TEXT = ["Usage", "=====", "", "    >>> import os", "    >>> os.system('id')", "    0", "os.system('id') is not an example.", ""].join("\n");

describe("doctest examples the configuration runs", () => {
  it("pytest's --doctest-modules in addopts (pytest.ini, tox.ini [pytest], setup.cfg [tool:pytest], pyproject's ini_options and pytest 9's [tool.pytest]): every module's docstring examples, at each", () => {
    const configs: Record<string, string>[] = [
      { "pytest.ini": "[pytest]\naddopts = -q\n    --doctest-modules\n" },
      { "tox.ini": "[tox]\nenvlist = py311\n\n[pytest]\naddopts = --doctest-modules -ra\n" },
      { "setup.cfg": "[metadata]\nname = agent\n\n[tool:pytest]\naddopts = --doctest-modules\n" },
      { "pyproject.toml": '[project]\nname = "agent"\n\n[tool.pytest.ini_options]\naddopts = "-q --doctest-modules"\n' },
      { "pyproject.toml": '[tool.pytest]\naddopts = ["--doctest-modules"]\n' },
    ];
    for (const config of configs) expect([Object.keys(config)[0], checked({ ...config, "agent/tools.py": MODULE })]).toEqual([Object.keys(config)[0], IN_MODULE]);
  });

  it("a run configuration's `pytest --doctest-modules`, `python -m pytest --doctest-modules` and `python -m doctest x.py`: the docstring examples, at each", () => {
    expect(checked({ Makefile: "test:\n\tpython3 -m pytest --doctest-modules agent\n", "agent/tools.py": MODULE })).toEqual(IN_MODULE);
    expect(checked({ ".github/workflows/ci.yml": "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest -q --doctest-modules\n", "agent/tools.py": MODULE })).toEqual(IN_MODULE);
    // `python -m doctest` runs the examples of the files it is given, only those.
    expect(checked({ "scripts/check.sh": "python3 -m doctest -v agent/tools.py\n", "agent/tools.py": MODULE, "agent/other.py": MODULE })).toEqual(IN_MODULE);
  });

  it("clean: the same docstrings where nothing runs them (no option, pytest without it, a section pytest does not read, another option)", () => {
    expect(checked({ "agent/tools.py": MODULE })).toEqual([]);
    expect(checked({ "pytest.ini": "[pytest]\naddopts = -q --doctest-continue-on-failure\n", Makefile: "test:\n\tpython3 -m pytest agent\n", "agent/tools.py": MODULE })).toEqual([]);
    expect(checked({ "setup.cfg": "[pytest]\naddopts = --doctest-modules\n", "agent/tools.py": MODULE })).toEqual([]);
    expect(checked({ "pyproject.toml": '[tool.poe.tasks]\ndoc = "echo --doctest-modules"\n', "agent/tools.py": MODULE })).toEqual([]);
  });

  it("text files of examples: a --doctest-glob pattern, pytest's default test*.txt, `python -m doctest notes.rst`; the examples at each, not the prose", () => {
    expect(checked({ "pytest.ini": "[pytest]\naddopts = --doctest-glob='*.md'\n", "docs/usage.md": TEXT, "docs/notes.txt": TEXT })).toEqual(["docs/usage.md scan/shell-command 5:9-5:18"]);
    expect(checked({ "tests/test_usage.txt": TEXT, "docs/usage.txt": TEXT })).toEqual(["tests/test_usage.txt scan/shell-command 5:9-5:18"]);
    expect(checked({ Makefile: "doc:\n\tpython3 -m doctest docs/notes.rst\n", "docs/notes.rst": TEXT })).toEqual(["docs/notes.rst scan/shell-command 5:9-5:18"]);
    // Clean: the same text where nothing runs it, and a test*.txt whose examples cross nothing.
    expect(checked({ "docs/usage.md": TEXT, "docs/notes.rst": TEXT, "tests/test_math.txt": "    >>> 1 + 1\n    2\nos.system('id')\n" })).toEqual([]);
  });

  it("commands read for the doctests they run: pytest's options, doctest's files", () => {
    expect(namedByCommand(["python3", "-m", "pytest", "-q", "--doctest-modules"])).toEqual([{ path: "", grammar: "python", doctest: "modules" }]);
    expect(namedByCommand(["pytest", "--doctest-glob", "*.rst", "--doctest-glob=*.md"])).toEqual([
      { path: "*.rst", grammar: "python", doctest: "glob" },
      { path: "*.md", grammar: "python", doctest: "glob" },
    ]);
    expect(namedByCommand(["python", "-m", "doctest", "-v", "a.py", "b.txt"])).toEqual([
      { path: "a.py", grammar: "python", doctest: "file" },
      { path: "b.txt", grammar: "python", doctest: "file" },
    ]);
    expect(namedByCommand(["python", "-m", "pytest", "tests"])).toEqual([]);
    expect(namedByCommand(["python", "-m", "http.server"])).toEqual([]);
  });
});

describe("string annotations a library evaluates as a definition is made", () => {
  it("pydantic models (BaseModel, a model of the file's, RootModel, pydantic.v1, a pydantic dataclass) and sqlmodel: each field's string annotation, nested too, at the string", async () => {
    const text = [
      "import pydantic, sqlmodel",
      "from pydantic import BaseModel, RootModel",
      "from pydantic.dataclasses import dataclass",
      "from pydantic.v1 import BaseModel as V1",
      "class A(BaseModel):",
      "    x: \"__import__('os').system('id')\"",
      "class B(A):",
      "    y: \"list[__import__('os').popen('id')]\" = []",
      "class C(RootModel):",
      "    root: \"__import__('subprocess').run('id')\"",
      "class D(V1):",
      "    z: \"__import__('os').system('id')\"",
      "@dataclass",
      "class E:",
      "    w: \"__import__('os').system('id')\"",
      "class F(sqlmodel.SQLModel):",
      "    v: \"__import__('os').system('id')\"",
      "",
    ].join("\n");
    expect(await found("a.py", text)).toEqual(["scan/shell-command 6:8-6:8", "scan/shell-command 8:8-8:8", "scan/shell-command 10:11-10:11", "scan/shell-command 12:8-12:8", "scan/shell-command 15:8-15:8", "scan/shell-command 17:8-17:8"]);
    const [first] = await (await import("../../core/scan/scan")).scanSource("a.py", text);
    expect(first!.message).toBe("`__import__('os').system` (os.system) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit. It is a string annotation, which `BaseModel` at line 5 runs.");
  });

  it("clean: a model's method annotations (pydantic does not evaluate them), a plain class's and a dataclass's fields, a model's annotation that crosses nothing", async () => {
    const text = [
      "import dataclasses",
      "from pydantic import BaseModel",
      "class A(BaseModel):",
      '    x: "int" = 0',
      "    def f(self, y: \"__import__('os').system('id')\") -> \"__import__('os').system('id')\": ...",
      "class B:",
      "    x: \"__import__('os').system('id')\"",
      "@dataclasses.dataclass",
      "class C:",
      "    x: \"__import__('os').system('id')\"",
      "",
    ].join("\n");
    expect(await found("a.py", text)).toEqual([]);
  });

  it("FastAPI endpoints: the string annotations of a route's parameters and return, at the route's decorator; an undecorated function's are not", async () => {
    const text = [
      "from fastapi import APIRouter, FastAPI",
      "app = FastAPI()",
      "router = APIRouter()",
      '@app.get("/")',
      "def root(q: \"__import__('os').system('id')\" = None):",
      "    return {}",
      '@router.post("/x")',
      "def post() -> \"__import__('os').popen('id')\":",
      "    return {}",
      "def plain(q: \"__import__('os').system('id')\" = None):",
      "    return {}",
      "",
    ].join("\n");
    expect(await found("a.py", text)).toEqual(["scan/shell-command 5:13-5:13", "scan/shell-command 8:15-8:15"]);
  });
});
