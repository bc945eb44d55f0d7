import { closeSync, readSync } from "node:fs";
import { openRegularFile } from "../kernel/workspace";
import { StringDecoder } from "node:string_decoder";
import type { Finding, Range } from "../kernel/findings";
import { type ChainBreak, chainChecker, type LedgerLine, parseLine } from "./chain";
import { type Fold, foldMore } from "./fold";
import { stepOf } from "./run-steps";
import * as R from "./rules";
import type { RunState } from "./schema";
import { append } from "../kernel/append";

const CHUNK = 1 << 20;

function lineRange(line: { line: number; length: number } | undefined, fallbackLine = 1): Range {
  if (!line) return { line: fallbackLine, column: 1, endLine: fallbackLine, endColumn: 1 };
  return { line: line.line, column: 1, endLine: line.line, endColumn: line.length + 1 };
}

/** One ledger's verdict without its lines: what `run verify` reports. */
export interface StreamedVerification {
  file: string;
  runId: string;
  /**
   * The folded run; its `events` keeps only the first (run_started), the rest are counted in `events`, and
   * each step's `evidence` only its latest pointer (what the transitions read is `verified`/`evidence_ref`).
   */
  run?: RunState;
  events: number;
  findings: Finding[];
}

/** The base's lines, one at a time (a cursor over git's text of the ledger at the base). */
function baseLines(text: string) {
  let offset = 0;
  return {
    next(): string | undefined {
      const nl = text.indexOf("\n", offset);
      if (nl < 0) return undefined;
      const line = text.slice(offset, nl);
      offset = nl + 1;
      return line;
    },
    /** Whole lines left. */
    left(): number {
      let n = 0;
      for (let i = text.indexOf("\n", offset); i >= 0; i = text.indexOf("\n", i + 1)) n++;
      return n;
    },
  };
}

/**
 * verifyLedgerText's checks — well-formed lines, torn tail, hash chain, replay of every transition, run id,
 * and with `base` the prefix rule — over a ledger file read 1 MB at a time: memory holds one line and the
 * run's state (steps, approvals, consents), not the file or its events, so a ledger of millions of events
 * verifies in bounded memory. Findings, their order and positions are verifyLedgerText's.
 */
export function verifyLedgerFile(path: string, file: string, runId: string, base?: { text: string; name: string }): StreamedVerification {
  const malformed: Finding[] = [];
  const breaks: Finding[] = [];
  const illegal: Finding[] = [];
  let prefix: Finding | undefined;
  const chain = chainChecker();
  const fold: Fold = { illegal: [] };
  let folding = true;
  let events = 0;
  let first: { line: number; length: number } | undefined;
  let last: { line: number; length: number; seq?: number } | undefined;
  const was = base && baseLines(base.text);
  let n = 0;

  const onLine = (text: string, offset: number) => {
    const entry: LedgerLine = { line: ++n, offset, text };
    parseLine(entry);
    const at = { line: entry.line, length: text.length };
    first ??= at;
    last = { ...at, seq: entry.event?.seq };
    if (was && !prefix) {
      const before = was.next();
      if (before !== undefined && before !== text) {
        const b: LedgerLine = { line: n, offset: 0, text: before };
        parseLine(b);
        const seq = b.event?.seq ?? entry.event?.seq;
        prefix = R.historyRewritten.at(file, lineRange(at), runId, base!.name, `line ${n}${seq !== undefined ? ` (seq ${seq})` : ""} differs from the base`);
      }
    }
    if (!entry.event) return void malformed.push(R.malformedLine.at(file, lineRange(at), entry.line, entry.problem ?? "malformed"));
    for (const b of chain(entry) as ChainBreak[]) {
      if (b.kind === "edited") breaks.push(R.eventEdited.at(file, lineRange(at), b.seq));
      else if (b.kind === "seq") breaks.push(R.eventSequence.at(file, lineRange(at), b.seq, b.expected));
      else breaks.push(R.chainBroken.at(file, lineRange(at), b.seq));
    }
    events++;
    if (!folding) return;
    const known = fold.illegal.length;
    foldMore(fold, [entry.event]);
    // A ledger that does not start with run_started is one finding, as in a fold of all its events at once.
    if (!fold.run) folding = false;
    for (const ill of fold.illegal.slice(known)) illegal.push(R.illegalTransition.at(file, lineRange(at), ill.seq, entry.event.type, ill.code, ill.message));
    // The state keeps the run's first event (its pinned flow); the others are not kept (counted in `events`).
    if (fold.run && fold.run.events.length > 1) fold.run.events.length = 1;
    // A step's evidence list is history no check reads: a million pointers on one step are not kept.
    const stepId = (entry.event.payload as { step_id?: unknown } | undefined)?.step_id;
    const step = fold.run && typeof stepId === "string" ? stepOf(fold.run, stepId) : undefined;
    if (step && step.evidence.length > 1) step.evidence.splice(0, step.evidence.length - 1);
  };

  const { fd } = openRegularFile(path);
  const decoder = new StringDecoder("utf8");
  const buffer = Buffer.allocUnsafe(CHUNK);
  let rest = "";
  let chars = 0;
  try {
    for (let got; (got = readSync(fd, buffer, 0, CHUNK, null)) > 0; ) {
      const text = rest + decoder.write(buffer.subarray(0, got));
      let offset = 0;
      for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", offset)) {
        onLine(text.slice(offset, nl), chars + offset);
        offset = nl + 1;
      }
      chars += offset;
      rest = text.slice(offset);
    }
  } finally {
    closeSync(fd);
  }
  rest += decoder.end();

  const findings = [...malformed];
  if (rest) findings.push(R.tornTail.at(file, { line: n + 1, column: 1, endLine: n + 1, endColumn: rest.length + 1 }, runId, Buffer.byteLength(rest)));
  append(findings, breaks, illegal);
  if (fold.run && fold.run.run_id !== runId) findings.push(R.runIdMismatch.at(file, lineRange(first), file, fold.run.run_id));
  if (was && !prefix) {
    const left = was.left();
    if (left > 0) {
      // The base has lines the file lost: name the first of them.
      const line = n + 1;
      const next = was.next()!;
      const b: LedgerLine = { line, offset: 0, text: next };
      parseLine(b);
      prefix = R.historyRewritten.at(file, lineRange(last), runId, base!.name, `${left} event line(s) from line ${line} (${b.event ? `seq ${b.event.seq}` : "unparsed"}) on were removed (truncated)`);
    }
  }
  if (prefix) findings.push(prefix);
  return { file, runId, run: fold.run, events, findings };
}
