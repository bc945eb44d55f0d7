// Entry of dist/scan-worker.js: one scanner per worker thread, fed batches of files by scanFiles().
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { loadGrammars } from "./parser";
import { ProjectSymbols } from "./project";
import type { WorkerInit, WorkerReply, WorkerRequest } from "./run";
import { Scanner } from "./scan";

const init = workerData as WorkerInit;
const scanner = loadGrammars(init.grammars, init.wasmDir).then(() => Scanner.create({ config: init.config, maxBytes: init.maxBytes, grammars: init.grammars, projectPrefixes: init.projectPrefixes }));
/** The project's table for the cross-file pass (it comes with this worker's first batch of that pass). */
let project: ProjectSymbols | undefined;

parentPort!.on("message", async ({ batch, files, project: data }: WorkerRequest) => {
  let reply: WorkerReply;
  if (data) project = new ProjectSymbols(data.symbols, data.aliases, data.files);
  try {
    const s = await scanner;
    reply = { batch, results: files.map((file) => s.scanFile(join(init.root, file), file, project)) };
  } catch (e) {
    reply = { batch, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
