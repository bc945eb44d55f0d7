import { isAbsolute, join } from "node:path";
import { type Folder, loadFolder, uriOf } from "./folders";
import { DEFAULT_SETTINGS, parseSettings, type ServerSettings } from "./settings";
import { describe, type ServerState } from "./state";

/** A folder's settings: the client's workspace/configuration, else the initialization options, else the defaults. */
async function settingsOf(state: ServerState, uri: string): Promise<ServerSettings> {
  if (state.capabilities.workspace?.configuration) {
    try {
      return parseSettings(await state.connection.workspace.getConfiguration({ scopeUri: uri, section: "flowgate" }));
    } catch (error) {
      state.log("warn", `workspace/configuration failed, using defaults: ${describe(error)}`);
    }
  }
  const fromInit = (state.initOptions.settings as Record<string, unknown> | undefined)?.flowgate ?? state.initOptions.flowgate;
  return fromInit === undefined ? DEFAULT_SETTINGS : parseSettings(fromInit);
}

/** A .flowgate.yml that does not validate: say where, with "Open" jumping there where the client can show documents. */
function showConfigError(state: ServerState, folder: Folder): void {
  const { connection, capabilities, shownConfigErrors } = state;
  const error = folder.configError!;
  const message = `Flowgate: ${error.message} — using the default configuration until it is fixed.`;
  state.log("warn", message);
  if (shownConfigErrors.has(error.message)) return;
  shownConfigErrors.add(error.message);
  const canOpen = !!capabilities.window?.showDocument?.support;
  void connection.window.showWarningMessage(message, ...(canOpen ? [{ title: "Open" }] : [])).then(
    (choice) => {
      if (!choice) return;
      const at = { line: Math.max(0, error.line - 1), character: Math.max(0, error.column - 1) };
      void connection.window.showDocument({ uri: uriOf(isAbsolute(error.file) ? error.file : join(folder.root, error.file)), takeFocus: true, selection: { start: at, end: at } });
    },
    () => undefined,
  );
}

/** Every folder's settings and .flowgate.yml read again; what was analyzed with the old ones is dropped. */
export async function loadFolders(state: ServerState): Promise<void> {
  state.folders = await Promise.all(state.folderSeeds.map(async (f) => loadFolder(f.uri, f.name, await settingsOf(state, f.uri), state.trusted)));
  for (const f of state.folders) if (f.configError) showConfigError(state, f);
  state.head.invalidate();
  state.analyses.clear();
}
