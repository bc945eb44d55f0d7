import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Finding } from "../kernel/findings";
import type { SourceLimits } from "../kernel/limits";
import { compareFiles } from "./check";
import type { GoldenOptions } from "./config";
import type { GoldenResult } from "./golden";
import { verifyIntegrity } from "./integrity";
import { loadBundleFile, toFinding } from "./load";

export type AcceptResult =
  | { ok: false; problems: Finding[] }
  | { ok: true; outcome: "created" }
  | { ok: true; outcome: "unchanged" }
  | { ok: true; outcome: "updated"; changes: number; result?: GoldenResult };

/**
 * Accept the current bundle as the golden, as `flowgate golden --update` does (the CLI and the editor's
 * "Accept as Golden" both call this): a bundle that does not verify is refused with its problems; a
 * golden is created, left as it is when nothing changed, or overwritten with the bundle's exact text.
 * Paths are relative to `root`. A write error is thrown (the caller says which file).
 */
export function acceptGolden(root: string, current: string, golden: string, options: GoldenOptions, limits: SourceLimits): AcceptResult {
  const loaded = loadBundleFile(resolve(root, current), current, limits);
  const problems = loaded.bundle ? verifyIntegrity(loaded.bundle, loaded.data).map((p) => toFinding(loaded, p)) : loaded.findings;
  if (problems.length > 0) return { ok: false, problems };
  const text = loaded.locator.text;
  const target = resolve(root, golden);
  if (!existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    return { ok: true, outcome: "created" };
  }
  const { result } = compareFiles(root, current, golden, options, limits);
  if (result?.passed && readFileSync(target, "utf8") === text) return { ok: true, outcome: "unchanged" };
  writeFileSync(target, text);
  return { ok: true, outcome: "updated", changes: result ? result.dimensions.reduce((n, d) => n + d.changes.length, 0) : 0, result };
}
