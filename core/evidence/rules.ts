import { defineRule } from "../kernel/rule";

// ── Loading ────────────────────────────────────────────────────────────────────────────────────

export const invalidBundle = defineRule({
  id: "evidence/invalid-bundle",
  severity: "error",
  category: "evidence",
  summary: "The evidence bundle does not match the agentledger.evidence.v1 schema.",
  help: "A field is missing, has the wrong type or an unknown value. Re-export the bundle from the runtime; a truncated or hand-edited bundle cannot be verified.",
  message: (where: string, detail: string) => `${where}: ${detail}`,
});

// ── Integrity ──────────────────────────────────────────────────────────────────────────────────

export const bundleHashMismatch = defineRule({
  id: "evidence/bundle-hash-mismatch",
  severity: "error",
  category: "evidence-integrity",
  summary: "bundle_hash is not the sha256 of the bundle.",
  help: "bundle_hash is the sha256 of JSON.stringify(bundle with bundle_hash null), keys in document order. A mismatch means the bundle was edited after export.",
  message: (expected: string, actual: string) => `bundle_hash is ${actual} but the bundle hashes to ${expected}: the bundle was changed after export`,
});

export const payloadHashMismatch = defineRule({
  id: "evidence/payload-hash-mismatch",
  severity: "error",
  category: "evidence-integrity",
  summary: "An event's payload_hash is not the sha256 of its payload_ref.",
  help: "Every event's payload_hash is the sha256 of its payload_ref. A mismatch means the event was edited after it was recorded.",
  message: (seq: string, type: string) => `event ${seq} (${type}): payload_hash does not match the sha256 of payload_ref`,
});

export const payloadRefMismatch = defineRule({
  id: "evidence/payload-ref-mismatch",
  severity: "error",
  category: "evidence-integrity",
  summary: "An event's payload_ref is not the JSON of its payload.",
  help: "For every event type except tool_call_completed and artifact_created, payload_ref is exactly JSON.stringify(payload). A mismatch means the payload or its ref was edited.",
  message: (seq: string, type: string) => `event ${seq} (${type}): payload no longer matches payload_ref`,
});

export const toolResponseMismatch = defineRule({
  id: "evidence/tool-response-mismatch",
  severity: "error",
  category: "evidence-integrity",
  summary: "A tool_call_completed event does not match its tool-ledger row.",
  help: "A tool_call_completed event's payload_ref is the tool's response: its hash must be the ledger row's response_hash and it must be the row's response_ref. The event must name a ledger row by its idempotency key.",
  message: (seq: string, detail: string) => `event ${seq} (tool_call_completed): ${detail}`,
});

export const artifactMismatch = defineRule({
  id: "evidence/artifact-mismatch",
  severity: "error",
  category: "evidence-integrity",
  summary: "An artifact's content does not match its blob_hash.",
  help: "An artifact_created event's payload_ref is the artifact's content; its sha256 is the artifact's blob_hash (sha256:<hex>), and inline blob_ref text is that content.",
  message: (what: string, detail: string) => `${what}: ${detail}`,
});

export const sequenceGap = defineRule({
  id: "evidence/sequence-gap",
  severity: "error",
  category: "evidence-integrity",
  summary: "Event seq numbers do not run 1..n without gaps.",
  help: "The runtime numbers a run's events 1, 2, 3… A gap, repeat or reordering means events were removed, duplicated or moved.",
  message: (index: number, expected: number, actual: number) => `event #${index + 1} has seq ${actual}; expected ${expected}`,
});

export const summaryMismatch = defineRule({
  id: "evidence/summary-mismatch",
  severity: "error",
  category: "evidence-integrity",
  summary: "summary or cost_summary disagrees with the bundle's arrays.",
  help: "summary counts are the array lengths and its flags follow from them; cost_summary is the sum of cost_records. A mismatch means records were added or removed after export.",
  message: (field: string, expected: string, actual: string) => `${field} says ${actual} but the records add up to ${expected}`,
});

export const unknownEventType = defineRule({
  id: "evidence/unknown-event-type",
  severity: "error",
  category: "evidence-integrity",
  summary: "An event has a type agentledger.evidence.v1 does not define.",
  help: "The event types are those agentledger-runtime 1.0.2 writes (run_created, step_created, … agent_result_returned, and tool_call_blocked). An unknown type is a renamed or forged event: nothing else in the bundle vouches for it.",
  message: (seq: number, type: string) => `event ${seq} has unknown type ${JSON.stringify(type)}`,
});

export const inconsistentRecord = defineRule({
  id: "evidence/inconsistent-record",
  severity: "error",
  category: "evidence-integrity",
  summary: "A record contradicts the rest of the bundle (run, session, step, lease, state).",
  help: "Every record of a bundle belongs to its run and session; steps, approvals, ledger rows, costs and artifacts repeat what their events recorded (ids, attempts, leases, state versions, amounts, names), and media_artifacts and stream_checkpoints are derived from the artifacts' metadata. A contradiction means one copy was edited.",
  message: (where: string, detail: string) => `${where}: ${detail}`,
});

// ── Governance (the runtime's reviewer checks and what it misses) ─────────────────────────────────

export const runNotCompleted = defineRule({
  id: "evidence/run-not-completed",
  severity: "error",
  category: "evidence-governance",
  summary: "The run did not finish: run.status is not completed.",
  help: "Only a completed run passes. A cancelled, failed, waiting or still running run did not do its work (the runtime's own evaluators pass cancelled runs; Flowgate does not).",
  message: (status: string) => `run did not complete: status is ${status}`,
});

export const stepFailed = defineRule({
  id: "evidence/step-failed",
  severity: "error",
  category: "evidence-governance",
  summary: "A step failed.",
  help: "A failed step means part of the run's work was not done. The finding carries the step's recorded error type and message.",
  message: (step: string, type: string, error: string) => `step ${step} failed: ${type}: ${error}`,
});

export const stepNotCompleted = defineRule({
  id: "evidence/step-completed-without-event",
  severity: "error",
  category: "evidence-governance",
  summary: "A completed step has no step_completed event.",
  help: "The runtime records step_completed when a step finishes; a step marked completed without it was completed outside the runtime's control.",
  message: (step: string) => `step ${step} is completed but no step_completed event records it`,
});

export const pendingSideEffect = defineRule({
  id: "evidence/pending-side-effect",
  severity: "error",
  category: "evidence-governance",
  summary: "A tool side effect is still pending verification.",
  help: "A ledger row in PENDING_VERIFICATION may or may not have changed the outside world; resolve it before accepting the run.",
  message: (tool: string, key: string) => `tool call ${tool} (${key}) is PENDING_VERIFICATION`,
});

export const unknownLedgerStatus = defineRule({
  id: "evidence/unknown-ledger-status",
  severity: "error",
  category: "evidence-governance",
  summary: "A tool-ledger row has a status the runtime does not define.",
  help: "Ledger statuses are RESERVED, RUNNING, SUCCEEDED, FAILED_NO_EFFECT, PENDING_VERIFICATION and COMPENSATED.",
  message: (status: string) => `unknown tool-ledger status ${JSON.stringify(status)}`,
});

export const approvalPending = defineRule({
  id: "evidence/approval-pending",
  severity: "error",
  category: "evidence-governance",
  summary: "An approval is still pending.",
  help: "A run with an undecided approval did not finish its governed work (the runtime's plain evaluator reads a summary key bundles never contain and passes it).",
  message: (tool: string, risk: string) => `approval for ${tool} (risk ${risk}) is still pending`,
});

export const highRiskUndecided = defineRule({
  id: "evidence/high-risk-approval-undecided",
  severity: "error",
  category: "evidence-governance",
  summary: "A high, destructive or sensitive approval was not decided.",
  help: "High-risk tool calls need a human decision (APPROVED or DENIED) before the run can be accepted.",
  message: (tool: string, risk: string) => `high-risk approval for ${tool} (risk ${risk}) is undecided`,
});

export const approvalDecisionMissing = defineRule({
  id: "evidence/approval-decision-unrecorded",
  severity: "error",
  category: "evidence-governance",
  summary: "A decided approval has no matching tool_approval_decided event.",
  help: "Every APPROVED or DENIED approval must have a tool_approval_decided event carrying the same decision, approver and reason; otherwise the decision was written outside the runtime's audit trail.",
  message: (tool: string, detail: string) => `approval for ${tool}: ${detail}`,
});

export const selfApproval = defineRule({
  id: "evidence/self-approval",
  severity: "error",
  category: "evidence-governance",
  summary: "An approval was decided by its own requester.",
  help: "Approval separates who asks from who decides; an approval decided by its requester is no approval.",
  message: (tool: string, who: string) => `approval for ${tool} was decided by its own requester ${JSON.stringify(who)}`,
});

export const idempotencyConflict = defineRule({
  id: "evidence/idempotency-conflict",
  severity: "error",
  category: "evidence-governance",
  summary: "An idempotency key appears more than once in the tool ledger.",
  help: "Each idempotency key names one tool request. The same key twice (worse: with a different request hash) means a retry was not deduplicated or a request was swapped under a reused key.",
  message: (key: string, detail: string) => `idempotency key ${key}: ${detail}`,
});

export const duplicateSideEffect = defineRule({
  id: "evidence/duplicate-side-effect",
  severity: "error",
  category: "evidence-governance",
  summary: "A side effect succeeded more than once.",
  help: "The same tool request (one idempotency key) SUCCEEDED twice in the ledger, or completed twice in the events: a retry repeated an external effect idempotency should have prevented.",
  message: (tool: string, count: number) => `tool request ${tool} succeeded ${count} times`,
});

export const artifactIncomplete = defineRule({
  id: "evidence/artifact-incomplete",
  severity: "warning",
  category: "evidence-governance",
  summary: "An artifact has no blob_ref or blob_hash.",
  help: "Without blob_ref and blob_hash an artifact cannot be retrieved or verified (a warning in the runtime's reviewer).",
  message: (name: string, missing: string) => `artifact ${JSON.stringify(name)} has no ${missing}`,
});

export const mediaIncomplete = defineRule({
  id: "evidence/media-artifact-incomplete",
  severity: "error",
  category: "evidence-governance",
  summary: "A media artifact has no known kind or no durable ref.",
  help: "Media artifacts need a kind (image, audio, video, frame, audio_segment, video_segment, transcript, embedding, derived) and a durable uri or content_ref.",
  message: (index: number, detail: string) => `media artifact #${index + 1}: ${detail}`,
});

export const streamIncomplete = defineRule({
  id: "evidence/stream-checkpoint-incomplete",
  severity: "error",
  category: "evidence-governance",
  summary: "A stream checkpoint lacks its stream, consumer or offset.",
  help: "A stream checkpoint without stream_id, consumer_id and offset cannot be resumed from.",
  message: (index: number, missing: string) => `stream checkpoint #${index + 1} has no ${missing}`,
});

export const failureEvent = defineRule({
  id: "evidence/failure-event",
  severity: "warning",
  category: "evidence-governance",
  summary: "The run recorded an error, a failed step or a failed or blocked tool call.",
  help: "error_raised, step_failed, tool_call_failed and tool_call_blocked events are worth a look even when the run recovered.",
  message: (seq: number, type: string, detail: string) => `event ${seq}: ${type}${detail ? ` — ${detail}` : ""}`,
});

export const budgetExceeded = defineRule({
  id: "evidence/budget-exceeded",
  severity: "error",
  category: "evidence-governance",
  summary: "The run spent more than a configured budget (USD, model tokens, tool calls).",
  help: "Budgets come from .flowgate.yml (evidence.budgets) or the evaluate command's --max-usd, --max-tokens and --max-tool-calls.",
  message: (what: string, spent: number, limit: number) => `${what} ${spent}, over the budget of ${limit}`,
});

// ── Goldens ────────────────────────────────────────────────────────────────────────────────────

export const goldenRegression = defineRule({
  id: "evidence/golden-regression",
  severity: "error",
  category: "evidence-golden",
  summary: "The run diverges from its golden run.",
  help: "Compare with `flowgate golden <current> <golden>`; if the change is intended, accept it with `flowgate golden <current> <golden> --update`.",
  message: (dimension: string, detail: string) => `${dimension}: ${detail}`,
});

export const goldenMissing = defineRule({
  id: "evidence/golden-missing",
  severity: "error",
  category: "evidence-golden",
  summary: "A configured golden (or the bundle it is compared with) cannot be read.",
  help: "goldens: pairs name an evidence bundle (file or glob) and a golden file; create the golden with `flowgate golden <current> <golden> --update`.",
  message: (detail: string) => detail,
});
