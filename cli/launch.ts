// dist/cli.js: starts the CLI's bundle (dist/cli-bundle.js) from V8's code cache when it can. Compiling the 2 MB
// bundle and the functions a run calls is about a sixth of a short run (`flowgate check` of a small workspace); the
// cache, written by the first run, saves most of it for every later one. Node 22's `module.enableCompileCache`
// does the same, but Node 20 has none.
import { createHash } from "node:crypto";
import { type Stats, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { basename, dirname, isAbsolute, join } from "node:path";
import { Script } from "node:vm";
import { optimizeLate } from "../core/kernel/optimize";
import { WORKER_BUNDLE, prestartScanWorkers, workersToPrestart } from "../core/scan/prestart";

const BUNDLE = join(__dirname, "cli-bundle.js");

// V8 rejects a cache made under other flags: they are set before the bundle compiles, as when the cache was made.
optimizeLate();
prestartScanWorkers(join(__dirname, WORKER_BUNDLE), workersToPrestart(process.argv.slice(2)), { wasmDir: join(__dirname, "wasm") });
run();

function run(): void {
  const source = readFileSync(BUNDLE);
  const cache = cacheFile(source);
  let cached: Buffer | undefined;
  try {
    if (cache) cached = readFileSync(cache);
  } catch {
    // No cache yet: this run writes it.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source.toString("utf8")}\n})`, { filename: BUNDLE, cachedData: cached });
  if (cache && (!cached || script.cachedDataRejected)) process.once("exit", () => write(cache, script.createCachedData()));
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, __dirname);
}

/**
 * Where this bundle's cache lives: a directory of the user's own that only the user can even read (a cache is code
 * V8 runs without checking it: nobody else may write there, and a folder a checkout made, 0755 at most, is not one),
 * named by the bundle's content (V8 itself compares only the source's length), the command and the Node that made it.
 * A cache holds the functions its run compiled, so each command has its own: one made by `--version` would leave a
 * `check` compiling most of what it calls. None with NODE_DISABLE_COMPILE_CACHE, as Node's own cache.
 */
function cacheFile(source: Buffer): string | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    // A relative XDG_CACHE_HOME is invalid (XDG Base Directory specification): it would name a folder of the workspace.
    const xdg = process.env.XDG_CACHE_HOME;
    const dir = join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), ".cache"), "flowgate");
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!ownedPrivately(statSync(dir))) return undefined;
    const command = /^[a-z]+$/.test(process.argv[2] ?? "") ? process.argv[2] : "other";
    return join(dir, `cli-${createHash("sha256").update(source).digest("hex").slice(0, 32)}-${command}-${process.version}-${process.arch}.v8cache`);
  } catch {
    return undefined;
  }
}

function ownedPrivately(dir: Stats): boolean {
  return dir.isDirectory() && (process.getuid === undefined || (dir.uid === process.getuid() && (dir.mode & 0o077) === 0));
}

/** Written whole or not at all (a concurrent run reads either the old file or the new); other bundles' caches for this Node are removed. */
function write(file: string, data: Buffer): void {
  try {
    const temporary = `${file}.${process.pid}`;
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
    const [dir, name] = [dirname(file), basename(file)];
    const bundle = name.slice(0, "cli-".length + 32);
    const node = `-${process.version}-${process.arch}.v8cache`;
    for (const other of readdirSync(dir)) if (other.startsWith("cli-") && !other.startsWith(bundle) && other.endsWith(node)) rmSync(join(dir, other), { force: true });
  } catch {
    // A read-only or full disk: the next run compiles the bundle again.
  }
}
