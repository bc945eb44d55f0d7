import { closeSync, fstatSync, openSync } from "node:fs";
import { join } from "node:path";
import { parseLedger, type ParsedLedger } from "./chain";
import { lastLineOf, readRange } from "./file-io";
import { type Fold, foldEvents, foldMore } from "./fold";
import { remember } from "./lru";
import { ledgerExists, runFile } from "./run-files";
import type { RunState } from "./schema";

export interface LoadedRun {
  runId: string;
  /** Workspace-relative path of the ledger. */
  file: string;
  parsed: ParsedLedger;
  fold: Fold;
}

interface ReadCache {
  weight?: number;
  ino: number;
  size: number;
  /** The file's last line, newline included: proves the cached prefix is still what is on disk. */
  lastLine: Buffer;
  chars: number;
  parsed: ParsedLedger;
  fold: Fold;
}

/**
 * Per-process cache of read ledgers: a re-read after others appended parses and folds only the new lines.
 * It trusts that a ledger whose last line is unchanged only grew; `verifyLedger` always reads everything.
 */
const readCache = new Map<string, ReadCache>();

/** Read and fold a run's ledger without locking (readers never block writers). */
export function loadRun(root: string, runId: string): LoadedRun | undefined {
  const path = join(root, runFile(runId));
  if (!ledgerExists(root, runId)) return undefined;
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return undefined;
  }
  try {
    const { ino, size } = fstatSync(fd);
    const entry = grownFrom(readCache.get(path), fd, ino, size) ?? readWhole(fd, ino, size);
    if (entry.lastLine.length > 0) remember(readCache, path, entry, entry.parsed.events.length);
    else readCache.delete(path);
    const { parsed, fold } = entry;
    // Copies: the cached arrays and state keep growing with later reads.
    return {
      runId,
      file: runFile(runId),
      parsed: { lines: [...parsed.lines], events: [...parsed.events], torn: parsed.torn },
      fold: { run: fold.run && snapshotRun(fold.run), illegal: [...fold.illegal] },
    };
  } finally {
    closeSync(fd);
  }
}

function readWhole(fd: number, ino: number, size: number): ReadCache {
  const whole = readRange(fd, 0, size);
  const text = whole.toString("utf8");
  const parsed = parseLedger(text);
  return { ino, size, lastLine: parsed.torn || size === 0 ? Buffer.alloc(0) : lastLineOf(whole), chars: text.length, parsed, fold: foldEvents(parsed.events) };
}

/** The cached read extended by whole lines appended since, or undefined when the file changed otherwise. */
function grownFrom(cached: ReadCache | undefined, fd: number, ino: number, size: number): ReadCache | undefined {
  if (!cached || cached.ino !== ino || size < cached.size || cached.parsed.torn || cached.lastLine.length === 0) return undefined;
  const tail = readRange(fd, cached.size - cached.lastLine.length, size - cached.size + cached.lastLine.length);
  if (!tail.subarray(0, cached.lastLine.length).equals(cached.lastLine)) return undefined;
  const added = tail.subarray(cached.lastLine.length);
  if (added.length === 0) return cached;
  const text = added.toString("utf8");
  const more = parseLedger(text, { lines: cached.parsed.lines.length, chars: cached.chars });
  for (const l of more.lines) cached.parsed.lines.push(l);
  for (const e of more.events) cached.parsed.events.push(e);
  cached.parsed.torn = more.torn;
  foldMore(cached.fold, more.events);
  cached.size = size;
  cached.chars += text.length;
  if (!more.torn) cached.lastLine = lastLineOf(tail);
  return cached;
}

/** A deep copy callers may keep: the cached state keeps changing with later appends. */
export function snapshotRun(run: RunState): RunState {
  return {
    ...run,
    steps: run.steps.map((s) => ({ ...s, evidence: [...s.evidence] })),
    approvals: run.approvals.map((a) => ({ ...a, decisions: [...a.decisions] })),
    consents: run.consents.map((c) => ({ ...c, allowed_lanes: [...c.allowed_lanes] })),
    executions: run.executions.map((e) => ({ ...e })),
    cancelled: run.cancelled && { ...run.cancelled },
    head: { ...run.head },
    events: [...run.events],
  };
}
