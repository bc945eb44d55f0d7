import * as jsonc from "jsonc-parser";
import type { Range } from "../kernel/findings";
import { DEFAULT_LIMITS } from "../kernel/limits";
import { LineIndex } from "../kernel/source/lines";
import { scanJsonShape } from "../kernel/source/json-depth";
import { firstAtLeast } from "../kernel/sorted";

/**
 * A Jupyter notebook as the program its kernel runs (`jupyter nbconvert --execute`, papermill, `pytest --nbmake`): its
 * code cells in order, one Python program (names flow from cell to cell), each character placed at the JSON text it is
 * decoded from, so a finding's line and column are the notebook file's. IPython's own syntax is read as IPython
 * reads it (inputtransformer2, and the prefilter of a one-line cell): a shell escape (`!cmd`, `x = !cmd`, `%%bash`),
 * a magic (`%pip`, `%run`, `%load_ext`, `%%writefile`), an autocall escape (`/f x`), a prompt pasted in (`>>> `) and a
 * cell's common indent. A magic the table below does not know is what an extension defines (`%%sql`, `%ai`): the scan
 * cannot say what it runs, so it is reported (scan/dynamic-code).
 */

/** What a magic does, for the finding at it: a process, a network call, code the scan does not read, or nothing the gate watches. */
type MagicKind = "shell" | "network" | "code";

/** How a magic's text is read: reported (MagicKind), its rest run as Python, its argument imported, or nothing. */
export type MagicUse = MagicKind | "python" | "import" | "inert";

/** One magic reported: what stands for it in the program (`pass`, or `None` assigned), and the notebook's text it is. */
export interface NotebookMagic {
  kind: MagicKind;
  /** Program offsets of what stands in its place (its suppression comment, if any, follows on its line). */
  start: number;
  end: number;
  /** Notebook offsets of the magic as written (from its escape to its line's end). */
  fileStart: number;
  fileEnd: number;
  /** What is written, cut short for a message. */
  written: string;
  /** What it is, for the message ("IPython's shell escape", "the %pip magic"). */
  what: string;
}

export interface NotebookProgram {
  text: string;
  /** The notebook offset of each program character (one more entry: the end). */
  at: Int32Array;
  /** The notebook offset just after each program character's written form (an escape is longer than its character). */
  after: Int32Array;
  magics: NotebookMagic[];
}

/** IPython's line magics (and the shell aliases it defines on POSIX), by what they do. */
const LINE_MAGICS: Record<string, MagicUse> = {
  // `%rehashx` makes every program on the PATH an alias: a name alone in a later cell runs it (MAGIC_USE_WITH: `%alias`).
  ...Object.fromEntries(["sx", "system", "sc", "pip", "conda", "mamba", "micromamba", "uv", "edit", "ed", "qtconsole", "rehashx"].map((m) => [m, "shell"])),
  // IPython's default aliases on POSIX: `%ls`, or `ls -la` alone in a cell, runs the program.
  ...Object.fromEntries(["cat", "cp", "ldir", "lf", "lk", "ll", "ls", "lx", "mkdir", "mv", "rm", "rmdir", "clear", "less", "more", "man"].map((m) => [m, "shell"])),
  pastebin: "network",
  // A file run, or loaded into the next cell; a magic given another name (`%alias_magic -p "install x" get pip`, then
  // `get` alone runs it), which the scan does not follow. Stored variables read back: MAGIC_USE_WITH.
  run: "code",
  load: "code",
  loadpy: "code",
  alias_magic: "code",
  // The statement after the options runs as Python.
  ...Object.fromEntries(["time", "timeit", "prun", "debug"].map((m) => [m, "python"])),
  // An extension is a module imported (its `load_ipython_extension` runs).
  ...Object.fromEntries(["load_ext", "reload_ext", "aimport"].map((m) => [m, "import"])),
  ...Object.fromEntries(
    ["alias", "autoawait", "autocall", "automagic", "autoreload", "autosave", "bookmark", "cd", "colors", "config", "connect_info", "dhist", "dirs", "doctest_mode", "env", "set_env", "gui", "hist", "history", "killbgscripts", "logoff", "logon", "logstart", "logstate", "logstop", "lsmagic", "macro", "magic", "matplotlib", "notebook", "page", "pdb", "pdef", "pdoc", "pfile", "pinfo", "pinfo2", "popd", "pprint", "precision", "psearch", "psource", "pushd", "pwd", "pycat", "pylab", "quickref", "recall", "rep", "rerun", "reset", "reset_selective", "save", "store", "tb", "unalias", "unload_ext", "who", "who_ls", "whos", "xdel", "xmode"].map((m) => [m, "inert"]),
  ),
};

/** Magics whose arguments make them do more than their entry says (alone they list, or read history): what then, and when (given the arguments' words). */
const MAGIC_USE_WITH: Record<string, { kind: MagicKind; when: (words: readonly string[]) => boolean }> = {
  // `%store -r` reads stored variables back: pickles, which run what they name.
  store: { kind: "code", when: (words) => words.some((w) => /^-\w*r/.test(w)) },
  // `%alias name command` names a command a later `name` alone in a cell runs (automagic): reported where it is written.
  alias: { kind: "shell", when: (words) => words.length >= 2 },
  // `%macro m <a file, a URL or a string's name>`: code run later by the macro's name; of history ranges (`%macro m 1-3 5`), cells read already.
  macro: { kind: "code", when: (words) => words.filter((w) => !w.startsWith("-")).slice(1).some((w) => !/^[\d~/:-]+$/.test(w)) },
  // Code read from a URL (IPython's find_user_code) is fetched.
  pycat: { kind: "network", when: (words) => words.some((w) => /^https?:\/\//.test(w)) },
  save: { kind: "network", when: (words) => words.some((w) => /^https?:\/\//.test(w)) },
};

/** IPython's cell magics by what they do with the cell ("file": the cell is written to a file, Python when that is a `.py`). */
const CELL_MAGICS: Record<string, MagicUse | "file"> = {
  ...Object.fromEntries(["!", "bash", "sh", "script", "system", "sx", "perl", "ruby", "python", "python2", "python3", "pypy"].map((m) => [m, "shell"])),
  ...Object.fromEntries(["capture", "time", "timeit", "prun", "debug"].map((m) => [m, "python"])),
  writefile: "file",
  file: "file",
  // Run by the notebook's page in a browser, not by the kernel: nothing an executed notebook runs.
  ...Object.fromEntries(["javascript", "js", "html", "HTML", "svg", "SVG", "markdown", "latex"].map((m) => [m, "inert"])),
};

/**
 * What a line magic (`%name rest`) or cell magic (`%%name`) does: one the tables do not know runs what the scan cannot
 * read. `rest` undefined: its arguments are not known (a name given by a value), so the most they could make it do.
 */
export function magicUse(name: string, cell: boolean, rest?: string): MagicUse | "file" {
  if (cell) return Object.hasOwn(CELL_MAGICS, name) ? CELL_MAGICS[name]! : "code";
  if (!Object.hasOwn(LINE_MAGICS, name)) return "code";
  const use = LINE_MAGICS[name]!;
  const withArgs = Object.hasOwn(MAGIC_USE_WITH, name) ? MAGIC_USE_WITH[name] : undefined;
  if (rest === undefined) return withArgs?.kind ?? (use === "python" || use === "import" ? "code" : use);
  return withArgs?.when(rest.split(/\s+/).filter(Boolean)) ? withArgs.kind : use;
}

/** How deep a cell magic running its cell as Python (`%%time`, `%%capture`) may hold another. */
const MAX_CELL_DEPTH = 8;

/** How much of a magic a message quotes. */
const WRITTEN_CHARS = 60;

/** A kernel language read as Python (the kernelspec's or language_info's name; none: Jupyter's default, python3). */
const PYTHON_KERNEL = /^(?:i?python\d*(?:\.\d+)*|python)$/i;

/**
 * Kernels of other languages by the names they install under (Jupyter starts the kernel the notebook names, whatever
 * language it declares): IRkernel, IJulia, bash_kernel, Deno's, tslab, IJavascript, xeus-cling, evcxr, almond, gophernotes,
 * the .NET kernels, SoS, SAS, Octave, PowerShell, Ruby, Scala.
 */
const OTHER_KERNEL = /^(?:ir|julia.*|bash|zsh|deno|tslab|javascript|typescript|jslab|xcpp\d*|xeus-.*|evcxr.*|rust|almond.*|scala.*|gophernotes|go|\.net-.*|sos|sas|octave|powershell|ruby\d*|java|kotlin|c|cpp|wolfram.*)$/i;

/** Text with the notebook offset of each character and of the end of its written form (typed arrays: a cell may hold megabytes). */
export interface Placed {
  text: string;
  at: Int32Array;
  after: Int32Array;
}

class ProgramWriter {
  private readonly pieces: string[] = [];
  private at = new Int32Array(1024);
  private after = new Int32Array(1024);
  length = 0;
  readonly magics: NotebookMagic[] = [];
  /** The names the cells written so far may bind (boundNames): IPython runs such a name alone as Python, not as a magic. */
  readonly bound = new Set<string>();

  /** Characters of the cell, each at its own place. */
  copy(cell: Placed, from: number, to: number): void {
    if (to <= from) return;
    this.room(to - from);
    this.pieces.push(cell.text.slice(from, to));
    this.at.set(cell.at.subarray(from, to), this.length);
    this.after.set(cell.after.subarray(from, to), this.length);
    this.length += to - from;
  }

  /** Characters standing for something written at `start` (a `pass` for a magic, `import ` for `%load_ext`). */
  stand(text: string, start: number): void {
    this.room(text.length);
    this.pieces.push(text);
    this.at.fill(start, this.length, this.length + text.length);
    this.after.fill(start, this.length, this.length + text.length);
    this.length += text.length;
  }

  put(c: string, at: number, after: number): void {
    this.room(1);
    this.pieces.push(c);
    this.at[this.length] = at;
    this.after[this.length++] = after;
  }

  /** How many pieces are written: where a cell starts, for textFrom. */
  get pieceCount(): number {
    return this.pieces.length;
  }

  /** The text written since the piece `from` (a cell's). */
  textFrom(from: number): string {
    return this.pieces.slice(from).join("");
  }

  /** The program, its places ending with `end` (one past its last character). */
  done(end: number): Omit<NotebookProgram, "magics"> {
    this.room(1);
    this.at[this.length] = end;
    this.after[this.length] = end;
    return { text: this.pieces.join(""), at: this.at.slice(0, this.length + 1), after: this.after.slice(0, this.length + 1) };
  }

  private room(n: number): void {
    if (this.length + n <= this.at.length) return;
    const size = Math.max(this.at.length * 2, this.length + n);
    for (const key of ["at", "after"] as const) {
      const grown = new Int32Array(size);
      grown.set(this[key].subarray(0, this.length));
      this[key] = grown;
    }
  }
}

/**
 * The program a notebook's kernel runs, or why it cannot be read (its JSON does not parse, a cell is not text, its
 * kernel is another language's): the scan reports that (scan/skipped-file), failing closed.
 */
export function notebookProgram(source: string): NotebookProgram | { unreadable: string } {
  // jsonc's parser recurses: a notebook nested deeper than any Jupyter writes is refused before it runs.
  const { deepAt } = scanJsonShape(source, DEFAULT_LIMITS.maxDepth);
  if (deepAt >= 0) return { unreadable: `the notebook's JSON nests deeper than ${DEFAULT_LIMITS.maxDepth} levels (at offset ${deepAt})` };
  const errors: jsonc.ParseError[] = [];
  const root = jsonc.parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length || root?.type !== "object") return { unreadable: `the notebook's JSON does not parse${errors.length ? ` (${jsonc.printParseErrorCode(errors[0]!.error)} at offset ${errors[0]!.offset})` : ""}` };
  // nbformat 4 lists `cells`, 3 `worksheets[].cells` (code in `input`): both are read, whichever the reader would pick.
  const cells = [...items(member(root, "cells")), ...items(member(root, "worksheets")).flatMap((sheet) => items(member(sheet, "cells")))];
  const code = cells.filter((cell) => stringValue(member(cell, "cell_type")) === "code");
  const sources: Placed[] = [];
  for (const cell of code) {
    for (const key of ["source", "input"]) {
      const node = member(cell, key);
      if (!node) continue;
      const placed = cellText(source, node);
      if (!placed) return { unreadable: `a code cell's ${key} is not text` };
      sources.push(placed);
    }
  }
  const metadata = member(root, "metadata");
  const language = stringValue(member(member(metadata, "kernelspec"), "language")) ?? stringValue(member(member(metadata, "language_info"), "name"));
  const kernel = stringValue(member(member(metadata, "kernelspec"), "name"));
  const other = language !== undefined && !PYTHON_KERNEL.test(language) ? language : kernel !== undefined && OTHER_KERNEL.test(kernel) ? kernel : undefined;
  if (other !== undefined && sources.some((s) => s.text.trim())) return { unreadable: `its kernel runs ${JSON.stringify(other).slice(0, 40)}, which the scan does not read in a notebook` };
  return cellsProgram(sources, source.length);
}

/** The program code cells make, in order (`end`: the offset one past the notebook's text). */
export function cellsProgram(cells: readonly Placed[], end: number): NotebookProgram {
  const out = new ProgramWriter();
  if (cells.length) out.stand(`${IPYTHON_SHELL_IMPORT}\n`, 0);
  for (const cell of cells) {
    const from = out.pieceCount;
    writeCell(cell, out, 0);
    boundNames(out.textFrom(from), out.bound);
    out.put("\n", cell.after[cell.text.length - 1] ?? cell.at[0] ?? 0, cell.after[cell.text.length - 1] ?? 0);
  }
  return { ...out.done(end), magics: out.magics };
}

/** An IPython cell given as a string (`get_ipython().run_cell(code)`): the program it is, and its magics (program offsets only). */
export function cellProgram(code: string): { text: string; magics: NotebookMagic[] } {
  const out = new ProgramWriter();
  out.stand(`${IPYTHON_SHELL_IMPORT}\n`, 0);
  writeCell(placedText(code), out, 0);
  return { text: out.done(code.length).text, magics: out.magics };
}

/** Text placed at its own offsets. */
const placedText = (text: string): Placed => ({ text, at: Int32Array.from({ length: text.length }, (_, i) => i), after: Int32Array.from({ length: text.length }, (_, i) => i + 1) });

/**
 * The line (0-based) of a cell's cell magic (`%%bash`), if it has one. IPython takes the rest of that line as the magic's
 * arguments (`%%bash # note` fails: unrecognized arguments) and a cell magic only on a cell's first line, so no comment
 * can be written on it or above it. Its line as editors count lines (a lone `\r` ends one there, though not for IPython).
 */
export function cellMagicLine(cellText: string): number | undefined {
  const cell = cleanedCell(placedText(cellText));
  return isCellMagic(cell.text) ? (cellText.slice(0, cell.at[0]).match(/\r\n?|\n/g)?.length ?? 0) : undefined;
}

const isCellMagic = (cleanedCellText: string) => cleanedCellText.startsWith("%%");

/** A notebook cell as an editor holds it (LSP 3.17 notebook documents): code or not (markdown, raw), and its text. */
export interface EditorCell {
  code: boolean;
  text: string;
}

/** The kernel an editor's notebook names (its nbformat metadata), which decides whether its cells are read as Python. */
export interface EditorKernel {
  name?: string;
  language?: string;
}

/**
 * An editor's notebook as the file that holds it: the nbformat JSON of its code cells and kernel, which the scan reads
 * as it reads the notebook on disk (one reading: notebookProgram), and where a range of that JSON is in a code cell.
 */
export interface EditorNotebook {
  text: string;
  /**
   * The code cell (its index among the cells given) and the offsets in its text of a range of `text`, or undefined for a
   * range outside every code cell's text (a note on the whole file, the kernel's import the program starts with).
   */
  cellRange(range: Range): { cell: number; start: number; end: number } | undefined;
}

export function editorNotebook(cells: readonly EditorCell[], kernel: EditorKernel): EditorNotebook {
  const metadata = { kernelspec: { name: kernel.name, language: kernel.language } };
  const parts = [`{"nbformat":4,"nbformat_minor":5,"metadata":${JSON.stringify(metadata)},"cells":[`];
  let length = parts[0]!.length;
  // Each code cell's source string in the JSON: [start, end) with its quotes.
  const spans: { cell: number; start: number; end: number }[] = [];
  for (const [i, cell] of cells.entries()) {
    if (!cell.code) continue;
    const head = `${spans.length ? "," : ""}{"cell_type":"code","metadata":{},"source":`;
    const source = JSON.stringify(cell.text);
    spans.push({ cell: i, start: length + head.length, end: length + head.length + source.length });
    parts.push(head, source, "}");
    length += head.length + source.length + 1;
  }
  parts.push("]}");
  const text = parts.join("");
  let lines: LineIndex | undefined;
  const decoded = new Map<number, Placed>();
  const decode = (span: (typeof spans)[number]): Placed => {
    let placed = decoded.get(span.cell);
    if (!placed) {
      const out = { pieces: [] as string[], at: new Int32Array(span.end - span.start - 2), after: new Int32Array(span.end - span.start - 2), length: 0 };
      decodeString(text, span.start, span.end, out);
      decoded.set(span.cell, (placed = { text: out.pieces.join(""), at: out.at.subarray(0, out.length), after: out.after.subarray(0, out.length) }));
    }
    return placed;
  };
  return {
    text,
    cellRange(range) {
      lines ??= new LineIndex(text);
      const start = lines.offset(range.line, range.column);
      const end = Math.max(start, lines.offset(range.endLine, range.endColumn));
      const span = spans.find((s) => s.start <= start && start < s.end);
      if (!span) return undefined;
      const cell = decode(span);
      // The first character written at or after `start`; the characters whose written form ends by `end` (a range ending past the cell ends with it).
      const from = firstAtLeast(cell.at, start, (offset) => offset);
      return { cell: span.cell, start: from, end: Math.max(from, firstAtLeast(cell.after, end + 1, (offset) => offset)) };
    },
  };
}

/** IPython puts its shell in the builtins (`get_ipython().system(…)` runs a command): the table knows it by this import. */
const IPYTHON_SHELL_IMPORT = "from IPython import get_ipython";

/** A notebook's program text, for reading its imports without scanning it (empty when it cannot be read). */
export function notebookCode(source: string): string {
  const program = notebookProgram(source);
  return "text" in program ? program.text : "";
}

/**
 * The names code may bind, read from its text (a superset: strings and comments are not told apart): definitions,
 * imports, `as`, loop targets, assignments and their targets' names, `global`. A one-line cell naming one is Python.
 */
function boundNames(code: string, into: Set<string>): void {
  const names = (text: string) => {
    for (const name of text.matchAll(/[A-Za-z_]\w*/g)) into.add(name[0]);
  };
  for (const m of code.matchAll(/\b(?:def|class|as|global|nonlocal)[ \t]+([A-Za-z_]\w*)/g)) into.add(m[1]!);
  for (const m of code.matchAll(/^[ \t]*(?:from[ \t]+\S+[ \t]+)?import[ \t]+([^\n#;]+)/gm)) names(m[1]!);
  // A loop target is short: bounded, so a line of `for for for …` is not searched from each.
  for (const m of code.matchAll(/\bfor[ \t]+([^\n:]{1,200}?)[ \t]+in\b/g)) names(m[1]!);
  // A statement's targets before its first bare `=` (`a, b = …`, `x: int = …`), and a walrus's name.
  for (const m of code.matchAll(/^[ \t]*([^\n=#'"]*?)(?<![=!<>+\-*/%&|^@:])=(?!=)/gm)) names(m[1]!);
  for (const m of code.matchAll(/(?<!\w)([A-Za-z_]\w*)[ \t]*:=/g)) into.add(m[1]!);
}

/** The last value of `key` in an object node (Python's json keeps the last of a repeated key). */
function member(node: jsonc.Node | undefined, key: string): jsonc.Node | undefined {
  if (node?.type !== "object") return undefined;
  let value: jsonc.Node | undefined;
  for (const property of node.children ?? []) if (property.children?.[0]?.value === key) value = property.children[1];
  return value;
}

const items = (node: jsonc.Node | undefined): jsonc.Node[] => (node?.type === "array" ? (node.children ?? []) : []);
const stringValue = (node: jsonc.Node | undefined): string | undefined => (node?.type === "string" ? (node.value as string) : undefined);

/** A cell's source (a string, or the strings of its lines), each character placed at its JSON text. */
function cellText(source: string, node: jsonc.Node): Placed | undefined {
  const parts = node.type === "string" ? [node] : node.type === "array" ? (node.children ?? []) : [];
  if (node.type === "array" ? parts.some((p) => p.type !== "string") : parts.length === 0) return undefined;
  // A character is written in one JSON character or more: the written length bounds the decoded one.
  const size = parts.reduce((n, part) => n + part.length - 2, 0);
  const placed = { pieces: [] as string[], at: new Int32Array(size), after: new Int32Array(size), length: 0 };
  for (const part of parts) decodeString(source, part.offset, part.offset + part.length, placed);
  return { text: placed.pieces.join(""), at: placed.at.subarray(0, placed.length), after: placed.after.subarray(0, placed.length) };
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** A JSON string literal's characters (between `start` and `end`, its quotes included), each placed: runs without an escape copied whole. */
function decodeString(source: string, start: number, end: number, out: { pieces: string[]; at: Int32Array; after: Int32Array; length: number }): void {
  const last = end - 1;
  for (let i = start + 1; i < last; ) {
    const escape = source.indexOf("\\", i);
    const plain = escape < 0 || escape > last ? last : escape;
    if (plain > i) {
      out.pieces.push(source.slice(i, plain));
      for (let k = i; k < plain; k++, out.length++) {
        out.at[out.length] = k;
        out.after[out.length] = k + 1;
      }
      i = plain;
      continue;
    }
    const e = source[i + 1]!;
    out.pieces.push(e === "u" ? String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)) : (SIMPLE_ESCAPES[e] ?? e));
    out.at[out.length] = i;
    i += e === "u" ? 6 : 2;
    out.after[out.length++] = i;
  }
}

/** The cell's lines as IPython's cleanup leaves them: leading blank lines dropped, the first line's indent and pasted prompts taken off each line. */
function cleanedCell(cell: Placed): Placed {
  let lines = splitLines(cell);
  const blank = lines.findIndex((line) => line.text.trim() !== "");
  lines = blank < 0 ? [] : lines.slice(blank);
  const indent = /^[ \t]+/.exec(lines[0]?.text ?? "")?.[0];
  if (indent) lines = lines.map((line) => (line.text.startsWith(indent) ? slice(line, indent.length) : line));
  for (const prompt of [
    { first: /^>>>(?: |$)/m, each: /^(?:>>>|\.\.\.)(?: |$)/m },
    { first: /^(?:In \[\d+\]: |\s*\.{3,}: ?)/, each: /^(?:In \[\d+\]: |\s*\.{3,}: ?)/ },
  ]) {
    // As IPython's PromptStripper: a first line with the prompt, or a second line with the continuation's.
    if (!prompt.first.test(lines[0]?.text ?? "") && !(lines.length > 1 && prompt.each.test(lines[1]!.text))) continue;
    lines = lines.map((line) => slice(line, prompt.each.exec(line.text)?.[0].length ?? 0));
  }
  return join(lines);
}

/**
 * A cell's lines, each with its line break. A lone `\r` ends no line here: IPython reads no escape after one (the cell
 * then fails to compile, as its program fails to parse).
 */
function splitLines(cell: Placed): Placed[] {
  const out: Placed[] = [];
  const ends = /\n/g;
  for (let from = 0; from < cell.text.length; ) {
    ends.lastIndex = from;
    const end = ends.exec(cell.text);
    const to = end ? end.index + end[0].length : cell.text.length;
    out.push(slice(cell, from, to));
    from = to;
  }
  return out;
}

const slice = (p: Placed, from: number, to = p.text.length): Placed => ({ text: p.text.slice(from, to), at: p.at.subarray(from, to), after: p.after.subarray(from, to) });

function join(parts: readonly Placed[]): Placed {
  const size = parts.reduce((n, p) => n + p.text.length, 0);
  const out = { text: parts.map((p) => p.text).join(""), at: new Int32Array(size), after: new Int32Array(size) };
  let n = 0;
  for (const p of parts) {
    out.at.set(p.at, n);
    out.after.set(p.after, n);
    n += p.text.length;
  }
  return out;
}

/** One cell (or a Python-running cell magic's body) into the program. */
function writeCell(raw: Placed, out: ProgramWriter, depth: number): void {
  const cell = cleanedCell(raw);
  const lines = splitLines(cell);
  const first = lines[0];
  if (first && isCellMagic(first.text)) {
    const [, name = "", args = ""] = /^%%(!|[\w.]*)[ \t]*([^\r\n]*)/.exec(first.text)!;
    const body = join(lines.slice(1));
    const use = magicUse(name, true);
    const pythonBody = use === "python" || (use === "file" && /\.pyw?\s*$/.test(args.replace(/^(?:-a\s+|--append\s+)/, "")));
    if (pythonBody && depth < MAX_CELL_DEPTH) {
      // `%%timeit -n 3 setup()`: the statement after the options runs first (`%%capture out` names a variable).
      const statement = use === "python" && name !== "capture" ? afterOptions(name, args) : "";
      writeMagic(first, out, undefined, statement ? { text: statement, from: first.text.indexOf(statement, name.length + 2) } : undefined);
      writeCell(body, out, depth + 1);
      return;
    }
    // A body nested past MAX_CELL_DEPTH is not read: code the scan cannot vouch for.
    const kind: MagicKind | undefined = use === "file" || use === "inert" ? undefined : use === "shell" || use === "network" ? use : "code";
    // The body is not this program's: a shell's script, a file's contents, a page's script.
    writeMagic(first, out, kind && { kind, what: `the %%${name} cell magic${use === "code" ? ", which the scan does not know" : ""}` });
    return;
  }
  // IPython's prefilter reads a cell of one line (trailing blank lines count as lines, as `str.splitlines` counts them).
  const oneLine = lines.length === 1 ? out.bound : undefined;
  const from = out.pieceCount;
  for (let i = 0; i < lines.length; ) i = writeLine(lines, i, out, oneLine);
  const closer = closerOf(out.textFrom(from));
  if (closer) out.stand(closer, cell.after[cell.text.length - 1] ?? cell.at[0] ?? 0);
}

/**
 * What closes a cell's code left open at its end (a string, brackets, a line continued by `\`). The kernel compiles
 * each cell alone: such a cell is a SyntaxError that runs nothing, and the next cell starts afresh, where in the one
 * program the cells make it would be read inside the string (`DOC = """` in a cell tagged `raises-exception`, which
 * nbclient runs past, would hide the cells up to the next `"""`). One pass, each character looked at once.
 */
function closerOf(code: string): string {
  const brackets: string[] = [];
  let quote = "";
  let continued = false;
  let comment = false;
  for (let j = 0; j < code.length; j++) {
    const c = code[j]!;
    if (c === "\\") {
      // An escape, or a line continued: at the very end, the closer starts on a line of its own (else it would be escaped).
      continued = j + 1 >= code.length || (j + 2 === code.length && code[j + 1] === "\r");
      j++;
    } else if (quote) {
      if (code.startsWith(quote, j)) {
        j += quote.length - 1;
        quote = "";
      } else if (c === "\n" && quote.length === 1) quote = "";
    } else if (c === "#") {
      const newline = code.indexOf("\n", j);
      comment = newline < 0;
      j = comment ? code.length : newline - 1;
    } else if (c === "'" || c === '"') {
      quote = code.startsWith(c.repeat(3), j) ? c.repeat(3) : c;
      j += quote.length - 1;
    } else if ("([{".includes(c)) brackets.push(")]}"["([{".indexOf(c)]!);
    else if (")]}".includes(c)) brackets.pop();
  }
  const close = quote + brackets.reverse().join("");
  return continued || (comment && close) ? `\n${close}` : close;
}

/** The short options of a timer, profiler or debugger that take a value (`-n 10`, `-n10`, `-s cumulative`), as IPython's parse_options reads them. */
const OPTION_VALUES: Record<string, string> = { timeit: "nrp", prun: "lsTD", debug: "b" };

/** The statement after a timer's, profiler's or debugger's options (`-n 10 -r 3 f()` → `f()`). */
function afterOptions(name: string, args: string): string {
  const values = OPTION_VALUES[name] ?? "";
  let valueNext = false;
  for (const word of args.matchAll(/\S+/g)) {
    if (valueNext) valueNext = false;
    else if (!word[0].startsWith("-")) return args.slice(word.index).trim();
    // `-n10` holds its value; `-n 10` and `--breakpoint f:3` take the next word.
    else valueNext = word[0].startsWith("--") ? word[0] === "--breakpoint" : [...word[0].slice(1)].findIndex((c) => values.includes(c)) === word[0].length - 2;
  }
  return "";
}

/**
 * Lines `i`… of a cell: a logical line (a statement's lines, brackets and strings followed) copied, or a magic's lines
 * (continued by a trailing `\`) written as what stands for them. Returns the next line's index.
 */
function writeLine(lines: Placed[], i: number, out: ProgramWriter, oneLine: ReadonlySet<string> | undefined): number {
  const line = lines[i]!;
  const escaped = escapeOf(line.text, oneLine);
  if (escaped) {
    let end = i + 1;
    while (/\\(?:\r\n?|\n)$/.test(lines[end - 1]!.text) && end < lines.length) end++;
    const magic = join(lines.slice(i, end));
    writeEscaped(magic, escaped, out);
    return end;
  }
  const end = logicalEnd(lines, i);
  for (let k = i; k < end; k++) out.copy(lines[k]!, 0, lines[k]!.text.length);
  return end;
}

interface Escape {
  /** Where the escape starts (after the indent, or after `name =`). */
  at: number;
  form: "shell" | "magic" | "help" | "paren" | "quote";
}

/** IPython's escape starting a logical line (after its indent; or after `x =`, for `!` and `%`), or automagic's. */
/** `oneLine`: in a cell of one line, the names the cells before bind (they shadow a magic's name); else undefined. */
function escapeOf(text: string, oneLine: ReadonlySet<string> | undefined): Escape | undefined {
  const indent = /^[ \t]*/.exec(text)![0].length;
  const c = text[indent];
  if (c === "!") return { at: indent, form: "shell" };
  if (c === "%") return { at: indent, form: "magic" };
  if (c === "?") return { at: indent, form: "help" };
  if (c === "/") return { at: indent, form: "paren" };
  if (c === "," || c === ";") return { at: indent, form: "quote" };
  // `files = !ls`, `out = %sx ls`, `d["k"]: list = !ls`: the line's first bare `=`, then the escape.
  const assigned = assignedEscape(text, indent);
  if (assigned !== undefined) return { at: assigned, form: text[assigned] === "!" ? "shell" : "magic" };
  // A line ending in `?` (before a comment) asks for help: IPython shows it, running nothing.
  const hash = text.indexOf("#");
  if (!/['"]/.test(text) && /\?[ \t]*$/.test((hash < 0 ? text : text.slice(0, hash)).replace(/(?:\r\n?|\n)$/, ""))) return { at: indent, form: "help" };
  // Automagic, in a cell of one line: `pip install x`, `ls -la` (IPython's prefilter: a magic's or alias's name first, not
  // then assigned, nor a name the notebook binds: `from agents import run` … `run(task)` calls that).
  if (oneLine) {
    const word = /^[ \t]*([A-Za-z_]\w*)(?![\w.*?])([ \t]*)(.?)/.exec(text);
    if (word && Object.hasOwn(LINE_MAGICS, word[1]!) && word[3] !== "=" && word[3] !== "," && !oneLine.has(word[1]!)) return { at: indent, form: "magic" };
  }
  return undefined;
}

/**
 * Where the escape of `target = !cmd` or `target = %magic` is: after the line's first bare `=` at no bracket's depth and
 * outside strings, the line not starting with it (IPython's _find_assign_op: `d["k"] = !ls`, `x: list = !ls` and
 * `if ok: out = !ls` are assignments of its output; `f(a=!b)`, `x == !y`, `x += !y` are not). One pass.
 */
function assignedEscape(text: string, indent: number): number | undefined {
  let depth = 0;
  for (let j = indent; j < text.length; j++) {
    const c = text[j]!;
    if (c === "#" || c === "\n") return undefined;
    if (c === "'" || c === '"') {
      const quote = text.startsWith(c.repeat(3), j) ? c.repeat(3) : c;
      let k = j + quote.length;
      while (k < text.length && !text.startsWith(quote, k)) k += text[k] === "\\" ? 2 : 1;
      if (k >= text.length) return undefined;
      j = k + quote.length - 1;
    } else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
    else if (c === "=" && depth === 0) {
      // `==`, `!=`, `<=`, `:=`, `+=` … are other operators.
      if (text[j + 1] === "=") j++;
      else if (!"=!<>:+-*/%&|^@".includes(text[j - 1] ?? "")) {
        const escape = j > indent ? /^[ \t]*(?=!|%[A-Za-z_])/.exec(text.slice(j + 1)) : null;
        return escape ? j + 1 + escape[0].length : undefined;
      }
    }
  }
  return undefined;
}

/** A magic, shell or autocall escape's lines into the program. */
function writeEscaped(magic: Placed, escape: Escape, out: ProgramWriter): void {
  const text = magic.text;
  const body = text.slice(escape.at).replace(/(?:\r\n?|\n)$/, "");
  if (escape.form === "shell") return writeMagic(magic, out, { kind: "shell", what: "IPython's shell escape" }, undefined, escape.at);
  if (escape.form === "help") return writeMagic(magic, out, undefined, undefined, escape.at);
  if (escape.form === "paren" || escape.form === "quote") {
    // `/f a, b` is `f(a, b)`; `,f a b` and `;f a b` call f with the words as strings: read as `f()` (the strings are not code).
    const m = /^[/,;]([\w.]+)/.exec(body);
    if (!m) return writeMagic(magic, out, { kind: "code", what: "IPython's autocall escape" }, undefined, escape.at);
    const indent = escape.at;
    out.copy(magic, 0, indent);
    const name = indent + 1;
    out.copy(magic, name, name + m[1]!.length);
    out.stand("(", magic.at[name + m[1]!.length] ?? magic.at[name]!);
    if (escape.form === "paren") out.copy(magic, name + m[1]!.length, indent + body.length);
    out.stand(")\n", magic.at[indent + body.length] ?? magic.at[name]!);
    return;
  }
  // `%name rest`, or automagic's `name rest`.
  const [, name = "", rest = ""] = /^%?([\w.%]*)[ \t]*(.*)$/s.exec(body) ?? [];
  const use = magicUse(name, false, rest);
  if (use === "file") return writeMagic(magic, out, undefined, undefined, escape.at);
  if (use === "python" || use === "import") {
    const statement = use === "python" ? afterOptions(name, rest) : rest.trim();
    const from = statement ? text.indexOf(statement, escape.at + name.length + 1) : -1;
    if (use === "import" && !/^[A-Za-z_][\w.]*$/.test(statement)) return writeMagic(magic, out, { kind: "code", what: `the %${name} magic given no module's name` }, undefined, escape.at);
    return writeMagic(magic, out, undefined, from < 0 ? undefined : { text: statement, from, prefix: use === "import" ? "import " : "" }, escape.at);
  }
  writeMagic(magic, out, use === "inert" ? undefined : { kind: use, what: Object.hasOwn(LINE_MAGICS, name) ? `the %${name} magic` : `the %${name} magic, which the scan does not know` }, undefined, escape.at);
}

/**
 * A magic's line in the program: its indent, then what it runs as Python (`statement`, placed where it is written) or
 * `pass`, reported as `reported` says; a `#` comment ending it is kept (a suppression there applies to it).
 */
function writeMagic(magic: Placed, out: ProgramWriter, reported: { kind: MagicKind; what: string } | undefined, statement?: { text: string; from: number; prefix?: string }, at = /^[ \t]*/.exec(magic.text)![0].length): void {
  const firstLine = magic.text.split(/\r\n?|\n/)[0]!;
  const indent = /^[ \t]*/.exec(firstLine)![0].length;
  // `target = !cmd`: the target is code too (`d[f()] = !ls` calls f), assigned what stands for the escape.
  const assigned = at > indent;
  out.copy(magic, 0, assigned ? at : indent);
  const start = out.length;
  if (statement) {
    out.stand(`${assigned && statement.prefix ? "None; " : ""}${statement.prefix ?? ""}`, magic.at[statement.from]!);
    out.copy(magic, statement.from, statement.from + statement.text.length);
  } else out.stand(assigned ? "None" : "pass", magic.at[at]!);
  const end = out.length;
  const comment = Math.min(...[" #", "\t#"].map((mark) => firstLine.indexOf(mark)).filter((i) => i >= 0));
  if (Number.isFinite(comment) && !statement) out.copy(magic, comment, firstLine.length);
  const last = magic.text.length - (/(?:\r\n?|\n)$/.exec(magic.text)?.[0].length ?? 0);
  if (reported) {
    const written = magic.text.slice(at, last).replace(/\\(?:\r\n?|\n)/g, " ").replace(/\s+/g, " ").trim();
    out.magics.push({ kind: reported.kind, start, end, fileStart: magic.at[at]!, fileEnd: magic.after[last - 1] ?? magic.at[at]!, written: written.length > WRITTEN_CHARS ? `${written.slice(0, WRITTEN_CHARS - 1)}…` : written, what: reported.what });
  }
  // The magic's continuation lines become blank lines: the program keeps one line per line of the cell.
  for (let i = indent; i < magic.text.length; i++) if (magic.text[i] === "\n" || (magic.text[i] === "\r" && magic.text[i + 1] !== "\n")) out.put("\n", magic.at[i]!, magic.after[i]!);
  if (!/[\r\n]$/.test(magic.text)) out.put("\n", magic.after[magic.text.length - 1] ?? 0, magic.after[magic.text.length - 1] ?? 0);
}

/**
 * The index after the logical line starting at lines[i]: past lines inside brackets, strings (triple-quoted ones
 * across lines) and backslash continuations, as Python's tokenizer joins them. A line starting inside one is no
 * statement's start, so an escape there is not IPython's.
 */
function logicalEnd(lines: Placed[], i: number): number {
  let depth = 0;
  let quote = "";
  for (let k = i; k < lines.length; k++) {
    const text = lines[k]!.text;
    // A backslash just before the line's break continues it.
    const bodyEnd = text.length - (/(?:\r\n?|\n)$/.exec(text)?.[0].length ?? 0);
    let continued = false;
    for (let j = 0; j < text.length; j++) {
      const c = text[j]!;
      if (quote) {
        if (c === "\\") j++;
        else if (text.startsWith(quote, j)) {
          j += quote.length - 1;
          quote = "";
        } else if ((c === "\n" || c === "\r") && quote.length === 1) quote = "";
        continue;
      }
      if (c === "#") break;
      if (c === "'" || c === '"') quote = text.startsWith(c.repeat(3), j) ? c.repeat(3) : c;
      if (quote.length === 3) j += 2;
      else if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
      else if (c === "\\" && j === bodyEnd - 1 && bodyEnd < text.length) continued = true;
    }
    if (!quote && depth === 0 && !continued) return k + 1;
  }
  return lines.length;
}
