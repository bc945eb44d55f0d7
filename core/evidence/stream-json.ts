import { closeSync, openSync, readSync } from "node:fs";
import { TokenParser, Tokenizer, TokenType } from "@streamparser/json";

/** Where a top-level value or an item of a top-level array lies in the file (byte offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

export interface TopLevelVisitor {
  /** A top-level key and where the key itself is. */
  key(key: string, span: Span): void;
  /** A top-level value that is not an array, parsed. */
  value(key: string, value: unknown, span: Span): void;
  /** A top-level array starts (items follow, then arrayEnd). */
  arrayStart(key: string, start: number): void;
  /** One item of a top-level array, parsed; the others are not in memory. */
  item(key: string, index: number, value: unknown, span: Span): void;
  arrayEnd(key: string, length: number, span: Span): void;
  /** The whole object, from its opening to its closing brace (what a finding about the bundle as a whole spans). */
  end(span: Span): void;
}

/** How a reader takes what the evidence check refuses (a reader of approvals takes every reading another reader may). */
export interface TopLevelOptions {
  /** A leading UTF-8 byte order mark: refused (StreamSyntaxError at 0, the default), or read as whitespace. */
  byteOrderMark?: "refused" | "read as space";
  /** A key named twice in one object: refused (DuplicateKey, the default), or each copy visited (a top-level one). */
  duplicateKeys?: "refused" | "visited";
}

/** A reader of a bundle file's top level (streamTopLevel, or stream-scan's faster scanTopLevel): returns the file's size. */
export type TopLevelReader = (path: string, visitor: TopLevelVisitor) => number;

/** The file is not the JSON object it should be: where (byte offset) and what. */
export class StreamSyntaxError extends Error {
  constructor(
    readonly offset: number,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * The bundle names a key twice in one object. JSON.parse (the whole-document path, and most readers) keeps the last,
 * other readers the first, and one pass cannot know which copy to evaluate: both paths refuse the bundle with
 * `source/duplicate-key` at the second key.
 */
export class DuplicateKey extends StreamSyntaxError {
  constructor(
    offset: number,
    readonly end: number,
    readonly key: string,
  ) {
    super(offset, `duplicate key ${JSON.stringify(key)}`);
  }
}

const CHUNK = 1 << 20;
/** Why a bundle starting with a UTF-8 byte order mark is not read (both paths, in these words). */
export const BYTE_ORDER_MARK = "a byte order mark, which JSON.parse refuses";

type State = "start" | "key" | "colon" | "value" | "comma" | "item" | "itemComma" | "done";

/**
 * One pass over a JSON object file of any size with @streamparser/json: top-level values and the items of
 * top-level arrays are parsed one at a time and handed to the visitor, then dropped — memory is bounded by
 * the largest single item, not the file. Grammar above item level is checked here; inside an item by the
 * token parser.
 */
export function streamTopLevel(path: string, visitor: TopLevelVisitor, options: TopLevelOptions = {}): number {
  const tokenizer = new Tokenizer({ stringBufferSize: 64 * 1024 });
  let state: State = "start";
  let key = "";
  let index = 0;
  let arrayStart = 0;
  // The value being assembled (a top-level value or an array item): its parser, its open containers (an object's keys
  // so far, and whether a key comes next; undefined for an array), start.
  let unit: { parser: TokenParser; open: Array<{ keys: Set<string>; keyNext: boolean } | undefined>; start: number; value?: unknown; done: boolean } | undefined;
  const refuseTwice = options.duplicateKeys !== "visited";
  let pending: { value: unknown; start: number; end?: number; kind: "value" | "item" } | undefined;
  const seen = new Set<string>();

  const startUnit = (token: TokenType, value: unknown, offset: number, kind: "value" | "item") => {
    const parser = new TokenParser({ paths: ["$"], keepStack: false });
    const u = { parser, open: [] as NonNullable<typeof unit>["open"], start: offset, value: undefined as unknown, done: false };
    parser.onValue = ({ value: v }) => {
      u.value = v;
      u.done = true;
    };
    parser.onError = (e) => {
      if (e instanceof RangeError) throw e; // nested past the stack: the caller's finding, not a syntax error
      // `Unexpected TRUE (true) in state COMMA`: the value as written, not the parser's token and state names.
      throw new StreamSyntaxError(tokenOffset, e.message.replace(/^Unexpected \w+ \((.*)\) in state \w+$/s, "unexpected $1"));
    };
    unit = u;
    feed(token, value, offset, kind);
  };
  const feed = (token: TokenType, value: unknown, offset: number, kind: "value" | "item") => {
    const u = unit!;
    u.parser.write({ token, value, offset } as never);
    const container = u.open.at(-1);
    if (token === TokenType.LEFT_BRACE) u.open.push(refuseTwice ? { keys: new Set(), keyNext: true } : undefined);
    else if (token === TokenType.LEFT_BRACKET) u.open.push(undefined);
    else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) u.open.pop();
    else if (container && token === TokenType.COMMA) container.keyNext = true;
    else if (container?.keyNext && token === TokenType.STRING) {
      container.keyNext = false;
      const name = value as string;
      if (container.keys.has(name)) throw new DuplicateKey(offset, offset + Buffer.byteLength(JSON.stringify(name)), name);
      container.keys.add(name);
    }
    if (u.open.length === 0) {
      const closing = token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET;
      pending = { value: u.value, start: u.start, end: closing ? offset + 1 : undefined, kind };
      unit = undefined;
      state = kind === "value" ? "comma" : "itemComma";
    }
  };
  // A primitive's end is only known at the next token (strings may hold escapes): settle it there.
  const settle = (offset: number) => {
    if (!pending) return;
    const span = { start: pending.start, end: pending.end ?? offset };
    if (pending.kind === "value") visitor.value(key, pending.value, span);
    else visitor.item(key, index++, pending.value, span);
    pending = undefined;
  };

  let tokenOffset = 0;
  tokenizer.onToken = ({ token, value, offset }) => {
    tokenOffset = offset;
    if (unit) return feed(token, value, offset, state === "value" ? "value" : "item");
    settle(offset);
    switch (state) {
      case "start":
        if (token !== TokenType.LEFT_BRACE) throw new StreamSyntaxError(offset, "the bundle is not a JSON object");
        objectStart = offset;
        state = "key";
        return;
      case "key":
        if (token === TokenType.RIGHT_BRACE && seen.size === 0) return done(offset);
        if (token !== TokenType.STRING) throw new StreamSyntaxError(offset, "expected a property name");
        key = value as string;
        if (seen.has(key) && refuseTwice) throw new DuplicateKey(offset, offset + Buffer.byteLength(JSON.stringify(key)), key);
        seen.add(key);
        visitor.key(key, { start: offset, end: offset + Buffer.byteLength(JSON.stringify(key)) });
        state = "colon";
        return;
      case "colon":
        if (token !== TokenType.COLON) throw new StreamSyntaxError(offset, "expected a colon");
        state = "value";
        return;
      case "value":
        if (token === TokenType.LEFT_BRACKET) {
          index = 0;
          arrayStart = offset;
          visitor.arrayStart(key, offset);
          state = "item";
          return;
        }
        return startUnit(token, value, offset, "value");
      case "item":
        if (token === TokenType.RIGHT_BRACKET && index === 0) return closeArray(offset);
        return startUnit(token, value, offset, "item");
      case "itemComma":
        if (token === TokenType.COMMA) return void (state = "item");
        if (token === TokenType.RIGHT_BRACKET) return closeArray(offset);
        throw new StreamSyntaxError(offset, "expected a comma or a closing bracket");
      case "comma":
        if (token === TokenType.COMMA) return void (state = "key");
        if (token === TokenType.RIGHT_BRACE) return done(offset);
        throw new StreamSyntaxError(offset, "expected a comma or a closing brace");
      case "done":
        throw new StreamSyntaxError(offset, "unexpected content after the bundle");
    }
  };
  let objectStart = 0;
  const done = (offset: number) => {
    visitor.end({ start: objectStart, end: offset + 1 });
    state = "done";
  };
  const closeArray = (offset: number) => {
    visitor.arrayEnd(key, index, { start: arrayStart, end: offset + 1 });
    state = "comma";
  };
  tokenizer.onError = (e) => {
    if (e instanceof StreamSyntaxError || e instanceof RangeError) throw e;
    // The tokenizer says where in its message: `Unexpected "x" at chunk position "i" (absolute position "n") in state …`.
    const at = /absolute position "(\d+)"/.exec(e.message);
    const what = /^Unexpected "([\s\S])"/.exec(e.message);
    throw new StreamSyntaxError(at ? Number(at[1]) : -1, what ? `unexpected ${JSON.stringify(what[1])}` : e.message);
  };

  const fd = openSync(path, "r");
  const buffer = Buffer.allocUnsafe(CHUNK);
  let size = 0;
  try {
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, null)) > 0; size += n) {
      // The tokenizer skips a byte order mark without counting it (every offset after would be 3 bytes early);
      // JSON.parse, the whole-document path and agentledger refuse it: so does this one.
      if (size === 0 && n >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
        if (options.byteOrderMark !== "read as space") throw new StreamSyntaxError(0, BYTE_ORDER_MARK);
        buffer.fill(0x20, 0, 3);
      }
      tokenizer.write(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  settle(size);
  if ((state as State) !== "done") throw new StreamSyntaxError(size, "unexpected end of the file (the file looks truncated)");
  return size;
}

/** The bytes [start, end) of a file, as text (to locate a finding inside one item). */
export function readSpan(path: string, span: Span): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(span.end - span.start);
    readSync(fd, buffer, 0, buffer.length, span.start);
    return buffer.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * Line and column (1-based, columns in UTF-16 code units as every report counts them) of byte offsets,
 * in one more pass over the file — made only when there are findings to place.
 */
export function positionsOf(path: string, offsets: readonly number[]): Map<number, { line: number; column: number }> {
  const targets = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, { line: number; column: number }>();
  const fd = openSync(path, "r");
  const buffer = Buffer.allocUnsafe(CHUNK);
  let line = 1;
  let column = 1;
  let t = 0;
  try {
    for (let base = 0, n; t < targets.length && (n = readSync(fd, buffer, 0, CHUNK, base)) > 0; base += n) {
      for (let i = 0; i < n; i++) {
        while (t < targets.length && targets[t] === base + i) out.set(targets[t++]!, { line, column });
        const b = buffer[i]!;
        if (b === 10) {
          line++;
          column = 1;
        } else if ((b & 0xc0) !== 0x80) column += b >= 0xf0 ? 2 : 1;
      }
    }
  } finally {
    closeSync(fd);
  }
  for (; t < targets.length; t++) out.set(targets[t]!, { line, column });
  return out;
}
