import * as vscode from "vscode";
import type { Finding } from "../../core/index";
import { DIAGNOSTICS } from "../ids";
import { toDiagnostic } from "./convert";

/**
 * Findings the extension's own commands produce (Verify Ledgers), shown in the "flowgate-workspace"
 * collection. Everything else in the Problems panel comes from the language server (the client's
 * "flowgate" collection).
 */
export class FindingStore implements vscode.Disposable {
  private readonly workspace = vscode.languages.createDiagnosticCollection(DIAGNOSTICS.workspace);
  private workspaceFindings = new Map<string, { uri: vscode.Uri; findings: Finding[] }>();

  /**
   * Replace the results: all of them, or only those of files `within` selects (e.g. "Verify Ledgers"
   * replaces the ledgers' results). Selected files absent from `byFile` had nothing found.
   */
  setWorkspace(byFile: Map<string, { uri: vscode.Uri; findings: Finding[] }>, within?: (uri: vscode.Uri) => boolean): void {
    const kept = within ? [...this.workspaceFindings].filter(([, v]) => !within(v.uri)) : [];
    this.workspaceFindings = new Map([...kept, ...byFile]);
    this.workspace.clear();
    for (const { uri, findings } of this.workspaceFindings.values()) this.workspace.set(uri, findings.map(toDiagnostic));
  }

  dispose(): void {
    this.workspace.dispose();
  }
}
