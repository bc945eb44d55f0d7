import * as vscode from "vscode";
import { REASON_PLACEHOLDER } from "../../core/scan/ignoreComments";

/**
 * LSP 3.17 code actions carry plain text edits. The server's "Ignore this boundary call" fixes insert
 * REASON_PLACEHOLDER; here that insertion becomes a snippet with the placeholder selected, so typing
 * replaces it (#14 item 5). Other actions pass through unchanged.
 */
export function withReasonSnippets(actions: (vscode.Command | vscode.CodeAction)[] | null | undefined): (vscode.Command | vscode.CodeAction)[] | null | undefined {
  for (const action of actions ?? []) {
    if (!(action instanceof vscode.CodeAction) || !action.edit) continue;
    const entries = action.edit.entries();
    const [only] = entries;
    if (entries.length !== 1 || only![1].length !== 1) continue;
    const [uri, [edit]] = only! as [vscode.Uri, vscode.TextEdit[]];
    const at = edit!.newText.indexOf(REASON_PLACEHOLDER);
    if (at < 0 || !edit!.range.isEmpty) continue;
    const snippet = new vscode.SnippetString().appendText(edit!.newText.slice(0, at)).appendPlaceholder(REASON_PLACEHOLDER).appendText(edit!.newText.slice(at + REASON_PLACEHOLDER.length));
    const replaced = new vscode.WorkspaceEdit();
    replaced.set(uri, [new vscode.SnippetTextEdit(edit!.range, snippet)]);
    action.edit = replaced;
  }
  return actions;
}
