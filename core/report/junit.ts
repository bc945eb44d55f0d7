import type { Finding } from "../kernel/findings";
import { visibleBidi } from "./escape";
import { findingLine } from "./text";
import type { CheckResult } from "./model";

function xml(text: string): string {
  // XML 1.0 cannot carry most control characters even as references: drop them.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text a test report shows (GitLab's, Jenkins'): bidirectional controls as code points (escape.ts); `file` stays the path. */
const shown = (text: string) => xml(visibleBidi(text));

/** JUnit XML: one suite per check, one test case per checked file; errors and warnings fail it. */
export function renderJunit(results: readonly CheckResult[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const r of results) {
    const byFile = new Map<string, Finding[]>();
    for (const file of r.files) byFile.set(file, []);
    for (const f of r.findings) (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const [file, findings] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const failing = findings.filter((f) => f.severity !== "note");
      const attrs = `classname="${xml(r.name)}" name="${shown(file)}" file="${xml(file)}"`;
      if (failing.length === 0) {
        const notes = findings.map((f) => findingLine(f)).join("\n");
        cases.push(notes ? `    <testcase ${attrs}><system-out>${shown(notes)}</system-out></testcase>` : `    <testcase ${attrs}/>`);
      } else {
        suiteFailures++;
        const first = failing[0]!;
        const body = findings.map((f) => findingLine(f)).join("\n");
        cases.push(`    <testcase ${attrs}><failure message="${shown(`${failing.length} problem(s); first: ${first.rule}: ${first.message}`)}" type="${xml(first.rule)}">${shown(body)}</failure></testcase>`);
      }
    }
    tests += byFile.size;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${xml(r.title)}" tests="${byFile.size}" failures="${suiteFailures}" errors="0" skipped="0">`, ...cases, "  </testsuite>");
  }
  out.push(`<testsuites name="flowgate" tests="${tests}" failures="${failures}" errors="0">`, ...suites, "</testsuites>");
  return out.join("\n") + "\n";
}
