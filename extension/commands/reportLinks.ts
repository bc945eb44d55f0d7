import * as vscode from "vscode";
import type { Finding } from "../../core/index";

/**
 * The finding a report webview's message asks to open, or undefined for anything else. The page (and
 * any script a bundle might smuggle into it) is untrusted: it can only name a finding of the report by
 * index; the file and position come from the host's own evaluation, never from the message.
 */
export function findingOfMessage(message: unknown, findings: readonly Finding[]): Finding | undefined {
  if (typeof message !== "object" || message === null) return undefined;
  const { type, index } = message as Record<string, unknown>;
  if (type !== "openFinding" || typeof index !== "number" || !Number.isInteger(index) || index < 0) return undefined;
  return findings[index];
}

/** Opens `file` beside the report with the finding's range selected (positions are 1-based, end-exclusive). */
export async function openFindingIn(file: vscode.Uri, finding: Finding): Promise<void> {
  const selection = new vscode.Range(finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1);
  await vscode.window.showTextDocument(file, { selection, viewColumn: vscode.ViewColumn.Beside, preview: true });
}
