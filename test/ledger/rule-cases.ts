import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eventHash, type LedgerEvent } from "../../core/ledger";
import type { Files } from "../helpers/gate";
import type { RuleCase } from "../helpers/rule-cases";

/** A finished run recorded by the built CLI (test/fixtures/ledger/generate.sh): 6 events, one per line. */
const LEDGER = readFileSync(join(__dirname, "..", "fixtures", "ledger", "release-notes.jsonl"), "utf8");
const LINES = LEDGER.trimEnd().split("\n");
const RUN_ID = (JSON.parse(LINES[0]!) as LedgerEvent & { payload: { run_id: string } }).payload.run_id;
const LEDGER_FILE = `.flowgate/runs/${RUN_ID}.jsonl`;
const FLOW = readFileSync(join(__dirname, "..", "..", "examples", "flows", "release-notes.flow.json"), "utf8");

const event = (i: number) => JSON.parse(LINES[i]!) as LedgerEvent;
const seal = (e: LedgerEvent) => JSON.stringify({ ...e, hash: eventHash(e) });
const ledgerOf = (lines: readonly string[]) => lines.join("\n") + "\n";

/** The run's workspace: its flow, its ledger (as recorded unless given) and more files. */
function workspace(ledger = LEDGER, more: Files = {}): Files {
  return { "flows/release-notes.flow.json": FLOW, [LEDGER_FILE]: ledger, ...more };
}

/** Lines replaced by index (0-based), the rest as recorded. */
const withLines = (edits: Record<number, string>) => ledgerOf(LINES.map((l, i) => edits[i] ?? l));

/**
 * Each ledger rule on a real run ledger, tampered as an attacker or a crash would. ledger/history-rewritten
 * needs a git base: test/ledger/verify.test.ts.
 */
export const LEDGER_RULE_CASES: RuleCase[] = [
  {
    rule: "ledger/approval-against-policy",
    shows: "one approver where .flowgate/policy.json requires two",
    failing: workspace(LEDGER, { ".flowgate/policy.json": JSON.stringify({ approvals: { required_approvals: 2 } }) }),
    passing: workspace(LEDGER, { ".flowgate/policy.json": JSON.stringify({ approvals: { required_approvals: 1 } }) }),
    expect: { file: LEDGER_FILE, line: 5, column: 1, count: 1 },
  },
  {
    rule: "ledger/chain-broken",
    shows: "event 2 edited and re-hashed: event 3 no longer links",
    failing: workspace(withLines({ 1: seal({ ...event(1), actor: "mallory@example.com" } as LedgerEvent) })),
    passing: workspace(),
    expect: { file: LEDGER_FILE, line: 3, column: 1, count: 1 },
  },
  {
    rule: "ledger/event-edited",
    shows: "event 2's evidence ref edited in place",
    failing: workspace(withLines({ 1: LINES[1]!.replace("out/changes.md", "out/other.md") })),
    passing: workspace(),
    expect: { file: LEDGER_FILE, line: 2, column: 1, count: 1 },
  },
  {
    rule: "ledger/event-sequence",
    shows: "event 3 deleted",
    failing: workspace(ledgerOf(LINES.filter((_, i) => i !== 2))),
    passing: workspace(),
    expect: { file: LEDGER_FILE, line: 3, column: 1, count: 1 },
  },
  {
    rule: "ledger/illegal-transition",
    shows: "a correctly chained, hand-written done of step 1 without its evidence",
    failing: workspace(
      ledgerOf([LINES[0]!, seal({ seq: 2, type: "step_advanced", at: event(0).at, actor: "alice@example.com", payload: { step_id: "flow_release_notes#1", to_status: "done", skip_reason: null, note: null }, prev: event(0).hash } as LedgerEvent)]),
    ),
    passing: workspace(),
    expect: { file: LEDGER_FILE, line: 2, column: 1, count: 1 },
  },
  {
    rule: "ledger/malformed-line",
    shows: "line 4 cut after 40 characters",
    failing: workspace(withLines({ 3: LINES[3]!.slice(0, 40) })),
    passing: workspace(),
    expect: { file: LEDGER_FILE, line: 4, column: 1, count: 1 },
  },
  {
    rule: "ledger/pinned-flow-mismatch",
    shows: "flow_release_notes 0.3.0 edited in place under the run",
    failing: { ...workspace(), "flows/release-notes.flow.json": FLOW.replace(/("instruction": ")/, "$1Quietly ") },
    passing: workspace(),
    expect: { file: LEDGER_FILE, line: 1, column: 1, count: 1 },
  },
  {
    rule: "ledger/policy-invalid",
    shows: "a policy file that is not JSON",
    failing: workspace(LEDGER, { ".flowgate/policy.json": "{ approvals: 2 " }),
    passing: workspace(LEDGER, { ".flowgate/policy.json": JSON.stringify({ approvals: { required_approvals: 1 } }) }),
    expect: { file: ".flowgate/policy.json", line: 1, column: 1, count: 1 },
  },
  {
    rule: "ledger/run-id-mismatch",
    shows: "the ledger renamed to another run's id",
    failing: { "flows/release-notes.flow.json": FLOW, ".flowgate/runs/run_0000000000000000.jsonl": LEDGER },
    passing: workspace(),
    expect: { file: ".flowgate/runs/run_0000000000000000.jsonl", line: 1, column: 1, count: 1 },
  },
  {
    rule: "ledger/torn-tail",
    shows: "the last append cut short, without its newline",
    failing: workspace(LEDGER.slice(0, -30)),
    passing: workspace(),
    expect: { file: LEDGER_FILE, line: 6, column: 1, count: 1 },
  },
];
