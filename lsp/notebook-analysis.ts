import { type Diagnostic, type NotebookDocument, NotebookCellKind } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Finding, Range } from "../core/index";
import { type EditorKernel, editorNotebook } from "../core/scan";
import { analyzeText } from "./analysis";
import { diagnosticsOf, fromRange } from "./convert";
import type { ServerState } from "./state";

/** Analyze an open notebook after `delay` ms; a later call, or a later version, supersedes it. */
export function scheduleNotebook(state: ServerState, uri: string, delay: number): void {
  const { timers, notebookRuns } = state;
  clearTimeout(timers.get(uri));
  const run = (notebookRuns.get(uri) ?? 0) + 1;
  notebookRuns.set(uri, run);
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      void analyzeNotebook(state, uri, run);
    }, delay),
  );
}

/** The cells of a notebook, in order: their kinds, and their text documents as they are now (the documents are updated in place by later changes). */
function cellsOf(state: ServerState, notebook: NotebookDocument): { uri: string; code: boolean; text: string; version?: number; doc?: TextDocument }[] {
  return notebook.cells.map((cell) => {
    const live = state.notebooks.getCellTextDocument(cell);
    const text = live?.getText() ?? "";
    return { uri: cell.document, code: cell.kind === NotebookCellKind.Code, text, ...(live ? { version: live.version, doc: TextDocument.create(live.uri, live.languageId, live.version, text) } : {}) };
  });
}

async function analyzeNotebook(state: ServerState, uri: string, run: number): Promise<void> {
  await state.ready;
  const notebook = state.notebooks.getNotebookDocument(uri);
  if (!notebook || state.notebookRuns.get(uri) !== run) return;
  const cells = cellsOf(state, notebook);
  const editor = editorNotebook(cells, kernelOf(notebook.metadata));
  const findings = await analyzeText(state, uri, editor.text);
  if (state.notebookRuns.get(uri) !== run || !state.notebooks.getNotebookDocument(uri)) return; // a newer analysis is on its way
  const byCell = new Map<string, { diagnostics: Diagnostic[]; findings: Finding[] }>(cells.map((c) => [c.uri, { diagnostics: [], findings: [] }]));
  const firstCode = cells.findIndex((c) => c.code);
  // A finding's resolution steps in the notebook itself are placed in their cells too.
  const inCell = (range: Range) => {
    const at = editor.cellRange(range);
    const doc = at && cells[at.cell]!.doc;
    return at && doc ? { uri: doc.uri, range: { start: doc.positionAt(at.start), end: doc.positionAt(at.end) } } : undefined;
  };
  for (const [i, diagnostic] of diagnosticsOf(state, uri, findings).entries()) {
    const finding = findings[i]!;
    const at = inCell(finding);
    if (!at && firstCode < 0) continue;
    const target = at ?? { uri: cells[firstCode]!.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    const related = diagnostic.relatedInformation?.map((r) => {
      if (r.location.uri !== uri) return r;
      const step = inCell({ ...finding, ...fromRange(r.location.range) });
      return step ? { ...r, location: step } : r;
    });
    const cell = byCell.get(target.uri)!;
    cell.diagnostics.push({ ...diagnostic, range: target.range, ...(related ? { relatedInformation: related } : {}) });
    // Placed in its cell for code actions and hovers there (a notebook's findings carry no fixes: scan.ts drops them).
    cell.findings.push({ ...finding, ...fromRange(target.range) });
  }
  const published = state.publishedCells.get(uri) ?? new Map();
  // Cells removed since the last analysis: their diagnostics go with them.
  for (const cell of published.keys()) if (!byCell.has(cell)) void state.connection.sendDiagnostics({ uri: cell, diagnostics: [] });
  for (const cell of cells) void state.connection.sendDiagnostics({ uri: cell.uri, ...(cell.version === undefined ? {} : { version: cell.version }), diagnostics: byCell.get(cell.uri)!.diagnostics });
  state.publishedCells.set(uri, new Map([...byCell].map(([cell, { findings }]) => [cell, findings])));
}

/** An open notebook's cell: its text document and its findings as last published (none before the first analysis). */
export function openCell(state: ServerState, uri: string): { doc: TextDocument; notebook: string; findings: Finding[] } | undefined {
  const cell = state.notebooks.getNotebookCell(uri);
  const notebook = cell && state.notebooks.findNotebookDocumentForCell(cell);
  const doc = cell && state.notebooks.getCellTextDocument(cell);
  return notebook && doc ? { doc, notebook: notebook.uri, findings: state.publishedCells.get(notebook.uri)?.get(uri) ?? [] } : undefined;
}

/** The kernel a notebook document's metadata names: VS Code's ipynb serializer keeps the nbformat metadata under `metadata` (older versions: `custom.metadata`). */
function kernelOf(metadata: unknown): EditorKernel {
  const field = (value: unknown, key: string): unknown => (value !== null && typeof value === "object" && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const nbformat = field(metadata, "metadata") ?? field(field(metadata, "custom"), "metadata");
  const kernelspec = field(nbformat, "kernelspec");
  return { name: text(field(kernelspec, "name")), language: text(field(kernelspec, "language")) ?? text(field(field(nbformat, "language_info"), "name")) };
}
