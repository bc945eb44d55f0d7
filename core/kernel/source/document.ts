import { closeSync, readFileSync, readSync } from "node:fs";
import { openRegularFile } from "../workspace";
import * as jsonc from "jsonc-parser";
import * as YAML from "yaml";
import { type Finding, type Range, WHOLE_FILE } from "../findings";
import { DEFAULT_LIMITS, type SourceLimits } from "../limits";
import { scanJsonShape } from "./json-depth";
import { LineIndex } from "./lines";
import { aliasLimit, byteOrderMark, duplicateKey, mergeKey, multipleDocuments, parseError, tooDeep, tooLarge, tooManyValues, unreadable } from "./rules";
import { childKey, COMPOSE_OPTIONS, readCommonYaml, type Span } from "./yamlTokens";

export type Pointer = readonly (string | number)[];
export type SourceFormat = "json" | "yaml";

/** Parsed JSON/YAML: plain null-prototype data plus the source span of every key and value. */
export class SourceDocument {
  readonly lines: LineIndex;
  constructor(
    readonly path: string,
    readonly text: string,
    readonly format: SourceFormat,
    readonly data: unknown,
    private readonly spans: Map<string, Span>,
    lines?: LineIndex,
  ) {
    this.lines = lines ?? new LineIndex(text);
  }

  /** The range of the value (or its key) at a pointer; the nearest existing ancestor when absent. */
  rangeOf(pointer: Pointer, part: "value" | "key" = "value"): Range {
    for (let n = pointer.length; n >= 0; n--) {
      const span = this.spans.get(pointerKey(pointer.slice(0, n)));
      if (!span) continue;
      const useKey = (part === "key" || n < pointer.length || isEmpty(this.text, span.value)) && span.key;
      const s = useKey ? span.key! : span.value;
      return this.lines.range(s[0], trimEnd(this.text, s[0], s[1]));
    }
    return this.lines.range(0, 0);
  }

  /** Where to point at a whole record: its key, or for an array item the first line of its value. */
  headOf(pointer: Pointer): Range {
    const span = this.spans.get(pointerKey(pointer));
    if (span?.key) return this.lines.range(span.key[0], span.key[1]);
    if (!span) return this.rangeOf(pointer);
    const [start, end] = span.value;
    const lineEnd = this.text.slice(start, end).search(/[\r\n]/);
    return this.lines.range(start, lineEnd < 0 ? end : start + lineEnd);
  }

  has(pointer: Pointer): boolean {
    return this.spans.has(pointerKey(pointer));
  }
}

/** An omitted YAML value (`flow:` with nothing after it) has no text to point at; its key does. */
function isEmpty(text: string, [start, end]: [number, number]): boolean {
  return trimEnd(text, start, end) === start;
}

/** YAML block collections end where the next line starts; a range should end at the last character. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

export function pointerKey(pointer: Pointer): string {
  let key = "";
  for (const p of pointer) key = childKey(key, p);
  return key;
}

export function formatOf(path: string): SourceFormat {
  return /\.ya?ml$/i.test(path) ? "yaml" : "json";
}

export interface ParseResult {
  doc?: SourceDocument;
  findings: Finding[];
}

/**
 * parseSource reads past a byte-order mark; a JSON file's own loader (`JSON.parse`, serde_json) does not.
 * `loader` names that loader's owner for the warning; YAML allows the mark, so YAML files get none.
 */
export function byteOrderMarkFindings(path: string, raw: string, loader: string, format = formatOf(path)): Finding[] {
  return format === "json" && raw.charCodeAt(0) === 0xfeff ? [byteOrderMark.at(path, WHOLE_FILE, loader)] : [];
}

/**
 * An editor's buffer never holds the file's byte-order mark (VS Code and Neovim drop it on reading and write it back on
 * saving), so a buffer is judged with the mark its file on disk starts with: the same findings as `flowgate check`.
 */
export function withDiskByteOrderMark(absPath: string, text: string): string {
  if (text.charCodeAt(0) === 0xfeff) return text;
  let fd: number | undefined;
  try {
    fd = openRegularFile(absPath).fd;
    const head = Buffer.alloc(3);
    return readSync(fd, head, 0, 3, 0) === 3 && head.equals(UTF8_BOM) ? "\uFEFF" + text : text;
  } catch {
    return text; // not saved yet, or unreadable: the buffer as it is
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function parseSource(path: string, raw: string, limits: SourceLimits = DEFAULT_LIMITS, format = formatOf(path)): ParseResult {
  return parse(path, raw, limits, format, true);
}

/** parseSource of YAML through yaml's Composer alone, never readCommonYaml: the reference readCommonYaml must equal (its tests). */
export function parseYamlComposed(path: string, raw: string, limits: SourceLimits = DEFAULT_LIMITS): ParseResult {
  return parse(path, raw, limits, "yaml", false);
}

function parse(path: string, raw: string, limits: SourceLimits, format: SourceFormat, readCommon: boolean): ParseResult {
  // Editors hide a byte-order mark and count columns after it; JSON parsers reject it. Read past it.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limits.maxBytes) {
    return { findings: [tooLarge.at(path, WHOLE_FILE, bytes, limits.maxBytes)] };
  }
  return format === "json" ? parseJson(path, text, limits) : parseYaml(path, text, limits, readCommon);
}

/** A file's text, or a finding instead: too large (refused from its size, unread) or unreadable. Never throws. */
export function readSourceText(absPath: string, path: string, limits: SourceLimits = DEFAULT_LIMITS): { text?: string; findings: Finding[] } {
  let fd: number | undefined;
  try {
    const opened = openRegularFile(absPath);
    fd = opened.fd;
    if (opened.size > limits.maxBytes) return { findings: [tooLarge.at(path, WHOLE_FILE, opened.size, limits.maxBytes)] };
    return { text: readFileSync(fd, "utf8"), findings: [] };
  } catch (e) {
    return { findings: [unreadable.at(path, WHOLE_FILE, describeFsError(e))] };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why a file-system call failed, in words a message can carry. */
export function describeFsError(e: unknown): string {
  const { code, message } = e as NodeJS.ErrnoException;
  return code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a directory" : code === "ENOENT" ? "no such file" : code === "ELOOP" ? "a symbolic link loop" : message;
}

function parseJson(path: string, text: string, limits: SourceLimits): ParseResult {
  const lines = new LineIndex(text);
  const { deepAt, crowdedAt } = scanJsonShape(text, limits.maxDepth, limits.maxValues);
  if (deepAt >= 0) return { findings: [tooDeep.at(path, lines.range(deepAt, deepAt + 1), limits.maxDepth)] };
  if (crowdedAt >= 0) return { findings: [tooManyValues.at(path, lines.range(crowdedAt, crowdedAt + 1), limits.maxValues)] };
  const errors: jsonc.ParseError[] = [];
  const root = jsonc.parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    const at = e ? e.offset : 0;
    const detail = e ? describeJsonError(e.error) : "empty document";
    return { findings: [parseError.at(path, lines.range(at, at + (e?.length || 1)), "JSON", detail)] };
  }
  const findings: Finding[] = [];
  const spans = new Map<string, Span>();
  const convert = (node: jsonc.Node, at: string, key?: [number, number]): unknown => {
    spans.set(at, { key, value: [node.offset, node.offset + node.length] });
    switch (node.type) {
      case "object": {
        const out: Record<string, unknown> = Object.create(null);
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || !v) continue;
          const name = String(k.value);
          const keySpan: [number, number] = [k.offset, k.offset + k.length];
          if (Object.prototype.hasOwnProperty.call(out, name)) {
            findings.push(duplicateKey.at(path, lines.range(keySpan[0], keySpan[1]), name));
            continue;
          }
          out[name] = convert(v, childKey(at, name), keySpan);
        }
        return out;
      }
      case "array":
        return (node.children ?? []).map((child, i) => convert(child, childKey(at, i)));
      default:
        return node.value;
    }
  };
  const data = convert(root, "");
  return { doc: new SourceDocument(path, text, "json", data, spans, lines), findings };
}

function describeJsonError(code: jsonc.ParseErrorCode): string {
  const name = jsonc.printParseErrorCode(code);
  return name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/**
 * Offset of the first collection nested deeper than maxDepth in yaml's CST, or -1. yaml's parser keeps an explicit
 * stack but its composer recurses: refuse here, at the same place as scanJsonDepth, not wherever the stack runs out.
 */
export function scanYamlShape(tokens: readonly YAML.CST.Token[], maxDepth: number, maxValues = Number.POSITIVE_INFINITY): { deepAt: number; crowdedAt: number } {
  type Item = { key?: YAML.CST.Token | null; value?: YAML.CST.Token };
  // Two parallel stacks, not a pair per node: this walk runs on every YAML file.
  const stack: (YAML.CST.Token | null | undefined)[] = [];
  const depths: number[] = [];
  let values = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    stack.push(tokens[i]);
    depths.push(0);
  }
  while (stack.length > 0) {
    const token = stack.pop();
    const parentDepth = depths.pop()!;
    if (!token) continue;
    if (token.type === "document") {
      stack.push(token.value);
      depths.push(parentDepth);
    }
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    const depth = parentDepth + 1;
    if (depth > maxDepth) return { deepAt: token.offset, crowdedAt: -1 };
    const items = token.items as Item[];
    values += 1 + items.length;
    if (values > maxValues) return { deepAt: -1, crowdedAt: token.offset };
    for (let i = items.length - 1; i >= 0; i--) {
      stack.push(items[i]!.value, items[i]!.key);
      depths.push(depth, depth);
    }
  }
  return { deepAt: -1, crowdedAt: -1 };
}

/** Offset of the first line whose block indentation (with compact `- `/`? ` levels) is deeper than maxDepth levels, or -1. */
export function scanIndentDepth(text: string, maxDepth: number): number {
  const open: number[] = [];
  const line = /([ ]*)((?:[-?][ \t]+)*)(\S?)[^\r\n]*(\r\n|\r|\n|$)/gy;
  for (let m = line.exec(text); m && m[0].length > 0; m = line.exec(text)) {
    if (!m[3] || m[3] === "#") continue;
    const indent = m[1]!.length;
    while (open.length > 0 && open[open.length - 1]! >= indent) open.pop();
    open.push(indent);
    for (const indicator of m[2]!.match(/[-?][ \t]+/g) ?? []) open.push(open[open.length - 1]! + indicator.length);
    if (open.length > maxDepth) return m.index + indent;
  }
  return -1;
}

/**
 * Each alias's target, in one pass: the latest anchor of that name before it (anchors may be redefined).
 * yaml's Alias.resolve searches the whole document per alias, quadratic: 9,000 aliases in 640 KB took minutes.
 */
function anchorsOf(doc: YAML.Document.Parsed): Map<YAML.Alias, YAML.Node> {
  const anchors = new Map<string, YAML.Node>();
  const targets = new Map<YAML.Alias, YAML.Node>();
  YAML.visit(doc, (_key, node) => {
    if (YAML.isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
    } else if (YAML.isNode(node) && node.anchor) anchors.set(node.anchor, node);
  });
  return targets;
}

/**
 * yaml's CST of a text, up to its first stray token. Only the first error is reported (parseYaml), and none comes from a
 * later token before it; past a stray token yaml recovers one character at a time, an error object each (seconds for a
 * line of 100,000 brackets).
 */
export function yamlTokens(text: string): YAML.CST.Token[] {
  const tokens: YAML.CST.Token[] = [];
  // YAML 1.2 counts a lone CR (classic Mac) as a line break, as LineIndex does; yaml does not. Same length, same offsets.
  for (const token of new YAML.Parser().parse(text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text)) {
    tokens.push(token);
    if (token.type === "error") break;
  }
  return tokens;
}

type ErrorSink = (source: unknown, code: string, message: string, warning?: boolean) => void;

/**
 * A composer keeping only the first error, the one reported (parseYaml): yaml makes an Error, stack and all, for each,
 * and a line of 100,000 stray brackets in one flow collection made as many (seconds). Its errors pass through the
 * `onError` it hands the document composer, read at each call.
 */
export function firstErrorComposer(): YAML.Composer {
  const composer = new YAML.Composer(COMPOSE_OPTIONS);
  const held = composer as unknown as { onError: ErrorSink; errors: unknown[] };
  const record = held.onError;
  held.onError = (source, code, message, warning) => {
    if (warning || held.errors.length === 0) record(source, code, message, warning);
  };
  return composer;
}

function parseYaml(path: string, text: string, limits: SourceLimits, readCommon: boolean): ParseResult {
  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  let tokens: YAML.CST.Token[];
  try {
    tokens = yamlTokens(text);
  } catch (e) {
    // yaml's parser recurses when one line closes thousands of block levels; place the refusal by indentation.
    if (!(e instanceof RangeError)) throw e;
    const at = Math.max(0, scanIndentDepth(text, limits.maxDepth));
    return { findings: [tooDeep.at(path, lines.range(at, at + 1), limits.maxDepth)] };
  }
  const { deepAt, crowdedAt } = scanYamlShape(tokens, limits.maxDepth, limits.maxValues);
  if (deepAt >= 0) return { findings: [tooDeep.at(path, lines.range(deepAt, deepAt + 1), limits.maxDepth)] };
  if (crowdedAt >= 0) return { findings: [tooManyValues.at(path, lines.range(crowdedAt, crowdedAt + 1), limits.maxValues)] };
  const common = readCommon ? readCommonYaml(tokens, path, lines, limits.maxDepth) : undefined;
  if (common) return { doc: new SourceDocument(path, text, "yaml", common.data, common.spans, lines), findings: common.findings };
  const list = Array.from(firstErrorComposer().compose(tokens));
  const first = list[0];
  if (!first) {
    return { findings: [parseError.at(path, lines.range(0, 0), "YAML", "empty document")] };
  }
  if (list.length > 1) {
    const start = list[1]!.range[0];
    findings.push(multipleDocuments.at(path, lines.range(start, start + 3)));
  }
  const err = first.errors[0];
  if (err) {
    const [s, e] = err.pos;
    // yaml catches its own stack overflow on absurd nesting and reports it as resource exhaustion.
    if (err.code === "RESOURCE_EXHAUSTION") return { findings: [tooDeep.at(path, lines.range(s, s + 1), limits.maxDepth)] };
    return { findings: [parseError.at(path, lines.range(s, Math.max(e, s + 1)), "YAML", err.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""))] };
  }
  const spans = new Map<string, Span>();
  const aliasTargets = anchorsOf(first);
  let aliasBudget = limits.maxAliasNodes;
  let aliasReported = false;
  let depthReported = false;
  /** `alias`: the range of the alias being expanded. Everything reached through it is placed there, where the reader looks. */
  const convert = (node: unknown, at: string, depth: number, key?: [number, number], alias?: [number, number]): unknown => {
    const range = (node as YAML.Node | null)?.range;
    if (depth > limits.maxDepth) {
      if (!depthReported) {
        depthReported = true;
        const at = alias?.[0] ?? range?.[0] ?? 0;
        findings.push(tooDeep.at(path, lines.range(at, at + 1), limits.maxDepth));
      }
      return null;
    }
    if (alias && --aliasBudget < 0) {
      if (!aliasReported) {
        aliasReported = true;
        findings.push(aliasLimit.at(path, lines.range(alias[0], alias[1]), limits.maxAliasNodes));
      }
      return null;
    }
    if (!spans.has(at)) spans.set(at, alias ? { value: alias } : { key, value: range ? [range[0], range[1]] : key ?? [0, 0] });
    if (YAML.isAlias(node)) {
      const target = aliasTargets.get(node);
      return target ? convert(target, at, depth, key, alias ?? (range ? [range[0], range[1]] : key)) : null;
    }
    if (YAML.isMap(node)) {
      const out: Record<string, unknown> = Object.create(null);
      for (const pair of node.items) {
        const k = pair.key as YAML.Node | null;
        const name = YAML.isScalar(k) ? String(k.value) : String(k);
        const kr = k?.range;
        const keySpan: [number, number] = kr ? [kr[0], kr[1]] : [0, 0];
        // Keys met again through an alias were already reported where they are written.
        if (name === "<<" && YAML.isScalar(k) && k.type === "PLAIN" && !alias) findings.push(mergeKey.at(path, lines.range(keySpan[0], keySpan[1])));
        if (Object.prototype.hasOwnProperty.call(out, name)) {
          if (!alias) findings.push(duplicateKey.at(path, lines.range(keySpan[0], keySpan[1]), name));
          continue;
        }
        out[name] = convert(pair.value, childKey(at, name), depth + 1, keySpan, alias);
      }
      return out;
    }
    if (YAML.isSeq(node)) return node.items.map((item, i) => convert(item, childKey(at, i), depth + 1, undefined, alias));
    if (YAML.isScalar(node)) {
      const v = node.value;
      return typeof v === "bigint" ? Number(v) : v instanceof Uint8Array ? null : v;
    }
    return null;
  };
  const data = convert(first.contents, "", 0);
  return { doc: new SourceDocument(path, text, "yaml", data, spans, lines), findings };
}
