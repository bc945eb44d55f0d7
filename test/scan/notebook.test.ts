import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { compareFindings } from "../../core/kernel/findings";
import { cellMagicLine, editorNotebook, magicUse, notebookProgram } from "../../core/scan/notebook";
import { Scanner } from "../../core/scan/scan";
import { at, found, scanConfig } from "./helpers";
import { scanSource } from "../../core/scan/scan";
import { namedByCommand } from "../../core/scan/commands";
import type { Finding } from "../../core/kernel/findings";
import { runCli, tempDir } from "../helpers/cli";
import * as pythonEdit from "../../core/scan/python-edit";
import { edits, typing } from "./edits";

// A notebook's code cells are read as IPython reads them (core/scan/notebook.ts). IPython itself, run here
// (python3-ipython, installed by .ci/run), is the reference: for each cell, the magics and shell escapes it turns into
// `get_ipython()` calls are the ones reported, and a cell it leaves as Python is that Python.

/** A notebook (nbformat 4, as Jupyter writes it) holding these code cells. */
const notebook = (cells: readonly string[], metadata: unknown = { kernelspec: { name: "python3", language: "python", display_name: "Python 3" } }) =>
  JSON.stringify({ cells: cells.map((c) => ({ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: c.split(/(?<=\n)/) })), metadata, nbformat: 4, nbformat_minor: 5 }, null, 1);

/** 1-based line:column of the nth occurrence of `needle` in the notebook's text, and of its end. */
function where(text: string, needle: string, nth = 0): string {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`${needle} not in the notebook`);
  const pos = (o: number) => `${text.slice(0, o).split("\n").length}:${o - text.lastIndexOf("\n", o - 1)}`;
  return `${pos(i)}-${pos(i + needle.length)}`;
}

/**
 * IPython's reading of each cell (InteractiveShell.transform_cell, as ipykernel runs a cell); a cell magic that runs
 * its body as a cell (`%%time`, `%%capture`) has the body's reading added, as it runs it.
 */
function ipython(cells: readonly string[]): string[] {
  const script = [
    "import ast, json, re, sys",
    "from IPython.core.interactiveshell import InteractiveShell",
    "sh = InteractiveShell.instance()",
    "def read(c):",
    "    t = sh.transform_cell(c)",
    "    m = re.fullmatch(r\"get_ipython\\(\\)\\.run_cell_magic\\('(?:capture|time|timeit|prun|debug)', '(?:[^'\\\\]|\\\\.)*', (.*)\\)\\n\", t, re.S)",
    "    return t + read(ast.literal_eval(m.group(1))) if m else t",
    "print(json.dumps([read(c) for c in json.load(sys.stdin)]))",
  ].join("\n");
  // Debian's Python, where .ci/run installs python3-ipython (another python3 on the PATH may not have it).
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script], { input: JSON.stringify(cells), encoding: "utf8", env: { ...process.env, IPYTHONDIR: "/tmp/flowgate-ipython-test" } }));
}

/** What IPython's reading runs that the scan reports: shell escapes, and magics the table says cross or may (magicUse). */
function reportedByIPython(transformed: string): string[] {
  const out: string[] = [];
  for (const m of transformed.matchAll(/get_ipython\(\)\.(system|getoutput|run_line_magic|run_cell_magic)\('((?:[^'\\]|\\.)*)'(?:, '((?:[^'\\]|\\.)*)')?/g)) {
    if (m[1] === "system" || m[1] === "getoutput") out.push("IPython's shell escape");
    else {
      const cell = m[1] === "run_cell_magic";
      const use = magicUse(m[2]!, cell, m[3] ?? "");
      if (use === "shell" || use === "network" || use === "code") out.push(`the ${cell ? "%%" : "%"}${m[2]} ${cell ? "cell magic" : "magic"}`);
    }
  }
  return out;
}

/** The scan's reading of a cell: what it reports (the `what` of each magic, without "which the scan does not know"). */
function reportedByScan(cell: string): string[] {
  const program = notebookProgram(notebook([cell]));
  if (!("text" in program)) throw new Error(program.unreadable);
  return program.magics.map((m) => m.what.replace(/, which the scan does not know$/, "").replace(/ \(.*$/, ""));
}

const CELLS = [
  "pip install x",
  "ls -la",
  "ls",
  "ls\n\n",
  "\nls",
  "ls = 1",
  "ls, 1",
  "ls == 3",
  "ls.x",
  "ls*2",
  "ls(1)",
  "ls is None",
  "run",
  "x = !ls",
  "a, b = !ls",
  "x[0] = %time f()",
  "x = %sx ls",
  "!!ls",
  "%%!\nls\n",
  "for f in y:\n    !echo $f\n",
  "if x:\n    %pip install y\n",
  "%%bash\ncurl x\n",
  "  %%bash\n  ls\n",
  "\n\n%%bash\nls\n",
  "#c\n%%bash\nls\n",
  "%%capture out\n!wget y\n",
  "%%time\n%%bash\ncurl x\n",
  "%%timeit -n 1 setup()\nf()\n",
  "%%writefile tools.py\nimport os\nos.system('x')\n",
  "%%writefile notes.txt\n!not run\n",
  "%%sql\nselect 1\n",
  "%%javascript\nfetch('x')\n",
  "%time requests.get(u)",
  "%load_ext autoreload",
  "%matplotlib inline",
  "%run helper.py",
  "%store -r data",
  "%store data",
  "%pastebin 1-3",
  "%made_up_magic x",
  "x?",
  "?os.system",
  "os.system?",
  "os.system('x')  # really?",
  "s = '''\n!no\n'''\n",
  "print('''\n''')\n!ls\n",
  "f(x,\n!ls)\n",
  "x = 1 if a else !ls",
  "!ls \\\n -la\nimport os\n",
  ">>> import os\n>>> os.system('x')\n",
  "In [1]: !ls\n",
  "  import os\n  !ls\n",
  "d = {'a': 1}\n!ls",
  "x = 1\r!ls\r",
  "import os\r\n!ls\r\nprint(1)\r\n",
  "%alias myls ls -la",
  "%alias_magic r run",
  "%macro m 1-2",
];

describe("notebooks: cells read as IPython reads them", () => {
  let transformed: string[];
  beforeAll(() => {
    transformed = ipython(CELLS);
  });

  it("every magic and shell escape IPython runs from a cell is the one the scan reports, in order (58 cells against IPython itself)", () => {
    const differ = CELLS.flatMap((cell, i) => {
      const expected = reportedByIPython(transformed[i]!);
      const actual = reportedByScan(cell);
      return JSON.stringify(expected) === JSON.stringify(actual) ? [] : [{ cell, ipython: transformed[i], expected, actual }];
    });
    expect(differ).toEqual([]);
    // The comparison holds something: 33 of the cells run a magic or escape the scan reports.
    expect(CELLS.filter((_, i) => reportedByIPython(transformed[i]!).length > 0)).toHaveLength(33);
  });

  it("a cell IPython leaves as Python is that Python in the program (its cleanup: indent, prompts, leading blank lines)", () => {
    const python = CELLS.flatMap((cell, i) => (transformed[i]!.includes("get_ipython") ? [] : [[cell, transformed[i]!] as const]));
    expect(python.length).toBeGreaterThanOrEqual(10);
    for (const [cell, reference] of python) {
      const program = notebookProgram(notebook([cell]));
      if (!("text" in program)) throw new Error(program.unreadable);
      const code = program.text.replace(/^from IPython import get_ipython\n/, "");
      expect(code.trim(), JSON.stringify(cell)).toBe(reference.trim());
    }
  });
});

describe("notebooks: findings at the notebook's JSON text", () => {
  let scanner: Scanner;
  beforeAll(async () => {
    scanner = await Scanner.create({});
  });
  const scan = (text: string) => scanner.scan("agent/explore.ipynb", text).findings.sort(compareFindings).map((f) => `${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);

  it("scan/shell-command, scan/network-call, scan/dynamic-code: each at its magic or call as written in the JSON (escapes counted as written)", () => {
    const text = notebook(['import os\nos.system("echo \\"hi\\"\\tthere")\n', "%pip install -q openai\n", "!curl https://x.example/$KEY", "%%bash\ncurl x\n", "%%sql\nselect 1\n", "import requests\n%time requests.get(u)\n"]);
    expect(scan(text)).toEqual([
      `scan/shell-command ${where(text, "os.system")}`,
      `scan/shell-command ${where(text, "%pip install -q openai")}`,
      `scan/shell-command ${where(text, "!curl https://x.example/$KEY")}`,
      `scan/shell-command ${where(text, "%%bash")}`,
      `scan/dynamic-code ${where(text, "%%sql")}`,
      `scan/network-call ${where(text, "requests.get")}`,
    ]);
  });

  it("a call after a string with escapes is placed where it is written (the escapes' characters counted in the JSON)", () => {
    const text = notebook(['x = "\\u00e9\\"\\\\"; import subprocess; subprocess.run(x)\n']);
    expect(scan(text)).toEqual([`scan/shell-command ${where(text, "subprocess.run")}`]);
  });

  it("clean look-alikes: markdown and raw cells, a magic's text in a string, inert magics, a `?` in a comment after code that crosses nothing", () => {
    const cells = { cells: [{ cell_type: "markdown", metadata: {}, source: ["!rm -rf /\n", "%%bash\n"] }, { cell_type: "raw", metadata: {}, source: ["import os; os.system('x')"] }], metadata: {}, nbformat: 4, nbformat_minor: 5 };
    expect(scan(JSON.stringify(cells))).toEqual([]);
    expect(scan(notebook(["s = '''\n!curl x\n'''\n", "%matplotlib inline\n%load_ext autoreload\n", "%%html\n<script>fetch('x')</script>\n", "x = 1  # really?\n"]))).toEqual([]);
  });

  it("scan/shell-command: code a `?` at its line's end does not hide (a comment's `?` is no help request)", () => {
    const text = notebook(["import os\nos.system('x')  # really?\n"]);
    expect(scan(text)).toEqual([`scan/shell-command ${where(text, "os.system")}`]);
  });

  it("a suppression comment in a cell covers a magic as it covers a call, and is reported with the notebook's line", () => {
    const text = notebook(["%pip install -q openai  # flowgate: ignore-boundary -- setup cell\n", "import os\n# flowgate: ignore-next-line -- demo\nos.system('ls')\n"]);
    const result = scanner.scan("agent/explore.ipynb", text);
    expect(result.findings).toEqual([]);
    expect(result.suppressions?.map((s) => `${s.marker} ${s.line} target ${s.target} ${s.rules.join(",")}`)).toEqual([
      `flowgate: ignore-boundary ${where(text, "%pip").split(":")[0]} target ${where(text, "%pip").split(":")[0]} scan/shell-command`,
      `flowgate: ignore-next-line ${where(text, "# flowgate: ignore-next").split(":")[0]} target ${where(text, "os.system").split(":")[0]} scan/shell-command`,
    ]);
  });

  it("scan/skipped-file: a notebook that does not parse, one of another kernel's language, and a cell whose source is no text fail closed", () => {
    const broken = notebook(["import os\n"]).slice(0, -10);
    const r = notebook(["system('ls')\n"], { kernelspec: { name: "ir", language: "R" } });
    // Jupyter starts the kernel the notebook names, whatever language it declares.
    const named = notebook(["system('ls')\n"], { kernelspec: { name: "ir", language: "python" } });
    const numeric = JSON.stringify({ cells: [{ cell_type: "code", metadata: {}, outputs: [], source: 42 }], metadata: {}, nbformat: 4, nbformat_minor: 5 });
    for (const text of [broken, r, named, numeric]) expect(scanner.scan("agent/explore.ipynb", text).findings.map((f) => f.rule)).toEqual(["scan/skipped-file"]);
    expect(scanner.scan("agent/explore.ipynb", notebook([], { kernelspec: { name: "ir", language: "R" } })).findings).toEqual([]);
    // A Python kernel installed under a name of its own is Python.
    const own = notebook(["import os\nos.system('x')\n"], { kernelspec: { name: "agent-env", language: "python" } });
    expect(scanner.scan("agent/explore.ipynb", own).findings.map((f) => f.rule)).toEqual(["scan/shell-command"]);
  });

  it("scan/dynamic-code, scan/shell-command: a magic's name alone in a one-line cell is the magic unless a cell before binds it (IPython runs a name in the user's namespace as Python)", () => {
    const unbound = notebook(["run helper.py", "ls -la"]);
    expect(scan(unbound)).toEqual([`scan/dynamic-code ${where(unbound, "run helper.py")}`, `scan/shell-command ${where(unbound, "ls -la")}`]);
    // `run` imported, `ls` assigned, `time` a loop's target, `load` defined: each one-line cell after is Python.
    const bound = notebook(["from agents import run\nls = []\nfor time in range(2): pass\ndef load(): pass\n", "run(task)", "ls", "time", "load()"]);
    expect(scan(bound)).toEqual([]);
  });

  it("nbformat 3's worksheets are read too", () => {
    const text = JSON.stringify({ worksheets: [{ cells: [{ cell_type: "code", input: ["!ls\n"], language: "python", outputs: [] }] }], metadata: {}, nbformat: 3, nbformat_minor: 0 });
    expect(scan(text)).toEqual([`scan/shell-command ${where(text, "!ls")}`]);
  });
});

describe("IPython's shell given a cell or a magic in a Python file", () => {
  it("scan/shell-command: a cell with a shell escape or shell magic, a shell magic run by name; scan/dynamic-code: %run, a magic the scan does not know, a name not constant; a harmless cell and magic are clean", async () => {
    const text = [
      "from IPython import get_ipython",
      "ip = get_ipython()",
      'ip.run_cell("pip install y")',
      'ip.run_cell("%time os.system(c)\\nimport os")',
      'ip.run_line_magic("pip", "install requests")',
      'ip.run_cell_magic("bash", "", "curl x")',
      'ip.magic("sx ls")',
      'ip.magic("run tools.py")',
      'ip.run_cell_magic("sql", "", "select 1")',
      "ip.run_line_magic(name, '')",
      'ip.run_cell("x = 1")',
      'ip.run_line_magic("matplotlib", "inline")',
      "",
    ].join("\n");
    expect(await found("a.py", text)).toEqual([
      `scan/shell-command ${at(text, "ip.run_cell")}`,
      `scan/shell-command ${at(text, "ip.run_cell", 1)}`,
      `scan/shell-command ${at(text, "ip.run_line_magic")}`,
      `scan/shell-command ${at(text, "ip.run_cell_magic")}`,
      `scan/shell-command ${at(text, "ip.magic")}`,
      `scan/dynamic-code ${at(text, "ip.magic", 1)}`,
      `scan/dynamic-code ${at(text, "ip.run_cell_magic", 1)}`,
      `scan/dynamic-code ${at(text, "ip.run_line_magic", 1)}`,
    ]);
  });
});

describe("notebooks a command runs under another name", () => {
  it("the notebook runners' files: papermill's, jupyter nbconvert's and execute's, also through python -m; an option's value names none", () => {
    expect(namedByCommand(["papermill", "agent/run.json", "out.ipynb", "-p", "alpha", "0.6"])).toEqual(["agent/run.json", "out.ipynb", "alpha", "0.6"].map((path) => ({ path, grammar: "python", notebook: true })));
    expect(namedByCommand(["jupyter", "nbconvert", "--to", "html", "--execute", "a.ipynb"])).toEqual(["html", "a.ipynb"].map((path) => ({ path, grammar: "python", notebook: true })));
    expect(namedByCommand(["python3", "-m", "jupyter", "execute", "b.json"])).toEqual([{ path: "b.json", grammar: "python", notebook: true }]);
    expect(namedByCommand(["python", "-m", "papermill", "c.json", "d.ipynb"])).toEqual(["c.json", "d.ipynb"].map((path) => ({ path, grammar: "python", notebook: true })));
    expect(namedByCommand(["jupyter", "lab"])).toEqual([]);
    expect(namedByCommand(["ipython", "tools.py"])).toEqual([{ path: "tools.py", grammar: "python" }]);
  });

  it("scan/shell-command: a notebook named `.json` that a package.json script runs with papermill is read as a notebook; a `.json` no runner names is not read", async () => {
    const root = tempDir();
    const nb = notebook(["!curl https://x.example\n", "import os\nos.system('id')\n"]);
    mkdirSync(join(root, "agent"));
    writeFileSync(join(root, "agent/run.json"), nb);
    writeFileSync(join(root, "agent/data.json"), nb);
    // Its parameters file is named too, and is no notebook: not read (as Python it would not parse, and names a watched module).
    writeFileSync(join(root, "agent/params.yaml"), "alpha: 0.6\nsetup: import os; os.system(\"make\")\nmodels:\n  - gpt-4o\n");
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "x", scripts: { nightly: "papermill agent/run.json out.ipynb -f agent/params.yaml -p alpha 0.6" } }));
    const run = await runCli(["scan", ".", "--format", "json", "--fail-on", "never"], { cwd: root });
    const findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`);
    expect(findings).toEqual([`scan/shell-command agent/run.json:${where(nb, "!curl").split("-")[0]}`, `scan/shell-command agent/run.json:${where(nb, "os.system").split("-")[0]}`]);
  });
});

// Notebooks nobody here wrote: redis-py's examples (python3-redis), and the notebooks of nbsphinx's, Jupyter Notebook's
// and nbconvert's documentation (python-nbsphinx-doc, python-notebook-doc, python-nbconvert-doc; Debian gzips some),
// installed by .ci/run.
const REDIS_EXAMPLES = "/usr/share/doc/python3-redis/examples";
/** Hand-checked: what IPython runs from the documentation notebooks' cells that the scan reports (cells counted). */
const DOC_CROSSINGS_BY_IPYTHON = 6;
/** Hand-checked, each at its cell: every one is what it says (a `%%bash` cell twice: nbsphinx ships the notebook and its source). */
const DOC_FINDINGS = [
  "scan/network-call python-nbconvert-doc/html/nbconvert_library.ipynb:67:17",
  "scan/shell-command python-nbsphinx/html/_sources/code-cells.ipynb:164:6",
  "scan/shell-command python-nbsphinx/html/code-cells.ipynb:290:6",
  "scan/shell-command python-notebook-doc/html/examples/Notebook/Connecting with the Qt Console.ipynb:102:6",
  "scan/dynamic-code python-notebook-doc/html/examples/Notebook/Importing Notebooks.ipynb:156:22",
  "scan/shell-command python-notebook-doc/html/examples/Notebook/Importing Notebooks.ipynb:257:6",
  "scan/shell-command python-notebook-doc/html/examples/Notebook/Importing Notebooks.ipynb:425:6",
  "scan/shell-command python-notebook-doc/html/examples/Notebook/nbpackage/mynotebook.ipynb:31:20",
];
const DOC_NOTEBOOKS = ["/usr/share/doc/python-nbsphinx", "/usr/share/doc/python-notebook-doc", "/usr/share/doc/python-nbconvert-doc"];

/** Every notebook file under the folders (symbolic links left out: the docs link their sources twice), decompressed. */
function docNotebooks(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile() && /\.ipynb(?:\.gz)?$/.test(e.name)) out.push({ path, text: e.name.endsWith(".gz") ? gunzipSync(readFileSync(path)).toString("utf8") : readFileSync(path, "utf8") });
    }
  };
  for (const dir of DOC_NOTEBOOKS) walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

describe("notebooks: real ones", () => {
  it("every code cell of 51 documentation notebooks: the magics and escapes IPython runs are the ones the scan reports", () => {
    const notebooks = docNotebooks();
    expect(notebooks).toHaveLength(51);
    const cells = notebooks.flatMap(({ text }) => (JSON.parse(text) as { cells: { cell_type: string; source: string | string[] }[] }).cells.filter((c) => c.cell_type === "code").map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source)));
    const transformed = ipython(cells);
    const differ = cells.flatMap((cell, i) => (JSON.stringify(reportedByIPython(transformed[i]!)) === JSON.stringify(reportedByScan(cell)) ? [] : [{ cell, ipython: transformed[i] }]));
    expect(differ).toEqual([]);
    expect(cells).toHaveLength(189);
    expect(cells.filter((_, i) => reportedByIPython(transformed[i]!).length > 0)).toHaveLength(DOC_CROSSINGS_BY_IPYTHON);
  });

  it("scan findings in the documentation notebooks, each read at its cell: a %%bash cell, `ls` alone in a cell, %qtconsole, `!ls`, exec of a loaded notebook's code, urlopen", async () => {
    const scanner = await Scanner.create({});
    const found = docNotebooks().flatMap(({ path, text }) => scanner.scan(path.slice("/usr/share/doc/".length).replace(/\.gz$/, ""), text).findings.sort(compareFindings).map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`));
    expect(found).toEqual(DOC_FINDINGS);
  });

  it("redis-py's seven example notebooks parse as programs (no scan/parse-error, no finding)", async () => {
    expect(existsSync(REDIS_EXAMPLES)).toBe(true);
    const scanner = await Scanner.create({});
    const files = readdirSync(REDIS_EXAMPLES).filter((f) => f.endsWith(".ipynb"));
    expect(files).toHaveLength(7);
    for (const file of files) {
      const text = readFileSync(join(REDIS_EXAMPLES, file), "utf8");
      const program = notebookProgram(text);
      expect("text" in program && program.text.split("\n").length > 5, file).toBe(true);
      expect(scanner.scan(`examples/${file}`, text).findings, file).toEqual([]);
    }
  });
});

describe("editorNotebook: an editor's cells as the notebook the check reads (the language server's notebooks)", () => {
  const cells = [
    { code: true, text: "import os\r\n" },
    { code: false, text: "# Notes\n!curl y" },
    { code: true, text: 'x = "\\t\\"😀"  # é\n\tos.system(x)' },
    { code: true, text: "" },
  ];

  it("is the program a notebook file with those cells is (one reading): markdown cells not read", () => {
    const editor = editorNotebook(cells, { name: "python3", language: "python" });
    const program = notebookProgram(editor.text);
    const disk = notebookProgram(notebook(["import os\r\n", 'x = "\\t\\"😀"  # é\n\tos.system(x)', ""]));
    expect("text" in program && "text" in disk && program.text === disk.text).toBe(true);
    expect("text" in program && program.text).not.toContain("curl");
  });

  it("places each finding in its cell, at offsets of the cell's text, past JSON escapes and astral characters", async () => {
    const editor = editorNotebook(cells, {});
    const findings = await scanSource("a.ipynb", editor.text, { config: scanConfig() });
    expect(findings.map((f) => [f.rule, editor.cellRange(f)])).toEqual([["scan/shell-command", { cell: 2, start: cells[2]!.text.indexOf("os.system"), end: cells[2]!.text.indexOf("os.system") + "os.system".length }]]);
  });

  it("a range in no cell is undefined; one running past its cell ends with the cell", () => {
    const editor = editorNotebook(cells, {});
    expect(editor.cellRange({ line: 1, column: 1, endLine: 1, endColumn: 1 })).toBeUndefined();
    const start = editor.text.indexOf("import os") + 1;
    expect(editor.cellRange({ line: 1, column: start, endLine: 1, endColumn: editor.text.length + 1 })).toEqual({ cell: 0, start: 0, end: cells[0]!.text.length });
  });

  it("cellMagicLine: the line of a cell's cell magic as editors count lines (blank lines and a common indent before it), none past other code", () => {
    expect(["%%bash\nls", "\n  \n%%bash\nls", "  %%time\n  x = 1", "\r\n\r\n%%bash", "\r \n%%bash", "%%!\nls"].map(cellMagicLine)).toEqual([0, 2, 0, 2, 2, 0]);
    expect(["x = 1\n%%bash\nls", "%bash ls", "# %%bash", "\r%%bash", ""].map(cellMagicLine)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it("a kernel of another language: the notebook is unreadable, as the file would be", () => {
    expect(notebookProgram(editorNotebook(cells, { name: "ir", language: "R" }).text)).toEqual({ unreadable: 'its kernel runs "R", which the scan does not read in a notebook' });
  });
});

describe("an editor's notebook typed into: the edited statements re-parsed and re-analysed, as a buffer's", () => {
  afterEach(() => vi.restoreAllMocks());
  const CELL_SNIPPETS = ["!ls -la\n", "subprocess.run(cmd)\n", "x = 1\n", "import os\n", "os.system(c)\n", "%%bash\n", "%time os.popen(c)\n", "  # flowgate: ignore-boundary -- ok\n", "def go():\n    return os.system\n", "go()(c)\n", "(", '"', "files = !ls\n", "\n"];
  const START = ["import subprocess\nimport os", "def run(cmd):\n    return subprocess.run(cmd)", "!curl -s https://example.com", "%%time\nos.system('ls')\nrun(['ls'])", "y = [os.getcwd() for _ in range(3)]"];

  it.each([3, 17, 29])("40 cell edits (seed %i): each step's findings exactly a fresh scan's of the notebook, most re-analysed from the last", async (seed) => {
    let next = seed;
    const pick = (n: number) => ((next = (next * 1103515245 + 12345) % 2147483648), next % n);
    const cells = [...START];
    const steps = [editorNotebook(cells.map((text) => ({ code: true, text })), { name: "python3", language: "python" }).text];
    for (let i = 0; i < 40; i++) {
      const cell = pick(cells.length);
      cells[cell] = edits(cells[cell]!, 1, CELL_SNIPPETS, seed * 100 + i).next().value!;
      steps.push(editorNotebook(cells.map((text) => ({ code: true, text })), { name: "python3", language: "python" }).text);
    }
    const { out, answered } = await typing(pythonEdit, "reanalyzePython", "python", "mem/analysis.ipynb", steps, (actual, expected, step) => expect(actual, step).toEqual(expected));
    expect(out).toHaveLength(41);
    // The notebook's program was re-analysed from its last analysis for many edits (a fresh analysis each time: none).
    expect(answered.filter(Boolean).length).toBeGreaterThan(10);
  });
});
