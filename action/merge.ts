import * as core from "@actions/core";
import * as github from "@actions/github";
import { plural, mergeReports, findReportFiles, readReportFiles } from "../core/index";
import { planAnnotations } from "./annotations";
import { syncComment } from "./comment";
import { octokitOf, runUrlOf } from "./context";
import { readEvent } from "./event";
import { type Octokit, type PullRequestRef, deleteComment, statusOf, tokenLogin } from "./github";
import type { Inputs } from "./inputs";
import { annotate, noteRefusedComment, setOutputs, verdictLine, writeJobSummary, writeReports } from "./outputs";
import { commentMarker, jobSummary } from "./render";

/**
 * Shard comments the matrix jobs left (each shard's marker is the folder's plus " shard i/n"): once the
 * merged verdict is posted they are stale partial verdicts. Only comments the token's own identity wrote
 * (as for the sticky comment): another bot's or person's comment is never touched.
 */
async function removeShardComments(octokit: Octokit, pr: PullRequestRef, key: string): Promise<number> {
  const shardMarker = commentMarker(`${key} shard `).replace(/ -->$/, "");
  const self = (await tokenLogin(octokit)).toLowerCase();
  const stale: number[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 }))
    for (const c of page.data) if (c.user?.login?.toLowerCase() === self && c.body?.startsWith(shardMarker)) stale.push(c.id);
  for (const id of stale) await deleteComment(octokit, pr, id);
  return stale.length;
}

/**
 * The fan-in job of a sharded matrix (`merge: <glob>`): the shards' JSON reports of this very run (same
 * commit and workflow run) joined into one verdict, posted once — job summary, annotations, the one
 * sticky comment, one SARIF file, outputs and exit status — as an unsharded run would.
 */
export async function runMerge(inputs: Inputs & { merge: string }, workspace: string): Promise<void> {
  const files = findReportFiles(workspace, [inputs.merge]);
  const report = mergeReports(readReportFiles(workspace, files), { failOn: inputs.failOn, commit: process.env.GITHUB_SHA, ci: process.env.GITHUB_RUN_ID });
  const paths = writeReports(report, inputs.sarif, workspace);
  const plan = planAnnotations(report.findings, inputs.annotations);
  annotate(plan.shown);

  const notes: string[] = [];
  const event = readEvent(github.context.eventName ?? "", github.context.payload);
  const octokit = octokitOf(inputs.token);
  const runUrl = runUrlOf();
  if (event.kind === "pull_request" && octokit) {
    const pr = { ...github.context.repo, number: event.number };
    const key = report.run.directory || ".";
    const outcome = await syncComment(octokit, pr, inputs.comment, report, { marker: commentMarker(key), runUrl, headSha: event.headSha });
    noteRefusedComment(outcome, event.fromFork, notes);
    if (outcome.kind !== "refused") {
      try {
        const removed = await removeShardComments(octokit, pr, key);
        if (removed) notes.push(`Removed ${plural(removed, "comment")} the shard jobs had written: this one verdict replaces them.`);
      } catch (e) {
        if (statusOf(e) === undefined) throw e;
      }
    }
  }

  const line = verdictLine(report);
  setOutputs(report, paths, line);
  const scope = `${plural(files.length, "shard report")} of this run, merged (${report.run.merged === 1 ? "an unsharded run" : `shards 1–${report.run.merged} of ${report.run.merged}`})`;
  await writeJobSummary(jobSummary(report, { scope, hidden: plan.hidden, annotationsMax: inputs.annotations, ...paths, runUrl, notes }));
  core.info(line);
  if (!report.summary.passed) core.setFailed(line);
}
