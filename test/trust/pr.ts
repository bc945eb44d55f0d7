import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { REPO, git, gitRepoFrom } from "../helpers/cli";
import type { FakeGitHub } from "../action/fake-github";
import { type ActionRun, runAction } from "../action/harness";

/**
 * A pull request on a copy of examples/: `atBase` edits what the base commit holds, `change` edits the
 * checkout, which is committed as the head.
 */
export async function pullRequest(change: (dir: string) => void | Promise<void>, atBase?: (dir: string) => void) {
  const dir = gitRepoFrom(join(REPO, "examples"));
  if (atBase) {
    atBase(dir);
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "the base");
  }
  const base = git(dir, "rev-parse", "HEAD").trim();
  await change(dir);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "the pull request");
  const head = git(dir, "rev-parse", "HEAD").trim();
  // NUL-separated: names with line breaks or non-ASCII characters as stored (git quotes them otherwise), as the API lists them.
  const fields = git(dir, "diff", "-z", "--name-status", "--no-renames", base, head).split("\0").filter(Boolean);
  const files = Array.from({ length: fields.length / 2 }, (_, i) => ({ filename: fields[2 * i + 1]!, status: fields[2 * i] === "A" ? "added" : fields[2 * i] === "D" ? "removed" : "modified" }));
  return { dir, base, head, files, event: { name: "pull_request", fixture: "pull_request.json", baseSha: base, headSha: head } };
}

export type PullRequest = Awaited<ReturnType<typeof pullRequest>>;

/** Run the built Action on the pull request against the fake API, whose PR files are the PR's own. */
export async function gate(api: FakeGitHub, pr: PullRequest, inputs: Record<string, string> = {}, state: Parameters<FakeGitHub["reset"]>[0] = {}): Promise<ActionRun> {
  // A member's or collaborator's review is by someone with write access unless the test says otherwise (as the permission API would).
  const writers = (state.reviews ?? []).filter((r) => ["MEMBER", "COLLABORATOR"].includes(r.author_association ?? "")).map((r) => [r.user.login, "write"] as const);
  api.reset({ files: pr.files, ...state, permissions: { ...Object.fromEntries(writers), ...state.permissions } });
  return runAction({ workspace: pr.dir, event: pr.event, api: api.url, inputs: { comment: "never", ...inputs } });
}

/** The rule ids of the run's error annotations, sorted. */
export function errorRules(run: ActionRun): string[] {
  return run.commands.filter((c) => c.startsWith("::error title=")).map((c) => /^::error title=([^,:]+)/.exec(c)![1]!).sort();
}

/** The run's error annotations of rules starting with `prefix`, as "rule file line column", in the run's order. */
function annotationsOf(commands: string[], prefix: string): string[] {
  return commands.filter((c) => c.startsWith(`::error title=${prefix}`)).map((c) => /^::error title=([^,]+),file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(c)!.slice(1).join(" "));
}

/** The run's scan error annotations as "rule file line column". */
export const scanAnnotations = (commands: string[]): string[] => annotationsOf(commands, "scan/");

/** Every error annotation of the run as "rule file line column", sorted. */
export const errorAnnotations = (commands: string[]): string[] => annotationsOf(commands, "").sort();

/** A review on `commit` by a repository member (what counts, unless a test says otherwise). */
export function review(login: string, commit: string, more: Record<string, unknown> = {}) {
  return { id: Math.floor(Math.random() * 1e9), user: { login, type: "User" as const }, state: "APPROVED", commit_id: commit, author_association: "MEMBER", ...more };
}

export const readText = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");

/** Write a file of a workspace or pull request, its folders made as needed. */
export function put(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}
