import type { z } from "zod";
import type { SourceDocument } from "./kernel/source/document";
import type { Finding, Range } from "./kernel/findings";
import { didYouMean } from "./suggest";

export interface LocatedIssue {
  message: string;
  range: Range;
  pointer: (string | number)[];
}

/** A zod issue as a sentence with the exact range of what it is about (unknown keys point at the key). */
export function locateIssue(doc: SourceDocument, issue: z.core.$ZodIssue, known?: (pointer: (string | number)[]) => string[]): LocatedIssue[] {
  const pointer = issue.path as (string | number)[];
  const where = pointer.length ? pointer.join(".") : "(top level)";
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      message: `unknown key \`${key}\` in ${where}${known ? didYouMean(key, known(pointer)) : ""}`,
      range: doc.rangeOf([...pointer, key], "key"),
      pointer: [...pointer, key],
    }));
  }
  const present = doc.has(pointer);
  const range = present ? doc.rangeOf(pointer) : doc.headOf(pointer.slice(0, -1));
  let message: string;
  if (!present && issue.code === "invalid_type") message = `missing required key \`${where}\``;
  else if (issue.code === "invalid_value") message = `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  else message = `${where}: ${issue.message}`;
  return [{ message, range, pointer }];
}

/** Shared by the schema validators that map zod issues to findings (flow bundles, Blueprints). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, key as string)) return { present: false, value: undefined };
    cur = (cur as Record<string, unknown>)[key as string];
  }
  return { present: true, value: cur };
}

/** `steps[0].verification.kind` */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

/** A value as a message shows it: `null`, an array, an object, a short quoted string, the number 3, nothing. */
export function describeValue(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "`null`";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? v.slice(0, 57) + "..." : v);
  return `${typeof v === "number" ? "the number" : "the boolean"} ${String(v)}`;
}

/** What a "must be a string" message shows for a number or boolean: as written (`1.0`, not 1; `yes`, not true) and how to keep it text. */
export function describeWrittenScalar(doc: SourceDocument, range: Range, value: unknown, expected: string): string {
  if (expected !== "string" || (typeof value !== "number" && typeof value !== "boolean")) return describeValue(value);
  return `${describeValue(value).replace(/ \S+$/, "")} ${writtenText(doc, range)} (quote it to make it a string)`;
}

/** The source text of a range: a number as written (`9007199254740993`, `1e20`), not as read. */
export function writtenText(doc: SourceDocument, range: Range): string {
  return doc.text.slice(doc.lines.offset(range.line, range.column), doc.lines.offset(range.endLine, range.endColumn));
}

/** zod's `expected` type names as prose. */
export const EXPECTED_TYPE: Record<string, string> = { string: "a string", number: "a number", int: "an integer", boolean: "a boolean", array: "an array", object: "an object", record: "an object" };

/** One finding per rule, place and message (several zod issues can say the same thing). */
export function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.line}|${f.column}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
