import type { Finding } from "../../core/kernel/findings";

/** "line:column-endLine:endColumn rule" — exact positions and codes in one comparable string. */
export function brief(f: Finding): string {
  return `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule}`;
}

export function briefs(findings: readonly Finding[]): string[] {
  return findings.map(brief);
}

/** examples/flows/deploy-hotfix.flow.yaml's findings as `flowgate check` reports them, in position order (every host must show the same). */
export const HOTFIX_FINDINGS = [
  "6:12-6:17 flow/invalid-version",
  "10:5-12:27 flow/steps-list-mismatch",
  "13:22-13:45 flow/unsafe-mirror-path",
  "24:5-24:16 flow/anatomy-incomplete",
  "24:5-24:16 flow/unknown-key",
  "42:17-42:30 flow/automatable-external-tool",
  "45:13-45:25 flow/automatable-unverifiable",
  "49:5-49:36 flow/anatomy-incomplete",
  "55:22-55:24 flow/blank-text",
  "59:13-59:25 flow/invalid-enum",
];
