import type { Range } from "../kernel/findings";
import { LineIndex } from "../kernel/source/lines";
import type { Pointer } from "../kernel/source/document";
import { closingQuote } from "../kernel/source/json-keys";

export interface Span {
  key?: [number, number];
  value: [number, number];
}

/**
 * Pointer → source range for a JSON text, computed only when a finding needs one. A bundle of a
 * million events is parsed with JSON.parse (fast, no spans); this scanner walks the text along one
 * pointer, skipping sibling values, and remembers every container's children it indexed, so many
 * findings in one array cost one pass over it, not one each.
 */
export class JsonLocator {
  private lineIndex?: LineIndex;
  private rootSpan?: Span;
  /** Each container's children indexed so far, by the container's offset. */
  private readonly children = new Map<number, Map<string, Span>>();

  constructor(readonly text: string) {}

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /** The whole value's span, found once: walking to its end is a pass over the text, and every rangeOf starts here. */
  private get root(): Span {
    const start = this.skipSpace(0);
    return (this.rootSpan ??= { value: [start, this.endOf(start)] });
  }

  /** The value's range (or its key's), or the nearest existing ancestor's when the pointer is absent. */
  rangeOf(pointer: Pointer, part: "value" | "key" = "value"): Range {
    return this.rangeWithin(this.root, pointer, part);
  }

  /** rangeOf below another value than the document (one copy of a twice-named key: copies). */
  rangeWithin(from: Span, pointer: Pointer, part: "value" | "key" = "value"): Range {
    let span = from;
    for (const step of pointer) {
      const child = this.childrenOf(span.value[0]).get(String(step));
      if (!child) return this.lines.range(span.key?.[0] ?? span.value[0], span.key?.[1] ?? span.value[1]);
      span = child;
    }
    const s = part === "key" && span.key ? span.key : span.value;
    return this.lines.range(s[0], s[1]);
  }

  /** Every value an object (default: the document) names `name`, in the text's order (a reader may take any copy of a twice-named key). */
  copies(name: string, within?: Span): Span[] {
    return [...this.members(within?.value[0] ?? this.skipSpace(0))].filter(([key]) => key === name).map(([, span]) => span);
  }

  /** An array's elements (an object's values), in the text's order. */
  elements(of: Span): Span[] {
    return [...this.members(of.value[0])].map(([, span]) => span);
  }

  has(pointer: Pointer): boolean {
    let at = this.skipSpace(0);
    for (const step of pointer) {
      const child = this.childrenOf(at).get(String(step));
      if (!child) return false;
      at = child.value[0];
    }
    return true;
  }

  private childrenOf(start: number): Map<string, Span> {
    let map = this.children.get(start);
    if (!map) {
      map = new Map();
      // A twice-named key's spans are its last copy's, as JSON.parse reads it.
      for (const [name, span] of this.members(start)) map.set(name, span);
      this.children.set(start, map);
    }
    return map;
  }

  /** The direct children of the container starting at `start`, by key or index, in the text's order, until the text stops making sense. */
  private *members(start: number): Generator<[string, Span]> {
    const t = this.text;
    const open = t.charCodeAt(start);
    if (open !== 123 && open !== 91) return;
    let i = this.skipSpace(start + 1);
    let n = 0;
    while (i < t.length && t.charCodeAt(i) !== 125 && t.charCodeAt(i) !== 93) {
      let keySpan: [number, number] | undefined;
      let name = String(n);
      if (open === 123) {
        const keyEnd = this.endOf(i);
        keySpan = [i, keyEnd];
        try {
          name = JSON.parse(t.slice(i, keyEnd)) as string;
        } catch {
          return;
        }
        i = this.skipSpace(keyEnd);
        if (t.charCodeAt(i) !== 58) return;
        i = this.skipSpace(i + 1);
      }
      const end = this.endOf(i);
      if (end <= i) return;
      yield [name, { key: keySpan, value: [i, end] }];
      n++;
      i = this.skipSpace(end);
      if (t.charCodeAt(i) === 44) i = this.skipSpace(i + 1);
      else break;
    }
  }

  private skipSpace(i: number): number {
    const t = this.text;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      i++;
    }
    return i;
  }

  /** Offset just after the JSON value starting at i (strings and containers skipped without recursion). */
  private endOf(i: number): number {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === 34) {
      const quote = closingQuote(t, i);
      return quote < t.length ? quote + 1 : t.length;
    }
    if (c === 123 || c === 91) {
      let depth = 0;
      for (let j = i; j < t.length; j++) {
        const d = t.charCodeAt(j);
        if (d === 34) j = this.endOf(j) - 1;
        else if (d === 123 || d === 91) depth++;
        else if (d === 125 || d === 93) {
          if (--depth === 0) return j + 1;
        }
      }
      return t.length;
    }
    let j = i;
    while (j < t.length && !/[\s,\]}]/.test(t[j]!)) j++;
    return j;
  }
}
