import { refreshPulls, schedulePush } from "./diagnostics";
import { fsPathOf, locate } from "./folders";
import { scheduleNotebook } from "./notebook-analysis";
import { DEFAULT_SETTINGS } from "./settings";
import type { ServerState } from "./state";

/**
 * Files whose text changed (an open buffer's edit, a save, a file changed, created or deleted on disk, a buffer
 * opened or closed): the open buffers whose last analysis read or looked for one of them are analyzed again, as
 * `flowgate check` would judge them now (their calls may resolve through the changed file). Pull clients are asked
 * to pull again; push clients get the new findings after the importer's debounce.
 */
export function linkedChanged(state: ServerState, uris: readonly string[]): void {
  const changed = new Set(uris);
  const paths = uris.flatMap((uri) => fsPathOf(uri) ?? []);
  let any = false;
  for (const doc of state.documents.all()) {
    const linked = state.linked.get(doc.uri);
    if (changed.has(doc.uri) || !linked || !paths.some((path) => linked.has(path))) continue;
    any = true;
    state.generations.set(doc.uri, (state.generations.get(doc.uri) ?? 0) + 1);
    state.analyses.delete(doc.uri);
    state.saved.delete(doc.uri);
    schedulePush(state, doc, (locate(state.folders, doc.uri)?.folder.settings ?? DEFAULT_SETTINGS).debounceMs);
  }
  // Open notebooks (lsp/notebooks.ts) publish on their cells, for pull clients too.
  for (const notebook of state.notebookRuns.keys()) {
    const linked = state.linked.get(notebook);
    if (!changed.has(notebook) && linked && paths.some((path) => linked.has(path))) scheduleNotebook(state, notebook, (locate(state.folders, notebook)?.folder.settings ?? DEFAULT_SETTINGS).debounceMs);
  }
  if (any) refreshPulls(state);
}

/** A buffer closed: what was kept for its imports goes with it. */
export function forgetLinked(state: ServerState, uri: string): void {
  state.linked.delete(uri);
  state.generations.delete(uri);
}
