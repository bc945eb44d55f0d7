import * as vscode from "vscode";
import { sameLineSuppression } from "../../core/scan/ignoreComments";
import { ruleOf } from "../diagnostics/convert";
import { SUPPRESSIBLE, withReasonSelected } from "./ignoreBoundary";

/**
 * "Ignore every boundary call in this file": the scanner has no file-wide switch (one would hide calls
 * added later), so this writes the same-line suppression it honours on each flagged line of the file.
 * Every reason is the same placeholder, selected after insertion.
 */
export class IgnoreInFileFixes implements vscode.CodeActionProvider {
  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const comment = sameLineSuppression(doc.languageId);
    const trigger = context.diagnostics.find((d) => SUPPRESSIBLE.has(ruleOf(d) ?? ""));
    if (!comment || !trigger) return [];
    // Both collections (live, workspace scan) may hold the same finding: one comment per flagged line.
    const flagged = vscode.languages.getDiagnostics(doc.uri).filter((d) => SUPPRESSIBLE.has(ruleOf(d) ?? ""));
    const lines = [...new Set(flagged.map((d) => d.range.start.line))].sort((a, b) => a - b);
    if (lines.length < 2) return []; // one call: "Ignore this boundary call" says it
    const action = new vscode.CodeAction(`Ignore all ${lines.length} boundary calls in this file (a comment on each line)`, vscode.CodeActionKind.QuickFix);
    action.diagnostics = flagged;
    action.edit = new vscode.WorkspaceEdit();
    action.edit.set(doc.uri, lines.map((line) => vscode.SnippetTextEdit.insert(doc.lineAt(line).range.end, withReasonSelected(comment))));
    return [action];
  }
}
