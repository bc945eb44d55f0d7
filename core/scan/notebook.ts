import * as jsonc from "jsonc-parser";

/**
 * A Jupyter notebook as the program its kernel runs (`jupyter nbconvert --execute`, papermill, `pytest --nbmake`): its
 * code cells in order, one Python program (names flow from cell to cell), each character placed at the JSON text it is
 * decoded from, so a finding's line and column are the notebook file's. IPython's own syntax is read as IPython
 * reads it (inputtransformer2, and the prefilter of a one-line cell): a shell escape (`!cmd`, `x = !cmd`, `%%bash`),
 * a magic (`%pip`, `%run`, `%load_ext`, `%%writefile`), an autocall escape (`/f x`), a prompt pasted in (`>>> `) and a
 * cell's common indent. A magic the table below does not know is what an extension defines (`%%sql`, `%ai`): the scan
 * cannot say what it runs, so it is reported (scan/dynamic-code).
 */

/** A notebook by its name. */
export const NOTEBOOK_FILE = /\.ipynb$/i;

/** What a magic does, for the finding at it: a process, a network call, code the scan does not read, or nothing the gate watches. */
type MagicKind = "shell" | "network" | "code";

/** How a magic's text is read: reported (MagicKind), its rest run as Python, its argument imported, or nothing. */
type MagicUse = MagicKind | "python" | "import" | "inert";

/** One magic reported: the `pass` standing for it in the program, and the notebook's text it is. */
export interface NotebookMagic {
  kind: MagicKind;
  /** Program offsets of the `pass` standing in its place (its suppression comment, if any, follows on its line). */
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
  ...Object.fromEntries(["sx", "system", "sc", "pip", "conda", "mamba", "micromamba", "uv", "edit", "ed", "qtconsole"].map((m) => [m, "shell"])),
  // IPython's default aliases on POSIX: `%ls`, or `ls -la` alone in a cell, runs the program.
  ...Object.fromEntries(["cat", "cp", "ldir", "lf", "lk", "ll", "ls", "lx", "mkdir", "mv", "rm", "rmdir", "clear", "less", "more", "man"].map((m) => [m, "shell"])),
  pastebin: "network",
  // An alias is a line magic: its name alone in a one-line cell runs its command (automagic), at a cell the scan cannot
  // tie to it, so the command is reported where it is defined; `%rehashx` makes every program on PATH one.
  rehashx: "shell",
  // A magic's alias (`-p` binds its parameters) runs by a name the scan does not follow.
  alias_magic: "code",
  // A file run, or loaded into the next cell; stored variables are pickles read back (`%store -r`): MAGIC_USE_WITH.
  run: "code",
  load: "code",
  loadpy: "code",
  // The statement after the options runs as Python.
  ...Object.fromEntries(["time", "timeit", "prun", "debug"].map((m) => [m, "python"])),
  // An extension is a module imported (its `load_ipython_extension` runs).
  ...Object.fromEntries(["load_ext", "reload_ext", "aimport"].map((m) => [m, "import"])),
  ...Object.fromEntries(
    ["alias", "autoawait", "autocall", "automagic", "autoreload", "autosave", "bookmark", "cd", "colors", "config", "connect_info", "dhist", "dirs", "doctest_mode", "env", "set_env", "gui", "hist", "history", "killbgscripts", "logoff", "logon", "logstart", "logstate", "logstop", "lsmagic", "macro", "magic", "matplotlib", "notebook", "page", "pdb", "pdef", "pdoc", "pfile", "pinfo", "pinfo2", "popd", "pprint", "precision", "psearch", "psource", "pushd", "pwd", "pycat", "pylab", "quickref", "recall", "rep", "rerun", "reset", "reset_selective", "save", "store", "tb", "unalias", "unload_ext", "who", "who_ls", "whos", "xdel", "xmode"].map((m) => [m, "inert"]),
  ),
};

/** A magic whose arguments make it do more than the table says (it lists, or reads history, without them). */
const MAGIC_USE_WITH: Record<string, [RegExp, MagicKind]> = {
  // `%store -r` reads stored variables back: pickles, which run what they name.
  store: [/(?:^|\s)-\w*r/, "code"],
  // `%alias name command` defines an alias (see rehashx); `%alias` alone lists them.
  alias: [/\S\s+\S/, "shell"],
  // `%macro m <file, URL or a string's name>`: code run later by the macro's name. Of history ranges only (`%macro m 1-3 5`),
  // cells already read; `%macro` alone lists them.
  macro: [/^(?:-\w+\s+)*[^\s-]\S*\s+(?![\d~/:-]+(?:\s+[\d~/:-]+)*\s*$)\S/, "code"],
  // Code read from a URL (IPython's find_user_code) is fetched.
  pycat: [/(?:^|\s)https?:\/\//, "network"],
  save: [/(?:^|\s)https?:\/\//, "network"],
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

/** How deep a cell magic running its cell as Python (`%%time`, `%%capture`) may hold another. */
const MAX_CELL_DEPTH = 8;

/** How much of a magic a message quotes. */
const WRITTEN_CHARS = 60;

/** A kernel language read as Python (the kernelspec's or language_info's name; none: Jupyter's default, python3). */
const PYTHON_KERNEL = /^(?:i?python\d*(?:\.\d+)*|python)$/i;

/** Text with the notebook offset of each character and of the end of its written form. */
interface Placed {
  text: string;
  at: number[];
  after: number[];
}

class ProgramWriter {
  readonly chars: string[] = [];
  readonly at: number[] = [];
  readonly after: number[] = [];
  readonly magics: NotebookMagic[] = [];

  /** Characters of the cell, each at its own place. */
  copy(cell: Placed, from: number, to: number): void {
    for (let i = from; i < to; i++) this.put(cell.text[i]!, cell.at[i]!, cell.after[i]!);
  }

  /** Characters standing for something written at `start` (a `pass` for a magic, `import ` for `%load_ext`). */
  stand(text: string, start: number): void {
    for (const c of text) this.put(c, start, start);
  }

  put(c: string, at: number, after: number): void {
    this.chars.push(c);
    this.at.push(at);
    this.after.push(after);
  }

  get length(): number {
    return this.chars.length;
  }
}

/**
 * The program a notebook's kernel runs, or why it cannot be read (its JSON does not parse, a cell is not text, its
 * kernel is another language's): the scan reports that (scan/skipped-file), failing closed.
 */
export function notebookProgram(source: string): NotebookProgram | { unreadable: string } {
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
  const language = stringValue(member(member(metadata, "kernelspec"), "language")) ?? stringValue(member(member(metadata, "language_info"), "name")) ?? stringValue(member(member(metadata, "kernelspec"), "name"));
  if (language !== undefined && !PYTHON_KERNEL.test(language) && sources.some((s) => s.text.trim())) return { unreadable: `its kernel runs ${JSON.stringify(language).slice(0, 40)}, which the scan does not read in a notebook` };
  const out = new ProgramWriter();
  // IPython puts its shell in the builtins (`get_ipython().system(…)` runs a command): the table knows it by this import.
  if (sources.length) out.stand("from IPython import get_ipython\n", 0);
  for (const cell of sources) {
    writeCell(cell, out, 0);
    out.put("\n", cell.after[cell.text.length - 1] ?? cell.at[0] ?? 0, cell.after[cell.text.length - 1] ?? 0);
  }
  const end = source.length;
  return { text: out.chars.join(""), at: Int32Array.from([...out.at, end]), after: Int32Array.from([...out.after, end]), magics: out.magics };
}

/** A notebook's program text, for reading its imports without scanning it (empty when it cannot be read). */
export function notebookCode(source: string): string {
  const program = notebookProgram(source);
  return "text" in program ? program.text : "";
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
  const placed: Placed = { text: "", at: [], after: [] };
  const chars: string[] = [];
  for (const part of parts) decodeString(source, part.offset, part.offset + part.length, chars, placed);
  placed.text = chars.join("");
  return placed;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** A JSON string literal's characters (between `start` and `end`, its quotes included), each placed. */
function decodeString(source: string, start: number, end: number, chars: string[], placed: Placed): void {
  for (let i = start + 1; i < end - 1; ) {
    const from = i;
    let c = source[i]!;
    if (c === "\\") {
      const e = source[i + 1]!;
      if (e === "u") {
        c = String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        c = SIMPLE_ESCAPES[e] ?? e;
        i += 2;
      }
    } else i++;
    chars.push(c);
    placed.at.push(from);
    placed.after.push(i);
  }
}

/** The cell's lines as IPython's cleanup leaves them: leading blank lines dropped, the first line's indent and pasted prompts taken off each line. */
function cleanedCell(cell: Placed): Placed {
  let lines = splitLines(cell);
  while (lines.length && !lines[0]!.text.trim()) lines.shift();
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

/** A cell's lines, each with its line break. */
function splitLines(cell: Placed): Placed[] {
  const out: Placed[] = [];
  let from = 0;
  for (let i = 0; i <= cell.text.length; i++) {
    if (i < cell.text.length && cell.text[i] !== "\n") continue;
    const to = Math.min(i + 1, cell.text.length);
    if (to > from) out.push({ text: cell.text.slice(from, to), at: cell.at.slice(from, to), after: cell.after.slice(from, to) });
    from = to;
  }
  return out;
}

const slice = (p: Placed, from: number, to = p.text.length): Placed => ({ text: p.text.slice(from, to), at: p.at.slice(from, to), after: p.after.slice(from, to) });
const join = (parts: Placed[]): Placed => ({ text: parts.map((p) => p.text).join(""), at: parts.flatMap((p) => p.at), after: parts.flatMap((p) => p.after) });

/** One cell (or a Python-running cell magic's body) into the program. */
function writeCell(raw: Placed, out: ProgramWriter, depth: number): void {
  const cell = cleanedCell(raw);
  const lines = splitLines(cell);
  const first = lines[0];
  if (first && first.text.startsWith("%%")) {
    const [, name = "", args = ""] = /^%%(!|[\w.]*)[ \t]*([^\r\n]*)/.exec(first.text)!;
    const body = join(lines.slice(1));
    const use = Object.hasOwn(CELL_MAGICS, name) ? CELL_MAGICS[name]! : "code";
    const pythonBody = use === "python" || (use === "file" && /\.pyw?\s*$/.test(args.replace(/^(?:-a\s+|--append\s+)/, "")));
    if (pythonBody && depth < MAX_CELL_DEPTH) {
      // `%%timeit -n 3 setup()`: the statement after the options runs first (`%%capture out` names a variable).
      const statement = use === "python" && name !== "capture" ? afterOptions(args) : "";
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
  const oneLine = lines.filter((l) => l.text.trim()).length === 1;
  const start = out.length;
  for (let i = 0; i < lines.length; ) i = writeLine(lines, i, out, oneLine);
  const closer = closerOf(out.chars.slice(start).join(""));
  if (closer) out.stand(closer, cell.after[cell.text.length - 1] ?? cell.at[0] ?? 0);
}

/**
 * What closes a cell's code left open at its end (a string, brackets, a line continued by `\`). The kernel compiles
 * each cell alone: such a cell is a SyntaxError that runs nothing, and the next cell starts afresh, where in the one
 * program the cells make it would be read inside the string (`DOC = """` in a cell tagged `raises-exception`, which
 * nbclient runs past, would hide the cells up to the next `"""`).
 */
function closerOf(code: string): string {
  const brackets: string[] = [];
  let quote = "";
  let continued = false;
  for (let j = 0; j < code.length; j++) {
    const c = code[j]!;
    if (c === "\\") {
      // An escape, or a line continued: what follows is taken with it; at the end it takes the closer's first character.
      continued = /^\r?$/.test(code.slice(j + 1));
      j++;
    } else if (quote) {
      if (code.startsWith(quote, j)) {
        j += quote.length - 1;
        quote = "";
      } else if (c === "\n" && quote.length === 1) quote = "";
    } else if (c === "#") {
      while (j + 1 < code.length && code[j + 1] !== "\n") j++;
    } else if (c === "'" || c === '"') {
      quote = code.startsWith(c.repeat(3), j) ? c.repeat(3) : c;
      j += quote.length - 1;
    } else if ("([{".includes(c)) brackets.push(")]}"["([{".indexOf(c)]!);
    else if (")]}".includes(c)) brackets.pop();
  }
  return `${continued ? "\n" : ""}${quote}${brackets.reverse().join("")}`;
}

/** The statement after a timer's or profiler's options (`-n 10 -r 3 f()` → `f()`). */
function afterOptions(args: string): string {
  return args.replace(/^(?:-{1,2}[A-Za-z][\w-]*(?:[ \t]*(?:\d+|[\w.:/]+(?=[ \t]+-)))?[ \t]+)*/, "").trim();
}

/**
 * Lines `i`… of a cell: a logical line (a statement's lines, brackets and strings followed) copied, or a magic's lines
 * (continued by a trailing `\`) written as what stands for them. Returns the next line's index.
 */
function writeLine(lines: Placed[], i: number, out: ProgramWriter, oneLine: boolean): number {
  const line = lines[i]!;
  const escaped = escapeOf(line.text, oneLine);
  if (escaped) {
    let end = i + 1;
    while (/\\\r?\n$/.test(lines[end - 1]!.text) && end < lines.length) end++;
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
function escapeOf(text: string, oneLine: boolean): Escape | undefined {
  const indent = /^[ \t]*/.exec(text)![0].length;
  const c = text[indent];
  if (c === "!") return { at: indent, form: "shell" };
  if (c === "%") return { at: indent, form: "magic" };
  if (c === "?") return { at: indent, form: "help" };
  if (c === "/") return { at: indent, form: "paren" };
  if (c === "," || c === ";") return { at: indent, form: "quote" };
  // `files = !ls`, `out = %sx ls`, `d["k"]: list = !ls`: the first `=` of the line at no bracket's depth, then the escape.
  const assigned = assignedEscape(text, indent);
  if (assigned !== undefined) return { at: assigned, form: text[assigned] === "!" ? "shell" : "magic" };
  // A line ending in `?` (before a comment) asks for help: IPython shows it, running nothing.
  if (!/['"]/.test(text) && /\?[ \t]*$/.test(text.split("#")[0]!.replace(/\r?\n$/, ""))) return { at: indent, form: "help" };
  // Automagic, in a cell of one line: `pip install x`, `ls -la` (IPython's prefilter: a magic's or alias's name first, not then assigned).
  if (oneLine) {
    const word = /^[ \t]*([A-Za-z_]\w*)(?![\w.*?])([ \t]*)(.?)(.?)/.exec(text);
    if (word && Object.hasOwn(LINE_MAGICS, word[1]!) && !((word[3] === "=" && word[4] !== "=") || word[3] === ",")) return { at: indent, form: "magic" };
  }
  return undefined;
}

/**
 * Where the escape of `target = !cmd` or `target = %magic` is: after the line's first bare `=` at no bracket's depth and
 * outside strings, the line not starting with it (IPython's _find_assign_op: `d["k"] = !ls`, `x: list = !ls` and
 * `if ok: out = !ls` are assignments of its output; `f(a=!b)`, `x == !y`, `x += !y` are not).
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
  const body = text.slice(escape.at).replace(/\r?\n$/, "");
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
  const withArgs = Object.hasOwn(MAGIC_USE_WITH, name) && MAGIC_USE_WITH[name]![0].test(rest) ? MAGIC_USE_WITH[name]![1] : undefined;
  const use = Object.hasOwn(LINE_MAGICS, name) ? (withArgs ?? LINE_MAGICS[name]!) : "code";
  if (use === "python" || use === "import") {
    const statement = use === "python" ? afterOptions(rest) : rest.trim();
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
  const firstLine = magic.text.split("\n")[0]!;
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
  const comment = /[ \t]#[^\n]*$/.exec(firstLine.replace(/\r$/, ""));
  if (comment && !statement) out.copy(magic, comment.index, comment.index + comment[0].length);
  const last = magic.text.length - (magic.text.endsWith("\r\n") ? 2 : magic.text.endsWith("\n") ? 1 : 0);
  if (reported) {
    const written = magic.text.slice(at, last).replace(/\\\r?\n/g, " ").replace(/\s+/g, " ").trim();
    out.magics.push({ kind: reported.kind, start, end, fileStart: magic.at[at]!, fileEnd: magic.after[last - 1] ?? magic.at[at]!, written: written.length > WRITTEN_CHARS ? `${written.slice(0, WRITTEN_CHARS - 1)}…` : written, what: reported.what });
  }
  // The magic's continuation lines become blank lines: the program keeps one line per line of the cell.
  for (let i = indent; i < magic.text.length; i++) if (magic.text[i] === "\n") out.put("\n", magic.at[i]!, magic.after[i]!);
  if (!magic.text.endsWith("\n")) out.put("\n", magic.after[magic.text.length - 1] ?? 0, magic.after[magic.text.length - 1] ?? 0);
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
    let continued = false;
    for (let j = 0; j < text.length; j++) {
      const c = text[j]!;
      if (quote) {
        if (c === "\\") j++;
        else if (text.startsWith(quote, j)) {
          j += quote.length - 1;
          quote = "";
        } else if (c === "\n" && quote.length === 1) quote = "";
        continue;
      }
      if (c === "#") break;
      if (c === "'" || c === '"') quote = text.startsWith(c.repeat(3), j) ? c.repeat(3) : c;
      if (quote.length === 3) j += 2;
      else if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
      else if (c === "\\" && /^\\\r?\n$/.test(text.slice(j))) continued = true;
    }
    if (!quote && depth === 0 && !continued) return k + 1;
  }
  return lines.length;
}
