import type { z } from "zod";
import { type Finding, type Range, WHOLE_FILE, compareFindings } from "../kernel/findings";
import { duplicateKey, parseError } from "../kernel/source/rules";
import { type BundleFacts, type EvaluatedBundle, verdictOf } from "./verdict";
import type { Budgets } from "./governance";
import { CONTENT_REF_TYPES, KNOWN_EVENT_TYPES, categoryMismatches, near } from "./integrity";
import { bareHash, isObject, sha256Hex, TextSha256 } from "./json";
import { namesRecord } from "../data";
import { MAX_SCHEMA_FINDINGS, type Problem, pointerText, schemaProblem } from "./load";
import { JsonLocator } from "./locate";
import * as R from "./rules";
import { type CostRecord, type EvidenceBundle, evidenceBundleSchema, HIGH_RISK_LEVELS, LEDGER_STATUSES, UNRESOLVED_LEDGER_STATUSES } from "./schema";
import { addCost } from "./seal";
import { DuplicateKey, type Span, StreamSyntaxError, type TopLevelReader, positionsOf, readSpan } from "./stream-json";
import { acceptsOf } from "../kernel/zod-accepts";
import { readTopLevel } from "./stream-scan";
import { StreamJoins, digestKey } from "./stream-joins";

/**
 * Bundles larger than this are verified in one streaming pass (bounded memory) instead of JSON.parse of
 * the whole text. Below it the document is read whole, which the HTML report and `golden --update` need;
 * not for speed: since the streaming pass parses items with JSON.parse it is the faster of the two from a
 * few MiB up (bench/RESULTS.md). Overridable for tests.
 */
export const STREAM_ABOVE_BYTES = 64 * 1024 * 1024;

const FAILURE_EVENTS = new Set(["error_raised", "step_failed", "tool_call_failed", "tool_call_blocked"]);
const KNOWN_LEDGER = new Set<string>(LEDGER_STATUSES);
/** Each array's item schema, by the bundle's key (looked up by any key a bundle names: `constructor` must find none). */
export const ITEM_SCHEMAS: Record<string, z.ZodType | undefined> = namesRecord(
  Object.fromEntries(Object.entries(evidenceBundleSchema.shape).map(([k, s]) => [k, "element" in s ? (s as z.ZodArray<z.ZodType>).element : undefined])),
);

/** The bundle's top-level values that are not arrays (a streaming pass holds them whole). */
export const TOP_VALUES_SCHEMA = evidenceBundleSchema.pick({ schema_version: true, bundle_hash: true, run: true, cost_summary: true, summary: true, final_state: true });

function hasPath(value: unknown, pointer: readonly (string | number)[]): boolean {
  for (const k of pointer) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, k)) return false;
    value = (value as Record<string, unknown>)[k];
  }
  return true;
}

export interface Located {
  problem: Problem;
  /** The top-level value or array item the pointer starts in, and the pointer inside it. */
  span: Span;
  inner: (string | number)[];
}

/**
 * Verify and evaluate a bundle file of any size in one pass over its bytes: every event's payload_hash and
 * payload_ref, seq, run and session, time order and type; bundle_hash (the same JSON.stringify pieces
 * bundleHashOf hashes, fed as items stream by); summary and cost_summary recomputed; artifacts' blob
 * refs; schema per item; and the governance rules that need one record at a time (run status, failed
 * steps, ledger statuses and key reuse, pending and self approvals, failure events, incomplete artifacts,
 * budgets). Memory holds one item plus per-record keys, never the document. Findings get exact
 * positions: a second pass maps the few offsets that have findings to lines and columns.
 */
export function streamEvaluate(path: string, file: string, budgets: Budgets = {}): EvaluatedBundle {
  return readTopLevel((read) => evaluatePass(path, file, budgets, read));
}

function evaluatePass(path: string, file: string, budgets: Budgets, read: TopLevelReader): EvaluatedBundle {
  // Schema problems, then what the checks found: the in-memory path checks only a bundle that matches the schema, and so does this one.
  const invalid: Located[] = [];
  const located: Located[] = [];
  const top = new Map<string, { key: Span; value?: Span; array?: boolean }>();
  // By the bundle's own keys: a `__proto__` key must not become these records' prototype, nor `run` be read through one.
  const tops = namesRecord<unknown>();
  const hash = new TextSha256();
  const feed = (text: string) => hash.update(text);
  let firstKey = true;
  let schemaProblems = 0;
  const problem = (span: Span, inner: (string | number)[], p: Problem) => located.push({ problem: p, span, inner });
  const schema = (key: string, value: unknown, span: Span, itemSchema: z.ZodType | undefined, prefix: (string | number)[]) => {
    if (schemaProblems > MAX_SCHEMA_FINDINGS) return false;
    if (!itemSchema || acceptsOf(itemSchema)(value)) return true;
    const r = itemSchema.safeParse(value);
    if (r.success) return true;
    for (const issue of r.error.issues) {
      if (++schemaProblems > MAX_SCHEMA_FINDINGS) break;
      const p = schemaProblem({ ...issue, path: [key, ...prefix, ...issue.path] } as z.core.$ZodIssue, (pointer) => hasPath(value, pointer.slice(1 + prefix.length)));
      invalid.push({ span, inner: p.pointer.slice(1 + prefix.length), problem: p });
    }
    return false;
  };

  // What the checks keep per record: counts, keys and a few flags — never the records.
  const runIds = new Map<string, { span: Span; i: number }[]>();
  let events = 0;
  let previousTime = -Infinity;
  let firstType: string | undefined;
  const completedSteps = new Set<string | null>();
  const steps: { id: string; span: Span; i: number }[] = [];
  // By digestKey of the idempotency key (fixed size): the first row's index and request hash (digestKey), and the SUCCEEDED rows.
  const ledgerKeys = new Map<string, { index: number; request: string }>();
  const succeeded = new Map<string, number>();
  const succeededTwice = new Map<string, { span: Span; tool: string; i: number; count: number }>();
  const counts = namesRecord<number>();
  const flags = { has_failed_steps: false, has_pending_ledger: false, has_pending_approval: false, verifying: false };
  // The cost summary recomputed as the records pass (the same fold as costSummaryOf, in the same order).
  const computed: EvidenceBundle["cost_summary"] = { tool_calls: 0, model_tokens: 0, total_usd: 0, by_category: namesRecord() };
  const artifactRuns: { run: unknown; name: string; span: Span; i: number }[] = [];
  // The cross-record joins, and where each item is (start, end byte offsets) to place what they find.
  const joins = new StreamJoins(() => tops.run as EvidenceBundle["run"] | undefined);
  const itemSpans = namesRecord<number[]>();
  // The whole object: what a finding about the bundle itself (a missing top-level field) spans.
  const root: Span = { start: 0, end: 0 };

  const onItem = (key: string, i: number, value: unknown, span: Span) => {
    if (i) feed(",");
    feed(JSON.stringify(value) ?? "null");
    counts[key] = i + 1;
    if (!schema(key, value, span, ITEM_SCHEMAS[key], [i]) || !isObject(value)) return;
    (itemSpans[key] ??= []).push(span.start, span.end);
    const at = (inner: (string | number)[], p: Omit<Problem, "pointer">) => problem(span, inner, { ...p, pointer: [key, i, ...inner] });
    if (key === "events") {
      const e = value as EvidenceBundle["events"][number];
      events++;
      firstType ??= e.type;
      if (e.seq !== i + 1) at(["seq"], { rule: R.sequenceGap, args: [i, i + 1, e.seq] });
      const ids = `${e.run_id}\0${e.session_id}`;
      const list = runIds.get(ids) ?? [];
      if (list.length <= MAX_SCHEMA_FINDINGS) list.push({ span, i });
      runIds.set(ids, list);
      if (e.timestamp < previousTime) at(["timestamp"], { rule: R.inconsistentRecord, args: [`event ${e.seq}`, "is earlier than the event before it"] });
      previousTime = e.timestamp;
      const refHash = sha256Hex(e.payload_ref);
      joins.event(i, e, refHash);
      if (refHash !== bareHash(e.payload_hash)) at(["payload_hash"], { rule: R.payloadHashMismatch, args: [String(e.seq), e.type] });
      if (!CONTENT_REF_TYPES.has(e.type) && JSON.stringify(e.payload) !== e.payload_ref) at(["payload"], { rule: R.payloadRefMismatch, args: [String(e.seq), e.type] });
      if (!KNOWN_EVENT_TYPES.has(e.type)) at(["type"], { rule: R.unknownEventType, args: [e.seq, e.type] });
      if (e.type === "step_completed") completedSteps.add(e.step_id);
      if (FAILURE_EVENTS.has(e.type)) {
        const p = isObject(e.payload) ? e.payload : {};
        at(["type"], { rule: R.failureEvent, args: [e.seq, e.type, [p.error_type, p.error ?? p.reason].filter((x) => typeof x === "string").join(": ")] });
      }
    } else if (key === "steps") {
      const s = value as EvidenceBundle["steps"][number];
      joins.step(i, s);
      if (s.status === "failed") {
        flags.has_failed_steps = true;
        at(["status"], { rule: R.stepFailed, args: [s.step_id, s.last_error_type ?? "unknown error type", s.last_error ?? "no message recorded"] });
      }
      if (s.status === "completed" && steps.length < 10_000) steps.push({ id: s.step_id, span, i });
    } else if (key === "tool_ledger") {
      const row = value as EvidenceBundle["tool_ledger"][number];
      joins.ledger(i, row);
      if (UNRESOLVED_LEDGER_STATUSES.includes(row.status)) flags.has_pending_ledger = true;
      if (row.status === "PENDING_VERIFICATION") flags.verifying = true;
      if (!KNOWN_LEDGER.has(row.status)) at(["status"], { rule: R.unknownLedgerStatus, args: [row.status] });
      if (row.status === "PENDING_VERIFICATION") at(["status"], { rule: R.pendingSideEffect, args: [row.tool_name, row.idempotency_key] });
      const key = digestKey(row.idempotency_key);
      const request = digestKey(row.request_hash);
      const first = ledgerKeys.get(key);
      if (!first) ledgerKeys.set(key, { index: i, request });
      else {
        const same = first.request === request;
        at([same ? "idempotency_key" : "request_hash"], { rule: R.idempotencyConflict, args: [row.idempotency_key, same ? `appears again (first at tool_ledger[${first.index}])` : `reused with a different request hash than tool_ledger[${first.index}]`] });
      }
      if (row.status === "SUCCEEDED") {
        const count = (succeeded.get(key) ?? 0) + 1;
        if (count === 2) succeededTwice.set(key, { span, tool: row.tool_name, i, count });
        else if (count > 2) succeededTwice.get(key)!.count = count;
        succeeded.set(key, count);
      }
    } else if (key === "approvals") {
      const a = value as EvidenceBundle["approvals"][number];
      joins.approval(i, a);
      if (a.status === "PENDING") {
        flags.has_pending_approval = true;
        at(["status"], { rule: R.approvalPending, args: [a.tool_name, a.risk_level] });
        if (HIGH_RISK_LEVELS.includes(a.risk_level)) at(["risk_level"], { rule: R.highRiskUndecided, args: [a.tool_name, a.risk_level] });
      } else if (a.approved_by != null && a.requested_by != null && a.approved_by === a.requested_by) at(["approved_by"], { rule: R.selfApproval, args: [a.tool_name, a.approved_by] });
    } else if (key === "artifacts") {
      const a = value as EvidenceBundle["artifacts"][number];
      joins.artifact(a);
      const missing = [!a.blob_ref && "blob_ref", !a.blob_hash && "blob_hash"].filter(Boolean).join(" and ");
      if (missing) problem(span, [], { rule: R.artifactIncomplete, pointer: [key, i], part: "key", args: [a.name, missing] });
      const h = bareHash(a.blob_hash);
      if (h && a.blob_ref) {
        const blob = /^blob:\/\/sha256\/([0-9a-f]{64})(?:\.[a-z]+)?$/.exec(a.blob_ref);
        if (blob ? blob[1] !== h : sha256Hex(a.blob_ref) !== h) at(["blob_ref"], { rule: R.artifactMismatch, args: [`artifact ${JSON.stringify(a.name)}`, "blob_ref does not match blob_hash"] });
        artifactRuns.push({ run: a.run_id, name: `artifact ${JSON.stringify(a.name)}`, span, i });
      }
    } else if (key === "cost_records") {
      const c = value as CostRecord;
      addCost(computed, c);
      joins.cost(i, c);
    } else if (key === "media_artifacts" || key === "stream_checkpoints") joins.derivedRow(key, i, value);
  };

  try {
    read(path, {
      key(key, span) {
        top.set(key, { key: span });
        feed(`${firstKey ? "{" : ","}${JSON.stringify(key)}:`);
        firstKey = false;
      },
      value(key, value, span) {
        top.get(key)!.value = span;
        tops[key] = value;
        feed(key === "bundle_hash" ? "null" : (JSON.stringify(value) ?? "null"));
      },
      arrayStart(key) {
        feed("[");
        counts[key] = 0;
      },
      item: onItem,
      end(span) {
        Object.assign(root, span);
      },
      arrayEnd(key, _length, span) {
        Object.assign(top.get(key)!, { value: span, array: true });
        if (key === "steps") joins.stepsEnd();
        if (key === "events") joins.eventsEnd();
        if (key === "tool_ledger") joins.ledgerEnd();
        feed("]");
      },
    });
  } catch (e) {
    if (!(e instanceof StreamSyntaxError)) throw e;
    // One character wide, or empty at the end of the file (as the in-memory path reports a truncated file); a duplicate key whole.
    const until = e instanceof DuplicateKey ? e.end : e.offset + 1;
    const at = e.offset < 0 ? undefined : positionsOf(path, [e.offset, until]);
    const [s, end] = at ? [at.get(e.offset)!, at.get(until)!] : [];
    const range: Range = s && end ? { line: s.line, column: s.column, endLine: end.line, endColumn: end.column } : WHOLE_FILE;
    const finding = e instanceof DuplicateKey ? duplicateKey.at(file, range, e.key) : parseError.at(file, range, "JSON", e.message);
    return finish(file, [finding], undefined, false);
  }
  if (!top.has("bundle_hash")) feed(`${firstKey ? "{" : ","}"bundle_hash":null`);
  feed(firstKey ? "{}" : "}");
  const bundleHash = hash.digest();

  // The document's other values (run, summaries, final_state) are small: checked as the in-memory path does.
  const spanOf = (key: string) => top.get(key)?.value ?? top.get(key)?.key ?? root;
  const shell = TOP_VALUES_SCHEMA.safeParse(tops);
  if (!shell.success) {
    for (const issue of shell.error.issues.slice(0, MAX_SCHEMA_FINDINGS)) {
      const p = schemaProblem(issue, (pointer) => hasPath(tops, pointer));
      const key = p.pointer[0];
      // A field missing from a top-level value is shown on that value's key, as the in-memory locator does.
      const onKey = key !== undefined && top.has(String(key)) && p.pointer.length > 1 && !hasPath(tops[key], p.pointer.slice(1, 2));
      invalid.push({ span: key === undefined ? root : onKey ? top.get(String(key))!.key : spanOf(String(key)), inner: onKey ? [] : p.pointer.slice(1), problem: p });
    }
  }
  for (const array of Object.keys(ITEM_SCHEMAS).filter((k) => ITEM_SCHEMAS[k]))
    if (!top.get(array)?.array) invalid.push({ span: top.get(array)?.value ?? root, inner: [], problem: { rule: R.invalidBundle, pointer: top.has(array) ? [array] : [], args: [`/${array}`, top.has(array) ? "expected array" : "missing required field (expected array)"] } });
  const valid = invalid.length === 0;
  const run = tops.run as EvidenceBundle["run"] | undefined;
  const costSummary = tops.cost_summary as EvidenceBundle["cost_summary"] | undefined;
  if (valid && run && costSummary) {
    const b = tops as Pick<EvidenceBundle, "bundle_hash" | "summary" | "cost_summary" | "run">;
    if (bundleHash !== b.bundle_hash) problem(spanOf("bundle_hash"), [], { rule: R.bundleHashMismatch, pointer: ["bundle_hash"], args: [bundleHash, b.bundle_hash] });
    for (const [ids, spans] of runIds)
      if (ids !== `${run.run_id}\0${run.session_id}`) for (const { span, i } of spans) problem(span, [], { rule: R.inconsistentRecord, pointer: ["events", i], part: "key", args: [`event ${i + 1}`, "belongs to another run or session"] });
    if (events > 0 && firstType !== "run_created") problem(spanOf("events"), [0, "type"], { rule: R.inconsistentRecord, pointer: ["events", 0, "type"], args: ["events", "the first event is not run_created"] });
    const expected: Record<string, unknown> = {
      event_count: counts.events ?? 0,
      step_count: counts.steps ?? 0,
      tool_ledger_count: counts.tool_ledger ?? 0,
      approval_count: counts.approvals ?? 0,
      artifact_count: counts.artifacts ?? 0,
      media_artifact_count: counts.media_artifacts ?? 0,
      stream_checkpoint_count: counts.stream_checkpoints ?? 0,
      cost_record_count: counts.cost_records ?? 0,
      has_failed_steps: flags.has_failed_steps,
      has_pending_approval: flags.has_pending_approval,
    };
    const summary = b.summary as unknown as Record<string, unknown>;
    for (const [field, want] of Object.entries(expected))
      if (summary[field] !== want) problem(spanOf("summary"), [field], { rule: R.summaryMismatch, pointer: ["summary", field], args: [`summary.${field}`, String(want), String(summary[field])] });
    if (b.summary.has_pending_ledger ? !flags.has_pending_ledger : flags.verifying)
      problem(spanOf("summary"), ["has_pending_ledger"], { rule: R.summaryMismatch, pointer: ["summary", "has_pending_ledger"], args: ["summary.has_pending_ledger", String(!b.summary.has_pending_ledger), String(b.summary.has_pending_ledger)] });
    for (const m of categoryMismatches(computed.by_category, costSummary.by_category))
      problem(spanOf("cost_summary"), m.stated ? ["by_category", m.key] : ["by_category"], { rule: R.summaryMismatch, pointer: ["cost_summary", "by_category"], args: m.args });
    for (const field of ["tool_calls", "model_tokens", "total_usd"] as const)
      if (!near(computed[field], costSummary[field])) problem(spanOf("cost_summary"), [field], { rule: R.summaryMismatch, pointer: ["cost_summary", field], args: [`cost_summary.${field}`, String(computed[field]), String(costSummary[field])] });
    for (const a of artifactRuns) if (a.run !== run.run_id) problem(a.span, ["run_id"], { rule: R.inconsistentRecord, pointer: ["artifacts", a.i, "run_id"], args: [a.name, "belongs to another run"] });
    if (run.status !== "completed") problem(spanOf("run"), ["status"], { rule: R.runNotCompleted, pointer: ["run", "status"], args: [run.status] });
    for (const s of steps) if (!completedSteps.has(s.id)) problem(s.span, ["status"], { rule: R.stepNotCompleted, pointer: ["steps", s.i, "status"], args: [s.id] });
    for (const s of succeededTwice.values()) problem(s.span, [], { rule: R.duplicateSideEffect, pointer: ["tool_ledger", s.i], part: "key", args: [s.tool, s.count] });
    const limits: [number | undefined, number, string, string][] = [
      [budgets.maxUsd, costSummary.total_usd, "total_usd", "spent USD"],
      [budgets.maxTokens, costSummary.model_tokens, "model_tokens", "used model tokens"],
      [budgets.maxToolCalls, costSummary.tool_calls, "tool_calls", "made tool calls"],
    ];
    for (const [limit, spent, field, what] of limits) if (limit !== undefined && spent > limit) problem(spanOf("cost_summary"), [field], { rule: R.budgetExceeded, pointer: ["cost_summary", field], args: [`run ${what}`, spent, limit] });
    for (const p of joins.finish(run, tops.final_state)) {
      const [key, i] = p.pointer as [string, number | string | undefined];
      const spans = itemSpans[key];
      if (typeof i === "number" && spans) problem({ start: spans[2 * i]!, end: spans[2 * i + 1]! }, p.pointer.slice(2), p);
      // A top-level value's key (`stream_checkpoints` as a whole), as the in-memory locator places it.
      else if (p.pointer.length === 1 && p.part === "key") problem(top.get(key)?.key ?? spanOf(key), [], p);
      else problem(spanOf(key), p.pointer.slice(1), p);
    }
  }
  const findings = place(path, file, valid ? located : invalid.slice(0, MAX_SCHEMA_FINDINGS), root);
  if (invalid.length > MAX_SCHEMA_FINDINGS) findings.push(R.invalidBundle.at(file, WHOLE_FILE, "(bundle)", "…and more schema problems not listed"));
  const intact = valid && !located.some((l) => INTEGRITY_RULES.has(l.problem.rule));
  return finish(file, findings, valid && run ? { runId: run.run_id, status: run.status, events: counts.events ?? 0, totalUsd: costSummary?.total_usd } : undefined, intact);
}

const INTEGRITY_RULES = new Set<unknown>([R.bundleHashMismatch, R.toolResponseMismatch, R.payloadHashMismatch, R.payloadRefMismatch, R.sequenceGap, R.summaryMismatch, R.inconsistentRecord, R.artifactMismatch, R.unknownEventType]);

/** Findings with positions: each pointer located inside its item's own text, the item placed in the file. */
export function place(path: string, file: string, located: readonly Located[], root: Span): Finding[] {
  if (located.length === 0) return []; // no second pass over the file for nothing to place
  const starts = positionsOf(path, [...located.map((l) => l.span.start), root.end]);
  return located.map(({ problem: p, span, inner }) => {
    const origin = starts.get(span.start)!;
    let range: Range = { line: origin.line, column: origin.column, endLine: origin.line, endColumn: origin.column + 1 };
    if (span === root) {
      // The whole document (not re-read: it can be any size).
      const end = starts.get(root.end)!;
      range = { ...range, endLine: end.line, endColumn: end.column };
    } else if (span.end > span.start) {
      const local = new JsonLocator(readSpan(path, span)).rangeOf(inner, p.part);
      const shift = (line: number, column: number) => ({ line: line + origin.line - 1, column: line === 1 ? column + origin.column - 1 : column });
      const s = shift(local.line, local.column);
      const e = shift(local.endLine, local.endColumn);
      range = { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
    }
    const finding = p.rule.at(file, range, ...p.args);
    return { ...finding, properties: { ...finding.properties, pointer: pointerText(p.pointer) } };
  });
}

function finish(file: string, findings: Finding[], facts: BundleFacts | undefined, intact: boolean): EvaluatedBundle {
  findings.sort(compareFindings);
  return { loaded: { file, locator: new JsonLocator(""), findings: [] }, findings, verdict: verdictOf(file, findings, intact, facts) };
}
