import * as vscode from "vscode";
import { join } from "node:path";
import { listRunIds, type LoadedRun, loadRun, runFile, RUNS_DIR } from "../core/ledger";
import type { FolderState, Workspace } from "./workspace";

/** A run and the workspace folder whose ledger holds it (two folders may hold the same run id: two checkouts). */
export type FolderRun = LoadedRun & { root: string };

/**
 * Folded runs of every workspace folder, read lazily per folder and re-read one ledger at a time when a
 * watcher sees it change (never polled). Runs and Approvals views and the ledger commands share it.
 */
export class RunCache implements vscode.Disposable {
  /** Folder root → run id → run; a folder is absent until first read. */
  private readonly runs = new Map<string, Map<string, FolderRun>>();
  private readonly changed = new vscode.EventEmitter<readonly string[] | undefined>();
  /** Fires with the run ids that changed, or undefined when the whole set may have. */
  readonly onDidChange = this.changed.event;
  private watchers: vscode.Disposable[] = [];
  private readonly folderChanges: vscode.Disposable | undefined;

  constructor(readonly workspace: Workspace) {
    this.watch();
    // A folder added or removed: watch the new set and re-read (no other folder's runs are kept stale).
    this.folderChanges = vscode.workspace.onDidChangeWorkspaceFolders?.(() => {
      this.watch();
      this.refresh();
    });
  }

  private watch(): void {
    for (const d of this.watchers) d.dispose();
    this.watchers = [];
    for (const state of this.workspace.folders()) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, `${RUNS_DIR}/*.jsonl`));
      const reload = (uri: vscode.Uri) => this.reload(runIdOf(uri), state.root);
      this.watchers.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
  }

  private folderRuns(state: FolderState): Map<string, FolderRun> {
    let runs = this.runs.get(state.root);
    if (!runs) {
      runs = new Map();
      for (const id of listRunIds(state.root)) {
        const run = loadRun(state.root, id);
        if (run) runs.set(id, { ...run, root: state.root });
      }
      this.runs.set(state.root, runs);
    }
    return runs;
  }

  /** The runs of one folder (by root), or of every folder in folder order. */
  all(root?: string): FolderRun[] {
    return this.workspace
      .folders()
      .filter((s) => root === undefined || s.root === root)
      .flatMap((s) => [...this.folderRuns(s).values()]);
  }

  /** A run by id in its folder; without a folder, the first folder holding that id. */
  get(runId: string, root?: string): FolderRun | undefined {
    for (const state of this.workspace.folders()) {
      if (root !== undefined && state.root !== root) continue;
      const run = this.folderRuns(state).get(runId);
      if (run) return run;
    }
    return undefined;
  }

  /** Re-read one run of one folder (after a watcher event or our own write). */
  reload(runId: string | undefined, root: string): void {
    const runs = this.runs.get(root);
    if (!runId) return;
    if (!runs) return this.changed.fire(undefined);
    const had = runs.has(runId);
    const run = loadRun(root, runId);
    if (run) runs.set(runId, { ...run, root });
    else runs.delete(runId);
    this.changed.fire(had && run ? [runId] : undefined);
  }

  /** The ledger file of a run (views use it for Problems decorations and to open it). */
  fileOf(runId: string, root: string): vscode.Uri {
    return vscode.Uri.file(join(root, runFile(runId)));
  }

  refresh(): void {
    this.runs.clear();
    this.changed.fire(undefined);
  }

  dispose(): void {
    for (const d of this.watchers) d.dispose();
    this.folderChanges?.dispose();
    this.changed.dispose();
  }
}

export function runIdOf(uri: vscode.Uri): string | undefined {
  const m = /([^/\\]+)\.jsonl$/.exec(uri.path);
  return m?.[1];
}
