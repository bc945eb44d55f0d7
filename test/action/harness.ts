import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { REPO } from "../helpers/cli";

export const ACTION = join(REPO, "dist", "action.js");
export const EVENTS = join(__dirname, "events");

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Outputs as the runner reads them from GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** The job summary file's content. */
  summary: string;
  /** Workflow commands on stdout, e.g. "::error file=…::message". */
  commands: string[];
}

export interface ActionOptions {
  workspace: string;
  event: { name: string; fixture: string; baseSha?: string; headSha?: string };
  /** `with:` inputs by their action.yml names; the runner's spelling of the variable is applied here. */
  inputs?: Record<string, string>;
  api?: string;
  env?: NodeJS.ProcessEnv;
  node?: string;
}

export const ACTION_YML = parse(readFileSync(join(REPO, "action.yml"), "utf8")) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

/** The runner's name for an input's variable: INPUT_ + upper-cased name, spaces to underscores. */
export function runnerInputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/** GITHUB_OUTPUT's format: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join("\n");
  }
  return out;
}

/** Run the built dist/action.js as GitHub's runner does: a child process, its contract in the environment. */
export async function runAction(options: ActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "flowgate-runner-"));
  const eventPath = join(dir, "event.json");
  const payload = readFileSync(join(EVENTS, options.event.fixture), "utf8")
    .replaceAll("{{BASE_SHA}}", options.event.baseSha ?? "0".repeat(40))
    .replaceAll("{{HEAD_SHA}}", options.event.headSha ?? "0".repeat(40));
  writeFileSync(eventPath, payload);
  const summaryPath = join(dir, "step_summary.md");
  const outputPath = join(dir, "output.txt");
  writeFileSync(summaryPath, "");
  writeFileSync(outputPath, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: "flowgate-dev/agents",
    GITHUB_REPOSITORY_OWNER: "flowgate-dev",
    GITHUB_SHA: options.event.headSha ?? "0".repeat(40),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_API_URL: options.api ?? "http://127.0.0.1:9",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_ACTOR: "octocat",
    RUNNER_TEMP: dir,
    ...options.env,
  };
  // The runner sets every declared input: the workflow's `with:` value, else action.yml's default (expressions evaluated).
  const defaults = Object.fromEntries(Object.entries(ACTION_YML.inputs).map(([name, i]) => [name, i.default === "${{ github.token }}" ? "test-token" : (i.default ?? "")]));
  for (const [name, value] of Object.entries({ ...defaults, ...options.inputs })) env[runnerInputVariable(name)] = value;
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(options.node ?? process.execPath, [ACTION], { cwd: options.workspace, env, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
  // No test expects the Action itself to break: say so with its own words rather than a missing output.
  if (stdout.includes("::error::Flowgate could not run") || stderr.includes("    at ")) throw new Error(`the Action crashed (exit ${code}):\n${stdout}\n${stderr}`);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, "utf8")),
    summary: readFileSync(summaryPath, "utf8"),
    commands: stdout.split("\n").filter((l) => l.startsWith("::")),
  };
}
