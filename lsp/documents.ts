import { lstatSync } from "node:fs";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { limitsOf, readSourceText } from "../core/index";
import { analyzeDisk, analyzeOpen } from "./analysis";
import { diskChanged, refreshPulls, runOnOf, schedulePush } from "./diagnostics";
import { fsPathOf, locate } from "./folders";
import { forgetLinked, linkedChanged } from "./linked";
import { DEFAULT_SETTINGS } from "./settings";
import type { ServerState } from "./state";

/** Above this size a buffer is analyzed on open and save only, not per keystroke (each analysis parses it whole). */
export const MAX_TYPING_CHARS = 1_000_000;

/** Open, change, save and close of text documents. */
export function serveDocumentSync(state: ServerState): void {
  const { documents, timers, analyses, saved, reannounce } = state;
  // TextDocuments fires onDidChangeContent right after onDidOpen, for the same document: that one is the open's (it had
  // put the first push off by the typing debounce, and analyzed the importers again).
  let opening: TextDocument | undefined;
  documents.onDidOpen(({ document }) => {
    opening = document;
    schedulePush(state, document, 0);
    if (!readsAsDisk(state, document)) linkedChanged(state, [document.uri]);
  });
  documents.onDidChangeContent(({ document }) => {
    const opened = opening === document;
    opening = undefined;
    if (opened) return;
    const at = locate(state.folders, document.uri);
    const settings = at?.folder.settings ?? DEFAULT_SETTINGS;
    if (settings.runOn !== "type" || document.getText().length > MAX_TYPING_CHARS) return;
    schedulePush(state, document, settings.debounceMs);
    linkedChanged(state, [document.uri]);
  });
  documents.onDidSave(async ({ document }) => {
    const analyzed = await analyzeOpen(state, document);
    // Abandoned for a newer version while its parse went on: the saved text is what is on disk.
    const result = analyzed.pending ? { version: analyzed.version, findings: await analyzeDisk(state, document.uri) } : analyzed;
    schedulePush(state, document, 0);
    if (runOnOf(state, document.uri) === "save") {
      saved.set(document.uri, result);
      // Pull clients that do not pull on save themselves get asked to.
      refreshPulls(state);
    }
    // Saved: the file on disk is this buffer now, so its workspace result is this analysis (never the gate's older one).
    diskChanged(state, document.uri, result.findings);
    linkedChanged(state, [document.uri]);
  });
  documents.onDidClose(async ({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    analyses.delete(document.uri);
    saved.delete(document.uri);
    forgetLinked(state, document.uri);
    if (!readsAsDisk(state, document)) linkedChanged(state, [document.uri]);
    // Read and cleared by the next workspace pull: a push client has none, so it would only grow.
    if (state.pull) reannounce.add(document.uri);
    // Closed: what the file holds now is what is on disk (unsaved edits were discarded), never an older scan's result.
    diskChanged(state, document.uri, await analyzeDisk(state, document.uri));
  });
}

/**
 * Does a buffer hold what its file reads as from disk (a regular file, not a link; within the size limit)? Then opening
 * or closing it changes nothing an importer read, and the importers are not analyzed again: a client opening files one
 * after another (a package's modules importing each other) analyzed every open importer again at each open.
 */
function readsAsDisk(state: ServerState, doc: TextDocument): boolean {
  const path = fsPathOf(doc.uri);
  const at = locate(state.folders, doc.uri);
  if (!path || !at) return false;
  try {
    if (!lstatSync(path).isFile()) return false;
  } catch {
    return false;
  }
  const read = readSourceText(path, at.rel, limitsOf(at.folder.config));
  return read.findings.length === 0 && read.text === doc.getText();
}
