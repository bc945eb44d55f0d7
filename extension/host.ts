import * as vscode from "vscode";
import type { FlowgateClient } from "./client/main";
import { compareWithGolden, GoldenDocuments } from "./commands/goldenCommands";
import { LedgerCommands } from "./commands/ledgerCommands";
import { EvidenceReports } from "./commands/reportCommand";
import { verifyLedgers } from "./commands/verifyCommand";
import { COMMAND, type CommandId, GOLDEN_SCHEME, type Handler, type TreeViewId, VIEW } from "./ids";
import { RunCache } from "./runCache";
import { ApprovalsTree } from "./views/approvalsTree";
import { EvidenceTree } from "./views/evidenceTree";
import { FlowsTree } from "./views/flowsTree";
import { RunsTree } from "./views/runsTree";
import { FolderWatchers } from "./folderWatchers";
import { Workspace } from "./workspace";

/** What the activation layer forwards to once the core is loaded. */
export interface Host {
  trees: Record<TreeViewId, vscode.TreeDataProvider<unknown>>;
  commands: Record<CommandId, Handler>;
}

/**
 * Everything that needs core/ (schemas, parsers, the ledger): views and commands, built on first use.
 * Diagnostics, fixes and hovers are the language server's (`client`).
 */
export function startHost(context: vscode.ExtensionContext, client: FlowgateClient): Host {
  const workspace = new Workspace();
  const runs = new RunCache(workspace);
  const runsTree = new RunsTree(runs);
  const approvalsTree = new ApprovalsTree(runs);
  const flowsTree = new FlowsTree(workspace, runs);
  const evidenceTree = new EvidenceTree(workspace);
  const ledger = new LedgerCommands(workspace, runs);
  const reports = new EvidenceReports(workspace, runs);

  const reloadConfig = () => workspace.invalidate();
  // Each folder's configuration file (flowgate.configPath, .flowgate.yml by default).
  context.subscriptions.push(new FolderWatchers(workspace, (state) => [state.settings.configPath], reloadConfig));
  context.subscriptions.push(
    workspace,
    runs,
    runsTree,
    approvalsTree,
    flowsTree,
    evidenceTree,
    reports,
    vscode.workspace.registerTextDocumentContentProvider(GOLDEN_SCHEME, new GoldenDocuments(workspace)),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("flowgate") && reloadConfig()),
    vscode.workspace.onDidGrantWorkspaceTrust(reloadConfig),
  );
  // A .flowgate.yml that does not validate is reported by the language server (a warning with "Open"), once per distinct error.
  context.subscriptions.push(
    workspace.onDidChange(() => {
      // Globs and golden pairs come from the config: re-read the views that depend on them.
      flowsTree.refresh();
      evidenceTree.refresh();
    }),
  );

  const commands = Object.fromEntries([
    ...ledger.handlers(),
    [COMMAND.scanWorkspace, () => client.scanWorkspace()],
    // Re-reading the config also re-reads flows, bundles and the HEAD base (see workspace.onDidChange above).
    [COMMAND.refresh, () => {
      workspace.invalidate();
      runs.refresh();
    }],
    [COMMAND.verifyLedgers, verifyLedgers(workspace, client)],
    [COMMAND.openReport, (node?: Parameters<EvidenceReports["run"]>[0]) => reports.run(node)],
    [COMMAND.compareGolden, compareWithGolden(workspace)],
    [COMMAND.showProblems, () => vscode.commands.executeCommand("workbench.actions.view.problems")],
  ]) as Record<CommandId, Handler>;

  return {
    trees: { [VIEW.runs]: runsTree, [VIEW.approvals]: approvalsTree, [VIEW.flows]: flowsTree, [VIEW.evidence]: evidenceTree } as Record<TreeViewId, vscode.TreeDataProvider<unknown>>,
    commands,
  };
}
