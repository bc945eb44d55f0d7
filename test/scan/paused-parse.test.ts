import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import * as pythonEdit from "../../core/scan/python-edit";
import { Scanner } from "../../core/scan/scan";
import { REPO } from "../helpers/cli";
import { edits, where } from "./edits";

/**
 * The language server's 5,000-line Python file (bench/lsp/run.mjs): a shell call in one function of 50. One
 * unclosed `(` on line 4 makes tree-sitter's error recovery over the rest of it slow (~0.7 s); an editor's scan
 * of the edited document stops after a slice and resumes on the next scan of the same text.
 */
const LINES = ["import subprocess", ""];
for (let i = 0; LINES.length < 5000; i++) LINES.push(`def task_${i}(path, items):`, `    total = sum(len(x) for x in items if x)`, i % 50 === 0 ? `    return subprocess.run(["wc", path])` : `    return {"path": path, "total": total, "id": ${i}}`, "");
const TEXT = LINES.slice(0, 5000).join("\n") + "\n";
const PATH = "agent/big.py";
/** Line 4 (`    total = sum(…)`) with `typed` before `sum`, and `closed` at its end. */
const line4 = (typed: string, closed = "") => {
  const lines = TEXT.split("\n");
  lines[3] = lines[3]!.slice(0, 12) + typed + lines[3]!.slice(12) + closed;
  return lines.join("\n");
};
/** The shell calls of the file: line 5 and every 200 lines after it, at column 12. */
const CALLS = Array.from({ length: 25 }, (_, i) => `scan/shell-command ${5 + 200 * i}:12`);

/** Scans again until the parse has finished (at most `limit` scans), giving the finished findings and how many scans it took. */
function settle(scanner: Scanner, text: string, sliceMs: number, limit = 100_000, path = PATH) {
  for (let scans = 1; scans <= limit; scans++) {
    const findings = scanner.scanSource(path, text, undefined, sliceMs);
    if (findings[0]?.rule !== "scan/analysis-pending") return { findings, scans };
  }
  throw new Error(`not finished after ${limit} scans`);
}

describe("an editor document's slow parse pauses and resumes (scan/analysis-pending)", () => {
  test("scan/analysis-pending: typing `(` on line 4 of a 5,000-line Python file, typing inside it, then closing it; each settled step equals a fresh scan", async () => {
    const editor = await Scanner.create();
    const fresh = await Scanner.create();
    expect(where(editor.scanSource(PATH, TEXT))).toEqual(CALLS);

    // `(` typed: a slice of 0 ms stops the parse at its first progress check, so the scan answers with interim findings:
    // the marker at the edit, then the previous text's findings (the edit moved no line).
    const open = line4("(");
    const interim = editor.scanSource(PATH, open, undefined, 0);
    expect(where(interim)).toEqual(["scan/analysis-pending 4:13", ...CALLS]);
    expect(interim[0]).toMatchObject({ endLine: 4, endColumn: 14, severity: "note" });
    expect(interim[0]!.message).toBe("Re-analysing this file: parsing it after this edit takes long (broken syntax). Until it finishes, the file's other findings are those from before the edit, moved with it.");
    // Resumed to the end: exactly what a fresh scan (flowgate check's path) finds, parse error included.
    const opened = settle(editor, open, 5);
    expect(opened.findings).toEqual(fresh.scan(PATH, open).findings);
    // tree-sitter's recovery marks line 4's statement and loses the call on line 5 inside the open parenthesis.
    expect(where(opened.findings)).toEqual(["scan/parse-error 4:5", ...CALLS.slice(1)]);

    // A newline typed inside the parenthesis: the previous (broken) text's findings below it move down one line; its
    // parse error, whose range holds the edit, is dropped.
    const split = line4("(\n        ");
    expect(where(editor.scanSource(PATH, split, undefined, 0))).toEqual(["scan/analysis-pending 4:14", ...CALLS.slice(1).map((c) => c.replace(/ (\d+):/, (_, l: string) => ` ${Number(l) + 1}:`))]);
    // Abandoned for a newer text before it finished: the next text's parse starts again from the last finished one
    // (the marker is at what was typed since: `x, ` after the `(`).
    const typed = line4("(x, ");
    expect(where(editor.scanSource(PATH, typed, undefined, 0))).toEqual(["scan/analysis-pending 4:14", ...CALLS.slice(1)]);
    expect(settle(editor, typed, 5).findings).toEqual(fresh.scan(PATH, typed).findings);

    // Closed at the end of the line: the file parses again, and the scan equals a fresh one with no marker. The
    // error-free text's analysis was kept when the `(` made the parse pause, so only the edited statement is re-analysed.
    const reanalysis = vi.spyOn(pythonEdit, "reanalyzePython");
    const closed = line4("(x, ", ")");
    const repaired = settle(editor, closed, 5);
    expect(repaired.findings).toEqual(fresh.scan(PATH, closed).findings);
    expect(where(repaired.findings)).toEqual(CALLS);
    expect(reanalysis.mock.results.map((r) => r.value !== undefined)).toEqual([true]);
    expect(reanalysis.mock.calls[0]![1].before).toBe(TEXT);
    reanalysis.mockRestore();
    editor.dispose();
    fresh.dispose();
  });

  test("scan/analysis-pending is never reported without a slice (flowgate check's path), nor for a document scanned the first time", async () => {
    const editor = await Scanner.create();
    const fresh = await Scanner.create();
    const open = line4("(");
    // No previous text: the first scan parses to the end whatever the slice.
    const first = editor.scanSource(PATH, open, undefined, 0);
    expect(first).toEqual(fresh.scan(PATH, open).findings);
    expect(where(first)).toEqual(["scan/parse-error 4:5", ...CALLS.slice(1)]);
    // Without a slice, an edited document's scan finishes its parse in the one call.
    const typed = line4("(x");
    expect(editor.scanSource(PATH, typed)).toEqual(fresh.scan(PATH, typed).findings);
    expect(where(editor.scanSource(PATH, TEXT))).toEqual(CALLS);
    // A paused parse is finished by a scan without a slice (hover, save) of the same text.
    expect(editor.scanSource(PATH, open, undefined, 0)[0]!.rule).toBe("scan/analysis-pending");
    expect(editor.scanSource(PATH, open)).toEqual(fresh.scan(PATH, open).findings);
    editor.dispose();
    fresh.dispose();
  });

  test("random edits (brackets, quotes, newlines) scanned with 0 ms slices, each left paused or resumed to the end: every finished scan equals a fresh one", async () => {
    const editor = await Scanner.create();
    const fresh = await Scanner.create();
    const path = "mem/planner.py";
    const original = readFileSync(join(REPO, "examples/agent/planner.py"), "utf8");
    expect(editor.scanSource(path, original)).toEqual(fresh.scan(path, original).findings);
    let paused = 0;
    let finished = 0;
    let step = 0;
    for (const text of edits(original, 60, ["(", ")", "[", "{", '"""', "\n", "\nrequests.get('u')\n", "x"], 11)) {
      // Every third text is left after one scan (the next one abandons its parse); the others are scanned to the end.
      if (step++ % 3 === 0) {
        if (editor.scanSource(path, text, undefined, 0)[0]?.rule === "scan/analysis-pending") paused++;
        continue;
      }
      expect(settle(editor, text, 0, 1_000_000, path).findings, `step ${step}`).toEqual(fresh.scan(path, text).findings);
      finished++;
    }
    expect(finished).toBe(40);
    expect(paused).toBeGreaterThan(0);
    editor.dispose();
  });

  test("hostile input: 20,000 lines with 500 unclosed parentheses stop at the time limit across slices, as a fresh scan does (scan/skipped-file)", async () => {
    const limit = 300;
    const editor = await Scanner.create({ timeLimitMs: limit });
    const fresh = await Scanner.create({ timeLimitMs: limit });
    const lines = Array.from({ length: 20_000 }, (_, i) => (i === 0 ? "import os" : i % 40 === 1 ? `os.system(f(x${i}` : `y${i} = ${i}`));
    const clean = lines.map((l) => (l.includes("(") ? `${l}))` : l)).join("\n");
    const hostile = lines.join("\n");
    editor.scanSource(PATH, clean);
    const { findings, scans } = settle(editor, hostile, 5, 10_000);
    expect(scans).toBeGreaterThan(1);
    expect(findings).toEqual(fresh.scan(PATH, hostile).findings);
    expect(findings.map((f) => [f.rule, f.message])).toEqual([["scan/skipped-file", `Not scanned: parsing took over ${limit} ms (deeply nested or broken code).`]]);
    editor.dispose();
  });
});
