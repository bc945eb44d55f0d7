import * as vscode from "vscode";
import { analyzeInput, envOf } from "../analyzers/analyze";
import type { Analyzer } from "../analyzers/types";
import { type Finding, limitsOf, readSourceText } from "../../core/index";
import type { FolderState, Workspace } from "../workspace";
import type { FindingStore } from "./store";

/** Above this size a document is not re-analyzed as you type (each analysis parses it whole), only on open and save. */
export const MAX_TYPING_CHARS = 1_000_000;

/**
 * Diagnostics of open documents: analyzed when opened, as you type (debounced) or on save; when
 * closed, the file on disk is analyzed again. A result computed for an older version of the text is dropped.
 */
export class LiveDiagnostics implements vscode.Disposable {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly workspace: Workspace,
    private readonly store: FindingStore,
    private readonly analyzers: readonly Analyzer[],
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const state = this.workspace.folderOf(e.document.uri);
        if (!state || state.settings.runOn !== "type" || e.contentChanges.length === 0) return;
        if (e.document.getText().length > MAX_TYPING_CHARS) return; // big files: analyzed when opened and saved
        this.schedule(e.document, state.settings.debounceMs);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => this.schedule(doc, 0, true)),
      vscode.workspace.onDidCloseTextDocument((doc) => void this.close(doc)),
      workspace.onDidChange(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  /** `saved`: the buffer is the file on disk now, so its findings also replace the workspace scan's. */
  private schedule(doc: vscode.TextDocument, delay: number, saved = false): void {
    if (doc.uri.scheme !== "file") return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(doc, saved);
      }, delay),
    );
  }

  private async run(doc: vscode.TextDocument, saved: boolean): Promise<void> {
    const state = this.workspace.folderOf(doc.uri);
    if (!state || doc.isClosed) return;
    const version = doc.version;
    const findings = await this.analyze(state, doc.uri, doc.getText(), doc.languageId);
    if (findings === null || doc.isClosed || doc.version !== version) return;
    if (findings) this.store.setLive(doc.uri, findings);
    else this.store.clearLive(doc.uri);
    if (saved) this.store.setOnDisk(doc.uri, findings);
  }

  /** A document's findings for its text right now (not the last debounced result): what fix-all on save edits. */
  async analyzeNow(doc: vscode.TextDocument): Promise<Finding[]> {
    const state = this.workspace.folderOf(doc.uri);
    return (state && (await this.analyze(state, doc.uri, doc.getText(), doc.languageId))) || [];
  }

  /** The analyzers' findings for a text; undefined when none claims the file, null when analysis failed (logged). */
  private async analyze(state: FolderState, uri: vscode.Uri, text: string, languageId: string): Promise<Finding[] | undefined | null> {
    try {
      return await analyzeInput(this.analyzers, { root: state.root, rel: this.workspace.relativePath(state, uri), text, languageId }, envOf(state, this.workspace.trusted));
    } catch (error) {
      this.log.error(`analyzing ${uri.fsPath}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return null;
    }
  }

  /**
   * Closed: unsaved edits are gone, so the file is what is on disk. Read and analyze it again (as
   * ESLint's extension does) rather than showing the last workspace scan's findings at old lines.
   */
  private async close(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const state = this.workspace.folderOf(doc.uri);
    const read = state && doc.uri.scheme === "file" ? readSourceText(doc.uri.fsPath, this.workspace.relativePath(state, doc.uri), limitsOf(state.config)) : undefined;
    const onDisk = read?.text === undefined ? undefined : await this.analyze(state!, doc.uri, read.text, doc.languageId);
    if (onDisk !== null && state) this.store.setOnDisk(doc.uri, onDisk);
    this.store.clearLive(doc.uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
