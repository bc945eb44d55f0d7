// Python imports resolved as CPython may resolve them (red team 3, classes 1 and 5): a regular package before a module
// of the same name, an absolute import from the entry script's folder (or the root under `python -m`) as well as
// from the importing file's, and folders added to sys.path or a package's __path__. Where more than one project file
// may be the module, the call is judged against each (fail closed), the message naming the file it went through.
import { describe, expect, test } from "vitest";
import { searchPaths } from "../../core/scan/python-paths";
import { scanFiles } from "../../core/scan/run";
import { writeProject as project } from "./helpers";

const brief = (f: { file: string; line: number; column: number; endLine: number; endColumn: number; rule: string }) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;
const GATEWAY = "def run(c):\n    print('gateway', c)\n";
const SHELL = "from subprocess import getoutput as run\n";

async function scan(files: Record<string, string>) {
  const p = project(files);
  return (await scanFiles({ root: p.root, files: p.files, workers: 1 })).findings;
}

describe("scan/shell-command: a package and a module of the same name in one folder (the regular package is what Python imports)", () => {
  test("import tools with tools.py and tools/__init__.py (p114): the package's value, through tools/__init__.py", async () => {
    const findings = await scan({ "agent.py": "import tools\ntools.run('x')\n", "tools.py": GATEWAY, "tools/__init__.py": SHELL });
    expect(findings.map(brief)).toEqual(["agent.py:2:1-2:10 scan/shell-command"]);
    expect(findings[0]!.message).toContain("Resolved through line 1 `import tools` ← tools/__init__.py line 1 `from subprocess import getoutput as run`.");
  });

  test("from tools import run (p133) and from . import tools inside a package (p166)", async () => {
    const findings = await scan({
      "agent.py": "from tools import run\nrun('x')\n",
      "tools.py": GATEWAY,
      "tools/__init__.py": "from os import system as run\n",
      "pkg/__init__.py": "",
      "pkg/main.py": "from . import tools\ntools.run('x')\n",
      "pkg/tools.py": GATEWAY,
      "pkg/tools/__init__.py": SHELL,
    });
    expect(findings.map(brief)).toEqual(["agent.py:2:1-2:4 scan/shell-command", "pkg/main.py:2:1-2:10 scan/shell-command"]);
    expect(findings[0]!.message).toContain("← tools/__init__.py line 1 `from os import system as run`.");
    expect(findings[1]!.message).toContain("← pkg/tools/__init__.py line 1 `from subprocess import getoutput as run`.");
  });

  test("the module beside a package is judged too (fail closed): tools.py's value with a harmless tools/__init__.py", async () => {
    const findings = await scan({ "agent.py": "import tools\ntools.run('x')\n", "tools.py": SHELL, "tools/__init__.py": GATEWAY });
    expect(findings.map(brief)).toEqual(["agent.py:2:1-2:10 scan/shell-command"]);
    expect(findings[0]!.message).toContain("← tools.py line 1 `from subprocess import getoutput as run`.");
  });

  test("clean look-alike: a harmless package and a harmless module side by side, and a namespace folder beside a module", async () => {
    const findings = await scan({
      "agent.py": "import tools, helpers\nfrom tools import run\ntools.run('x')\nrun('y')\nhelpers.run('z')\n",
      "tools.py": GATEWAY,
      "tools/__init__.py": "from .gateway import run\n",
      "tools/gateway.py": GATEWAY,
      "helpers.py": GATEWAY,
      "helpers/other.py": "import os\n",
    });
    expect(findings.map(brief)).toEqual([]);
  });
});

describe("scan/shell-command: an absolute import may be found from the entry script's folder or the root (sys.path[0]), not only the importer's", () => {
  test("helpers/sub.py's import tools is the root tools.py when agent.py runs (p156)", async () => {
    const findings = await scan({ "agent.py": "import helpers.sub\n", "helpers/__init__.py": "", "helpers/sub.py": "import tools\ntools.run('x')\n", "helpers/tools.py": GATEWAY, "tools.py": SHELL });
    expect(findings.map(brief)).toEqual(["helpers/sub.py:2:1-2:10 scan/shell-command"]);
    expect(findings[0]!.message).toContain("Resolved through line 1 `import tools` ← tools.py line 1 `from subprocess import getoutput as run`.");
  });

  test("agent/main.py's import tools under python -m agent.main (p188), and from tools import run", async () => {
    const findings = await scan({ "agent/__init__.py": "", "agent/main.py": "import tools\nfrom tools import run as go\ntools.run('x')\ngo('y')\n", "agent/tools.py": GATEWAY, "tools.py": SHELL });
    expect(findings.map(brief)).toEqual(["agent/main.py:3:1-3:10 scan/shell-command", "agent/main.py:4:1-4:3 scan/shell-command"]);
  });

  test("clean look-alike: harmless tools.py in both folders", async () => {
    const findings = await scan({ "agent/__init__.py": "", "agent/main.py": "import tools\ntools.run('x')\n", "agent/tools.py": GATEWAY, "tools.py": GATEWAY });
    expect(findings.map(brief)).toEqual([]);
  });
});

describe("scan/shell-command: folders a file adds to sys.path or to a package's __path__", () => {
  test("sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'plugins')) (p115): plugins/tools.py is a candidate", async () => {
    const findings = await scan({
      "agent.py": "import sys, os\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), 'plugins'))\nimport tools\ntools.run('x')\n",
      "plugins/tools.py": SHELL,
      "tools.py": GATEWAY,
    });
    expect(findings.map(brief)).toEqual(["agent.py:4:1-4:10 scan/shell-command"]);
    expect(findings[0]!.message).toContain("Resolved through line 3 `import tools` ← plugins/tools.py line 1 `from subprocess import getoutput as run`.");
  });

  test("sys.path.append('lib') in one file makes lib/ a root for the project's other files (Python's sys.path is the process's)", async () => {
    const findings = await scan({
      "app/boot.py": "import sys\nsys.path.append('lib')\n",
      "app/main.py": "import boot\nimport shellmod\nshellmod.run('x')\n",
      "lib/shellmod.py": SHELL,
    });
    expect(findings.map(brief)).toEqual(["app/main.py:3:1-3:13 scan/shell-command"]);
  });

  test("a package's __path__.insert (p134) and __path__.extend: its submodules are looked for in the added folders", async () => {
    const findings = await scan({
      "agent.py": "from agentpkg import tools\nfrom other import tools as t2\ntools.run('x')\nt2.run('y')\n",
      "agentpkg/__init__.py": "import os\n__path__.insert(0, os.path.join(os.path.dirname(__file__), '..', 'ext'))\n",
      "agentpkg/tools.py": GATEWAY,
      "ext/tools.py": SHELL,
      "other/__init__.py": "from pathlib import Path\n__path__.extend([str(Path(__file__).parent.parent / 'more')])\n",
      "more/tools.py": "from os import system as run\n",
    });
    expect(findings.map(brief)).toEqual(["agent.py:3:1-3:10 scan/shell-command", "agent.py:4:1-4:7 scan/shell-command"]);
    expect(findings[0]!.message).toContain("← ext/tools.py line 1 `from subprocess import getoutput as run`.");
    expect(findings[1]!.message).toContain("← more/tools.py line 1 `from os import system as run`.");
  });

  test("clean look-alike: sys.path.insert to a folder of harmless code, and a __path__ extended with harmless modules", async () => {
    const findings = await scan({
      "agent.py": "import sys, os\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), 'plugins'))\nimport tools\nfrom agentpkg import helper\ntools.run('x')\nhelper.run('y')\n",
      "plugins/tools.py": GATEWAY,
      "tools.py": GATEWAY,
      "agentpkg/__init__.py": "import os\n__path__.append(os.path.join(os.path.dirname(__file__), '..', 'ext'))\n",
      "ext/helper.py": GATEWAY,
    });
    expect(findings.map(brief)).toEqual([]);
  });
});

describe("searchPaths: the folders a Python file's text adds to sys.path or __path__ (python-paths.ts)", () => {
  test("spellings from __file__, literals and the working folder, as project folders", () => {
    const text = [
      "sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'plugins'))",
      "sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))",
      "sys.path.append(str(Path(__file__).resolve().parent / 'vendor'))",
      "sys.path.append(os.path.dirname(__file__) + '/extra')",
      "sys.path.extend([str(Path(__file__).parents[1].joinpath('shared')), 'lib'])",
      "site.addsitedir(os.path.join(os.getcwd(), 'site'))",
      "__path__.append(os.path.join(os.path.dirname(__file__), '..', 'ext'))",
    ].join("\n");
    expect(searchPaths("app/run.py", text)).toEqual([
      { kind: "sys", folder: "app/plugins" },
      { kind: "sys", folder: "." },
      { kind: "sys", folder: "app/vendor" },
      { kind: "sys", folder: "app/extra" },
      { kind: "sys", folder: "shared" },
      { kind: "sys", folder: "lib" },
      { kind: "sys", folder: "app/lib" },
      { kind: "sys", folder: "site" },
      { kind: "sys", folder: "app/site" },
      { kind: "package", folder: "ext" },
    ]);
  });

  test("paths out of the project, absolute paths and computed paths add nothing", () => {
    const text = [
      "sys.path.insert(0, os.environ['PLUGINS'])",
      "sys.path.append('/usr/lib/plugins')",
      "sys.path.append(os.path.join(os.path.dirname(__file__), '..', '..'))",
      "for d in dirs: sys.path.append(d)",
      "print(sys.path)",
    ].join("\n");
    expect(searchPaths("app/run.py", text)).toEqual([]);
  });
});
