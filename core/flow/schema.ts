import { z } from "zod";

/** Knowtation Flow v0 (../shared/spec/flow-v0.md A.2–A.5). These schemas are the types and the editor JSON Schema. */
export const FLOW_ID_RE = /^flow_[a-z0-9_]{1,64}$/;
export const FLOW_STEP_ID_RE = /^flow_[a-z0-9_]{1,64}#[1-9][0-9]*$/;
export const SEMVER_RE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
/**
 * What `updated` accepts: ISO 8601 extended calendar date, optionally with a time and zone (the spec's examples). Basic
 * (`20260620`), week (`2026-W25`) and ordinal dates are not accepted: Knowtation orders flows by Date.parse(updated), NaN for them.
 */
export const TIMESTAMP_FORM = "YYYY-MM-DD, optionally THH:MM, THH:MM:SS or THH:MM:SS.fraction and Z or ±HH:MM";
export const ISO_8601_RE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why a timestamp of the accepted form names a day that does not exist (2026-02-30), or undefined. */
export function impossibleDate(value: string): string | undefined {
  const m = ISO_8601_RE.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = DAYS[month - 1]! + (month === 2 && isLeapYear(year) ? 1 : 0);
  return day > days ? `${MONTHS[month - 1]} ${m[1]} has ${days} days` : undefined;
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export const scopeSchema = z.enum(["personal", "project", "org"]);
export const verificationKindSchema = z.enum(["human_review", "artifact_exists", "value_match", "test_pass", "agent_check"]);
export const automatableSchema = z.enum(["manual", "agent_assisted", "automatable"]);
export const skillRefKindSchema = z.enum(["mcp_prompt", "skill_pack", "cli", "external_tool"]);
export const requiresKindSchema = z.enum(["vault_scope", "tool", "file", "artifact"]);
export const stepStatusSchema = z.enum(["pending", "in_progress", "blocked", "done", "skipped"]);
export const skipReasonSchema = z.enum(["policy", "not_applicable", "blocked_dependency"]);
export const pointerKindSchema = z.enum(["proposal", "artifact", "hash", "test_result"]);

const text = (what: string) => z.string().regex(/\S/, { error: "blank" }).meta({ description: what });

export const flowRecordSchema = z
  .object({
    schema: z.literal("knowtation.flow/v0"),
    flow_id: z.string().regex(FLOW_ID_RE).meta({ description: "flow_ + 1-64 of [a-z0-9_]" }),
    title: text("Human title"),
    version: z.string().regex(SEMVER_RE).meta({ description: "Strict X.Y.Z semver; bump on any step or contract change" }),
    scope: scopeSchema,
    summary: z.string(),
    tags: z.array(z.string()).max(32).optional(),
    steps: z.array(z.string().regex(FLOW_STEP_ID_RE)).min(1).max(100).meta({ description: "Step ids in ascending ordinal order" }),
    inputs: z.array(z.object({ name: z.string(), type: z.string(), required: z.boolean().optional() })).optional(),
    vault_mirror_path: z.string().nullable().optional(),
    updated: z
      .string()
      .regex(ISO_8601_RE)
      .refine((v) => impossibleDate(v) === undefined, { error: "impossible date" })
      .meta({ description: `ISO 8601 extended date or date-time: ${TIMESTAMP_FORM}` }),
    truncated: z.boolean(),
  })
  .meta({ title: "knowtation.flow/v0" });

export const verificationSchema = z.object({
  kind: verificationKindSchema,
  evidence_required: z.boolean(),
  description: text("What counts as proof"),
});

export const flowStepSchema = z
  .object({
    schema: z.literal("knowtation.flow_step/v0"),
    step_id: z.string().regex(FLOW_STEP_ID_RE).meta({ description: "<flow_id>#<ordinal>" }),
    flow_id: z.string().regex(FLOW_ID_RE),
    ordinal: z.number().int().min(1),
    owned_job: text("The one job this step owns"),
    instruction: text("What to do"),
    trigger: text("When to run this step"),
    when_not_to_run: text("When not to run this step"),
    requires: z.array(z.object({ kind: requiresKindSchema, id: z.string() })).optional(),
    boundaries: z.array(z.string()),
    skill_refs: z.array(z.object({ kind: skillRefKindSchema, id: z.string() })).optional(),
    inputs: z.array(z.object({ name: z.string(), from: z.string() })).optional(),
    outputs: z.array(z.object({ name: z.string(), type: z.string() })).optional(),
    output_shape: text("What the step produces"),
    verification: verificationSchema,
    automatable: automatableSchema,
  })
  .meta({ title: "knowtation.flow_step/v0" });

export const flowBundleSchema = z
  .object({ flow: flowRecordSchema, steps: z.array(flowStepSchema).min(1) })
  .meta({ title: "Knowtation Flow v0 bundle", description: "One flow record and its ordered step records." });

export type FlowRecord = z.infer<typeof flowRecordSchema>;
export type FlowStep = z.infer<typeof flowStepSchema>;
export type FlowBundle = z.infer<typeof flowBundleSchema>;
export type StepStatus = z.infer<typeof stepStatusSchema>;
export type SkipReason = z.infer<typeof skipReasonSchema>;
export type PointerKind = z.infer<typeof pointerKindSchema>;

/** Fields whose absence makes a step "a doc, not a Flow step" (spec §1.4). */
export const ANATOMY_FIELDS = ["trigger", "when_not_to_run", "output_shape", "verification"] as const;

export function compareSemver(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (pa[i]! !== pb[i]!) return pa[i]! - pb[i]!;
  return 0;
}
