import { existsSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import { join, posix } from "node:path";
import { Worker } from "node:worker_threads";
import { type Finding, type ResolutionStep, type SuppressionUse, resolutionOf } from "../kernel/findings";
import { moduleFileAmong } from "./suppressed-calls";
import { isWorkspaceFile } from "../kernel/workspace";
import type { ScanConfig } from "./config";
import { DEFAULT_SCAN_CONFIG } from "./config-defaults";
import { type Claimer, type QueueData, REPORT_FILES, REPORT_MS, WorkQueue } from "./work-queue";
import { HELD_GRAMMARS, holdsSteps } from "./held-code";
import { notebookCode } from "./notebook";
import { DECLARATION_FILE, NOTEBOOK_FILE, type Grammar, grammarOf, importsAsPython, loadGrammars, sourceGrammar, wasmDir } from "./parser";
import { LinkReader, namesModulePaths } from "./links";
import { type Doctests, NOT_CODE } from "./launched";
import { DEFAULT_MAX_FILE_BYTES } from "../kernel/limits";
import { type PathAliases, aliasPrefixes, withPythonRoots } from "./aliases";
import { type FileSymbols, ProjectSymbols } from "./project";
import { type ProjectData, crossFile } from "./cross-file";
import { MAX_HOPS } from "./resolve";
import { type FileScan, Scanner, readSource } from "./scan";
import { type PrestartData, type PrestartedWorker, WORKER_BUNDLE, takeScanWorkers, prestartedWorkers } from "./prestart";
import { type PackageTable, type Unread, readPathAliases } from "./tsconfig";
import { append } from "../kernel/append";

/** A `#` specifier in a step's text (`from "#cp"`, `require('#cp')`): a name a package.json maps. */
const HASH_SPECIFIER = /["'`]#/;

export interface ScanRunOptions {
  /** Absolute root; `files` are relative to it. */
  root: string;
  files: readonly string[];
  /** Files whose extension does not say their language: scripts named by their `#!` line (parser.ts scriptGrammar). */
  scripts?: ReadonlyMap<string, Grammar>;
  /**
   * The project's other files (a pull request's unchanged files, a shard's neighbours): read only for what the
   * judged files import from them, never reported. Without them a call imported from an unchanged file would
   * pass a pull request or a shard that the whole tree fails.
   */
  context?: readonly string[];
  /**
   * The project's files the scan does not judge (`exclude`, `scan.exclude`, the default-excluded folders, a path
   * through a linked folder): read, never reported, only when a judged file (or a file read for one) imports
   * them, else excluding a helper would hide what a judged file imports from it. Asked of each path an import
   * may name (check.ts importableExcluded).
   */
  excluded?: { has(file: string): boolean };
  /**
   * With `importers` and `excluded`: the changed files the scan does not judge. The context files importing excluded
   * files are judged for their findings resolved through a changed one, as a changed judged file's importers are.
   */
  changedExcluded?: readonly string[];
  /**
   * With `context` (a pull request's unchanged files): also judge the context files that import a judged file,
   * followed however many files up, reporting only their findings resolved through a judged file: a change to
   * a helper changes what its importers' unchanged calls reach.
   */
  importers?: boolean;
  /**
   * With `importers`: the changed files that are neither sources nor scripts (`agent/payload.txt`); one a project file
   * requires is judged as JavaScript (importersOf).
   */
  changedOther?: readonly string[];
  /**
   * With `importers`: the change edits a tsconfig/jsconfig, so any alias may now name another file. Every context
   * file importing through an alias is judged too, for its findings resolved through another file.
   */
  aliasesChanged?: boolean;
  /** With `importers`: the change makes other folders importable by name for Python (a project manifest's, python-roots.ts); as aliasesChanged, for Python files. */
  pythonRootsChanged?: boolean;
  /** The walk's package.json files' aliases (tsconfig.ts packageTable), read once by the check. */
  packages?: PackageTable;
  /** Folders the walk's Python project manifests make importable by name (python-roots.ts), read once by the check. */
  pythonRoots?: readonly string[];
  /** Told of a tsconfig/jsconfig whose aliases could not be read (the check fails closed on it). */
  unreadAliases?: Unread;
  /** Doctest examples the project's configuration runs (check.ts doctestsOf): judged as code. */
  doctests?: Doctests;
  /** Files the project's configuration runs through jupytext, by what runs them (ScannerOptions.textNotebooks). */
  textNotebooks?: Readonly<Record<string, string>>;
  config?: ScanConfig;
  maxBytes?: number;
  /** Called as files finish (hosts show it: the extension's "Scan Workspace" progress). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /**
   * Threads scanning: a number (this thread and N-1 worker threads; 1 = no workers), or "auto" (one per idle
   * core when the tree is large enough to pay for a worker's start-up: autoThreads).
   */
  workers?: number | "auto";
  /** Scan on worker threads only, all N of them, leaving this thread free (a host whose event loop must stay responsive). */
  offThread?: boolean;
  /** The worker bundle (dist/scan-worker.js); by default found next to the running bundle. */
  workerScript?: string;
}

export interface ScanTotals {
  files: number;
  /** Files the prefilter let through to the parser. */
  parsed: number;
  lines: number;
  skipped: number;
  /** Worker threads started (besides this thread, unless the run was off this thread). */
  workers: number;
}

export interface ScanRun extends ScanTotals {
  findings: Finding[];
  /** Suppression comments that hid findings. */
  suppressions: SuppressionUse[];
}

/**
 * Below this many files "auto" starts no worker: a worker loads its bundle, the parser runtime, its grammars
 * and compiles its queries (about 0.3 s of CPU, bench/RESULTS.md), and the prefilter leaves most files of a
 * real tree unparsed. A worker still starting when this thread has scanned everything is stopped unused.
 */
export const WORKER_THRESHOLD = 1000;

export function workerScriptPath(): string | undefined {
  const beside = join(__dirname, WORKER_BUNDLE);
  return existsSync(beside) ? beside : undefined;
}

/**
 * CPU time so far, in milliseconds: all processes' (every core's user, nice, sys and irq time; NaN where the system
 * lists no cores, as without /proc) and this process's own, taken `at`.
 */
export interface CpuSample {
  at: number;
  busy: number;
  own: number;
}

export function cpuSample(): CpuSample {
  const own = process.cpuUsage();
  const listed = cpus();
  const busy = listed.length ? listed.reduce((sum, { times: t }) => sum + t.user + t.nice + t.sys + t.irq, 0) : NaN;
  return { at: performance.now(), busy, own: (own.user + own.system) / 1000 };
}

/** Taken when the bundle loads: a CLI or Action run's files are listed between this sample and the scan's. */
const started = cpuSample();

/**
 * Below this window CPU time cannot tell how busy the cores are: the system's counters advance by whole clock
 * ticks (10 ms on Linux) per core. Above it the window says less about now than the load average (a one-minute
 * average) does: a long-lived host (the language server) scanning again.
 */
export const CPU_WINDOW_MS = { min: 50, max: 60_000 };

/**
 * Cores idle now: cores minus what other processes kept busy between `from` and `to` (all CPU time less this
 * process's own), a core counting idle when it was mostly idle. The load average would lag a minute behind: after
 * `npm ci` or a linter it stays above 1 for a minute while both cores idle. Outside CPU_WINDOW_MS, or without the
 * system's CPU times, cores minus the load average, rounded up, as `make -l` reckons.
 */
export function idleCores(cores: number, from: CpuSample, to: CpuSample, load = loadavg()[0]!): number {
  const window = to.at - from.at;
  const othersBusy = (to.busy - from.busy - (to.own - from.own)) / window;
  const told = window >= CPU_WINDOW_MS.min && window <= CPU_WINDOW_MS.max && !Number.isNaN(othersBusy);
  return told ? cores - Math.round(othersBusy) : Math.ceil(cores - load);
}

/**
 * Threads "auto" scans on: one per idle core (idleCores), from WORKER_THRESHOLD files. A worker only pays where a
 * core would otherwise idle: one thread already keeps about 1.4 cores busy (V8 collects garbage and compiles on
 * threads of its own, bench/RESULTS.md), and a worker adds its start-up, so on a busy machine it makes the scan slower.
 */
export function autoThreads(files: number, cores = availableParallelism(), idle = idleCores(cores, started, cpuSample())): number {
  return files < WORKER_THRESHOLD ? 1 : Math.max(1, Math.min(cores, idle));
}

/** Files per thread below which another thread is not started (its start-up costs more than a few dozen files). */
export const MIN_FILES_PER_THREAD = 32;

/** Worker threads to start for `files` files. */
export function workerCount(files: number, requested: ScanRunOptions["workers"], script: string | undefined, offThread = false): number {
  if (!script) return 0;
  const threads = typeof requested === "number" ? requested : autoThreads(files);
  const useful = Math.min(threads, Math.ceil(files / MIN_FILES_PER_THREAD));
  return offThread ? Math.max(1, useful) : Math.max(0, useful - 1);
}

/** Scan files on this thread and worker threads; findings come back in file order either way. */
export async function scanFiles(options: ScanRunOptions): Promise<ScanRun> {
  const script = options.workerScript ?? workerScriptPath();
  // Workers the launcher started (prestart.ts) take part in an automatic scan of any size: their start-up is paid.
  const early = script && (options.workers ?? "auto") === "auto" ? prestartedWorkers() : 0;
  const workers = Math.max(early, workerCount(options.files.length, options.workers ?? "auto", script, options.offThread));
  const javascript = [...options.files, ...(options.context ?? [])].some((f) => !importsAsPython(f)) ? readPathAliases(options.root, [], options.packages, options.files, options.unreadAliases) : undefined;
  const aliases = withPythonRoots(javascript, options.pythonRoots);
  // Workers start first: their start-up (bundle, parser runtime) overlaps this thread's own and its first batches.
  const threads = new ScanThreads(options, script!, workers, aliasPrefixes(aliases), options.offThread === true && workers > 0);
  let results: FileScan[];
  let dependent: Finding[] = [];
  let dependentUses: SuppressionUse[] = [];
  try {
    const byName = sourceByName(options.config);
    const { importers, required } = options.importers ? importersOf(options, aliases) : { importers: [], required: [] };
    // A changed excluded source is read as its extension says; a file Node requires whatever its name, as JavaScript.
    for (const file of required) threads.scripts.set(file, grammarOf(file) ?? requiredGrammar(file));
    // Reported whole: the judged files and the changed ones Node runs as JavaScript; the importers only through a change.
    const reported = [...options.files, ...required];
    const judgedFiles = [...reported, ...importers];
    const judged = await threads.scan(judgedFiles);
    // Files Node runs as JavaScript whatever their name says, required by judged files: judged too, as they are found.
    const listed = new Set([...options.files, ...(options.context ?? [])]);
    for (let from = 0; ; ) {
      const found = requiredAsCode(options.root, judgedFiles.slice(from), judged.slice(from), byName, (file) => listed.has(file) || threads.scripts.has(file));
      if (found.length === 0) break;
      for (const file of found) threads.scripts.set(file, requiredGrammar(file));
      from = judgedFiles.length;
      judgedFiles.push(...found);
      judged.push(...(await threads.scan(found)));
    }
    const all = (
      await crossFile({
        files: judgedFiles,
        judged,
        ...contextOf(options),
        aliases,
        signal: options.signal,
        scan: (files) => threads.scan(files),
        rescan: (files, project, data) => threads.scan(files, { symbols: project, data }),
      })
    ).results;
    // After the judged files (and the files they required as code) come the context files read for them.
    results = [...all.slice(0, reported.length), ...all.slice(reported.length + importers.length, judgedFiles.length)];
    const changed = new Set([...reported, ...(options.changedExcluded ?? [])]);
    // A changed tsconfig/jsconfig may reroute any JavaScript alias, a changed Python project manifest any absolute Python import.
    const aliased = (file: string) => rerouted(options, file);
    const throughChanged = (file: string, steps: readonly ResolutionStep[]) =>
      // Steps past MAX_HOPS are cut (the newest kept): a resolution that long through another file may have passed a
      // changed one further back (a re-export chain of many files), so it is reported (fail closed).
      // A step of its own file loading a `#` name (`import { exec } from "#cp"`, read as the package it maps to) too.
      steps.some((step) => (step.file !== undefined ? aliased(file) || changed.has(step.file) || steps.length >= MAX_HOPS : aliased(file) && HASH_SPECIFIER.test(step.text)));
    const ofImporters = all.slice(reported.length, reported.length + importers.length);
    dependent = ofImporters.flatMap((r) => r.findings.filter((f) => throughChanged(f.file, resolutionOf(f))));
    // So are the suppressions there hiding such a finding: the call they hide may be one the change makes (the trust
    // model compares them with the base's: gate/suppression-added).
    // And those whose call's arguments read a name the change's files define (`from cfg import CMD`; gate/suppressed-call-changed).
    const readsChanged = (use: SuppressionUse) => use.calls?.some((call) => call.imports.some((i) => moduleFileAmong(use.file, i.from, changed) !== undefined));
    dependentUses = ofImporters.flatMap((r) => (r.suppressions ?? []).filter((use) => use.resolutions?.some((steps) => throughChanged(use.file, steps)) || readsChanged(use)));
  } finally {
    threads.close();
  }
  const totals: ScanRun = { findings: [], suppressions: [], files: results.length, parsed: 0, lines: 0, skipped: 0, workers };
  for (const r of results) {
    append(totals.findings, r.findings);
    if (r.suppressions) append(totals.suppressions, r.suppressions);
    if (r.parsed) totals.parsed++;
    if (r.skipped) totals.skipped++;
    totals.lines += r.lines;
  }
  append(totals.findings, dependent);
  totals.suppressions.push(...dependentUses);
  return totals;
}

/** The files crossFile may read for what the judged files import: the listed context, then the excluded files. */
function contextOf({ context, excluded }: ScanRunOptions): { context?: { has(file: string): boolean } } {
  const listed = context?.length ? new Set(context) : undefined;
  if (!excluded) return listed ? { context: listed } : {};
  return { context: { has: (file) => listed?.has(file) === true || excluded.has(file) } };
}

/**
 * Whether the scan reads a file as a source by its name alone: a scanned language's extension, and not a TypeScript
 * declaration file while the configuration skips those (`require("./types.d.ts")` still runs it: requiredAsCode).
 */
export function sourceByName(config: ScanConfig | undefined): (file: string) => boolean {
  const skipDeclarations = (config ?? DEFAULT_SCAN_CONFIG)["skip-declarations"];
  return (file) => sourceGrammar(file) !== undefined && !(skipDeclarations && DECLARATION_FILE.test(file));
}

/** A file required as code is JavaScript to Node; a declaration file is read as the TypeScript it is written in. */
const requiredGrammar = (file: string): Grammar => (DECLARATION_FILE.test(file) ? "typescript" : "javascript");

/**
 * `require("./payload.txt")`, `require("./payload")` of an extensionless file: Node's `require` runs any file that is
 * not `.json` or `.node` as JavaScript, so what a judged file requires by a relative name is judged as JavaScript
 * when the scan would otherwise not read it (no source extension, no `#!` line). Only regular files inside the
 * workspace (kernel/workspace.ts isWorkspaceFile: no symbolic link out of it, on the file or a folder of its path).
 */
function requiredAsCode(root: string, files: readonly string[], scans: readonly FileScan[], byName: (file: string) => boolean, scanned: (file: string) => boolean): string[] {
  const out = new Set<string>();
  // Each target is looked at once: most are required by many files, and most are not there (`require("./x")` of `x.js`).
  const tried = new Set<string>();
  files.forEach((file, i) => {
    if (importsAsPython(file)) return;
    const folder = posix.dirname(file);
    for (const { specifier } of scans[i]?.symbols?.links ?? []) {
      // A source file or data by its extension needs no path made: the path ends in the specifier's last name.
      if (!specifier.startsWith(".") || byName(specifier) || NOT_CODE.test(specifier)) continue;
      const target = posix.join(folder, specifier);
      if (tried.has(target)) continue;
      tried.add(target);
      if (target.startsWith("../") || target === ".." || byName(target) || NOT_CODE.test(target) || scanned(target)) continue;
      // never outside the workspace: a folder on the path may be a symbolic link a pull request committed
      if (isWorkspaceFile(root, target)) out.add(target);
    }
  });
  return [...out].sort();
}

/**
 * The context files that import one of `options.files`, directly or through files that do (a barrel), at most
 * however many files up (each once): each context file's imports are read from its text (links.ts), none is parsed here.
 * Also the changed files without a source extension that a context file requires (`changedOther`): Node runs them as
 * JavaScript (requiredAsCode), so a change to one is judged, and its importers with it.
 */
/** May the change have rerouted the file's imports (aliasesChanged for JavaScript, pythonRootsChanged for Python)? */
const rerouted = (options: ScanRunOptions, file: string) => (importsAsPython(file) ? options.pythonRootsChanged : options.aliasesChanged) === true;

function importersOf(options: ScanRunOptions, aliases: PathAliases | undefined): { importers: string[]; required: string[] } {
  const judged = new Set(options.files);
  const context = (options.context ?? []).filter((f) => !judged.has(f));
  const reader = new LinkReader(aliasPrefixes(aliases));
  const noPlace = () => ({ file: "", line: 0, column: 0, endLine: 0, endColumn: 0, text: "" });
  const symbols = new Map<string, FileSymbols>();
  // Files adding module search paths: the folders are read when the file is parsed, so any changed file may be what a bare require there loads.
  const searching: string[] = [];
  // With excluded files changed, the judged files' imports are read too: one importing such a file makes it judged (below).
  for (const file of options.changedExcluded?.length ? [...context, ...judged] : context) {
    if (!sourceGrammar(file)) continue;
    const read = readSource(join(options.root, file), options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
    // A notebook's imports are its code cells'.
    const text = typeof read === "string" && NOTEBOOK_FILE.test(file) ? notebookCode(read) : read;
    const links = typeof text === "string" ? reader.read(file, text, noPlace) : [];
    if (links.length) symbols.set(file, { exports: {}, links });
    if (typeof text === "string" && !judged.has(file) && namesModulePaths(text) && links.some((link) => !link.specifier.startsWith("."))) searching.push(file);
  }
  const changedOther = options.changedOther ?? [];
  const listed = new Set([...options.files, ...context, ...changedOther]);
  // A changed excluded file is judged through its importers: every context file importing an excluded file (which may
  // re-export from the changed one: those files are not read here), and the files importing those.
  const { excluded } = options;
  const throughExcluded = excluded && options.changedExcluded?.length ? (file: string) => !listed.has(file) && excluded.has(file) : undefined;
  const project = new ProjectSymbols(symbols, aliases, throughExcluded ? { has: (file) => listed.has(file) || throughExcluded(file) } : listed);
  const importedBy = new Map<string, string[]>();
  for (const file of symbols.keys()) {
    for (const target of project.linkedFiles(file)) {
      const importers = importedBy.get(target);
      if (importers) importers.push(file);
      else importedBy.set(target, [file]);
    }
  }
  const byName = sourceByName(options.config);
  // So is an excluded file the change adds or edits that a project file imports: what the pull request puts in
  // `vendor/` or `build/` and the agent runs is the pull request's code (an unchanged one stays the base's decision).
  const required = [...changedOther.filter((f) => !byName(f)), ...(options.changedExcluded ?? [])].filter((f) => importedBy.has(f) && !NOT_CODE.test(f)).sort();
  for (const file of required) judged.add(file);
  // Python's absolute imports (`from pkg import x`) are not aliases: only JavaScript files import through them. A
  // relative import too: a tsconfig.json or a TypeScript runtime added makes a `.ts` twin one of its files (project.ts jsFiles).
  const found = new Set<string>([...symbols].filter(([file, s]) => s.links.length > 0 && rerouted(options, file)).map(([file]) => file));
  const importingExcluded = throughExcluded ? [...symbols.keys()].filter((file) => !judged.has(file) && project.linkedFiles(file).some(throughExcluded)) : [];
  for (const file of [...importingExcluded, ...searching]) found.add(file);
  let frontier = [...judged, ...importingExcluded, ...searching];
  while (frontier.length) {
    frontier = frontier.flatMap((file) => importedBy.get(file) ?? []).filter((file) => !judged.has(file) && !found.has(file));
    for (const file of frontier) found.add(file);
  }
  return { importers: [...found].sort(), required };
}

/** Messages between scanFiles and dist/scan-worker.js: its workerData, or its first message when the launcher started it (prestart.ts). */
export interface WorkerInit extends PrestartData {
  /** The worker's place among the scan's threads (this thread is 0): files whose trees it keeps are claimed by it first. */
  index: number;
  config?: ScanConfig;
  maxBytes?: number;
  root: string;
  projectPrefixes: string[];
  doctests?: Doctests;
  textNotebooks?: Readonly<Record<string, string>>;
}
/** A pass to take part in: its files, the queue they are claimed from, and (once per worker and pass that needs it) the cross-file table. */
export interface WorkerRequest {
  id: number;
  files: readonly string[];
  queue: QueueData;
  project?: ProjectData;
}
/**
 * Files a worker scanned, by position, as it goes (`done`: it claims no more in this pass; `savesCache`: it writes its
 * code cache when the pass ends, worker.ts); `id` -1: its start-up failed.
 */
export type WorkerReply = { id: number; results: Array<[number, FileScan]>; done?: true; savesCache?: true } | { id: number; error: string };
/** The scan is over: a worker that writes its code cache exits once it has (stopped at once, it never would: the cache would stay missing or damaged). */
export interface WorkerFinish {
  finish: true;
}

interface PoolWorker {
  worker: Worker;
  /** The running pass's handler of this worker's replies, while it takes part. */
  pending: Map<number, (reply: WorkerReply) => void>;
  /** The cross-file table this worker holds (sent once per scan that needs it). */
  project?: ProjectData;
  /** Its last reply said it writes its code cache when its pass ends. */
  savesCache?: boolean;
}

/**
 * This thread and worker threads, kept for both passes (each pays its start-up once). Every thread claims files
 * from the pass's shared queue (work-queue.ts); this thread reads the workers' results between its own files. Each
 * pass is posted to every worker as it starts: a worker still starting takes part once it can (without this thread
 * handing it anything), a pass never waits for a worker's start-up (it ends when every file is scanned), and an
 * unused worker is stopped at the end.
 */
class ScanThreads {
  private readonly workers: PoolWorker[] = [];
  private readonly self: Claimer = { index: 0, grammars: new Set() };
  /** The thread that scanned each file importing project files (its tree is kept there for the cross-file pass). */
  private readonly keptBy = new Map<string, number>();
  private scanner: Promise<Scanner> | undefined;
  private failure: unknown;
  private closed = false;
  private passes = 0;
  /** The running pass's hook: wake its waiting loop. */
  private wake: (() => void) | undefined;
  /** Files whose extension does not say their language (options.scripts, and files required as code: requiredAsCode). */
  readonly scripts: Map<string, Grammar>;

  constructor(
    private readonly options: ScanRunOptions,
    script: string,
    count: number,
    private readonly projectPrefixes: string[],
    private readonly offThread: boolean,
  ) {
    this.scripts = new Map(options.scripts);
    // Workers the launcher started (prestart.ts) first, told their part by a message; the others it does not need stop.
    const prestarted: PrestartedWorker[] = [];
    for (const early of takeScanWorkers()) {
      if (early.script === script && prestarted.length < count) prestarted.push(early);
      else void early.worker.terminate();
    }
    for (let i = 0; i < count; i++) {
      const init: WorkerInit = { index: i + 1, config: options.config, maxBytes: options.maxBytes, wasmDir: wasmDir(), root: options.root, projectPrefixes, ...(options.doctests ? { doctests: options.doctests } : {}), ...(options.textNotebooks ? { textNotebooks: options.textNotebooks } : {}) };
      const early = prestarted[i];
      const w: PoolWorker = { worker: early?.adopt() ?? new Worker(script, { workerData: init }), pending: new Map() };
      const fail = (e: unknown) => {
        this.failure ??= e;
        this.wake?.();
      };
      if (early?.failure) fail(early.failure);
      if (early) w.worker.postMessage(init);
      w.worker.on("error", fail);
      w.worker.on("exit", (code) => !this.closed && fail(new Error(`scan worker exited with code ${code}`)));
      w.worker.on("message", (reply: WorkerReply) => {
        if (reply.id < 0 && "error" in reply) fail(new Error(`scan worker: ${reply.error}`));
        else {
          if ("results" in reply) w.savesCache = reply.savesCache === true;
          w.pending.get(reply.id)?.(reply);
        }
      });
      this.workers.push(w);
    }
  }

  close(): void {
    this.closed = true;
    for (const w of this.workers) {
      if (w.savesCache) w.worker.postMessage({ finish: true } satisfies WorkerFinish);
      else void w.worker.terminate();
    }
    // Its kept trees (Scanner.passTrees); a scanner that failed to start failed the scan already.
    void this.scanner?.then(
      (s) => s.dispose(),
      () => undefined,
    );
  }

  private thisThread(): Promise<Scanner> {
    return (this.scanner ??= Scanner.create({ config: this.options.config, maxBytes: this.options.maxBytes, grammars: [], projectPrefixes: this.projectPrefixes, keepPassTrees: true, doctests: this.options.doctests, textNotebooks: this.options.textNotebooks }));
  }

  /** Scan files; results come back in file order. With `project`, the cross-file pass. */
  async scan(files: readonly string[], project?: { symbols: ProjectSymbols; data: ProjectData }): Promise<FileScan[]> {
    const { signal, onProgress, root } = this.options;
    const scripts = this.scripts;
    const grammarOfFile = scripts.size ? (file: string) => scripts.get(file) ?? sourceGrammar(file) : sourceGrammar;
    const queue = WorkQueue.of(files, this.workers.length + (this.offThread ? 0 : 1), grammarOfFile, (file) => this.keptBy.get(file));
    const id = ++this.passes;
    const results = new Array<FileScan>(files.length);
    const scanned = (item: number, scan: FileScan, thread: number) => {
      results[item] = scan;
      if (scan.parsed && scan.symbols?.links.length) this.keptBy.set(files[item]!, thread);
    };
    let done = 0;
    let reported = 0;
    const report = () => {
      if (!project && done > reported) onProgress?.((reported = done), files.length);
    };
    this.workers.forEach((w, i) => {
      const request: WorkerRequest = { id, files, queue: queue.data };
      if (project && w.project !== project.data) request.project = w.project = project.data;
      w.pending.set(id, (reply) => {
        if ("error" in reply) this.failure ??= new Error(`scan worker: ${reply.error}`);
        else {
          for (const [item, scan] of reply.results) scanned(item, scan, i + 1);
          done += reply.results.length;
        }
        if ("error" in reply || reply.done) w.pending.delete(id);
        this.wake?.();
      });
      w.worker.postMessage(request);
    });
    const onAbort = () => this.wake?.();
    signal?.addEventListener("abort", onAbort);
    try {
      const scanner = this.offThread ? undefined : await this.thisThread();
      let grammar: Grammar | undefined;
      let yielded = performance.now();
      let sinceYield = 0;
      for (;;) {
        if (this.failure !== undefined) throw this.failure;
        signal?.throwIfAborted();
        const claim = scanner && queue.claim(this.self);
        if (claim) {
          if (claim.grammar && claim.grammar !== grammar) await loadGrammars([(grammar = claim.grammar)]);
          if (claim.grammar && holdsSteps(files[claim.item]!)) await loadGrammars(HELD_GRAMMARS);
          scanned(claim.item, scanner.scanFile(join(root, files[claim.item]!), files[claim.item]!, project?.symbols, claim.grammar), 0);
          done++;
          // Let the workers' replies and the host (progress UI, cancellation) in.
          if (++sinceYield >= REPORT_FILES || performance.now() - yielded >= REPORT_MS) {
            report();
            await new Promise((resolve) => setImmediate(resolve));
            yielded = performance.now();
            sinceYield = 0;
          }
          continue;
        }
        report();
        if (done === files.length) break;
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
      }
    } finally {
      // A cancelled or failed pass: the workers claim nothing more of it.
      queue.stop();
      signal?.removeEventListener("abort", onAbort);
      for (const w of this.workers) w.pending.clear();
    }
    return results;
  }
}
