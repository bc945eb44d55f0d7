/**
 * The project's symbol table: for each file, the names it binds to watched modules (from its own
 * analysis) and the names it imports from the project's other files (read from the text). A name
 * imported from a project file resolves through that table, following re-exports up to
 * MAX_PROJECT_DEPTH files (`from ._compat import httpx`, `export { exec } from "./shell"`, a barrel
 * index.ts, `module.exports = require("child_process")`).
 */
import { posix } from "node:path";
import type { PlacedHop } from "./placed";
import { MAX_HOPS, MAX_RESOLVE_DEPTH, type ModulePath } from "./resolve";

/** Files followed from an import to the binding it names (a barrel re-exporting a re-export is 2). */
export const MAX_PROJECT_DEPTH = 4;

/** A relative (or project) import or re-export, read from the text: `from ._compat import httpx`, `export { exec } from "./shell"`. */
export interface Link {
  specifier: string;
  /** [imported, local]; `*` imported = every name (export * from). */
  names: Array<[imported: string, local: string]>;
  /** Does the file re-export what it imports (Python: always — an imported name is a module attribute)? */
  reexport: boolean;
  /** Where it is (re-exports only: a plain import is shown by the importing file's own analysis). */
  hop?: PlacedHop;
}

/** What one file offers the project: names bound to watched values (paths whose steps are placed) and its links. */
export interface FileSymbols {
  exports: Record<string, ModulePath>;
  links: Link[];
}

/** What an analyzer asks while scanning one file: the value a project import names. */
export interface FileProject {
  lookup(specifier: string, name: string): ModulePath | undefined;
}

const JS_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

export class ProjectSymbols {
  /** Every name some file exports or re-exports: an import of any other name cannot reach a watched value. */
  private readonly offered = new Set<string>();

  constructor(private readonly files: ReadonlyMap<string, FileSymbols>) {
    for (const symbols of files.values()) {
      for (const name of Object.keys(symbols.exports)) this.offered.add(name);
      for (const link of symbols.links) if (link.reexport) for (const [, local] of link.names) this.offered.add(local);
    }
  }

  /** Does any file offer a watched value at all? (If not, no second pass is needed.) */
  get empty(): boolean {
    return this.offered.size === 0 || [...this.files.values()].every((s) => Object.keys(s.exports).length === 0);
  }

  /** The project file an import names, or undefined (a package, or a file not scanned). */
  resolveSpecifier(from: string, specifier: string): string | undefined {
    if (from.endsWith(".py")) {
      const dots = /^\.*/.exec(specifier)![0].length;
      const rest = specifier.slice(dots).split(".").filter(Boolean);
      let dir = dots ? posix.dirname(from) : "";
      for (let i = 1; i < dots; i++) dir = posix.dirname(dir);
      // An absolute import of the project's own package is looked for from each folder above the importing file.
      const bases = dots ? [dir] : ancestors(posix.dirname(from));
      for (const b of bases) {
        const base = posix.join(b === "." ? "" : b, ...rest);
        const found = (rest.length ? [`${base}.py`, `${base}/__init__.py`] : [`${base}/__init__.py`]).map((c) => posix.normalize(c)).find((c) => this.files.has(c));
        if (found) return found;
      }
      return undefined;
    }
    if (!specifier.startsWith(".")) return undefined;
    const base = posix.normalize(posix.join(posix.dirname(from), specifier));
    const stem = base.replace(/\.(?:js|mjs|cjs|jsx)$/, "");
    const candidates = [base, ...JS_EXTENSIONS.map((e) => stem + e), ...JS_EXTENSIONS.map((e) => `${base}/index${e}`)];
    return candidates.find((c) => this.files.has(c));
  }

  /** The watched value `name` has in `file`, following re-exports; steps in other files are placed. */
  lookup(file: string, name: string, depth = 0): ModulePath | undefined {
    if (depth >= MAX_PROJECT_DEPTH) return undefined;
    const symbols = this.files.get(file);
    if (!symbols) return undefined;
    const own = symbols.exports[name];
    if (own) return own;
    for (const link of symbols.links) {
      if (!link.reexport) continue;
      for (const [imported, local] of link.names) {
        if (local !== name && imported !== "*") continue;
        const target = this.resolveSpecifier(file, link.specifier);
        const path = target && this.lookup(target, imported === "*" ? name : imported, depth + 1);
        if (path) return link.hop ? placed(path, link.hop) : path;
      }
    }
    return undefined;
  }

  /** Does any import of `file` name a watched value of another project file? Only such files need a second look. */
  importsWatched(file: string): boolean {
    for (const link of this.files.get(file)?.links ?? []) {
      if (!link.names.some(([imported]) => imported === "*" || this.offered.has(imported))) continue;
      const target = this.resolveSpecifier(file, link.specifier);
      if (target && link.names.some(([imported]) => imported === "*" || this.lookup(target, imported) !== undefined)) return true;
    }
    return false;
  }

  /** The view one file's analyzer gets. */
  forFile(file: string): FileProject {
    return {
      lookup: (specifier, name) => {
        const target = this.resolveSpecifier(file, specifier);
        return target ? this.lookup(target, name) : undefined;
      },
    };
  }
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

const PY_FROM = /^[ \t]*from[ \t]+(\.+[\w.]*|[A-Za-z_][\w.]*)[ \t]+import[ \t]+(\(?[^\n#;]*)/gm;
const JS_REEXPORT = /^[ \t]*export[ \t]*(?:\{([^}]*)\}|(\*))[ \t]*from[ \t]*['"](\.{1,2}\/[^'"]*)['"]/gm;
const JS_IMPORT = /^[ \t]*import[ \t]+(?:type[ \t]+)?([\w$]+)?[ \t]*,?[ \t]*(?:\{([^}]*)\})?[ \t]*from[ \t]*['"](\.{1,2}\/[^'"]*)['"]/gm;
const JS_REQUIRE = /\b(?:const|let|var)[ \t]+([\w$]+)[ \t]*=[ \t]*require\(\s*['"](\.{1,2}\/[^'"]*)['"]\s*\)/g;

/** Cheap: can this text import anything from the project? */
export function mayLink(path: string, text: string): boolean {
  return path.endsWith(".py") ? /^[ \t]*from[ \t]+\S+[ \t]+import/m.test(text) : text.includes("./");
}

/**
 * The project imports of a file, read from its text (every file, parsed or not: a barrel of
 * re-exports has nothing the prefilter would parse it for). Single-line forms only.
 */
export function linksOf(path: string, text: string, place: (start: number, end: number) => PlacedHop): Link[] {
  const out: Link[] = [];
  const names = (list: string) =>
    list
      .split(",")
      .map((n) => n.trim().replace(/^type\s+/, ""))
      .filter(Boolean)
      .map((n): [string, string] => {
        const [imported, local] = n.split(/\s+as\s+/);
        return [imported!.trim(), (local ?? imported!).trim()];
      });
  if (path.endsWith(".py")) {
    for (const m of text.matchAll(PY_FROM)) {
      const list = m[2]!.replace(/[()]/g, "");
      out.push({ specifier: m[1]!, names: list.trim() === "*" ? [["*", "*"]] : names(list), reexport: true, hop: place(m.index!, m.index! + m[0].length) });
    }
    return out;
  }
  for (const m of text.matchAll(JS_REEXPORT)) out.push({ specifier: m[3]!, names: m[2] ? [["*", "*"]] : names(m[1]!), reexport: true, hop: place(m.index!, m.index! + m[0].length) });
  for (const m of text.matchAll(JS_IMPORT)) {
    const list: Array<[string, string]> = [...(m[1] ? [["default", m[1]] as [string, string]] : []), ...(m[2] ? names(m[2]) : [])];
    out.push({ specifier: m[3]!, names: list, reexport: false });
  }
  for (const m of text.matchAll(JS_REQUIRE)) out.push({ specifier: m[2]!, names: [["default", m[1]!]], reexport: false });
  return out;
}
