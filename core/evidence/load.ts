import { isUtf8 } from "node:buffer";
import { closeSync, readFileSync, readSync } from "node:fs";
import { openRegularFile } from "../kernel/workspace";
import * as jsonc from "jsonc-parser";
import { z } from "zod";
import { type Finding, WHOLE_FILE } from "../kernel/findings";
import type { Rule } from "../kernel/rule";
import { DEFAULT_LIMITS, type SourceLimits } from "../kernel/limits";
import type { Pointer } from "../kernel/source/document";
import { repeatedKey, repeatedKeyIn } from "../kernel/source/json-keys";
import { duplicateKey, parseError, tooLarge } from "../kernel/source/rules";
import { BYTE_ORDER_MARK } from "./stream-json";
import { acceptsOf } from "../kernel/zod-accepts";
import { JsonLocator } from "./locate";
import { isObject } from "./json";
import { invalidBundle } from "./rules";
import { type EvidenceBundle, evidenceBundleSchema } from "./schema";

/** A check's finding before it has a position: the rule, the JSON pointer it is about, its message args. */
export interface Problem {
  rule: Rule<any>;
  pointer: Pointer;
  args: unknown[];
  /** Point at the key rather than the value (e.g. a record as a whole). */
  part?: "value" | "key";
}

export interface LoadedBundle {
  file: string;
  /** The document as parsed (key order kept, which bundle_hash depends on); set when it parsed. */
  data?: unknown;
  /** Set when the data matches the schema. */
  bundle?: EvidenceBundle;
  locator: JsonLocator;
  findings: Finding[];
}

/** Most schema findings reported per bundle: a garbage million-event file must not produce a million. */
export const MAX_SCHEMA_FINDINGS = 50;

export function toFinding(loaded: Pick<LoadedBundle, "file" | "locator">, p: Problem): Finding {
  const finding = p.rule.at(loaded.file, loaded.locator.rangeOf(p.pointer, p.part), ...p.args);
  return { ...finding, properties: { ...finding.properties, pointer: pointerText(p.pointer) } };
}

export function pointerText(pointer: Pointer): string {
  return pointer.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/**
 * Parse and schema-check one bundle. Never throws on bad input: every problem is a finding with a
 * position. JSON.parse is not recursive, so nesting is not pre-scanned (that pass cost as much as the
 * parse on large bundles); code that recurses into a hostile bundle runs under `guardDepth`.
 */
export function loadBundle(file: string, text: string, limits: SourceLimits = DEFAULT_LIMITS): LoadedBundle {
  const locator = new JsonLocator(text);
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limits.maxBytes) return { file, locator, findings: [tooLarge.at(file, WHOLE_FILE, bytes, limits.maxBytes)] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { file, locator, findings: [syntaxError(file, text, locator)] };
  }
  // JSON.parse keeps a twice-named key's last copy, other readers the first (and a runtime's own verifier hashes what it
  // reads): no one reading can be judged, and the streaming path cannot choose either. Both refuse it.
  const twice = repeatedKeyIn(data, text);
  if (twice) return { file, locator, findings: [keyNamedTwice(file, locator, twice)] };
  const issues = schemaIssues(data, MAX_SCHEMA_FINDINGS + 1);
  if (issues.length === 0) return { file, data, bundle: data as EvidenceBundle, locator, findings: [] };
  const loaded: LoadedBundle = { file, data, locator, findings: [] };
  for (const issue of issues.slice(0, MAX_SCHEMA_FINDINGS)) loaded.findings.push(toFinding(loaded, schemaProblem(issue, (p) => locator.has(p))));
  if (issues.length > MAX_SCHEMA_FINDINGS) loaded.findings.push(invalidBundle.at(file, WHOLE_FILE, "(bundle)", "…and more schema problems not listed"));
  return loaded;
}

const ARRAY_FIELDS = ["steps", "events", "tool_ledger", "approvals", "artifacts", "media_artifacts", "stream_checkpoints", "cost_records"] as const;
/** The bundle schema with its arrays' items left for one-by-one validation. */
const shellSchema = evidenceBundleSchema.extend(Object.fromEntries(ARRAY_FIELDS.map((k) => [k, z.array(z.unknown())])));

/**
 * evidenceBundleSchema's issues, up to `max`. Array items are validated one at a time: zod builds an
 * output copy of what it parses, and a copy of 100,000 events at once doubles the heap and the GC work,
 * while one item's copy dies young.
 */
function schemaIssues(data: unknown, max: number): z.core.$ZodIssue[] {
  const shell = acceptsOf(shellSchema)(data) ? undefined : shellSchema.safeParse(data);
  const issues = shell?.success === false ? [...shell.error.issues] : [];
  if (!isObject(data)) return issues.slice(0, max);
  for (const field of ARRAY_FIELDS) {
    const items = data[field];
    if (!Array.isArray(items)) continue;
    const item = evidenceBundleSchema.shape[field].element;
    const accepts = acceptsOf(item);
    for (let i = 0; i < items.length && issues.length < max; i++) {
      if (accepts(items[i])) continue;
      const r = item.safeParse(items[i]);
      if (!r.success) for (const issue of r.error.issues) issues.push({ ...issue, path: [field, i, ...issue.path] });
    }
  }
  return issues.slice(0, max);
}

function syntaxError(file: string, text: string, locator: JsonLocator): Finding {
  if (text.charCodeAt(0) === 0xfeff) return parseError.at(file, locator.lines.range(0, 1), "JSON", BYTE_ORDER_MARK);
  const errors: jsonc.ParseError[] = [];
  try {
    jsonc.parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  const e = errors[0];
  // A string JSON refuses (a line break or control character in it, an escape it lacks): at its first such character,
  // where the streaming path's tokenizer stops too.
  const inString = e !== undefined && STRING_ERRORS.has(jsonc.printParseErrorCode(e.error));
  const at = e === undefined ? text.length : inString ? firstRefused(text, e.offset, e.offset + e.length) : e.offset;
  // The streaming path reports the first problem in the file's order: a key named twice before the syntax error is it.
  const twice = repeatedKey(text);
  if (twice && twice.offset < at) return keyNamedTwice(file, locator, twice);
  const detail = e ? jsonc.printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() : "unexpected content";
  const truncated = e && e.offset >= text.trimEnd().length ? " (the file looks truncated)" : "";
  const width = e === undefined || inString ? 1 : Math.max(1, e.length);
  return parseError.at(file, locator.lines.range(at, at + width), "JSON", detail + truncated);
}

/** source/duplicate-key at a key's second copy, as wide as the key written plainly (the streaming path's reading of it). */
function keyNamedTwice(file: string, locator: JsonLocator, twice: { name: string; offset: number }): Finding {
  return duplicateKey.at(file, locator.lines.range(twice.offset, twice.offset + JSON.stringify(twice.name).length), twice.name);
}

/** jsonc-parser's errors inside a string token. */
const STRING_ERRORS = new Set(["UnexpectedEndOfString", "InvalidEscapeCharacter", "InvalidCharacter", "InvalidUnicode"]);

/** Where in the string token text[start, end) JSON first refuses a character: a control character, or an escape it lacks. */
function firstRefused(text: string, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) return i;
    if (c !== 0x5c) continue;
    const next = text[i + 1] ?? "";
    if (next === "u" ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !`"\\/bfnrt`.includes(next) || next === "") return i + 1;
    i += next === "u" ? 5 : 1;
  }
  return end;
}

/** A schema issue as a problem; `has` says whether the document has the value at a pointer (missing fields point at their parent). */
export function schemaProblem(issue: z.core.$ZodIssue, has: (pointer: Pointer) => boolean): Problem {
  const pointer = issue.path as (string | number)[];
  const where = pointer.length ? pointerText(pointer) : "(bundle)";
  if (issue.code === "invalid_type" && !has(pointer)) {
    return { rule: invalidBundle, pointer: pointer.slice(0, -1), args: [where, `missing required field (expected ${issue.expected})`] };
  }
  if (issue.code === "invalid_value") return { rule: invalidBundle, pointer, args: [where, `expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`] };
  return { rule: invalidBundle, pointer, args: [where, issue.message] };
}

/** What the streaming path's decoder (TextDecoder, fatal) says of bytes that are not UTF-8; the whole-document path says the same. */
export const NOT_UTF8 = "The encoded data was not valid for encoding utf-8";

/** Read and load a bundle file, refusing one over the size limit before reading it (a string cannot even hold 512 MB). */
export function loadBundleFile(path: string, file: string, limits: SourceLimits = DEFAULT_LIMITS): LoadedBundle {
  const unread = (finding: Finding): LoadedBundle => ({ file, locator: new JsonLocator(""), findings: [finding] });
  let text: string;
  let fd: number | undefined;
  try {
    const opened = openRegularFile(path);
    fd = opened.fd;
    if (opened.size > limits.maxBytes) return unread(tooLarge.at(file, WHOLE_FILE, opened.size, limits.maxBytes));
    text = readFileSync(fd, "utf8");
    // Bytes that are not UTF-8 decode to U+FFFD, so changing one such byte for another would go unseen (the
    // streaming path refuses them too). Only a text holding U+FFFD can have had any: its bytes are read again.
    if (text.includes("\uFFFD") && !isUtf8(readAgain(fd, opened.size))) return unread(parseError.at(file, WHOLE_FILE, "JSON", NOT_UTF8));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EISDIR" || code === "ESPECIAL") return unread(invalidBundle.at(file, WHOLE_FILE, "(file)", code === "EISDIR" ? "not a file" : (e as Error).message));
    return unread(invalidBundle.at(file, WHOLE_FILE, "(file)", `cannot be read (${code ?? (e as Error).message})`));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return loadBundle(file, text, limits);
}

/** The file's bytes from its start (the text was read from this descriptor; its position is at the end). */
function readAgain(fd: number, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let at = 0, n; at < size && (n = readSync(fd, bytes, at, size - at, at)) > 0; ) at += n;
  return bytes;
}

/** Run `work`; a stack overflow on absurdly nested data becomes one finding instead of a crash. */
export function guardDepth<T>(file: string, work: () => T): T | Finding {
  try {
    return work();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) return invalidBundle.at(file, WHOLE_FILE, "(bundle)", "nested too deeply to process");
    throw e;
  }
}
