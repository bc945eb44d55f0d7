import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { REASON_PLACEHOLDER } from "../../core/scan/ignoreComments";
import { withReasonSnippets } from "../../extension/client/snippets";
import { RuleDocsActions } from "../../extension/fixes/ruleDocs";
import { CodeAction, CodeActionKind, Diagnostic, Range, Uri, WorkspaceEdit } from "./fake-vscode";

vi.mock("vscode", () => import("./fake-vscode"));

// Quick fixes and fix-all come from the language server (test/lsp/server.test.ts asserts their exact edits);
// the extension adds the rule documentation action and turns the server's reason placeholder into a snippet.
const uri = Uri.file("/ws/agent/tools.py");
const doc = { uri, languageId: "python" };
/** A Flowgate diagnostic as the language client hands it to VS Code (its code carries the rule id). */
const diagnosticOf = (rule: string): Diagnostic => Object.assign(new Diagnostic(new Range(3, 4, 3, 13), `m ${rule}`), { source: "flowgate", code: { value: rule, target: Uri.parse("https://example.com") } });

describe("#14 item 5: the ignore-boundary fix from the server selects its reason placeholder (client middleware)", () => {
  const serverAction = (newText: string, range = new Range(3, 19, 3, 19), data: unknown = { reasonPlaceholder: REASON_PLACEHOLDER }) => {
    const a = Object.assign(new CodeAction("Ignore this boundary call (scan/shell-command) on this line", CodeActionKind.QuickFix), { data });
    a.edit = new WorkspaceEdit();
    a.edit.replace(uri, range, newText);
    return a;
  };

  test("an inserted comment with the placeholder becomes a snippet whose only tab stop is the placeholder", () => {
    const same = serverAction(`  # flowgate: ignore-boundary -- ${REASON_PLACEHOLDER}`);
    const above = serverAction(`    # flowgate: ignore-next-line -- ${REASON_PLACEHOLDER}\n`, new Range(3, 0, 3, 0));
    withReasonSnippets([same, above] as never);
    expect(same.edit!.edits.map((e) => [e.range.start.line, e.range.start.character, e.snippet])).toEqual([[3, 19, `  # flowgate: ignore-boundary -- \${1:${REASON_PLACEHOLDER}}`]]);
    expect(above.edit!.edits.map((e) => [e.range.start.line, e.range.start.character, e.snippet])).toEqual([[3, 0, `    # flowgate: ignore-next-line -- \${1:${REASON_PLACEHOLDER}}\n`]]);
  });

  test("other actions pass through unchanged: no placeholder, no data naming it, a replacement (not an insertion), several edits, commands", () => {
    const fix = serverAction("when_not_to_run", new Range(5, 4, 5, 15));
    const unnamed = serverAction(`  # flowgate: ignore-boundary -- ${REASON_PLACEHOLDER}`, undefined, null);
    const replacing = serverAction(`# ${REASON_PLACEHOLDER}`, new Range(3, 0, 3, 4));
    const two = serverAction(`# ${REASON_PLACEHOLDER}`);
    two.edit!.replace(uri, new Range(9, 0, 9, 0), "x");
    const command = { title: "Show documentation", command: "vscode.open" };
    const actions = withReasonSnippets([fix, unnamed, replacing, two, command] as never)!;
    expect(actions).toHaveLength(5);
    for (const a of [fix, unnamed, replacing, two]) expect(a.edit!.edits.every((e) => e.snippet === undefined)).toBe(true);
    expect(withReasonSnippets(undefined)).toBeUndefined();
  });
});

describe("#14 item 5: rule documentation", () => {
  test("Show documentation opens the extension's own docs/rules.md at the rule's heading (offline), once per rule", () => {
    const rulesMd = Uri.file(join(import.meta.dirname, "../../docs/rules.md"));
    const heading = readFileSync(rulesMd.fsPath, "utf8").split("\n").indexOf("### `scan/shell-command`");
    expect(heading).toBeGreaterThan(0);
    const d = diagnosticOf("scan/shell-command");
    const actions = new RuleDocsActions(rulesMd as never).provideCodeActions(doc as never, d.range as never, { diagnostics: [d, d, diagnosticOf("no/such-rule")] } as never);
    expect(actions.map((a) => a.title)).toEqual(["Show documentation for scan/shell-command"]);
    const [target, options] = actions[0]!.command!.arguments as [Uri, { selection: Range }];
    expect([actions[0]!.command!.command, target.fsPath, options.selection.start.line]).toEqual(["vscode.open", rulesMd.fsPath, heading]);
  });
});
