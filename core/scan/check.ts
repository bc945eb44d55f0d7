import { namesRecord } from "../data";
import { type Check, type CheckContext, selectFiles } from "../gate";
import { fstatSync, readFileSync, readdirSync } from "node:fs";
import { isAbsolute, join, posix } from "node:path";
import { type Finding, type SuppressionUse, WHOLE_FILE, resolutionOf } from "../kernel/findings";
import { globMatcher, isBytecodeCache, readHead, readOpened, walkFiles } from "../kernel/files";
import { isWorkspaceFile, unsafeReason } from "../kernel/workspace";
import { addedLinesSince, changedSince, showAtRev } from "../kernel/git";
import { escapeMarkdown } from "../report/escape";
import type { CheckResult, Report } from "../report/model";
import type { ScanConfig } from "./config";
import { EXTENSION_OF_GRAMMAR, type Grammar, SHEBANG_BYTES, GRAMMARS, extensionless, grammarOf, importsAsPython, scriptGrammar, sourceGrammar } from "./parser";
import { PYTHON_PROJECT, pythonRoots, pythonRootsOf } from "./python-roots";
import { warmScanWorkers } from "./prestart";
import { compiledFinding, compiledSelector } from "./compiled";
import { type DoctestRun, type Doctests, type Launched, PYTEST_DEFAULT_GLOB, launchedFiles, manifestKind } from "./launched";
import { excludedSources, skippedFile, withRuleSettings } from "./rules";
import { type ScanTotals, scanFiles, sourceByName } from "./run";
import { readSource } from "./scan";
import { PACKAGE_JSON, PNPM_WORKSPACE, type PackageTable, packageResolutionOf, packageTable, packageText, pnpmWorkspaceGlobs } from "./tsconfig";

/** The report's `details.scan`. */
export interface ScanDetails extends ScanTotals {
  /** Files matched by `scan.allow` (the gateway's own code): not scanned. */
  allowed: string[];
  /** Source files left out in default-excluded folders (`scan.default-excludes`). */
  excluded: number;
  byCategory: Record<string, number>;
}

/** Files the scan judges: scannable languages, scan.include minus scan.exclude, optionally no *.d.ts. */
export function scanSelector(scan: ScanConfig): (path: string) => boolean {
  const include = globMatcher(scan.include);
  const exclude = globMatcher(scan.exclude);
  const byName = sourceByName(scan);
  return (path) => byName(path) && include(path) && !exclude(path);
}

/**
 * Files the scan may read for what a judged file imports from them, judged or not (excluded ones too): a source by
 * its name, never a `scan.allow` file (the gateway's calls are its own) nor one in .git/. The check and the editors ask it.
 */
export function readableSelector(scan: ScanConfig): (path: string) => boolean {
  const byName = sourceByName(scan);
  const allow = globMatcher(scan.allow);
  return (path) => byName(path) && !allow(path) && !path.split("/").includes(".git");
}

/** Could `path` be a script the scan judges: extensionless, and selected as a file of some scanned language would be? */
export function scriptSelector(scan: ScanConfig): (path: string) => boolean {
  const include = globMatcher(scan.include);
  const exclude = globMatcher(scan.exclude);
  return (path) => extensionless(path) && !exclude(path) && Object.values(EXTENSION_OF_GRAMMAR).some((ext) => include(path + ext));
}

/**
 * Scripts without an extension whose `#!` line runs Python, Node, Bun or Deno (`bin/agent`), selected as a file
 * with their language's extension would be (`bin/agent.py` against scan.include/exclude): they are the agent's code
 * as much as any `.py` file.
 */
export function scriptsOf(root: string, files: readonly string[], scan: ScanConfig): Map<string, Grammar> {
  const include = globMatcher(scan.include);
  const candidate = scriptSelector(scan);
  const out = new Map<string, Grammar>();
  for (const file of files) {
    if (!candidate(file)) continue;
    const head = readHead(join(root, file), SHEBANG_BYTES);
    if (!head) continue;
    const grammar = scriptGrammar(head.toString("latin1"));
    if (grammar && include(file + EXTENSION_OF_GRAMMAR[grammar])) out.set(file, grammar);
  }
  return out;
}

/**
 * Files the project's run configuration hands to Node or Python by path (launched.ts), judged as that language: on a
 * pull request those the change edits or whose manifest it edits (a changed script line may name an old file), else
 * all of them in the run's shard. Selected as a file of their language would be; a default-excluded folder is left
 * out of a whole-tree run as its sources are.
 */
function launchedBy(ctx: CheckContext, leaveOut: boolean): { launched: Launched[]; unread: Finding[]; packages?: PackageTable; pythonRoots: string[]; doctests: ReturnType<typeof doctestsOf>; typescriptRunBy: ReadonlySet<string> } {
  const changed = ctx.changedFiles;
  const manifests = ctx.files.filter((f) => manifestKind(f) !== undefined);
  if (manifests.length === 0) return { launched: [], unread: [], pythonRoots: [], doctests: doctestsOf(ctx, []), typescriptRunBy: new Set() };
  const maxBytes = ctx.config.limits["max-file-bytes"];
  // A manifest past the size limit, or naming more files than are looked for, could name anything: it fails closed as
  // a source that size does (the run's own: a pull request's changed ones, the shard's).
  // (Whatever its name: a file GitLab's configuration includes is one.)
  const judged = new Set(selectFiles(ctx, () => true));
  const unread: Finding[] = [];
  // The package.json files' text, as read here, for their folders' import aliases (one read of each); the Python
  // projects' manifests, for the folders their packaging makes importable.
  const texts: Array<[string, string]> = [];
  const pythonManifests: Array<[string, string | undefined]> = [];
  const read = (file: string): string | undefined => {
    const text = readOpened(join(ctx.root, file), (fd) => {
      const size = fstatSync(fd).size;
      if (size <= maxBytes) return readFileSync(fd, "utf8");
      unread.push(skippedFile.at(file, WHOLE_FILE, `it names what Node or Python runs, and is over the size limit (limits.max-file-bytes: ${maxBytes} bytes)`));
      return undefined;
    });
    if (manifestKind(file) === "package") {
      // Past the limit a package's aliases are not read: it fails closed as a file over the size limit does. Either
      // still ends the lookup of the files under it (Node's would end there), as one without aliases.
      const over = texts.length >= MAX_PACKAGE_FOLDERS;
      if (over) unread.push(skippedFile.at(file, WHOLE_FILE, `it is one of more than ${MAX_PACKAGE_FOLDERS} package.json files, whose imports and exports are not read`));
      texts.push([file, (!over && text) || "{}"]);
    } else if (PYTHON_PROJECT.test(file)) {
      // Past the limit a manifest's folders are not looked in: an import from one would not resolve (fail closed).
      if (pythonManifests.length >= MAX_PACKAGE_FOLDERS) unread.push(skippedFile.at(file, WHOLE_FILE, `it is one of more than ${MAX_PACKAGE_FOLDERS} Python project manifests, whose package folders are not looked in`));
      else pythonManifests.push([file, text]);
    }
    return text;
  };
  const byName = sourceByName(ctx.config.scan);
  const inWalk = new Set(ctx.files);
  // A source the walk left out (`vendor/x.py`, a module an entry point names) is judged as a file the manifest runs,
  // when the manifest changes; an installed dependency's is not (a version bump edits the manifest whose scripts name it).
  const readByName = (file: string) => byName(file) && (inWalk.has(file) || INSTALLED.test(file));
  const runs: DoctestRun[] = [];
  const typescript = new Set<string>();
  const launched = launchedFiles(ctx.root, manifests, read, readByName, (file, reason) => unread.push(skippedFile.at(file, WHOLE_FILE, reason)), (run) => runs.push(run), (by) => typescript.add(by));
  const walked = leaveOut ? inWalk : undefined;
  const configured = globMatcher(ctx.config.exclude);
  const include = globMatcher(ctx.config.scan.include);
  const exclude = globMatcher(ctx.config.scan.exclude);
  const chosen = launched.filter(
    ({ file, grammar, by }) =>
      (!changed || changed.has(file) || changed.has(by)) && (!walked || walked.has(file)) && !configured(file) && !exclude(file) && include(file + EXTENSION_OF_GRAMMAR[grammar]),
  );
  const inShard = new Set(selectFiles({ ...ctx, files: chosen.map((l) => l.file), changedFiles: undefined }, () => true));
  const packages = packageTable(texts, pnpmWorkspaceGlobs(ctx.root));
  const importable = pythonRoots(pythonManifests, ctx.files.filter(importsAsPython));
  // A TypeScript runtime a configuration runs a file with (`tsx agent.js` in a Dockerfile, a Procfile, a workflow) may
  // load a `.ts` twin where Node would not: every candidate is judged then, as for one a package.json names.
  if (typescript.size) packages.typescript = true;
  return { launched: chosen.filter((l) => inShard.has(l.file)), unread: withRuleSettings(unread.filter((f) => judged.has(f.file)), ctx.config.scan.rules), packages, pythonRoots: importable, doctests: doctestsOf(ctx, runs), typescriptRunBy: typescript };
}

/**
 * The doctest examples the configuration runs (launched.ts DoctestRun), as the scan judges them: every Python file's
 * docstrings under pytest's `--doctest-modules`; a file `python -m doctest` names; the text files a `--doctest-glob`
 * pattern names, and pytest's own default pattern (`test*.txt`, collected whenever pytest runs, configured or not).
 */
function doctestsOf(ctx: CheckContext, runs: readonly DoctestRun[]): { doctests: Doctests; newlyRun: string[] } {
  // By file name: a file named `toString` or `valueOf` (at the top, `python -m doctest toString`) is one like any other.
  const doctests: Doctests = { files: namesRecord() };
  const globs: Array<[string, string, string?]> = [[PYTEST_DEFAULT_GLOB, `pytest (its default \`--doctest-glob\`, \`${PYTEST_DEFAULT_GLOB}\`)`]];
  const walked = new Set(ctx.files);
  const changed = ctx.changedFiles;
  // What a change to a manifest newly runs (a pytest.ini given `--doctest-modules`): every file whose examples it runs.
  const newlyRun = new Set<string>();
  let allModules = false;
  for (const { kind, path, by } of runs) {
    if (kind === "modules") {
      doctests.modules ??= `pytest's \`--doctest-modules\` (${by})`;
      allModules ||= changed?.has(by) === true;
    } else if (kind === "glob") globs.push([path, `pytest's \`--doctest-glob\` (${by})`, by]);
    else if (walked.has(path)) {
      doctests.files[path] ??= `\`python -m doctest\` (${by})`;
      if (changed?.has(by)) newlyRun.add(path);
    }
  }
  for (const [pattern, runs, by] of globs) {
    const matches = globMatcher([pattern.includes("/") ? pattern : `**/${pattern}`]);
    for (const file of ctx.files) {
      if (!matches(file)) continue;
      doctests.files[file] ??= runs;
      if (by !== undefined && changed?.has(by)) newlyRun.add(file);
    }
  }
  if (allModules) for (const file of ctx.files) if (file.endsWith(".py")) newlyRun.add(file);
  return { doctests, newlyRun: changed ? [...newlyRun].filter((f) => !changed.has(f)) : [] };
}

/** Folders dependencies are installed into. */
const INSTALLED = /(?:^|\/)(?:node_modules|site-packages|\.?venv)\//;

/** package.json files whose aliases are read (as launched.ts's MAX_NAMED_FILES: a hostile tree's count bounded, a real monorepo's far below). */
export const MAX_PACKAGE_FOLDERS = 10_000;

/**
 * `--new-only`: keep findings on lines the change added (one `git diff` per file with findings; a new file is all new,
 * and so is each of `newlyRun`, a file the change's edit to a manifest now runs), and those an unchanged line makes
 * through the change: a step of the resolution on an added line of its own file (`import gateway as os` edited to
 * `import os` under an old `os.system(…)`), or in another file the change edits (a helper's export, whatever line).
 */
export function onAddedLines(root: string, base: string, findings: Finding[], maxBytes: number, newlyRun: ReadonlySet<string> = new Set()): Finding[] {
  const added = addedLinesSince(root, base);
  const gitLines = new Map<string, (line: number) => number>();
  const onAdded = (file: string, line: number) => {
    if (newlyRun.has(file)) return true;
    const lines = added(file);
    if (lines === "new") return true;
    let gitLine = gitLines.get(file);
    if (!gitLine) {
      // Read as the scan read it (its encoding; no larger than it reads files).
      const text = readSource(join(root, file), maxBytes);
      gitLines.set(file, (gitLine = gitLineOf(typeof text === "string" ? text : undefined)));
    }
    return lines.has(gitLine(line));
  };
  let changed: ReadonlySet<string> | undefined;
  const edited = (file: string) => newlyRun.has(file) || (changed ??= new Set(changedSince(root, base))).has(file);
  return findings.filter((f) => onAdded(f.file, f.line) || resolutionOf(f).some((step) => (step.file === undefined || step.file === f.file ? onAdded(f.file, step.line) : edited(step.file))));
}

/**
 * A finding's line as git numbers it. Git ends lines at line feeds only; findings (LineIndex), editors and CPython
 * also at a lone carriage return, so a pull request that adds `\rimport os` to a comment line adds git's line 1 and
 * the import's line 2: matched by number, the call resolved through it was not on an added line.
 */
function gitLineOf(text: string | undefined): (line: number) => number {
  if (text === undefined || !/\r(?!\n)/.test(text)) return (line) => line;
  const gitLine = [1];
  for (let i = 0, git = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) gitLine.push(++git);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) gitLine.push(git);
  }
  return (line) => gitLine[line - 1] ?? line;
}

/** Folders listed in the excluded-sources note (the count covers them all). */
const LISTED_FOLDERS = 5;

/** The files of default-excluded folders the walk did not enter (ctx.prunedDirs, `dirs` of them), minus the configured excludes. */
function prunedFiles(ctx: CheckContext, dirs: readonly string[]): string[] {
  // The configured excludes are globs from the workspace root, so they are matched on the full path here.
  const configured = globMatcher(ctx.config.exclude);
  return dirs.flatMap((dir) => walkFiles(join(ctx.root, dir)).map((f) => `${dir}/${f}`)).filter((f) => !configured(f));
}

/**
 * The files a change adds or edits that the walk left out by the default excludes (vendor/, build/, node_modules/,
 * .venv/ …): a change is judged wherever its files live, else it could put its call in `vendor/` or commit a
 * package under `node_modules/` and import it from there. The configured excludes (the base's, on a pull request)
 * still apply; a link out of the workspace or into .git/ is not read, and `.git/` itself is never a change's.
 */
function changedInExcludedFolders(ctx: CheckContext, select: (path: string) => boolean): string[] {
  const walked = new Set(ctx.files);
  const configured = globMatcher(ctx.config.exclude);
  const candidates = [...(ctx.changedFiles ?? [])].filter(
    (f) => !walked.has(f) && !configured(f) && !f.split("/").includes(".git") && isWorkspaceFile(ctx.root, f),
  );
  return selectFiles({ ...ctx, files: candidates }, select);
}

/**
 * Compiled modules that would run calls unread (core/scan/compiled.ts): in the walked files, the bytecode caches the
 * walk left out, the default-excluded folders when they are scanned, and with --changed-files wherever the change
 * adds them. A run against a base leaves them to the trust model (gate/compiled-code-added: the change's own, which
 * another writer's review clears), so a pull request is not failed twice for one file.
 */
function compiledModules(ctx: CheckContext, selectSource: (path: string) => boolean, leaveOut: boolean): Finding[] {
  if (ctx.base !== undefined) return [];
  const select = compiledSelector(ctx.config.scan, selectSource);
  const pruned = (ctx.prunedDirs ?? []).filter((dir) => !leaveOut || isBytecodeCache(dir));
  const outside = ctx.changedFiles ? changedInExcludedFolders(ctx, select) : selectFiles({ ...ctx, files: prunedFiles(ctx, pruned) }, select);
  const found = [...selectFiles(ctx, select), ...outside].sort().flatMap((path) => compiledFinding(ctx.root, path) ?? []);
  return withRuleSettings(found, ctx.config.scan.rules);
}

function excludedNote(sources: string[], prunedDirs: readonly string[]): Finding {
  const folders = prunedDirs.filter((d) => sources.some((f) => f.startsWith(`${d}/`)));
  const listed = folders.slice(0, LISTED_FOLDERS).map((d) => `${d}/`).join(", ") + (folders.length > LISTED_FOLDERS ? `, and ${folders.length - LISTED_FOLDERS} more` : "");
  return excludedSources.at(sources[0]!, WHOLE_FILE, sources.length, listed);
}

/** The boundary calls in files `scan.allow` exempts, as what hid them (the scan's own notes there are dropped). */
function allowedCalls(findings: readonly Finding[], globs: readonly string[]): SuppressionUse[] {
  const matchers = globs.map((glob) => [glob, globMatcher([glob])] as const);
  return findings
    .filter((f) => f.category !== "scan")
    .map((f) => ({ file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, marker: "scan.allow", target: f.line, rules: [f.rule], allow: matchers.find(([, matches]) => matches(f.file))![0] }));
}

/** A TypeScript/JavaScript config a change may remap import aliases with (the root's, or one it `extends`). */
const PATH_ALIAS_CONFIG = /(?:^|\/)[jt]sconfig[^/]*\.json$/;

/**
 * Does the change remap an import alias: edit a tsconfig/jsconfig, or change what a package.json's `imports` and
 * self-referenced `exports` name (a dependency bump edits package.json and remaps nothing), or add or remove a nested
 * package.json (the nearest one governs the `#` imports of the files under it, its own aliases or none)? Without a base
 * to compare with, any edit to one counts.
 */
function aliasesChanged(ctx: CheckContext, typescriptRunBy: ReadonlySet<string>): boolean {
  const changed = [...(ctx.changedFiles ?? [])];
  // A configuration the change makes run a file with a TypeScript runtime may make relative imports name `.ts` twins.
  if (changed.some((f) => PATH_ALIAS_CONFIG.test(f) || typescriptRunBy.has(f) || f === PNPM_WORKSPACE)) return true;
  const manifests = changed.filter((f) => manifestKind(f) === "package");
  if (ctx.base === undefined) return manifests.length > 0;
  return manifests.some((file) => {
    const before = showAtRev(ctx.root, ctx.base!, file);
    const now = packageText(ctx.root, file);
    if (file !== PACKAGE_JSON && (before === undefined) !== (now === undefined)) return true;
    return packageResolutionOf(before) !== packageResolutionOf(now);
  });
}

/**
 * Does the change make other folders importable by name for Python: add or remove a Python project's manifest, or
 * change the folders one names (python-roots.ts)? Without a base to compare with, any edit to one counts.
 */
function pythonRootsChanged(ctx: CheckContext): boolean {
  const manifests = [...(ctx.changedFiles ?? [])].filter((f) => PYTHON_PROJECT.test(f));
  if (ctx.base === undefined) return manifests.length > 0;
  const roots = (file: string, text: string | undefined) => (text === undefined ? "" : pythonRootsOf(file, text).join("\0"));
  return manifests.some((file) => roots(file, showAtRev(ctx.root, ctx.base!, file)) !== roots(file, packageText(ctx.root, file)));
}

/**
 * The workspace's source files the scan does not judge (`exclude`, `scan.exclude`, the default-excluded folders, a path
 * through a linked folder), as crossFile asks for them, one path an import may name at a time: a judged file's import
 * of one is followed through it (its findings stay unreported), so excluding a helper does not hide what it hands
 * over. Never scan.allow's files (the gateway's calls are its own), nor .git/, nor anything but a regular file reached
 * through no link out of the workspace or into .git/ (unsafeReason). Only paths imports name are looked at: no
 * excluded folder is walked.
 */
function importableExcluded(root: string, scan: ScanConfig, walked: readonly string[], exclude: readonly string[]): { has(file: string): boolean } {
  const answers = new Map<string, boolean>();
  // The gate's walk listed every folder it entered (walkFiles): a path there it did not keep is absent, unless the
  // configuration's `exclude` left it out; only other folders (a default-excluded one, a link's) are listed here.
  const kept = new Set(walked);
  const entered = new Set<string>([""]);
  for (const file of walked) for (let dir = posix.dirname(file); dir !== "." && !entered.has(dir); dir = posix.dirname(dir)) entered.add(dir);
  const configured = globMatcher(exclude);
  const absent = (file: string, dir: string) => entered.has(dir === "." ? "" : dir) && !kept.has(file) && !configured(file);
  // Most paths asked are not there (`import os` is looked for beside every importing file): a folder's names are
  // listed once, and only a name it holds is looked at further.
  const listings = new Map<string, Set<string> | undefined>();
  // A folder is listed only once its parent's listing holds it (`requests/__init__.py` beside every importing file
  // costs no call for a missing `requests/`).
  const listed = (dir: string, name: string): boolean => {
    if (!listings.has(dir)) {
      let names: Set<string> | undefined;
      const parent = posix.dirname(dir);
      if (dir === "." || listed(parent, posix.basename(dir))) {
        try {
          names = new Set(readdirSync(join(root, dir)));
        } catch {
          names = undefined; // a file, or unreadable
        }
      }
      listings.set(dir, names);
    }
    return listings.get(dir)?.has(name) === true;
  };
  const readable = readableSelector(scan);
  const importable = (file: string): boolean => {
    const dir = posix.dirname(file);
    // The set look-ups first: most paths asked are absent, and the selector's globs cost more.
    return !(file.startsWith("../") || isAbsolute(file) || absent(file, dir) || (!kept.has(file) && !listed(dir, posix.basename(file))) || !readable(file)) && isWorkspaceFile(root, file);
  };
  return {
    has(file) {
      let answer = answers.get(file);
      if (answer === undefined) answers.set(file, (answer = importable(file)));
      return answer;
    },
  };
}

/** The grammars files' extensions name (a look at each file until all are found). */
function grammarsOf(files: readonly string[]): Grammar[] {
  const found = new Set<Grammar>();
  for (const file of files) {
    const grammar = sourceGrammar(file);
    if (grammar && !found.has(grammar) && found.add(grammar).size === GRAMMARS.length) break;
  }
  return [...found];
}

/** The scan as a check; `workers` is the CLI's --jobs (the gate leaves it to "auto"). */
export async function scanWorkspace(ctx: CheckContext, workers: number | "auto" = "auto"): Promise<CheckResult> {
  const scan = ctx.config.scan;
  const allow = globMatcher(scan.allow);
  const select = scanSelector(scan);
  const byName = sourceByName(scan);
  // Workers the launcher started load their grammars while this thread reads manifests and lists what to scan
  // (the grammars of the walk's files by extension: a cheap guess, as the selection is made below).
  warmScanWorkers(grammarsOf(ctx.files));
  // On a pull request (or --base, --changed-files) what the change adds or edits is scanned wherever it lives; a
  // whole-tree run leaves the default-excluded folders out (counted in a note) unless `scan.default-excludes: false`.
  const excluded = ctx.changedFiles ? changedInExcludedFolders(ctx, select) : selectFiles({ ...ctx, files: prunedFiles(ctx, ctx.prunedDirs?.filter((dir) => !isBytecodeCache(dir)) ?? []) }, select);
  const leaveOut = scan["default-excludes"] && !ctx.changedFiles;
  const scripts = scriptsOf(ctx.root, selectFiles(ctx, extensionless), scan);
  const { launched, unread, packages, pythonRoots: importable, doctests: { doctests, newlyRun: examplesRun }, typescriptRunBy } = launchedBy(ctx, leaveOut);
  for (const { file, grammar } of launched) if (!scripts.has(file)) scripts.set(file, grammar);
  const textNotebooks = Object.fromEntries(launched.filter((l) => l.textNotebook).map(({ file, by }) => [file, by]));
  // The files whose examples a change to a manifest newly runs (a pytest.ini given `--doctest-modules`), unchanged
  // themselves: judged for those examples only (their other findings are the base's).
  const examplesOnly = new Set(selectFiles({ ...ctx, files: examplesRun, changedFiles: undefined }, (f) => (byName(f) ? select(f) : true) && !allow(f)));
  // A text file of doctest examples is judged as Python examples (Scanner.textExamples), where a change edits it.
  for (const file of selectFiles(ctx, (f) => Object.hasOwn(doctests.files, f) && !byName(f) && !allow(f))) if (!scripts.has(file)) scripts.set(file, "python");
  for (const file of examplesOnly) if (!byName(file) && !scripts.has(file)) scripts.set(file, "python");
  // (A source the walk left out may be both a change's and a file a manifest names, or have examples newly run: scanned once.)
  const selected = [...new Set([...selectFiles(ctx, select), ...scripts.keys(), ...examplesOnly, ...(leaveOut ? [] : excluded)])].sort();
  // The allow list is a suppression written once for whole files: what a change adds there is scanned too, and its
  // calls go to the trust model (gate/allowed-call-added), not to the findings.
  const allowed = selected.filter(allow);
  const files = ctx.changedFiles ? selected : selected.filter((f) => !allow(f));
  // A pull request or a shard judges some of the files; what they import from the rest resolves as in a whole-tree run.
  const judgesPart = ctx.changedFiles !== undefined || ctx.shard !== undefined;
  const context = judgesPart ? ctx.files.filter((f) => select(f) && !allow(f) && !examplesOnly.has(f)) : undefined;
  const unjudged = importableExcluded(ctx.root, scan, ctx.files, ctx.config.exclude);
  const judged = new Set([...files, ...(context ?? [])]);
  const unreadAliases: Finding[] = [];
  const run = await scanFiles({
    root: ctx.root,
    unreadAliases: (file, reason) => unreadAliases.push(skippedFile.at(file, WHOLE_FILE, reason)),
    files,
    ...(scripts.size ? { scripts } : {}),
    excluded: unjudged,
    ...(context ? { context, changedExcluded: selectFiles({ ...ctx, files: [...(ctx.changedFiles ?? [])].sort() }, (f) => !judged.has(f) && unjudged.has(f)), importers: ctx.changedFiles !== undefined, changedOther: ctx.changedFiles ? selectFiles(ctx, (f) => !byName(f) && !scripts.has(f)) : [], aliasesChanged: aliasesChanged(ctx, typescriptRunBy), pythonRootsChanged: pythonRootsChanged(ctx) } : {}),
    ...(packages ? { packages } : {}),
    ...(importable.length ? { pythonRoots: importable } : {}),
    ...(doctests.modules || Object.keys(doctests.files).length ? { doctests } : {}),
    ...(Object.keys(textNotebooks).length ? { textNotebooks } : {}),
    config: scan,
    maxBytes: ctx.config.limits["max-file-bytes"],
    onProgress: ctx.onProgress && ((done, total) => ctx.onProgress!({ check: "scan", done, total })),
    signal: ctx.signal,
    workers,
  });
  const { findings: scanned, suppressions: inSource, ...totals } = run;
  const exempt = new Set(allowed);
  const ranBy = new Set([doctests.modules, ...Object.values(doctests.files)]);
  const all = scanned.filter((f) => !exempt.has(f.file) && (!examplesOnly.has(f.file) || ranBy.has(f.properties?.evaluator as string)));
  const suppressions = [...inSource.filter((use) => !exempt.has(use.file)), ...allowedCalls(scanned.filter((f) => exempt.has(f.file)), scan.allow)];
  // A compiled module has no lines to add: it is judged whole, as the change left it.
  // A file a manifest the change edits hands to Node or Python is new to what runs, whatever lines it kept.
  const newlyRun = new Set([...launched.filter(({ file, by }) => ctx.changedFiles?.has(by) && !ctx.changedFiles.has(file)).map(({ file }) => file), ...examplesOnly]);
  const findings = [...(ctx.newOnly && ctx.base ? onAddedLines(ctx.root, ctx.base, all, ctx.config.limits["max-file-bytes"], newlyRun) : all), ...compiledModules(ctx, select, leaveOut), ...unread, ...withRuleSettings(unreadAliases, scan.rules)];
  const unscanned = leaveOut ? excluded.filter((f) => !allow(f)) : [];
  if (unscanned.length) findings.push(excludedNote(unscanned, ctx.prunedDirs!));
  const byCategory: Record<string, number> = {};
  for (const f of findings) if (f.category && f.category !== "scan") byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  const details: ScanDetails = { ...totals, allowed, byCategory, excluded: unscanned.length };
  return { name: "scan", title: "Boundary scan", findings, files, details: { scan: details }, suppressions };
}

export const scanCheck: Check = { name: "scan", title: "Boundary scan", offloads: true, run: (ctx) => scanWorkspace(ctx) };

/** The markdown summary (job summary, PR comment): calls bypassing the gateway, by category. */
export function scanMarkdown(report: Report): string | undefined {
  const details = report.details.scan as ScanDetails | undefined;
  if (!details) return undefined;
  const categories = Object.entries(details.byCategory).sort(([a], [b]) => (a < b ? -1 : 1));
  const total = categories.reduce((n, [, c]) => n + c, 0);
  const lines = [`### Boundary scan`, "", `${details.files} files scanned (${details.parsed} parsed, ${details.lines} lines${details.skipped ? `, ${details.skipped} skipped` : ""}).`];
  if (total === 0) lines.push("", "No code calls shell, network or model SDKs around the tool gateway.");
  else lines.push("", `${total} call${total === 1 ? "" : "s"} bypass the tool gateway:`, "", "| category | calls |", "| --- | --- |", ...categories.map(([c, n]) => `| ${escapeMarkdown(c)} | ${n} |`));
  if (details.allowed.length) lines.push("", `Allowed by \`scan.allow\` (their calls are not findings): ${details.allowed.length} file${details.allowed.length === 1 ? "" : "s"}.`);
  if (details.excluded) lines.push("", `Not scanned in default-excluded folders (dist, build, vendor …): ${details.excluded} source file${details.excluded === 1 ? "" : "s"}; \`scan.default-excludes: false\` scans them.`);
  return lines.join("\n") + "\n";
}
