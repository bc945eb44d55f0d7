// LSP 3.17 notebook documents (lsp/notebooks.ts): a notebook open in a notebook editor (VS Code sends its cells as
// `vscode-notebook-cell:` documents, only through notebook sync) is scanned as one program, as `flowgate check` scans
// the .ipynb file, and each finding is published on its cell at its place there.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { afterEach, describe, expect, test } from "vitest";
import { brief, Server, uriOf, workspace } from "./client";

const servers: Server[] = [];
function start(files: Record<string, string> = {}) {
  const server = new Server(workspace(files));
  servers.push(server);
  return server;
}
afterEach(() => {
  for (const s of servers.splice(0)) if (s.child.exitCode === null) s.child.kill();
});

const CODE = 2;
const MARKUP = 1;
interface Cell {
  kind: number;
  text: string;
}
const code = (text: string): Cell => ({ kind: CODE, text });
const markdown = (text: string): Cell => ({ kind: MARKUP, text });

/** A notebook's URI and its cells' (as VS Code names them: the notebook's path, a fragment per cell). */
const notebookUri = (server: Server, rel = "analysis.ipynb") => uriOf(server.root, rel);
const cellUri = (server: Server, id: string, rel = "analysis.ipynb") => `${notebookUri(server, rel).replace(/^file:/, "vscode-notebook-cell:")}#${id}`;

function openNotebook(server: Server, cells: Cell[], ids = cells.map((_, i) => `C${i}`), metadata: object = { metadata: { kernelspec: { name: "python3", language: "python" } } }, rel = "analysis.ipynb") {
  return server.connection.sendNotification("notebookDocument/didOpen", {
    notebookDocument: { uri: notebookUri(server, rel), notebookType: "jupyter-notebook", version: 1, metadata, cells: cells.map((c, i) => ({ kind: c.kind, document: cellUri(server, ids[i]!, rel) })) },
    cellTextDocuments: cells.map((c, i) => ({ uri: cellUri(server, ids[i]!, rel), languageId: c.kind === CODE ? "python" : "markdown", version: 1, text: c.text })),
  });
}

/** Each cell's diagnostics (brief form) from the publishes after index `from`, once every cell in `ids` has had one. */
async function cellDiagnostics(server: Server, ids: string[], from = 0): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const id of ids) out[id] = (await server.pushedTo(cellUri(server, id), () => true, from)).diagnostics.map(brief);
  return out;
}

/** The last publish for a cell (after the server has settled). */
const lastFor = (server: Server, id: string): PublishDiagnosticsParams | undefined => server.published.filter((p) => p.uri === cellUri(server, id)).at(-1);

const CELLS = [code("import subprocess"), code("subprocess.run(cmd)"), code("!curl x"), markdown("# Notes\n\n!curl y\nsubprocess.run(z)"), code("%%bash\necho hi")];
const IDS = ["C0", "C1", "C2", "C3", "C4"];

describe("notebook documents: one program, findings on their cells", () => {
  test("initialize announces notebook sync for Jupyter notebooks on disk, every cell", async () => {
    const server = start();
    const caps = (await server.initialize(true)).capabilities;
    expect(caps.notebookDocumentSync).toEqual({ notebookSelector: [{ notebook: { notebookType: "jupyter-notebook", scheme: "file" } }, { notebook: { pattern: "**/*.ipynb", scheme: "file" } }], save: true });
  });

  test("didOpen: each code cell's findings at its own lines and columns, the markdown cell's text not read, each with its cell's version", async () => {
    const server = start();
    await server.initialize(false);
    await openNotebook(server, CELLS);
    expect(await cellDiagnostics(server, IDS)).toEqual({
      C0: [],
      C1: ["1:1-1:15 scan/shell-command"],
      C2: ["1:1-1:8 scan/shell-command"],
      C3: [],
      C4: ["1:1-1:7 scan/shell-command"],
    });
    const c2 = lastFor(server, "C2")!;
    expect(c2.version).toBe(1);
    expect(c2.diagnostics[0]).toMatchObject({ source: "flowgate", severity: 1, message: expect.stringContaining("!curl x") });
    // Nothing was published for the notebook file itself while it is open in the notebook editor.
    expect(server.published.filter((p) => p.uri === notebookUri(server))).toEqual([]);
  });

  test("the same findings as `flowgate check` reads from the file: its codes and messages, per cell (the file's at its JSON lines, once closed)", async () => {
    const json = JSON.stringify({ metadata: { kernelspec: { name: "python3", language: "python" } }, nbformat: 4, nbformat_minor: 5, cells: CELLS.map((c) => ({ cell_type: c.kind === CODE ? "code" : "markdown", metadata: {}, source: c.text })) }, null, 1);
    const server = start({ "analysis.ipynb": json });
    await server.initialize(false);
    await openNotebook(server, CELLS);
    await cellDiagnostics(server, IDS);
    const inCells = IDS.flatMap((id) => lastFor(server, id)!.diagnostics.map((d) => `${String(d.code)} ${d.message}`));
    const from = server.published.length;
    await server.connection.sendNotification("notebookDocument/didClose", { notebookDocument: { uri: notebookUri(server) }, cellTextDocuments: IDS.map((id) => ({ uri: cellUri(server, id) })) });
    const file = await server.pushedTo(notebookUri(server), () => true, from);
    expect(file.diagnostics.map((d) => `${String(d.code)} ${d.message}`)).toEqual(inCells);
    expect(file.diagnostics.map(brief)).toEqual(["19:15-19:29 scan/shell-command", "24:15-24:22 scan/shell-command", "34:15-34:21 scan/shell-command"]);
  });

  test("characters JSON escapes (quotes, backslashes, a tab, CRLF, an astral character) before a call: its range is the cell's", async () => {
    const server = start();
    await server.initialize(false);
    await openNotebook(server, [code('import os\r\nif 1:  # "\\" 😀\r\n\tx = "\\\\\\"😀"; os.system(x)')]);
    expect(await cellDiagnostics(server, ["C0"])).toEqual({ C0: ["3:16-3:25 scan/shell-command"] });
  });

  test("a cell edit that removes the call clears its finding; the others stay", async () => {
    const server = start();
    await server.initialize(false);
    await openNotebook(server, CELLS);
    await cellDiagnostics(server, IDS);
    const from = server.published.length;
    await server.connection.sendNotification("notebookDocument/didChange", {
      notebookDocument: { uri: notebookUri(server), version: 2 },
      change: { cells: { textContent: [{ document: { uri: cellUri(server, "C1"), version: 2 }, changes: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 14 } }, text: "print" }] }] } },
    });
    const after = await server.pushedTo(cellUri(server, "C1"), () => true, from);
    expect(after.version).toBe(2);
    expect(after.diagnostics).toEqual([]);
    expect(await cellDiagnostics(server, ["C2", "C4"], from)).toEqual({ C2: ["1:1-1:8 scan/shell-command"], C4: ["1:1-1:7 scan/shell-command"] });
  });

  test("a cell inserted and a cell removed: findings follow their cells; the removed cell's are cleared", async () => {
    const server = start();
    await server.initialize(false);
    await openNotebook(server, CELLS);
    await cellDiagnostics(server, IDS);
    // A cell holding a call inserted first, the `!curl x` cell removed.
    let from = server.published.length;
    await server.connection.sendNotification("notebookDocument/didChange", {
      notebookDocument: { uri: notebookUri(server), version: 2 },
      change: {
        cells: {
          structure: { array: { start: 0, deleteCount: 0, cells: [{ kind: CODE, document: cellUri(server, "N0") }] }, didOpen: [{ uri: cellUri(server, "N0"), languageId: "python", version: 1, text: "import os\n\nos.system('ls')" }] },
        },
      },
    });
    expect(await cellDiagnostics(server, ["N0", ...IDS], from)).toEqual({
      N0: ["3:1-3:10 scan/shell-command"],
      C0: [],
      C1: ["1:1-1:15 scan/shell-command"],
      C2: ["1:1-1:8 scan/shell-command"],
      C3: [],
      C4: ["1:1-1:7 scan/shell-command"],
    });
    from = server.published.length;
    await server.connection.sendNotification("notebookDocument/didChange", {
      notebookDocument: { uri: notebookUri(server), version: 3 },
      change: { cells: { structure: { array: { start: 3, deleteCount: 1 }, didClose: [{ uri: cellUri(server, "C2") }] } } },
    });
    expect(await cellDiagnostics(server, ["N0", "C0", "C1", "C2", "C3", "C4"], from)).toEqual({ N0: ["3:1-3:10 scan/shell-command"], C0: [], C1: ["1:1-1:15 scan/shell-command"], C2: [], C3: [], C4: ["1:1-1:7 scan/shell-command"] });
  });

  test("a name bound in cell 1 and called in cell 3 resolves across cells (a cell between); unbound, there is nothing", async () => {
    const server = start();
    await server.initialize(false);
    await openNotebook(server, [code("from os import system as launch"), code("x = 1"), code("launch('ls')")]);
    expect(await cellDiagnostics(server, ["C0", "C1", "C2"])).toEqual({ C0: [], C1: [], C2: ["1:1-1:7 scan/shell-command"] });
    expect(lastFor(server, "C2")!.diagnostics[0]!.message).toContain("os.system");
    const other = start();
    await other.initialize(false);
    await openNotebook(other, [code("x = 1"), code("launch('ls')")]);
    expect(await cellDiagnostics(other, ["C0", "C1"])).toEqual({ C0: [], C1: [] });
  });

  test("a cell's import of a project module resolves through it, as the check resolves it", async () => {
    const server = start({ "helpers.py": "from subprocess import run as run_it\n" });
    await server.initialize(false);
    await openNotebook(server, [code("from helpers import run_it"), code("\nrun_it(['ls'])")]);
    expect(await cellDiagnostics(server, ["C0", "C1"])).toEqual({ C0: [], C1: ["2:1-2:7 scan/shell-command"] });
    expect(lastFor(server, "C1")!.diagnostics[0]!.relatedInformation?.map((r) => r.location.uri)).toEqual([cellUri(server, "C0"), uriOf(server.root, "helpers.py")]);
  });

  test("a suppression comment in a cell hides its call, and one on a shell escape hides the escape", async () => {
    const server = start();
    await server.initialize(false);
    await openNotebook(server, [code("import subprocess"), code("subprocess.run(cmd)  # flowgate: ignore-boundary -- reviewed"), code("!curl x  # flowgate: ignore-boundary -- fetched once"), code("subprocess.run(other)")]);
    expect(await cellDiagnostics(server, ["C0", "C1", "C2", "C3"])).toEqual({ C0: [], C1: [], C2: [], C3: ["1:1-1:15 scan/shell-command"] });
  });

  test("a notebook whose kernel runs another language: the check's note on the first code cell", async () => {
    const server = start();
    await server.initialize(false);
    await openNotebook(server, [markdown("# R"), code("system('ls')")], ["C0", "C1"], { metadata: { kernelspec: { name: "ir", language: "R" } } });
    const diagnostics = (await server.pushedTo(cellUri(server, "C1"))).diagnostics;
    expect(diagnostics.map(brief)).toEqual(["1:1-1:1 scan/skipped-file"]);
    expect(diagnostics[0]!.message).toContain('its kernel runs "R"');
  });

  test("didClose clears every cell's diagnostics", async () => {
    const server = start();
    await server.initialize(false);
    await openNotebook(server, CELLS);
    await cellDiagnostics(server, IDS);
    const from = server.published.length;
    await server.connection.sendNotification("notebookDocument/didClose", { notebookDocument: { uri: notebookUri(server) }, cellTextDocuments: IDS.map((id) => ({ uri: cellUri(server, id) })) });
    for (const id of ["C1", "C2", "C4"]) expect((await server.pushedTo(cellUri(server, id), () => true, from)).diagnostics).toEqual([]);
  });

  test("pull: the workspace report for an open notebook's file is empty (its cells carry its findings), and full again once it closes", async () => {
    const json = JSON.stringify({ cells: [{ cell_type: "code", metadata: {}, source: "!curl x" }], metadata: {}, nbformat: 4, nbformat_minor: 5 });
    const server = start({ "analysis.ipynb": json });
    server.settings = { gate: { runOnOpen: true } };
    await server.initialize(true);
    const pull = () => server.connection.sendRequest("workspace/diagnostic", { previousResultIds: [] }) as Promise<{ items: { uri: string; items?: { code: string }[] }[] }>;
    const fileItems = async () => (await pull()).items.find((i) => i.uri === notebookUri(server))?.items?.map((d) => d.code);
    expect(await fileItems()).toEqual(["scan/shell-command"]);
    await openNotebook(server, [code("!curl x")]);
    expect((await server.pushedTo(cellUri(server, "C0"))).diagnostics.map(brief)).toEqual(["1:1-1:8 scan/shell-command"]);
    expect(await fileItems()).toEqual([]);
    await server.connection.sendNotification("notebookDocument/didClose", { notebookDocument: { uri: notebookUri(server) }, cellTextDocuments: [{ uri: cellUri(server, "C0") }] });
    await expect.poll(fileItems, { timeout: 10_000 }).toEqual(["scan/shell-command"]);
  });
});

interface Action {
  title: string;
  edit?: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> };
}
const REASON = "TODO: why this call may bypass the tool gateway";

/** The quick fixes a client gets for every diagnostic last published on a cell. */
async function cellActions(server: Server, id: string): Promise<Action[]> {
  const { diagnostics } = lastFor(server, id)!;
  return (await server.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: cellUri(server, id) }, range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics } })) as Action[];
}

describe("notebook documents: code actions and hovers on a cell", () => {
  test("a cell's boundary finding offers the suppressions in the cell; applied, the finding goes and the other cells' stay", async () => {
    const server = start();
    await server.initialize(false);
    await openNotebook(server, CELLS);
    await cellDiagnostics(server, IDS);
    const actions = await cellActions(server, "C1");
    const c1 = cellUri(server, "C1");
    expect(actions).toEqual([
      expect.objectContaining({ title: "Ignore this boundary call (scan/shell-command) on this line", edit: { changes: { [c1]: [{ range: { start: { line: 0, character: 19 }, end: { line: 0, character: 19 } }, newText: `  # flowgate: ignore-boundary -- ${REASON}` }] } } }),
      expect.objectContaining({ title: "Ignore this boundary call (scan/shell-command) with a comment above", edit: { changes: { [c1]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `# flowgate: ignore-next-line -- ${REASON}\n` }] } } }),
    ]);
    const from = server.published.length;
    const [edit] = actions[0]!.edit!.changes[c1]!;
    await server.connection.sendNotification("notebookDocument/didChange", {
      notebookDocument: { uri: notebookUri(server), version: 2 },
      change: { cells: { textContent: [{ document: { uri: c1, version: 2 }, changes: [{ range: edit!.range, text: edit!.newText }] }] } },
    });
    expect(await cellDiagnostics(server, ["C1", "C2", "C4"], from)).toEqual({ C1: [], C2: ["1:1-1:8 scan/shell-command"], C4: ["1:1-1:7 scan/shell-command"] });
    expect(await cellActions(server, "C1")).toEqual([]);
  });

  test("a shell escape takes both suppressions; a cell magic's line takes none (IPython reads the rest of it as the magic's arguments, and only a cell's first line as a cell magic)", async () => {
    const server = start();
    await server.initialize(false);
    await openNotebook(server, CELLS);
    await cellDiagnostics(server, IDS);
    expect((await cellActions(server, "C2")).map((a) => a.title)).toEqual(["Ignore this boundary call (scan/shell-command) on this line", "Ignore this boundary call (scan/shell-command) with a comment above"]);
    expect(lastFor(server, "C4")!.diagnostics.map(brief)).toEqual(["1:1-1:7 scan/shell-command"]);
    expect(await cellActions(server, "C4")).toEqual([]);
    // Blank lines before the magic: still its cell magic (IPython drops them first).
    const other = start();
    await other.initialize(false);
    await openNotebook(other, [code("\n  \n%%bash\necho hi"), code("%%time\nimport os\nos.system('ls')")]);
    expect(await cellDiagnostics(other, ["C0", "C1"])).toEqual({ C0: ["3:1-3:7 scan/shell-command"], C1: ["3:1-3:10 scan/shell-command"] });
    expect(await cellActions(other, "C0")).toEqual([]);
    // A Python-running cell magic's body takes comments: the call on its line 3.
    expect((await cellActions(other, "C1")).map((a) => [a.title, a.edit!.changes[cellUri(other, "C1")]![0]!.range.start])).toEqual([
      ["Ignore this boundary call (scan/shell-command) on this line", { line: 2, character: 15 }],
      ["Ignore this boundary call (scan/shell-command) with a comment above", { line: 2, character: 0 }],
    ]);
  });

  test("two calls in a cell: 'Ignore all 2 boundary calls in this cell' writes a comment on each of its lines, none in other cells", async () => {
    const server = start();
    await server.initialize(false);
    await openNotebook(server, [code("import subprocess\nsubprocess.run(a)\nx = 1\nsubprocess.run(b)"), code("subprocess.run(c)")]);
    expect(await cellDiagnostics(server, ["C0", "C1"])).toEqual({ C0: ["2:1-2:15 scan/shell-command", "4:1-4:15 scan/shell-command"], C1: ["1:1-1:15 scan/shell-command"] });
    const all = (await cellActions(server, "C0")).filter((a) => a.title.startsWith("Ignore all"));
    const comment = `  # flowgate: ignore-boundary -- ${REASON}`;
    expect(all).toEqual([
      expect.objectContaining({
        title: "Ignore all 2 boundary calls in this cell (a comment on each line)",
        edit: { changes: { [cellUri(server, "C0")]: [1, 3].map((line) => ({ range: { start: { line, character: 17 }, end: { line, character: 17 } }, newText: comment })) } },
      }),
    ]);
    expect((await cellActions(server, "C1")).map((a) => a.title)).not.toContain("Ignore all 1 boundary calls in this cell (a comment on each line)");
  });

  test("hover on a cell's call shows its finding and the rule's help; elsewhere in the cell, nothing", async () => {
    const server = start();
    await server.initialize(false);
    await openNotebook(server, CELLS);
    await cellDiagnostics(server, IDS);
    const hover = (character: number) => server.connection.sendRequest("textDocument/hover", { textDocument: { uri: cellUri(server, "C1") }, position: { line: 0, character } }) as Promise<{ contents: { kind: string; value: string } } | null>;
    const over = await hover(3);
    expect(over?.contents.kind).toBe("markdown");
    expect(over?.contents.value).toMatch(/^\*\*scan\/shell-command\*\* — `subprocess\.run` starts a process directly/);
    expect(over?.contents.value).toContain("[Rule documentation](");
    expect(await hover(18)).toBeNull();
  });
});
