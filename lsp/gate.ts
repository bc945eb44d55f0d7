import { join } from "node:path";
import { type CancellationToken, DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type WorkDoneProgressReporter, type WorkspaceDocumentDiagnosticReport } from "vscode-languageserver/node";
import { runGate, ALL_CHECKS, type Finding } from "../core/index";
import { diagnosticsOf } from "./convert";
import { refreshPulls, resultId } from "./diagnostics";
import { uriOf } from "./folders";
import { describe, isOpen, type ServerState } from "./state";

/** The extension's "Scan Workspace" (any client may send it): rerun the gate; answers how many files have findings and how many findings. */
export const SCAN_WORKSPACE = "flowgate/scanWorkspace";
/** Sent when a workspace gate ends (`{outcome, ms}`), before the results are answered: the extension's status bar says "scanning…" until then. */
export const GATE_DONE = "flowgate/gateDone";

/** A server-initiated progress bar, where the client shows them. */
export async function gateProgress(state: ServerState): Promise<WorkDoneProgressReporter | undefined> {
  return state.capabilities.window?.workDoneProgress ? await state.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
}

/** Resolves when the request is cancelled (it never rejects). */
const cancelled = (token: CancellationToken) => new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()));

/** The whole gate on every folder (what `flowgate check` reports), with progress; shared by whoever asks while it runs. */
export function runWorkspaceGate(state: ServerState, progress?: WorkDoneProgressReporter): Promise<void> {
  const { connection, documents, gateAbort, pushedOnDisk } = state;
  state.gate ??= (async () => {
    await state.ready;
    const found = new Map<string, Finding[]>();
    const started = performance.now();
    let outcome: "done" | "cancelled" | "failed" = "done";
    progress?.begin("Flowgate: checking the workspace", 0, undefined, true);
    try {
      for (const folder of state.folders) {
        const result = await runGate(ALL_CHECKS, {
          root: folder.root,
          config: folder.config,
          signal: gateAbort.signal,
          onProgress: (p) => progress?.report(p.total ? Math.round((100 * p.done) / p.total) : 0, `${folder.name}: ${p.check} ${p.done}/${p.total}`),
        });
        for (const f of result.report.findings) {
          const uri = uriOf(join(folder.root, f.file));
          found.set(uri, [...(found.get(uri) ?? []), f]);
        }
      }
      state.onDisk = found;
      if (!state.pull) {
        for (const uri of pushedOnDisk) if (!found.has(uri) && !isOpen(state, uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
        pushedOnDisk.clear();
        for (const [uri, findings] of found) {
          if (isOpen(state, uri)) continue;
          pushedOnDisk.add(uri);
          void connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(state, uri, findings) });
        }
      }
    } catch (error) {
      outcome = gateAbort.signal.aborted ? "cancelled" : "failed";
      if (!gateAbort.signal.aborted) state.log("error", `workspace scan: ${describe(error)}`);
    } finally {
      progress?.done();
      void connection.sendNotification(GATE_DONE, { outcome, ms: performance.now() - started });
    }
  })();
  return state.gate;
}

/** workspace/diagnostic (the gate's findings for files not open) and flowgate/scanWorkspace. */
export function serveWorkspaceGate(state: ServerState): void {
  const { connection, documents, reannounce } = state;
  connection.languages.diagnostics.onWorkspace(async (params, token: CancellationToken, workDone) => {
    await state.ready;
    // The gate runs when the workspace opens if gate.runOnOpen (the default), else on flowgate/scanWorkspace; until then: what was read per file.
    if (state.gate || state.folders.some((f) => f.settings.gateOnOpen)) await Promise.race([runWorkspaceGate(state, workDone), cancelled(token)]);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, "cancelled");
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (const [uri, findings] of state.onDisk) {
      if (documents.get(uri)) continue; // open documents: textDocument/diagnostic describes the buffer
      // An open notebook's findings are on its cells (lsp/notebooks.ts): none at the file's JSON lines.
      if (state.notebooks.getNotebookDocument(uri)) {
        items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
        continue;
      }
      const id = resultId(findings);
      items.push(previous.get(uri) === id && !reannounce.has(uri) ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId: id } : { kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: id, items: diagnosticsOf(state, uri, findings) });
    }
    // Files reported before that have nothing now: an empty report clears them.
    for (const uri of previous.keys()) if (!state.onDisk.has(uri) && !isOpen(state, uri)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
    reannounce.clear();
    return { items };
  });

  /** `flowgate/scanWorkspace` (the extension's "Scan Workspace"): run the whole gate again, then have clients pull or get pushes. */
  connection.onRequest(SCAN_WORKSPACE, async (_params: unknown, token: CancellationToken) => {
    await state.ready;
    if (state.gate) await state.gate;
    state.gate = undefined;
    const run = runWorkspaceGate(state, await gateProgress(state));
    await Promise.race([run, cancelled(token)]);
    refreshPulls(state);
    return { files: state.onDisk.size, findings: [...state.onDisk.values()].reduce((n, f) => n + f.length, 0) };
  });
}
