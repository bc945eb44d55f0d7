// Entry of dist/scan-worker.js: one scanner per worker thread, claiming files of each pass scanFiles() posts it.
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { HELD_GRAMMARS, holdsSteps } from "./held-code";
import { type Grammar, loadGrammars } from "./parser";
import { ProjectSymbols } from "./project";
import { type PrestartData, SAVE_CODE_CACHE, type WarmRequest } from "./prestart";
import type { WorkerFinish, WorkerInit, WorkerReply, WorkerRequest } from "./run";
import { type FileScan, Scanner, warmGrammars } from "./scan";
import { type Claimer, REPORT_FILES, REPORT_MS, WorkQueue } from "./work-queue";

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
parentPort!.on("message", (message: WarmRequest | WorkerInit | WorkerRequest | WorkerFinish) => {
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
  const scanner = runtime.then(() => Scanner.create({ config: init.config, maxBytes: init.maxBytes, grammars: [], projectPrefixes: init.projectPrefixes, keepPassTrees: true, doctests: init.doctests, textNotebooks: init.textNotebooks }));
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
