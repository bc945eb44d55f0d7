// dist/cli.js: starts the CLI's bundle (dist/cli-bundle.js) from V8's code cache when it can (core/kernel/code-cache.ts),
// and, run as a scan worker the CLI prestarts, that worker's bundle the same way.
import { join } from "node:path";
import { isMainThread, workerData } from "node:worker_threads";
import { runCached } from "../core/kernel/code-cache";
import { optimizeLate } from "../core/kernel/optimize";
import { type PrestartData, SAVE_CODE_CACHE, WORKER_BUNDLE, prestartScanWorkers, workersToPrestart } from "../core/scan/prestart";

if (isMainThread) {
  // V8 rejects a cache made under other flags: they are set before the bundle compiles, as when the cache was made.
  optimizeLate();
  prestartScanWorkers(join(__dirname, WORKER_BUNDLE), workersToPrestart(process.argv.slice(2)), { wasmDir: join(__dirname, "wasm") }, __filename);
  const command = /^[a-z]+$/.test(process.argv[2] ?? "") ? process.argv[2]! : "other";
  const saveCache = runCached(join(__dirname, "cli-bundle.js"), "cli", command);
  if (saveCache) process.once("exit", saveCache);
} else {
  // The worker writes its cache after its first pass that scanned files (worker.ts), when the functions a scan calls are compiled.
  (globalThis as Record<symbol, unknown>)[SAVE_CODE_CACHE] = runCached((workerData as PrestartData).script!, "scan-worker", "scan");
}
