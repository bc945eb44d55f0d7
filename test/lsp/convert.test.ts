import { describe, expect, test } from "vitest";
import type { Finding } from "../../core/kernel/findings";
import { findingOf, toDiagnostic, toRange, toWorkspaceEdit } from "../../lsp/convert";

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

describe("findings → LSP diagnostics (what every editor shows)", () => {
  test("scan/shell-command resolved through another file: every resolution step is related information (uri, range, text); one resolved within its file has none", () => {
    const within = { line: 1, column: 1, endLine: 1, endColumn: 10, text: "import os" };
    const helper = { file: "lib/shell.py", line: 2, column: 1, endLine: 2, endColumn: 27, text: "from subprocess import run" };
    expect(toDiagnostic(finding({ properties: { resolution: [within, helper] } }), "/ws").relatedInformation).toEqual([
      { location: { uri: "file:///ws/a.py", range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } } }, message: "import os" },
      { location: { uri: "file:///ws/lib/shell.py", range: { start: { line: 1, character: 0 }, end: { line: 1, character: 26 } } }, message: "from subprocess import run" },
    ]);
    expect(toDiagnostic(finding({ properties: { resolution: [within] } }), "/ws")).not.toHaveProperty("relatedInformation");
    expect(toDiagnostic(finding({ properties: { resolution: [within, helper] } }))).not.toHaveProperty("relatedInformation");
  });

  test("1-based end-exclusive findings become 0-based ranges; code is the rule id, codeDescription its help link; notes are Information", () => {
    expect(toDiagnostic(finding())).toEqual({
      range: { start: { line: 3, character: 4 }, end: { line: 3, character: 13 } },
      severity: 1,
      source: "flowgate",
      code: "scan/shell-command",
      message: "`os.system` starts a process directly",
      codeDescription: { href: "https://example.com/docs/rules.md#scan-shell-command" },
    });
    expect(toDiagnostic(finding({ severity: "note", help: undefined }))).toMatchObject({ severity: 3 });
    expect(toDiagnostic(finding({ severity: "warning", help: undefined }))).not.toHaveProperty("codeDescription");
  });

  test("a zero-width finding at a whole file stays a valid range", () => {
    expect(toRange({ line: 1, column: 1, endLine: 1, endColumn: 1 })).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });

  test("the finding behind a diagnostic a client sends back is found by rule, message and range, not identity; other sources' never", () => {
    const findings = [finding(), finding({ line: 9, endLine: 9 }), finding({ rule: "scan/network-call" })];
    const copy = JSON.parse(JSON.stringify(toDiagnostic(finding({ line: 9, endLine: 9 }))));
    expect(findingOf(findings, copy)).toBe(findings[1]);
    expect(findingOf(findings, { ...copy, source: "eslint" })).toBeUndefined();
    expect(findingOf(findings, { ...copy, message: "other" })).toBeUndefined();
  });

  test("a fix's edits land in the document, or in the repo-relative file an edit names", () => {
    const edit = toWorkspaceEdit({ title: "t", edits: [{ line: 2, column: 1, endLine: 2, endColumn: 3, newText: "x" }, { file: "flows/b.yaml", line: 1, column: 1, endLine: 1, endColumn: 1, newText: "y" }] } as never, "file:///ws/a.py", "/ws");
    expect(edit.changes).toEqual({
      "file:///ws/a.py": [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, newText: "x" }],
      "file:///ws/flows/b.yaml": [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: "y" }],
    });
  });
});
