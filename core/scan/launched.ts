import { statSync } from "node:fs";
import { join, posix } from "node:path";
import { readHead } from "../kernel/files";
import { unsafeReason } from "../kernel/workspace";
import { DECLARATION_FILE, type Grammar, SHEBANG_BYTES, runnerGrammar, scriptGrammar } from "./parser";

/**
 * Files the project's own run configuration hands to Node or Python by their path: `node -r ./assets/font.txt
 * agent.js` in a `package.json` script, `node-options=--require ./hooks.dat` in `.npmrc` (or NODE_OPTIONS in `.env`),
 * `worker: python3 jobs/run.dat` in a Procfile, a Dockerfile's `CMD ["node", "server.txt"]`, a shell script's or Makefile
 * recipe's `python3 x.dat`, a package's `main`. Node runs any file but `.json`/`.node` as JavaScript and Python runs any
 * file as Python, so a file named that way is the agent's code whatever its name says. Shell itself is not read: only
 * the files these commands name.
 */
export interface Launched {
  file: string;
  grammar: Grammar;
  /** The file naming it (package.json, .npmrc, an env file, Procfile, Dockerfile, a shell script, a Makefile): a change to it changes what runs. */
  by: string;
}

/** A file naming what runs, and how its text gives the commands or files it names. */
type ManifestKind = "package" | "npmrc" | "dotenv" | "procfile" | "dockerfile" | "shell" | "makefile";

export function manifestKind(path: string): ManifestKind | undefined {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name === "package.json") return "package";
  if (name === ".npmrc") return "npmrc";
  if (/^\.env(?:\..+)?$/.test(name)) return "dotenv";
  if (name === "Procfile") return "procfile";
  if (/^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:Dockerfile|Containerfile)$/i.test(name)) return "dockerfile";
  if (/\.(?:sh|bash)$/.test(name)) return "shell";
  if (/^(?:GNUmakefile|[Mm]akefile)$|\.mk$/.test(name)) return "makefile";
  return undefined;
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
  /** "shebang": as its `#!` line says (a package's `bin`), read once the file is known to be safe to open. */
  grammar: Grammar | "shebang";
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

/** Python's arguments: the script, unless the code is given inline (`-c`) or a module by name (`-m`, a `.py` the scan reads). */
function namedByPython(args: readonly string[]): Named[] {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--" || arg === "-") return arg === "--" && i + 1 < args.length ? [{ path: args[i + 1]!, grammar: "python" }] : [];
    if (!arg.startsWith("-")) return [{ path: arg, grammar: "python" }];
    // Short flags combine (`-uc`): the first taking code or a module ends the options.
    if (!arg.startsWith("--") && /[cm]/.test(arg.slice(1))) return [];
    if (PYTHON_VALUED.has(arg)) i++;
  }
  return [];
}

/** The commands a manifest runs, and the files it names directly (a package's `main`, `bin`, `exports`). */
function* manifestNames(kind: ManifestKind, text: string): Generator<Named> {
  if (kind === "package") return yield* packageNames(text);
  // npm passes `node-options` to the Node of every script; `node --env-file` (and what a process it starts inherits)
  // applies an env file's NODE_OPTIONS.
  const options = kind === "npmrc" ? NPMRC_NODE_OPTIONS.exec(text) : kind === "dotenv" ? DOTENV_NODE_OPTIONS.exec(text) : undefined;
  if (options !== undefined) return options ? yield* namedByNode([...shellCommands(options[1]!.trim().replace(/^(["'])(.*)\1$/, "$2"))].flat(), true) : undefined;
  const lines = text.replace(/\\\r?\n/g, " ").split(/\r?\n/);
  if (kind === "procfile") {
    for (const line of lines) yield* commandNames(/^[\w-]+:(.*)$/.exec(line)?.[1] ?? "");
    return;
  }
  if (kind === "shell") {
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
): Launched[] {
  const out = new Map<string, Launched>();
  for (const by of manifests) {
    const kind = manifestKind(by);
    const text = kind && read(by);
    if (!kind || text === undefined) continue;
    // npm, make and a Procfile run in the manifest's folder; a shell script wherever it is started (its own folder or the root).
    const folders = kind === "shell" ? [...new Set([posix.dirname(by), "."])] : [posix.dirname(by)];
    const named = new Map<string, Grammar | "shebang">();
    for (const { path, grammar } of manifestNames(kind, text)) {
      if (!path.startsWith("/")) for (const folder of folders) named.set(posix.normalize(posix.join(folder, path)), grammar);
      if (named.size > MAX_NAMED_FILES) break;
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
        const head = grammar === "shebang" ? readHead(join(root, file), SHEBANG_BYTES)?.toString("latin1") : undefined;
        const runs = grammar === "shebang" ? (scriptGrammar(head ?? "") ?? "javascript") : grammar;
        out.set(file, { file, grammar: runs !== "python" && DECLARATION_FILE.test(file) ? "typescript" : runs, by });
      } catch {
        // Not reachable as a path (a file where a folder is named, a link loop): nothing runs it.
      }
    }
  }
  return [...out.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
}
