import { ConfigError, loadConfig } from "../config/load";
import { FLOW_ID_RE, SEMVER_RE } from "../flow/schema";
import { FLOW_RUN_REF_RE } from "./schema";
import { sha256Hex } from "./chain";
import { findFlowVersion } from "./flows";
import { append, badRequest, blank, done, idempotencyOf, type OperationContext, precheck, requireRunId, type RunResult, trimInputs } from "./operations";
import { refuse } from "./refusal";
import { newId } from "./run-files";
import { createRun } from "./store";
import { checkCancel } from "./transitions";

/** The operations that begin and end a run. */

export interface StartInput {
  flowId: string;
  /** Required: a run pins an exact version (no "latest"). */
  flowVersion: string;
  taskRef?: string;
  externalRef?: string;
  runRef?: string;
  harness?: string;
  /** The agent identity working the run; it can never decide the run's approvals. */
  agent?: string;
}

export async function startRun(input: OperationContext & StartInput): Promise<RunResult> {
  const ctx = trimInputs(input, "flowId", "flowVersion", "taskRef", "externalRef", "runRef", "harness", "agent");
  const pre = precheck(
    ctx,
    "write",
    () => (FLOW_ID_RE.test(ctx.flowId ?? "") ? undefined : badRequest(`flow id ${JSON.stringify(String(ctx.flowId).slice(0, 80))} is not flow_ + 1-64 of [a-z0-9_]`)),
    () => (SEMVER_RE.test(ctx.flowVersion ?? "") ? undefined : badRequest(`flow version ${JSON.stringify(String(ctx.flowVersion ?? "").slice(0, 40))} is not X.Y.Z; a run pins an exact version`)),
    () => (ctx.runRef === undefined || FLOW_RUN_REF_RE.test(ctx.runRef) ? undefined : badRequest(`run ref ${JSON.stringify(ctx.runRef.slice(0, 80))} is not flow_run:<1-128 of [A-Za-z0-9._:-]>`)),
    () => (ctx.harness === undefined || !blank(ctx.harness) ? undefined : badRequest("harness is blank")),
  );
  if ("ok" in pre) return pre;
  let config = ctx.config;
  try {
    config ??= loadConfig(ctx.root).config;
  } catch (e) {
    if (e instanceof ConfigError) return badRequest(`cannot read the workspace configuration: ${e.message}`);
    throw e;
  }
  const found = findFlowVersion(ctx.root, config, ctx.flowId, ctx.flowVersion);
  if (!found.ok) return refuse(found.ambiguous ? "BAD_REQUEST" : "unknown_flow", found.reason);
  const idempotency = idempotencyOf("start", ctx);
  // Keyed: the run is named after the key, so a retry meets its first attempt's ledger (O_EXCL) and replays it.
  const runId = idempotency ? `run_k${sha256Hex(`idempotency-key:${idempotency.key}`).slice(0, 32)}` : newId("run_", 16);
  const orNull = (s: string | undefined) => (blank(s) ? null : s!);
  const at = (ctx.now?.() ?? new Date()).toISOString();
  return createRun(ctx.root, {
    seq: 1,
    type: "run_started",
    at,
    actor: ctx.actor,
    prev: "",
    ...(idempotency && { idempotency }),
    payload: {
      run_id: runId,
      run_ref: ctx.runRef ?? `flow_run:${runId}`,
      flow_id: ctx.flowId,
      flow_version: ctx.flowVersion,
      flow: JSON.parse(JSON.stringify(found.bundle)),
      flow_file: found.file,
      task_ref: orNull(ctx.taskRef),
      external_ref: orNull(ctx.externalRef),
      harness: ctx.harness ?? "flowgate",
      agent: orNull(ctx.agent),
    },
  });
}

export async function cancelRun(input: OperationContext & { runId: string; reason?: string }): Promise<RunResult> {
  const ctx = trimInputs(input, "runId", "reason");
  const pre = precheck(ctx, "write", () => requireRunId(ctx.runId));
  if ("ok" in pre) return pre;
  return done(await append("cancel", ctx, ctx.runId, (run) => checkCancel(run) ?? { type: "run_cancelled", payload: { reason: blank(ctx.reason) ? null : ctx.reason! } }));
}
