import { type Counts, type FailOn, type Finding, type SuppressionUse, compareFindings, countFindings, failsAt } from "../kernel/findings";

export const REPORT_SCHEMA = "flowgate.report/v1";
export const TOOL_NAME = "flowgate";
declare const FLOWGATE_VERSION: string | undefined;
/** Injected by esbuild from package.json; "dev" when run from sources. */
export const TOOL_VERSION = typeof FLOWGATE_VERSION === "string" ? FLOWGATE_VERSION : "0.0.0-dev";

/** Per-check data beyond findings (evidence verdicts, golden diffs, run states) that rich reports show. */
export interface ReportDetails {
  [section: string]: unknown;
}

export interface CheckSummary extends Counts {
  name: string;
  title: string;
  files: number;
}

/** Which run a report is of, so the reports of a sharded matrix can be merged and checked to belong together (core/report/merge.ts). */
export interface ReportRun {
  /** The commit judged (the Action: GITHUB_SHA; the CLI: HEAD when the folder is in git). */
  commit?: string;
  /** The CI run that wrote it (the Action: GITHUB_RUN_ID). */
  ci?: string;
  /** The judged folder, repository-relative ("" for the root). */
  directory: string;
  /** sha256 of the effective configuration. */
  config: string;
  /** sha256 of what was judged: base, changed files, new-only, only. */
  scope: string;
  shard?: { index: number; count: number };
  /** In a merged report: how many shard reports it joins. */
  merged?: number;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  tool: { name: string; version: string };
  findings: Finding[];
  summary: Counts & { files: number; passed: boolean; failOn: FailOn };
  checks: CheckSummary[];
  details: ReportDetails;
  run?: ReportRun;
}

export interface CheckResult {
  name: string;
  title: string;
  findings: Finding[];
  files: string[];
  details?: ReportDetails;
  /** In-source suppressions that hid findings (not reported; the trust model judges the ones a change adds). */
  suppressions?: readonly SuppressionUse[];
}

export function buildReport(results: readonly CheckResult[], failOn: FailOn): Report {
  const findings = results.flatMap((r) => r.findings).sort(compareFindings);
  const counts = countFindings(findings);
  const files = new Set(results.flatMap((r) => r.files));
  return {
    schema: REPORT_SCHEMA,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    findings,
    summary: { ...counts, files: files.size, passed: !failsAt(counts, failOn), failOn },
    checks: results.map((r) => ({ name: r.name, title: r.title, files: r.files.length, ...countFindings(r.findings) })),
    details: Object.assign({}, ...results.map((r) => r.details ?? {})),
  };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "2 errors, 1 warning, 0 notes in 12 files" */
export function countsLine(summary: Report["summary"]): string {
  return `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.notes, "note")} in ${plural(summary.files, "file")}`;
}
