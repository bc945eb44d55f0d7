import type { Severity } from "../kernel/findings";
import { visibleBidi } from "./escape";
import { findingFingerprints } from "./fingerprint";
import type { Report } from "./model";

/**
 * GitLab's five levels from the findings model's three: errors rank above warnings in the merge request
 * widget; `critical` and `blocker` are left unused, as eslint-formatter-gitlab and Ruff do.
 */
const SEVERITY: Record<Severity, "info" | "minor" | "major"> = { error: "major", warning: "minor", note: "info" };

/**
 * GitLab Code Quality (a subset of the Code Climate issue format) for `artifacts: reports: codequality`.
 * Paths are as in the report (relative to the directory checked: run from the repository root). The merge request
 * widget shows the description as text: its bidirectional controls are shown as code points (escape.ts).
 */
export function renderGitlab(report: Report): string {
  const fingerprints = findingFingerprints(report.findings);
  const issues = report.findings.map((f, i) => ({
    description: visibleBidi(f.message),
    check_name: f.rule,
    fingerprint: fingerprints[i]!,
    severity: SEVERITY[f.severity],
    location: { path: f.file, lines: { begin: f.line, end: f.endLine } },
  }));
  return JSON.stringify(issues, null, 2) + "\n";
}
