import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeFile, type LiveScanSettings } from "../../core/analyze";
import { type Config, configSchema, DEFAULT_CONFIG } from "../../core/config/schema";
import type { HeadFlows } from "../../core/flow/analyze";
import type { TextEdit } from "../../core/kernel/findings";
import { LineIndex } from "../../core/kernel/source/lines";
import type { FolderState, Workspace } from "../../extension/workspace";

/** What an editor's analysis depends on: the folder's config, workspace trust, the live-scan settings. */
export interface AnalyzerEnv {
  config: Config;
  trusted: boolean;
  scan: LiveScanSettings;
}

/** One document through core's analyzeFile as the language server runs it (lsp/analysis.ts): version discipline against HEAD only when trusted. */
export function coreAnalyzer(head: HeadFlows) {
  return {
    analyze: ({ root, rel, text }: { root: string; rel: string; text: string; languageId?: string }, e: AnalyzerEnv) =>
      analyzeFile({ root, rel, text }, { config: e.config, scan: e.scan, flowBase: e.trusted ? () => head.get(root, e.config) : undefined }),
  };
}

export function env(overrides: Partial<AnalyzerEnv> = {}, config: Config = DEFAULT_CONFIG): AnalyzerEnv {
  return { config, trusted: true, scan: { enabled: true, include: [], exclude: [] }, ...overrides };
}

export function configOf(input: unknown): Config {
  return configSchema.parse(input);
}

/** Apply 1-based, end-exclusive edits (Finding.fix) to a text, last first so earlier offsets hold. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits.map((e) => ({ start: lines.offset(e.line, e.column), end: lines.offset(e.endLine, e.endColumn), text: e.newText }));
  spans.sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** A temporary git repository (for version discipline against HEAD). */
export function gitRepo(): string {
  const root = mkdtempSync(join(tmpdir(), "flowgate-ext-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore" });
  git("init", "-q");
  git("config", "user.email", "dev@example.com");
  git("config", "user.name", "Dev");
  return root;
}

export function commitAll(root: string, message = "commit"): void {
  execFileSync("git", ["add", "-A"], { cwd: root, stdio: "ignore" });
  execFileSync("git", ["commit", "-q", "-m", message], { cwd: root, stdio: "ignore" });
}

/** A Workspace over fixed folder states (the first is primary), for commands and views under test. */
export function workspaceOf(states: readonly FolderState[], extra: Record<string, unknown> = {}): Workspace {
  return { trusted: true, folders: () => [...states], primary: () => states[0], folderAt: (root?: string) => states.find((s) => s.root === root), ...extra } as unknown as Workspace;
}
