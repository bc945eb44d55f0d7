import { join, posix } from "node:path";
import { parse as parseJsonc } from "jsonc-parser";
import { readHead } from "../kernel/files";
import { DEFAULT_LIMITS } from "../kernel/limits";
import { scanJsonShape } from "../kernel/source/json-depth";
import { isWorkspaceFile, unsafeReason } from "../kernel/workspace";
import { DECLARATION_FILE, type Grammar, SHEBANG_BYTES, extensionless, scriptGrammar } from "./parser";
import { TomlTooDeep, parseToml } from "./toml";
import { TEXT_NOTEBOOK_FILE } from "./text-notebook";
import { type Named, commandNames, namedByCommand, namedByNode, namedByPytest, shellCommands } from "./commands";
import { ACTION, SCRIPT_FILE, Unreadable, WORKFLOW, heldCode, stepRuns, yamlRead } from "./held-code";

/**
 * Files the project's own run configuration hands to Node or Python by their path: `node -r ./assets/font.txt
 * agent.js` in a `package.json` script, `node-options=--require ./hooks.dat` in `.npmrc` (or NODE_OPTIONS in `.env`),
 * `worker: python3 jobs/run.dat` in a Procfile, a Dockerfile's `CMD ["node", "server.txt"]`, a shell script's or Makefile
 * recipe's `python3 x.dat`, a package's `main`; a GitHub workflow's `run:` step, a compose file's `command:`, a husky
 * hook, tox's `commands`, a pre-commit hook's `entry`, a devcontainer's `postCreateCommand`, a justfile recipe, a
 * pyproject task (poe, taskipy, pdm, hatch), GitLab CI's scripts, a Taskfile's `cmds`, a Jenkinsfile's `sh` steps, VS
 * Code's tasks, nox's and invoke's `run` calls, a Python entry point's module. Node runs any file but `.json`/`.node`
 * as JavaScript and Python runs any file as Python, so a file named that way is the agent's code whatever its name
 * says. Shell itself is not read: only the files these commands name (a shell script re-running itself, `exec python3
 * "$0"`, is the file named). A workflow whose steps hold Python or JavaScript (`shell: python {0}`, `python3 -c "…"`)
 * is itself the file run, read as that code in place (heldCodeTexts).
 */
export interface Launched {
  file: string;
  grammar: Grammar;
  /** The file naming it (package.json, .npmrc, an env file, Procfile, Dockerfile, a shell script, a Makefile, …): a change to it changes what runs. */
  by: string;
  /** jupytext makes a notebook of it (a script or Markdown file): it is read as that notebook too (text-notebook.ts). */
  textNotebook?: true;
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
  | "setuppy"
  | "nox"
  | "invoke"
  | "gitlab"
  | "taskfile"
  | "jenkinsfile"
  | "vscodeTasks"
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
  if (WORKFLOW.test(path)) return "workflow";
  if (ACTION.test(path)) return "action";
  if (/^(?:docker-)?compose(?:\.[^/]+)?\.ya?ml$/.test(name)) return "compose";
  // husky runs the files in .husky/ with sh (its own helpers are in .husky/_/).
  if (/(?:^|\/)\.husky\/[^/]+$/.test(path)) return "shell";
  // pytest.ini is read for its `[pytest]` options (tox's sections there are not tox's, and name nothing).
  if (name === "tox.ini" || name === "setup.cfg" || name === "pytest.ini" || name === ".pytest.ini") return "tox";
  if (/^\.pre-commit-config\.ya?ml$/.test(name)) return "precommit";
  if (name === "devcontainer.json" || name === ".devcontainer.json") return "devcontainer";
  if (/^(?:[Jj]ustfile|\.justfile)$|\.just$/.test(name)) return "justfile";
  if (name === "pyproject.toml") return "pyproject";
  if (name === "setup.py") return "setuppy";
  if (name === "noxfile.py") return "nox";
  if (name === "tasks.py") return "invoke";
  // GitLab reads the root's; the files it includes are read with it (launchedFiles).
  if (path === ".gitlab-ci.yml") return "gitlab";
  if (/^[Tt]askfile(?:\.dist)?\.ya?ml$/.test(name)) return "taskfile";
  if (/^Jenkinsfile(?:\..+)?$|\.[Jj]enkinsfile$/.test(name)) return "jenkinsfile";
  if (/(?:^|\/)\.vscode\/tasks\.json$/.test(path)) return "vscodeTasks";
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

/** Doctest examples the project's configuration runs (its manifests, or a command there), and the manifest saying so. */
export interface DoctestRun {
  kind: NonNullable<Named["doctest"]>;
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

/** The text files pytest collects as doctests unconfigured (its default `--doctest-glob`). */
export const PYTEST_DEFAULT_GLOB = "test*.txt";

/** Files one manifest may name for Node or Python (real ones name a handful). */
const MAX_NAMED_FILES = 10_000;

/** What Node's loaders read as data or a native addon, not as JavaScript. */
export const NOT_CODE = /\.(?:json|node)$/;

/** The commands a manifest runs, and the files it names directly (a package's `main`, `bin`, `exports`). `by`: its path. */
function* manifestNames(kind: ManifestKind, text: string, by: string): Generator<Named> {
  if (kind === "package") return yield* packageNames(text);
  // npm passes `node-options` to the Node of every script; `node --env-file` (and what a process it starts inherits)
  // applies an env file's NODE_OPTIONS.
  const options = kind === "npmrc" ? NPMRC_NODE_OPTIONS.exec(text) : kind === "dotenv" ? DOTENV_NODE_OPTIONS.exec(text) : undefined;
  if (options !== undefined) return options ? yield* namedByNode([...shellCommands(options[1]!.trim().replace(/^(["'])(.*)\1$/, "$2"))].flat(), true) : undefined;
  switch (kind) {
    case "workflow":
    case "action": {
      const read = yamlRead(text);
      if (!read) return;
      // The steps' own code: the file itself, read as each language it holds (Scanner.scanFile, heldCodeTexts).
      let grammar: Grammar | undefined;
      heldCode(read.doc, text, (g) => (grammar ??= g));
      if (grammar) yield { path: by, grammar, folder: "." };
      return yield* workflowNames(read.data, kind === "action" ? posix.dirname(by) : undefined);
    }
    case "compose":
      return yield* composeNames(yamlOf(text));
    case "precommit":
      return yield* preCommitNames(yamlOf(text));
    case "devcontainer":
      return yield* devcontainerNames(text, by);
    case "pyproject":
      return yield* pyprojectNames(text);
    case "tox":
      yield* setupCfgEntryPoints(text);
      yield* pytestIniNames(text, by.endsWith("setup.cfg") ? "tool:pytest" : "pytest");
      return yield* toxNames(text);
    case "setuppy":
      // `entry_points={"console_scripts": ["agent = pkg.cli:main"]}`: each such string, wherever it is written.
      for (const m of text.matchAll(/["']\s*[\w.-]+\s*=\s*([A-Za-z_][\w.]*\s*:\s*[\w.]+)\s*["']/g)) yield* entryPointFiles(m[1]!);
      return;
    case "justfile":
      return yield* justfileNames(text);
    case "nox":
    case "invoke":
      return yield* pythonTaskNames(text, kind === "nox");
    case "gitlab":
      return yield* gitlabNames(yamlOf(text));
    case "taskfile":
      return yield* taskfileNames(yamlOf(text), posix.dirname(by));
    case "jenkinsfile":
      return yield* jenkinsNames(text);
    case "vscodeTasks":
      return yield* vscodeTaskNames(text, by);
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
 * applied (compose files share settings that way); past yaml's alias budget it is Unreadable. Unknown tags (GitLab's
 * `!reference`) are read as their untagged value.
 */
function yamlOf(text: string): unknown {
  return yamlRead(text)?.data;
}

/**
 * A JSON-with-comments manifest as data (a dev container, VS Code's tasks, a tsconfig). jsonc-parser recurses: one
 * nesting deeper than any such file is written is Unreadable before it runs out of stack.
 */
export function jsoncData(text: string): unknown {
  const { deepAt } = scanJsonShape(text, DEFAULT_LIMITS.maxDepth);
  if (deepAt >= 0) throw new Unreadable(`it nests deeper than ${DEFAULT_LIMITS.maxDepth} levels, which is not read`);
  return parseJsonc(text, [], { allowTrailingComma: true });
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
 * JavaScript action's `runs.main`/`pre`/`post` (from `actionDir`). A step whose shell (its own, or its job's or the
 * workflow's `defaults.run.shell`) is a shell has its text read as commands; one whose shell is Python or Node is
 * code (heldCode); a custom shell's own command may name files too (`node -r ./hook.txt {0}`).
 */
function* workflowNames(doc: unknown, actionDir?: string): Generator<Named> {
  if (!isRecord(doc)) return;
  const runDefault = (d: unknown, key: string) => (isRecord(d) && isRecord(d.run) ? d.run[key] : undefined);
  const folderOf = (...defaults: unknown[]) => {
    for (const d of defaults) {
      const dir = typeof d === "string" ? d : runDefault(d, "working-directory");
      if (typeof dir === "string") return posix.normalize(dir);
    }
    return ".";
  };
  const steps = (list: unknown, matrix: unknown, ...defaults: unknown[]) =>
    (Array.isArray(list) ? list.filter(isRecord) : []).map((step) => ({
      step,
      matrix,
      folder: folderOf(step["working-directory"], ...defaults),
      shell: [step.shell, ...defaults.map((d) => runDefault(d, "shell"))].find((s) => s !== undefined),
    }));
  const all = [
    ...recordsOf(doc.jobs).flatMap((job) => steps(job.steps, isRecord(job.strategy) ? job.strategy.matrix : undefined, job.defaults, doc.defaults)),
    ...(isRecord(doc.runs) ? steps(doc.runs.steps, undefined) : []),
  ];
  for (const { step, matrix, folder, shell } of all) {
    if (typeof shell === "string") for (const n of commandNames(shell)) if (n.path !== SCRIPT_FILE) yield { ...n, folder };
    if (typeof step.run !== "string" || stepRuns(typeof shell === "string" ? shell : undefined, matrix) !== "shell") continue;
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

/**
 * GitLab CI's jobs' (and `default:`'s, and the old global) `script`, `before_script` and `after_script`: a line or a
 * list of lines, nested lists flattened as GitLab does (a `!reference [.job, script]` is read as its untagged list,
 * which names nothing). Run from the root. The files it includes are read by launchedFiles (gitlabIncludes).
 */
function* gitlabNames(doc: unknown): Generator<Named> {
  if (!isRecord(doc)) return;
  for (const job of [doc, ...recordsOf(doc)])
    for (const key of ["before_script", "script", "after_script"]) for (const line of stringLeaves(job[key])) for (const n of commandNames(line)) yield { ...n, folder: "." };
}

/** Most files one GitLab configuration reads through its includes (GitLab's own limit is 150). */
const MAX_GITLAB_INCLUDES = 150;

/**
 * The project's own files a GitLab configuration includes (`include: ci/a.yml`, `include: [{ local: /ci/b.yml }]`),
 * from the root; a wildcard, a remote file, a template or another project's file is not read.
 */
function gitlabIncludes(text: string): string[] {
  const doc = yamlOf(text);
  if (!isRecord(doc)) return [];
  const list: unknown[] = Array.isArray(doc.include) ? doc.include : [doc.include];
  const local = list.map((i) => (typeof i === "string" && !/^[a-z]+:\/\//i.test(i) ? i : isRecord(i) && typeof i.local === "string" ? i.local : undefined));
  return local.filter((p): p is string => p !== undefined && !p.includes("*")).map((p) => posix.normalize(p.replace(/^\/+/, "")));
}

/**
 * go-task's tasks: `cmds` (a line, or `{ cmd: … }`; `{ task: … }` runs another task), a task given as a line or a
 * list of them, in the task's `dir` (from the Taskfile's folder). `includes:` of other Taskfiles are not followed.
 */
function* taskfileNames(doc: unknown, home: string): Generator<Named> {
  if (!isRecord(doc) || !isRecord(doc.tasks)) return;
  for (const task of Object.values(doc.tasks)) {
    const folder = isRecord(task) && typeof task.dir === "string" ? posix.join(home, task.dir) : undefined;
    const cmds = isRecord(task) ? [task.cmds, task.cmd] : [task];
    for (const cmd of cmds.flatMap((c) => (Array.isArray(c) ? c : [c]))) {
      const line = isRecord(cmd) ? cmd.cmd : cmd;
      if (typeof line === "string") for (const n of commandNames(line)) yield folder === undefined ? n : { ...n, folder };
    }
  }
}

/**
 * A Jenkinsfile's `sh` (and `bat`, `pwsh`, `powershell`) steps: `sh 'cmd'`, `sh "cmd"`, `sh '''…'''`, `sh("cmd")`,
 * `sh(label: 'x', script: 'cmd')`, read from the Groovy text, comments aside (a `dir('x') { … }` around a step is
 * not followed: the workspace's root). A Groovy string's `${…}` is read as written, as a shell's `$NAME` is.
 */
function* jenkinsNames(text: string): Generator<Named> {
  const source = groovyWithoutComments(text);
  for (const step of source.matchAll(/\b(?:sh|bat|pwsh|powershell)\b[ \t]*\(?\s*/g)) {
    let at = step.index + step[0].length;
    // The step's argument: its first string, or its `script:` named argument's.
    for (let args = 0; args < MAX_STEP_ARGUMENTS; args++) {
      const literal = groovyString(source, at);
      if (literal) {
        for (const n of commandNames(literal.value)) yield { ...n, folder: "." };
        break;
      }
      STEP_ARGUMENT_NAME.lastIndex = at;
      const named = STEP_ARGUMENT_NAME.exec(source);
      if (!named) break;
      at = STEP_ARGUMENT_NAME.lastIndex;
      const value = groovyString(source, at);
      if (named[1] === "script") {
        if (value) for (const n of commandNames(value.value)) yield { ...n, folder: "." };
        break;
      }
      // Past this argument's value (a string, or a word: `returnStdout: true`), to the next one.
      STEP_ARGUMENT_END.lastIndex = value ? value.end : at;
      const comma = STEP_ARGUMENT_END.exec(source);
      if (!comma) break;
      at = STEP_ARGUMENT_END.lastIndex;
    }
  }
}
const STEP_ARGUMENT_NAME = /([A-Za-z_]\w*)[ \t]*:\s*/y;
/** The end of a step's argument that is not a string (`true`, `'UTF-8'` read before), and the comma after it. */
const STEP_ARGUMENT_END = /[\w.]*\s*,\s*/y;
/** A step's named arguments read for its `script:` (Jenkins' `sh` has five). */
const MAX_STEP_ARGUMENTS = 8;

/** A Groovy string literal at `at` (`'…'`, `"…"`, `'''…'''`, `"""…"""`): its value (escapes read) and where it ends. */
function groovyString(text: string, at: number): { value: string; end: number } | undefined {
  const quote = text.startsWith("'''", at) ? "'''" : text.startsWith('"""', at) ? '"""' : text[at] === "'" || text[at] === '"' ? text[at]! : undefined;
  if (!quote) return undefined;
  let value = "";
  for (let i = at + quote.length; i < text.length; i++) {
    if (text.startsWith(quote, i)) return { value, end: i + quote.length };
    if (text[i] === "\\" && i + 1 < text.length) value += GROOVY_ESCAPES[text[++i]!] ?? text[i];
    else value += text[i];
  }
  return { value, end: text.length };
}
const GROOVY_ESCAPES: Record<string, string> = { n: "\n", t: "\t", "\n": "" };

/** Groovy's line and block comments blanked, strings kept (a commented-out step runs nothing). */
function groovyWithoutComments(text: string): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const literal = groovyString(text, i);
    if (literal) {
      out.push(text.slice(i, literal.end));
      i = literal.end;
    } else if (text.startsWith("//", i)) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      out.push(" ");
      i = end < 0 ? text.length : end + 2;
    } else out.push(text[i++]!);
  }
  return out.join("");
}

/**
 * VS Code's `.vscode/tasks.json`: each task's (and its `windows`/`linux`/`osx` variant's) `command` with its `args`, a
 * shell line for a `shell` task and words for a `process` one, in `options.cwd` (`${workspaceFolder}` the folder
 * holding `.vscode`).
 */
function* vscodeTaskNames(text: string, by: string): Generator<Named> {
  const config = jsoncData(text);
  if (!isRecord(config)) return;
  const workspace = posix.dirname(posix.dirname(by));
  const resolve = (v: string) => v.replace(/\$\{(?:workspaceFolder|workspaceRoot)\}/g, ".");
  const word = (a: unknown) => (typeof a === "string" ? a : isRecord(a) && typeof a.value === "string" ? a.value : undefined);
  for (const task of recordsOf(config.tasks)) {
    for (const variant of [task, ...["windows", "linux", "osx"].map((os) => task[os]).filter(isRecord)]) {
      const command = word(variant.command ?? task.command);
      const given = variant.args ?? task.args;
      if (command === undefined) continue;
      const args = (Array.isArray(given) ? given : []).map(word).filter((a): a is string => a !== undefined);
      const options = isRecord(variant.options) ? variant.options : isRecord(task.options) ? task.options : {};
      const folder = posix.normalize(typeof options.cwd === "string" ? posix.join(workspace, resolve(options.cwd)) : workspace);
      const words = [command, ...args].map(resolve);
      const named = (variant.type ?? task.type) === "process" ? namedByCommand(words) : [...commandNames(words.join(" "))];
      for (const n of named) yield { ...n, folder };
    }
  }
}

/**
 * The commands a Python task file runs: nox's `session.run("python", "x.dat")` (its words: each argument a string
 * literal, up to the first that is not) and invoke's `c.run("python x.dat")` (a shell line), with `run_always`,
 * `run_install` and `sudo`. Read from the text (a call whose arguments are not literals names nothing here).
 */
function* pythonTaskNames(text: string, words: boolean): Generator<Named> {
  for (const call of text.matchAll(/\.\s*(?:run|run_always|run_install|sudo)\s*\(\s*/g)) {
    const args: string[] = [];
    PYTHON_STRING.lastIndex = call.index + call[0].length;
    for (let literal = PYTHON_STRING.exec(text); literal && args.length < MAX_TASK_ARGUMENTS; literal = PYTHON_STRING.exec(text)) {
      // A raw string keeps its backslashes; another's escape stands for the character after it (a path's `\\`).
      args.push(literal[1] ? literal[3]! : literal[3]!.replace(/\\(.)/g, "$1"));
      if (!literal[0].includes(",")) break;
    }
    if (args.length) yield* words ? namedByCommand(args) : commandNames(args[0]!);
  }
}
/** A Python string literal without a prefix other than `r` (one line), and the comma after it, read where the last ended. */
const PYTHON_STRING = /([rR]?)(["'])((?:\\.|(?!\2)[^\\\n])*)\2\s*(?:,\s*)?/y;
/** Arguments read of one call. */
const MAX_TASK_ARGUMENTS = 64;

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
  const config = jsoncData(text);
  if (!isRecord(config)) return;
  // `.devcontainer/devcontainer.json` and `.devcontainer/<name>/devcontainer.json` belong to the folder holding `.devcontainer`.
  const at = by.split("/").lastIndexOf(".devcontainer");
  const folder = at >= 0 ? by.split("/").slice(0, at).join("/") || "." : posix.dirname(by);
  for (const key of ["initializeCommand", "onCreateCommand", "updateContentCommand", "postCreateCommand", "postStartCommand", "postAttachCommand"]) {
    const command = config[key];
    for (const each of isRecord(command) ? Object.values(command) : [command]) yield* commandOrWords(each, folder);
  }
}

/**
 * The files a Python entry point runs (`pkg.cli:main`, `pkg.cli`): its module, as a file or a package, and the
 * packages above it (their `__init__.py` runs first), at the project's root or under `src/`. Named by what a tool
 * installs (`[project.scripts]`, setup.cfg's `[options.entry_points]`): a module in a folder the scan leaves out
 * (`vendor/`, `build/`) is judged when the change names it.
 */
function entryPointFiles(spec: string): Named[] {
  // Blanks and extras (`pkg.mod:main [cli]`) aside first: a regular expression allowing blanks between each part backtracks on a long run of them.
  const module = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?::[\w.]+)?$/.exec(spec.replace(/\[[^\]]*\]/g, "").replace(/\s+/g, ""))?.[1];
  if (!module) return [];
  const parts = module.split(".");
  const files = [`${parts.join("/")}.py`, ...parts.map((_, i) => `${parts.slice(0, i + 1).join("/")}/__init__.py`)];
  return ["", "src/"].flatMap((root) => files.map((file): Named => ({ path: root + file, grammar: "python" })));
}

/** setup.cfg's `[options.entry_points]`: each group's `name = pkg.mod:func` lines (the group's own line names none). */
function* setupCfgEntryPoints(text: string): Generator<Named> {
  let inSection = false;
  for (const line of text.split(/\r?\n/)) {
    const section = /^\[([^\]]*)\]/.exec(line);
    if (section) inSection = section[1]!.trim() === "options.entry_points";
    const entry = inSection && !section ? /^\s*[^=\s#;][^=]*=(.*)$/.exec(line) : null;
    if (entry?.[1]?.trim()) yield* entryPointFiles(entry[1]);
  }
}

/** tox's `commands`, `commands_pre`, `commands_post` in its `[testenv…]` sections: a command a line (continued when indented). */
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
  // Entry points: `[project.scripts]`, `[project.gui-scripts]`, `[project.entry-points.<group>]`, poetry's scripts.
  const project = isRecord(doc.project) ? doc.project : {};
  const entryPoints = [project.scripts, project["gui-scripts"], ...recordsOf(project["entry-points"]), at(tool, "poetry", "scripts"), ...recordsOf(at(tool, "poetry", "plugins"))];
  for (const group of entryPoints)
    for (const spec of isRecord(group) ? Object.values(group) : []) {
      const value = isRecord(spec) ? (spec.callable ?? spec.reference) : spec;
      if (typeof value === "string") yield* entryPointFiles(value);
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
 * with the first manifest naming it. `read` gives a manifest's text, or undefined when it cannot be read; `examples`
 * gets the doctests a manifest runs, `typescript` each manifest running a file of the project with a TypeScript
 * runtime (`tsx agent.js`: which may load a `.ts` twin plain Node would not).
 */
export function launchedFiles(
  root: string,
  manifests: readonly string[],
  read: (file: string) => string | undefined,
  sourceByName: (file: string) => boolean,
  unread: (manifest: string, reason: string) => void,
  examples?: (run: DoctestRun) => void,
  typescript?: (by: string) => void,
): Launched[] {
  const out = new Map<string, Launched>();
  // Workflows whose steps hold code: scanned as that code (heldCodeTexts), not as a file a command runs whole.
  const held = new Set<string>();
  // GitLab's configuration with the project files it includes, each read once, as GitLab reads them.
  const queue = [...manifests];
  const listed = new Set(manifests);
  const included = new Set<string>();
  for (let next = 0; next < queue.length; next++) {
    const by = queue[next]!;
    const kind = included.has(by) ? "gitlab" : manifestKind(by);
    // A file without an extension is a manifest when its `#!` line runs a shell: only then is it read whole.
    if (kind === "script" && !shellShebang(readHead(join(root, by), SHEBANG_BYTES)?.toString("latin1") ?? "")) continue;
    const text = kind && read(by);
    if (!kind || text === undefined) continue;
    const shell = kind === "shell" || kind === "script";
    // npm, make and a Procfile run in the manifest's folder; a shell script wherever it is started (its own folder or the root).
    const folders = shell ? [...new Set([posix.dirname(by), "."])] : [posix.dirname(by)];
    const named = new Map<string, Named["grammar"]>();
    // Files a notebook runner names: run as notebooks whatever their names (a `.json` is code then); jupytext's, as
    // the notebooks it makes of text files.
    const notebooks = new Map<string, true | "text">();
    try {
      if (kind === "gitlab")
        for (const file of gitlabIncludes(text)) {
          if (included.size >= MAX_GITLAB_INCLUDES) break;
          if (!file.startsWith("../") && !included.has(file) && !listed.has(file) && unsafeReason(root, file) === undefined) {
            included.add(file);
            queue.push(file);
          }
        }
      for (const { path, grammar, folder, doctest, notebook } of manifestNames(kind, text, by)) {
        if (doctest) {
          // A pattern is matched against the files' names wherever they are (pytest's, without a folder in it).
          const paths = doctest === "file" && !path.startsWith("/") ? (folder !== undefined ? [folder] : folders).map((from) => posix.normalize(posix.join(from, path))) : [path];
          for (const each of paths) examples?.({ kind: doctest, path: each, by });
          continue;
        }
        // `exec python3 "$0" "$@"`: the script runs itself as Python (a polyglot whose shell lines Python reads as a string).
        if (shell && (path === "$0" || path === "${0}")) named.set(by, grammar);
        else if (!path.startsWith("/"))
          for (const from of folder !== undefined ? [folder] : folders) {
            const file = posix.normalize(posix.join(from, path));
            named.set(file, grammar);
            if (notebook) notebooks.set(file, notebook);
          }
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
      if (file === by && !shell) held.add(file);
      if (grammar === "typescript") typescript?.(by);
      const text = notebooks.get(file) === "text" && TEXT_NOTEBOOK_FILE.test(file);
      if (text && !file.startsWith("../") && file !== "..") {
        // A script also run as Python keeps that entry: it is marked to be read as the notebook too.
        const known = out.get(file);
        if (known) known.textNotebook = true;
        else if (isWorkspaceFile(root, file)) out.set(file, { file, grammar: "python", by, textNotebook: true });
        continue;
      }
      if (file.startsWith("../") || file === ".." || out.has(file) || sourceByName(file) || (NOT_CODE.test(file) && !notebooks.has(file))) continue;
      try {
        if (!isWorkspaceFile(root, file)) continue;
        // A runner's other arguments name data too (`papermill in.ipynb out.ipynb -f params.yaml`): only a JSON object may be a notebook.
        if (notebooks.has(file) && !/^\s*\{/.test(readHead(join(root, file), SHEBANG_BYTES)?.toString("latin1") ?? "")) continue;
        const head = grammar === "shebang" || grammar === "executable" ? readHead(join(root, file), SHEBANG_BYTES)?.toString("latin1") : undefined;
        const runs = grammar === "shebang" ? (scriptGrammar(head ?? "") ?? "javascript") : grammar === "executable" ? scriptGrammar(head ?? "") : grammar;
        if (runs) out.set(file, { file, grammar: runs !== "python" && DECLARATION_FILE.test(file) ? "typescript" : runs, by });
      } catch {
        // Not reachable as a path (a file where a folder is named, a link loop): nothing runs it.
      }
    }
  }
  // One a command also runs whole (`python3 .github/workflows/ci.yml`) would be scanned as its steps' code alone.
  for (const { file, by } of out.values()) if (held.has(file) && by !== file) unread(file, "its steps hold code, and a command also runs it whole as a program, which is not read");
  return [...out.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
}

