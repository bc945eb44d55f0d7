import { defineRule } from "../kernel/rule";

const C = "ledger";

export const tornTail = defineRule({
  id: "ledger/torn-tail",
  severity: "error",
  category: C,
  summary: "The ledger's last line is incomplete: an append did not finish.",
  help: "Every event is one whole line ending in a newline. A last line without one is what a crash or power loss mid-append leaves. Flowgate never drops, merges or overwrites it silently: writes to the run are refused until `flowgate run repair <run_id>` moves the torn bytes aside into `<run_id>.jsonl.torn`.",
  message: (runId: string, bytes: number) => `the last line of run ${runId} is torn (${bytes} bytes without a newline): an append did not finish; run \`flowgate run repair ${runId}\` to move it aside`,
});

export const malformedLine = defineRule({
  id: "ledger/malformed-line",
  severity: "error",
  category: C,
  summary: "A ledger line is not a well-formed event.",
  help: "Each line of a run ledger is one JSON event {seq, type, at, actor, payload, prev, hash} as Flowgate writes it. A line that is not is damage or a hand edit; restore the file from version control.",
  message: (line: number, problem: string) => `line ${line} is not a well-formed ledger event: ${problem}`,
});

export const eventEdited = defineRule({
  id: "ledger/event-edited",
  severity: "error",
  category: C,
  summary: "An event's content no longer matches its hash.",
  help: "Each event's hash is sha256 of its RFC 8785 canonical JSON without `hash`. A mismatch means the event was changed after it was written. Restore the original line from version control; record corrections as new events.",
  message: (seq: number) => `event seq ${seq} was edited after it was written: its hash does not match its content`,
});

export const eventSequence = defineRule({
  id: "ledger/event-sequence",
  severity: "error",
  category: C,
  summary: "Event seq numbers do not run 1, 2, 3… without gaps.",
  help: "Appends number events consecutively from 1. A gap means events were deleted; a seq that goes back or repeats means events were reordered or inserted. Restore the ledger from version control.",
  message: (seq: number, expected: number) =>
    seq > expected
      ? `event seq ${seq} follows seq ${expected - 1}: ${seq - expected === 1 ? `event seq ${expected} was` : `events seq ${expected}–${seq - 1} were`} deleted`
      : `event seq ${seq} appears where seq ${expected} belongs: events were reordered or inserted`,
});

export const chainBroken = defineRule({
  id: "ledger/chain-broken",
  severity: "error",
  category: C,
  summary: "An event's prev is not the hash of the event before it.",
  help: "Each event carries the previous event's hash in `prev`, so changing, removing or inserting any event breaks the chain at the next one. Restore the ledger from version control.",
  message: (seq: number) => `event seq ${seq} does not link to the event before it (prev ≠ previous hash): an earlier event was edited, deleted or inserted`,
});

export const illegalTransition = defineRule({
  id: "ledger/illegal-transition",
  severity: "error",
  category: C,
  summary: "A recorded event is a transition the run's state machine refuses.",
  help: "Replaying a ledger re-checks every transition against the state before it, with the same rules `flowgate run` applies (for example, done without verified evidence, a step past the frontier, a self-approval). A refused transition in the ledger was written by hand or by a tool that bypassed the checks.",
  message: (seq: number, type: string, code: string, why: string) => `event seq ${seq} (${type}) would have been refused with ${code}: ${why}`,
});

export const historyRewritten = defineRule({
  id: "ledger/history-rewritten",
  severity: "error",
  category: C,
  summary: "A ledger at the base revision is not a prefix of the current one.",
  help: "Run history that was already merged can be extended, never rewritten: each ledger present at the base must be an exact prefix of the current file (git anchors the chain head). Restore the base's lines and append new events after them.",
  message: (runId: string, base: string, detail: string) => `run ${runId} rewrites history merged at ${base}: ${detail}`,
});

export const runIdMismatch = defineRule({
  id: "ledger/run-id-mismatch",
  severity: "error",
  category: C,
  summary: "A ledger file's name is not the run id its first event records.",
  help: "A run's ledger is `.flowgate/runs/<run_id>.jsonl`, named after the run_id in its run_started event. A renamed or copied file would let one run's history pass as another's.",
  message: (file: string, runId: string) => `${file} records run ${runId}; a run's ledger must be named ${runId}.jsonl`,
});

export const policyInvalid = defineRule({
  id: "ledger/policy-invalid",
  severity: "error",
  category: C,
  summary: "The run policy file is not valid.",
  help: "`.flowgate/policy.json` sets the run gates (flow_run_writes_enabled, execution.*, approvals.*). An invalid policy fails closed: every run write is refused with FLOW_EXECUTION_POLICY_FORBIDDEN until it is fixed.",
  message: (detail: string) => `invalid run policy: ${detail}`,
});

export const pinnedFlowMismatch = defineRule({
  id: "ledger/pinned-flow-mismatch",
  severity: "error",
  category: C,
  summary: "A run's recorded copy of its pinned flow differs from that flow version in the workspace.",
  help: "A run copies the flow bundle it pins into its first event, and replay judges every transition against that copy. A copy that differs from the same flow_id@version in the workspace means the ledger was written by hand or the flow was changed in place; either way the run was not judged by the flow reviewers see. Start a new run on a new flow version instead.",
  message: (runId: string, flow: string, file: string) => `run ${runId} pins ${flow}, but its recorded copy of the steps differs from ${file}`,
});

export const approvalAgainstPolicy = defineRule({
  id: "ledger/approval-against-policy",
  severity: "error",
  category: C,
  summary: "A recorded approval breaks the run policy: no approver, decided before it was requested, too few approvers, or an expiry beyond the TTL.",
  help: "A ledger is a file anyone can write, so its approvals are replayed against the run policy (`.flowgate/policy.json`, read from the base commit when judging a change): every decision names its approver, comes after its request, an approval counts as granted only with `approvals.required_approvals` distinct approvers, and a tool-call approval may not be valid longer than `approvals.tool_call_ttl_seconds`. A request's own `required_approvals` or `expires_at` cannot lower the bar. Record the approval again through `flowgate run approve`.",
  message: (approvalId: string, problem: string) => `approval ${approvalId} ${problem}`,
});
