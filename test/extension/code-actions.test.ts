import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import type { Finding } from "../../core/kernel/findings";
import { toDiagnostic } from "../../extension/diagnostics/convert";
import { FindingStore } from "../../extension/diagnostics/store";
import { FindingFixes } from "../../extension/fixes/findingFixes";
import { FixAllAction } from "../../extension/fixes/fixAll";
import { IgnoreBoundaryFixes } from "../../extension/fixes/ignoreBoundary";
import { RuleDocsActions } from "../../extension/fixes/ruleDocs";
import type { Workspace } from "../../extension/workspace";
import { CodeActionKind, Position, Range, Uri, type WorkspaceEdit } from "./fake-vscode";

vi.mock("vscode", () => import("./fake-vscode"));

const uri = Uri.file("/ws/agent/tools.py");
const lines = ["import os", "", "def go():", "    os.system('ls')", ""];
const doc = {
  uri,
  languageId: "python",
  lineAt: (n: number) => ({ text: lines[n]!, range: new Range(new Position(n, 0), new Position(n, lines[n]!.length)) }),
};
const finding = (rule: string, over: Partial<Finding> = {}): Finding => ({ rule, severity: "error", message: `m ${rule}`, file: "agent/tools.py", line: 4, column: 5, endLine: 4, endColumn: 14, ...over });
const edits = (e: WorkspaceEdit | undefined) => e!.edits.map((x) => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${JSON.stringify(x.newText)}`);

describe("ignore-boundary quick fixes", () => {
  test("on a boundary finding: same-line and line-above suppressions in Python syntax, the diagnostic attached, not preferred", () => {
    const d = toDiagnostic(finding("scan/shell-command"));
    const actions = new IgnoreBoundaryFixes().provideCodeActions(doc as never, d.range, { diagnostics: [d] } as never);
    expect(actions.map((a) => a.title)).toEqual(["Ignore this boundary call (scan/shell-command) on this line", "Ignore this boundary call (scan/shell-command) with a comment above"]);
    expect(edits(actions[0]!.edit as never)).toEqual([`3:19-3:19 "  # flowgate: ignore-boundary -- TODO: why this call may bypass the tool gateway"`]);
    expect(edits(actions[1]!.edit as never)).toEqual([`3:0-3:0 "    # flowgate: ignore-next-line -- TODO: why this call may bypass the tool gateway\\n"`]);
    // #14 item 5: inserted as a snippet with the reason placeholder selected (typing replaces it).
    expect((actions[0]!.edit as unknown as WorkspaceEdit).edits[0]!.snippet).toBe("  # flowgate: ignore-boundary -- ${1:TODO: why this call may bypass the tool gateway}");
    expect((actions[1]!.edit as unknown as WorkspaceEdit).edits[0]!.snippet).toBe("    # flowgate: ignore-next-line -- ${1:TODO: why this call may bypass the tool gateway}\n");
    for (const a of actions) {
      expect(a.kind).toBe(CodeActionKind.QuickFix);
      expect(a.diagnostics).toEqual([d]);
      expect(a.isPreferred).toBeUndefined();
    }
  });

  test("star imports can be suppressed too; flow findings and other tools' diagnostics cannot", () => {
    const star = toDiagnostic(finding("scan/star-import"));
    const flow = toDiagnostic(finding("flow/unknown-key"));
    const foreign = toDiagnostic(finding("scan/shell-command"));
    foreign.source = "pylint";
    const actions = new IgnoreBoundaryFixes().provideCodeActions(doc as never, star.range, { diagnostics: [star, flow, foreign] } as never);
    expect(actions.map((a) => a.diagnostics![0])).toEqual([star, star]);
  });
});

describe("fixes carried by findings", () => {
  test("one code action per Finding.fix, the first preferred; edits land in the document (or the file a fix names)", () => {
    const store = new FindingStore();
    const bump = finding("flow/version-not-bumped", {
      fix: [
        { title: "Bump flow.version to 1.2.1 (patch)", edits: [{ line: 6, column: 12, endLine: 6, endColumn: 19, newText: '"1.2.1"' }] },
        { title: "Bump flow.version to 2.0.0 (major)", edits: [{ line: 6, column: 12, endLine: 6, endColumn: 19, newText: '"2.0.0"', file: "flows/other.flow.yaml" }] },
      ],
    });
    store.setLive(uri as never, [bump, finding("scan/shell-command")]);
    const state = { root: "/ws" };
    const fixes = new FindingFixes(store, { folderOf: () => state } as unknown as Workspace);
    const d = toDiagnostic(bump);
    const actions = fixes.provideCodeActions(doc as never, d.range, { diagnostics: [d, toDiagnostic(finding("scan/shell-command"))] } as never);
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([["Bump flow.version to 1.2.1 (patch)", true], ["Bump flow.version to 2.0.0 (major)", false]]);
    expect(edits(actions[0]!.edit as never)).toEqual(['5:11-5:18 "\\"1.2.1\\""']);
    expect((actions[1]!.edit as unknown as WorkspaceEdit).edits[0]!.uri.fsPath).toBe("/ws/flows/other.flow.yaml");
  });
});

describe("#14 item 5: rule documentation and fix-all", () => {
  test("Show documentation opens the extension's own docs/rules.md at the rule's heading (offline), once per rule", () => {
    const rulesMd = Uri.file(join(import.meta.dirname, "../../docs/rules.md"));
    const heading = readFileSync(rulesMd.fsPath, "utf8").split("\n").indexOf("### `scan/shell-command`");
    expect(heading).toBeGreaterThan(0);
    const d = toDiagnostic(finding("scan/shell-command"));
    const actions = new RuleDocsActions(rulesMd as never).provideCodeActions(doc as never, d.range as never, { diagnostics: [d, d, toDiagnostic(finding("no/such-rule"))] } as never);
    expect(actions.map((a) => a.title)).toEqual(["Show documentation for scan/shell-command"]);
    const [uri, options] = actions[0]!.command!.arguments as [Uri, { selection: Range }];
    expect([actions[0]!.command!.command, uri.fsPath, options.selection.start.line]).toEqual(["vscode.open", rulesMd.fsPath, heading]);
  });

  test("source.fixAll.flowgate applies every finding's preferred fix, skipping overlaps and fixes of other files", async () => {
    const fix = (line: number, newText: string, file?: string) => ({ title: newText, edits: [{ line, column: 1, endLine: line, endColumn: 3, newText, ...(file ? { file } : {}) }] });
    const findings: Finding[] = [
      finding("flow/unknown-key", { line: 9, endLine: 9, fix: [fix(9, "b"), fix(9, "c")] }),
      finding("flow/unknown-key", { line: 2, endLine: 2, fix: [fix(2, "a")] }),
      finding("flow/unknown-key", { line: 9, endLine: 9, message: "overlapping", fix: [fix(9, "x")] }),
      finding("flow/version-not-bumped", { line: 5, endLine: 5, fix: [fix(5, "y", "flows/other.flow.yaml")] }),
      finding("scan/shell-command"),
    ];
    const actions = await new FixAllAction(async () => findings).provideCodeActions(doc as never);
    expect(actions.map((a) => [a.title, a.kind?.value])).toEqual([["Fix all Flowgate problems", "source.fixAll.flowgate"]]);
    expect(edits(actions[0]!.edit as never)).toEqual(['1:0-1:2 "a"', '8:0-8:2 "b"']);
    expect(await new FixAllAction(async () => []).provideCodeActions(doc as never)).toEqual([]);
    // The document changed while it was analyzed: no edits at stale positions.
    const moving = { ...doc, version: 1 };
    expect(await new FixAllAction(async () => ((moving.version = 2), findings)).provideCodeActions(moving as never)).toEqual([]);
  });
});
