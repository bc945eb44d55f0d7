import { SEVERITY_RANK, type Finding } from "../kernel/findings";
import { escapeMarkdown, markdownCode } from "./escape";
import { type Report, countsLine } from "./model";

const ICON = { error: "❌", warning: "⚠️", note: "ℹ️" } as const;

/**
 * A markdown section beyond the findings table, rendered from `report.details` by the feature that owns
 * those details (evidence verdicts, golden diffs, run diagrams). The caller hands them in (core/features.ts
 * lists them), so the report knows no feature.
 */
export type MarkdownSection = (report: Report) => string | undefined;

export interface MarkdownOptions {
  /** Most findings listed in the table; the rest are counted. */
  maxFindings?: number;
  /** Where the full report lives (an artifact URL or file), linked when the table is capped. */
  fullReportLink?: string;
  /** The features' sections, in order, after the findings. */
  sections?: readonly MarkdownSection[];
}

/** Longest text (characters, before escaping) one table cell shows: one huge message must not push every row out. */
export const MAX_CELL_CHARS = 400;

/** Untrusted text cut to a cell's length (never inside a surrogate pair), marked when cut. */
export function cellText(text: string, max = MAX_CELL_CHARS): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}

export function findingsTable(findings: readonly Finding[], max: number): string {
  const shown = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]).slice(0, max);
  const rows = shown.map((f) => `| ${ICON[f.severity]} ${f.severity} | ${markdownCode(cellText(`${f.file}:${f.line}:${f.column}`))} | ${markdownCode(cellText(f.rule))} | ${escapeMarkdown(cellText(f.message))} |`);
  return ["| severity | location | rule | message |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

/** The gate's verdict as markdown: for job summaries, PR comments and `--format markdown`. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const max = options.maxFindings ?? 50;
  const { summary } = report;
  const out: string[] = [];
  out.push(`## ${summary.passed ? "✅ Flowgate passed" : "❌ Flowgate failed"}`);
  out.push("");
  out.push(`${countsLine(summary)} (fails on: ${summary.failOn}).`);
  out.push("");
  if (report.checks.length > 0) {
    out.push("| check | files | errors | warnings | notes |", "| --- | ---: | ---: | ---: | ---: |");
    for (const c of report.checks) out.push(`| ${escapeMarkdown(c.title)} | ${c.files} | ${c.errors} | ${c.warnings} | ${c.notes} |`);
    out.push("");
  }
  if (report.findings.length > 0) {
    out.push("### Findings", "", findingsTable(report.findings, max), "");
    const rest = report.findings.length - Math.min(max, report.findings.length);
    if (rest > 0) {
      const where = options.fullReportLink ? ` — see [the full report](${options.fullReportLink})` : "";
      out.push(`…and ${rest} more${where}.`, "");
    }
  }
  for (const render of options.sections ?? []) {
    const section = render(report);
    if (section) out.push(section, "");
  }
  return out.join("\n").trimEnd() + "\n";
}
