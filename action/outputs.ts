import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { type Finding, annotationMessage, escapeMarkdown, type Report, countsLine, renderJson, renderSarif, writeReportFile } from "../core/index";
import { InputError } from "./inputs";
import { annotationOf } from "./annotations";
import type { CommentOutcome } from "./comment";

/** What a job leaves behind, shared by a gate run and a merge: reports, outputs, annotations. */

/** The JSON report (always in the run's temp folder) and the SARIF file (where asked, else beside it). */
export function writeReports(report: Report, sarif: string | undefined, workspace: string): { reportPath: string; sarifPath: string } {
  const outDir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), "flowgate-"));
  const reportPath = join(outDir, "report.json");
  writeFileSync(reportPath, renderJson(report));
  const sarifPath = sarif ? resolve(workspace, sarif) : join(outDir, "flowgate.sarif");
  // The workflow names the path; the pull request's checkout holds it, links included.
  const refused = writeReportFile(workspace, sarifPath, renderSarif(report));
  if (refused) throw new InputError(`input sarif "${sarif}" ${refused}`);
  return { reportPath, sarifPath };
}

export function setOutputs(report: Report, paths: { reportPath: string; sarifPath: string }, line: string): void {
  core.setOutput("passed", String(report.summary.passed));
  core.setOutput("errors", String(report.summary.errors));
  core.setOutput("warnings", String(report.summary.warnings));
  core.setOutput("notes", String(report.summary.notes));
  core.setOutput("report", paths.reportPath);
  core.setOutput("sarif-file", paths.sarifPath);
  core.setOutput("summary", line);
}

const ANNOTATE = { error: core.error, warning: core.warning, note: core.notice } as const;

export function annotate(findings: readonly Finding[]): void {
  for (const f of findings) ANNOTATE[f.severity](annotationMessage(f), annotationOf(f));
}

/** A comment GitHub refused does not change the verdict: say so as a notice and in the summary's notes. */
export function noteRefusedComment(outcome: CommentOutcome, fromFork: boolean, notes: string[]): void {
  if (outcome.kind !== "refused") return;
  const denied = outcome.status === 403 || outcome.status === 404;
  const why = denied ? `HTTP ${outcome.status}: ${fromFork ? "a pull request from a fork gets a read-only token" : "the token lacks `pull-requests: write`"}` : outcome.error;
  core.notice(`Flowgate could not write its pull request comment (${why}). The verdict is in this job's summary and annotations.`);
  notes.push(`The pull request comment could not be written (${denied ? why : escapeMarkdown(why)}).`);
}

/** The verdict in one line, as the `summary` output and the log say it. */
export function verdictLine(report: Report): string {
  return `Flowgate ${report.summary.passed ? "passed" : "failed"}: ${countsLine(report.summary)} (fails on: ${report.summary.failOn})`;
}

/** The job summary; one that cannot be written is a warning (the outputs and exit status are already set). */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown).write();
  } catch (e) {
    core.warning(`Flowgate could not write the job summary: ${(e as Error).message.split("\n")[0]}`);
  }
}
