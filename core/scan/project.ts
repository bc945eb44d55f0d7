/**
 * The project's symbol table: for each file, the names it binds to watched modules (from its own
 * analysis) and the names it imports from the project's other files (read from the text). A name
 * imported from a project file resolves through that table, following re-exports through any
 * number of files (settle: a fixed point, `from ._compat import httpx`, `export { exec } from "./shell"`, a barrel
 * index.ts, `module.exports = require("child_process")`).
 */
import { importsAsPython } from "./parser";
import { LOADED_BEFORE_THE_PATH } from "./python-paths";
import { posix } from "node:path";
import { type PathAliases, aliasCandidates, packageOfTarget } from "./aliases";
import type { PlacedHop } from "./placed";
import { type Bindings, MAX_HOPS, MAX_RESOLVE_DEPTH, type ModulePath, extend, through } from "./resolve";
import { namesRecord, ownEntry } from "../data";
import { GLOBAL, RETURNED } from "./specs";

/** A relative (or project) import or re-export, read from the text (core/scan/links.ts): `from ._compat import httpx`, `export { exec } from "./shell"`. */
export interface Link {
  specifier: string;
  /** [imported, local]; `*` imported = every name (export * from, module.exports = require(…)). */
  names: Array<[imported: string, local: string]>;
  /** `import * as sh from "./shell"`, `const sh = require("./shell")`, `export * as sh from "./shell"`: the local name holding the module's exports. */
  namespace?: string;
  /** `require("./shell").exec(…)`, `(await import("./shell")).exec`, `import("./shell").then(…)`: the exports used where they are loaded. */
  inline?: boolean;
  /** Does the file re-export what it imports (Python: always — an imported name is a module attribute)? */
  reexport: boolean;
  /** Where it is (re-exports only: a plain import is shown by the importing file's own analysis). */
  hop?: PlacedHop;
  /**
   * Not an import: a Python folder (`specifier`) the file adds to where modules are looked for (python-paths.ts):
   * `sys` (sys.path, site.addsitedir: every file's absolute imports) or `package` (the `__init__.py`'s `__path__`).
   */
  searchPath?: "sys" | "package";
}

/** What one file offers the project: names bound to watched values (paths whose steps are placed) and its links. */
export interface FileSymbols {
  exports: Record<string, ModulePath>;
  links: Link[];
  /** Folders (relative to the file's) the file adds to its module's search paths (Analysis.searchPaths): Node looks for its bare imports there. */
  searchPaths?: string[];
  /** Python: the builtin functions' names a star import of the file binds to its own functions (python.ts starBoundBuiltins). */
  starBuiltins?: string[];
}

/** What an analyzer asks while scanning one file: the value a project import names. */
export interface FileProject {
  lookup(specifier: string, name: string): ModulePath | undefined;
  /** Every watched value a project module offers, by name (a namespace import: `sh.exec`, `_compat.httpx`); empty when none. */
  exportsOf(specifier: string): Record<string, ModulePath>;
  /** Does a bare specifier (no watched module) name a project file (tsconfig `paths`/`baseUrl`)? */
  resolves(specifier: string): boolean;
  /** The packages a `#` specifier's nearest package.json maps it to (`"#cp": "child_process"`, each condition's), in the order written. */
  packages(specifier: string): string[];
  /** Python: the builtin functions' names `from specifier import *` binds to the module's own functions (every file it may be defines them). */
  starBuiltins(specifier: string): string[];
}

const JS_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
/** A file a TypeScript runtime, compiler or bundler runs (tsx, ts-node, tsc; JSX, which plain Node does not run): its imports may name a `.ts` twin. */
const TYPESCRIPT_FILE = /\.(?:[cm]?tsx?|jsx)$/;

export class ProjectSymbols {
  /** Every name some file exports or re-exports: an import of any other name cannot reach a watched value. */
  private readonly offered = new Set<string>();
  /** Does some file's module.exports or default export hold a watched value (whose members any name may import)? */
  private wholeDefault = false;

  /** The module names files with symbols are imported by (`shell` for lib/shell.ts, `lib` for lib/index.ts): the cheap test before resolving. */
  private readonly stems = new Set<string>();
  /** Folders some file adds to sys.path: where every file's absolute imports are looked for too (Python reads sys.path process-wide). */
  private readonly sysRoots: string[] = [];
  /** A package folder's added `__path__` folders (its `__init__.py`'s `__path__.insert/append/extend`), where its submodules are looked for too. */
  private readonly packagePaths = new Map<string, string[]>();
  /**
   * `files`: what each file offers (files without symbols need not be listed); `known`: every scanned
   * file (a specifier resolves only to one of them), by default those of `files`; `resolved`: specifiers resolved
   * by importing folder (most files of a folder import the same few), kept by a caller that builds the table again
   * over the same files and aliases (the cross-file rounds).
   */
  constructor(
    private readonly files: ReadonlyMap<string, FileSymbols>,
    private readonly aliases?: PathAliases,
    private readonly known: { has(file: string): boolean } = files,
    private readonly resolved = new Map<string, readonly string[]>(),
  ) {
    for (const [file, symbols] of files) {
      for (const link of symbols.links) {
        if (link.searchPath === "sys" && !this.sysRoots.includes(link.specifier)) this.sysRoots.push(link.specifier);
        else if (link.searchPath === "package" && posix.basename(file) === "__init__.py" && posix.dirname(file) !== ".") {
          const list = this.packagePaths.get(posix.dirname(file)) ?? [];
          if (!list.includes(link.specifier)) list.push(link.specifier);
          this.packagePaths.set(posix.dirname(file), list);
        }
      }
      // The whole name too: a file required as code by its own (`require("./payload.txt")`, run.ts requiredAsCode).
      this.stems.add(stemOf(file)).add(posix.basename(file).replace(/\.[^.]*$/, "")).add(posix.basename(file));
      // `default.exec` (`export default { exec }`) is imported as `default`.
      for (const name of Object.keys(symbols.exports)) this.offered.add(name).add(name.split(".")[0]!);
      if (symbols.exports.default) this.wholeDefault = true;
      for (const link of symbols.links) if (link.reexport) for (const [, local] of link.names) this.offered.add(local);
    }
    // A folder is imported by its name for its package.json `main` too (`require("./tools")` of `tools/lib/cp.js`).
    for (const folder of aliases?.mains?.keys() ?? []) this.stems.add(posix.basename(folder));
  }

  /** Does any file offer a watched value at all, or bind a builtin's name for its star imports? (If not, no second pass is needed.) */
  get empty(): boolean {
    return (this.offered.size === 0 || [...this.files.values()].every((s) => Object.keys(s.exports).length === 0)) && !this.mapsPackages() && ![...this.files.values()].some((s) => s.starBuiltins?.length);
  }

  /** Does some package.json map a `#` name to a package (PACKAGE_TARGET)? Its importers are read again with the table. */
  private mapsPackages(): boolean {
    for (const paths of this.aliases?.packages?.values() ?? []) if (paths.some(([, targets]) => targets.some((t) => packageOfTarget(t) !== undefined))) return true;
    return false;
  }

  /** The project file an import names first (resolveAll), or undefined (a package, or a file not scanned). */
  resolveSpecifier(from: string, specifier: string): string | undefined {
    return this.resolveAll(from, specifier)[0];
  }

  /**
   * Every project file an import may name (none: a package, or a file not scanned). One, unless the runtime that runs
   * the importing file is not certain: then each file one of them would load (jsFiles), every one judged.
   */
  resolveAll(from: string, specifier: string): readonly string[] {
    const typescript = !importsAsPython(from) && (TYPESCRIPT_FILE.test(from) || this.aliases?.typescript === true);
    // A file that adds search paths resolves its bare imports on its own.
    const key = `${this.files.get(from)?.searchPaths ? from : posix.dirname(from)}\0${importsAsPython(from) ? "py" : typescript ? "ts" : "js"}\0${specifier}`;
    const kept = this.resolved.get(key);
    if (kept) return kept;
    const files = importsAsPython(from) ? this.pythonCandidates(from, specifier) : this.jsResolved(from, specifier, typescript);
    this.resolved.set(key, files);
    return files;
  }

  /** A JavaScript import's files: a relative path, else the first alias that names any. */
  private jsResolved(from: string, specifier: string, typescript: boolean): readonly string[] {
    if (specifier.startsWith(".")) return this.jsFiles(posix.join(posix.dirname(from), specifier), typescript);
    for (const candidate of this.aliases ? aliasCandidates(this.aliases, specifier, from) : []) {
      const files = this.jsFiles(candidate, typescript);
      if (files.length) return files;
    }
    // Each folder the file adds to `module.paths` is a `node_modules` to Node: `require("tools")` may load `plugins/tools.js`.
    const searched = (this.files.get(from)?.searchPaths ?? []).flatMap((folder) => this.jsFiles(posix.join(posix.dirname(from), folder, specifier), typescript));
    return [...new Set(searched)];
  }

  /**
   * A Python import's candidate files, the one Python picks in the likeliest run first. An absolute import is looked for
   * from each folder above the importing file (the entry script may be in any of them; `python -m` from the root makes
   * the root sys.path[0]), in the folders files add to sys.path and in those the project's packaging makes importable
   * (an installed project's `src`, python-roots.ts); a relative one in its package. Each place may hold
   * a package and a module of the name: the regular package (`tools/__init__.py`) is what Python imports, before
   * `tools.py`; both are candidates, every one judged. A package whose `__init__.py` extends `__path__` offers its
   * submodules from the added folders too.
   */
  private pythonCandidates(from: string, specifier: string): string[] {
    const dots = /^\.*/.exec(specifier)![0].length;
    const rest = specifier.slice(dots).split(".").filter(Boolean);
    let dir = dots ? posix.dirname(from) : "";
    for (let i = 1; i < dots; i++) dir = posix.dirname(dir);
    if (!dots && LOADED_BEFORE_THE_PATH.has(rest[0] ?? "")) return [];
    const bases = dots ? [dir] : [...ancestors(posix.dirname(from)), ...this.sysRoots, ...(this.aliases?.pythonRoots ?? [])];
    const out = new Set<string>();
    // Every module a file imports is looked for, the standard library's too: most find nothing.
    for (const b of bases) {
      // join normalizes; only a package at the root ("." with nothing after it) needs its `./` dropped.
      for (const base of this.packageExtended(posix.join(b === "." ? "" : b, ...rest))) {
        const init = base === "." ? "__init__.py" : `${base}/__init__.py`;
        if (this.known.has(init)) out.add(init);
        if (rest.length && this.known.has(`${base}.py`)) out.add(`${base}.py`);
      }
    }
    return [...out];
  }

  /** A module path and, under a package whose `__path__` a file extends, the same path under each added folder. */
  private packageExtended(base: string): string[] {
    if (this.packagePaths.size === 0) return [base];
    const out = [base];
    for (const [pkg, added] of this.packagePaths) if (base.startsWith(`${pkg}/`)) for (const folder of added) out.push(posix.join(folder, base.slice(pkg.length + 1)));
    return out;
  }

  /** A file's imports and re-exports (not the search paths it adds). */
  private importsOf(file: string): Link[] {
    return (this.files.get(file)?.links ?? []).filter((link) => link.searchPath === undefined);
  }

  /**
   * The scanned files a JavaScript module path names. Node's `require` tries `X`, `X.js` (`X.json`, `X.node`: not
   * scanned), then `X` as a folder, its package.json `main`, then `X/index.js` (a folder named `shell.js/` too), and never a `.ts` twin: for a
   * JavaScript file that is the one file. Where a TypeScript runtime may run it (a TypeScript importer, a project
   * with a tsconfig.json or a TypeScript runtime in its package.json: `typescript`), or where Node finds none (a
   * bundler's or another runtime's order then), every candidate is: `X`, its twins by each extension (`./x.js` is
   * `x.ts` to TypeScript), `X/index.*`, Node's first.
   */
  private jsFiles(base: string, typescript: boolean): readonly string[] {
    // A folder's package.json `main` before its index (LOAD_AS_DIRECTORY).
    const main = this.aliases?.mains?.get(base);
    const mains = main === undefined ? [] : [main, `${main}.js`, `${main}/index.js`];
    const node = [base, `${base}.js`, ...mains, `${base}/index.js`].find((file) => this.known.has(file));
    if (node !== undefined && !typescript) return [node];
    const out = new Set<string>(node === undefined ? [] : [node]);
    for (const file of [base, ...mains]) if (this.known.has(file)) out.add(file);
    const stem = base.replace(/\.(?:js|mjs|cjs|jsx)$/, "");
    for (const extension of JS_EXTENSIONS) {
      if (this.known.has(stem + extension)) out.add(stem + extension);
      if (this.known.has(base + extension)) out.add(base + extension);
    }
    for (const extension of JS_EXTENSIONS) if (this.known.has(`${base}/index${extension}`)) out.add(`${base}/index${extension}`);
    return [...out];
  }

  /**
   * Each file's exports once settled (own and re-exported, in link order, the first that offers a name deciding), and
   * the object whose every member it offers through `export *`/`module.exports = require(…)` (a re-exported
   * `module.exports = require("child_process")`): the table does not change once built.
   */
  private readonly settled = new Map<string, { exports: Readonly<Record<string, ModulePath>>; whole?: ModulePath }>();

  /** The watched value `name` has in `file`, following re-exports however many files deep; steps in other files are placed. */
  lookup(file: string, name: string): ModulePath | undefined {
    const symbols = this.files.get(file);
    if (!symbols) return undefined;
    this.settle(file);
    return this.valueIn(file, name);
  }

  /** `name` in `file` from its own symbols, then what its links offer as far as settled (settle's fixed point). */
  private valueIn(file: string, name: string): ModulePath | undefined {
    const symbols = this.files.get(file);
    if (!symbols) return undefined;
    const own = ownEntry(symbols.exports, name) ?? this.viaDefault(symbols, name);
    if (own) return own;
    const state = this.settled.get(file);
    return (state && ownEntry(state.exports, name)) ?? (state?.whole && name !== "default" ? extend(state.whole, name) : undefined);
  }

  /** `module.exports = require("child_process")` then `require("./cp").exec`: a member of what module.exports holds. */
  private viaDefault(symbols: FileSymbols, name: string): ModulePath | undefined {
    const whole = name !== "default" ? this.ownWhole(symbols) : undefined;
    return whole ? extend(whole, name) : undefined;
  }

  /** What the file's own module.exports or default export holds, when a module or an object (`export default exec` has no members to import by name). */
  private ownWhole(symbols: FileSymbols): ModulePath | undefined {
    const whole = symbols.exports.default;
    const object = whole && (whole.members.length === 0 || whole.members[whole.members.length - 1] === RETURNED);
    return whole && object && whole.module !== GLOBAL ? whole : undefined;
  }

  /** Every watched value `file` offers by name, own and re-exported (however many files deep); shared, so frozen. */
  exportsOf(file: string): Readonly<Record<string, ModulePath>> {
    if (!this.files.has(file)) return {};
    this.settle(file);
    return this.settled.get(file)!.exports;
  }

  /**
   * Settle `file` and every file its re-exports reach: a fixed point over them (no recursion, so a chain of thousands
   * of files costs no stack), each file's exports computed again only when a file it re-exports from changed.
   */
  private settle(file: string): void {
    if (this.settled.has(file)) return;
    const reached = [file];
    const importers = new Map<string, string[]>();
    const seen = new Set(reached);
    for (let i = 0; i < reached.length; i++) {
      for (const link of this.importsOf(reached[i]!)) {
        for (const target of link.reexport ? this.resolveAll(reached[i]!, link.specifier) : []) {
          if (!this.files.has(target) || this.settled.has(target)) continue;
          const list = importers.get(target);
          if (list) list.push(reached[i]!);
          else importers.set(target, [reached[i]!]);
          if (!seen.has(target)) reached.push(target), seen.add(target);
        }
      }
    }
    for (const f of reached) this.settled.set(f, { exports: namesRecord() });
    // The deepest first: a chain settles in one pass.
    const queue = reached.reverse();
    const queued = new Set(queue);
    for (let i = 0; i < queue.length; i++) {
      const f = queue[i]!;
      queued.delete(f);
      const next = this.offeredBy(f);
      if (sameOffer(this.settled.get(f)!, next)) continue;
      this.settled.set(f, next);
      for (const importer of importers.get(f) ?? []) if (!queued.has(importer)) queue.push(importer), queued.add(importer);
    }
    for (const f of reached) Object.freeze(this.settled.get(f)!.exports);
  }

  /** What `file` offers from its own symbols and its links' targets as settled so far. */
  private offeredBy(file: string): { exports: Record<string, ModulePath>; whole?: ModulePath } {
    const symbols = this.files.get(file)!;
    const out = namesRecord(symbols.exports);
    let whole: ModulePath | undefined;
    let namespaced: Map<string, Map<string, Array<[string, ModulePath]>>> | undefined;
    // Each candidate file in turn: the first offering a name decides what it holds (fail closed: a watched value through any).
    for (const [link, target] of symbols.links.flatMap((l) => (l.reexport && l.searchPath === undefined ? this.resolveAll(file, l.specifier).map((t) => [l, t] as const) : []))) {
      for (const [imported, local] of link.names) {
        if (imported === "*") {
          const prefix = link.namespace !== undefined ? `${link.namespace}.` : "";
          for (const [name, path] of Object.entries(this.settled.get(target)?.exports ?? {})) out[prefix + name] ??= link.hop ? placed(path, link.hop) : path;
          // A namespace re-export offers `ns.exec`, not every member of what the target's module.exports holds; the
          // namespace itself holds it (`export * as sh from "./a"` of `export * from "child_process"`: `sh.execSync`).
          const targetWhole = (link.namespace !== undefined || !whole) && this.files.has(target) ? (this.ownWhole(this.files.get(target)!) ?? this.settled.get(target)?.whole) : undefined;
          const held = targetWhole && (link.hop ? placed(targetWhole, link.hop) : targetWhole);
          if (held && link.namespace !== undefined) out[link.namespace] ??= held;
          else if (held) whole = held;
        } else {
          const path = out[local] ? undefined : this.valueIn(target, imported);
          if (path) out[local] = link.hop ? placed(path, link.hop) : path;
          // `export { sh as tools } from "./b"` of b's `export * as sh from …`: the namespace's members (`sh.exec`) as `tools.exec`.
          const members = (namespaced ??= new Map()).get(target) ?? namespacedExports(this.settled.get(target)?.exports, namespaced, target);
          for (const [rest, held] of members.get(imported) ?? []) out[`${local}.${rest}`] ??= link.hop ? placed(held, link.hop) : held;
        }
      }
    }
    return whole ? { exports: out, whole } : { exports: out };
  }

  /** Could a JavaScript specifier name a file with symbols (a relative one by its last segment; an alias may map to any file)? */
  private mayName(specifier: string): boolean {
    if (!specifier.startsWith(".")) return true;
    const last = specifier.slice(specifier.lastIndexOf("/") + 1);
    // The whole name too: `./shell.js` may be the folder `shell.js/` holding an index.
    return last === "" || last === "." || last === ".." || this.stems.has(last) || this.stems.has(last.replace(/\.[cm]?[jt]sx?$/, ""));
  }

  /** A Python `from . import _compat`: the submodule files the name may be, when the package does not bind it. */
  private submodules(file: string, link: Link, name: string): readonly string[] {
    if (!importsAsPython(file)) return [];
    return this.resolveAll(file, link.specifier.endsWith(".") ? link.specifier + name : `${link.specifier}.${name}`);
  }

  /** The packages (PACKAGE_TARGET) a `#` specifier imported by `from` is mapped to by its nearest package.json. */
  packagesOf(from: string, specifier: string): string[] {
    if (!specifier.startsWith("#") || !this.aliases?.packages) return [];
    return aliasCandidates(this.aliases, specifier, from).flatMap((c) => packageOfTarget(c) ?? []);
  }

  /** Does any import of `file` name a watched value of another project file? Only such files need a second look. */
  importsWatched(file: string): boolean {
    // A module.exports holding a watched module offers every name (`const { execSync } = require("./cp")`).
    const anyName = this.wholeDefault;
    const python = importsAsPython(file);
    for (const link of this.importsOf(file)) {
      // A `#` name mapped to a package (`"#cp": "child_process"`): the analyzer reads it as that package, if watched.
      if (!python && this.packagesOf(file, link.specifier).length) return true;
      const namespace = link.namespace !== undefined || link.inline === true;
      if (python ? !namespace && !link.names.some(([imported]) => imported === "*" || this.offered.has(imported) || this.stems.has(imported)) : !this.mayName(link.specifier)) continue;
      if (!python && !namespace && !anyName && !link.names.some(([imported]) => imported === "*" || this.offered.has(imported))) continue;
      for (const target of this.resolveAll(file, link.specifier)) {
        if (namespace && Object.keys(this.exportsOf(target)).length) return true;
        for (const [imported] of link.names) {
          if (imported === "*" || ((anyName || this.offered.has(imported)) && this.lookup(target, imported) !== undefined)) return true;
          if (this.offered.has(imported) && Object.keys(this.exportsOf(target)).some((name) => name.startsWith(`${imported}.`))) return true;
        }
      }
      for (const [imported] of link.names) if (this.submodules(file, link, imported).some((sub) => Object.keys(this.exportsOf(sub)).length)) return true;
    }
    return false;
  }

  /** Every project file `file`'s links may reach: each specifier's file and, in Python, the submodule each imported name may be. */
  linkedFiles(file: string): string[] {
    const out = new Set<string>();
    for (const link of this.importsOf(file)) {
      for (const target of this.resolveAll(file, link.specifier)) out.add(target);
      for (const [imported] of link.names) for (const sub of this.submodules(file, link, imported)) out.add(sub);
    }
    return [...out];
  }

  /**
   * What the files `file` links to offer it, steps' places included, as one string: two scans of `file` with equal
   * strings resolve its imports alike (a kept rescan, or an editor's re-analysis of its edited statements, may be reused).
   */
  offersTo(file: string): string {
    return JSON.stringify(this.linkedFiles(file).map((target) => [target, this.exportsOf(target), this.files.get(target)?.starBuiltins ?? []]));
  }

  /** Does `file` import (a name or a submodule of) one of `targets`? */
  importsAny(file: string, targets: ReadonlySet<string>): boolean {
    for (const link of this.importsOf(file)) {
      if (this.resolveAll(file, link.specifier).some((target) => targets.has(target))) return true;
      if (link.names.some(([imported]) => this.submodules(file, link, imported).some((sub) => targets.has(sub)))) return true;
    }
    return false;
  }

  /** The view one file's analyzer gets. */
  forFile(file: string): FileProject {
    return {
      // The first candidate holding a watched value under the name decides: a watched value through any is judged.
      lookup: (specifier, name) => {
        for (const target of this.resolveAll(file, specifier)) {
          const path = this.lookup(target, name);
          if (path) return path;
        }
        return undefined;
      },
      exportsOf: (specifier) => {
        const targets = this.resolveAll(file, specifier);
        if (targets.length <= 1) return targets.length ? this.exportsOf(targets[0]!) : {};
        const out = namesRecord<ModulePath>();
        for (const target of targets) for (const [name, path] of Object.entries(this.exportsOf(target))) out[name] ??= path;
        return out;
      },
      resolves: (specifier) => this.resolveAll(file, specifier).length > 0,
      packages: (specifier) => this.packagesOf(file, specifier),
      starBuiltins: (specifier) => {
        const [first, ...others] = this.resolveAll(file, specifier).map((target) => this.files.get(target)?.starBuiltins ?? []);
        return (first ?? []).filter((name) => others.every((names) => names.includes(name)));
      },
    };
  }
}

/**
 * `import * as sh from "./shell"`, `const sh = require("./shell")`, `from . import _compat`: each watched
 * value the module offers becomes a slot of the local name (`sh.exec`, `_compat.httpx`), reached through `site`.
 */
export function bindNamespace(bindings: Bindings, local: string, exports: Record<string, ModulePath>, site: { startIndex: number; endIndex: number }): boolean {
  const names = Object.entries(exports);
  for (const [name, path] of names) bindings.bindSlot(`${local}.${name}`, through(path, site));
  return names.length > 0;
}

/** The members a project module offers under one of its names (`TOOLS.shell` of `TOOLS = {"shell": …}`), by member (`shell`). */
export function membersOf(exports: Record<string, ModulePath>, name: string): Record<string, ModulePath> {
  const prefix = `${name}.`;
  return Object.fromEntries(Object.entries(exports).flatMap(([key, path]): Array<[string, ModulePath]> => (key.startsWith(prefix) ? [[key.slice(prefix.length), path]] : [])));
}

/** The name a file is imported by: its own without extension (added too), or its folder's for an index or __init__ file. */
function stemOf(file: string): string {
  const base = posix.basename(file).replace(/\.[^.]*$/, "");
  return base === "index" || base === "__init__" ? posix.basename(posix.dirname(file)) : base;
}

/** A folder and those above it, innermost first, ending with the root ("."). */
function ancestors(dir: string): string[] {
  const out = [dir];
  while (out[out.length - 1] !== "." && out.length <= MAX_RESOLVE_DEPTH) out.push(posix.dirname(out[out.length - 1]!));
  return out;
}

/** `path` reached through a step in another file. */
function placed(path: ModulePath, hop: PlacedHop): ModulePath {
  return { ...path, via: [{ start: 0, end: 0, tracked: true, placed: hop }, ...(path.via ?? [])].slice(0, MAX_HOPS) };
}

/** Does a file offer the same names, holding the same values, as before (the fixed point's test for a change)? */
function sameOffer(was: { exports: Record<string, ModulePath>; whole?: ModulePath }, now: { exports: Record<string, ModulePath>; whole?: ModulePath }): boolean {
  const same = (a: ModulePath | undefined, b: ModulePath | undefined) => a === b || (a !== undefined && b !== undefined && a.module === b.module && a.returns === b.returns && a.unlessPassed?.position === b.unlessPassed?.position && a.unlessPassed?.keyword === b.unlessPassed?.keyword && a.members.join("\0") === b.members.join("\0"));
  const names = Object.keys(now.exports);
  return same(was.whole, now.whole) && names.length === Object.keys(was.exports).length && names.every((name) => same(was.exports[name], now.exports[name]));
}

/** A file's exports held under a namespace (`sh.exec` of `export * as sh`), by namespace, each [member, value]; cached in `cache` under `file`. */
function namespacedExports(exports: Readonly<Record<string, ModulePath>> | undefined, cache: Map<string, Map<string, Array<[string, ModulePath]>>>, file: string): Map<string, Array<[string, ModulePath]>> {
  const out = new Map<string, Array<[string, ModulePath]>>();
  for (const [name, path] of Object.entries(exports ?? {})) {
    const dot = name.indexOf(".");
    if (dot <= 0) continue;
    const list = out.get(name.slice(0, dot));
    if (list) list.push([name.slice(dot + 1), path]);
    else out.set(name.slice(0, dot), [[name.slice(dot + 1), path]]);
  }
  cache.set(file, out);
  return out;
}
