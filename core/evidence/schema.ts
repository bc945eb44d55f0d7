import { z } from "zod";

/**
 * `agentledger.evidence.v1` — one agent run exported as a single JSON document (spec:
 * docs in README "Evidence bundles and goldens"; format defined by agentledger-runtime 1.0.2).
 *
 * Import `evidenceBundleSchema` to validate a bundle or to type one you write (the run ledger exports
 * Flowgate's own runs with it). Objects are loose (unknown keys pass: newer runtimes add fields);
 * enumerations the reviewer checks judge (ledger status, media kind) are plain strings here so a
 * bad value gets its specific governance finding instead of a schema error.
 */
export const EVIDENCE_SCHEMA_VERSION = "agentledger.evidence.v1";

export const RUN_STATUSES = ["pending", "running", "retry_scheduled", "waiting_human", "completed", "failed", "cancelled"] as const;
export const runStatusSchema = z.enum(RUN_STATUSES);
export const LEDGER_STATUSES = ["RESERVED", "RUNNING", "SUCCEEDED", "FAILED_NO_EFFECT", "PENDING_VERIFICATION", "COMPENSATED"] as const;
/** Ledger statuses whose side effect is not settled (summary.has_pending_ledger). */
export const UNRESOLVED_LEDGER_STATUSES: readonly string[] = ["RESERVED", "RUNNING", "PENDING_VERIFICATION"];
export const APPROVAL_STATUSES = ["PENDING", "APPROVED", "DENIED"] as const;
export const RISK_LEVELS = ["low", "medium", "high", "destructive", "sensitive", "financial_or_legal"] as const;
/** Risk levels the runtime's reviewer requires a decision for. */
export const HIGH_RISK_LEVELS: readonly string[] = ["high", "destructive", "sensitive"];
export const MEDIA_KINDS = ["image", "audio", "video", "frame", "audio_segment", "video_segment", "transcript", "embedding", "derived"] as const;

const id = z.string().min(1);
const nullableString = z.string().nullable().optional();
/** Seconds since the epoch, as a float. */
const seconds = z.number();
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "expected 64 lowercase hex digits");
const jsonObject = z.record(z.string(), z.unknown());

export const runSchema = z.looseObject({
  run_id: id,
  session_id: id,
  status: runStatusSchema,
  state: jsonObject,
  state_version: z.number().int(),
  created_at: seconds,
  updated_at: seconds,
});

export const stepSchema = z.looseObject({
  step_id: id,
  run_id: id,
  session_id: id,
  status: runStatusSchema,
  attempt: z.number().int(),
  state_version: z.number().int(),
  owner: nullableString,
  lease_token: nullableString,
  lease_until: seconds.nullable().optional(),
  checkpoint_id: nullableString,
  last_error_type: nullableString,
  last_error: nullableString,
  cancelled_at: seconds.nullable().optional(),
  created_at: seconds,
  updated_at: seconds,
});

export const eventSchema = z.looseObject({
  event_id: id,
  run_id: id,
  session_id: id,
  step_id: z.string().nullable(),
  seq: z.number().int(),
  type: z.string().min(1),
  timestamp: seconds,
  agent_role: z.string().nullable(),
  state_version: z.number().int().nullable(),
  causal_token: z.string().nullable(),
  payload_hash: z.string(),
  payload_ref: z.string(),
  payload: z.unknown(),
});

export const toolLedgerEntrySchema = z.looseObject({
  ledger_id: id,
  run_id: id,
  session_id: id,
  step_id: id,
  tool_name: z.string().min(1),
  tool_version: z.string().nullable(),
  tool_call_id: z.string().nullable(),
  idempotency_key: z.string().min(1),
  causal_token: z.string().nullable(),
  request_hash: z.string(),
  request_ref: z.string().nullable(),
  status: z.string(),
  // A RESERVED row (reserved, not yet started) has none of these five: the runtime adds them on its first update.
  external_id: z.string().nullable().optional(),
  response_hash: z.string().nullable().optional(),
  response_ref: z.string().nullable().optional(),
  error_type: z.string().nullable().optional(),
  response: z.unknown().optional(),
  created_at: seconds,
  updated_at: seconds,
});

export const approvalSchema = z.looseObject({
  approval_id: id,
  approval_key: z.string(),
  run_id: id,
  session_id: id,
  step_id: id,
  tool_name: z.string().min(1),
  risk_level: z.enum(RISK_LEVELS),
  status: z.enum(APPROVAL_STATUSES),
  reason: z.string().nullable(),
  request_hash: z.string(),
  request_ref: z.string().nullable(),
  requested_by: z.string().nullable(),
  approved_by: nullableString,
  decision_reason: nullableString,
  created_at: seconds,
  updated_at: seconds,
});

export const artifactSchema = z.looseObject({
  artifact_id: id,
  run_id: id,
  step_id: z.string().nullable(),
  name: z.string(),
  blob_hash: z.string().nullable(),
  blob_ref: z.string().nullable(),
  metadata: jsonObject.nullable(),
  created_at: seconds,
});

export const mediaArtifactSchema = z.looseObject({
  kind: z.string().nullable().optional(),
  uri: nullableString,
  content_ref: nullableString,
  lineage: z.unknown().optional(),
});

export const streamCheckpointSchema = z.looseObject({
  stream_id: nullableString,
  consumer_id: nullableString,
  offset: z.union([z.number(), z.string()]).nullable().optional(),
  watermark: z.unknown().optional(),
  chunk: z.unknown().optional(),
  partial_result_ref: nullableString,
  backpressure: z.unknown().optional(),
});

export const costRecordSchema = z.looseObject({
  cost_id: id,
  category: z.string(),
  name: z.string(),
  amount: z.number(),
  unit: z.string(),
  metadata: jsonObject.nullable(),
  created_at: seconds,
});

export const costSummarySchema = z.looseObject({
  tool_calls: z.number(),
  model_tokens: z.number(),
  total_usd: z.number(),
  by_category: z.record(z.string(), z.number()),
});

export const bundleSummarySchema = z.looseObject({
  event_count: z.number().int(),
  step_count: z.number().int(),
  tool_ledger_count: z.number().int(),
  approval_count: z.number().int(),
  artifact_count: z.number().int(),
  media_artifact_count: z.number().int(),
  stream_checkpoint_count: z.number().int(),
  cost_record_count: z.number().int(),
  has_failed_steps: z.boolean(),
  has_pending_ledger: z.boolean(),
  has_pending_approval: z.boolean(),
});

export const evidenceBundleSchema = z
  .looseObject({
    schema_version: z.literal(EVIDENCE_SCHEMA_VERSION),
    bundle_hash: sha256Hex,
    run: runSchema,
    steps: z.array(stepSchema),
    events: z.array(eventSchema),
    tool_ledger: z.array(toolLedgerEntrySchema),
    approvals: z.array(approvalSchema),
    artifacts: z.array(artifactSchema),
    media_artifacts: z.array(mediaArtifactSchema),
    stream_checkpoints: z.array(streamCheckpointSchema),
    cost_records: z.array(costRecordSchema),
    cost_summary: costSummarySchema,
    summary: bundleSummarySchema,
    final_state: jsonObject,
  })
  .meta({ title: "agentledger.evidence.v1 evidence bundle" });

export type EvidenceBundle = z.infer<typeof evidenceBundleSchema>;
export type EvidenceEvent = z.infer<typeof eventSchema>;
export type EvidenceStep = z.infer<typeof stepSchema>;
export type ToolLedgerEntry = z.infer<typeof toolLedgerEntrySchema>;
export type Approval = z.infer<typeof approvalSchema>;
export type Artifact = z.infer<typeof artifactSchema>;
export type CostRecord = z.infer<typeof costRecordSchema>;

/** JSON Schema for editors (e.g. `"$schema"`-less association in VS Code settings). */
export function evidenceJsonSchema(): unknown {
  return z.toJSONSchema(evidenceBundleSchema, { io: "input" });
}
