import { randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { LEDGER_DIR } from "./policy";
import { type Skipped, entryAt, unsafeReason } from "../kernel/workspace";
import { FLOW_RUN_ID_RE } from "./schema";

/** Where run ledgers live, how they and the ids in them are named, and which exist. */

export const RUNS_DIR = `${LEDGER_DIR}/runs`;

export function runFile(runId: string): string {
  return `${RUNS_DIR}/${runId}.jsonl`;
}

export function newId(prefix: string, hexChars: number): string {
  return prefix + randomBytes(Math.ceil(hexChars / 2)).toString("hex").slice(0, hexChars);
}

/**
 * Whether a run's ledger exists: a well-formed run id (a malformed one, `../../x` or `run-BAD!`, names no
 * run and never becomes a path) and a regular file. A directory of that name made every reader and writer
 * fail with EISDIR, and a symlink (`run_x.jsonl → ~/.git-credentials` in a pull request) had `run verify`
 * quote the target's lines; `flowgate check` (walkFiles) never followed either.
 */
export function ledgerExists(root: string, runId: string): boolean {
  if (!FLOW_RUN_ID_RE.test(runId)) return false;
  return entryAt(join(root, runFile(runId)), "kept")?.isFile() === true && unsafeReason(root, RUNS_DIR) === undefined;
}

/** Run ids with a ledger file in the workspace, sorted (none when the runs folder is a link out of the workspace). */
export function listRunIds(root: string): string[] {
  const dir = join(root, RUNS_DIR);
  if (!existsSync(dir) || unsafeReason(root, RUNS_DIR)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".jsonl") && FLOW_RUN_ID_RE.test(e.name.slice(0, -6)))
    .map((e) => e.name.slice(0, -6))
    .sort();
}

/** Ledger-named entries of the runs folder that are not read (links, special files), or the folder itself when it links out. */
export function unreadLedgers(root: string): Skipped[] {
  const dirReason = unsafeReason(root, RUNS_DIR);
  if (dirReason) return [{ path: RUNS_DIR, reason: dirReason }];
  const dir = join(root, RUNS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.isFile() && !e.isDirectory() && e.name.endsWith(".jsonl"))
    .map((e) => ({ path: `${RUNS_DIR}/${e.name}`, reason: unsafeReason(root, `${RUNS_DIR}/${e.name}`) ?? "is a symbolic link (ledgers are read only as regular files)" }));
}
