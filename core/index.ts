/**
 * Flowgate's public API: what hosts (cli/, action/, extension/, lsp/) may import from core besides a
 * feature's index.ts. Architecture test (test/architecture.test.ts) keeps them to it.
 */
import { MARKDOWN_SECTIONS } from "./features";
import { type MarkdownOptions, renderMarkdown as renderMarkdownWith } from "./report/markdown";
import type { Report } from "./report/model";
import { type GateResult, type ReportFormat, renderReport as renderReportWith } from "./report/render";

export { ALL_CHECKS, DIALECTS, FEATURES, RULE_CATALOGUE } from "./features";

/** A report in a format, with every feature's markdown section. */
export function renderReport(gate: GateResult, format: ReportFormat, options: { color?: boolean; quiet?: boolean } = {}): string {
  return renderReportWith(gate, format, { ...options, sections: MARKDOWN_SECTIONS });
}

/** The gate's verdict as markdown (job summaries, PR comments), with every feature's section. */
export function renderMarkdown(report: Report, options: Omit<MarkdownOptions, "sections"> = {}): string {
  return renderMarkdownWith(report, { ...options, sections: MARKDOWN_SECTIONS });
}
