// Scan workers started by dist/cli.js before the CLI's bundle loads. A worker's start-up (a Node thread, its bundle,
// the parser runtime: about 0.3 s, bench/RESULTS.md) then runs beside this thread's own (the bundle, the
// configuration, listing the files) instead of after it. The launcher and the bundle are separate scripts in one
// context: the workers pass between them under a registered symbol.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Grammar } from "./parser";

const POOL = Symbol.for("flowgate.scanWorkers");

/** The scan worker's bundle in dist/, beside the bundles that start it. */
export const WORKER_BUNDLE = "scan-worker.js";

/** What a prestarted worker is given: where the parser runtime is, to load it while the worker waits for its WorkerInit. */
export interface PrestartData {
  wasmDir: string;
  /** The worker's bundle, when the worker starts through a launcher (dist/cli.js) that runs it from V8's code cache. */
  script?: string;
}

/** Where a launcher that ran the worker's bundle from V8's code cache leaves the function that writes that cache, when it was missing or rejected (the worker removes it once it has written the cache). */
export const SAVE_CODE_CACHE = Symbol.for("flowgate.saveCodeCache");

/** A started worker waiting for its WorkerInit message, and what became of it while nobody else listened. */
export class PrestartedWorker {
  readonly worker: Worker;
  failure: Error | undefined;
  private readonly onError = (e: Error) => (this.failure ??= e);
  private readonly onExit = (code: number) => (this.failure ??= new Error(`scan worker exited with code ${code}`));

  constructor(
    readonly script: string,
    data: PrestartData,
    launcher?: string,
  ) {
    this.worker = new Worker(launcher ?? script, { workerData: launcher ? { ...data, script } : data }).on("error", this.onError).on("exit", this.onExit);
    this.worker.unref();
  }

  /** The worker, keeping the process alive again; its taker listens to it now. */
  adopt(): Worker {
    this.worker.off("error", this.onError).off("exit", this.onExit).ref();
    return this.worker;
  }
}

type Holder = { [POOL]?: PrestartedWorker[] };

/**
 * Start `count` workers of `script` (through `launcher`, given the script in workerData, when there is one); they keep
 * no process alive until adopted (a run that never scans exits as before).
 */
export function prestartScanWorkers(script: string, count: number, data: PrestartData, launcher?: string): void {
  (globalThis as Holder)[POOL] = Array.from({ length: count }, () => new PrestartedWorker(script, data, launcher));
}

/** How many workers the launcher started. */
export const prestartedWorkers = () => (globalThis as Holder)[POOL]?.length ?? 0;

/** A message to prestarted workers: the grammars a scan will read, to load and compile before the scan is posted. */
export interface WarmRequest {
  warm: readonly Grammar[];
}

/** Have the prestarted workers load `grammars` and compile their queries while this thread prepares the scan. */
export function warmScanWorkers(grammars: readonly Grammar[]): void {
  if (grammars.length === 0) return;
  for (const early of (globalThis as Holder)[POOL] ?? []) early.worker.postMessage({ warm: grammars } satisfies WarmRequest);
}

/** The prestarted workers, once: whoever takes them uses or terminates each. */
export function takeScanWorkers(): PrestartedWorker[] {
  const pool = (globalThis as Holder)[POOL] ?? [];
  (globalThis as Holder)[POOL] = [];
  return pool;
}

/**
 * A gate's run (`flowgate check`, the Action): one worker, given a second core. It scans beside this thread, which
 * runs the other checks meanwhile (gate.ts), and a small workspace's scan is done before they are.
 */
export const gateWorkers = () => (availableParallelism() > 1 ? 1 : 0);

/**
 * Workers worth starting before the bundle loads for a command line: `scan -j N` asks for N threads (N-1 workers;
 * at most one per core beyond this one's); `check` a gate's. Others start theirs when the files are listed (run.ts workerCount).
 */
export function workersToPrestart(args: readonly string[]): number {
  if (args[0] === "check") return gateWorkers();
  if (args[0] !== "scan") return 0;
  let jobs: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "-j" || arg === "--jobs") jobs = args[++i];
    else if (arg.startsWith("--jobs=")) jobs = arg.slice("--jobs=".length);
    else if (arg.startsWith("-j")) jobs = arg.slice("-j".length);
  }
  const threads = Number(jobs);
  return Number.isInteger(threads) && threads > 1 ? Math.min(threads, availableParallelism()) - 1 : 0;
}
