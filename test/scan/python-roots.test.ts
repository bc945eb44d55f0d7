// A Python project's package folder is importable by name wherever its packaging puts it on sys.path (an editable
// install, a uv workspace member, PYTHONPATH=src): `<project>/src`, the project's own folder, or the folder its manifest
// names. A file importing the package by name there (a script, a test, another service of a monorepo) had its calls
// through it unresolved: `from acme.tools import shell; shell(cmd)` passed with `shell = subprocess.run` in
// src/acme/tools.py (each form ran its command under CPython 3.11 with the package installed).
import { describe, expect, test } from "vitest";
import { analyzeFile } from "../../core/analyze";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { ALL_CHECKS } from "../../core/features";
import { runGate } from "../../core/gate";
import type { Finding } from "../../core/kernel/findings";
import { pythonRootsOf } from "../../core/scan/python-roots";
import { writeWorkspace } from "../helpers/gate";

const brief = (f: Finding) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;
/** `flowgate check`'s scan findings (the whole gate on the folder). */
const inCheck = async (root: string) => (await runGate(ALL_CHECKS, { root, config: DEFAULT_CONFIG })).report.findings.filter((f) => f.rule.startsWith("scan/")).map(brief);
/** The editor's findings for one file, as the language server analyses it. */
const inEditor = async (root: string, rel: string, text: string, linked: string[] = []) => ((await analyzeFile({ root, rel, text }, { config: DEFAULT_CONFIG, linked: (files) => linked.push(...files) })) ?? []).map(brief);

const TOOLS = "import subprocess\nshell = subprocess.run\n";
const AGENT = 'from acme.tools import shell\nshell(["id"])\n';
const CALL = "scripts/agent.py:2:1-2:6 scan/shell-command";

describe("a src layout: the project's package imported by name", () => {
  test("scan/shell-command: scripts/agent.py's `from acme.tools import shell` of src/acme/tools.py, in the check and in the editor", async () => {
    const root = writeWorkspace({ "pyproject.toml": '[project]\nname = "acme"\nversion = "1.0"\n', "src/acme/__init__.py": "", "src/acme/tools.py": TOOLS, "scripts/agent.py": AGENT });
    expect(await inCheck(root)).toEqual([CALL]);
    const linked: string[] = [];
    expect(await inEditor(root, "scripts/agent.py", AGENT, linked)).toEqual([CALL]);
    // The editor analyses the buffer again when the manifest changes (its folders may move).
    expect(linked).toContain("pyproject.toml");
  });

  test("a setup.py or setup.cfg makes a project too", async () => {
    for (const manifest of [["setup.py", "from setuptools import setup\nsetup()\n"], ["setup.cfg", "[metadata]\nname = acme\n"]]) {
      const root = writeWorkspace({ [manifest[0]!]: manifest[1]!, "src/acme/__init__.py": "", "src/acme/tools.py": TOOLS, "scripts/agent.py": AGENT });
      expect(await inCheck(root)).toEqual([CALL]);
    }
  });

  test("clean: no manifest (a `src` folder is nobody's package then), a harmless member, a name the package does not hold", async () => {
    const files = { "src/acme/__init__.py": "", "src/acme/tools.py": TOOLS, "scripts/agent.py": AGENT };
    expect(await inCheck(writeWorkspace(files))).toEqual([]);
    const harmless = { "pyproject.toml": '[project]\nname = "acme"\n', "src/acme/__init__.py": "", "src/acme/tools.py": "import subprocess\nshell = print\nrun = subprocess.run\n" };
    expect(await inCheck(writeWorkspace({ ...harmless, "scripts/agent.py": AGENT }))).toEqual([]);
    expect(await inCheck(writeWorkspace({ ...harmless, "scripts/agent.py": 'from acme.other import run\nrun(["id"])\n' }))).toEqual([]);
  });
});

describe("a monorepo: another member's package", () => {
  test("scan/shell-command: a uv workspace member (libs/acme_tools/src) and a flat-layout member (libs/flat) imported from services/agent, in the check and in the editor", async () => {
    const root = writeWorkspace({
      "pyproject.toml": '[tool.uv.workspace]\nmembers = ["libs/*", "services/*"]\n',
      "libs/acme_tools/pyproject.toml": '[project]\nname = "acme-tools"\nversion = "1.0"\n',
      "libs/acme_tools/src/acme_tools/__init__.py": "import subprocess\nrun = subprocess.run\n",
      "libs/flat/pyproject.toml": '[project]\nname = "flat"\n',
      "libs/flat/flat_tools/__init__.py": "import os\nsh = os.system\n",
      "services/agent/main.py": 'from acme_tools import run\nfrom flat_tools import sh\nrun(["id"])\nsh("id")\n',
    });
    const calls = ["services/agent/main.py:3:1-3:4 scan/shell-command", "services/agent/main.py:4:1-4:3 scan/shell-command"];
    expect(await inCheck(root)).toEqual(calls);
    // The editor reads the members the root's uv workspace declares (`libs/*`): the same findings.
    expect(await inEditor(root, "services/agent/main.py", 'from acme_tools import run\nfrom flat_tools import sh\nrun(["id"])\nsh("id")\n')).toEqual(calls);
  });

  test("the folders a manifest names: setuptools' package-dir and packages.find.where, Poetry's `from`, Hatch's packages, setup.cfg's and setup.py's package_dir", async () => {
    const layouts: Array<[string, string, string]> = [
      ["pyproject.toml", '[tool.setuptools]\npackage-dir = { "" = "lib" }\n', "lib"],
      ["pyproject.toml", '[tool.setuptools.packages.find]\nwhere = ["code"]\n', "code"],
      ["pyproject.toml", '[tool.poetry]\nname = "acme"\npackages = [{ include = "acme", from = "python" }]\n', "python"],
      ["pyproject.toml", '[tool.hatch.build.targets.wheel]\npackages = ["pkgs/acme"]\n', "pkgs"],
      ["setup.cfg", "[options]\npackage_dir =\n    =source\n", "source"],
      ["setup.py", 'from setuptools import setup, find_packages\nsetup(package_dir={"": "pysrc"}, packages=find_packages("pysrc"))\n', "pysrc"],
    ];
    for (const [manifest, text, folder] of layouts) {
      const root = writeWorkspace({ [`libs/acme/${manifest}`]: text, [`libs/acme/${folder}/acme/__init__.py`]: "", [`libs/acme/${folder}/acme/tools.py`]: TOOLS, "scripts/agent.py": AGENT });
      expect([folder, await inCheck(root)]).toEqual([folder, [CALL]]);
    }
  });
});

describe("pythonRootsOf: the folders one manifest makes importable", () => {
  test("the project's folder and its src, then what it names, each inside the workspace (`..` out of it, an absolute path: not read)", () => {
    expect(pythonRootsOf("pyproject.toml", '[project]\nname = "a"\n')).toEqual([".", "src"]);
    expect(pythonRootsOf("libs/a/pyproject.toml", '[tool.setuptools]\npackage-dir = { "" = "lib/" }\n[tool.setuptools.packages.find]\nwhere = ["../../../outside", "/etc", "../../shared", "x"]\n')).toEqual(["libs/a", "libs/a/src", "shared", "libs/a/x", "libs/a/lib"]);
    expect(pythonRootsOf("a/pyproject.toml", "[project\nnot toml")).toEqual(["a", "a/src"]);
    expect(pythonRootsOf("a/setup.cfg", "[options]\npackage_dir = =lib ; the root package\n[options.packages.find]\nwhere = pkgs\n")).toEqual(["a", "a/src", "a/lib", "a/pkgs"]);
    expect(pythonRootsOf("setup.py", "setup(package_dir = { '' : 'lib' }, packages=find_namespace_packages(where='ns'))\n")).toEqual([".", "src", "lib", "ns"]);
  });
});
