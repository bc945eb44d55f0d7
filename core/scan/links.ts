/**
 * The project imports of a file, read from its text without parsing it (every file, parsed or not: a
 * barrel of re-exports has nothing the prefilter would parse it for). JavaScript: each quoted project
 * specifier (relative, or a tsconfig `paths` alias) is found once, and the statement around it is read
 * backwards from it, so multi-line import lists cost nothing extra and files without project
 * specifiers cost one scan for quotes. Python: `from X import a, (b,\n c)`.
 */
import { Literal } from "./literal";
import type { PlacedHop } from "./placed";
import type { Link } from "./project";

/** Longest specifier read. */
const MAX_SPECIFIER = 500;
/** How far back from a specifier an `import {…} from` list may start (a longer list is not read). */
const LOOKBACK = 4000;

/** `import a, b as c` and `from x import (a, b)` at a line's start (after spaces or tabs), each tried where its first word is written (pythonStatements). */
const PY_IMPORT = /(?<=^[ \t]*)import[ \t]+([^\n#;\\()]+)/my;
const PY_FROM = /(?<=^[ \t]*)from[ \t]+(\.+[\w.]*|[A-Za-z_][\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)/my;
const IMPORT = new Literal("import");
const FROM = new Literal("from");
const IDENT = /^[\w$]+$/;
/** The helper TypeScript emits for `export * from` in CommonJS, ending right before its `(`. */
const EXPORT_STAR = /(?:^|[^\w$])__exportStar\s*$/;
/** The helpers that hand back a CommonJS module as a namespace (`tslib_1.__importStar`, Babel's `_interopRequireWildcard`), ending right before their `(`. */
export const NAMESPACE_HELPER_NAME = String.raw`(?:[\w$]+\s*\.\s*)?(?:__importStar|_interopRequireWildcard)`;
const NAMESPACE_HELPER = new RegExp(String.raw`(?<![\w$])${NAMESPACE_HELPER_NAME}\s*$`);
/** What follows `require("./x"` in that helper's call: `), exports)`. */
const EXPORTS_ARGUMENT = /^\s*\)\s*,\s*exports\s*\)/;

/** Reads a file's project links; `aliases` are the tsconfig/jsconfig `paths` prefixes that also name project files (`@/`, `~lib/`). */
export class LinkReader {
  /** What a project specifier starts with after its quote: `./`, `../` (found as `./`), and the aliases. */
  private readonly starts: string[];

  constructor(readonly aliases: readonly string[] = []) {
    this.starts = ["./", ...aliases.filter((a) => !a.startsWith("./") && !a.startsWith("../"))];
  }

  read(path: string, text: string, place: (start: number, end: number) => PlacedHop): Link[] {
    if (path.endsWith(".py")) return text.includes("import") ? pythonLinks(text, place) : [];
    return this.javascriptLinks(text, place);
  }

  private javascriptLinks(text: string, place: (start: number, end: number) => PlacedHop): Link[] {
    const found: Array<[quote: number, end: number]> = [];
    // indexOf, not a regular expression: most files have no project specifier, and this is done for every file.
    for (const start of this.starts) {
      for (let i = text.indexOf(start); i >= 0; i = text.indexOf(start, i + start.length)) {
        const quote = start === "./" && text[i - 1] === "." ? i - 2 : i - 1;
        const q = text[quote];
        if (q !== '"' && q !== "'") continue;
        const end = text.indexOf(q, i);
        if (end < 0 || end - i > MAX_SPECIFIER || text.slice(i, end).includes("\n")) continue;
        found.push([quote, end]);
      }
    }
    if (this.starts.length > 1) found.sort((a, b) => a[0] - b[0]);
    const out: Link[] = [];
    for (const [quote, end] of found) {
      const link = statementOf(text, quote, text.slice(quote + 1, end));
      if (!link) continue;
      if (link.reexport) link.hop = place(link.start, end + 1);
      out.push({ specifier: link.specifier, names: link.names, reexport: link.reexport, ...(link.namespace ? { namespace: link.namespace } : {}), ...(link.inline ? { inline: true } : {}), ...(link.hop ? { hop: link.hop } : {}) });
    }
    return out;
  }
}

/**
 * Index of the last character before `at` that is neither white space nor in a block comment (-1 at the start): a
 * comment may stand between any two tokens (`from /* c *\/ "./shell"`). Where a line comment does
 * (`require( // c` and the specifier on the next line), the link is not read.
 */
function skipSpaceBack(text: string, at: number): number {
  let i = at - 1;
  for (;;) {
    while (i >= 0 && /\s/.test(text[i]!)) i--;
    const open = text[i] === "/" && text[i - 1] === "*" ? text.lastIndexOf("/*", i - 2) : -1;
    if (open < 0) return i;
    i = open - 1;
  }
}

/** Does the word `word` end at index `end` (inclusive), standing alone? */
function wordEndsAt(text: string, end: number, word: string): boolean {
  const start = end - word.length + 1;
  return start >= 0 && text.startsWith(word, start) && !/[\w$.]/.test(text[start - 1] ?? " ");
}

type Read = Omit<Link, "hop"> & { start: number; hop?: PlacedHop };

/** The import, re-export or require a specifier at `at` belongs to. */
function statementOf(text: string, at: number, specifier: string): Read | undefined {
  const before = skipSpaceBack(text, at);
  if (wordEndsAt(text, before, "from")) {
    const fromAt = before - 3;
    const window = Math.max(0, fromAt - LOOKBACK);
    const start = Math.max(lastWord(text, "import", fromAt, window), lastWord(text, "export", fromAt, window));
    if (start < 0) return undefined;
    const clause = text.slice(start + 6, fromAt);
    if (/[;'"`]/.test(clause)) return undefined;
    return text.startsWith("import", start) ? importClause(clause, specifier, start) : exportClause(clause, specifier, start);
  }
  // require("./x") or import("./x"), with what it is assigned to (`await` between).
  if (text[before] !== "(") return undefined;
  const call = skipSpaceBack(text, before);
  const word = wordEndsAt(text, call, "require") ? "require" : wordEndsAt(text, call, "import") ? "import" : undefined;
  if (!word) return undefined;
  let eq = skipSpaceBack(text, call - word.length + 1);
  // TypeScript's CommonJS `export * from "./x"`: `__exportStar(require("./x"), exports)` (`tslib_1.__exportStar` with importHelpers).
  if (word === "require" && text[eq] === "(" && EXPORT_STAR.test(text.slice(Math.max(0, eq - 40), eq)) && EXPORTS_ARGUMENT.test(text.slice(at + specifier.length + 2, at + specifier.length + 40))) {
    const start = skipSpaceBack(text, eq) - "__exportStar".length + 1;
    return { specifier, names: [["*", "*"]], reexport: true, start };
  }
  // TypeScript's and Babel's namespace interop: `const Shims = tslib_1.__importStar(require("./internal/shims"))` is the namespace.
  const helper = word === "require" && text[eq] === "(" ? NAMESPACE_HELPER.exec(text.slice(Math.max(0, eq - 60), eq)) : null;
  if (helper) eq = skipSpaceBack(text, eq - helper[0].length);
  if (wordEndsAt(text, eq, "await")) eq = skipSpaceBack(text, eq - 4);
  // `require("./shell").exec(…)`, `import("./shell").then(…)`: the exports used where loaded.
  if (text[eq] !== "=" || text[eq - 1] === "=" || text[eq - 1] === "!") return { specifier, names: [], inline: true, reexport: false, start: call - word.length + 1 };
  const targetEnd = skipSpaceBack(text, eq);
  if (text[targetEnd] === "}") {
    const open = text.lastIndexOf("{", targetEnd);
    if (open < 0 || targetEnd - open > LOOKBACK) return undefined;
    return { specifier, names: named(text.slice(open + 1, targetEnd), ":"), reexport: false, start: open };
  }
  let s = targetEnd;
  while (s >= 0 && /[\w$.]/.test(text[s]!)) s--;
  const target = text.slice(s + 1, targetEnd + 1);
  if (target === "module.exports") return { specifier, names: [["*", "*"]], reexport: true, start: s + 1 };
  // `const sh = require("./shell")`: module.exports when it is set, else the exports (a namespace).
  return IDENT.test(target) ? { specifier, names: [["default", target]], namespace: target, reexport: false, start: s + 1 } : undefined;
}

/** The start of the last `word` (standing alone) in text[from, to), or -1 (searched in that window only: lastIndexOf alone would search back to the file's start). */
function lastWord(text: string, word: string, to: number, from: number): number {
  const window = text.slice(from, to);
  for (let i = window.lastIndexOf(word); i >= 0; i = i > 0 ? window.lastIndexOf(word, i - 1) : -1) {
    const at = from + i;
    if (!/[\w$.]/.test(text[at - 1] ?? " ") && !/[\w$]/.test(text[at + word.length] ?? " ")) return at;
  }
  return -1;
}

/** `a as b, type c, d` (or `a: b, d` in a destructuring) as [imported, local] pairs. */
function named(list: string, alias = "as"): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const part of list.split(",")) {
    const item = part.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "").trim();
    if (!item || /^type\s/.test(item)) continue;
    const [imported, local] = item.split(alias === "as" ? /\s+as\s+/ : /\s*:\s*/).map((s) => s.trim().replace(/^['"]|['"]$/g, ""));
    const name = local ?? imported!;
    if (imported && IDENT.test(name)) out.push([imported, name]);
  }
  return out;
}

/** `import d, { a as b } from`, `import * as ns from`, `import type … from` (erased: nothing). */
function importClause(clause: string, specifier: string, start: number): Read | undefined {
  let c = clause.trim();
  if (/^type[\s{*]/.test(c)) return undefined;
  const names: Array<[string, string]> = [];
  const open = c.indexOf("{");
  if (open >= 0) {
    names.push(...named(c.slice(open + 1, c.indexOf("}", open))));
    c = c.slice(0, open);
  }
  const namespace = /\*\s*as\s+([\w$]+)/.exec(c)?.[1];
  const def = /^([\w$]+)\s*(?:,|$)/.exec(c.trim())?.[1];
  if (def) names.push(["default", def]);
  if (!names.length && !namespace) return undefined;
  return { specifier, names, reexport: false, start, ...(namespace ? { namespace } : {}) };
}

/** `export { a as b } from`, `export * from`, `export * as ns from` (re-exports). */
function exportClause(clause: string, specifier: string, start: number): Read | undefined {
  const c = clause.trim();
  if (c === "*") return { specifier, names: [["*", "*"]], reexport: true, start };
  const namespace = /^\*\s*as\s+([\w$]+)$/.exec(c)?.[1];
  if (namespace) return { specifier, names: [["*", namespace]], namespace, reexport: true, start };
  const open = c.indexOf("{");
  if (open < 0 || /^type\s/.test(c)) return undefined;
  return { specifier, names: named(c.slice(open + 1, c.indexOf("}", open))), reexport: true, start };
}

/** Python: `from ._compat import httpx`, `from . import (a,\n b as c)`, `from pkg.x import *` (an imported name is a module attribute: always a re-export). */
function pythonLinks(text: string, place: (start: number, end: number) => PlacedHop): Link[] {
  const out: Link[] = [];
  // `import helper`, `import pkg.tools`, `import helper as h`: the module's names are reached as `h.run`, `pkg.tools.run`.
  for (const [, m] of pythonStatements(text, IMPORT, PY_IMPORT)) {
    for (const part of m[1]!.split(",")) {
      const [, dotted, alias] = /^\s*([A-Za-z_][\w.]*)(?:\s+as\s+([A-Za-z_]\w*))?\s*$/.exec(part) ?? [];
      if (dotted) out.push({ specifier: dotted, names: [], namespace: alias ?? dotted, reexport: false });
    }
  }
  for (const [start, m] of pythonStatements(text, FROM, PY_FROM)) {
    const list = m[2]!.replace(/[()\\]/g, " ").replace(/#[^\n]*/g, "");
    const names: Array<[string, string]> = list.trim() === "*" ? [["*", "*"]] : named(list.replace(/\s+as\s+/g, " as "));
    if (names.length) out.push({ specifier: m[1]!, names, reexport: true, hop: place(start, m.index + m[0].length) });
  }
  return out;
}

/**
 * The statements a sticky `statement` (starting with `word`, looking back to a line's start) finds, each with the start
 * of its line's indentation: the matches, in order and not overlapping, that the same test tried at every position
 * of the text (a global `^[ \t]*word…` in multiline mode) finds, at a fraction of the cost (the word is found by indexOf).
 */
function* pythonStatements(text: string, word: Literal, statement: RegExp): Generator<[start: number, match: RegExpExecArray]> {
  let end = 0;
  for (let at = word.indexIn(text); at >= 0; at = word.indexIn(text, Math.max(at + 1, end))) {
    let start = at;
    while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
    // A global test resumes where its last match ended.
    if (start < end) continue;
    statement.lastIndex = at;
    const m = statement.exec(text);
    if (!m) continue;
    end = m.index + m[0].length;
    yield [start, m];
  }
}
