import { isAbsolute, join } from "node:path";
import * as vscode from "vscode";
import { HeadFlows } from "../core/flow";
import { coreAnalyzer } from "./analyzers/analyze";
import { compareWithGolden, GoldenDocuments } from "./commands/goldenCommands";
import { LedgerCommands } from "./commands/ledgerCommands";
import { EvidenceReports } from "./commands/reportCommand";
import { verifyLedgers } from "./commands/verifyCommand";
import { LiveDiagnostics } from "./diagnostics/live";
import { FindingStore } from "./diagnostics/store";
import { WorkspaceGate } from "./diagnostics/workspaceScan";
import { FindingFixes } from "./fixes/findingFixes";
import { FIX_ALL, FixAllAction } from "./fixes/fixAll";
import { IgnoreBoundaryFixes } from "./fixes/ignoreBoundary";
import { RuleDocsActions } from "./fixes/ruleDocs";
import { BlueprintHovers } from "./hovers/blueprintHover";
import { COMMAND, type CommandId, GOLDEN_SCHEME, type Handler, type TreeViewId, VIEW } from "./ids";
import { RunCache } from "./runCache";
import { GateStatus } from "./statusBar";
import { ApprovalsTree } from "./views/approvalsTree";
import { EvidenceTree } from "./views/evidenceTree";
import { FlowsTree } from "./views/flowsTree";
import { RunsTree } from "./views/runsTree";
import { Workspace } from "./workspace";

/** What the activation layer forwards to once the core is loaded. */
export interface Host {
  trees: Record<TreeViewId, vscode.TreeDataProvider<unknown>>;
  commands: Record<CommandId, Handler>;
  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]>;
  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined;
}

/**
 * Everything that needs core/ (schemas, parsers, checks, the ledger): built on first use, after
 * activation returned. Starts live diagnostics and, if enabled, the background workspace gate.
 */
export function startHost(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Host {
  const workspace = new Workspace();
  const store = new FindingStore();
  const base = new HeadFlows();
  const live = new LiveDiagnostics(workspace, store, [coreAnalyzer(base)], log);
  const gate = new WorkspaceGate(workspace, store, async () => (await import("../core/index")).ALL_CHECKS, log);
  const runs = new RunCache(workspace);
  const runsTree = new RunsTree(runs);
  const approvalsTree = new ApprovalsTree(runs);
  const flowsTree = new FlowsTree(workspace, runs);
  const evidenceTree = new EvidenceTree(workspace);
  const ledger = new LedgerCommands(workspace, runs);
  const reports = new EvidenceReports(workspace, runs);
  const findingFixes = new FindingFixes(store, workspace);
  const ignoreFixes = new IgnoreBoundaryFixes();
  const ruleDocs = new RuleDocsActions(vscode.Uri.joinPath(context.extensionUri, "docs", "rules.md"));
  const fixAll = new FixAllAction((doc) => live.analyzeNow(doc));
  const blueprintHovers = new BlueprintHovers(workspace);
  const gateOnOpen = !!workspace.primary()?.settings.gateOnOpen;
  const status = new GateStatus(store, gateOnOpen);

  const reloadConfig = () => workspace.invalidate();
  // Each folder's configuration file (flowgate.configPath, .flowgate.yml by default).
  for (const state of workspace.folders()) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, state.settings.configPath));
    context.subscriptions.push(watcher, watcher.onDidCreate(reloadConfig), watcher.onDidChange(reloadConfig), watcher.onDidDelete(reloadConfig));
  }
  context.subscriptions.push(
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
    status,
    vscode.workspace.registerTextDocumentContentProvider(GOLDEN_SCHEME, new GoldenDocuments(workspace)),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("flowgate") && reloadConfig()),
    vscode.workspace.onDidGrantWorkspaceTrust(reloadConfig),
  );
  // Version discipline compares with HEAD: re-read the base flows when a commit or checkout moves it.
  for (const state of workspace.folders()) {
    const head = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, ".git/{HEAD,packed-refs,refs/heads/**}"));
    const moved = () => {
      base.invalidate();
      live.refreshAll();
    };
    context.subscriptions.push(head, head.onDidCreate(moved), head.onDidChange(moved), head.onDidDelete(moved));
  }

  // A .flowgate.yml that does not validate: say where, once per distinct error (checks then run with defaults).
  const reported = new Set<string>();
  const reportConfigErrors = () => {
    for (const state of workspace.folders()) {
      const error = state.configError;
      if (!error || reported.has(error.message)) continue;
      reported.add(error.message);
      void vscode.window.showWarningMessage(`Flowgate: ${error.message} — using the default configuration until it is fixed.`, "Open").then((choice) => {
        if (choice) void vscode.window.showTextDocument(vscode.Uri.file(isAbsolute(error.file) ? error.file : join(state.root, error.file)), { selection: new vscode.Range(error.line - 1, error.column - 1, error.line - 1, error.column - 1) });
      });
    }
  };
  reportConfigErrors();
  context.subscriptions.push(
    workspace.onDidChange(() => {
      reportConfigErrors();
      // Globs and golden pairs come from the config: re-read the views that depend on them.
      base.invalidate();
      flowsTree.refresh();
      evidenceTree.refresh();
    }),
  );

  // The workspace gate runs in the background (a status-bar spinner, no notification).
  // Where start-up time goes (issue #14 item 10): the log says when the host was ready and when the first result came.
  if (gateOnOpen) {
    const hostReady = performance.now();
    const timer = setTimeout(() => {
      const started = performance.now();
      void gate.scan(false).then((outcome) => {
        log.info(`start-up scan ${outcome}: ${(performance.now() - started).toFixed(0)} ms scanning, ${(performance.now() - hostReady).toFixed(0)} ms after the host was ready`);
        status.scanEnded();
      });
    }, 1000);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }

  const commands = Object.fromEntries([
    ...ledger.handlers(),
    [COMMAND.scanWorkspace, () => gate.scan(true)],
    // Re-reading the config also re-reads flows, bundles and the HEAD base (see workspace.onDidChange above).
    [COMMAND.refresh, () => {
      workspace.invalidate();
      runs.refresh();
    }],
    [COMMAND.verifyLedgers, verifyLedgers(workspace, store)],
    [COMMAND.openReport, (node?: Parameters<EvidenceReports["run"]>[0]) => reports.run(node)],
    [COMMAND.compareGolden, compareWithGolden(workspace)],
    [COMMAND.showProblems, () => vscode.commands.executeCommand("workbench.actions.view.problems")],
  ]) as Record<CommandId, Handler>;

  return {
    trees: { [VIEW.runs]: runsTree, [VIEW.approvals]: approvalsTree, [VIEW.flows]: flowsTree, [VIEW.evidence]: evidenceTree } as Record<TreeViewId, vscode.TreeDataProvider<unknown>>,
    commands,
    provideCodeActions: async (doc, range, ctx) => {
      const wants = (kind: vscode.CodeActionKind) => !ctx.only || ctx.only.contains(kind) || kind.contains(ctx.only);
      return [
        ...(wants(vscode.CodeActionKind.QuickFix) ? [...findingFixes.provideCodeActions(doc, range, ctx), ...ignoreFixes.provideCodeActions(doc, range, ctx), ...ruleDocs.provideCodeActions(doc, range, ctx)] : []),
        // Fix-all only when asked for by kind (on save, or "Source Action…"), never among the light bulb's quick fixes.
        ...(ctx.only && wants(FIX_ALL) ? await fixAll.provideCodeActions(doc) : []),
      ];
    },
    provideHover: (doc, position) => blueprintHovers.provideHover(doc, position),
  };
}
