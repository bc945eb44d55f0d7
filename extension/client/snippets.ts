import * as vscode from "vscode";
import { REASON_PLACEHOLDER } from "../../core/scan/ignoreComments";

/**
 * LSP 3.17 code actions carry plain text edits. The server's "Ignore … boundary call(s)" fixes insert
 * REASON_PLACEHOLDER; here each such insertion becomes a snippet with the placeholder selected, so typing
 * replaces it (#14 item 5). Other actions pass through unchanged.
 */
export function withReasonSnippets(actions: (vscode.Command | vscode.CodeAction)[] | null | undefined): (vscode.Command | vscode.CodeAction)[] | null | undefined {
  for (const action of actions ?? []) {
    if (!(action instanceof vscode.CodeAction) || !action.edit) continue;
    const entries = action.edit.entries();
    const [only] = entries;
    if (entries.length !== 1) continue;
    const [uri, edits] = only! as [vscode.Uri, vscode.TextEdit[]];
    if (!edits.length || !edits.every((e) => e.range.isEmpty && e.newText.includes(REASON_PLACEHOLDER))) continue;
    const replaced = new vscode.WorkspaceEdit();
    replaced.set(uri, edits.map((e) => new vscode.SnippetTextEdit(e.range, reasonSnippet(e.newText))));
    action.edit = replaced;
  }
  return actions;
}

function reasonSnippet(text: string): vscode.SnippetString {
  const at = text.indexOf(REASON_PLACEHOLDER);
  return new vscode.SnippetString().appendText(text.slice(0, at)).appendPlaceholder(REASON_PLACEHOLDER).appendText(text.slice(at + REASON_PLACEHOLDER.length));
}
