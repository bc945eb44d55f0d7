/**
 * Functions the scan trusts by their name to take a function without calling it (assertions, mocks, logging, type
 * tests), or to hand it back (`util.promisify`). Only the real ones count: a global or builtin the file does not
 * declare, or a name imported from the library that defines it. A function of the same name that the file writes, or
 * imports from anywhere else (the project's own files), may call what it is given: `log(cp.execSync, cmd)` with `log`
 * from `./helper` is a crossing, as a pass to any other function is.
 */

interface Syntax {
  /** After a name: a use of it (`.x`, `(…)`, `[i]`, a test: `x && …`, `x == y`), not a declaration. */
  use: RegExp;
  /** Before a name: a declaration even though a `(` follows (`function log(`, `def print(`). */
  declaresBefore: RegExp;
  /** Before a name: a place no declaration is (a type annotation, a subscript: `x: str`, `Dict[str`). */
  declaresNothingBefore?: RegExp;
  /** From the name `name` at `at` to the module of the import statement it is in, if it is in one. */
  importedFrom(source: string, at: number, name: string): string | undefined;
}

export interface LibraryFunctions {
  syntax: Syntax;
  /** The callee's last name (`log` of `console.log`). */
  names: ReadonlySet<string>;
  /** Modules whose imports of the callee's first name are the real library. */
  modules: ReadonlySet<string>;
}

const QUOTES = new Set(["'", '"', "`"]);

/** How far a name's statement is read for its module: an import list of this many characters. */
const STATEMENT_WINDOW = 400;

const JAVASCRIPT: Syntax = {
  use: /^\s*(?:\?\.|\.|\(|`|\[|&&|\|\||\?\?|\?|[=!]==?)/,
  declaresBefore: /(?:\bfunction\s*\*?|\bclass)\s*$/,
  importedFrom(source, at, name) {
    const after = source.slice(at + name.length, at + name.length + STATEMENT_WINDOW);
    // `name = require("m")`, `import name from "m"` (also `* as name`, `name, { … }`), `{ a, name } from "m"` or `= require("m")`.
    const module = /^\s*=\s*require\s*\(\s*(["'])([^"'\n]*)\1\s*\)/.exec(after) ?? /^\s*(?:,\s*\{[^{}]*\}\s*)?from\s*(["'])([^"'\n]*)\1/.exec(after) ?? /^[^{}();=]*\}\s*(?:from\s*|=\s*require\s*\(\s*)(["'])([^"'\n]*)\1/.exec(after);
    return module?.[2];
  },
};

const PYTHON: Syntax = {
  use: /^\s*(?:[.([]|[=!]=|(?:and|or|is|if|else)\b)/,
  declaresBefore: /(?:\bdef|\bclass)\s+$/,
  declaresNothingBefore: /(?::|->|[\w\]]\[)\s*$/,
  importedFrom(source, at, name) {
    const lineStart = source.lastIndexOf("\n", at) + 1;
    // The import statement the name is in: its line up to a `;` or a comment (`from m import a; a = …` declares after it).
    const line = /^[^;#\n]*/.exec(source.slice(lineStart))![0];
    if (at >= lineStart + line.length) return undefined;
    // `from m import a, name`, or a name inside a parenthesised list whose `from m import (` is on an earlier line.
    const from = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import\b/.exec(line) ?? /(?:^|\n)[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]*\([^);#]*$/.exec(source.slice(Math.max(0, at - STATEMENT_WINDOW), at));
    if (from) return from[1];
    // `import a.b, c as name`: the module whose first name, or whose alias, is the name.
    const list = /^[ \t]*import[ \t]+(.*)/.exec(line)?.[1];
    for (const item of list?.split(",") ?? []) {
      const [module, alias] = item.trim().split(/\s+as\s+/);
      if (module && (alias ?? module.split(".")[0]) === name) return module;
    }
    return undefined;
  },
};

/**
 * JavaScript's inspectors: `expect(fetch)`, `vi.spyOn(cp, "exec")`, `console.log(fetch)`, `assert.equal(f, cp.exec)`,
 * own-property tests (`Object.hasOwn(o, k)`, the `hasown` and `gopd` packages get-intrinsic reads its table of
 * `eval` and `Function` with).
 */
export const JS_INSPECTORS: LibraryFunctions = {
  syntax: JAVASCRIPT,
  names: new Set(["expect", "spyOn", "mocked", "isMockFunction", "String", "Boolean", "log", "warn", "error", "info", "debug", "is", "equal", "strictEqual", "deepEqual", "notEqual", "isFunction", "inspect", "hasOwn", "getOwnPropertyDescriptor", "$gOPD", "gOPD"]),
  modules: new Set(["assert", "node:assert", "assert/strict", "node:assert/strict", "util", "node:util", "vitest", "@jest/globals", "node:test", "chai", "sinon", "lodash", "underscore", "hasown", "gopd"]),
};

/** `util.promisify(cp.exec)`: the function handed back, followed as the value it wraps. */
export const JS_PROMISIFY: LibraryFunctions = { syntax: JAVASCRIPT, names: new Set(["promisify"]), modules: new Set(["util", "node:util"]) };

/** Python's inspectors: type tests, casts and type variables, printing, mocking. */
export const PY_INSPECTORS: LibraryFunctions = {
  syntax: PYTHON,
  names: new Set(["isinstance", "issubclass", "callable", "id", "type", "repr", "str", "print", "hasattr", "setattr", "delattr", "object", "patch", "wraps", "signature", "getsource", "iscoroutinefunction", "__new__", "cast", "TypeVar", "NewType"]),
  modules: new Set(["functools", "unittest", "unittest.mock", "mock", "typing", "typing_extensions", "inspect", "asyncio", "builtins"]),
};

/**
 * Is the callee text `fn` (`console.log`, `typing.cast`) one of `functions`? Its last name must be one of theirs, and
 * the name it starts with either never declared by the file (a global, a builtin) or declared only by imports from
 * their libraries. Read from the text as an over-estimate: a mention the reading cannot place (in a comment, a
 * string, a type) counts as a declaration of the file's own.
 */
export function isLibraryFunction(source: string, fn: string, functions: LibraryFunctions): boolean {
  const parts = fn.replace(/\s+/g, "").split(/\??\./);
  const last = parts[parts.length - 1]!;
  if (!functions.names.has(last)) return false;
  const root = parts[0]!;
  // `super().__new__(cls)`, `object.__new__(cls)`: allocation, no call of what it is given; another class's own may.
  if (last === "__new__") return root === "super()" || (root === "object" && parts.length === 2 && undeclared(source, root, functions));
  return /^[A-Za-z_$][\w$]*$/.test(root) && undeclared(source, root, functions);
}

/** Is `root` declared by the file only by imports from `functions`' modules, if at all? */
function undeclared(source: string, root: string, { syntax, modules }: LibraryFunctions): boolean {
  const mention = new RegExp(String.raw`(?<![.\w$])${root.replace(/\$/g, "\\$")}(?![\w$])`, "g");
  for (let match = mention.exec(source); match; match = mention.exec(source)) {
    const end = match.index + root.length;
    // A string's text (`require("node:util")`) declares nothing.
    if (QUOTES.has(source[match.index - 1] ?? "") || QUOTES.has(source[end] ?? "")) continue;
    const before = source.slice(Math.max(0, match.index - 16), match.index);
    if (syntax.use.test(source.slice(end, end + 8)) && !syntax.declaresBefore.test(before)) continue;
    if (syntax.declaresNothingBefore?.test(before)) continue;
    const module = syntax.importedFrom(source, match.index, root);
    if (module === undefined || !modules.has(module)) return false;
  }
  return true;
}
