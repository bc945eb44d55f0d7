import { closeSync, openSync, readSync } from "node:fs";
import type { Finding } from "../kernel/findings";
import { DEFAULT_LIMITS, type SourceLimits } from "../kernel/limits";
import { evaluateBundleFile } from "./evaluate";
import { compactKey, creationIdOf, type GoldenSource, labelOf, type RecordBase } from "./golden";
import type { Problem } from "./load";
import type { EvidenceBundle } from "./schema";
import { accepted } from "../kernel/zod-accepts";
import { ITEM_SCHEMAS, type Located, place, TOP_VALUES_SCHEMA } from "./stream";
import { withTightHeap } from "./stream-heap";
import { readTopLevel } from "./stream-scan";
import { type Span, StreamSyntaxError, type TopLevelReader } from "./stream-json";
import { digestKey } from "./stream-joins";
import { namesRecord } from "../data";

/** A bundle file read for a golden comparison in one streaming pass: what the comparison needs, and how to place its findings. */
export interface StreamedGolden {
  source: GoldenSource;
  /** Findings about this bundle at their positions in the file (line/column from byte spans, as stream.ts places them). */
  place(problems: readonly Problem[]): Finding[];
}

const RECORD_BASES: readonly RecordBase[] = ["tool_ledger", "artifacts", "media_artifacts", "stream_checkpoints"];
/** Most distinct event types shared as one string each (a hostile bundle's distinct types are then kept once per event). */
const MAX_INTERNED = 65_536;

class NotABundle extends Error {}

/**
 * creationSeqs' Map<unknown, number> on fixed-size keys: strings by digest, numbers, booleans and null by
 * value (SameValueZero as a Map compares them); an object or array id never equals another record's, so it
 * gets no key.
 */
function idKey(id: unknown): string | undefined {
  if (typeof id === "string") return "s" + digestKey(id);
  if (typeof id === "number" || typeof id === "boolean") return typeof id + String(id);
  return id === null ? "null" : undefined;
}

/**
 * One streaming pass over a bundle file of any size, keeping what compareSources reads: each event's
 * compact key (its type, or a digest of a long one with its label), the seq that created each record
 * (by idKey), the step ids, the top-level values (run, cost_summary, final_state — held whole, as parsed),
 * and where every ledger row, artifact, media artifact and stream checkpoint lies (two numbers each): the
 * comparison reads those again one at a time, after the pass, so the normalizer sees them in the same
 * order as in memory whatever the order of the file's arrays. Event spans are kept for the current bundle
 * only (its findings point at events). A bundle that is not valid (parse or schema) gets the streaming
 * evaluation's findings, exactly what `flowgate evaluate` reports for it.
 */
export function streamGolden(path: string, file: string, placeEvents: boolean, limits: SourceLimits = DEFAULT_LIMITS): StreamedGolden | { findings: Finding[] } {
  try {
    return withTightHeap(() => readTopLevel((read) => readGolden(path, file, placeEvents, read)));
  } catch (e) {
    if (!(e instanceof NotABundle || e instanceof StreamSyntaxError || e instanceof RangeError)) throw e;
    return { findings: evaluateBundleFile(path, file, limits, {}, 0).findings };
  }
}

function readGolden(path: string, file: string, placeEvents: boolean, read: TopLevelReader): StreamedGolden {
  // By the bundle's own keys (stream.ts evaluatePass).
  const tops = namesRecord<unknown>();
  const keySpans = new Map<string, Span>();
  const valueSpans = new Map<string, Span>();
  const root: Span = { start: 0, end: 0 };
  const spans: Partial<Record<string, number[]>> = namesRecord(Object.fromEntries([...RECORD_BASES, ...(placeEvents ? ["events"] : [])].map((k) => [k, []])));
  const keys: string[] = [];
  const longLabels = new Map<number, string>();
  const interned = new Map<string, string>();
  const seqs = new Map<string, number>();
  const steps: { step_id: string }[] = [];

  read(path, {
    key: (key, span) => void keySpans.set(key, span),
    value(key, value, span) {
      tops[key] = value;
      valueSpans.set(key, span);
    },
    arrayStart() {},
    item(key, i, value, span) {
      if (ITEM_SCHEMAS[key] && !accepted(ITEM_SCHEMAS[key], value)) throw new NotABundle();
      spans[key]?.push(span.start, span.end);
      if (key === "events") {
        const e = value as EvidenceBundle["events"][number];
        const k = compactKey(e.type);
        if (k.charCodeAt(0) === 0) longLabels.set(i, labelOf(e.type));
        const shared = interned.get(k);
        if (shared === undefined && interned.size < MAX_INTERNED) interned.set(k, k);
        keys.push(shared ?? k);
        const id = idKey(creationIdOf(e));
        if (id !== undefined && !seqs.has(id)) seqs.set(id, e.seq);
      } else if (key === "steps") steps.push({ step_id: (value as EvidenceBundle["steps"][number]).step_id });
    },
    arrayEnd: (key, _length, span) => void valueSpans.set(key, span),
    end: (span) => void Object.assign(root, span),
  });
  const arrays = Object.keys(ITEM_SCHEMAS).filter((k) => ITEM_SCHEMAS[k]);
  if (!TOP_VALUES_SCHEMA.safeParse(tops).success || arrays.some((k) => !valueSpans.has(k) || k in tops)) throw new NotABundle();

  const b = tops as Pick<EvidenceBundle, "run" | "cost_summary" | "final_state">;
  const source: GoldenSource = {
    run: b.run,
    steps,
    finalState: b.final_state,
    costSummary: b.cost_summary,
    events: { keys, label: (i) => longLabels.get(i) ?? labelOf(keys[i]!), index: (i) => i },
    records: (base) => recordsAt(path, spans[base]!) as Iterable<EvidenceBundle[typeof base][number]>,
    seqOf(id) {
      const k = idKey(id);
      return k === undefined ? undefined : seqs.get(k);
    },
  };
  const locate = (p: Problem): Located => {
    const [key, index] = p.pointer as [string | undefined, unknown];
    if (key === undefined) return { problem: p, span: root, inner: [] };
    const items = spans[key];
    if (typeof index === "number" && items) return { problem: p, span: { start: items[2 * index]!, end: items[2 * index + 1]! }, inner: p.pointer.slice(2) };
    // A pointer into a top-level value whose first step is missing (a key the golden has and this bundle lacks) is shown on the value's key, as the in-memory locator does.
    const value = tops[key];
    const missing = p.pointer.length > 1 && !(value !== null && typeof value === "object" && Object.hasOwn(value, String(index)));
    return missing ? { problem: p, span: keySpans.get(key)!, inner: [] } : { problem: p, span: valueSpans.get(key)!, inner: p.pointer.slice(1) };
  };
  return { source, place: (problems) => place(path, file, problems.map(locate), root) };
}

/** The records at these spans, read and JSON.parsed one at a time (as the whole-document path parses them). */
function* recordsAt(path: string, spans: readonly number[]): Generator<unknown> {
  const fd = openSync(path, "r");
  try {
    let buffer = Buffer.alloc(1 << 16);
    for (let i = 0; i < spans.length; i += 2) {
      const [start, end] = [spans[i]!, spans[i + 1]!];
      if (end - start > buffer.length) buffer = Buffer.alloc(end - start);
      readSync(fd, buffer, 0, end - start, start);
      yield JSON.parse(buffer.toString("utf8", 0, end - start));
    }
  } finally {
    closeSync(fd);
  }
}
