import { z } from "zod";
import { flowBundleSchema, FLOW_STEP_ID_RE, FLOW_ID_RE, pointerKindSchema, SEMVER_RE, skipReasonSchema } from "../flow/schema";

/** Run ids as Knowtation generates and accepts them (flow-v0.md A.2); also what keeps ids out of paths. */
export const FLOW_RUN_ID_RE = /^run_[a-z0-9_]{1,48}$/;
export const FLOW_RUN_REF_RE = /^flow_run:[A-Za-z0-9._:-]{1,128}$/;
export const CONSENT_ID_RE = /^fcons_[0-9a-f]{24}$/;
export const APPROVAL_ID_RE = /^appr_[0-9a-f]{24}$/;
export const SHA256_HEX_RE = /^[0-9a-f]{64}$/;
/** The previous event's hash, or "" for the first event. */
const PREV_RE = /^(?:[0-9a-f]{64})?$/;

/** Refusal codes: Knowtation's execution gate (flow-v0.md B.8) plus two of our own. */
export const refusalCodeSchema = z.enum([
  "BAD_REQUEST",
  "unknown_flow",
  "unknown_run",
  "FLOW_RUN_WRITES_DISABLED",
  "FLOW_AUTOMATABLE_EXECUTION_DISABLED",
  "FLOW_EXECUTION_POLICY_FORBIDDEN",
  "FLOW_STEP_OUT_OF_ORDER",
  "FLOW_RUN_NOT_IN_PROGRESS",
  "FLOW_VERIFICATION_UNSATISFIED",
  "FLOW_EXECUTION_CONSENT_REQUIRED",
  "FLOW_EXECUTION_CONSENT_RUN_MISMATCH",
  "FLOW_EXECUTION_LANE_DENIED",
  "FLOW_EXECUTION_COST_CAPPED",
  "FLOW_STEP_NOT_AUTOMATABLE",
  "FLOW_SELF_APPROVAL_DENIED",
  "FLOW_LEDGER_CONFLICT",
  "FLOW_IDEMPOTENCY_KEY_REUSED",
]);
export type RefusalCode = z.infer<typeof refusalCodeSchema>;

/** HTTP-like status upstream gives each code (kept for parity in --json output). */
export const REFUSAL_STATUS: Record<RefusalCode, number> = {
  BAD_REQUEST: 400,
  unknown_flow: 404,
  unknown_run: 404,
  FLOW_RUN_WRITES_DISABLED: 403,
  FLOW_AUTOMATABLE_EXECUTION_DISABLED: 403,
  FLOW_EXECUTION_POLICY_FORBIDDEN: 403,
  FLOW_STEP_OUT_OF_ORDER: 409,
  FLOW_RUN_NOT_IN_PROGRESS: 409,
  FLOW_VERIFICATION_UNSATISFIED: 403,
  FLOW_EXECUTION_CONSENT_REQUIRED: 403,
  FLOW_EXECUTION_CONSENT_RUN_MISMATCH: 403,
  FLOW_EXECUTION_LANE_DENIED: 403,
  FLOW_EXECUTION_COST_CAPPED: 403,
  FLOW_STEP_NOT_AUTOMATABLE: 400,
  FLOW_SELF_APPROVAL_DENIED: 403,
  FLOW_LEDGER_CONFLICT: 409,
  FLOW_IDEMPOTENCY_KEY_REUSED: 422,
};

export const advanceTargetSchema = z.enum(["in_progress", "blocked", "done", "skipped"]);
export const riskLevelSchema = z.enum(["low", "medium", "high", "destructive", "sensitive", "financial_or_legal"]);
export const decisionSchema = z.enum(["approve", "deny"]);
/** Longest decision comment the ledger records (a review remark, not a document). */
export const COMMENT_MAX = 2000;
const actor = z.string().min(1).max(320);
const isoTime = z.iso.datetime({ offset: true });
/** Idempotency keys: 1-255 visible ASCII characters (a UUID, a job id, `ci:1234:approve`). */
export const IDEMPOTENCY_KEY_RE = /^[\x21-\x7e]{1,255}$/;
/** A write's idempotency key and the fingerprint of the request it was first used with (absent in unkeyed and older events). */
export const idempotencySchema = z.strictObject({ key: z.string().regex(IDEMPOTENCY_KEY_RE), request_hash: z.string().regex(SHA256_HEX_RE) });
export type Idempotency = z.infer<typeof idempotencySchema>;

// ---- event payloads: what each event type records -------------------------------------------------

export const runStartedPayload = z.strictObject({
  run_id: z.string().regex(FLOW_RUN_ID_RE),
  run_ref: z.string().regex(FLOW_RUN_REF_RE),
  flow_id: z.string().regex(FLOW_ID_RE),
  flow_version: z.string().regex(SEMVER_RE),
  /** The pinned bundle, verbatim as data: the run never depends on a file that may change or vanish. */
  flow: flowBundleSchema,
  /** Repo-relative path the bundle was read from (informational). */
  flow_file: z.string(),
  task_ref: z.string().nullable(),
  external_ref: z.string().nullable(),
  harness: z.string().min(1),
  /** The agent identity acting in this run; it may never decide an approval of this run. */
  agent: actor.nullable(),
});

export const stepAdvancedPayload = z.strictObject({
  step_id: z.string().regex(FLOW_STEP_ID_RE),
  to_status: advanceTargetSchema,
  /** Recorded for review; upstream does not store it, replay re-checks it. */
  skip_reason: skipReasonSchema.nullable(),
  note: z.string().nullable(),
});

export const evidenceAttachedPayload = z.strictObject({
  step_id: z.string().regex(FLOW_STEP_ID_RE),
  pointer_kind: pointerKindSchema,
  ref: z.string().regex(/\S/).max(2048),
  /** Present (false) when the ref named a workspace file that did not exist when it was attached. */
  ref_exists: z.literal(false).optional(),
});

export const approvalRequestedPayload = z.strictObject({
  approval_id: z.string().regex(APPROVAL_ID_RE),
  kind: z.enum(["step", "tool_call"]),
  step_id: z.string().regex(FLOW_STEP_ID_RE).nullable(),
  tool: z.string().min(1).nullable(),
  /** Canonical JSON (RFC 8785) of `{tool, args}` for tool calls: what the approval is bound to. */
  request_ref: z.string().nullable(),
  request_hash: z.string().regex(SHA256_HEX_RE).nullable(),
  risk_level: riskLevelSchema,
  reason: z.string().regex(/\S/),
  required_approvals: z.number().int().min(1),
  expires_at: isoTime.nullable(),
});

export const approvalDecidedPayload = z.strictObject({
  approval_id: z.string().regex(APPROVAL_ID_RE),
  decision: decisionSchema,
  reason: z.string().nullable(),
  /** The decider's optional remark (approve or deny), shown with the decision; absent in ledgers written before it existed. */
  comment: z.string().max(COMMENT_MAX).nullable().optional(),
});

export const consentMintedPayload = z.strictObject({
  consent_id: z.string().regex(CONSENT_ID_RE),
  allowed_lanes: z.array(z.string().min(1)).min(1),
  cost_cap_units: z.number().int().min(1),
  expires_at: isoTime,
});

export const consentRevokedPayload = z.strictObject({ consent_id: z.string().regex(CONSENT_ID_RE) });

export const stepExecutedPayload = z.strictObject({
  execution_id: z.string().regex(/^fexec_[0-9a-f]{24}$/),
  step_id: z.string().regex(FLOW_STEP_ID_RE),
  consent_id: z.string().regex(CONSENT_ID_RE),
  model_lane: z.string().min(1),
  dry_run: z.boolean(),
  cost_units: z.number().int().min(0),
  evidence_ref: z.string().nullable(),
});

export const runCancelledPayload = z.strictObject({ reason: z.string().nullable() });

export const EVENT_PAYLOADS = {
  run_started: runStartedPayload,
  step_advanced: stepAdvancedPayload,
  evidence_attached: evidenceAttachedPayload,
  approval_requested: approvalRequestedPayload,
  approval_decided: approvalDecidedPayload,
  consent_minted: consentMintedPayload,
  consent_revoked: consentRevokedPayload,
  step_executed: stepExecutedPayload,
  run_cancelled: runCancelledPayload,
} as const;
export type EventType = keyof typeof EVENT_PAYLOADS;
export const eventTypeSchema = z.enum(Object.keys(EVENT_PAYLOADS) as [EventType, ...EventType[]]);
export type PayloadOf<T extends EventType> = z.infer<(typeof EVENT_PAYLOADS)[T]>;

/** One line of `.flowgate/runs/<run_id>.jsonl`. `hash` = sha256 of the RFC 8785 JSON of the other fields. */
export const ledgerEventSchema = z
  .discriminatedUnion(
    "type",
    (Object.keys(EVENT_PAYLOADS) as EventType[]).map((type) =>
      z.strictObject({
        seq: z.number().int().min(1),
        type: z.literal(type),
        at: isoTime,
        actor,
        payload: EVENT_PAYLOADS[type],
        prev: z.union([z.literal(""), z.string().regex(SHA256_HEX_RE)]),
        idempotency: idempotencySchema.optional(),
        hash: z.string().regex(SHA256_HEX_RE),
      }),
    ) as unknown as [z.ZodObject, ...z.ZodObject[]],
  )
  .meta({ title: "Flowgate run ledger event" });

/**
 * The same event as `ledgerEventSchema`, checked in two steps (envelope, then the payload schema of its
 * type): one object check per line instead of a union's, which is what keeps a 100k-event fold fast.
 */
export const ledgerEnvelopeSchema = z.strictObject({
  seq: z.number().int().min(1),
  type: eventTypeSchema,
  at: isoTime,
  actor,
  payload: z.unknown(),
  prev: z.string().regex(PREV_RE),
  idempotency: idempotencySchema.optional(),
  hash: z.string().regex(SHA256_HEX_RE),
});

export type LedgerEvent = { [T in EventType]: { seq: number; type: T; at: string; actor: string; payload: PayloadOf<T>; prev: string; idempotency?: Idempotency; hash: string } }[EventType];
export type UnsealedEvent = { [T in EventType]: Omit<Extract<LedgerEvent, { type: T }>, "hash"> }[EventType];

// ---- folded state ----------------------------------------------------------------------------------

export const runStatusSchema = z.enum(["in_progress", "done", "cancelled"]);
export const approvalStatusSchema = z.enum(["PENDING", "APPROVED", "DENIED"]);

export interface EvidencePointer {
  pointer_kind: z.infer<typeof pointerKindSchema>;
  ref: string;
  /** false: a workspace path that did not exist when attached. */
  ref_exists?: false;
  actor: string;
  at: string;
  seq: number;
}

export interface StepState {
  step_id: string;
  ordinal: number;
  owned_job: string;
  status: "pending" | "in_progress" | "blocked" | "done" | "skipped";
  /** The latest pointer (upstream keeps one); every pointer is in `evidence`. */
  evidence_ref: string | null;
  evidence: EvidencePointer[];
  verified: boolean;
  verification_kind: string;
  evidence_required: boolean;
  automatable: "manual" | "agent_assisted" | "automatable";
  skip_reason: z.infer<typeof skipReasonSchema> | null;
  updated_at: string | null;
  updated_by: string | null;
}

export interface ApprovalDecision {
  actor: string;
  decision: z.infer<typeof decisionSchema>;
  reason: string | null;
  comment: string | null;
  at: string;
  seq: number;
}

export interface ApprovalState {
  approval_id: string;
  run_id: string;
  kind: "step" | "tool_call";
  step_id: string | null;
  tool: string | null;
  request_ref: string | null;
  request_hash: string | null;
  risk_level: z.infer<typeof riskLevelSchema>;
  reason: string;
  requested_by: string;
  requested_at: string;
  expires_at: string | null;
  required_approvals: number;
  status: z.infer<typeof approvalStatusSchema>;
  decisions: ApprovalDecision[];
  seq: number;
}

export interface ConsentState {
  consent_id: string;
  run_id: string;
  allowed_lanes: string[];
  cost_cap_units: number;
  cost_consumed_units: number;
  minted_by: string;
  minted_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface ExecutionState {
  execution_id: string;
  step_id: string;
  consent_id: string;
  model_lane: string;
  status: "completed";
  dry_run: boolean;
  cost_units: number;
  evidence_ref: string | null;
  completed_at: string;
  actor: string;
}

/** A run as the fold of its events. Never stored; always recomputed from the ledger. */
export interface RunState {
  run_id: string;
  run_ref: string;
  flow_id: string;
  flow_version: string;
  flow_title: string;
  scope: string;
  flow_file: string;
  status: z.infer<typeof runStatusSchema>;
  started_at: string;
  started_by: string;
  updated_at: string;
  agent: string | null;
  task_ref: string | null;
  external_ref: string | null;
  harness: string;
  /** Ordinal of the first step not done/skipped; last ordinal + 1 when all are. */
  frontier: number;
  steps: StepState[];
  approvals: ApprovalState[];
  consents: ConsentState[];
  executions: ExecutionState[];
  cancelled: { actor: string; at: string; reason: string | null } | null;
  /** The chain head: seq and hash of the last event (what the next append must extend). */
  head: { seq: number; hash: string };
  events: LedgerEvent[];
}

// ---- policy ----------------------------------------------------------------------------------------

/**
 * `.flowgate/policy.json`: the same keys as Knowtation's hub_flow_execution_policy.json (flow-v0.md B.1),
 * plus `approvals`. Environment variables override the three gate flags; everything defaults off.
 */
export const policyFileSchema = z
  .strictObject({
    flow_run_writes_enabled: z.boolean().optional(),
    execution: z
      .strictObject({
        automatable_enabled: z.boolean().optional(),
        forbidden: z.boolean().optional(),
        automatable_forbidden: z.boolean().optional(),
        allowed_lanes: z.array(z.string()).optional(),
        /** A consent's cap is clamped to it, and caps are whole units. */
        default_cost_cap_units: z.number().int().min(1).optional(),
        default_ttl_seconds: z.number().positive().optional(),
        max_ttl_seconds: z.number().positive().optional(),
      })
      .optional(),
    approvals: z
      .strictObject({
        /** Distinct approvers every approval needs (a request may ask for more, never fewer). */
        required_approvals: z.number().int().min(1).optional(),
        /** How long a tool-call approval stays usable after it is requested. */
        tool_call_ttl_seconds: z.number().int().positive().optional(),
        /** Tools whose approvals need no GitHub review (`approvals: github-reviews`); read from the trusted side only. */
        no_review_tools: z.array(z.string().min(1)).optional(),
      })
      .optional(),
  })
  .meta({ title: "Flowgate run policy (.flowgate/policy.json)" });
export type PolicyFile = z.infer<typeof policyFileSchema>;

export interface Policy {
  writesEnabled: boolean;
  automatableEnabled: boolean;
  forbidden: boolean;
  automatableForbidden: boolean;
  allowedLanes: string[];
  defaultCostCapUnits: number;
  defaultTtlSeconds: number;
  maxTtlSeconds: number;
  requiredApprovals: number;
  toolCallTtlSeconds: number;
  /** Where each gate flag came from, for messages. */
  sources: { writes: string; automatable: string; forbidden: string };
  /** A policy file that could not be read or did not validate (the gates then fail closed). */
  error?: string;
}
