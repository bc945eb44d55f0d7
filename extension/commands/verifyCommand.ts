import { join } from "node:path";
import * as vscode from "vscode";
import { RUNS_DIR, verifyLedger } from "../../core/ledger/index";
import { groupByFile } from "../diagnostics/workspaceScan";
import type { FindingStore } from "../diagnostics/store";
import type { Handler } from "../ids";
import type { Workspace } from "../workspace";

/** "Verify Ledgers": every run's chain and replay; problems go to the Problems panel, the outcome to a message. */
export function verifyLedgers(workspace: Workspace, store: FindingStore): Handler {
  return async () => {
    const state = workspace.primary();
    if (!state) return undefined;
    const result = verifyLedger({ root: state.root });
    const runsDir = join(state.root, RUNS_DIR);
    const isLedger = (uri: vscode.Uri) => uri.fsPath.startsWith(runsDir);
    store.setWorkspace(groupByFile(state.root, result.findings), isLedger);
    const runs = result.runs.length;
    if (result.findings.length === 0) {
      void vscode.window.showInformationMessage(`Flowgate: ${runs} ledger${runs === 1 ? "" : "s"} verified: every chain intact, every transition legal.`);
    } else {
      const bad = new Set(result.findings.map((f) => f.file)).size;
      const choice = await vscode.window.showErrorMessage(`Flowgate: ${result.findings.length} problem${result.findings.length === 1 ? "" : "s"} in ${bad} of ${runs} ledgers (first: ${result.findings[0]!.rule}: ${result.findings[0]!.message}).`, "Show Problems");
      if (choice) await vscode.commands.executeCommand("workbench.actions.view.problems");
    }
    return result.findings.length;
  };
}
