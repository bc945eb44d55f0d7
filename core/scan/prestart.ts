// Scan workers started by dist/cli.js before the CLI's bundle loads. A worker's start-up (a Node thread, its bundle,
// the parser runtime: about 0.3 s, bench/RESULTS.md) then runs beside this thread's own (the bundle, the
// configuration, listing the files) instead of after it. The launcher and the bundle are separate scripts in one
// context: the workers pass between them under a registered symbol.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

const POOL = Symbol.for("flowgate.scanWorkers");

/** The scan worker's bundle in dist/, beside the bundles that start it. */
export const WORKER_BUNDLE = "scan-worker.js";

/** What a prestarted worker is given: where the parser runtime is, to load it while the worker waits for its WorkerInit. */
export interface PrestartData {
  wasmDir: string;
}

/** A started worker waiting for its WorkerInit message, and what became of it while nobody else listened. */
export class PrestartedWorker {
  readonly worker: Worker;
  failure: Error | undefined;
  private readonly onError = (e: Error) => (this.failure ??= e);
  private readonly onExit = (code: number) => (this.failure ??= new Error(`scan worker exited with code ${code}`));

  constructor(
    readonly script: string,
    data: PrestartData,
  ) {
    this.worker = new Worker(script, { workerData: data }).on("error", this.onError).on("exit", this.onExit);
    this.worker.unref();
  }

  /** The worker, keeping the process alive again; its taker listens to it now. */
  adopt(): Worker {
    this.worker.off("error", this.onError).off("exit", this.onExit).ref();
    return this.worker;
  }
}

type Holder = { [POOL]?: PrestartedWorker[] };

/** Start `count` workers of `script`; they keep no process alive until adopted (a run that never scans exits as before). */
export function prestartScanWorkers(script: string, count: number, data: PrestartData): void {
  (globalThis as Holder)[POOL] = Array.from({ length: count }, () => new PrestartedWorker(script, data));
}

/** The prestarted workers, once: whoever takes them uses or terminates each. */
export function takeScanWorkers(): PrestartedWorker[] {
  const pool = (globalThis as Holder)[POOL] ?? [];
  (globalThis as Holder)[POOL] = [];
  return pool;
}

/**
 * Workers worth starting before the bundle loads for a command line: `scan -j N` asks for N threads (N-1 workers;
 * at most one per core beyond this one's). Others start theirs when the files are listed (run.ts workerCount).
 */
export function workersToPrestart(args: readonly string[]): number {
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
