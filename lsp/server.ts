import { format } from "node:util";
import {
  CodeActionKind,
  type Connection,
  createConnection,
  DidChangeWatchedFilesNotification,
  type InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { TOOL_VERSION } from "../core/index";
import { FIX_ALL, serveCodeActions } from "./actions";
import { loadFolders } from "./configuration";
import { reanalyzeOpen, serveDocumentPulls } from "./diagnostics";
import { serveDocumentSync } from "./documents";
import { fsPathOf, uriOf } from "./folders";
import { gateProgress, runWorkspaceGate, serveWorkspaceGate } from "./gate";
import { serveHover } from "./hover";
import { NOTEBOOK_SELECTOR, serveNotebookSync } from "./notebooks";
import { createState, describe, type ServerState } from "./state";
import { serveWatchedFiles } from "./watched-files";

/**
 * `flowgate lsp --stdio`: LSP 3.17 over stdin/stdout. Every per-file analysis is core/analyze.ts's
 * analyzeFile (what `flowgate check` runs per file); the workspace scan is the gate itself. stdout
 * carries only framed messages: console output goes to stderr.
 */
export function startServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Connection {
  // Nothing but LSP frames may reach stdout: anything printed (by us or a library) goes to stderr.
  for (const level of ["log", "info", "warn", "error", "debug", "trace"] as const) console[level] = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);

  const connection = createConnection(ProposedFeatures.all, input, output);
  const { log } = serve(connection);
  // A hostile file or a bug in one analysis must never end the session: report it and carry on.
  process.on("uncaughtException", (error) => log("error", `uncaught: ${describe(error)}`));
  process.on("unhandledRejection", (error) => log("error", `unhandled rejection: ${describe(error)}`));
  connection.listen();
  return connection;
}

/** The server's handlers on a connection (not yet listening); the state they share is returned for tests to inspect. */
export function serve(connection: Connection): ServerState {
  const state = createState(connection, new TextDocuments(TextDocument));

  connection.onInitialize((params): InitializeResult => {
    const capabilities = (state.capabilities = params.capabilities);
    state.pull = !!capabilities.textDocument?.diagnostic;
    const initOptions = (state.initOptions = (params.initializationOptions as Record<string, unknown> | null) ?? {});
    // Other editors have no workspace trust; the VS Code extension passes Restricted Mode as trusted: false.
    state.trusted = initOptions.trusted !== false;
    const rootUri = params.rootUri ?? (params.rootPath ? uriOf(params.rootPath) : undefined);
    const folderSeeds = params.workspaceFolders?.length ? params.workspaceFolders.map((f) => ({ uri: f.uri, name: f.name })) : [{ uri: rootUri ?? uriOf(process.cwd()), name: "workspace" }];
    state.folderSeeds = folderSeeds.filter((f) => fsPathOf(f.uri));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        notebookDocumentSync: { notebookSelector: NOTEBOOK_SELECTOR, save: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL] },
        hoverProvider: true,
        documentLinkProvider: { resolveProvider: false },
        ...(state.pull ? { diagnosticProvider: { identifier: "flowgate", interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "flowgate", version: TOOL_VERSION },
    };
  });

  connection.onInitialized(async () => {
    const { capabilities } = state;
    try {
      await loadFolders(state);
    } catch (error) {
      state.log("error", `loading the workspace: ${describe(error)}`);
    }
    state.resolveReady();
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*" }] });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        state.folderSeeds = [...state.folderSeeds.filter((f) => !removed.has(f.uri)), ...e.added.map((f) => ({ uri: f.uri, name: f.name }))].filter((f) => fsPathOf(f.uri));
        await reloadFolders(state);
      });
    }
    // Push clients get the workspace's findings once at start; pull clients ask with workspace/diagnostic.
    if (!state.pull && state.folders.some((f) => f.settings.gateOnOpen)) void runWorkspaceGate(state, await gateProgress(state));
  });

  connection.onDidChangeConfiguration(async () => {
    await state.ready;
    await reloadFolders(state);
  });

  serveWatchedFiles(state);
  serveDocumentSync(state);
  serveNotebookSync(state);
  serveDocumentPulls(state);
  serveWorkspaceGate(state);
  serveCodeActions(state);
  serveHover(state);

  connection.onShutdown(() => {
    state.gateAbort.abort();
    for (const t of state.timers.values()) clearTimeout(t);
  });

  state.documents.listen(connection);
  state.notebooks.listen(connection);
  return state;
}

/** Folders or settings changed: load them again, forget the gate's run and analyze the open buffers again. */
async function reloadFolders(state: ServerState): Promise<void> {
  await loadFolders(state);
  state.gate = undefined;
  reanalyzeOpen(state);
}
