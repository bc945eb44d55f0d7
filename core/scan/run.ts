import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Finding, SuppressionUse } from "../kernel/findings";
import type { ScanConfig } from "./config";
import { type Grammar, grammarOf, wasmDir } from "./parser";
import { type PathAliases, aliasPrefixes } from "./aliases";
import { type FileSymbols, MAX_PROJECT_DEPTH, ProjectSymbols } from "./project";
import { type FileScan, Scanner } from "./scan";
import { readPathAliases } from "./tsconfig";

export interface ScanRunOptions {
  /** Absolute root; `files` are relative to it. */
  root: string;
  files: readonly string[];
  config?: ScanConfig;
  maxBytes?: number;
  /** Called as files finish (hosts show it: the extension's "Scan Workspace" progress). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Worker threads: a number, or "auto" (one per core when the tree is large enough to pay for them). */
  workers?: number | "auto";
  /** The worker bundle (dist/scan-worker.js); by default found next to the running bundle. */
  workerScript?: string;
}

export interface ScanTotals {
  files: number;
  /** Files the prefilter let through to the parser. */
  parsed: number;
  lines: number;
  skipped: number;
  workers: number;
}

export interface ScanRun extends ScanTotals {
  findings: Finding[];
  /** Suppression comments that hid findings. */
  suppressions: SuppressionUse[];
}

/**
 * Below this many files, starting workers costs more than it saves: each worker loads its bundle and
 * compiles the WASM grammars (about 0.35 s of CPU, bench/RESULTS.md), and the prefilter leaves most
 * files of a real tree unparsed.
 */
export const WORKER_THRESHOLD = 5000;
const BATCH = 32;

export function workerScriptPath(): string | undefined {
  const beside = join(__dirname, "scan-worker.js");
  return existsSync(beside) ? beside : undefined;
}

export function workerCount(files: number, requested: ScanRunOptions["workers"], script: string | undefined): number {
  if (!script) return 0;
  if (typeof requested === "number") return requested <= 1 ? 0 : Math.min(requested, Math.ceil(files / BATCH));
  return files >= WORKER_THRESHOLD ? Math.min(availableParallelism(), Math.ceil(files / BATCH)) : 0;
}

/** Scan files on this thread or on worker threads; findings come back in file order either way. */
export async function scanFiles(options: ScanRunOptions): Promise<ScanRun> {
  const script = options.workerScript ?? workerScriptPath();
  const workers = workerCount(options.files.length, options.workers ?? "auto", script);
  const aliases = options.files.some((f) => !f.endsWith(".py")) ? readPathAliases(options.root) : undefined;
  const projectPrefixes = aliasPrefixes(aliases);
  let results: FileScan[];
  if (workers > 0) {
    const pool = new WorkerPool(options, script!, workers, projectPrefixes);
    try {
      results = await pool.scan(options.files);
      await throughProject(options, results, aliases, (files, _, data) => pool.scan(files, data));
    } finally {
      pool.close();
    }
  } else {
    const scanner = await Scanner.create({ config: options.config, maxBytes: options.maxBytes, grammars: grammarsOf(options.files), projectPrefixes });
    results = await inThread(options, scanner);
    await throughProject(options, results, aliases, async (files, project) => files.map((file) => scanner.scanFile(join(options.root, file), file, project)));
  }
  const totals: ScanRun = { findings: [], suppressions: [], files: options.files.length, parsed: 0, lines: 0, skipped: 0, workers };
  for (const r of results) {
    totals.findings.push(...r.findings);
    if (r.suppressions) totals.suppressions.push(...r.suppressions);
    if (r.parsed) totals.parsed++;
    if (r.skipped) totals.skipped++;
    totals.lines += r.lines;
  }
  return totals;
}

/** The project's table as sent to a worker (a Map of plain objects clones as is). */
export interface ProjectData {
  symbols: Map<string, FileSymbols>;
  aliases?: PathAliases;
  /** Every scanned file (an import resolves only to one of them). */
  files: Set<string>;
}

/**
 * Rounds of the cross-file pass. A file may offer a watched value only once its own imports resolved (a
 * subclass of a class imported from another project file): its importers see it in the next round.
 */
const MAX_ROUNDS = MAX_PROJECT_DEPTH - 1;

/**
 * The cross-file pass: the symbol table from what every file exports and imports (no file is read
 * again for it), then a second scan, by `rescan` (this thread's scanner, or the worker pool), of only
 * the files that import a watched value from another project file. Their findings replace the first pass's.
 * When a rescanned file offers more than it did, the files importing it are scanned again with the grown
 * table (at most MAX_ROUNDS rounds in all).
 */
async function throughProject(options: ScanRunOptions, results: FileScan[], aliases: PathAliases | undefined, rescan: (files: string[], project: ProjectSymbols, data: ProjectData) => Promise<FileScan[]>): Promise<void> {
  const symbols = new Map<string, FileSymbols>();
  results.forEach((r, i) => r.symbols && symbols.set(options.files[i]!, r.symbols));
  if (symbols.size === 0) return;
  const files = new Set(options.files);
  let grown: Set<string> | undefined;
  let project = new ProjectSymbols(symbols, aliases, files);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (project.empty) return;
    const again = options.files.flatMap((file, i) => (symbols.get(file)?.links.length && (!grown || project.importsAny(file, grown)) && project.importsWatched(file) ? [i] : []));
    if (again.length === 0) return;
    options.signal?.throwIfAborted();
    const rescanned = await rescan(
      again.map((i) => options.files[i]!),
      project,
      { symbols, aliases, files },
    );
    // What each rescanned file offered through the table (its links followed) before its own exports grew.
    const before = new Map(again.map((i) => [options.files[i]!, offered(project, options.files[i]!)]));
    again.forEach((i, k) => {
      const after = rescanned[k]!;
      results[i] = after;
      if (after.symbols) symbols.set(options.files[i]!, after.symbols);
    });
    project = new ProjectSymbols(symbols, aliases, files);
    grown = new Set([...before].filter(([file, was]) => offered(project, file) !== was).map(([file]) => file));
    if (grown.size === 0) return;
  }
}

/** What a file offers through the table, as one comparable string (names and the values they hold). */
function offered(project: ProjectSymbols, file: string): string {
  return JSON.stringify(Object.entries(project.exportsOf(file)).map(([name, path]) => [name, path.module, path.members]).sort());
}

/** The grammars a list of files needs. */
export function grammarsOf(files: readonly string[]): Grammar[] {
  return [...new Set(files.map(grammarOf).filter((g): g is Grammar => g !== undefined))];
}

async function inThread(options: ScanRunOptions, scanner: Scanner): Promise<FileScan[]> {
  const out: FileScan[] = [];
  for (const [i, file] of options.files.entries()) {
    options.signal?.throwIfAborted();
    out.push(scanner.scanFile(join(options.root, file), file));
    if (i % BATCH === BATCH - 1) {
      options.onProgress?.(i + 1, options.files.length);
      // Let the host breathe (progress UI, cancellation) between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  options.onProgress?.(options.files.length, options.files.length);
  return out;
}

/** Messages between scanFiles and dist/scan-worker.js. */
export interface WorkerInit {
  config?: ScanConfig;
  grammars: Grammar[];
  maxBytes?: number;
  wasmDir: string;
  root: string;
  projectPrefixes: string[];
}
/** A batch to scan; `project` (the cross-file pass) comes with a worker's first batch of that pass. */
export interface WorkerRequest {
  batch: number;
  files: string[];
  project?: ProjectData;
}
export type WorkerReply = { batch: number; results: FileScan[] } | { batch: number; error: string };

/** Worker threads kept for both passes (each pays its start-up once); batches go to whichever is free. */
class WorkerPool {
  private readonly workers: Worker[] = [];
  private failure: ((error: unknown) => void) | undefined;
  /** A worker that failed between two scans (the next scan fails at once instead of waiting for it). */
  private broken: unknown;

  constructor(
    private readonly options: ScanRunOptions,
    script: string,
    count: number,
    projectPrefixes: string[],
  ) {
    const init: WorkerInit = { config: options.config, grammars: grammarsOf(options.files), maxBytes: options.maxBytes, wasmDir: wasmDir(), root: options.root, projectPrefixes };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script, { workerData: init });
      const fail = (e: unknown) => (this.failure ? this.failure(e) : (this.broken ??= e));
      worker.on("error", fail);
      worker.on("exit", (code) => code !== 0 && !this.closed && fail(new Error(`scan worker exited with code ${code}`)));
      this.workers.push(worker);
    }
  }

  private closed = false;

  close(): void {
    this.closed = true;
    for (const w of this.workers) void w.terminate();
  }

  /** Scan files in batches; findings come back in file order. With `project`, the cross-file pass. */
  scan(files: readonly string[], project?: ProjectData): Promise<FileScan[]> {
    const { signal } = this.options;
    const batches: string[][] = [];
    for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH) as string[]);
    const results: FileScan[][] = new Array(batches.length);
    const active = this.workers.slice(0, Math.max(1, Math.min(this.workers.length, batches.length)));
    return new Promise((resolve, reject) => {
      signal?.throwIfAborted();
      if (this.broken !== undefined) throw this.broken;
      let next = 0;
      let finished = 0;
      let done = 0;
      let settled = false;
      const stop = (error?: unknown) => {
        if (settled) return;
        settled = true;
        this.failure = undefined;
        signal?.removeEventListener("abort", onAbort);
        for (const w of active) w.off("message", onMessage.get(w)!);
        if (error !== undefined) reject(error);
        else resolve(results.flat());
      };
      const onAbort = () => stop(signal!.reason ?? new Error("aborted"));
      signal?.addEventListener("abort", onAbort, { once: true });
      this.failure = stop;
      const sentProject = new Set<Worker>();
      const feed = (worker: Worker) => {
        if (next >= batches.length) return;
        const request: WorkerRequest = { batch: next, files: batches[next]! };
        if (project && !sentProject.has(worker)) {
          request.project = project;
          sentProject.add(worker);
        }
        next++;
        worker.postMessage(request);
      };
      const onMessage = new Map<Worker, (reply: WorkerReply) => void>();
      for (const worker of active) {
        const listener = (reply: WorkerReply) => {
          if (settled) return;
          if ("error" in reply) return stop(new Error(`scan worker: ${reply.error}`));
          results[reply.batch] = reply.results;
          done += reply.results.length;
          if (!project) this.options.onProgress?.(done, files.length);
          if (++finished === batches.length) return stop();
          feed(worker);
        };
        onMessage.set(worker, listener);
        worker.on("message", listener);
        feed(worker);
        feed(worker);
      }
      if (batches.length === 0) stop();
    });
  }
}
