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
 *   diagnostics: source "flowgate", code {value: rule id, target: the rule's help}; one collection, "flowgate" (the language server's)
 *
 * activate() loads nothing heavy: it registers views and commands that forward to the host (host.ts,
 * built separately into dist/extension-host.js: everything that needs core/), required on first use.
 * Right after activation returns it starts the language client (client/main.ts, dist/extension-client.js),
 * which starts the language server (dist/lsp.js): diagnostics, quick fixes and hovers come from there.
 */
import * as vscode from "vscode";
import type { FlowgateClient } from "./client/main";
import type { Host } from "./host";
import { COMMAND, type TreeViewId, VIEW } from "./ids";
import { LazyTree } from "./lazyTree";

const TREES: TreeViewId[] = [VIEW.runs, VIEW.approvals, VIEW.flows, VIEW.evidence];

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const log = vscode.window.createOutputChannel("Flowgate", { log: true });
  let client: FlowgateClient | undefined;
  const connect = (): FlowgateClient => (client ??= (require("./extension-client.js") as typeof import("./client/main")).startClient(context, log));
  let host: Host | undefined;
  const load = (): Host => {
    if (!host) {
      const t0 = performance.now();
      host = (require("./extension-host.js") as typeof import("./host")).startHost(context, connect());
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
  // Open documents need diagnostics now: start the language client as soon as activation has returned.
  const timer = setTimeout(() => {
    try {
      connect();
    } catch (error) {
      log.error(`starting the Flowgate language client failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
}

export function deactivate(): void {}
