import { z } from "zod";
import type { Fix, TextEdit } from "../findings";
import type { Pointer, SourceDocument } from "../source/document";

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
