import * as vscode from "vscode";
import { join } from "node:path";
import { listRunIds, type LoadedRun, loadRun, runFile, RUNS_DIR } from "../core/ledger";
import type { Workspace } from "./workspace";

/**
 * Folded runs of the primary folder, read lazily and re-read one ledger at a time when a watcher
 * sees it change (never polled). Runs and Approvals views share it.
 */
export class RunCache implements vscode.Disposable {
  private runs: Map<string, LoadedRun> | undefined;
  private readonly changed = new vscode.EventEmitter<readonly string[] | undefined>();
  /** Fires with the run ids that changed, or undefined when the whole set may have. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly workspace: Workspace) {
    const state = workspace.primary();
    if (state) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, `${RUNS_DIR}/*.jsonl`));
      const reload = (uri: vscode.Uri) => this.reload(runIdOf(uri));
      this.disposables.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
  }

  all(): LoadedRun[] {
    if (!this.runs) {
      this.runs = new Map();
      const state = this.workspace.primary();
      for (const id of state ? listRunIds(state.root) : []) {
        const run = loadRun(state!.root, id);
        if (run) this.runs.set(id, run);
      }
    }
    return [...this.runs.values()];
  }

  get(runId: string): LoadedRun | undefined {
    this.all();
    return this.runs!.get(runId);
  }

  /** Re-read one run (after a watcher event or our own write). */
  reload(runId: string | undefined): void {
    const state = this.workspace.primary();
    if (!runId || !state) return;
    if (!this.runs) return this.changed.fire(undefined);
    const had = this.runs.has(runId);
    const run = loadRun(state.root, runId);
    if (run) this.runs.set(runId, run);
    else this.runs.delete(runId);
    this.changed.fire(had && run ? [runId] : undefined);
  }

  /** The ledger file of a run (views use it for Problems decorations and to open it). */
  fileOf(runId: string): vscode.Uri | undefined {
    const state = this.workspace.primary();
    return state && vscode.Uri.file(join(state.root, runFile(runId)));
  }

  refresh(): void {
    this.runs = undefined;
    this.changed.fire(undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}

export function runIdOf(uri: vscode.Uri): string | undefined {
  const m = /([^/\\]+)\.jsonl$/.exec(uri.path);
  return m?.[1];
}
