import { closeSync, createReadStream, readSync } from "node:fs";
import { openRegularFile } from "../kernel/workspace";
import { TokenParser, Tokenizer, TokenType } from "@streamparser/json";
import { isObject } from "../data";
import { JsonLocator } from "../evidence/locate";
import { type Finding, type Range, WHOLE_FILE } from "../kernel/findings";
import { repeatedKeyIn } from "../kernel/source/json-keys";
import { tooLarge } from "../kernel/source/rules";
import { utf16Units } from "../kernel/source/utf16";
import { invalidTrace, traceTooLarge } from "./rules";

/**
 * Streaming reader of OTLP/JSON trace files: one ExportTraceServiceRequest (`{ "resourceSpans": [...] }`)
 * per file, pretty-printed or not, or one per line as the Collector's file exporter writes them. What
 * the file is comes from its content: a first line that is a whole JSON object means one object per
 * line (each parsed with JSON.parse, fast); anything else is read token by token with @streamparser/json.
 * Either way only one span (or one line) is in memory at a time, and each span is handed on with the
 * position of its opening brace: 1-based line and column in UTF-16 code units, as everywhere in Flowgate,
 * whichever way it was read. A byte-order mark is not part of line 1 (editors hide it; core/kernel/source skips it).
 */

/** A line longer than this is read token by token instead of with JSON.parse. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** Most bytes one JSON value (a string attribute, say) or one span may take: bounds what is held at once. */
export const MAX_VALUE_BYTES = 64 * 1024 * 1024;
export interface ReadLimits {
  maxLineBytes: number;
  maxValueBytes: number;
}
export const DEFAULT_READ_LIMITS: ReadLimits = { maxLineBytes: MAX_LINE_BYTES, maxValueBytes: MAX_VALUE_BYTES };

/** Containers open inside a span: `{ resourceSpans [ { scopeSpans [ { spans [ {` is seven deep. */
const SPAN_DEPTH = 7;
/** Deepest nesting read; OTLP spans nest about ten levels (array values nest further, but not this far). */
export const MAX_DEPTH = 64;
/** Most load findings per file: a garbage file of a million lines must not produce a million. */
export const MAX_LOAD_FINDINGS = 50;

export type SpanSink = (span: unknown, range: Range) => void;

const SPAN_PATH = "$.resourceSpans.*.scopeSpans.*.spans.*";
const NEWLINE = 10;
const BOM = [0xef, 0xbb, 0xbf];

/** Token-by-token reading of JSON text (one or more top-level objects), tracking lines and each span's position. */
class StreamParser {
  private readonly tokenizer = new Tokenizer({ separator: "" });
  private readonly parser = new TokenParser({ paths: [SPAN_PATH], keepStack: false, separator: "" });
  /** Positions (and byte offsets) of the open containers' first characters. */
  private readonly open: Range[] = [];
  private readonly openedAt: number[] = [];
  private closed: Range = WHOLE_FILE;
  private line: number;
  private fed = 0;
  /** The piece being tokenized and its byte offset: token offsets fall in it (see position). */
  private piece: Uint8Array = new Uint8Array(0);
  private pieceStart = 0;
  /** UTF-16 units from the current line's start up to byte offset `cursor`. */
  private units = 0;
  private cursor = 0;
  /** Where the bytes between top-level values begin (after the last top-level `}`). */
  private betweenValues = 0;
  private lastToken = 0;
  private expectKey = false;
  /** The keys of each open object (undefined for an array), and whether a key comes next: a key named twice is refused. */
  private readonly keys: Array<Set<string> | undefined> = [];
  private keyNext = false;
  private sawResourceSpans = false;
  /** The top-level object's first key when it is not resourceSpans (reported once the object is read: see firstKeyNot). */
  private firstKeyOther?: { key: string; at: Range };
  private failed = false;

  constructor(
    private readonly sink: SpanSink,
    private readonly report: (finding: (file: string) => Finding) => void,
    private readonly limits: ReadLimits,
    firstLine = 1,
  ) {
    this.line = firstLine;
    this.tokenizer.onToken = ({ token, value, offset }) => this.onToken(token, value, offset);
    this.parser.onValue = ({ value }) => this.sink(value, this.closed);
    this.tokenizer.onError = (e) => this.fail(invalidTrace, `not valid JSON (${e.message})`);
    this.parser.onError = (e) => this.fail(invalidTrace, `not valid JSON (${e.message})`);
  }

  /**
   * Offsets come in order, and those positioned (braces, brackets, a top-level non-object) lie in the
   * piece being tokenized: count the units from the last one. A top-level value still unfinished at a
   * piece's end is placed by endPiece instead, while its first byte is at hand.
   */
  private position(offset: number): Range {
    if (offset > this.cursor) {
      this.units += utf16Units(this.piece, this.cursor - this.pieceStart, offset - this.pieceStart);
      this.cursor = offset;
    }
    const column = this.units + 1;
    return { line: this.line, column, endLine: this.line, endColumn: column + 1 };
  }

  /** A span's range ends after its closing brace when that is on its line, as the JSON.parse layout's does. */
  private through(opened: Range, offset: number): Range {
    const end = this.position(offset);
    return end.line === opened.line ? { ...opened, endColumn: end.column + 1 } : opened;
  }

  private fail(rule: typeof invalidTrace | typeof traceTooLarge, detail: string, at?: Range): void {
    if (this.failed) return;
    this.failed = true;
    const range = at ?? { line: this.line, column: 1, endLine: this.line, endColumn: 1 };
    this.report((file) => rule.at(file, range, detail));
  }

  private onToken(token: TokenType, value: unknown, offset: number): void {
    if (this.failed) return;
    this.lastToken = offset;
    const depth = this.open.length;
    // the parser builds each span whole: one span of many small values must not grow without bound either
    const span = this.openedAt[SPAN_DEPTH - 1];
    if (span !== undefined && offset - span > this.limits.maxValueBytes) return this.fail(traceTooLarge, `a span is over ${this.limits.maxValueBytes} bytes`, this.open[SPAN_DEPTH - 1]);
    if (depth === 0 && token !== TokenType.LEFT_BRACE && token !== TokenType.SEPARATOR) return this.fail(invalidTrace, "the top-level value is not an object", this.position(offset));
    if (depth === 1 && token === TokenType.STRING && this.expectKey && value === "resourceSpans") this.sawResourceSpans = true;
    this.expectKey = depth === 1 ? token === TokenType.COMMA : token === TokenType.LEFT_BRACE && depth === 0;
    if (this.keyNext && token === TokenType.STRING) {
      const keys = this.keys.at(-1)!;
      if (depth === 1 && keys.size === 0 && value !== "resourceSpans") this.firstKeyOther = { key: value as string, at: this.position(offset) };
      if (keys.has(value as string)) return this.fail(invalidTrace, namedTwice(value as string), this.position(offset));
      keys.add(value as string);
    }
    this.keyNext = token === TokenType.LEFT_BRACE || (token === TokenType.COMMA && this.keys.at(-1) !== undefined);
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      if (depth >= MAX_DEPTH) return this.fail(traceTooLarge, `nested deeper than ${MAX_DEPTH} levels`, this.position(offset));
      this.open.push(this.position(offset));
      this.openedAt.push(offset);
      this.keys.push(token === TokenType.LEFT_BRACE ? new Set() : undefined);
    } else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) {
      const opened = this.open.pop() ?? WHOLE_FILE;
      this.openedAt.pop();
      this.keys.pop();
      this.closed = this.open.length === SPAN_DEPTH - 1 ? this.through(opened, offset) : opened;
      if (this.open.length === 0) {
        this.betweenValues = offset + 1;
        const other = this.firstKeyOther;
        if (!this.sawResourceSpans) this.report((file) => invalidTrace.at(file, this.closed, "the object has no resourceSpans"));
        else if (other) this.report((file) => invalidTrace.at(file, other.at, firstKeyNot(other.key)));
        this.sawResourceSpans = false;
        this.firstKeyOther = undefined;
      }
    }
    this.parser.write({ token, value, offset } as Parameters<TokenParser["write"]>[0]);
  }

  write(bytes: Uint8Array): void {
    let start = 0;
    // pieces of at most a quarter of the value limit, so a value growing past it is caught within a piece
    const piece = Math.max(1, Math.min(1 << 20, this.limits.maxValueBytes >> 2));
    while (start < bytes.length && !this.failed) {
      const nl = bytes.indexOf(NEWLINE, start);
      const end = Math.min(nl === -1 ? bytes.length : nl + 1, start + piece);
      const max = this.limits.maxValueBytes;
      if (this.fed - this.lastToken > max) return this.fail(traceTooLarge, `a single JSON value is over ${max} bytes`);
      this.piece = bytes.subarray(start, end);
      this.pieceStart = this.fed;
      try {
        this.tokenizer.write(this.piece);
      } catch (e) {
        this.fail(invalidTrace, `not valid JSON (${(e as Error).message})`);
      }
      this.fed += end - start;
      this.endPiece(nl !== -1 && end === nl + 1);
      start = end;
    }
  }

  /** Count the rest of the piece's columns (its bytes are not kept); a line ends with it or goes on. */
  private endPiece(endsLine: boolean): void {
    if (this.open.length === 0 && !this.failed) {
      // between top-level values only whitespace or `{` (emitted at once) may stand: anything else is an
      // unfinished non-object (a long string, say), refused here at its first byte
      for (let i = Math.max(this.betweenValues, this.pieceStart) - this.pieceStart; i < this.piece.length; i++) {
        const b = this.piece[i]!;
        if (b !== 32 && b !== NEWLINE && b !== 13 && b !== 9) {
          this.fail(invalidTrace, "the top-level value is not an object", this.position(this.pieceStart + i));
          break;
        }
      }
    }
    if (endsLine) {
      this.line++;
      this.units = 0;
    } else this.units += utf16Units(this.piece, this.cursor - this.pieceStart, this.piece.length);
    this.cursor = this.fed;
  }

  end(): void {
    if (this.failed) return;
    if (this.open.length > 0) return this.fail(invalidTrace, "the file ends inside a JSON value (truncated)");
    try {
      this.tokenizer.end();
    } catch (e) {
      this.fail(invalidTrace, `not valid JSON (${(e as Error).message})`);
    }
  }
}

/** Feed bytes in chunks, then `end()`. Findings are about the file as a whole or a position in it; spans go to the sink. */
export class OtlpReader {
  private mode: "detect" | "lines" | "stream" = "detect";
  private stream?: StreamParser;
  /** The current line's bytes (lines mode, or the first line while detecting). */
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private line = 1;
  /** In lines mode, a line too long for JSON.parse is read by its own StreamParser. */
  private longLine?: StreamParser;
  readonly findings: Finding[] = [];
  private dropped = 0;

  constructor(
    private readonly file: string,
    private readonly sink: SpanSink,
    private readonly limits: ReadLimits = DEFAULT_READ_LIMITS,
  ) {}

  private report = (make: (file: string) => Finding): void => {
    if (this.findings.length < MAX_LOAD_FINDINGS) this.findings.push(make(this.file));
    else this.dropped++;
  };

  write(chunk: Uint8Array): void {
    if (this.mode === "stream") return this.stream!.write(chunk);
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf(NEWLINE, start);
      const end = nl === -1 ? chunk.length : nl;
      this.take(chunk.subarray(start, end));
      if (nl === -1) return;
      // the first line decided the mode: a stream takes the rest as is
      if (this.endLine()) return this.stream!.write(chunk.subarray(nl + 1));
      start = nl + 1;
    }
  }

  private take(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.longLine) return this.longLine.write(bytes);
    this.pending.push(Uint8Array.prototype.slice.call(bytes)); // a copy (a Buffer's own slice is a view of bytes a caller may reuse)
    this.pendingBytes += bytes.length;
    if (this.pendingBytes <= this.limits.maxLineBytes) return;
    // too long for JSON.parse: the first line makes the whole file a stream, a later one is streamed alone
    const buffered = this.takePending();
    if (this.mode === "detect") this.toStream(buffered);
    else {
      this.longLine = new StreamParser(this.sink, this.report, this.limits, this.line);
      this.longLine.write(buffered);
    }
  }

  /** The current line's bytes, emptied; line 1 without its byte-order mark. */
  private takePending(): Buffer {
    const bytes = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    const bom = this.mode === "detect" && BOM.every((b, i) => bytes[i] === b);
    return bom ? bytes.subarray(BOM.length) : bytes;
  }

  private toStream(buffered: Uint8Array): void {
    this.mode = "stream";
    this.stream = new StreamParser(this.sink, this.report, this.limits);
    this.stream.write(buffered);
  }

  /** Finish the current line; true when the file turned out to be one object read as a stream. */
  private endLine(): boolean {
    if (this.mode === "stream") {
      this.stream!.write(Uint8Array.of(NEWLINE));
      return true;
    }
    if (this.longLine) {
      this.longLine.end();
      this.longLine = undefined;
    } else {
      const text = this.takePending().toString("utf8");
      if (this.mode === "detect") {
        if (!isWholeObject(text)) {
          this.toStream(Buffer.from(text + "\n", "utf8"));
          return true;
        }
        this.mode = "lines";
      }
      this.parseLine(text);
    }
    this.line++;
    return false;
  }

  private parseLine(text: string): void {
    const line = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (line.trim() === "") return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      return this.report((file) => invalidTrace.at(file, { line: this.line, column: 1, endLine: this.line, endColumn: 1 }, `line ${this.line} is not valid JSON (${(e as Error).message})`));
    }
    const twice = repeatedKeyIn(data, line);
    if (twice) {
      const column = twice.offset + 1;
      return this.report((file) => invalidTrace.at(file, { line: this.line, column, endLine: this.line, endColumn: column + 1 }, namedTwice(twice.name)));
    }
    const locator = new JsonLocator(line);
    const at = (pointer: (string | number)[]): Range => {
      const r = locator.rangeOf(pointer);
      return { line: this.line, column: r.column, endLine: this.line, endColumn: r.line === r.endLine ? r.endColumn : r.column + 1 };
    };
    if (!isObject(data) || !Array.isArray(data.resourceSpans)) return this.report((file) => invalidTrace.at(file, at([]), `line ${this.line} has no resourceSpans array`));
    const first = FIRST_KEY.exec(line);
    const firstKey = first && (JSON.parse(first[2]!) as string);
    if (firstKey !== "resourceSpans") {
      const column = first![1]!.length + 1;
      return this.report((file) => invalidTrace.at(file, { line: this.line, column, endLine: this.line, endColumn: column + 1 }, firstKeyNot(firstKey ?? "")));
    }
    data.resourceSpans.forEach((rs, i) => {
      const scopes = isObject(rs) && Array.isArray(rs.scopeSpans) ? rs.scopeSpans : [];
      scopes.forEach((ss, j) => {
        const spans = isObject(ss) && Array.isArray(ss.spans) ? ss.spans : [];
        spans.forEach((span, k) => this.sink(span, at(["resourceSpans", i, "scopeSpans", j, "spans", k])));
      });
    });
  }

  end(): Finding[] {
    if (this.mode !== "stream" && (this.pendingBytes > 0 || this.longLine)) this.endLine();
    if (this.mode === "stream") this.stream!.end();
    if (this.mode === "detect" && this.line === 1) this.report((file) => invalidTrace.at(file, WHOLE_FILE, "the file is empty"));
    if (this.dropped > 0) this.findings.push(invalidTrace.at(this.file, WHOLE_FILE, `…and ${this.dropped} more problems not listed`));
    return this.findings;
  }
}

/**
 * A trace is told by its first key (isTraceText): an object whose first key is another (ExportTraceServiceRequest has
 * no other field) would be read as one here and not recognised as one where its approvals are judged.
 */
const firstKeyNot = (key: string) => `the object's first key is ${quotedKey(key)}, not resourceSpans (a trace is told by its first key)`;
/** The first key of a line's object as written (its quoted text), after what precedes it. */
const FIRST_KEY = /^(\s*\{\s*)("(?:[^"\\]|\\.)*")/;

/** JSON.parse keeps the last copy of a key named twice, other readers the first: such a file is not read one way. */
const namedTwice = (key: string) => `key ${quotedKey(key)} is named twice in one object (readers keep either copy)`;

/** A key as a message quotes it: its first 80 characters. */
const quotedKey = (key: string) => JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key);

/** Does this line hold one whole JSON object (so the file is one object per line)? */
function isWholeObject(text: string): boolean {
  const t = text.trim();
  if (!t.startsWith("{")) return false;
  try {
    return isObject(JSON.parse(t));
  } catch {
    return false;
  }
}

/** Read a trace's text (an editor's buffer, a test's fixture). */
export function readTraceText(text: string, file: string, sink: SpanSink, limits: ReadLimits = DEFAULT_READ_LIMITS): Finding[] {
  const reader = new OtlpReader(file, sink, limits);
  const bytes = Buffer.from(text, "utf8");
  for (let i = 0; i < bytes.length; i += 1 << 20) reader.write(bytes.subarray(i, i + (1 << 20)));
  return reader.end();
}

/** Read a trace file streaming (memory bounded by one span, not the file); a file over maxBytes is refused unread. */
export async function readTraceFile(path: string, file: string, maxBytes: number, sink: SpanSink, signal?: AbortSignal): Promise<Finding[]> {
  let fd: number;
  try {
    const opened = openRegularFile(path);
    fd = opened.fd;
    if (opened.size > maxBytes) {
      closeSync(fd);
      return [tooLarge.at(file, WHOLE_FILE, opened.size, maxBytes)];
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EISDIR" || code === "ESPECIAL") return [invalidTrace.at(file, WHOLE_FILE, code === "EISDIR" ? "not a file" : (e as Error).message)];
    return [invalidTrace.at(file, WHOLE_FILE, `cannot be read (${code ?? (e as Error).message})`)];
  }
  const reader = new OtlpReader(file, sink);
  try {
    // The stream owns the descriptor (closes it at the end or on abort).
    for await (const chunk of createReadStream(path, { fd, highWaterMark: 1 << 20, signal })) reader.write(chunk as Buffer);
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    return [...reader.end(), invalidTrace.at(file, WHOLE_FILE, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)];
  }
  return reader.end();
}

/** Bytes read to tell a trace from other JSON: enough for the first key of any file. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Is this file OTLP/JSON trace data? Decided by content, by tokenizing its start: the first key of its
 * first object is `resourceSpans` (ExportTraceServiceRequest's only field), not by a name or a substring.
 */
export function isTraceText(head: string | Uint8Array): boolean {
  const tokenizer = new Tokenizer({ separator: "" });
  let state: "start" | "key" | "done" = "start";
  let found = false;
  tokenizer.onToken = ({ token, value }) => {
    if (state === "start") state = token === TokenType.LEFT_BRACE ? "key" : "done";
    else if (state === "key") {
      found = token === TokenType.STRING && value === "resourceSpans";
      state = "done";
    }
    if (state === "done") throw new Sniffed();
  };
  try {
    tokenizer.write(head);
  } catch {
    // Sniffed, or not JSON: either way the answer is known
  }
  return found;
}

class Sniffed extends Error {}

export function isTraceFile(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openRegularFile(path).fd;
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return isTraceText(buffer.subarray(0, n));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
