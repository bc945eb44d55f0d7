import { analyzeDisk } from "./analysis";
import { diskChanged, refreshPulls } from "./diagnostics";
import { MAX_TYPING_CHARS } from "./documents";
import { locate } from "./folders";
import { forgetLinked } from "./linked";
import { scheduleNotebook } from "./notebook-analysis";
import { DEFAULT_SETTINGS } from "./settings";
import type { ServerState } from "./state";

/**
 * The notebooks the server reads (notebookDocumentSync): Jupyter's, on disk, whatever their notebook type says, with
 * every cell. The kernel runs each code cell whatever language the editor tags it with, as `flowgate check` reads them
 * all; markdown and raw cells are synced too but not read.
 */
export const NOTEBOOK_SELECTOR = [{ notebook: { notebookType: "jupyter-notebook", scheme: "file" } }, { notebook: { pattern: "**/*.ipynb", scheme: "file" } }];

/**
 * Notebooks open in a notebook editor (LSP 3.17 notebook documents): each is scanned as one program, exactly as the
 * check scans the file (its code cells in order, read as IPython reads them, names flowing from cell to cell, its
 * imports of project files followed, suppressions applied), and each finding is published on the cell it is in, at
 * its place there. A finding in no cell (the notebook cannot be read: its kernel runs another language, it is over a
 * limit) goes to the start of the first code cell, so what fails the check is never hidden. While a notebook is open
 * its cells carry its findings: the workspace scan's for the file (at its JSON's lines) are withdrawn until it closes.
 */
export function serveNotebookSync(state: ServerState): void {
  const { notebooks } = state;
  notebooks.onDidOpen((notebook) => {
    withdrawFileDiagnostics(state, notebook.uri);
    scheduleNotebook(state, notebook.uri, 0);
  });
  notebooks.onDidChange(({ notebookDocument }) => {
    const settings = locate(state.folders, notebookDocument.uri)?.folder.settings ?? DEFAULT_SETTINGS;
    const chars = notebookDocument.cells.reduce((n, cell) => n + (state.notebooks.getCellTextDocument(cell)?.getText().length ?? 0), 0);
    if (settings.runOn !== "type" || chars > MAX_TYPING_CHARS) return;
    scheduleNotebook(state, notebookDocument.uri, settings.debounceMs);
  });
  notebooks.onDidSave((notebook) => scheduleNotebook(state, notebook.uri, 0));
  notebooks.onDidClose(async (notebook) => {
    const { uri } = notebook;
    clearTimeout(state.timers.get(uri));
    state.timers.delete(uri);
    state.notebookRuns.delete(uri);
    forgetLinked(state, uri);
    for (const cell of state.publishedCells.get(uri)?.keys() ?? []) void state.connection.sendDiagnostics({ uri: cell, diagnostics: [] });
    state.publishedCells.delete(uri);
    if (state.pull) state.reannounce.add(uri);
    // Closed (NotebookDocuments forgets it once this handler yields): the file's findings are the disk's again, at its JSON's lines.
    diskChanged(state, uri, await analyzeDisk(state, uri));
  });
}

/** A notebook opened in a notebook editor: the workspace scan's diagnostics for its file (at its JSON's lines) are withdrawn. */
function withdrawFileDiagnostics(state: ServerState, uri: string): void {
  if (state.pull) refreshPulls(state);
  else if (state.pushedOnDisk.delete(uri)) void state.connection.sendDiagnostics({ uri, diagnostics: [] });
}
