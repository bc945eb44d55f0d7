import * as vscode from "vscode";
import { preferredFixEdits, type Finding } from "../../core/index";
import { applyEdits } from "../diagnostics/convert";

/** `source.fixAll.flowgate`: off unless the user lists it in `editor.codeActionsOnSave` (as ESLint's `source.fixAll.eslint`). */
export const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append("flowgate");

/**
 * Every finding's preferred fix in one action (core's preferredFixEdits). The document is analyzed
 * now: on save the last debounced result may describe an older text, and its positions would misplace edits.
 */
export class FixAllAction {
  constructor(private readonly analyzeNow: (doc: vscode.TextDocument) => Promise<Finding[]>) {}

  async provideCodeActions(doc: vscode.TextDocument): Promise<vscode.CodeAction[]> {
    const version = doc.version;
    const findings = await this.analyzeNow(doc);
    if (doc.version !== version) return [];
    const edits = preferredFixEdits(findings);
    if (edits.length === 0) return [];
    const a = new vscode.CodeAction("Fix all Flowgate problems", FIX_ALL);
    a.edit = new vscode.WorkspaceEdit();
    applyEdits(a.edit, doc.uri, edits);
    return [a];
  }
}
