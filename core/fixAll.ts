import { compareFindings, type Finding, type TextEdit } from "./kernel/findings";

const before = (a: { line: number; column: number }, b: { line: number; column: number }) => a.line < b.line || (a.line === b.line && a.column < b.column);

/**
 * "Fix all" (source.fixAll.flowgate in editors): every finding's preferred (first) fix, in position
 * order, skipping fixes that edit another file or touch a range an earlier fix already edits.
 */
export function preferredFixEdits(findings: readonly Finding[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const f of [...findings].sort(compareFindings)) {
    const fix = f.fix?.[0];
    if (!fix || fix.edits.some((e) => e.file)) continue;
    const overlaps = fix.edits.some((e) =>
      out.some((o) => (before({ line: e.line, column: e.column }, { line: o.endLine, column: o.endColumn }) && before({ line: o.line, column: o.column }, { line: e.endLine, column: e.endColumn })) || (e.line === o.line && e.column === o.column)),
    );
    if (!overlaps) out.push(...fix.edits.map(({ file: _file, ...edit }) => edit));
  }
  return out;
}
