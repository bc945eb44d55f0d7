import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import type { Finding } from "../../core/kernel/findings";
import { validateFlowText } from "../../core/flow/analyze";
import { scanSource } from "../../core/scan/scan";
import { lineCommentOf, nextLineSuppression, sameLineSuppression } from "../../core/scan/ignoreComments";
import { briefs } from "../helpers/findings";
import { applyEdits } from "./helpers";

const EXAMPLES = join(import.meta.dirname, "../../examples");
const triageYaml = readFileSync(join(EXAMPLES, "flows/triage-issue.flow.yaml"), "utf8");
const notesJson = readFileSync(join(EXAMPLES, "flows/release-notes.flow.json"), "utf8");

const validate = (path: string, text: string) => validateFlowText(path, text, DEFAULT_CONFIG).findings;
const only = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
/** Apply a finding's first (preferred) fix and validate again. */
const fixed = (path: string, text: string, finding: Finding) => applyEdits(text, finding.fix![0]!.edits);

describe("flow quick fixes carried by core findings", () => {
  test("step id mismatch (YAML): the fix rewrites it to <flow_id>#<ordinal> and the finding goes away", () => {
    const broken = triageYaml.replace("step_id: flow_triage_issue#2", "step_id: flow_triage_issue#7");
    const [mismatch] = only(validate("t.flow.yaml", broken), "flow/step-id-mismatch");
    expect(mismatch!.fix!.map((f) => f.title)).toEqual(["Change step_id to `flow_triage_issue#2`"]);
    const after = fixed("t.flow.yaml", broken, mismatch!);
    // The file's style is kept: a plain YAML scalar stays plain (issue #14).
    expect(after).toBe(triageYaml);
    expect(only(validate("t.flow.yaml", after), "flow/step-id-mismatch")).toEqual([]);
  });

  test("flow.steps out of order (YAML block list and JSON array): rewritten from the step records", () => {
    const yaml = triageYaml.replace("    - flow_triage_issue#2\n    - flow_triage_issue#3", "    - flow_triage_issue#3\n    - flow_triage_issue#2");
    const [f] = only(validate("t.flow.yaml", yaml), "flow/steps-list-mismatch");
    expect(f!.fix![0]!.title).toBe("Rewrite flow.steps from the step records");
    const afterYaml = fixed("t.flow.yaml", yaml, f!);
    expect(validate("t.flow.yaml", afterYaml)).toEqual([]);

    const json = notesJson.replace('"flow_release_notes#1",\n      "flow_release_notes#2"', '"flow_release_notes#2"');
    const [g] = only(validate("n.flow.json", json), "flow/steps-list-mismatch");
    const afterJson = fixed("n.flow.json", json, g!);
    expect(JSON.parse(afterJson).flow.steps).toEqual(["flow_release_notes#1", "flow_release_notes#2"]);
    expect(validate("n.flow.json", afterJson)).toEqual([]);
  });

  test("missing required fields get a placeholder of the right shape, in YAML and JSON", () => {
    const yaml = triageYaml.replace("    trigger: A new issue was opened and has no triage label yet.\n", "");
    const [anatomy] = only(validate("t.flow.yaml", yaml), "flow/anatomy-incomplete");
    expect(anatomy!.fix![0]!.title).toBe("Add `trigger` with a placeholder");
    const afterYaml = fixed("t.flow.yaml", yaml, anatomy!);
    expect(validate("t.flow.yaml", afterYaml)).toEqual([]);

    const data = JSON.parse(notesJson);
    delete data.steps[0].verification;
    delete data.flow.truncated;
    const json = JSON.stringify(data, null, 2);
    const found = validate("n.flow.json", json);
    const verification = found.find((f) => f.message.includes("`verification`"))!;
    const truncated = found.find((f) => f.message.includes("`truncated`"))!;
    let after = applyEdits(json, verification.fix![0]!.edits);
    after = applyEdits(after, validate("n.flow.json", after).find((f) => f.message.includes("`truncated`"))!.fix![0]!.edits);
    expect(truncated.rule).toBe("flow/required-field");
    // Inserted on its own line, indented like its siblings.
    expect(after).toContain('"flow": {\n    "truncated": false,\n    "schema": "knowtation.flow/v0"');
    expect(after).toContain('    {\n      "verification": {"kind":"human_review","evidence_required":false,"description":"TODO"},\n      "schema": "knowtation.flow_step/v0"');
    const parsed = JSON.parse(after);
    expect(parsed.steps[0].verification).toEqual({ kind: "human_review", evidence_required: false, description: "TODO" });
    expect(parsed.flow.truncated).toBe(false);
    expect(briefs(validate("n.flow.json", after))).toEqual([]);
  });

  test("a field missing from a YAML flow mapping is inserted inside its braces", () => {
    const yaml = triageYaml.replace(
      "    verification:\n      kind: artifact_exists\n      evidence_required: true\n      description: The facts artifact exists and cites the issue URL.\n",
      "    verification: { kind: artifact_exists, evidence_required: true }\n",
    );
    const [missing] = only(validate("t.flow.yaml", yaml), "flow/required-field");
    expect(missing!.message).toBe("steps[0].verification is missing required field `description`");
    const after = fixed("t.flow.yaml", yaml, missing!);
    expect(after).toContain('    verification: { description: "TODO", kind: artifact_exists, evidence_required: true }\n');
    expect(validate("t.flow.yaml", after)).toEqual([]);
  });
});

describe("boundary suppression comments", () => {
  test("each language gets its own comment syntax; other languages get none", () => {
    expect(lineCommentOf("python")).toBe("#");
    for (const id of ["javascript", "javascriptreact", "typescript", "typescriptreact"]) expect(lineCommentOf(id)).toBe("//");
    expect(lineCommentOf("yaml")).toBeUndefined();
    expect(sameLineSuppression("python", "reviewed")).toBe("  # flowgate: ignore-boundary -- reviewed");
    expect(nextLineSuppression("typescript", "    execSync('ls');", "reviewed")).toBe("    // flowgate: ignore-next-line -- reviewed\n");
  });

  test("the scanner honours both fixes: the finding disappears and no unused-suppression note appears", async () => {
    const py = "import subprocess\n\ndef go():\n    subprocess.run(['ls'])\n";
    expect(briefs(await scanSource("a.py", py))).toEqual(["4:5-4:19 scan/shell-command"]);
    const lines = py.split("\n");
    const sameLine = [...lines.slice(0, 3), lines[3]! + sameLineSuppression("python")!, ...lines.slice(4)].join("\n");
    const above = [...lines.slice(0, 3), nextLineSuppression("python", lines[3]!)!.slice(0, -1), ...lines.slice(3)].join("\n");
    expect(await scanSource("a.py", sameLine)).toEqual([]);
    expect(await scanSource("a.py", above)).toEqual([]);

    const ts = "import * as cp from 'child_process';\nexport function go() {\n  return cp.execSync('ls');\n}\n";
    const tsLines = ts.split("\n");
    const tsFixed = [...tsLines.slice(0, 2), tsLines[2]! + sameLineSuppression("typescript")!, ...tsLines.slice(3)].join("\n");
    expect(briefs(await scanSource("a.ts", ts))).toEqual(["3:10-3:21 scan/shell-command"]);
    expect(await scanSource("a.ts", tsFixed)).toEqual([]);
  });
});
