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

describe("live and workspace diagnostics", () => {
  const uri = vscode.Uri.file("/ws/a.py");
  const other = vscode.Uri.file("/ws/b.py");
  const shown = (name: string) => [...(vscode.collections.get(name)?.entries() ?? [])].map(([k, v]) => `${k.replace("file:///ws/", "")}:${v.length}`);

  test("open files show live findings instead of scan results; closing restores the scan's; rescans replace", () => {
    const store = new FindingStore();
    store.setWorkspace(new Map([[uri.toString(), { uri, findings: [finding(), finding({ line: 8, endLine: 8 })] }], [other.toString(), { uri: other, findings: [finding()] }]]) as never);
    expect(shown(DIAGNOSTICS.workspace)).toEqual(["a.py:2", "b.py:1"]);
    expect(store.totals()).toEqual({ errors: 3, warnings: 0, notes: 0, scanned: true });

    store.setLive(uri as never, [finding({ severity: "warning" })]);
    expect(shown(DIAGNOSTICS.live)).toEqual(["a.py:1"]);
    expect(shown(DIAGNOSTICS.workspace)).toEqual(["b.py:1"]);
    expect(store.totals()).toEqual({ errors: 1, warnings: 1, notes: 0, scanned: true });

    store.clearLive(uri as never);
    expect(shown(DIAGNOSTICS.live)).toEqual([]);
    expect(shown(DIAGNOSTICS.workspace)).toEqual(["b.py:1", "a.py:2"]);

    store.setWorkspace(new Map() as never);
    expect(shown(DIAGNOSTICS.workspace)).toEqual([]);
    expect(store.totals()).toEqual({ errors: 0, warnings: 0, notes: 0, scanned: true });
  });

  test("a scoped replacement (Verify Ledgers) keeps the other files' scan results", () => {
    const store = new FindingStore();
    const ledger = vscode.Uri.file("/ws/.flowgate/runs/run_a.jsonl");
    store.setWorkspace(new Map([[uri.toString(), { uri, findings: [finding()] }], [ledger.toString(), { uri: ledger, findings: [finding({ rule: "ledger/event-edited" })] }]]) as never);
    store.setWorkspace(new Map() as never, (u) => u.fsPath.startsWith("/ws/.flowgate/runs"));
    expect(shown(DIAGNOSTICS.workspace)).toEqual(["a.py:1"]);
  });

  test("#14 item 1: a file read again on save or close replaces its workspace scan's findings (never the old ones at old lines)", () => {
    const store = new FindingStore();
    store.setWorkspace(new Map([[uri.toString(), { uri, findings: [finding({ line: 24, endLine: 24 }), finding({ line: 30, endLine: 30 })] }]]) as never);
    store.setLive(uri as never, [finding({ line: 3, endLine: 3 })]);
    // Saved while open: the workspace entry becomes the saved text's; the live set still shows.
    store.setOnDisk(uri as never, [finding({ line: 3, endLine: 3 })]);
    expect(shown(DIAGNOSTICS.live)).toEqual(["a.py:1"]);
    expect(shown(DIAGNOSTICS.workspace)).toEqual([]);
    store.clearLive(uri as never);
    expect(shown(DIAGNOSTICS.workspace)).toEqual(["a.py:1"]);
    expect(store.findingsOf(uri as never).map((f) => f.line)).toEqual([3]);
    // The file on disk became clean: nothing is shown for it, and the totals drop.
    store.setOnDisk(uri as never, undefined);
    expect(shown(DIAGNOSTICS.workspace)).toEqual([]);
    expect(store.totals()).toEqual({ errors: 0, warnings: 0, notes: 0, scanned: true });
  });
});
