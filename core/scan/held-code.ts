import * as YAML from "yaml";
import { commandNames, inlineCode, placedCommands, shellCommands } from "./commands";
import type { Grammar } from "./parser";
import { declaredCodec } from "./source-codec";

/**
 * The code a GitHub workflow or composite action holds itself (a step whose shell is `python {0}`, `python3 -c "…"` in
 * a shell step), placed in the file: launched.ts judges such a file as that code, and the scan reads it through
 * heldCodeTexts.
 */

/** A manifest the readers cannot take apart though the tool reading it would (aliases past yaml's budget, TOML nested past the reader's): it could name anything. */
export class Unreadable extends Error {}

/** The document (its nodes place a workflow's code in the file) and its data, read once. */
export function yamlRead(text: string): { doc: YAML.Document.Parsed; data: unknown } | undefined {
  try {
    const doc = YAML.parseDocument(text, YAML_OPTIONS);
    // yaml's composer recurses: past its stack it records an error where other tools (compose's Go reader) read on.
    if (doc.errors.some((e) => e.code === "RESOURCE_EXHAUSTION")) throw new Unreadable(TOO_DEEP);
    if (doc.errors.length) return undefined;
    return { doc, data: doc.toJS() };
  } catch (e) {
    if (e instanceof YAML.YAMLError) return undefined;
    throw new Unreadable(e instanceof ReferenceError ? "its aliases expand past what is read" : TOO_DEEP);
  }
}
const TOO_DEEP = "it nests too deep to read";
const YAML_OPTIONS = { merge: true, uniqueKeys: false, prettyErrors: false, logLevel: "error" } as const;

/** GitHub reads workflows from the root's .github/workflows only; an action's steps from its `action.yml`. */
export const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
export const ACTION = /(?:^|\/)action\.ya?ml$/;

/** A workflow or an action: a file whose steps may hold code. */
export function holdsSteps(path: string): boolean {
  return WORKFLOW.test(path) || ACTION.test(path);
}

/** The grammars a workflow's steps may hold code in (a runner's: python, node or bun, deno or tsx): a thread scanning one loads them all, as one file may hold several (Scanner.scanFile). */
export const HELD_GRAMMARS: readonly Grammar[] = ["python", "javascript", "typescript"];

/** Where a custom shell's command names the file GitHub writes a step's text to (`python3 -u {0}`). */
export const SCRIPT_FILE = "{0}";

/**
 * The language a step's shell runs its `run:` text as, when it is a program: GitHub's `python` keyword, or a
 * command running Python or Node on the file holding the text (`python3 -u {0}`, `node {0}`, `deno run {0}`).
 */
export function programShell(shell: string): Grammar | undefined {
  if (shell.trim() === "python") return "python";
  for (const n of commandNames(shell)) if (n.path === SCRIPT_FILE && n.grammar !== "shebang" && n.grammar !== "executable") return n.grammar;
  return undefined;
}

/**
 * The code a workflow or composite action holds, each character given to `put` with its place in the file: a step
 * whose shell runs its `run:` text as Python or JavaScript, and the code a shell step's command gives Python or Node
 * inline (`python3 -c "…"`, `node -e '…'`). Read from the document's nodes (they place the text in the file); each
 * sequence of steps is walked once per default shell, so aliases repeating one (past what the data's alias budget
 * already refused) add no work. A double-quoted step whose escapes move its code is Unreadable.
 */
export function heldCode(doc: YAML.Document.Parsed, text: string, put: (grammar: Grammar, at: number, c: string) => void): void {
  const deref = (n: unknown): unknown => (YAML.isAlias(n) ? n.resolve(doc) : n);
  // The last value of a key, as the data reads a repeated one.
  const get = (n: unknown, ...keys: string[]) =>
    keys.reduce<unknown>((at, key) => {
      const map = deref(at);
      let value: unknown;
      if (YAML.isMap(map)) for (const pair of map.items) if (YAML.isScalar(pair.key) && pair.key.value === key) value = pair.value;
      return deref(value);
    }, n);
  const string = (n: unknown) => (YAML.isScalar(n) && typeof n.value === "string" ? n.value : undefined);
  const unplaced = (grammar: Grammar) => new Unreadable(`a step's ${grammar === "python" ? "Python" : "JavaScript"} is in a double-quoted string whose escapes (\\n, \\x…) move its text, which is not read`);
  const done = new Set<YAML.Scalar>();
  const step = (run: YAML.Scalar, shell: string | undefined, matrix: unknown) => {
    const runs = stepRuns(shell, matrix);
    if (runs !== undefined && runs !== "shell") {
      // GitHub writes the text to a file the program runs: Python decodes it by the PEP 263 declaration it holds.
      const codec = runs === "python" ? declaredCodec(run.value as string) : "utf8";
      if (typeof codec !== "string") throw new Unreadable(`a step's Python declares the source encoding "${codec.other}" (PEP 263), which is not read`);
      if (!placeHeld(text, run, (at, c) => put(runs, at, c))) throw unplaced(runs);
      return;
    }
    if (runs === undefined) return;
    // The step's text in place (blank where YAML's quoting is), read as shell words that know their places.
    const [start, end] = run.range!;
    const view = Array<string>(end - start).fill(" ");
    if (!placeHeld(text, run, (at, c) => (view[at - start] = c))) {
      const inline = [...shellCommands(run.value as string)].map(inlineCode).find((code) => code !== undefined);
      if (inline) throw unplaced(inline.grammar);
      return;
    }
    for (const words of placedCommands(view.join(""))) {
      const code = inlineCode(words.map((w) => w.text));
      if (!code) continue;
      const word = words[code.word]!;
      for (let k = code.from; k < word.text.length; k++) put(code.grammar, start + word.at[k]!, word.text[k]!);
      // A `;` after it (in place of its closing quote): the next command's code may follow on the same line.
      const last = word.text.trimEnd().length - 1;
      const after = start + word.at[last]! + 1;
      if (last >= code.from && word.text[last] !== ";" && !/[\r\n]/.test(text[after] ?? "\n")) put(code.grammar, after, ";");
    }
  };
  const walked = new Map<unknown, Set<string | undefined>>();
  const walk = (list: unknown, shell: string | undefined, matrix?: unknown) => {
    const seq = deref(list);
    if (!YAML.isSeq(seq)) return;
    const shells = walked.get(seq) ?? walked.set(seq, new Set()).get(seq)!;
    if (shells.has(shell)) return;
    shells.add(shell);
    for (const item of seq.items) {
      const run = get(item, "run");
      if (!YAML.isScalar(run) || typeof run.value !== "string" || !run.range || done.has(run)) continue;
      done.add(run);
      step(run, string(get(item, "shell")) ?? shell, matrix);
    }
  };
  const root = doc.contents;
  const workflowShell = string(get(root, "defaults", "run", "shell"));
  const jobs = get(root, "jobs");
  if (YAML.isMap(jobs))
    for (const { value: job } of jobs.items) {
      const matrix = get(job, "strategy", "matrix");
      walk(get(job, "steps"), string(get(job, "defaults", "run", "shell")) ?? workflowShell, YAML.isNode(matrix) ? matrix.toJS(doc) : undefined);
    }
  walk(get(root, "runs", "steps"), undefined);
}

/**
 * How a step's text runs with its shell (undefined: GitHub's default, bash): "shell" (its text is commands), a
 * language (its text is that program), or undefined (another program's: `perl {0}`). A shell given by an expression
 * is each value the job's matrix lists for it (`${{ matrix.shell }}`, `include` entries too); one whose values are
 * both shells and programs, or any other expression, is Unreadable: GitHub picks the program as the job runs.
 */
export function stepRuns(shell: string | undefined, matrix: unknown): "shell" | Grammar | undefined {
  const choices = shell === undefined ? [undefined] : shellChoices(shell, matrix);
  if (!choices) throw new Unreadable("a step's shell is an expression (`${{ … }}`) that is not one of its matrix's values, so what its text runs as is not known");
  const runs = [...new Set(choices.map((c) => (c === undefined || SHELLS.test(c) ? "shell" : programShell(c))))];
  if (runs.length > 1 && runs.some((r) => r !== "shell" && r !== undefined)) throw new Unreadable("a step's shell is chosen from its matrix among a shell and a program, so what its text runs as is not one language");
  return runs.includes("shell") ? "shell" : runs[0];
}

/** The values `${{ matrix.NAME }}` takes (the job's `strategy.matrix`, read as data); undefined for another expression. */
function shellChoices(shell: string, matrix: unknown): string[] | undefined {
  if (!shell.includes("${{")) return [shell];
  const name = /^\s*\$\{\{\s*matrix\.([\w-]+)\s*\}\}\s*$/.exec(shell)?.[1];
  if (!name || typeof matrix !== "object" || matrix === null || Array.isArray(matrix)) return undefined;
  const table = matrix as Record<string, unknown>;
  const listed = Array.isArray(table[name]) ? (table[name] as unknown[]) : [];
  const included = Array.isArray(table.include) ? (table.include as unknown[]).map((i) => (typeof i === "object" && i !== null ? (i as Record<string, unknown>)[name] : undefined)).filter((v) => v !== undefined) : [];
  const values = [...listed, ...included];
  return values.length > 0 && values.every((v): v is string => typeof v === "string" && !v.includes("${{")) ? values : undefined;
}

/** Shells whose `run:` text is read as commands (GitHub's keywords, or a custom shell's command: `bash -e {0}`). */
export const SHELLS = /^(?:bash|sh|pwsh|powershell|cmd)\b/;

/**
 * Gives `put` a step's text at its own place: a block scalar's lines after its header, as written (their
 * indentation too: the parsers read an indented block as the code); a plain scalar as written; a quoted one without
 * its quotes, an escape's backslash (or a single-quoted scalar's doubled quote) a blank. False when a double-quoted
 * scalar holds an escape standing for a line break or another character (`\n`, `\x41`), which no copy in place
 * reads as Python or Node would.
 */
function placeHeld(text: string, code: YAML.Scalar, put: (at: number, c: string) => void): boolean {
  const [start, end] = code.range!;
  switch (code.type) {
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED":
      for (let at = text.indexOf("\n", start) + 1; at > 0 && at < end; at++) put(at, text[at]!);
      return true;
    case "QUOTE_SINGLE":
      for (let at = start + 1; at < end - 1; at++) {
        if (text[at] === "'" && text[at + 1] === "'") at++;
        put(at, text[at]!);
      }
      return true;
    case "QUOTE_DOUBLE":
      for (let at = start + 1; at < end - 1; at++) {
        if (text[at] !== "\\") put(at, text[at]!);
        else if (/^[\s"\\/]$/.test(text[at + 1] ?? "")) put(++at, text[at]!);
        else if (text[at + 1] === "t") put(++at, " ");
        else return false;
      }
      return true;
    default:
      for (let at = start; at < end; at++) put(at, text[at]!);
      return true;
  }
}

/**
 * The texts a workflow or composite action (`path`) is scanned as, one per language its steps' code is in: each the
 * file's length and line breaks with only that language's code in place, so a finding's line and column are the
 * file's. Empty for any other file, or one holding no code (a file a command runs whole is scanned whole).
 */
export function heldCodeTexts(path: string, text: string): Map<Grammar, string> {
  const texts = new Map<Grammar, string>();
  if (!holdsSteps(path)) return texts;
  const chars = new Map<Grammar, string[]>();
  try {
    const read = yamlRead(text);
    if (!read) return texts;
    heldCode(read.doc, text, (grammar, at, c) => {
      let held = chars.get(grammar);
      if (!held) chars.set(grammar, (held = text.split("").map((c) => (c === "\n" || c === "\r" ? c : " "))));
      held[at] = c;
    });
  } catch (e) {
    // launchedFiles reported it (scan/skipped-file), and did not judge it as code.
    if (e instanceof Unreadable) return texts;
    throw e;
  }
  for (const [grammar, held] of chars) texts.set(grammar, held.join(""));
  return texts;
}
