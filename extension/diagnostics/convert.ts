import * as vscode from "vscode";
import type { Finding, Range, TextEdit } from "../../core/index";

/** Findings are 1-based with an exclusive end (SARIF); VS Code ranges are 0-based with an exclusive end. */
export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.line - 1, r.column - 1, Math.max(r.line, r.endLine) - 1, Math.max(0, r.endColumn - 1));
}

const SEVERITY: Record<Finding["severity"], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  note: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f), f.message, SEVERITY[f.severity]);
  d.source = "flowgate";
  d.code = f.help ? { value: f.rule, target: vscode.Uri.parse(f.help.uri) } : f.rule;
  return d;
}

/** The rule id of a Flowgate diagnostic (its code is `{value, target}` or a plain string). */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== "flowgate") return undefined;
  const code = d.code;
  return typeof code === "object" && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The finding behind a diagnostic VS Code hands back to a code action provider (a copy, not the same object). */
export function findingOf(findings: readonly Finding[], d: vscode.Diagnostic): Finding | undefined {
  const rule = ruleOf(d);
  return findings.find((f) => f.rule === rule && f.message === d.message && toRange(f).isEqual(d.range));
}

export function applyEdits(edit: vscode.WorkspaceEdit, uri: vscode.Uri, edits: readonly TextEdit[]): void {
  for (const e of edits) edit.replace(uri, toRange(e), e.newText);
}
