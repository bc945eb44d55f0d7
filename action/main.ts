import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { runGate } from "../core/check";
import { ALL_CHECKS } from "../core/checks";
import { ConfigError, loadConfig } from "../core/config/load";
import { walkFiles } from "../core/files";
import { buildReport, countsLine } from "../core/report/model";
import { renderJson } from "../core/report/json";
import { renderSarif } from "../core/report/sarif";
import { inShard } from "../core/shard";
import { annotationOf, planAnnotations } from "./annotations";
import { approvalsResult } from "./approvals";
import { syncComment } from "./comment";
import { readEvent } from "./event";
import type { PullRequestRef } from "./github";
import { InputError, readInputs } from "./inputs";
import { commentMarker, jobSummary } from "./render";
import { addedLinesFromGit, availableBase, pullRequestChanges, rebase, workingPrefix } from "./scope";

/** The config, its errors pointing at the repository-relative file (where the annotation must go). */
function loadConfigFrom(root: string, explicit: string | undefined, prefix: string) {
  try {
    return loadConfig(root, explicit);
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigError(prefix + e.file, e.line, e.column, e.detail);
    throw e;
  }
}

const ANNOTATE = { error: core.error, warning: core.warning, note: core.notice } as const;

async function run(): Promise<void> {
  const inputs = readInputs(process.env);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const root = resolve(workspace, inputs.workingDirectory);
  const prefix = workingPrefix(root, workspace);
  const { config } = loadConfigFrom(root, inputs.config, prefix);
  const failOn = inputs.failOn ?? config["fail-on"];
  const event = readEvent(github.context.eventName ?? "", github.context.payload);
  const octokit = inputs.token ? github.getOctokit(inputs.token) : undefined;
  const notes: string[] = [];

  const pr: PullRequestRef | undefined = event.kind === "pull_request" ? { ...github.context.repo, number: event.number } : undefined;
  const changes = pr && event.kind === "pull_request" ? await pullRequestChanges(octokit, pr, event, root, prefix, notes) : undefined;
  const changedOnly = inputs.changedOnly ?? event.kind === "pull_request";
  const base = availableBase(root, event.kind === "pull_request" ? event.baseSha : event.kind === "push" ? event.before : undefined, notes);

  const gate = await runGate(ALL_CHECKS, { root, config, failOn, base, changedFiles: changedOnly ? changes?.files : undefined, shard: inputs.shard });
  const results = [...gate.results];
  if (inputs.approvals !== "none") {
    if (!pr || event.kind !== "pull_request") notes.push(`\`approvals: ${inputs.approvals}\` judges pull requests; this ${github.context.eventName} event has none.`);
    else {
      const files = [...(changes?.files ?? walkFiles(root, config.exclude))].filter((f) => inShard(f, inputs.shard));
      results.push(await approvalsResult(inputs.approvals, octokit, pr, event, root, files, base, notes));
    }
  }
  const report = rebase(buildReport(results, failOn), prefix);

  const outDir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), "flowgate-"));
  const reportPath = join(outDir, "report.json");
  writeFileSync(reportPath, renderJson(report));
  const sarifPath = inputs.sarif ? resolve(workspace, inputs.sarif) : join(outDir, "flowgate.sarif");
  mkdirSync(dirname(sarifPath), { recursive: true });
  writeFileSync(sarifPath, renderSarif(report));

  let added = changes?.added;
  if (changes?.source === "git" && base) added = addedLinesFromGit(root, base, new Set(gate.report.findings.map((f) => f.file)));
  const addedByRepoPath = added && new Map([...added].map(([f, lines]) => [prefix + f, lines]));
  const plan = planAnnotations(report.findings, inputs.annotations, addedByRepoPath);
  for (const f of plan.shown) ANNOTATE[f.severity](f.message, annotationOf(f));

  const runUrl = process.env.GITHUB_RUN_ID ? `${github.context.serverUrl}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
  if (pr && event.kind === "pull_request" && octokit) {
    const marker = commentMarker(`${prefix || "."}${inputs.shard ? ` shard ${inputs.shard.index}/${inputs.shard.count}` : ""}`);
    const outcome = await syncComment(octokit, pr, inputs.comment, report, { marker, runUrl, headSha: event.headSha });
    if (outcome.kind === "refused") {
      const why = event.fromFork ? "a pull request from a fork gets a read-only token" : "the token lacks `pull-requests: write`";
      core.notice(`Flowgate could not write its pull request comment (HTTP ${outcome.status}: ${why}). The verdict is in this job's summary and annotations.`);
      notes.push(`The pull request comment could not be written (HTTP ${outcome.status}: ${why}).`);
    }
  }

  const scope = [
    changedOnly && changes ? `the ${changes.files.size} files pull request #${pr!.number} changes (from ${changes.source === "api" ? "the GitHub API" : "git"})` : "every file",
    base ? `compared against base ${"`"}${base.slice(0, 12)}${"`"}` : undefined,
    inputs.shard ? `shard ${inputs.shard.index} of ${inputs.shard.count}` : undefined,
  ].filter(Boolean);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(jobSummary(report, { scope: scope.join(", "), hidden: plan.hidden, annotationsMax: inputs.annotations, reportPath, sarifPath, runUrl, notes })).write();
  }

  const { summary } = report;
  const line = `Flowgate ${summary.passed ? "passed" : "failed"}: ${countsLine(summary)} (fails on: ${summary.failOn})`;
  core.setOutput("passed", String(summary.passed));
  core.setOutput("errors", String(summary.errors));
  core.setOutput("warnings", String(summary.warnings));
  core.setOutput("notes", String(summary.notes));
  core.setOutput("report", reportPath);
  core.setOutput("sarif-file", sarifPath);
  core.setOutput("summary", line);
  core.info(line);
  if (!summary.passed) core.setFailed(line);
}

/** Bad inputs and bad configuration stop the run with one clear line (config errors point at their position). */
async function main(): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (e instanceof InputError) return core.setFailed(`Flowgate: ${e.message}`);
    if (e instanceof ConfigError) {
      core.error(e.detail, { title: "flowgate config", file: e.file, startLine: e.line, startColumn: e.column });
      return core.setFailed(`Flowgate: invalid configuration: ${e.message}`);
    }
    core.setFailed(`Flowgate could not run: ${(e as Error).message.split("\n")[0]}`);
  }
}

void main();
