import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { pointerKindSchema } from "../flow/schema";
import { append, badRequest, blank, checkStepId, done, type OperationContext, precheck, requireRunId, type RunResult, trimInputs } from "./operations";
import { advanceTargetSchema, type PayloadOf } from "./schema";
import { checkAdvance, checkEvidence } from "./transitions";

/** The operations on a run's steps: advance one, attach evidence to one. */

export interface AdvanceInput {
  runId: string;
  stepId: string;
  toStatus: string;
  skipReason?: string;
  note?: string;
}

export async function advanceStep(input: OperationContext & AdvanceInput): Promise<RunResult> {
  const ctx = trimInputs(input, "runId", "stepId", "toStatus", "skipReason", "note");
  const pre = precheck(
    ctx,
    "write",
    () => requireRunId(ctx.runId),
    () => checkStepId(ctx.stepId),
    () => (advanceTargetSchema.safeParse(ctx.toStatus).success ? undefined : badRequest(`to_status must be one of ${advanceTargetSchema.options.join(", ")}; got ${JSON.stringify(String(ctx.toStatus).slice(0, 40))}`)),
  );
  if ("ok" in pre) return pre;
  const toStatus = ctx.toStatus as PayloadOf<"step_advanced">["to_status"];
  const skipReason = toStatus === "skipped" ? (ctx.skipReason ?? null) : null;
  return done(
    await append("advance", ctx, ctx.runId, (run) => {
      const refusal = checkAdvance(run, { step_id: ctx.stepId, to_status: toStatus, skip_reason: skipReason });
      if (refusal) return refusal;
      const payload: PayloadOf<"step_advanced"> = { step_id: ctx.stepId, to_status: toStatus, skip_reason: skipReason as PayloadOf<"step_advanced">["skip_reason"], note: blank(ctx.note) ? null : ctx.note! };
      return { type: "step_advanced", payload };
    }),
  );
}

export interface EvidenceInput {
  runId: string;
  stepId: string;
  pointerKind: string;
  ref: string;
}

export async function attachEvidence(input: OperationContext & EvidenceInput): Promise<RunResult> {
  const ctx = trimInputs(input, "runId", "stepId", "pointerKind", "ref");
  const pre = precheck(
    ctx,
    "write",
    () => requireRunId(ctx.runId),
    () => checkStepId(ctx.stepId),
    () => (blank(ctx.ref) ? badRequest("evidence ref is blank") : ctx.ref.length > 2048 ? badRequest("evidence ref is longer than 2048 characters") : undefined),
    () => (pointerKindSchema.safeParse(ctx.pointerKind).success ? undefined : badRequest(`pointer kind must be one of ${pointerKindSchema.options.join(", ")}; got ${JSON.stringify(String(ctx.pointerKind).slice(0, 40))}`)),
  );
  if ("ok" in pre) return pre;
  return done(
    await append("evidence", ctx, ctx.runId, (run) => {
      const refusal = checkEvidence(run, ctx.stepId);
      if (refusal) return refusal;
      const payload: PayloadOf<"evidence_attached"> = { step_id: ctx.stepId, pointer_kind: ctx.pointerKind as PayloadOf<"evidence_attached">["pointer_kind"], ref: ctx.ref };
      if (missingWorkspacePath(ctx.root, ctx.pointerKind, ctx.ref)) payload.ref_exists = false;
      return { type: "evidence_attached", payload };
    }),
  );
}

/** Pointer kinds whose ref is usually a file: an artifact, a test result (log, report). */
const FILE_POINTERS = new Set(["artifact", "test_result"]);

/**
 * True when an artifact or test_result ref names a workspace path (relative, no URL scheme, staying
 * inside the root) that does not exist. URLs, hashes, absolute paths and paths leaving the root are not
 * checked (they are not the workspace's files; probing outside it is not ours to do).
 */
export function missingWorkspacePath(root: string, pointerKind: string, ref: string): boolean {
  const path = ref.trim();
  if (!FILE_POINTERS.has(pointerKind) || path === "" || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) || isAbsolute(path)) return false;
  const full = resolve(root, path);
  const inside = relative(resolve(root), full);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return false;
  return !existsSync(full);
}
