import { isObject } from "../data";
import type { Range } from "../kernel/findings";
import { AGENTLEDGER_APPROVAL_EVENT, APPROVAL, KEPT_ATTRIBUTES } from "./conventions";

/** An OTLP attribute value as Flowgate keeps it (int64 values arrive as strings or numbers). */
export type AttrValue = string | number | boolean | string[];

export interface SpanEvent {
  name: string;
  /** Microseconds since the epoch (0 when absent). */
  timeUs: number;
  attrs: Record<string, AttrValue>;
}

/** One span, reduced to what the checks read: memory per span does not grow with its other attributes. */
export interface TraceSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  startUs: number;
  endUs: number;
  error: boolean;
  statusMessage?: string;
  attrs: Map<string, AttrValue>;
  /** Only the approval events (Flowgate's and agentledger's). */
  events: SpanEvent[];
  /** Span ids this span links to (the first MAX_SPAN_ITEMS). */
  links: string[];
  /** The span links to more spans than `links` keeps: a decision among the rest is unread. */
  linksCut?: boolean;
  range: Range;
}

/** Longest string attribute kept (arguments can be large; the head is enough to show and compare). */
export const MAX_ATTRIBUTE_CHARS = 4096;
/** Most links and approval events kept per span. */
export const MAX_SPAN_ITEMS = 32;

const HEX32 = /^[0-9a-f]{32}$/i;
const HEX16 = /^[0-9a-f]{16}$/i;
const NANOS = /^\d{1,20}$/;
const APPROVAL_EVENTS = new Set<string>([APPROVAL.event, AGENTLEDGER_APPROVAL_EVENT]);

function micros(value: unknown): number | undefined {
  const text = typeof value === "number" && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== "string" || !NANOS.test(text)) return undefined;
  return Number(BigInt(text) / 1000n);
}

function clip(s: string): string {
  return s.length > MAX_ATTRIBUTE_CHARS ? `${s.slice(0, MAX_ATTRIBUTE_CHARS)}…` : s;
}

/** The protobuf-JSON AnyValue as a plain value (nested arrays of strings only; maps are not read). */
export function anyValue(v: unknown): AttrValue | undefined {
  if (!isObject(v)) return undefined;
  if (typeof v.stringValue === "string") return clip(v.stringValue);
  if (typeof v.boolValue === "boolean") return v.boolValue;
  if (typeof v.intValue === "number" || typeof v.intValue === "string") {
    const n = Number(v.intValue);
    return Number.isFinite(n) ? n : undefined;
  }
  if (typeof v.doubleValue === "number") return v.doubleValue;
  if (isObject(v.arrayValue) && Array.isArray(v.arrayValue.values)) return v.arrayValue.values.slice(0, MAX_SPAN_ITEMS).map((x) => String(anyValue(x) ?? ""));
  return undefined;
}

/** The attributes `keep` names, or why they cannot be read one way: a key named twice (OTLP requires each once; readers keep either copy). */
function attributes(list: unknown, keep: (key: string) => boolean): Map<string, AttrValue> | string {
  const out = new Map<string, AttrValue>();
  if (!Array.isArray(list)) return out;
  const seen = new Set<string>();
  for (const kv of list) {
    if (!isObject(kv) || typeof kv.key !== "string" || !keep(kv.key)) continue;
    if (seen.has(kv.key)) return `attribute ${clip(kv.key)} is named twice (readers keep either copy)`;
    seen.add(kv.key);
    const value = anyValue(kv.value);
    if (value !== undefined) out.set(kv.key, value);
  }
  return out;
}

const isError = (status: unknown) => isObject(status) && (status.code === 2 || status.code === "STATUS_CODE_ERROR");

/** A raw OTLP/JSON span as a TraceSpan, or why it cannot be read. */
export function toTraceSpan(raw: unknown, range: Range): TraceSpan | string {
  if (!isObject(raw)) return "not an object";
  const { traceId, spanId, parentSpanId, name } = raw;
  if (typeof traceId !== "string" || !HEX32.test(traceId)) return "traceId is not 32 hex digits";
  if (typeof spanId !== "string" || !HEX16.test(spanId)) return "spanId is not 16 hex digits";
  if (parentSpanId !== undefined && parentSpanId !== "" && (typeof parentSpanId !== "string" || !HEX16.test(parentSpanId))) return "parentSpanId is not 16 hex digits";
  if (typeof name !== "string") return "name is not a string";
  const startUs = micros(raw.startTimeUnixNano);
  const endUs = micros(raw.endTimeUnixNano);
  if (startUs === undefined || endUs === undefined) return "startTimeUnixNano/endTimeUnixNano are not Unix nanoseconds";
  const attrs = attributes(raw.attributes, (k) => KEPT_ATTRIBUTES.has(k));
  if (typeof attrs === "string") return attrs;
  const events: SpanEvent[] = [];
  for (const e of Array.isArray(raw.events) ? raw.events : []) {
    if (!isObject(e) || typeof e.name !== "string" || !APPROVAL_EVENTS.has(e.name)) continue;
    // A decision past those kept could be a denial, which wins over every approval: such a span is not judged.
    if (events.length === MAX_SPAN_ITEMS) return `more than ${MAX_SPAN_ITEMS} approval events`;
    const eventAttrs = attributes(e.attributes, () => true);
    if (typeof eventAttrs === "string") return `${e.name} event: ${eventAttrs}`;
    events.push({ name: e.name, timeUs: micros(e.timeUnixNano) ?? 0, attrs: Object.fromEntries(eventAttrs) });
  }
  const links: string[] = [];
  let linksCut = false;
  for (const l of Array.isArray(raw.links) ? raw.links : []) {
    if (!isObject(l) || typeof l.spanId !== "string" || !HEX16.test(l.spanId)) continue;
    if (links.length < MAX_SPAN_ITEMS) links.push(l.spanId.toLowerCase());
    else linksCut = true;
  }
  const status = isObject(raw.status) ? raw.status : {};
  return {
    traceId: traceId.toLowerCase(),
    spanId: spanId.toLowerCase(),
    parentSpanId: typeof parentSpanId === "string" && parentSpanId !== "" ? parentSpanId.toLowerCase() : undefined,
    name: clip(name),
    startUs,
    endUs,
    error: isError(status),
    statusMessage: typeof status.message === "string" && status.message !== "" ? clip(status.message) : undefined,
    attrs,
    events,
    links,
    ...(linksCut && { linksCut }),
    range,
  };
}

export const str = (v: AttrValue | undefined): string | undefined => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
