import type { Range } from "../kernel/findings";
import { LineIndex } from "../kernel/source/lines";
import { type Pointer, pointerKey } from "../kernel/source/document";

interface Span {
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
  private readonly children = new Map<string, Map<string, Span>>();

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
    let span = this.root;
    for (let i = 0; i < pointer.length; i++) {
      const child = this.childrenOf(pointer.slice(0, i), span.value[0]).get(String(pointer[i]));
      if (!child) return this.lines.range(span.key?.[0] ?? span.value[0], span.key?.[1] ?? span.value[1]);
      span = child;
    }
    const s = part === "key" && span.key ? span.key : span.value;
    return this.lines.range(s[0], s[1]);
  }

  has(pointer: Pointer): boolean {
    let at = this.skipSpace(0);
    for (let i = 0; i < pointer.length; i++) {
      const child = this.childrenOf(pointer.slice(0, i), at).get(String(pointer[i]));
      if (!child) return false;
      at = child.value[0];
    }
    return true;
  }

  private childrenOf(pointer: Pointer, start: number): Map<string, Span> {
    const key = pointerKey(pointer);
    let map = this.children.get(key);
    if (!map) {
      map = this.index(start);
      this.children.set(key, map);
    }
    return map;
  }

  /** The direct children of the container starting at `start`, by key or index. */
  private index(start: number): Map<string, Span> {
    const t = this.text;
    const out = new Map<string, Span>();
    const open = t.charCodeAt(start);
    if (open !== 123 && open !== 91) return out;
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
          return out;
        }
        i = this.skipSpace(keyEnd);
        if (t.charCodeAt(i) !== 58) return out;
        i = this.skipSpace(i + 1);
      }
      const end = this.endOf(i);
      if (end <= i) return out;
      if (!out.has(name)) out.set(name, { key: keySpan, value: [i, end] });
      n++;
      i = this.skipSpace(end);
      if (t.charCodeAt(i) === 44) i = this.skipSpace(i + 1);
      else break;
    }
    return out;
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
      for (let j = i + 1; j < t.length; j++) {
        const d = t.charCodeAt(j);
        if (d === 92) j++;
        else if (d === 34) return j + 1;
      }
      return t.length;
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
