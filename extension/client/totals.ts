import * as vscode from "vscode";
import type { Counts } from "../../core/index";
import { DIAGNOSTIC_SOURCE } from "../ids";

/**
 * The status bar's counts: every Flowgate diagnostic VS Code holds, and whether a workspace gate has
 * finished. `scanned` is set by the client once the gate's results are in the Problems panel, so the
 * status never shows a pass for nothing scanned.
 */
export class DiagnosticTotals implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscription = vscode.languages.onDidChangeDiagnostics(() => this.changed.fire());
  private scanned = false;

  markScanned(): void {
    this.scanned = true;
    this.changed.fire();
  }

  totals(): Counts & { scanned: boolean } {
    const counts: Counts = { errors: 0, warnings: 0, notes: 0 };
    // The client keeps a pull and a push collection: a finding held in both counts once.
    const seen = new Set<string>();
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics) {
        if (d.source !== DIAGNOSTIC_SOURCE) continue;
        const key = JSON.stringify([uri.toString(), typeof d.code === "object" ? d.code.value : d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message]);
        if (seen.has(key)) continue;
        seen.add(key);
        if (d.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
        else counts.notes++;
      }
    }
    return { ...counts, scanned: this.scanned };
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
