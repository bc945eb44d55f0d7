// Issues 15 and 19: the language server reports the calls `flowgate check` resolves through other project files
// (scan/shell-command through lib/shell.js's re-export), with the steps as related information, and analyzes the
// importing buffer again when the imported file changes: in an open buffer, on close, or on disk.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { afterEach, describe, expect, test } from "vitest";
import { brief, Server, uriOf, workspace } from "./client";

const USE_JS = 'import { exec } from "./lib/shell";\n\nexec("ls");\n';
const SHELL_JS = 'export { exec } from "child_process";\n';
const HARMLESS = "export const exec = () => 0;\n";

const servers: Server[] = [];
function start(files: Record<string, string> = { "use.js": USE_JS, "lib/shell.js": SHELL_JS }) {
  const server = new Server(workspace(files));
  servers.push(server);
  return server;
}
afterEach(() => {
  for (const s of servers.splice(0)) if (s.child.exitCode === null) s.child.kill();
});

/** The whole text of a one-line buffer replaced (0-based range past its end). */
const replaceAll = (text: string) => [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text }];

function expectCrossFile(root: string, diagnostics: Diagnostic[]) {
  expect(diagnostics.map(brief)).toEqual(["3:1-3:5 scan/shell-command"]);
  expect(diagnostics[0]!.message).toContain('Resolved through line 1 `import { exec } from "./lib/shell";` ← lib/shell.js line 1 `export { exec } from "child_process";`.');
  expect(diagnostics[0]!.relatedInformation).toEqual([
    { location: { uri: uriOf(root, "use.js"), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 35 } } }, message: 'import { exec } from "./lib/shell";' },
    { location: { uri: uriOf(root, "lib/shell.js"), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 37 } } }, message: 'export { exec } from "child_process";' },
  ]);
}

describe("cross-file findings in the editor (scan/shell-command through lib/shell.js)", () => {
  test("push: use.js gets the finding; editing lib/shell.js's open buffer to stop re-exporting clears it; closing it (disk again) brings it back; a change on disk clears it", async () => {
    const server = start();
    await server.initialize(false);
    await server.open("use.js", USE_JS, "javascript", 1);
    expectCrossFile(server.root, (await server.pushed("use.js")).diagnostics);

    await server.open("lib/shell.js", SHELL_JS, "javascript", 1);
    let from = server.published.length;
    await server.change("lib/shell.js", 2, replaceAll(HARMLESS));
    expect((await server.pushed("use.js", () => true, from)).diagnostics).toEqual([]);

    from = server.published.length;
    await server.connection.sendNotification("textDocument/didClose", { textDocument: { uri: uriOf(server.root, "lib/shell.js") } });
    expectCrossFile(server.root, (await server.pushed("use.js", () => true, from)).diagnostics);

    from = server.published.length;
    writeFileSync(join(server.root, "lib/shell.js"), HARMLESS);
    await server.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(server.root, "lib/shell.js"), type: 2 }] });
    const after = await server.pushed("use.js", () => true, from);
    expect(after.diagnostics).toEqual([]);
    expect(after.version).toBe(1);
  });

  // Found at the 33rd stop: opening aiohttp's 45 modules one after another (they import each other) took a median
  // 3.9 s per file to publish — each open analyzed every open importer again, though the buffer held what they had read.
  test("push: opening (and closing) the imported file as it is on disk does not analyze the importer again; opening it with other text does", async () => {
    const server = start();
    server.settings = { gate: { runOnOpen: false }, scan: { debounceMs: 0 } };
    await server.initialize(false);
    await server.open("use.js", USE_JS, "javascript", 1);
    expectCrossFile(server.root, (await server.pushed("use.js")).diagnostics);
    const importerPushes = () => server.published.filter((p) => p.uri === uriOf(server.root, "use.js")).length;
    // The settings answer comes after the first push and analyzes open buffers again: count from after it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const settled = importerPushes();

    await server.open("lib/shell.js", SHELL_JS, "javascript", 1);
    await server.pushed("lib/shell.js");
    await server.connection.sendNotification("textDocument/didClose", { textDocument: { uri: uriOf(server.root, "lib/shell.js") } });
    await server.open("other.js", "export const x = 1;\n", "javascript", 1);
    await server.pushed("other.js");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(importerPushes()).toBe(settled);

    // A client restoring an unsaved edit opens the buffer with text the disk does not hold: the importer is analyzed again.
    const from = server.published.length;
    await server.open("lib/shell.js", HARMLESS, "javascript", 2);
    expect((await server.pushed("use.js", () => true, from)).diagnostics).toEqual([]);
    expect(importerPushes()).toBe(settled + 1);
  });

  test("pull: the importer's report has the finding; after lib/shell.js's buffer stops re-exporting the client is asked to refresh and the next pull is empty", async () => {
    const server = start();
    await server.initialize(true);
    const uri = uriOf(server.root, "use.js");
    await server.open("use.js", USE_JS, "javascript", 1);
    const first = (await server.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { kind: string; resultId: string; items: Diagnostic[] };
    expect(first.kind).toBe("full");
    expectCrossFile(server.root, first.items);

    await server.open("lib/shell.js", SHELL_JS, "javascript", 1);
    const refreshes = server.refreshes;
    await server.change("lib/shell.js", 2, replaceAll(HARMLESS));
    await expect.poll(() => server.refreshes, { timeout: 10_000 }).toBeGreaterThan(refreshes);
    const second = (await server.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri }, previousResultId: first.resultId })) as { kind: string; items: Diagnostic[] };
    expect(second).toMatchObject({ kind: "full", items: [] });
    // A pull client gets no pushed diagnostics for open documents.
    expect(server.published.filter((p) => p.uri === uri)).toEqual([]);
  });

  test("push: a helper created on disk after the importer opened (didChangeWatchedFiles, created) brings the finding", async () => {
    const server = start({ "use.js": USE_JS });
    await server.initialize(false);
    await server.open("use.js", USE_JS, "javascript", 1);
    expect((await server.pushed("use.js")).diagnostics).toEqual([]);
    const from = server.published.length;
    mkdirSync(join(server.root, "lib"));
    writeFileSync(join(server.root, "lib/shell.js"), SHELL_JS);
    await server.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(server.root, "lib/shell.js"), type: 1 }] });
    expectCrossFile(server.root, (await server.pushed("use.js", () => true, from)).diagnostics);
  });

  test("a helper that is a link to outside the workspace folder is not read: no diagnostic, as flowgate check reports none", async () => {
    const outside = workspace({ "shell.js": SHELL_JS });
    const server = start({ "use.js": USE_JS });
    mkdirSync(join(server.root, "lib"));
    symlinkSync(join(outside, "shell.js"), join(server.root, "lib/shell.js"));
    await server.initialize(false);
    await server.open("use.js", USE_JS, "javascript", 1);
    expect((await server.pushed("use.js")).diagnostics).toEqual([]);
    // The same helper as a plain file inside the folder is read: the link is what was refused.
    writeFileSync(join(server.root, "lib/real.js"), SHELL_JS);
    const use2 = 'import { exec } from "./lib/real";\n\nexec("ls");\n';
    await server.open("use2.js", use2, "javascript", 1);
    expect((await server.pushed("use2.js")).diagnostics.map(brief)).toEqual(["3:1-3:5 scan/shell-command"]);
  });
});
