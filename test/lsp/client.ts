import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import {
  type ClientCapabilities,
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";

export const CLI = join(import.meta.dirname, "../../dist/cli.js");
export const EXAMPLES = join(import.meta.dirname, "../../examples");

/** A workspace folder in a temp dir with the given files (repo-relative path → text). */
export function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "flowgate-lsp-"));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

export function copyOf(dir: string): string {
  const root = mkdtempSync(join(tmpdir(), "flowgate-lsp-"));
  cpSync(dir, root, { recursive: true });
  return root;
}

export const uriOf = (root: string, rel: string) => pathToFileURL(join(root, rel)).href;

/** Capabilities of a push-only client (as Neovim 0.7) or a pull-capable one (as VS Code). */
export function capabilities(pull: boolean): ClientCapabilities {
  return {
    textDocument: { synchronization: { didSave: true }, publishDiagnostics: { versionSupport: true }, ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}), codeAction: {}, hover: {} },
    workspace: { configuration: true, workspaceFolders: true, ...(pull ? { diagnostics: { refreshSupport: true } } : {}) },
    window: { workDoneProgress: true, showDocument: { support: true } },
  };
}

/**
 * `flowgate lsp --stdio` (the built CLI) with a real LSP client connection on its stdio. Every byte the
 * server writes to stdout is kept (`stdout`) to check that it is nothing but framed messages.
 */
export class Server {
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly stdout: Buffer[] = [];
  stderr = "";
  /** Every publishDiagnostics, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly exited: Promise<number | null>;
  /** What workspace/configuration answers for section "flowgate". */
  settings: unknown = { gate: { runOnOpen: false } };
  refreshes = 0;

  constructor(readonly root: string) {
    this.child = spawn(process.execPath, [CLI, "lsp", "--stdio"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    const tap = new PassThrough();
    this.child.stdout!.on("data", (b: Buffer) => this.stdout.push(b));
    this.child.stdout!.pipe(tap);
    this.child.stderr!.on("data", (b: Buffer) => (this.stderr += b.toString()));
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(tap), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => this.published.push(p));
    this.connection.onRequest("workspace/configuration", (p: { items: { section?: string }[] }) => p.items.map(() => this.settings));
    this.connection.onRequest("window/workDoneProgress/create", () => null);
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onRequest("workspace/diagnostic/refresh", () => {
      this.refreshes++;
      return null;
    });
    this.connection.onNotification("$/progress", () => {});
    this.connection.onNotification("window/logMessage", () => {});
    this.connection.listen();
  }

  async initialize(pull: boolean, initializationOptions?: unknown) {
    const result = await this.connection.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(this.root).href, workspaceFolders: [{ uri: pathToFileURL(this.root).href, name: "ws" }], capabilities: capabilities(pull), initializationOptions });
    await this.connection.sendNotification("initialized", {});
    return result as { capabilities: Record<string, unknown> };
  }

  open(rel: string, text: string, languageId = "plaintext", version = 1) {
    return this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uriOf(this.root, rel), languageId, version, text } });
  }

  /** Incremental changes: each replaces a 0-based range. */
  change(rel: string, version: number, changes: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]) {
    return this.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uriOf(this.root, rel), version }, contentChanges: changes });
  }

  /** The first publishDiagnostics for a file (and version, if given) from index `from` on. */
  async pushed(rel: string, match: (p: PublishDiagnosticsParams) => boolean = () => true, from = 0, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    return this.pushedTo(uriOf(this.root, rel), match, from, timeoutMs);
  }

  /** The first publishDiagnostics for a URI (a notebook cell's too) from index `from` on. */
  async pushedTo(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true, from = 0, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.published.slice(from).find((p) => p.uri === uri && match(p));
      if (hit) return hit;
      if (Date.now() > until) throw new Error(`no matching publishDiagnostics for ${uri}; got ${JSON.stringify(this.published.filter((p) => p.uri === uri))}\nstderr: ${this.stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async stop(): Promise<number | null> {
    await this.connection.sendRequest("shutdown");
    await this.connection.sendNotification("exit");
    return this.exited;
  }
}

/** `line:col-line:col code` (1-based lines and columns, as findings print), for exact assertions. */
export function brief(d: Diagnostic): string {
  return `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${String(d.code)}`;
}

/** Whether bytes are exactly a sequence of `Content-Length` framed JSON-RPC messages. */
export function framedMessages(bytes: Buffer): { ok: boolean; count: number; problem?: string } {
  let at = 0;
  let count = 0;
  while (at < bytes.length) {
    const headerEnd = bytes.indexOf("\r\n\r\n", at);
    if (headerEnd < 0) return { ok: false, count, problem: `unframed bytes at ${at}: ${JSON.stringify(bytes.subarray(at, at + 80).toString())}` };
    const header = bytes.subarray(at, headerEnd).toString("ascii");
    const length = /^Content-Length: (\d+)$/im.exec(header)?.[1];
    if (!length || !/^(Content-(Length|Type): [^\r\n]+)(\r\nContent-(Length|Type): [^\r\n]+)*$/.test(header)) return { ok: false, count, problem: `bad header ${JSON.stringify(header)}` };
    const body = bytes.subarray(headerEnd + 4, headerEnd + 4 + Number(length));
    try {
      const message = JSON.parse(body.toString("utf8")) as { jsonrpc?: string };
      if (message.jsonrpc !== "2.0") return { ok: false, count, problem: "not JSON-RPC 2.0" };
    } catch {
      return { ok: false, count, problem: `body is not JSON: ${JSON.stringify(body.toString().slice(0, 80))}` };
    }
    at = headerEnd + 4 + Number(length);
    count++;
  }
  return { ok: true, count };
}
