import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";
import { keysHeld } from "../kernel/source/json-keys";
import { type TopLevelOptions, type TopLevelReader, type TopLevelVisitor, streamTopLevel } from "./stream-json";

/**
 * The fast reader declined the file: it is not a well-formed JSON object (or names a key twice in one object, or
 * holds an item too large for the scan window). Nothing it reported counts; the caller starts over on the tokenizer, whose findings
 * (the exact syntax error and where) are the ones reported.
 */
export class ScanDeclined extends Error {}

const CHUNK = 1 << 20;
/** Largest top-level value or array item the fast reader holds in its window; a larger one goes to the tokenizer. */
export const MAX_SCAN_ITEM_BYTES = 64 * 1024 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

/**
 * One pass over a JSON object file, visiting what streamTopLevel visits with the same spans and values:
 * a byte scan finds where each top-level value and array item starts and ends (strings and brackets
 * skipped, nothing decoded), and V8's JSON.parse parses that one item — native parsing instead of a
 * tokenizer in JavaScript, and the same parser as the whole-document path. Only the top-level grammar is
 * checked here; JSON.parse checks each item. On anything else it throws ScanDeclined.
 */
export function scanTopLevel(path: string, visitor: TopLevelVisitor, maxItemBytes = MAX_SCAN_ITEM_BYTES, options: TopLevelOptions = {}): number {
  const fd = openSync(path, "r");
  try {
    return new Scan(fd, visitor, maxItemBytes, options.duplicateKeys !== "visited").run(options.byteOrderMark === "read as space");
  } finally {
    closeSync(fd);
  }
}

/**
 * Read a bundle's top level with the fast reader, or — when it declines — start `pass` over with the
 * tokenizer (streamTopLevel). `pass` must build its state afresh on each call: what the fast reader
 * visited before it declined is dropped.
 */
export function readTopLevel<T>(pass: (read: TopLevelReader) => T): T {
  try {
    return pass(scanTopLevel);
  } catch (e) {
    if (!(e instanceof ScanDeclined)) throw e;
    return pass(streamTopLevel);
  }
}

class Scan {
  /** The window: the file's bytes [base, base + len). */
  private buf = Buffer.allocUnsafe(2 * CHUNK);
  private base = 0;
  private len = 0;
  private eof = false;
  /** The keys (colons outside strings) of the container endOfContainer last skipped. */
  private keysWritten = 0;

  constructor(
    private readonly fd: number,
    private readonly visitor: TopLevelVisitor,
    private readonly maxItemBytes: number,
    /** Decline a value naming a key twice in one object (the tokenizer says where), as the evidence check refuses it. */
    private readonly refuseKeyTwice: boolean,
  ) {}

  run(skipByteOrderMark: boolean): number {
    const v = this.visitor;
    let at = skipByteOrderMark && this.byte(0) === 0xef && this.byte(1) === 0xbb && this.byte(2) === 0xbf ? this.token(3, 3) : this.token(0, 0);
    if (this.byte(at) !== 0x7b) throw new ScanDeclined();
    const objectStart = at;
    const seen = new Set<string>();
    at = this.token(at + 1, at + 1);
    if (this.byte(at) === 0x7d) {
      v.end({ start: objectStart, end: at + 1 });
      return this.atEnd(at + 1);
    }
    for (;;) {
      if (this.byte(at) !== QUOTE) throw new ScanDeclined();
      const keyEnd = this.endOfString(at);
      const key = this.parse(at, keyEnd);
      if (typeof key !== "string" || seen.has(key)) throw new ScanDeclined();
      seen.add(key);
      v.key(key, { start: at, end: at + Buffer.byteLength(JSON.stringify(key)) });
      at = this.token(keyEnd, keyEnd);
      if (this.byte(at) !== 0x3a) throw new ScanDeclined();
      at = this.token(at + 1, at + 1);
      if (this.byte(at) === 0x5b) at = this.array(key, at);
      else {
        const [value, next, span] = this.item(at);
        v.value(key, value, span);
        at = next;
      }
      const c = this.byte(at);
      if (c === 0x7d) {
        v.end({ start: objectStart, end: at + 1 });
        return this.atEnd(at + 1);
      }
      if (c !== 0x2c) throw new ScanDeclined();
      at = this.token(at + 1, at + 1);
    }
  }

  /** The items of the top-level array opening at `open`; returns the offset of the token after it. */
  private array(key: string, open: number): number {
    const v = this.visitor;
    v.arrayStart(key, open);
    let at = this.token(open + 1, open + 1);
    let index = 0;
    if (this.byte(at) !== 0x5d) {
      for (;;) {
        const [value, next, span] = this.item(at);
        v.item(key, index++, value, span);
        at = next;
        const c = this.byte(at);
        if (c === 0x5d) break;
        if (c !== 0x2c) throw new ScanDeclined();
        at = this.token(at + 1, at + 1);
      }
    }
    v.arrayEnd(key, index, { start: open, end: at + 1 });
    return this.token(at + 1, at + 1);
  }

  /**
   * The value starting at `start`, parsed; the offset of the token after it; and its span — a container's
   * ends after its closing bracket, a string's or other primitive's at that next token (as the tokenizer
   * settles them, since only the next token ends a number).
   */
  private item(start: number): [unknown, number, { start: number; end: number }] {
    const c = this.byte(start);
    const container = c === 0x7b || c === 0x5b;
    const end = container ? this.endOfContainer(start) : c === QUOTE ? this.endOfString(start) : this.endOfPrimitive(start);
    const value = this.parse(start, end);
    // JSON.parse keeps one copy of a key named twice: the value then holds fewer keys than the text names.
    if (container && this.refuseKeyTwice && keysHeld(value) !== this.keysWritten) throw new ScanDeclined();
    const next = this.token(end, end);
    return [value, next, { start, end: container ? end : next }];
  }

  private parse(start: number, end: number): unknown {
    if (end - start > this.maxItemBytes) throw new ScanDeclined();
    const bytes = this.buf.subarray(start - this.base, end - this.base);
    // Bytes that are not UTF-8 would decode to U+FFFD, so two different bytes would read the same; the tokenizer rejects them.
    if (!isUtf8(bytes)) throw new ScanDeclined();
    try {
      return JSON.parse(bytes.toString("utf8"));
    } catch {
      throw new ScanDeclined();
    }
  }

  /** The byte at file offset `at` (-1 past the end of the file). */
  private byte(at: number): number {
    return this.fill(at, at) ? this.buf[at - this.base]! : -1;
  }

  /** The offset of the first byte at or after `at` that is not JSON whitespace, keeping the window from `keep` on. */
  private token(at: number, keep: number): number {
    for (;;) {
      if (!this.fill(at, keep)) return at;
      const c = this.buf[at - this.base]!;
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return at;
      at++;
    }
  }

  /** After the closing brace only whitespace may follow. */
  private atEnd(at: number): number {
    at = this.token(at, at);
    if (this.byte(at) !== -1) throw new ScanDeclined();
    return this.base + this.len;
  }

  /** Offset just after the string opening at `start` (escapes skipped; JSON.parse checks them). */
  private endOfString(start: number): number {
    let i = start + 1 - this.base;
    for (;;) {
      const buf = this.buf;
      const len = this.len;
      while (i < len) {
        const c = buf[i]!;
        if (c === QUOTE) return this.base + i + 1;
        i += c === BACKSLASH ? 2 : 1;
      }
      const at = this.base + i;
      if (!this.fill(at, start)) throw new ScanDeclined();
      i = at - this.base;
    }
  }

  /** Offset just after the bracket closing the object or array opening at `start` (its keys counted in keysWritten). */
  private endOfContainer(start: number): number {
    let i = start - this.base;
    let depth = 0;
    let inString = false;
    let keys = 0;
    for (;;) {
      const buf = this.buf;
      const len = this.len;
      while (i < len) {
        const c = buf[i]!;
        if (inString) {
          if (c === QUOTE) inString = false;
          else if (c === BACKSLASH) i++;
        } else if (c === QUOTE) inString = true;
        else if (c === COLON) keys++;
        else if (c === 0x7b || c === 0x5b) depth++;
        else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
          this.keysWritten = keys;
          return this.base + i + 1;
        }
        i++;
      }
      const at = this.base + i;
      if (!this.fill(at, start)) throw new ScanDeclined();
      i = at - this.base;
    }
  }

  /** Offset just after a number or literal: it runs to the next whitespace, comma or closing bracket. */
  private endOfPrimitive(start: number): number {
    let at = start;
    for (;;) {
      if (!this.fill(at, start)) return at;
      const c = this.buf[at - this.base]!;
      if (c === 0x2c || c === 0x5d || c === 0x7d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) return at;
      at++;
    }
  }

  /** Make the byte at file offset `at` readable (false at the end of the file), keeping the bytes from `keep` on. */
  private fill(at: number, keep: number): boolean {
    while (at >= this.base + this.len) {
      if (this.eof) return false;
      const drop = keep - this.base;
      if (drop > 0) {
        this.buf.copy(this.buf, 0, drop, this.len);
        this.base += drop;
        this.len -= drop;
      }
      if (this.len + CHUNK > this.buf.length) {
        if (this.len > this.maxItemBytes) throw new ScanDeclined();
        const grown = Buffer.allocUnsafe(2 * this.buf.length);
        this.buf.copy(grown, 0, 0, this.len);
        this.buf = grown;
      }
      const n = readSync(this.fd, this.buf, this.len, CHUNK, this.base + this.len);
      if (n === 0) this.eof = true;
      this.len += n;
    }
    return true;
  }
}
