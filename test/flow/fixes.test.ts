import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { preferredFixEdits } from "../../core/fixAll";
import { validateFlowText } from "../../core/flow/analyze";
import { strictVersion } from "../../core/flow/fixes";
import type { Finding, TextEdit } from "../../core/kernel/findings";
import { LineIndex } from "../../core/kernel/source/lines";

const VALID = readFileSync(join(__dirname, "..", "fixtures", "flows", "valid.flow.yaml"), "utf8");
const check = (text: string, path = "demo.flow.yaml") => validateFlowText(path, text, DEFAULT_CONFIG).findings;

/** The text after a fix's edits (applied last first, as an editor applies one WorkspaceEdit). */
function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits.map((e) => ({ start: lines.offset(e.line, e.column), end: lines.offset(e.endLine, e.endColumn), text: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

const only = (findings: Finding[], rule: string) => {
  const hits = findings.filter((f) => f.rule === rule);
  expect(hits).toHaveLength(1);
  return hits[0]!;
};

describe("fixes carried on flow findings (issue #14 item 5): exact edits that keep the file's style", () => {
  it("flow/unknown-key: a misspelt key gets a rename to the key meant (YAML plain stays plain); the finding is gone after it", () => {
    const text = VALID.replace("    trigger: On request.", "    trigerr: On request.");
    const finding = only(check(text), "flow/unknown-key");
    expect(finding.fix).toEqual([{ title: "Rename `trigerr` to `trigger`", edits: [{ line: 21, column: 5, endLine: 21, endColumn: 12, newText: "trigger" }] }]);
    expect(apply(text, finding.fix![0]!.edits)).toBe(VALID);
  });

  it("flow/unknown-key in JSON keeps the quotes; no rename when the record already has the key meant, or nothing is close", () => {
    const json = JSON.stringify({ flow: { flow_id: "flow_x", titel: "X" } }, null, 2);
    const renamed = only(check(json, "x.flow.json"), "flow/unknown-key");
    expect(renamed.fix![0]!.edits).toEqual([{ line: 4, column: 5, endLine: 4, endColumn: 12, newText: '"title"' }]);
    const both = VALID.replace("  title: Demo", "  title: Demo\n  titel: Demo");
    expect(only(check(both), "flow/unknown-key").fix).toBeUndefined();
    const far = VALID.replace("    trigger: On request.", "    trigger: On request.\n    colour: blue");
    expect(only(check(far), "flow/unknown-key").fix).toBeUndefined();
  });

  it("flow/anatomy-incomplete: a field written under a misspelt key is fixed by renaming that key (not a second key beside it); fix-all applies the rename once", () => {
    const text = VALID.replace("    trigger: On request.", "    trigerr: On request.");
    const findings = check(text);
    const missing = only(findings, "flow/anatomy-incomplete");
    const rename = { title: "Rename `trigerr` to `trigger`", edits: [{ line: 21, column: 5, endLine: 21, endColumn: 12, newText: "trigger" }] };
    expect(missing.fix).toEqual([rename]);
    expect(only(findings, "flow/unknown-key").fix).toEqual([rename]);
    expect(preferredFixEdits(findings)).toEqual(rename.edits);
    expect(check(apply(text, preferredFixEdits(findings)))).toEqual([]);
  });

  it("flow/invalid-enum: `human_reveiw` gets `Change … to human_review`, applied in place", () => {
    const text = VALID.replace("      kind: artifact_exists", "      kind: human_reveiw");
    const finding = only(check(text), "flow/invalid-enum");
    expect(finding.message).toContain("did you mean `human_review`?");
    expect(finding.fix).toEqual([{ title: "Change steps[0].verification.kind to `human_review`", edits: [{ line: 28, column: 13, endLine: 28, endColumn: 25, newText: "human_review" }] }]);
    expect(apply(text, finding.fix![0]!.edits)).toBe(VALID.replace("      kind: artifact_exists", "      kind: human_review"));
    // A quoted value stays quoted the same way.
    const quoted = VALID.replace("  scope: personal", "  scope: 'persnal'");
    expect(only(check(quoted), "flow/invalid-enum").fix![0]!.edits[0]!.newText).toBe("'personal'");
  });

  it("flow/invalid-version: \"1.0\" → \"1.0.0\" (quotes kept); unquoted 1.0 (flow/wrong-type) → 1.0.0 plain; JSON quoted", () => {
    const quoted = VALID.replace("  version: 1.0.0", '  version: "1.0"');
    const invalid = only(check(quoted), "flow/invalid-version");
    expect(invalid.fix).toEqual([{ title: "Change flow.version to 1.0.0", edits: [{ line: 5, column: 12, endLine: 5, endColumn: 17, newText: '"1.0.0"' }] }]);
    const number = VALID.replace("  version: 1.0.0", "  version: 1.0");
    const wrong = only(check(number), "flow/wrong-type");
    expect(wrong.fix![0]!.edits).toEqual([{ line: 5, column: 12, endLine: 5, endColumn: 15, newText: "1.0.0" }]);
    expect(check(apply(number, wrong.fix![0]!.edits))).toEqual([]);
    const json = JSON.stringify({ flow: { version: "v2" } });
    expect(only(check(json, "x.flow.json"), "flow/invalid-version").fix![0]!.edits[0]!.newText).toBe('"2.0.0"');
    expect(["1.0", "2", "v1.2.3", "1.2.3", "01.2.3", "1.x", "latest"].map(strictVersion)).toEqual(["1.0.0", "2.0.0", "1.2.3", undefined, "1.2.3", undefined, undefined]);
  });

  it("flow/steps-list-mismatch: a YAML block list is rewritten item by item — still a block list, comments kept", () => {
    const text = VALID.replace("    - flow_demo#1\n    - flow_demo#2", "    # the order matters\n    - flow_demo#2 # second\n    - flow_demo#1");
    const finding = check(text).find((f) => f.rule === "flow/steps-list-mismatch")!;
    expect(finding.fix![0]!.edits).toEqual([
      { line: 10, column: 7, endLine: 10, endColumn: 18, newText: "flow_demo#1" },
      { line: 11, column: 7, endLine: 11, endColumn: 18, newText: "flow_demo#2" },
    ]);
    expect(apply(text, finding.fix![0]!.edits)).toBe(VALID.replace("    - flow_demo#1\n    - flow_demo#2", "    # the order matters\n    - flow_demo#1 # second\n    - flow_demo#2"));
  });

  it("flow/steps-list-mismatch: missing ids are appended as block items; extra ones removed; a flow list stays a flow list", () => {
    const short = VALID.replace("    - flow_demo#1\n    - flow_demo#2", "    - flow_demo#1");
    const add = check(short).find((f) => f.rule === "flow/steps-list-mismatch")!;
    expect(apply(short, add.fix![0]!.edits)).toBe(VALID);
    const long = VALID.replace("    - flow_demo#2", "    - flow_demo#2\n    - flow_demo#3");
    const remove = check(long).find((f) => f.rule === "flow/steps-list-mismatch")!;
    expect(apply(long, remove.fix![0]!.edits)).toBe(VALID);
    const inline = VALID.replace("  steps:\n    - flow_demo#1\n    - flow_demo#2", "  steps: [flow_demo#2, flow_demo#1]");
    const flow = check(inline).find((f) => f.rule === "flow/steps-list-mismatch")!;
    expect(apply(inline, flow.fix![0]!.edits)).toBe(VALID.replace("  steps:\n    - flow_demo#1\n    - flow_demo#2", "  steps: [flow_demo#1, flow_demo#2]"));
  });
});
