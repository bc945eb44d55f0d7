/**
 * tsconfig.json / jsconfig.json `compilerOptions.paths` and `baseUrl` at the scanned root: import
 * specifiers that name the project's own files (`@/lib/shell`, `~utils`); read by core/scan/tsconfig.ts.
 * A watched module's name
 * is never looked up here (the analyzers ask only for specifiers no rule watches), so an alias cannot
 * hide `child_process` behind a project file.
 */
import { posix } from "node:path";

/**
 * A package.json `imports` target naming a package rather than a file (`"#cp": "child_process"`, `"#ai": "openai"`),
 * kept among the file targets with this prefix (no path starts with a NUL): Node loads that package for the `#` name.
 */
export const PACKAGE_TARGET = "\0package:";

/** The package a PACKAGE_TARGET candidate names (`node:` dropped, as a load's specifier is read), else undefined. */
export function packageOfTarget(candidate: string): string | undefined {
  return candidate.startsWith(PACKAGE_TARGET) ? candidate.slice(PACKAGE_TARGET.length).replace(/^node:/, "") : undefined;
}

/** Patterns and targets kept per file (a hostile config lists thousands). */
const MAX_PATTERNS = 200;
const MAX_TARGETS = 8;
/** Package names the link reader looks for one by one (a monorepo's few scopes and names); past it, by their first character. */
export const MAX_NAME_PREFIXES = 256;

export interface PathAliases {
  /** Folder (relative to the root, "" = the root) that `paths` targets and bare `baseUrl` imports are relative to. */
  base: string;
  /** `"@/*": ["src/*"]`: pattern → targets, each with at most one `*`. */
  paths: Array<[pattern: string, targets: string[]]>;
  /** Was `baseUrl` set (then `lib/shell` may name `<base>/lib/shell`)? */
  baseUrl: boolean;
  /**
   * The folders holding a package.json ("" = the root), each to its `imports` and self-referenced `exports` (targets
   * relative to the root; none: a package.json without them). Node resolves a `#` specifier, or the package's own name,
   * by the package.json nearest above the importing file, and looks no further up: so does the scan.
   */
  packages?: PackageFolders;
  /** When the root's package.json declares `workspaces`: each package's name → its entry, its `exports` or `main` (targets relative to the root), for every file. */
  workspaces?: ReadonlyMap<string, PathAliases["paths"]>;
  /**
   * May a TypeScript runtime run the project's JavaScript files (a tsconfig.json at the root; tsx, ts-node, Bun or
   * another named in a package.json)? Then a relative import may name a `.ts` twin as well as what Node loads
   * (project.ts jsFiles).
   */
  typescript?: boolean;
  /** Folder (relative to the root) → its package.json's `main`, relative to the root: `require("./dir")` loads it (the check's walk). */
  mains?: ReadonlyMap<string, string>;
  /** Folders the project's Python packaging makes importable by name (python-roots.ts): Python's absolute imports are looked for there too. */
  pythonRoots?: readonly string[];
}

/** `aliases` (none: no JavaScript alias) with the folders Python packaging makes importable, when there are any. */
export function withPythonRoots(aliases: PathAliases | undefined, pythonRoots: readonly string[] | undefined): PathAliases | undefined {
  return pythonRoots?.length ? { base: "", baseUrl: false, paths: [], ...aliases, pythonRoots } : aliases;
}

/** Folder → its package.json's aliases; a Map in the check (sent to the workers as is), read on demand in the editors. */
export type PackageFolders = Pick<ReadonlyMap<string, PathAliases["paths"]>, "get" | "values">;

/** The aliases a parsed config declares (anything malformed is left out). */
export function aliasesOf(config: unknown): PathAliases | undefined {
  const options = (config as { compilerOptions?: unknown } | undefined)?.compilerOptions as { paths?: unknown; baseUrl?: unknown } | undefined;
  if (!options || typeof options !== "object") return undefined;
  const baseUrl = typeof options.baseUrl === "string" ? options.baseUrl : undefined;
  const base = posix.normalize(baseUrl ?? ".").replace(/^\.\/?$|^\.\//, "").replace(/\/$/, "");
  if (base.startsWith("..") || posix.isAbsolute(base)) return undefined;
  const paths: PathAliases["paths"] = [];
  if (options.paths && typeof options.paths === "object") {
    for (const [pattern, targets] of Object.entries(options.paths as Record<string, unknown>).slice(0, MAX_PATTERNS)) {
      if (!Array.isArray(targets) || (pattern.match(/\*/g)?.length ?? 0) > 1) continue;
      const ok = targets.filter((t): t is string => typeof t === "string" && (t.match(/\*/g)?.length ?? 0) <= 1).slice(0, MAX_TARGETS);
      if (ok.length) paths.push([pattern, ok]);
    }
  }
  if (!paths.length && baseUrl === undefined) return undefined;
  return { base, paths, baseUrl: baseUrl !== undefined };
}

/**
 * The literal prefixes of the patterns (`@/`, `~utils`, a package's own name): what the link reader looks for in quotes.
 * A package's `#name` is looked for as `#`, its own exports as its name: one search per package however many it maps.
 */
export function aliasPrefixes(aliases: PathAliases | undefined): string[] {
  const packaged = [...(aliases?.packages?.values() ?? [])].flat().map(([pattern]) => (pattern.startsWith("#") ? "#" : packageName(pattern)));
  let names = new Set([...packaged, ...(aliases?.workspaces?.keys() ?? [])]);
  // Each prefix is a search of every file: past MAX_NAME_PREFIXES names, each is looked for by its first character (more quotes read, none missed).
  if (names.size > MAX_NAME_PREFIXES) names = new Set([...names].map((name) => name[0]!));
  return [...new Set([...(aliases?.paths ?? []).map(([pattern]) => pattern.split("*")[0]!), ...names])].filter((p) => p.length > 0);
}

/** The package name a self-reference starts with (`@acme/agent` of `@acme/agent/gw`, `agentx` of `agentx/*`). */
function packageName(pattern: string): string {
  return pattern.split("/").slice(0, pattern.startsWith("@") ? 2 : 1).join("/").split("*")[0]!;
}

/** The aliases of the package.json nearest above `folder` (the importing file's), none when that package.json sets none or there is none. */
export function nearestPackage(packages: PackageFolders | undefined, folder: string): PathAliases["paths"] {
  if (!packages) return [];
  for (let dir = folder === "." ? "" : folder; ; dir = posix.dirname(dir) === "." ? "" : posix.dirname(dir)) {
    const own = packages.get(dir);
    if (own) return own;
    if (dir === "" || dir === "/") return [];
  }
}

/**
 * Root-relative paths (without extension) a bare specifier imported by `from` may name, in tsconfig's order: the longest
 * matching pattern first (the nearest package.json's, then a workspace package's, before `paths` when as long), then baseUrl.
 */
export function aliasCandidates(aliases: PathAliases, specifier: string, from?: string): string[] {
  const matches: Array<[prefixLength: number, targets: string[], star: string, base: string]> = [];
  const own = from === undefined ? [] : nearestPackage(aliases.packages, posix.dirname(from));
  const workspace = aliases.workspaces?.get(packageName(specifier)) ?? [];
  for (const [paths, base] of [[own, ""], [workspace, ""], [aliases.paths, aliases.base]] as const) {
    for (const [pattern, targets] of paths) {
      const star = pattern.indexOf("*");
      if (star < 0) {
        if (pattern === specifier) matches.push([pattern.length, targets, "", base]);
        continue;
      }
      const prefix = pattern.slice(0, star);
      const suffix = pattern.slice(star + 1);
      if (specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)) matches.push([prefix.length, targets, specifier.slice(prefix.length, specifier.length - suffix.length), base]);
    }
  }
  matches.sort((a, b) => b[0] - a[0]);
  const out = matches.flatMap(([, targets, star, base]) => targets.map((t) => (t.startsWith(PACKAGE_TARGET) ? t.replace("*", star) : posix.normalize(posix.join(base, t.replace("*", star))))));
  if (aliases.baseUrl) out.push(posix.normalize(posix.join(aliases.base, specifier)));
  return out.filter((p) => !p.startsWith("..") && !posix.isAbsolute(p));
}
