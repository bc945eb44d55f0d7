import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli } from "./helpers/cli";
import type { RuleCase } from "./helpers/rule-cases";
import { BLUEPRINT_RULE_CASES } from "./blueprint/rule-cases";
import { EVIDENCE_RULE_CASES } from "./evidence/rule-cases";
import { FLOW_RULE_CASES } from "./flow/rule-cases";
import { LEDGER_RULE_CASES } from "./ledger/rule-cases";
import { SCAN_RULE_CASES } from "./scan/rule-cases";
import { SOURCE_RULE_CASES } from "./source/rule-cases";
import { TRACES_RULE_CASES } from "./traces/rule-cases";
import { TRUST_RULE_CASES } from "./trust/rule-cases";
import { PROJECTION_RULE_CASES } from "./projection/rule-cases";

/** Every rule-cases table: each entry is a failing and a passing workspace run through the gate (test/helpers/rule-cases.ts). */
const RULE_CASES: readonly RuleCase[] = [
  ...FLOW_RULE_CASES,
  ...SOURCE_RULE_CASES,
  ...SCAN_RULE_CASES,
  ...BLUEPRINT_RULE_CASES,
  ...EVIDENCE_RULE_CASES,
  ...LEDGER_RULE_CASES,
  ...TRACES_RULE_CASES,
  ...TRUST_RULE_CASES,
  ...PROJECTION_RULE_CASES,
];

/**
 * Rules a workspace table cannot give their context (a git base, a pull request's author and reviews, a file
 * that changes between the walk and the read, `flowgate validate`): their dedicated tests, as
 * "file > test name". Each name must contain the rule id; the failing test expects the rule, the passing one its absence.
 */
const DEDICATED: readonly { rule: string; failingTest: string; passingTest: string }[] = [
  {
    rule: "scan/analysis-pending",
    failingTest: "test/scan/paused-parse.test.ts > scan/analysis-pending: typing `(` on line 4 of a 5,000-line Python file, typing inside it, then closing it; each settled step equals a fresh scan",
    passingTest: "test/scan/paused-parse.test.ts > scan/analysis-pending is never reported without a slice (flowgate check's path), nor for a document scanned the first time",
  },
  {
    rule: "gate/suppression-added",
    failingTest: "test/trust/suppression-added.test.ts > gate/suppression-added: a new file whose shell call carries its own `ignore-boundary` fails the built Action at the comment, naming the rule it hides",
    passingTest: "test/trust/suppression-added.test.ts > gate/suppression-added is clean when the base already had the suppressions and the change leaves their lines alone",
  },
  {
    rule: "gate/suppressed-call-changed",
    failingTest: "test/trust/suppressed-call-changed.test.ts > gate/suppressed-call-changed: the change edits only `CMD = …` two lines above a suppressed `subprocess.run(CMD, shell=True)` (p299): the built Action fails at the comment, naming `CMD` and its line",
    passingTest: "test/trust/suppressed-call-changed.test.ts > gate/suppressed-call-changed is clean when the change edits the file elsewhere (a comment, another function, another name's assignment) and leaves the call and what it reads alone",
  },
  {
    rule: "gate/allowed-call-added",
    failingTest: "test/trust/allowed-call-added.test.ts > gate/allowed-call-added: a new file under the allowed gateway folder, imported by the agent, fails the built Action at the call",
    passingTest: "test/trust/allowed-call-added.test.ts > gate/allowed-call-added is clean when the change edits other lines of a gateway file: the merged call stands",
  },
  {
    rule: "gate/compiled-code-added",
    failingTest: "test/trust/compiled-code-added.test.ts > gate/compiled-code-added: sourceless Python bytecode the agent imports fails the built Action",
    passingTest: "test/trust/compiled-code-added.test.ts > gate/compiled-code-added is clean for source-only changes, a zip of data, and binaries the base's configuration excludes",
  },
  {
    rule: "gate/submodule-changed",
    failingTest: "test/trust/submodule-changed.test.ts > gate/submodule-changed: a submodule whose code runs a shell, imported by the agent, fails the built Action",
    passingTest: "test/trust/submodule-changed.test.ts > gate/submodule-changed is clean for a submodule the change leaves alone and for one the base's configuration excludes",
  },
  {
    rule: "flow/version-not-bumped",
    failingTest: "test/flow/versions.test.ts > flow/version-not-bumped: a reworded step without a bump is an error at flow.version",
    passingTest: "test/flow/versions.test.ts > a reworded step with a patch bump passes: clean of flow/version-not-bumped and flow/version-decreased",
  },
  {
    rule: "flow/version-decreased",
    failingTest: "test/flow/versions.test.ts > flow/version-decreased: a version that went down is an error",
    passingTest: "test/flow/versions.test.ts > a reworded step with a patch bump passes: clean of flow/version-not-bumped and flow/version-decreased",
  },
  {
    rule: "flow/major-bump-suggested",
    failingTest: "test/flow/versions.test.ts > flow/major-bump-suggested: a removed step with only a minor bump is a warning suggesting major",
    passingTest: "test/flow/versions.test.ts > flow/major-bump-suggested is clean when a removed step comes with a major bump",
  },
  {
    rule: "source/unknown-dialect",
    failingTest: "test/source/readers.test.ts > source/unknown-dialect: `flowgate validate` on JSON nothing identifies",
    passingTest: "test/source/readers.test.ts > source/unknown-dialect is clean on a flow identified by its content",
  },
  {
    rule: "source/unreadable",
    failingTest: "test/source/readers.test.ts > source/unreadable: a flow path that is a directory when it is read",
    passingTest: "test/source/readers.test.ts > source/unreadable is clean on a regular file",
  },
  {
    rule: "ledger/history-rewritten",
    failingTest: "test/ledger/verify.test.ts > ledger/history-rewritten: whole events cut from the end are caught against the base (prefix rule)",
    passingTest: "test/ledger/verify.test.ts > ledger/history-rewritten is clean when the ledger extends what the base holds",
  },
  {
    rule: "gate/config-changed",
    failingTest: "test/trust/config-changed.test.ts > gate/config-changed: the change sets `fail-on: never` in .flowgate.yml; the base's configuration judges it",
    passingTest: "test/trust/config-changed.test.ts > gate/config-changed is clean when the change leaves the configuration as the base has it",
  },
  {
    rule: "gate/base-unavailable",
    failingTest: "test/trust/config.test.ts > gate/base-unavailable: a pull request whose base commit cannot be read fails closed",
    passingTest: "test/trust/config.test.ts > gate/base-unavailable is clean when the pull request's base commit is there (exit 0)",
  },
  {
    rule: "approvals/decided-by-pr-author",
    failingTest: "test/approvals/rules.test.ts > approvals/decided-by-pr-author: the pull request's author (bob) decided the approval in the ledger it commits",
    passingTest: "test/approvals/rules.test.ts > approvals/decided-by-pr-author is clean when someone other than the author (alice) decided",
  },
  {
    rule: "approvals/no-approver",
    failingTest: "test/approvals/rules.test.ts > approvals/no-approver: a committed bundle's approval is APPROVED with no approved_by",
    passingTest: "test/approvals/rules.test.ts > approvals/no-approver is clean when the approval names its approver",
  },
  {
    rule: "approvals/no-approving-review",
    failingTest: "test/approvals/rules.test.ts > approvals/no-approving-review: the approver reviewer1 has no approving review of the head commit (github-reviews)",
    passingTest: "test/approvals/rules.test.ts > approvals/no-approving-review is clean when the approver's review vouches for the head commit",
  },
  {
    rule: "approvals/record-removed",
    failingTest: "test/approvals/rules.test.ts > approvals/record-removed: the change deletes an evidence bundle the base has",
    passingTest: "test/approvals/rules.test.ts > approvals/record-removed is clean when the change deletes a file that is not an evidence bundle",
  },
];

/** The catalogue as `flowgate rules --json` lists it: every rule any command can report. */
async function catalogue(): Promise<string[]> {
  const r = await runCli(["rules", "--json"]);
  return (JSON.parse(r.stdout) as { id: string }[]).map((rule) => rule.id);
}

/** Titles of the `it(...)` / `test(...)` calls written with a literal title in a test file. */
function testTitles(file: string): Set<string> {
  const text = readFileSync(join(REPO, file), "utf8");
  const titles = new Set<string>();
  for (const m of text.matchAll(/\b(?:it|test)\(\s*(?:"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\$])*)`|'((?:\\.|[^'\\])*)')\s*,/g)) {
    titles.add(m[1] !== undefined ? (JSON.parse(`"${m[1]}"`) as string) : (m[2] ?? m[3])!);
  }
  return titles;
}

/** Why "file > title" does not name a test of `rule`, or undefined when it does. */
function problemWith(reference: string, rule: string): string | undefined {
  const [file, title] = reference.split(" > ", 2) as [string, string | undefined];
  if (!title) return `${reference}: not "file > test name"`;
  if (!existsSync(join(REPO, file))) return `${file}: no such test file`;
  if (!title.includes(rule)) return `${reference}: the name does not contain ${rule}`;
  if (!testTitles(file).has(title)) return `${reference}: no test of that name in ${file}`;
  return undefined;
}

describe("every rule in the catalogue has a failing and a passing case, findable by its id", () => {
  it("no rule is without a rule-cases entry or dedicated tests", async () => {
    const covered = new Set([...RULE_CASES.map((c) => c.rule), ...DEDICATED.map((d) => d.rule)]);
    const missing = (await catalogue()).filter((rule) => !covered.has(rule));
    expect(missing).toEqual([]);
  });

  it("every rule-cases entry and dedicated entry names a rule of the catalogue", async () => {
    const rules = new Set(await catalogue());
    expect([...RULE_CASES.map((c) => c.rule), ...DEDICATED.map((d) => d.rule)].filter((rule) => !rules.has(rule))).toEqual([]);
  });

  it("no rule has both a rule-cases entry and a dedicated entry (one place says where its cases are)", () => {
    const tabled = new Set(RULE_CASES.map((c) => c.rule));
    expect(DEDICATED.filter((d) => tabled.has(d.rule)).map((d) => d.rule)).toEqual([]);
  });

  it("each dedicated entry names two different existing tests whose names contain the rule id", () => {
    const problems = DEDICATED.flatMap((d) => [
      problemWith(d.failingTest, d.rule),
      problemWith(d.passingTest, d.rule),
      d.failingTest === d.passingTest ? `${d.rule}: the failing and the passing test are the same test` : undefined,
    ]).filter((p) => p !== undefined);
    expect(problems).toEqual([]);
  });
});
