import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { repeatedKeyIn } from "../kernel/source/json-keys";
import { EVENT_PAYLOADS, type LedgerEvent, ledgerEnvelopeSchema, type UnsealedEvent } from "./schema";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** RFC 8785 canonical JSON; `canonicalize` returns undefined only for undefined input. */
export function canonicalJson(value: unknown): string {
  return canonicalize(value) ?? "null";
}

/** The hash an event must carry: sha256 of the canonical JSON of every field but `hash` (`idempotency` only when present, so older events keep their hash). */
export function eventHash(event: UnsealedEvent | LedgerEvent): string {
  const { seq, type, at, actor, payload, prev, idempotency } = event;
  return sha256Hex(canonicalJson({ seq, type, at, actor, payload, prev, ...(idempotency && { idempotency }) }));
}

export function sealEvent(event: UnsealedEvent): LedgerEvent {
  return { ...event, hash: eventHash(event) } as LedgerEvent;
}

/** The exact bytes an event occupies in the file (one line, newline included). */
export function eventLine(event: LedgerEvent): string {
  return JSON.stringify(event) + "\n";
}

/** Why an event would not read back as a well-formed ledger line (the reader's own check), if it would not. */
export function unreadableEvent(event: LedgerEvent): string | undefined {
  const entry: LedgerLine = { line: 1, offset: 0, text: JSON.stringify(event) };
  parseLine(entry);
  return entry.problem;
}

export interface LedgerLine {
  /** 1-based line number in the file. */
  line: number;
  /** Character offset of the line's start in the text. */
  offset: number;
  text: string;
  event?: LedgerEvent;
  /** Why the line is not a well-formed event. */
  problem?: string;
}

export interface ParsedLedger {
  lines: LedgerLine[];
  /** Well-formed events in file order (torn tail and malformed lines excluded). */
  events: LedgerEvent[];
  /** The last line when the file does not end with a newline: an append that did not finish. */
  torn?: { line: number; offset: number; text: string };
}

const MAX_LINE_CHARS = 4 * 1024 * 1024;

/**
 * Split a ledger file into lines and parse each; never throws. `from` continues a file: the text is what
 * follows the given number of whole lines and characters (a ledger that grew).
 */
export function parseLedger(text: string, from: { lines: number; chars: number } = { lines: 0, chars: 0 }): ParsedLedger {
  const lines: LedgerLine[] = [];
  const events: LedgerEvent[] = [];
  let torn: ParsedLedger["torn"];
  let offset = 0;
  let n = from.lines;
  while (offset < text.length) {
    n++;
    const nl = text.indexOf("\n", offset);
    if (nl < 0) {
      torn = { line: n, offset: from.chars + offset, text: text.slice(offset) };
      break;
    }
    const lineText = text.slice(offset, nl);
    const entry: LedgerLine = { line: n, offset: from.chars + offset, text: lineText };
    parseLine(entry);
    if (entry.event) events.push(entry.event);
    lines.push(entry);
    offset = nl + 1;
  }
  return { lines, events, torn };
}

export function parseLine(entry: LedgerLine): void {
  if (entry.text.length > MAX_LINE_CHARS) {
    entry.problem = `line is ${entry.text.length} characters; events are at most ${MAX_LINE_CHARS}`;
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(entry.text);
  } catch (e) {
    entry.problem = `not JSON (${(e as Error).message})`;
    return;
  }
  const envelope = ledgerEnvelopeSchema.safeParse(data);
  const parsed = envelope.success ? EVENT_PAYLOADS[envelope.data.type].safeParse(envelope.data.payload) : envelope;
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = [...(envelope.success ? ["payload"] : []), ...issue.path];
    entry.problem = `not a ledger event: ${path.length ? path.join(".") + ": " : ""}${issue.message}`;
    return;
  }
  const twice = repeatedKeyIn(data, entry.text);
  if (twice) {
    entry.problem = `${JSON.stringify(twice.name)} is named twice (JSON.parse keeps the last copy, other readers the first)`;
    return;
  }
  // RFC 8785 has no text for a lone surrogate (`"\ud800"` is JSON but not Unicode): such an event has no hash to check.
  if (SURROGATE_ESCAPE.test(entry.text) && !hashable(data)) {
    entry.problem = "a string holds a lone surrogate (an escape such as \\ud800 without its pair): the event cannot be hashed";
    return;
  }
  // The schemas are strict and transform nothing: the checked input is the event (no copies of 100k objects).
  entry.event = data as LedgerEvent;
}

/** An escaped UTF-16 surrogate: JSON.parse turns an unpaired one into a string canonical JSON refuses. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;

function hashable(value: unknown): boolean {
  try {
    canonicalJson(value);
    return true;
  } catch {
    return false;
  }
}

export type ChainBreak =
  | { kind: "edited"; seq: number; line: number }
  | { kind: "seq"; seq: number; expected: number; line: number }
  | { kind: "prev"; seq: number; line: number };

/**
 * Check the hash chain of well-formed events: each hash matches its content (else: edited), seq runs
 * 1..n (a gap: deleted; a step back: reordered or inserted), each prev is the previous hash.
 */
export function checkChain(lines: readonly LedgerLine[]): ChainBreak[] {
  const chain = chainChecker();
  return lines.flatMap((l) => chain(l));
}

/** checkChain one line at a time (a ledger read in pieces): the breaks this line makes. */
export function chainChecker(): (line: LedgerLine) => ChainBreak[] {
  let expectedSeq = 1;
  let prevHash = "";
  return (l) => {
    const e = l.event;
    if (!e) return [];
    const breaks: ChainBreak[] = [];
    if (eventHash(e) !== e.hash) breaks.push({ kind: "edited", seq: e.seq, line: l.line });
    if (e.seq !== expectedSeq) breaks.push({ kind: "seq", seq: e.seq, expected: expectedSeq, line: l.line });
    else if (e.prev !== prevHash) breaks.push({ kind: "prev", seq: e.seq, line: l.line });
    expectedSeq = e.seq + 1;
    prevHash = e.hash;
    return breaks;
  };
}
