import { type ClientCapabilities, type Connection, NotebookDocuments, type TextDocuments } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Finding } from "../core/index";
import { HeadFlows } from "../core/flow";
import type { Folder } from "./folders";

/** One open buffer's findings at one version. */
export interface Analysis {
  version: number;
  findings: Finding[];
  /** Interim (led by `scan/analysis-pending`): a slow parse of this version goes on, or was abandoned for a newer version. */
  pending?: boolean;
  /** The buffer's generation when analyzed (state.generations: one of the files it imports changed since when it is lower). */
  generation?: number;
}

/** What the server holds: the client's capabilities, the workspace folders, the open buffers and every file's findings. */
export interface ServerState {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** Open notebooks (LSP notebook sync) and their cells' text documents (lsp/notebooks.ts). */
  readonly notebooks: NotebookDocuments<TextDocument>;
  /**
   * Each open notebook's cells its last analysis published diagnostics for (to clear them when they go or it closes),
   * with the findings behind them placed in each cell (code actions and hovers on a cell read them).
   */
  readonly publishedCells: Map<string, Map<string, Finding[]>>;
  /** Each open notebook's latest analysis: an older one finishing later publishes nothing. */
  readonly notebookRuns: Map<string, number>;
  readonly head: HeadFlows;
  readonly analyses: Map<string, Analysis>;
  /** runOn "save": each open buffer's analysis as last opened or saved, what a pull answers until the next save. */
  readonly saved: Map<string, Analysis>;
  readonly running: Map<string, Promise<Analysis>>;
  /** Who wants a running analysis's interim findings (by the same key as `running`), while its parse goes on. */
  readonly interims: Map<string, ((interim: Analysis) => void)[]>;
  /** Each closed file's findings from disk: the workspace gate's, replaced per file on save, close and file events. */
  onDisk: Map<string, Finding[]>;
  /** Files closed since the last workspace pull: clients drop a closed file's diagnostics, so its next report is full, never `unchanged`. */
  readonly reannounce: Set<string>;
  /** Files the last push published for (to clear those that became clean). */
  readonly pushedOnDisk: Set<string>;
  readonly timers: Map<string, NodeJS.Timeout>;
  /** Each open buffer's imported project files (file paths) its last analysis looked for or read (lsp/linked.ts). */
  readonly linked: Map<string, Set<string>>;
  /** Each open buffer's generation: raised when a file it imports changes, so an analysis of the older one is not kept. */
  readonly generations: Map<string, number>;
  capabilities: ClientCapabilities;
  pull: boolean;
  trusted: boolean;
  initOptions: Record<string, unknown>;
  folderSeeds: { uri: string; name: string }[];
  folders: Folder[];
  /** Config errors already shown (once per distinct error, as the extension did). */
  readonly shownConfigErrors: Set<string>;
  gate: Promise<void> | undefined;
  readonly gateAbort: AbortController;
  /** Resolved once the folders are loaded: every request waits for it. */
  readonly ready: Promise<void>;
  readonly resolveReady: () => void;
  readonly log: (level: "error" | "warn" | "info", message: string) => void;
}

export const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/** Whether a file is open in the editor: as a text buffer, or as a notebook (its cells then get its findings). */
export const isOpen = (state: ServerState, uri: string) => state.documents.get(uri) !== undefined || state.notebooks.getNotebookDocument(uri) !== undefined;

export function createState(connection: Connection, documents: TextDocuments<TextDocument>): ServerState {
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const log = (level: "error" | "warn" | "info", message: string) => {
    process.stderr.write(`[flowgate ${level}] ${message}\n`);
    if (level === "error") connection.console.error(message);
    else if (level === "warn") connection.console.warn(message);
  };
  return {
    connection,
    documents,
    notebooks: new NotebookDocuments(TextDocument),
    publishedCells: new Map(),
    notebookRuns: new Map(),
    head: new HeadFlows(),
    analyses: new Map(),
    saved: new Map(),
    running: new Map(),
    interims: new Map(),
    onDisk: new Map(),
    reannounce: new Set(),
    pushedOnDisk: new Set(),
    timers: new Map(),
    linked: new Map(),
    generations: new Map(),
    capabilities: {},
    pull: false,
    trusted: true,
    initOptions: {},
    folderSeeds: [],
    folders: [],
    shownConfigErrors: new Set(),
    gate: undefined,
    gateAbort: new AbortController(),
    ready,
    resolveReady,
    log,
  };
}
