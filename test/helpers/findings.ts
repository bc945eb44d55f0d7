import type { Finding } from "../../core/findings";

/** "line:column-endLine:endColumn rule" — exact positions and codes in one comparable string. */
export function brief(f: Finding): string {
  return `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;
}

export function briefs(findings: readonly Finding[]): string[] {
  return findings.map(brief);
}
