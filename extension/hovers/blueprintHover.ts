import * as vscode from "vscode";
import type { Workspace } from "../workspace";
import { blueprintHoverAt } from "../../core/blueprint";

/** Hovers on Blueprint agents and metadata: the effective operator kind, runner and run TTL, and where each comes from. */
export class BlueprintHovers implements vscode.HoverProvider {
  constructor(private readonly workspace: Workspace) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.workspace.folderOf(doc.uri);
    if (!state) return undefined;
    let text: string | undefined;
    try {
      text = blueprintHoverAt(this.workspace.relativePath(state, doc.uri), doc.getText(), state.config, position.line + 1, position.character + 1);
    } catch {
      return undefined; // a hover is a convenience: diagnostics report what is wrong with the file
    }
    return text ? new vscode.Hover(new vscode.MarkdownString(text)) : undefined;
  }
}
