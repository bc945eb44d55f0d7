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
export { analyzeFile, kindsOf, withoutCustomRules, type LiveScanSettings } from "./analyze";
export { CONFIG_FILE, ConfigError, loadConfig } from "./config/load";
export { DEFAULT_CONFIG, type Config } from "./config/schema";
export { isObject, type Data } from "./data";
export { validateAnyFile, type ValidatedFile } from "./dialects";
export { preferredFixEdits } from "./fixAll";
export { runGate, type Check, type CheckContext } from "./gate";
export { globMatcher, walkFiles } from "./kernel/files";
export { SEVERITY_RANK, WHOLE_FILE, compareFindings, countFindings, failOnSchema, resolutionOf, toRepoPath, type Counts, type FailOn, type Finding, type Fix, type Range, type TextEdit } from "./kernel/findings";
export { GitError, addedLines, changedSince, filesAtRev, headPlace, repoPrefix, resolveRev } from "./kernel/git";
export { limitsOf } from "./kernel/limits";
export { optimizeLate } from "./kernel/optimize";
export { writeReportFile } from "./kernel/workspace";
export { WORKER_BUNDLE, gateWorkers, prestartScanWorkers } from "./scan/prestart";
export { anchorOf, getRule } from "./kernel/rule";
export { isFlowFile, isLedgerFile } from "./kernel/selectors";
export { describeFsError, readSourceText, withDiskByteOrderMark } from "./kernel/source/document";
export { advanceStep, approvalStatusSchema, attachEvidence, authorizeToolCall, cancelRun, decideApproval, executeStep, exportRun, listApprovals, listRunIds, listRuns, mintConsent, readExportable, readRun, repairRun, requestApproval, resolveActor, revokeConsent, runIdOfPath, runStatusSchema, startRun, verifyLedger, type OperationContext, type Refusal, type RunState } from "./ledger";
export { escapeMarkdown, markdownCode } from "./report/escape";
export { annotationMessage, annotationOf } from "./report/github";
export { renderJson } from "./report/json";
export { MergeError, mergeReports, runRecord } from "./report/merge";
export { findReportFiles, readReportFiles } from "./report/merge-files";
export { TOOL_VERSION, buildReport, countsLine, plural, type CheckResult, type Report } from "./report/model";
export { reportFormatSchema, type ReportFormat } from "./report/render";
export { renderSarif } from "./report/sarif";
export { inShard, parseShard, type Shard } from "./shard";
export { closest } from "./suggest";
