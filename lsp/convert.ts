import { join } from "node:path";
import { type Diagnostic, DiagnosticSeverity, type Range, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import { type Finding, type Fix, type Range as FindingRange, resolutionOf } from "../core/index";
import { locate, uriOf } from "./folders";
import type { ServerState } from "./state";

/** Findings are 1-based with an exclusive end (SARIF); LSP ranges are 0-based with an exclusive end. */
export function toRange(r: FindingRange): Range {
  return { start: { line: r.line - 1, character: r.column - 1 }, end: { line: Math.max(r.line, r.endLine) - 1, character: Math.max(0, r.endColumn - 1) } };
}

/** An LSP range as a finding's (toRange's inverse). */
export function fromRange(r: Range): FindingRange {
  return { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

const SEVERITY: Record<Finding["severity"], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  note: DiagnosticSeverity.Information,
};

export const SOURCE = "flowgate";

/**
 * `root` (the finding's workspace folder): a boundary finding resolved through other files gets its resolution steps as
 * related information (SARIF's relatedLocations), so an editor links to each. One resolved within its file does not:
 * its steps are on the screen already, and each would be a row of its own under every finding in VS Code's Problems panel.
 */
export function toDiagnostic(f: Finding, root?: string): Diagnostic {
  const d: Diagnostic = { range: toRange(f), severity: SEVERITY[f.severity], source: SOURCE, code: f.rule, message: f.message };
  if (f.help) d.codeDescription = { href: f.help.uri };
  const steps = root === undefined ? [] : resolutionOf(f);
  if (steps.some((s) => s.file !== undefined && s.file !== f.file)) d.relatedInformation = steps.map((s) => ({ location: { uri: uriOf(join(root!, s.file ?? f.file)), range: toRange(s) }, message: s.text }));
  return d;
}

/** A file's findings as diagnostics, their resolution steps in other files named from the file's workspace folder. */
export function diagnosticsOf(state: ServerState, uri: string, findings: readonly Finding[]): Diagnostic[] {
  const root = locate(state.folders, uri)?.folder.root;
  return findings.map((f) => toDiagnostic(f, root));
}

const sameRange = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** The finding behind a diagnostic a client sends back (code actions): same rule, range and message. */
export function findingOf(findings: readonly Finding[], d: Diagnostic): Finding | undefined {
  if (d.source !== SOURCE) return undefined;
  return findings.find((f) => f.rule === String(d.code) && f.message === d.message && sameRange(toRange(f), d.range));
}

/** A core fix as a workspace edit: edits without `file` apply to the document, others to that repo-relative file. */
export function toWorkspaceEdit(fix: Fix, uri: string, root: string): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const e of fix.edits) {
    const target = e.file ? uriOf(join(root, e.file)) : uri;
    (changes[target] ??= []).push({ range: toRange(e), newText: e.newText });
  }
  return { changes };
}
