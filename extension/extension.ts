/**
 * Flowgate for VS Code: a thin host over core/. Ids other code and the end-to-end tests rely on
 * (defined in ids.ts, contributed in package.json) — keep them stable:
 *   view container `flowgate`; views `flowgate.runs`, `flowgate.approvals`, `flowgate.flows`, `flowgate.evidence`
 *   commands (palette titles "Flowgate: …"): flowgate.scanWorkspace "Scan Workspace", flowgate.refresh "Refresh",
 *     flowgate.startRun "Start Run…", flowgate.advanceStep "Advance Step…", flowgate.attachEvidence "Attach Evidence…",
 *     flowgate.requestApproval "Request Approval…", flowgate.approve "Approve", flowgate.deny "Deny…",
 *     flowgate.mintConsent "Mint Consent…", flowgate.cancelRun "Cancel Run", flowgate.verifyLedgers "Verify Ledgers",
 *     flowgate.openReport "Open Evidence Report", flowgate.compareGolden "Compare with Golden", flowgate.showProblems "Show Gate Problems"
 *   contextValues: flowgate.run.active|closed, flowgate.step.frontier|flowgate.step, flowgate.approval.pending|decided,
 *     flowgate.flow, flowgate.flowVersion, flowgate.flowStep, flowgate.evidence, flowgate.evidence.golden
 *   TreeItem ids: run:<run_id>, run:<run_id>/<step_id>, approval:<approval_id>, flow:<flow_id>[@<version>[#<ordinal>]], evidence:<path>
 *   diagnostics: source "flowgate", code {value: rule id, target: the rule's help}; collections "flowgate" (live), "flowgate-workspace"
 *
 * activate() only constructs and registers; grammars, schemas and ledgers load on first use.
 */
import * as vscode from "vscode";
import { definitionsAnalyzer, BaseFlows } from "./analyzers/definitions";
import { evidenceAnalyzer } from "./analyzers/evidence";
import { ledgerAnalyzer } from "./analyzers/ledger";
import { scanAnalyzer } from "./analyzers/scan";
import { registerCompareGolden } from "./commands/goldenCommands";
import { LedgerCommands } from "./commands/ledgerCommands";
import { EvidenceReports } from "./commands/reportCommand";
import { registerVerifyLedgers } from "./commands/verifyCommand";
import { LiveDiagnostics } from "./diagnostics/live";
import { FindingStore } from "./diagnostics/store";
import { WorkspaceGate } from "./diagnostics/workspaceScan";
import { FindingFixes } from "./fixes/findingFixes";
import { IgnoreBoundaryFixes } from "./fixes/ignoreBoundary";
import { COMMAND, VIEW } from "./ids";
import { RunCache } from "./runCache";
import { GateStatus } from "./statusBar";
import { ApprovalsTree } from "./views/approvalsTree";
import { EvidenceTree } from "./views/evidenceTree";
import { FlowsTree } from "./views/flowsTree";
import { RunsTree } from "./views/runsTree";
import { Workspace } from "./workspace";

/** Where diagnostics apply: files on disk (not git's or other virtual documents). */
const FILES: vscode.DocumentSelector = { scheme: "file" };

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const log = vscode.window.createOutputChannel("Flowgate", { log: true });
  const workspace = new Workspace();
  const store = new FindingStore();
  const base = new BaseFlows();
  const live = new LiveDiagnostics(workspace, store, [scanAnalyzer, definitionsAnalyzer(base), evidenceAnalyzer, ledgerAnalyzer], log);
  const gate = new WorkspaceGate(workspace, store, async () => (await import("../core/checks")).ALL_CHECKS, log);
  const runs = new RunCache(workspace);
  const runsTree = new RunsTree(runs);
  const approvalsTree = new ApprovalsTree(runs);
  const flowsTree = new FlowsTree(workspace, runs);
  const evidenceTree = new EvidenceTree(workspace);
  const ledger = new LedgerCommands(workspace, runs);
  const reports = new EvidenceReports(workspace, runs);

  const configWatcher = vscode.workspace.createFileSystemWatcher("**/.flowgate.yml");
  const reloadConfig = () => workspace.invalidate();

  context.subscriptions.push(
    log,
    workspace,
    store,
    live,
    gate,
    runs,
    runsTree,
    approvalsTree,
    flowsTree,
    evidenceTree,
    reports,
    new GateStatus(store),
    vscode.window.createTreeView(VIEW.runs, { treeDataProvider: runsTree, showCollapseAll: true }),
    vscode.window.createTreeView(VIEW.approvals, { treeDataProvider: approvalsTree }),
    vscode.window.createTreeView(VIEW.flows, { treeDataProvider: flowsTree, showCollapseAll: true }),
    vscode.window.createTreeView(VIEW.evidence, { treeDataProvider: evidenceTree }),
    vscode.languages.registerCodeActionsProvider(FILES, new FindingFixes(store, workspace), FindingFixes.metadata),
    vscode.languages.registerCodeActionsProvider(FILES, new IgnoreBoundaryFixes(), IgnoreBoundaryFixes.metadata),
    configWatcher,
    configWatcher.onDidCreate(reloadConfig),
    configWatcher.onDidChange(reloadConfig),
    configWatcher.onDidDelete(reloadConfig),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("flowgate") && reloadConfig()),
    vscode.workspace.onDidGrantWorkspaceTrust(reloadConfig),
    vscode.workspace.onDidSaveTextDocument(() => base.invalidate()),
    ...ledger.register(),
    ...registerCompareGolden(workspace),
    registerVerifyLedgers(workspace, store),
    reports.register(),
    vscode.commands.registerCommand(COMMAND.scanWorkspace, () => gate.scan(true)),
    vscode.commands.registerCommand(COMMAND.showProblems, () => vscode.commands.executeCommand("workbench.actions.view.problems")),
    vscode.commands.registerCommand(COMMAND.refresh, () => {
      base.invalidate();
      workspace.invalidate();
      runs.refresh();
      flowsTree.refresh();
      evidenceTree.refresh();
    }),
  );
  // The workspace gate runs after activation returns, in the background (a status-bar spinner, no notification).
  if (workspace.primary()?.settings.gateOnOpen) {
    const timer = setTimeout(() => void gate.scan(false), 1500);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }
  log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
}

export function deactivate(): void {}
