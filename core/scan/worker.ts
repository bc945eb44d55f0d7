// Entry of dist/scan-worker.js: one scanner per worker thread, claiming files of each pass scanFiles() posts it.
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { type Grammar, loadGrammars } from "./parser";
import { ProjectSymbols } from "./project";
import type { WorkerInit, WorkerReply, WorkerRequest } from "./run";
import { type FileScan, Scanner } from "./scan";
import { type Claimer, REPORT_FILES, REPORT_MS, WorkQueue } from "./work-queue";

const init = workerData as WorkerInit;
const post = (reply: WorkerReply) => parentPort!.postMessage(reply);
// Grammars load as files of their language are claimed (a worker kept to TypeScript never compiles Python's).
const scanner = loadGrammars([], init.wasmDir).then(() => Scanner.create({ config: init.config, maxBytes: init.maxBytes, grammars: [], projectPrefixes: init.projectPrefixes, keepPassTrees: true }));
scanner.catch((e: unknown) => post({ id: -1, error: (e as Error).stack ?? String(e) }));
/** The project's table for the cross-file pass (it comes with this worker's first request of that pass). */
let project: ProjectSymbols | undefined;
const self: Claimer = { index: init.index, grammars: new Set() };
/** Passes run one after another (a pass posted while this worker starts waits for the one before). */
let passes = Promise.resolve();

parentPort!.on("message", (request: WorkerRequest) => {
  passes = passes.then(() => pass(request));
});

async function pass({ id, files, queue: data, project: table }: WorkerRequest): Promise<void> {
  try {
    if (table) project = new ProjectSymbols(table.symbols, table.aliases, table.files);
    const s = await scanner;
    const queue = new WorkQueue(data);
    let grammar: Grammar | undefined;
    let scanned: Array<[number, FileScan]> = [];
    let posted = performance.now();
    for (let claim = queue.claim(self); claim; claim = queue.claim(self)) {
      if (claim.grammar && claim.grammar !== grammar) await loadGrammars([(grammar = claim.grammar)]);
      const file = files[claim.item]!;
      scanned.push([claim.item, s.scanFile(join(init.root, file), file, project, claim.grammar)]);
      if (scanned.length >= REPORT_FILES || performance.now() - posted >= REPORT_MS) {
        post({ id, results: scanned });
        scanned = [];
        posted = performance.now();
      }
    }
    post({ id, results: scanned, done: true });
  } catch (e) {
    post({ id, error: (e as Error).stack ?? String(e) });
  }
}
