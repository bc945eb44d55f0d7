import { type Finding, resolutionOf } from "../kernel/findings";
import { sarifMessage } from "./escape";

type Region = { startLine: number; startColumn: number; endLine: number; endColumn: number };
type PhysicalLocation = { artifactLocation: { uri: string; uriBaseId: string }; region: Region };

/**
 * SARIF for how a boundary finding was resolved: each step (the import, an alias or assignment, a
 * re-export in another file) as a related location, and the same steps, oldest first, ending at the
 * call, as one code-flow thread (import → alias → call), so code scanning can walk the path.
 */
export function resolutionFlow(f: Finding, location: (file: string, region: Region) => PhysicalLocation): { relatedLocations?: unknown[]; codeFlows?: unknown[] } {
  const steps = resolutionOf(f);
  if (steps.length === 0) return {};
  const region = (s: { line: number; column: number; endLine: number; endColumn: number }): Region => ({ startLine: s.line, startColumn: s.column, endLine: Math.max(s.endLine, s.line), endColumn: Math.max(s.endColumn, s.endLine <= s.line ? s.column + 1 : 1) });
  const related = steps.map((s, i) => ({ id: i + 1, physicalLocation: location(s.file ?? f.file, region(s)), message: sarifMessage(s.text) }));
  const thread = [...related].reverse().map(({ physicalLocation, message }) => ({ location: { physicalLocation, message } }));
  thread.push({ location: { physicalLocation: location(f.file, region(f)), message: sarifMessage(f.message) } });
  return { relatedLocations: related, codeFlows: [{ threadFlows: [{ locations: thread }] }] };
}
