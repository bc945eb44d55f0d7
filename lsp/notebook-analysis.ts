import { type Diagnostic, type NotebookDocument, NotebookCellKind } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Range } from "../core/index";
import { type EditorKernel, editorNotebook } from "../core/scan";
import { analyzeText } from "./analysis";
import { diagnosticsOf } from "./convert";
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
  const byCell = new Map<string, Diagnostic[]>(cells.map((c) => [c.uri, []]));
  const firstCode = cells.findIndex((c) => c.code);
  // A finding's resolution steps in the notebook itself are placed in their cells too.
  const inCell = (range: Range) => {
    const at = editor.cellRange(range);
    const doc = at && cells[at.cell]!.doc;
    return at && doc ? { uri: doc.uri, range: { start: doc.positionAt(at.start), end: doc.positionAt(at.end) } } : undefined;
  };
  for (const [i, diagnostic] of diagnosticsOf(state, uri, findings).entries()) {
    const at = inCell(findings[i]!);
    if (!at && firstCode < 0) continue;
    const target = at ?? { uri: cells[firstCode]!.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    const related = diagnostic.relatedInformation?.map((r) => {
      if (r.location.uri !== uri) return r;
      const step = inCell({ ...findings[i]!, line: r.location.range.start.line + 1, column: r.location.range.start.character + 1, endLine: r.location.range.end.line + 1, endColumn: r.location.range.end.character + 1 });
      return step ? { ...r, location: step } : r;
    });
    byCell.get(target.uri)!.push({ ...diagnostic, range: target.range, ...(related ? { relatedInformation: related } : {}) });
  }
  const published = state.publishedCells.get(uri) ?? new Set();
  // Cells removed since the last analysis: their diagnostics go with them.
  for (const cell of published) if (!byCell.has(cell)) void state.connection.sendDiagnostics({ uri: cell, diagnostics: [] });
  for (const cell of cells) void state.connection.sendDiagnostics({ uri: cell.uri, ...(cell.version === undefined ? {} : { version: cell.version }), diagnostics: byCell.get(cell.uri)! });
  state.publishedCells.set(uri, new Set(byCell.keys()));
}

/** The kernel a notebook document's metadata names: VS Code's ipynb serializer keeps the nbformat metadata under `metadata` (older versions: `custom.metadata`). */
function kernelOf(metadata: unknown): EditorKernel {
  const field = (value: unknown, key: string): unknown => (value !== null && typeof value === "object" && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const nbformat = field(metadata, "metadata") ?? field(field(metadata, "custom"), "metadata");
  const kernelspec = field(nbformat, "kernelspec");
  return { name: text(field(kernelspec, "name")), language: text(field(kernelspec, "language")) ?? text(field(field(nbformat, "language_info"), "name")) };
}
