import * as vscode from "vscode";
import type { Counts } from "../core/index";
import { COMMAND } from "./ids";

/**
 * `✓ Flowgate` / `✗ Flowgate 3 errors, 1 warning`; before the first workspace result a neutral
 * `Flowgate scanning…` (or, with no scan under way, a hollow circle): a pass is never shown for
 * nothing scanned. Pure so it is unit-tested.
 */
export function gateText(totals: Counts & { scanned: boolean }, scanning = false): { text: string; tooltip: string; failing: boolean } {
  const failing = totals.errors > 0;
  const counts = `${totals.errors} error${totals.errors === 1 ? "" : "s"}, ${totals.warnings} warning${totals.warnings === 1 ? "" : "s"}`;
  const warnings = totals.warnings ? ` $(warning) ${totals.warnings}` : "";
  if (!totals.scanned && !failing) {
    const text = scanning ? `$(sync~spin) Flowgate scanning…${warnings}` : `$(circle-large-outline) Flowgate${warnings}`;
    const state = scanning ? "scanning the workspace — no result yet" : "the workspace has not been scanned (run Flowgate: Scan Workspace)";
    return { text, tooltip: `Flowgate gate: ${state}; ${counts} in open files so far. Click to show the Problems panel.`, failing };
  }
  const text = failing ? `$(error) Flowgate ${totals.errors}${warnings}` : `$(check) Flowgate${warnings}`;
  const scope = totals.scanned ? "the workspace (last scan) and open files" : "open files (the workspace has not been scanned yet)";
  return { text, tooltip: `Flowgate gate: ${failing ? "✗ failing" : "✓ passing"} — ${counts} in ${scope}. Click to show the Problems panel.`, failing };
}

/** The gate's state for the workspace; a click opens the Problems panel. */
export class GateStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("flowgate.gate", vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  /** `scanning`: a workspace scan starts with the window (flowgate.gate.runOnOpen) and has not ended yet. */
  constructor(
    private readonly store: { totals(): Counts & { scanned: boolean }; readonly onDidChange: vscode.Event<void> },
    private scanning: boolean,
  ) {
    this.item.name = "Flowgate gate";
    this.item.command = COMMAND.showProblems;
    this.subscription = store.onDidChange(() => this.update());
    this.update();
    this.item.show();
  }

  /** The start-up scan ended (done, cancelled or failed): stop saying "scanning…". */
  scanEnded(): void {
    this.scanning = false;
    this.update();
  }

  private update(): void {
    const { text, tooltip, failing } = gateText(this.store.totals(), this.scanning);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = failing ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
