// Entry of dist/scan-worker.js: one scanner per worker thread, fed batches of files by scanFiles().
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { loadGrammars } from "./parser";
import { ProjectSymbols } from "./project";
import type { WorkerInit, WorkerReply, WorkerRequest } from "./run";
import { Scanner } from "./scan";

const init = workerData as WorkerInit;
const post = (reply: WorkerReply) => parentPort!.postMessage(reply);
// Grammars load as batches of their language arrive (a worker kept to TypeScript never compiles Python's).
const scanner = loadGrammars([], init.wasmDir).then(() => Scanner.create({ config: init.config, maxBytes: init.maxBytes, grammars: [], projectPrefixes: init.projectPrefixes }));
scanner.then(
  () => post({ ready: true }),
  (e: unknown) => post({ id: -1, error: (e as Error).stack ?? String(e) }),
);
/** The project's table for the cross-file pass (it comes with this worker's first batch of that pass). */
let project: ProjectSymbols | undefined;

parentPort!.on("message", async ({ id, grammar, files, project: data }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    if (data) project = new ProjectSymbols(data.symbols, data.aliases, data.files);
    const s = await scanner;
    if (grammar) await loadGrammars([grammar]);
    reply = { id, results: files.map((file) => s.scanFile(join(init.root, file), file, project, grammar)) };
  } catch (e) {
    reply = { id, error: (e as Error).stack ?? String(e) };
  }
  post(reply);
});
