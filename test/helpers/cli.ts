import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { main } from "../../cli/main";
import type { CliIO } from "../../cli/io";

export const REPO = join(__dirname, "..", "..");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a `flowgate` command in-process, as the CLI would, capturing output. */
export async function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd: options.cwd ?? REPO,
    env: options.env ?? {},
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    readStdin: async () => options.stdin ?? "",
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Run the built dist/cli.js as a child process. */
export function runBuiltCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [join(REPO, "dist", "cli.js"), ...args], {
    cwd: options.cwd ?? REPO,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    input: options.input,
    encoding: "utf8",
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = "flowgate-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A throwaway git repository holding a copy of a folder, committed once. */
export function gitRepoFrom(source: string | undefined): string {
  const dir = tempDir("flowgate-repo-");
  if (source) cpSync(source, dir, { recursive: true });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  git("config", "user.email", "dev@example.com");
  git("config", "user.name", "Dev");
  git("add", "-A");
  git("commit", "-q", "--allow-empty", "-m", "base");
  return dir;
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: "pipe" });
}

/** What `run` returns and the git commands it started, in order (`ls-tree`, `cat-file` …), through a logging `git` first on PATH. */
export async function withGitCommands<T>(run: () => T | Promise<T>): Promise<{ value: T; commands: string[] }> {
  const bin = tempDir("flowgate-git-");
  const log = join(bin, "log");
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  writeFileSync(join(bin, "git"), `#!/bin/sh\necho "$1" >> "${log}"\nexec "${real}" "$@"\n`);
  chmodSync(join(bin, "git"), 0o755);
  writeFileSync(log, "");
  const path = process.env.PATH;
  process.env.PATH = `${bin}:${path}`;
  try {
    const value = await run();
    return { value, commands: readFileSync(log, "utf8").split("\n").filter(Boolean) };
  } finally {
    process.env.PATH = path;
  }
}


let scanWorker: string | undefined;
/** The scan worker built from the current sources as scripts/build.mjs builds dist/scan-worker.js (once per test file). */
export function scanWorkerScript(): string {
  scanWorker ??= join(tempDir(), "scan-worker.js");
  if (!existsSync(scanWorker)) buildSync({ entryPoints: [join(REPO, "core/scan/worker.ts")], bundle: true, platform: "node", format: "cjs", mainFields: ["module", "main"], outfile: scanWorker, logLevel: "warning" });
  return scanWorker;
}
