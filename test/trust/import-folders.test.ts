import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { errorAnnotations, gate, pullRequest, put } from "./pr";

// A Python project's packaging decides which folders its files import by name from (core/scan/python-roots.ts), and a
// pnpm workspace file which packages a JavaScript file imports by name. A pull request that only edits one can make an
// unchanged file's import name an unchanged module holding a watched function; one that adds a package under a new
// project makes an unchanged import name the new code.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const TOOLS = "import subprocess\nshell = subprocess.run\n";
const AGENT = 'from acme.tools import shell\nshell(["id"])\n';

describe("import folders a pull request changes (built Action)", () => {
  it("scan/shell-command: a pyproject.toml edited to name `legacy` as its package folder makes the unchanged scripts/agent.py call subprocess.run", async () => {
    const pr = await pullRequest(
      (dir) => put(dir, "pyproject.toml", '[project]\nname = "acme"\n[tool.setuptools]\npackage-dir = { "" = "legacy" }\n'),
      (dir) => {
        put(dir, "pyproject.toml", '[project]\nname = "acme"\n');
        put(dir, "legacy/acme/__init__.py", "");
        put(dir, "legacy/acme/tools.py", TOOLS);
        put(dir, "scripts/agent.py", AGENT);
      },
    );
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual(["scan/shell-command scripts/agent.py 2 1"]);
  }, 120_000);

  it("scan/shell-command: a new project (libs/t/pyproject.toml) whose src/acme/tools.py the unchanged scripts/agent.py imports", async () => {
    const pr = await pullRequest(
      (dir) => {
        put(dir, "libs/t/pyproject.toml", '[project]\nname = "acme"\n');
        put(dir, "libs/t/src/acme/__init__.py", "");
        put(dir, "libs/t/src/acme/tools.py", TOOLS);
      },
      (dir) => put(dir, "scripts/agent.py", AGENT),
    );
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual(["scan/shell-command scripts/agent.py 2 1"]);
  }, 120_000);

  it("a manifest edit that leaves its folders alike (a version bump) judges no unchanged importer again: the base's call through legacy/ stays the base's (exit 0)", async () => {
    const manifest = (version: string) => `[project]\nname = "acme"\nversion = "${version}"\n[tool.setuptools]\npackage-dir = { "" = "legacy" }\n`;
    const pr = await pullRequest(
      (dir) => put(dir, "pyproject.toml", manifest("1.1")),
      (dir) => {
        put(dir, "pyproject.toml", manifest("1.0"));
        put(dir, "legacy/acme/__init__.py", "");
        put(dir, "legacy/acme/tools.py", TOOLS);
        put(dir, "scripts/agent.py", AGENT);
      },
    );
    const r = await gate(api, pr);
    expect(errorAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  }, 120_000);

  it("scan/shell-command: only pnpm-workspace.yaml changed, listing `legacy/*`: the unchanged agent.js's `@acme/tools` is now legacy/tools's", async () => {
    const pr = await pullRequest(
      (dir) => put(dir, "pnpm-workspace.yaml", "packages:\n  - legacy/*\n"),
      (dir) => {
        put(dir, "package.json", '{ "name": "mono", "private": true }\n');
        put(dir, "pnpm-workspace.yaml", "packages:\n  - packages/*\n");
        put(dir, "legacy/tools/package.json", '{ "name": "@acme/tools", "main": "index.js" }\n');
        put(dir, "legacy/tools/index.js", 'exports.sh = require("child_process").execSync;\n');
        put(dir, "agent.js", 'const { sh } = require("@acme/tools");\nsh("id");\n');
      },
    );
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual(["scan/shell-command agent.js 2 1"]);
  }, 120_000);
});
