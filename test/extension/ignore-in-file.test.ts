import { afterEach, describe, expect, test, vi } from "vitest";
import { scanSource } from "../../core/scan/scan";
import { toDiagnostic } from "../../extension/diagnostics/convert";
import { IgnoreInFileFixes } from "../../extension/fixes/ignoreInFile";
import { briefs } from "../helpers/findings";
import { collections, Position, Range, Uri, type WorkspaceEdit } from "./fake-vscode";

vi.mock("vscode", () => import("./fake-vscode"));

/** A document of `text` as code actions see it, its diagnostics put in both of Flowgate's collections (live and workspace). */
async function scanned(path: string, languageId: string, text: string) {
  const uri = Uri.file(`/ws/${path}`);
  const lines = text.split("\n");
  const doc = { uri, languageId, lineAt: (n: number) => ({ text: lines[n]!, range: new Range(new Position(n, 0), new Position(n, lines[n]!.length)) }) };
  const findings = await scanSource(path, text);
  const diagnostics = findings.map(toDiagnostic);
  for (const name of ["flowgate", "flowgate-workspace"]) collections.set(name, new Map([[uri.toString(), diagnostics]]));
  return { doc, findings, diagnostics };
}

/** The action's inserts applied to the text (each at a line's end; last line first). */
function applied(text: string, edit: WorkspaceEdit): string {
  const lines = text.split("\n");
  for (const e of [...edit.edits].sort((a, b) => b.range.start.line - a.range.start.line)) {
    const line = lines[e.range.start.line]!;
    lines[e.range.start.line] = line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.start.character);
  }
  return lines.join("\n");
}

afterEach(() => collections.clear());

const PY = "import subprocess\nimport requests\n\ndef go():\n    subprocess.run(['ls'])\n    print('ok')\n    requests.post('https://example.com', json={})\n";

describe("'ignore in this file' (issue #14 item 5) for boundary findings (scan/shell-command, scan/network-call)", () => {
  test("one action writes the same-line suppression the scanner honours on every flagged line; the findings are gone after applying it", async () => {
    const { doc, findings, diagnostics } = await scanned("agent/tools.py", "python", PY);
    expect(briefs(findings)).toEqual(["5:5-5:19 scan/shell-command", "7:5-7:18 scan/network-call"]);
    const actions = new IgnoreInFileFixes().provideCodeActions(doc as never, diagnostics[0]!.range as never, { diagnostics: [diagnostics[0]] } as never);
    expect(actions.map((a) => a.title)).toEqual(["Ignore all 2 boundary calls in this file (a comment on each line)"]);
    const edit = actions[0]!.edit as unknown as WorkspaceEdit;
    // One comment per line although both collections hold each finding; the reason placeholder is selected.
    expect(edit.edits.map((e) => [e.range.start.line, e.range.start.character, e.snippet])).toEqual([
      [4, 26, "  # flowgate: ignore-boundary -- ${1:TODO: why this call may bypass the tool gateway}"],
      [6, 49, "  # flowgate: ignore-boundary -- ${1:TODO: why this call may bypass the tool gateway}"],
    ]);
    const after = applied(PY, edit);
    expect(after.split("\n")[4]).toBe("    subprocess.run(['ls'])  # flowgate: ignore-boundary -- TODO: why this call may bypass the tool gateway");
    expect(await scanSource("agent/tools.py", after)).toEqual([]);
  });

  test("TypeScript uses // comments; the findings are gone after applying it", async () => {
    const ts = "import * as cp from 'child_process';\nexport function go() {\n  cp.execSync('ls');\n  return fetch('https://example.com');\n}\n";
    const { doc, findings, diagnostics } = await scanned("src/go.ts", "typescript", ts);
    expect(findings.map((f) => f.rule)).toEqual(["scan/shell-command", "scan/network-call"]);
    const [action] = new IgnoreInFileFixes().provideCodeActions(doc as never, diagnostics[1]!.range as never, { diagnostics: [diagnostics[1]] } as never);
    const after = applied(ts, action!.edit as unknown as WorkspaceEdit);
    expect(after).toContain("  cp.execSync('ls');  // flowgate: ignore-boundary -- TODO: why this call may bypass the tool gateway\n");
    expect(await scanSource("src/go.ts", after)).toEqual([]);
  });

  test("not offered for a single call, for a diagnostic that is not a boundary finding, or for another tool's diagnostic", async () => {
    const one = await scanned("agent/one.py", "python", "import subprocess\nsubprocess.run(['ls'])\n");
    expect(new IgnoreInFileFixes().provideCodeActions(one.doc as never, one.diagnostics[0]!.range as never, { diagnostics: one.diagnostics } as never)).toEqual([]);

    const two = await scanned("agent/tools.py", "python", PY);
    const foreign = toDiagnostic({ ...two.findings[0]!, rule: "scan/shell-command" });
    foreign.source = "pylint";
    const flow = toDiagnostic({ ...two.findings[0]!, rule: "flow/unknown-key" });
    expect(new IgnoreInFileFixes().provideCodeActions(two.doc as never, foreign.range as never, { diagnostics: [foreign, flow] } as never)).toEqual([]);
  });
});
