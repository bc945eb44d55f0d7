import { closeSync, readFileSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { isObject } from "../data";
import { type Finding, type Range, WHOLE_FILE } from "../kernel/findings";
import { JsonLocator, type Span } from "../evidence/locate";
import { STREAM_ABOVE_BYTES } from "../evidence/stream";
import { StreamSyntaxError, type TopLevelOptions, type TopLevelVisitor, positionsOf, readSpan, streamTopLevel } from "../evidence/stream-json";
import { MAX_SCAN_ITEM_BYTES, ScanDeclined, scanTopLevel } from "../evidence/stream-scan";
import { changedSince, inBatchesAtRev, showAtRev } from "../kernel/git";
import { parseLedger } from "../ledger/index";
import { approvalFileRemoved, approvalWithoutApprover, approvalWithoutReview, approvedByPrAuthor } from "./rules";
import { LineIndex } from "../kernel/source/lines";
import { identityKey, sameIdentity } from "../trust/identity";
import { isLedgerFile } from "../kernel/selectors";
import { entryAt, openRegularFile, unsafeReason } from "../kernel/workspace";
import { decisionOf } from "../evidence/governance";
import { AGENTLEDGER_APPROVAL_EVENT, APPROVAL, GENAI } from "../traces/conventions";
import { OtlpReader, isTraceFile } from "../traces/load";
import { type AttrValue, anyValue, str } from "../traces/span";

/**
 * Approvals committed to a pull request (run ledgers, evidence bundles) judged against the pull request
 * itself: who opened it and who reviewed it on GitHub. A file in the PR cannot vouch for the PR.
 */
/** One approve/deny decision as recorded in a file of the repository. */
export interface ApprovalRecord {
  file: string;
  /** Where the decision (its decider) is written. */
  range: Range;
  approvalId: string;
  decision: "approve" | "deny";
  approver: string;
  riskLevel?: string;
  /** The tool the approval is for (none for a step approval). */
  tool?: string;
}

/** Who a GitHub account is, as far as committed files can name it: its login and the addresses it commits with. */
export interface GitHubIdentity {
  login: string;
  emails?: readonly string[];
}

/** Does an actor string from a ledger or bundle name this GitHub account (its login or an address it commits with)? */
export function isActor(actor: string, who: GitHubIdentity): boolean {
  return Boolean(who.login) && [who.login, ...(who.emails ?? [])].some((name) => sameIdentity(actor, name));
}

/** A reviewer's standing review of a pull request, as GitHub lists it (their latest verdict). */
export interface Review {
  login: string;
  /** GitHub's account type: "User", "Bot", "Organization". */
  type?: string;
  state: string;
  /** The commit the review was made on. */
  commitId?: string;
  /** The reviewer's relation to the repository: OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE… */
  association?: string;
}

/**
 * Associations that come with write access to the repository (others are asked of the permission API): its owner only.
 * MEMBER and COLLABORATOR say how someone relates to the repository, not what they may do in it: an organization member
 * whose base permission is read, an outside collaborator invited with read or triage access.
 */
const WRITE_ASSOCIATIONS = new Set(["OWNER"]);

export function isBotLogin(login: string, type?: string): boolean {
  return type === "Bot" || /\[bot\]$/i.test(login.trim());
}

/**
 * Why a standing review does not vouch for what would be merged, or undefined when it does (write access
 * aside, which may need an API call: see `hasWriteAssociation`). Only the exact head counts: a review of
 * an older commit did not see what came after it, ledger lines included (GitHub's own "dismiss stale
 * approvals" rule); comparing files between the reviewed commit and the head would trust that nothing
 * else the approval was about (the code a tool call runs) changed, which a file list cannot tell.
 */
export function reviewProblem(review: Review, headSha: string, author: GitHubIdentity): string | undefined {
  if (review.state !== "APPROVED") return review.state === "DISMISSED" ? "was dismissed" : "does not approve";
  if (isBotLogin(review.login, review.type)) return "is by a bot";
  if (isActor(review.login, author)) return "is by the pull request's author";
  if (review.commitId !== headSha) return `approves ${review.commitId ? `an older commit (${review.commitId.slice(0, 12)})` : "no known commit"}, not the head`;
  return undefined;
}

export function hasWriteAssociation(review: Review): boolean {
  return review.association !== undefined && WRITE_ASSOCIATIONS.has(review.association.toUpperCase());
}

/**
 * Findings in every mode: approvals granted by no one, and (a denial is not self-serving) approvals
 * decided by the PR's author.
 */
export function judgeNotAuthor(records: readonly ApprovalRecord[], author: GitHubIdentity): Finding[] {
  const findings: Finding[] = [];
  for (const r of records) {
    if (r.decision !== "approve") continue;
    if (identityKey(r.approver) === "") findings.push(approvalWithoutApprover.at(r.file, r.range, r.approvalId));
    else if (isActor(r.approver, author)) findings.push(approvedByPrAuthor.at(r.file, r.range, r.approvalId, r.approver, author.login));
  }
  return findings;
}

/**
 * `approvals: github-reviews`: every approval's approver must be a reviewer who vouches for the head
 * (`vouching`: see reviewProblem), whatever risk the file claims; `exempt` names the approvals the
 * trusted policy lets through without review.
 */
export function judgeGithubReviews(records: readonly ApprovalRecord[], vouching: readonly string[], author: GitHubIdentity, exempt: (r: ApprovalRecord) => boolean = () => false): Finding[] {
  const findings = judgeNotAuthor(records, author);
  for (const r of records) {
    if (r.decision !== "approve" || identityKey(r.approver) === "" || exempt(r)) continue;
    if (!vouching.some((login) => isActor(r.approver, { login }))) findings.push(approvalWithoutReview.at(r.file, r.range, r.approvalId, r.riskLevel ?? "unstated", r.approver));
  }
  return findings;
}

const EVIDENCE_SCHEMA = "agentledger.evidence.v1";

/** Decisions in a run ledger with seq above `skip` (the ledger's last seq at the base: those are merged already). */
export function ledgerApprovals(file: string, text: string, skip = 0): ApprovalRecord[] {
  const { lines, events } = parseLedger(text);
  const requests = new Map<string, { risk: string; tool?: string }>();
  for (const e of events) if (e.type === "approval_requested") requests.set(e.payload.approval_id, { risk: e.payload.risk_level, tool: e.payload.tool ?? undefined });
  const index = new LineIndex(text);
  const out: ApprovalRecord[] = [];
  for (const l of lines) {
    const e = l.event;
    if (e?.type !== "approval_decided" || e.seq <= skip) continue;
    const actorAt = /"actor"\s*:\s*/.exec(l.text);
    const start = l.offset + (actorAt ? actorAt.index + actorAt[0].length : 0);
    const end = actorAt ? start + JSON.stringify(e.actor).length : l.offset + l.text.length;
    const request = requests.get(e.payload.approval_id);
    out.push({ file, range: index.range(start, end), approvalId: e.payload.approval_id, decision: e.payload.decision, approver: e.actor, riskLevel: request?.risk, tool: request?.tool });
  }
  return out;
}

/** A reading of one approval: what it says, and the value (its decider's, else its status's) a finding points at. */
interface Reading {
  at: Span;
  record: Omit<ApprovalRecord, "file" | "range">;
}

/**
 * Every reading of one approval (an item of a bundle's `approvals`) that decides it: APPROVED, with or without a
 * decider, or DENIED with one — by every copy of a twice-named `status` and `approved_by` (JSON.parse keeps the last
 * copy, other readers the first). A decider that is not a string names nobody (as a blank one); a status the format
 * does not have is a claimed approval.
 */
function approvalReadings(locator: JsonLocator, item: Span, index: number): Reading[] {
  const valueOf = (span: Span) => JSON.parse(locator.text.slice(span.value[0], span.value[1])) as unknown;
  const a = valueOf(item);
  if (!isObject(a)) return [];
  const statuses = locator.copies("status", item);
  const deciders = locator.copies("approved_by", item);
  const out = new Map<string, Reading>();
  for (const status of statuses.length ? statuses.map(valueOf) : [undefined]) {
    for (const decider of deciders.length ? deciders : [undefined]) {
      const named = decider && valueOf(decider);
      const approver = typeof named === "string" ? named : "";
      if (status === "PENDING" || (status === "DENIED" && !approver)) continue;
      const decision = status === "DENIED" ? "deny" : "approve";
      const at = (decider && named !== null ? decider : statuses.at(-1)) ?? item;
      out.set(`${decision} ${approver} ${at.value[0]}`, { at, record: { approvalId: stringOf(a.approval_id) ?? `#${index + 1}`, decision, approver, riskLevel: stringOf(a.risk_level), tool: stringOf(a.tool_name) } });
    }
  }
  return [...out.values()];
}

/**
 * Decided approvals in an evidence bundle, judged whatever else is wrong with the bundle — outside `evidence.include`
 * no other check reads it, so a bundle broken elsewhere must not carry an unjudged approval — in every copy of a
 * twice-named `approvals`, each by every reading (approvalReadings).
 */
export function evidenceApprovals(file: string, text: string): ApprovalRecord[] {
  // A bundle past `limits.max-file-bytes` is still a bundle (the evidence check reads larger ones too), so padding one
  // past it must not leave its approvals unjudged: approvalsIn reads it whole up to STREAM_ABOVE_BYTES and streams it
  // above. A byte order mark (which isEvidenceText allows) is read as a space, so that offsets stay the file's.
  const locator = new JsonLocator(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
  const out: ApprovalRecord[] = [];
  for (const copy of locator.copies("approvals")) {
    if (locator.text.charCodeAt(copy.value[0]) !== 0x5b) continue;
    locator.elements(copy).forEach((item, i) => {
      for (const { at, record } of approvalReadings(locator, item, i)) out.push({ file, range: locator.rangeWithin(at, []), ...record });
    });
  }
  return out;
}

/** A bundle too large to read whole, its top level read in one pass: its `schema_version` and where its approvals are. */
function streamedBundle(path: string): { schema: unknown; items: Array<{ span: { start: number; end: number }; index: number }> } {
  let schema: unknown;
  let items: Array<{ span: { start: number; end: number }; index: number }> = [];
  const visitor: TopLevelVisitor = {
    key: () => {},
    value: (key, value) => void (key === "schema_version" && (schema = value)),
    arrayStart: () => {},
    item: (key, index, _value, span) => void (key === "approvals" && items.push({ span, index })),
    arrayEnd: () => {},
    end: () => {},
  };
  // A byte order mark read as a space, as evidenceApprovals reads it; a bundle the fast reader declines (broken, or
  // naming a key twice) read again by the tokenizer, every copy of a twice-named key visited.
  const options: TopLevelOptions = { byteOrderMark: "read as space", duplicateKeys: "visited" };
  try {
    scanTopLevel(path, visitor, MAX_SCAN_ITEM_BYTES, options);
  } catch (e) {
    if (!(e instanceof ScanDeclined)) throw e;
    items = [];
    try {
      streamTopLevel(path, visitor, options);
    } catch (broken) {
      if (!(broken instanceof StreamSyntaxError)) throw broken; // the approvals before it are judged
    }
  }
  return { schema, items };
}

/**
 * evidenceApprovals of a bundle too large to read whole (above STREAM_ABOVE_BYTES, as the evidence check streams it):
 * its top level read in one pass, each approval's text read back alone: every copy of a twice-named `approvals`, and
 * in a bundle broken part way the approvals before the break (a bundle is one whose `schema_version` was read).
 */
export function streamedEvidenceApprovals(file: string, path: string): ApprovalRecord[] {
  const { schema, items } = streamedBundle(path);
  if (schema !== EVIDENCE_SCHEMA) return [];
  const starts = positionsOf(path, items.map((i) => i.span.start));
  return items.flatMap(({ span, index }) => {
    const locator = new JsonLocator(readSpan(path, span));
    const from = starts.get(span.start)!;
    return approvalReadings(locator, { value: [0, locator.text.length] }, index).map(({ at, record }) => {
      const r = locator.rangeWithin(at, []);
      // the item's own lines and columns, moved to where the item starts in the file
      const move = (line: number, column: number) => ({ line: from.line + line - 1, column: line === 1 ? from.column + column - 1 : column });
      const start = move(r.line, r.column);
      const stop = move(r.endLine, r.endColumn);
      return { file, range: { line: start.line, column: start.column, endLine: stop.line, endColumn: stop.column }, ...record };
    });
  });
}

/** The attribute keys a decision is read from, Flowgate's convention first (core/traces/checks.ts decisionFrom). */
const DECISION_KEYS = [APPROVAL.decision, "status", "decision", "approved"];
const DECIDER_KEYS = [APPROVAL.approver, "approved_by", "approver", "decided_by"];
/** Most records one trace gives: a reading past them is judged as one without an approver (it fails; nothing passes unjudged). */
export const MAX_TRACE_RECORDS = 10_000;

/** An OTLP attribute list as every value each key is given (a key named twice is read both ways). */
function attributeCopies(list: unknown): Map<string, AttrValue[]> {
  const out = new Map<string, AttrValue[]>();
  for (const kv of Array.isArray(list) ? list : []) {
    if (!isObject(kv) || typeof kv.key !== "string") continue;
    const value = anyValue(kv.value);
    if (value !== undefined) out.set(kv.key, [...(out.get(kv.key) ?? []), value]);
  }
  return out;
}

/**
 * Decisions an OpenTelemetry trace records (README, "Traces": `flowgate.approval` events, agentledger's
 * `tool_approval_decided`, a review span's own decision), each reading of a twice-named attribute its own record, the
 * file read 1 MiB at a time. A decision names its call (`gen_ai.tool.call.id`) or is about its tool span's call.
 */
export function traceApprovals(file: string, path: string): ApprovalRecord[] {
  const out = new Map<string, ApprovalRecord>();
  const sink = (raw: unknown, range: Range) => {
    if (!isObject(raw)) return;
    const own = attributeCopies(raw.attributes);
    const oneOf = (values: AttrValue[] | undefined) => (values?.every((v) => v === values[0]) ? str(values[0]) : undefined);
    const tool = oneOf(own.get(GENAI.toolName));
    const spanCall = oneOf(own.get(GENAI.toolCallId)) ?? (typeof raw.spanId === "string" ? `span ${raw.spanId}` : "(unnamed span)");
    const records = own.has(APPROVAL.decision) ? [own] : [];
    for (const e of Array.isArray(raw.events) ? raw.events : []) if (isObject(e) && (e.name === APPROVAL.event || e.name === AGENTLEDGER_APPROVAL_EVENT)) records.push(attributeCopies(e.attributes));
    for (const attrs of records) {
      const named = oneOf(attrs.get(GENAI.toolCallId)) ?? oneOf(attrs.get("tool_call_id"));
      const decisions = DECISION_KEYS.flatMap((key) => (attrs.get(key) ?? []).map((v) => decisionOf(key === "approved" ? { approved: v } : { status: str(v) }).decision));
      const deciders = DECIDER_KEYS.flatMap((key) => (attrs.get(key) ?? []).map((v) => str(v)?.trim() ?? ""));
      for (const decision of new Set(decisions)) {
        for (const approver of new Set(deciders.length ? deciders : [""])) {
          if (decision !== "APPROVED" && !(decision === "DENIED" && approver)) continue;
          const record: ApprovalRecord = { file, range, approvalId: named ?? spanCall, decision: decision === "DENIED" ? "deny" : "approve", approver, tool: named === undefined || named === spanCall ? tool : undefined };
          const key = `${record.decision}\0${approver}\0${record.tool}`;
          if (out.has(key)) continue;
          // past the bound, a reading is one without an approver: approvals/no-approver fails the run
          out.set(out.size < MAX_TRACE_RECORDS ? key : "", out.size < MAX_TRACE_RECORDS ? record : { ...record, approver: "", approvalId: `(more than ${MAX_TRACE_RECORDS} decisions)` });
        }
      }
    }
  };
  const reader = new OtlpReader(file, sink);
  let fd: number | undefined;
  try {
    fd = openRegularFile(path).fd;
    const chunk = Buffer.allocUnsafe(1 << 20);
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) reader.write(chunk.subarray(0, n));
    reader.end();
  } catch {
    // unreadable part way: the decisions read so far are judged (the trace check reports the file)
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return [...out.values()];
}

/** A field read as written when it is a string (a bundle judged whatever else is wrong with it may hold any value). */
const stringOf = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Is this text an evidence bundle? Decided by parsing it, as the loader does: a `\u002e` in the schema name is still the name. */
export function isEvidenceText(text: string): boolean {
  if (!/^\uFEFF?\s*\{/.test(text)) return false;
  try {
    const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    return isObject(data) && data.schema_version === EVIDENCE_SCHEMA;
  } catch {
    return false;
  }
}

/**
 * Every approval decision a change brings: decisions in changed run ledgers (only events added since
 * `base` when the ledger existed there), in changed evidence bundles and OpenTelemetry traces. Paths are relative to root.
 */
export function approvalsIn(root: string, changed: Iterable<string>, base?: string): ApprovalRecord[] {
  // Each file's records kept whole and joined at the end: a file may hold millions of decisions, more than one call's
  // arguments (`push(...records)`) can take.
  const found: ApprovalRecord[][] = [];
  for (const file of changed) {
    let text: string;
    if (unsafeReason(root, file)) continue; // a link out of the workspace or a FIFO: runGate's notes name it
    // A trace, told by its first bytes, is read 1 MiB at a time (traces run to gigabytes; the rest whole).
    if (!isLedgerFile(file) && isTraceFile(join(root, file))) {
      found.push(traceApprovals(file, join(root, file)));
      continue;
    }
    try {
      if (!isLedgerFile(file) && statSync(join(root, file)).size > STREAM_ABOVE_BYTES) {
        found.push(streamedEvidenceApprovals(file, join(root, file)));
        continue;
      }
      text = readFileSync(join(root, file), "utf8");
    } catch {
      continue; // deleted in the change (see removedRecords), or not a file
    }
    if (isLedgerFile(file)) {
      const before = base ? showAtRev(root, base, file) : undefined;
      found.push(ledgerApprovals(file, text, before ? parseLedger(before).events.reduce((last, e) => Math.max(last, e.seq), 0) : 0));
    } else if (isEvidenceText(text)) found.push(evidenceApprovals(file, text));
  }
  return found.flat();
}

/**
 * Why the work tree holds no evidence bundle at `file` (read as approvalsIn reads it: a regular file of the workspace,
 * an OpenTelemetry trace first), or undefined when it holds one.
 */
function noBundleLeft(root: string, file: string): string | undefined {
  const path = join(root, file);
  const unsafe = unsafeReason(root, file);
  if (unsafe) return `leaves no bundle there: the path ${unsafe}`;
  const stat = entryAt(path);
  if (!stat) return "deletes it";
  if (!stat.isFile()) return "leaves no bundle there: the path is a folder";
  const bundle = !isTraceFile(path) && (stat.size > STREAM_ABOVE_BYTES ? streamedBundle(path).schema === EVIDENCE_SCHEMA : isEvidenceText(readFileSync(path, "utf8")));
  return bundle ? undefined : "leaves no bundle there: the file is no longer an evidence bundle";
}

/**
 * `approvals/record-removed` for each evidence bundle at `base` that the working tree no longer holds as one: deleted,
 * or its path turned into a folder, a link out of the workspace or another kind of file (its approvals then go unjudged
 * as surely as a deleted bundle's).
 */
export function removedRecords(root: string, base: string): Finding[] {
  const gone = changedSince(root, base).flatMap((file) => {
    const how = isLedgerFile(file) ? undefined : noBundleLeft(root, file);
    return how ? [{ file, how }] : [];
  });
  const atBase = inBatchesAtRev(root, base, gone.map((g) => g.file));
  return gone.filter(({ file }) => isEvidenceText(atBase(file) ?? "")).map(({ file, how }) => approvalFileRemoved.at(file, WHOLE_FILE, file, base, how));
}
