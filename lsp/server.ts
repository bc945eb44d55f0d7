import { createHash } from "node:crypto";
import { isAbsolute, join } from "node:path";
import { format } from "node:util";
import {
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  CodeActionKind,
  type Connection,
  createConnection,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  type InitializeResult,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type WorkDoneProgressReporter,
  type WorkspaceDocumentDiagnosticReport,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyzeFile, kindsOf, runGate, ALL_CHECKS, type Finding, limitsOf, TOOL_VERSION, readSourceText, withDiskByteOrderMark } from "../core/index";
import { HeadFlows } from "../core/flow";
import { fixAll, FIX_ALL, quickFixes, wants } from "./actions";
import { toDiagnostic } from "./convert";
import { type Folder, fsPathOf, loadFolder, locate, uriOf } from "./folders";
import { hoverAt, ruleLinks } from "./hover";
import { DEFAULT_SETTINGS, parseSettings, type ServerSettings } from "./settings";

/** The extension's "Scan Workspace" (any client may send it): rerun the gate; answers how many files have findings and how many findings. */
export const SCAN_WORKSPACE = "flowgate/scanWorkspace";
/** Sent when a workspace gate ends (`{outcome, ms}`), before the results are answered: the extension's status bar says "scanning…" until then. */
export const GATE_DONE = "flowgate/gateDone";

/** Above this size a buffer is analyzed on open and save only, not per keystroke (each analysis parses it whole). */
export const MAX_TYPING_CHARS = 1_000_000;

interface Analysis {
  version: number;
  findings: Finding[];
}

/**
 * `flowgate lsp --stdio`: LSP 3.17 over stdin/stdout. Every per-file analysis is core/analyze.ts's
 * analyzeFile (what `flowgate check` runs per file); the workspace scan is the gate itself. stdout
 * carries only framed messages: console output goes to stderr.
 */
export function startServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Connection {
  // Nothing but LSP frames may reach stdout: anything printed (by us or a library) goes to stderr.
  for (const level of ["log", "info", "warn", "error", "debug", "trace"] as const) console[level] = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);

  const connection = createConnection(ProposedFeatures.all, input, output);
  const documents = new TextDocuments(TextDocument);
  const head = new HeadFlows();
  const analyses = new Map<string, Analysis>();
  /** runOn "save": each open buffer's analysis as last opened or saved, what a pull answers until the next save. */
  const saved = new Map<string, Analysis>();
  const running = new Map<string, Promise<Analysis>>();
  /** Each closed file's findings from disk: the workspace gate's, replaced per file on save, close and file events. */
  let onDisk = new Map<string, Finding[]>();
  /** Files closed since the last workspace pull: clients drop a closed file's diagnostics, so its next report is full, never `unchanged`. */
  const reannounce = new Set<string>();
  /** Files the last push published for (to clear those that became clean). */
  const pushedOnDisk = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  let capabilities: ClientCapabilities = {};
  let pull = false;
  let trusted = true;
  let initOptions: Record<string, unknown> = {};
  let folderSeeds: { uri: string; name: string }[] = [];
  let folders: Folder[] = [];
  let gate: Promise<void> | undefined;
  const gateAbort = new AbortController();
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));

  const log = (level: "error" | "warn" | "info", message: string) => {
    process.stderr.write(`[flowgate ${level}] ${message}\n`);
    if (level === "error") connection.console.error(message);
    else if (level === "warn") connection.console.warn(message);
  };
  const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
  // A hostile file or a bug in one analysis must never end the session: report it and carry on.
  process.on("uncaughtException", (error) => log("error", `uncaught: ${describe(error)}`));
  process.on("unhandledRejection", (error) => log("error", `unhandled rejection: ${describe(error)}`));

  async function settingsOf(uri: string): Promise<ServerSettings> {
    if (capabilities.workspace?.configuration) {
      try {
        return parseSettings(await connection.workspace.getConfiguration({ scopeUri: uri, section: "flowgate" }));
      } catch (error) {
        log("warn", `workspace/configuration failed, using defaults: ${describe(error)}`);
      }
    }
    const fromInit = (initOptions.settings as Record<string, unknown> | undefined)?.flowgate ?? initOptions.flowgate;
    return fromInit === undefined ? DEFAULT_SETTINGS : parseSettings(fromInit);
  }

  /** Config errors already shown (once per distinct error, as the extension did). */
  const shownConfigErrors = new Set<string>();

  /** A .flowgate.yml that does not validate: say where, with "Open" jumping there where the client can show documents. */
  function showConfigError(folder: Folder): void {
    const error = folder.configError!;
    const message = `Flowgate: ${error.message} — using the default configuration until it is fixed.`;
    log("warn", message);
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

  async function loadFolders(): Promise<void> {
    folders = await Promise.all(folderSeeds.map(async (f) => loadFolder(f.uri, f.name, await settingsOf(f.uri), trusted)));
    for (const f of folders) if (f.configError) showConfigError(f);
    head.invalidate();
    analyses.clear();
  }

  /** One file's findings (open buffer or disk text) through the core; a failure is logged and yields none. */
  async function analyzeText(uri: string, text: string): Promise<Finding[]> {
    const at = locate(folders, uri);
    if (!at) return [];
    const { folder, rel } = at;
    try {
      return (await analyzeFile({ root: folder.root, rel, text }, { config: folder.config, scan: folder.settings.scan, flowBase: trusted ? () => head.get(folder.root, folder.config) : undefined })) ?? [];
    } catch (error) {
      log("error", `analyzing ${rel}: ${describe(error)}`);
      return [];
    }
  }

  /** The open buffer's findings at its current version (computed once per version). */
  function analyzeOpen(doc: TextDocument): Promise<Analysis> {
    const cached = analyses.get(doc.uri);
    if (cached?.version === doc.version) return Promise.resolve(cached);
    const key = `${doc.uri}\0${doc.version}`;
    let pending = running.get(key);
    if (!pending) {
      const version = doc.version;
      pending = ready
        .then(() => {
          const path = fsPathOf(doc.uri);
          return analyzeText(doc.uri, path ? withDiskByteOrderMark(path, doc.getText()) : doc.getText());
        })
        .then((findings) => {
          const result = { version, findings };
          if (documents.get(doc.uri)?.version === version) analyses.set(doc.uri, result);
          return result;
        })
        .finally(() => running.delete(key));
      running.set(key, pending);
    }
    return pending;
  }

  async function analyzeDisk(uri: string): Promise<Finding[]> {
    const path = fsPathOf(uri);
    const at = locate(folders, uri);
    if (!path || !at) return [];
    if (kindsOf(at.rel, at.folder.config, at.folder.settings.scan).length === 0) return [];
    const read = readSourceText(path, at.rel, limitsOf(at.folder.config));
    return read.text === undefined ? read.findings : analyzeText(uri, read.text);
  }

  const resultId = (findings: readonly Finding[]) => createHash("sha256").update(JSON.stringify(findings)).digest("hex").slice(0, 24);

  // Push (clients without pull diagnostics, e.g. Neovim 0.7): publish each version's findings with that version.
  function schedulePush(doc: TextDocument, delay: number): void {
    if (pull) return;
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        void analyzeOpen(doc).then((r) => {
          if (documents.get(doc.uri)?.version !== r.version) return; // a newer version is on its way
          void connection.sendDiagnostics({ uri: doc.uri, version: r.version, diagnostics: r.findings.map(toDiagnostic) });
        });
      }, delay),
    );
  }

  /** A closed file's findings changed on disk: push them, or ask a pull client to pull again. */
  function diskChanged(uri: string, findings: Finding[] | undefined): void {
    if (findings === undefined || findings.length === 0) onDisk.delete(uri);
    else onDisk.set(uri, findings);
    if (documents.get(uri)) return;
    if (pull) {
      if (capabilities.workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh();
    } else {
      void connection.sendDiagnostics({ uri, diagnostics: (findings ?? []).map(toDiagnostic) });
      if (findings?.length) pushedOnDisk.add(uri);
      else pushedOnDisk.delete(uri);
    }
  }

  /** The whole gate on every folder (what `flowgate check` reports), with progress; shared by whoever asks while it runs. */
  function runWorkspaceGate(progress?: WorkDoneProgressReporter): Promise<void> {
    gate ??= (async () => {
      await ready;
      const found = new Map<string, Finding[]>();
      const started = performance.now();
      let outcome: "done" | "cancelled" | "failed" = "done";
      progress?.begin("Flowgate: checking the workspace", 0, undefined, true);
      try {
        for (const folder of folders) {
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
        onDisk = found;
        if (!pull) {
          for (const uri of pushedOnDisk) if (!found.has(uri) && !documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
          pushedOnDisk.clear();
          for (const [uri, findings] of found) {
            if (documents.get(uri)) continue;
            pushedOnDisk.add(uri);
            void connection.sendDiagnostics({ uri, diagnostics: findings.map(toDiagnostic) });
          }
        }
      } catch (error) {
        outcome = gateAbort.signal.aborted ? "cancelled" : "failed";
        if (!gateAbort.signal.aborted) log("error", `workspace scan: ${describe(error)}`);
      } finally {
        progress?.done();
        void connection.sendNotification(GATE_DONE, { outcome, ms: performance.now() - started });
      }
    })();
    return gate;
  }

  function reanalyzeOpen(): void {
    analyses.clear();
    saved.clear();
    for (const doc of documents.all()) schedulePush(doc, 0);
    if (pull && capabilities.workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh();
  }

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    pull = !!capabilities.textDocument?.diagnostic;
    initOptions = (params.initializationOptions as Record<string, unknown> | null) ?? {};
    // Other editors have no workspace trust; the VS Code extension passes Restricted Mode as trusted: false.
    trusted = initOptions.trusted !== false;
    const rootUri = params.rootUri ?? (params.rootPath ? uriOf(params.rootPath) : undefined);
    folderSeeds = params.workspaceFolders?.length ? params.workspaceFolders.map((f) => ({ uri: f.uri, name: f.name })) : [{ uri: rootUri ?? uriOf(process.cwd()), name: "workspace" }];
    folderSeeds = folderSeeds.filter((f) => fsPathOf(f.uri));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL] },
        hoverProvider: true,
        documentLinkProvider: { resolveProvider: false },
        ...(pull ? { diagnosticProvider: { identifier: "flowgate", interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "flowgate", version: TOOL_VERSION },
    };
  });

  connection.onInitialized(async () => {
    try {
      await loadFolders();
    } catch (error) {
      log("error", `loading the workspace: ${describe(error)}`);
    }
    resolveReady();
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*" }] });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        folderSeeds = [...folderSeeds.filter((f) => !removed.has(f.uri)), ...e.added.map((f) => ({ uri: f.uri, name: f.name }))].filter((f) => fsPathOf(f.uri));
        await loadFolders();
        gate = undefined;
        reanalyzeOpen();
      });
    }
    // Push clients get the workspace's findings once at start; pull clients ask with workspace/diagnostic.
    if (!pull && folders.some((f) => f.settings.gateOnOpen)) {
      const progress = capabilities.window?.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
      void runWorkspaceGate(progress);
    }
  });

  connection.onDidChangeConfiguration(async () => {
    await ready;
    await loadFolders();
    gate = undefined;
    reanalyzeOpen();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    await ready;
    let reload = false;
    let moved = false;
    for (const change of changes) {
      const at = locate(folders, change.uri);
      if (!at) continue;
      if (at.rel === at.folder.settings.configPath.replace(/^\.\//, "")) reload = true;
      else if (at.rel.startsWith(".git/")) moved = /^\.git\/(HEAD|packed-refs|refs\/heads\/)/.test(at.rel) || moved;
      else if (!documents.get(change.uri)) diskChanged(change.uri, change.type === FileChangeType.Deleted ? undefined : await analyzeDisk(change.uri));
    }
    if (reload) {
      await loadFolders();
      gate = undefined;
    }
    // Version discipline compares with HEAD: a commit or checkout moves it.
    if (moved) head.invalidate();
    if (reload || moved) reanalyzeOpen();
  });

  const runOnOf = (uri: string) => (locate(folders, uri)?.folder.settings ?? DEFAULT_SETTINGS).runOn;
  documents.onDidOpen(({ document }) => schedulePush(document, 0));
  documents.onDidChangeContent(({ document }) => {
    const at = locate(folders, document.uri);
    const settings = at?.folder.settings ?? DEFAULT_SETTINGS;
    if (settings.runOn !== "type" || document.getText().length > MAX_TYPING_CHARS) return;
    schedulePush(document, settings.debounceMs);
  });
  documents.onDidSave(async ({ document }) => {
    const result = await analyzeOpen(document);
    schedulePush(document, 0);
    if (runOnOf(document.uri) === "save") {
      saved.set(document.uri, result);
      // Pull clients that do not pull on save themselves get asked to.
      if (pull && capabilities.workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh();
    }
    // Saved: the file on disk is this buffer now, so its workspace result is this analysis (never the gate's older one).
    diskChanged(document.uri, result.findings);
  });
  documents.onDidClose(async ({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    analyses.delete(document.uri);
    saved.delete(document.uri);
    reannounce.add(document.uri);
    // Closed: what the file holds now is what is on disk (unsaved edits were discarded), never an older scan's result.
    diskChanged(document.uri, await analyzeDisk(document.uri));
  });

  /** An open buffer's findings for a pull: its current text's, or with runOn "save" the last opened or saved version's. */
  async function pulledFindings(doc: TextDocument): Promise<{ findings: Finding[]; current: boolean }> {
    await ready;
    if (runOnOf(doc.uri) !== "save") return { findings: (await analyzeOpen(doc)).findings, current: true };
    let last = saved.get(doc.uri);
    if (!last) saved.set(doc.uri, (last = await analyzeOpen(doc)));
    return { findings: last.findings, current: false };
  }

  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    const pulled = doc ? await pulledFindings(doc) : undefined;
    const findings: Finding[] = pulled ? pulled.findings : (onDisk.get(params.textDocument.uri) ?? (await ready.then(() => analyzeDisk(params.textDocument.uri))));
    if (doc && pulled?.current && documents.get(doc.uri)?.version !== doc.version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, "the document changed while it was analyzed", { retriggerRequest: true });
    }
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, "cancelled");
    const id = resultId(findings);
    if (params.previousResultId === id) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: id };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: id, items: findings.map(toDiagnostic) };
  });

  connection.languages.diagnostics.onWorkspace(async (params, token: CancellationToken, workDone) => {
    await ready;
    // The gate runs when the workspace opens if gate.runOnOpen (the default), else on flowgate/scanWorkspace; until then: what was read per file.
    if (gate || folders.some((f) => f.settings.gateOnOpen)) await Promise.race([runWorkspaceGate(workDone), new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()))]);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, "cancelled");
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (const [uri, findings] of onDisk) {
      if (documents.get(uri)) continue; // open documents: textDocument/diagnostic describes the buffer
      const id = resultId(findings);
      items.push(previous.get(uri) === id && !reannounce.has(uri) ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId: id } : { kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: id, items: findings.map(toDiagnostic) });
    }
    // Files reported before that have nothing now: an empty report clears them.
    for (const uri of previous.keys()) if (!onDisk.has(uri) && !documents.get(uri)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
    reannounce.clear();
    return { items };
  });

  /** `flowgate/scanWorkspace` (the extension's "Scan Workspace"): run the whole gate again, then have clients pull or get pushes. */
  connection.onRequest(SCAN_WORKSPACE, async (_params: unknown, token: CancellationToken) => {
    await ready;
    if (gate) await gate;
    gate = undefined;
    const progress = capabilities.window?.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    const run = runWorkspaceGate(progress);
    await Promise.race([run, new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()))]);
    if (pull && capabilities.workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh();
    return { files: onDisk.size, findings: [...onDisk.values()].reduce((n, f) => n + f.length, 0) };
  });

  connection.onCodeAction(async ({ textDocument, context }) => {
    const doc = documents.get(textDocument.uri);
    const at = doc && locate(folders, doc.uri);
    if (!doc || !at) return [];
    const { findings } = await analyzeOpen(doc);
    const actions: CodeAction[] = [];
    if (wants(context.only, CodeActionKind.QuickFix)) actions.push(...quickFixes(doc, at.rel, at.folder.root, findings, context.diagnostics));
    if (context.only?.some((k) => wants([k], FIX_ALL))) {
      const all = fixAll(doc, findings);
      if (all) actions.push(all);
    }
    return actions;
  });

  connection.onHover(async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    const at = doc && locate(folders, doc.uri);
    if (!doc || !at) return null;
    const markdown = hoverAt(doc, at.rel, at.folder.config, (await analyzeOpen(doc)).findings, position);
    return markdown ? { contents: { kind: "markdown", value: markdown } } : null;
  });

  connection.onDocumentLinks(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    return ruleLinks(doc).map((l) => ({ range: { start: doc.positionAt(l.start), end: doc.positionAt(l.end) }, target: l.target, tooltip: `Flowgate rule ${l.id}` }));
  });

  connection.onShutdown(() => {
    gateAbort.abort();
    for (const t of timers.values()) clearTimeout(t);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
