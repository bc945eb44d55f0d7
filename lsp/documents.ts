import { analyzeDisk, analyzeOpen } from "./analysis";
import { diskChanged, refreshPulls, runOnOf, schedulePush } from "./diagnostics";
import { locate } from "./folders";
import { forgetLinked, linkedChanged } from "./linked";
import { DEFAULT_SETTINGS } from "./settings";
import type { ServerState } from "./state";

/** Above this size a buffer is analyzed on open and save only, not per keystroke (each analysis parses it whole). */
export const MAX_TYPING_CHARS = 1_000_000;

/** Open, change, save and close of text documents. */
export function serveDocumentSync(state: ServerState): void {
  const { documents, timers, analyses, saved, reannounce } = state;
  documents.onDidOpen(({ document }) => {
    schedulePush(state, document, 0);
    linkedChanged(state, [document.uri]);
  });
  documents.onDidChangeContent(({ document }) => {
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
    linkedChanged(state, [document.uri]);
    // Read and cleared by the next workspace pull: a push client has none, so it would only grow.
    if (state.pull) reannounce.add(document.uri);
    // Closed: what the file holds now is what is on disk (unsaved edits were discarded), never an older scan's result.
    diskChanged(state, document.uri, await analyzeDisk(state, document.uri));
  });
}
