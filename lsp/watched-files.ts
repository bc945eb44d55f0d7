import { FileChangeType } from "vscode-languageserver/node";
import { analyzeDisk } from "./analysis";
import { loadFolders } from "./configuration";
import { diskChanged, reanalyzeOpen } from "./diagnostics";
import { locate } from "./folders";
import { linkedChanged } from "./linked";
import { isOpen, type ServerState } from "./state";

/** workspace/didChangeWatchedFiles: a changed .flowgate.yml reloads, a moved HEAD re-reads the committed flows, other closed files are analyzed again. */
export function serveWatchedFiles(state: ServerState): void {
  state.connection.onDidChangeWatchedFiles(async ({ changes }) => {
    await state.ready;
    let reload = false;
    let moved = false;
    const files: string[] = [];
    for (const change of changes) {
      const at = locate(state.folders, change.uri);
      if (!at) continue;
      if (at.rel === at.folder.settings.configPath.replace(/^\.\//, "")) reload = true;
      else if (at.rel.startsWith(".git/")) moved = /^\.git\/(HEAD|packed-refs|refs\/heads\/)/.test(at.rel) || moved;
      else if (!isOpen(state, change.uri)) {
        diskChanged(state, change.uri, change.type === FileChangeType.Deleted ? undefined : await analyzeDisk(state, change.uri));
        files.push(change.uri);
      }
    }
    // The open buffers importing a changed file: their calls may resolve differently now.
    linkedChanged(state, files);
    if (reload) {
      await loadFolders(state);
      state.gate = undefined;
    }
    // Version discipline compares with HEAD: a commit or checkout moves it.
    if (moved) state.head.invalidate();
    if (reload || moved) reanalyzeOpen(state);
  });
}
