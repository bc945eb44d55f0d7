/**
 * A finding's resolution steps, apart from the findings' schemas: the scan's worker reads them, and its bundle holds
 * no zod (test/dist.test.ts). A step is a finding's range (findings.ts Range) with the source text quoted.
 */

/** One step of a boundary finding's resolution (core/scan: `properties.resolution`, newest first; `file` set for steps in other files). */
export interface ResolutionStep {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  file?: string;
  text: string;
}

/** A resolution step as the scan wrote it, or undefined for anything else (properties are data, checked before use). */
function stepOf(value: unknown): ResolutionStep | undefined {
  const s = value as Partial<ResolutionStep> | null;
  const whole = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1;
  if (!s || typeof s !== "object" || !whole(s.line) || !whole(s.column) || !whole(s.endLine) || !whole(s.endColumn) || typeof s.text !== "string") return undefined;
  if (s.file !== undefined && typeof s.file !== "string") return undefined;
  return s as ResolutionStep;
}

/** The steps a finding was resolved through; none when it names none. */
export function resolutionOf(f: { properties?: Record<string, unknown> }): ResolutionStep[] {
  const raw = f.properties?.resolution;
  return Array.isArray(raw) ? raw.map(stepOf).filter((s): s is ResolutionStep => s !== undefined) : [];
}
