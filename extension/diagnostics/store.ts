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

  /** Replace the results (each Verify Ledgers run judges every ledger again). */
  setWorkspace(byFile: Map<string, { uri: vscode.Uri; findings: Finding[] }>): void {
    this.workspace.clear();
    for (const { uri, findings } of byFile.values()) this.workspace.set(uri, findings.map(toDiagnostic));
  }

  dispose(): void {
    this.workspace.dispose();
  }
}
