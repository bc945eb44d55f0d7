import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { WASM_FILES } from "../../core/scan/parser";
import { REPO } from "./cli";

// Top-level entries a staged copy never needs (what is packaged is filtered by .vscodeignore and .npmignore, as in a release).
const NOT_STAGED = new Set(["node_modules", ".git", ".cache", "dist", "build", "test-output", "flowgate.vsix"]);

/**
 * A copy of the repository sharing its node_modules, for steps that build into dist/ (`npm run package`,
 * the release script): the repository's committed dist/ is never rewritten under other tests reading it.
 */
export function stagedCopy(prefix: string): string {
  const stage = mkdtempSync(join(tmpdir(), prefix));
  cpSync(REPO, stage, { recursive: true, filter: (source) => !NOT_STAGED.has(relative(REPO, source)) });
  symlinkSync(join(REPO, "node_modules"), join(stage, "node_modules"), "dir");
  return stage;
}

/** The parser runtime and grammars every package ships (under `prefix`), in sorted order. */
export function grammars(prefix: string): string[] {
  return WASM_FILES.map((f) => prefix + f).sort();
}
