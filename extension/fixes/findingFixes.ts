import { join } from "node:path";
import * as vscode from "vscode";
import { applyEdits, findingOf } from "../diagnostics/convert";
import type { FindingStore } from "../diagnostics/store";
import type { Workspace } from "../workspace";

/** Quick fixes carried by core findings (Finding.fix): the first fix of a finding is the preferred one. */
export class FindingFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly store: FindingStore,
    private readonly workspace: Workspace,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const findings = this.store.findingsOf(doc.uri);
    const state = this.workspace.folderOf(doc.uri);
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const finding = findingOf(findings, d);
      finding?.fix?.forEach((fix, i) => {
        const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        a.diagnostics = [d];
        a.isPreferred = i === 0;
        a.edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits) {
          const uri = e.file && state ? vscode.Uri.file(join(state.root, e.file)) : doc.uri;
          applyEdits(a.edit, uri, [e]);
        }
        actions.push(a);
      });
    }
    return actions;
  }
}
