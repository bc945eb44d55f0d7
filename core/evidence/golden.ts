import { diffArrays } from "diff";
import type { Finding } from "../kernel/findings";
import type { Pointer } from "../kernel/source/document";
import { DEFAULT_GOLDEN_OPTIONS, GOLDEN_DIMENSIONS, type GoldenDimension, type GoldenOptions, type MatchMode } from "./config";
import { bareHash, diffValues, isObject, sha256Hex } from "./json";
import { digestKey } from "./stream-joins";
import { visibleBidi } from "../report/escape";
import { type LoadedBundle, type Problem, toFinding } from "./load";
import { Normalizer } from "./normalize";
import { goldenRegression } from "./rules";
import type { EvidenceBundle } from "./schema";

/**
 * Golden regression: a run compared with a golden run of the same scenario, dimension by dimension,
 * after volatile fields are normalized. Sequences are aligned with jsdiff's diffArrays (Myers' O(ND)
 * shortest edit script, i.e. a longest common subsequence), so one inserted event is one insertion.
 */

/** Sequences differing by more edits than this are not aligned (Myers is O(N·D)); they are compared as multisets instead. */
export const MAX_ALIGNED_EDITS = 2000;
/** Most diff lines kept per dimension for reports. */
export const MAX_DIFF_LINES = 400;
const CONTEXT = 3;

export interface DiffLine {
  op: " " | "+" | "-";
  text: string;
}

export interface GoldenChange {
  /** added: only in the current run; removed: only in the golden; changed: both, different. */
  op: "added" | "removed" | "changed";
  /** Where it is (or would be) in the current bundle. */
  pointer: Pointer;
  text: string;
}

export interface DimensionResult {
  dimension: GoldenDimension;
  mode: MatchMode;
  /** Differences that fail the comparison under its mode. */
  changes: GoldenChange[];
  /** Unified-diff lines with context, `@@` separating hunks; empty when equal. */
  lines: DiffLine[];
  note?: string;
}

export interface GoldenResult {
  current: string;
  golden: string;
  passed: boolean;
  dimensions: DimensionResult[];
}

export interface Item {
  key: string;
  label: string;
  /** Position in the bundle's array. */
  index: number;
  /** Seq of the event that created the record, when known. */
  at?: number;
}

/** The arrays whose records are compared item by item (the events are compared by their keys alone). */
export type RecordBase = "tool_ledger" | "artifacts" | "media_artifacts" | "stream_checkpoints";

/**
 * What a golden comparison reads of one bundle. A bundle in memory gives its arrays; a bundle streamed
 * (core/evidence/golden-stream.ts) gives the event keys it kept and reads the other records again one at
 * a time, so both paths run the same comparison below.
 */
export interface GoldenSource {
  run: Pick<EvidenceBundle["run"], "run_id" | "session_id">;
  /** Normalizer seeds: the run's ids and its steps' ids, in order. */
  steps: readonly { step_id: string }[];
  finalState: unknown;
  costSummary: EvidenceBundle["cost_summary"];
  /** The events dimension: each event's key (its type, compacted) in order. */
  events: Sequence;
  /** One array's records in order. */
  records<K extends RecordBase>(base: K): Iterable<EvidenceBundle[K][number]>;
  /** The seq of the event that created a record: artifact_created by artifact_id, tool_call_requested by idempotency key. */
  seqOf(id: unknown): number | undefined;
}

/** Items as columns: the keys compared (jsdiff aligns them), and each item's label and index on demand. */
export interface Sequence {
  keys: readonly string[];
  label(i: number): string;
  index(i: number): number;
}

export function sequenceOf(items: readonly Item[]): Sequence {
  return { keys: items.map((i) => i.key), label: (i) => items[i]!.label, index: (i) => items[i]!.index };
}

/** Keys up to this length are compared as they are; longer ones by a 128-bit digest (a key per event must stay small). */
const MAX_PLAIN_KEY = 64;

/** A key that compares like `text`: the text itself when short, else NUL + its sha256 digest (no short key starts with NUL). */
export function compactKey(text: string): string {
  return text.length <= MAX_PLAIN_KEY && text.charCodeAt(0) !== 0 ? text : "\0" + digestKey(text);
}

type Projection = { base: RecordBase; items: (s: GoldenSource, n: Normalizer) => Item[] };

const json = (v: unknown) => JSON.stringify(v) ?? "undefined";
const pick = (o: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
const mapped = <T, U>(items: Iterable<T>, f: (x: T, i: number) => U): U[] => {
  const out: U[] = [];
  for (const x of items) out.push(f(x, out.length));
  return out;
};

/** The id creationSeqs files an event under: its artifact_id (artifact_created) or its request's idempotency key (tool_call_requested). */
export function creationIdOf(e: Pick<EvidenceBundle["events"][number], "type" | "payload" | "run_id" | "step_id" | "payload_hash">): unknown {
  if (!isObject(e.payload)) return undefined;
  return e.type === "artifact_created" ? e.payload.artifact_id : e.type === "tool_call_requested" ? `${e.run_id}:${e.step_id}:${String(e.payload.tool)}:${bareHash(e.payload_hash)}` : undefined;
}

/**
 * The event seq that created each artifact (artifact_created, by artifact_id) and each ledger row (its
 * first tool_call_requested, whose payload_hash is the row's request hash): the order records were made in.
 */
function creationSeqs(b: EvidenceBundle): Map<unknown, number> {
  const seqs = new Map<unknown, number>();
  for (const e of b.events) {
    const id = creationIdOf(e);
    if (id !== undefined && !seqs.has(id)) seqs.set(id, e.seq);
  }
  return seqs;
}

/** A bundle in memory as a comparison reads it. */
export function sourceOfBundle(b: EvidenceBundle): GoldenSource {
  const seqs = creationSeqs(b);
  const keys = b.events.map((e) => compactKey(e.type));
  return {
    run: b.run,
    steps: b.steps,
    finalState: b.final_state,
    costSummary: b.cost_summary,
    events: { keys, label: (i) => labelOf(b.events[i]!.type), index: (i) => i },
    records: (base) => b[base],
    seqOf: (id) => seqs.get(id),
  };
}

const SEQUENCES: Record<Exclude<GoldenDimension, "final-state" | "cost" | "events">, Projection> = {
  "tool-ledger": {
    base: "tool_ledger",
    items: (s, n) =>
      mapped(s.records("tool_ledger"), (r, index) => {
        // The request as made, ids normalized: the raw request_hash changes whenever an id in the args does.
        const request = r.request_ref === null ? r.request_hash : normalizedDigest(n, r.request_ref);
        return { key: compactKey(`${r.tool_name} ${r.status} ${request}`), label: labelOf(`${r.tool_name} ${r.status} request ${request}`), index, at: s.seqOf(r.idempotency_key) };
      }),
  },
  artifacts: {
    base: "artifacts",
    items: (s, n) =>
      mapped(s.records("artifacts"), (a, index) => {
        // Inline content is compared by the hash of its normalized text: ids inside it change blob_hash every run.
        const content = a.blob_ref && !a.blob_ref.startsWith("blob://") ? { content: normalizedDigest(n, a.blob_ref) } : { blob_hash: a.blob_hash };
        return item({ name: n.text(a.name), ...content, metadata: n.value(a.metadata) }, index, s.seqOf(a.artifact_id));
      }),
  },
  media: {
    base: "media_artifacts",
    items: (s, n) => mapped(s.records("media_artifacts"), (m, index) => item(n.value(pick(m, ["name", "kind", "uri", "content_ref", "blob_hash", "lineage"])), index, s.seqOf(m.artifact_id))),
  },
  streams: {
    base: "stream_checkpoints",
    items: (s, n) => mapped(s.records("stream_checkpoints"), (c, index) => item(n.value(pick(c, ["name", "stream_id", "consumer_id", "offset", "watermark", "chunk", "partial_result_ref"])), index, s.seqOf(c.artifact_id))),
  },
};

/**
 * The runtime sorts ledger rows and artifacts by created_at and breaks ties by random ids, so records
 * made in the same millisecond come out in another order each run. When every record names the event
 * that made it, compare them in event order; otherwise in the bundle's order.
 */
function inCreationOrder(items: Item[]): Item[] {
  return items.every((i) => i.at !== undefined) ? items.slice().sort((a, b) => a.at! - b.at!) : items;
}

/**
 * A short digest of inline JSON text (a request, an artifact's content) after normalization: parsed, so
 * volatile keys inside it are normalized as everywhere else; text that is not JSON only has its ids replaced.
 */
function normalizedDigest(n: Normalizer, text: string): string {
  let normalized: string;
  try {
    normalized = json(n.value(JSON.parse(text)));
  } catch {
    normalized = n.text(text);
  }
  return sha256Hex(normalized).slice(0, 12);
}

/** Most characters of an item shown in a diff line (the comparison uses all of it). */
const MAX_LABEL = 200;

/** One diff line's worth of text: control characters blanked (a line stays a line), bidirectional ones shown, long text cut. */
export function labelOf(text: string): string {
  const line = visibleBidi(text.replace(/[\u0000-\u001f\u2028\u2029]/g, " "));
  return line.length > MAX_LABEL ? `${line.slice(0, MAX_LABEL)}…` : line;
}

function item(value: unknown, index: number, at?: number): Item {
  const text = json(value);
  return { key: compactKey(text), label: labelOf(text), index, at };
}

export function compareWithGolden(current: LoadedBundle & { bundle: EvidenceBundle }, golden: LoadedBundle & { bundle: EvidenceBundle }, options: GoldenOptions = DEFAULT_GOLDEN_OPTIONS): GoldenResult {
  return compareSources({ file: current.file, source: sourceOfBundle(current.bundle) }, { file: golden.file, source: sourceOfBundle(golden.bundle) }, options);
}

/**
 * The comparison itself, on what each bundle gives (in memory or streamed). Each bundle's normalizer sees
 * its values in one order — seeds, final state, ledger, artifacts, media, streams — whatever the file's
 * order, so ids are numbered alike on both paths.
 */
export function compareSources(current: { file: string; source: GoldenSource }, golden: { file: string; source: GoldenSource }, options: GoldenOptions = DEFAULT_GOLDEN_OPTIONS): GoldenResult {
  const [c, g] = [current.source, golden.source];
  const nc = new Normalizer(options.normalize, c);
  const ng = new Normalizer(options.normalize, g);
  const dimensions: DimensionResult[] = [];
  for (const dimension of GOLDEN_DIMENSIONS) {
    if (options.ignore.includes(dimension)) continue;
    const mode = options.match[dimension as Exclude<GoldenDimension, "cost">] ?? "strict";
    if (dimension === "cost") dimensions.push(compareCost(c.costSummary, g.costSummary, options.cost));
    else if (dimension === "final-state") dimensions.push(compareState(nc.value(c.finalState), ng.value(g.finalState), mode));
    else if (dimension === "events") dimensions.push({ dimension, ...alignKeys(g.events, c.events, mode, "events") });
    else {
      const p = SEQUENCES[dimension];
      const [gi, ci] = [inCreationOrder(p.items(g, ng)), inCreationOrder(p.items(c, nc))];
      dimensions.push({ dimension, ...alignKeys(sequenceOf(gi), sequenceOf(ci), mode, p.base) });
    }
  }
  return { current: current.file, golden: golden.file, passed: dimensions.every((d) => d.changes.length === 0), dimensions };
}

/**
 * Most key comparisons one alignment may make. Myers is O((N+M)·D): with D up to MAX_ALIGNED_EDITS,
 * 600,000 keys could take 10⁹ comparisons; past this budget the sequences are compared as multisets
 * (deterministic, unlike a wall-clock timeout: both paths and every machine stop at the same point).
 */
export const MAX_ALIGN_COMPARISONS = 100_000_000;

class AlignmentBudgetSpent extends Error {}

/** jsdiff's Myers diff of two key arrays, within MAX_ALIGNED_EDITS and MAX_ALIGN_COMPARISONS; undefined past either. */
function myers(golden: readonly string[], current: readonly string[], budget: number): { count: number; added?: boolean; removed?: boolean }[] | "edits" | "work" {
  const comparator = (a: string, b: string) => {
    if (--budget < 0) throw new AlignmentBudgetSpent();
    return a === b;
  };
  try {
    return diffArrays(golden as string[], current as string[], { maxEditLength: MAX_ALIGNED_EDITS, comparator }) ?? "edits";
  } catch (e) {
    if (e instanceof AlignmentBudgetSpent) return "work";
    throw e;
  }
}

/** Align two sequences under a match mode: the failing changes and unified-diff lines. */
export function alignSequences(golden: Item[], current: Item[], mode: MatchMode, base: string, budget = MAX_ALIGN_COMPARISONS): Omit<DimensionResult, "dimension"> {
  return alignKeys(sequenceOf(golden), sequenceOf(current), mode, base, budget);
}

function alignKeys(golden: Sequence, current: Sequence, mode: MatchMode, base: string, budget = MAX_ALIGN_COMPARISONS): Omit<DimensionResult, "dimension"> {
  if (mode === "unordered") return { mode, ...multisetDiff(golden, current, base) };
  const parts = myers(golden.keys, current.keys, budget);
  if (typeof parts === "string") {
    // Not aligned: compared as multisets, and the order, which the mode requires, is a difference of its own.
    const bound = parts === "edits" ? `more than ${MAX_ALIGNED_EDITS} differences` : `aligning needed more than ${budget} comparisons`;
    const unaligned = multisetDiff(golden, current, base);
    const order: GoldenChange = { op: "changed", pointer: [base], text: `${bound}: the order of ${golden.keys.length} golden and ${current.keys.length} current items was not compared (${mode} needs it); the items were compared as multisets` };
    return { mode, changes: [order, ...unaligned.changes], lines: unaligned.lines, note: `${bound}: not aligned, compared as multisets` };
  }
  const changes: GoldenChange[] = [];
  const runs: Run[] = [];
  let gi = 0;
  let ci = 0;
  for (const part of parts) {
    const op = part.added ? "+" : part.removed ? "-" : " ";
    runs.push({ op, count: part.count, g: gi, c: ci });
    for (let k = 0; k < part.count; k++) {
      if (op === "+") {
        const at = current.index(ci);
        if (mode === "strict") changes.push({ op: "added", pointer: [base, at], text: `#${at + 1} ${current.label(ci)} is not in the golden` });
        ci++;
      } else if (op === "-") {
        changes.push({ op: "removed", pointer: ci < current.keys.length ? [base, current.index(ci)] : [base], text: `golden #${golden.index(gi) + 1} ${golden.label(gi)} is missing` });
        gi++;
      } else {
        gi++;
        ci++;
      }
    }
  }
  return { mode, changes, lines: hunks(runs, (op, g, c) => (op === "-" ? `#${golden.index(g) + 1} ${golden.label(g)}` : `#${current.index(c) + 1} ${current.label(c)}`)) };
}

function multisetDiff(golden: Sequence, current: Sequence, base: string): { changes: GoldenChange[]; lines: DiffLine[] } {
  const counts = new Map<string, number>();
  for (const key of golden.keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const changes: GoldenChange[] = [];
  const lines: DiffLine[] = [];
  current.keys.forEach((key, i) => {
    const left = counts.get(key) ?? 0;
    if (left > 0) return void counts.set(key, left - 1);
    const at = current.index(i);
    changes.push({ op: "added", pointer: [base, at], text: `#${at + 1} ${current.label(i)} is not in the golden` });
    if (lines.length < MAX_DIFF_LINES) lines.push({ op: "+", text: `#${at + 1} ${current.label(i)}` });
  });
  golden.keys.forEach((key, i) => {
    const left = counts.get(key) ?? 0;
    if (left === 0) return;
    counts.set(key, left - 1);
    const at = golden.index(i);
    changes.push({ op: "removed", pointer: [base], text: `golden #${at + 1} ${golden.label(i)} is missing` });
    if (lines.length < MAX_DIFF_LINES) lines.push({ op: "-", text: `#${at + 1} ${golden.label(i)}` });
  });
  return { changes, lines };
}

/** A run of aligned lines of one kind (jsdiff's parts): where it starts in the golden and the current sequence. */
interface Run {
  op: DiffLine["op"];
  count: number;
  g: number;
  c: number;
}

/**
 * Changed lines with CONTEXT lines around them; "@@" lines separate hunks. Only the lines kept are made
 * (600,000 equal events must not become 600,000 lines): an unchanged line is kept when it is within
 * CONTEXT of the run's changed neighbours.
 */
function hunks(runs: readonly Run[], text: (op: DiffLine["op"], g: number, c: number) => string): DiffLine[] {
  const out: DiffLine[] = [];
  let gap = false;
  runs.forEach((run, r) => {
    const changedBefore = r > 0 && runs[r - 1]!.op !== " ";
    const changedAfter = r + 1 < runs.length && runs[r + 1]!.op !== " ";
    for (let k = 0; k < run.count && out.length < MAX_DIFF_LINES; k++) {
      const kept = run.op !== " " || (changedBefore && k < CONTEXT) || (changedAfter && run.count - 1 - k < CONTEXT);
      if (!kept) {
        gap = true;
        // Jump to the run's trailing context (or its end): the lines between are all skipped.
        k = Math.max(k, (changedAfter ? run.count - CONTEXT : run.count) - 1);
        continue;
      }
      if (gap && out.length > 0) out.push({ op: " ", text: "@@" });
      gap = false;
      const [g, c] = [run.op === "+" ? run.g : run.g + k, run.op === "-" ? run.c : run.c + k];
      out.push({ op: run.op, text: text(run.op, g, c) });
    }
  });
  return out;
}

function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep).sort((a, b) => (json(a) < json(b) ? -1 : json(a) > json(b) ? 1 : 0));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortedDeep(v)]));
  return value;
}

/** Final state per JSON pointer. subsequence: keys only the current run has are allowed; unordered: arrays compare as multisets. */
function compareState(current: unknown, golden: unknown, mode: MatchMode): DimensionResult {
  const [c, g] = mode === "unordered" ? [sortedDeep(current), sortedDeep(golden)] : [current, golden];
  const diffs = diffValues(g, c).filter((d) => !(mode === "subsequence" && d.golden === undefined));
  const changes: GoldenChange[] = [];
  const lines: DiffLine[] = [];
  for (const d of diffs) {
    const segments = d.pointer === "/" ? [] : d.pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const pointer = ["final_state", ...segments];
    if (d.golden === undefined) changes.push({ op: "added", pointer, text: `${d.pointer} = ${json(d.current)} is not in the golden` });
    else if (d.current === undefined) changes.push({ op: "removed", pointer, text: `${d.pointer} is missing (golden ${json(d.golden)})` });
    else changes.push({ op: "changed", pointer, text: `${d.pointer} is ${json(d.current)}, golden ${json(d.golden)}` });
    if (d.golden !== undefined) lines.push({ op: "-", text: `${d.pointer}: ${json(d.golden)}` });
    if (d.current !== undefined) lines.push({ op: "+", text: `${d.pointer}: ${json(d.current)}` });
  }
  return { dimension: "final-state", mode, changes, lines: lines.slice(0, MAX_DIFF_LINES) };
}

/** Cost figures within an absolute or a relative tolerance of the golden's. */
function compareCost(current: EvidenceBundle["cost_summary"], golden: EvidenceBundle["cost_summary"], tolerance: GoldenOptions["cost"]): DimensionResult {
  const changes: GoldenChange[] = [];
  const lines: DiffLine[] = [];
  for (const field of ["total_usd", "model_tokens", "tool_calls"] as const) {
    const c = current[field];
    const g = golden[field];
    const delta = c - g;
    const within = Math.abs(delta) <= tolerance.absolute || (g !== 0 && Math.abs(delta) / Math.abs(g) <= tolerance.relative);
    if (delta === 0) continue;
    const relative = g !== 0 ? `, ${delta > 0 ? "+" : ""}${((delta / Math.abs(g)) * 100).toFixed(1)}%` : "";
    const text = `${field} ${g} → ${c} (Δ ${delta > 0 ? "+" : ""}${Number(delta.toPrecision(12))}${relative}; tolerance ${tolerance.absolute} or ${tolerance.relative * 100}%)`;
    lines.push({ op: "-", text: `${field}: ${g}` }, { op: "+", text: `${field}: ${c}${within ? " (within tolerance)" : ""}` });
    if (!within) changes.push({ op: "changed", pointer: ["cost_summary", field], text });
  }
  return { dimension: "cost", mode: "strict", changes, lines };
}

/** Most golden findings per dimension; the rest are counted in one more. */
export const MAX_GOLDEN_FINDINGS = 20;

/** A result's failing changes as problems about the current bundle (placed by whichever path read it). */
export function goldenProblems(result: GoldenResult): Problem[] {
  const out: Problem[] = [];
  for (const d of result.dimensions) {
    const label = `${d.dimension} (${d.mode}) vs ${result.golden}`;
    for (const change of d.changes.slice(0, MAX_GOLDEN_FINDINGS)) out.push({ rule: goldenRegression, pointer: change.pointer, args: [label, change.text] });
    if (d.changes.length > MAX_GOLDEN_FINDINGS) out.push({ rule: goldenRegression, pointer: [], args: [label, `…and ${d.changes.length - MAX_GOLDEN_FINDINGS} more differences`] });
  }
  return out;
}

export function goldenFindings(result: GoldenResult, current: LoadedBundle): Finding[] {
  return goldenProblems(result).map((p) => toFinding(current, p));
}

/** Unified-diff style for terminals. */
export function renderGoldenText(result: GoldenResult): string {
  const out = [`--- golden  ${result.golden}`, `+++ current ${result.current}`];
  for (const d of result.dimensions) {
    const verdict = d.changes.length === 0 ? (d.lines.length ? "matches (differences allowed by its mode)" : "matches") : `${d.changes.length} difference${d.changes.length === 1 ? "" : "s"}`;
    out.push(`@@ ${d.dimension} (${d.mode}): ${verdict}${d.note ? ` — ${d.note}` : ""} @@`);
    for (const l of d.lines) out.push(l.text === "@@" ? "  …" : `${l.op} ${l.text}`);
  }
  out.push(result.passed ? "golden: matches" : "golden: REGRESSION");
  return out.join("\n") + "\n";
}

/** A fenced block no content can close: the fence is longer than any backtick run inside. */
export function fenced(lang: string, body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

export function diffBody(d: DimensionResult): string {
  return d.lines.map((l) => (l.text === "@@" ? "  …" : `${l.op} ${l.text}`)).join("\n");
}

