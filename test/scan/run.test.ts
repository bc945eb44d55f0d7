import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { describe, expect, test } from "vitest";
import { availableParallelism } from "node:os";
import { type Grammar, grammarOf, wasmDir } from "../../core/scan/parser";
import { CPU_WINDOW_MS, type CpuSample, WORKER_THRESHOLD, autoThreads, idleCores, scanFiles, workerCount } from "../../core/scan/run";
import { JOIN_MIN_FILES, type Claimer, WorkQueue } from "../../core/scan/work-queue";
import { type PrestartedWorker, prestartScanWorkers, takeScanWorkers, warmScanWorkers, workersToPrestart } from "../../core/scan/prestart";
import { REPO, tempDir } from "../helpers/cli";

/** A tree of 120 files: every third one calls out directly. */
function tree(): { root: string; files: string[] } {
  const root = tempDir();
  const files: string[] = [];
  for (let i = 0; i < 120; i++) {
    const py = i % 2 === 0;
    const file = `f${String(i).padStart(3, "0")}.${py ? "py" : "ts"}`;
    const call = i % 3 === 0;
    writeFileSync(join(root, file), py ? `import os\n${call ? "os.system('x')" : "os.getcwd()"}\n` : `${call ? 'fetch("u")' : 'gateway.call("u")'};\n`);
    files.push(file);
  }
  return { root, files };
}

/** The worker entry built from the current sources, as scripts/build.mjs builds dist/scan-worker.js (built once). */
let bundle: string | undefined;
function workerBundle(): string {
  if (bundle) return bundle;
  bundle = join(tempDir(), "scan-worker.js");
  buildSync({ entryPoints: [join(REPO, "core/scan/worker.ts")], bundle: true, platform: "node", format: "cjs", mainFields: ["module", "main"], outfile: bundle, logLevel: "warning" });
  return bundle;
}

/** A worker script that never says it is ready (a worker still starting when this thread is done). */
function neverReady(): string {
  const file = join(tempDir(), "slow-worker.js");
  writeFileSync(file, "setInterval(() => {}, 1000);\n");
  return file;
}

/**
 * A project of `n` files across Python, TypeScript and JavaScript, with cross-file imports (so the second pass
 * runs): lib/shell.ts re-exports exec, every fourth TypeScript file calls it through the import.
 */
function mixedProject(n: number): { root: string; files: string[] } {
  const root = tempDir();
  mkdirSync(join(root, "lib"));
  writeFileSync(join(root, "lib/shell.ts"), 'import { exec } from "child_process";\nexport { exec };\n');
  writeFileSync(join(root, "lib/net.py"), "import requests\nget = requests.get\n");
  writeFileSync(join(root, "lib/__init__.py"), "");
  const files = ["lib/__init__.py", "lib/net.py", "lib/shell.ts"];
  for (let i = 0; i < n; i++) {
    const kind = i % 3;
    const file = `m${String(i).padStart(5, "0")}.${["py", "ts", "js"][kind]}`;
    const text = [
      i % 4 === 0 ? "from lib.net import get\nget('u')\n" : `import os\nos.${i % 2 ? "system('x')" : "getcwd()"}\n`,
      i % 4 === 1 ? 'import { exec } from "./lib/shell";\nexec("ls");\n' : `import { spawn } from "child_process";\n${i % 2 ? 'spawn("x");' : "const n = 1;"}\n`,
      `const https = require("https");\n${i % 5 === 0 ? 'https.get("u");' : "https;"}\nfetch("v");\n`,
    ][kind]!;
    writeFileSync(join(root, file), text);
    files.push(file);
  }
  return { root, files: files.sort() };
}

describe("scanFiles", () => {
  test("worker threads find exactly what one thread finds, in file order, and report progress", async () => {
    const { root, files } = tree();
    const single = await scanFiles({ root, files, workers: 1 });
    expect(single.workers).toBe(0);
    expect(single.findings.map((f) => `${f.file}:${f.line}`)).toEqual(files.filter((_, i) => i % 3 === 0).map((f) => `${f}:${f.endsWith(".py") ? 2 : 1}`));
    const progress: Array<[number, number]> = [];
    const parallel = await scanFiles({ root, files, workers: 2, offThread: true, workerScript: workerBundle(), onProgress: (done, total) => progress.push([done, total]) });
    expect(parallel.workers).toBe(2);
    expect(parallel.findings).toEqual(single.findings);
    expect({ ...parallel, findings: [], workers: 0 }).toEqual({ ...single, findings: [] });
    expect(progress.at(-1)).toEqual([120, 120]);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
  });

  test("an aborted scan stops with the signal's reason, on a thread or on workers", async () => {
    const { root, files } = tree();
    const controller = new AbortController();
    controller.abort(new Error("user cancelled"));
    await expect(scanFiles({ root, files, workers: 1, signal: controller.signal })).rejects.toThrow("user cancelled");
    await expect(scanFiles({ root, files, workers: 2, workerScript: workerBundle(), signal: controller.signal })).rejects.toThrow("user cancelled");
    await expect(scanFiles({ root, files, workers: 2, offThread: true, workerScript: workerBundle(), signal: controller.signal })).rejects.toThrow("user cancelled");
    const onWorkers = new AbortController();
    const running = scanFiles({ root, files, workers: 2, offThread: true, workerScript: workerBundle(), signal: onWorkers.signal, onProgress: (done) => done >= 32 && onWorkers.abort(new Error("stop workers")) });
    await expect(running).rejects.toThrow("stop workers");
    const midway = new AbortController();
    const run = scanFiles({ root, files, workers: 1, signal: midway.signal, onProgress: (done) => done >= 32 && midway.abort(new Error("stop")) });
    await expect(run).rejects.toThrow("stop");
  });

  test("this thread and worker threads together find exactly what one thread finds, in file order, across both passes", async () => {
    const { root, files } = mixedProject(1500);
    const single = await scanFiles({ root, files, workers: 1 });
    expect(single.findings.filter((f) => f.rule === "scan/shell-command" && f.message.includes("Resolved through")).length).toBe(125);
    for (const options of [{ workers: 2 }, { workers: 3 }, { workers: 2, offThread: true }]) {
      const progress: number[] = [];
      const run = await scanFiles({ root, files, ...options, workerScript: workerBundle(), onProgress: (done) => progress.push(done) });
      expect(run.workers).toBe(options.offThread ? 2 : options.workers - 1);
      expect(run.findings).toEqual(single.findings);
      expect(run.suppressions).toEqual(single.suppressions);
      expect({ ...run, findings: [], workers: 0 }).toEqual({ ...single, findings: [] });
      expect(progress.at(-1)).toBe(files.length);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
    }
  });

  test("a worker not ready by the time this thread is done is not waited for", async () => {
    const { root, files } = tree();
    const single = await scanFiles({ root, files, workers: 1 });
    // The worker never answers: had the scan waited for it, it would not end (the test would time out).
    const run = await scanFiles({ root, files, workers: 2, workerScript: neverReady() });
    expect(run.workers).toBe(1);
    expect(run.findings).toEqual(single.findings);
  });

  test("a worker that fails to start fails the scan with its error, not a hang", async () => {
    const { root, files } = tree();
    const broken = join(tempDir(), "broken-worker.js");
    writeFileSync(broken, 'throw new Error("no grammar here");\n');
    await expect(scanFiles({ root, files, workers: 2, offThread: true, workerScript: broken })).rejects.toThrow("no grammar here");
    const quits = join(tempDir(), "quitting-worker.js");
    writeFileSync(quits, "process.exit(0);\n");
    await expect(scanFiles({ root, files, workers: 2, offThread: true, workerScript: quits })).rejects.toThrow("scan worker exited with code 0");
  });

  test("workers the launcher started are the scan's, told their part by a message; those of another script, or too many, are stopped", async () => {
    const { root, files } = tree();
    const single = await scanFiles({ root, files, workers: 1 });
    const pool = (): PrestartedWorker[] => [...((globalThis as Record<symbol, PrestartedWorker[]>)[Symbol.for("flowgate.scanWorkers")] ?? [])];
    prestartScanWorkers(workerBundle(), 3, { wasmDir: wasmDir() });
    const surplus = pool()[2]!;
    const stopped = new Promise((resolve) => surplus.worker.once("exit", resolve));
    const run = await scanFiles({ root, files, workers: 2, offThread: true, workerScript: workerBundle() });
    expect(run.workers).toBe(2);
    expect(run.findings).toEqual(single.findings);
    expect(takeScanWorkers()).toEqual([]);
    // The third was not needed: stopped (a hang here otherwise).
    await stopped;
    // A worker of another script is not used: this one would fail the scan.
    const broken = join(tempDir(), "broken-worker.js");
    writeFileSync(broken, 'throw new Error("no grammar here");\n');
    prestartScanWorkers(broken, 1, { wasmDir: wasmDir() });
    expect((await scanFiles({ root, files, workers: 2, offThread: true, workerScript: workerBundle() })).findings).toEqual(single.findings);
    // One of the same script is used, and its failure while nobody listened fails the scan, not a hang.
    prestartScanWorkers(broken, 1, { wasmDir: wasmDir() });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(scanFiles({ root, files, workers: 2, offThread: true, workerScript: broken })).rejects.toThrow("no grammar here");
  });

  test("a worker that writes its code cache as the scan ends is told to finish and exits once it has; one that writes none is stopped", async () => {
    const { root, files } = tree();
    const single = await scanFiles({ root, files, workers: 1 });
    const pool = (): PrestartedWorker[] => [...((globalThis as Record<symbol, PrestartedWorker[]>)[Symbol.for("flowgate.scanWorkers")] ?? [])];
    for (const savesCache of [true, false]) {
      const dir = tempDir();
      const finished = join(dir, "finished");
      // Takes no file; says (or not) it writes its cache when its pass ends, which it does when told to finish.
      const script = join(dir, "caching-worker.js");
      writeFileSync(
        script,
        `const { parentPort } = require("node:worker_threads");
let init;
parentPort.on("message", (m) => {
  if ("finish" in m) setTimeout(() => { require("node:fs").writeFileSync(${JSON.stringify(finished)}, ""); process.exit(0); }, 100);
  else if (!("warm" in m) && !init) init = m;
  else if ("queue" in m) parentPort.postMessage({ id: m.id, results: [], ${savesCache ? "savesCache: true" : ""} });
});\n`,
      );
      prestartScanWorkers(script, 1, { wasmDir: wasmDir() });
      const exited = new Promise((resolve) => pool()[0]!.worker.once("exit", resolve));
      // Started, so that it answers while this thread scans.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const run = await scanFiles({ root, files, workers: 2, workerScript: script });
      expect(run.workers).toBe(1);
      expect(run.findings).toEqual(single.findings);
      // Stopped at once (terminate), a worker exits with code 1 and never writes.
      expect(await exited).toBe(savesCache ? 0 : 1);
      expect(existsSync(finished)).toBe(savesCache);
    }
  });

  test("a prestarted worker told the grammars ahead of the scan (warmScanWorkers) is used by an automatic scan of any size; one told a grammar it has not fails nothing", async () => {
    const { root, files } = tree();
    const single = await scanFiles({ root, files: files.slice(0, 4), workers: 1 });
    for (const warm of [["python", "typescript"], ["cobol"]] as Grammar[][]) {
      prestartScanWorkers(workerBundle(), 1, { wasmDir: wasmDir() });
      warmScanWorkers(warm);
      // Four files alone would be scanned on this thread (workerCount): the launcher's worker takes part instead.
      const run = await scanFiles({ root, files: files.slice(0, 4), workerScript: workerBundle() });
      expect(run.workers).toBe(1);
      expect(run.findings).toEqual(single.findings);
      expect(takeScanWorkers()).toEqual([]);
    }
  });

  test("workers worth starting before the bundle loads: `scan -j N` (N-1, at most a core each), one for `check` given a second core, no other command line", () => {
    const cores = availableParallelism();
    expect([["scan", "tree", "-j", "2"], ["scan", "-j2", "tree"], ["scan", "--jobs", "2"], ["scan", "--jobs=2"]].map(workersToPrestart)).toEqual([1, 1, 1, 1].map((n) => Math.min(n, cores - 1)));
    expect(workersToPrestart(["scan", "--jobs", "64"])).toBe(cores - 1);
    expect([["check"], ["check", "examples", "--format", "json"]].map(workersToPrestart)).toEqual([1, 1].map(() => Math.min(1, cores - 1)));
    expect([["scan", "tree"], ["scan", "-j", "1"], ["scan", "-j", "auto"], ["scan", "-j", "0"], ["scan", "-j"], ["validate", "x.flow.json"], ["-j", "2"], []].map(workersToPrestart)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  test("workers started: N-1 beside this thread, none for a tree of one batch, N off this thread; auto from WORKER_THRESHOLD files", () => {
    expect(workerCount(120, 1, "w.js")).toBe(0);
    expect(workerCount(120, 2, "w.js")).toBe(1);
    expect(workerCount(120, 8, "w.js")).toBe(3);
    expect(workerCount(20, 4, "w.js")).toBe(0);
    expect(workerCount(20, 4, "w.js", true)).toBe(1);
    expect(workerCount(120, 2, "w.js", true)).toBe(2);
    expect(workerCount(120, 2, undefined)).toBe(0);
    expect(workerCount(WORKER_THRESHOLD - 1, "auto", "w.js")).toBe(0);
    expect(workerCount(WORKER_THRESHOLD, "auto", "w.js")).toBe(Math.min(autoThreads(WORKER_THRESHOLD), Math.ceil(WORKER_THRESHOLD / 32)) - 1);
  });

  test("auto: one thread per idle core, at least one, at most one per core; one thread below WORKER_THRESHOLD files", () => {
    expect(autoThreads(WORKER_THRESHOLD - 1, 8, 8)).toBe(1);
    expect(autoThreads(WORKER_THRESHOLD, 2, 2)).toBe(2);
    expect(autoThreads(WORKER_THRESHOLD, 2, 1)).toBe(1);
    expect(autoThreads(WORKER_THRESHOLD, 2, -4)).toBe(1);
    expect(autoThreads(WORKER_THRESHOLD, 2, 3)).toBe(2);
    expect(autoThreads(50_000, 4, 3)).toBe(3);
  });

  // Two samples 200 ms apart on 2 cores: `busy` is every process's CPU time, `own` this process's (milliseconds).
  const at0: CpuSample = { at: 1000, busy: 50_000, own: 300 };
  const after = (ms: number, busy: number, own: number): CpuSample => ({ at: at0.at + ms, busy: at0.busy + busy, own: at0.own + own });

  test("idle cores: cores minus what other processes kept busy, a core counting idle when mostly idle; not the load average", () => {
    // Idle machine after a build (load average 1.8): this process alone used 1.2 cores (V8's threads beside the walk).
    expect(idleCores(2, at0, after(200, 240, 240), 1.8)).toBe(2);
    expect(idleCores(2, at0, after(200, 0, 0), 1.8)).toBe(2);
    // Another process kept one core busy while this one used 1.0.
    expect(idleCores(2, at0, after(200, 400, 200), 0)).toBe(1);
    // Others at 0.4 of a core leave it mostly idle; at 0.5 and 0.6 it is not.
    expect(idleCores(2, at0, after(200, 280, 200), 0)).toBe(2);
    expect(idleCores(2, at0, after(200, 300, 200), 0)).toBe(1);
    expect(idleCores(2, at0, after(200, 320, 200), 0)).toBe(1);
    // Both cores taken by others (this process got little): none idle; autoThreads still runs one thread.
    expect(idleCores(2, at0, after(200, 400, 30), 0)).toBe(0);
    expect(idleCores(4, at0, after(100, 250, 100), 0)).toBe(2);
  });

  test("idle cores: a window too short to tell, or too long to say what is idle now, falls back to cores minus the load average, rounded up", () => {
    expect(idleCores(2, at0, after(CPU_WINDOW_MS.min - 1, 0, 0), 1.8)).toBe(1);
    expect(idleCores(2, at0, after(CPU_WINDOW_MS.min - 1, 0, 0), 0.6)).toBe(2);
    expect(idleCores(2, at0, after(CPU_WINDOW_MS.min, 0, 0), 1.8)).toBe(2);
    expect(idleCores(2, at0, after(CPU_WINDOW_MS.max + 1, 0, 0), 1.8)).toBe(1);
    expect(idleCores(2, at0, after(CPU_WINDOW_MS.max, 0, 0), 1.8)).toBe(2);
    expect(idleCores(4, at0, after(10, 0, 0), 1.5)).toBe(3);
    expect(idleCores(2, at0, after(10, 0, 0), 5.8)).toBe(-3);
  });

  test("idle cores: without the system's CPU times (no /proc) the load average decides", () => {
    expect(idleCores(2, { ...at0, busy: NaN }, after(200, NaN, 0), 1.8)).toBe(1);
    expect(idleCores(2, { ...at0, busy: NaN }, after(200, NaN, 0), 0.6)).toBe(2);
  });

  test("without a worker bundle (running from sources) the scan stays on this thread", async () => {
    const { root, files } = tree();
    expect((await scanFiles({ root, files: files.concat(files, files, files), workers: "auto" })).workers).toBe(0);
  });
});

test("the gate reports the scan's progress under the check name `scan`, and honours its AbortSignal", async () => {
  const { runGate } = await import("../../core/gate");
  const { scanCheck } = await import("../../core/scan/check");
  const { DEFAULT_CONFIG } = await import("../../core/config/schema");
  const { root } = tree();
  const progress: Array<[string, number, number]> = [];
  const gate = await runGate([scanCheck], { root, config: DEFAULT_CONFIG, onProgress: (p) => progress.push([p.check, p.done, p.total]) });
  expect(gate.report.summary.errors).toBe(40);
  expect(progress.at(-1)).toEqual(["scan", 120, 120]);
  expect(new Set(progress.map(([check]) => check))).toEqual(new Set(["scan"]));
  const controller = new AbortController();
  const cancelled = runGate([scanCheck], { root, config: DEFAULT_CONFIG, signal: controller.signal, onProgress: (p) => p.done >= 32 && controller.abort(new Error("cancelled from the editor")) });
  await expect(cancelled).rejects.toThrow("cancelled from the editor");
});

describe("WorkQueue", () => {
  const claimer = (index = 0): Claimer => ({ index, grammars: new Set() });
  const files = [...Array.from({ length: 70 }, (_, i) => `a${i}.py`), ...Array.from({ length: 40 }, (_, i) => `b${i}.ts`), "c.js", "README"].sort();
  /** Claims until `c` has none, counting them by grammar. */
  const drain = (queue: WorkQueue, c: Claimer) => {
    const by: Record<string, number> = {};
    for (let claim = queue.claim(c); claim; claim = queue.claim(c)) by[String(claim.grammar)] = (by[String(claim.grammar)] ?? 0) + 1;
    return by;
  };

  test("every file is claimed exactly once, with its grammar, in file order within a grammar", () => {
    const queue = WorkQueue.of(files, 2);
    expect(queue.left).toBe(112);
    const [one, two] = [claimer(), claimer()];
    const seen: number[] = [];
    const order = new Map<string, number[]>();
    // Turns alternate until neither thread has anything to claim.
    for (let turn = 0, idle = 0; idle < 2; turn++) {
      const claim = queue.claim(turn % 2 ? one : two);
      idle = claim ? 0 : idle + 1;
      if (!claim) continue;
      expect(claim.grammar).toBe(grammarOf(files[claim.item]!));
      seen.push(claim.item);
      order.set(String(claim.grammar), [...(order.get(String(claim.grammar)) ?? []), claim.item]);
    }
    expect(queue.left).toBe(0);
    expect(seen.sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    for (const items of order.values()) expect(items).toEqual([...items].sort((a, b) => a - b));
  });

  test("a queue rebuilt from its data (as a worker does) shares the claims: no file is claimed twice across threads", () => {
    const queue = WorkQueue.of(files, 2);
    const copy = new WorkQueue(structuredClone(queue.data));
    const [here, there] = [claimer(), claimer()];
    const items: number[] = [];
    for (let turn = 0, idle = 0; idle < 3; turn++) {
      const claim = (turn % 3 ? queue : copy).claim(turn % 3 ? here : there);
      idle = claim ? 0 : idle + 1;
      if (claim) items.push(claim.item);
    }
    expect(items.sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    expect(copy.left).toBe(0);
  });

  test("a stopped queue hands out nothing more, to any thread", () => {
    const queue = WorkQueue.of(files, 2);
    const copy = new WorkQueue(structuredClone(queue.data));
    expect(queue.claim(claimer())).toBeDefined();
    copy.stop();
    expect(queue.stopped).toBe(true);
    expect(queue.claim(claimer())).toBeUndefined();
    expect(copy.claim(claimer())).toBeUndefined();
  });

  test("two threads keep to a grammar each: the first takes the largest group, the second the largest no thread is on", () => {
    const queue = WorkQueue.of(files, 2);
    const [first, second] = [claimer(), claimer()];
    expect(queue.claim(first)?.grammar).toBe("python");
    expect(queue.claim(second)?.grammar).toBe("typescript");
    for (let i = 0; i < 69; i++) expect(queue.claim(first)?.grammar).toBe("python");
    // Python is used up: the first thread moves to a group no thread is on, not to the second's TypeScript.
    expect(queue.claim(first)?.grammar).not.toBe("typescript");
    expect(first.grammars.has("typescript")).toBe(false);
    expect(second.grammars).toEqual(new Set(["typescript"]));
  });

  test(`near the end a thread does not join another's grammar for a few files (more than ${JOIN_MIN_FILES} per thread left: it does)`, () => {
    const many = (n: number, ext: string) => Array.from({ length: n }, (_, i) => `${ext}${i}.${ext}`);
    // TypeScript runs out while Python has 2 × JOIN_MIN_FILES + 1 files left and a thread on it: the first thread joins it.
    const early = WorkQueue.of([...many(2 * JOIN_MIN_FILES + 2, "py"), ...many(10, "ts")], 2);
    const [a, b] = [claimer(), claimer()];
    expect([early.claim(a)?.grammar, early.claim(b)?.grammar]).toEqual(["python", "typescript"]);
    expect(drain(early, b)).toEqual({ typescript: 9, python: 2 * JOIN_MIN_FILES + 1 });
    // With exactly 2 × JOIN_MIN_FILES left it does not: the thread on Python finishes them.
    const late = WorkQueue.of([...many(2 * JOIN_MIN_FILES + 1, "py"), ...many(10, "ts")], 2);
    const [c, d] = [claimer(), claimer()];
    expect([late.claim(c)?.grammar, late.claim(d)?.grammar]).toEqual(["python", "typescript"]);
    expect(drain(late, d)).toEqual({ typescript: 9 });
    expect(d.grammars).toEqual(new Set(["typescript"]));
    expect(drain(late, c)).toEqual({ python: 2 * JOIN_MIN_FILES });
  });

  test("in the cross-file pass a thread first claims the files whose trees it kept, then helps with the others'", () => {
    const kept = new Map([["a1.py", 1], ["a2.py", 1], ["b1.ts", 0], ["a3.py", 0]]);
    const queue = WorkQueue.of(["a1.py", "a2.py", "a3.py", "b1.ts", "a4.py"], 2, grammarOf, (file) => kept.get(file));
    const [main, worker] = [claimer(0), claimer(1)];
    const name = (c: Claimer) => ["a1.py", "a2.py", "a3.py", "b1.ts", "a4.py"][queue.claim(c)?.item ?? -1];
    expect([name(worker), name(worker)]).toEqual(["a1.py", "a2.py"]);
    // Then Python nobody kept, before the file this thread kept (it would parse that again).
    expect(name(worker)).toBe("a4.py");
    expect(name(main)).toBe("a3.py");
    // Nor does it take the TypeScript file this thread kept: it would compile TypeScript's query for one file.
    expect(name(worker)).toBeUndefined();
    expect([name(main), name(main)]).toEqual(["b1.ts", undefined]);
  });

  test("a thread goes back to a grammar it scanned before (its queries are compiled) before taking a new one", () => {
    const queue = WorkQueue.of(files, 1);
    const [first, second] = [claimer(), claimer()];
    first.grammars.add("typescript");
    expect(queue.claim(second)?.grammar).toBe("python");
    expect(queue.claim(first)?.grammar).toBe("typescript");
  });
});

describe("detached", () => {
  test("gives the same string, and the same symbols, for substrings long and short", async () => {
    const { detached, detachedSymbols } = await import("../../core/scan/detach");
    const text = `import { exec } from "./a-rather-long-relative/specifier/path";\n`;
    const cut = text.slice(22, 61);
    expect(detached(cut)).toBe("./a-rather-long-relative/specifier/path");
    expect(detached("./a")).toBe("./a");
    expect(detached("")).toBe("");
    const symbols = {
      exports: { run: { module: "child_process", members: ["exec"], via: [{ start: 0, end: 0, tracked: true, placed: { file: "a.ts", line: 1, column: 1, endLine: 1, endColumn: 5, text: cut } }, { start: 3, end: 9, tracked: false }] } },
      links: [{ specifier: cut, names: [["exec", "exec"] as [string, string]], reexport: true, namespace: "ns", hop: { file: "a.ts", line: 1, column: 1, endLine: 1, endColumn: 5, text: cut } }, { specifier: "./b", names: [], reexport: false }],
    };
    expect(detachedSymbols(symbols)).toEqual(symbols);
    expect(Object.keys(detachedSymbols(symbols).links[1]!)).toEqual(["specifier", "names", "reexport"]);
  });
});
