/**
 * Functions the scan trusts by their name to take a function without calling it (assertions, mocks, logging, type
 * tests), or to hand it back (`util.promisify`). Only the real ones count: a global or builtin the file does not
 * declare, or a name imported from the library that defines it. A function of the same name that the file writes, or
 * imports from anywhere else (the project's own files), may call what it is given: `log(cp.execSync, cmd)` with `log`
 * from `./helper` is a crossing, as a pass to any other function is.
 */
import { namePattern } from "./resolve";

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
  /**
   * The callee's last name (`log` of `console.log`), or with `byFirstName` its first (`importlib` of
   * `importlib.import_module`); none: the caller matched the name.
   */
  names?: ReadonlySet<string>;
  byFirstName?: true;
  /**
   * After a name the file declares: a function of its own (`function __importStar(`, `var __importStar = (this &&
   * this.__importStar) || function`), which the analysis follows through its parameters, so a pass to it need not be reported.
   */
  ownFunction?: RegExp;
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
  names: new Set(["isinstance", "issubclass", "callable", "bool", "hash", "id", "type", "repr", "str", "print", "hasattr", "setattr", "delattr", "object", "patch", "wraps", "signature", "getsource", "iscoroutinefunction", "cast", "TypeVar", "NewType"]),
  modules: new Set(["functools", "unittest", "unittest.mock", "mock", "typing", "typing_extensions", "inspect", "asyncio", "builtins"]),
};

/**
 * The helpers compilers and bundlers emit or import: interop (`__importStar`, `__importDefault`, `__toESM`, Babel's and
 * SWC's), read as the module they are given, and private fields' (`__privateGet`, `__classPrivateFieldSet`), read as
 * the slot (javascript.ts's PASS_THROUGH and PRIVATE_HELPER name them).
 */
export const JS_COMPILER_HELPERS: LibraryFunctions = {
  syntax: JAVASCRIPT,
  modules: new Set(["tslib", "@swc/helpers", "@babel/runtime/helpers/interopRequireDefault", "@babel/runtime/helpers/interopRequireWildcard"]),
  ownFunction: /^\s*=\s*(?:function\b|\([^()]*\)\s*=>|[\w$]+\s*=>|\(\s*this\s*&&\s*this\s*\.\s*[\w$]+\s*\)\s*\|\|\s*function\b)/,
};

/** The first names of Python's dynamic access (python.ts's DYNAMIC). */
export const PY_DYNAMIC_NAMES: ReadonlySet<string> = new Set(["getattr", "importlib", "import_module", "__import__", "builtins", "__builtins__", "sys", "vars", "globals", "locals", "object", "pkgutil", "resolve_name", "operator", "attrgetter", "methodcaller", "find_spec", "module_from_spec"]);

/**
 * Python's dynamic access, read by the resolver as what it reaches (`getattr(os, "system")`, `importlib.import_module(
 * "os")`, `operator.attrgetter("system")(os)`): a module handed to it is not handed over to be called.
 */
export const PY_DYNAMIC: LibraryFunctions = {
  syntax: PYTHON,
  byFirstName: true,
  names: PY_DYNAMIC_NAMES,
  modules: new Set(["builtins", "importlib", "importlib.util", "sys", "pkgutil", "operator"]),
};

/**
 * Is the callee text `fn` (`console.log`, `typing.cast`) one of `functions`? Its last name (or first) must be one of theirs, and
 * the name it starts with either never declared by the file (a global, a builtin) or declared only by imports from
 * their libraries. Read from the text as an over-estimate: a mention the reading cannot place (in a comment, a
 * string, a type) counts as a declaration of the file's own.
 */
export function isLibraryFunction(source: string, fn: string, functions: LibraryFunctions): boolean {
  const parts = fn.replace(/\s+/g, "").split(/\??\./);
  const last = parts[parts.length - 1]!;
  const root = parts[0]!;
  if (functions.names && !functions.names.has(functions.byFirstName ? root : last)) return false;
  return /^[A-Za-z_$][\w$]*$/.test(root) && undeclared(source, root, functions);
}

/**
 * The module the callee text `fn`'s first name is imported from by the file (`import lib`, `from . import runner`,
 * `const run = require("./runner")`, `import run from "./lib.js"`), if an import binds it, or a name assigned a member of
 * one (`run = lib.run`, `const run = lib.run`, also through names assigned one another: `b = a`); a `require(…)` written as the callee's root; in Python, a
 * name the file does not define when it star-imports a module (the first such module).
 */
export function importedCallee(source: string, fn: string, python: boolean): string | undefined {
  const root = /^[A-Za-z_$][\w$]*/.exec(fn)?.[0];
  if (root === undefined) return undefined;
  const syntax = python ? PYTHON : JAVASCRIPT;
  const direct = importedName(source, root, syntax);
  if (direct !== undefined) return direct;
  // Through names assigned one another (`a = lib.run; b = a`), MAX_ALIAS_STEPS assignments back at most.
  const seen = new Set([root]);
  for (let names = [root], step = 0; names.length > 0 && step < MAX_ALIAS_STEPS; step++) {
    const next: string[] = [];
    for (const name of names) {
      const word = namePattern(name);
      const assigned = new RegExp(python ? String.raw`^[ \t]*${word}[ \t]*=[ \t]*([A-Za-z_]\w*)` : String.raw`(?<![.\w$])${word}\s*=(?![=>])\s*([A-Za-z_$][\w$]*)`, "gm");
      for (const [, from] of source.matchAll(assigned)) {
        if (seen.has(from!)) continue;
        seen.add(from!);
        const module = importedName(source, from!, syntax);
        if (module !== undefined) return module;
        next.push(from!);
      }
    }
    names = next;
  }
  // `require("./lib").run(…)`: the module required in place.
  if (!python) return /^require\s*\(\s*(["'])([^"'\n]*)\1\s*\)/.exec(fn)?.[2];
  // `from lib import *` … `run(os, c)`: a name the file does not define may be the star import's.
  const escaped = namePattern(root);
  const defined = new RegExp(String.raw`\b(?:def|class)[ \t]+${escaped}\b|^[ \t]*${escaped}[ \t]*=(?!=)`, "m");
  return defined.test(source) ? undefined : STAR_IMPORT.exec(source)?.[1];
}

/** How many bindings back a callee's name is followed to an import (`c = b; b = a; a = lib.run`; Python's calleeModule too). */
export const MAX_ALIAS_STEPS = 8;

/** A Python star import (`from lib import *`), its module captured. */
const STAR_IMPORT = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]*\*/m;

function importedName(source: string, root: string, syntax: Syntax): string | undefined {
  if (imported.source !== source) {
    imported.source = source;
    imported.modules.clear();
  }
  if (!imported.modules.has(root)) imported.modules.set(root, readImported(source, root, syntax));
  return imported.modules.get(root);
}

/** The modules the last source asked about imports names from (a file handing a module 5,000 times asks 5,000 times). */
const imported = { source: "", modules: new Map<string, string | undefined>() };

/** Where a name stands whole in a source (not a member's name after `.`). */
const mentionsOf = (root: string) => new RegExp(String.raw`(?<![.\w$])${namePattern(root)}(?![\w$])`, "g");

function readImported(source: string, root: string, syntax: Syntax): string | undefined {
  const mention = mentionsOf(root);
  for (let match = mention.exec(source); match; match = mention.exec(source)) {
    const module = syntax.importedFrom(source, match.index, root);
    if (module !== undefined) return module;
  }
  return undefined;
}

/** The answers for the last source asked about (a file handing watched values to `console.log` 40,000 times asks 40,000 times). */
const answered = { source: "", cache: new Map<LibraryFunctions, Map<string, boolean>>() };

/** Is `root` declared by the file only by imports from `functions`' modules, if at all? */
function undeclared(source: string, root: string, functions: LibraryFunctions): boolean {
  if (answered.source !== source) {
    answered.source = source;
    answered.cache.clear();
  }
  let byRoot = answered.cache.get(functions);
  if (!byRoot) answered.cache.set(functions, (byRoot = new Map()));
  let answer = byRoot.get(root);
  if (answer === undefined) byRoot.set(root, (answer = readUndeclared(source, root, functions)));
  return answer;
}

function readUndeclared(source: string, root: string, { syntax, modules, ownFunction }: LibraryFunctions): boolean {
  const mention = mentionsOf(root);
  for (let match = mention.exec(source); match; match = mention.exec(source)) {
    const end = match.index + root.length;
    // A string's text (`require("node:util")`) declares nothing.
    if (QUOTES.has(source[match.index - 1] ?? "") || QUOTES.has(source[end] ?? "")) continue;
    const before = source.slice(Math.max(0, match.index - 16), match.index);
    const declaresFunction = syntax.declaresBefore.test(before);
    if (syntax.use.test(source.slice(end, end + 8)) && !declaresFunction) continue;
    if (syntax.declaresNothingBefore?.test(before)) continue;
    if (ownFunction && (declaresFunction || ownFunction.test(source.slice(end, end + 80)))) continue;
    const module = syntax.importedFrom(source, match.index, root);
    if (module === undefined || !modules.has(module)) return false;
  }
  return true;
}
