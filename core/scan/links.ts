/**
 * The project imports of a file, read from its text without parsing it (every file, parsed or not: a
 * barrel of re-exports has nothing the prefilter would parse it for). JavaScript: each quoted project
 * specifier (relative, or a tsconfig `paths` alias) is found once, and the statement around it is read
 * backwards from it, so multi-line import lists cost nothing extra and files without project
 * specifiers cost one scan for quotes. Python: `from X import a, (b,\n c)`.
 */
import { importsAsPython } from "./parser";
import { isBuiltin } from "node:module";
import { CommentReader, lineEnd } from "./javascript-comments";
import { Literal } from "./literal";
import type { PlacedHop } from "./placed";
import { searchPaths } from "./python-paths";
import type { Link } from "./project";

/** How far back comments are guessed over before a specifier (Comments.guesses). */
const LOOKBACK = 4000;

/** `import a, b as c` and `from x import (a, b)` at a line's start (after spaces or tabs), each tried where its first word is written (pythonStatements); a comment in the parentheses may hold `)`. */
const PY_IMPORT = /(?<=^[ \t]*)import[ \t]+([^\n#;\\()]+)/my;
const PY_FROM = /(?<=^[ \t]*)from[ \t]+(\.+[\w.]*|[A-Za-z_][\w.]*)[ \t]+import[ \t]+(\((?:[^)#]|#[^\n]*(?![^\n]))*\)|[^\n#;]*)/my;
/** An importer given a module's absolute name written as a string (`import_module("helpers")`, `__import__("json")`). */
const PY_LOADED = /\b(import_module|__import__)[ \t]*\([ \t]*(["'])([A-Za-z_][\w.]*)\2/g;
const IMPORT = new Literal("import");
const FROM = new Literal("from");
const IDENT = /^[\w$]+$/;
/** The helper TypeScript emits for `export * from` in CommonJS, ending right before its `(`. */
const EXPORT_STAR = /(?:^|[^\w$])__exportStar\s*$/;
/**
 * The helpers that hand back a CommonJS module as a namespace, its `default` the module itself unless it was compiled
 * from an ES module (`tslib_1.__importStar`, Babel's `_interopRequireWildcard`, SWC's `_interop_require_wildcard`,
 * esbuild's `__toESM(require("x"), 1)`), ending right before their `(`.
 */
export const NAMESPACE_HELPER_NAME = String.raw`(?:[\w$]+\s*\.\s*)?(?:__importStar|_interopRequireWildcard|_interop_require_wildcard|__toESM)`;
const NAMESPACE_HELPER = new RegExp(String.raw`(?<![\w$])${NAMESPACE_HELPER_NAME}\s*$`);
/** What follows `require("./x"` in that helper's call: `), exports)`. */
const EXPORTS_ARGUMENT = /^\s*\)\s*,\s*exports\s*\)/;

/**
 * A module's search paths named (`module.paths`, `require.main.paths`, `process.mainModule.paths`): a file editing them
 * may load a project file by a bare name (`module.paths.unshift(__dirname + "/plugins"); require("tools")`), so its bare
 * specifiers are read as links too, and it is parsed for the folders it adds (javascript.ts searchPaths).
 */
const PATHS_TEXT = "paths";
/** Sticky, tried where `paths` is written: what comes before it is looked at behind (a regular expression tried at every place of the file cost more). */
const MODULE_PATHS = new RegExp(String.raw`(?<=(?<![\w$.])(?:module|require\s*\.\s*main|process\s*\.\s*mainModule)\s*\.\s*)${PATHS_TEXT}(?![\w$])`, "y");
const PATHS = new Literal(PATHS_TEXT);
/** Whether a text names a module's search paths (MODULE_PATHS). */
export function namesModulePaths(text: string): boolean {
  for (let at = PATHS.indexIn(text); at >= 0; at = PATHS.indexIn(text, at + 1)) {
    MODULE_PATHS.lastIndex = at;
    if (MODULE_PATHS.test(text)) return true;
  }
  return false;
}
/** A bare specifier a module's search paths may resolve (not a builtin's `node:` name, not a URL). */
const BARE = /(["'])((?:@[\w.-]+\/)?\w[\w.-]*(?:\/[\w.-]+)*)\1/g;

/** Reads a file's project links; `aliases` are the tsconfig/jsconfig `paths` prefixes that also name project files (`@/`, `~lib/`). */
export class LinkReader {
  /** What a project specifier starts with after its quote: `./`, `../` (found as `./`), and the aliases. */
  private readonly starts: string[];

  constructor(readonly aliases: readonly string[] = []) {
    this.starts = ["./", ...aliases.filter((a) => !a.startsWith("./") && !a.startsWith("../"))];
  }

  read(path: string, text: string, place: (start: number, end: number) => PlacedHop): Link[] {
    if (importsAsPython(path)) {
      const links = text.includes("import") ? pythonLinks(text, place) : [];
      for (const { kind, folder } of searchPaths(path, text)) links.push({ specifier: folder, names: [], reexport: false, searchPath: kind });
      return links;
    }
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
        // However long (padding must not hide one): the search ends at the next quote of its kind, so the reads stay linear.
        if (end < 0 || text.slice(i, end).includes("\n")) continue;
        found.push([quote, end]);
      }
    }
    if (namesModulePaths(text)) {
      const known = new Set(found.map(([quote]) => quote));
      found.push(...bareSpecifiers(text).filter(([quote]) => !known.has(quote)));
    }
    if (this.starts.length > 1 || found.length > 1) found.sort((a, b) => a[0] - b[0]);
    const out: Link[] = [];
    const comments = new Comments(text);
    // A statement starts after the specifier before it: each is read back that far, however long its list, and no further.
    let floor = 0;
    for (const [quote, end] of found) {
      const link = statementOf(text, quote, text.slice(quote + 1, end), comments, floor);
      floor = end + 1;
      if (!link) continue;
      if (link.reexport) link.hop = place(link.start, end + 1);
      out.push({ specifier: link.specifier, names: link.names, reexport: link.reexport, ...(link.namespace ? { namespace: link.namespace } : {}), ...(link.inline ? { inline: true } : {}), ...(link.hop ? { hop: link.hop } : {}) });
    }
    return out;
  }
}

/** Every quoted bare specifier of a file but a builtin's (its quote and end), for a file editing its module's search paths (MODULE_PATHS). */
function bareSpecifiers(text: string): Array<[quote: number, end: number]> {
  const out: Array<[quote: number, end: number]> = [];
  for (const match of text.matchAll(BARE)) if (!isBuiltin(match[2]!)) out.push([match.index, match.index + match[0].length - 1]);
  return out;
}

/**
 * Where a file's comments are, as far as reading its links needs: a comment may stand between any two tokens
 * (`from /* c *\/ "./shell"`, `require( // c` with the specifier on the next line). Whether a `//` starts a comment is
 * known only from the file read from its start (it may be in a string: `const u = "http://"; require(`), so that
 * reading (javascript-comments.ts) is done only where a token is followed by a line break and its line holds `//`.
 * It errs one way, where it cannot be sure (unsure → code); there the link reader also tries each possible start of
 * the comment before a specifier (guesses), so what the reading cannot decide does not hide a link there (it may
 * read one from a string instead).
 */
class Comments {
  private reader?: CommentReader;

  constructor(private readonly text: string) {}

  /** Where the comment ending at `end` (inclusive), followed by `next`, starts, if it is one for certain; else -1. */
  startOf(end: number, next: number): number {
    const { text } = this;
    if (text[end] === "/" && text[end - 1] === "*") {
      const reader = this.lexed();
      return reader.readsSurely(end) ? reader.commentStart(end) : text.lastIndexOf("/*", end - 2);
    }
    return lineBreakBetween(text, end, next) && lineCommentOpeners(text, end).length ? this.lexed().commentStart(end) : -1;
  }

  /**
   * Where else the last token before `next` may end than `end` (skipSpaceBack's reading): where the comments before
   * it are not read for certain and a line break follows it, before each `//`, `<!--` or `-->` on its line, and so on
   * back over lines each of which may be a comment (within LOOKBACK).
   */
  guesses(end: number, next: number): number[] {
    const { text } = this;
    const out: number[] = [];
    const queue: Array<[end: number, next: number]> = [[end, next]];
    const seen = new Set<number>();
    for (let item = queue.pop(); item; item = queue.pop()) {
      const [at, after] = item;
      if (next - at > LOOKBACK || !lineBreakBetween(text, at, after)) continue;
      const openers = lineCommentOpeners(text, at);
      if (!openers.length || this.lexed().readsSurely(at)) continue;
      for (const opener of openers) {
        const guess = skipSpaceBack(text, opener, this);
        if (seen.has(guess)) continue;
        seen.add(guess);
        out.push(guess);
        queue.push([guess, opener]);
      }
    }
    return out;
  }

  /** May a comment stand in a statement's text[start, to), or hold its first word (on its line, from `from` on)? */
  mayBeIn(start: number, to: number, from: number): boolean {
    return COMMENT_MARK.test(this.text.slice(start, to)) || lineCommentOpeners(this.text, start, from).length > 0;
  }

  /**
   * text[from, to) with its comments blanked (offsets kept); `sure`: read for certain. Where it is not, a `//`
   * or `/*` is taken for a comment's start (the caller tries the text as it is too).
   */
  blanked(from: number, to: number): { text: string; sure: boolean } {
    const { text } = this;
    const reader = this.lexed();
    if (!reader.readsSurely(to)) return { text: text.slice(from, to).replace(COMMENTS, (c) => " ".repeat(c.length)), sure: false };
    let out = "";
    let kept = from;
    for (let i = text.indexOf("/", from); i >= 0 && i < to; i = text.indexOf("/", i + 1)) {
      const next = text[i + 1];
      if ((next !== "/" && next !== "*") || reader.commentStart(i) !== i) continue;
      const end = Math.min(to, next === "/" ? lineEnd(text, i) : text.indexOf("*/", i + 2) + 2);
      out += text.slice(kept, i) + " ".repeat(end - i);
      kept = end;
      i = end - 1;
    }
    return { text: out + text.slice(kept, to), sure: true };
  }

  private lexed(): CommentReader {
    this.reader ??= new CommentReader(this.text);
    return this.reader;
  }
}

/** What may open or close a comment (`<!--` and `-->`: HTML-like comments, read as `//` in a script). */
const COMMENT_MARK = /\/\/|\/\*|\*\/|<!--|-->/;
/** Comments as a reader of one line at a time would take them. */
const COMMENTS = /(?:\/\/|<!--|-->)[^\n\r\u2028\u2029]*|\/\*[\s\S]*?\*\//g;

const isLineBreak = (c: string | undefined) => c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (isLineBreak(text[i])) return true;
  return false;
}

/** Where a comment to the end of the line may start on the line holding `end`, from `from` up to `end`: `//`, and the HTML-like `<!--` and `-->` a script reads as `//`. */
function lineCommentOpeners(text: string, end: number, from = 0): number[] {
  const out: number[] = [];
  for (let i = end; i >= from && !isLineBreak(text[i]); i--) {
    if ((text[i] === "/" && text[i + 1] === "/") || text.startsWith("<!--", i) || text.startsWith("-->", i)) out.push(i);
  }
  return out;
}

/** Index of the last character before `at` that is neither white space nor in a comment (-1 at the start). */
function skipSpaceBack(text: string, at: number, comments: Comments): number {
  let next = at;
  for (;;) {
    let i = next - 1;
    while (i >= 0 && /\s/.test(text[i]!)) i--;
    const start = i >= 0 ? comments.startOf(i, next) : -1;
    if (start < 0) return i;
    next = start;
  }
}

/** Does the word `word` end at index `end` (inclusive), standing alone? */
function wordEndsAt(text: string, end: number, word: string): boolean {
  const start = end - word.length + 1;
  return start >= 0 && text.startsWith(word, start) && !/[\w$.]/.test(text[start - 1] ?? " ");
}

type Read = Omit<Link, "hop"> & { start: number; hop?: PlacedHop };

/** The import, re-export or require a specifier at `at` belongs to. */
function statementOf(text: string, at: number, specifier: string, comments: Comments, floor: number): Read | undefined {
  const before = skipSpaceBack(text, at, comments);
  const read = statementBefore(text, before, at, specifier, comments, floor);
  if (read || before < 0) return read;
  for (const guess of comments.guesses(before, at)) {
    const guessed = statementBefore(text, guess, at, specifier, comments, floor);
    if (guessed) return guessed;
  }
  return undefined;
}

/** The statement around a specifier at `at` whose last token before it ends at `before`, starting at `floor` or later. */
function statementBefore(text: string, before: number, at: number, specifier: string, comments: Comments, floor: number): Read | undefined {
  if (wordEndsAt(text, before, "from")) {
    const fromAt = before - 3;
    const window = Math.min(floor, fromAt);
    const plain = text.slice(window, fromAt);
    const start = statementStart(plain);
    if (start < 0) return undefined;
    const read = importOrExport(plain, start, specifier, window);
    // A comment in the statement (`exec, // don't` in its list, `// re-import` before its `from`) is read past.
    if (!comments.mayBeIn(window + start, fromAt, window)) return read;
    const code = comments.blanked(window, fromAt);
    if (code.sure) return importOrExport(code.text, statementStart(code.text), specifier, window);
    return read ?? importOrExport(code.text, statementStart(code.text), specifier, window);
  }
  // require("./x") or import("./x"), with what it is assigned to (`await` between).
  if (text[before] !== "(") return undefined;
  const call = skipSpaceBack(text, before, comments);
  const word = wordEndsAt(text, call, "require") ? "require" : wordEndsAt(text, call, "import") ? "import" : undefined;
  if (!word) return undefined;
  let eq = skipSpaceBack(text, call - word.length + 1, comments);
  // TypeScript's CommonJS `export * from "./x"`: `__exportStar(require("./x"), exports)` (`tslib_1.__exportStar` with importHelpers).
  if (word === "require" && text[eq] === "(" && EXPORT_STAR.test(text.slice(Math.max(0, eq - 40), eq)) && EXPORTS_ARGUMENT.test(text.slice(at + specifier.length + 2, at + specifier.length + 40))) {
    const start = skipSpaceBack(text, eq, comments) - "__exportStar".length + 1;
    return { specifier, names: [["*", "*"]], reexport: true, start };
  }
  // TypeScript's and Babel's namespace interop: `const Shims = tslib_1.__importStar(require("./internal/shims"))` is the namespace.
  const helper = word === "require" && text[eq] === "(" ? NAMESPACE_HELPER.exec(text.slice(Math.max(0, eq - 60), eq)) : null;
  if (helper) eq = skipSpaceBack(text, eq - helper[0].length, comments);
  if (wordEndsAt(text, eq, "await")) eq = skipSpaceBack(text, eq - 4, comments);
  // `require("./shell").exec(…)`, `import("./shell").then(…)`: the exports used where loaded.
  if (text[eq] !== "=" || text[eq - 1] === "=" || text[eq - 1] === "!") return { specifier, names: [], inline: true, reexport: false, start: call - word.length + 1 };
  const targetEnd = skipSpaceBack(text, eq, comments);
  if (text[targetEnd] === "}") {
    // Searched back only to the statement before (a search of the whole text, for each of thousands of `} = require`, took 18 s).
    const at = text.slice(floor, targetEnd).lastIndexOf("{");
    if (at < 0) return undefined;
    const open = floor + at;
    const list = text.slice(open + 1, targetEnd);
    // `const { quiet, ...tools } = require("./shell")`: the rest holds the exports the pattern does not name.
    const rest = /\.\.\.\s*([\w$]+)\s*,?\s*$/.exec(list)?.[1];
    return { specifier, names: named(list, ":"), reexport: false, start: open, ...(rest ? { namespace: rest } : {}) };
  }
  let s = targetEnd;
  while (s >= 0 && /[\w$.]/.test(text[s]!)) s--;
  const target = text.slice(s + 1, targetEnd + 1);
  if (target === "module.exports") return { specifier, names: [["*", "*"]], reexport: true, start: s + 1 };
  // `const sh = require("./shell")`: module.exports when it is set, else the exports (a namespace).
  return IDENT.test(target) ? { specifier, names: [["default", target]], namespace: target, reexport: false, start: s + 1 } : undefined;
}

/** The `{…}` of an import or export clause, and a name in it written as a string. */
const NAMES_IN_BRACES = /\{[^{}]*\}/;
const QUOTED_NAME = /"[^"\n;]*"|'[^'\n;]*'/g;

/** Where the last `import` or `export` in a window of text starts, or -1. */
function statementStart(window: string): number {
  return Math.max(lastWord(window, "import"), lastWord(window, "export"));
}

/** The `import … from` or `export … from` statement starting at `start` of a window of text that starts at `offset` and ends at its `from`. */
function importOrExport(window: string, start: number, specifier: string, offset: number): Read | undefined {
  if (start < 0) return undefined;
  const clause = window.slice(start + 6);
  // A quote or `;` outside the braces is another statement's; inside them a name may be a string (`{ "if" as run }`).
  if (/[;'"`]/.test(clause.replace(NAMES_IN_BRACES, (names) => names.replace(QUOTED_NAME, "_")))) return undefined;
  return window.startsWith("import", start) ? importClause(clause, specifier, offset + start) : exportClause(clause, specifier, offset + start);
}

/** The start of the last `word` (standing alone) in `window`, or -1. */
function lastWord(window: string, word: string): number {
  for (let i = window.lastIndexOf(word); i >= 0; i = i > 0 ? window.lastIndexOf(word, i - 1) : -1) {
    if (!/[\w$.]/.test(window[i - 1] ?? " ") && !/[\w$]/.test(window[i + word.length] ?? " ")) return i;
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
  // `importlib.import_module("helpers")`, `__import__("helpers")`: the module's names read where it is loaded.
  // `__import__("pkg.tools")` returns the top package, `pkg`, holding `tools`: both are read.
  if (text.includes("import_module") || text.includes("__import__")) {
    for (const m of text.matchAll(PY_LOADED)) {
      out.push({ specifier: m[3]!, names: [], inline: true, reexport: false });
      if (m[1] === "__import__" && m[3]!.includes(".")) out.push({ specifier: m[3]!.split(".")[0]!, names: [], inline: true, reexport: false });
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
