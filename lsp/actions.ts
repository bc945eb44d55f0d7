import { type CodeAction, CodeActionKind, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { type Finding, preferredFixEdits } from "../core/index";
import { REASON_PLACEHOLDER, nextLineSuppression, sameLineSuppression, grammarOf, BOUNDARY_RULES, starImport, cellMagicLine } from "../core/scan";
import { analyzeOpen } from "./analysis";
import { findingOf, SOURCE, toRange, toWorkspaceEdit } from "./convert";
import { locate } from "./folders";
import { openCell } from "./notebook-analysis";
import type { ServerState } from "./state";

/** `source.fixAll.flowgate`: every finding's preferred fix at once (editors run it on save when asked, like ESLint's). */
export const FIX_ALL = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

/**
 * On a suppression action: the reason text the inserted comment holds, for clients that can turn it into a
 * selected snippet placeholder (LSP 3.17 code actions carry plain text; the VS Code client reads this).
 */
const REASON = { reasonPlaceholder: REASON_PLACEHOLDER };

/** The findings a suppression comment can silence (as the scanner honours them). */
const SUPPRESSIBLE = new Set([...BOUNDARY_RULES.map((r) => r.id), starImport.id]);

/**
 * Where a document takes suppression comments: their syntax (a file's by its grammar, not the client's language id:
 * clients name languages differently; a notebook cell's Python), the one line that cannot take one (a cell magic's), and
 * what titles call the document.
 */
export interface CommentSite {
  language: string | undefined;
  closedLine?: number;
  noun: "file" | "cell";
}

export function fileSite(rel: string): CommentSite {
  const grammar = grammarOf(rel);
  return { language: grammar === "python" ? "python" : grammar ? "javascript" : undefined, noun: "file" };
}

export const cellSite = (cellText: string): CommentSite => ({ language: "python", closedLine: cellMagicLine(cellText), noun: "cell" });

/** Whether a client's `only` filter asks for a kind (a parent kind asks for its children). */
export function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** Quick fixes for the diagnostics a client sends: the fixes core findings carry, and boundary-call suppressions. */
export function quickFixes(doc: TextDocument, site: CommentSite, root: string, findings: readonly Finding[], diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    const finding = findingOf(findings, d);
    if (!finding) continue;
    finding.fix?.forEach((fix, i) => {
      const edit = toWorkspaceEdit(fix, doc.uri, root);
      // Two findings at one key (a missing field and its misspelt name) carry the same fix: offer it once, for both.
      const offered = actions.find((a) => a.title === fix.title && JSON.stringify(a.edit) === JSON.stringify(edit));
      if (offered) offered.diagnostics!.push(d);
      else actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: i === 0, edit });
    });
    const line = d.range.start.line;
    if (!SUPPRESSIBLE.has(finding.rule) || line === site.closedLine) continue;
    const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, "");
    const same = site.language && sameLineSuppression(site.language);
    const above = site.language && nextLineSuppression(site.language, lineText);
    if (!same || !above) continue;
    const edit = (e: TextEdit) => ({ changes: { [doc.uri]: [e] } });
    actions.push(
      { title: `Ignore this boundary call (${finding.rule}) on this line`, kind: CodeActionKind.QuickFix, diagnostics: [d], data: REASON, edit: edit({ range: { start: { line, character: lineText.length }, end: { line, character: lineText.length } }, newText: same }) },
      { title: `Ignore this boundary call (${finding.rule}) with a comment above`, kind: CodeActionKind.QuickFix, diagnostics: [d], data: REASON, edit: edit({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: above }) },
    );
  }
  const inFile = ignoreAllInFile(doc, site, findings, diagnostics);
  if (inFile) actions.push(inFile);
  return actions;
}

/**
 * "Ignore every boundary call in this file" (or cell): the scanner has no file-wide switch (one would hide calls added
 * later), so this writes the same-line suppression it honours on each flagged line. Offered when the client asks about a
 * suppressible diagnostic and the document has more than one flagged line that can take a comment (for one, "Ignore
 * this boundary call" says it).
 */
function ignoreAllInFile(doc: TextDocument, site: CommentSite, findings: readonly Finding[], diagnostics: readonly Diagnostic[]): CodeAction | undefined {
  const comment = site.language && sameLineSuppression(site.language);
  const asked = diagnostics.filter((d) => SUPPRESSIBLE.has(findingOf(findings, d)?.rule ?? ""));
  if (!comment || !asked.length) return undefined;
  const lines = [...new Set(findings.filter((f) => SUPPRESSIBLE.has(f.rule)).map((f) => f.line - 1))].filter((line) => line !== site.closedLine).sort((a, b) => a - b);
  if (lines.length < 2) return undefined;
  const edits = lines.map((line) => {
    const end = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, "").length;
    return { range: { start: { line, character: end }, end: { line, character: end } }, newText: comment };
  });
  return { title: `Ignore all ${lines.length} boundary calls in this ${site.noun} (a comment on each line)`, kind: CodeActionKind.QuickFix, diagnostics: asked, data: REASON, edit: { changes: { [doc.uri]: edits } } };
}

/** `source.fixAll.flowgate`: core's preferredFixEdits as one action. */
export function fixAll(doc: TextDocument, findings: readonly Finding[]): CodeAction | undefined {
  const edits = preferredFixEdits(findings).map((e) => ({ range: toRange(e), newText: e.newText }));
  return edits.length ? { title: "Fix all Flowgate problems", kind: FIX_ALL, edit: { changes: { [doc.uri]: edits } } } : undefined;
}

/** textDocument/codeAction: quick fixes for the diagnostics asked about, and fix-all when asked for; in files and notebooks' cells. */
export function serveCodeActions(state: ServerState): void {
  state.connection.onCodeAction(async ({ textDocument, context }) => {
    const target = await actionTarget(state, textDocument.uri);
    if (!target) return [];
    const { doc, site, root, findings } = target;
    const actions: CodeAction[] = [];
    if (wants(context.only, CodeActionKind.QuickFix)) actions.push(...quickFixes(doc, site, root, findings, context.diagnostics));
    if (context.only?.some((k) => wants([k], FIX_ALL))) {
      const all = fixAll(doc, findings);
      if (all) actions.push(all);
    }
    return actions;
  });
}

/** An open text document at its current findings, or an open notebook's cell at the findings last published on it. */
async function actionTarget(state: ServerState, uri: string): Promise<{ doc: TextDocument; site: CommentSite; root: string; findings: readonly Finding[] } | undefined> {
  const doc = state.documents.get(uri);
  if (doc) {
    const at = locate(state.folders, uri);
    return at && { doc, site: fileSite(at.rel), root: at.folder.root, findings: (await analyzeOpen(state, doc)).findings };
  }
  const cell = openCell(state, uri);
  const root = cell && locate(state.folders, cell.notebook)?.folder.root;
  return cell && root !== undefined ? { doc: cell.doc, site: cellSite(cell.doc.getText()), root, findings: cell.findings } : undefined;
}
