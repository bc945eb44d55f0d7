import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { eventLine, parseLedger, type ParsedLedger, sealEvent, unreadableEvent } from "./chain";
import { fsyncDir, lastLineOf, readRange } from "./file-io";
import { applyEvent } from "./apply";
import { foldEvents } from "./fold";
import { loadRun, snapshotRun } from "./load-run";
import { acquireLock, releaseLock } from "./lock";
import { remember } from "./lru";
import { refuse, type Refusal } from "./refusal";
import { ledgerExists, runFile, RUNS_DIR } from "./run-files";
import { type Idempotency, type LedgerEvent, type RunState, type UnsealedEvent } from "./schema";

/** Every write to a run's ledger: create it, append under the lock (with the append cache), cut a torn tail. */

/**
 * An event that would not read back (for example an over-long actor or a fractional cost cap) must not be
 * written: the reader would drop it as malformed and every later write to the run would be refused.
 */
function unwritable(event: LedgerEvent): Refusal | undefined {
  const problem = unreadableEvent(event);
  return problem === undefined ? undefined : refuse("BAD_REQUEST", `the ${event.type} event cannot be recorded (${problem})`);
}

/**
 * Write a new run's first event; O_EXCL so an existing run is never overwritten. A keyed start names its
 * run after the key (see startRun), so a retry finds the run its first attempt created.
 */
export function createRun(root: string, first: UnsealedEvent & { type: "run_started" }): { ok: true; run: RunState; event: LedgerEvent } | Refusal {
  const event = sealEvent(first);
  const refusal = unwritable(event);
  if (refusal) return refusal;
  const path = join(root, runFile(first.payload.run_id));
  mkdirSync(dirname(path), { recursive: true });
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST" || !first.idempotency) throw e;
    const existing = loadRun(root, first.payload.run_id)?.parsed.events ?? [];
    if (existing.length === 0) return refuse("FLOW_LEDGER_CONFLICT", `the ledger of ${first.payload.run_id} exists but has no readable first event; run \`flowgate run verify ${first.payload.run_id}\``);
    return replayed(existing, first.idempotency) ?? refuse("FLOW_LEDGER_CONFLICT", `run ${first.payload.run_id} already exists`);
  }
  try {
    writeSync(fd, eventLine(event));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  fsyncDir(dirname(path));
  const run = foldEvents([event]).run!;
  return { ok: true, run: snapshotRun(run), event };
}

interface CachedRun {
  weight?: number;
  ino: number;
  size: number;
  /** The file's last line, newline included: proves the cached prefix is still what is on disk. */
  lastLine: Buffer;
  run: RunState;
}

/** Per-process cache of folded runs, so an append reads only what other writers added since. */
const cache = new Map<string, CachedRun>();

/** The run as on disk, reusing the cache when the file only grew by whole, well-formed lines. */
function currentRun(path: string, fd: number, runId: string): { run: RunState; size: number } | Refusal {
  const { ino, size } = fstatSync(fd);
  const cached = cache.get(path);
  if (cached && cached.ino === ino && size >= cached.size) {
    const tail = readRange(fd, cached.size - cached.lastLine.length, size - cached.size + cached.lastLine.length);
    if (tail.subarray(0, cached.lastLine.length).equals(cached.lastLine)) {
      const added = tail.subarray(cached.lastLine.length);
      if (added.length === 0) return { run: cached.run, size };
      const parsed = parseLedger(added.toString("utf8"));
      const fine = !parsed.torn && parsed.lines.every((l) => l.event) && extendsChain(cached.run, parsed.events);
      if (fine) {
        for (const e of parsed.events) applyEvent(cached.run, e);
        cached.size = size;
        cached.lastLine = lastLineOf(tail);
        return { run: cached.run, size };
      }
    }
  }
  cache.delete(path);
  const whole = readRange(fd, 0, size);
  const parsed = parseLedger(whole.toString("utf8"));
  const damage = ledgerDamage(runId, parsed);
  if (damage) return damage;
  const { run } = foldEvents(parsed.events);
  if (!run || !extendsChain(undefined, parsed.events)) return refuse("FLOW_LEDGER_CONFLICT", `the ledger of ${runId} has a broken chain; run \`flowgate run verify ${runId}\``);
  remember(cache, path, { ino, size, lastLine: lastLineOf(whole), run }, run.events.length);
  return { run, size };
}

function extendsChain(run: RunState | undefined, events: readonly LedgerEvent[]): boolean {
  let { seq, hash } = run?.head ?? { seq: 0, hash: "" };
  for (const e of events) {
    if (e.seq !== seq + 1 || e.prev !== hash) return false;
    ({ seq, hash } = e);
  }
  return true;
}

/** Why a parsed ledger must not be appended to: a torn tail or a malformed line would be merged or buried. */
export function ledgerDamage(runId: string, parsed: ParsedLedger): Refusal | undefined {
  if (parsed.torn) {
    return refuse("FLOW_LEDGER_CONFLICT", `the ledger of ${runId} ends with a torn line (line ${parsed.torn.line}); run \`flowgate run repair ${runId}\` first`);
  }
  const bad = parsed.lines.find((l) => !l.event);
  if (bad) return refuse("FLOW_LEDGER_CONFLICT", `line ${bad.line} of the ledger of ${runId} is damaged (${bad.problem}); run \`flowgate run verify ${runId}\``);
  return undefined;
}

/**
 * The first write made with this idempotency key, as it answered then (the event and the run as of that
 * event); the same key on a different request is refused. Undefined when the key was never used.
 */
export function replayed(events: readonly LedgerEvent[], idempotency: Idempotency): { ok: true; run: RunState; event: LedgerEvent } | Refusal | undefined {
  const at = events.findIndex((e) => e.idempotency?.key === idempotency.key);
  if (at < 0) return undefined;
  const event = events[at]!;
  if (event.idempotency!.request_hash !== idempotency.request_hash) {
    return refuse("FLOW_IDEMPOTENCY_KEY_REUSED", `idempotency key ${JSON.stringify(idempotency.key)} was already used for a different request (seq ${event.seq}, ${event.type}); use a new key`);
  }
  return { ok: true, run: foldEvents(events.slice(0, at + 1)).run!, event };
}

export interface AppendOptions {
  actor: string;
  /** A retried write with the same key returns its first result instead of appending again. */
  idempotency?: Idempotency;
  /** The seq the caller expects its event to get (its view's head + 1); a stale view is a conflict. */
  expectedSeq?: number;
  now?: () => Date;
}

/** What an operation decides on the fresh state under the lock: an event body, nothing to write, or a refusal. */
export type Decision<T> = { type: LedgerEvent["type"]; payload: unknown; result?: T } | { noop: true; result?: T } | Refusal;

export type Appended<T> = { ok: true; run: RunState; event?: LedgerEvent; result?: T } | Refusal;

/**
 * The one write path: lock the run file, re-read it, check the expected seq, let the operation decide on
 * the fresh state, append one whole line, fsync, unlock.
 */
export async function appendToRun<T>(root: string, runId: string, options: AppendOptions, decide: (run: RunState, at: string) => Decision<T>): Promise<Appended<T>> {
  const path = join(root, runFile(runId));
  if (!ledgerExists(root, runId)) return refuse("unknown_run", `no run ${runId} in ${RUNS_DIR}`);
  let release: () => void;
  try {
    release = await acquireLock(path);
  } catch (e) {
    return refuse("FLOW_LEDGER_CONFLICT", `could not lock the ledger of ${runId}: ${(e as Error).message}`);
  }
  try {
    const fd = openSync(path, "r+");
    try {
      const current = currentRun(path, fd, runId);
      if ("ok" in current) return current;
      const { run } = current;
      // Before the seq check: a retry's expected seq went stale with its own first write.
      const again = options.idempotency && replayed(run.events, options.idempotency);
      if (again) return again;
      const next = run.head.seq + 1;
      if (options.expectedSeq !== undefined && options.expectedSeq !== next) {
        return refuse("FLOW_LEDGER_CONFLICT", `run ${runId} changed: expected to write seq ${options.expectedSeq}, the ledger is at seq ${run.head.seq}; re-read and retry`);
      }
      // Never earlier than the event before: a clock stepping back must not reorder the history in time.
      const now = (options.now?.() ?? new Date()).toISOString();
      const at = Date.parse(now) < Date.parse(run.updated_at) ? new Date(Date.parse(run.updated_at)).toISOString() : now;
      const decision = decide(run, at);
      if ("ok" in decision) return decision;
      if ("noop" in decision) return { ok: true, run: snapshotRun(run), result: decision.result };
      const event = sealEvent({ seq: next, type: decision.type, at, actor: options.actor, payload: decision.payload, prev: run.head.hash, ...(options.idempotency && { idempotency: options.idempotency }) } as UnsealedEvent);
      const refusal = unwritable(event);
      if (refusal) return refusal;
      const line = Buffer.from(eventLine(event), "utf8");
      const end = fstatSync(fd).size;
      // Belt and braces: if the lock was taken over (a holder blocked past LOCK_STALE_MS) and someone
      // appended meanwhile, this event would repeat a seq; refuse instead, the caller can retry.
      if (end !== current.size) {
        cache.delete(path);
        return refuse("FLOW_LEDGER_CONFLICT", `run ${runId} changed while this write was being decided; re-read and retry`);
      }
      writeSync(fd, line, 0, line.length, end);
      fsyncSync(fd);
      applyEvent(run, event);
      const cached = cache.get(path);
      if (cached) {
        cached.size = end + line.length;
        cached.lastLine = line;
        remember(cache, path, cached, run.events.length);
      }
      return { ok: true, run: snapshotRun(run), event, result: decision.result };
    } finally {
      closeSync(fd);
    }
  } finally {
    releaseLock(release);
  }
}

export interface TornTail {
  /** Byte offset where the torn line starts. */
  offset: number;
  bytes: number;
  text: string;
}

/** The bytes after the last newline, if any: an append that did not finish. */
export function tornTailOf(root: string, runId: string): TornTail | undefined {
  const buf = readFileSync(join(root, runFile(runId)));
  if (buf.length === 0 || buf[buf.length - 1] === 0x0a) return undefined;
  const offset = buf.lastIndexOf(0x0a) + 1;
  return { offset, bytes: buf.length - offset, text: buf.subarray(offset).toString("utf8") };
}

/**
 * Move a torn tail aside into `<run_id>.jsonl.torn` (appending, so earlier rescues are kept) and cut it
 * from the ledger, under the lock. The ledger keeps every whole line; nothing is discarded.
 */
export async function moveTornTail(root: string, runId: string): Promise<{ ok: true; torn?: TornTail; tornFile?: string } | Refusal> {
  const path = join(root, runFile(runId));
  if (!ledgerExists(root, runId)) return refuse("unknown_run", `no run ${runId} in ${RUNS_DIR}`);
  const release = await acquireLock(path);
  try {
    const torn = tornTailOf(root, runId);
    if (!torn) return { ok: true };
    const tornFile = `${runFile(runId)}.torn`;
    const aside = openSync(join(root, tornFile), "a");
    try {
      writeSync(aside, torn.text + "\n");
      fsyncSync(aside);
    } finally {
      closeSync(aside);
    }
    // Rewrite via a temp file + rename so a crash here leaves either the old or the repaired ledger.
    const whole = readFileSync(path);
    const tmp = `${path}.repair-${process.pid}`;
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, whole.subarray(0, torn.offset));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    fsyncDir(dirname(path));
    cache.delete(path);
    return { ok: true, torn, tornFile };
  } finally {
    releaseLock(release);
  }
}
