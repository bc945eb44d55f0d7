import type { RuleCase } from "../helpers/rule-cases";
import { VALID_FLOW, validFlowWith } from "../helpers/valid-flow";

const FORBID_AUTOMATABLE = "flows:\n  policy:\n    automatable-forbidden: true\n";

/**
 * Each flow rule's failing and passing workspace (lines refer to test/fixtures/flows/valid.flow.yaml).
 * flow/version-decreased, flow/version-not-bumped and flow/major-bump-suggested need a git base: test/flow/versions.test.ts.
 */
export const FLOW_RULE_CASES: RuleCase[] = [
  {
    rule: "flow/anatomy-incomplete",
    shows: "step 1 has no trigger",
    failing: { "a.flow.yaml": validFlowWith({ 21: null }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 15, column: 5, count: 1 },
  },
  {
    rule: "flow/automatable-external-tool",
    shows: "an automatable step names an external_tool skill",
    failing: { "a.flow.yaml": validFlowWith({ 25: "      - { kind: external_tool, id: deployer }" }) },
    passing: { "a.flow.yaml": validFlowWith({ 25: "      - { kind: external_tool, id: deployer }", 31: "    automatable: manual" }) },
    expect: { file: "a.flow.yaml", line: 25, column: 17, count: 1 },
  },
  {
    rule: "flow/automatable-forbidden",
    shows: "an automatable step under flows.policy.automatable-forbidden",
    failing: { ".flowgate.yml": FORBID_AUTOMATABLE, "a.flow.yaml": VALID_FLOW },
    passing: { ".flowgate.yml": FORBID_AUTOMATABLE, "a.flow.yaml": validFlowWith({ 31: "    automatable: manual" }) },
    expect: { file: "a.flow.yaml", line: 31, column: 18, count: 1 },
  },
  {
    rule: "flow/automatable-unverifiable",
    shows: "an automatable step verified by human_review",
    failing: { "a.flow.yaml": validFlowWith({ 28: "      kind: human_review" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 28, column: 13, count: 1 },
  },
  {
    rule: "flow/automatable-without-evidence",
    shows: "an automatable step with evidence_required: false",
    failing: { "a.flow.yaml": validFlowWith({ 29: "      evidence_required: false" }) },
    passing: { "a.flow.yaml": validFlowWith({ 29: "      evidence_required: false", 31: "    automatable: agent_assisted" }) },
    expect: { file: "a.flow.yaml", line: 29, column: 26, count: 1 },
  },
  {
    rule: "flow/blank-text",
    shows: "a step's owned_job of spaces",
    failing: { "a.flow.yaml": validFlowWith({ 19: '    owned_job: "   "' }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 19, column: 16, count: 1 },
  },
  {
    rule: "flow/duplicate-flow-version",
    shows: "two files define flow_demo@1.0.0 with different steps",
    failing: { "a.flow.yaml": VALID_FLOW, "b.flow.yaml": validFlowWith({ 20: "    instruction: Collect other inputs." }) },
    passing: { "a.flow.yaml": VALID_FLOW, "b.flow.yaml": VALID_FLOW },
    expect: { file: "b.flow.yaml", line: 5, column: 12, count: 1 },
  },
  {
    rule: "flow/duplicate-ordinal",
    shows: "both steps have ordinal 1",
    failing: { "a.flow.yaml": validFlowWith({ 35: "    ordinal: 1" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 35, column: 14, count: 1 },
  },
  {
    rule: "flow/duplicate-step-id",
    shows: "both steps are flow_demo#1",
    failing: { "a.flow.yaml": validFlowWith({ 33: "    step_id: flow_demo#1" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 33, column: 14, count: 1 },
  },
  {
    rule: "flow/invalid-enum",
    shows: "verification kind artifact_exist",
    failing: { "a.flow.yaml": validFlowWith({ 28: "      kind: artifact_exist" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 28, column: 13, count: 1 },
  },
  {
    rule: "flow/invalid-flow-id",
    shows: "flow_id Flow-Demo",
    failing: { "a.flow.yaml": validFlowWith({ 3: "  flow_id: Flow-Demo" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 3, column: 12, count: 1 },
  },
  {
    rule: "flow/invalid-step-id",
    shows: "step id with a leading zero ordinal",
    failing: { "a.flow.yaml": validFlowWith({ 16: "    step_id: flow_demo#01" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 16, column: 14, count: 1 },
  },
  {
    rule: "flow/invalid-timestamp",
    shows: "updated: yesterday",
    failing: { "a.flow.yaml": validFlowWith({ 12: "  updated: yesterday" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 12, column: 12, count: 1 },
  },
  {
    rule: "flow/invalid-version",
    shows: 'version "1.0"',
    failing: { "a.flow.yaml": validFlowWith({ 5: '  version: "1.0"' }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 5, column: 12, count: 1 },
  },
  {
    rule: "flow/ordinal-gap",
    shows: "ordinals 1 and 3",
    failing: { "a.flow.yaml": validFlowWith({ 10: "    - flow_demo#3", 33: "    step_id: flow_demo#3", 35: "    ordinal: 3" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 35, column: 14, count: 1 },
  },
  {
    rule: "flow/out-of-range",
    shows: "more tags than allowed",
    failing: { "a.flow.yaml": validFlowWith({ 7: `  summary: Two steps.\n  tags: [${Array.from({ length: 51 }, (_, i) => `t${i}`).join(", ")}]` }) },
    passing: { "a.flow.yaml": validFlowWith({ 7: "  summary: Two steps.\n  tags: [t0, t1]" }) },
    expect: { file: "a.flow.yaml", line: 8, column: 9, count: 1 },
  },
  {
    rule: "flow/required-field",
    shows: "the flow has no title",
    failing: { "a.flow.yaml": validFlowWith({ 4: null }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 1, column: 1, count: 1 },
  },
  {
    rule: "flow/schema-tag",
    shows: "schema knowtation.flow/v1",
    failing: { "a.flow.yaml": validFlowWith({ 2: "  schema: knowtation.flow/v1" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 2, column: 11, count: 1 },
  },
  {
    rule: "flow/step-flow-mismatch",
    shows: "step 1 belongs to flow_other",
    failing: { "a.flow.yaml": validFlowWith({ 17: "    flow_id: flow_other" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 17, column: 14, count: 1 },
  },
  {
    rule: "flow/step-id-mismatch",
    shows: "step 2 (ordinal 2) is called flow_demo#3",
    failing: { "a.flow.yaml": validFlowWith({ 10: "    - flow_demo#3", 33: "    step_id: flow_demo#3" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 33, column: 14, count: 1 },
  },
  {
    rule: "flow/steps-list-mismatch",
    shows: "flow.steps lists the steps in the wrong order",
    failing: { "a.flow.yaml": validFlowWith({ 9: "    - flow_demo#2", 10: "    - flow_demo#1" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 9, column: 5, count: 1 },
  },
  {
    rule: "flow/unknown-key",
    shows: "a colour key in the flow",
    failing: { "a.flow.yaml": validFlowWith({ 7: "  summary: Two steps.\n  colour: blue" }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 8, column: 3, count: 1 },
  },
  {
    rule: "flow/unsafe-mirror-path",
    shows: "an absolute vault_mirror_path",
    failing: { "a.flow.yaml": validFlowWith({ 11: "  vault_mirror_path: /etc/flows.md" }) },
    passing: { "a.flow.yaml": validFlowWith({ 11: "  vault_mirror_path: meta/..flows/x.md" }) },
    expect: { file: "a.flow.yaml", line: 11, column: 22, count: 1 },
  },
  {
    rule: "flow/wrong-type",
    shows: "truncated as a string",
    failing: { "a.flow.yaml": validFlowWith({ 13: '  truncated: "no"' }) },
    passing: { "a.flow.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 13, column: 14, count: 1 },
  },
];
