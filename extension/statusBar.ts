import * as vscode from "vscode";
import type { Counts } from "../core/findings";
import type { FindingStore } from "./diagnostics/store";
import { COMMAND } from "./ids";

/** `✓ Flowgate` / `✗ Flowgate 3 errors, 1 warning`: pure so it is unit-tested. */
export function gateText(totals: Counts & { scanned: boolean }): { text: string; tooltip: string; failing: boolean } {
  const failing = totals.errors > 0;
  const counts = `${totals.errors} error${totals.errors === 1 ? "" : "s"}, ${totals.warnings} warning${totals.warnings === 1 ? "" : "s"}`;
  const text = failing ? `$(error) Flowgate ${totals.errors}` + (totals.warnings ? ` $(warning) ${totals.warnings}` : "") : totals.warnings ? `$(check) Flowgate $(warning) ${totals.warnings}` : "$(check) Flowgate";
  const scope = totals.scanned ? "the workspace (last scan) and open files" : "open files (the workspace has not been scanned yet)";
  return { text, tooltip: `Flowgate gate: ${failing ? "✗ failing" : "✓ passing"} — ${counts} in ${scope}. Click to show the Problems panel.`, failing };
}

/** The gate's state for the workspace; a click opens the Problems panel. */
export class GateStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("flowgate.gate", vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: FindingStore) {
    this.item.name = "Flowgate gate";
    this.item.command = COMMAND.showProblems;
    this.subscription = store.onDidChange(() => this.update());
    this.update();
    this.item.show();
  }

  private update(): void {
    const { text, tooltip, failing } = gateText(this.store.totals());
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = failing ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
