import { setFlagsFromString } from "node:v8";

/**
 * How much code runs before V8 recompiles it with its optimizing compiler. At V8's defaults a Flowgate run
 * optimizes far more than it then runs: a gate over a few files spent a quarter of its CPU optimizing
 * tree-sitter's query compiler and the grammars' large lexers, and a tenth optimizing JavaScript (YAML, schema and
 * analysis code) it leaves soon after. Raised, hot loops are still optimized, later (bench/RESULTS.md).
 * WebAssembly: a rough count of bytes executed (default 1,800,000 in Node 20, 13,000,000 in Node 24). JavaScript: the
 * bytecode budget a function spends before V8 considers optimizing it (default 67,584).
 */
const WASM_TIERING_BUDGET = 180_000_000;
const JS_INTERRUPT_BUDGET = 1_000_000;
/**
 * Node 20's V8 (11.3) spends a bytecode budget; later V8s tier by invocation counts and have no such flag (setting it
 * prints an error: the Action runs on Node 24), and raising their counts showed no gain on `check examples` (Node 24).
 */
const SPENDS_INTERRUPT_BUDGET = process.versions.v8.startsWith("11.3.");

/**
 * For the processes Flowgate owns (the CLI, the Action, the language server; never an editor's extension host,
 * whose other extensions share the flags): V8 flags are per process, read as code compiles, so they are set first.
 */
export function optimizeLate(): void {
  setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
  if (SPENDS_INTERRUPT_BUDGET) setFlagsFromString(`--interrupt-budget=${JS_INTERRUPT_BUDGET}`);
}
