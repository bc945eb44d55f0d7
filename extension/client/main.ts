import * as vscode from "vscode";
import { CloseAction, DiagnosticPullMode, ErrorAction, LanguageClient, type LanguageClientOptions, RevealOutputChannelOn, type ServerOptions, TransportKind } from "vscode-languageclient/node";
import { RuleDocsActions } from "../fixes/ruleDocs";
import { readSettings } from "../settings";
import { GateStatus } from "../statusBar";
import { CrashPolicy } from "./crashPolicy";
import { withReasonSnippets } from "./snippets";
import { DiagnosticTotals } from "./totals";

/** The server's custom methods (lsp/server.ts defines them). Its pull diagnostics land in the client's collection named by the
 * server's diagnostic identifier, "flowgate" (DIAGNOSTICS.live); the push collection the client also makes keeps a generated name. */
const SCAN_WORKSPACE = "flowgate/scanWorkspace";
const GATE_DONE = "flowgate/gateDone";

interface GateDone {
  outcome: "done" | "cancelled" | "failed";
  ms: number;
}

/** What the rest of the extension (commands) uses of the language client. */
export interface FlowgateClient {
  /** "Flowgate: Scan Workspace": the server reruns the whole gate; its results arrive as workspace diagnostics. */
  scanWorkspace(): Promise<void>;
}

/**
 * The VS Code side of `flowgate lsp` (like vscode-eslint): diagnostics (pull, with workspace
 * diagnostics for the gate), quick fixes, fix-all and hovers all come from the language server, run as
 * a Node module from dist/lsp.js inside the extension. The extension host analyzes nothing itself.
 * Built into dist/extension-client.js and required right after activation (stage two).
 */
export function startClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): FlowgateClient {
  const started = performance.now();
  const totals = new DiagnosticTotals();
  const gateOnOpen = (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === "file" && readSettings(f.uri).gateOnOpen);
  const status = new GateStatus(totals, gateOnOpen);
  const policy = new CrashPolicy();
  /** A gate that finished, until its results are in VS Code (the next workspace pull after it). */
  let finished: GateDone | undefined;
  let startupReported = false;

  const module = context.asAbsolutePath("dist/lsp.js");
  const cwd = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === "file")?.uri.fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { cwd } },
    debug: { module, transport: TransportKind.stdio, options: { cwd } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file" }],
    outputChannel: log,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // Read at every (re)start: after the folder is trusted the server restarts with custom rules and git.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted }),
    synchronize: { configurationSection: "flowgate" },
    // flowgate.scan.runOn "save": no pull per keystroke, one on save (the server also answers with the saved analysis).
    diagnosticPullOptions: { onChange: true, onSave: true, filter: (doc, mode) => mode === DiagnosticPullMode.onType && readSettings(doc.uri).runOn === "save" },
    errorHandler: {
      error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
      closed: () => {
        const decision = policy.closed();
        log.error(decision.restart ? "the Flowgate language server stopped unexpectedly; restarting it" : "the Flowgate language server stopped unexpectedly too often; not restarting it");
        if (decision.notify) {
          const message = decision.restart
            ? "Flowgate: the language server stopped unexpectedly and was restarted. Diagnostics may lag for a moment."
            : "Flowgate: the language server keeps stopping, so it was not restarted; diagnostics are off until the window is reloaded.";
          void vscode.window.showWarningMessage(message, "Show Output").then((choice) => choice && log.show(true));
        }
        return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
      },
    },
    initializationFailedHandler: (error) => {
      log.error(`the Flowgate language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    },
    middleware: {
      provideCodeActions: async (document, range, ctx, token, next) => withReasonSnippets(await next(document, range, ctx, token)),
      // After a pull that followed a finished gate, its results are in the Problems panel: the status may count them.
      provideWorkspaceDiagnostics: async (resultIds, token, reporter, next) => {
        const result = await next(resultIds, token, reporter);
        const gate = finished;
        finished = undefined;
        if (gate) gateResultsShown(gate);
        return result;
      },
    },
  };

  const client = new LanguageClient("flowgate", "Flowgate", serverOptions, clientOptions);
  client.onNotification(GATE_DONE, (done: GateDone) => void (finished = done));

  function gateResultsShown(gate: GateDone): void {
    if (gate.outcome === "done") totals.markScanned();
    status.scanEnded();
    if (startupReported) return;
    startupReported = true;
    // Where start-up time goes (issue #14 item 10): the gate's own time, and when its result showed.
    log.info(`start-up scan ${gate.outcome}: ${gate.ms.toFixed(0)} ms scanning, ${(performance.now() - started).toFixed(0)} ms after the host was ready`);
  }

  context.subscriptions.push(
    totals,
    status,
    { dispose: () => void client.stop() },
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client.restart()),
    vscode.languages.registerCodeActionsProvider({ scheme: "file" }, new RuleDocsActions(vscode.Uri.joinPath(context.extensionUri, "docs", "rules.md")), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
  void client.start().then(
    () => log.info(`language server started in ${(performance.now() - started).toFixed(0)} ms`),
    (error) => log.error(`starting the Flowgate language server: ${error instanceof Error ? error.message : String(error)}`),
  );

  return {
    scanWorkspace: () =>
      Promise.resolve(
        vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: "Flowgate: scanning the workspace", cancellable: true }, async (_progress, token) => {
          try {
            await client.sendRequest(SCAN_WORKSPACE, {}, token);
          } catch (error) {
            if (token.isCancellationRequested) return;
            log.error(`workspace scan: ${error instanceof Error ? error.message : String(error)}`);
            void vscode.window.showErrorMessage(`Flowgate: the workspace scan failed: ${error instanceof Error ? error.message : String(error)}`);
          }
        }),
      ),
  };
}
