// Entry of dist/scan-worker.js: one scanner per worker thread, fed batches of files by scanFiles().
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { loadGrammars } from "./parser";
import type { WorkerInit, WorkerReply, WorkerRequest } from "./run";
import { Scanner } from "./scan";

const init = workerData as WorkerInit;
const scanner = loadGrammars(init.grammars, init.wasmDir).then(() => Scanner.create({ config: init.config, maxBytes: init.maxBytes, grammars: init.grammars }));

parentPort!.on("message", async ({ batch, files }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const s = await scanner;
    reply = { batch, results: files.map((file) => s.scanFile(join(init.root, file), file)) };
  } catch (e) {
    reply = { batch, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
