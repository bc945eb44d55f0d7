import * as github from "@actions/github";
import { defaults } from "@actions/github/lib/utils";
import type { Octokit } from "./github";

const API_BUDGET_MS = 5 * 60_000;

/** The API client, with one time budget for every call: a GitHub that stops answering must not hold the job for hours. */
export function octokitOf(token: string): Octokit | undefined {
  return token ? github.getOctokit(token, { request: { ...defaults.request, signal: AbortSignal.timeout(API_BUDGET_MS) } }) : undefined;
}

/** The workflow run's page, where the summary, annotations and artifacts are. */
export function runUrlOf(): string | undefined {
  return process.env.GITHUB_RUN_ID ? `${github.context.serverUrl}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
}
