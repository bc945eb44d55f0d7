import { cellsProgram, type NotebookProgram, type Placed } from "./notebook";

/**
 * Notebooks in the text formats jupytext reads (https://jupytext.readthedocs.io): a file a run configuration hands to
 * `jupytext` (`jupytext --to ipynb --execute nb.py`) runs as the notebook jupytext makes of it, whatever it is as a
 * script. Read here as jupytext reads it (its cell readers and magics.py, ported) into the program its kernel runs,
 * each character placed at the file's own text:
 * - a script (`.py`): cells at the percent format's `# %%` and the light format's `# +` markers, Markdown and raw
 *   cells (`# %% [markdown]`) not run, a cell marked active in notebooks only (`tags=["active-ipynb"]`) uncommented,
 *   and in code cells each commented magic (`# !curl …`, `# %pip install …`, `# %%bash`, `# ls`) uncommented once, as
 *   jupytext does by default, outside strings;
 * - Markdown (`.md`, MyST, Quarto, R Markdown): its fenced code cells of a language Jupyter knows (```python, ```{code-cell}
 *   ipython3, ```{python}), a cell of another language run as that language's cell magic (```bash is `%%bash`).
 * Where jupytext's reading depends on options the file may set (`comment_magics: false`, a cell's `.noeval`), this
 * reading takes the one that runs more: a magic is read as one whatever the options.
 */
export function textNotebookProgram(path: string, source: string): NotebookProgram {
  return cellsProgram(SCRIPT_FILE.test(path) ? scriptCells(source) : markdownCells(source), source.length);
}

/** The files jupytext reads as notebooks, by name: scripts of Python, and Markdown in its flavours. */
export const TEXT_NOTEBOOK_FILE = /\.(?:py|md|markdown|myst|mystnb|mnb|qmd|rmd)$/i;
const SCRIPT_FILE = /\.py$/i;

/** A line of the file: where it starts, where its text ends and where its line break ends (jupytext splits with Python's `splitlines`). */
interface Line {
  start: number;
  end: number;
  next: number;
}

/** Python's `str.splitlines` boundaries (`\f` and `\v` among them: a line Python reads as one may be two here). */
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(source); m; m = LINE_BREAK.exec(source)) {
    lines.push({ start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < source.length) lines.push({ start, end: source.length, next: source.length });
  return lines;
}

/** Lines of a cell, each from `from` (past a comment jupytext removes) to its end, joined with `\n` as jupytext joins them. */
function placedCell(source: string, parts: readonly { line: Line; from: number }[]): Placed {
  const size = parts.reduce((n, p) => n + p.line.end - p.from + 1, 0);
  const at = new Int32Array(size);
  const after = new Int32Array(size);
  const pieces: string[] = [];
  let n = 0;
  for (const { line, from } of parts) {
    pieces.push(source.slice(from, line.end), "\n");
    for (let i = from; i < line.end; i++, n++) {
      at[n] = i;
      after[n] = i + 1;
    }
    at[n] = line.end;
    after[n++] = line.next;
  }
  return { text: pieces.join(""), at, after };
}

// jupytext's magics.py for Python, each regex matched at the line's start as Python's `re.match` does.
const MAGIC = /^\s*(?:# |#)*(?:%|%%|%%%)[a-zA-Z]/;
const FORCE_ESCAPE = /^\s*(?:# |#)*(?:%|%%|%%%)[a-zA-Z].*#\s*escape/;
const NO_ESCAPE = /^\s*(?:# |#)*(?:%|%%|%%%)[a-zA-Z].*#\s*noescape/;
const HELP_OR_SHELL = /^\s*(?:# |#)*\s*[?!]\s*[A-Za-z.~$\\/{}]/;
const MAGIC_ASSIGNED = /^(?:# |#)*\s*[a-zA-Z_][a-zA-Z_$0-9]*\s*=\s*(?:%|%%|%%%|!)[a-zA-Z]/;
/** IPython's shell aliases written alone (automagic): `ls -la` runs `ls`; `ls = 1` is Python. */
const ALIAS_COMMAND = /^(?:# |#)*(?:cat|cd|cp|mv|rm|rmdir|mkdir|copy|ddir|echo|ls|ldir|ren)(?:$|\s$|\s[^=,])/;
/** A help request (`os.path?`): uncommented when the line is a code cell's (`explicitly_code`, as uncomment_magic reads it); IPython's pinfo. */
const HELP = /^\s*(?:# )*[^\s]*\?\s*$/;
const CONTINUED = /\\\s*$/;

/** jupytext's `is_magic` (Python, magics commented by default), what `noescape` and `escape` comments say included. */
function isMagic(line: string): boolean {
  if (FORCE_ESCAPE.test(line)) return true;
  if (NO_ESCAPE.test(line)) return false;
  return MAGIC.test(line) || HELP_OR_SHELL.test(line) || MAGIC_ASSIGNED.test(line) || HELP.test(line) || ALIAS_COMMAND.test(line);
}

/** Where a line's text starts once one comment is removed (`unesc`: after its indent, `# ` or `#`). */
function uncommented(text: string): number {
  const indent = text.length - text.trimStart().length;
  return text.startsWith("# ", indent) ? indent + 2 : text.startsWith("#", indent) ? indent + 1 : 0;
}

/** jupytext's StringParser for Python: whether a line starts inside a string (a magic there is text, not uncommented). */
class StringTracker {
  private single: string | undefined;
  private triple: string | undefined;

  get quoted(): boolean {
    return this.single !== undefined || this.triple !== undefined;
  }

  read(line: string): void {
    if (!this.quoted && line.trimStart().startsWith("#")) return;
    let tripleStart = -1;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (this.single === undefined && this.triple === undefined && c === "#") break;
      if (c !== '"' && c !== "'") continue;
      if (line[i - 1] === "\\") continue;
      if (this.single === c) {
        this.single = undefined;
        continue;
      }
      if (this.single !== undefined) continue;
      if (i >= 2 && line.slice(i - 2, i + 1) === c.repeat(3) && i >= tripleStart + 3) {
        if (this.triple === c) {
          this.triple = undefined;
          tripleStart = i;
          continue;
        }
        if (this.triple !== undefined) continue;
        this.triple = c;
        tripleStart = i;
        continue;
      }
      if (this.triple !== undefined) continue;
      this.single = c;
    }
    this.single = undefined;
  }
}

/** The percent format's cell markers (`# %%`, `# %% [markdown]`, `# In[3]:`) and the light format's (`# +`, and `# -` ending one). */
const PERCENT_MARKER = /^\s*#\s*%%(%*)(?:\s(.*))?$|^\s*#\s*(?:<codecell>|In\[[0-9 ]*\]:?)\s*$/;
const LIGHT_MARKER = /^\s*#\s*\+(?:\s(.*))?$/;
const LIGHT_END = /^\s*#\s*-\s*$/;
/** A marker's options that make its cell not code (`[markdown]`, `[md]`, `[raw]`, `cell_type="markdown"`, active outside notebooks only). */
const NOT_CODE = /\[\s*(?:markdown|md|raw)\s*\]|cell_type\s*=\s*["'](?:markdown|raw)|\bactive\s*=\s*["'](?![^"']*ipynb)/;
/** A cell active in notebooks only (`tags=["active-ipynb"]`, `active="ipynb"`): commented out in the script, run in the notebook. */
const ACTIVE_IN_NOTEBOOK = /active-ipynb|\bactive\s*=\s*["'][^"']*ipynb/;

type Part = { line: Line; from: number; magic?: true };

/** A script's code cells as jupytext reads them (module comment above). */
function scriptCells(source: string): Placed[] {
  const cells: Placed[] = [];
  let parts: Part[] = [];
  let kind: "code" | "other" | "active" = "code";
  const close = () => {
    if (kind !== "other" && parts.length) cells.push(...magicCells(source, uncommentMagics(source, parts)));
    parts = [];
  };
  // A marker inside a string is text (jupytext reads a cell's end with its StringParser).
  const strings = new StringTracker();
  for (const line of linesOf(source)) {
    const text = source.slice(line.start, line.end);
    const marker = strings.quoted ? undefined : (PERCENT_MARKER.exec(text) ?? LIGHT_MARKER.exec(text) ?? (LIGHT_END.test(text) ? [] : undefined));
    if (marker) {
      close();
      const options = marker[2] ?? marker[1] ?? "";
      kind = NOT_CODE.test(options) ? "other" : ACTIVE_IN_NOTEBOOK.test(options) ? "active" : "code";
      continue;
    }
    // A cell active in notebooks only is uncommented whole (jupytext's `uncomment`), then read as code.
    parts.push({ line, from: line.start + (kind === "active" ? (text.startsWith("# ") ? 2 : text.startsWith("#") ? 1 : 0) : 0) });
    strings.read(text);
  }
  close();
  return cells;
}

/**
 * A code cell's lines as cells IPython runs: a cell magic uncommented (`# %%bash`) starts one (IPython reads one only on
 * a cell's first line), and an alias command alone (`# ls -la`) is one (automagic runs it alone in its cell), wherever
 * jupytext's own splitting (blank lines, the light format's rules) would put them: each is then read as what it runs.
 */
function magicCells(source: string, parts: readonly Part[]): Placed[] {
  const cells: Placed[] = [];
  let cell: Part[] = [];
  const close = () => {
    if (cell.length) cells.push(placedCell(source, cell));
    cell = [];
  };
  for (const part of parts) {
    const written = source.slice(part.from, part.line.end);
    const alone = part.magic && ALIAS_COMMAND.test(written);
    if (alone || (part.magic && written.trimStart().startsWith("%%"))) close();
    cell.push(part);
    if (alone) close();
  }
  close();
  return cells;
}

/** The languages jupytext reads a Markdown fence of as a code cell (languages.py `_JUPYTER_LANGUAGES` and its scripts'). */
const JUPYTER_LANGUAGES = new Set(
  [
    ...["R", "bash", "sh", "python", "python2", "python3", "coconut", "javascript", "js", "perl", "html", "latex", "markdown", "pypy", "ruby", "script", "svg", "matlab", "octave", "idl", "robotframework", "sas", "spark", "sql", "cython", "haskell", "tcl", "gnuplot"],
    ...["julia", "c++", "scheme", "clojure", "powershell", "q", "typescript", "scala", "rust", "csharp", "fsharp", "sos", "java", "groovy", "sage", "ocaml", "maxima", "stata", "xonsh", "logtalk", "lua", "go", "c#", "f#", "cs", "fs"],
  ].map((l) => l.toLowerCase()),
);
const PYTHON_LANGUAGE = /^(?:i?python[23]?|py)$/i;
/** A fence opening a cell: ```python, ```{code-cell} ipython3 (MyST), ```{python} (Quarto, R Markdown); its closing fence. */
const FENCE = /^(`{3,}|~{3,})\s*(?:\{code-cell\}\s*([^\s{}]*)|\{([^\s,}]+)[^}]*\}|([^\s`{]+))?/;

/** A Markdown notebook's code cells: fenced, of a language Jupyter knows (module comment above). */
function markdownCells(source: string): Placed[] {
  const cells: Placed[] = [];
  const lines = linesOf(source);
  for (let i = 0; i < lines.length; i++) {
    const text = source.slice(lines[i]!.start, lines[i]!.end);
    const fence = FENCE.exec(text);
    if (!fence) continue;
    const [, mark, myst, braced, plain] = fence;
    const closing = new RegExp(`^${mark![0] === "`" ? "`" : "~"}{${mark!.length},}\\s*$`);
    const fenceLine = lines[i]!;
    let end = i + 1;
    while (end < lines.length && !closing.test(source.slice(lines[end]!.start, lines[end]!.end))) end++;
    const language = myst !== undefined ? myst || "python" : (braced ?? plain);
    const body = lines.slice(i + 1, end);
    i = end;
    if (language === undefined || !(myst !== undefined || braced !== undefined || JUPYTER_LANGUAGES.has(language.toLowerCase()))) continue;
    // MyST's options before the code: a `---` block of YAML, or `:key: value` lines.
    const lineText = (k: number) => source.slice(body[k]!.start, body[k]!.end);
    let first = 0;
    if (myst !== undefined && body.length && lineText(0).trim() === "---") first = body.findIndex((_, k) => k > 0 && lineText(k).trim() === "---") + 1;
    else if (myst !== undefined) while (first < body.length && /^:[\w-]+:/.test(lineText(first))) first++;
    const code = body.slice(first).map((line) => ({ line, from: line.start }));
    if (PYTHON_LANGUAGE.test(language)) {
      cells.push(...magicCells(source, uncommentMagics(source, code)));
      continue;
    }
    // Another language's cell runs as its cell magic (`%%bash`), which stands at the fence's language.
    const languageAt = fenceLine.start + text.indexOf(language);
    const magic = `%%${language}\n`;
    const head = { at: Int32Array.from(magic, () => languageAt), after: Int32Array.from(magic, () => languageAt + language.length) };
    const rest = placedCell(source, code);
    cells.push({ text: magic + rest.text, at: concat(head.at, rest.at), after: concat(head.after, rest.after) });
  }
  return cells;
}

function concat(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** A code cell's commented magics uncommented once, outside strings (jupytext's `uncomment_magic`, its StringParser per cell). */
function uncommentMagics(source: string, parts: readonly Part[]): Part[] {
  const strings = new StringTracker();
  let continued = false;
  return parts.map(({ line, from }) => {
    const text = source.slice(from, line.end);
    const magic = !strings.quoted && (continued || isMagic(text));
    // A magic's line ending in `\` continues it: the next line is uncommented too.
    continued = magic && CONTINUED.test(text);
    strings.read(text);
    return magic ? { line, from: from + uncommented(text), magic } : { line, from };
  });
}
