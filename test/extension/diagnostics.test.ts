import { describe, expect, test, vi } from "vitest";
import { DiagnosticTotals } from "../../extension/client/totals";
import { ruleOf } from "../../extension/fixes/ruleDocs";
import * as vscode from "./fake-vscode";

vi.mock("vscode", () => import("./fake-vscode"));

/** A diagnostic as the language client hands the server's to VS Code (lsp/convert.ts → vscode-languageclient). */
function serverDiagnostic(rule: string, line: number, severity = vscode.DiagnosticSeverity.Error, source = "flowgate"): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(line, 4, line, 13) as never, `message of ${rule}`, severity);
  d.source = source;
  d.code = { value: rule, target: vscode.Uri.parse(`https://example.com/docs/rules.md#${rule.replace("/", "-")}`) };
  return d;
}

describe("diagnostics → rule ids", () => {
  test("the rule id of a Flowgate diagnostic, whether its code carries a help link or not; other tools' diagnostics have none", () => {
    const linked = serverDiagnostic("scan/shell-command", 3);
    expect(ruleOf(linked as never)).toBe("scan/shell-command");
    linked.code = "flow/unknown-key";
    expect(ruleOf(linked as never)).toBe("flow/unknown-key");
    expect(ruleOf(serverDiagnostic("scan/shell-command", 3, vscode.DiagnosticSeverity.Error, "eslint") as never)).toBeUndefined();
  });
});

describe("the status bar's totals (issue #15: counted from VS Code's diagnostics, the language client's collections)", () => {
  test("Flowgate diagnostics of every collection count by severity, once each; other tools' do not count; scanned after the gate's results", () => {
    vscode.collections.clear();
    const pulled = vscode.languages.createDiagnosticCollection("flowgate");
    const pushed = vscode.languages.createDiagnosticCollection("flowgate-push");
    const other = vscode.languages.createDiagnosticCollection("eslint");
    const ledger = vscode.Uri.file("/ws/.flowgate/runs/run_a.jsonl");
    pulled.set(vscode.Uri.file("/ws/a.py"), [serverDiagnostic("scan/shell-command", 3), serverDiagnostic("scan/network-call", 5, vscode.DiagnosticSeverity.Warning), serverDiagnostic("scan/unused-suppression", 9, vscode.DiagnosticSeverity.Information)]);
    pulled.set(ledger, [serverDiagnostic("ledger/event-edited", 0)]);
    pushed.set(ledger, [serverDiagnostic("ledger/event-edited", 0)]); // the same finding in a second collection
    other.set(vscode.Uri.file("/ws/a.py"), [serverDiagnostic("scan/shell-command", 3, vscode.DiagnosticSeverity.Error, "eslint")]);
    const totals = new DiagnosticTotals();
    expect(totals.totals()).toEqual({ errors: 2, warnings: 1, notes: 1, scanned: false });
    totals.markScanned();
    expect(totals.totals().scanned).toBe(true);
  });
});
