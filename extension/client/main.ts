import * as vscode from "vscode";
import { CloseAction, DiagnosticPullMode, ErrorAction, LanguageClient, type LanguageClientOptions, RevealOutputChannelOn, type ServerOptions, State, TransportKind } from "vscode-languageclient/node";
import { RuleDocsActions } from "../fixes/ruleDocs";
import { readSettings } from "../settings";
import { GateStatus } from "../statusBar";
import { CrashPolicy } from "./crashPolicy";
import { withReasonSnippets } from "./snippets";
import { DiagnosticTotals } from "./totals";

/** The server's custom methods (lsp/gate.ts defines them). Its pull diagnostics land in the client's collection named by the
 * server's diagnostic identifier, "flowgate" the only Flowgate collection; the push collection the client also makes keeps a generated name. */
const SCAN_WORKSPACE = "flowgate/scanWorkspace";
const GATE_DONE = "flowgate/gateDone";

/** Notebooks' cells, for the notebooks the server syncs (lsp/notebooks.ts NOTEBOOK_SELECTOR: Jupyter's, on disk). */
const NOTEBOOK_CELLS = [{ notebook: { notebookType: "jupyter-notebook", scheme: "file" } }, { notebook: { pattern: "**/*.ipynb", scheme: "file" } }];
const NOTEBOOK_CELL_SCHEME = "vscode-notebook-cell";

/** After a crash, the restart waits this long: both ways the client learns of a death during start-up (the closed connection, the failed initialize) settle first. */
const RESTART_DELAY_MS = 1000;

/**
 * The client's own error notifications come once per failure (some forced, e.g. "couldn't create
 * connection to server" for a server that died while starting): a crash loop would be a storm. They
 * go to the output channel only; CrashPolicy decides what the user is told.
 */
class QuietLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown, _showNotification?: boolean | "force"): void {
    super.error(message, data, false);
  }
}

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
    // Text documents on disk, and Jupyter notebooks' cells for code actions and hovers. The cells (`vscode-notebook-cell:`)
    // reach the server only through notebook sync (lsp/notebooks.ts: the client syncs no document that notebook sync
    // handles as a text document), and their diagnostics are pushed with the notebook's analysis, never pulled (below).
    documentSelector: [{ scheme: "file" }, ...NOTEBOOK_CELLS],
    outputChannel: log,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // Read at every (re)start: after the folder is trusted the server restarts with custom rules and git.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted }),
    synchronize: { configurationSection: "flowgate" },
    // flowgate.scan.runOn "save": no pull per keystroke, one on save (the server also answers with the saved analysis).
    diagnosticPullOptions: { onChange: true, onSave: true, filter: (doc, mode) => doc.uri.scheme === NOTEBOOK_CELL_SCHEME || (mode === DiagnosticPullMode.onType && readSettings(doc.uri).runOn === "save") },
    // The client never restarts by itself: a server that dies while starting would race its own restart
    // against the failed initialize's stop. Every unexpected stop is handled once, below (onDidChangeState).
    errorHandler: {
      error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
      closed: () => ({ action: CloseAction.DoNotRestart, handled: true }),
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

  let client: LanguageClient | undefined;
  /** Set while we stop or replace the client on purpose (trust granted, window closing): not a crash. */
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;

  /**
   * A new client (and server). A crashed one is never restarted in place: vscode-languageclient 9's
   * stop disposes the document-event emitters its pull diagnostics listen to, so a restarted client
   * no longer pulls on open, change or save (found by test/e2e/lsp-restart.e2e.test.ts).
   */
  function create(): LanguageClient {
    const c = new QuietLanguageClient("flowgate", "Flowgate", serverOptions, clientOptions);
    c.onNotification(GATE_DONE, (done: GateDone) => void (finished = done));
    // A crash (or a failed start): replace the client after a moment, and tell the user once (CrashPolicy).
    c.onDidChangeState(({ newState }) => {
      if (newState !== State.Stopped || c !== client || stopping || restartTimer) return;
      const decision = policy.closed();
      log.error(decision.restart ? "the Flowgate language server stopped unexpectedly; restarting it" : "the Flowgate language server stopped unexpectedly too often; not restarting it");
      if (decision.notify) {
        const message = decision.restart
          ? "Flowgate: the language server stopped unexpectedly and was restarted. Diagnostics may lag for a moment."
          : "Flowgate: the language server keeps stopping, so it was not restarted; diagnostics are off until the window is reloaded.";
        void vscode.window.showWarningMessage(message, "Show Output").then((choice) => choice && log.show(true));
      }
      if (decision.restart) {
        restartTimer = setTimeout(() => {
          restartTimer = undefined;
          void replace(true);
        }, RESTART_DELAY_MS);
      }
    });
    void c.start().then(
      () => log.info(`language server started in ${(performance.now() - started).toFixed(0)} ms`),
      (error) => log.error(`starting the Flowgate language server: ${error instanceof Error ? error.message : String(error)}`),
    );
    return c;
  }

  /** Dispose the current client (stopping its server); `again`: then start a new one. */
  async function replace(again: boolean): Promise<void> {
    const old = client;
    client = undefined;
    stopping = true;
    clearTimeout(restartTimer);
    restartTimer = undefined;
    try {
      await old?.dispose(2000);
    } catch (error) {
      log.error(`stopping the Flowgate language server: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      stopping = false;
    }
    if (again) client = create();
  }

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
    { dispose: () => void replace(false) },
    // Trusted now: a new server with custom rules and git (initializationOptions are read at start).
    vscode.workspace.onDidGrantWorkspaceTrust(() => void replace(true)),
    vscode.languages.registerCodeActionsProvider([{ scheme: "file" }, { scheme: NOTEBOOK_CELL_SCHEME }], new RuleDocsActions(vscode.Uri.joinPath(context.extensionUri, "docs", "rules.md")), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
  client = create();

  return {
    scanWorkspace: () =>
      Promise.resolve(
        vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: "Flowgate: scanning the workspace", cancellable: true }, async (_progress, token) => {
          try {
            if (!client) throw new Error("the language server is not running (see the Flowgate output)");
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
