// A small fake of the few VS Code APIs the extension's own logic touches, for unit tests (vi.mock("vscode")).
// The real VS Code runs in the end-to-end suite (test/e2e); this only has to behave like it where tests look.
import { pathToFileURL, fileURLToPath } from "node:url";

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
  isEqual(o: Position): boolean {
    return o.line === this.line && o.character === this.character;
  }
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number | Position, b: number | Position, c?: number, d?: number) {
    this.start = typeof a === "number" ? new Position(a, b as number) : a;
    this.end = typeof a === "number" ? new Position(c!, d!) : (b as Position);
  }
  isEqual(o: Range): boolean {
    return this.start.isEqual(o.start) && this.end.isEqual(o.end);
  }
  get isEmpty(): boolean {
    return this.start.isEqual(this.end);
  }
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export class Diagnostic {
  source?: string;
  code?: string | number | { value: string | number; target: Uri };
  constructor(
    public range: Range,
    public message: string,
    public severity: DiagnosticSeverity = DiagnosticSeverity.Error,
  ) {}
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
    readonly query = "",
    private readonly raw?: string,
  ) {}
  static file(path: string): Uri {
    return new Uri("file", path);
  }
  static parse(text: string): Uri {
    if (text.startsWith("file:")) return new Uri("file", fileURLToPath(text));
    const url = new URL(text);
    return new Uri(url.protocol.slice(0, -1), url.pathname, url.search.slice(1), text);
  }
  static from(parts: { scheme: string; path: string; query?: string }): Uri {
    return new Uri(parts.scheme, parts.path, parts.query ?? "");
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    if (this.raw) return this.raw;
    return this.scheme === "file" ? pathToFileURL(this.path).href : `${this.scheme}:${this.path}${this.query ? `?${this.query}` : ""}`;
  }
}

export class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  readonly event = (listener: (e: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class ThemeColor {
  constructor(readonly id: string) {}
}
export class ThemeIcon {
  constructor(
    readonly id: string,
    readonly color?: ThemeColor,
  ) {}
}
export class MarkdownString {
  supportHtml = false;
  isTrusted = false;
  constructor(readonly value = "") {}
}

export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}
export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: unknown;
  iconPath?: unknown;
  contextValue?: string;
  resourceUri?: Uri;
  command?: unknown;
  constructor(
    public label: string,
    public collapsibleState = TreeItemCollapsibleState.None,
  ) {}
}

export class CodeActionKind {
  static readonly QuickFix = new CodeActionKind("quickfix");
  static readonly SourceFixAll = new CodeActionKind("source.fixAll");
  constructor(readonly value: string) {}
  append(part: string): CodeActionKind {
    return new CodeActionKind(`${this.value}.${part}`);
  }
  contains(other: CodeActionKind): boolean {
    return other.value === this.value || other.value.startsWith(`${this.value}.`);
  }
}

/** A snippet: `value` in snippet syntax, `text` what it inserts when no placeholder is changed. */
export class SnippetString {
  value = "";
  text = "";
  private tabstop = 0;
  private static escape = (s: string) => s.replace(/[$}\\]/g, "\\$&");
  appendText(s: string): this {
    this.value += SnippetString.escape(s);
    this.text += s;
    return this;
  }
  appendPlaceholder(s: string): this {
    this.value += `\${${++this.tabstop}:${SnippetString.escape(s)}}`;
    this.text += s;
    return this;
  }
}
export class SnippetTextEdit {
  constructor(
    readonly range: Range,
    readonly snippet: SnippetString,
  ) {}
  static insert(position: Position, snippet: SnippetString): SnippetTextEdit {
    return new SnippetTextEdit(new Range(position, position), snippet);
  }
}

export interface RecordedEdit {
  uri: Uri;
  range: Range;
  newText: string;
  /** For snippet edits: the snippet as VS Code receives it. */
  snippet?: string;
}
export class WorkspaceEdit {
  readonly edits: RecordedEdit[] = [];
  replace(uri: Uri, range: Range, newText: string): void {
    this.edits.push({ uri, range, newText });
  }
  insert(uri: Uri, position: Position, newText: string): void {
    this.edits.push({ uri, range: new Range(position, position), newText });
  }
  set(uri: Uri, edits: SnippetTextEdit[]): void {
    for (const e of edits) this.edits.push({ uri, range: e.range, newText: e.snippet.text, snippet: e.snippet.value });
  }
  entries(): [Uri, RecordedEdit[]][] {
    const byUri = new Map<string, [Uri, RecordedEdit[]]>();
    for (const e of this.edits) {
      const entry = byUri.get(e.uri.toString()) ?? [e.uri, []];
      entry[1].push(e);
      byUri.set(e.uri.toString(), entry);
    }
    return [...byUri.values()];
  }
}
export class CodeAction {
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit?: WorkspaceEdit;
  constructor(
    readonly title: string,
    readonly kind: CodeActionKind,
  ) {}
}

/** DiagnosticCollections by name, so tests can read what the Problems panel would show. */
export const collections = new Map<string, Map<string, Diagnostic[]>>();
export const languages = {
  createDiagnosticCollection(name: string) {
    const entries = new Map<string, Diagnostic[]>();
    collections.set(name, entries);
    return {
      set: (uri: Uri, d: Diagnostic[]) => entries.set(uri.toString(), d),
      delete: (uri: Uri) => entries.delete(uri.toString()),
      clear: () => entries.clear(),
      dispose: () => entries.clear(),
    };
  },
  /** Every collection's diagnostics per file, as VS Code merges them. */
  getDiagnostics(): [Uri, Diagnostic[]][] {
    return [...collections.values()].flatMap((entries) => [...entries].map(([uri, d]) => [Uri.parse(uri), d] as [Uri, Diagnostic[]]));
  },
  onDidChangeDiagnostics: () => ({ dispose() {} }),
};

/** Scripted answers for quick picks and input boxes, and every message shown. */
export const ui = {
  answers: [] as unknown[],
  messages: [] as { level: "info" | "warning" | "error"; text: string }[],
  dialogs: [] as { text: string; detail?: string; buttons: string[] }[],
  errorChoice: undefined as string | undefined,
  /** Every quick pick shown: its rows as the person sees them. */
  picks: [] as { label: string; description?: string; detail?: string; kind?: number }[][],
  /** Modal warnings (confirmations): message, detail, buttons. */
  warnings: [] as { text: string; detail?: string; buttons: string[] }[],
  reset() {
    this.picks = [];
    this.warnings = [];
    this.answers = [];
    this.messages = [];
    this.dialogs = [];
    this.errorChoice = undefined;
    commands.executed = [];
  },
};
function next(): unknown {
  if (ui.answers.length === 0) throw new Error("the test gave no answer for this prompt");
  return ui.answers.shift();
}
export const window = {
  showInformationMessage: async (text: string) => void ui.messages.push({ level: "info", text }),
  /** Modal errors also record their detail and buttons in `ui.dialogs`; `ui.errorChoice` is the button clicked (none by default). */
  showErrorMessage: async (text: string, ...rest: unknown[]) => {
    ui.messages.push({ level: "error", text });
    const options = typeof rest[0] === "object" && rest[0] !== null ? (rest[0] as { modal?: boolean; detail?: string }) : undefined;
    const buttons = rest.filter((r): r is string => typeof r === "string");
    if (options?.modal) ui.dialogs.push({ text, detail: options.detail, buttons });
    const choice = ui.errorChoice;
    ui.errorChoice = undefined;
    return choice;
  },
  showWarningMessage: async (text: string, ...rest: unknown[]) => {
    ui.messages.push({ level: "warning", text });
    const options = typeof rest[0] === "object" && rest[0] !== null ? (rest[0] as { detail?: string }) : undefined;
    ui.warnings.push({ text, detail: options?.detail, buttons: rest.filter((r): r is string => typeof r === "string") });
    return next();
  },
  /** Answers: a label (string) to pick the item with that label, a function of the rows, or undefined to cancel. */
  /** With canPickMany the answer is a list of labels. */
  showQuickPick: async (items: { label: string; description?: string; detail?: string; kind?: number }[]) => {
    ui.picks.push(items.map(({ label, description, detail, kind }) => ({ label, description, detail, kind })));
    const answer = next();
    const find = (label: unknown) => items.find((i) => i.label === label) ?? (() => { throw new Error(`no quick-pick item "${String(label)}" in ${items.map((i) => i.label).join(", ")}`); })();
    // A function answer chooses among the rows themselves (rows that share a label).
    if (typeof answer === "function") return answer(items);
    return answer === undefined ? undefined : Array.isArray(answer) ? answer.map(find) : find(answer);
  },
  showInputBox: async () => next(),
};

export enum QuickPickItemKind {
  Separator = -1,
  Default = 0,
}

/** Commands the code under test ran (a refusal's next-step buttons, for instance). */
export const commands = {
  executed: [] as { command: string; args: unknown[] }[],
  executeCommand: async (command: string, ...args: unknown[]) => void commands.executed.push({ command, args }),
};

export const workspace = {
  isTrusted: true,
  workspaceFolders: [] as { uri: Uri; name: string; index: number }[],
};

export class RelativePattern {
  constructor(
    readonly base: unknown,
    readonly pattern: string,
  ) {}
}
/** Every file watcher made and not yet disposed: its folder, glob and a way to fire its events, as VS Code would. */
export const watchers = new Set<{ base: unknown; pattern: string; fire(uri: Uri): void }>();
/** Workspace folders added or removed (fire after changing workspace.workspaceFolders). */
export const folderEvents = new EventEmitter<unknown>();
Object.assign(workspace, {
  createFileSystemWatcher: (pattern: RelativePattern) => {
    const changed = new EventEmitter<Uri>();
    const watcher = { base: pattern.base, pattern: pattern.pattern, fire: (uri: Uri) => changed.fire(uri) };
    watchers.add(watcher);
    return { onDidCreate: changed.event, onDidChange: changed.event, onDidDelete: changed.event, dispose: () => watchers.delete(watcher) };
  },
  onDidChangeWorkspaceFolders: folderEvents.event,
});

/** Document lifecycle events a test fires, as VS Code would. */
export const documentEvents = {
  open: new EventEmitter<unknown>(),
  change: new EventEmitter<unknown>(),
  save: new EventEmitter<unknown>(),
  close: new EventEmitter<unknown>(),
};
Object.assign(workspace, {
  textDocuments: [] as unknown[],
  onDidOpenTextDocument: documentEvents.open.event,
  onDidChangeTextDocument: documentEvents.change.event,
  onDidSaveTextDocument: documentEvents.save.event,
  onDidCloseTextDocument: documentEvents.close.event,
});

/** `flowgate.*` settings a test sets; unset keys fall back to the default the code passes. */
export const settings: Record<string, unknown> = {};
Object.assign(workspace, {
  getConfiguration: (section: string) => ({ get: <T>(key: string, fallback: T): T => (`${section}.${key}` in settings ? (settings[`${section}.${key}`] as T) : fallback) }),
  getWorkspaceFolder: (uri: Uri) => workspace.workspaceFolders.find((f) => uri.path === f.uri.path || uri.path.startsWith(f.uri.path + "/")),
});

export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}
/** withProgress runs the task with a token the test can cancel (`progress.cancel()`), and records reports. */
export const progress = {
  reports: [] as { message?: string }[],
  locations: [] as ProgressLocation[],
  cancelListeners: [] as (() => void)[],
  cancel() {
    for (const l of this.cancelListeners) l();
  },
};
Object.assign(window, {
  withProgress: async (options: { location: ProgressLocation }, task: (p: unknown, token: unknown) => Promise<unknown>) => {
    progress.locations.push(options.location);
    return task({ report: (r: { message?: string }) => progress.reports.push(r) }, { onCancellationRequested: (l: () => void) => progress.cancelListeners.push(l) });
  },
});
