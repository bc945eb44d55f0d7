// Bundles run from V8's code cache. Compiling a 1–2 MB bundle and the functions a run calls is about a sixth of a
// short run (`flowgate check` of a small workspace), and a scan worker compiles its own bundle again in its own
// isolate; the cache, written by the first run, saves most of both for every later one. Node 22's
// `module.enableCompileCache` does the same, but Node 20 has none.
import { createHash } from "node:crypto";
import { type Stats, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { basename, dirname, isAbsolute, join } from "node:path";
import { Script } from "node:vm";
import { threadId } from "node:worker_threads";

/**
 * Run `bundle` (a CommonJS file) as a module, compiled from the cache `kind`/`variant` when there is one. Returns what
 * writes the cache when it was missing or rejected (nothing when it was read): the code this run compiled (call it
 * once the run has done its typical work: a cache holds the functions compiled so far).
 */
export function runCached(bundle: string, kind: string, variant: string): (() => void) | undefined {
  const source = readFileSync(bundle);
  const cache = cacheFile(source, kind, variant);
  let cached: Buffer | undefined;
  try {
    if (cache) cached = readFileSync(cache);
  } catch {
    // No cache yet: this run writes it.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source.toString("utf8")}\n})`, { filename: bundle, cachedData: cached });
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  if (!cache || (cached && !script.cachedDataRejected)) return undefined;
  let saved = false;
  return () => {
    if (saved) return;
    saved = true;
    write(cache, kind, script.createCachedData());
  };
}

/**
 * Where a bundle's cache lives: a directory of the user's own that only the user can even read (a cache is code
 * V8 runs without checking it: nobody else may write there, and a folder a checkout made, 0755 at most, is not one),
 * named by the bundle's content (V8 itself compares only the source's length), the variant (a CLI command: a cache
 * holds the functions its run compiled, and one made by `--version` would leave a `check` compiling most of what it
 * calls) and the Node that made it. None with NODE_DISABLE_COMPILE_CACHE, as Node's own cache.
 */
function cacheFile(source: Buffer, kind: string, variant: string): string | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    // A relative XDG_CACHE_HOME is invalid (XDG Base Directory specification): it would name a folder of the workspace.
    const xdg = process.env.XDG_CACHE_HOME;
    const dir = join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), ".cache"), "flowgate");
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!ownedPrivately(statSync(dir))) return undefined;
    return join(dir, `${kind}-${createHash("sha256").update(source).digest("hex").slice(0, 32)}-${variant}-${process.version}-${process.arch}.v8cache`);
  } catch {
    return undefined;
  }
}

function ownedPrivately(dir: Stats): boolean {
  return dir.isDirectory() && (process.getuid === undefined || (dir.uid === process.getuid() && (dir.mode & 0o077) === 0));
}

/** A cache being written: `<cache>.<pid>.<thread>`, renamed to the cache when whole. */
const TEMPORARY = /\.v8cache\.(\d+)\.\d+$/;

/**
 * Written whole or not at all (a concurrent run reads either the old file or the new); other bundles' caches of this
 * kind for this Node are removed, and the temporaries of writers that died before renaming theirs (a killed run).
 */
function write(file: string, kind: string, data: Buffer): void {
  try {
    const temporary = `${file}.${process.pid}.${threadId}`;
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
    const [dir, name] = [dirname(file), basename(file)];
    const bundle = name.slice(0, `${kind}-`.length + 32);
    const node = `-${process.version}-${process.arch}.v8cache`;
    for (const other of readdirSync(dir)) {
      if (!other.startsWith(`${kind}-`)) continue;
      const writer = TEMPORARY.exec(other)?.[1];
      if (writer !== undefined ? !alive(Number(writer)) : !other.startsWith(bundle) && other.endsWith(node)) rmSync(join(dir, other), { force: true });
    }
  } catch {
    // A read-only or full disk: the next run compiles the bundle again.
  }
}

/** Whether a process of this id runs (one of another user's too: signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
