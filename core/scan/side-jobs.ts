// Other checks' per-file work shared with the gate's scan worker. In a gate's run this thread is the critical path
// (it runs every other check while the worker scans, then the worker idles: bench/RESULTS.md, twenty-fifth stop), so
// a check whose files are independent of each other hands them to both threads: each claims the next file from one
// shared counter, this thread only once the checks after it have run (the worker after its scan pass).
import type { Worker } from "node:worker_threads";
import type { Config } from "../config/schema";

/** The worker's side of the jobs (side-work.ts), a bundle of its own beside the worker's (scripts/build.mjs). */
export const SIDE_WORK_BUNDLE = "./scan-worker-side.js";

/** Per-file work the worker can do (side-work.ts runs it there; the check's own function, here). */
export type SideJobKind = "blueprints";

/** To the worker: a check's files to claim from `cells` (Int32: the next position) and do as `kind` says. */
export interface SideJobRequest {
  side: { id: number; kind: SideJobKind; root: string; files: readonly string[]; cells: SharedArrayBuffer; config: Config };
}

/** From the worker: results by position as it goes; `done` once it claims no more; `error`: it stopped at `item`, left to this thread. */
export type SideJobReply = { side: number; done: Array<[number, unknown]>; last?: true } | { side: number; error: string; item: number };

/** The gate's scan worker while the scan holds it, lent to other checks; it is stopped once the scan and every job lent are done. */
class LentWorker {
  private jobs = 0;
  private stop: (() => void) | undefined;

  constructor(readonly worker: Worker) {}

  begin(): void {
    this.jobs++;
  }

  end(): void {
    if (--this.jobs === 0 && this.stop) this.stop();
  }

  /** The scan is done with it: `stop` now, or when the last job lent ends. */
  release(stop: () => void): void {
    if (this.jobs === 0) stop();
    else this.stop = stop;
  }
}

let lendable: LentWorker | undefined;
let lastJob = 0;

/** The scan (run.ts ScanThreads) offers the worker it adopted from the launcher; `release` when it is done with it. */
export function lendScanWorker(worker: Worker): { release(stop: () => void): void } {
  const lent = new LentWorker(worker);
  lendable = lent;
  return {
    release(stop) {
      if (lendable === lent) lendable = undefined;
      lent.release(stop);
    },
  };
}

/**
 * `work` of every file, in file order: on this thread and, while the gate's scan holds a worker, on that worker
 * too (as `kind`). This thread starts claiming once the checks run after the caller have run (the scan's worker
 * is busy until then); whatever the worker does not answer (it failed, stopped) this thread does.
 */
export async function shareFiles<R>(kind: SideJobKind, files: readonly string[], root: string, config: Config, work: (file: string, i: number) => R): Promise<R[]> {
  const lent = lendable;
  if (!lent || files.length < 2) return files.map(work);
  const results = new Array<R>(files.length);
  const have = new Uint8Array(files.length);
  const cells = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const next = new Int32Array(cells);
  const id = ++lastJob;
  let missing = files.length;
  let answered = false;
  let wake: (() => void) | undefined;
  const finish = () => {
    answered = true;
    wake?.();
  };
  const got = (item: number, result: R) => {
    results[item] = result;
    have[item] = 1;
    missing--;
  };
  const onMessage = (reply: SideJobReply | { side?: undefined }) => {
    if (reply.side !== id) return;
    if ("error" in reply) return finish();
    for (const [item, result] of reply.done) got(item, result as R);
    if (reply.last) finish();
    else wake?.();
  };
  lent.begin();
  lent.worker.on("message", onMessage).once("exit", finish).once("error", finish);
  try {
    try {
      lent.worker.postMessage({ side: { id, kind, root, files, cells, config } } satisfies SideJobRequest);
    } catch {
      answered = true; // not sent (a setting that does not clone): this thread does every file
    }
    // The checks after this one run first: they are this thread's alone.
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) got(i, work(files[i]!, i));
    while (missing > 0 && !answered) await new Promise<void>((resolve) => (wake = resolve));
    // What the worker claimed and did not answer.
    for (let i = 0; missing > 0 && i < files.length; i++) if (!have[i]) got(i, work(files[i]!, i));
    return results;
  } finally {
    lent.worker.off("message", onMessage).off("exit", finish).off("error", finish);
    lent.end();
  }
}
