import { z } from "zod";
import type { Fix, Range, TextEdit } from "../kernel/findings";
import type { Pointer, SourceDocument } from "../kernel/source/document";

/**
 * Edits that repair a flow bundle in place, in JSON or YAML. Values are written as JSON, which is
 * also valid YAML (a flow scalar/sequence/mapping), so one spelling serves both formats.
 */
export function replaceValue(doc: SourceDocument, pointer: Pointer, value: unknown): TextEdit {
  return { ...doc.rangeOf(pointer), newText: JSON.stringify(value) };
}

/** Insert `key: value` as the first member of the object at `pointer` (which must exist). */
export function insertField(doc: SourceDocument, pointer: Pointer, key: string, value: unknown): TextEdit | undefined {
  if (!doc.has(pointer)) return undefined;
  const at = doc.rangeOf(pointer);
  const offset = doc.lines.offset(at.line, at.column);
  const json = `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  const point = (line: number, column: number, newText: string): TextEdit => ({ line, column, endLine: line, endColumn: column, newText });
  if (doc.text[offset] === "{") {
    const member = doc.format === "yaml" ? `${key}: ${JSON.stringify(value)}` : json;
    const first = offset + 1 + (/^\s*/.exec(doc.text.slice(offset + 1))![0].length);
    if (doc.text[first] === "}") return point(at.line, at.column + 1, ` ${member} `);
    // A multi-line object gets the new member on its own line, indented like the current first member.
    const multiLine = doc.text.slice(offset + 1, first).includes("\n");
    const indent = multiLine ? /[ \t]*$/.exec(doc.text.slice(0, first))![0] : "";
    return point(at.line, at.column + 1, multiLine ? `\n${indent}${member},` : ` ${member},`);
  }
  if (doc.format === "json") return undefined;
  // A YAML block mapping: the value starts at its first key; insert a line before it at the same indentation.
  return point(at.line, at.column, `${key}: ${JSON.stringify(value)}\n${" ".repeat(at.column - 1)}`);
}

/** A value of the schema's shape for a person to fill in: "TODO" strings, the first enum member, required object fields. */
export function placeholderFor(schema: z.ZodType): unknown {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return placeholderFor(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodString) return "TODO";
  if (schema instanceof z.ZodNumber) return 1;
  if (schema instanceof z.ZodBoolean) return false;
  if (schema instanceof z.ZodArray) return [];
  if (schema instanceof z.ZodLiteral) return schema.value;
  if (schema instanceof z.ZodEnum) return schema.options[0];
  if (schema instanceof z.ZodObject) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (!(field instanceof z.ZodOptional)) out[key] = placeholderFor(field);
    }
    return out;
  }
  return null;
}

export function insertFieldFix(doc: SourceDocument, pointer: Pointer, key: string, schema: z.ZodType | undefined): Fix | undefined {
  const edit = schema && insertField(doc, pointer, key, placeholderFor(schema));
  return edit && { title: `Add \`${key}\` with a placeholder`, edits: [edit] };
}

export type BumpLevel = "major" | "minor" | "patch";

export function bumpVersion(version: string, level: BumpLevel): string {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
  if (level === "major") return `${major + 1}.0.0`;
  if (level === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** One fix per bump level, `recommended` first (hosts treat the first fix as the preferred one). */
export function bumpFixes(doc: SourceDocument, from: string, recommended: BumpLevel): Fix[] {
  const levels: BumpLevel[] = [recommended, ...(["patch", "minor", "major"] as const).filter((l) => l !== recommended)];
  return levels.map((level) => {
    const to = bumpVersion(from, level);
    return { title: `Bump flow.version to ${to} (${level})`, edits: [replaceValue(doc, ["flow", "version"], to)] };
  });
}

// ---- style-keeping rewrites (issue #14): a YAML plain scalar stays plain, quotes stay quotes, block lists stay blocks ----

/** What a plain (unquoted) YAML scalar may hold and still read back as this exact string. */
function plainYamlSafe(value: string): boolean {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.#/@+-]*$/.test(value)) return false;
  if (/^[-+]?(\d[\d_]*\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) || /^0[xo]/i.test(value)) return false; // a number
  return !/^(true|false|yes|no|on|off|y|n|null|~)$/i.test(value);
}

/** The text at a range as written. */
function writtenText(doc: SourceDocument, range: Range): string {
  return doc.text.slice(doc.lines.offset(range.line, range.column), doc.lines.offset(range.endLine, range.endColumn));
}

/**
 * A string scalar spelled the way the file already spells its neighbour: JSON always quoted; YAML
 * single- or double-quoted if the old text was, else plain when that reads back the same.
 */
export function scalarText(doc: SourceDocument, range: Range, value: string): string {
  if (doc.format === "json") return JSON.stringify(value);
  const old = writtenText(doc, range);
  if (old.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  if (old.startsWith('"') || !plainYamlSafe(value)) return JSON.stringify(value);
  return value;
}

/** Replace the string at `pointer` (its value, or its key) keeping the file's scalar style. */
export function replaceScalar(doc: SourceDocument, pointer: Pointer, value: string, part: "value" | "key" = "value"): TextEdit {
  const range = doc.rangeOf(pointer, part);
  return { ...range, newText: scalarText(doc, range, value) };
}

/** "1.0" → "1.0.0", "2" → "2.0.0", "v1.2.3" → "1.2.3": the strict semver a loose version meant; undefined if it is not one of those. */
export function strictVersion(written: string): string | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(written.trim());
  if (!m) return undefined;
  const fixed = [m[1], m[2] ?? "0", m[3] ?? "0"].map((n) => String(Number(n))).join(".");
  return fixed === written ? undefined : fixed;
}

/** The fix for a loose `flow.version` ("1.0", unquoted 1.0, "v1.2.3"), keeping the file's style. */
export function versionFix(doc: SourceDocument): Fix | undefined {
  const range = doc.rangeOf(["flow", "version"]);
  const written = writtenText(doc, range).replace(/^(["'])(.*)\1$/, "$2");
  const to = strictVersion(written);
  return to === undefined ? undefined : { title: `Change flow.version to ${to}`, edits: [{ ...range, newText: scalarText(doc, range, to) }] };
}

/**
 * Edits that make the list at `pointer` hold `expected`. A YAML block list (`- a` lines) is edited item
 * by item, so it stays a block list and comments between items survive; a flow list (`[a, b]`, and
 * JSON) is replaced whole, in the same flow style.
 */
export function listEdits(doc: SourceDocument, pointer: Pointer, current: readonly unknown[], expected: readonly string[]): TextEdit[] {
  const whole = doc.rangeOf(pointer);
  const block = doc.format === "yaml" && doc.text[doc.lines.offset(whole.line, whole.column)] === "-" && current.length > 0;
  if (!block) return [{ ...whole, newText: doc.format === "yaml" ? `[${expected.map((id) => scalarText(doc, whole, id)).join(", ")}]` : JSON.stringify(expected) }];
  const items = current.map((_, i) => doc.rangeOf([...pointer, i]));
  const edits: TextEdit[] = [];
  const shared = Math.min(items.length, expected.length);
  for (let i = 0; i < shared; i++) if (current[i] !== expected[i]) edits.push({ ...items[i]!, newText: scalarText(doc, items[i]!, expected[i]!) });
  const last = items[items.length - 1]!;
  if (expected.length > items.length) {
    // New items on lines of their own, dashed and indented like the first.
    const indent = " ".repeat(whole.column - 1);
    const added = expected.slice(items.length).map((id) => `\n${indent}- ${scalarText(doc, last, id)}`).join("");
    edits.push({ line: last.endLine, column: last.endColumn, endLine: last.endLine, endColumn: last.endColumn, newText: added });
  } else if (expected.length < items.length) {
    const keep = items[expected.length - 1];
    const from = keep ? { line: keep.endLine, column: keep.endColumn } : { line: whole.line, column: whole.column };
    edits.push({ line: from.line, column: from.column, endLine: last.endLine, endColumn: last.endColumn, newText: keep ? "" : "[]" });
  }
  return edits;
}
