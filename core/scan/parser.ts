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

export interface Grammars {
  parser: Parser;
  languages: Record<Grammar, Language>;
}

let loading: Promise<Grammars> | undefined;

/** Load the runtime and the four grammars once per thread; every later call reuses them. */
export function loadGrammars(from?: string): Promise<Grammars> {
  loading ??= (async () => {
    const dir = from ?? wasmDir();
    await Parser.init({ locateFile: (file: string) => join(dir, file) });
    const load = (name: string) => Language.load(new Uint8Array(readFileSync(join(dir, `tree-sitter-${name}.wasm`))));
    const [python, javascript, typescript, tsx] = await Promise.all([load("python"), load("javascript"), load("typescript"), load("tsx")]);
    return { parser: new Parser(), languages: { python, javascript, typescript, tsx } };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
