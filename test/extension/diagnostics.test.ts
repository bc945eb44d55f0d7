import { describe, expect, test, vi } from "vitest";
import type { Finding } from "../../core/kernel/findings";
import { findingOf, ruleOf, toDiagnostic, toRange } from "../../extension/diagnostics/convert";
import { FindingStore } from "../../extension/diagnostics/store";
import { DIAGNOSTICS } from "../../extension/ids";
import * as vscode from "./fake-vscode";

vi.mock("vscode", () => import("./fake-vscode"));

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: "scan/shell-command",
  severity: "error",
  message: "`os.system` starts a process directly",
  file: "a.py",
  line: 4,
  column: 5,
  endLine: 4,
  endColumn: 14,
  help: { text: "Route it through the gateway.", uri: "https://example.com/docs/rules.md#scan-shell-command" },
  ...over,
});

describe("findings → diagnostics", () => {
  test("1-based end-exclusive findings become 0-based ranges; code carries the rule id and its help link", () => {
    const d = toDiagnostic(finding()) as unknown as vscode.Diagnostic;
    expect([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]).toEqual([3, 4, 3, 13]);
    expect(d.severity).toBe(vscode.DiagnosticSeverity.Error);
    expect(d.source).toBe("flowgate");
    expect((d.code as { value: string; target: vscode.Uri }).value).toBe("scan/shell-command");
    expect((d.code as { value: string; target: vscode.Uri }).target.toString()).toBe("https://example.com/docs/rules.md#scan-shell-command");
    expect(ruleOf(d as never)).toBe("scan/shell-command");
    expect(toDiagnostic(finding({ severity: "note" })).severity).toBe(vscode.DiagnosticSeverity.Information);
    expect(toDiagnostic(finding({ severity: "warning", help: undefined })).code).toBe("scan/shell-command");
  });

  test("a zero-width finding at a whole file stays a valid range", () => {
    const r = toRange({ line: 1, column: 1, endLine: 1, endColumn: 1 }) as unknown as vscode.Range;
    expect([r.start.line, r.start.character, r.end.line, r.end.character]).toEqual([0, 0, 0, 0]);
  });

  test("the finding behind a diagnostic is found by rule, message and range — not by object identity", () => {
    const findings = [finding(), finding({ line: 9, endLine: 9 }), finding({ rule: "scan/network-call" })];
    const copy = toDiagnostic(finding({ line: 9, endLine: 9 }));
    expect(findingOf(findings, copy)).toBe(findings[1]);
    const foreign = new vscode.Diagnostic(copy.range as never, copy.message);
    foreign.source = "eslint";
    expect(findingOf(findings, foreign as never)).toBeUndefined();
  });
});

// Live diagnostics, save/close re-reads (#14 item 1) and the workspace gate are the language server's:
// test/lsp/server.test.ts and test/e2e/lsp-client.e2e.test.ts. The store holds what extension commands find.
describe("the extension's own findings (Verify Ledgers)", () => {
  const uri = vscode.Uri.file("/ws/a.py");
  const other = vscode.Uri.file("/ws/b.py");
  const shown = (name: string) => [...(vscode.collections.get(name)?.entries() ?? [])].map(([k, v]) => `${k.replace("file:///ws/", "")}:${v.length}`);

  test("a full replacement replaces everything shown in the flowgate-workspace collection", () => {
    const store = new FindingStore();
    store.setWorkspace(new Map([[uri.toString(), { uri, findings: [finding(), finding({ line: 8, endLine: 8 })] }], [other.toString(), { uri: other, findings: [finding()] }]]) as never);
    expect(shown(DIAGNOSTICS.workspace)).toEqual(["a.py:2", "b.py:1"]);
    store.setWorkspace(new Map([[other.toString(), { uri: other, findings: [finding()] }]]) as never);
    expect(shown(DIAGNOSTICS.workspace)).toEqual(["b.py:1"]);
    store.setWorkspace(new Map() as never);
    expect(shown(DIAGNOSTICS.workspace)).toEqual([]);
  });
});

describe("the status bar's totals (issue #15: counted from VS Code's diagnostics, the language client's included)", () => {
  test("Flowgate diagnostics of every collection count by severity, once each; other tools' do not count; scanned after the gate's results", async () => {
    const { DiagnosticTotals } = await import("../../extension/client/totals");
    vscode.collections.clear();
    const server = vscode.languages.createDiagnosticCollection("flowgate");
    const verify = vscode.languages.createDiagnosticCollection(DIAGNOSTICS.workspace);
    const other = vscode.languages.createDiagnosticCollection("eslint");
    const ledger = vscode.Uri.file("/ws/.flowgate/runs/run_a.jsonl");
    const edited = toDiagnostic(finding({ rule: "ledger/event-edited", file: ".flowgate/runs/run_a.jsonl" }));
    server.set(vscode.Uri.file("/ws/a.py"), [toDiagnostic(finding()), toDiagnostic(finding({ severity: "warning", line: 3, endLine: 3 })), toDiagnostic(finding({ severity: "note", line: 9, endLine: 9 }))]);
    server.set(ledger, [edited]);
    verify.set(ledger, [toDiagnostic(finding({ rule: "ledger/event-edited", file: ".flowgate/runs/run_a.jsonl" }))]); // the same finding again (Verify Ledgers)
    const foreign = toDiagnostic(finding());
    foreign.source = "eslint";
    other.set(vscode.Uri.file("/ws/a.py"), [foreign]);
    const totals = new DiagnosticTotals();
    expect(totals.totals()).toEqual({ errors: 2, warnings: 1, notes: 1, scanned: false });
    totals.markScanned();
    expect(totals.totals().scanned).toBe(true);
  });
});
