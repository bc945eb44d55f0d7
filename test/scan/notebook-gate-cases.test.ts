// Notebook cases the gate's trust test (test/trust/notebooks.test.ts) found the scan missing: IPython magics the table
// took for inert that define what a later cell runs by name (an alias, a macro, a magic's alias), or fetch a URL.
import { describe, expect, test } from "vitest";
import { at, found } from "./helpers";

type Cell = Record<string, unknown>;
const code = (source: string): Cell => ({ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: source.split(/(?<=\n)/) });
/** A notebook as Jupyter writes it (nbformat 4, keys sorted, one-space indent). */
const notebook = (cells: Cell[]) => `${JSON.stringify({ cells, metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`;

describe("notebooks: a magic defining a name a later one-line cell runs (automagic), reported where it is defined", () => {
  test("scan/shell-command: `%alias fetch curl …` then `fetch` alone in a cell, `%rehashx` (every program on PATH an alias) then `curl`", async () => {
    const text = notebook([code("%alias fetch curl https://x.example/"), code("fetch"), code("%rehashx"), code("curl")]);
    expect(await found("nb.ipynb", text)).toEqual([`scan/shell-command ${at(text, "%alias fetch curl https://x.example/")}`, `scan/shell-command ${at(text, "%rehashx")}`]);
  });

  test("scan/dynamic-code: `%alias_magic -p … get pip` (a magic's alias, its parameters bound) and `%macro m https://…` (code from a URL, a file or a string, run by its name)", async () => {
    const text = notebook([code('%alias_magic -p "install x" get pip'), code("get"), code("%macro -q m https://x.example/m.py"), code("m")]);
    expect(await found("nb.ipynb", text)).toEqual([`scan/dynamic-code ${at(text, '%alias_magic -p \\"install x\\" get pip')}`, `scan/dynamic-code ${at(text, "%macro -q m https://x.example/m.py")}`]);
  });

  test("scan/network-call: `%pycat https://…` and `%save out.py https://…` fetch the URL", async () => {
    const text = notebook([code("%pycat https://x.example/a.py\n%save out.py https://x.example/a.py")]);
    expect(await found("nb.ipynb", text)).toEqual([`scan/network-call ${at(text, "%pycat https://x.example/a.py")}`, `scan/network-call ${at(text, "%save out.py https://x.example/a.py")}`]);
  });

  test("clean: `%alias` and `%macro` listing, `%unalias`, a macro of history ranges, `%pycat` of a file, `%save` of history lines", async () => {
    const text = notebook([code("%alias\n%macro\n%unalias fetch\n%macro m 1-3 5\n%macro -q n 2/4 ~1/1\n%pycat notes.py\n%save out.py 1-3")]);
    expect(await found("nb.ipynb", text)).toEqual([]);
  });
});

describe("notebooks: each cell is compiled alone, so a cell left open does not swallow the cells after it", () => {
  const tagged = (source: string): Cell => ({ ...code(source), metadata: { tags: ["raises-exception"] } });

  test("scan/shell-command: the cells after `DOC = \"\"\"` (tagged raises-exception: nbclient runs past its SyntaxError), after a string continued by `\\` at a cell's end, and after `f(` are read as the kernel runs them", async () => {
    const text = notebook([tagged('DOC = """'), code('import os\nos.system("a")'), tagged('"""'), tagged('s = "a b\\'), code("os.system('b')  #\""), tagged('f("""x y\\'), code('os.system("c")')]);
    expect(await found("nb.ipynb", text)).toEqual([`scan/shell-command ${at(text, "os.system")}`, `scan/shell-command ${at(text, "os.system", 1)}`, `scan/shell-command ${at(text, "os.system", 2)}`]);
  });

  test("clean: a triple-quoted string across a cell's lines holding a call, and one closed in the cell after a `\\` line continuation", async () => {
    const text = notebook([code('import os\nDOC = """\nos.system("x")\n"""\nNOTE = "a\\\nos.system(1)"')]);
    expect(await found("nb.ipynb", text)).toEqual([]);
  });
});

describe("notebooks: `target = !cmd` is IPython's wherever the line's first bare `=` is, and its target is code", () => {
  test("scan/shell-command: `d[os.system(x)] = !ls` (the target's call and the escape), `d[\"k\"] = !ls`, `x: list = !ls` and `if ok: out = %sx ls`", async () => {
    const text = notebook([code('import os\nx, d, ok = "id", {}, True\nd[os.system(x)] = !ls\nd["k"] = !ls\nx: list = !ls\nif ok: out = %sx ls')]);
    expect(await found("nb.ipynb", text)).toEqual([
      `scan/shell-command ${at(text, "os.system")}`,
      `scan/shell-command ${at(text, "!ls")}`,
      `scan/shell-command ${at(text, "!ls", 1)}`,
      `scan/shell-command ${at(text, "!ls", 2)}`,
      `scan/shell-command ${at(text, "%sx ls")}`,
    ]);
  });

  test("clean: `=` inside a string or brackets, and other operators ending in `=` (`!=`, `:=`, `%=`), before text like an escape", async () => {
    const text = notebook([code('s = "a = !b"\nt = "%s" % s\nok = s != t\nn = (y := 1)\nprint(s, end="!x")\nn %= 2\nd = dict(a="%pip")')]);
    expect(await found("nb.ipynb", text)).toEqual([]);
  });
});
