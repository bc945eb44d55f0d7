#!/usr/bin/env node
"use strict";

// cli/launch.ts
var import_node_path2 = require("node:path");
var import_node_worker_threads3 = require("node:worker_threads");

// core/kernel/code-cache.ts
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_vm = require("node:vm");
var import_node_worker_threads = require("node:worker_threads");
function runCached(bundle, kind, variant) {
  const source = (0, import_node_fs.readFileSync)(bundle);
  const cache = cacheFile(source, kind, variant);
  let cached;
  try {
    if (cache) cached = (0, import_node_fs.readFileSync)(cache);
  } catch {
  }
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source.toString("utf8")}
})`, { filename: bundle, cachedData: cached });
  const module2 = { exports: {} };
  script.runInThisContext().call(module2.exports, module2.exports, (0, import_node_module.createRequire)(bundle), module2, bundle, (0, import_node_path.dirname)(bundle));
  if (!cache || cached && !script.cachedDataRejected) return void 0;
  let saved = false;
  return () => {
    if (saved) return;
    saved = true;
    write(cache, kind, script.createCachedData());
  };
}
function cacheFile(source, kind, variant) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  try {
    const xdg = process.env.XDG_CACHE_HOME;
    const dir = (0, import_node_path.join)(xdg && (0, import_node_path.isAbsolute)(xdg) ? xdg : (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache"), "flowgate");
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    if (!ownedPrivately((0, import_node_fs.statSync)(dir))) return void 0;
    return (0, import_node_path.join)(dir, `${kind}-${(0, import_node_crypto.createHash)("sha256").update(source).digest("hex").slice(0, 32)}-${variant}-${process.version}-${process.arch}.v8cache`);
  } catch {
    return void 0;
  }
}
function ownedPrivately(dir) {
  return dir.isDirectory() && (process.getuid === void 0 || dir.uid === process.getuid() && (dir.mode & 63) === 0);
}
var TEMPORARY = /\.v8cache\.(\d+)\.\d+$/;
function write(file, kind, data) {
  try {
    const temporary = `${file}.${process.pid}.${import_node_worker_threads.threadId}`;
    (0, import_node_fs.writeFileSync)(temporary, data, { mode: 384 });
    (0, import_node_fs.renameSync)(temporary, file);
    const [dir, name] = [(0, import_node_path.dirname)(file), (0, import_node_path.basename)(file)];
    const bundle = name.slice(0, `${kind}-`.length + 32);
    const node = `-${process.version}-${process.arch}.v8cache`;
    for (const other of (0, import_node_fs.readdirSync)(dir)) {
      if (!other.startsWith(`${kind}-`)) continue;
      const writer = TEMPORARY.exec(other)?.[1];
      if (writer !== void 0 ? !alive(Number(writer)) : !other.startsWith(bundle) && other.endsWith(node)) (0, import_node_fs.rmSync)((0, import_node_path.join)(dir, other), { force: true });
    }
  } catch {
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

// core/kernel/optimize.ts
var import_node_v8 = require("node:v8");
var WASM_TIERING_BUDGET = 18e7;
var JS_INTERRUPT_BUDGET = 1e6;
var SPENDS_INTERRUPT_BUDGET = process.versions.v8.startsWith("11.3.");
function optimizeLate() {
  (0, import_node_v8.setFlagsFromString)(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
  if (SPENDS_INTERRUPT_BUDGET) (0, import_node_v8.setFlagsFromString)(`--interrupt-budget=${JS_INTERRUPT_BUDGET}`);
}

// core/scan/prestart.ts
var import_node_os2 = require("node:os");
var import_node_worker_threads2 = require("node:worker_threads");
var POOL = /* @__PURE__ */ Symbol.for("flowgate.scanWorkers");
var WORKER_BUNDLE = "scan-worker.js";
var SAVE_CODE_CACHE = /* @__PURE__ */ Symbol.for("flowgate.saveCodeCache");
var PrestartedWorker = class {
  constructor(script, data, launcher) {
    this.script = script;
    this.worker = new import_node_worker_threads2.Worker(launcher ?? script, { workerData: launcher ? { ...data, script } : data }).on("error", this.onError).on("exit", this.onExit);
    this.worker.unref();
  }
  script;
  worker;
  failure;
  onError = (e) => this.failure ??= e;
  onExit = (code) => this.failure ??= new Error(`scan worker exited with code ${code}`);
  /** The worker, keeping the process alive again; its taker listens to it now. */
  adopt() {
    this.worker.off("error", this.onError).off("exit", this.onExit).ref();
    return this.worker;
  }
};
function prestartScanWorkers(script, count, data, launcher) {
  globalThis[POOL] = Array.from({ length: count }, () => new PrestartedWorker(script, data, launcher));
}
var gateWorkers = () => (0, import_node_os2.availableParallelism)() > 1 ? 1 : 0;
function workersToPrestart(args) {
  if (args[0] === "check") return gateWorkers();
  if (args[0] !== "scan") return 0;
  let jobs;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (arg === "-j" || arg === "--jobs") jobs = args[++i];
    else if (arg.startsWith("--jobs=")) jobs = arg.slice("--jobs=".length);
    else if (arg.startsWith("-j")) jobs = arg.slice("-j".length);
  }
  const threads = Number(jobs);
  return Number.isInteger(threads) && threads > 1 ? Math.min(threads, (0, import_node_os2.availableParallelism)()) - 1 : 0;
}

// cli/launch.ts
if (import_node_worker_threads3.isMainThread) {
  optimizeLate();
  prestartScanWorkers((0, import_node_path2.join)(__dirname, WORKER_BUNDLE), workersToPrestart(process.argv.slice(2)), { wasmDir: (0, import_node_path2.join)(__dirname, "wasm") }, __filename);
  const command = /^[a-z]+$/.test(process.argv[2] ?? "") ? process.argv[2] : "other";
  const saveCache = runCached((0, import_node_path2.join)(__dirname, "cli-bundle.js"), "cli", command);
  if (saveCache) process.once("exit", saveCache);
} else {
  globalThis[SAVE_CODE_CACHE] = runCached(import_node_worker_threads3.workerData.script, "scan-worker", "scan");
}
