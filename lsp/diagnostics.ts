import { createHash } from "node:crypto";
import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Finding } from "../core/index";
import { analyzeDisk, analyzeOpen } from "./analysis";
import { diagnosticsOf } from "./convert";
import { locate } from "./folders";
import { scheduleNotebook } from "./notebook-analysis";
import { DEFAULT_SETTINGS } from "./settings";
import { type Analysis, isOpen, type ServerState } from "./state";

export const resultId = (findings: readonly Finding[]) => createHash("sha256").update(JSON.stringify(findings)).digest("hex").slice(0, 24);

export const runOnOf = (state: ServerState, uri: string) => (locate(state.folders, uri)?.folder.settings ?? DEFAULT_SETTINGS).runOn;

/** Ask a pull client to pull again (those that can be asked). */
export function refreshPulls(state: ServerState): void {
  if (state.pull && state.capabilities.workspace?.diagnostics?.refreshSupport) state.connection.languages.diagnostics.refresh();
}

// Push (clients without pull diagnostics, e.g. Neovim 0.7): publish each version's findings with that version.
export function schedulePush(state: ServerState, doc: TextDocument, delay: number): void {
  const { pull, timers, documents, connection } = state;
  if (pull) return;
  clearTimeout(timers.get(doc.uri));
  timers.set(
    doc.uri,
    setTimeout(() => {
      timers.delete(doc.uri);
      const publish = (r: Analysis) => {
        if (documents.get(doc.uri)?.version !== r.version) return; // a newer version is on its way
        if ((r.generation ?? 0) !== (state.generations.get(doc.uri) ?? 0)) return; // so is one after a file it imports changed
        void connection.sendDiagnostics({ uri: doc.uri, version: r.version, diagnostics: diagnosticsOf(state, doc.uri, r.findings) });
      };
      // Interim findings (a slow parse goes on) are published too, and replaced by the finished ones.
      void analyzeOpen(state, doc, publish).then(publish);
    }, delay),
  );
}

/** A closed file's findings changed on disk: push them, or ask a pull client to pull again. */
export function diskChanged(state: ServerState, uri: string, findings: Finding[] | undefined): void {
  const { onDisk, pull, connection, pushedOnDisk } = state;
  if (findings === undefined || findings.length === 0) onDisk.delete(uri);
  else onDisk.set(uri, findings);
  if (isOpen(state, uri)) return;
  if (pull) refreshPulls(state);
  else {
    void connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(state, uri, findings ?? []) });
    if (findings?.length) pushedOnDisk.add(uri);
    else pushedOnDisk.delete(uri);
  }
}

/** Settings, folders or HEAD changed: every open buffer is analyzed again. */
export function reanalyzeOpen(state: ServerState): void {
  state.analyses.clear();
  state.saved.clear();
  for (const doc of state.documents.all()) schedulePush(state, doc, 0);
  for (const notebook of state.notebookRuns.keys()) scheduleNotebook(state, notebook, 0);
  refreshPulls(state);
}

/**
 * A pull's answer for an open buffer's current version: the finished analysis, or, while a slow parse goes on and the
 * client can be asked to pull again, the interim one (it is asked once the analysis finishes).
 */
async function pulledAnalysis(state: ServerState, doc: TextDocument): Promise<Analysis> {
  if (!state.capabilities.workspace?.diagnostics?.refreshSupport) return analyzeOpen(state, doc);
  let interim!: (a: Analysis) => void;
  const first = new Promise<Analysis>((resolve) => (interim = resolve));
  const finished = analyzeOpen(state, doc, interim);
  const answer = await Promise.race([finished, first]);
  if (answer.pending) {
    void finished.then((r) => {
      if (!r.pending && state.documents.get(doc.uri)?.version === r.version) refreshPulls(state);
    });
  }
  return answer;
}

/** An open buffer's findings for a pull: its current text's, or with runOn "save" the last opened or saved version's. */
async function pulledFindings(state: ServerState, doc: TextDocument): Promise<{ findings: Finding[]; current: boolean }> {
  await state.ready;
  if (runOnOf(state, doc.uri) !== "save") return { findings: (await pulledAnalysis(state, doc)).findings, current: true };
  let last = state.saved.get(doc.uri);
  if (!last) {
    last = await analyzeOpen(state, doc);
    // An interim result (abandoned for a newer version) is never what a save left.
    if (!last.pending) state.saved.set(doc.uri, last);
  }
  return { findings: last.findings, current: false };
}

/** textDocument/diagnostic: an open buffer's findings, or a closed file's from disk. */
export function serveDocumentPulls(state: ServerState): void {
  const { connection, documents, ready } = state;
  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    const pulled = doc ? await pulledFindings(state, doc) : undefined;
    const findings: Finding[] = pulled ? pulled.findings : (state.onDisk.get(params.textDocument.uri) ?? (await ready.then(() => analyzeDisk(state, params.textDocument.uri))));
    if (doc && pulled?.current && documents.get(doc.uri)?.version !== doc.version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, "the document changed while it was analyzed", { retriggerRequest: true });
    }
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, "cancelled");
    const id = resultId(findings);
    if (params.previousResultId === id) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: id };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: id, items: diagnosticsOf(state, params.textDocument.uri, findings) };
  });
}
