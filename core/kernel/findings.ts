import { z } from "./zod";
import type { ResolutionStep } from "./resolution";

export const severitySchema = z.enum(["error", "warning", "note"]);
export type Severity = z.infer<typeof severitySchema>;

/** 1-based positions; the end is exclusive (the column after the last character), as in SARIF. */
export const rangeSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(1),
});
export type Range = z.infer<typeof rangeSchema>;

export const textEditSchema = rangeSchema.extend({ newText: z.string() });
export type TextEdit = z.infer<typeof textEditSchema>;

export const fixSchema = z.object({
  title: z.string(),
  edits: z.array(textEditSchema.extend({ file: z.string().optional() })),
});
export type Fix = z.infer<typeof fixSchema>;

export const helpSchema = z.object({ text: z.string(), uri: z.string() });
export type Help = z.infer<typeof helpSchema>;

export const findingSchema = rangeSchema.extend({
  rule: z.string(),
  severity: severitySchema,
  message: z.string(),
  /** Repository-relative, forward slashes. */
  file: z.string(),
  help: helpSchema.optional(),
  category: z.string().optional(),
  fix: z.array(fixSchema).optional(),
  /** Free-form data hosts may use (e.g. the scan's module name); carried into SARIF properties. */
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

export interface Counts {
  errors: number;
  warnings: number;
  notes: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, notes: 0 };
  for (const f of findings) {
    if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.notes++;
  }
  return counts;
}

export const failOnSchema = z.enum(["error", "warning", "never"]);
export type FailOn = z.infer<typeof failOnSchema>;

export function failsAt(counts: Counts, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  if (failOn === "warning") return counts.errors + counts.warnings > 0;
  return counts.errors > 0;
}

export { WHOLE_FILE } from "./whole-file";

export { type ResolutionStep, resolutionOf } from "./resolution";

/** Forward-slash, no leading "./" — the one spelling of a file every reporter uses. */
export function toRepoPath(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}

/**
 * What hid findings from the gate: an in-source suppression comment (where its marker is, the line it covers, the
 * rules it hid there), or the `scan.allow` glob that exempts a file (then the range is the call's).
 */
export interface SuppressionUse extends Range {
  file: string;
  marker: string;
  target: number;
  rules: string[];
  /** The `scan.allow` glob that exempts the file, when the allow list rather than a comment hid the call. */
  allow?: string;
  /** The resolution of each finding a comment hid (resolutionOf): a pull request's unchanged importer reports it when one runs through the change. */
  resolutions?: ResolutionStep[][];
  /** The calls a comment hid, with what their arguments read: a change to them is not what was reviewed (gate/suppressed-call-changed). */
  calls?: SuppressedCall[];
}

/** A suppressed call's lines (all of them: a multi-line call's arguments too) and where the names its arguments read come from. */
export interface SuppressedCall {
  line: number;
  endLine: number;
  /** The assignments in its file to a name the arguments read (and to the names those assignments read, in turn). */
  assigned: { name: string; line: number; endLine: number }[];
  /** The modules such a name is imported from, as written (`cfg`, `./cfg`); `require` for a module the arguments load themselves. */
  imports: { name: string; from: string; line: number; endLine: number }[];
  /** Its arguments read more than the scan follows: any line the change adds in its file may alter it. */
  wholeFile?: true;
}
