import { describe, expect, test } from "vitest";
import type { TextEdit } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { scanSource } from "../../core/scan/scan";
import { fileSite, quickFixes } from "../../lsp/actions";
import { toDiagnostic } from "../../lsp/convert";
import { briefs } from "../helpers/findings";

const IN_FILE = /^Ignore all \d+ boundary calls in this file/;

/** The server's quick fixes for one of a scanned document's diagnostics. */
async function fixesFor(path: string, languageId: string, text: string, asked: (all: ReturnType<typeof toDiagnostic>[]) => ReturnType<typeof toDiagnostic>[]) {
  const doc = TextDocument.create(`file:///ws/${path}`, languageId, 1, text);
  const findings = await scanSource(path, text);
  const diagnostics = findings.map((f) => toDiagnostic(f));
  return { doc, findings, actions: quickFixes(doc, fileSite(path), "/ws", findings, asked(diagnostics)) };
}

function applied(doc: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(doc, [...edits]);
}

const PY = "import subprocess\nimport requests\n\ndef go():\n    subprocess.run(['ls'])\n    print('ok')\n    requests.post('https://example.com', json={})\n";

describe("'ignore in this file' (issue #14 item 5) for boundary findings (scan/shell-command, scan/network-call)", () => {
  test("one action writes the same-line suppression the scanner honours on every flagged line; the findings are gone after applying it", async () => {
    const { doc, findings, actions } = await fixesFor("agent/tools.py", "python", PY, (d) => [d[0]!]);
    expect(briefs(findings)).toEqual(["5:5-5:19 scan/shell-command", "7:5-7:18 scan/network-call"]);
    const inFile = actions.filter((a) => IN_FILE.test(a.title));
    expect(inFile.map((a) => a.title)).toEqual(["Ignore all 2 boundary calls in this file (a comment on each line)"]);
    const edits = inFile[0]!.edit!.changes![doc.uri]!;
    expect(edits.map((e) => [e.range.start.line, e.range.start.character, e.newText])).toEqual([
      [4, 26, "  # flowgate: ignore-boundary -- TODO: why this call may bypass the tool gateway"],
      [6, 49, "  # flowgate: ignore-boundary -- TODO: why this call may bypass the tool gateway"],
    ]);
    const after = applied(doc, edits);
    expect(after.split("\n")[4]).toBe("    subprocess.run(['ls'])  # flowgate: ignore-boundary -- TODO: why this call may bypass the tool gateway");
    expect(await scanSource("agent/tools.py", after)).toEqual([]);
  });

  test("TypeScript uses // comments; the findings are gone after applying it", async () => {
    const ts = "import * as cp from 'child_process';\nexport function go() {\n  cp.execSync('ls');\n  return fetch('https://example.com');\n}\n";
    const { doc, findings, actions } = await fixesFor("src/go.ts", "typescript", ts, (d) => [d[1]!]);
    expect(findings.map((f) => f.rule)).toEqual(["scan/shell-command", "scan/network-call"]);
    const inFile = actions.find((a) => IN_FILE.test(a.title))!;
    const after = applied(doc, inFile.edit!.changes![doc.uri]!);
    expect(after).toContain("  cp.execSync('ls');  // flowgate: ignore-boundary -- TODO: why this call may bypass the tool gateway\n");
    expect(await scanSource("src/go.ts", after)).toEqual([]);
  });

  test("not offered for a single call, for a diagnostic that is not a boundary finding, or for another tool's diagnostic", async () => {
    const one = await fixesFor("agent/one.py", "python", "import subprocess\nsubprocess.run(['ls'])\n", (d) => d);
    expect(one.actions.filter((a) => IN_FILE.test(a.title))).toEqual([]);

    const foreign = await fixesFor("agent/tools.py", "python", PY, (d) => [{ ...d[0]!, source: "pylint" }]);
    expect(foreign.actions).toEqual([]);
    const flow = await fixesFor("agent/tools.py", "python", PY, (d) => [{ ...d[0]!, code: "flow/unknown-key" }]);
    expect(flow.actions).toEqual([]);
  });
});
