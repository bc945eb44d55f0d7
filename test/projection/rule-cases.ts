import type { RuleCase } from "../helpers/rule-cases";
import { OVERSEER_V1, OVERSEER_V2, flowWith, render, withLine } from "./helpers";

const RULE = ".cursor/rules/overseer.mdc";
const RUNBOOK = "runbooks/overseer.md";
const REQUIRED = "projections:\n  required:\n    - { flow: flow_overseer_handover, path: runbooks/overseer.md }\n";
/** The .mdc marker is on line 7 (five lines of front matter, a blank line). */
const MARKER_LINE = 7;

/**
 * Each projection rule's failing and passing workspace, on Knowtation's overseer starter (real data).
 * Knowtation's test table (stale, drift) is test/projection/check.test.ts.
 */
export const PROJECTION_RULE_CASES: RuleCase[] = [
  {
    rule: "projection/stale",
    shows: "a Cursor rule of 0.1.0 while the workspace also has 0.2.0",
    failing: { "flows/overseer.flow.json": OVERSEER_V2, "flows/overseer-0.1.flow.json": OVERSEER_V1, [RULE]: render(OVERSEER_V1, "cursor_rule") },
    passing: { "flows/overseer.flow.json": OVERSEER_V2, "flows/overseer-0.1.flow.json": OVERSEER_V1, [RULE]: render(OVERSEER_V2, "cursor_rule") },
    expect: { file: RULE, line: MARKER_LINE, column: 1, count: 1 },
  },
  {
    rule: "projection/edited",
    shows: "step 2's instruction was reworded in the Cursor rule",
    failing: { "flows/overseer.flow.json": OVERSEER_V2, [RULE]: withLine(render(OVERSEER_V2, "cursor_rule"), 28, "**Instruction:** Skip this step.") },
    passing: { "flows/overseer.flow.json": OVERSEER_V2, [RULE]: render(OVERSEER_V2, "cursor_rule") },
    expect: { file: RULE, line: 28, column: 1, count: 1 },
  },
  {
    rule: "projection/missing-marker",
    shows: "runbooks/overseer.md is required to be the overseer's projection and is hand-written (a hand-written runbook nobody requires is left alone)",
    failing: { ".flowgate.yml": REQUIRED, "flows/overseer.flow.json": OVERSEER_V2, [RUNBOOK]: "# Overseer handover\n\nJust do it.\n" },
    passing: { "flows/overseer.flow.json": OVERSEER_V2, [RUNBOOK]: "# Overseer handover\n\nJust do it.\n" },
    expect: { file: RUNBOOK, line: 1, column: 1, count: 1 },
  },
  {
    rule: "projection/absent",
    shows: "projections.required names runbooks/overseer.md and it does not exist",
    failing: { ".flowgate.yml": REQUIRED, "flows/overseer.flow.json": OVERSEER_V2 },
    passing: { ".flowgate.yml": REQUIRED, "flows/overseer.flow.json": OVERSEER_V2, [RUNBOOK]: render(OVERSEER_V2, "cli_runbook") },
    expect: { file: RUNBOOK, line: 1, column: 1, count: 1 },
  },
  {
    rule: "projection/unknown-flow",
    shows: "a Cursor rule whose flow is not in the workspace",
    failing: { [RULE]: render(OVERSEER_V2, "cursor_rule") },
    passing: { "flows/overseer.flow.json": OVERSEER_V2, [RULE]: render(OVERSEER_V2, "cursor_rule") },
    expect: { file: RULE, line: MARKER_LINE, column: 1, count: 1 },
  },
  {
    rule: "projection/unrenderable",
    shows: "the flow's summary alone is over the 65536-byte cap",
    failing: {
      "flows/overseer.flow.json": flowWith(OVERSEER_V2, { summary: "x".repeat(70_000) }),
      [RUNBOOK]: "# Overseer handover\n\n<!-- GENERATED FROM CANONICAL FLOW flow_overseer_handover@0.2.0 (generator v1) -->\n",
    },
    passing: { "flows/overseer.flow.json": OVERSEER_V2, [RUNBOOK]: render(OVERSEER_V2, "cli_runbook") },
    expect: { file: RUNBOOK, line: 3, column: 1, count: 1 },
  },
];
