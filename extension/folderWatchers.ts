import * as vscode from "vscode";
import type { FolderState, Workspace } from "./workspace";

/**
 * File watchers for every workspace folder, made again whenever the folder set or a folder's
 * configuration changes (Workspace.onDidChange): a folder added after start-up is watched, and globs
 * read from a changed .flowgate.yml take effect without a reload.
 */
export class FolderWatchers implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly workspace: Workspace,
    private readonly globsOf: (state: FolderState) => readonly string[],
    private readonly onFile: (state: FolderState, uri: vscode.Uri) => void,
  ) {
    this.watch();
    this.subscription = workspace.onDidChange(() => this.watch());
  }

  private watch(): void {
    for (const d of this.watchers) d.dispose();
    this.watchers = [];
    for (const state of this.workspace.folders()) {
      for (const glob of new Set(this.globsOf(state))) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, glob));
        const changed = (uri: vscode.Uri) => this.onFile(state, uri);
        this.watchers.push(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    for (const d of this.watchers) d.dispose();
  }
}
