/**
 * The folders a Python file adds to where its imports are looked for, read from its text: `sys.path.insert(0,
 * os.path.join(os.path.dirname(__file__), "plugins"))`, `sys.path.append("lib")`, `site.addsitedir(…)`, and a
 * package's `__path__.insert/append/extend(…)` (its submodules looked for there too). Only paths the text spells
 * from literals, `__file__` and the working folder are read; any other (an environment variable, a loop's
 * variable) is not followed (README "How the scan resolves names", what escapes the model).
 */
import { posix } from "node:path";

/**
 * The modules no project file named like them replaces, whatever folder the script runs from (CPython 3.11, each checked
 * with a project file of the name beside the script): those built into the interpreter (Modules/Setup.bootstrap, its
 * `sys.builtin_module_names`: BuiltinImporter is asked before any folder), and those its start-up has imported before
 * sys.path[0] is read (`encodings`, `codecs`, `io`, `abc`; with `site`: `os`, `site`, `stat`, `posixpath`, `genericpath`,
 * which are frozen too, so FrozenImporter finds them first even under `-S`). Any other standard module (`json`,
 * `functools`, `shlex`; `re` and `enum` are loaded at start-up only by some `.pth` files) is the project's file when one
 * is on the path first: every candidate is judged (fail closed).
 */
export const LOADED_BEFORE_THE_PATH: ReadonlySet<string> = new Set([
  ...["_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale", "_operator", "_signal", "_sre", "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_warnings", "_weakref"],
  ...["atexit", "builtins", "errno", "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys", "time"],
  ...["encodings", "codecs", "io", "abc", "zipimport", "os", "site", "stat", "posixpath", "genericpath", "_collections_abc", "_sitebuiltins"],
]);

/** What a file adds: `sys` folders hold top-level modules; `package` folders hold the file's package's submodules. */
export interface SearchPath {
  kind: "sys" | "package";
  /** A project folder, repo-relative ("." for the root). */
  folder: string;
}

const EDIT = /(?<![\w.])(?:(sys\s*\.\s*path)\s*\.\s*(insert|append|extend)|(__path__)\s*\.\s*(insert|append|extend)|(site\s*\.\s*addsitedir))\s*\(/g;
/** Where the file is and where the process was started: the two bases a path is spelled from. */
const FILE_ROOT = "/\0file";
const CWD_ROOT = "/\0cwd";

/** The folders `file` adds to Python's search paths, each once, in the order written. */
export function searchPaths(file: string, text: string): SearchPath[] {
  if (!text.includes("path") && !text.includes("addsitedir")) return [];
  const out: SearchPath[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(EDIT)) {
    const open = m.index + m[0].length;
    const args = argumentsAt(text, open);
    if (!args) continue;
    const kind = m[3] ? "package" : "sys";
    const method = m[2] ?? m[4] ?? "addsitedir";
    const values = method === "insert" ? args.slice(1, 2) : method === "extend" ? listItems(args[0]) : args.slice(0, 1);
    for (const value of values) {
      for (const folder of projectFolders(file, value)) {
        const key = `${kind}\0${folder}`;
        if (!seen.has(key)) seen.add(key), out.push({ kind, folder });
      }
    }
  }
  return out;
}

/** The comma-separated arguments of a call whose `(` ends right before `open`, or undefined when unbalanced. */
function argumentsAt(text: string, open: number): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let start = open;
  for (let i = open; i < text.length && i < open + 2000; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return undefined;
      i = end;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) {
        out.push(text.slice(start, i).trim());
        return out.filter(Boolean);
      }
      depth--;
    } else if (c === "," && depth === 0) out.push(text.slice(start, i).trim()), (start = i + 1);
  }
  return undefined;
}

/** A list or tuple literal's items (`extend([a, b])`). */
function listItems(value: string | undefined): string[] {
  const m = value && /^[[(]([\s\S]*)[\])]$/.exec(value);
  return m ? (argumentsAt(`${m[1]})`, 0) ?? []) : [];
}

/** The project folders a path expression names: one spelled from the working folder may be the root's or the file's folder's. */
function projectFolders(file: string, expression: string): string[] {
  const value = evaluate(expression, file);
  if (value === undefined) return [];
  const inProject = (root: string, path: string) => (path === root ? "." : path.startsWith(`${root}/`) ? path.slice(root.length + 1) : undefined);
  if (value.startsWith(FILE_ROOT)) return [inProject(FILE_ROOT, value)].filter((f): f is string => f !== undefined);
  if (!value.startsWith(CWD_ROOT)) return [];
  // Python resolves a relative entry against the working folder when it imports: the run starts at the root or in the file's folder.
  const rest = inProject(CWD_ROOT, value);
  if (rest === undefined) return [];
  return [...new Set([rest, posix.join(posix.dirname(file), rest)].map((f) => posix.normalize(f)).filter((f) => f !== ".." && !f.startsWith("../")))];
}

/**
 * A path expression's value, as an absolute path under FILE_ROOT (spelled from `__file__`) or CWD_ROOT (a literal
 * relative path, `os.getcwd()`), or undefined when the text spells it otherwise.
 */
function evaluate(expression: string, file: string): string | undefined {
  const tokens = expression.match(/[rRbBuU]?(?:"[^"\n]*"|'[^'\n]*')|[A-Za-z_]\w*|\S/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const take = (t?: string) => (t === undefined || tokens[at] === t ? tokens[at++] : undefined);

  const args = (): Array<string | undefined> | undefined => {
    const out: Array<string | undefined> = [];
    if (take(")")) return out;
    for (;;) {
      out.push(sum());
      if (take(")")) return out;
      if (!take(",")) return undefined;
    }
  };
  // A literal's text is relative (it was put under CWD_ROOT when read alone); an absolute part replaces what is before it.
  const join = (parts: Array<string | undefined>) =>
    parts.length && parts.every((p) => p !== undefined) ? parts.reduce((a, b) => (b!.startsWith(`${CWD_ROOT}/`) ? posix.join(a!, b!.slice(CWD_ROOT.length + 1)) : b!.startsWith("/") && b !== CWD_ROOT ? b! : posix.join(a!, b!))) : undefined;

  const primary = (): string | undefined => {
    const t = take();
    if (t === undefined) return undefined;
    if (t === "(") {
      const v = sum();
      return take(")") ? v : undefined;
    }
    const literal = /^[rRuU]?["'](.*)["']$/.exec(t);
    // Not normalized: `'..'` is a step up from what it is joined to.
    if (literal) return literal[1]!.startsWith("/") ? literal[1] : `${CWD_ROOT}/${literal[1]}`;
    if (t === "__file__") return posix.join(FILE_ROOT, file);
    if (!/^[A-Za-z_]/.test(t)) return undefined;
    // A dotted name, by its last part: `os.path.dirname`, `pathlib.Path`.
    let name = t;
    while (peek() === "." && /^[A-Za-z_]/.test(tokens[at + 1] ?? "")) at++, (name = take()!);
    if (name === "curdir") return CWD_ROOT;
    if (!take("(")) return undefined;
    const a = args();
    if (!a) return undefined;
    if (name === "getcwd" || name === "cwd") return a.length === 0 ? CWD_ROOT : undefined;
    if (name === "dirname") return a.length === 1 && a[0] !== undefined ? posix.dirname(a[0]) : undefined;
    if (name === "join" || name === "Path" || name === "PurePath" || name === "PosixPath") return join(a);
    if (["abspath", "realpath", "normpath", "fspath", "str", "expanduser"].includes(name)) return a.length === 1 ? a[0] : undefined;
    return undefined;
  };
  const postfix = (): string | undefined => {
    let v = primary();
    while (v !== undefined && take(".")) {
      const member = take();
      if (member === "parent") v = posix.dirname(v);
      else if (member === "parents" && take("[")) {
        const n = Number(take());
        if (!Number.isInteger(n) || !take("]")) return undefined;
        for (let i = 0; i <= n; i++) v = posix.dirname(v);
      } else if ((member === "resolve" || member === "absolute" || member === "as_posix") && take("(") && take(")")) continue;
      else if (member === "joinpath" && take("(")) {
        const a = args();
        v = a ? join([v, ...a]) : undefined;
      } else return undefined;
    }
    return v;
  };
  // pathlib's `/` and str's `+` (`os.path.dirname(__file__) + "/plugins"`).
  const sum = (): string | undefined => {
    let v = postfix();
    while (v !== undefined && (peek() === "/" || peek() === "+")) {
      if (take() === "/") {
        const right = postfix();
        v = right === undefined ? undefined : join([v, right]);
      } else {
        // A literal added on (`os.path.dirname(__file__) + "/plugins"`): its text as written.
        const literal = /^[rRuU]?["'](.*)["']$/.exec(take() ?? "");
        v = literal ? posix.normalize(v + literal[1]) : undefined;
      }
    }
    return v;
  };
  const value = sum();
  return at === tokens.length && value !== undefined ? posix.normalize(value) : undefined;
}
