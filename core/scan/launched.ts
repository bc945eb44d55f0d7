import { statSync } from "node:fs";
import { join, posix } from "node:path";
import { parse as parseJsonc } from "jsonc-parser";
import * as YAML from "yaml";
import { readHead } from "../kernel/files";
import { unsafeReason } from "../kernel/workspace";
import { DECLARATION_FILE, type Grammar, SHEBANG_BYTES, extensionless, runnerGrammar, scriptGrammar } from "./parser";
import { TomlTooDeep, parseToml } from "./toml";

/**
 * Files the project's own run configuration hands to Node or Python by their path: `node -r ./assets/font.txt
 * agent.js` in a `package.json` script, `node-options=--require ./hooks.dat` in `.npmrc` (or NODE_OPTIONS in `.env`),
 * `worker: python3 jobs/run.dat` in a Procfile, a Dockerfile's `CMD ["node", "server.txt"]`, a shell script's or Makefile
 * recipe's `python3 x.dat`, a package's `main`; a GitHub workflow's `run:` step, a compose file's `command:`, a husky
 * hook, tox's `commands`, a pre-commit hook's `entry`, a devcontainer's `postCreateCommand`, a justfile recipe, a
 * pyproject task (poe, taskipy, pdm, hatch). Node runs any file but `.json`/`.node` as JavaScript and Python runs any
 * file as Python, so a file named that way is the agent's code whatever its name says. Shell itself is not read: only
 * the files these commands name (a shell script re-running itself, `exec python3 "$0"`, is the file named).
 */
export interface Launched {
  file: string;
  grammar: Grammar;
  /** The file naming it (package.json, .npmrc, an env file, Procfile, Dockerfile, a shell script, a Makefile, …): a change to it changes what runs. */
  by: string;
}

/** A file naming what runs, and how its text gives the commands or files it names. */
type ManifestKind =
  | "package"
  | "npmrc"
  | "dotenv"
  | "procfile"
  | "dockerfile"
  | "shell"
  | "makefile"
  | "workflow"
  | "action"
  | "compose"
  | "tox"
  | "precommit"
  | "devcontainer"
  | "justfile"
  | "pyproject"
  | "script";

/**
 * What kind of manifest a path is, by its name. "script": a file without an extension, a shell script when its `#!`
 * line names a shell (read by launchedFiles before the file is).
 */
export function manifestKind(path: string): ManifestKind | undefined {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name === "package.json") return "package";
  if (name === ".npmrc") return "npmrc";
  if (/^\.env(?:\..+)?$/.test(name)) return "dotenv";
  if (name === "Procfile") return "procfile";
  if (/^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:Dockerfile|Containerfile)$/i.test(name)) return "dockerfile";
  if (/\.(?:sh|bash|dash|zsh)$/.test(name)) return "shell";
  if (/^(?:GNUmakefile|[Mm]akefile)$|\.mk$/.test(name)) return "makefile";
  // GitHub reads workflows from the root's .github/workflows only; a hook under .git/hooks is not committed, and one
  // elsewhere (.githooks/) runs only when the clone's git config names its folder.
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "workflow";
  if (/^action\.ya?ml$/.test(name)) return "action";
  if (/^(?:docker-)?compose(?:\.[^/]+)?\.ya?ml$/.test(name)) return "compose";
  // husky runs the files in .husky/ with sh (its own helpers are in .husky/_/).
  if (/(?:^|\/)\.husky\/[^/]+$/.test(path)) return "shell";
  // pytest.ini is read for its `[pytest]` options (tox's sections there are not tox's, and name nothing).
  if (name === "tox.ini" || name === "setup.cfg" || name === "pytest.ini" || name === ".pytest.ini") return "tox";
  if (/^\.pre-commit-config\.ya?ml$/.test(name)) return "precommit";
  if (name === "devcontainer.json" || name === ".devcontainer.json") return "devcontainer";
  if (/^(?:[Jj]ustfile|\.justfile)$|\.just$/.test(name)) return "justfile";
  if (name === "pyproject.toml") return "pyproject";
  if (extensionless(path)) return "script";
  return undefined;
}

/** A `#!` line running a shell (`#!/bin/sh`, `#!/usr/bin/env -S bash -e`). */
export function shellShebang(head: string): boolean {
  if (!head.startsWith("#!")) return false;
  return head
    .slice(2)
    .split("\n", 1)[0]!
    .split(/\s+/)
    .some((word) => /^(?:sh|bash|dash|zsh|ksh|ash)$/.test(word.slice(word.lastIndexOf("/") + 1)));
}

/** Files one manifest may name for Node or Python (real ones name a handful). */
const MAX_NAMED_FILES = 10_000;

/** What Node's loaders read as data or a native addon, not as JavaScript. */
export const NOT_CODE = /\.(?:json|node)$/;

/** Commands that run their argument with Node as `node` would (a watcher, a transpiling runner). */
const NODE_LIKE = new Map([
  ["nodemon", "node"],
  ["babel-node", "node"],
  ["ts-node-esm", "ts-node"],
  ["node-dev", "node"],
]);

/** Node options naming a module to load before the script (`-r ./x`, `--import=./x`), relative to the folder run in. */
const NODE_PRELOADS = new Set(["-r", "--require", "--import", "--loader", "--experimental-loader"]);
/** Node options whose value is a separate argument that is not a file to run. */
const NODE_VALUED = new Set(["-C", "--conditions", "--input-type", "--title", "--env-file", "--watch-path", "--inspect-port", "--experimental-default-type"]);
/** Options after which no script file is run: the code is on the command line (`node -e`, `python -c`) or a module by name. */
const INLINE_CODE = new Set(["-e", "--eval", "-p", "--print", "-c", "-m"]);
/** Python options whose value is a separate argument. */
const PYTHON_VALUED = new Set(["-W", "-X", "--check-hash-based-pycs"]);

interface Named {
  path: string;
  /**
   * "shebang": as its `#!` line says, JavaScript without one (a package's `bin`: Windows' shim runs it with Node);
   * "executable": as its `#!` line says, nothing without one (a pre-commit `script` hook). Read once the file is known
   * to be safe to open.
   */
  grammar: Grammar | "shebang" | "executable";
  /** The folder (from the root) the command runs in, when not the manifest's own (a workflow step's working-directory). */
  folder?: string;
  /**
   * Not a file run but doctest examples run (DoctestRun): "modules", every module's docstrings (pytest's
   * `--doctest-modules`; `path` is empty); "file", the examples of the file named (`python -m doctest x.py`, `x.txt`);
   * "glob", of the text files a pattern names (`--doctest-glob='*.md'`).
   */
  doctest?: DoctestRun["kind"];
}

/** Doctest examples the project's configuration runs (its manifests, or a command there), and the manifest saying so. */
export interface DoctestRun {
  kind: "modules" | "file" | "glob";
  /** The file (from the root) or the pattern; empty for "modules". */
  path: string;
  by: string;
}

/**
 * What the scan judges as doctest examples run by the project's configuration (check.ts doctestsOf), each with what
 * runs them as a finding says it: `modules`, every Python file's docstrings; `files`, a Python file's docstrings or a
 * text file's examples.
 */
export interface Doctests {
  modules?: string;
  files: Record<string, string>;
}

/** pytest's options that run doctests: every module's docstrings, text files by a pattern (its default: `test*.txt`). */
const DOCTEST_MODULES = "--doctest-modules";
const DOCTEST_GLOB = "--doctest-glob";
export const PYTEST_DEFAULT_GLOB = "test*.txt";

/** pytest's arguments (a command's, or its `addopts`): the doctests they run. */
function namedByPytest(args: readonly string[]): Named[] {
  const named: Named[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === DOCTEST_MODULES) named.push({ path: "", grammar: "python", doctest: "modules" });
    const glob = arg === DOCTEST_GLOB ? args[++i] : arg.startsWith(`${DOCTEST_GLOB}=`) ? arg.slice(DOCTEST_GLOB.length + 1) : undefined;
    if (glob) named.push({ path: glob, grammar: "python", doctest: "glob" });
  }
  return named;
}

/** The simple commands of a shell command line, each as its words (quotes removed; `$(…)` and backticks split off), as they are read. */
export function* shellCommands(line: string): Generator<string[]> {
  let words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    PLAIN_RUN.lastIndex = i;
    if (PLAIN_RUN.test(line)) {
      word = (word ?? "") + line.slice(i, PLAIN_RUN.lastIndex);
      i = PLAIN_RUN.lastIndex - 1;
      continue;
    }
    const c = line[i]!;
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      const end = close < 0 ? line.length : close;
      word = (word ?? "") + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let text = "";
      for (i++; i < line.length && line[i] !== '"'; i++) text += line[i] === "\\" && i + 1 < line.length ? line[++i] : line[i];
      word = (word ?? "") + text;
    } else if (c === "\\" && i + 1 < line.length) {
      if (line[i + 1] !== "\n") word = (word ?? "") + line[i + 1];
      i++;
    } else if (c === "#" && word === undefined) {
      // A comment, to the end of the line.
      const end = line.indexOf("\n", i);
      i = (end < 0 ? line.length : end) - 1;
    } else if (c === "#" || (c === "$" && line[i + 1] !== "(")) {
      // Inside a word `#` is a character; `$NAME` a variable's value, read as written.
      word = (word ?? "") + c;
    } else {
      if (word !== undefined) words.push(word);
      word = undefined;
      // A blank ends a word; a line break or an operator (`;` `&` `|` `(` `)` a backtick, `$(`) a command.
      if (c === "\n" || !/\s/.test(c)) {
        if (words.length) yield words;
        words = [];
        if (c === "$" && line[i + 1] === "(") i++;
      }
    }
  }
  if (word !== undefined) words.push(word);
  if (words.length) yield words;
}
/** Characters that are neither quotes, escapes, blanks, operators nor a comment's start: read as a run. */
const PLAIN_RUN = /[^\s'"\\;&|()`$#]+/y;

/** The files one simple command hands to Node or Python, with the language each is run as. */
export function namedByCommand(words: readonly string[]): Named[] {
  const named: Named[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
    if (assignment) {
      // `NODE_OPTIONS='--require ./x.txt' node agent.js`: the options of every Node the command starts.
      if (assignment[1] === "NODE_OPTIONS") named.push(...namedByNode([...shellCommands(assignment[2]!)].flat(), true));
      continue;
    }
    const name = word.slice(word.lastIndexOf("/") + 1);
    if (name === "pytest" || name === "py.test") {
      named.push(...namedByPytest(words.slice(i + 1)));
      break;
    }
    const runner = NODE_LIKE.get(name) ?? name;
    const grammar = runnerGrammar(runner);
    if (!grammar) continue;
    const rest = words.slice(i + 1);
    if (grammar === "python") named.push(...namedByPython(rest));
    else if (runner === "deno" || runner === "bun") named.push(...namedByNode(rest[0] === "run" ? rest.slice(1) : rest, false, grammar));
    else named.push(...namedByNode(rest, false, grammar));
    break;
  }
  return named;
}

/** Node's arguments (or NODE_OPTIONS'): the modules it preloads, then the script, unless code is given inline. */
function namedByNode(args: readonly string[], optionsOnly: boolean, grammar: Grammar = "javascript"): Named[] {
  const named: Named[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      if (!optionsOnly && i + 1 < args.length) named.push({ path: args[i + 1]!, grammar });
      break;
    }
    if (!arg.startsWith("-")) {
      if (!optionsOnly) named.push({ path: arg, grammar });
      break;
    }
    const [option, inlineValue] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (INLINE_CODE.has(option)) break;
    const value = inlineValue ?? (NODE_PRELOADS.has(option) || NODE_VALUED.has(option) ? args[++i] : undefined);
    // A preload by a bare name is a package (node_modules), not a file here.
    if (NODE_PRELOADS.has(option) && value !== undefined && /^\.\.?\//.test(value)) named.push({ path: value, grammar: "javascript" });
  }
  return named;
}

/**
 * Python's arguments: the script, unless the code is given inline (`-c`) or a module by name (`-m`, a `.py` the scan
 * reads); of the modules, doctest's and pytest's are read for the doctests they run (`-m doctest x.py notes.txt`).
 */
function namedByPython(args: readonly string[]): Named[] {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "-m" || (arg.startsWith("-m") && !arg.startsWith("--"))) {
      const module = arg === "-m" ? args[i + 1] : arg.slice(2);
      const rest = args.slice(arg === "-m" ? i + 2 : i + 1);
      if (module === "pytest") return namedByPytest(rest);
      if (module === "doctest") return rest.filter((a) => !a.startsWith("-")).map((path) => ({ path, grammar: "python", doctest: "file" }));
      return [];
    }
    if (arg === "--" || arg === "-") return arg === "--" && i + 1 < args.length ? [{ path: args[i + 1]!, grammar: "python" }] : [];
    if (!arg.startsWith("-")) return [{ path: arg, grammar: "python" }];
    // Short flags combine (`-uc`): the first taking code or a module ends the options.
    if (!arg.startsWith("--") && /[cm]/.test(arg.slice(1))) return [];
    if (PYTHON_VALUED.has(arg)) i++;
  }
  return [];
}

/** A manifest the readers cannot take apart though the tool reading it would (aliases past yaml's budget, TOML nested past the reader's): it could name anything. */
class Unreadable extends Error {}

/** The commands a manifest runs, and the files it names directly (a package's `main`, `bin`, `exports`). `by`: its path. */
function* manifestNames(kind: ManifestKind, text: string, by: string): Generator<Named> {
  if (kind === "package") return yield* packageNames(text);
  // npm passes `node-options` to the Node of every script; `node --env-file` (and what a process it starts inherits)
  // applies an env file's NODE_OPTIONS.
  const options = kind === "npmrc" ? NPMRC_NODE_OPTIONS.exec(text) : kind === "dotenv" ? DOTENV_NODE_OPTIONS.exec(text) : undefined;
  if (options !== undefined) return options ? yield* namedByNode([...shellCommands(options[1]!.trim().replace(/^(["'])(.*)\1$/, "$2"))].flat(), true) : undefined;
  switch (kind) {
    case "workflow":
    case "action":
      return yield* workflowNames(yamlOf(text), kind === "action" ? posix.dirname(by) : undefined);
    case "compose":
      return yield* composeNames(yamlOf(text));
    case "precommit":
      return yield* preCommitNames(yamlOf(text));
    case "devcontainer":
      return yield* devcontainerNames(text, by);
    case "pyproject":
      return yield* pyprojectNames(text);
    case "tox":
      yield* pytestIniNames(text, by.endsWith("setup.cfg") ? "tool:pytest" : "pytest");
      return yield* toxNames(text);
    case "justfile":
      return yield* justfileNames(text);
  }
  const lines = text.replace(/\\\r?\n/g, " ").split(/\r?\n/);
  if (kind === "procfile") {
    for (const line of lines) yield* commandNames(/^[\w-]+:(.*)$/.exec(line)?.[1] ?? "");
    return;
  }
  if (kind === "shell" || kind === "script") {
    for (const line of lines) yield* commandNames(line);
    return;
  }
  // A recipe line starts with a tab; `@`/`-`/`+` before the command only change how make echoes or fails it.
  if (kind === "makefile") {
    for (const line of lines) yield* commandNames(/^\t[@+-]*(.*)$/.exec(line)?.[1] ?? "");
    return;
  }
  for (const line of lines) {
    const instruction = /^\s*(?:RUN|CMD|ENTRYPOINT)\s+(.*)$/i.exec(line)?.[1];
    if (instruction === undefined) continue;
    const exec = jsonArray(instruction);
    yield* exec ? namedByCommand(exec) : commandNames(instruction);
  }
}

const NPMRC_NODE_OPTIONS = /^[ \t]*node-options[ \t]*=[ \t]*(.*)$/im;
const DOTENV_NODE_OPTIONS = /^[ \t]*(?:export[ \t]+)?NODE_OPTIONS[ \t]*=[ \t]*(.*)$/m;

/**
 * A YAML manifest as data; undefined when it does not parse (the tool refuses it: nothing runs). Merge keys are
 * applied (compose files share settings that way); past yaml's alias budget it is Unreadable.
 */
function yamlOf(text: string): unknown {
  try {
    return YAML.parse(text, { merge: true, uniqueKeys: false, prettyErrors: false });
  } catch (e) {
    if (e instanceof YAML.YAMLError) return undefined;
    throw new Unreadable(e instanceof ReferenceError ? "its aliases expand past what is read" : "it nests too deep to read");
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const recordsOf = (v: unknown): Record<string, unknown>[] => (isRecord(v) ? Object.values(v) : Array.isArray(v) ? v : []).filter(isRecord);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((w) => typeof w === "string");

/** A command given as a shell line (a string) or as its words (an array of strings, no shell). */
function* commandOrWords(v: unknown, folder?: string): Generator<Named> {
  const named = typeof v === "string" ? [...commandNames(v)] : isStrings(v) ? namedByCommand(v) : [];
  for (const n of named) yield folder === undefined ? n : { ...n, folder };
}

/**
 * A workflow's jobs' `run:` steps (a composite action's `runs.steps`), in the root or their `working-directory`, and a
 * JavaScript action's `runs.main`/`pre`/`post` (from `actionDir`). A step with its own `shell: python {0}` runs its
 * text as Python, which is not read (README).
 */
function* workflowNames(doc: unknown, actionDir?: string): Generator<Named> {
  if (!isRecord(doc)) return;
  const folderOf = (...defaults: unknown[]) => {
    for (const d of defaults) {
      const dir = isRecord(d) && isRecord(d.run) ? d.run["working-directory"] : typeof d === "string" ? d : undefined;
      if (typeof dir === "string") return posix.normalize(dir);
    }
    return ".";
  };
  const steps = (list: unknown, ...defaults: unknown[]) => (Array.isArray(list) ? list.filter(isRecord) : []).map((step) => ({ step, folder: folderOf(step["working-directory"], ...defaults) }));
  const all = [
    ...recordsOf(doc.jobs).flatMap((job) => steps(job.steps, job.defaults, doc.defaults)),
    ...(isRecord(doc.runs) ? steps(doc.runs.steps) : []),
  ];
  for (const { step, folder } of all) {
    if (typeof step.run !== "string" || (typeof step.shell === "string" && !/^(?:bash|sh|pwsh|powershell|cmd)\b/.test(step.shell))) continue;
    yield* commandOrWords(step.run, folder);
  }
  if (actionDir !== undefined && isRecord(doc.runs))
    for (const key of ["main", "pre", "post"]) {
      const path = doc.runs[key];
      if (typeof path === "string") yield { path, grammar: "javascript", folder: actionDir };
    }
}

/** A compose file's services' `command` and `entrypoint` (a line or its words), and the two together. */
function* composeNames(doc: unknown): Generator<Named> {
  if (!isRecord(doc)) return;
  const words = (v: unknown) => (typeof v === "string" ? [...shellCommands(v)].flat() : isStrings(v) ? v : []);
  for (const service of recordsOf(doc.services)) {
    yield* commandOrWords(service.command);
    yield* commandOrWords(service.entrypoint);
    if (service.entrypoint !== undefined) yield* namedByCommand([...words(service.entrypoint), ...words(service.command)]);
    const test = isRecord(service.healthcheck) ? service.healthcheck.test : undefined;
    yield* commandOrWords(isStrings(test) && /^CMD(?:-SHELL)?$/.test(test[0] ?? "") ? (test[0] === "CMD" ? test.slice(1) : test.slice(1).join(" ")) : test);
  }
}

/** pre-commit's hooks, run from the root: `entry` with its `args` (a `script` hook's entry is a file run by its `#!` line). */
function* preCommitNames(doc: unknown): Generator<Named> {
  if (!isRecord(doc)) return;
  for (const repo of recordsOf(doc.repos))
    for (const hook of recordsOf(repo.hooks)) {
      if (typeof hook.entry !== "string" || hook.language === "pygrep" || hook.language === "fail") continue;
      const words = [...[...shellCommands(hook.entry)].flat(), ...(isStrings(hook.args) ? hook.args : [])];
      if (hook.language === "script" && words[0] !== undefined) yield { path: words[0], grammar: "executable", folder: "." };
      for (const n of namedByCommand(words)) yield { ...n, folder: "." };
    }
}

/** A dev container's lifecycle commands (a line, its words, or an object of either run side by side), in the workspace folder. */
function* devcontainerNames(text: string, by: string): Generator<Named> {
  const config: unknown = parseJsonc(text, [], { allowTrailingComma: true });
  if (!isRecord(config)) return;
  // `.devcontainer/devcontainer.json` and `.devcontainer/<name>/devcontainer.json` belong to the folder holding `.devcontainer`.
  const at = by.split("/").lastIndexOf(".devcontainer");
  const folder = at >= 0 ? by.split("/").slice(0, at).join("/") || "." : posix.dirname(by);
  for (const key of ["initializeCommand", "onCreateCommand", "updateContentCommand", "postCreateCommand", "postStartCommand", "postAttachCommand"]) {
    const command = config[key];
    for (const each of isRecord(command) ? Object.values(command) : [command]) yield* commandOrWords(each, folder);
  }
}

/** tox's `commands`, `commands_pre`, `commands_post` in its `[testenv…]` sections: a command a line (continued when indented). */
function* toxNames(text: string): Generator<Named> {
  let inEnv = false;
  let value: string[] | undefined;
  const flush = function* () {
    if (value) for (const line of value) yield* toxCommand(line);
    value = undefined;
  };
  for (const line of text.replace(/\\\r?\n/g, " ").split(/\r?\n/)) {
    if (value && /^[ \t]+\S/.test(line)) {
      value.push(line);
      continue;
    }
    yield* flush();
    const section = /^\[([^\]]*)\]/.exec(line);
    if (section) inEnv = /^testenv\b/.test(section[1]!.trim());
    const commands = inEnv ? /^(commands(?:_pre|_post)?)[ \t]*[=:](.*)$/.exec(line) : null;
    if (commands) value = [commands[2]!];
  }
  yield* flush();
}

/** An INI file's `key` in its `[section]` (continued on indented lines), as configparser reads it: the last one given. */
export function iniValue(text: string, section: string, key: string): string | undefined {
  let inSection = false;
  let value: string[] | undefined;
  let found: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (value && /^[ \t]+\S/.test(line)) {
      value.push(line.trim());
      continue;
    }
    if (value) found = value.join("\n");
    value = undefined;
    const header = /^\[([^\]]*)\]/.exec(line);
    if (header) inSection = header[1]!.trim() === section;
    const pair = inSection ? /^([^=:\s][^=:]*?)[ \t]*[=:](.*)$/.exec(line) : null;
    if (pair && pair[1]!.trim() === key) value = [pair[2]!.trim()];
  }
  return value ? value.join("\n") : found;
}

/** pytest's `addopts` in its INI section (`[pytest]` of pytest.ini and tox.ini, `[tool:pytest]` of setup.cfg). */
function* pytestIniNames(text: string, section: string): Generator<Named> {
  const options = iniValue(text, section, "addopts");
  if (options !== undefined) yield* namedByPytest([...shellCommands(options.replace(/\n/g, " "))].flat());
}

/** One tox command: `-`/`!` before it only change how its exit counts; `{envpython}` is Python, `{toxinidir}` the manifest's folder. */
function toxCommand(line: string): Generator<Named> {
  return commandNames(
    line
      .replace(/^[ \t]*[-!]+/, "")
      .replace(/\{(?:envpython|envbindir\/python[\d.]*)\}/g, "python")
      .replace(/\{(?:toxinidir|tox_root)\}/g, "."),
  );
}

/**
 * A justfile's recipe lines (indented under a `name:` line; `@`/`-` before a line only change how it echoes or
 * fails) and the backticks just evaluates in its assignments. A recipe starting `#!` is a script for that
 * interpreter: a shell's is read as its lines, another's (Python's, Node's) is code in the justfile, not read (README).
 */
function* justfileNames(text: string): Generator<Named> {
  let recipe = false;
  let shebang: boolean | undefined;
  for (const line of text.replace(/\\\r?\n/g, " ").split(/\r?\n/)) {
    if (/^[ \t]+\S/.test(line)) {
      if (!recipe) continue;
      const body = line.trim();
      if (shebang === undefined) shebang = body.startsWith("#!") ? shellShebang(body) : true;
      if (shebang) yield* commandNames(body.replace(/^[@-]+/, ""));
      continue;
    }
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    // `name arg='x': deps` starts a recipe; `x := …`, `set …`, `alias …` are not one, but their backticks run.
    recipe = /^@?[A-Za-z_][\w-]*(?:\s[^:]*)?:(?!=)/.test(line) && !/^(?:set|alias|export|import|mod)\s/.test(line);
    shebang = undefined;
    if (!recipe) for (const m of line.matchAll(/`([^`]*)`/g)) yield* commandNames(m[1]!);
  }
}

/**
 * A pyproject's tasks: poe's `[tool.poe.tasks]`, taskipy's, pdm's `[tool.pdm.scripts]`, hatch's environments'
 * scripts, tox's (`legacy_tox_ini`, or its TOML `commands` as words). A task is a command line, its words, a list of
 * either, or a table of them (`cmd`, `shell`, `composite`, `sequence`). A document that is not TOML is refused: nothing runs.
 */
function* pyprojectNames(text: string): Generator<Named> {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text);
  } catch (e) {
    if (e instanceof TomlTooDeep) throw new Unreadable(`it nests its values too deep to read (${e.message})`);
    return;
  }
  const tool = isRecord(doc.tool) ? doc.tool : {};
  const at = (v: unknown, ...keys: string[]) => keys.reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), v);
  const tasks = [
    at(tool, "poe", "tasks"),
    at(tool, "taskipy", "tasks"),
    at(tool, "pdm", "scripts"),
    ...recordsOf(at(tool, "hatch", "envs")).map((env) => env.scripts),
  ];
  // Each task in turn from a stack, without recursion (a sequence of sequences).
  const pending: unknown[] = tasks.flatMap((t) => (isRecord(t) ? Object.values(t) : []));
  while (pending.length) {
    const task = pending.pop();
    if (typeof task === "string") yield* commandNames(task);
    else if (Array.isArray(task)) {
      if (isStrings(task)) yield* namedByCommand(task);
      pending.push(...task);
    } else if (isRecord(task)) for (const key of ["cmd", "shell", "composite", "sequence"]) if (task[key] !== undefined) pending.push(task[key]);
  }
  // pytest's options: `[tool.pytest.ini_options]`, or pytest 9's own `[tool.pytest]` (a line or a list of words).
  for (const pytest of [at(tool, "pytest", "ini_options"), tool.pytest]) {
    const options = at(pytest, "addopts");
    if (typeof options === "string") yield* namedByPytest([...shellCommands(options)].flat());
    else if (isStrings(options)) yield* namedByPytest(options.flatMap((o) => [...shellCommands(o)].flat()));
  }
  const tox = tool.tox;
  if (isRecord(tox)) {
    if (typeof tox.legacy_tox_ini === "string") yield* toxNames(tox.legacy_tox_ini);
    for (const env of [tox.env_run_base, ...recordsOf(tox.env)])
      if (isRecord(env))
        for (const key of ["commands", "commands_pre", "commands_post"]) for (const command of Array.isArray(env[key]) ? env[key] : []) if (isStrings(command)) yield* namedByCommand(command);
  }
}

function* commandNames(line: string): Generator<Named> {
  for (const words of shellCommands(line)) yield* namedByCommand(words);
}

function jsonArray(text: string): string[] | undefined {
  if (!text.trimStart().startsWith("[")) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The strings in a parsed JSON value, in the order written, read without recursion: a hostile manifest nests its
 * values 200,000 deep (JSON.parse reads it; a recursive walk overflowed the stack).
 */
export function stringLeaves(value: unknown): string[] {
  const out: string[] = [];
  const pending: unknown[] = [value];
  while (pending.length) {
    const next = pending.pop();
    if (typeof next === "string") out.push(next);
    else if (typeof next === "object" && next !== null) {
      const children = Object.values(next);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
  }
  return out;
}

/** A package.json's scripts, and what Node loads for the package (`main`, `exports`, `imports`) or npm links as a command (`bin`). */
function* packageNames(text: string): Generator<Named> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return; // npm refuses it: nothing runs
  }
  if (typeof manifest !== "object" || manifest === null) return;
  const { scripts, main, bin, exports, imports } = manifest as Record<string, unknown>;
  for (const script of stringLeaves(scripts)) yield* commandNames(script);
  for (const path of [...stringLeaves(main), ...stringLeaves(exports), ...stringLeaves(imports)]) yield { path, grammar: "javascript" };
  // npm runs a command by its `#!` line; Windows' shim runs one without it with Node.
  for (const path of stringLeaves(bin)) yield { path, grammar: "shebang" };
}

/**
 * The files the given manifests name that the scan would not read by their name (`sourceByName`): regular files inside
 * the workspace (no symbolic link out of it), not data Node loads as such. A declaration file is read as TypeScript. Each file once,
 * with the first manifest naming it. `read` gives a manifest's text, or undefined when it cannot be read.
 */
export function launchedFiles(
  root: string,
  manifests: readonly string[],
  read: (file: string) => string | undefined,
  sourceByName: (file: string) => boolean,
  unread: (manifest: string, reason: string) => void,
  examples?: (run: DoctestRun) => void,
): Launched[] {
  const out = new Map<string, Launched>();
  for (const by of manifests) {
    const kind = manifestKind(by);
    // A file without an extension is a manifest when its `#!` line runs a shell: only then is it read whole.
    if (kind === "script" && !shellShebang(readHead(join(root, by), SHEBANG_BYTES)?.toString("latin1") ?? "")) continue;
    const text = kind && read(by);
    if (!kind || text === undefined) continue;
    const shell = kind === "shell" || kind === "script";
    // npm, make and a Procfile run in the manifest's folder; a shell script wherever it is started (its own folder or the root).
    const folders = shell ? [...new Set([posix.dirname(by), "."])] : [posix.dirname(by)];
    const named = new Map<string, Named["grammar"]>();
    try {
      for (const { path, grammar, folder, doctest } of manifestNames(kind, text, by)) {
        if (doctest) {
          // A pattern is matched against the files' names wherever they are (pytest's, without a folder in it).
          const paths = doctest === "file" && !path.startsWith("/") ? (folder !== undefined ? [folder] : folders).map((from) => posix.normalize(posix.join(from, path))) : [path];
          for (const each of paths) examples?.({ kind: doctest, path: each, by });
          continue;
        }
        // `exec python3 "$0" "$@"`: the script runs itself as Python (a polyglot whose shell lines Python reads as a string).
        if (shell && (path === "$0" || path === "${0}")) named.set(by, grammar);
        else if (!path.startsWith("/")) for (const from of folder !== undefined ? [folder] : folders) named.set(posix.normalize(posix.join(from, path)), grammar);
        if (named.size > MAX_NAMED_FILES) break;
      }
    } catch (e) {
      if (!(e instanceof Unreadable)) throw e;
      unread(by, `it names what Node or Python runs, and ${e.message}`);
      continue;
    }
    // Each named path is looked up on disk: a hostile manifest naming 700,000 took 20 s; it fails closed instead.
    if (named.size > MAX_NAMED_FILES) {
      unread(by, `it names more than ${MAX_NAMED_FILES} files for Node or Python to run, which are not looked for`);
      continue;
    }
    for (const [file, grammar] of named) {
      if (file.startsWith("../") || file === ".." || out.has(file) || sourceByName(file) || NOT_CODE.test(file)) continue;
      try {
        if (!statSync(join(root, file), { throwIfNoEntry: false })?.isFile() || unsafeReason(root, file) !== undefined) continue;
        const head = grammar === "shebang" || grammar === "executable" ? readHead(join(root, file), SHEBANG_BYTES)?.toString("latin1") : undefined;
        const runs = grammar === "shebang" ? (scriptGrammar(head ?? "") ?? "javascript") : grammar === "executable" ? scriptGrammar(head ?? "") : grammar;
        if (runs) out.set(file, { file, grammar: runs !== "python" && DECLARATION_FILE.test(file) ? "typescript" : runs, by });
      } catch {
        // Not reachable as a path (a file where a folder is named, a link loop): nothing runs it.
      }
    }
  }
  return [...out.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
}
