import { join } from "node:path";
import * as vscode from "vscode";
import { verifyLedger } from "../../core/ledger/index";
import type { Handler } from "../ids";
import type { Workspace } from "../workspace";

/**
 * "Verify Ledgers": every run's chain and replay in every folder; the outcome goes to a message. The
 * Problems panel shows ledger problems from the language server's gate only (once each): when this finds
 * any, the server's gate runs again first, so what the message counts is what the panel lists.
 */
export function verifyLedgers(workspace: Workspace, gate: { scanWorkspace(): Promise<void> }): Handler {
  return async () => {
    const folders = workspace.folders();
    if (folders.length === 0) return undefined;
    const results = folders.map((state) => ({ state, result: verifyLedger({ root: state.root }) }));
    const findings = results.flatMap(({ result }) => result.findings);
    const runs = results.reduce((n, { result }) => n + result.runs.length, 0);
    const where = folders.length > 1 ? ` in ${folders.length} folders` : "";
    if (findings.length === 0) {
      void vscode.window.showInformationMessage(`Flowgate: ${runs} ledger${runs === 1 ? "" : "s"}${where} verified: every chain intact, every transition legal.`);
    } else {
      await gate.scanWorkspace();
      const bad = results.reduce((n, { state, result }) => n + new Set(result.findings.map((f) => join(state.root, f.file))).size, 0);
      const choice = await vscode.window.showErrorMessage(`Flowgate: ${findings.length} problem${findings.length === 1 ? "" : "s"} in ${bad} of ${runs} ledgers${where} (first: ${findings[0]!.rule}: ${findings[0]!.message}).`, "Show Problems");
      if (choice) await vscode.commands.executeCommand("workbench.actions.view.problems");
    }
    return findings.length;
  };
}
