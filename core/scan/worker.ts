// Entry of dist/scan-worker.js: one scanner per worker thread, claiming files of each pass scanFiles() posts it.
import { createRequire } from "node:module";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { HELD_GRAMMARS, holdsSteps } from "./held-code";
import { type Grammar, loadGrammars } from "./parser";
import { ProjectSymbols } from "./project";
import { type PrestartData, SAVE_CODE_CACHE, type WarmRequest } from "./prestart";
import type { WorkerFinish, WorkerInit, WorkerReply, WorkerRequest } from "./run";
import { type FileScan, Scanner, warmGrammars } from "./scan";
import { type Claimer, REPORT_FILES, REPORT_MS, WorkQueue } from "./work-queue";
import { SIDE_WORK_BUNDLE, type SideJobReply, type SideJobRequest } from "./side-jobs";
import type { SideWork } from "./side-work";

const post = (reply: WorkerReply) => parentPort!.postMessage(reply);
// The parser runtime loads while the worker waits for its settings; grammars load as files of their language are
// claimed (a worker kept to TypeScript never compiles Python's).
const given = workerData as WorkerInit | PrestartData;
const runtime = loadGrammars([], given.wasmDir);
/** This worker's scan: from workerData, or (started by the launcher before the scan was known: prestart.ts) the first message. */
let scan: { init: WorkerInit; self: Claimer; scanner: Promise<Scanner> } | undefined;
/** The project's table for the cross-file pass (it comes with this worker's first request of that pass). */
let project: ProjectSymbols | undefined;
/** Passes run one after another (a pass posted while this worker starts waits for the one before). */
let passes = Promise.resolve();
/**
 * What writes this worker's code cache, while one is due (its launcher ran it from one missing or rejected, and set
 * this once the bundle had run): called after the first pass that scanned files (a cache holds the functions compiled so far).
 */
const dueCacheSave = () => (globalThis as Record<symbol, unknown>)[SAVE_CODE_CACHE] as (() => void) | undefined;

if ("root" in given) scan = start(given);
parentPort!.on("message", (message: WarmRequest | WorkerInit | WorkerRequest | WorkerFinish | SideJobRequest) => {
  if ("side" in message) {
    // After the pass running: another check's files, claimed once this worker has scanned what it could.
    passes = passes.then(() => sideJob(message));
    return;
  }
  if ("finish" in message) {
    passes = passes.then(() => process.exit());
    return;
  }
  if ("warm" in message) {
    // Ahead of the files: a failure here is the pass's to report, when it loads the grammar itself.
    void runtime.then(() => warmGrammars(message.warm)).catch(() => undefined);
    return;
  }
  if (!scan) {
    scan = start(message as WorkerInit);
    return;
  }
  const started = scan;
  passes = passes.then(() => pass(started, message as WorkerRequest));
});

function start(init: WorkerInit): NonNullable<typeof scan> {
  const scanner = runtime.then(() => Scanner.create({ config: init.config, maxBytes: init.maxBytes, grammars: [], projectPrefixes: init.projectPrefixes, keepPassTrees: true, doctests: init.doctests }));
  scanner.catch((e: unknown) => post({ id: -1, error: (e as Error).stack ?? String(e) }));
  return { init, self: { index: init.index, grammars: new Set() }, scanner };
}

async function pass({ init, self, scanner }: NonNullable<typeof scan>, { id, files, queue: data, project: table }: WorkerRequest): Promise<void> {
  try {
    if (table) project = new ProjectSymbols(table.symbols, table.aliases, table.files);
    const s = await scanner;
    const queue = new WorkQueue(data);
    let grammar: Grammar | undefined;
    let scanned: Array<[number, FileScan]> = [];
    let posted = performance.now();
    let claimed = false;
    for (let claim = queue.claim(self); claim; claim = queue.claim(self)) {
      claimed = true;
      const file = files[claim.item]!;
      if (claim.grammar && claim.grammar !== grammar) await loadGrammars([(grammar = claim.grammar)]);
      if (claim.grammar && holdsSteps(file)) await loadGrammars(HELD_GRAMMARS);
      scanned.push([claim.item, s.scanFile(join(init.root, file), file, project, claim.grammar)]);
      if (scanned.length >= REPORT_FILES || performance.now() - posted >= REPORT_MS) {
        post({ id, results: scanned, ...(dueCacheSave() ? { savesCache: true as const } : {}) });
        scanned = [];
        posted = performance.now();
      }
    }
    // Before the last reply (the scan may stop this worker once it has it).
    const save = claimed && dueCacheSave();
    if (save) {
      save();
      delete (globalThis as Record<symbol, unknown>)[SAVE_CODE_CACHE];
    }
    post({ id, results: scanned, done: true });
  } catch (e) {
    post({ id, error: (e as Error).stack ?? String(e) });
  }
}

/**
 * The side jobs' code (side-work.ts: Blueprint validation and zod, half again this bundle) is a bundle of its own,
 * required when this worker first claims such a file: a scan alone, or a worker that finds every file claimed, never loads it.
 */
let sideWork: SideWork | undefined;
// Through createRequire, which the bundler leaves alone: the file is found beside this bundle when the worker runs.
const loadSideWork = (): SideWork => (sideWork ??= (createRequire(__filename)(SIDE_WORK_BUNDLE) as { SIDE_WORK: SideWork }).SIDE_WORK);

/** Another check's files (side-jobs.ts), claimed from the counter the gate's thread claims from too. */
async function sideJob({ side: { id, kind, root, files, cells, config } }: SideJobRequest): Promise<void> {
  const reply = (r: SideJobReply) => parentPort!.postMessage(r);
  const next = new Int32Array(cells);
  let done: Array<[number, unknown]> = [];
  let posted = performance.now();
  let item = -1;
  try {
    // The code is loaded before a file is claimed (its first load is about as long as a shard's Blueprints take):
    // a file claimed meanwhile would keep the gate's thread waiting for it.
    const work = Atomics.load(next, 0) < files.length ? loadSideWork()[kind] : undefined;
    for (item = work ? Atomics.add(next, 0, 1) : files.length; item < files.length; item = Atomics.add(next, 0, 1)) {
      done.push([item, work!(root, files[item]!, config)]);
      if (performance.now() - posted >= REPORT_MS) {
        reply({ side: id, done });
        done = [];
        posted = performance.now();
      }
    }
    reply({ side: id, done, last: true });
  } catch (e) {
    // The gate's thread does what was not answered (and meets the same error there, if it is the file's).
    reply({ side: id, error: (e as Error).stack ?? String(e), item });
  }
}
