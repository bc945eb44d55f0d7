import { relative } from "node:path";
import * as vscode from "vscode";
import { ConfigError, loadConfig, type Config, DEFAULT_CONFIG, toRepoPath, withoutCustomRules } from "../core/index";
import { resolveActor } from "../core/ledger";
import { readSettings, type Settings } from "./settings";

/** One workspace folder as Flowgate sees it: its root, its validated .flowgate.yml (or the error), its settings. */
export interface FolderState {
  folder: vscode.WorkspaceFolder;
  root: string;
  /** The effective config: in Restricted Mode without custom scan rules. */
  config: Config;
  configError?: ConfigError;
  settings: Settings;
}

/** Folder states, loaded lazily and dropped when .flowgate.yml or the settings change. */
export class Workspace implements vscode.Disposable {
  private readonly states = new Map<string, FolderState>();
  private readonly actors = new Map<string, string | undefined>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a folder's configuration or the set of folders changed (folder states are re-read). */
  readonly onDidChange = this.changed.event;
  private readonly folderChanges = vscode.workspace.onDidChangeWorkspaceFolders?.(() => this.invalidate());

  get trusted(): boolean {
    return vscode.workspace.isTrusted;
  }

  folders(): FolderState[] {
    return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === "file").map((f) => this.stateOf(f));
  }

  /** The first folder (workspace-wide settings such as gate.runOnOpen are read from it). */
  primary(): FolderState | undefined {
    return this.folders()[0];
  }

  /** The folder whose root is `root` (view nodes and runs carry their folder's root). */
  folderAt(root: string | undefined): FolderState | undefined {
    return root === undefined ? undefined : this.folders().find((s) => s.root === root);
  }

  folderOf(uri: vscode.Uri): FolderState | undefined {
    const folder = uri.scheme === "file" ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    return folder && this.stateOf(folder);
  }

  /** Repo-relative path of a file in its folder (the spelling findings use). */
  relativePath(state: FolderState, uri: vscode.Uri): string {
    return toRepoPath(relative(state.root, uri.fsPath));
  }

  isConfigFile(uri: vscode.Uri): boolean {
    const state = this.folderOf(uri);
    return !!state && this.relativePath(state, uri) === toRepoPath(state.settings.configPath);
  }

  invalidate(): void {
    this.states.clear();
    this.actors.clear();
    this.changed.fire();
  }

  /** flowgate.actor, else env FLOWGATE_ACTOR, else the folder's git user.email (asked once), as the CLI resolves it. */
  actor(state: FolderState): string | undefined {
    if (!this.actors.has(state.root)) this.actors.set(state.root, resolveActor(state.root, state.settings.actor || undefined));
    return this.actors.get(state.root);
  }

  dispose(): void {
    this.folderChanges?.dispose();
    this.changed.dispose();
  }

  private stateOf(folder: vscode.WorkspaceFolder): FolderState {
    const key = folder.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      const root = folder.uri.fsPath;
      const settings = readSettings(folder.uri);
      let config = DEFAULT_CONFIG;
      let configError: ConfigError | undefined;
      try {
        config = loadConfig(root, settings.configPath === ".flowgate.yml" ? undefined : settings.configPath).config;
      } catch (error) {
        // An unreadable file (permissions, a directory) is reported like an invalid one, never thrown at VS Code.
        configError = error instanceof ConfigError ? error : new ConfigError(settings.configPath, 1, 1, error instanceof Error ? error.message : String(error));
      }
      state = { folder, root, config: this.trusted ? config : withoutCustomRules(config), configError, settings };
      this.states.set(key, state);
    }
    return state;
  }
}
