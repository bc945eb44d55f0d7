/**
 * Reads the scanned root's tsconfig.json (else jsconfig.json) for its `paths`/`baseUrl` aliases
 * (core/scan/aliases.ts). Only the root's file (no `extends`), never through a link leading out of the
 * workspace, at most MAX_CONFIG_BYTES; a malformed file gives no aliases. Kept apart from aliases.ts so
 * the scan worker's bundle does not load a JSON-with-comments parser it never uses.
 */
import { join } from "node:path";
import { parse as parseJsonc } from "jsonc-parser";
import { unsafeReason } from "../kernel/workspace";
import { type PathAliases, aliasesOf } from "./aliases";
import { readSource } from "./scan";

const MAX_CONFIG_BYTES = 1024 * 1024;

/** The aliases of the root's tsconfig.json (else jsconfig.json), or undefined when neither sets paths or baseUrl. */
export function readPathAliases(root: string): PathAliases | undefined {
  for (const name of ["tsconfig.json", "jsconfig.json"]) {
    if (unsafeReason(root, name)) continue;
    const text = readSource(join(root, name), MAX_CONFIG_BYTES);
    if (typeof text !== "string") continue;
    return aliasesOf(parseJsonc(text, [], { allowTrailingComma: true }));
  }
  return undefined;
}

