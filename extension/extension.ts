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
 * activate() loads nothing heavy: it registers views, commands, code actions and hovers that forward to
 * the host (host.ts, built separately into dist/extension-host.js: everything that needs core/), which is
 * required on first use — at the latest right after activation returns, to diagnose the open documents.
 */
import * as vscode from "vscode";
import type { Host } from "./host";
import { COMMAND, type TreeViewId, VIEW } from "./ids";
import { LazyTree } from "./lazyTree";

/** Where diagnostics and quick fixes apply: files on disk (not git's or other virtual documents). */
const FILES: vscode.DocumentSelector = { scheme: "file" };
/** Blueprints by their default names (hovers explain cascades); other configured names get diagnostics, not hovers. */
const BLUEPRINTS: vscode.DocumentSelector = [{ scheme: "file", pattern: "**/*.{bp,blueprint}.{json,yaml,yml}" }];
const TREES: TreeViewId[] = [VIEW.runs, VIEW.approvals, VIEW.flows, VIEW.evidence];

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const log = vscode.window.createOutputChannel("Flowgate", { log: true });
  let host: Host | undefined;
  const load = (): Host => {
    if (!host) {
      const t0 = performance.now();
      host = (require("./extension-host.js") as typeof import("./host")).startHost(context, log);
      log.info(`core loaded in ${(performance.now() - t0).toFixed(1)} ms`);
    }
    return host;
  };

  context.subscriptions.push(log);
  for (const id of TREES) {
    const tree = new LazyTree(() => load().trees[id]);
    context.subscriptions.push(tree, vscode.window.createTreeView(id, { treeDataProvider: tree, showCollapseAll: id !== VIEW.approvals && id !== VIEW.evidence }));
  }
  for (const id of Object.values(COMMAND)) context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => load().commands[id](...args)));
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(FILES, { provideCodeActions: (doc, range, ctx) => load().provideCodeActions(doc, range, ctx) }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.SourceFixAll.append("flowgate")] }),
    vscode.languages.registerHoverProvider(BLUEPRINTS, { provideHover: (doc, position) => load().provideHover(doc, position) }),
  );
  // Open documents need diagnostics now: load the core as soon as activation has returned.
  const timer = setTimeout(() => {
    try {
      load();
    } catch (error) {
      log.error(`loading Flowgate failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
}

export function deactivate(): void {}
