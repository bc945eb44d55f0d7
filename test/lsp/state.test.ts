import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, test } from "vitest";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { createProtocolConnection, type ProtocolConnection, type PublishDiagnosticsParams, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";
import { serve } from "../../lsp/server";
import type { ServerState } from "../../lsp/state";
import { capabilities, uriOf, workspace } from "./client";

/**
 * Issue 15 item 6 (memory stays bounded): what the server holds per file. It runs in this process (lsp/server.ts's
 * serve on an in-memory stream pair, core from source) so the state itself can be read; the LSP suite runs the built CLI.
 */
const CLEAN = 40;
const files: Record<string, string> = { "agent/run.py": "import subprocess\nsubprocess.run(['ls'])\n" };
for (let i = 0; i < CLEAN; i++) files[`agent/m${i}.py`] = `def f(x):\n    return x + ${i}\n`;
// One clean file importing another: while open, the server remembers what it imports (lsp/linked.ts); once closed, nothing.
files["agent/uses.py"] = "from .m0 import f\nf(1)\n";

const opened: { client: ProtocolConnection; server: ReturnType<typeof createConnection> }[] = [];
afterEach(() => {
  for (const { client, server } of opened.splice(0)) {
    client.dispose();
    server.dispose();
  }
});

/** A server on an in-memory stream pair, and a client on the other ends that counts what a closed file's new findings bring: a push (the URI, no version) or a refresh request. */
function connect(): { client: ProtocolConnection; state: ServerState; answered: (uri: string) => number; gateDone: Promise<void> } {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const state = serve(server);
  server.listen();
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const pushes: PublishDiagnosticsParams[] = [];
  let refreshes = 0;
  client.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => void pushes.push(p));
  client.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => ({ gate: { runOnOpen: true } })));
  client.onRequest("window/workDoneProgress/create", () => null);
  client.onRequest("workspace/diagnostic/refresh", () => void refreshes++);
  client.onNotification("$/progress", () => {});
  client.onNotification("window/logMessage", () => {});
  const gateDone = new Promise<void>((resolve) => client.onNotification("flowgate/gateDone", () => resolve()));
  client.listen();
  opened.push({ client, server });
  const answered = (uri: string) => (state.pull ? refreshes : pushes.filter((p) => p.uri === uri && p.version === undefined).length);
  return { client, state, answered, gateDone };
}

async function initialize(client: ProtocolConnection, root: string, pull: boolean): Promise<void> {
  // processId null: with a pid the server would watch that process and exit this one when it ends.
  await client.sendRequest("initialize", { processId: null, rootUri: pathToFileURL(root).href, workspaceFolders: [{ uri: pathToFileURL(root).href, name: "ws" }], capabilities: capabilities(pull) });
  await client.sendNotification("initialized", {});
}

/** Open every file and close it again, waiting for what the close pushes (push) or answers (pull). */
async function openAndCloseAll(client: ProtocolConnection, root: string, answered: (uri: string) => number): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    const uri = uriOf(root, rel);
    const before = answered(uri);
    await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "python", version: 1, text } });
    await client.sendNotification("textDocument/didClose", { textDocument: { uri } });
    // The close re-reads the file from disk; a push client is sent its findings, a pull client is asked to pull.
    for (let waited = 0; answered(uri) === before; waited += 10) {
      if (waited > 20_000) throw new Error(`no answer to the close of ${rel}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

describe("issue 15 item 6: the server holds state only for open buffers and files with findings", () => {
  test(`push client: after the gate and opening and closing ${CLEAN + 2} files, one file's findings are held (the file with scan/shell-command) and no per-file state for the ${CLEAN + 1} clean ones`, async () => {
    const root = workspace(files);
    const { client, state, answered, gateDone } = connect();
    await initialize(client, root, false);
    await gateDone;
    const withFinding = uriOf(root, "agent/run.py");
    expect([...state.onDisk.keys()]).toEqual([withFinding]);
    expect([...state.pushedOnDisk]).toEqual([withFinding]);

    await openAndCloseAll(client, root, answered);
    expect([...state.onDisk.keys()]).toEqual([withFinding]);
    expect(state.onDisk.get(withFinding)!.map((f) => f.rule)).toEqual(["scan/shell-command"]);
    expect([...state.pushedOnDisk]).toEqual([withFinding]);
    // Nothing per buffer once closed; and a push client never pulls, so nothing waits to be re-announced to it.
    expect({ analyses: state.analyses.size, saved: state.saved.size, running: state.running.size, timers: state.timers.size, reannounce: state.reannounce.size, documents: state.documents.all().length, linked: state.linked.size, generations: state.generations.size }).toEqual({ analyses: 0, saved: 0, running: 0, timers: 0, reannounce: 0, documents: 0, linked: 0, generations: 0 });
  }, 120_000);

  test(`pull client: closed files wait to be re-announced until the next workspace pull, which empties the set`, async () => {
    const root = workspace(files);
    const { client, state, answered } = connect();
    await initialize(client, root, true);
    const first = (await client.sendRequest("workspace/diagnostic", { previousResultIds: [] })) as { items: { uri: string }[] };
    expect(first.items.map((i) => i.uri)).toEqual([uriOf(root, "agent/run.py")]);

    await openAndCloseAll(client, root, answered);
    expect(state.reannounce.size).toBe(CLEAN + 2);
    expect([...state.onDisk.keys()]).toEqual([uriOf(root, "agent/run.py")]);
    await client.sendRequest("workspace/diagnostic", { previousResultIds: [] });
    expect({ analyses: state.analyses.size, saved: state.saved.size, running: state.running.size, timers: state.timers.size, reannounce: state.reannounce.size, onDisk: state.onDisk.size, linked: state.linked.size, generations: state.generations.size }).toEqual({ analyses: 0, saved: 0, running: 0, timers: 0, reannounce: 0, onDisk: 1, linked: 0, generations: 0 });
  }, 120_000);
});
