import * as YAML from "yaml";
import type { Finding } from "../findings";
import type { LineIndex } from "./lines";
import { duplicateKey, mergeKey } from "./rules";

/**
 * How Flowgate composes YAML, in one place: schema "core" holds even under a `%YAML 1.1` directive (else: timestamps
 * as Date objects, `n`/`no` as false, merge keys applied).
 */
export const COMPOSE_OPTIONS = { merge: false, uniqueKeys: false, prettyErrors: false, strict: true, version: "1.2", schema: "core" } as const;

export interface Span {
  key?: [number, number];
  value: [number, number];
}

/** Thrown where the tokens hold something yaml's composer could report, or that this reader leaves to it. */
const LEFT_TO_COMPOSER = new Error("left to yaml's composer");
const refuse = (): never => {
  throw LEFT_TO_COMPOSER;
};

// The composer's schema and options: its tags resolve plain scalars here exactly as there.
const template = new YAML.Document(undefined, COMPOSE_OPTIONS);
const TAGS = template.schema.tags as { default?: boolean | "key"; test?: RegExp; resolve: (s: string, onError: (m: string) => void, o: unknown) => unknown }[];
if (template.schema.compat || TAGS.some((t) => t.test && t.test.flags !== "")) throw new Error("yaml's core schema changed: review readCommonYaml");
/** Whether any tag's test matches: most plain scalars are strings, which this rules out in one match. */
const ANY_TAG_TEST = new RegExp(TAGS.flatMap((t) => (t.test ? [`(?:${t.test.source})`] : [])).join("|"));

type Token = YAML.CST.Token;
type SourceToken = YAML.CST.SourceToken;
type Resolved = { value: unknown; range: [number, number, number] };

interface Props {
  found: SourceToken | null;
  comma: SourceToken | null;
  hasNewline: boolean;
  comment: boolean;
  end: number;
}

/**
 * The data and spans of the common YAML a flow or Blueprint is written in, read straight from yaml's CST: block and
 * flow maps and sequences, plain, quoted and block scalars, comments. Identical to composing the tokens with yaml's
 * Composer (COMPOSE_OPTIONS) and converting the Document as parseYaml does, at a third of the cost. Returns undefined
 * (and the caller composes) for anything else: any token or layout the composer would report as an error or a warning,
 * anchors, aliases, tags, directives, explicit or empty keys, tabs, pairs inside flow sequences, several documents.
 */
export function readCommonYaml(tokens: readonly Token[], path: string, lines: LineIndex, maxDepth: number): { data: unknown; spans: Map<string, Span>; findings: Finding[] } | undefined {
  let doc: YAML.CST.Document | undefined;
  for (const t of tokens) {
    if (t.type === "document" && !doc) doc = t;
    else if (t.type !== "comment" && t.type !== "newline" && t.type !== "space") return undefined;
  }
  if (!doc) return undefined;
  const spans = new Map<string, Span>();
  const findings: Finding[] = [];
  try {
    const p = props(doc.start, "doc-start", false, doc.offset, true);
    const value = doc.value;
    if (p.found && value && (value.type === "block-map" || value.type === "block-seq") && !p.hasNewline) refuse();
    const reader = new Reader(path, lines, maxDepth, spans, findings);
    const root = value ? reader.node(value, "", 0, undefined, false) : reader.empty(p.end, doc.start, p, "", 0, undefined);
    endOffset(doc.end, root.range[2], false);
    return { data: root.value, spans, findings };
  } catch {
    return undefined;
  }
}

class Reader {
  constructor(
    private readonly path: string,
    private readonly lines: LineIndex,
    private readonly maxDepth: number,
    private readonly spans: Map<string, Span>,
    private readonly findings: Finding[],
  ) {}

  /** `at`: the node's span key, or null for a duplicate key's value (composed, so checked, but not converted). */
  node(token: Token, at: string | null, depth: number, key: [number, number] | undefined, atKey: boolean): Resolved {
    if (depth > this.maxDepth) refuse();
    const span: Span | undefined = at === null ? undefined : { key, value: [0, 0] };
    if (span) this.spans.set(at!, span);
    let r: Resolved;
    switch (token.type) {
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
      case "block-scalar":
        r = scalar(token, atKey);
        break;
      case "block-map":
        r = this.blockMap(token, at, depth);
        break;
      case "block-seq":
        r = this.blockSeq(token, at, depth);
        break;
      case "flow-collection":
        r = this.flowCollection(token, at, depth);
        break;
      default:
        return refuse();
    }
    if (span) span.value = [r.range[0], r.range[1]];
    return r;
  }

  /** An omitted value (`key:`): the composer's empty plain scalar, null, placed where it places it. */
  empty(offset: number, before: readonly SourceToken[] | undefined, p: Props, at: string | null, depth: number, key: [number, number] | undefined): Resolved {
    const token = { type: "scalar", offset: emptyScalarPosition(offset, before), indent: -1, source: "" } as YAML.CST.FlowScalar;
    const r = this.node(token, at, depth, key, false);
    if (p.comment) r.range[2] = p.end;
    return r;
  }

  private pair(out: Record<string, unknown>, keyToken: Token, k: Resolved, at: string | null, depth: number): string | null {
    const name = String(k.value);
    if (at === null) return null;
    const keySpan: [number, number] = [k.range[0], k.range[1]];
    if (name === "<<" && keyToken.type === "scalar") this.findings.push(mergeKey.at(this.path, this.lines.range(keySpan[0], keySpan[1])));
    // Every converted value is defined (an omitted one is null): a defined entry is an own one (no prototype).
    if (out[name] !== undefined) {
      this.findings.push(duplicateKey.at(this.path, this.lines.range(keySpan[0], keySpan[1]), name));
      return null;
    }
    return childKey(at, name);
  }

  private blockMap(bm: YAML.CST.BlockMap, at: string | null, depth: number): Resolved {
    const out: Record<string, unknown> = Object.create(null);
    let offset = bm.offset;
    let commentEnd: number | null = null;
    for (const { start, key, sep, value } of bm.items) {
      const kp = props(start, "explicit-key-ind", false, offset, true);
      if (kp.found) refuse();
      if (!sep) {
        if (key) refuse();
        commentEnd = kp.end;
        continue;
      }
      if (!key || !isFlowScalar(key) || key.indent !== bm.indent || containsNewline(key)) return refuse();
      const k = scalar(key, true);
      const vp = props(sep, "map-value-ind", false, k.range[2], false);
      if (!vp.found || (value?.type === "block-map" && !vp.hasNewline) || kp.end < vp.found.offset - 1024) refuse();
      const child = this.pair(out, key, k, at, depth);
      const keySpan: [number, number] = [k.range[0], k.range[1]];
      const v = value ? this.node(value, child, depth + 1, keySpan, false) : this.empty(vp.end, sep, vp, child, depth + 1, keySpan);
      if (child !== null) out[String(k.value)] = v.value;
      offset = v.range[2];
    }
    if (commentEnd && commentEnd < offset) refuse();
    return { value: out, range: [bm.offset, offset, commentEnd ?? offset] };
  }

  private blockSeq(bs: YAML.CST.BlockSequence, at: string | null, depth: number): Resolved {
    const out: unknown[] = [];
    let offset = bs.offset;
    let commentEnd: number | null = null;
    for (const { start, value } of bs.items) {
      const p = props(start, "seq-item-ind", false, offset, true);
      if (!p.found) {
        if (value) refuse();
        commentEnd = p.end;
        continue;
      }
      const child = at === null ? null : childKey(at, out.length);
      const v = value ? this.node(value, child, depth + 1, undefined, false) : this.empty(p.end, start, p, child, depth + 1, undefined);
      out.push(v.value);
      offset = v.range[2];
    }
    return { value: out, range: [bs.offset, offset, commentEnd ?? offset] };
  }

  private flowCollection(fc: YAML.CST.FlowCollection, at: string | null, depth: number): Resolved {
    const isMap = fc.start.source === "{";
    const map: Record<string, unknown> = Object.create(null);
    const seq: unknown[] = [];
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
      const { start, key, sep, value } = fc.items[i]!;
      const p = props(start, "explicit-key-ind", true, offset, false);
      if (p.found) refuse();
      if (!sep && !value) {
        if (key || (i === 0 && p.comma) || (i > 0 && i < fc.items.length - 1)) refuse();
        offset = p.end;
        continue;
      }
      if (i === 0 ? p.comma : !p.comma) refuse();
      let v: Resolved;
      if (!isMap && !sep) {
        if (key) refuse();
        const child = at === null ? null : childKey(at, seq.length);
        v = value ? this.node(value, child, depth + 1, undefined, false) : this.empty(p.end, undefined, p, child, depth + 1, undefined);
        seq.push(v.value);
      } else {
        if (!isMap || !key || !isFlowScalar(key)) return refuse();
        const k = scalar(key, true);
        const vp = props(sep ?? [], "map-value-ind", true, k.range[2], false);
        if (!vp.found) refuse();
        const child = this.pair(map, key, k, at, depth);
        const keySpan: [number, number] = [k.range[0], k.range[1]];
        v = value ? this.node(value, child, depth + 1, keySpan, false) : this.empty(vp.end, sep, vp, child, depth + 1, keySpan);
        if (child !== null) map[String(k.value)] = v.value;
      }
      if (value && (value.type === "block-map" || value.type === "block-seq")) refuse();
      offset = v.range[2];
    }
    const [ce, ...rest] = fc.end;
    if (ce?.source !== (isMap ? "}" : "]")) refuse();
    const cePos = ce!.offset + ce!.source.length;
    return { value: isMap ? map : seq, range: [fc.offset, cePos, rest.length > 0 ? endOffset(rest, cePos, true) : cePos] };
  }
}

function isFlowScalar(t: Token): t is YAML.CST.FlowScalar {
  return t.type === "scalar" || t.type === "single-quoted-scalar" || t.type === "double-quoted-scalar";
}

function containsNewline(key: YAML.CST.FlowScalar): boolean {
  return key.source.includes("\n") || (key.end?.some((t) => t.type === "newline") ?? false);
}

/** A scalar's value as yaml's composeScalar resolves it (core tags for plain scalars, strings otherwise) and converts it. */
function scalar(token: YAML.CST.FlowScalar | YAML.CST.BlockScalar, atKey: boolean): Resolved {
  const r = YAML.CST.resolveAsScalar(token, true, refuse)!;
  let value: unknown = r.value;
  if (token.type === "scalar" && ANY_TAG_TEST.test(r.value)) {
    const tag = TAGS.find((t) => (t.default === true || (atKey && t.default === "key")) && t.test?.test(r.value));
    if (tag) {
      try {
        const res = tag.resolve(r.value, refuse, template.options);
        value = YAML.isScalar(res) ? res.value : res;
      } catch {
        refuse();
      }
    }
  }
  return { value: typeof value === "bigint" ? Number(value) : value instanceof Uint8Array ? null : value, range: r.range };
}

/** yaml's resolveProps for the tokens before a node, refusing whatever it could report or this reader leaves to it. */
function props(tokens: readonly SourceToken[], indicator: string, flow: boolean, offset: number, startOnNewline: boolean): Props {
  let hasSpace = startOnNewline;
  let hasNewline = false;
  let comment = false;
  let found: SourceToken | null = null;
  let comma: SourceToken | null = null;
  for (const t of tokens) {
    switch (t.type) {
      case "space":
        if (t.source.includes("\t")) refuse();
        hasSpace = true;
        break;
      case "comment":
        if (!hasSpace) refuse();
        comment = true;
        break;
      case "newline":
        hasNewline = true;
        hasSpace = true;
        break;
      case indicator:
        if (found) refuse();
        found = t;
        hasSpace = false;
        break;
      case "comma":
        if (!flow || comma) refuse();
        comma = t;
        hasSpace = false;
        break;
      default:
        refuse();
    }
  }
  const last = tokens[tokens.length - 1];
  return { found, comma, hasNewline, comment, end: last ? last.offset + last.source.length : offset };
}

/** yaml's resolveEnd: the offset after the space, comments and newlines that end a node. */
function endOffset(end: readonly SourceToken[] | undefined, offset: number, reqSpace: boolean): number {
  let hasSpace = false;
  for (const t of end ?? []) {
    if (t.type === "space" || t.type === "newline") hasSpace = true;
    else if (t.type !== "comment" || (reqSpace && !hasSpace)) refuse();
    offset += t.source.length;
  }
  return offset;
}

/** yaml's emptyScalarPosition: after the last token that is not space, comment or newline, and the spaces after it. */
function emptyScalarPosition(offset: number, before: readonly SourceToken[] | undefined): number {
  if (!before) return offset;
  for (let i = before.length - 1; i >= 0; --i) {
    const st = before[i]!;
    if (st.type === "space" || st.type === "comment" || st.type === "newline") {
      offset -= st.source.length;
      continue;
    }
    for (let j = i + 1; before[j]?.type === "space"; j++) offset += before[j]!.source.length;
    break;
  }
  return offset;
}

/** The key of `parent`'s child `p` (a parser builds each node's key from its parent's, not from the whole path again). */
export function childKey(parent: string, p: string | number): string {
  const segment = String(p);
  return `${parent}/${segment.includes("~") || segment.includes("/") ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : segment}`;
}
