import { diffArrays } from "diff";
import type { Finding } from "../kernel/findings";
import type { Pointer } from "../kernel/source/document";
import { DEFAULT_GOLDEN_OPTIONS, GOLDEN_DIMENSIONS, type GoldenDimension, type GoldenOptions, type MatchMode } from "./config";
import { bareHash, diffValues, isObject, sha256Hex } from "./json";
import { type LoadedBundle, toFinding } from "./load";
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

type Projection = { base: string; items: (b: EvidenceBundle, n: Normalizer, seqs: ReadonlyMap<unknown, number>) => Item[] };

const json = (v: unknown) => JSON.stringify(v) ?? "undefined";
const pick = (o: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

/**
 * The event seq that created each artifact (artifact_created, by artifact_id) and each ledger row (its
 * first tool_call_requested, whose payload_hash is the row's request hash): the order records were made in.
 */
function creationSeqs(b: EvidenceBundle): Map<unknown, number> {
  const seqs = new Map<unknown, number>();
  for (const e of b.events) {
    if (!isObject(e.payload)) continue;
    const id = e.type === "artifact_created" ? e.payload.artifact_id : e.type === "tool_call_requested" ? `${e.run_id}:${e.step_id}:${String(e.payload.tool)}:${bareHash(e.payload_hash)}` : undefined;
    if (id !== undefined && !seqs.has(id)) seqs.set(id, e.seq);
  }
  return seqs;
}

const SEQUENCES: Record<Exclude<GoldenDimension, "final-state" | "cost">, Projection> = {
  events: { base: "events", items: (b) => b.events.map((e, index) => ({ key: e.type, label: labelOf(e.type), index })) },
  "tool-ledger": {
    base: "tool_ledger",
    items: (b, n, seqs) =>
      b.tool_ledger.map((r, index) => {
        // The request as made, ids normalized: the raw request_hash changes whenever an id in the args does.
        const request = r.request_ref === null ? r.request_hash : normalizedDigest(n, r.request_ref);
        return { key: `${r.tool_name} ${r.status} ${request}`, label: labelOf(`${r.tool_name} ${r.status} request ${request}`), index, at: seqs.get(r.idempotency_key) };
      }),
  },
  artifacts: {
    base: "artifacts",
    items: (b, n, seqs) =>
      b.artifacts.map((a, index) => {
        // Inline content is compared by the hash of its normalized text: ids inside it change blob_hash every run.
        const content = a.blob_ref && !a.blob_ref.startsWith("blob://") ? { content: normalizedDigest(n, a.blob_ref) } : { blob_hash: a.blob_hash };
        return item({ name: n.text(a.name), ...content, metadata: n.value(a.metadata) }, index, seqs.get(a.artifact_id));
      }),
  },
  media: {
    base: "media_artifacts",
    items: (b, n, seqs) => b.media_artifacts.map((m, index) => item(n.value(pick(m, ["name", "kind", "uri", "content_ref", "blob_hash", "lineage"])), index, seqs.get(m.artifact_id))),
  },
  streams: {
    base: "stream_checkpoints",
    items: (b, n, seqs) => b.stream_checkpoints.map((c, index) => item(n.value(pick(c, ["name", "stream_id", "consumer_id", "offset", "watermark", "chunk", "partial_result_ref"])), index, seqs.get(c.artifact_id))),
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

/** One diff line's worth of text: control characters blanked (a line stays a line), long text cut. */
export function labelOf(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u2028\u2029]/g, " ");
  return line.length > MAX_LABEL ? `${line.slice(0, MAX_LABEL)}…` : line;
}

function item(value: unknown, index: number, at?: number): Item {
  const text = json(value);
  return { key: text, label: labelOf(text), index, at };
}

export function compareWithGolden(current: LoadedBundle & { bundle: EvidenceBundle }, golden: LoadedBundle & { bundle: EvidenceBundle }, options: GoldenOptions = DEFAULT_GOLDEN_OPTIONS): GoldenResult {
  const nc = new Normalizer(options.normalize, current.bundle);
  const ng = new Normalizer(options.normalize, golden.bundle);
  const dimensions: DimensionResult[] = [];
  const [sc, sg] = [creationSeqs(current.bundle), creationSeqs(golden.bundle)];
  for (const dimension of GOLDEN_DIMENSIONS) {
    if (options.ignore.includes(dimension)) continue;
    if (dimension === "cost") dimensions.push(compareCost(current.bundle, golden.bundle, options.cost));
    else if (dimension === "final-state") dimensions.push(compareState(nc.value(current.bundle.final_state), ng.value(golden.bundle.final_state), options.match["final-state"] ?? "strict"));
    else {
      const p = SEQUENCES[dimension];
      const [g, c] = [inCreationOrder(p.items(golden.bundle, ng, sg)), inCreationOrder(p.items(current.bundle, nc, sc))];
      dimensions.push({ dimension, ...alignSequences(g, c, options.match[dimension] ?? "strict", p.base) });
    }
  }
  return { current: current.file, golden: golden.file, passed: dimensions.every((d) => d.changes.length === 0), dimensions };
}

/** Align two sequences under a match mode: the failing changes and unified-diff lines. */
export function alignSequences(golden: Item[], current: Item[], mode: MatchMode, base: string): Omit<DimensionResult, "dimension"> {
  if (mode === "unordered") return { mode, ...multisetDiff(golden, current, base) };
  const parts = diffArrays(golden.map((i) => i.key), current.map((i) => i.key), { maxEditLength: MAX_ALIGNED_EDITS });
  if (!parts) return { mode, ...multisetDiff(golden, current, base), note: `more than ${MAX_ALIGNED_EDITS} differences: not aligned, compared as multisets` };
  const changes: GoldenChange[] = [];
  const lines: DiffLine[] = [];
  let gi = 0;
  let ci = 0;
  for (const part of parts) {
    for (let k = 0; k < part.count; k++) {
      if (part.added) {
        const c = current[ci]!;
        lines.push({ op: "+", text: `#${c.index + 1} ${c.label}` });
        if (mode === "strict") changes.push({ op: "added", pointer: [base, c.index], text: `#${c.index + 1} ${c.label} is not in the golden` });
        ci++;
      } else if (part.removed) {
        const g = golden[gi]!;
        lines.push({ op: "-", text: `#${g.index + 1} ${g.label}` });
        changes.push({ op: "removed", pointer: ci < current.length ? [base, current[ci]!.index] : [base], text: `golden #${g.index + 1} ${g.label} is missing` });
        gi++;
      } else {
        lines.push({ op: " ", text: `#${current[ci]!.index + 1} ${current[ci]!.label}` });
        gi++;
        ci++;
      }
    }
  }
  return { mode, changes, lines: hunks(lines) };
}

function multisetDiff(golden: Item[], current: Item[], base: string): { changes: GoldenChange[]; lines: DiffLine[] } {
  const counts = new Map<string, number>();
  for (const g of golden) counts.set(g.key, (counts.get(g.key) ?? 0) + 1);
  const changes: GoldenChange[] = [];
  const lines: DiffLine[] = [];
  for (const c of current) {
    const left = counts.get(c.key) ?? 0;
    if (left > 0) counts.set(c.key, left - 1);
    else {
      changes.push({ op: "added", pointer: [base, c.index], text: `#${c.index + 1} ${c.label} is not in the golden` });
      lines.push({ op: "+", text: `#${c.index + 1} ${c.label}` });
    }
  }
  for (const g of golden) {
    const left = counts.get(g.key) ?? 0;
    if (left === 0) continue;
    counts.set(g.key, left - 1);
    changes.push({ op: "removed", pointer: [base], text: `golden #${g.index + 1} ${g.label} is missing` });
    lines.push({ op: "-", text: `#${g.index + 1} ${g.label}` });
  }
  return { changes, lines: lines.slice(0, MAX_DIFF_LINES) };
}

/** Keep changed lines with CONTEXT lines around them; "@@" lines separate hunks. */
function hunks(lines: DiffLine[]): DiffLine[] {
  const keep = new Uint8Array(lines.length);
  lines.forEach((l, i) => {
    if (l.op === " ") return;
    for (let j = Math.max(0, i - CONTEXT); j <= Math.min(lines.length - 1, i + CONTEXT); j++) keep[j] = 1;
  });
  const out: DiffLine[] = [];
  let gap = false;
  for (let i = 0; i < lines.length && out.length < MAX_DIFF_LINES; i++) {
    if (!keep[i]) {
      gap = true;
      continue;
    }
    if (gap && out.length > 0) out.push({ op: " ", text: "@@" });
    gap = false;
    out.push(lines[i]!);
  }
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
function compareCost(current: EvidenceBundle, golden: EvidenceBundle, tolerance: GoldenOptions["cost"]): DimensionResult {
  const changes: GoldenChange[] = [];
  const lines: DiffLine[] = [];
  for (const field of ["total_usd", "model_tokens", "tool_calls"] as const) {
    const c = current.cost_summary[field];
    const g = golden.cost_summary[field];
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

export function goldenFindings(result: GoldenResult, current: LoadedBundle): Finding[] {
  const out: Finding[] = [];
  for (const d of result.dimensions) {
    const label = `${d.dimension} (${d.mode}) vs ${result.golden}`;
    for (const change of d.changes.slice(0, MAX_GOLDEN_FINDINGS)) out.push(toFinding(current, { rule: goldenRegression, pointer: change.pointer, args: [label, change.text] }));
    if (d.changes.length > MAX_GOLDEN_FINDINGS) {
      out.push(toFinding(current, { rule: goldenRegression, pointer: [], args: [label, `…and ${d.changes.length - MAX_GOLDEN_FINDINGS} more differences`] }));
    }
  }
  return out;
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

