/**
 * Reads the scanned root's tsconfig.json (else jsconfig.json) for its `paths`/`baseUrl` aliases, following relative
 * `extends` (a string or a list) up to MAX_EXTENDS files, each inside the workspace and never through a link leading
 * out of it, each at most MAX_CONFIG_BYTES; a malformed file gives nothing, an `extends` naming a package
 * (`@tsconfig/node20`) is not followed. Also the package.json files (the root's; the nested ones of the check's walk,
 * or in the editors those above the files read) for their subpath `imports`, self-referenced `exports` and workspace
 * packages' entries (core/scan/aliases.ts). Kept apart from aliases.ts so the scan worker's bundle does not load a
 * JSON-with-comments parser it never uses.
 */
import { join, posix } from "node:path";
import { parse as parseJsonc } from "jsonc-parser";
import { globFolders, globMatcher } from "../kernel/files";
import { entryAt, unsafeReason } from "../kernel/workspace";
import { PACKAGE_TARGET, type PackageFolders, type PathAliases, aliasesOf } from "./aliases";
import { Unreadable } from "./held-code";
import { jsoncData, stringLeaves } from "./launched";
import { readSource } from "./scan";
import { parseSource } from "../kernel/source/document";

const MAX_CONFIG_BYTES = 1024 * 1024;
/** Config files read along an `extends` chain (the root's included). */
const MAX_EXTENDS = 8;

interface Options {
  paths?: { value: unknown; dir: string };
  baseUrl?: { value: unknown; dir: string };
}

/**
 * The aliases of the root's tsconfig.json (else jsconfig.json) and of the project's package.json files (Node's subpath
 * imports, `#tools` → `./lib/tools.js`; the package's own exports by its name): the root's, read here, and `nested`
 * (the walk's package.json files: packageTable); undefined when none is set. `read` gets each
 * config file read.
 */
export function readPathAliases(root: string, read: string[] = [], nested?: PackageTable, scanned: readonly string[] = [], unread?: Unread): PathAliases | undefined {
  const before = read.length;
  const compiled = compilerAliases(root, read, unread);
  const typescript = read.indexOf("tsconfig.json", before) >= 0 || nested?.typescript === true || TYPESCRIPT_RUNTIME.test(packageText(root, PACKAGE_JSON) ?? "");
  const runtime = { ...(typescript ? { typescript } : {}), ...(nested?.mains?.size ? { mains: nested.mains } : {}) };
  const installed = installedPackages(root, scanned, nested?.workspaces);
  if (installed.size) nested = { ...nested, folders: nested?.folders ?? new Map(), workspaces: new Map([...(nested?.workspaces ?? []), ...installed]) };
  const packages = new Map(nested?.folders);
  packages.delete("");
  const own = packageAliases(root, read);
  // A root package.json without aliases still ends the lookup of the files under it (Node looks no further up).
  if (read.includes(PACKAGE_JSON)) packages.set("", own);
  const workspaces = nested?.workspaces.size ? { workspaces: nested.workspaces } : {};
  if (![...packages.values()].some((paths) => paths.length) && !nested?.workspaces.size) return compiled || Object.keys(runtime).length ? { base: "", baseUrl: false, paths: [], ...compiled, ...runtime } : undefined;
  return { base: compiled?.base ?? "", baseUrl: compiled?.baseUrl ?? false, paths: compiled?.paths ?? [], packages, ...workspaces, ...runtime };
}

/**
 * A TypeScript runtime, or a test runner or loader that resolves as one, named in a package.json (a dependency, a
 * script, `--import tsx`): it may run the project's JavaScript with a `.ts` twin found for a relative import.
 */
const TYPESCRIPT_RUNTIME = /(?<![\w@/.-])(?:tsx|ts-node(?:-dev|-esm)?|esno|bun|jiti|vite-node|vitest|ts-jest|esbuild-register|@swc-node\/register|@esbuild-kit\/(?:cjs|esm)-loader)(?![\w.-])/;

/** The package.json files of the walk, as the scan reads them: each folder's aliases, and the workspace's packages by name. */
export interface PackageTable {
  /** Folder ("" = the root) → its `imports` and self-referenced `exports` (packageAliasesOf), targets relative to the root. */
  folders: Map<string, PathAliases["paths"]>;
  /** When the root's package.json declares `workspaces`: each of its packages' name → its entry (packageEntryOf), targets relative to the root. */
  workspaces: Map<string, PathAliases["paths"]>;
  /** Does one of them name a TypeScript runtime (PathAliases.typescript)? */
  typescript?: boolean;
  /** Folder → its package.json's `main`, relative to the root (PathAliases.mains). */
  mains?: Map<string, string>;
}

/**
 * The PackageTable of the package.json files the walk found (`texts`: their text as read for what they run,
 * launched.ts). A workspace package is imported by its name from anywhere in the project (npm links it under the root's
 * node_modules), so its entry is every file's alias.
 */
export function packageTable(texts: Iterable<[file: string, text: string]>, pnpmGlobs: readonly string[] = []): PackageTable {
  const table: PackageTable = { folders: new Map(), workspaces: new Map() };
  const entries: Array<[dir: string, manifest: Manifest]> = [];
  let rootGlobs: string[] = [];
  for (const [file, text] of texts) {
    if (posix.basename(file) !== PACKAGE_JSON) continue;
    const dir = posix.dirname(file) === "." ? "" : posix.dirname(file);
    const manifest = manifestOf(text);
    if (TYPESCRIPT_RUNTIME.test(text)) table.typescript = true;
    const main = mainOf(dir, manifest);
    if (main !== undefined) (table.mains ??= new Map()).set(dir, main);
    table.folders.set(dir, underFolder(dir, ownAliases(manifest)));
    if (dir === "") rootGlobs = workspacesIn(manifest);
    else entries.push([dir, manifest]);
  }
  const globs = [...rootGlobs, ...pnpmGlobs];
  const included = globMatcher(globs.filter((g) => !g.startsWith("!")).map((g) => g.replace(/^\.\//, "").replace(/\/$/, "")));
  const excluded = globMatcher(globs.filter((g) => g.startsWith("!")).map((g) => g.slice(1).replace(/^\.\//, "").replace(/\/$/, "")));
  for (const [dir, manifest] of entries) {
    if (!included(dir) || excluded(dir)) continue;
    const entry = entryOf(manifest);
    // The first package by a name is the one kept (npm refuses to install two).
    if (typeof manifest.name === "string" && entry.length && !table.workspaces.has(manifest.name)) table.workspaces.set(manifest.name, underFolder(dir, entry));
  }
  return table;
}

/** A package.json's `main`, relative to the root: what `require("./dir")` loads of the folder (inside the workspace only). */
function mainOf(dir: string, { main }: Manifest): string | undefined {
  if (typeof main !== "string" || main.length === 0) return undefined;
  const target = posix.join(dir, main);
  return target.startsWith("..") || posix.isAbsolute(target) || target === dir || target === "." ? undefined : target.replace(/\/$/, "");
}

function underFolder(dir: string, paths: PathAliases["paths"]): PathAliases["paths"] {
  return paths.map(([pattern, targets]) => [pattern, targets.map((t) => (t.startsWith(PACKAGE_TARGET) ? t : posix.join(dir, t)))]);
}

type Manifest = Record<string, unknown>;

/**
 * A package.json's fields: read as Node reads it (JSON.parse, no recursion however deep a hostile one nests), else
 * leniently (comments, trailing commas); nothing when neither reads it.
 */
function manifestOf(text: string): Manifest {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    try {
      manifest = parseJsonc(text);
    } catch {
      // A recursive reading of a hostile nesting runs out of stack: nothing is read from it.
      return {};
    }
  }
  return manifest && typeof manifest === "object" && !Array.isArray(manifest) ? (manifest as Manifest) : {};
}

/** The root's `workspaces` globs (npm's list, or yarn's `{ packages: [...] }`). */
function workspacesIn({ workspaces }: Manifest): string[] {
  return memberGlobs(workspaces && typeof workspaces === "object" && !Array.isArray(workspaces) ? (workspaces as { packages?: unknown }).packages : workspaces);
}

/** A workspace manager's list of member globs, its strings (at most 200: a hostile list's length bounded). */
function memberGlobs(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((g): g is string => typeof g === "string").slice(0, 200) : [];
}

/**
 * What importing a package by its name from outside it reaches: its `exports` under its name (as ownAliases'
 * self-reference), else its `main` (Node's default `index.js`) and any of its files by path; none without a name.
 */
function entryOf(manifest: Manifest): PathAliases["paths"] {
  const { name } = manifest;
  if (typeof name !== "string" || name.length === 0) return [];
  if (manifest.exports !== undefined && manifest.exports !== null) return ownAliases(manifest).filter(([pattern]) => !pattern.startsWith("#"));
  const main = typeof manifest.main === "string" && manifest.main.length > 0 ? manifest.main : "index.js";
  const target = `./${posix.normalize(main).replace(/^\.\//, "")}`;
  // Without `exports` any file of the package is importable by its path (`@acme/shell/lib/raw.js`).
  return target.startsWith("./../") ? [[`${name}/*`, ["./*"]]] : [[name, [target]], [`${name}/*`, ["./*"]]];
}

/** Told of a config file whose aliases could not be read (`reason` says why): the scan fails closed on it. */
export type Unread = (file: string, reason: string) => void;

function compilerAliases(root: string, read: string[], unread?: Unread): PathAliases | undefined {
  for (const name of ["tsconfig.json", "jsconfig.json"]) {
    const options: Options = {};
    if (!readConfig(root, name, options, { left: MAX_EXTENDS }, read, unread)) continue;
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
 * project's. Node resolves them for the files of that package only (the nearest package.json's: aliases.ts nearestPackage).
 * `file`: another package.json (relative to the root), its targets relative to its folder.
 */
export function packageAliases(root: string, read: string[] = [], file = PACKAGE_JSON): PathAliases["paths"] {
  const text = packageText(root, file);
  if (text === undefined) return [];
  read.push(file);
  return packageAliasesOf(text);
}

/** The package folder under a `node_modules` folder a path is in (`node_modules/fmt`, `a/node_modules/@acme/gw`), and its name. */
const INSTALLED_PACKAGE = /^((?:.*\/)?node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*))\//;

/**
 * The packages under a `node_modules` folder that hold scanned files, by name → their entry (packageEntryOf; `main`, else
 * index.js), as a workspace package's: Node finds them by name from the files beside them. Only a change's files are
 * scanned there (a package committed, or planted, in the repository; README "What a pull request is judged on"), so
 * an installed package is never read; a workspace of the same name keeps its own.
 */
function installedPackages(root: string, scanned: readonly string[], workspaces: ReadonlyMap<string, PathAliases["paths"]> | undefined): Map<string, PathAliases["paths"]> {
  const out = new Map<string, PathAliases["paths"]>();
  for (const file of scanned) {
    const m = INSTALLED_PACKAGE.exec(file);
    if (!m || out.has(m[2]!) || workspaces?.has(m[2]!)) continue;
    const text = packageText(root, `${m[1]}/${PACKAGE_JSON}`);
    out.set(m[2]!, underFolder(m[1]!, entryOf({ ...(text === undefined ? {} : manifestOf(text)), name: m[2]! })));
  }
  return out;
}

/** A manifest's text (a package.json, a Python project's; relative to the root), undefined when missing, unreadable, past MAX_CONFIG_BYTES or reached through a link out of the workspace. */
export function packageText(root: string, file: string): string | undefined {
  if (unsafeReason(root, file)) return undefined;
  const text = readSource(join(root, file), MAX_CONFIG_BYTES);
  return typeof text === "string" ? text : undefined;
}

/** All a package.json's text tells the scan's resolution, as one comparable string (none for a missing one): a change to it that leaves this alike remaps nothing. */
export function packageResolutionOf(text: string | undefined): string {
  const manifest = text === undefined ? undefined : manifestOf(text);
  return JSON.stringify(manifest === undefined ? [] : [ownAliases(manifest), entryOf(manifest), workspacesIn(manifest), TYPESCRIPT_RUNTIME.test(text!), mainOf("", manifest)]);
}

/** packageAliases of a package.json's text. */
export function packageAliasesOf(text: string): PathAliases["paths"] {
  return ownAliases(manifestOf(text));
}

function ownAliases({ imports, exports, name }: Manifest): PathAliases["paths"] {
  const paths: Record<string, unknown> = {};
  if (imports && typeof imports === "object") for (const [pattern, value] of Object.entries(imports)) if (pattern.startsWith("#")) paths[pattern] = value;
  if (typeof name === "string" && exports !== undefined && exports !== null) {
    // `"exports": "./index.js"` or an object of conditions is the package's "." alone.
    const subpaths = typeof exports === "object" && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith(".")) ? Object.entries(exports) : [[".", exports] as const];
    for (const [subpath, value] of subpaths) if (subpath === "." || subpath.startsWith("./")) paths[name + subpath.slice(1)] = value;
  }
  // A `#` name may map to a package (`"#cp": "child_process"`, under any condition): kept as PACKAGE_TARGET.
  const own = Object.entries(paths).map(([pattern, value]) => [pattern, stringLeaves(value).flatMap((t) => (t.startsWith("./") ? [t] : pattern.startsWith("#") && BARE_PACKAGE.test(t) ? [PACKAGE_TARGET + t] : []))]);
  return aliasesOf({ compilerOptions: { paths: Object.fromEntries(own) } })?.paths ?? [];
}

export const PACKAGE_JSON = "package.json";

/** A target naming a package (`child_process`, `node:child_process`, `@scope/pkg/sub`), not a path or another URL. */
const BARE_PACKAGE = /^(?:node:)?(?:@[\w.-]+\/)?[\w.-]+(?:\/[\w.*-]+)*$/;

/** Reads one config (root-relative path) into `options`, nearer settings first; false when the file is missing or unreadable. */
function readConfig(root: string, file: string, options: Options, budget: { left: number }, read: string[], unread?: Unread): boolean {
  if (budget.left-- <= 0 || file.startsWith("..") || posix.isAbsolute(file) || unsafeReason(root, file)) return false;
  const text = readSource(join(root, file), MAX_CONFIG_BYTES);
  if (typeof text !== "string") return false;
  read.push(file);
  let config: { extends?: unknown; compilerOptions?: Record<string, unknown> } | undefined;
  try {
    config = jsoncData(text) as typeof config;
  } catch (e) {
    if (!(e instanceof Unreadable)) throw e;
    // TypeScript and the loaders that read its aliases may read on: what they map is not known.
    unread?.(file, `it maps import aliases, and ${e.message}`);
    return true;
  }
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
    readConfig(root, target.endsWith(".json") ? target : `${target}.json`, options, budget, read, unread);
  }
  return true;
}

/** Roots whose aliases the editors keep. */
const KEPT_ROOTS = 16;
const kept = new Map<string, { files: string[]; stamp: string; aliases: PathAliases | undefined; packages: DiskPackages }>();

/** The stat of a root's files, as one comparable string ("-" for a missing one). */
function stampOf(root: string, files: readonly string[]): string {
  return files
    .map((file) => {
      const s = entryAt(join(root, file));
      return s ? `${s.mtimeMs}:${s.size}:${s.ino}` : "-";
    })
    .join("|");
}

/**
 * readPathAliases for the editors, which ask on every keystroke in a JavaScript/TypeScript buffer: kept per root
 * while the root's tsconfig.json and jsconfig.json and every config file read for them stat the same. The package.json
 * files above the buffer and above the files it reaches are looked for as the resolution asks (DiskPackages), each
 * folder stat'ed once per call.
 */
export function keptPathAliases(root: string, path?: string): PathAliases | undefined {
  let entry = kept.get(root);
  if (!entry || stampOf(root, entry.files) !== entry.stamp) {
    const read: string[] = [];
    const aliases = readPathAliases(root, read, workspaceMembers(root, read));
    const files = [...new Set(["tsconfig.json", "jsconfig.json", PACKAGE_JSON, PNPM_WORKSPACE, ...read])];
    entry = { files, stamp: stampOf(root, files), aliases, packages: entry?.packages ?? new DiskPackages(root) };
  }
  kept.delete(root);
  kept.set(root, entry);
  if (kept.size > KEPT_ROOTS) kept.delete(kept.keys().next().value!);
  const { packages } = entry;
  packages.fresh(path === undefined ? "" : posix.dirname(path));
  const compiled = entry.aliases;
  return { base: compiled?.base ?? "", baseUrl: compiled?.baseUrl ?? false, paths: compiled?.paths ?? [], packages, ...(compiled?.typescript ? { typescript: true } : {}), ...(compiled?.workspaces ? { workspaces: compiled.workspaces } : {}) };
}

/**
 * For the editors, which walk no tree: the PackageTable of the root's package.json and of the members its `workspaces`
 * globs name (globFolders), as the check's walk finds them, so a member imported by its name resolves there too. Each
 * member's package.json read is added to `read` (a change to one reads the table again).
 */
function workspaceMembers(root: string, read: string[]): PackageTable | undefined {
  const text = packageText(root, PACKAGE_JSON);
  const pnpm = pnpmWorkspaceGlobs(root);
  const globs = [...(text === undefined ? [] : workspacesIn(manifestOf(text))), ...pnpm].filter((g) => !g.startsWith("!"));
  if (globs.length === 0) return undefined;
  const texts: Array<[string, string]> = text === undefined ? [] : [[PACKAGE_JSON, text]];
  for (const folder of globFolders(root, globs)) {
    const file = `${folder}/${PACKAGE_JSON}`;
    const member = packageText(root, file);
    if (member === undefined) continue;
    read.push(file);
    texts.push([file, member]);
  }
  return packageTable(texts, pnpm);
}

/** pnpm's workspace file: its `packages` globs list the workspace's members as a root package.json's `workspaces` do. */
export const PNPM_WORKSPACE = "pnpm-workspace.yaml";

/** The member globs of the root's pnpm-workspace.yaml (none when it is missing or does not read, within the source limits). */
export function pnpmWorkspaceGlobs(root: string): string[] {
  const text = packageText(root, PNPM_WORKSPACE);
  const data = text === undefined ? undefined : parseSource(PNPM_WORKSPACE, text).doc?.data;
  return memberGlobs(data !== null && typeof data === "object" ? (data as { packages?: unknown }).packages : undefined);
}

/** Package folders whose aliases one root keeps in the editors (each a few patterns). */
const KEPT_PACKAGE_FOLDERS = 1024;

/**
 * The package.json files of a root read on demand, for the editors (the check reads the walk's: packageTable): each
 * folder is stat'ed once per keystroke (`fresh`) and read again only when its package.json's stat changed.
 */
class DiskPackages implements PackageFolders {
  private readonly entries = new Map<string, { stamp: string; paths: PathAliases["paths"] | undefined }>();
  private checked = new Set<string>();
  /** The buffer's own package folder (its aliases' prefixes are looked for in its text). */
  private own = "";

  constructor(private readonly root: string) {}

  /** A new keystroke in a buffer in `folder`: every stat is taken again. */
  fresh(folder: string): void {
    this.checked = new Set();
    let dir = folder === "." ? "" : folder;
    while (dir !== "" && this.get(dir) === undefined) dir = posix.dirname(dir) === "." ? "" : posix.dirname(dir);
    this.own = dir;
  }

  get(dir: string): PathAliases["paths"] | undefined {
    const file = dir === "" ? PACKAGE_JSON : `${dir}/${PACKAGE_JSON}`;
    const cached = this.entries.get(dir);
    if (cached && this.checked.has(dir)) return cached.paths;
    this.checked.add(dir);
    const s = entryAt(join(this.root, file));
    const stamp = s?.isFile() ? `${s.mtimeMs}:${s.size}:${s.ino}` : "-";
    let entry = cached;
    if (entry?.stamp !== stamp) {
      const read: string[] = [];
      const paths = stamp === "-" ? undefined : underFolder(dir, packageAliases(this.root, read, file));
      entry = { stamp, paths: stamp !== "-" && !read.length ? [] : paths };
    }
    this.entries.delete(dir);
    this.entries.set(dir, entry);
    if (this.entries.size > KEPT_PACKAGE_FOLDERS) this.entries.delete(this.entries.keys().next().value!);
    return entry.paths;
  }

  /** What the link reader looks for: the buffer's own package's aliases, the root's, and any `#` import (a file it reads may be another package's). */
  values(): IterableIterator<PathAliases["paths"]> {
    return [this.entries.get(this.own)?.paths ?? [], this.entries.get("")?.paths ?? [], [["#*", []]] as PathAliases["paths"]][Symbol.iterator]();
  }
}
