import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Finding } from "../kernel/findings";
import type { ScanConfig } from "./config";
import { type Grammar, grammarOf, wasmDir } from "./parser";
import { type FileSymbols, ProjectSymbols } from "./project";
import { type FileScan, Scanner } from "./scan";

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
  const results = workers > 0 ? await onWorkers(options, script!, workers) : await inThread(options);
  await throughProject(options, results);
  const totals: ScanRun = { findings: [], files: options.files.length, parsed: 0, lines: 0, skipped: 0, workers };
  for (const r of results) {
    totals.findings.push(...r.findings);
    if (r.parsed) totals.parsed++;
    if (r.skipped) totals.skipped++;
    totals.lines += r.lines;
  }
  return totals;
}

/**
 * The cross-file pass: the symbol table from what every file exports and imports, then a second scan
 * (on this thread) of the files that import a watched value from another project file. Their findings
 * replace the first pass's.
 */
async function throughProject(options: ScanRunOptions, results: FileScan[]): Promise<void> {
  const symbols = new Map<string, FileSymbols>();
  results.forEach((r, i) => r.symbols && symbols.set(options.files[i]!, r.symbols));
  if (symbols.size === 0) return;
  const project = new ProjectSymbols(symbols);
  if (project.empty) return;
  const again = options.files.map((file, i) => [file, i] as const).filter(([file]) => symbols.get(file)?.links.length && project.importsWatched(file));
  if (again.length === 0) return;
  const scanner = await Scanner.create({ config: options.config, maxBytes: options.maxBytes, grammars: grammarsOf(again.map(([file]) => file)) });
  for (const [file, i] of again) {
    options.signal?.throwIfAborted();
    results[i] = scanner.scanFile(join(options.root, file), file, project);
  }
}

/** The grammars a list of files needs. */
export function grammarsOf(files: readonly string[]): Grammar[] {
  return [...new Set(files.map(grammarOf).filter((g): g is Grammar => g !== undefined))];
}

async function inThread(options: ScanRunOptions): Promise<FileScan[]> {
  const scanner = await Scanner.create({ config: options.config, maxBytes: options.maxBytes, grammars: grammarsOf(options.files) });
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
}
export interface WorkerRequest {
  batch: number;
  files: string[];
}
export type WorkerReply = { batch: number; results: FileScan[] } | { batch: number; error: string };

function onWorkers(options: ScanRunOptions, script: string, count: number): Promise<FileScan[]> {
  const { files, signal } = options;
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH) as string[]);
  const results: FileScan[][] = new Array(batches.length);
  const init: WorkerInit = { config: options.config, grammars: grammarsOf(files), maxBytes: options.maxBytes, wasmDir: wasmDir(), root: options.root };
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const pool: Worker[] = [];
    let next = 0;
    let finished = 0;
    let done = 0;
    let settled = false;
    const stop = (error?: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      for (const w of pool) void w.terminate();
      if (error !== undefined) reject(error);
      else resolve(results.flat());
    };
    const onAbort = () => stop(signal!.reason ?? new Error("aborted"));
    signal?.addEventListener("abort", onAbort, { once: true });
    const feed = (worker: Worker) => {
      if (next < batches.length) {
        const request: WorkerRequest = { batch: next, files: batches[next]! };
        next++;
        worker.postMessage(request);
      }
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script, { workerData: init });
      pool.push(worker);
      worker.on("message", (reply: WorkerReply) => {
        if ("error" in reply) return stop(new Error(`scan worker: ${reply.error}`));
        results[reply.batch] = reply.results;
        done += reply.results.length;
        options.onProgress?.(done, files.length);
        if (++finished === batches.length) return stop();
        feed(worker);
      });
      worker.on("error", (e) => stop(e));
      worker.on("exit", (code) => code !== 0 && stop(new Error(`scan worker exited with code ${code}`)));
      feed(worker);
      feed(worker);
    }
  });
}
