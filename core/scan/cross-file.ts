/**
 * The cross-file passes shared by `flowgate check` (run.ts: the tree, a pull request, a shard) and the editors
 * (context.ts: one open buffer): read the files the judged files import, then scan again, with the project's
 * symbol table, the files that import a watched value from another project file. One function, so the editor
 * and CI resolve the same imports to the same findings.
 */
import type { PathAliases } from "./aliases";
import { type FileSymbols, ProjectSymbols } from "./project";
import type { FileScan } from "./scan";
import { append } from "../kernel/append";

/** The project's table as sent to a worker (a Map of plain objects clones as is). */
export interface ProjectData {
  symbols: Map<string, FileSymbols>;
  aliases?: PathAliases;
  /** Every scanned file (an import resolves only to one of them). */
  files: Set<string>;
}

export interface CrossFileInput {
  /** The judged files, repo-relative; `judged` holds their first scans, in the same order. */
  files: readonly string[];
  judged: readonly FileScan[];
  /** The project's other files that may be read for what the judged files import (never reported). */
  context?: { has(file: string): boolean };
  aliases?: PathAliases;
  signal?: AbortSignal;
  /** First scan of context files, for their symbols. */
  scan(files: string[]): Promise<FileScan[]>;
  /** Scan again with the project's table. */
  rescan(files: string[], project: ProjectSymbols, data: ProjectData): Promise<FileScan[]>;
}

/** Every file scanned (the judged ones first, then the context files read) and its final scan, in the same order. */
export async function crossFile(input: CrossFileInput): Promise<{ files: string[]; results: FileScan[] }> {
  const linked = await linkedContext(input);
  const files = [...input.files, ...linked.files];
  const results = [...input.judged, ...linked.results];
  await throughProject(files, results, input);
  return { files, results };
}

/**
 * Rounds of the cross-file pass. A file may offer a watched value only once its own imports resolved (a
 * subclass of a class imported from another project file): its importers see it in the next round. (Re-exports
 * need no round: the table follows them however many files deep, project.ts settle.)
 */
export const MAX_ROUNDS = 3;

/**
 * The cross-file pass: the symbol table from what every file exports and imports (no file is read
 * again for it), then a second scan, by `rescan` (this thread's scanner, or the worker pool), of only
 * the files that import a watched value from another project file. Their findings replace the first pass's.
 * When a rescanned file offers more than it did, the files importing it are scanned again with the grown
 * table (at most MAX_ROUNDS rounds in all).
 */
async function throughProject(scanned: readonly string[], results: FileScan[], { aliases, signal, rescan }: CrossFileInput): Promise<void> {
  const symbols = new Map<string, FileSymbols>();
  results.forEach((r, i) => r.symbols && symbols.set(scanned[i]!, r.symbols));
  if (symbols.size === 0) return;
  const files = new Set(scanned);
  const resolved = new Map<string, readonly string[]>();
  let grown: Set<string> | undefined;
  let project = new ProjectSymbols(symbols, aliases, files, resolved);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (project.empty) return;
    const again = scanned.flatMap((file, i) => (symbols.get(file)?.links.length && (!grown || project.importsAny(file, grown)) && project.importsWatched(file) ? [i] : []));
    if (again.length === 0) return;
    signal?.throwIfAborted();
    const rescanned = await rescan(
      again.map((i) => scanned[i]!),
      project,
      { symbols, aliases, files },
    );
    // What each rescanned file offered through the table (its links followed) before its own exports grew.
    const before = new Map(again.map((i) => [scanned[i]!, offered(project, scanned[i]!)]));
    again.forEach((i, k) => {
      const after = rescanned[k]!;
      results[i] = after;
      if (after.symbols) symbols.set(scanned[i]!, after.symbols);
    });
    project = new ProjectSymbols(symbols, aliases, files, resolved);
    grown = new Set([...before].filter(([file, was]) => offered(project, file) !== was).map(([file]) => file));
    if (grown.size === 0) return;
  }
}

/**
 * The context files the judged files reach through their imports, however many files deep (a barrel re-exporting a
 * re-export), each scanned once for its symbols.
 */
async function linkedContext({ files, judged, context, aliases, signal, scan }: CrossFileInput): Promise<{ files: string[]; results: FileScan[] }> {
  const out = { files: [] as string[], results: [] as FileScan[] };
  if (!context) return out;
  const read = new Set(files);
  const known = { has: (file: string) => read.has(file) || context.has(file) };
  let frontier = files.map((file, i) => [file, judged[i]!] as const);
  // Every file read so far: a folder one adds to Python's search paths is searched for the others' imports too.
  const symbols = new Map<string, FileSymbols>();
  while (frontier.length) {
    for (const [file, scan] of frontier) if (scan.symbols) symbols.set(file, scan.symbols);
    const project = new ProjectSymbols(symbols, aliases, known);
    const next = [...new Set(frontier.flatMap(([file]) => project.linkedFiles(file)))].filter((file) => context.has(file) && !read.has(file)).sort();
    if (next.length === 0) break;
    signal?.throwIfAborted();
    for (const file of next) read.add(file);
    const scanned = await scan(next);
    out.files.push(...next);
    append(out.results, scanned);
    frontier = next.map((file, i) => [file, scanned[i]!] as const);
  }
  return out;
}

/** What a file offers through the table, as one comparable string (names and the values they hold). */
function offered(project: ProjectSymbols, file: string): string {
  return JSON.stringify(Object.entries(project.exportsOf(file)).map(([name, path]) => [name, path.module, path.members, path.returns ?? false, path.unlessPassed ?? false]).sort());
}

