import type { EvidenceBundle } from "../../core/evidence/schema";
import { sha256Hex } from "../../core/evidence/json";
import { rehashBundle } from "../../core/evidence/seal";
import type { RuleCase } from "../helpers/rule-cases";
import { type Sample, edited, sample, sampleText } from "./fixtures";

const BUNDLE = "b.evidence.json";

/** A sample changed by `edit` with only bundle_hash recomputed: the edit stays visible to the integrity rules. */
function rehashed(name: Sample, edit: (b: any) => void): string {
  const b = sample(name) as any;
  edit(b);
  return JSON.stringify(rehashBundle(b), null, 2);
}

/** pending-approval.json with its approval decided (`approved_by`), and its tool_approval_decided event unless `event` is false. */
function decided(approvedBy: string, event = true): string {
  return edited("pending-approval", (b) => {
    const a = b.approvals[0]!;
    a.status = "APPROVED";
    a.approved_by = approvedBy;
    if (event) b.events.splice(7, 0, { ...b.events[6]!, event_id: "evt_decided", type: "tool_approval_decided", payload: { approval_id: a.approval_id, status: a.status, approved_by: a.approved_by } });
  });
}

/** A report artifact with inline content (blob_ref) whose blob_hash is the sha256 of `content`. */
const withArtifact = (b: EvidenceBundle, blobHash: string | null) =>
  void b.artifacts.push({ artifact_id: "artifact_1", run_id: b.run.run_id, step_id: null, name: "report", blob_hash: blobHash, blob_ref: blobHash === null ? null : "report text", metadata: {}, created_at: 1 });

/** A rule judged on one bundle: `failing` breaks it, `passing` does not. */
const one = (rule: string, shows: string, failing: string, passing: string, line: number, column: number, count = 1): RuleCase => ({
  rule,
  shows,
  failing: { [BUNDLE]: failing },
  passing: { [BUNDLE]: passing },
  expect: { file: BUNDLE, line, column, count },
});

const MINIMAL = sampleText("golden-minimal-success");
const TOOL_LEDGER = sampleText("golden-tool-ledger-success");

/** Each evidence rule on an agentledger.evidence.v1 bundle (test/fixtures/evidence) the gate evaluates. */
export const EVIDENCE_RULE_CASES: RuleCase[] = [
  one("evidence/approval-decision-unrecorded", "a decided approval without its tool_approval_decided event", decided("lead@example.com", false), decided("lead@example.com"), 189, 17),
  one("evidence/approval-pending", "pending-approval.json as exported", sampleText("pending-approval"), decided("lead@example.com"), 189, 17),
  one("evidence/artifact-incomplete", "an artifact with neither blob_ref nor blob_hash", edited("golden-minimal-success", (b) => withArtifact(b, null)), MINIMAL, 164, 5),
  one(
    "evidence/artifact-mismatch",
    "an artifact whose inline content no longer hashes to its blob_hash",
    rehashed("golden-minimal-success", (b) => withArtifact(b, "sha256:" + "0".repeat(64))),
    rehashed("golden-minimal-success", (b) => withArtifact(b, "sha256:" + sha256Hex("report text"))),
    170, 19,
  ),
  {
    rule: "evidence/budget-exceeded",
    shows: "one tool call over evidence.budgets.max-tool-calls 0",
    failing: { ".flowgate.yml": "evidence:\n  budgets:\n    max-tool-calls: 0\n", [BUNDLE]: sampleText("tool-and-model-cost") },
    passing: { ".flowgate.yml": "evidence:\n  budgets:\n    max-tool-calls: 1\n", [BUNDLE]: sampleText("tool-and-model-cost") },
    expect: { file: BUNDLE, line: 393, column: 19, count: 1 },
  },
  one("evidence/bundle-hash-mismatch", "final_state edited, bundle_hash left as exported", MINIMAL.replace('"answer": "ok"', '"answer": "no"'), MINIMAL, 3, 18),
  one(
    "evidence/duplicate-side-effect",
    "the tool_call_completed event twice",
    edited("golden-tool-ledger-success", (b) => {
      const completed = b.events.findIndex((e) => e.type === "tool_call_completed");
      b.events.splice(completed + 1, 0, { ...b.events[completed]!, event_id: "evt_again" });
    }),
    TOOL_LEDGER,
    162, 5,
  ),
  one("evidence/failure-event", "failed-step.json's error_raised and step_failed events", sampleText("failed-step"), MINIMAL, 131, 15, 2),
  one("evidence/high-risk-approval-undecided", "pending-approval.json's high-risk approval", sampleText("pending-approval"), decided("lead@example.com"), 188, 21),
  one(
    "evidence/idempotency-conflict",
    "a tool-ledger row repeated under its idempotency key",
    edited("golden-tool-ledger-success", (b) => void b.tool_ledger.push({ ...b.tool_ledger[0]!, ledger_id: "ledger_2" })),
    TOOL_LEDGER,
    276, 26,
  ),
  one("evidence/inconsistent-record", "a step of another run", rehashed("golden-minimal-success", (b) => (b.steps[0].run_id = "run_other")), MINIMAL, 16, 5),
  one("evidence/invalid-bundle", "run.status is a number", rehashed("golden-minimal-success", (b) => (b.run.status = 3)), MINIMAL, 7, 15),
  one(
    "evidence/media-artifact-incomplete",
    "an image with no durable uri or content_ref",
    edited("golden-minimal-success", (b) => void b.media_artifacts.push({ kind: "image", uri: null, content_ref: null } as any)),
    edited("golden-minimal-success", (b) => void b.media_artifacts.push({ kind: "image", uri: "s3://bucket/a.png" } as any)),
    165, 5,
  ),
  one("evidence/payload-hash-mismatch", "an event's payload_hash zeroed", rehashed("golden-tool-ledger-success", (b) => (b.events[1].payload_hash = "0".repeat(64))), TOOL_LEDGER, 60, 23),
  one("evidence/payload-ref-mismatch", "an event's payload edited, payload_ref not", rehashed("golden-minimal-success", (b) => (b.events[0].payload.initial_state = { edited: true })), MINIMAL, 45, 18),
  one("evidence/pending-side-effect", "a tool-ledger row PENDING_VERIFICATION", edited("golden-tool-ledger-success", (b) => void (b.tool_ledger[0]!.status = "PENDING_VERIFICATION")), TOOL_LEDGER, 257, 17),
  one("evidence/run-not-completed", "a cancelled run", edited("golden-minimal-success", (b) => void (b.run.status = "cancelled")), MINIMAL, 7, 15),
  one("evidence/self-approval", "the requesting agent approved its own call", decided("Agent"), decided("lead@example.com"), 215, 22),
  one("evidence/sequence-gap", "event 4 has seq 99", rehashed("golden-tool-ledger-success", (b) => (b.events[3].seq = 99)), TOOL_LEDGER, 91, 14),
  one("evidence/step-completed-without-event", "the step_completed event dropped", edited("golden-minimal-success", (b) => void b.events.pop()), MINIMAL, 20, 17),
  one("evidence/step-failed", "failed-step.json's failed step", sampleText("failed-step"), MINIMAL, 20, 17),
  one(
    "evidence/stream-checkpoint-incomplete",
    "a stream checkpoint without consumer and offset",
    edited("golden-minimal-success", (b) => void b.stream_checkpoints.push({ stream_id: "s", consumer_id: null, offset: null } as any)),
    edited("golden-minimal-success", (b) => void b.stream_checkpoints.push({ stream_id: "s", consumer_id: "c", offset: 0 } as any)),
    166, 5,
  ),
  one("evidence/summary-mismatch", "summary.event_count 1", rehashed("golden-tool-ledger-success", (b) => (b.summary.event_count = 1)), TOOL_LEDGER, 300, 20),
  one("evidence/tool-response-mismatch", "the ledger row's response_hash changed", rehashed("tool-and-model-cost", (b) => (b.tool_ledger[0].response_hash = "1".repeat(64))), sampleText("tool-and-model-cost"), 156, 22),
  one("evidence/unknown-event-type", "an event of type made_up_event", edited("golden-tool-ledger-success", (b) => void ((b.events[2] as any).type = "made_up_event")), TOOL_LEDGER, 72, 15),
  one("evidence/unknown-ledger-status", "a tool-ledger row with status DONE", edited("golden-tool-ledger-success", (b) => void (b.tool_ledger[0]!.status = "DONE" as any)), TOOL_LEDGER, 257, 17),
  {
    rule: "evidence/golden-missing",
    shows: "goldens names a golden bundle that is not there",
    failing: { ".flowgate.yml": "goldens:\n  - evidence: b.evidence.json\n    golden: goldens/b.json\n", [BUNDLE]: MINIMAL },
    passing: { ".flowgate.yml": "goldens:\n  - evidence: b.evidence.json\n    golden: goldens/b.json\n", [BUNDLE]: MINIMAL, "goldens/b.json": MINIMAL },
    expect: { file: BUNDLE, line: 1, column: 1, count: 1 },
  },
  {
    rule: "evidence/golden-regression",
    shows: "the run's final answer differs from its golden's",
    failing: { ".flowgate.yml": "goldens:\n  - evidence: b.evidence.json\n    golden: goldens/b.json\n", [BUNDLE]: edited("golden-minimal-success", (b) => void (b.run.state = b.final_state = { answer: "different" })), "goldens/b.json": MINIMAL },
    passing: { ".flowgate.yml": "goldens:\n  - evidence: b.evidence.json\n    golden: goldens/b.json\n", [BUNDLE]: MINIMAL, "goldens/b.json": MINIMAL },
    expect: { file: BUNDLE, line: 187, column: 15, count: 1 },
  },
];
