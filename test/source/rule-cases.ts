import type { RuleCase } from "../helpers/rule-cases";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VALID_FLOW } from "../helpers/valid-flow";

/** Knowtation's starter flow_capture_to_note.json (test/fixtures/knowtation-starter/SOURCE.md): no findings. */
const STARTER_JSON = readFileSync(join(__dirname, "..", "fixtures", "knowtation-starter", "flow_capture_to_note.json"), "utf8");
const BOM = "\uFEFF";

const VALID_FLOW_JSON = JSON.stringify({ flow: {} });

/** A YAML alias bomb: 30 levels of ten aliases each, far past the alias-node limit. */
function aliasBomb(): string {
  let text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (let i = 1; i < 30; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
  return text;
}

/**
 * Each source rule (how a JSON/YAML file is read) as `flowgate check` reports it on a flow file.
 * source/unknown-dialect (only `flowgate validate` reads a file no selector claims) and source/unreadable (the
 * workspace walk reports a dangling link or special file as workspace/not-read first) have dedicated tests:
 * test/source/readers.test.ts.
 */
export const SOURCE_RULE_CASES: RuleCase[] = [
  {
    rule: "source/alias-limit",
    shows: "a YAML alias bomb",
    failing: { "a.flow.yaml": aliasBomb() },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 4, column: 45, count: 1 },
  },
  {
    rule: "source/byte-order-mark",
    shows: "a JSON flow starting with a UTF-8 byte order mark (a YAML one is fine)",
    failing: { "a.flow.json": BOM + STARTER_JSON },
    passing: { "a.flow.json": STARTER_JSON, "b.flow.yaml": BOM + VALID_FLOW },
    expect: { file: "a.flow.json", line: 1, column: 1, count: 1 },
  },
  {
    rule: "source/duplicate-key",
    shows: "title twice in the flow",
    failing: { "a.flow.yaml": VALID_FLOW.replace("  title: Demo\n", "  title: Demo\n  title: Demo again\n") },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 5, column: 3, count: 1 },
  },
  {
    rule: "source/multiple-documents",
    shows: "a second YAML document after the flow",
    failing: { "a.flow.yaml": VALID_FLOW + "---\nb: 2\n" },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 47, column: 1, count: 1 },
  },
  {
    rule: "source/parse-error",
    shows: "a JSON flow with a trailing comma",
    failing: { "a.flow.json": '{ "flow": {}, }' },
    passing: { "a.flow.json": VALID_FLOW_JSON },
    expect: { file: "a.flow.json", line: 1, column: 15, count: 1 },
  },
  {
    rule: "source/too-deep",
    shows: "JSON nested 300 arrays deep",
    failing: { "a.flow.json": "[".repeat(300) + "]".repeat(300) },
    passing: { "a.flow.json": "[".repeat(20) + "]".repeat(20) },
    expect: { file: "a.flow.json", line: 1, column: 257, count: 1 },
  },
  {
    rule: "source/too-large",
    shows: "a flow over limits.max-file-bytes",
    failing: { ".flowgate.yml": "limits:\n  max-file-bytes: 100\n", "a.flow.yaml": VALID_FLOW },
    passing: { ".flowgate.yml": "limits:\n  max-file-bytes: 100000\n", "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 1, column: 1, count: 1 },
  },
  {
    rule: "source/too-many-values",
    shows: "a flow of 20,000 empty steps, in JSON (at the `{` that is its 20,001st value) and in YAML (at its sequence)",
    failing: { "a.flow.json": `{"flow": {"flow_id": "f"}, "steps": [${Array(20_000).fill("{}").join(",")}]}`, "b.flow.yaml": `steps:\n${"  - {}\n".repeat(20_000)}` },
    passing: { "a.flow.json": `{"flow": {"flow_id": "f"}, "steps": [${Array(10).fill("{}").join(",")}]}` },
    expect: { file: "a.flow.json", line: 1, column: 30_032, count: 2 },
  },
  {
    rule: "source/yaml-merge-key",
    shows: "a `<<` merge key",
    failing: { "a.flow.yaml": VALID_FLOW.replace("  title: Demo\n", "  title: Demo\n  <<: { x: 1 }\n") },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 5, column: 3, count: 1 },
  },
];
