import { type Grammar, runnerGrammar } from "./parser";

/**
 * Shell command lines as launched.ts reads them: their simple commands' words, and what each hands to Node or Python
 * (a file, or code given inline). Apart from the manifests' readers so that the scan's workers, which read the code
 * a workflow holds (held-code.ts), load no more than this.
 */

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
/** Node's options taking the code to run (a Bun, tsx or ts-node's too). */
const NODE_EVAL = new Set(["-e", "--eval", "-p", "--print"]);
/** Python options whose value is a separate argument. */
const PYTHON_VALUED = new Set(["-W", "-X", "--check-hash-based-pycs"]);

export interface Named {
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
   * Not a file run but doctest examples run (launched.ts DoctestRun): "modules", every module's docstrings (pytest's
   * `--doctest-modules`; `path` is empty); "file", the examples of the file named (`python -m doctest x.py`, `x.txt`);
   * "glob", of the text files a pattern names (`--doctest-glob='*.md'`).
   */
  doctest?: "modules" | "file" | "glob";
  /**
   * Run as a notebook's code cells: `true`, a notebook file whatever its name (`papermill run.json`, `jupyter nbconvert
   * --execute`); "text", the notebook jupytext makes of a script or Markdown file (text-notebook.ts).
   */
  notebook?: true | "text";
}

/**
 * Commands that run a notebook's code cells (papermill, `jupyter nbconvert --execute`, `jupyter execute`), by their
 * first word, and how many words name the command: each argument that is no option may be a notebook (an option's
 * value, `--to html`, names no file and is not found). jupytext makes notebooks of text files, run by it
 * (`--execute`) or by the next command (`jupytext --to ipynb nb.py && papermill nb.ipynb out.ipynb`): whatever it is
 * asked to do with one, the file is read as the notebook it makes.
 */
const NOTEBOOK_RUNNERS = new Map<string, (words: readonly string[]) => number | undefined>([
  ["papermill", () => 1],
  ["jupyter-nbconvert", () => 1],
  ["jupyter-execute", () => 1],
  ["jupyter", (words) => (words[1] === "nbconvert" || words[1] === "execute" ? 2 : undefined)],
  ["jupytext", () => 1],
]);

/** The notebooks a notebook runner's arguments name (`words` from the runner's name on). */
function namedNotebooks(words: readonly string[]): Named[] | undefined {
  const name = words[0]?.slice(words[0].lastIndexOf("/") + 1) ?? "";
  const skip = NOTEBOOK_RUNNERS.get(name)?.(words);
  const notebook = name === "jupytext" ? "text" : true;
  return skip === undefined ? undefined : words.slice(skip).filter((w) => !w.startsWith("-")).map((path) => ({ path, grammar: "python", notebook }));
}

/** pytest's options that run doctests: every module's docstrings, text files by a pattern (its default: `test*.txt`). */
const DOCTEST_MODULES = "--doctest-modules";
const DOCTEST_GLOB = "--doctest-glob";

/** pytest's arguments (a command's, or its `addopts`): the doctests they run. */
export function namedByPytest(args: readonly string[]): Named[] {
  const named: Named[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === DOCTEST_MODULES) named.push({ path: "", grammar: "python", doctest: "modules" });
    const glob = arg === DOCTEST_GLOB ? args[++i] : arg.startsWith(`${DOCTEST_GLOB}=`) ? arg.slice(DOCTEST_GLOB.length + 1) : undefined;
    if (glob) named.push({ path: glob, grammar: "python", doctest: "glob" });
  }
  return named;
}

/** pytest's own commands. */
const PYTEST = new Set(["pytest", "py.test"]);

/** The simple commands of a shell command line, each as its words (quotes removed; `$(…)` and backticks split off), as they are read. */
export function* shellCommands(line: string): Generator<string[]> {
  for (const words of placedCommands(line)) yield words.map((w) => w.text);
}

/** A shell word as read, and where in the line each of its characters is written (an escaped one's place, not its backslash's). */
export interface PlacedWord {
  text: string;
  at: number[];
}

/** shellCommands, each word with its characters' places (code given inline is judged in place: heldCode). */
export function* placedCommands(line: string): Generator<PlacedWord[]> {
  let words: PlacedWord[] = [];
  let word: PlacedWord | undefined;
  const add = (from: number, to = from + 1) => {
    word ??= { text: "", at: [] };
    word.text += line.slice(from, to);
    for (let at = from; at < to; at++) word.at.push(at);
  };
  for (let i = 0; i < line.length; i++) {
    PLAIN_RUN.lastIndex = i;
    if (PLAIN_RUN.test(line)) {
      add(i, PLAIN_RUN.lastIndex);
      i = PLAIN_RUN.lastIndex - 1;
      continue;
    }
    const c = line[i]!;
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      const end = close < 0 ? line.length : close;
      add(i + 1, end);
      i = end;
    } else if (c === '"') {
      add(i + 1, i + 1); // an empty string is a word
      for (i++; i < line.length && line[i] !== '"'; i++) add(line[i] === "\\" && i + 1 < line.length ? ++i : i);
    } else if (c === "\\" && i + 1 < line.length) {
      if (line[i + 1] !== "\n") add(i + 1);
      i++;
    } else if (c === "#" && word === undefined) {
      // A comment, to the end of the line.
      const end = line.indexOf("\n", i);
      i = (end < 0 ? line.length : end) - 1;
    } else if (c === "#" || (c === "$" && line[i + 1] !== "(")) {
      // Inside a word `#` is a character; `$NAME` a variable's value, read as written.
      add(i);
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

/** A variable set for the command (`NODE_ENV=production`), not a word naming what runs. */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** A simple command's runner: the first word naming Node, Python or another runtime (`cross-env`, `uv run` may come before it), and where its arguments start. */
function runnerOf(words: readonly string[]): { at: number; runner: string; grammar: Grammar; args: number } | undefined {
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (ASSIGNMENT.test(word)) continue;
    const name = word.slice(word.lastIndexOf("/") + 1);
    const runner = NODE_LIKE.get(name) ?? name;
    const grammar = runnerGrammar(runner);
    if (grammar) return { at, runner, grammar, args: at + ((runner === "deno" || runner === "bun") && words[at + 1] === "run" ? 2 : 1) };
  }
  return undefined;
}

/** The files one simple command hands to Node or Python, with the language each is run as. */
export function namedByCommand(words: readonly string[]): Named[] {
  const named: Named[] = [];
  const run = runnerOf(words);
  for (const word of words.slice(0, run?.at)) {
    // `NODE_OPTIONS='--require ./x.txt' node agent.js`: the options of every Node the command starts.
    const assignment = /^NODE_OPTIONS=(.*)$/s.exec(word);
    if (assignment) named.push(...namedByNode([...shellCommands(assignment[1]!)].flat(), true));
  }
  const first = words.findIndex((word) => !ASSIGNMENT.test(word));
  const notebooks = first >= 0 && first < (run?.at ?? words.length) ? namedNotebooks(words.slice(first)) : undefined;
  if (notebooks) return [...named, ...notebooks];
  // `pytest --doctest-modules` (`uv run pytest …`): the doctests it runs, when it comes before any runtime.
  const pytest = words.findIndex((word, at) => at < (run?.at ?? words.length) && !ASSIGNMENT.test(word) && PYTEST.has(word.slice(word.lastIndexOf("/") + 1)));
  if (pytest >= 0) return [...named, ...namedByPytest(words.slice(pytest + 1))];
  if (!run) return named;
  const rest = words.slice(run.args);
  named.push(...(run.grammar === "python" ? namedByPython(rest) : namedByNode(rest, false, run.grammar)));
  return named;
}

/**
 * The code a simple command gives its runner inline (`python3 -c CODE`, `python -uc CODE`, `node -e CODE`,
 * `node --print=CODE`): the word holding it, and where in that word the code starts.
 */
export function inlineCode(words: readonly string[]): { grammar: Grammar; word: number; from: number } | undefined {
  const run = runnerOf(words);
  if (!run) return undefined;
  const { grammar } = run;
  const code = (word: number, from: number) => (from < words[word]!.length ? { grammar, word, from } : word + 1 < words.length ? { grammar, word: word + 1, from: 0 } : undefined);
  for (let i = run.args; i < words.length; i++) {
    const arg = words[i]!;
    if (arg === "--" || !arg.startsWith("-")) return undefined;
    if (grammar === "python") {
      // Short flags combine (`-uc`), and `-c` takes its code in the same word or the next.
      const flag = arg.startsWith("--") ? 0 : arg.slice(1).search(/[cm]/) + 1;
      if (flag > 0) return arg[flag] === "c" ? code(i, flag + 1) : undefined;
      if (PYTHON_VALUED.has(arg)) i++;
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const option = eq < 0 ? arg : arg.slice(0, eq);
    if (NODE_EVAL.has(option)) return code(i, eq < 0 ? arg.length : eq + 1);
    if (INLINE_CODE.has(option)) return undefined;
    if (eq < 0 && (NODE_PRELOADS.has(option) || NODE_VALUED.has(option))) i++;
  }
  return undefined;
}

/** Node's arguments (or NODE_OPTIONS'): the modules it preloads, then the script, unless code is given inline. */
export function namedByNode(args: readonly string[], optionsOnly: boolean, grammar: Grammar = "javascript"): Named[] {
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
      // `python -m papermill in.ipynb out.ipynb`, `python -m jupyter nbconvert --execute x.ipynb`, `python -m jupytext …`.
      if (module === "nbconvert" || module === "papermill" || module === "jupyter" || module === "jupytext") return namedNotebooks([module === "nbconvert" ? "jupyter-nbconvert" : module, ...rest]) ?? [];
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

/** The files a shell command line hands to Node or Python. */
export function* commandNames(line: string): Generator<Named> {
  for (const words of shellCommands(line)) yield* namedByCommand(words);
}
