import * as vscode from "vscode";

/** What the server attaches to a suppression action (lsp/actions.ts): the reason text its inserted comments hold. */
interface ReasonData {
  reasonPlaceholder?: unknown;
}

/**
 * LSP 3.17 code actions carry plain text edits. The server's "Ignore … boundary call(s)" fixes insert a
 * reason placeholder and name it in the action's `data`; here each such insertion becomes a snippet with
 * the placeholder selected, so typing replaces it (#14 item 5). Other actions pass through unchanged.
 */
export function withReasonSnippets(actions: (vscode.Command | vscode.CodeAction)[] | null | undefined): (vscode.Command | vscode.CodeAction)[] | null | undefined {
  for (const action of actions ?? []) {
    if (!(action instanceof vscode.CodeAction) || !action.edit) continue;
    const placeholder = (action as { data?: ReasonData }).data?.reasonPlaceholder;
    if (typeof placeholder !== "string" || !placeholder) continue;
    const entries = action.edit.entries();
    const [only] = entries;
    if (entries.length !== 1) continue;
    const [uri, edits] = only! as [vscode.Uri, vscode.TextEdit[]];
    if (!edits.length || !edits.every((e) => e.range.isEmpty && e.newText.includes(placeholder))) continue;
    const replaced = new vscode.WorkspaceEdit();
    replaced.set(uri, edits.map((e) => new vscode.SnippetTextEdit(e.range, reasonSnippet(e.newText, placeholder))));
    action.edit = replaced;
  }
  return actions;
}

function reasonSnippet(text: string, placeholder: string): vscode.SnippetString {
  const at = text.indexOf(placeholder);
  return new vscode.SnippetString().appendText(text.slice(0, at)).appendPlaceholder(placeholder).appendText(text.slice(at + placeholder.length));
}
