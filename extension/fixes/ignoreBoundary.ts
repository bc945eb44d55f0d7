import * as vscode from "vscode";
import { nextLineSuppression, REASON_PLACEHOLDER, sameLineSuppression, BOUNDARY_RULES, starImport } from "../../core/scan";
import { ruleOf } from "../diagnostics/convert";

/** The findings a suppression comment can silence (as the scanner honours them). */
const SUPPRESSIBLE = new Set([...BOUNDARY_RULES.map((r) => r.id), starImport.id]);

/** The comment as a snippet whose reason placeholder is selected after insertion: typing replaces it. */
function withReasonSelected(comment: string): vscode.SnippetString {
  const at = comment.indexOf(REASON_PLACEHOLDER);
  return new vscode.SnippetString().appendText(comment.slice(0, at)).appendPlaceholder(REASON_PLACEHOLDER).appendText(comment.slice(at + REASON_PLACEHOLDER.length));
}

/** Quick fixes on boundary-scan diagnostics: suppress on the same line, or with a comment on the line before. */
export class IgnoreBoundaryFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const rule = ruleOf(d);
      if (!rule || !SUPPRESSIBLE.has(rule)) continue;
      const line = doc.lineAt(d.range.start.line);
      const same = sameLineSuppression(doc.languageId);
      const above = nextLineSuppression(doc.languageId, line.text);
      if (!same || !above) continue;
      actions.push(
        action(`Ignore this boundary call (${rule}) on this line`, d, doc.uri, line.range.end, same),
        action(`Ignore this boundary call (${rule}) with a comment above`, d, doc.uri, line.range.start, above),
      );
    }
    return actions;
  }
}

function action(title: string, diagnostic: vscode.Diagnostic, uri: vscode.Uri, at: vscode.Position, comment: string): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [diagnostic];
  a.edit = new vscode.WorkspaceEdit();
  a.edit.set(uri, [vscode.SnippetTextEdit.insert(at, withReasonSelected(comment))]);
  return a;
}
