import { join } from "node:path";
import { type Finding, type Range, WHOLE_FILE } from "../kernel/findings";
import { filesAtRev, showAtRev } from "../kernel/git";
import { checkChain, type LedgerLine, parseLedger, type ParsedLedger } from "./chain";
import { type Fold, foldEvents } from "./fold";
import * as R from "./rules";
import { FLOW_RUN_ID_RE, type RunState } from "./schema";
import { ledgerExists, listRunIds, RUNS_DIR, runFile, unreadLedgers } from "./run-files";
import { notFollowed } from "../trust/rules";
import { type StreamedVerification, verifyLedgerFile } from "./verify-file";
import { append } from "../kernel/append";

function lineRange(line: LedgerLine | undefined, fallbackLine = 1): Range {
  if (!line) return { line: fallbackLine, column: 1, endLine: fallbackLine, endColumn: 1 };
  return { line: line.line, column: 1, endLine: line.line, endColumn: line.text.length + 1 };
}

export interface LedgerVerification {
  file: string;
  runId: string;
  parsed: ParsedLedger;
  fold: Fold;
  run?: RunState;
  findings: Finding[];
}

/** The run id a ledger path names (`…/.flowgate/runs/<run_id>.jsonl`), if it is one. */
export function runIdOfPath(file: string): string | undefined {
  const m = /(?:^|\/)\.flowgate\/runs\/([^/]+)\.jsonl$/.exec(file);
  return m && FLOW_RUN_ID_RE.test(m[1]!) ? m[1] : undefined;
}

/**
 * Verify one ledger's text: well-formed lines, no torn tail, the hash chain (edits, deletions,
 * reorders, insertions reported with their seq), the file name, and a replay of every transition.
 * With `base`, the base's whole lines must be an exact prefix of the text.
 */
export function verifyLedgerText(file: string, text: string, base?: { text: string; name: string }): LedgerVerification {
  const runId = runIdOfPath(file) ?? file.replace(/^.*\//, "").replace(/\.jsonl$/, "");
  const parsed = parseLedger(text);
  const findings: Finding[] = [];
  const byLine = new Map(parsed.lines.map((l) => [l.line, l]));
  for (const l of parsed.lines) if (!l.event) findings.push(R.malformedLine.at(file, lineRange(l), l.line, l.problem ?? "malformed"));
  if (parsed.torn) {
    const { line, text: tornText } = parsed.torn;
    findings.push(R.tornTail.at(file, { line, column: 1, endLine: line, endColumn: tornText.length + 1 }, runId, Buffer.byteLength(tornText)));
  }
  for (const b of checkChain(parsed.lines)) {
    const at = lineRange(byLine.get(b.line));
    if (b.kind === "edited") findings.push(R.eventEdited.at(file, at, b.seq));
    else if (b.kind === "seq") findings.push(R.eventSequence.at(file, at, b.seq, b.expected));
    else findings.push(R.chainBroken.at(file, at, b.seq));
  }
  const fold = foldEvents(parsed.events);
  const lineOf = new Map(parsed.lines.filter((l) => l.event).map((l) => [l.event!, l]));
  for (const ill of fold.illegal) {
    const l = lineOf.get(ill.event);
    findings.push(R.illegalTransition.at(file, lineRange(l), ill.seq, l?.event?.type ?? "event", ill.code, ill.message));
  }
  if (fold.run && fold.run.run_id !== runId) findings.push(R.runIdMismatch.at(file, lineRange(parsed.lines[0]), file, fold.run.run_id));
  if (base) append(findings, checkPrefix(file, runId, parsed, base, text));
  return { file, runId, parsed, fold, run: fold.run, findings };
}

/** History merged at the base may be extended, never rewritten: the base's whole lines must prefix the file. */
function checkPrefix(file: string, runId: string, current: ParsedLedger, base: { text: string; name: string }, text: string): Finding[] {
  // A ledger the change did not touch (most of them) is its own prefix: its base is not parsed again.
  if (base.text === text) return [];
  const before = parseLedger(base.text).lines;
  for (let i = 0; i < before.length; i++) {
    const was = before[i]!;
    const now = current.lines[i];
    if (!now) {
      const last = current.lines[current.lines.length - 1];
      const seqs = `${before.length - i} event line(s) from line ${was.line} (${was.event ? `seq ${was.event.seq}` : "unparsed"}) on were removed (truncated)`;
      return [R.historyRewritten.at(file, lineRange(last), runId, base.name, seqs)];
    }
    if (now.text !== was.text) {
      const seq = was.event?.seq ?? now.event?.seq;
      return [R.historyRewritten.at(file, lineRange(now), runId, base.name, `line ${now.line}${seq !== undefined ? ` (seq ${seq})` : ""} differs from the base`)];
    }
  }
  return [];
}

export interface VerifyOptions {
  root: string;
  /** Runs to verify (default: every ledger in `<root>/.flowgate/runs`). */
  runIds?: string[];
  /** A git revision: each ledger that exists there must be an exact prefix of the current one. */
  base?: string;
}

export interface VerifyResult {
  findings: Finding[];
  runs: StreamedVerification[];
}

/** `flowgate run verify`: chains, replay, and (with a base) the prefix rule, over a workspace's ledgers. */
export function verifyLedger(options: VerifyOptions): VerifyResult {
  const { root, base } = options;
  const atBase = base ? new Set(filesAtRev(root, base).filter((f) => f.startsWith(`${RUNS_DIR}/`) && f.endsWith(".jsonl"))) : new Set<string>();
  const ids = options.runIds ?? [...new Set([...listRunIds(root), ...[...atBase].map((f) => runIdOfPath(f)).filter((id): id is string => id !== undefined)])].sort();
  const findings: Finding[] = [];
  const runs: StreamedVerification[] = [];
  if (!options.runIds) for (const s of unreadLedgers(root)) findings.push(notFollowed.at(s.path, WHOLE_FILE, s.path, s.reason));
  for (const runId of ids) {
    const file = runFile(runId);
    const path = join(root, file);
    const baseText = base && atBase.has(file) ? showAtRev(root, base, file) : undefined;
    if (!ledgerExists(root, runId)) {
      if (baseText !== undefined) findings.push(R.historyRewritten.at(file, WHOLE_FILE, runId, base!, "the ledger was deleted"));
      continue;
    }
    // Read in pieces: a ledger of a million events verifies in bounded memory.
    const v = verifyLedgerFile(path, file, runId, baseText === undefined ? undefined : { text: baseText, name: base! });
    runs.push(v);
    append(findings, v.findings);
  }
  return { findings, runs };
}
