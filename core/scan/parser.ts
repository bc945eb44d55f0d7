import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Language, Parser } from "@vscode/tree-sitter-wasm";
import type { ScanLanguage } from "./specs";

/** The grammar a file is parsed with, by extension; undefined = not a scanned language. */
export type Grammar = "python" | "javascript" | "typescript" | "tsx";

const GRAMMAR_OF_EXTENSION: Record<string, Grammar> = {
  py: "python",
  pyi: "python",
  // A script run with pythonw on Windows, where `import` loads it too.
  pyw: "python",
  // A path configuration file: `site` runs its lines starting with `import` (python-comments.ts pthImportLines).
  pth: "python",
  // pdb's start-up commands, read from the working folder: lines naming no command run as Python (python-comments.ts pdbrcLines).
  pdbrc: "python",
  js: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  jsx: "javascript",
  ts: "typescript",
  mts: "typescript",
  cts: "typescript",
  tsx: "tsx",
};

export function grammarOf(path: string): Grammar | undefined {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? undefined : GRAMMAR_OF_EXTENSION[path.slice(dot + 1).toLowerCase()];
}

/** A Jupyter notebook by its name: scanned as the Python its code cells make (notebook.ts). */
export const NOTEBOOK_FILE = /\.ipynb$/i;

/** The grammar a scanned file is read with: its extension's, or Python for a notebook (its code cells: notebook.ts). */
export function sourceGrammar(path: string): Grammar | undefined {
  return grammarOf(path) ?? (NOTEBOOK_FILE.test(path) ? "python" : undefined);
}

/** A file whose imports resolve as Python's: a module, or a notebook (its cells run from its folder). */
export function importsAsPython(path: string): boolean {
  return path.endsWith(".py") || NOTEBOOK_FILE.test(path);
}

/** A TypeScript declaration file (`*.d.ts`, `*.d.mts`, `*.d.cts`). */
export const DECLARATION_FILE = /\.d\.[cm]?ts$/;

/** The commands that run a file as one of the scanned languages (a `#!` line's, a command line's), by name. */
const RUNNER_GRAMMAR: Record<string, Grammar> = { node: "javascript", nodejs: "javascript", bun: "javascript", deno: "typescript", "ts-node": "typescript", tsx: "typescript" };

/** The grammar a command runs its file as: `python3.11`, `pypy3`, `node`, `deno`; undefined for any other command. */
export function runnerGrammar(command: string): Grammar | undefined {
  return /^(?:i?python|pypy)[\d.]*$/.test(command) ? "python" : Object.hasOwn(RUNNER_GRAMMAR, command) ? RUNNER_GRAMMAR[command] : undefined;
}

/**
 * The grammar of a script without an extension, by what its `#!` line runs (`#!/usr/bin/env python3`,
 * `#!/usr/bin/node`, `#!/usr/bin/env -S deno run`); undefined for any other file (a shell script).
 */
export function scriptGrammar(head: string): Grammar | undefined {
  if (!head.startsWith("#!")) return undefined;
  for (const word of head.slice(2).split("\n", 1)[0]!.split(/\s+/)) {
    const grammar = runnerGrammar(word.slice(word.lastIndexOf("/") + 1));
    if (grammar) return grammar;
  }
  return undefined;
}

/** Bytes read from the top of an extensionless file for its `#!` line. */
export const SHEBANG_BYTES = 256;

/** A file name without an extension (`bin/agent`), which may be a script named by its `#!` line. */
export function extensionless(path: string): boolean {
  return !path.slice(path.lastIndexOf("/") + 1).includes(".");
}

/** The extension a grammar's files have (an include glob is matched against a script's path with it). */
export const EXTENSION_OF_GRAMMAR: Record<Grammar, string> = { python: ".py", javascript: ".js", typescript: ".ts", tsx: ".tsx" };

export function languageOf(grammar: Grammar): ScanLanguage {
  return grammar === "python" ? "python" : "javascript";
}

export const WASM_FILES = ["tree-sitter.wasm", "tree-sitter-python.wasm", "tree-sitter-javascript.wasm", "tree-sitter-typescript.wasm", "tree-sitter-tsx.wasm"];

/**
 * Where the .wasm files are: next to the running bundle (dist/wasm, copied by scripts/build.mjs),
 * else the installed package (running from sources).
 */
export function wasmDir(): string {
  const bundled = join(__dirname, "wasm");
  if (existsSync(join(bundled, "tree-sitter.wasm"))) return bundled;
  const require = createRequire(join(__dirname, "noop.js"));
  return join(dirname(require.resolve("@vscode/tree-sitter-wasm/package.json")), "wasm");
}

export const GRAMMARS: readonly Grammar[] = ["python", "javascript", "typescript", "tsx"];

export interface Grammars {
  parser: Parser;
  /** Filled in as grammars load; a grammar asked for by loadGrammars() is present once it resolves. */
  languages: Partial<Record<Grammar, Language>>;
}

let runtime: Promise<{ parser: Parser; dir: string }> | undefined;
const languageLoads = new Map<Grammar, Promise<Language>>();
const languages: Partial<Record<Grammar, Language>> = {};

/**
 * Load the runtime once per thread, and each grammar the first time it is wanted (compiling a grammar's
 * WASM costs real time: a tree of JavaScript only never loads the TypeScript and Python grammars).
 */
export async function loadGrammars(wanted: readonly Grammar[] = GRAMMARS, from?: string): Promise<Grammars> {
  runtime ??= (async () => {
    const dir = from ?? wasmDir();
    await Parser.init({ locateFile: (file: string) => join(dir, file) });
    return { parser: new Parser(), dir };
  })();
  runtime.catch(() => (runtime = undefined));
  const { parser, dir } = await runtime;
  await Promise.all(
    wanted.map((grammar) => {
      let load = languageLoads.get(grammar);
      if (!load) {
        load = Language.load(new Uint8Array(readFileSync(join(dir, `tree-sitter-${grammar}.wasm`)))).then((language) => (languages[grammar] = language));
        languageLoads.set(grammar, load);
        load.catch(() => languageLoads.delete(grammar));
      }
      return load;
    }),
  );
  return { parser, languages };
}
