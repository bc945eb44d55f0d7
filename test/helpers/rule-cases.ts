// Every rule has a failing and a passing case findable by its id (test/rules-coverage.test.ts checks it).
// A new rule gets an entry in its feature's table, test/<feature>/rule-cases.ts, run by that folder's
// rule-cases.test.ts; a rule whose context a workspace cannot hold (a git base, a pull request) gets two
// dedicated tests whose names contain its id, listed in DEDICATED in test/rules-coverage.test.ts.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../core/kernel/findings";
import { type Files, gateFindings } from "./gate";

/**
 * One rule's failing and passing workspace. `expect` is where the failing workspace's first finding of the
 * rule is (1-based line and column, as `flowgate check` prints them) and how many findings of the rule it has;
 * the passing workspace has none of that rule.
 */
export interface RuleCase {
  rule: string;
  /** What the failing workspace does wrong, for the test name. */
  shows: string;
  failing: Files;
  passing: Files;
  expect: { file: string; line: number; column: number; count: number };
}

function byPosition(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** One describe block per rule id: the failing workspace reports the rule exactly where and as often as expected; the passing one does not. */
export function runRuleCases(cases: readonly RuleCase[]): void {
  for (const c of cases) {
    describe(c.rule, () => {
      it(`${c.rule} fires: ${c.shows}`, async () => {
        const found = (await gateFindings(c.failing)).filter((f) => f.rule === c.rule).sort(byPosition);
        const first = found[0];
        expect({ count: found.length, file: first?.file, line: first?.line, column: first?.column }).toEqual(c.expect);
      });
      it(`${c.rule} is clean on the corrected workspace`, async () => {
        const found = (await gateFindings(c.passing)).filter((f) => f.rule === c.rule);
        expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([]);
      });
    });
  }
}
