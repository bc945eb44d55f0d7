import * as vscode from "vscode";
import { analyzeInput, envOf } from "../analyzers/analyze";
import type { Analyzer } from "../analyzers/types";
import type { Workspace } from "../workspace";
import type { FindingStore } from "./store";

/** Above this size a document is not re-analyzed as you type (each analysis parses it whole), only on open and save. */
export const MAX_TYPING_CHARS = 1_000_000;

/**
 * Diagnostics of open documents: analyzed when opened, as you type (debounced) or on save, and
 * cleared when closed. A result computed for an older version of the text is dropped.
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
      vscode.workspace.onDidSaveTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.close(doc)),
      workspace.onDidChange(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (doc.uri.scheme !== "file") return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(doc);
      }, delay),
    );
  }

  private async run(doc: vscode.TextDocument): Promise<void> {
    const state = this.workspace.folderOf(doc.uri);
    if (!state || doc.isClosed) return;
    const version = doc.version;
    try {
      const input = { root: state.root, rel: this.workspace.relativePath(state, doc.uri), text: doc.getText(), languageId: doc.languageId };
      const findings = await analyzeInput(this.analyzers, input, envOf(state, this.workspace.trusted));
      if (doc.isClosed || doc.version !== version) return;
      if (findings) this.store.setLive(doc.uri, findings);
      else this.store.clearLive(doc.uri);
    } catch (error) {
      this.log.error(`analyzing ${doc.uri.fsPath}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  private close(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.store.clearLive(doc.uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
