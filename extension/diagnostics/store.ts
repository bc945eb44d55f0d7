import * as vscode from "vscode";
import { type Counts, countFindings, type Finding } from "../../core/index";
import { DIAGNOSTICS } from "../ids";
import { toDiagnostic } from "./convert";

/**
 * Flowgate's findings per file, shown through two collections: live ones follow open documents;
 * workspace-scan ones stay until the next scan, except a saved or closed file's, which are read again
 * (setOnDisk). While a file has live findings they replace its workspace ones (no duplicates in the
 * Problems panel); when it closes, its findings on disk are shown.
 */
export class FindingStore implements vscode.Disposable {
  private readonly live = vscode.languages.createDiagnosticCollection(DIAGNOSTICS.live);
  private readonly workspace = vscode.languages.createDiagnosticCollection(DIAGNOSTICS.workspace);
  private readonly liveFindings = new Map<string, { uri: vscode.Uri; findings: Finding[] }>();
  private workspaceFindings = new Map<string, { uri: vscode.Uri; findings: Finding[] }>();
  private scanned = false;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  setLive(uri: vscode.Uri, findings: Finding[]): void {
    const key = uri.toString();
    this.liveFindings.set(key, { uri, findings });
    this.live.set(uri, findings.map(toDiagnostic));
    this.workspace.delete(uri);
    this.changed.fire();
  }

  clearLive(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.liveFindings.delete(key)) return;
    this.live.delete(uri);
    const scanned = this.workspaceFindings.get(key);
    if (scanned) this.workspace.set(uri, scanned.findings.map(toDiagnostic));
    this.changed.fire();
  }

  /**
   * A file's findings on disk, read again (it was saved or closed): they replace its last workspace
   * scan's, so a closed file never shows an older scan's findings at old lines. Undefined: none.
   */
  setOnDisk(uri: vscode.Uri, findings: Finding[] | undefined): void {
    const key = uri.toString();
    if (findings?.length) this.workspaceFindings.set(key, { uri, findings });
    else this.workspaceFindings.delete(key);
    if (this.liveFindings.has(key)) return;
    if (findings?.length) this.workspace.set(uri, findings.map(toDiagnostic));
    else this.workspace.delete(uri);
    this.changed.fire();
  }

  /**
   * Replace workspace-scan results: all of them, or only those of files `within` selects (e.g. "Verify
   * Ledgers" replaces the ledgers' results). Selected files absent from `byFile` had nothing found.
   */
  setWorkspace(byFile: Map<string, { uri: vscode.Uri; findings: Finding[] }>, within?: (uri: vscode.Uri) => boolean): void {
    const kept = within ? [...this.workspaceFindings].filter(([, v]) => !within(v.uri)) : [];
    this.workspaceFindings = new Map([...kept, ...byFile]);
    if (!within) this.scanned = true;
    this.workspace.clear();
    for (const [key, { uri, findings }] of this.workspaceFindings) {
      if (!this.liveFindings.has(key)) this.workspace.set(uri, findings.map(toDiagnostic));
    }
    this.changed.fire();
  }

  /** What is shown for a file now: its live findings if open, else its last scan's. */
  findingsOf(uri: vscode.Uri): Finding[] {
    const key = uri.toString();
    return (this.liveFindings.get(key) ?? this.workspaceFindings.get(key))?.findings ?? [];
  }

  /** Counts over everything shown, and whether a workspace scan has run. */
  totals(): Counts & { scanned: boolean } {
    const all: Finding[] = [];
    for (const [key, v] of this.workspaceFindings) if (!this.liveFindings.has(key)) all.push(...v.findings);
    for (const v of this.liveFindings.values()) all.push(...v.findings);
    return { ...countFindings(all), scanned: this.scanned };
  }

  dispose(): void {
    this.live.dispose();
    this.workspace.dispose();
    this.changed.dispose();
  }
}
