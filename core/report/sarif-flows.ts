import type { Finding } from "../kernel/findings";

/** One step of a finding's resolution (core/scan: `properties.resolution`, newest first; `file` set for steps in other files). */
interface Step {
  file?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** A resolution step as the scan wrote it, or undefined for anything else (properties are data, checked before use). */
function stepOf(value: unknown): Step | undefined {
  const s = value as Partial<Step> | null;
  const whole = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1;
  if (!s || typeof s !== "object" || !whole(s.line) || !whole(s.column) || !whole(s.endLine) || !whole(s.endColumn) || typeof s.text !== "string") return undefined;
  if (s.file !== undefined && typeof s.file !== "string") return undefined;
  return s as Step;
}

type Region = { startLine: number; startColumn: number; endLine: number; endColumn: number };
type PhysicalLocation = { artifactLocation: { uri: string; uriBaseId: string }; region: Region };

/**
 * SARIF for how a boundary finding was resolved: each step (the import, an alias or assignment, a
 * re-export in another file) as a related location, and the same steps, oldest first, ending at the
 * call, as one code-flow thread (import → alias → call), so code scanning can walk the path.
 */
export function resolutionFlow(f: Finding, location: (file: string, region: Region) => PhysicalLocation): { relatedLocations?: unknown[]; codeFlows?: unknown[] } {
  const raw = f.properties?.resolution;
  const steps = Array.isArray(raw) ? raw.map(stepOf).filter((s): s is Step => s !== undefined) : [];
  if (steps.length === 0) return {};
  const region = (s: { line: number; column: number; endLine: number; endColumn: number }): Region => ({ startLine: s.line, startColumn: s.column, endLine: Math.max(s.endLine, s.line), endColumn: Math.max(s.endColumn, s.endLine <= s.line ? s.column + 1 : 1) });
  const related = steps.map((s, i) => ({ id: i + 1, physicalLocation: location(s.file ?? f.file, region(s)), message: { text: s.text } }));
  const thread = [...related].reverse().map(({ physicalLocation, message }) => ({ location: { physicalLocation, message } }));
  thread.push({ location: { physicalLocation: location(f.file, region(f)), message: { text: f.message } } });
  return { relatedLocations: related, codeFlows: [{ threadFlows: [{ locations: thread }] }] };
}
