import type { RuleCase } from "../helpers/rule-cases";
import { VALID_FLOW } from "../helpers/valid-flow";

/**
 * What the workspace walk refuses to read. gate/base-unavailable and gate/config-changed need a git base
 * (the trusted configuration): test/trust/workspace.test.ts and test/trust/config.test.ts.
 */
export const TRUST_RULE_CASES: RuleCase[] = [
  {
    rule: "workspace/not-read",
    shows: "a flow that is a symbolic link leading outside the workspace",
    failing: { "a.flow.yaml": { symlink: "/etc/hostname" } },
    passing: { "a.flow.yaml": { symlink: "inside.yaml" }, "inside.yaml": VALID_FLOW },
    expect: { file: "a.flow.yaml", line: 1, column: 1, count: 1 },
  },
];
