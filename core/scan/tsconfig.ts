/**
 * Reads the scanned root's tsconfig.json (else jsconfig.json) for its `paths`/`baseUrl` aliases, and its package.json
 * for its subpath `imports` and self-referenced `exports` (core/scan/aliases.ts), following relative `extends` (a string or a list) up to MAX_EXTENDS files, each
 * inside the workspace and never through a link leading out of it, each at most MAX_CONFIG_BYTES; a
 * malformed file gives nothing, an `extends` naming a package (`@tsconfig/node20`) is not followed. Kept
 * apart from aliases.ts so the scan worker's bundle does not load a JSON-with-comments parser it never uses.
 */
import { statSync } from "node:fs";
import { join, posix } from "node:path";
import { parse as parseJsonc } from "jsonc-parser";
import { unsafeReason } from "../kernel/workspace";
import { type PathAliases, aliasesOf } from "./aliases";
import { stringLeaves } from "./launched";
import { readSource } from "./scan";

const MAX_CONFIG_BYTES = 1024 * 1024;
/** Config files read along an `extends` chain (the root's included). */
const MAX_EXTENDS = 8;

interface Options {
  paths?: { value: unknown; dir: string };
  baseUrl?: { value: unknown; dir: string };
}

/**
 * The aliases of the root's tsconfig.json (else jsconfig.json) and of its package.json (Node's subpath imports,
 * `#tools` → `./lib/tools.js`; the package's own exports by its name), or undefined when none is set; `read` gets
 * each config file read.
 */
export function readPathAliases(root: string, read: string[] = []): PathAliases | undefined {
  const packaged = packageAliases(root, read);
  const compiled = compilerAliases(root, read);
  if (!packaged.length) return compiled;
  // The package's targets are relative to its folder (the root), `paths`' to the base.
  const base = compiled?.base ?? "";
  const own = packaged.map(([pattern, targets]): [string, string[]] => [pattern, targets.map((t) => posix.relative(base, t) || ".")]);
  return { base, baseUrl: compiled?.baseUrl ?? false, paths: [...own, ...(compiled?.paths ?? [])] };
}

function compilerAliases(root: string, read: string[]): PathAliases | undefined {
  for (const name of ["tsconfig.json", "jsconfig.json"]) {
    const options: Options = {};
    if (!readConfig(root, name, options, { left: MAX_EXTENDS }, read)) continue;
    // As TypeScript: `paths` are relative to baseUrl when set, else to the config that sets them.
    const dir = options.baseUrl?.dir ?? options.paths?.dir ?? "";
    const baseUrl = typeof options.baseUrl?.value === "string" ? posix.join(dir, options.baseUrl.value) : dir || undefined;
    const config = { compilerOptions: { ...(options.paths ? { paths: options.paths.value } : {}), ...(baseUrl !== undefined ? { baseUrl } : {}) } };
    const aliases = aliasesOf(config);
    // A base taken from the config's folder is not a baseUrl: bare specifiers are not looked up under it.
    return aliases && options.baseUrl === undefined ? { ...aliases, baseUrl: false } : aliases;
  }
  return undefined;
}

/**
 * The root package.json's own names for its files: its `imports` (`#name`, `#name/*`), and its `exports` under the
 * package's `name` (Node resolves `require("<name>/tools")` inside the package to its own `./tools` export), each to the
 * package's files (`./…`) it maps to under any condition, in the order written; a target naming a package is not the
 * project's. Node resolves them for the files of that package only, so a nested package's are not read here.
 */
export function packageAliases(root: string, read: string[] = []): PathAliases["paths"] {
  if (unsafeReason(root, PACKAGE_JSON)) return [];
  const text = readSource(join(root, PACKAGE_JSON), MAX_CONFIG_BYTES);
  if (typeof text !== "string") return [];
  read.push(PACKAGE_JSON);
  return packageAliasesOf(text);
}

/** packageAliases of a package.json's text (the base's, to tell whether a change to it remaps anything). */
export function packageAliasesOf(text: string): PathAliases["paths"] {
  const manifest = parseJsonc(text) as { imports?: unknown; exports?: unknown; name?: unknown } | undefined;
  const paths: Record<string, unknown> = {};
  const { imports, exports, name } = manifest ?? {};
  if (imports && typeof imports === "object") for (const [pattern, value] of Object.entries(imports)) if (pattern.startsWith("#")) paths[pattern] = value;
  if (typeof name === "string" && exports !== undefined && exports !== null) {
    // `"exports": "./index.js"` or an object of conditions is the package's "." alone.
    const subpaths = typeof exports === "object" && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith(".")) ? Object.entries(exports) : [[".", exports] as const];
    for (const [subpath, value] of subpaths) if (subpath === "." || subpath.startsWith("./")) paths[name + subpath.slice(1)] = value;
  }
  const own = Object.entries(paths).map(([pattern, value]) => [pattern, stringLeaves(value).filter((t) => t.startsWith("./"))]);
  return aliasesOf({ compilerOptions: { paths: Object.fromEntries(own) } })?.paths ?? [];
}

export const PACKAGE_JSON = "package.json";

/** Reads one config (root-relative path) into `options`, nearer settings first; false when the file is missing or unreadable. */
function readConfig(root: string, file: string, options: Options, budget: { left: number }, read: string[]): boolean {
  if (budget.left-- <= 0 || file.startsWith("..") || posix.isAbsolute(file) || unsafeReason(root, file)) return false;
  const text = readSource(join(root, file), MAX_CONFIG_BYTES);
  if (typeof text !== "string") return false;
  read.push(file);
  const config = parseJsonc(text, [], { allowTrailingComma: true }) as { extends?: unknown; compilerOptions?: Record<string, unknown> } | undefined;
  const dir = posix.dirname(file) === "." ? "" : posix.dirname(file);
  const own = config?.compilerOptions;
  if (own && typeof own === "object") {
    if (own.paths !== undefined) options.paths ??= { value: own.paths, dir };
    if (own.baseUrl !== undefined) options.baseUrl ??= { value: own.baseUrl, dir };
  }
  // Later entries of an `extends` list override earlier ones: the last is the nearest.
  const parents = typeof config?.extends === "string" ? [config.extends] : Array.isArray(config?.extends) ? [...config.extends].reverse() : [];
  for (const parent of parents) {
    if (typeof parent !== "string" || !parent.startsWith(".")) continue;
    const target = posix.normalize(posix.join(dir, parent));
    readConfig(root, target.endsWith(".json") ? target : `${target}.json`, options, budget, read);
  }
  return true;
}

/** Roots whose aliases the editors keep. */
const KEPT_ROOTS = 16;
const kept = new Map<string, { files: string[]; stamp: string; aliases: PathAliases | undefined }>();

/** The stat of a root's files, as one comparable string ("-" for a missing one). */
function stampOf(root: string, files: readonly string[]): string {
  return files
    .map((file) => {
      const s = statSync(join(root, file), { throwIfNoEntry: false });
      return s ? `${s.mtimeMs}:${s.size}:${s.ino}` : "-";
    })
    .join("|");
}

/**
 * readPathAliases for the editors, which ask on every keystroke in a JavaScript/TypeScript buffer: kept per root
 * while the root's tsconfig.json and jsconfig.json and every config file read for them stat the same.
 */
export function keptPathAliases(root: string): PathAliases | undefined {
  const entry = kept.get(root);
  if (entry && stampOf(root, entry.files) === entry.stamp) return entry.aliases;
  const read: string[] = [];
  const aliases = readPathAliases(root, read);
  const files = [...new Set(["tsconfig.json", "jsconfig.json", PACKAGE_JSON, ...read])];
  kept.delete(root);
  kept.set(root, { files, stamp: stampOf(root, files), aliases });
  if (kept.size > KEPT_ROOTS) kept.delete(kept.keys().next().value!);
  return aliases;
}
