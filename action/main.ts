import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { runGate, ALL_CHECKS, CONFIG_FILE, ConfigError, loadConfig, DEFAULT_CONFIG, WHOLE_FILE, walkFiles, resolveRev, MergeError, runRecord, escapeMarkdown, buildReport, type CheckResult, inShard, optimizeLate, WORKER_BUNDLE, gateWorkers, prestartScanWorkers } from "../core/index";
import { judgeFromBase, strictestFailOn, trustAfterGate, trustResult, workflowChanges, allowedCallAdded, baseUnavailable, compiledCodeAdded, configChanged, submoduleChanged, suppressedCallChanged, suppressionAdded } from "../core/trust";
import { planAnnotations } from "./annotations";
import { approvalsResult, vouchingReviewers } from "./approvals";
import { syncComment } from "./comment";
import { type PullRequestEvent, readEvent } from "./event";
import { type PullRequestRef, errorLine } from "./github";
import { InputError, readInputs } from "./inputs";
import { octokitOf, runUrlOf } from "./context";
import { runMerge } from "./merge";
import { annotate, noteRefusedComment, setOutputs, verdictLine, writeJobSummary, writeReports } from "./outputs";
import { commentMarker, jobSummary, scopeLine } from "./render";
import { addedLinesFromGit, availableBase, pullRequestChanges, pushChanges, rebase, workingPrefix } from "./scope";

/** The config, its errors pointing at the repository-relative file (where the annotation must go). */
function loadConfigFrom<T>(prefix: string, load: () => T): T {
  try {
    return load();
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigError(prefix + e.file, e.line, e.column, e.detail);
    throw e;
  }
}

/**
 * A pull request is judged by the configuration of its base commit (the trusted side), never its own; its
 * edits to that configuration are findings. Without the base commit there is no trusted configuration:
 * the defaults apply and the run fails.
 */
function configFromBase(root: string, prefix: string, explicit: string | undefined, base: string | undefined, event: PullRequestEvent) {
  if (base) {
    const trusted = loadConfigFrom(prefix, () => judgeFromBase(root, base, explicit));
    const workflow = workflowOf(process.env);
    const edited = workflow === undefined ? [] : workflowChanges(root, prefix, base, workflow);
    return edited.length ? { ...trusted, result: trustResult([...edited, ...trusted.result.findings]) } : trusted;
  }
  const finding = baseUnavailable.at(explicit ?? CONFIG_FILE, WHOLE_FILE, event.baseSha.slice(0, 12));
  return { config: DEFAULT_CONFIG, result: trustResult([finding]) };
}

/** The running workflow's file, from the top of this repository (GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/x.yml@ref`). */
function workflowOf(env: NodeJS.ProcessEnv): string | undefined {
  const ref = env.GITHUB_WORKFLOW_REF;
  const repository = env.GITHUB_REPOSITORY;
  if (!ref || !repository || !ref.startsWith(`${repository}/`)) return undefined;
  const at = ref.lastIndexOf("@");
  const path = ref.slice(repository.length + 1, at < 0 ? undefined : at);
  return path.startsWith(".github/") ? path : undefined;
}

const PWN_REQUEST_WARNING =
  "This pull_request_target workflow checked out the pull request's own code: it runs with the base repository's write token and secrets, so anything in the PR that the job executes can use them. Gate pull requests on `pull_request` instead (a fork's comment degrades to a notice).";

function headIsCheckedOut(root: string, headSha: string): boolean {
  try {
    return resolveRev(root, "HEAD") === headSha;
  } catch {
    return false;
  }
}

/**
 * What a review clears: the change's own loosenings and what no check can read (its config edits, its suppressions,
 * its calls in allowed files, its compiled code), once someone other than the author, with write access, approves the head commit.
 */
const CLEARED_BY_REVIEW = new Set([configChanged.id, suppressionAdded.id, suppressedCallChanged.id, allowedCallAdded.id, compiledCodeAdded.id, submoduleChanged.id]);

async function clearedByReview(result: CheckResult, reviewers: () => Promise<string[]>, notes: string[]): Promise<CheckResult> {
  if (!result.findings.some((f) => CLEARED_BY_REVIEW.has(f.rule))) return result;
  let by: string[];
  try {
    by = await reviewers();
  } catch (e) {
    notes.push(`The pull request's reviews could not be read (${escapeMarkdown(errorLine(e))}): its changes to the gate's configuration and its suppressions are not approved.`);
    return result;
  }
  if (by.length === 0) return result;
  notes.push(`The pull request's changes to the gate's configuration and its suppressions are approved on the head commit by ${by.map(escapeMarkdown).join(", ")}.`);
  return { ...result, findings: result.findings.filter((f) => !CLEARED_BY_REVIEW.has(f.rule)) };
}

async function judge(): Promise<void> {
  const inputs = readInputs(process.env);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  if (inputs.merge) return runMerge({ ...inputs, merge: inputs.merge }, workspace);
  // The scan's worker starts while the Action reads its event, asks GitHub for the changes and lists the files.
  // (Only as built: run from its sources, there is no worker bundle beside it.)
  const worker = join(__dirname, WORKER_BUNDLE);
  if (existsSync(worker)) prestartScanWorkers(worker, gateWorkers(), { wasmDir: join(__dirname, "wasm") });
  const root = resolve(workspace, inputs.workingDirectory);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new InputError(`input working-directory "${inputs.workingDirectory}" is not a folder of the workspace`);
  const prefix = workingPrefix(root, workspace);
  const event = readEvent(github.context.eventName ?? "", github.context.payload);
  const prEvent = event.kind === "pull_request" ? event : undefined;
  const notes: string[] = [];
  const base = availableBase(root, prEvent ? prEvent.baseSha : event.kind === "push" ? event.before : undefined, notes);
  const fromBase = prEvent ? configFromBase(root, prefix, inputs.config, base, prEvent) : undefined;
  const { config } = fromBase ?? loadConfigFrom(prefix, () => loadConfig(root, inputs.config));
  // On a pull request the workflow's fail-on may tighten the trusted configuration's, never loosen it.
  const failOn = fromBase ? strictestFailOn(inputs.failOn, config["fail-on"]) : (inputs.failOn ?? config["fail-on"]);
  const octokit = octokitOf(inputs.token);

  if (prEvent && github.context.eventName === "pull_request_target" && headIsCheckedOut(root, prEvent.headSha)) {
    core.warning(PWN_REQUEST_WARNING);
    notes.push(PWN_REQUEST_WARNING);
  }

  // What to judge: the PR's changes, against its base (or a push's previous head).
  const pr: PullRequestRef | undefined = prEvent && { ...github.context.repo, number: prEvent.number };
  const changedOnly = inputs.changedOnly ?? prEvent !== undefined;
  // Who vouches for the head commit, asked of GitHub once, when something needs it.
  let vouching: Promise<string[]> | undefined;
  const reviewers = () => (vouching ??= pr && prEvent && octokit ? vouchingReviewers(octokit, pr, prEvent.headSha, { login: prEvent.author }, notes) : Promise.resolve([]));
  const changes = pr && prEvent ? await pullRequestChanges(octokit, pr, prEvent, root, prefix, notes) : changedOnly && base ? pushChanges(root, base, notes) : undefined;

  const gate = await runGate(ALL_CHECKS, { root, config, failOn, base, changedFiles: changedOnly ? changes?.files : undefined, shard: inputs.shard });
  const results = [...gate.results];
  if (fromBase) results.push(await clearedByReview(base ? await trustAfterGate(root, base, fromBase.result, gate.results, config) : fromBase.result, reviewers, notes));
  if (inputs.approvals !== "none") {
    if (!pr || !prEvent) notes.push(`\`approvals: ${inputs.approvals}\` judges pull requests; this ${github.context.eventName} event has none.`);
    else {
      const files = [...(changes?.files ?? walkFiles(root, config.exclude))].filter((f) => inShard(f, inputs.shard));
      results.push(await approvalsResult(inputs.approvals, octokit, pr, prEvent, root, files, base, notes, reviewers));
    }
  }
  const report = rebase(buildReport(results, failOn), prefix);
  // What `merge:` checks to join only the shards of this run.
  report.run = runRecord({ commit: process.env.GITHUB_SHA, ci: process.env.GITHUB_RUN_ID, directory: prefix, config, base, changedFiles: changedOnly ? changes?.files : undefined, shard: inputs.shard });
  const paths = writeReports(report, inputs.sarif, workspace);

  // Annotations: the ones worth seeing first, on the lines the PR adds.
  let added = changes?.added;
  if (changes?.source === "git" && base) added = addedLinesFromGit(root, base, new Set(gate.report.findings.map((f) => f.file)));
  const plan = planAnnotations(report.findings, inputs.annotations, added && new Map([...added].map(([f, lines]) => [prefix + f, lines])));
  annotate(plan.shown);

  const runUrl = runUrlOf();
  if (pr && prEvent && octokit) {
    const marker = commentMarker(`${prefix || "."}${inputs.shard ? ` shard ${inputs.shard.index}/${inputs.shard.count}` : ""}`);
    const outcome = await syncComment(octokit, pr, inputs.comment, report, { marker, runUrl, headSha: prEvent.headSha });
    noteRefusedComment(outcome, prEvent.fromFork, notes);
  }

  // The verdict first: a summary that cannot be written must not lose the outputs.
  const line = verdictLine(report);
  setOutputs(report, paths, line);
  const scope = scopeLine({ changes: changedOnly ? changes?.files.size : undefined, source: changes?.source, origin: pr ? `pull request #${pr.number}` : "this push", base, shard: inputs.shard });
  await writeJobSummary(jobSummary(report, { scope, hidden: plan.hidden, annotationsMax: inputs.annotations, ...paths, runUrl, notes }));
  core.info(line);
  if (!report.summary.passed) core.setFailed(line);
}

/** The Action: bad inputs and bad configuration stop the run with one clear line (config errors point at their position). */
export async function run(): Promise<void> {
  optimizeLate();
  try {
    await judge();
  } catch (e) {
    if (e instanceof InputError) return core.setFailed(`Flowgate: ${e.message}`);
    if (e instanceof MergeError) return core.setFailed(`Flowgate: cannot merge the shards' reports: ${e.message}`);
    if (e instanceof ConfigError) {
      core.error(e.detail, { title: "flowgate config", file: e.file, startLine: e.line, startColumn: e.column });
      return core.setFailed(`Flowgate: invalid configuration: ${e.message}`);
    }
    core.setFailed(`Flowgate could not run: ${(e as Error).message.split("\n")[0]}`);
  }
}

