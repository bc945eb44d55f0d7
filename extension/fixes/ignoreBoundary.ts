import * as vscode from "vscode";
import { BOUNDARY_RULES, starImport } from "../../core/scan/rules";
import { ruleOf } from "../diagnostics/convert";
import { nextLineSuppression, sameLineSuppression } from "../../core/scan/ignoreComments";

/** The findings a suppression comment can silence (as the scanner honours them). */
const SUPPRESSIBLE = new Set([...BOUNDARY_RULES.map((r) => r.id), starImport.id]);

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
        action(`Ignore this boundary call (${rule}) on this line`, d, (e) => e.insert(doc.uri, line.range.end, same)),
        action(`Ignore this boundary call (${rule}) with a comment above`, d, (e) => e.insert(doc.uri, line.range.start, above)),
      );
    }
    return actions;
  }
}

function action(title: string, diagnostic: vscode.Diagnostic, edit: (e: vscode.WorkspaceEdit) => void): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [diagnostic];
  a.edit = new vscode.WorkspaceEdit();
  edit(a.edit);
  return a;
}
